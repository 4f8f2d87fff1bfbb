"""Is an article English? newsgraph's models and tables read English only, so an article in
another language is skipped with a note rather than filled with wrong names and events.

The test is a data table, ``data/english_words.txt``: English function words, which make up a
third or more of any English prose and almost nothing of another language's. Too short a text
to tell is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from newsgraph.data import load_lines

# words in any script: letters only, so numbers and punctuation do not dilute the share
_WORD = re.compile(r"[^\W\d_]+")
_TOKEN = re.compile(r"\S+")


def _number_share(text: str, sample: int = 2000) -> float:
    """The share of whitespace-separated tokens that hold a digit, among the first ``sample``."""
    tokens = _TOKEN.findall(text[:sample * 8])[:sample]
    return sum(1 for t in tokens if any(ch.isdigit() for ch in t)) / len(tokens) if tokens else 0.0


@dataclass(frozen=True)
class EnglishCheck:
    """Decides from the share of English function words among a text's first words.

    Args:
        words: English function words, lower case.
        min_words: texts with fewer words are too short to tell, and kept.
        min_share: below this share of function words a text is not English.
        sample_words: only the first this many words are counted (a huge file costs no more).
    """

    words: frozenset[str]
    min_words: int = 25
    min_share: float = 0.05
    sample_words: int = 2000
    # A results table or price list ("Wales beat San Marino 6-0", "AMT : 1,200,000") has few
    # function words among its names and figures; English ones, though, and many figures.
    table_number_share: float = 0.12
    table_min_share: float = 0.01

    @classmethod
    def from_data(cls, extra: Iterable[Path] = ()) -> "EnglishCheck":
        return cls(frozenset(word.casefold() for word in load_lines("english_words.txt", extra)))

    def share(self, text: str) -> tuple[float, int]:
        """The share of function words and how many words were counted."""
        counted = hits = 0
        for match in _WORD.finditer(text):
            counted += 1
            hits += match.group().casefold() in self.words
            if counted >= self.sample_words:
                break
        return (hits / counted if counted else 0.0), counted

    def reason_to_skip(self, text: str) -> str | None:
        """A one-line reason when ``text`` is not English, else None."""
        share, counted = self.share(text)
        if counted < self.min_words or share >= self.min_share:
            return None
        if share >= self.table_min_share and _number_share(text) >= self.table_number_share:
            return None  # a table of results or prices with English headings: names to read
        return (f"not English ({share:.0%} of its first {counted} words are English function words); "
                "newsgraph reads English articles only")
