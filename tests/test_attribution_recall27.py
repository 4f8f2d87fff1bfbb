"""Attribution recall, round 27 (issue 19): structural misses read on PolNeAR train outside the
check sample — a "for X to do" clause after "called", a poll whose respondents' answers have a
verb of saying of their own. Short fictional sentences written here."""

from __future__ import annotations

import pytest


def by_cue(analyze, text: str, cue: str):
    return [c for c in analyze(text).claims if c.cue == cue]


@pytest.mark.parametrize("text, speaker, content", [
    ("The union is calling for the board to step down before the vote.", "The union",
     "the board to step down before the vote"),
    ("Ms Okafor has called for the harbour fee to be cut by half.", "Ms Okafor",
     "the harbour fee to be cut by half"),
    ("The mayor also called for all councillors to publish their expenses.", "The mayor",
     "all councillors to publish their expenses"),
])
def test_what_is_called_for_is_the_for_to_clause(analyze, text, speaker, content):
    claims = [c for c in analyze(text).claims if c.cue_span and text[c.cue_span[0]:c.cue_span[1]].endswith(("calling", "called"))]
    (claim,) = claims
    assert claim.speaker_text == speaker and claim.text.startswith(content)
    assert claim.act == "request"  # someone is asked to act, nothing is held true


def test_a_purpose_after_an_object_is_no_call(analyze):
    # "called a meeting for them to talk": the meeting is called; nothing is called for
    assert not [c for c in analyze("The coach called a meeting for the players to talk it over.").claims
                if c.cue and "called" in c.cue]


def test_a_poll_opening_a_sentence_with_answers_is_a_claim_of_the_poll(analyze):
    text = "In a poll released on Monday, 40 percent of voters said the tunnel should be scrapped."
    claims = analyze(text).claims
    (poll,) = [c for c in claims if c.cue == "In"]
    assert poll.speaker_text == "a poll released on Monday"
    (answers,) = [c for c in claims if c.cue == "said"]
    assert answers.speaker_text == "40 percent of voters" and answers.text == "the tunnel should be scrapped"


def test_a_statement_opening_a_sentence_stays_the_channel(analyze):
    text = "In a statement, the ferry company said the crossing had been cancelled."
    claims = analyze(text).claims
    assert not [c for c in claims if c.cue == "In"]
    (said,) = [c for c in claims if c.cue == "said"]
    assert said.speaker_text == "the ferry company"


@pytest.mark.parametrize("title, speaker, content", [
    # the sentence splitter ends the sentence at the colon; the verb is further on the line
    ("Okafor: I Still Think The Harbour Board Can’t Be Trusted With Tolls", "Okafor",
     "I Still Think The Harbour Board Can’t Be Trusted With Tolls"),
    # a quoted line needs no verb
    ("Ana Ruiz: 'The ferry line is fair game'", "Ana Ruiz", "'The ferry line is fair game'"),
])
def test_a_headline_colon_speaks_to_the_end_of_its_line(analyze, title, speaker, content):
    claims = analyze(title + "\n\nThe council met on Tuesday to discuss the harbour.").claims
    (claim,) = [c for c in claims if c.cue == ":"]
    assert claim.speaker_text == speaker and claim.text == content


def test_a_headline_topic_after_a_colon_is_still_no_claim(analyze):
    claims = analyze("Okafor: The Harbour Years\n\nThe council met on Tuesday to discuss the harbour.").claims
    assert not [c for c in claims if c.cue == ":"]


def test_an_interview_answer_mark_is_no_speaker(analyze):
    # the splitter ends the sentence at the colon, as after "Okafor:" above; "A" is no name
    text = ("The mayor spoke to us on Monday.\n\n"
            "A: I Still Think The Harbour Board Can’t Be Trusted With Tolls")
    assert not [c for c in analyze(text).claims if c.cue == ":"]
