"""Crash safety and concurrency with real processes (issue 10).

A corpus of fictional articles made from templates is built by ``newsgraph build`` subprocesses
that are killed with SIGKILL at several points: inside the transaction of a batch of documents,
after some batches are committed, inside the transaction of the graph tables, before the rename
of graph.json, and at an arbitrary moment found by watching the store. After each kill the store
must pass ``PRAGMA integrity_check`` and open, and the next build must reuse every document
already stored and produce the graph of an uninterrupted build.

The exact points come from the test hook ``NEWSGRAPH_TEST_PAUSE`` (``newsgraph/testing.py``):
the build announces each commit point on stderr and sleeps there, and the test kills it then.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from newsgraph.store import Store
from newsgraph.testing import PAUSE_ENV, PAUSE_PREFIX

NEWSGRAPH = Path(sys.executable).parent / "newsgraph"
ARTICLES = 120

FIRST = ["Mira", "Tomas", "Ilse", "Darius", "Lena", "Oskar", "Vera", "Anton", "Nadia", "Pavel", "Rosa", "Emil"]
LAST = ["Kovac", "Adler", "Brandt", "Haller", "Novak", "Sorel", "Vidal", "Marek", "Lind", "Varga", "Fiala", "Rek"]
PLACES = ["Varno", "Selna", "Tessel", "Port Valmer", "Kemaria", "Ostrava Nova", "Dunmere", "Halvik"]
GROUPS = ["Harbour Workers Union", "Selna Farmers League", "Varno City Council", "Coastal Guard",
          "Northern Rail Company", "Tessel Chamber of Commerce"]
MONTHS = ["January", "February", "March", "April", "May", "June"]
SHARED = ("The regional assembly of Dunmere said in a statement that talks between all sides would "
          "resume next week and that it expected an agreement on the harbour before the summer.")


def article(number: int) -> str:
    """One short fictional news article; a sixth of them repeat the same statement paragraph."""
    a, b = FIRST[number % 12], LAST[(number * 5) % 12]
    c, d = FIRST[(number + 3) % 12], LAST[(number * 7 + 1) % 12]
    place, group = PLACES[number % 8], GROUPS[number % 6]
    other = GROUPS[(number + 2) % 6]
    month, day = MONTHS[number % 6], number % 27 + 1
    paragraphs = [
        f"{group} and {other} meet in {place} (report {number})",
        f"{a} {b}, who leads the {group}, met {c} {d} of the {other} in {place} on {month} {day}. "
        f"{b} told the {place} Herald that the two sides had agreed to share the cost of the new pier.",
        f"{d} denied that the {other} had threatened to block the port, and said the talks were friendly. "
        f"Police arrested two men near the harbour of {place} on the same day, according to officials.",
        f"Item {number}: the {group} will vote on the plan in {MONTHS[(number + 1) % 6]}.",
    ]
    if number % 6 == 0:
        paragraphs.append(SHARED)
    return "\n\n".join(paragraphs) + "\n"


@dataclass
class Killed:
    out: Path
    stored: int  # documents in the store after the kill
    stderr: str


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("crash") / "articles"
    folder.mkdir()
    for number in range(ARTICLES):
        (folder / f"report-{number:03d}.txt").write_text(article(number), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> dict:
    """The graph of an uninterrupted build."""
    out = tmp_path_factory.mktemp("reference") / "out"
    completed = subprocess.run(command(corpus, out), capture_output=True, text=True, env=environment(),
                               timeout=600)
    assert completed.returncode == 0, completed.stderr
    assert f"Built {ARTICLES} documents ({ARTICLES} parsed" in " ".join(completed.stdout.split())
    graph = load_graph(out)
    assert len(graph["events"]) > ARTICLES and len(graph["claims"]) > ARTICLES and graph["reuse"]
    return graph


def command(corpus: Path, out: Path) -> list[str]:
    return [str(NEWSGRAPH), "build", str(corpus), "-o", str(out), "--top", "0"]


def environment(pause: float | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE")}
    env["COLUMNS"] = "300"
    env.pop(PAUSE_ENV, None)
    if pause is not None:
        env[PAUSE_ENV] = str(pause)
    return env


def start(corpus: Path, out: Path, pause: float | None = None) -> tuple[subprocess.Popen, "queue.Queue[str]"]:
    """A build in a real process; its stderr lines arrive on the queue as they are written."""
    process = subprocess.Popen(command(corpus, out), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               stdin=subprocess.DEVNULL, text=True, env=environment(pause))
    lines: queue.Queue[str] = queue.Queue()

    def pump():
        for line in process.stderr:
            lines.put(line.rstrip("\n"))
        lines.put("")  # end of output

    threading.Thread(target=pump, daemon=True).start()
    return process, lines


def kill_at_pause(corpus: Path, out: Path, where: str, occurrence: int = 1) -> Killed:
    """Run a build and SIGKILL it while it sleeps at the ``occurrence``-th pause ``where``."""
    process, lines = start(corpus, out, pause=2)  # the kill comes within milliseconds of the line
    seen, output = 0, []
    try:
        while True:
            line = lines.get(timeout=300)
            output.append(line)
            if line == "":
                pytest.fail(f"the build ended before pause {where!r} #{occurrence}: {output}")
            if line == PAUSE_PREFIX + where:
                seen += 1
                if seen == occurrence:
                    break
        process.send_signal(signal.SIGKILL)
    finally:
        process.kill()
        process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL
    return Killed(out, stored_documents(out), "\n".join(output))


def stored_documents(out: Path) -> int:
    with sqlite3.connect(f"file:{out / 'graph.db'}?mode=ro", uri=True) as db:
        return db.execute("SELECT count(*) FROM doc_results").fetchone()[0]


def assert_consistent(out: Path) -> None:
    """What a kill must leave: an intact database the query side can open."""
    db = sqlite3.connect(out / "graph.db")
    try:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        # every stored document has its result, and the reverse
        assert db.execute("SELECT count(*) FROM documents WHERE id NOT IN (SELECT doc FROM doc_results)").fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM doc_results WHERE doc NOT IN (SELECT id FROM documents)").fetchone()[0] == 0
        sentences_docs = db.execute("SELECT count(DISTINCT doc) FROM sentences").fetchone()[0]
        assert sentences_docs == db.execute("SELECT count(*) FROM documents").fetchone()[0]
    finally:
        db.close()
    with Store(out) as store:  # opens, checks its schema version, answers a query
        store.actors(limit=1)
    if (out / "graph.json").exists():  # an earlier graph may stand; never half a file
        json.loads((out / "graph.json").read_text(encoding="utf-8"))


def resume(corpus: Path, out: Path) -> str:
    completed = subprocess.run(command(corpus, out), capture_output=True, text=True, env=environment(),
                               timeout=600)
    assert completed.returncode == 0, completed.stderr
    assert "Traceback" not in completed.stderr
    return " ".join(completed.stdout.split())


def load_graph(out: Path) -> dict:
    return json.loads((out / "graph.json").read_text(encoding="utf-8"))


def canonical(graph: dict) -> dict:
    """The graph with every array sorted: equal graphs compare equal whatever their order."""
    return {key: sorted(json.dumps(item, sort_keys=True) for item in value) if isinstance(value, list) else value
            for key, value in graph.items()}


@pytest.mark.parametrize("where, occurrence", [
    ("documents", 1),      # inside the first batch's transaction: nothing committed yet
    ("documents", 3),      # two batches committed, the third open
    ("graph tables", 1),   # all documents stored, the graph tables' transaction open
    ("graph.json", 1),     # the tables committed, graph.json written to a temporary, not renamed
])
def test_kill_at_a_commit_point_then_resume(corpus, reference, tmp_path, where, occurrence):
    killed = kill_at_pause(corpus, tmp_path / "out", where, occurrence)
    assert_consistent(killed.out)
    expected_stored = {("documents", 1): 0, ("graph tables", 1): ARTICLES, ("graph.json", 1): ARTICLES}
    if (where, occurrence) in expected_stored:
        assert killed.stored == expected_stored[where, occurrence]
    else:
        assert 0 < killed.stored < ARTICLES
    assert not (killed.out / "graph.json").exists()  # the first build never got to rename it
    if where == "graph.json":
        assert len(list(killed.out.glob(".graph-*.json"))) == 1

    summary = resume(corpus, killed.out)
    parsed = ARTICLES - killed.stored
    assert f"Built {ARTICLES} documents ({parsed} parsed, {killed.stored} unchanged, 0 duplicate, 0 skipped)" in summary
    assert canonical(load_graph(killed.out)) == canonical(reference)
    assert list(killed.out.glob(".graph-*.json")) == []  # the stale temporary is gone
    assert_consistent(killed.out)


def test_kill_at_an_arbitrary_moment_then_resume(corpus, reference, tmp_path):
    """No hook: the store is watched read-only and the build killed as soon as it holds some
    documents, wherever the build then is."""
    out = tmp_path / "out"
    process, _ = start(corpus, out)
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and process.poll() is None:
            try:
                if stored_documents(out) > 0:
                    break
            except sqlite3.Error:  # not created yet, or its schema not yet written
                pass
            time.sleep(0.02)
        assert process.poll() is None, "the build finished before it could be killed"
        process.send_signal(signal.SIGKILL)
    finally:
        process.kill()
        process.wait(timeout=60)
    assert_consistent(out)
    stored = stored_documents(out)
    assert 0 < stored < ARTICLES
    summary = resume(corpus, out)
    assert f"({ARTICLES - stored} parsed, {stored} unchanged, 0 duplicate, 0 skipped)" in summary
    assert canonical(load_graph(out)) == canonical(reference)


def test_killed_rebuild_keeps_the_previous_graph(corpus, reference, tmp_path):
    """A finished build, then a new article and a rebuild killed in its graph write: the old
    graph.json and graph tables stand until the new ones are complete."""
    out = tmp_path / "out"
    assert "Traceback" not in resume(corpus, out)
    before = (out / "graph.json").read_bytes()
    with sqlite3.connect(out / "graph.db") as db:
        actors_before = db.execute("SELECT count(*) FROM actors").fetchone()[0]
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "late.txt").write_text(article(ARTICLES + 7), encoding="utf-8")
    process = subprocess.Popen([*command(corpus, out), str(extra)], stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True, env=environment(2))
    try:
        for line in process.stderr:
            if line.strip() == PAUSE_PREFIX + "graph tables":
                break
        process.send_signal(signal.SIGKILL)
    finally:
        process.kill()
        process.wait(timeout=60)
    assert_consistent(out)
    assert (out / "graph.json").read_bytes() == before
    with sqlite3.connect(out / "graph.db") as db:
        assert db.execute("SELECT count(*) FROM actors").fetchone()[0] == actors_before
        assert db.execute("SELECT count(*) FROM doc_results").fetchone()[0] == ARTICLES + 1


def test_second_build_into_the_same_folder_fails_fast(corpus, tmp_path):
    out = tmp_path / "out"
    first, lines = start(corpus, out, pause=1.5)
    try:
        while lines.get(timeout=300) != PAUSE_PREFIX + "documents":
            pass  # the first build holds the lock and is inside a write
        started = time.monotonic()
        second = subprocess.run(command(corpus, out), capture_output=True, text=True, env=environment(),
                                timeout=120)
        elapsed = time.monotonic() - started
        assert second.returncode == 1
        assert "Traceback" not in second.stderr
        message = " ".join(second.stderr.split())
        assert message == (f"error: another newsgraph build is writing to {out} (lock {out / '.newsgraph.lock'}); "
                           "wait for it to finish.")
        assert elapsed < 30, elapsed  # refused before loading the model or reading articles
        assert first.poll() is None  # the first build goes on, untouched
        assert first.wait(timeout=600) == 0
    finally:
        first.kill()
        first.wait(timeout=60)
    assert_consistent(out)
    assert len(load_graph(out)["documents"]) == ARTICLES
