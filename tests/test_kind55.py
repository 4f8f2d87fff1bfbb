"""Actor kinds (round 42, branch kind55): pieces the model cut out of a work's title — a name
ending in a capitalized small word ("Jo And" of "Jo And His Magic Kessel"), a name joined to
capitals by a capitalized small word ("Vaal's The Tamsk Plot"), a piece of a title some story
calls a work ("Kessel Nights" of "Kessel Nights of the Pale Moon"). Sentences and names written
for these tests."""

from __future__ import annotations

from mention_helpers import resolved_kinds as _kinds

from newsgraph.resolve.works import CorpusWorks, CutTitleContext


def _cut(text: str, name: str, label: str = "ORG", works: CorpusWorks | None = None) -> bool:
    start = text.index(name)
    return CutTitleContext.from_data()(text, start, start + len(name), works or CorpusWorks(), label)


def _works(*keys: str) -> CorpusWorks:
    works = CorpusWorks()
    for key in keys:
        works.followed[key].add("x")
    return works


# --- a title in title case -----------------------------------------------------------------------

def test_a_name_ending_in_a_capitalized_small_word_is_a_cut_title():
    assert _cut("We grew up on Tobin And His Paper Kite every Sunday.", "Tobin And", "PERSON")
    assert _cut("Their third single was Lanterns And Ladders.", "Lanterns And")


def test_a_capitalized_small_word_beside_the_name_marks_a_title():
    assert _cut("It follows Corra Veln's The Salt Orchard, a best seller.", "Salt Orchard")
    assert _cut("Fans still ask for Pebble From Marrowgate on the radio.", "Pebble")
    assert _cut("Songs such as Tin Roofs And Thunder made them famous.", "Thunder")


def test_a_side_a_sentence_opening_the_and_a_person_are_no_cut_title():
    assert not _cut("The reserves beat Dunmore A at home.", "Dunmore A")
    assert not _cut("He met them on Monday. The Gazette said so.", "Gazette", "OUTLET")
    assert not _cut("The award went to Ada Voss For Winter Fields.", "Ada Voss", "PERSON")
    # a body's title-cased name takes prepositions: no title read there
    assert not _cut("Members of Riverside Unite Against Tolls met on Friday.", "Riverside Unite")


def test_a_run_in_capitals_is_a_subhead_not_a_title():
    assert not _cut("LANTERN QUEST DS The Corvex console arrives in May.", "Corvex")


# --- a piece of a title the corpus calls a work --------------------------------------------------

def test_a_piece_of_a_title_the_corpus_calls_a_work_is_cut():
    works = _works("harbour lights of the pale moon")
    text = "Ada Voss was nominated for Harbour Lights of the Pale Moon and two others."
    assert _cut(text, "Harbour Lights", works=works)
    assert _cut(text, "Pale Moon", works=works)
    assert not _cut(text, "Harbour Lights")  # no story calls the long title a work


def test_a_place_after_in_and_a_person_before_in_are_no_pieces():
    works = _works("brenner cup in tolsey", "ada voss in winter fields")
    assert not _cut("She played in this week's Brenner Cup in Tolsey again.", "Tolsey", "GPE", works)
    assert not _cut("Ada Voss in Winter Fields (1961) was her best part.", "Ada Voss", "PERSON", works)


# --- the vote -----------------------------------------------------------------------------------

def test_a_cut_title_piece_is_no_actor():
    text = ("Viewers wrote in about old cartoons. Tobin And His Paper Kite was the favourite, "
            "and Ada Voss said she loved it.")
    kinds = _kinds({"a": (text, {"Tobin And": "PERSON", "Ada Voss": "PERSON"})})
    assert "Tobin And" not in kinds
    assert kinds.get("Ada Voss") == "PERSON"


def test_a_film_cut_at_of_the_is_no_actor_when_a_story_calls_the_title_a_work():
    first = "Jo Brannock won praise for her role in Harbour Lights of the Pale Moon, which opened in May."
    second = "The prize went to Harbour Lights of the Pale Moon, beating three rivals."
    kinds = _kinds({"a": (first, {"Jo Brannock": "PERSON", "Harbour Lights": "ORG"}),
                    "b": (second, {"Harbour Lights": "ORG"})})
    assert "Harbour Lights" not in kinds
    assert kinds.get("Jo Brannock") == "PERSON"


def test_a_name_that_speaks_stays_an_actor():
    text = ("Fans sang Tin Roofs And Thunder all night. "
            "Thunder said on Monday the band would tour again.")
    kinds = _kinds({"a": (text, {"Thunder": "ORG"})})
    assert kinds.get("Thunder") == "ORG"


def test_a_city_named_often_stays_though_a_title_holds_it_once():
    docs = {"a": ("She read Winter Comes To Marrowgate on the train.", {"Marrowgate": "GPE"}),
            "b": ("The council of Marrowgate met on Monday.", {"Marrowgate": "GPE"}),
            "c": ("Marrowgate has 40,000 people.", {"Marrowgate": "GPE"})}
    assert _kinds(docs).get("Marrowgate") == "GPE"


def test_one_piece_in_two_mentions_is_not_enough_without_a_name_ending_in_a_joiner():
    works = "Jo Brannock won praise for her role in Harbour Lights of the Pale Moon, which opened in May."
    kinds = _kinds({"a": (works, {"Jo Brannock": "PERSON", "Harbour Lights": "ORG"}),
                    "b": ("Fans queued for Harbour Lights at dawn.", {"Harbour Lights": "ORG"})})
    assert kinds.get("Harbour Lights") == "ORG"  # one piece in two mentions: the other may be the actor
