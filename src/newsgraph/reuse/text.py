"""Words and shingles of a text, with the character offsets that map them back to it."""

from __future__ import annotations

import re
import zlib
from collections import Counter
from dataclasses import dataclass

# Letters and digits only: punctuation and quote styles ("’" or "'") differ between copies
# of the same text, so they must not break a match.
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Words:
    """A text as words: ``words[i]`` (case-folded) spans ``text[starts[i]:ends[i]]``;
    ``shingles[i]`` hashes the ``size`` words from ``i`` on (empty if the text is shorter)."""

    text: str
    words: list[str]
    starts: list[int]
    ends: list[int]
    shingles: list[int]
    size: int
    repeated: frozenset[int] = frozenset()

    def positions(self) -> dict[int, list[int]]:
        """Where each shingle that is not ``repeated`` occurs."""
        where: dict[int, list[int]] = {}
        for i, shingle in enumerate(self.shingles):
            if shingle not in self.repeated:
                where.setdefault(shingle, []).append(i)
        return where


def words_of(text: str, size: int, max_repeats: int | None = None) -> Words:
    """The words and ``size``-word shingle hashes of ``text``; ``repeated`` holds the shingles
    found more than ``max_repeats`` times (a refrain, a list), which anchor nothing."""
    matches = list(_WORD.finditer(text))
    words = [m.group().casefold() for m in matches]
    shingles = shingle_hashes(words, size)
    repeated: frozenset[int] = frozenset()
    if max_repeats is not None and len(shingles) > len(set(shingles)):
        repeated = frozenset(s for s, n in Counter(shingles).items() if n > max_repeats)
    return Words(text, words, [m.start() for m in matches], [m.end() for m in matches],
                 shingles, size, repeated)


def shingle_hashes(words: list[str], size: int) -> list[int]:
    """32-bit hashes of every run of ``size`` words. CRC32 rather than ``hash()``: Python's
    string hash changes from process to process, and results must not."""
    return [zlib.crc32(" ".join(words[i:i + size]).encode("utf-8"))
            for i in range(len(words) - size + 1)]
