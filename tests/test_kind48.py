"""Actor kinds and membership (round 38, branch kind48): a land split into an actor per story.
A country's or a continent's name that ends firms' names the model calls people ("Quill Europe",
"Varnex Europe") made the land's name a surname several people bear, and every story's bare
mention of the land an actor of its own. The land is now one actor, unless the model reads the
bare name as a person somewhere; a land's name in a line-up stays the player's. Awards named by
the plural of their trophy or by their letters ("the Silver Globes", "the Mobos") are no actors.
Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import resolve_docs

FIRMS = {
    "c": ("Quill Europe has cut its prices again.", {"Quill Europe": "PERSON"}),
    "d": ("Shares in Varnex Europe rose on Friday.", {"Varnex Europe": "PERSON"}),
}


def _actors_of(result, docs, name: str) -> set[str]:
    """The actor ids the mentions written ``name`` went to."""
    out = set()
    for m, actor in zip(_mentions(docs), result.actor_of_mention):
        if m[1] == name and actor:
            out.add(actor)
    return out


def _mentions(docs):
    from mention_helpers import mentions_in
    return [(m.doc, m.text) for doc, (text, names) in docs.items() for m in mentions_in(doc, text, names)]


def test_a_continent_after_firms_typed_people_is_one_actor():
    docs = {
        "a": ("Rain is expected across Europe this weekend.", {"Europe": "LOC"}),
        "b": ("The band will tour Europe in the spring.", {"Europe": "LOC"}),
        **FIRMS,
    }
    result = resolve_docs(docs)
    europe = _actors_of(result, docs, "Europe")
    assert len(europe) == 1
    assert {a.kind for a in result.actors if a.id in europe} == {"LOC"}


def test_a_country_after_firms_typed_people_is_one_actor():
    docs = {
        "a": ("Exports to Chad fell last year.", {"Chad": "GPE"}),
        "b": ("The minister flew to Chad on Monday.", {"Chad": "GPE"}),
        "c": ("Orla Chad said the vote was close.", {"Orla Chad": "PERSON"}),
        "d": ("Bram Chad won the race.", {"Bram Chad": "PERSON"}),
    }
    assert len(_actors_of(resolve_docs(docs), docs, "Chad")) == 1


def test_the_firms_stay_firms_of_their_own():
    docs = {
        "a": ("Rain is expected across Europe this weekend.", {"Europe": "LOC"}),
        "b": ("The band will tour Europe in the spring.", {"Europe": "LOC"}),
        **FIRMS,
    }
    result = resolve_docs(docs)
    names = {a.name for a in result.actors}
    assert {"Quill Europe", "Varnex Europe", "Europe"} <= names


def test_a_lands_name_in_a_line_up_stays_the_players():
    docs = {
        "a": ("Exports to Jordan fell last year.", {"Jordan": "GPE"}),
        "b": ("The minister flew to Jordan on Monday.", {"Jordan": "GPE"}),
        "s": ("Subs not used: Kell, Brevik, Onuoma, Jordan.\n", {"Jordan": "GPE"}),
        "c": ("Orla Jordan said the vote was close.", {"Orla Jordan": "PERSON"}),
        "d": ("Bram Jordan won the race.", {"Bram Jordan": "PERSON"}),
    }
    result = resolve_docs(docs)
    by_doc = {}
    for (doc, text), actor in zip(_mentions(docs), result.actor_of_mention):
        if text == "Jordan":
            by_doc[doc] = actor
    assert by_doc["a"] == by_doc["b"]
    assert by_doc["s"] != by_doc["a"]


def test_a_land_the_model_reads_as_a_person_bare_keeps_its_stories_apart():
    # a bare "Vaal" the model calls a person: the name is a surname here, decided story by story
    docs = {
        "a": ("Exports to Chad fell last year.", {"Chad": "GPE"}),
        "b": ("Chad scored twice in the second half.", {"Chad": "PERSON"}),
        "c": ("Orla Chad said the vote was close.", {"Orla Chad": "PERSON"}),
        "d": ("Bram Chad won the race.", {"Bram Chad": "PERSON"}),
    }
    result = resolve_docs(docs)
    by_doc = {doc: actor for (doc, text), actor in zip(_mentions(docs), result.actor_of_mention)
              if text == "Chad"}
    assert by_doc["a"] != by_doc["b"]


# --- awards named by their trophy's plural or their letters (mention stage) ----------------------

def _names(result) -> set[str]:
    """Texts of the mentions the stage keeps as actors (an event's or award's span is not one)."""
    return {m.text for m in result.mentions if m.label not in ("EVENT",)}


def test_an_awards_night_named_by_its_trophies_is_no_actor(analyze):
    result = analyze("The drama took three prizes at the Silver Globes in Tamsk on Sunday night.")
    assert "Silver Globes" not in _names(result)


def test_the_short_form_of_the_trophies_is_no_actor(analyze):
    result = analyze("Kessel Vane was the big winner. The Globes also reward television dramas.")
    assert "Globes" not in _names(result)


def test_an_awards_night_named_by_its_letters_is_no_actor(analyze):
    result = analyze("Her single won best song at the Mobos last autumn, and she sang at the Brevik Hall.")
    assert "Mobos" not in _names(result)
