"""Attribution recall, round 20 (issue 19): constructions PolNeAR train counts that the tables
missed, kept as hidden acts where a reader would not take them for a claim. Short fictional
sentences written here."""

from __future__ import annotations

import pytest

from newsgraph.model import DEFAULT_MIN_CONFIDENCE

from claim_helpers import claims_of


@pytest.mark.parametrize("text, content", [
    ("The ferry company is expected to raise its fares in the spring.",
     "The ferry company is expected to raise its fares in the spring"),
    ("The mayor is widely expected to stand down after the vote.",
     "The mayor is widely expected to stand down after the vote"),
])
def test_an_agentless_expected_to_is_a_hidden_forecast(analyze, text, content):
    (claim,) = claims_of(analyze, text, "expected")
    assert claim.act == "forecast" and claim.confidence < DEFAULT_MIN_CONFIDENCE
    assert claim.speaker is None and not claim.speaker_text
    assert claim.text == content


@pytest.mark.parametrize("text", [
    "The ferry company is expected by its owners to raise its fares.",  # an agent: no forecast by nobody
    "Residents expected the bridge to open in May.",  # active: the residents' expectation
    "The result was expected.",  # no infinitive
])
def test_no_forecast_without_an_agentless_infinitive(analyze, text):
    assert not [c for c in analyze(text).claims if c.act == "forecast"]


@pytest.mark.parametrize("text, content", [
    ("Asked whether the bridge would reopen, the engineer said she did not know.",
     "whether the bridge would reopen"),
    ("When asked about the delays, Mr Holm said the trains were old.", "the delays"),
])
def test_an_asked_participle_is_a_hidden_question(analyze, text, content):
    (claim,) = claims_of(analyze, text, "asked") or claims_of(analyze, text, "Asked")
    assert claim.act == "question" and claim.confidence < DEFAULT_MIN_CONFIDENCE
    assert claim.text == content
    said = [c for c in analyze(text).claims if c.cue == "said"]
    assert said and said[0].act == "statement"  # the answer stays the claim a reader sees


def test_an_asked_participle_by_someone_names_the_asker(analyze):
    text = "Asked by Lena Voss if he would resign, the minister shook his head."
    (claim,) = claims_of(analyze, text, "Asked")
    assert claim.act == "question" and claim.speaker_text == "Lena Voss"


@pytest.mark.parametrize("text", [
    "Asked to leave the hall, the protesters sat down.",  # an order, not a question
    "Asked again, she smiled.",  # nothing asked that the text gives
])
def test_no_question_without_what_is_asked(analyze, text):
    assert not [c for c in analyze(text).claims if c.act == "question"]


@pytest.mark.parametrize("text, cue", [
    ("\u201cThe pool will reopen in June,\u201d the statement read.", "read"),
    ("A message on the club website reads: \u201cWelcome home.\u201d", "reads"),
])
def test_a_document_that_reads_says_something(analyze, text, cue):
    (claim,) = claims_of(analyze, text, cue)
    assert claim.act == "statement" and claim.speaker_text in ("the statement", "A message on the club website")


def test_a_person_reading_says_nothing(analyze):
    assert not claims_of(analyze, "The clerk read the letter aloud to the court.", "read")


def test_a_forecast_in_a_relative_clause_holds_its_noun(analyze):
    text = "The inquiry, which is expected to last a year, opens on Monday."
    (claim,) = claims_of(analyze, text, "expected")
    assert claim.text == "The inquiry, which is expected to last a year"


def test_the_answers_quote_is_not_the_question(analyze):
    text = "Asked whether he would stay, the coach smiled: \u201cI love this club.\u201d"
    (question,) = [c for c in analyze(text).claims if c.act == "question"]
    assert question.text == "whether he would stay"


def test_the_hearer_of_the_answer_asks(analyze):
    text = "Asked about the strike, Ms Dale told Radio Wessex: \u201cWe will talk to anyone.\u201d"
    (question,) = [c for c in analyze(text).claims if c.act == "question"]
    assert question.speaker_text == "Radio Wessex" and question.text == "the strike"
