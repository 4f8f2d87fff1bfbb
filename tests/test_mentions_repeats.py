"""Names the model found once and missed elsewhere in the document (mentions/repeats.py), on
sentences written for these tests."""

from __future__ import annotations

from newsgraph.mentions.repeats import repeat_names
from newsgraph.mentions.spans import Candidate

TITLES = frozenset({"mr", "mrs", "dr"})


def candidate(text: str, words: str, label: str, nth: int = 0) -> Candidate:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Candidate(start, start + len(words), words, label, 0)


def added(text: str, *found: Candidate) -> list[tuple[str, str, int]]:
    out = repeat_names(text, list(found), lambda offset: 0, TITLES)
    return [(c.text, c.label, c.start) for c in out if c not in found]


def test_a_surname_the_model_missed_is_added_as_a_person():
    text = "Tamsin Okafor will host the gala.\nOkafor was named on Friday, and Dr Okafor agreed."
    assert added(text, candidate(text, "Tamsin Okafor", "PERSON")) == [
        ("Okafor", "PERSON", text.index("Okafor was")), ("Okafor", "PERSON", text.index("Okafor agreed"))]


def test_a_surname_the_model_called_a_place_alone_is_still_the_person_s():
    text = "Tamsin Okafor won. Okafor thanked the crowd in Okafor."
    found = [candidate(text, "Tamsin Okafor", "PERSON"), candidate(text, "Okafor", "GPE", nth=2)]
    assert added(text, *found) == [("Okafor", "PERSON", text.index("Okafor thanked"))]


def test_an_organisation_named_again_is_added_with_its_label():
    text = "Shares in Velmora Freight rose. Analysts said Velmora Freight would grow."
    assert added(text, candidate(text, "Velmora Freight", "ORG")) == [
        ("Velmora Freight", "ORG", text.rindex("Velmora Freight"))]


def test_a_word_the_document_also_writes_in_lower_case_is_not_repeated():
    text = "Ivo Brown spoke. Brown paper bags and brown rice were sold."
    assert added(text, candidate(text, "Ivo Brown", "PERSON")) == []


def test_a_name_inside_a_longer_capitalized_name_is_not_repeated():
    text = "Ivo Lusk spoke. The Adam Lusk Institute and Lusk Holdings disagreed, and Lusk-style plans failed."
    assert added(text, candidate(text, "Ivo Lusk", "PERSON")) == []


def test_a_name_given_two_labels_by_the_document_is_left_alone():
    text = "Corvana Mills signed. Corvana Mills is also a chemist, and Corvana Mills said so."
    found = [candidate(text, "Corvana Mills", "ORG"), candidate(text, "Corvana Mills", "PERSON", nth=1)]
    assert added(text, *found) == []


def test_places_and_one_word_organisations_are_not_repeated():
    text = "Kessa Bank fell in Dravo. Dravo preacher Lumo spoke, and Kessa traders left."
    found = [candidate(text, "Dravo", "GPE"), candidate(text, "Kessa", "ORG", nth=1)]
    assert added(text, *found) == []
