"""Words and shingles of a text, with the character offsets that map them back to it."""

from __future__ import annotations

import re
import zlib
from collections import Counter

import numpy as np
from dataclasses import dataclass, field

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
    array: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.int64))  # the shingles, for numpy

    def positions(self) -> "Positions":
        """Where each shingle that is not ``repeated`` occurs."""
        values, first, counts = np.unique(self.array, return_index=True, return_counts=True)
        once = counts == 1
        more: dict[int, list[int]] = {}
        if not once.all():
            few = set(values[~once].tolist()) - self.repeated
            for i, shingle in enumerate(self.shingles):
                if shingle in few:
                    more.setdefault(shingle, []).append(i)
        return Positions(values[once], first[once], more)


@dataclass(frozen=True)
class Positions:
    """Shingle -> position, split so the common case stays vectorized: ``values`` (sorted)
    and ``where`` for the shingles found once, ``more`` for those found a few times (up to
    ``max_repeats``)."""

    values: np.ndarray
    where: np.ndarray
    more: dict[int, list[int]]


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
                 shingles, size, repeated, np.asarray(shingles, dtype=np.int64))


def shingle_hashes(words: list[str], size: int) -> list[int]:
    """32-bit hashes of every run of ``size`` words. CRC32 rather than ``hash()``: Python's
    string hash changes from process to process, and results must not."""
    return [zlib.crc32(" ".join(words[i:i + size]).encode("utf-8"))
            for i in range(len(words) - size + 1)]
