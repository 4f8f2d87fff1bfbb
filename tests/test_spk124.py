"""Round 65 (issue 19, branch spk124): "The parties say" right after a sentence whose subject is a
list of parties ("X and Y are still canvassing voters who ...") was left with no speaker: the
listed-subject rule read only "they", and only when no other clause stood in that sentence. Now
the phrase (``listed_party_nouns``) is the list, as ``speakers``, when every name is a party by
the seeds or its own name (``DocumentCoref.names_party``) and no other party is named since
(``SpeakerResolver._parties_listed_before``). Sentences written here, names invented."""

from __future__ import annotations

from claim_helpers import claim_with, speaker_names, speaker_of

_HEADLINE = "Pact agreed in Tamsk\n\n"


# --- fixed: the listed parties speak as one ------------------------------------------------------


def test_the_parties_after_two_listed_parties_are_both(analyze):
    result = analyze(_HEADLINE + "The Kessel Party and the Vaal Party have agreed a pact for the Tamsk seat.\n\n"
                     "The parties say the pact will last.")
    claim = claim_with(result, "the pact will last")
    assert speaker_names(result, claim) == ["Kessel Party", "Vaal Party"]
    assert speaker_of(result, claim) == "Kessel Party" and not claim.anonymous


def test_the_parties_past_another_clause_of_people(analyze):
    # "people who said they ...": another clause, but no party in it; the noun sorts it out
    result = analyze(_HEADLINE + "The Kessel Party and the Vaal Party are still telephoning people who said "
                     "they wanted no calls.\n\nThe parties say they can keep to the rules.")
    claim = claim_with(result, "keep to the rules")
    assert speaker_names(result, claim) == ["Kessel Party", "Vaal Party"]


def test_the_parties_three_listed(analyze):
    result = analyze(_HEADLINE + "The Kessel Party, the Vaal Party and the Brann Party have agreed a pact "
                     "for the Tamsk seat.\n\nThe parties say the pact will last.")
    claim = claim_with(result, "the pact will last")
    assert speaker_names(result, claim) == ["Kessel Party", "Vaal Party", "Brann Party"]


# --- guards: what must not change ----------------------------------------------------------------


def test_guard_the_parties_after_two_people_stay_null(analyze):
    # a case's two sides are often people: no party list, no speaker
    result = analyze(_HEADLINE + "Jo Brann and Ana Vaal have agreed a pact for the Tamsk seat.\n\n"
                     "The parties say the pact will last.")
    claim = claim_with(result, "the pact will last")
    assert speaker_of(result, claim) is None and not claim.speakers


def test_guard_the_parties_after_two_firms_stay_null(analyze):
    result = analyze(_HEADLINE + "Kessel Foods and Vaal Motors have agreed a pact for the Tamsk plant.\n\n"
                     "The parties say the pact will last.")
    claim = claim_with(result, "the pact will last")
    assert speaker_of(result, claim) is None and not claim.speakers


def test_guard_another_party_named_since_keeps_it_null(analyze):
    result = analyze(_HEADLINE + "The Kessel Party and the Vaal Party have agreed a pact for the Tamsk seat, "
                     "and the Brann Party has left.\n\nThe parties say the pact will last.")
    claim = claim_with(result, "the pact will last")
    assert speaker_of(result, claim) is None and not claim.speakers


def test_guard_a_described_plural_stays_null(analyze):
    # "the two main parties": a description the listed names may not fit
    result = analyze(_HEADLINE + "The Kessel Party and the Vaal Party have agreed a pact for the Tamsk seat.\n\n"
                     "The smaller parties say the pact will not last.")
    claim = claim_with(result, "will not last")
    assert not claim.speakers


def test_guard_they_after_two_named_people_stays_the_pair(analyze):
    result = analyze(_HEADLINE + "Jo Brann and Ana Vaal met on Monday. They said the deal was good.")
    claim = claim_with(result, "the deal was good")
    assert speaker_names(result, claim) == ["Jo Brann", "Ana Vaal"]
