"""Round 42 (branch spk59): an unnamed report of a story's lead ("..., a report says.") whose
maker the story names just after it: two sentences on when the sentence between goes on with
the findings and names nobody, with a verb of findings no answer takes ("X predicts", not "X
said"); a name's bracketed short form is the same body, not a second one. Short fictional
sentences written here."""

from __future__ import annotations


def _claim(result, cue: str):
    found = [c for c in result.claims if c.cue == cue]
    assert found, [c.cue for c in result.claims]
    return found[0]


def _speaker(result, claim) -> str | None:
    return result.mentions[claim.speaker].text if claim.speaker is not None else None


def test_report_maker_two_sentences_on(analyze):
    result = analyze("Tea sales\n\nShoppers in Kessland will buy more green tea by 2008, a report says.\n\n"
                     "Sales rose by a fifth last year and now make up a tenth of the market. "
                     "The Varnell Institute predicts that sales will double within three years.")
    assert _speaker(result, _claim(result, "says")) == "Varnell Institute"


def test_body_that_may_answer_is_no_maker(analyze):
    # "said" two sentences on may answer the report: nobody
    result = analyze("Tea sales\n\nShoppers in Kessland will buy more green tea by 2008, a report says.\n\n"
                     "Sales rose by a fifth last year and now make up a tenth of the market. "
                     "The Kessland Tea Board said it welcomed the rise.")
    assert _claim(result, "says").speaker is None


def test_person_between_stops_the_look(analyze):
    result = analyze("Tea sales\n\nShoppers in Kessland will buy more green tea by 2008, a report says.\n\n"
                     "Tea merchant Ana Varga told the BBC that prices were falling. "
                     "The Varnell Institute predicts that sales will double within three years.")
    assert _claim(result, "says").speaker is None


def test_short_form_in_brackets_is_one_body(analyze):
    result = analyze("Farm output\n\nFarm output in the region will grow by 3% next year, according to a new report.\n\n"
                     "Grain harvests in the west will recover, the United Nations Commission for Farming in Asia "
                     "(UNCFA) said.")
    claim = _claim(result, "according to")
    assert _speaker(result, claim) in ("United Nations Commission", "UNCFA")


def test_report_in_the_body_stays_unnamed(analyze):
    # not the lead: a body two sentences on is not read as the report's maker
    result = analyze("Tea sales\n\nTea drinkers in Kessland are changing their habits.\n\n"
                     "Kessland's shops sold more tea this year. Many buyers now choose green tea.\n\n"
                     "Younger buyers prefer herbal blends, a report says. Sales rose by a fifth. "
                     "The Varnell Institute predicts that sales will double.")
    assert _claim(result, "says").speaker is None
