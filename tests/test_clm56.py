"""A quote's first half before its cue, round 41 (branch clm56): a reported sentence whose subject
the parser hung on an inverted cue set inside it ("The mood, said Mr X, would be calm") keeps
that subject as its first piece. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import claims_of


def test_subject_before_an_inverted_cue_is_the_first_piece(analyze):
    text = "Harbour\n\nThe mood of the meeting, said Mr Tarrant, would be calm and open."
    (claim,) = claims_of(analyze, text, "said")
    assert claim.text == "The mood of the meeting … would be calm and open"
    assert claim.pieces is not None and len(claim.pieces) == 2


def test_subject_before_a_present_tense_inverted_cue(analyze):
    text = "Fuel\n\nThe real problem, says Dr Anna Kell, is the cost of fuel."
    (claim,) = claims_of(analyze, text, "says")
    assert claim.text == "The real problem … is the cost of fuel"


def test_a_plain_tag_after_the_sentence_is_unchanged(analyze):
    text = "Roads\n\nThe roads would stay shut until May, said Mr Tarrant."
    (claim,) = claims_of(analyze, text, "said")
    assert claim.text == "The roads would stay shut until May"
    assert not claim.pieces
