"""Non-claims, round 31 (issue 19): words a reader sees as no claim at all — a verb inside a song's
title, a picture that "shows" someone doing something (hidden), a poll's method, the reporter's reading of a
market move, views voiced with nothing said, people found rather than a finding, a visit announced.
Those PolNeAR may mark stay in graph.json as hidden acts; the others make no claim.
Short fictional sentences written here."""

from __future__ import annotations

import pytest

from claim_helpers import claims_of


@pytest.mark.parametrize("text, cue", [
    ("Do They Know It's Christmas, featuring many singers, held off the rival to stay top.", "Know"),
    ("The band played the song Tell Me Why at the end of the evening.", "Tell"),
    ("The album \"Say It Loud\" sold well in the weeks before Christmas.", "Say"),
    ("A spokesman for the Valley Says No campaign attacked the plan.", "Says"),
])
def test_a_verb_inside_a_title_is_no_claim(analyze, text, cue):
    assert claims_of(analyze, text, cue) == []


@pytest.mark.parametrize("text, cue", [
    ("\u201cTell them the truth,\u201d she said to the crowd.", "said"),
    ("Mr Brown Says Tax Will Rise", "Says"),
])
def test_speech_at_a_sentence_opening_or_in_a_title_case_headline_stays(analyze, text, cue):
    assert len(claims_of(analyze, text, cue)) == 1


@pytest.mark.parametrize("text, cue", [
    ("The film shows the leader laughing at a comedian's impression of him.", "shows"),
    ("The video showed the man leaving the shop just before midnight.", "showed"),
])
def test_a_picture_that_shows_someone_doing_something_is_a_hidden_finding(analyze, text, cue):
    assert [(c.act, c.confidence < 0.5) for c in claims_of(analyze, text, cue)] == [("finding", True)]


def test_footage_that_shows_that_something_is_so_stays_a_finding(analyze):
    (claim,) = claims_of(analyze, "The footage shows that the guard was asleep.", "shows")
    assert (claim.text, claim.act) == ("the guard was asleep", "statement")


def test_a_polls_method_is_no_claim_of_the_poll(analyze):
    text = "In the poll, the critics were asked for tips for bands they thought could reach the top."
    assert claims_of(analyze, text, "In") == []


def test_a_polls_answers_stay_the_polls_claim(analyze):
    text = "In a poll of 1,000 voters, 40% said they would back the plan."
    assert len(claims_of(analyze, text, "In")) == 1


def test_the_reporters_reading_of_a_market_view_is_a_hidden_finding(analyze):
    text = "Their losses were smaller, reflecting the market's view that insurers would pay most of the costs."
    (claim,) = claims_of(analyze, text, "view")
    assert claim.act == "finding" and claim.confidence < 0.5


def test_a_view_someone_states_stays_a_statement(analyze):
    (claim,) = claims_of(analyze, "The governor's view that the dam was safe angered residents.", "view")
    assert claim.act == "statement"


@pytest.mark.parametrize("text, cue", [
    ("Online diaries are now a common place for people to write about their days and express opinions on the web.", "express"),
    ("The views expressed by both senators and party donors over the claimed feud between the two men "
     "showed how angry the party had become.", "expressed"),
])
def test_views_voiced_with_nothing_said_are_a_hidden_position(analyze, text, cue):
    assert [(c.act, c.confidence < 0.5) for c in claims_of(analyze, text, cue)] == [("position", True)]


def test_a_view_expressed_with_its_clause_stays_a_statement(analyze):
    (claim,) = claims_of(analyze, "He expressed the view that the plan would fail.", "expressed")
    assert claim.act == "statement"


def test_people_found_are_no_finding(analyze):
    text = "Harlow found six other musicians who were interested and the Brass Club was born."
    assert claims_of(analyze, text, "found") == []


@pytest.mark.parametrize("text", [
    "Investigators found the pilot had been tired.",
    "Analysts think shares in the firm are cheap.",
])
def test_a_finding_without_that_stays(analyze, text):
    assert len(analyze(text).claims) == 1


def test_a_visit_announced_is_no_claim(analyze):
    text = "The senator, who announced his attendance late on Friday, was given a place on the panel."
    assert claims_of(analyze, text, "announced") == []


def test_a_named_persons_belief_read_into_events_stays_a_statement(analyze):
    text = "The launch of the phone reflected Mr Raskin's belief that design should make computers easy to use."
    assert [c.act for c in claims_of(analyze, text, "belief")] == ["statement"]


def test_investors_fears_read_into_a_fall_are_a_hidden_finding(analyze):
    text = "Shares fell sharply, reflecting investors' fears that the firm would need more cash."
    assert [c.act for c in claims_of(analyze, text, "fears")] == ["finding"]


def test_the_subject_the_parser_gave_a_title_speaks_with_the_cue(analyze):
    text = ("Tom Hale, spokesman for Westshire Says No, said the rival campaign's choice to attack people "
            "had lowered the whole debate.")
    assert [c.speaker_text for c in claims_of(analyze, text, "said")] == ["Tom Hale"]
    assert claims_of(analyze, text, "Says") == []


@pytest.mark.parametrize("text", [
    "He believes the data is wrong.",
    "Analysts expected a profit nearer to A$200m. Skyway shares fell almost 4%.",
])
def test_a_clause_with_a_plural_word_and_a_singular_verb_stays(analyze, text):
    assert len([c for c in analyze(text).claims if c.cue in ("believes", "expected")]) == 1
