"""Round 47 of links (branch link37): a body's head word the model tagged alone out of a longer
name it left untagged ("the [Office] of the Vaal Lands Minister", "The [Commission] for Kessland",
"the Duke's [Trust]", "Tamsk Bank and [Trust]") is dropped, so its bare key no longer joins other
stories' bare heads of other bodies. Guards: a generic body for a seat after no "the" ("entered
Parliament for Kessel"), a place's body, and an owner's generic body ("Vaal's Cabinet") stay.
Sentences and names are invented."""

from __future__ import annotations

from newsgraph.mentions import generic_body_words
from newsgraph.mentions.cutheads import drop_cut_body_heads
from newsgraph.mentions.rules import EntityRules
from newsgraph.mentions.spans import Candidate

_RULES = EntityRules.from_data()
_HEADS = _RULES.org_head_words | _RULES.cut_body_heads
_GENERIC = generic_body_words()


def _cand(text: str, words: str, label: str = "ORG", at: int = 0) -> Candidate:
    start = text.index(words, at)
    return Candidate(start, start + len(words), words, label, 0)


def _kept(text: str, cands: list[Candidate]) -> list[str]:
    return [c.text for c in drop_cut_body_heads(text, cands, _HEADS, _GENERIC)]


def test_a_head_cut_before_of_and_an_untagged_name_is_dropped():
    text = "Prices fell, according to the Office of the Vaal Lands Minister on Monday."
    assert _kept(text, [_cand(text, "Office")]) == []


def test_a_head_cut_before_for_after_the_is_dropped():
    text = "The Commission for Kessland will publish its report in March."
    assert _kept(text, [_cand(text, "Commission"), _cand(text, "Kessland", "LOC")]) == ["Kessland"]


def test_a_non_generic_head_cut_before_for_is_dropped_without_the():
    text = "Donors gave to Oxcare and Network for Tamsk last year."
    assert _kept(text, [_cand(text, "Oxcare"), _cand(text, "Network")]) == ["Oxcare"]


def test_a_head_cut_after_an_owner_s_possessive_is_dropped():
    text = "She spoke at an evening event for the Duke's Trust in the spring."
    assert _kept(text, [_cand(text, "Duke"), _cand(text, "Trust")]) == ["Duke"]


def test_a_head_cut_after_a_plural_possessive_is_dropped():
    text = "He refused the prize because the Painters' Guild was on strike."
    assert _kept(text, [_cand(text, "Painters"), _cand(text, "Guild")]) == ["Painters"]


def test_a_second_head_after_a_firm_s_head_and_and_is_dropped():
    text = "said Jon Vaal, head of trading at Tamsk Bank and Trust."
    cands = [_cand(text, "Jon Vaal", "PERSON"), _cand(text, "Tamsk Bank"), _cand(text, "Trust")]
    assert _kept(text, cands) == ["Jon Vaal", "Tamsk Bank"]


def test_a_generic_body_for_a_seat_without_the_stays():
    """Guard: "entered Parliament for Kessel Hill" is the parliament itself."""
    text = "Mr Vaal entered Parliament for Kessel Hill in 1987."
    cands = [_cand(text, "Vaal", "PERSON"), _cand(text, "Parliament"), _cand(text, "Kessel Hill")]
    assert _kept(text, cands) == ["Vaal", "Parliament", "Kessel Hill"]


def test_a_body_of_a_tagged_place_stays():
    """Guard: "the Parliament of Kemaria" is the country's parliament (resolve scopes it)."""
    text = "The bill went to the Parliament of Kemaria last week."
    cands = [_cand(text, "Parliament"), _cand(text, "Kemaria", "GPE")]
    assert _kept(text, cands) == ["Parliament", "Kemaria"]


def test_an_owner_s_generic_body_stays():
    """Guard: "Vaal's Cabinet", "Kemaria's Army regiments": the owner's body, no cut name."""
    text = "Vaal's Cabinet met as Kemaria's Army regiments waited."
    cands = [_cand(text, "Vaal", "PERSON"), _cand(text, "Cabinet"), _cand(text, "Kemaria", "GPE"),
             _cand(text, "Army")]
    assert _kept(text, cands) == ["Vaal", "Cabinet", "Kemaria", "Army"]


def test_a_place_s_named_body_stays():
    """Guard: a named body's head after a place's possessive is the place's ("Kemaria's Trust")."""
    text = "Kemaria's Trust paid for the school."
    assert _kept(text, [_cand(text, "Kemaria", "GPE"), _cand(text, "Trust")]) == ["Kemaria", "Trust"]


def test_a_head_after_a_plain_and_stays():
    """Guard: "the Revenue and Customs", "the Parliament and Council": no firm's head before "and"."""
    text = "Jobs go at the Tamsk Revenue and Customs, and the Parliament and Council agreed."
    cands = [_cand(text, "Tamsk Revenue"), _cand(text, "Customs"), _cand(text, "Parliament"),
             _cand(text, "Council")]
    assert _kept(text, cands) == ["Tamsk Revenue", "Customs", "Parliament", "Council"]


def test_a_bare_head_of_its_own_stays():
    """Guard: "the Trust said" with no longer name around it is the story's body."""
    text = "The Vaal Rowing Trust funds clubs. The Trust said it would grow."
    cands = [_cand(text, "Vaal Rowing Trust"), _cand(text, "Trust", at=text.index("The Trust"))]
    assert _kept(text, cands) == ["Vaal Rowing Trust", "Trust"]


def test_the_whole_stage_drops_a_cut_head(analyze):
    """Through the mention stage: no mention is the bare "Office" cut from its longer name."""
    result = analyze("House prices fell in May, according to figures from the Office of the Deputy "
                     "Prime Minister. The figures were published on Tuesday in London.")
    assert not [m for m in result.mentions if m.text == "Office"]
