"""What is a claim (round 17): constructions that look like attribution but state nothing, on
short fictional sentences written here."""

from __future__ import annotations


def cues_of(analyze, text: str) -> list[tuple[str | None, str]]:
    return [(c.speaker_text, c.cue) for c in analyze(text).claims]


def test_a_verdict_on_an_act_inside_a_report_is_no_claim_of_the_actor(analyze):
    text = "The auditors said the water board had been wrong to dismiss warnings from its own engineers."
    assert cues_of(analyze, text) == [("The auditors", "said")]


def test_a_denial_alone_is_still_kept(analyze):
    claims = analyze("The coach denied that the players had been paid to lose.").claims
    assert [c.cue for c in claims] == ["denied"]


def test_a_depiction_is_no_claim(analyze):
    text = "The advert has a quiz show feel, with the actor shown climbing out of a lorry."
    assert all(c.cue != "shown" for c in analyze(text).claims)


def test_a_showing_that_is_still_a_claim(analyze):
    claims = analyze("The ministry's figures, released on Monday, showed that exports fell by 4%.").claims
    assert [c.cue for c in claims] == ["showed"]


def test_a_poll_showing_someone_ahead_is_still_a_finding(analyze):
    claims = analyze("The latest county poll shows the mayor leading by four points.").claims
    assert [c.cue for c in claims] == ["shows"]


def test_a_title_defended_is_no_claim_even_when_the_parser_puts_a_name_first(analyze):
    for text in ("She may defend her indoor AAA 800m title in Cardiff.",
                 "He will also race in Glasgow in March and may defend his indoor AAA 1500m title in Leeds."):
        assert all(c.cue != "defend" for c in analyze(text).claims), text


def test_a_verdict_on_what_someone_said_keeps_the_saying(analyze):
    text = "The minister said Ms Ortega was wrong to claim that the hospital had run out of beds."
    assert [c.cue for c in analyze(text).claims] == ["said", "claim"]
