"""The typed records of a briefing: sentences, the corpus sentences they cite, sections.

A :class:`Statement` is one written sentence about the world; it carries the numbers of the
:class:`Citation` records it rests on and the ids of the actors it names, so a checker can
verify both. A :class:`Note` says something about the briefing itself (how many items it
leaves out) and cites nothing. A ``Fact`` is a line of document metadata (outlets, dates).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Citation:
    """One corpus sentence: ``text`` is ``documents.text[start:end]`` of document ``doc``."""

    number: int
    doc: str
    start: int
    end: int
    text: str
    title: str | None
    outlet: str | None
    published: str | None
    path: str | None = None


@dataclass
class Statement:
    """One written sentence (without its final period) and what it rests on."""

    text: str
    citations: list[int]
    actors: list[str] = field(default_factory=list)
    kind: str = ""  # which template wrote it: "event", "claim", "who", ...
    confidence: float | None = None


@dataclass
class Fact:
    """A line of metadata (outlets, publication dates), cited where the text allows."""

    text: str
    citations: list[int] = field(default_factory=list)


@dataclass
class Section:
    key: str
    heading: str
    statements: list[Statement] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    subsections: list["Section"] = field(default_factory=list)

    def all_statements(self) -> list[Statement]:
        found = list(self.statements)
        for sub in self.subsections:
            found += sub.all_statements()
        return found


@dataclass
class Briefing:
    """A written account of one actor, or of a pair, every statement cited."""

    title: str
    actors: list[dict[str, str]]
    min_confidence: float
    sections: list[Section] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)

    def statements(self) -> list[Statement]:
        return [s for section in self.sections for s in section.all_statements()]

    def to_dict(self) -> dict[str, Any]:
        return {"schema": "newsgraph-brief/1", **asdict(self)}
