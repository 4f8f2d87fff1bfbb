"""Content that runs on into the speaker's second act, round 26 (issue 19): "X said A and
recommended B", "X said A but refused to comment". Short fictional sentences written here."""

from __future__ import annotations


def said_content(analyze, text: str) -> str:
    (claim,) = [c for c in analyze(text).claims if c.cue == "said"]
    return claim.text


def test_an_act_after_a_held_belief_is_the_speakers(analyze):
    text = "The union leader said members did not want a strike and called for talks with ministers."
    assert said_content(analyze, text) == "members did not want a strike"
    text = "The banker said his old boss knew more about tax than most lawyers and described him as careful."
    assert said_content(analyze, text) == "his old boss knew more about tax than most lawyers"


def test_an_act_after_what_is_believed_is_the_speakers(analyze):
    text = "The charity said it did not believe the scheme was popular and recommended people to wait."
    assert said_content(analyze, text) == "it did not believe the scheme was popular"


def test_a_refusal_after_the_clause_is_the_speakers(analyze):
    text = "The firm said it was seeking new partners but refused to name them."
    assert said_content(analyze, text) == "it was seeking new partners"


def test_a_second_belief_stays_with_the_believer(analyze):
    text = "She said local voters feared the new plan and wanted a change of course."
    assert said_content(analyze, text) == "local voters feared the new plan and wanted a change of course"
    text = "The union said its members believed the offer was fair and hoped for a quick deal."
    assert said_content(analyze, text) == "its members believed the offer was fair and hoped for a quick deal"


def test_a_shared_auxiliary_keeps_both_acts_reported(analyze):
    text = "The report said the councils had failed to act and shown little interest."
    assert said_content(analyze, text) == "the councils had failed to act and shown little interest"
