"""Round 53 (branch spk82): a definite document ("the report", "the survey") left with a null
speaker though the story said earlier which body put it out by speaking in it — "X says in a
report, ... The report said", "X said in its latest yearly survey that ... The survey added".
A report by another body, an unnamed rival document and a report only about the body stay as
they were. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import claim_with, speaker_of


def test_report_a_body_says_in_is_the_body(analyze):
    result = analyze("Charity warns on clinics\n\nMore than 300 rural clinics could close by 2010, the "
                     "Halvern Trust says in a report, Closing Doors. Its director, Ana Brisk, said: "
                     "\"Ministers have been warned many times.\"\n\nThe report said the clinics served "
                     "about two million patients a year.\n")
    assert speaker_of(result, claim_with(result, "two million patients")) == "Halvern Trust"


def test_survey_a_body_said_in_its_latest_survey_is_the_body(analyze):
    result = analyze("Retail gloom deepens\n\nShop sales fell in most regions last month, the Orlan "
                     "Retail Council said in its latest monthly survey of members. Chief economist Tomas "
                     "Weld said shoppers were wary.\n\nThe survey added that food prices had risen "
                     "for a third month.\n")
    assert speaker_of(result, claim_with(result, "food prices had risen")) == "Orlan Retail Council"


def test_report_by_another_body_is_not_the_citing_body(analyze):
    # the body only cites a report that another made: "in a report by Y" is Y's, never X's
    result = analyze("Fish stocks shrink\n\nCod numbers are at a record low, the Marrow Fishing League "
                     "said in a report by the Tessel Institute. League head Ivo Danns said boats would "
                     "suffer.\n\nThe report said the stocks needed ten years to recover.\n")
    assert speaker_of(result, claim_with(result, "ten years to recover")) != "Marrow Fishing League"


def test_report_of_a_published_body_still_the_maker(analyze):
    # guard: the older shape "X published a report" still gives X
    result = analyze("Roads face repair bill\n\nThe Carrow Motoring Group published a report on local "
                     "roads on Monday. Its chairman Sam Ortt said councils had failed.\n\nThe report "
                     "said potholes cost drivers millions each year.\n")
    assert speaker_of(result, claim_with(result, "potholes cost drivers")) == "Carrow Motoring Group"


def test_figures_from_a_named_body_are_the_body(analyze):
    result = analyze("Loans rise again\n\nHome loans rose in March for the first time in a year, according "
                     "to lending figures from the Bank of Varnia. Analysts say the figures show the market "
                     "may be steadying.\n")
    # the analysts' claim holds the figures' claim: the inner one is what the figures show
    shown = next(c for c in result.claims if c.text.startswith("the market may be steadying"))
    assert speaker_of(result, shown) == "Bank of Varnia"


def test_figures_a_body_released_are_the_body(analyze):
    result = analyze("Jobless total falls\n\nThe Statistics Office of Orland released figures on Monday. "
                     "The figures showed that unemployment fell by 20,000 in the quarter.\n")
    assert speaker_of(result, claim_with(result, "unemployment fell")) == "Statistics Office of Orland"


def test_data_of_two_named_makers_stays_unnamed(analyze):
    # two bodies' data: "the data" after the second may be either's
    result = analyze("Prices climb\n\nShop prices rose sharply in May. The data, from the Orland Retail "
                     "Council, showed food costs up 4%. Separate data from the Varn Institute pointed the "
                     "other way. The data showed wages lagging.\n")
    assert speaker_of(result, claim_with(result, "wages lagging")) is None


def test_figures_of_no_named_maker_stay_unnamed(analyze):
    # guard: "the figures" with no maker named anywhere keeps a null speaker
    result = analyze("House sales slow\n\nHouse sales slowed in the autumn, with fewer homes sold in the "
                     "capital. Analysts said the figures showed a cooling market.\n")
    assert speaker_of(result, claim_with(result, "cooling market")) is None
