"""A cue's how/why/whether object is a question, round 43 (branch clm60): "explained how the
ballots will be counted", "must show why the bid is fair", "revealed how the coach won him
over" report what was asked or explained, no proposition the speaker holds true
(docs/judging.md), so the claim keeps act "question" (hidden by default, kept in graph.json).
Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import claims_of


def _act(analyze, text: str, cue: str) -> str:
    (claim,) = claims_of(analyze, "Harbour\n\n" + text, cue)
    return claim.act


def test_explaining_how_is_a_question(analyze):
    text = "The leaflet from the rowing club explained how members will be contacted about the regatta."
    assert _act(analyze, text, "explained") == "question"


def test_an_obligation_to_show_why_is_a_question(analyze):
    text = "The ferry firm said the harbour board had to show why its new fees were fair to skippers."
    acts = {c.cue: c.act for c in analyze("Harbour\n\n" + text).claims}
    assert acts.get("show") in (None, "question")  # no claim, or a hidden question: never a statement
    assert acts["said"] == "statement"


def test_revealing_how_is_a_question(analyze):
    text = "The goalkeeper revealed how the new coach talked him into staying at the club."
    assert _act(analyze, text, "revealed") == "question"


def test_a_that_clause_stays_a_statement(analyze):
    text = "The goalkeeper revealed that the new coach had talked him into staying at the club."
    assert _act(analyze, text, "revealed") == "statement"


def test_a_how_clause_as_subject_stays_a_statement(analyze):
    text = "The mayor said how the toll was brought in was now a matter for the courts."
    assert _act(analyze, text, "said") == "statement"


def test_a_whether_condition_stays_a_statement(analyze):
    text = "The mayor said whether the council agreed or not, the quay would be rebuilt by May."
    assert _act(analyze, text, "said") == "statement"
