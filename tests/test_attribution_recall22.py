"""Attribution recall, round 22 (issue 19): reported questions the parse hid — an "if" clause
hung on "asked" as a condition, and "asked X about Y" read as a statement of "X about Y". Both
are hidden question acts. Short fictional sentences written here."""

from __future__ import annotations

import pytest

from newsgraph.model import DEFAULT_MIN_CONFIDENCE


def asked(analyze, text: str):
    return [c for c in analyze(text).claims if c.cue == "asked"]


@pytest.mark.parametrize("text, speaker, content", [
    ("The reporter asked the minister if she planned to resign.", "The reporter", "she planned to resign"),
    ("He shook hands and asked workers if they planned to vote.", "He", "they planned to vote"),
])
def test_an_if_clause_after_the_person_asked_is_the_question(analyze, text, speaker, content):
    (claim,) = asked(analyze, text)
    assert claim.act == "question" and claim.confidence < DEFAULT_MIN_CONFIDENCE
    assert claim.speaker_text == speaker and claim.text == content


def test_a_condition_further_on_is_no_question(analyze):
    text = "She will ask the court to step in if the deal collapses."
    assert not [c for c in analyze(text).claims if c.act == "question"]


@pytest.mark.parametrize("text, content", [
    ("The presenter asked him about the leaked memo.", "the leaked memo"),
    ("Reporters asked the coach about his future at the club.", "his future"),
    ("The inspector asked about the missing ledger.", "the missing ledger"),
])
def test_asked_about_is_a_question_on_the_topic(analyze, text, content):
    (claim,) = asked(analyze, text)
    assert claim.act == "question" and claim.confidence < DEFAULT_MIN_CONFIDENCE
    assert claim.text == content


def test_asked_for_stays_a_request(analyze):
    (claim,) = asked(analyze, "The tenants asked the council for more money.")
    assert claim.act == "request"
