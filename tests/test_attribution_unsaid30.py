"""Negated speech, round 30 (issue 19): "did not mention X", "has never said that ..." tell of
words not spoken, so a reader sees no claim; PolNeAR marks many, so they stay in graph.json as a
hidden "unsaid" act. Refusals, denials and negations that affirm keep their own reading.
Short fictional sentences written here."""

from __future__ import annotations

import pytest

from claim_helpers import claims_of


@pytest.mark.parametrize("text, cue", [
    ("The governor did not mention the flooding in her speech.", "mention"),
    ("The report does not praise the new tax rules.", "praise"),
    ("The coach did not defend the referee's decision.", "defend"),
    ("The minutes of the meeting did not suggest this.", "suggest"),
    ("Her office did not inform residents that the water was unsafe.", "inform"),
    ("The lawyer did not claim that her client was innocent.", "claim"),
    ("She never said that the money was missing.", "said"),
    ("He did not say that he would resign.", "say"),
])
def test_negated_speech_is_a_hidden_unsaid_act(analyze, text, cue):
    (claim,) = claims_of(analyze, text, cue)
    assert claim.act == "unsaid" and claim.confidence < 0.5


def test_the_saying_around_negated_speech_stays_a_statement(analyze):
    text = "He said the pilot had not mentioned any problem with the engine."
    assert [c.act for c in claims_of(analyze, text, "said")] == ["statement"]
    assert [c.act for c in claims_of(analyze, text, "mentioned")] == ["unsaid"]


@pytest.mark.parametrize("text, cue", [
    ("She not only said that the plan was wrong but also voted against it.", "said"),
    ("She did not just say that the plan was wrong.", "say"),
    ("He did not hesitate to say that the team was the best.", "say"),
])
def test_negation_that_affirms_stays_a_statement(analyze, text, cue):
    assert [c.act for c in claims_of(analyze, text, cue)] == ["statement"]


@pytest.mark.parametrize("text, cue", [
    ("The bank would not comment on the report.", "comment"),
    ("The singer has not spoken about the split.", "spoken"),
])
def test_a_refused_comment_stays_a_declined_comment(analyze, text, cue):
    (claim,) = claims_of(analyze, text, cue)
    assert (claim.stance, claim.act) == ("decline_comment", "statement")


def test_said_so_is_no_declined_comment(analyze):
    text = "He has never said so in public."
    assert all(c.stance != "decline_comment" for c in claims_of(analyze, text, "said"))


def test_an_open_question_left_unsaid_is_no_claim(analyze):
    assert claims_of(analyze, "The minister did not say whether taxes would rise.", "say") == []


@pytest.mark.parametrize("text, cue", [
    ("Nobody knows exactly how many workers lost their jobs.", "knows"),
    ("No one said that the bridge was unsafe.", "said"),
    ("No official suggested that the plan would fail.", "suggested"),
])
def test_a_subject_that_negates_its_verb_holds_nothing(analyze, text, cue):
    assert [c.act for c in claims_of(analyze, text, cue)] == ["unsaid"]


@pytest.mark.parametrize("text", [
    "No 10 said that the plan was fair.",
    "No. 10 said that the plan was fair.",
    "The official No campaign said that the vote was unfair.",
    "Mr Dale, who leads his own No campaign alongside the official Vote No campaign - said he was not convinced.",
])
def test_a_number_after_no_is_a_name(analyze, text):
    assert [c.act for c in claims_of(analyze, text, "said")] == ["statement"]


def test_what_someone_avoided_saying_is_no_claim(analyze):
    text = "The party leader avoided suggesting that anyone was lying."
    assert claims_of(analyze, text, "suggesting") == []
