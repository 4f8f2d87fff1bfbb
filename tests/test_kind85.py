"""Actor kinds (round 53, branch kind85): a publication named by its staff, a name the model calls
a person or a group: the staff noun and "of" or "at" right before it ("film editor of Kestra",
"news editor at Voltmere": ``outlet_staff_before_of``), or its possessive before a staff noun and
the staff member's name ("Voltmere's film critic Ann Drask": ``outlet_staff_possessed``). The
name is an outlet (OUTLET). And two papers the model joined into one outlet's name ("the
Kestra Post and the Voltmere Herald", each named on its own elsewhere) are no one actor, as round
52 read for groups. Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import kinds_of_name, resolve_docs

from newsgraph.resolve.contexts import KindContexts



def _cue(text: str, name: str, label: str) -> str:
    """The kind the words around the first ``name`` in ``text`` state."""
    start = text.index(name)
    return KindContexts.from_data().cue(text, start, start + len(name), label)


# --- the fix: a publication's staff names it ------------------------------------------------

def test_a_magazine_after_its_film_editor_typed_a_person_is_an_outlet():
    docs = {"a": ("The film was tipped to win, said Tom Relby, film editor of Kestra. He added that "
                  "the actor had been superb.", {"Tom Relby": "PERSON", "Kestra": "PERSON"})}
    assert kinds_of_name(docs, "Kestra") == {"OUTLET"}


def test_a_news_editor_at_a_title_states_an_outlet():
    assert _cue("Prices will fall, said Ann Drask, news editor at Voltmere.", "Voltmere", "ORG") == "OUTLET"


def test_a_critic_after_a_possessive_states_an_outlet():
    assert _cue("Voltmere's film critic Ann Drask called it dull.", "Voltmere", "ORG") == "OUTLET"
    assert _cue("Voltmere's US editor Ann Drask said so.", "Voltmere", "ORG") == "OUTLET"


def _names(docs) -> set[str]:
    return {a.name for a in resolve_docs(docs).actors}


def test_two_papers_joined_into_one_outlet_leave_the_actors():
    docs = {"a": ("Sales of both the Kestra Post and Voltmere Herald rose in March.",
                  {"Kestra Post and Voltmere Herald": "OUTLET"}),
            "b": ("The Kestra Post said the mayor would resign.", {"Kestra Post": "OUTLET"}),
            "c": ("The Voltmere Herald reported the fire first.", {"Voltmere Herald": "OUTLET"})}
    names = _names(docs)
    assert "Kestra Post and Voltmere Herald" not in names
    assert {"Kestra Post", "Voltmere Herald"} <= names


# --- guards: what must not change -------------------------------------------------------------

def test_the_person_named_before_editor_of_stays_a_person():
    docs = {"a": ("The film was tipped to win, said Tom Relby, film editor of Kestra. Tom Relby "
                  "has seen every entry.", {"Tom Relby": "PERSON", "Kestra": "PERSON"})}
    assert kinds_of_name(docs, "Tom Relby") == {"PERSON"}


def test_a_critic_of_a_body_is_its_opponent_no_outlet():
    assert _cue("A fierce critic of the Harlow Council, he will speak today.", "Harlow Council", "ORG") != "OUTLET"


def test_a_writers_editor_after_a_persons_possessive_is_no_outlet():
    assert _cue("Ann Drask's editor Tom Relby read the book first.", "Ann Drask", "PERSON") != "OUTLET"


def test_the_editor_of_a_persons_memoirs_is_no_outlet():
    assert _cue("He was the editor of Ann Drask's memoirs.", "Ann Drask", "PERSON") != "OUTLET"


def test_an_editor_of_a_place_is_no_outlet():
    assert _cue("He became editor of Kemaria last year.", "Kemaria", "GPE") != "OUTLET"


def test_an_outlet_with_and_in_its_name_named_alone_stays():
    docs = {"a": ("Sales of the Kestra Post and Voltmere Herald rose in March.",
                  {"Kestra Post and Voltmere Herald": "OUTLET"}),
            "b": ("Kestra Post staff went on strike.", {"Kestra Post": "ORG"})}
    assert "Kestra Post and Voltmere Herald" in _names(docs)


def test_a_joined_outlet_that_speaks_stays():
    docs = {"a": ("The Kestra Post and Voltmere Herald said the mayor would resign.",
                  {"Kestra Post and Voltmere Herald": "OUTLET"}),
            "b": ("The Kestra Post said the mayor would resign.", {"Kestra Post": "OUTLET"}),
            "c": ("The Voltmere Herald reported the fire first.", {"Voltmere Herald": "OUTLET"})}
    assert "Kestra Post and Voltmere Herald" in _names(docs)
