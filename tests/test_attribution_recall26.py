"""Attribution recall, round 31 (issue 19, branch pn26): constructions read on PolNeAR train
outside the seed-77 check sample — an adjective of belief or feeling after "be" with a clause
("officials are confident that ...", "pundits were shocked that ...") and a noun of saying equated
with a clause ("their fear is that ..."). Short fictional sentences written here."""

from __future__ import annotations

import pytest


def readings(analyze, text: str) -> list[tuple[str, str | None, str, str]]:
    return [(text[c.cue_span[0]:c.cue_span[1]], c.speaker_text, c.act, c.text) for c in analyze(text).claims]


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("The minister is certain the deal will hold.", "certain", "The minister", "the deal will hold"),
    ("The senator's advisers were optimistic that he would win the next primary.", "optimistic",
     "The senator's advisers", "he would win the next primary"),
    ("Officials were convinced the strike would end soon.", "convinced", "Officials", "the strike would end soon"),
    # round 40 (clm55): "is aware that" tells what the firm knows, the reporter's narration: a
    # hidden "finding" (tests/test_clm55.py), no longer a statement
    ("The mayor was adamant the tram would open on time.", "adamant", "The mayor", "the tram would open on time"),
])
def test_a_belief_held_with_a_clause_is_a_statement(analyze, text, cue, speaker, content):
    (claim,) = readings(analyze, text)
    assert claim == (cue, speaker, "statement", content)


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("Local traders are shocked that the market will close.", "shocked", "Local traders", "the market will close"),
    ("Residents remain worried that the river will flood again.", "worried", "Residents",
     "the river will flood again"),
    ("The union is sceptical that the talks will succeed.", "sceptical", "The union", "the talks will succeed"),
    ("Voters are hopeful that the new mayor will cut taxes.", "hopeful", "Voters", "the new mayor will cut taxes"),
])
def test_a_feeling_about_a_clause_is_a_position(analyze, text, cue, speaker, content):
    (claim,) = readings(analyze, text)
    assert claim == (cue, speaker, "position", content)


@pytest.mark.parametrize("text", [
    "Many voters are not optimistic that the mayor understands them.",  # negated: nothing held
    "It is clear that the plan has failed.",  # the writer's hedge, no source
    "I am certain the vote will pass.",  # the writer's own voice
    "She would be happy if the plan passed.",  # supposed, and no clause held true
    "The board is optimistic about the future.",  # no clause: a mood, nothing stated
    "The minister is confident the deal will hold.",  # train: "confident that" a cue 2 times in 8
    "Officials were convinced by the report that the strike would end.",  # the report convinced them
    "The firm added a notice to ensure customers are aware the offer has ended.",  # an aim: nobody holds it
])
def test_no_belief_is_read(analyze, text):
    assert not [c for c in readings(analyze, text) if c[0] in ("confident", "clear", "sure", "happy", "convinced", "optimistic", "aware")]


def test_a_described_belief_inside_what_is_said_is_read(analyze):
    # "the report said analysts were optimistic that ...": the analysts' view, as the report tells it
    claims = readings(analyze, "The report said analysts were optimistic that the merger would go ahead.")
    assert ("optimistic", "analysts", "statement", "the merger would go ahead") in claims


def test_a_belief_inside_what_is_said_is_its_content(analyze):
    # "he said he was sure ...": one claim, the saying; the belief is what was said
    claims = readings(analyze, "The coach said he was certain the team would bounce back.")
    assert [c[0] for c in claims] == ["said"]


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("Their fear is that the money will run out by spring.", "fear", "Their", "the money will run out by spring"),
    ("The mayor's argument has long been that the tram pays for itself.", "argument", "The mayor",
     "the tram pays for itself"),
])
def test_a_noun_of_saying_equated_with_a_clause(analyze, text, cue, speaker, content):
    (claim,) = readings(analyze, text)
    assert claim == (cue, speaker, "statement", content)


@pytest.mark.parametrize("text", [
    "The idea is that donors can still give money.",  # no owner: nobody named holds it
    "His view is not that the plan failed.",  # negated: says what the view is not
])
def test_no_owner_or_negated_equation_is_no_claim(analyze, text):
    assert readings(analyze, text) == []


@pytest.mark.parametrize("text, speaker, content", [
    ("Asked if the plan was legal, 46 percent of voters said yes.", "46 percent of voters", "yes"),
    ("Last month, 26 percent said the same.", "26 percent", "the same"),
    ("Only 30 percent said the same about the mayor.", "Only 30 percent", "the same about the mayor"),
    ("A majority said no.", "A majority", "no"),
])
def test_a_poll_answer_is_a_hidden_finding(analyze, text, speaker, content):
    said = [c for c in readings(analyze, text) if c[0] == "said"]
    assert said == [("said", speaker, "finding", content)]


@pytest.mark.parametrize("text", [
    "The minister said so in parliament.",  # a person, no share of those asked
    "He said no to the war.",
    "Some 40 percent did not say so.",  # negated
])
def test_other_replies_are_no_poll_answer(analyze, text):
    assert not [c for c in readings(analyze, text) if c[2] == "finding"]
