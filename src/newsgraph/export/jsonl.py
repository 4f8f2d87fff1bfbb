"""JSONL: ``events.jsonl`` and ``claims.jsonl``, one graph.json record per line.

Input: a :class:`~newsgraph.graph.Graph`. Output: each event and claim record as in
``graph.json``, plus the names a script would otherwise look up: ``document_title``, and
``source_name``/``target_name`` (events) or ``speaker_name`` (claims) where an actor is set.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable

from newsgraph.graph import Graph


def write_jsonl(graph: Graph, folder: Path) -> list[Path]:
    """Write the two files into ``folder`` (created if needed)."""
    folder.mkdir(parents=True, exist_ok=True)
    names = {a.id: a.name for a in graph.actors}
    titles = {d["id"]: d.get("title") for d in graph.documents}
    events = [_named(e, {"source", "target"}, names, titles) for e in graph.events]
    claims = [_named(c, {"speaker"}, names, titles) for c in graph.claims]
    paths = [folder / "events.jsonl", folder / "claims.jsonl"]
    for path, records in zip(paths, (events, claims)):
        write_lines(path, records)
    return paths


def _named(record: dict[str, Any], roles: set[str], names: dict[str, str], titles: dict[str, Any]) -> dict[str, Any]:
    extra = {f"{role}_name": names[record[role]] for role in sorted(roles) if record.get(role) in names}
    return {**record, "document_title": titles.get(record["doc"]), **extra}


def write_lines(path: Path, records: Iterable[dict[str, Any]]) -> None:
    """One JSON object per line. JSON escapes control characters itself; U+2028 and U+2029
    are escaped too, since some line readers (Python's ``str.splitlines``, JavaScript before
    ES2019) break lines there."""
    with open(path, "w", encoding="utf-8", newline="\n") as stream:
        for record in records:
            line = json.dumps(record, ensure_ascii=False)
            stream.write(line.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029") + "\n")
