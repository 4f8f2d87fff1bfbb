"""Where a span of a build's ``documents[].text`` lies in the file it was read from.

Ingest cleans a file before the pipeline reads it (Unix line breaks, NFC, control characters and
boilerplate lines dropped, runs of blank lines collapsed, the ends stripped), so every offset in
``graph.json`` counts characters of that cleaned text, not of the file. A reader checks a drawn
item against the file, and a gold reference should stay checkable without the build: the
samplers add file offsets through this map.
"""

from __future__ import annotations

from bisect import bisect_right
from difflib import SequenceMatcher
from pathlib import Path


class FileOffsets:
    """Text offsets → file offsets, by the runs of characters the two have in common."""

    def __init__(self, text: str, raw: str):
        blocks = [b for b in SequenceMatcher(None, text, raw, autojunk=False).get_matching_blocks() if b.size]
        self._text_starts = [b.a for b in blocks]
        self._blocks = blocks

    @classmethod
    def of_document(cls, document: dict) -> "FileOffsets | None":
        """The map of a build's document, or None when its file cannot be read."""
        try:
            raw = Path(document["path"]).read_text(encoding="utf-8", errors="replace")
        except (OSError, KeyError, TypeError):
            return None
        return cls(document.get("text") or "", raw)

    def at(self, offset: int) -> int | None:
        """The file offset of the text character at ``offset`` (None: the file lacks it)."""
        index = bisect_right(self._text_starts, offset) - 1
        if index < 0:
            return None
        block = self._blocks[index]
        return block.b + offset - block.a if offset < block.a + block.size else None

    def span(self, start: int, end: int) -> list[int] | None:
        """``[start, end)`` of the text as ``[start, end)`` of the file, when both ends map."""
        if end <= start:
            return None
        first, last = self.at(start), self.at(end - 1)
        return None if first is None or last is None else [first, last + 1]
