"""Round 47 of links (branch link37): a body's head word the model tagged alone out of a longer
name it left untagged is widened to that name when the name follows ("the [Office] of the Vaal
Lands Minister", "Network for Tamsk") and dropped otherwise ("the Duke's [Trust]", "Tamsk Bank and
[Trust]"; an untagged "The Commission for Kessland" of the events stage), so its bare key no longer joins other
stories' bare heads of other bodies. Guards: a generic body for a seat after no "the" ("entered
Parliament for Kessel"), a place's body, and an owner's generic body ("Vaal's Cabinet") stay.
Sentences and names are invented."""

from __future__ import annotations

from newsgraph.mentions.cutheads import CutHeads
from newsgraph.mentions.spans import Candidate

_CUT = CutHeads.from_data()


def _cand(text: str, words: str, label: str = "ORG", at: int = 0) -> Candidate:
    start = text.index(words, at)
    return Candidate(start, start + len(words), words, label, 0)


def _kept(text: str, cands: list[Candidate]) -> list[str]:
    return [c.text for c in _CUT.drop(text, cands)]


def test_a_head_cut_before_of_is_widened_to_the_longer_name():
    text = "Prices fell, according to the Office of the Vaal Lands Minister on Monday."
    assert _kept(text, [_cand(text, "Office")]) == ["Office of the Vaal Lands Minister"]


def test_a_head_cut_before_for_after_the_takes_the_name_it_is_for():
    text = "The Commission for Kessland will publish its report in March."
    assert _kept(text, [_cand(text, "Commission"), _cand(text, "Kessland", "LOC")]) == ["Commission for Kessland"]


def test_a_non_generic_head_cut_before_for_is_widened_without_the():
    text = "Donors gave to Oxcare and Network for Tamsk last year."
    assert _kept(text, [_cand(text, "Oxcare"), _cand(text, "Network")]) == ["Oxcare", "Network for Tamsk"]


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


def test_a_body_of_a_country_stays():
    """Guard: "the Parliament of Norway" is the country's parliament (resolve scopes it)."""
    text = "The bill went to the Parliament of Norway last week."
    cands = [_cand(text, "Parliament"), _cand(text, "Norway", "GPE")]
    assert _kept(text, cands) == ["Parliament", "Norway"]


def test_a_head_cut_before_a_firm_the_model_called_a_place_is_widened():
    """"House of Vaalsen" with "Vaalsen" tagged GPE: no country, so a cut store's name, one name."""
    text = "Shares in Tamsk and House of Vaalsen fell on Monday."
    cands = [_cand(text, "Tamsk"), _cand(text, "House"), _cand(text, "Vaalsen", "GPE")]
    assert _kept(text, cands) == ["Tamsk", "House of Vaalsen"]


def test_a_head_the_model_called_a_person_is_dropped_too():
    text = "He refused the prize because the Painters' Guild was on strike."
    assert _kept(text, [_cand(text, "Painters"), _cand(text, "Guild", "PERSON")]) == ["Painters"]


def test_an_owner_s_generic_body_stays():
    """Guard: "Vaal's Cabinet", "Kemaria's Army regiments": the owner's body, no cut name."""
    text = "Vaal's Cabinet met as Norway's Army regiments waited."
    cands = [_cand(text, "Vaal", "PERSON"), _cand(text, "Cabinet"), _cand(text, "Norway", "GPE"),
             _cand(text, "Army")]
    assert _kept(text, cands) == ["Vaal", "Cabinet", "Norway", "Army"]


def test_a_place_s_named_body_stays():
    """Guard: a named body's head after a place's possessive is the place's ("Kemaria's Trust")."""
    text = "Kemaria's Trust paid for the school."
    assert _kept(text, [_cand(text, "Kemaria", "GPE"), _cand(text, "Trust")]) == ["Kemaria", "Trust"]
    text = "Norway's Trust paid for the school."
    assert _kept(text, [_cand(text, "Norway", "ORG"), _cand(text, "Trust")]) == ["Norway", "Trust"]


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


def test_an_untagged_cut_head_is_no_event_actor(analyze):
    """Through the events stage: "The Commission for Kessland's report" makes no "Commission"."""
    result = analyze("The Commission for Kessland's report will be released on 11 March, the prime "
                     "minister said on Tuesday in London.")
    assert not [m for m in result.mentions if m.text == "Commission"]


def test_the_whole_stage_drops_a_cut_head(analyze):
    """Through the mention stage: no mention is the bare "Office" cut from its longer name."""
    result = analyze("Rents rose in May, the latest survey by the Office of the Deputy "
                     "Prime Minister shows. The survey was published on Tuesday in London.")
    assert not [m for m in result.mentions if m.text == "Office"]
