"""Round 44 (branch spk63): unnamed speakers the story names. The lead's undetermined press
reports ("..., reports claim.", "according to newspaper reports.") are the one outlet the very
next sentence gives as reporting, as the press adverb "reportedly" already was. Short fictional
sentences written here."""

from __future__ import annotations

from claim_helpers import claim_at, speaker_of


def test_lead_reports_closed_by_the_outlet_next(analyze):
    result = analyze("Tessel sale\n\nThe Tessel Group could sell its shipping arm within weeks, reports claim.\n\n"
                     "The board will discuss the sale at its meeting on Friday, the Sunday Telegraph reported.")
    claim = claim_at(result, "claim", 0)
    assert speaker_of(result, claim) == "Sunday Telegraph"
    assert claim.anonymous is False


def test_lead_newspaper_reports_opened_by_the_outlet_next(analyze):
    result = analyze("Port deal\n\nThe Varne port authority is about to choose a buyer, newspaper reports say.\n\n"
                     "The Financial Times said the authority wanted a deal before the summer.")
    assert speaker_of(result, claim_at(result, "say", 0)) == "Financial Times"


def test_reports_with_no_outlet_next_stay_unnamed(analyze):
    result = analyze("Port deal\n\nThe Varne port authority is about to choose a buyer, reports say.\n\n"
                     "Talks with three bidders have gone on since March.")
    assert claim_at(result, "say", 0).speaker is None


def test_reports_in_the_story_body_stay_unnamed(analyze):
    # outside the lead the outlet after may be reporting something else
    result = analyze("Port deal\n\nThe Varne port authority met on Monday.\n\n"
                     "Talks with three bidders have gone on since March.\n\n"
                     "The authority is about to choose a buyer, reports say. "
                     "The Financial Times said the authority wanted a deal before the summer.")
    assert claim_at(result, "say", 0).speaker is None


def test_local_press_reports_stay_unnamed(analyze):
    # "local press reports": whose press the words say, not the outlet named next
    result = analyze("Port strike\n\nDock workers in Varne walked out on Sunday, local press reports say.\n\n"
                     "The Financial Times said the strike would last a week.")
    assert claim_at(result, "say", 0).speaker is None
