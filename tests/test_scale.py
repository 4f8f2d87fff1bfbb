"""Scale: worker processes, Dask tasks and Parquet shards give the same graph as one process.

Builds run through the installed ``newsgraph`` console script into real SQLite files. The Dask
tests share one LocalCluster of two worker processes on the loopback interface.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from functools import partial
from pathlib import Path

import psutil
import pytest

from newsgraph.errors import NewsgraphError
from newsgraph.model import SourceDocument
from newsgraph.parse import model_description
from newsgraph.pipeline import BatchAnalysis, BuildSettings, pipeline_signature, run_build
from newsgraph.scale import InProcessRunner, batched
from newsgraph.scale.cluster import WORKER_CACHE, DaskRunner
from newsgraph.scale.local import ProcessRunner
from newsgraph.scale.shards import existing_shards, read_shard, shard_folder, write_shard
from newsgraph.store import Store

NEWSGRAPH = Path(sys.executable).parent / "newsgraph"
SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def run_script(*args: str | Path, **popen) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE")}
    env["COLUMNS"] = "200"
    return subprocess.run([str(NEWSGRAPH), *map(str, args)], capture_output=True, text=True, env=env,
                          stdin=subprocess.DEVNULL, timeout=180, **popen)


def canonical(graph: dict) -> dict:
    """graph.json with every array sorted: equal graphs modulo ordering compare equal."""
    return {key: sorted(json.dumps(item, sort_keys=True) for item in value) if isinstance(value, list) else value
            for key, value in graph.items()}


def read_graph(out: Path) -> dict:
    return json.loads((out / "graph.json").read_text(encoding="utf-8"))


def stored_documents(out: Path) -> int:
    with sqlite3.connect(out / "graph.db") as db:
        return db.execute("SELECT count(*) FROM doc_results").fetchone()[0]


@pytest.fixture(scope="module")
def one_worker(sample_dir, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("scale") / "one"
    completed = run_script("build", sample_dir, "-o", out, "--quiet")
    assert completed.returncode == 0, completed.stderr
    return out


@pytest.fixture(scope="module")
def cluster():
    """Two Dask worker processes on 127.0.0.1, one thread each."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as local:
        yield local


# --- same graph, whatever runs it -----------------------------------------------------------


def test_two_worker_processes_give_the_one_worker_graph(one_worker, sample_dir, tmp_path):
    out = tmp_path / "two"
    completed = run_script("build", sample_dir, "-o", out, "--workers", "2", "--batch-size", "3")
    assert completed.returncode == 0, completed.stderr
    assert "Built 8 documents (8 parsed" in " ".join(completed.stdout.split())
    two, one = read_graph(out), read_graph(one_worker)
    assert len(two["documents"]) == 8 and len(two["actors"]) == len(one["actors"]) > 30
    assert canonical(two) == canonical(one)
    assert stored_documents(out) == 8


def test_dask_cluster_on_loopback_gives_the_one_worker_graph(one_worker, sample_dir, cluster, tmp_path):
    out = tmp_path / "dask"
    completed = run_script("build", sample_dir, "-o", out, "--dask", cluster.scheduler_address,
                           "--batch-size", "3", "--quiet")
    assert completed.returncode == 0, completed.stderr
    assert canonical(read_graph(out)) == canonical(read_graph(one_worker))
    assert stored_documents(out) == 8
    assert not shard_folder(out).exists()  # every shard imported into the store, then removed
    # three tasks on two workers: each worker built one analyzer (one model) and kept it
    from distributed import Client

    with Client(cluster) as client:
        cached = client.run(analyzers_on_worker)
    assert len(cached) == 2 and sum(cached.values()) >= 1 and max(cached.values()) == 1


def analyzers_on_worker(dask_worker) -> int:
    return len(getattr(dask_worker, WORKER_CACHE, {}))


def test_dask_build_imports_shards_left_by_an_interrupted_build(one_worker, sample_dir, cluster, tmp_path):
    settings = BuildSettings(dask=cluster.scheduler_address, batch_size=4)
    pipeline = pipeline_signature(settings, model_description(settings.model))
    with Store(one_worker) as built:
        records = [json.loads(row[0]) for row in built.db.execute(
            "SELECT result FROM doc_results ORDER BY doc LIMIT 3")]
    out = tmp_path / "resumed"
    write_shard(shard_folder(out), 7, records, pipeline)
    (shard_folder(out) / ".part-00008.parquet.tmp").write_bytes(b"half a file")

    report = run_build([sample_dir], out, settings)

    assert report.parsed == 5  # the three documents of the shard were not analyzed again
    assert len(report.graph.documents) == 8
    assert canonical(read_graph(out)) == canonical(read_graph(one_worker))
    assert not shard_folder(out).exists()


def test_unreachable_scheduler_is_a_newsgraph_error():
    runner = DaskRunner("tcp://127.0.0.1:9", EchoAnalyzer, "key", workers=1, batch_docs=2, connect_timeout="1s")
    with pytest.raises(NewsgraphError, match="cannot reach the Dask scheduler at 'tcp://127.0.0.1:9'"):
        runner.connect()


def test_build_help_explains_workers_and_dask():
    completed = run_script("build", "--help")
    text = " ".join(completed.stdout.split())
    assert "--dask" in text and "--workers" in text
    assert "newsgraph build feed.jsonl -o out/news --dask tcp://scheduler:8786" in text
    assert "--dask local --workers 2" in text


# --- the runners ----------------------------------------------------------------------------


class EchoAnalyzer:
    """A stand-in analyzer (no model): each document's id and the worker's pid."""

    def __call__(self, documents: list[SourceDocument]) -> list[dict]:
        return [{"document": {"id": d.id}, "pid": os.getpid()} for d in documents]


def documents(count: int, pulled: list[int]):
    for number in range(count):
        pulled[0] += 1
        yield SourceDocument(id=f"d{number:04d}", sha256="", path=f"{number}.txt", text="x")


def test_process_runner_reads_the_stream_only_as_workers_free_up():
    pulled = [0]
    with ProcessRunner(EchoAnalyzer, workers=2, batch_docs=5, in_flight_per_worker=2) as runner:
        stream = runner.run(documents(200, pulled))
        number, records = next(stream)
        assert pulled[0] <= 25  # 4 batches in flight and one more sent: never the whole stream
        seen = {number: records, **dict(stream)}
    assert sorted(seen) == list(range(40))
    ids = [r["document"]["id"] for n in sorted(seen) for r in seen[n]]
    assert ids == [f"d{n:04d}" for n in range(200)]
    assert os.getpid() not in {r["pid"] for rs in seen.values() for r in rs}  # the workers did the work


def test_a_failing_worker_is_one_newsgraph_error():
    factory = partial(BatchAnalysis, BuildSettings(model="no_such_model"))
    with ProcessRunner(factory, workers=1, batch_docs=2) as runner:
        with pytest.raises(NewsgraphError, match="a build worker failed: .*no_such_model"):
            list(runner.run(documents(3, [0])))


def test_no_new_documents_start_no_worker():
    with ProcessRunner(EchoAnalyzer, workers=2, batch_docs=5) as runner:
        assert list(runner.run(iter(()))) == []
        assert all(p.pid is None for p in runner.processes)


def test_in_process_runner_numbers_batches_in_stream_order():
    batches = list(InProcessRunner(EchoAnalyzer, batch_docs=4).run(documents(10, [0])))
    assert [n for n, _ in batches] == [0, 1, 2]
    assert [len(records) for _, records in batches] == [4, 4, 2]


class StreamingEcho(EchoAnalyzer):
    """An analyzer that also streams, counting how often a stream is opened."""

    opened = 0

    def stream(self, documents):
        StreamingEcho.opened += 1
        for document in documents:
            yield {"document": {"id": document.id}, "pid": os.getpid()}


def test_in_process_runner_opens_one_stream_for_all_batches_and_reads_lazily():
    StreamingEcho.opened, pulled = 0, [0]
    stream = InProcessRunner(StreamingEcho, batch_docs=4).run(documents(10, pulled))
    number, records = next(stream)
    assert (number, len(records)) == (0, 4) and pulled[0] == 4
    assert [(n, len(r)) for n, r in stream] == [(1, 4), (2, 2)]
    assert StreamingEcho.opened == 1


def test_batch_analysis_stream_and_batch_call_give_the_same_records():
    analysis = BatchAnalysis(BuildSettings())
    batch = [SourceDocument(id=f"s{n}", sha256="", path=f"{n}.txt",
                            text=f"Police in Lagos arrested {n + 2} men on Monday, officials said.")
             for n in range(3)]
    assert list(analysis.stream(iter(batch))) == analysis(batch)


def test_batched_is_lazy_and_keeps_the_remainder():
    pulled = [0]
    first = next(batched(documents(100, pulled), 7))
    assert len(first) == 7 and pulled[0] == 7
    assert [len(b) for b in batched(range(10), 4)] == [4, 4, 2]


def test_model_description_matches_the_loaded_model(nlp):
    assert model_description() == f"{nlp.meta['name']} {nlp.meta['version']}"


# --- shards ---------------------------------------------------------------------------------


def test_shard_round_trip_keeps_only_the_pipeline_asked_for(tmp_path):
    records = [{"document": {"id": "a"}, "sentences": [], "note": "é ü"}, {"document": {"id": "b"}}]
    path = write_shard(tmp_path, 3, records, "pipe-1")
    assert path.name == "part-00003.parquet"
    assert list(read_shard(path)) == records
    assert list(read_shard(path, "pipe-1")) == records
    assert list(read_shard(path, "pipe-2")) == []
    (tmp_path / ".part-00004.parquet.tmp").write_bytes(b"")
    assert existing_shards(tmp_path) == [path]


# --- crash safety with worker processes -----------------------------------------------------


def test_kill_9_during_a_two_worker_build_leaves_a_store_the_next_build_resumes(tmp_path):
    bbc = SHARED / "corpus" / "bbc"
    assert bbc.is_dir(), f"BBC corpus missing at {bbc}"
    articles = tmp_path / "articles"
    articles.mkdir()
    for path in sorted(bbc.glob("*/*.txt"))[:40]:
        (articles / f"{path.parent.name}-{path.name}").write_bytes(path.read_bytes())
    out = tmp_path / "out"
    process = subprocess.Popen([str(NEWSGRAPH), "build", str(articles), "-o", str(out), "--workers", "2",
                                "--batch-size", "2", "--quiet"], stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and _stored_or_zero(out) == 0:
        time.sleep(0.2)
    workers = psutil.Process(process.pid).children(recursive=True)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    stored = stored_documents(out)
    assert 0 < stored < 40
    gone, alive = psutil.wait_procs(workers, timeout=15)
    assert not alive  # orphaned workers notice their parent is gone and exit

    completed = run_script("build", articles, "-o", out)
    assert completed.returncode == 0, completed.stderr
    flat = " ".join(completed.stdout.split())
    documents_built = stored_documents(out)
    assert f"{documents_built - stored} parsed, {stored} unchanged" in flat


def _stored_or_zero(out: Path) -> int:
    try:
        return stored_documents(out)
    except sqlite3.Error:
        return 0
