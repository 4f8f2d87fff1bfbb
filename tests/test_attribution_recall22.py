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


@pytest.mark.parametrize("text, content", [
    ("“The bridge will reopen in May,” the engineer answered.", "The bridge will reopen in May"),
    ("Asked about the cuts, the manager answered that no jobs would go.", "no jobs would go"),
])
def test_answered_with_a_quote_or_clause_is_a_statement(analyze, text, content):
    (claim,) = [c for c in analyze(text).claims if c.cue == "answered"]
    assert claim.act == "statement" and claim.text == content


@pytest.mark.parametrize("text", [
    "The engineer answered questions for an hour.",
    # the parser hangs the aside on "answered"; the object shows the verb acts on the questions
    "Of course, the clerk freely admits, he could have answered these questions if he had looked.",
])
def test_answering_a_thing_says_nothing(analyze, text):
    assert not [c for c in analyze(text).claims if c.cue == "answered"]
