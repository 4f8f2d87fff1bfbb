"""Claims that are narration, round 40 (branch clm55): what someone knows, realises or learns told
outside a quote, a forecast or an estimate no one is named for ("it is predicted that ...",
"sales are forecast to ...", "it is estimated that ..."), and forecasts or an index as the subject
of a finding verb with no maker ("forecasts predict", "the index suggests"). All are kept in the
graph for recall, as a hidden act (confidence below the views' 0.5). Short fictional sentences
written here."""

from __future__ import annotations

from claim_helpers import claims_of

SHOWN = 0.5  # the views' default threshold


def _shown(claims: list) -> list:
    return [c for c in claims if c.confidence >= SHOWN]


def test_what_a_player_knows_is_narration(analyze):
    text = "Tennis\n\nAfter losing the first set, Tom Baxter knows he is in a hard match."
    claims = claims_of(analyze, text, "knows")
    assert claims and not _shown(claims)
    assert claims[0].act == "finding"


def test_what_a_director_realised_is_narration(analyze):
    text = "Films\n\nThe director Ann Moss realised that the script would need a new ending."
    claims = claims_of(analyze, text, "realised")
    assert claims and not _shown(claims)


def test_what_a_minister_learnt_is_narration(analyze):
    text = "Jobs\n\nThe minister Paul Grey learnt that his post had been cut."
    assert not _shown(claims_of(analyze, text, "learnt"))


def test_a_firm_aware_of_a_risk_is_narration(analyze):
    text = "Banks\n\nThe lender Brightbank is aware that its rivals will cut their rates."
    assert not _shown(claims_of(analyze, text, "aware"))


def test_he_knows_inside_a_quote_stays(analyze):
    text = ("Rugby\n\n\"I spoke to Sam after the game and he knows that the pack must improve,\" "
            "said the coach Rob Hale.")
    claims = claims_of(analyze, text, "knows")
    assert all(c.act == "statement" for c in claims)


def test_said_he_knew_stays_one_claim_by_said(analyze):
    text = "Courts\n\nThe banker Lee Ford said he knew nothing of the loans to the firm."
    said = claims_of(analyze, text, "said")
    assert _shown(said)


def test_it_is_predicted_is_a_hidden_forecast(analyze):
    text = "Phones\n\nIt is predicted that three billion handsets will be in use by the end of 2009."
    claims = claims_of(analyze, text, "predicted")
    assert claims and not _shown(claims)
    assert claims[0].act == "forecast"


def test_sales_forecast_to_rise_is_a_hidden_forecast(analyze):
    text = "Shops\n\nOnline sales of toys are forecast to rise by a third this winter."
    assert not _shown(claims_of(analyze, text, "forecast"))


def test_a_named_forecaster_stays_a_claim(analyze):
    text = "Shops\n\nThe retail group Shopwatch predicted that online sales of toys would rise by a third."
    claims = claims_of(analyze, text, "predicted")
    assert _shown(claims) and claims[0].speaker_text == "The retail group Shopwatch"


def test_it_is_estimated_is_a_hidden_finding(analyze):
    text = "Homes\n\nIt is estimated that two million homes were without heating last winter."
    claims = claims_of(analyze, text, "estimated")
    assert claims and not _shown(claims)


def test_forecasts_with_no_maker_are_a_hidden_finding(analyze):
    text = "Shops\n\nForecasts predict that shoppers will spend more on toys online this winter."
    claims = claims_of(analyze, text, "predict")
    assert claims and not _shown(claims)


def test_a_body_s_forecast_stays_a_claim(analyze):
    text = "Shops\n\nThe association's latest forecast suggests that shoppers will spend more online."
    assert _shown(claims_of(analyze, text, "suggests"))


def test_an_index_with_no_maker_is_a_hidden_finding(analyze):
    text = "Prices\n\nThe index suggests that prices in shops are rising faster than wages."
    assert not _shown(claims_of(analyze, text, "suggests"))


def test_an_index_underlining_a_degree_is_a_hidden_finding(analyze):
    text = "Prices\n\nThe core price index rose by 2% in May, underlining how effective the cuts had been."
    assert not _shown(claims_of(analyze, text, "underlining"))


def test_a_firm_aware_of_prices_is_narration(analyze):
    text = "The firm is well aware that prices are rising."
    (claim,) = claims_of(analyze, text, "aware")
    assert claim.act == "finding" and claim.confidence < SHOWN


def test_forecasts_of_a_named_office_stay_a_claim(analyze):
    text = "Budget\n\nPast Treasury Budget Unit (TBU) forecasts said there would be a large shortfall in 2009."
    assert _shown(claims_of(analyze, text, "said"))


def test_a_quote_joined_to_knew_keeps_the_claim(analyze):
    text = ("Walks\n\nIt took a day before Sean Tully knew that he would miss the race. "
            "\"My leg was broken in two places,\" he added later.")
    claims = [c for c in analyze(text).claims if "leg was broken" in c.text]
    assert _shown(claims)
