"""CSV: ``nodes.csv`` (actors), ``edges.csv`` (relations and affiliations) and ``evidence.csv``
(one row per event sentence and claim, with document and character offsets).

Input: a :class:`~newsgraph.graph.Graph`. Output: three UTF-8 CSV files with a header row,
every field that needs it quoted (the csv module's minimal quoting), line breaks ``\\r\\n``.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any, Iterable, Sequence

from newsgraph.export.rows import EDGE_FIELDS, EVIDENCE_FIELDS, NODE_FIELDS, edge_rows, evidence_rows, node_rows
from newsgraph.export.text import cell_text
from newsgraph.graph import Graph


def write_csv(graph: Graph, folder: Path) -> list[Path]:
    """Write the three files into ``folder`` (created if needed)."""
    folder.mkdir(parents=True, exist_ok=True)
    files = [(folder / "nodes.csv", NODE_FIELDS, node_rows(graph)),
             (folder / "edges.csv", EDGE_FIELDS, edge_rows(graph)),
             (folder / "evidence.csv", EVIDENCE_FIELDS, evidence_rows(graph))]
    for path, fields, rows in files:
        write_rows(path, fields, rows, cell_text)
    return [path for path, _, _ in files]


def write_rows(path: Path, fields: Sequence[str], rows: Iterable[dict[str, Any]], clean) -> None:
    """One CSV file: ``fields`` as the header, each value's text passed through ``clean``."""
    with open(path, "w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(fields)
        for row in rows:
            writer.writerow([_text(row[name], clean) for name in fields])


def _text(value: Any, clean) -> str:
    if isinstance(value, bool):  # before int: a bool is an int
        return "true" if value else "false"
    return clean(value) if isinstance(value, str) else str(value)
