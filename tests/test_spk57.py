"""Round 40 (branch spk57): the wrong one of two related actors as speaker — a joint list marked
"both" / "all" ("Both the A and B urged", "A and B both said") is the pair, not nobody; a poll
given to the news outlet that bought it is the one polling body the story names as asking its
people; "X reported Y as saying" is Y's claim with X the outlet. Short fictional sentences
written here."""

from __future__ import annotations

from claim_helpers import claim_at, speaker_of


def _names(result, claim) -> list[str]:
    return [result.mentions[i].text for i in (claim.speakers or [])]


# --- joint speakers marked "both" / "all" ---------------------------------------------------

def test_both_the_a_and_b_is_the_pair(analyze):
    result = analyze("Loans\n\nThe crisis deepened in March.\n\n"
                     "Both the International Monetary Fund and the World Bank urged Norland to cut spending.")
    claim = claim_at(result, "urged")
    assert _names(result, claim) == ["International Monetary Fund", "World Bank"]
    assert speaker_of(result, claim) == "International Monetary Fund"


def test_a_and_b_both_is_the_pair(analyze):
    result = analyze("Rugby\n\nThe squad trained on Monday.\n\n"
                     "Marcus Fielding and Owen Prothero both said the team was ready.")
    claim = claim_at(result, "said")
    assert _names(result, claim) == ["Marcus Fielding", "Owen Prothero"]


def test_the_unmarked_name_with_and_stays_one_body(analyze):
    result = analyze("Travel\n\nHoliday bookings rose in March.\n\n"
                     "The World Rowing and Sailing Federation said the race would go ahead.")
    claim = claim_at(result, "said")
    assert not claim.speakers


# --- polls: the maker, not the outlet that bought the poll ----------------------------------

_POLL = ("Voters\n\nMost voters back the plan, a poll suggests.\n\n"
         "The Guardian poll found that 58% of adults supported the new rules. "
         "Brightline Research questioned 1,204 adults by telephone last week.")


def test_an_outlet_poll_is_the_polling_firm_that_asked_its_people(analyze):
    result = analyze(_POLL)
    claim = claim_at(result, "found")
    assert speaker_of(result, claim) == "Brightline Research"


def test_a_poll_made_by_the_outlet_itself_stays_the_outlet(analyze):
    text = _POLL.replace("The Guardian poll found", "A survey conducted by the Guardian found")
    result = analyze(text)
    claim = claim_at(result, "found")
    assert speaker_of(result, claim) == "Guardian"


def test_two_polling_firms_leave_the_outlet(analyze):
    text = _POLL + " A rival poll by Stenmark Polling for another paper gave a different answer."
    result = analyze(text)
    claim = claim_at(result, "found")
    assert speaker_of(result, claim) == "Guardian"


# --- "X reported Y as saying" ---------------------------------------------------------------

def test_reported_as_saying_is_the_quoted_body_with_the_outlet(analyze):
    result = analyze("Markets\n\nTwo traders were charged on Tuesday.\n\n"
                     "The traders could face a long jail term, Reuters reported the Financial Conduct Authority as saying.")
    claim = claim_at(result, "reported")
    assert speaker_of(result, claim) == "the Financial Conduct Authority" or (
        claim.speaker is not None and "Financial Conduct Authority" in speaker_of(result, claim))
    assert claim.outlet and "Reuters" in claim.outlet


def test_reported_without_as_saying_stays_the_outlet(analyze):
    result = analyze("Markets\n\nTwo traders were charged on Tuesday.\n\n"
                     "The traders could face a long jail term, Reuters reported.")
    claim = claim_at(result, "reported")
    assert speaker_of(result, claim) == "Reuters"
