"""Claims that are not claims and rejections read as assertions, round 52 (branch clm72): a
market that "lists stocks", events that "showed" something in an "as X showed" clause, a thing
"rejected" (aid, a rise, a post) shown as a statement; "denied suggestions he would quit" and
"dismissed a suggestion the plan was a ploy" (no "that") read as a turned-down proposal;
"dismissed questions about X" kept as an assertion. Short fictional sentences written here."""

from __future__ import annotations

import pytest

from claim_helpers import claims_of
from newsgraph.attribution import CueLexicon


def _one(analyze, text: str, cue: str):
    claims = claims_of(analyze, "Harbour\n\n" + text, cue)
    assert len(claims) == 1, [(c.cue, c.text) for c in claims]
    return claims[0]


# --- a market lists stocks: no claim -------------------------------------------------------

def test_a_market_that_lists_stocks_says_nothing(analyze):
    text = "Traders expect a fight for the Kessel exchange, which lists stocks worth 2bn euros."
    assert claims_of(analyze, "Harbour\n\n" + text, "lists") == []


def test_listing_shares_after_a_comma_says_nothing(analyze):
    text = "The Varno bourse is a prize for any bidder, listing shares with a total value of 90bn."
    assert claims_of(analyze, "Harbour\n\n" + text, "listing") == []


def test_listing_reasons_stays_a_claim(analyze):
    claim = _one(analyze, "The minister listed three reasons for the delay.", "listed")
    assert (claim.speaker_text, claim.act, claim.text) == ("The minister", "statement", "three reasons for the delay")


# --- "as X showed": events show, nobody says ------------------------------------------------

def test_what_events_showed_is_a_hidden_finding(analyze):
    claim = _one(analyze, "But as the floods in Varno showed, poor drainage can cause great harm.", "showed")
    assert claim.act == "finding"
    assert claim.confidence < 0.5


def test_what_a_survey_showed_stays_a_statement(analyze):
    claim = _one(analyze, "As the survey showed, most drivers want cheaper fuel.", "showed")
    assert (claim.act, claim.text) == ("statement", "most drivers want cheaper fuel")


def test_as_the_minister_said_stays_a_statement(analyze):
    claim = _one(analyze, "As the minister said, the roads are full.", "said")
    assert claim.act == "statement"


# --- rejections ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, cue", [
    ("Councillor Vey has denied suggestions there will be a rates freeze in May.", "denied"),
    ("The striker Orlo Penn denied suggestions he wanted to quit the club.", "denied"),
    ("Mrs Hask dismissed a suggestion her budget was a ploy to buy votes.", "dismissed"),
    ("Dr Imre denied any such agreement.", "denied"),
])
def test_a_suggestion_or_an_agreement_denied_is_a_denial(analyze, text, cue):
    claim = _one(analyze, text, cue)
    assert (claim.stance, claim.act) == ("deny", "statement")


@pytest.mark.parametrize("text, cue, content", [
    ("Coach Brandt dismissed questions about his future.", "dismissed", "questions about his future"),
    ("Detectives dismissed its influence on the attack.", "dismissed", "its influence on the attack"),
    ("The ferry firm rejected any link between the cuts and the delays.", "rejected",
     "any link between the cuts and the delays"),
])
def test_dismissing_questions_or_a_link_is_a_rejection(analyze, text, cue, content):
    claim = _one(analyze, text, cue)
    assert (claim.stance, claim.text) == ("deny", content)


def test_a_suggestion_he_made_is_still_a_proposal_turned_down(analyze):
    claim = _one(analyze, "He rejected the suggestion he made last week.", "rejected")
    assert (claim.stance, claim.act) == ("assert", "position")


@pytest.mark.parametrize("text, cue", [
    ("The island rejected foreign aid after the storm.", "rejected"),
    ("The mayor has rejected any rise in fares.", "rejected"),
    ("Mr Tolland rejected the chance to coach the island side.", "rejected"),
])
def test_a_thing_turned_down_is_a_hidden_position(analyze, text, cue):
    claim = _one(analyze, text, cue)
    assert (claim.stance, claim.act) == ("assert", "position")
    assert claim.confidence < 0.5


@pytest.mark.parametrize("text, cue", [
    ("The appeal court rejected the damages claim brought by the farmers.", "rejected"),
    ("Mr Olu dismissed the claim as old news.", "dismissed"),
])
def test_rulings_and_old_news_stay_assertions_shown(analyze, text, cue):
    claim = _one(analyze, text, cue)
    assert (claim.stance, claim.act) == ("assert", "statement")


def test_rejecting_the_allegations_stays_a_denial(analyze):
    claim = _one(analyze, "Minister Lund rejected the allegations of bribery.", "rejected")
    assert claim.stance == "deny"


def test_the_tables_are_data():
    lexicon = CueLexicon.from_data()
    assert "question" in lexicon.challenge_nouns
    assert "list" in lexicon.listing_verbs and "stock" in lexicon.listed_nouns
