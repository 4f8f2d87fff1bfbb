"""PLOVER 2.0: the 16 event types and their quad classes, loaded from ``data/plover.yaml``.

Input: the packaged table plus optional user YAML files with the same keys. Output: a
:class:`Plover` that answers which quad class a type is in and which side (cooperation or
conflict) that class is on.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import yaml

from newsgraph.data import load_yaml
from newsgraph.errors import Errors, NewsgraphError

DATA_FILE = "plover.yaml"


@dataclass(frozen=True)
class Plover:
    """``types``: type -> quad class; ``quads``: quad class -> "cooperation" | "conflict";
    ``descriptions``: type -> what it covers."""

    types: dict[str, str]
    quads: dict[str, str]
    descriptions: dict[str, str]

    @classmethod
    def from_data(cls, extra_paths: Sequence[Path] = ()) -> "Plover":
        tables = [load_yaml(DATA_FILE)] + [read_user_file(Path(p)) for p in extra_paths]
        types: dict[str, str] = {}
        quads: dict[str, str] = {}
        descriptions: dict[str, str] = {}
        for table in tables:
            quads.update(table.get("quads") or {})
            for name, entry in (table.get("types") or {}).items():
                types[name] = entry["quad"]
                descriptions[name] = entry.get("description", "")
        return cls(types, quads, descriptions)

    def quad(self, event_type: str | None) -> str | None:
        """The quad class of a type ("verbal_conflict"), None for an unknown or missing type."""
        return self.types.get(event_type) if event_type else None

    def side(self, event_type: str | None) -> str | None:
        """"cooperation" or "conflict" for a type, None when unknown."""
        quad = self.quad(event_type)
        return self.quads.get(quad) if quad else None


def read_user_file(path: Path) -> dict:
    """A user's YAML table: a mapping, or a clear error naming the file."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as error:
        raise NewsgraphError(Errors.BAD_DATA_FILE.format(path=path, reason=error)) from None
    if not isinstance(data, dict):
        raise NewsgraphError(Errors.BAD_DATA_FILE.format(path=path, reason="expected a mapping"))
    return data
