"""Round 21 (link21): spans that carry a stray word or lack a word of the longer name, on
sentences written for these tests."""

from __future__ import annotations

from newsgraph.mentions.repeats import widen_name_fragments
from newsgraph.mentions.spans import Candidate

TITLES = frozenset({"mr", "mrs", "dr"})


def _texts(result):
    return {m.text for m in result.mentions}


def _person(text: str, words: str) -> Candidate:
    start = text.index(words)
    return Candidate(start, start + len(words), words, "PERSON", 0)


def _kept(text: str, *found: Candidate) -> list[str]:
    return [c.text for c in widen_name_fragments(text, list(found), TITLES, frozenset({"March"}))]


def test_a_sentence_opening_fellow_is_cut_from_the_club(analyze):
    texts = _texts(analyze("The squad was named on Monday.  Fellow Kessel prop Jon Vaal will start on the bench."))
    assert not any(t.startswith("Fellow") for t in texts)


def test_a_function_word_glued_onto_a_name_is_cut(analyze):
    texts = _texts(analyze('Mr Vaal said: "I want to talk about the purpose ofNew Kessel Party today."'))
    assert not any(t.startswith("of") for t in texts)


def test_a_surname_inside_a_street_name_is_widened_to_it():
    text = "Best actor went to Tom Vaal for his role at the Grand Hall, Brenton Vaal."
    street = Candidate(text.rindex("Vaal"), text.rindex("Vaal") + 4, "Vaal", "PERSON", 0)
    assert _kept(text, _person(text, "Tom Vaal"), street) == ["Tom Vaal", "Brenton Vaal"]


def test_a_given_name_cut_short_before_the_surname_is_widened_to_the_full_name():
    text = "I mean, Tomas Brevik? Come on. Tomas is no singer."
    cut = Candidate(8, 13, "Tomas", "PERSON", 0)
    assert _kept(text, cut) == ["Tomas Brevik"]


def test_a_surname_after_a_title_an_initial_a_possessive_or_a_list_stays():
    for text, word in (("Later Mr Vaal said no.", "Vaal"), ("Subs: J Vaal, T Brevik.", "Vaal"),
                       ("It was Rovers' Vaal who scored.", "Vaal"), ("Ross, Vaal, Brevik and Kane.", "Vaal"),
                       ("Sprinter Vaal quits athletics", "Vaal"), ("Praise came from Vaal.", "Vaal"),
                       ("But in March Vaal left.", "Vaal"), ("He sold Vaal GDRs to us.", "Vaal"),
                       ("Then the Oscar-nominated Vaal said so.", "Vaal"),
                       ("Rovers Fire Coach, Hire Vaal As Manager", "Vaal")):
        assert _kept(text, _person(text, word)) == [word], text
