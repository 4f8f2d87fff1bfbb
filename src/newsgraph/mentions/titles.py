"""Names that are words of something else: of a title, or a modifier of a person noun.

A name that closes a capitalised run a mid-sentence "The" opens is a word of a title.

"to see The Fall of the Kessel": a film's title, where "Kessel" is no mention of a person or
a place the model may tag it as, nor a repeat of one (``mentions/repeats.py``). News writes
"the" in lower case inside a sentence, so a capital "The" after a lower-case word or a comma
opens a title; the "of (the)" right before the name says the title runs on.
A sentence-opening "The" and a title-case headline ("The Fall Of The Kessel") are no cue.
A name between a determiner and a person noun ("the Kessel star") is a place or a club.
"""

from __future__ import annotations

import re

# "The" after a lower-case word or a comma, capitalised words and link words, then "of (the)":
# a list ("The Sun and Kessel"), a place ("The Boys in Kessel") or a theatre ("at the Kessel")
# after a title closes no title
_TITLE_HEAD = re.compile(
    r"(?:[a-z]|,) The(?: [A-Z][\w'’-]*)+(?: (?:of|the|and|in|on|a|an|to|for|at)(?: [A-Z][\w'’-]*)*)*"
    r" of(?: the)? $")
_REACH = 80  # characters back to the run's "The"


def closes_title(text: str, start: int) -> bool:
    """Whether the name starting at ``start`` closes a title a mid-sentence "The" opens."""
    return bool(_TITLE_HEAD.search(text[max(0, start - _REACH):start]))


_DETERMINER_BEFORE = re.compile(r"(?:^|\s)(?:[Tt]he|[Aa]n?)[ \t]+$")
_LOWER_AFTER = re.compile(r"^[ \t]+([a-z][a-z-]*)")


def modifies_role(text: str, start: int, end: int, nouns: frozenset[str]) -> bool:
    """"the Kessel star", "a Kessel man": a word between a determiner and a person noun is a
    place or a club the person comes from, never a surname (no one writes "the Vale star" of
    Tom Vale)."""
    after = _LOWER_AFTER.match(text[end:end + 30])
    return bool(after and after.group(1) in nouns and _DETERMINER_BEFORE.search(text[max(0, start - 6):start]))
