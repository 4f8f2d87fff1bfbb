"""Claim speakers, round 32 (issue 19, branch spk39): a bare "a spokesman" speaks for the body
that opened the sentence before ("The Harlow Council defended the plan. A spokesman said"),
and "the spokesman" goes on with the body of the spokesman just quoted. Short fictional
sentences written here."""

from __future__ import annotations


def _bodies(result, cue: str) -> list[str | None]:
    """The affiliation (the body's mention text) of each claim whose cue is ``cue``."""
    return [result.mentions[c.speaker_affiliation].text if c.speaker_affiliation is not None else None
            for c in result.claims if c.cue == cue]


def test_a_spokesman_speaks_for_the_body_of_the_sentence_before(analyze):
    result = analyze("Town plan row\n\nBut the Harlow Council defended the new parking rules on Monday. "
                     "A spokesman said the rules would cut traffic in the centre.")
    assert _bodies(result, "said") == ["Harlow Council"]


def test_a_spokeswoman_after_a_body_that_said(analyze):
    result = analyze("Files found\n\nKessler Bank said the missing files had been found. "
                     "A spokeswoman told reporters that no customer data had been lost.")
    claims = [c for c in result.claims if c.cue == "told"]
    # round 33 (spk41): the body is the speaker too; no person is named, so still anonymous
    assert claims and result.mentions[claims[0].speaker].text == "Kessler Bank" and claims[0].anonymous
    assert _bodies(result, "told") == ["Kessler Bank"]


def test_the_spokesman_goes_on_with_the_body_just_quoted(analyze):
    result = analyze("Rail fares\n\nFares will rise in May, said a Valdor Rail spokesman. "
                     "The weather was mild on Monday. "
                     "The spokesman added that the rise would pay for new trains.")
    assert _bodies(result, "added") == ["Valdor Rail"]


def test_no_body_when_the_sentence_before_opens_with_a_person(analyze):
    result = analyze("Rail fares\n\nAna Kell criticised Valdor Rail on Monday. "
                     "A spokesman said the rise would pay for new trains.")
    assert _bodies(result, "said") == [None]


def test_no_body_when_two_bodies_open_the_sentence_before(analyze):
    result = analyze("Merger talks\n\nKessler Bank and Valdor Group held talks on Monday. "
                     "A spokesman said the talks had gone well.")
    assert _bodies(result, "said") == [None]


def test_an_owner_opening_the_sentence_is_no_subject(analyze):
    result = analyze("Merger talks\n\nKessler Bank's chief met the minister on Monday. "
                     "A spokesman said the talks had gone well.")
    assert _bodies(result, "said") == [None]


def test_no_body_when_the_sentence_before_names_another_body(analyze):
    result = analyze("Cup rights\n\nKessler TV first won the cup rights from Valdor Radio in 1999. "
                     "\"Fans will still hear every match on our stations,\" a spokesman said.")
    assert _bodies(result, "said") == [None]


def test_a_body_inside_a_quote_is_no_subject(analyze):
    result = analyze("Concert row\n\n\"Harlow Council is a fine council,\" said Ana Kell. "
                     "But a venue spokesman said most tickets had been sold.")
    assert _bodies(result, "said")[-1] is None
