"""Round 59 (branch spk103): "reportedly" and "is reported to" claims whose outlet the story
names as reporting — the one outlet named before it ("..., the Tamsk Courier reports. ... Kessel
reportedly has ..."), a passive of reporting with its outlet in the next sentence, the next
sentence's "according to reports in the Y" — and respondents "asked in a poll for firm X" with
no other maker named. Two outlets and an outlet named only as a hearer ("told the Y") or as
acting stay as they were. Short fictional sentences."""

from __future__ import annotations

from claim_helpers import claim_with, speaker_of


def test_reportedly_is_the_one_outlet_named_reporting_before(analyze):
    result = analyze("Kessel frees patents\n\nKessel Systems won 900 patents in 2004, the Tamsk "
                     "Courier newspaper reports. For years it has won more than any rival. Kessel "
                     "Systems reportedly holds more than 8,000 patents.\n")
    claim = claim_with(result, "holds more than 8,000 patents")
    assert speaker_of(result, claim) == "Tamsk Courier"
    assert not claim.anonymous


def test_is_reported_to_is_the_outlet_reporting_in_the_sentence_before(analyze):
    result = analyze("Oil deals awarded\n\nTamsk is seeking bids for two fields. Vaal Oil is "
                     "reported by the Tamsk Courier newspaper to have won the first. A firm named "
                     "Kessel Energy is reported to have won the second.\n")
    claim = claim_with(result, "have won the second")
    assert speaker_of(result, claim) == "Tamsk Courier"


def test_reportedly_takes_according_to_reports_in_the_next_sentence(analyze):
    result = analyze("Soap remake planned\n\nPlans for a Tamsk version of the show have reportedly "
                     "been drawn up by a rival network.\n\nTwo of its writers are involved, "
                     "according to reports in the Vaal Courier trade newspaper.\n")
    claim = claim_with(result, "Plans for a Tamsk version")
    assert speaker_of(result, claim) == "Vaal Courier"


def test_share_asked_in_a_poll_for_a_firm_is_that_firms(analyze):
    # guard: with the whole phrase the parse gives, the name inside it speaks on the base too; the
    # round's rule reads past a phrase the parse cut at its bracket ("More than half | (54%) of ...")
    result = analyze("Phones hold our friends\n\nPeople rely on their phones. More than half (54%) "
                     "of people asked in a poll for phone firm Kessel Mobile said that they keep no "
                     "other address book.\n")
    claim = claim_with(result, "they keep no other address book")
    assert speaker_of(result, claim) == "Kessel Mobile"


def test_reportedly_with_two_outlets_before_stays_unnamed(analyze):
    # guard: two papers named as reporting before; either may be the source
    result = analyze("Kessel frees patents\n\nKessel Systems won 900 patents in 2004, the Tamsk "
                     "Courier newspaper reports. The Vaal Gazette newspaper reported a higher figure. "
                     "Kessel Systems reportedly holds more than 8,000 patents.\n")
    claim = claim_with(result, "holds more than 8,000 patents")
    assert speaker_of(result, claim) is None
    assert claim.anonymous


def test_reportedly_after_an_outlet_only_told_stays_unnamed(analyze):
    # guard: "told the Y" is an interview, not the press reporting
    result = analyze("Bank sale planned\n\nAn official told the Tamsk Courier newspaper that the bank "
                     "will be sold. The state reportedly plans to sell two more banks.\n")
    claim = claim_with(result, "plans to sell two more banks")
    assert speaker_of(result, claim) is None


def test_reportedly_after_an_outlet_named_as_a_body_stays_unnamed(analyze):
    # guard: the outlet is named only as acting, never as reporting
    result = analyze("Show dropped\n\nThe Tamsk Courier newspaper has dropped its weekly column. "
                     "Its writer reportedly plans to move abroad.\n")
    claim = claim_with(result, "plans to move abroad")
    assert speaker_of(result, claim) is None


def test_reportedly_after_a_lead_according_to_the_outlet(analyze):
    result = analyze("Director to make sequel\n\nDirector Jo Brann is in talks to make a new horror "
                     "film, according to the Tamsk Courier newspaper.\n\nThe film-maker will "
                     "reportedly meet studio bosses this week.\n")
    claim = claim_with(result, "meet studio bosses this week")
    assert speaker_of(result, claim) == "Tamsk Courier"


def test_reportedly_after_a_hearer_and_a_reporting_outlet_stays_unnamed(analyze):
    # guard: one agency heard an aid body, another paper reported a pledge; either may have
    # reported the other pledges
    result = analyze("Aid pledged\n\nThe Kessel Relief group told the Vaal Wire news agency that it "
                     "needed $2m. Tamsk will give $1m, according to the Tamsk Courier newspaper. "
                     "Other states are reported to have pledged cash.\n")
    claim = claim_with(result, "have pledged cash")
    assert speaker_of(result, claim) is None
