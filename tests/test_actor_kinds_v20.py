"""Actor kinds (issue 18, round 20): the model's own labels pooled over the corpus. A name the
model tags a work, a product, an event or a law in a real share of the stories naming it is no
actor, unless something shows agency (it speaks, a sentence gives it an actor's kind, it is a
full person name). Sentences and names written for these tests."""

from __future__ import annotations

from dataclasses import replace

from mention_helpers import mentions_in

from newsgraph.model import ThingName
from newsgraph.names import name_key
from newsgraph.resolve import get_resolver


def _things(doc: str, text: str, names: dict[str, str]) -> list[ThingName]:
    return [ThingName(m.doc, m.start, m.end, m.text, m.label, name_key(m.text))
            for m in mentions_in(doc, text, names)]


def _actors(actor_docs: dict[str, tuple[str, dict[str, str]]],
            thing_docs: dict[str, tuple[str, dict[str, str]]]) -> dict[str, str]:
    """Actor name -> kind, resolving the actor mentions of ``actor_docs`` with the thing names
    of ``thing_docs`` (each ``doc: (text, names)``; all of them are the corpus's texts)."""
    mentions = [m for doc, (text, names) in actor_docs.items() for m in mentions_in(doc, text, names)]
    things = [t for doc, (text, names) in thing_docs.items() for t in _things(doc, text, names)]
    texts = {doc: text for doc, (text, _) in {**actor_docs, **thing_docs}.items()}
    resolution = get_resolver("name-graph.v1")(mentions, [], texts=texts, things=things)
    return {a.name: a.kind for a in resolution.actors}


_FILM_STORIES = {
    "t1": ("Critics praised Vaal Harbour at its first screening.", {"Vaal Harbour": "WORK_OF_ART"}),
    "t2": ("Vaal Harbour took two prizes last night.", {"Vaal Harbour": "WORK_OF_ART"}),
    "t3": ("Tickets for Vaal Harbour sold out within a day.", {"Vaal Harbour": "WORK_OF_ART"}),
}


def test_a_name_the_model_mostly_tags_a_work_is_no_actor():
    kinds = _actors({"a": ("The cast of Vaal Harbour gathered in the rain.", {"Vaal Harbour": "FAC"}),
                     "b": ("Vaal Harbour is up against four rivals.", {"Vaal Harbour": "PERSON"})},
                    _FILM_STORIES)
    assert "Vaal Harbour" not in kinds


def test_a_stray_thing_label_leaves_an_actor():
    # one story's label is a slip: two stories at least, and half of those naming it
    kinds = _actors({d: (f"Kessel Tamm opened a plant in the north ({d}).", {"Kessel Tamm": "ORG"})
                     for d in "abcde"},
                    {"t1": ("Buyers queued for the Kessel Tamm at dawn.", {"Kessel Tamm": "PRODUCT"}),
                     "t2": ("The Kessel Tamm sold well in the spring.", {"Kessel Tamm": "PRODUCT"})})
    assert kinds["Kessel Tamm"] == "ORG"


def test_a_name_that_speaks_stays_an_actor_whatever_its_labels():
    # a firm named like its best-known product: it says things, a product does not
    kinds = _actors({"a": ("Vaal Harbour said profits would rise this year.", {"Vaal Harbour": "ORG"})},
                    _FILM_STORIES)
    assert kinds["Vaal Harbour"] == "ORG"


def test_a_full_person_name_stays_a_person_when_a_film_bears_it():
    # the biopic "Peter Brask" is tagged a work; the man is still a person
    kinds = _actors({"a": ("Peter Brask was born in a small village by the sea.", {"Peter Brask": "PERSON"})},
                    {d: (f"Peter Brask is showing in cinemas this week ({d}).", {"Peter Brask": "WORK_OF_ART"})
                     for d in ("t1", "t2", "t3")})
    assert kinds["Peter Brask"] == "PERSON"


def test_a_name_a_sentence_gives_an_actors_kind_stays():
    # "shares in X": the mention stage's cue says a firm, whatever the model calls it elsewhere
    text = "Shares in Vaal Harbour fell sharply on Monday."
    mentions = [replace(m, cue="ORG") for m in mentions_in("a", text, {"Vaal Harbour": "ORG"})]
    things = [t for doc, (story, names) in _FILM_STORIES.items() for t in _things(doc, story, names)]
    texts = {"a": text, **{doc: story for doc, (story, _) in _FILM_STORIES.items()}}
    resolution = get_resolver("name-graph.v1")(mentions, [], texts=texts, things=things)
    assert [a.kind for a in resolution.actors] == ["ORG"]


def test_the_document_result_keeps_the_names_it_drops_as_things(analyze):
    # a name the sentence calls a film is no actor mention, but the result keeps it for the
    # corpus-wide vote, with its offsets and key
    text = "Critics loved the film Brask Harbour Nights, which opened in Leeds on Friday."
    result = analyze(text)
    assert "Brask Harbour Nights" not in {m.text for m in result.mentions}
    (thing,) = [t for t in result.things if "Brask" in t.text]
    assert text[thing.start:thing.end] == thing.text
    assert thing.key == name_key(thing.text)
    from newsgraph.model import DocumentResult
    assert DocumentResult.from_dict(result.to_dict()).things == result.things


def test_a_plural_name_is_people_whatever_the_model_calls_it():
    # a band the model tags a work ("the Kessel Roses' new single") names its members
    kinds = _actors({"a": ("The Kessel Roses played two nights in the city.", {"Kessel Roses": "ORG"})},
                    {d: (f"Fans bought Kessel Roses records ({d}).", {"Kessel Roses": "WORK_OF_ART"})
                     for d in ("t1", "t2", "t3")})
    assert kinds["Kessel Roses"] == "ORG"


def test_a_plural_meeting_is_still_a_thing():
    # "Games" is a word of meetings (event_head_words): no group of people
    kinds = _actors({"a": ("The Vaal Games drew athletes from ten nations.", {"Vaal Games": "ORG"})},
                    {d: (f"The Vaal Games open next week ({d}).", {"Vaal Games": "EVENT"})
                     for d in ("t1", "t2", "t3")})
    assert "Vaal Games" not in kinds


def test_labels_that_disagree_are_slips():
    # a work once, a law once, an event once: no kind of thing the model knows the name as
    kinds = _actors({"a": ("Brask Tamm opened a new office in the port.", {"Brask Tamm": "ORG"})},
                    {"t1": ("Brask Tamm was praised.", {"Brask Tamm": "WORK_OF_ART"}),
                     "t2": ("Brask Tamm was debated.", {"Brask Tamm": "LAW"}),
                     "t3": ("Brask Tamm was held.", {"Brask Tamm": "EVENT"})})
    assert kinds["Brask Tamm"] == "ORG"


def test_a_given_name_alone_or_an_initialled_name_stays_a_person():
    names = {"Anna": "WORK_OF_ART", "KB Vaal": "WORK_OF_ART"}
    things = {d: (f"Anna and KB Vaal are showing this week ({d}).", names) for d in ("t1", "t2", "t3")}
    kinds = _actors({"a": ("Anna won in straight sets; KB Vaal watched.", {"Anna": "GPE", "KB Vaal": "PERSON"})},
                    things)
    assert "Anna" in kinds  # a given name alone, even one the model calls a place
    assert kinds["KB Vaal"] == "PERSON"
