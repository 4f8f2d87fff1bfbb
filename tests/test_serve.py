"""newsgraph serve: a real Datasette on the sample build, queried over HTTP on 127.0.0.1."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from newsgraph.serve import ServeSettings, datasette_command, datasette_metadata

NEWSGRAPH = Path(sys.executable).with_name("newsgraph")
START_SECONDS = 30


@pytest.fixture(scope="module")
def sample_build(tmp_path_factory, sample_dir) -> Path:
    out = tmp_path_factory.mktemp("serve") / "sample"
    subprocess.run([str(NEWSGRAPH), "build", str(sample_dir), "-o", str(out), "-q", "--workers", "1"], check=True)
    return out


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get_json(url: str):
    with urllib.request.urlopen(url, timeout=10) as answer:
        return json.load(answer)


def _wait_until_up(url: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stdout.read()
        try:
            _get_json(url)
            return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"Datasette did not answer at {url} within {START_SECONDS} s")


def test_every_table_and_view_of_the_store_has_a_title(sample_build):
    import sqlite3

    with sqlite3.connect(sample_build / "graph.db") as db:
        names = {row[0] for row in db.execute(
            "select name from sqlite_master where type in ('table', 'view') and name not like 'sentences_fts%'")}
    described = datasette_metadata()["databases"]["graph"]["tables"]
    assert names <= set(described), names - set(described)
    assert all(described[name].get("title") for name in names)


def test_serve_answers_canned_queries_and_search_over_http(sample_build):
    port = _free_port()
    base = f"http://127.0.0.1:{port}/graph"
    process = subprocess.Popen([str(NEWSGRAPH), "serve", str(sample_build), "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        _wait_until_up(f"{base}.json", process)
        evidence = _get_json(f"{base}/actor_evidence.json?name=KLF&_shape=array")
        assert evidence and {row["actor"] for row in evidence} == {"Karst Liberation Front"}
        denials = _get_json(f"{base}/denials.json?_shape=array")
        assert any(row["speaker"] == "Karst Liberation Front" and row["cue"] == "denied" for row in denials)
        found = _get_json(f"{base}/sentences.json?_search=convoy&_shape=array")
        assert found and all("convoy" in row["text"].lower() for row in found)
    finally:
        process.terminate()
        process.wait(timeout=15)
    assert (sample_build / "datasette.json").is_file()


def test_serve_without_a_build_names_the_folder(tmp_path):
    result = subprocess.run([str(NEWSGRAPH), "serve", str(tmp_path / "nothing")], capture_output=True, text=True)
    assert result.returncode == 1
    assert "holds no graph.db" in result.stderr


def test_command_points_datasette_at_the_store_and_its_metadata(sample_build):
    command = datasette_command(sample_build, ServeSettings(port=9001))
    assert command[1:4] == ["-m", "datasette", "serve"]
    assert command[4] == str(sample_build / "graph.db")
    assert command[-2:] == ["--port", "9001"]
