"""Actor-hood (round 47, branch kind69): a lone word the model cut out of a longer title as its
first word, the rest joined to it by "on" or "of" ("Harrow on Vellin 9", "Tide of Glass"), is a
piece of the title, no actor, when that is how the corpus writes it. A date after the small word
("in Tarnby on Monday", "on Boxing Day"), a titled person ("Lord Vask of Brell"), a joined word
that is itself a tagged name, and a word named alone as often keep the actor. Sentences and names
written for these tests."""

from __future__ import annotations

from mention_helpers import resolved_kinds as _kinds

from newsgraph.resolve.contexts import glued


def _glued(text: str, word: str, label: str = "PERSON", named=lambda offset: False) -> bool:
    at = text.index(word)
    return glued(text, at, at + len(word), label, named)


def test_a_title_first_word_before_on_is_glued():
    assert _glued("The thriller Harrow on Vellin 9 opened in third place.", "Harrow")


def test_a_title_first_word_before_of_is_glued():
    assert _glued("She wrote Tide of Glass with her brother.", "Tide")


def test_a_date_after_on_is_not_a_title():
    assert not _glued("Mr Dask spoke to activists in Tarnby on Thursday evening.", "Tarnby", "GPE")
    assert not _glued("He tore a muscle against Tarnby on Boxing Day.", "Tarnby", "ORG")


def test_a_titled_person_of_a_place_is_not_cut():
    assert not _glued("Yesterday Lord Vask of Brellton gave his ruling.", "Vask")


def test_a_joined_word_that_is_a_name_is_not_a_title():
    text = "The striker joined Tarnby of Brellia last week."
    at = text.index("Brellia")
    assert not _glued(text, "Tarnby", "ORG", named=lambda offset: at <= offset < at + 7)


def test_a_title_cut_after_its_first_word_leaves_the_actors():
    docs = {
        "a": ("The week's new films were a comedy with Lio Dask and Harrow on Vellin 9.",
              {"Harrow": "PERSON", "Lio Dask": "PERSON"}),
        "b": ("Critics were unkind. Harrow on Vellin 9 was third in the chart this week.",
              {"Harrow": "PERSON"}),
    }
    kinds = _kinds(docs)
    assert "Harrow" not in kinds
    assert kinds.get("Lio Dask") == "PERSON"


def test_a_song_title_of_two_mentions_leaves_the_actors():
    docs = {"a": ("Tide of Glass singer dies\n\nThe country singer Ana Vask, who wrote Tide of Glass "
                  "with Tom Prell, has died aged 80.",
                  {"Tide": "PERSON", "Ana Vask": "PERSON", "Tom Prell": "PERSON"})}
    kinds = _kinds(docs)
    assert "Tide" not in kinds
    assert kinds.get("Ana Vask") == "PERSON"


def test_a_place_named_before_dates_stays():
    docs = {
        "a": ("The minister was in Tarnby on Monday to meet workers.", {"Tarnby": "GPE"}),
        "b": ("Protests in Tarnby on Saturday drew thousands.", {"Tarnby": "GPE"}),
    }
    assert _kinds(docs).get("Tarnby") == "GPE"


def test_a_word_named_alone_as_often_stays():
    docs = {
        "a": ("Lio Dask founded Harrow of Vellin in 1990.", {"Harrow": "ORG", "Lio Dask": "PERSON"}),
        "b": ("Harrow said profits rose. Analysts said Harrow had done well.", {"Harrow": "ORG"}),
    }
    assert _kinds(docs).get("Harrow") == "ORG"
