"""Spans: where the time expressions of one parsed chunk are.

Input: a spaCy ``Doc`` and the :class:`~newsgraph.times.rules.TimeRules`. Output: sorted,
non-overlapping ``(start, end)`` character offsets in the chunk. spaCy's DATE and TIME entities
are the main source; the rules' span patterns add what the model misses. Spans are then cut to
the expression proper (no leading preposition), split where one entity holds two expressions
("2012 and 2015"), and dropped when they are not times at all (ages, "the first day"). Given the
normalizer, a span it cannot read is cut down to the parts it can ("April 16 this year").
"""

from __future__ import annotations

import re
from typing import Callable

from newsgraph.times.rules import TimeRules

TIME_LABELS = ("DATE", "TIME")
_EDGE_PUNCTUATION = " \t\n\xa0,;:.!?\"'“”‘’()[]—–-"
_WORD = re.compile(r"\S+")
REPAIR_MAX_WORDS = 12  # longer spans are not time expressions worth taking apart word by word

Understands = Callable[[str], bool]


def find_spans(doc, rules: TimeRules, understands: Understands | None = None, *,
               text: str | None = None) -> list[tuple[int, int]]:
    """Character spans of the time expressions in ``doc`` (offsets into ``doc.text``).

    ``understands`` tells whether the normalizer reads a text; with it, a span it cannot read
    is cut down to the parts it can ("April 16 this year", "earlier this week after a row").
    ``text`` is ``doc.text`` where the caller has it (see ``ParsedDocument.pieces``).
    """
    text = doc.text if text is None else text
    raw = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in TIME_LABELS]
    raw += [(m.start(), m.end()) for pattern in rules.span_patterns for m in pattern.finditer(text)]
    spans = []
    for start, end in join_cut_spans(text, merge_overlaps(raw), rules):
        for piece in split_span(text, start, end, rules):
            trimmed = trim_span(text, *piece, rules)
            trimmed = trimmed and drop_leading_verb(doc, *trimmed, rules, text=text)
            if not trimmed or not is_time(text[trimmed[0]:trimmed[1]], rules):
                continue
            pieces = repair_span(text, *trimmed, understands) if understands else [trimmed]
            spans += [p for p in (trim_span(text, *piece, rules) for piece in pieces) if p]
    return sorted(set(spans))


def drop_leading_verb(doc, start: int, end: int, rules: TimeRules, *, text: str | None = None
                      ) -> tuple[int, int] | None:
    """Without a verb the span starts with: "to last six weeks" is six weeks. ``text`` is
    ``doc.text`` where the caller has it (spaCy joins it from the tokens on each access)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2 or span[0].pos_ not in ("VERB", "AUX"):
        return (start, end)
    return trim_span(text if text is not None else doc.text, span[1].idx, end, rules)


def repair_span(text: str, start: int, end: int, understands: Understands) -> list[tuple[int, int]]:
    """A span the normalizer cannot read, as the parts it can: two neighbours that cover it
    all, else the longest run of words it reads. A span it reads, or has no part of, stays."""
    if understands(text[start:end]):
        return [(start, end)]
    words = [(start + m.start(), start + m.end()) for m in _WORD.finditer(text[start:end])]
    if len(words) > REPAIR_MAX_WORDS:
        return [(start, end)]
    for cut in range(1, len(words)):
        left, right = (words[0][0], words[cut - 1][1]), (words[cut][0], words[-1][1])
        if understands(text[slice(*left)]) and understands(text[slice(*right)]):
            return [left, right]
    for size in range(len(words) - 1, 0, -1):
        for first in range(len(words) - size + 1):
            run = (words[first][0], words[first + size - 1][1])
            if understands(text[slice(*run)]):
                return [run]
    return [(start, end)]


def merge_overlaps(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The union of overlapping spans, in order."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def join_cut_spans(text: str, spans: list[tuple[int, int]], rules: TimeRules) -> list[tuple[int, int]]:
    """Neighbours joined where the first ends in a join word ("the autumn of" + "2013")."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and not text[joined[-1][1]:start].strip() and rules.join_after.search(text[slice(*joined[-1])]):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def trim_span(text: str, start: int, end: int, rules: TimeRules) -> tuple[int, int] | None:
    """The span without edge punctuation, leading prepositions and a trailing possessive."""
    changed = True
    while changed and start < end:
        changed = False
        while start < end and text[start] in _EDGE_PUNCTUATION:
            start, changed = start + 1, True
        while start < end and text[end - 1] in _EDGE_PUNCTUATION and not _abbreviation_dot(text, start, end):
            end, changed = end - 1, True
        for word in rules.strip_leading:
            if re.match(rf"{re.escape(word)}\s", text[start:end], re.IGNORECASE):
                start, changed = start + len(word) + 1, True
                break
        for suffix in rules.strip_trailing:
            if text[start:end].endswith(suffix):
                end, changed = end - len(suffix), True
    return (start, end) if start < end else None


def _abbreviation_dot(text: str, start: int, end: int) -> bool:
    """A final "." that belongs to the expression: "a.m.", "Sept.", "Dec." — not a sentence end."""
    if text[end - 1] != ".":
        return False
    return re.search(r"(?:\b[ap]\.m|\b[A-Z][a-z]{2,3})\.$", text[start:end]) is not None


def split_span(text: str, start: int, end: int, rules: TimeRules) -> list[tuple[int, int]]:
    """One span per expression when an entity joins two with "and", "to" ... ("2012 and 2015")."""
    piece = text[start:end]
    cuts = [m for m in rules.split_at.finditer(piece)]
    if not cuts:
        return [(start, end)]
    bounds = [0] + [x for m in cuts for x in (m.start(), m.end())] + [len(piece)]
    parts = [(start + bounds[i], start + bounds[i + 1]) for i in range(0, len(bounds), 2)]
    if all(is_time(text[a:b], rules) for a, b in parts):
        return parts
    return [(start, end)]


def is_time(text: str, rules: TimeRules) -> bool:
    """A time word or digit in it, and not an age or another known non-time."""
    if any(pattern.search(text) for pattern in rules.drop):
        return False
    return rules.time_word.search(text) is not None
