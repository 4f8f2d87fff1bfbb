"""Titled names the model tagged nothing, made people when they speak (mentions/titled.py),
on sentences written for these tests."""

from __future__ import annotations

from newsgraph.mentions.rules import EntityRules
from newsgraph.mentions.spans import Candidate, WordStats
from newsgraph.mentions.titled import titled_speakers

RULES = EntityRules.from_data()


def added(nlp, text: str, *found: Candidate) -> list[tuple[str, str, str, str]]:
    doc = nlp(text)
    words = WordStats.from_docs([doc])
    index = {sent.start: i for i, sent in enumerate(doc.sents)}
    return [(c.text, c.label, c.title, c.cue) for c in titled_speakers(doc, 0, index, RULES, words, list(found))]


def test_a_titled_name_that_speaks_is_a_person(nlp):
    assert added(nlp, '"The council should have acted sooner," said Mr Tarrow.') == [("Tarrow", "PERSON", "Mr", "PERSON")]


def test_a_titled_name_that_does_not_speak_is_left_to_the_model(nlp):
    assert added(nlp, "The council sold the old mill to Mr Tarrow last spring.") == []


def test_a_name_a_candidate_already_holds_gets_no_second_one(nlp):
    text = '"The council should have acted sooner," said Mr Tarrow.'
    start = text.index("Tarrow")
    assert added(nlp, text, Candidate(start, start + 6, "Tarrow", "PERSON", 0)) == []


def test_a_speaking_titled_name_becomes_the_claim_speaker(analyze):
    result = analyze('"The council should have acted sooner," said Mr Tarrow.')
    assert [(m.text, m.label) for m in result.mentions] == [("Tarrow", "PERSON")]
    assert [c.speaker_text for c in result.claims] == ["Mr Tarrow"]
