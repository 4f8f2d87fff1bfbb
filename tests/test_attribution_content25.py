"""Non-claims and findings, round 25 (issue 19): what is shown, assumed or won says nothing;
a study's finding is its author's claim, numbers with no author the reporter's reading.
Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import claims_of


def test_a_firm_or_a_player_showing_a_thing_says_nothing(analyze):
    assert claims_of(analyze, "The carmaker showed two new hybrid vans at the motor fair in Geneva.", "showed") == []
    assert claims_of(analyze, "The channel refused to show the documentary before the vote.", "show") == []
    assert claims_of(analyze, "The goalkeeper had to show safe hands to hold two late crosses.", "show") == []


def test_a_record_showing_a_thing_states_it(analyze):
    (claim,) = claims_of(analyze, "The survey showed a sharp rise in online shopping.", "showed")
    assert claim.text == "a sharp rise in online shopping"
    (claim,) = claims_of(analyze, "A breakdown of the monthly figures shows a fall in exports.", "shows")
    assert claim.text == "a fall in exports"


def test_a_record_showing_a_picture_says_nothing(analyze):
    assert claims_of(analyze, "The club website shows a picture of the new stand.", "shows") == []


def test_a_clause_after_show_is_stated_whoever_shows(analyze):
    (claim,) = claims_of(analyze, "The union showed that the pay offer was below inflation.", "showed")
    assert claim.text == "the pay offer was below inflation"


def test_a_prize_the_parser_reads_as_a_clause_is_no_claim(analyze):
    assert claims_of(analyze, "The visitors claimed only their second ever win over the league leaders.", "claimed") == []
    (claim,) = claims_of(analyze, "The union claimed that the second ballot was rigged.", "claimed")
    assert claim.text == "the second ballot was rigged"


def test_numbers_the_reporter_reads_are_a_hidden_finding(analyze):
    (claim,) = claims_of(analyze, "The figures show that the housing market is cooling.", "show")
    assert claim.act == "finding"
    (claim,) = claims_of(analyze, "The results suggest that the new drug works.", "suggest")
    assert claim.act == "finding"


def test_an_identified_study_finding_is_a_claim(analyze):
    (claim,) = claims_of(analyze, "The survey found that most shops were quiet in March.", "found")
    assert claim.act == "statement"
    (claim,) = claims_of(analyze, "A study by the Halden Institute found that commuters sleep less.", "found")
    assert claim.act == "statement"


def test_a_model_assuming_holds_no_belief(analyze):
    assert claims_of(analyze, "The model assumes that oil prices will stay high all year.", "assumes") == []
    assert claims_of(analyze, "But the budget presumes that growth will pick up.", "presumes") == []
    (claim,) = claims_of(analyze, "The minister assumes that voters will forgive him.", "assumes")
    assert claim.text == "voters will forgive him"


def test_a_shown_attitude_and_a_title_case_poll_stay(analyze):
    (claim,) = claims_of(analyze, "He spoke while showing support for the new health plan.", "showing")
    assert claim.text.startswith("support for")
    (claim,) = claims_of(analyze, "New Poll Shows Late Surge For Mayor", "Shows")
    assert claim.speaker_text == "New Poll"


def test_a_forecast_tags_no_quote(analyze):
    # the parser runs a quote closing on "?'”" into the next sentence, whose cue is a forecast
    text = ("Party drops battle bus\n\nThe party will not use a bus this time. But rival chief Ana Ruiz said "
            "the plan was a mistake.\n\n\"At a time when voters want answers, this government hides - it does "
            "beg a question, 'What are they hiding?'\" A general election is widely expected next May and "
            "rival parties are stepping up work.\n")
    assert [c for c in analyze(text).claims if c.cue == "expected"] == []


def test_a_forecast_with_a_clause_stays_hidden_and_sourceless(analyze):
    (claim,) = claims_of(analyze, "It is widely expected that the bank will raise rates.", "expected")
    assert claim.act == "forecast" and claim.text == "the bank will raise rates"
