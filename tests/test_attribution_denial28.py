"""What a denial denies, round 28 (issue 19): a zero-"that" clause the parser splits off the
object ("denied his memo ... was written by aides"), and a manner adverb the parser hangs on
the denial ("deny selling tickets illegally"). Short fictional sentences written here."""

from __future__ import annotations


def denial(analyze, text: str):
    (claim,) = [c for c in analyze(text).claims if c.stance == "deny"]
    return claim


def test_a_denied_clause_without_that_keeps_its_verb(analyze):
    text = "The minister has denied his memo to the board about the cost of the bridge was written by party officials."
    assert denial(analyze, text).text == (
        "his memo to the board about the cost of the bridge was written by party officials")
    text = "Coach Brandt also rejected Olsen's contention the hosts dominated the game."
    assert denial(analyze, text).text == "Olsen's contention the hosts dominated the game"


def test_a_denial_and_a_second_act_stay_apart(analyze):
    text = "The club denied the report and said the player would stay."
    assert denial(analyze, text).text == "the report"


def test_a_closing_manner_adverb_is_part_of_what_is_denied(analyze):
    text = "The two brothers deny selling tickets illegally."
    assert denial(analyze, text).text == "selling tickets illegally"


def test_a_refusal_to_say_which_keeps_the_question(analyze):
    text = "She has put money aside for the new schools, although she still will not say which or how."
    (claim,) = [c for c in analyze(text).claims if c.stance == "decline_comment"]
    assert claim.text == "which or how"
