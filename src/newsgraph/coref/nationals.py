"""Which person "the Scot", "the Frenchman", "the Australian" is, when the document says so.

Round 37. Sports and foreign news call a person by the people he belongs to ("the Scot admitted",
"said the Australian"). A reader takes the one person the story has stated to be of that people
before: "Australian Ana Ruiz", "Ana Ruiz (Australia)", "Ana Ruiz of Australia". The same statements
also tell when a person is NOT meant: "Swiss Ana Ruiz" is no "the American".

Precision first: two people stated to be of the place give none; a word that names no place
gives none. The words of peoples are data: the resolver's demonym table and rules
(``data/demonyms.tsv``, ``data/name_variants.yaml``) and ``person_demonyms`` (``data/coref.yaml``)
for the nouns of one person ("Scot", "Spaniard") the rules do not form; this module holds only the
mechanism.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsgraph.coref.governments import all_states, state_key, state_variants

if TYPE_CHECKING:  # the coref module imports this one
    from newsgraph.coref import DocumentCoref

# "Australian Ana Ruiz", "Argentine striker Ana Ruiz", "Danish world number two Ana Ruiz": a
# people's word, then at most four lower-case words or numbers (her post), right before the name;
# a capitalized word between ("French Open champion X") makes the word part of another name
_BEFORE = re.compile(r"(?:^|[^\w'’-])([A-Z][a-z]+(?:\s+Zealander|\s+African)?)\s+(?:(?:[a-z][\w-]*|\d+)\s+){0,4}$")
# "Ana Ruiz (Australia)", "Ana Ruiz of Australia", "Ana Ruiz, of the United States,"
_AFTER = re.compile(r"\s*(?:\(\s*|,?\s+of\s+(?:the\s+)?)([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s*(?:\)|[,.;\s]|$)")
# a people's word, a post in lower-case words, and a capitalized word: the post's holder
_UNTAGGED = re.compile(r"\b([A-Z][a-z]+)\s+((?:[a-z][\w-]*\s+){1,4})([A-Z][\w'’-]+)")
# a word before the people's word that makes it part of a name or title ("the Royal Dutch X")
_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]* +$")


def place_of_people(coref: "DocumentCoref", word: str) -> frozenset[str] | None:
    """The key of the place a people's word names ("Scot", "Australian", "Danish"), or None."""
    word = " ".join(word.split())
    listed = coref.lexicon.person_demonyms.get(word.lower())
    if listed is not None:
        return state_key(listed)
    if word.lower().endswith("s"):
        return None  # "Scots", "Americans": a people, not one of them; a plural's rule reads it so
    state = state_variants().place_of_demonym(word, all_states())
    return state_key(state) if state is not None else None


def stated_places(coref: "DocumentCoref", index: int) -> set[frozenset[str]]:
    """The places the document states the person of mention ``index`` is of, at that mention:
    a people's word right before the name (with the post between) or the place in brackets or
    after "of" right after it."""
    mention = coref.mentions[index]
    found: set[frozenset[str]] = set()
    before = coref.text[max(0, mention.start - 80):mention.start]
    before = re.split(r"[.,;:()\"“”\n]", before)[-1]
    match = _BEFORE.search(before)
    if match is not None and not _NAME_BEFORE.search(before[:match.start(1)]):
        place = place_of_people(coref, match.group(1))
        if place is not None:
            found.add(place)
    match = _AFTER.match(coref.text, mention.end)
    if match is not None:
        name = match.group(1)
        if name.lower() in all_states():
            found.add(state_key(name))
    return found


def nationals_before(coref: "DocumentCoref", place: frozenset[str], at: int) -> dict[str, int]:
    """The people (by key) the document states, before ``at``, to be of ``place``: key -> the
    latest mention of each before ``at``."""
    places = people_places_before(coref, at)
    latest: dict[str, int] = {}
    for index in coref._before(at):
        key = coref.mentions[index].key
        if key in places and place in places[key] and key not in latest:
            latest[key] = index
    return latest


def untagged_nationals(coref: "DocumentCoref", place: frozenset[str], at: int) -> set[str]:
    """Names the model tagged no person but the text before ``at`` states to be of ``place``
    after a post ("Scottish golfer Ewan Bright", the name untagged): each one more person of the
    place, who makes the tagged one no longer the only candidate."""
    found: set[str] = set()
    for match in _UNTAGGED.finditer(coref.text, 0, at):
        if _NAME_BEFORE.search(coref.text[max(0, match.start(1) - 30):match.start(1)]) \
                or place_of_people(coref, match.group(1)) != place:
            continue
        start = match.start(3)
        if not any(m.start <= start < m.end for m in coref.mentions):
            found.add(match.group(3))
    return found


def people_places_before(coref: "DocumentCoref", at: int) -> dict[str, set[frozenset[str]]]:
    """Each person (by key) named before ``at`` -> the places stated for him at any mention
    before ``at``."""
    places: dict[str, set[frozenset[str]]] = {}
    for index in coref._before(at):
        mention = coref.mentions[index]
        if coref.is_person(mention):
            places.setdefault(mention.key, set()).update(stated_places(coref, index))
    return places
