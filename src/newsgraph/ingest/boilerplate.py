"""Remove boilerplate lines (comment prompts, photo credits, tags, share buttons).

Input: raw article text. Output: the text without the lines that match a pattern from
``data/boilerplate.txt`` (plus user patterns), with line breaks normalized.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable

from newsgraph.data import load_lines


class BoilerplateFilter:
    """Drops whole lines matching any of the boilerplate patterns."""

    def __init__(self, patterns: Iterable[str]):
        joined = "|".join(f"(?:{p})" for p in patterns)
        self._regex = re.compile(rf"^\s*(?:{joined})\s*$", re.IGNORECASE) if joined else None

    @classmethod
    def from_data(cls, extra: Iterable[Path] = ()) -> "BoilerplateFilter":
        return cls(load_lines("boilerplate.txt", extra))

    def is_boilerplate(self, line: str) -> bool:
        return bool(self._regex and line.strip() and self._regex.match(line))

    def clean(self, text: str) -> str:
        kept = [line.rstrip() for line in text.splitlines() if not self.is_boilerplate(line)]
        return _collapse_blank_runs("\n".join(kept)).strip()


def _collapse_blank_runs(text: str) -> str:
    """More than one blank line in a row carries no meaning; keep one."""
    return re.sub(r"\n{3,}", "\n\n", text)
