"""Speech not made, round 29 (issue 19): a cue under "will / could / might ..." or after "is due
/ likely / set to" is announced or imagined speech, and "the newspaper has learnt" is the press's
own reporting. Both stay in graph.json for recall, as hidden acts a reader is not shown.
Short fictional sentences written here."""

from __future__ import annotations

import pytest


def acts(analyze, text: str, cue: str) -> list[str]:
    return [c.act for c in analyze(text).claims if c.cue == cue]


@pytest.mark.parametrize("text, cue", [
    ("The mayor will tell the council on Monday that the bridge must close.", "tell"),
    ("Mrs Okafor will also say that the river needs cleaning.", "say"),
    ("He will stand up in parliament and say that the law is wrong.", "say"),
    ("Some critics could argue that the scheme costs too much.", "argue"),
    ("Opponents might claim that the vote was rigged.", "claim"),
    ("The minister is due to announce that fares will rise.", "announce"),
    ("The governor is likely to say that the budget is balanced.", "say"),
    ("The chairman is going to tell shareholders that profits fell.", "tell"),
])
def test_speech_not_yet_made_is_a_hidden_forecast(analyze, text, cue):
    assert acts(analyze, text, cue) == ["forecast"]
    assert all(c.confidence < 0.5 for c in analyze(text).claims if c.cue == cue)


@pytest.mark.parametrize("text, cue", [
    ("The mayor told the council on Monday that the bridge must close.", "told"),
    ("A spokeswoman would only say that the talks were going well.", "say"),
    ("Mr Dalton would later admit that he had been wrong.", "admit"),
    ("The old captain would often say that practice wins matches.", "say"),
    ("The libraries will be spared but Ms Alder says other services will suffer.", "says"),
    ('"We are building a public space," Will Hendry, a fellow at the institute, told the BBC.', "told"),
])
def test_speech_made_stays_a_statement(analyze, text, cue):
    assert acts(analyze, text, cue) == ["statement"]


def test_a_refusal_under_a_modal_stays_a_refusal(analyze):
    text = "The bank would not comment on the report."
    (claim,) = [c for c in analyze(text).claims if c.cue == "comment"]
    assert (claim.stance, claim.act) == ("decline_comment", "statement")


@pytest.mark.parametrize("text, cue", [
    ("The council has agreed to cut the library budget, the BBC has learnt.", "learnt"),
    ("The Guardian understands that the striker wants to leave the club.", "understands"),
    ("The minister will resign next week, the BBC's political editor has learned.", "learned"),
])
def test_what_the_press_has_learnt_is_its_own_reporting(analyze, text, cue):
    assert acts(analyze, text, cue) == ["finding"]


def test_what_a_union_has_learnt_stays_a_statement(analyze):
    text = "The Transport Workers Union has learnt that the depot will close in March."
    assert acts(analyze, text, "learnt") == ["statement"]


@pytest.mark.parametrize("text", [
    "Only a fifth of the users say they can tell which adverts are paid for.",
    "It is too early to tell whether the scheme will work.",
    "Few fans could tell the two shirts apart.",
])
def test_tell_as_know_or_distinguish_is_no_claim(analyze, text):
    assert [c for c in analyze(text).claims if c.cue == "tell"] == []


@pytest.mark.parametrize("text, cue", [
    ("She told how the soldiers had burned the village.", "told"),
    ("I can tell you that we will win the league.", "tell"),
])
def test_tell_with_a_hearer_or_a_story_is_telling(analyze, text, cue):
    assert acts(analyze, text, cue) == ["statement"]


def test_a_subject_that_negates_keeps_the_refusal_shown(analyze):
    text = "Neither the mayor nor his deputy would say how the money would be spent."
    assert "forecast" not in acts(analyze, text, "say")
