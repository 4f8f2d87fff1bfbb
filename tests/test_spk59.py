"""Round 42 (branch spk59): an unnamed report of a story's lead ("..., a report says.") whose
maker the story names just after it: two sentences on when the sentence between goes on with
the findings and names nobody, with a verb of findings no answer takes ("X predicts", not "X
said"); a name's bracketed short form is the same body, not a second one. Short fictional
sentences written here."""

from __future__ import annotations

from claim_helpers import claim_at, speaker_of


def test_report_maker_two_sentences_on(analyze):
    result = analyze("Tea sales\n\nShoppers in Kessland will buy more green tea by 2008, a report says.\n\n"
                     "Sales rose by a fifth last year and now make up a tenth of the market. "
                     "The Varnell Institute predicts that sales will double within three years.")
    assert speaker_of(result, claim_at(result, "says", 0)) == "Varnell Institute"


def test_body_that_may_answer_is_no_maker(analyze):
    # "said" two sentences on may answer the report: nobody
    result = analyze("Tea sales\n\nShoppers in Kessland will buy more green tea by 2008, a report says.\n\n"
                     "Sales rose by a fifth last year and now make up a tenth of the market. "
                     "The Kessland Tea Board said it welcomed the rise.")
    assert claim_at(result, "says", 0).speaker is None


def test_person_between_stops_the_look(analyze):
    result = analyze("Tea sales\n\nShoppers in Kessland will buy more green tea by 2008, a report says.\n\n"
                     "Tea merchant Ana Varga told the BBC that prices were falling. "
                     "The Varnell Institute predicts that sales will double within three years.")
    assert claim_at(result, "says", 0).speaker is None


def test_short_form_in_brackets_is_one_body(analyze):
    result = analyze("Farm output\n\nFarm output in the region will grow by 3% next year, according to a new report.\n\n"
                     "Grain harvests in the west will recover, the United Nations Commission for Farming in Asia "
                     "(UNCFA) said.")
    claim = claim_at(result, "according to", 0)
    assert speaker_of(result, claim) in ("United Nations Commission", "UNCFA")


def test_report_in_the_body_stays_unnamed(analyze):
    # not the lead: a body two sentences on is not read as the report's maker
    result = analyze("Tea sales\n\nTea drinkers in Kessland are changing their habits.\n\n"
                     "Kessland's shops sold more tea this year. Many buyers now choose green tea.\n\n"
                     "Younger buyers prefer herbal blends, a report says. Sales rose by a fifth. "
                     "The Varnell Institute predicts that sales will double.")
    assert claim_at(result, "says", 0).speaker is None
