"""Propositions: what a claim or an event says, in a form two statements can be compared on.

A :class:`Proposition` holds who it is about (resolved actor ids), what (PLOVER types of the
events it holds, and the content words: lower-case words cut to their first letters; names
are left to the actors), and when (a day: the event's time, else the document's date).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable, Mapping

from spacy.lang.en.stop_words import STOP_WORDS

Record = Mapping[str, Any]
# a word that starts lower case (not a name), at least three letters, not inside another word
# inflections cut before comparing: "moving" ~ "move", "threatened" ~ "threatening"
_SUFFIX = re.compile(r"(?:ing|ed|es|s|e|ly)$")
_LOWER_WORD = re.compile(r"(?<![^\W\d_])[a-z][^\W\d_]{2,}")
STEM_CHARS = 5  # words compare by their first letters: "negotiations" ~ "negotiating"


@dataclass(frozen=True)
class Proposition:
    """Who, what and when of one statement."""

    actors: frozenset[str]
    types: frozenset[str]
    words: frozenset[str]
    day: date | None


def content_words(text: str, stop_words: frozenset[str] = frozenset(STOP_WORDS)) -> frozenset[str]:
    """The lower-case content words of ``text`` outside ``stop_words``, stemmed. Capitalised
    words are names (or a sentence's first word): who a statement is about is compared on
    resolved actors, not on spellings, so names do not count as shared content."""
    return frozenset(_stem(w) for w in set(_LOWER_WORD.findall(text)) - stop_words)


def _stem(word: str) -> str:
    stem = _SUFFIX.sub("", word)
    return (stem if len(stem) >= 3 else word)[:STEM_CHARS]


def overlap(first: frozenset[str], second: frozenset[str]) -> tuple[int, float]:
    """(shared words, share of the smaller set that the other has)."""
    if not first or not second:
        return 0, 0.0
    shared = len(first & second)
    return shared, shared / min(len(first), len(second))
