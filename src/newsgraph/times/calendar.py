"""Calendar arithmetic for the time stage: points at a granularity, shifts, and ISO values.

A :class:`TimePoint` is a day plus how precisely the text named it; its ``value`` is the ISO
8601 (TIMEX3-extended) string for that precision. Pure functions of dates, no language here.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from newsgraph.times.rules import Unit

# Finest first: combining a point with a shift keeps the coarser of the two precisions.
GRANULARITIES = ("time", "part", "day", "weekend", "week", "month", "quarter", "season", "half",
                 "year", "decade", "century")
_RANK = {name: rank for rank, name in enumerate(GRANULARITIES)}


@dataclass(frozen=True)
class TimePoint:
    """A day and the granularity the text gave it; ``code`` is a part of day or season code."""

    day: date
    granularity: str
    code: str | None = None

    @property
    def value(self) -> str:
        return iso_value(self)


def iso_value(point: TimePoint) -> str:
    d, granularity = point.day, point.granularity
    if granularity == "day":
        return d.isoformat()
    if granularity == "part":
        return f"{d.isoformat()}T{point.code}"
    if granularity in ("week", "weekend"):
        year, week, _ = d.isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if granularity == "weekend" else "")
    if granularity == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if granularity == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if granularity == "half":
        return f"{d.year:04d}-H{(d.month - 1) // 6 + 1}"
    if granularity == "season":
        return f"{d.year:04d}-{point.code}"
    if granularity == "year":
        return f"{d.year:04d}"
    if granularity == "decade":
        return f"{d.year // 10:03d}"
    if granularity == "century":
        return f"{d.year // 100:02d}"
    raise ValueError(f"unknown granularity {granularity!r}")


def coarser(a: str, b: str) -> str:
    return a if _RANK[a] >= _RANK[b] else b


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the month's length (Jan 31 + 1 = Feb 28/29)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def shift(day: date, amount: float, unit: Unit) -> date:
    """``day`` moved by ``amount`` units (negative: back). Hours and minutes move whole days."""
    count = amount * unit.factor
    if unit.iso == "D":
        return day + timedelta(days=round(count))
    if unit.iso == "W":
        return day + timedelta(days=round(count * 7))
    if unit.iso == "M":
        return add_months(day, round(count))
    if unit.iso == "Y":
        return add_months(day, round(count * 12))
    hours = {"TH": count, "TM": count / 60, "TS": count / 3600}.get(unit.iso, 0)
    return day + timedelta(days=int(hours / 24))


def duration_value(amount: float | None, unit: Unit) -> str:
    """ISO 8601 duration: P2Y, P3W, PT36H; an unknown amount is X (PXW, PXDE, PTXH)."""
    time_part = unit.iso.startswith("T")
    letter = unit.iso[-1]
    if amount is None:
        body = f"X{unit.vague[-1] if time_part else unit.vague}"
    else:
        total = amount * unit.factor
        body = f"{int(total) if float(total).is_integer() else round(total, 2)}{letter}"
    return f"PT{body}" if time_part else f"P{body}"


def weekday_near(anchor: date, weekday: int, window: tuple[int, int] | None) -> date:
    """The day with ISO ``weekday`` (Monday 1) ``window`` days around ``anchor``; nearest if None."""
    low, high = window if window else (-3, 3)
    for offset in range(low, high + 1):
        candidate = anchor + timedelta(days=offset)
        if candidate.isoweekday() == weekday:
            return candidate
    raise ValueError(f"window {window} holds no weekday {weekday}")


def choose_year(anchor: date, month: int, day: int | None, direction: str | None) -> date | None:
    """The ``month``/``day`` (day None: the month) on the anchor's side given by ``direction``:
    "past" the latest not after the anchor, "future" the earliest not before it, None the
    nearest. The anchor's own day or month counts on both sides."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(date(year, month, day or 1))
        except ValueError:  # February 29 outside a leap year
            continue
    if not candidates:
        return None
    key = (lambda d: (d.year, d.month)) if day is None else (lambda d: d)
    here = key(anchor)
    if direction == "past":
        return max((c for c in candidates if key(c) <= here), default=None)
    if direction == "future":
        return min((c for c in candidates if key(c) >= here), default=None)
    # nearest; a tie goes to the past, where news mostly is
    return min(candidates, key=lambda c: (abs(_months_or_days(c, anchor, day is None)), c > anchor))


def _months_or_days(candidate: date, anchor: date, months: bool) -> int:
    if months:
        return (candidate.year - anchor.year) * 12 + candidate.month - anchor.month
    return (candidate - anchor).days


def nth_weekday_of_month(first: date, weekday: int, nth: int) -> date:
    """The ``nth`` day with ISO ``weekday`` in the month of ``first``; past the last one, the last."""
    day = first + timedelta(days=(weekday - first.isoweekday()) % 7)
    last = day
    for _ in range(nth - 1):
        day += timedelta(days=7)
        if day.month != first.month:
            break
        last = day
    return last


@dataclass(frozen=True)
class Season:
    code: str
    first_month: int


def season_start(season: Season, year: int) -> date:
    return date(year, season.first_month, 1)


def season_end(season: Season, year: int) -> date:
    return add_months(season_start(season, year), 3) - timedelta(days=1)


def season_year(season: Season, anchor: date, shift_by: int, direction: str | None) -> int:
    """The year (of its first month) of the season meant relative to ``anchor``.

    shift -1: the last one over before the anchor; 1: the next one to begin after it; 0: by
    tense: past the last begun, future the next not yet over, none this year's (or the current).
    """
    years = range(anchor.year - 2, anchor.year + 2)
    if shift_by < 0:
        return max(y for y in years if season_end(season, y) < anchor)
    if shift_by > 0:
        return min(y for y in years if season_start(season, y) > anchor)
    if direction == "past":
        return max(y for y in years if season_start(season, y) <= anchor)
    if direction == "future":
        return min(y for y in years if season_end(season, y) >= anchor)
    current = [y for y in years if season_start(season, y) <= anchor <= season_end(season, y)]
    return current[0] if current else anchor.year
