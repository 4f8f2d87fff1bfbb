"""Finding an actor by a name a user types: a story's bare surname must not hide the person the
corpus calls by it hundreds of times (store/queries.py, on a small in-memory store)."""

from __future__ import annotations

import sqlite3

from newsgraph.model import Actor
from newsgraph.store.queries import lookup_actors


class FakeStore:
    """The two tables and the one method lookup_actors reads."""

    def __init__(self, actors: list[Actor]):
        self.actors = {a.id: a for a in actors}
        self.db = sqlite3.connect(":memory:")
        self.db.execute("CREATE TABLE actors (id TEXT, name TEXT)")
        self.db.execute("CREATE TABLE actor_aliases (actor TEXT, alias TEXT)")
        self.db.executemany("INSERT INTO actors VALUES (?, ?)", [(a.id, a.name) for a in actors])
        self.db.executemany("INSERT INTO actor_aliases VALUES (?, ?)",
                            [(a.id, alias) for a in actors for alias in a.aliases])

    def find_actor(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)


def actor(actor_id: str, name: str, aliases: list[str], mentions: int) -> Actor:
    return Actor(actor_id, name, "PERSON", aliases, mentions, ["d1"])


def test_a_bare_surname_actor_does_not_hide_the_person_mostly_called_so():
    store = FakeStore([actor("dolan", "Dolan", [], 2), actor("vera-dolan", "Vera Dolan", ["Dolan", "Ms Dolan"], 240)])
    assert [a.id for a in lookup_actors(store, "Dolan")] == ["vera-dolan", "dolan"]


def test_an_actor_named_so_wins_over_smaller_ones_that_have_the_name_as_an_alias():
    store = FakeStore([actor("tessel", "Tessel", ["Tessel City"], 90), actor("tessel-fc", "Tessel FC", ["Tessel"], 12)])
    assert [a.id for a in lookup_actors(store, "Tessel")] == ["tessel"]


def test_a_word_of_a_name_still_finds_it_when_no_whole_name_fits():
    store = FakeStore([actor("vera-dolan", "Vera Dolan", ["Ms Dolan"], 240)])
    assert [a.id for a in lookup_actors(store, "Vera")] == ["vera-dolan"]
