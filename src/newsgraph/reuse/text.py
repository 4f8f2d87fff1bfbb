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

    def positions(self) -> "Positions":
        """Where each shingle that is not ``repeated`` occurs."""
        once = dict(zip(self.shingles, range(len(self.shingles))))  # C speed: most shingles occur once
        if len(once) == len(self.shingles):
            return Positions(once, {})
        counts = Counter(self.shingles)
        more: dict[int, list[int]] = {}
        for i, shingle in enumerate(self.shingles):
            if counts[shingle] > 1 and shingle not in self.repeated:
                more.setdefault(shingle, []).append(i)
        for shingle, count in counts.items():
            if count > 1:
                del once[shingle]
        return Positions(once, more)


@dataclass(frozen=True)
class Positions:
    """Shingle -> position, split so the common case stays cheap: ``once`` for shingles found
    once, ``more`` for those found a few times (up to ``max_repeats``)."""

    once: dict[int, int]
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
                 shingles, size, repeated)


def shingle_hashes(words: list[str], size: int) -> list[int]:
    """32-bit hashes of every run of ``size`` words. CRC32 rather than ``hash()``: Python's
    string hash changes from process to process, and results must not."""
    return [zlib.crc32(" ".join(words[i:i + size]).encode("utf-8"))
            for i in range(len(words) - size + 1)]
