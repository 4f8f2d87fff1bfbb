"""Claim content spans, round 32 (issue 19): a cue set between commas inside the sentence it
reports ("The council, he said, could act sooner") leaves the sentence's subject before it. The
content is then the whole reported sentence in two pieces, as a quote split around its cue (the
``pieces`` of model.Claim): never the cue, never the reporter's lead-in. Short fictional
sentences written here."""

from __future__ import annotations

from claim_helpers import claims_of


def _pieces(text: str, claim) -> list[str]:
    return [text[s:e] for s, e in (claim.pieces or [(claim.start, claim.end)])]


def test_a_cue_inside_the_sentence_keeps_its_subject(analyze):
    text = "The council, he suggested, could act as a broker for the new homes."
    (claim,) = claims_of(analyze, text, "suggested")
    assert _pieces(text, claim) == ["The council", "could act as a broker for the new homes"]
    assert text[claim.start:claim.end] == "The council"  # start/end: the first piece
    assert claim.text == "The council … could act as a broker for the new homes"  # what readers see


def test_the_cue_is_no_part_of_the_content(analyze):
    text = "The mayor, she claimed, had misled the council about the budget."
    (claim,) = claims_of(analyze, text, "claimed")
    assert all("claimed" not in piece for piece in _pieces(text, claim))
    assert _pieces(text, claim) == ["The mayor", "had misled the council about the budget"]


def test_an_inverted_cue_inside_the_sentence(analyze):
    text = "Sales, said the firm, rose 5% in March."
    (claim,) = claims_of(analyze, text, "said")
    assert claim.speaker_text == "the firm"
    assert _pieces(text, claim) == ["Sales", "rose 5% in March"]


def test_according_to_inside_the_sentence_keeps_its_subject(analyze):
    text = "The real trouble, according to Mr Haddon, is not the budget but the timing."
    (claim,) = claims_of(analyze, text, "according to")
    assert _pieces(text, claim) == ["The real trouble", "is not the budget but the timing"]


def test_a_lone_connective_before_the_cue_is_not_content(analyze):
    text = "But, he said, the new ovens would cut costs."
    (claim,) = claims_of(analyze, text, "said")
    assert _pieces(text, claim) == ["the new ovens would cut costs"]


def test_a_lead_in_before_according_to_stays_out(analyze):
    text = "In 2004, according to the ministry, imports will rise by a fifth."
    (claim,) = claims_of(analyze, text, "according to")
    assert _pieces(text, claim) == ["imports will rise by a fifth"]


def test_the_reporters_lead_in_before_a_cue_is_not_content(analyze):
    text = "In a speech on Monday, he said the plan would fail."
    (claim,) = claims_of(analyze, text, "said")
    assert _pieces(text, claim) == ["the plan would fail"]


def test_the_speech_going_on_after_the_tag_stays_a_second_piece(analyze):
    text = "The ovens would cut costs, he said, but he would not hesitate to raise prices."
    (claim,) = [c for c in claims_of(analyze, text, "said")]
    assert _pieces(text, claim)[0] == "The ovens would cut costs"


def test_a_denial_in_the_second_piece_is_a_denial(analyze):
    text = "The reports, the ministry said, were completely false."
    (claim,) = claims_of(analyze, text, "said")
    assert _pieces(text, claim) == ["The reports", "were completely false"]
    assert claim.stance == "deny"
