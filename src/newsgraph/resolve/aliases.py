"""Alias seeds: names no spelling rule connects ("Daesh" = "Islamic State"), and names that
must never be merged. Loaded from ``data/aliases.yaml`` plus the user's ``--aliases`` files.

A user file may also hold a ``name_variants:`` section that extends ``name_variants.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import yaml

from newsgraph.data import load_yaml
from newsgraph.errors import Errors, NewsgraphError
from newsgraph.names import name_key

_KNOWN_KEYS = {"actors", "distinct", "name_variants"}


@dataclass
class AliasTable:
    """Which name keys are one actor, which are parts of which, which never meet."""

    canonical: dict[str, str] = field(default_factory=dict)  # alias key -> canonical key
    acronyms: set[str] = field(default_factory=set)  # alias keys that match upper-case text only
    part_of: dict[str, str] = field(default_factory=dict)  # canonical key -> parent canonical key
    kinds: dict[str, str] = field(default_factory=dict)  # canonical key -> kind the data gives
    distinct: set[frozenset[str]] = field(default_factory=set)
    name_variants: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def from_data(cls, extra: Iterable[Path] = ()) -> "AliasTable":
        table = cls()
        table.add(load_yaml("aliases.yaml"), "aliases.yaml")
        for path in extra:
            table.add(_read_user_file(Path(path)), str(path))
        return table

    def add(self, data: dict[str, Any], origin: str) -> None:
        for entry in data.get("actors") or []:
            if not isinstance(entry, dict) or "name" not in entry:
                raise NewsgraphError(Errors.BAD_DATA_FILE.format(
                    path=origin, reason=f"an actors entry needs a name: {entry!r}"))
            self._add_actor(entry)
        for pair in data.get("distinct") or []:
            if len(pair) != 2:
                raise NewsgraphError(Errors.BAD_DATA_FILE.format(
                    path=origin, reason=f"a distinct entry is a pair of names: {pair!r}"))
            self.distinct.add(frozenset(self.lookup(name_key(str(n)), str(n)) or name_key(str(n)) for n in pair))
        if data.get("name_variants"):
            self.name_variants.append(data["name_variants"])

    def _add_actor(self, entry: dict[str, Any]) -> None:
        canonical = name_key(str(entry["name"]))
        self.canonical[canonical] = canonical
        for alias in entry.get("aliases") or []:
            alias = str(alias)
            key = name_key(alias)
            self.canonical[key] = canonical
            if alias.replace(".", "").isupper():
                self.acronyms.add(key)
        if entry.get("part_of"):
            self.part_of[canonical] = name_key(str(entry["part_of"]))
        if entry.get("kind"):
            self.kinds[canonical] = str(entry["kind"])

    def lookup(self, key: str, text: str) -> str | None:
        """The canonical key of a name, or None; acronyms match only when written in capitals."""
        canonical = self.canonical.get(key)
        if canonical is None:
            return None
        if key in self.acronyms and not text.replace(".", "").isupper():
            return None
        return canonical

    def are_distinct(self, a: str, b: str) -> bool:
        return frozenset((a, b)) in self.distinct


def _read_user_file(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise NewsgraphError(Errors.BAD_DATA_FILE.format(path=path, reason=error)) from None
    if not isinstance(data, dict) or set(data) - _KNOWN_KEYS:
        reason = f"expected the keys {sorted(_KNOWN_KEYS)}"
        raise NewsgraphError(Errors.BAD_DATA_FILE.format(path=path, reason=reason))
    return data
