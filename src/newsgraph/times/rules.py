"""The tables that steer the time stage, loaded from ``data/time_rules.yaml`` plus user files.

The YAML holds the language (number words, units, month names, rule patterns); this module
compiles it: ``{name}`` placeholders in patterns become regex groups built from the word tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from newsgraph.data import load_yaml, read_user_yaml
from newsgraph.errors import Errors, NewsgraphError

DATA_FILE = "time_rules.yaml"
# Tables whose entries are merged by key; lists are appended; rules are prepended (a user's
# rule is tried before the packaged ones).
_TABLE_KEYS = ("numbers", "units", "months", "weekdays", "seasons", "parts_of_day", "holidays",
               "clock_words", "ordinals", "tense")
_LIST_KEYS = ("number_tens", "vague_numbers", "prefix_modifiers", "span_patterns", "strip_leading",
              "strip_trailing", "join_words", "split_words", "drop_patterns", "time_words")
_KNOWN_KEYS = set(_TABLE_KEYS) | set(_LIST_KEYS) | {"rules", "explicit_year"}
_PLACEHOLDER = re.compile(r"\{([a-z]\w*)\}")
# Month, weekday and holiday names are capitalized in running text; "may" is a verb.
_NAME_GROUPS = ("month", "weekday", "holiday")
_SPACE = "[^\\S\\n]+"  # spaces inside a span never cross a line
_REPEAT = "__"  # "weekday__2": the second {weekday} of a pattern


@dataclass(frozen=True)
class Unit:
    """A unit of time: how it is written in a duration and what a shift by it is precise to."""

    name: str
    iso: str          # duration designator: D W M Y, or TH TM for hours and minutes
    factor: float     # "a decade" is 10 years
    vague: str        # designator for an unknown amount ("decades": DE)
    granularity: str  # of "last <unit>"
    counted: str      # of "<n> <unit>s ago"


@dataclass(frozen=True)
class Rule:
    """One normalization rule: a pattern over the whole expression and the mechanism it names."""

    regex: re.Pattern
    type: str
    params: dict[str, Any]


@dataclass(frozen=True)
class Modifier:
    regex: re.Pattern
    mod: str | None


@dataclass(frozen=True)
class TimeRules:
    """Compiled vocabulary, rules and span patterns of the time stage."""

    numbers: dict[str, float]
    vague_numbers: frozenset[str]
    units: dict[str, Unit]            # every written form -> unit
    singular_units: frozenset[str]     # "decade", not "decades"
    months: dict[str, int]
    weekdays: dict[str, int]
    seasons: dict[str, dict[str, Any]]
    parts_of_day: dict[str, str]
    holidays: dict[str, str]
    clock_words: dict[str, str]
    ordinals: dict[str, int]
    modifiers: tuple[Modifier, ...]
    rules: tuple[Rule, ...]
    span_patterns: tuple[re.Pattern, ...]
    explicit_year: re.Pattern
    strip_leading: tuple[str, ...]
    strip_trailing: tuple[str, ...]
    join_after: re.Pattern
    split_at: re.Pattern
    drop: tuple[re.Pattern, ...]
    time_word: re.Pattern
    tense: dict[str, Any]

    @classmethod
    def from_data(cls, extra_paths: Sequence[Path] = ()) -> "TimeRules":
        """The packaged tables extended by the user's YAML files (same keys)."""
        tables = load_yaml(DATA_FILE)
        for path in extra_paths:
            _merge(tables, _read_user_rules(Path(path)))
        return compile_rules(tables)

    def number(self, word: str | None) -> float | None:
        """The value of a number written in digits or words; None for "several" and the like."""
        if word is None:
            return 1
        word = word.strip().lower()
        if word in self.vague_numbers:
            return None
        if word in self.numbers:
            return self.numbers[word]
        if re.fullmatch(r"\d+(?:\.\d+)?", word):
            return float(word)
        parts = re.split(r"[- ]", word)  # "twenty-five"
        if len(parts) == 2 and all(part in self.numbers for part in parts):
            return self.numbers[parts[0]] + self.numbers[parts[1]]
        return None


def compile_rules(tables: dict[str, Any]) -> TimeRules:
    """Turn the raw tables into regexes and lookups."""
    units = _units(tables["units"])
    _check_tense(tables["tense"])
    groups = _groups(tables, units)
    rules = tuple(
        Rule(_compile(_expand(r["pattern"], groups)), r["type"],
             {k: v for k, v in r.items() if k not in ("pattern", "type")})
        for r in tables["rules"]
    )
    modifiers = tuple(
        Modifier(_compile(rf"^(?:{m['pattern']})(?:\s+|(?<=-)(?=\S))"), m.get("mod"))
        for m in tables["prefix_modifiers"]
    )
    span_groups = _span_groups(tables, units)
    spans = tuple(
        _compile(r"(?<!\w)(?:" + _expand(p, span_groups).replace(" ", _SPACE) + r")(?![\w'’])",
                 re.IGNORECASE)
        for p in tables["span_patterns"]
    )
    split_words = "|".join(map(re.escape, tables["split_words"]))
    return TimeRules(
        numbers={str(k).lower(): float(v) for k, v in tables["numbers"].items()},
        vague_numbers=frozenset(tables["vague_numbers"]),
        units=units,
        singular_units=frozenset(str(f).lower() for f in _unit_forms(tables["units"], "singular")),
        months={str(k).lower(): int(v) for k, v in tables["months"].items()},
        weekdays={str(k).lower(): int(v) for k, v in tables["weekdays"].items()},
        seasons={str(k).lower(): v for k, v in tables["seasons"].items()},
        parts_of_day={str(k).lower(): str(v) for k, v in tables["parts_of_day"].items()},
        holidays={str(k).lower(): str(v) for k, v in tables["holidays"].items()},
        clock_words={str(k).lower(): str(v) for k, v in tables["clock_words"].items()},
        ordinals={str(k).lower(): int(v) for k, v in tables["ordinals"].items()},
        modifiers=modifiers,
        rules=rules,
        span_patterns=spans,
        explicit_year=re.compile(tables["explicit_year"]),
        strip_leading=tuple(sorted(tables["strip_leading"], key=len, reverse=True)),
        strip_trailing=tuple(tables["strip_trailing"]),
        join_after=re.compile(rf"\b(?:{_alternation(tables['join_words'])})$", re.IGNORECASE),
        split_at=re.compile(rf"\s+(?:{split_words})\s+", re.IGNORECASE),
        drop=tuple(_compile(p, re.IGNORECASE) for p in tables["drop_patterns"]),
        time_word=_time_word(tables, units),
        tense=dict(tables["tense"]),
    )


def _check_tense(tense: dict[str, Any]) -> None:
    """A weekday window must hold every weekday, or a bare "Friday" could have no date."""
    for side, window in tense.get("weekday_windows", {}).items():
        if len(window) != 2 or window[1] - window[0] < 6:
            reason = f"tense.weekday_windows.{side} must span 7 days, e.g. [-6, 0]; got {window}"
            raise NewsgraphError(Errors.BAD_DATA_FILE.format(path=DATA_FILE, reason=reason))


def _units(table: dict[str, dict[str, Any]]) -> dict[str, Unit]:
    forms: dict[str, Unit] = {}
    for name, spec in table.items():
        unit = Unit(name=name, iso=str(spec["iso"]), factor=float(spec.get("factor", 1)),
                    vague=str(spec.get("vague", spec["iso"])), granularity=str(spec["granularity"]),
                    counted=str(spec.get("counted", spec["granularity"])))
        for form in list(spec["singular"]) + list(spec["plural"]):
            forms[str(form).lower()] = unit
    return forms


def _alternation(words, capitalize: bool = False) -> str:
    forms = {_capitalize(str(w)) if capitalize else str(w).lower() for w in words}
    # longest first, so "a couple of" wins over "a"; spaces stay plain for the span patterns
    return "|".join(re.escape(w).replace("\\ ", " ") for w in sorted(forms, key=len, reverse=True))


def _capitalize(name: str) -> str:
    return " ".join(word[:1].upper() + word[1:] for word in name.split())


def _number_pattern(tables: dict[str, Any]) -> str:
    ones = [w for w, v in tables["numbers"].items() if 1 <= v <= 9 and " " not in str(w) and len(str(w)) > 2]
    composed = f"(?:{_alternation(tables['number_tens'])})(?:-| )(?:{_alternation(ones)})"
    words = _alternation(list(tables["numbers"]) + list(tables["vague_numbers"]))
    return rf"\d+(?:\.\d+)?|{composed}|{words}"


def _unit_forms(table: dict[str, Any], kind: str) -> list[str]:
    return [str(form) for spec in table.values() for form in spec[kind]]


def _groups(tables: dict[str, Any], units: dict[str, Unit]) -> dict[str, str]:
    """Placeholder -> named regex group, for rules matched on lower-cased text."""
    raw_units = tables["units"]
    return {
        "n": rf"(?P<n>{_number_pattern(tables)})",
        "unit": rf"(?P<unit>{_alternation(units)})",
        "unit1": rf"(?P<unit>{_alternation(_unit_forms(raw_units, 'singular'))})",
        "units": rf"(?P<unit>{_alternation(_unit_forms(raw_units, 'plural'))})",
        "month": rf"(?P<month>\b(?:{_alternation(tables['months'])})\b)",
        "weekday": rf"(?P<weekday>\b(?:{_alternation(tables['weekdays'])})\b)",
        "season": rf"(?P<season>{_alternation(tables['seasons'])})",
        "part": rf"(?P<part>{_alternation(tables['parts_of_day'])})",
        "holiday": rf"(?P<holiday>{_alternation(tables['holidays'])})",
        "clock_word": rf"(?P<clock_word>{_alternation(tables['clock_words'])})",
        "ordinal": rf"(?P<ordinal>{_alternation(tables['ordinals'])})",
        "year": r"(?P<year>\b(?:1[0-9]|2[01])\d\d\b)",
        "decade": r"(?P<decade>(?:(?:1[0-9]|20)\d0|'?\d0)s)",
    }


def _span_groups(tables: dict[str, Any], units: dict[str, Unit]) -> dict[str, str]:
    """Placeholder -> unnamed regex group, for span patterns matched on running text."""
    groups = {}
    for name, pattern in _groups(tables, units).items():
        pattern = re.sub(r"\(\?P<\w+>", "(?:", pattern)
        if name in _NAME_GROUPS:
            key = {"month": "months", "weekday": "weekdays", "holiday": "holidays"}[name]
            pattern = f"(?-i:{_alternation(tables[key], capitalize=True)})"
        groups[name] = pattern
    return groups


def _time_word(tables: dict[str, Any], units: dict[str, Unit]) -> re.Pattern:
    """A word that makes a span a time expression (a digit does too)."""
    words = (list(units) + list(tables["months"]) + list(tables["weekdays"]) + list(tables["seasons"])
             + list(tables["parts_of_day"]) + list(tables["holidays"]) + list(tables["clock_words"])
             + list(tables["time_words"]))
    return re.compile(rf"\d|\b(?:{_alternation(words)})\b", re.IGNORECASE)


def _expand(pattern: str, groups: dict[str, str]) -> str:
    """``pattern`` with its placeholders replaced by groups. A placeholder used again (in
    another alternative) gets a numbered group name, which :func:`captures` folds back."""
    seen: dict[str, int] = {}

    def replace(match: re.Match) -> str:
        name = match.group(1)
        if name not in groups:
            raise NewsgraphError(Errors.BAD_DATA_FILE.format(
                path=DATA_FILE, reason=f"unknown placeholder {{{name}}} in pattern {pattern!r}"))
        group = re.search(r"\(\?P<(\w+)>", groups[name])
        if group is None:
            return groups[name]
        label = group.group(1)
        seen[label] = seen.get(label, 0) + 1
        if seen[label] == 1:
            return groups[name]
        return groups[name].replace(f"(?P<{label}>", f"(?P<{label}{_REPEAT}{seen[label]}>", 1)

    return _PLACEHOLDER.sub(replace, pattern)


def captures(match: re.Match) -> dict[str, str]:
    """The named groups of a rule match that took part, numbered repeats folded to one name."""
    found: dict[str, str] = {}
    for name, value in match.groupdict().items():
        if value is not None:
            found.setdefault(name.split(_REPEAT)[0], value)
    return found


def _compile(pattern: str, flags: int = 0) -> re.Pattern:
    try:
        return re.compile(pattern, flags)
    except re.error as error:
        reason = f"bad pattern ({error.msg}): {pattern[:120]!r}"
        raise NewsgraphError(Errors.BAD_DATA_FILE.format(path=DATA_FILE, reason=reason)) from None


def _merge(tables: dict[str, Any], user: dict[str, Any]) -> None:
    for key, value in user.items():
        if key in _TABLE_KEYS:
            tables[key] = {**tables.get(key, {}), **value}
        elif key == "rules":
            tables["rules"] = list(value) + list(tables.get("rules", []))
        elif key in _LIST_KEYS:
            tables[key] = list(tables.get(key, [])) + list(value)
        else:
            tables[key] = value


def _read_user_rules(path: Path) -> dict[str, Any]:
    return read_user_yaml(path, _KNOWN_KEYS)
