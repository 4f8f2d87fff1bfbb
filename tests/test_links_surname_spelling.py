"""A lone surname joins a full name whose surname only the mild vowel fold makes equal
("Davies" / "Davis") only when their stories meet (issue 18: merge evidence must fit the
names). Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import resolve_docs

_MINISTER = ("Harold Tavis, the shadow minister, spoke in the chamber. Harold Tavis said the bill was poor. "
             "Harold Tavis met farmers. Harold Tavis left early. Harold Tavis will return on Monday.")


def _actor_of(resolution, name: str) -> str:
    return next(a.id for a in resolution.actors if name in a.aliases or a.name == name)


def test_a_surname_a_vowel_apart_in_an_unrelated_story_stays_apart():
    resolution = resolve_docs({
        "a": ("Mr Tavies said the new phone would ship in May. Tavies added that prices would fall.",
              {"Tavies": "PERSON"}),
        "b": (_MINISTER, {"Harold Tavis": "PERSON"}),
    })
    assert _actor_of(resolution, "Tavies") != _actor_of(resolution, "Harold Tavis")


def test_the_same_surname_still_joins_its_full_name():
    resolution = resolve_docs({
        "a": ("Tavis said the bill was poor. Tavis added that he would vote against it.", {"Tavis": "PERSON"}),
        "b": (_MINISTER, {"Harold Tavis": "PERSON"}),
    })
    assert _actor_of(resolution, "Tavis") == _actor_of(resolution, "Harold Tavis")
