"""Propositions: the words two statements are compared on.

A statement's proposition is who (resolved actor ids: the contradictions stage reads them from
mentions and event arguments), what (the PLOVER types of its events, and the content words
here: lower-case words, stemmed; names are left to the actors) and when (its events' times, else
its document's date). This module holds the word part; :mod:`newsgraph.graph.contradictions`
compares the rest.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

# a word that starts lower case (not a name), at least three letters, not inside another word
_LOWER_WORD = re.compile(r"(?<![^\W\d_])[a-z][^\W\d_]{2,}")
# inflections cut before comparing: "moving" ~ "move", "threatened" ~ "threatening"
_SUFFIX = re.compile(r"(?:ing|ed|es|s|e|ly)$")
STEM_CHARS = 5  # then words compare by their first letters: "negotiations" ~ "negotiating"


def content_words(text: str, stop_words: frozenset[str] = frozenset(STOP_WORDS)) -> frozenset[str]:
    """The lower-case content words of ``text`` outside ``stop_words``, stemmed. Capitalised
    words are names (or a sentence's first word): who a statement is about is compared on
    resolved actors, not on spellings, so names do not count as shared content."""
    return frozenset(_stem(w) for w in set(_LOWER_WORD.findall(text)) - stop_words)


def _stem(word: str) -> str:
    stem = _SUFFIX.sub("", word)
    if stem != word and len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] not in "aeiousl":
        stem = stem[:-1]  # "planning" ~ "plans", "stopped" ~ "stop" (not "passes" or "calls")
    return (stem if len(stem) >= 3 else word)[:STEM_CHARS]
