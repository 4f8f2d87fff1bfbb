"""Claim speakers, round 38 (branch spk52): a document whose head word the lemmatizer takes
apart ("data" to "datum", "minutes" to "minute") or that was missing from the document nouns
("statistics") is a document, and the maker the phrase names ("from X", "by X", "of X's
meeting", "X's minutes") is its speaker. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import speakers


def test_new_data_from_a_named_body_is_the_body(analyze):
    result = analyze("Shops\n\nSales fell in May.\n\n"
                     "Recent data from the Harbour Retail Group showed that sales fell by 2% in May.")
    found = speakers(result, "showed")
    assert found and found[-1][1] == "Harbour Retail Group"


def test_minutes_of_a_named_bank_meeting_are_the_bank(analyze):
    result = analyze("Rates\n\nRates rose in June.\n\n"
                     "The minutes of the Northland Bank's June meeting showed that two members wanted a larger rise.")
    found = speakers(result, "showed")
    assert found and found[-1][1] == "Northland Bank"


def test_a_banks_own_minutes_are_the_bank(analyze):
    result = analyze("Rates\n\nRates rose in June.\n\n"
                     "The Northland Bank's minutes said that members were split.")
    found = speakers(result, "said")
    assert found and found[-1][1] == "Northland Bank"


def test_statistics_compiled_by_a_named_firm_are_the_firm(analyze):
    result = analyze("Web\n\nTraffic rose.\n\n"
                     "Statistics compiled by web monitor Clickwell show that traffic rose by 10%.")
    found = speakers(result, "show")
    assert found and found[-1][1] == "Clickwell"


def test_minutes_of_an_unnamed_meeting_stay_unnamed(analyze):
    result = analyze("Rates\n\nRates rose in June.\n\n"
                     "The minutes of the meeting showed that two members wanted a larger rise.")
    found = speakers(result, "showed")
    assert found and found[-1][1] is None


def test_data_from_unnamed_people_stay_unnamed(analyze):
    result = analyze("Health\n\nWaiting lists grew.\n\n"
                     "Data from 3,000 patients showed that waits grew longer.")
    found = speakers(result, "showed")
    assert not found or found[-1][1] is None


def test_a_minute_of_time_is_no_document(analyze):
    result = analyze("Football\n\nThe match was close.\n\n"
                     "In the final minute, the referee said the goal would stand.")
    found = speakers(result, "said")
    assert found
    assert all(c.kind != "document" for c in result.claims if c.cue == "said")
