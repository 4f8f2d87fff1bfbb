"""Actor kinds (round 69, branch kind110): pieces of ordinary language kept as actors. A common
word capitalized only because it opens every sentence it is in, each time with a lower-case word
after it that the corpus also writes as one lower-case phrase ("Harbour fees rose" beside "the
harbour fees"), leaves the actor graph even where the corpus capitalizes the word often (the
old share test missed it). General abbreviations (a time zone, measures of the economy, terms of
computing and schooling, the letters of an era) and music genres written with capitals are no
actors (``not_actors``). Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import resolve_docs
from newsgraph.mentions.rules import EntityRules
from newsgraph.mentions.spans import relabel


class _Span:
    """The text a relabelling reads (relabel looks at the words only)."""

    def __init__(self, text: str):
        self.text = text


def _label(text: str, label: str = "ORG") -> str:
    return relabel(_Span(text), label, EntityRules.from_data())


def _names(docs: dict[str, tuple[str, dict[str, str]]]) -> set[str]:
    return {a.name for a in resolve_docs(docs).actors}


# five lower-case "harbour" in all: with two capitalized mentions the share test (three times as
# many lower-case) does not hold, so only the phrase test can drop the word
_LOWER_FILLER = ("Later the harbour fees fell, the harbour shut, the harbour wall cracked and "
                 "the harbour gate and the harbour inn were closed.")


# --- the fix: fails on the base (d80209ac) -------------------------------------------------

def test_a_common_word_opening_its_sentences_before_a_lower_case_phrase_is_no_actor():
    docs = {"d1": (f"It rained in Tamsk. Harbour fees rose by a third. {_LOWER_FILLER}", {"Harbour": "ORG"}),
            "d2": ("It was late in Vessa. Harbour fees rose again.", {"Harbour": "ORG"})}
    assert "Harbour" not in _names(docs)


def test_a_time_zone_is_no_actor():
    assert _label("GMT") == "NOT_ACTOR"
    assert _label("BST", "GPE") == "NOT_ACTOR"


def test_measures_of_the_economy_are_no_actors():
    for term in ("GDP", "FDI", "VAT", "AGM"):
        assert _label(term) == "NOT_ACTOR", term


def test_terms_of_computing_and_schooling_are_no_actors():
    for term in ("LAN", "PDA", "AI", "PE", "GCSE", "GP", "TV"):
        assert _label(term) == "NOT_ACTOR", term


def test_the_letters_of_an_era_are_no_actor():
    assert _label("A.D.", "GPE") == "NOT_ACTOR"


def test_a_music_genre_is_no_actor():
    assert _label("Britpop") == "NOT_ACTOR"
    assert _label("Hip-Hop", "PERSON") == "NOT_ACTOR"


# --- guards: what must not change ----------------------------------------------------------

def test_a_name_opening_its_sentences_before_a_verb_stays():
    docs = {"d1": (f"It rained in Tamsk. Harbour said fees rose. {_LOWER_FILLER}", {"Harbour": "ORG"}),
            "d2": ("It was late in Vessa. Harbour said fees rose again.", {"Harbour": "ORG"})}
    assert "Harbour" in _names(docs)


def test_a_name_whose_phrase_the_corpus_never_writes_in_lower_case_stays():
    docs = {"d1": (f"It rained in Tamsk. Harbour shares rose by a third. {_LOWER_FILLER}", {"Harbour": "ORG"}),
            "d2": ("It was late in Vessa. Harbour shares rose again.", {"Harbour": "ORG"})}
    assert "Harbour" in _names(docs)


def test_a_name_with_one_mention_inside_a_sentence_stays():
    docs = {"d1": (f"It rained in Tamsk. Harbour fees rose by a third. {_LOWER_FILLER}", {"Harbour": "ORG"}),
            "d2": ("It was late when Harbour fees rose again.", {"Harbour": "ORG"})}
    assert "Harbour" in _names(docs)


def test_genre_words_that_also_name_sides_and_people_stay():
    assert _label("Blues") != "NOT_ACTOR"
    assert _label("Rock", "PERSON") != "NOT_ACTOR"
    assert _label("Jazz") != "NOT_ACTOR"


def test_bodies_with_letters_stay():
    assert _label("OECD") == "ORG"
    assert _label("IMF") == "ORG"
