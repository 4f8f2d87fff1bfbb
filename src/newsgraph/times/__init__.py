"""Time: every time expression of a document, normalized against its publication date.

Input: a :class:`~newsgraph.parse.ParsedDocument` (its ``document.published``, ISO
``YYYY-MM-DD`` or None) and its :class:`~newsgraph.model.Sentence` list. Output: time records
``{doc, start, end, text, value, kind, granularity, anchor, mod, range, sentence}`` in text
order, where ``document.text[start:end] == text``:

- ``value``: ISO 8601 at the granularity the text gives (2015-12-13, 2015-12, 2016-W01, 2015,
  P2Y), with the TimeML (TIMEX3) forms where ISO has none (2019-SP, 199 for the 1990s,
  2015-07-01TMO, PXW); None when it cannot be known.
- ``kind``: date | duration | set | time. ``granularity``: time, part, day, weekend, week,
  month, quarter, season, half, year, decade, century; duration; set.
- ``anchor``: "published" (counted from the publication date), "previous" (from the last dated
  expression of the same paragraph: "one day later"), "absolute" (the text alone fixes it),
  "unknown" (it needs a publication date or a previous expression that is missing: value None,
  never a guess from today's date); None when the expression was found but not understood.
- ``mod``: start, end, mid, approx, more_than, less_than ... ("early October" is 2023-10, start).
- ``range``: for a duration counted from the publication date ("over the past two years"), its
  first and last day; the value stays the duration (P2Y).

Spans come from spaCy's DATE/TIME entities and the span patterns of ``data/time_rules.yaml``
(``times/spans.py``); the tense of the governing verb picks past or future for bare names
(``times/tense.py``); the rules and dateparser give the value (``times/normalize.py``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Callable, Sequence

from newsgraph.model import Sentence
from newsgraph.parse import ParsedDocument
from newsgraph.times.calendar import TimePoint
from newsgraph.times.normalize import Context, Normal, Normalizer
from newsgraph.times.rules import TimeRules
from newsgraph.times.spans import find_spans
from newsgraph.times.tense import tense_direction

_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
_CONTEXT_CHARS = 24  # how much text before an expression a rule's "before" may look at


@dataclass(frozen=True)
class Found:
    """A time expression located in a document, with what its sentence says about tense."""

    start: int
    end: int
    text: str
    direction: str | None
    before: str


class TimeFinder:
    """Finds the time expressions of a document and normalizes them against its publication date."""

    def __init__(self, rules: TimeRules):
        self.rules = rules
        self.normalizer = Normalizer(rules)

    @classmethod
    def from_data(cls, extra_paths: Sequence[Path] = ()) -> "TimeFinder":
        """A finder with the packaged ``time_rules.yaml`` extended by ``extra_paths``."""
        return cls(TimeRules.from_data(extra_paths))

    def __call__(self, parsed: ParsedDocument, sentences: Sequence[Sentence]) -> list[dict[str, Any]]:
        found = self.find(parsed)
        return self.normalize(parsed.document.id, parsed.document.text, parsed.document.published,
                              found, sentences)

    def find(self, parsed: ParsedDocument) -> list[Found]:
        """The expressions of all chunks, in document offsets, each with its tense."""
        found = []
        for offset, doc, text in parsed.pieces():
            for start, end in find_spans(doc, self.rules, self.normalizer.understands, text=text):
                span = doc.char_span(start, end, alignment_mode="expand")
                direction = tense_direction(span, self.rules.tense) if span is not None else None
                before = text[max(0, start - _CONTEXT_CHARS):start]
                found.append(Found(offset + start, offset + end, text[start:end], direction, before))
        return found

    def normalize(self, doc_id: str, text: str, published: str | None, found: Sequence[Found],
                  sentences: Sequence[Sentence]) -> list[dict[str, Any]]:
        """Time records for ``found``, each read against the publication date and the previous
        dated expression of its paragraph."""
        anchor_day = parse_published(published)
        paragraphs = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]
        sentence_starts = [s.start for s in sentences]
        records = []
        previous: tuple[int, TimePoint] | None = None  # (paragraph, point)
        for item in found:
            paragraph = bisect.bisect_right(paragraphs, item.start)
            point = previous[1] if previous and previous[0] == paragraph else None
            normal = self.normalizer(item.text, Context(anchor_day, item.direction, point, item.before))
            if normal.point is not None and normal.kind == "date":
                previous = (paragraph, normal.point)
            sentence = _sentence_index(sentences, sentence_starts, item.start)
            records.append(_record(doc_id, item, normal, sentence))
        return records


def parse_published(published: str | None) -> date | None:
    """The publication date of a document record (ISO, as ingest writes it), or None."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _sentence_index(sentences: Sequence[Sentence], starts: list[int], offset: int) -> int | None:
    at = bisect.bisect_right(starts, offset) - 1
    return sentences[at].index if at >= 0 and offset < sentences[at].end else None


def _record(doc_id: str, item: Found, normal: Normal, sentence: int | None) -> dict[str, Any]:
    return {
        "doc": doc_id, "start": item.start, "end": item.end, "text": item.text,
        "value": normal.value, "kind": normal.kind, "granularity": normal.granularity,
        "anchor": normal.anchor, "mod": normal.mod,
        "range": list(normal.range) if normal.range else None, "sentence": sentence,
    }


# --- events and the timeline -------------------------------------------------------------------

def time_for_span(times: Sequence[dict[str, Any]], start: int, end: int,
                  sentences: Sequence[Sentence],
                  closeness: Callable[[dict[str, Any]], int | None] | None = None) -> dict[str, Any] | None:
    """The time that governs the text at ``start``-``end`` (an event): among the times of the
    same sentence, the syntactically closest (``closeness``: 0 for the event's own clause, higher
    for clauses further up, None for a time that dates another clause), then dates before
    durations and sets, then the nearest in the text; None if no time qualifies. Returns a copy
    of that time record."""
    sentence = next((s for s in sentences if s.start <= start < max(s.end, s.start + 1)), None)
    if sentence is None:
        return None
    ranked = [(closeness(t) if closeness else 0, t) for t in times
              if sentence.start <= t["start"] < sentence.end]
    ranked = [(rank, t) for rank, t in ranked if rank is not None]
    if not ranked:
        return None

    def distance(t: dict[str, Any]) -> int:
        return max(0, t["start"] - end, start - t["end"])

    _, best = min(ranked, key=lambda item: (item[0], item[1].get("kind", "date") != "date",
                                            item[1].get("value") is None, distance(item[1]), item[1]["start"]))
    return dict(best)


def attach_times(events: list[dict[str, Any]], times: Sequence[dict[str, Any]],
                 sentences: Sequence[Sentence]) -> None:
    """Set ``events[i]["time"] = {text, value}`` from the governing time of each event's span."""
    for event in events:
        found = time_for_span(times, event["start"], event["end"], sentences)
        event["time"] = {"text": found["text"], "value": found["value"]} if found else None


_ISO_SHAPES = (
    (re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:T.*)?"), lambda m: date(int(m[1]), int(m[2]), int(m[3]))),
    (re.compile(r"(\d{4})-W(\d\d)(?:-WE)?"), lambda m: date.fromisocalendar(int(m[1]), int(m[2]), 1)),
    (re.compile(r"(\d{4})-(\d\d)"), lambda m: date(int(m[1]), int(m[2]), 1)),
    (re.compile(r"(\d{4})-Q([1-4])"), lambda m: date(int(m[1]), 3 * int(m[2]) - 2, 1)),
    (re.compile(r"(\d{4})-H([12])"), lambda m: date(int(m[1]), 6 * int(m[2]) - 5, 1)),
    (re.compile(r"(\d{4})-(SP|SU|FA|WI)"), lambda m: date(int(m[1]), {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[m[2]], 1)),
    (re.compile(r"(\d{4})"), lambda m: date(int(m[1]), 1, 1)),
    (re.compile(r"(\d{3})"), lambda m: date(int(m[1]) * 10, 1, 1)),
    (re.compile(r"(\d{2})"), lambda m: date(int(m[1]) * 100, 1, 1)),
)


def value_start(value: str | None) -> date | None:
    """The first day of the period an ISO time value names; None for durations, sets, None."""
    for pattern, first_day in _ISO_SHAPES:
        match = pattern.fullmatch(value or "")
        if match:
            try:
                return first_day(match)
            except ValueError:
                return None
    return None


def timeline_key(time: dict[str, Any] | None) -> tuple:
    """Sort key that orders times (or events by their ``time``) on a timeline: by the first day
    they name, a coarser period before the finer ones it contains, the undated last. A duration
    with a range counts from its first day."""
    if not time:
        return (1, date.max, 0)
    value = time.get("value")
    first = value_start(value)
    if first is None and time.get("range"):
        first = date.fromisoformat(time["range"][0])
    if first is None:
        return (1, date.max, 0)
    return (0, first, len(value or ""))
