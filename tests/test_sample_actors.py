"""The actor sampler gives every drawn actor a place to open (benchmarks/sample_actors.py)."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from sample_actors import Build  # noqa: E402

TEXT = "Kessel beat Vaal 2-1. Kessel coach Ann Tamsk was pleased."


def _graph(tmp_path: Path) -> Path:
    article = tmp_path / "sport" / "001.txt"
    article.parent.mkdir()
    article.write_text(TEXT, encoding="utf-8")
    graph = {
        "documents": [{"id": "d1", "path": str(article), "text": TEXT}],
        "actors": [{"id": "kessel-team", "name": "Kessel team", "kind": "ORG", "aliases": ["Kessel"],
                    "mention_count": 2},
                   {"id": "ann-tamsk", "name": "Ann Tamsk", "kind": "PERSON", "aliases": [],
                    "mention_count": 1}],
        "mentions": [{"actor": "kessel-team", "doc": "d1", "start": 0, "end": 6, "text": "Kessel"},
                     {"actor": "kessel-team", "doc": "d1", "start": 22, "end": 28, "text": "Kessel"},
                     {"actor": "ann-tamsk", "doc": "d1", "start": 35, "end": 44, "text": "Ann Tamsk"}],
    }
    path = tmp_path / "graph.json"
    path.write_text(json.dumps(graph), encoding="utf-8")
    return path


def test_a_name_no_mention_spells_points_at_one_of_the_actors_mentions(tmp_path):
    build = Build(_graph(tmp_path), tmp_path)
    record = build.item(next(a for a in build.actors if a["id"] == "kessel-team"), None, random.Random(1))
    place = record["name_at"]
    assert place["mention_text"] == "Kessel"
    assert place["file"] == "sport/001.txt"
    assert TEXT[place["file_start"]:place["file_end"]] == "Kessel"


def test_a_name_a_mention_spells_points_at_that_mention_without_mention_text(tmp_path):
    build = Build(_graph(tmp_path), tmp_path)
    record = build.item(next(a for a in build.actors if a["id"] == "ann-tamsk"), None, random.Random(1))
    assert record["name_at"]["text_start"] == 35
    assert "mention_text" not in record["name_at"]
