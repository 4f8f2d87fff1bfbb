"""The wording of briefings, read from ``data/brief_templates.yaml`` (and user files).

Input: the packaged YAML plus optional user YAML files whose entries override single keys.
Output: :class:`Templates`, which fills placeholders, picks singular or plural, writes dates
and turns an event group (type, subtype, mode, negation) into a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import yaml

from importlib import resources

from newsgraph.plover import DATA_FILE as PLOVER_FILE, Plover, read_user_file

DATA_FILE = "brief_templates.yaml"
_ISO = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


@dataclass(frozen=True)
class Templates:
    table: dict[str, Any]

    @classmethod
    def from_data(cls, extra_paths: Sequence[Path] = ()) -> "Templates":
        table = load_packaged(DATA_FILE)
        for path in extra_paths:
            _merge(table, read_user_file(Path(path)))
        return cls(table)

    def get(self, *keys: str) -> Any:
        value: Any = self.table
        for key in keys:
            value = value[key]
        return value

    def fill(self, *keys: str, **values: Any) -> str:
        return self.get(*keys).format(**values)

    def count(self, key: str, n: int) -> str:
        """"1 report" / "3 reports" from the [singular, plural] pair under ``key``."""
        singular, plural = self.table[key]
        return (singular if n == 1 else plural).format(n=n)

    def kind(self, kind: str | None) -> str:
        kinds = self.table["kinds"]
        return kinds.get(kind or "", kinds["default"])

    # --- dates -----------------------------------------------------------------------------

    def date(self, value: str | None) -> str | None:
        """"2015-12" -> "December 2015"; "2015-12-13" -> "13 December 2015"; other values
        (durations, weeks, seasons) give None: they say no date a reader can use."""
        match = _ISO.match(value or "")
        if not match:
            return None
        year, month, day = match.groups()
        if not month:
            return year
        name = self.table["months"][int(month) - 1]
        return f"{int(day)} {name} {year}" if day else f"{name} {year}"

    def month(self, value: str | None) -> str | None:
        """The month (or year) a date falls in, as words."""
        match = _ISO.match(value or "")
        if not match:
            return None
        year, month, _ = match.groups()
        return self.date(f"{year}-{month}" if month else year)

    def period(self, values: Sequence[str]) -> str:
        """Words for the span of some ISO dates: "December 2015", "2009 to December 2015"."""
        dated = sorted(v for v in values if self.date(v))
        if not dated:
            return ""
        first, last = self.month(dated[0]), self.month(dated[-1])
        return first if first == last else self.fill("range", first=first, last=last)

    # --- events ----------------------------------------------------------------------------

    def phrase(self, event_type: str | None, subtype: str | None) -> dict[str, str] | None:
        events = self.table["events"]
        return events.get(f"{event_type}/{subtype}") or events.get(event_type or "")

    def event(self, subject: str, event_type: str | None, subtype: str | None, modality: str,
              target: str | None) -> str | None:
        """"Hamas is reported arresting Salafists": ``subject`` does the event to ``target``
        (None: no object), told in ``modality`` (a key of ``modes``)."""
        phrase = self.phrase(event_type, subtype)
        if phrase is None:
            return None
        obj = ""
        if target:
            obj = f" {phrase['prep']} {target}" if phrase.get("prep") else f" {target}"
        return self.fill("modes", modality, subject=subject, ing=phrase["ing"], base=phrase["base"],
                         past=phrase["past"], object=obj)

    def passive(self, subject: str, event_type: str | None, subtype: str | None, modality: str,
                source: str | None) -> str | None:
        """"Hamas is reported as the target of arrests by X": the event from its target's side."""
        phrase = self.phrase(event_type, subtype)
        if phrase is None:
            return None
        by = self.fill("by", source=source) if source else ""
        return self.fill("passive", modality, subject=subject, noun=phrase["noun"], by=by)

    def quote(self, text: str) -> str:
        """Corpus text for a quote: one line, cut at ``quote_chars`` on a word boundary."""
        text = " ".join(text.split())
        limit = int(self.table["quote_chars"])
        if len(text) <= limit:
            return text
        cut = text[:limit].rsplit(" ", 1)[0]
        return cut + self.table["ellipsis"]


def load_packaged(name: str) -> dict[str, Any]:
    """A packaged YAML table, read with libyaml where installed: the pure-Python reader alone
    took 0.2 s a table, most of a briefing's time on a large store."""
    text = resources.files("newsgraph.data").joinpath(name).read_text(encoding="utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}


def plover_from_data() -> Plover:
    """:class:`Plover` from the packaged table, read as :func:`load_packaged` reads."""
    table = load_packaged(PLOVER_FILE)
    types = {name: entry["quad"] for name, entry in (table.get("types") or {}).items()}
    descriptions = {name: entry.get("description", "") for name, entry in (table.get("types") or {}).items()}
    return Plover(types, dict(table.get("quads") or {}), descriptions)


def join_names(names: Sequence[str], conjunction: str = "and") -> str:
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {conjunction} " + names[-1]


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> None:
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            _merge(base[key], value)
        else:
            base[key] = value
