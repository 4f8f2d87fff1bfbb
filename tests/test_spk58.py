"""Round 41 (branch spk58): a body described by a people and a class noun ("The German
company said", "the Dutch club said") is the one body the story names before it that the noun
fits; with two such bodies the text does not say which, so nobody. Short fictional sentences
written here."""

from __future__ import annotations

from claim_helpers import claim_at, speaker_of


def test_national_club_is_the_one_club_named(analyze):
    result = analyze("Transfer\n\nStriker Tomas Varga will not travel with Hertha Berlin to the cup tie on Sunday.\n\n"
                     "The German club said the player had a knee injury.")
    assert speaker_of(result, claim_at(result, "said")) == "Hertha Berlin"


def test_national_firm_is_no_association(analyze):
    # an association is no company: the one firm named before is
    result = analyze("Phones\n\nFaster networks are coming, says the Global Handset Makers Association. "
                     "At the fair, Siemens showed a new radio system.\n\n"
                     "The German company said data could travel ten times faster.")
    assert speaker_of(result, claim_at(result, "said")) == "Siemens"


def test_national_firm_of_two_firms_is_nobody(analyze):
    result = analyze("Phones\n\nMotorola and Siemens showed new radio systems at the fair on Monday.\n\n"
                     "The German company said data could travel ten times faster.")
    assert claim_at(result, "said").speaker is None


def test_national_regulator_is_no_bank(analyze):
    result = analyze("Probe\n\nTraders at Citigroup face an inquiry over a bond sale.\n\n"
                     "The German regulator said it had found evidence of wrongdoing.")
    claim = claim_at(result, "said")
    assert speaker_of(result, claim) != "Citigroup"
