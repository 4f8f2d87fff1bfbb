"""Actor kinds (round 44, branch kind63): the Games' adjective ending a name the model calls a
person ("Tarnby Olympic 400m champion", "the Olympic final") names the Games, no actor; a club of
that name the model calls a body, and a person written before the adjective, keep their actors.
Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import resolved_kinds as _kinds


def test_a_city_games_adjective_typed_a_person_is_no_actor():
    text = "Jo Prell and Ana Vask ran well. Tarnby Olympic 400m champion Ana Vask will race in March."
    kinds = _kinds({"a": (text, {"Jo Prell": "PERSON", "Ana Vask": "PERSON",
                                 "Tarnby Olympic": "PERSON"})})
    assert "Tarnby Olympic" not in kinds
    assert kinds.get("Ana Vask") == "PERSON"


def test_the_bare_games_adjective_typed_a_person_is_no_actor():
    text = "Ana Vask was fourth in the Olympic final in Tarnby but hopes for a medal this time."
    kinds = _kinds({"a": (text, {"Ana Vask": "PERSON", "Olympic": "PERSON"})})
    assert "Olympic" not in kinds
    assert kinds.get("Ana Vask") == "PERSON"


def test_the_paralympic_adjective_is_read_too():
    text = "The Vessford Paralympic gold medallist Jo Prell won again on Sunday."
    kinds = _kinds({"a": (text, {"Vessford Paralympic": "PERSON", "Jo Prell": "PERSON"})})
    assert "Vessford Paralympic" not in kinds


def test_a_club_named_for_the_games_keeps_its_body():
    text = "Tarnby Olympic beat their rivals 2-0 on Saturday and Tarnby Olympic said it would sign two players."
    assert _kinds({"a": (text, {"Tarnby Olympic": "ORG"})}).get("Tarnby Olympic") == "ORG"


def test_a_person_before_the_adjective_keeps_the_person():
    text = "Jo Prell, the Olympic champion, said she would race in Tarnby next month."
    kinds = _kinds({"a": (text, {"Jo Prell": "PERSON"})})
    assert kinds.get("Jo Prell") == "PERSON"
