"""Claim content, stances and non-claims, round 21 (issue 19): speech going on past a tag inside
the sentence, a rejected rethink in a headline, a quality shown, the reporter's "allegedly" on a
charge. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import claims_of


def test_speech_going_on_past_the_tag_is_a_second_piece(analyze):
    text = ("Smaller councils would receive more money and fewer controls, she said, "
            "but she would not hesitate to act where residents were let down.")
    (claim,) = claims_of(analyze, text, "said")
    assert text[claim.start:claim.end] == "Smaller councils would receive more money and fewer controls"
    assert [text[s:e] for s, e in claim.pieces][1] == "she would not hesitate to act where residents were let down"


def test_the_reporters_narration_after_the_tag_stays_out(analyze):
    text = "Smaller councils would receive more money, she said, but she left the meeting early."
    (claim,) = claims_of(analyze, text, "said")
    assert text[claim.start:claim.end] == "Smaller councils would receive more money"
    assert not claim.pieces


def test_a_headline_rejecting_a_rethink_is_a_position_not_a_denial(analyze):
    (claim,) = claims_of(analyze, "Rebels reject rethink on sacked councillor", "reject")
    assert claim.stance == "assert"
    assert claim.act == "position"


def test_a_headline_rejecting_claims_is_still_a_denial(analyze):
    (claim,) = claims_of(analyze, "Rebels reject claims on sacked councillor", "reject")
    assert claim.stance == "deny"


def test_showing_resolve_is_no_claim(analyze):
    assert not claims_of(analyze, "She showed admirable resolve to win a long match in the rain.", "showed")


def test_allegedly_on_a_charge_is_the_reporters_hedge(analyze):
    assert not claims_of(analyze, "The two men face trial for allegedly hiding from the inspectors.", "allegedly")
    (claim,) = claims_of(analyze, "The minister allegedly lied to the committee.", "allegedly")
    assert claim.speaker is None


def test_a_verbless_second_half_shares_the_said_clause(analyze):
    text = "The lender said prices rose 15% over the whole year, but by only 3% in the second half."
    (claim,) = claims_of(analyze, text, "said")
    assert text[claim.start:claim.end] == "prices rose 15% over the whole year, but by only 3% in the second half"


def test_a_backshifted_conjunct_of_the_same_pronoun_goes_on_with_the_clause(analyze):
    text = ("Mr Dale said he had backed the scheme when his deputy argued for it in committee "
            "and he would back it again.")
    (claim,) = claims_of(analyze, text, "said")
    assert text[claim.start:claim.end].endswith("in committee and he would back it again")
    text = "Mr Dale said he had backed the scheme and he left the room."
    (claim,) = claims_of(analyze, text, "said")
    assert text[claim.start:claim.end] == "he had backed the scheme"


def test_speech_going_on_past_a_tag_the_parse_made_the_root(analyze):
    # parsed with "said" as the sentence's root, the words before it its clause
    text = "The top schools would get more money and wider powers, he said, but he would not shirk from acting."
    (claim,) = claims_of(analyze, text, "said")
    assert text[claim.start:claim.end] == "The top schools would get more money and wider powers"
    assert [text[s:e] for s, e in claim.pieces][1] == "he would not shirk from acting"


def test_a_second_that_clause_of_the_cue_goes_on_with_the_first(analyze):
    text = "It said it would pay a dividend this year, as promised, but that next year's payout would be lower."
    (claim,) = claims_of(analyze, text, "said")
    assert text[claim.start:claim.end] == (
        "it would pay a dividend this year, as promised, but that next year's payout would be lower")
