"""Round 52 (branch spk80): an empty "it" and unnamed plural speakers.

(a) "it is too early to say ...", "it is worth remembering that ...", "it's a myth to think ...": the
speech verb hangs on a word of judgement (judgement_words) that an empty "it is" holds; nobody says
it, so there is no claim (the "it" was read as the firm named before). "It was keen / quick to ..."
keeps the firm. (b) "large numbers of backbench MPs", "some MPs", "a number of investors": unnamed
people, so speaker null and anonymous true (quantity_nouns; a title's initials read as a common
noun). A named MP stays named; "the MPs" of a named committee stays as it was. Short fictional
sentences written here."""

from __future__ import annotations

from claim_helpers import claim_at, speakers_with_anonymous


def _cues(result) -> list[str]:
    return [c.cue for c in result.claims]


def test_too_early_to_say_after_a_firm_is_no_claim(analyze):
    result = analyze("Van recall\n\nBrackwell Motors said on Monday that it was recalling 4,000 vans. "
                     "The carmaker said it was too soon to say how many drivers might be hit.\n")
    assert "say" not in _cues(result)
    assert _cues(result).count("said") == 2  # the carmaker's own statements stay


def test_worth_remembering_is_the_writers_view(analyze):
    result = analyze("Frozen food\n\nTarrant Foods posted a loss. It is worth remembering that the "
                     "firm only sells frozen goods.\n")
    assert "remembering" not in _cues(result)


def test_a_myth_to_think_is_no_claim_of_the_firm(analyze):
    result = analyze("Prices\n\nThe Marsh Group raised its prices again. It's a myth to think that "
                     "shoppers will not notice, said Ann Bell.\n")
    assert "think" not in _cues(result)
    assert speakers_with_anonymous(result, "said") == [("Ann Bell", "Ann Bell", False)]


def test_keen_to_point_out_keeps_the_firm(analyze):
    # guard: a firm can be keen; the claim stays, its "It" speaker too
    result = analyze("Rates\n\nThe Harlow Bank cut its rates. It was keen to point out that savers "
                     "would not lose out.\n")
    assert claim_at(result, "point").speaker_text == "It"


def test_quick_to_deny_keeps_the_denial(analyze):
    result = analyze("Bills\n\nDorset Water raised its bills. It was quick to deny that it had misled "
                     "its customers.\n")
    denial = claim_at(result, "deny")
    assert denial.stance == "deny" and denial.speaker_text == "It"


def test_large_numbers_of_backbench_mps_are_anonymous(analyze):
    result = analyze("Row\n\nLarge numbers of backbench MPs insist voters are bored by the row.\n")
    assert speakers_with_anonymous(result, "insist") == [("Large numbers of backbench MPs", None, True)]


def test_some_mps_are_anonymous(analyze):
    result = analyze("Law\n\nSome MPs warned that the new law was unfair.\n")
    assert speakers_with_anonymous(result, "warned") == [("Some MPs", None, True)]


def test_a_number_of_investors_are_anonymous(analyze):
    result = analyze("Bid\n\nA number of investors said the price was too low.\n")
    assert speakers_with_anonymous(result, "said") == [("A number of investors", None, True)]


def test_a_named_mp_stays_named(analyze):
    result = analyze("Plan\n\nTom Hale, the Labour MP for Wexley, said the plan was unfair.\n")
    assert speakers_with_anonymous(result, "said") == [("Tom Hale", "Tom Hale", False)]


def test_one_unnamed_mp_stays_anonymous(analyze):
    result = analyze("Plan\n\nA Labour MP said the plan was unfair.\n")
    assert speakers_with_anonymous(result, "said") == [("A Labour MP", None, True)]


def test_the_mps_of_a_named_committee_stay_as_they_were(analyze):
    # guard: a definite "the MPs" points back at the committee the story names, no unnamed source
    result = analyze("Audit\n\nThe Harbour Accounts Committee met on Tuesday. The MPs said the audit "
                     "office needed more power.\n")
    assert speakers_with_anonymous(result, "said") == [("The MPs", None, False)]
