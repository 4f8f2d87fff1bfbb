"""Normalization: one time expression's text to an ISO 8601 value.

Input: the expression and its :class:`Context` (publication date, tense, the previous dated
expression of the paragraph, the words just before it). Output: a :class:`Normal`. The rules of
``data/time_rules.yaml`` are tried in order; each names a mechanism below. Calendar dates with a
month name or in numbers are read by dateparser, with the publication date as ``RELATIVE_BASE``
and the tense as ``PREFER_DATES_FROM``; a date without a year then takes the year on the tense's
side of the publication date (dateparser would put "5 January" published on 5 January a year on).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any, Callable

from dateparser.date import DateDataParser

from newsgraph.times.calendar import (
    Season, TimePoint, choose_year, coarser, duration_value, nth_weekday_of_month, season_start,
    season_year, shift, weekday_near,
)
from newsgraph.times.rules import Rule, TimeRules, Unit, captures

# dateparser needs a base even for dates that carry their year; this one is never reported
# (only explicit-year results are kept when the publication date is unknown).
_NEUTRAL_BASE = datetime(2000, 1, 1)
_PREFER = {"past": "past", "future": "future", None: "current_period"}
# any date will do to learn whether a rule reads an expression
_PROBE_DAY = date(2000, 6, 15)
_PERIODS = {"day": "day", "week": "week", "month": "month", "year": "year", "time": "day"}


@dataclass(frozen=True)
class Context:
    """What an expression is read against."""

    published: date | None
    direction: str | None = None      # "past", "future" or None (no tense preference)
    previous: TimePoint | None = None  # the last dated expression of the paragraph
    before: str = ""                   # the text just before the expression


_PROBE = Context(_PROBE_DAY)
_UNDERSTOOD_KEPT = 20_000  # texts whose readability a Normalizer remembers


@dataclass(frozen=True)
class Normal:
    """A normalized expression. ``point`` is kept for anchoring later expressions on it."""

    value: str | None
    kind: str = "date"               # date | duration | set | time
    granularity: str | None = None
    anchor: str | None = None        # published | previous | absolute | unknown; None: not understood
    mod: str | None = None
    range: tuple[str, str] | None = None
    point: TimePoint | None = None


class Normalizer:
    """Reads the value of a time expression's text with the rules of a :class:`TimeRules`."""

    def __init__(self, rules: TimeRules):
        self.rules = rules
        self._understood: dict[str, bool] = {}
        self.mechanisms: dict[str, Callable[[Rule, dict[str, str], Context], Normal | None]] = {
            "offset": self.offset, "duration": self.duration, "weekday": self.weekday,
            "set_weekday": self.set_weekday, "set": self.set, "season": self.season,
            "quarter": self.quarter, "half": self.half, "year": self.year, "decade": self.decade,
            "month_of_year": self.month_of_year, "holiday": self.holiday, "clock": self.clock,
            "calendar": self.calendar, "set_season": self.set_season, "nth_weekday": self.nth_weekday,
            "century": self.century,
        }

    def __call__(self, text: str, context: Context) -> Normal:
        clean, mod = self.strip_modifiers(_clean(text))
        for rule in self.rules.rules:
            match = rule.regex.fullmatch(clean)
            if match is None or not self._applies(rule, context):
                continue
            groups = {**captures(match), "text": match.group(0)}
            result = self.mechanisms[rule.type](rule, groups, context)
            if result is not None:
                return replace(result, mod=mod) if mod else result
        return Normal(value=None, mod=mod)

    def understands(self, text: str) -> bool:
        """Whether some rule reads ``text`` (whatever the context gives its value). Asked for
        every span and its parts, and the same few hundred texts recur across a corpus."""
        known = self._understood.get(text)
        if known is None:
            if len(self._understood) >= _UNDERSTOOD_KEPT:
                self._understood.clear()
            known = self._understood[text] = self(text, _PROBE).anchor is not None
        return known

    def strip_modifiers(self, text: str) -> tuple[str, str | None]:
        """Cut "early", "the end of", "more than" ... off the front; the last one cut is the mod."""
        found = None
        changed = True
        while changed:
            changed = False
            for modifier in self.rules.modifiers:
                match = modifier.regex.match(text)
                if match and match.end() < len(text):
                    text = text[match.end():]
                    found = modifier.mod or found
                    changed = True
        return text, found

    @staticmethod
    def _applies(rule: Rule, context: Context) -> bool:
        when = rule.params.get("when")
        if when and when != (context.direction or "none"):
            return False
        before = rule.params.get("before")
        return not before or re.search(rf"(?:{before})\s*$", context.before, re.IGNORECASE) is not None

    # --- helpers --------------------------------------------------------------------------

    def _unit(self, rule: Rule, groups: dict[str, str]) -> Unit:
        name = rule.params.get("unit") or groups["unit"]
        return self.rules.units[name.lower()]

    def _amount(self, groups: dict[str, str]) -> float | None:
        return self.rules.number(groups.get("n"))

    def _singular(self, groups: dict[str, str]) -> float | None:
        """1 for a unit written in the singular ("the past decade"), else None (an unknown amount)."""
        return 1 if (groups.get("unit") or "").lower() in self.rules.singular_units else None

    @staticmethod
    def _shift(rule: Rule, context: Context) -> int:
        shift_by = rule.params.get("shift", 0)
        if isinstance(shift_by, dict):
            shift_by = shift_by.get(context.direction or "none", 0)
        return int(shift_by)

    def _part(self, rule: Rule, groups: dict[str, str]) -> str | None:
        part = groups.get("part")
        return self.rules.parts_of_day[part] if part else rule.params.get("part")

    @staticmethod
    def _anchor(rule: Rule, context: Context) -> tuple[TimePoint | None, str]:
        """The point a relative expression counts from, and the anchor's name."""
        if rule.params.get("anchor") == "previous":
            return context.previous, "previous" if context.previous else "unknown"
        if context.published is None:
            return None, "unknown"
        return TimePoint(context.published, "day"), "published"

    # --- mechanisms ------------------------------------------------------------------------

    def offset(self, rule: Rule, groups: dict[str, str], context: Context) -> Normal:
        unit = self._unit(rule, groups)
        amount = self._amount(groups)
        origin, anchor = self._anchor(rule, context)
        part = self._part(rule, groups) if unit.name == "day" else None
        granularity = "part" if part else unit.counted if "n" in groups else unit.granularity
        if origin is not None and anchor == "previous":
            # counted from a coarser point, the result is no finer ("a day after October 2011")
            if not (part and origin.granularity in ("day", "part")):
                granularity = coarser(granularity, origin.granularity)
                part = part if granularity == "part" else None
        if origin is None or amount is None:
            return Normal(None, granularity=granularity, anchor=anchor)
        day = shift(origin.day, amount * self._shift(rule, context), unit)
        point = TimePoint(day, granularity, part)
        return Normal(point.value, granularity=granularity, anchor=anchor, point=point)

    def duration(self, rule: Rule, groups: dict[str, str], context: Context) -> Normal:
        unit = self._unit(rule, groups)
        amount = self._amount(groups) if "n" in groups else self._singular(groups)
        value = duration_value(amount, unit)
        side = rule.params.get("range")
        if not side:
            return Normal(value, kind="duration", granularity="duration", anchor="absolute")
        if context.published is None:
            return Normal(value, kind="duration", granularity="duration", anchor="unknown")
        span = None
        if amount is not None:
            other = shift(context.published, amount if side == "future" else -amount, unit)
            ends = sorted((other, context.published))
            span = (ends[0].isoformat(), ends[1].isoformat())
        return Normal(value, kind="duration", granularity="duration", anchor="published", range=span)

    def weekday(self, rule: Rule, groups: dict[str, str], context: Context) -> Normal:
        name = groups.get("weekday")
        weekday = self.rules.weekdays[name] if name else int(rule.params["weekday"])
        part = self._part(rule, groups)
        granularity = rule.params.get("granularity") or ("part" if part else "day")
        if context.published is None:
            return Normal(None, granularity=granularity, anchor="unknown")
        if "from" in rule.params:
            window = (int(rule.params["from"]), int(rule.params["to"]))
        else:
            windows = self.rules.tense.get("weekday_windows", {})
            window = tuple(windows[context.direction]) if context.direction in windows else None
        point = TimePoint(weekday_near(context.published, weekday, window), granularity, part)
        return Normal(point.value, granularity=granularity, anchor="published", point=point)

    def set_weekday(self, rule: Rule, groups: dict[str, str], context: Context) -> Normal:
        weekday = self.rules.weekdays[groups["weekday"]]
        return Normal(f"XXXX-WXX-{weekday}", kind="set", granularity="set", anchor="absolute")

    def set(self, rule: Rule, groups: dict[str, str], context: Context) -> Normal:
        value = duration_value(self._amount(groups), self._unit(rule, groups))
        return Normal(value, kind="set", granularity="set", anchor="absolute")

    def set_season(self, rule: Rule, groups: dict[str, str], context: Context) -> Normal:
        code = self.rules.seasons[groups["season"]]["code"]
        return Normal(f"XXXX-{code}", kind="set", granularity="set", anchor="absolute")

    def nth_weekday(self, rule: Rule, groups: dict[str, str], context: Context) -> Normal:
        """"the last Friday of January": the day; "the first week of March": its ISO week
        (the week of the month's first Monday)."""
        weekday = self.rules.weekdays[groups["weekday"]] if groups.get("weekday") else int(rule.params["weekday"])
        granularity = rule.params.get("granularity", "day")
        month = self.rules.months[groups["month"]]
        if groups.get("year"):
            first, anchor = date(int(groups["year"]), month, 1), "absolute"
        elif context.published is None:
            return Normal(None, granularity=granularity, anchor="unknown")
        else:
            first, anchor = choose_year(context.published, month, None, context.direction), "published"
        point = TimePoint(nth_weekday_of_month(first, weekday, self.rules.ordinals[groups["ordinal"]]), granularity)
        return Normal(point.value, granularity=granularity, anchor=anchor, point=point)

    def season(self, rule: Rule, groups: dict[str, str], context: Context) -> Normal:
        spec = self.rules.seasons[groups["season"]]
        season = Season(spec["code"], int(spec["months"][0]))
        if groups.get("year"):
            point = TimePoint(season_start(season, int(groups["year"])), "season", season.code)
            return Normal(point.value, granularity="season", anchor="absolute", point=point)
        origin, anchor = self._anchor(rule, context)
        if origin is None:
            return Normal(None, granularity="season", anchor=anchor)
        year = season_year(season, origin.day, self._shift(rule, context), context.direction)
        point = TimePoint(season_start(season, year), "season", season.code)
        return Normal(point.value, granularity="season", anchor=anchor, point=point)

    def _part_of_year(self, groups: dict[str, str], context: Context, granularity: str, months: int,
                      parts: int) -> Normal:
        number = self.rules.ordinals[groups["ordinal"]]
        number = parts if number > parts else number  # "the last half" is the second
        first_month = (number - 1) * months + 1
        year, anchor = self._year_or_published(groups, context)
        if year is None:
            return Normal(None, granularity=granularity, anchor=anchor)
        if anchor == "published":  # "fell in the second quarter" said in January: last year's
            year = choose_year(context.published, first_month, None, context.direction).year
        point = TimePoint(date(year, first_month, 1), granularity)
        return Normal(point.value, granularity=granularity, anchor=anchor, point=point)

    def quarter(self, rule: Rule, groups: dict[str, str], context: Context) -> Normal:
        return self._part_of_year(groups, context, "quarter", 3, 4)

    def half(self, rule: Rule, groups: dict[str, str], context: Context) -> Normal:
        return self._part_of_year(groups, context, "half", 6, 2)

    @staticmethod
    def _year_or_published(groups: dict[str, str], context: Context) -> tuple[int | None, str]:
        if groups.get("year"):
            return int(groups["year"]), "absolute"
        if context.published is None:
            return None, "unknown"
        return context.published.year, "published"

    def year(self, rule: Rule, groups: dict[str, str], context: Context) -> Normal:
        point = TimePoint(date(int(groups["year"]), 1, 1), "year")
        return Normal(point.value, granularity="year", anchor="absolute", point=point)

    def decade(self, rule: Rule, groups: dict[str, str], context: Context) -> Normal:
        digits = groups["decade"].strip("'s")
        # "the '90s": the last decade of that name before the publication date, else the 1900s
        if len(digits) == 2:
            century = (context.published.year // 100 * 100) if context.published else 1900
            year = century + int(digits)
            year -= 100 if context.published and year > context.published.year else 0
        else:
            year = int(digits)
        point = TimePoint(date(year, 1, 1), "decade")
        return Normal(point.value, granularity="decade", anchor="absolute", point=point)

    def century(self, rule: Rule, groups: dict[str, str], context: Context) -> Normal:
        first_year = max(1, (int(groups["ordinal_number"]) - 1) * 100)
        point = TimePoint(date(first_year, 1, 1), "century")
        return Normal(point.value, granularity="century", anchor="absolute", point=point)

    def month_of_year(self, rule: Rule, groups: dict[str, str], context: Context) -> Normal:
        if context.published is None:
            return Normal(None, granularity="month", anchor="unknown")
        year = context.published.year + self._shift(rule, context)
        point = TimePoint(date(year, self.rules.months[groups["month"]], 1), "month")
        return Normal(point.value, granularity="month", anchor="published", point=point)

    def holiday(self, rule: Rule, groups: dict[str, str], context: Context) -> Normal:
        month, day = (int(part) for part in self.rules.holidays[groups["holiday"]].split("-"))
        if context.published is None:
            return Normal(None, granularity="day", anchor="unknown")
        found = choose_year(context.published, month, day, context.direction)
        if found is None:
            return Normal(None, granularity="day", anchor="published")
        point = TimePoint(found, "day")
        return Normal(point.value, granularity="day", anchor="published", point=point)

    def clock(self, rule: Rule, groups: dict[str, str], context: Context) -> Normal | None:
        if groups.get("clock_word"):
            said = self.rules.clock_words[groups["clock_word"]]
            return Normal(f"T{said}", kind="time", granularity="time", anchor="absolute")
        parsed = _read_date(groups["text"], _NEUTRAL_BASE, None)
        if parsed is None:
            return None
        return Normal(f"T{parsed[0]:%H:%M}", kind="time", granularity="time", anchor="absolute")

    def calendar(self, rule: Rule, groups: dict[str, str], context: Context) -> Normal | None:
        text = groups["text"]
        explicit = self.rules.explicit_year.search(text) is not None
        base = datetime.combine(context.published, datetime.min.time()) if context.published else _NEUTRAL_BASE
        parsed = _read_date(text, base, context.direction)
        if parsed is None:
            return None
        granularity = _PERIODS.get(parsed[1], "day")
        day = _period_start(parsed[0].date(), granularity)
        if explicit:
            point = TimePoint(day, granularity)
            return Normal(point.value, granularity=granularity, anchor="absolute", point=point)
        if context.published is None:
            return Normal(None, granularity=granularity, anchor="unknown")
        if groups.get("month") and granularity in ("day", "month"):
            day = choose_year(context.published, day.month, day.day if granularity == "day" else None,
                              context.direction) or day
        point = TimePoint(day, granularity)
        return Normal(point.value, granularity=granularity, anchor="published", point=point)


@lru_cache(maxsize=8192)  # a pure reading, and dateparser is the slowest step of the stage
def _read_date(text: str, base: datetime, direction: str | None) -> tuple[datetime, str] | None:
    """dateparser's reading of ``text``: the datetime and its period (day, month ...), or None."""
    try:
        parsed = _dateparser(base, direction).get_date_data(text)
    except (ValueError, OverflowError):  # impossible dates some inputs produce
        return None
    return (parsed.date_obj, parsed.period or "day") if parsed.date_obj else None


@lru_cache(maxsize=256)  # a parser per publication date and tense: building one costs more than a parse
def _dateparser(base: datetime, direction: str | None) -> DateDataParser:
    settings: dict[str, Any] = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": _PREFER[direction],
                                "RETURN_TIME_AS_PERIOD": True}
    return DateDataParser(languages=["en"], settings=settings)


def _period_start(day: date, granularity: str) -> date:
    """The first day of the week, month or year ``day`` lies in (dateparser fills in the base's day)."""
    if granularity == "week":
        return day - timedelta(days=day.weekday())
    if granularity == "month":
        return day.replace(day=1)
    if granularity == "year":
        return day.replace(month=1, day=1)
    return day


def _clean(text: str) -> str:
    """Lower case, one space between words, straight apostrophes, no edge punctuation."""
    text = text.replace("’", "'").replace("‘", "'").lower()
    # "a two-month suspension", "a 30-year high": the hyphen joins an amount to its unit
    text = re.sub(r"(?<=\w)-(?=[a-z])", " ", text)
    text = " ".join(text.split())
    return text.strip(" ,;:\"()[]")
