"""``newsgraph reuse`` and ``newsgraph contradictions`` through the real CLI, on fictional
articles written here: two reports that recycle one paragraph, one that shares nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.graph import Graph
from newsgraph.store import Store
from test_cli import flat, invoke, write_articles

REPO = Path(__file__).resolve().parent.parent
NEWSGRAPH = Path(sys.executable).parent / "newsgraph"

RECYCLED = (
    "The river authority said that the new dam at Kell Gorge would hold back twice as much water as "
    "the old one, and that the villages below it would be moved to higher ground before the rains. "
    "Engineers [bold]warned[/bold] that the rock on the eastern side was weaker than the surveys had shown."
)
ARTICLES = {
    "first.jsonl": json.dumps({
        "title": "Dam plan divides valley", "published": "2016-02-01",
        "text": "Farmers in the lower valley met on Sunday to discuss the plan.\n\n" + RECYCLED
                + "\n\nThe farmers asked for compensation before any move.",
    }) + "\n",
    "second.jsonl": json.dumps({
        "title": "Kell Gorge dam approved", "published": "2016-02-09",
        "text": "The regional council approved the dam on Friday after a long debate.\n\n"
                + RECYCLED.replace("said that", "announced that")
                + "\n\nConstruction is due to start in the summer.",
    }) + "\n",
    "third.txt": "Chess club wins cup\n\nThe chess club of the mountain school won the national cup "
                 "on Saturday, beating the capital's champions in the final round.\n",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("reuse-cli")
    articles = write_articles(root / "articles", ARTICLES)
    out = root / "out"
    result = invoke("build", articles, "-o", out)
    assert result.exit_code == 0, result.output
    assert "1 shared passages" in flat(result.output)
    return out


def graph(out: Path) -> dict:
    return json.loads((out / "graph.json").read_text(encoding="utf-8"))


def doc_id(out: Path, title: str) -> str:
    return next(d["id"] for d in graph(out)["documents"] if d["title"] == title)


def test_build_writes_the_shared_passage_with_origin(built):
    (record,) = graph(built)["reuse"]
    texts = {d["id"]: d["text"] for d in graph(built)["documents"]}
    first, second = doc_id(built, "Dam plan divides valley"), doc_id(built, "Kell Gorge dam approved")
    assert {record["a"]["doc"], record["b"]["doc"]} == {first, second}
    assert record["origin"] == first
    side = record["a"] if record["a"]["doc"] == first else record["b"]
    assert texts[first][side["start"]:side["end"]] == RECYCLED


def test_reuse_shows_the_pair_side_by_side(built):
    result = invoke("reuse", built)
    assert result.exit_code == 0, result.output
    output = flat(result.output)
    assert "1 shared passages in 1 pairs of documents" in output
    assert "Dam plan divides valley" in output and "Kell Gorge dam approved" in output
    assert "origin: Dam plan divides valley" in output
    assert "announced" in output and "0.9" in output
    assert "[bold]warned[/bold]" in output  # article text stays inert: markup shown, not applied
    assert "Chess club" not in output


def test_reuse_json_is_the_graph_records(built):
    result = invoke("reuse", built, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == graph(built)["reuse"]


def test_reuse_doc_filter(built):
    result = invoke("reuse", built, "--doc", "Chess club")
    assert result.exit_code == 0, result.output
    assert "No shared passages found for Chess club." in flat(result.output)
    result = invoke("reuse", built, "--doc", doc_id(built, "Kell Gorge dam approved"), "--json")
    assert len(json.loads(result.output)) == 1
    result = invoke("reuse", built, "--doc", "no-such-document")
    assert result.exit_code == 1
    assert "no document matches 'no-such-document'" in flat(result.output)


def test_contradictions_none_found(built):
    result = invoke("contradictions", built)
    assert result.exit_code == 0, result.output
    assert "No contradictions found." in flat(result.output)
    assert json.loads(invoke("contradictions", built, "--json").output) == []


def test_contradictions_show_kind_reason_and_evidence(built, tmp_path):
    out = tmp_path / "out"
    import shutil
    shutil.copytree(built, out)
    g = Graph.load(out)
    first = doc_id(out, "Dam plan divides valley")
    g.claims = [
        {"id": "c1", "doc": first, "start": 0, "end": 30, "text": "the dam will hold twice the water",
         "stance": "assert", "speaker": None},
        {"id": "c2", "doc": first, "start": 40, "end": 60, "text": "the dam [red]will not[/red] hold",
         "stance": "deny", "speaker": None},
    ]
    g.contradictions = [{"kind": "denial", "items": ["c1", "c2"], "reason": "c2 denies what c1 asserts"}]
    with Store(out, writable=True) as store:
        store.write_graph(g)
    result = invoke("contradictions", out)
    assert result.exit_code == 0, result.output
    output = flat(result.output)
    assert "denial" in output and "[2] denies what [1] asserts" in output
    assert "the dam will hold twice the water" in output and "[red]will not[/red]" in output
    assert "Dam plan divides valley" in output
    assert "No contradictions found of kind declined_comment." in flat(
        invoke("contradictions", out, "--kind", "declined_comment").output)


def test_console_script_runs_reuse_from_this_source_tree(built):
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE")}
    env["PYTHONPATH"] = str(REPO / "src")
    completed = subprocess.run([str(NEWSGRAPH), "reuse", str(built), "--json"], capture_output=True, text=True,
                               env=env, stdin=subprocess.DEVNULL, timeout=120)
    assert completed.returncode == 0, completed.stderr
    assert json.loads(completed.stdout) == graph(built)["reuse"]


def test_a_store_from_before_the_reuse_view_asks_for_a_rebuild(built, tmp_path):
    import shutil
    import sqlite3

    out = tmp_path / "out"
    shutil.copytree(built, out)
    db = sqlite3.connect(out / "graph.db")
    db.execute("DROP VIEW reuse_passages")
    db.commit()
    db.close()
    result = invoke("reuse", out)
    assert result.exit_code == 1
    assert "build it again" in flat(result.output) and "Traceback" not in result.output
