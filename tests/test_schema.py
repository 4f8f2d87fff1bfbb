"""The published JSON Schema of graph.json: ``newsgraph schema``, its coverage of the contract,
and the check that every graph written in the test suite is validated against it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.graph import CHECK_SCHEMA_ENV, Graph, GraphSchemaError
from newsgraph.graph.schema import graph_schema, graph_schema_text, schema_errors

REPO = Path(__file__).resolve().parent.parent
PACKAGED = REPO / "src" / "newsgraph" / "data" / "graph.schema.json"

# The contract of README "Output schema": every key listed there must be required.
CONTRACT = {
    "document": {"id", "path", "title", "outlet", "published", "sha256", "text"},
    "actor": {"id", "name", "kind", "aliases", "mention_count", "documents"},
    "mention": {"actor", "doc", "start", "end", "text"},
    "event": {"id", "doc", "start", "end", "text", "type", "subtype", "trigger", "source", "target",
              "negated", "mode", "time", "claim"},
    "claim": {"id", "doc", "start", "end", "text", "speaker", "speaker_text", "speaker_span", "anonymous",
              "cue", "cue_span", "stance", "outlet", "parent"},
    "time": {"doc", "start", "end", "text", "value"},
    "relation": {"source", "target", "type", "events", "documents", "independent_sources"},
    "reuse": {"a", "b", "similarity"},
    "contradiction": {"kind", "items"},
}
TOP_LEVEL = {"schema", "documents", "actors", "mentions", "events", "claims", "times", "relations", "pairs",
             "reuse", "contradictions"}


def test_schema_is_valid_draft_2020_12():
    schema = graph_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


def test_schema_requires_every_contract_key():
    schema = graph_schema()
    assert set(schema["required"]) == TOP_LEVEL
    for name, keys in CONTRACT.items():
        definition = schema["$defs"][name]
        assert keys <= set(definition["required"]), (name, keys - set(definition["required"]))
        assert set(definition["required"]) <= set(definition["properties"]), name


def test_schema_command_prints_the_packaged_file():
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0, result.output
    assert result.stdout == PACKAGED.read_text(encoding="utf-8")
    assert json.loads(result.stdout)["properties"]["schema"] == {"const": "newsgraph/1"}


def test_schema_command_writes_a_file(tmp_path):
    target = tmp_path / "graph.schema.json"
    result = CliRunner().invoke(app, ["schema", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert target.read_text(encoding="utf-8") == graph_schema_text()


def test_schema_command_into_a_missing_folder_is_one_error_line(tmp_path):
    result = CliRunner().invoke(app, ["schema", "-o", str(tmp_path / "no" / "such" / "dir" / "s.json")])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: cannot write ")
    assert "Traceback" not in result.output


def test_schema_help_has_examples():
    result = CliRunner().invoke(app, ["schema", "--help"])
    assert result.exit_code == 0
    assert "newsgraph schema -o graph.schema.json" in result.output


def test_sample_corpus_graph_validates(sample_dir, tmp_path):
    graph = Graph.load(_build(sample_dir, tmp_path / "out"))
    data = json.loads(graph.to_json())
    assert schema_errors(data) == []
    assert len(data["events"]) > 0 and len(data["claims"]) > 0 and len(data["reuse"]) > 0


def test_schema_rejects_broken_graphs():
    good = json.loads(Graph().to_json())
    assert schema_errors(good) == []
    missing = {k: v for k, v in good.items() if k != "claims"}
    assert schema_errors(missing) == ["$: 'claims' is a required property"]
    bad_offset = {**good, "mentions": [{"actor": "a", "doc": "d", "start": -1, "end": 3, "text": "x"}]}
    assert schema_errors(bad_offset) == ["$.mentions[0].start: -1 is less than the minimum of 0"]
    bad_mode = {**good, "events": [{"id": "e", "doc": "d", "start": 0, "end": 1, "text": "x", "type": None,
                                    "subtype": None, "trigger": "x", "trigger_span": [0, 1], "source": None,
                                    "target": None, "negated": False, "mode": "rumoured", "time": None,
                                    "claim": None}]}
    (problem,) = schema_errors(bad_mode)
    assert problem.startswith("$.events[0].mode: 'rumoured' is not one of")
    # additive keys stay valid: objects are open
    assert schema_errors({**good, "future_key": [1]}) == []


def test_writing_a_broken_graph_fails_under_the_test_suite_check(tmp_path):
    assert os.environ.get(CHECK_SCHEMA_ENV) == "1"  # set by conftest for every test
    broken = Graph(mentions=[{"actor": "a", "doc": "d", "start": "zero", "end": 3, "text": "x"}])
    with pytest.raises(GraphSchemaError, match=r"\$\.mentions\[0\]\.start: 'zero' is not of type 'integer'"):
        broken.write_json(tmp_path / "graph.json")
    assert list(tmp_path.iterdir()) == []  # nothing written, no temporary left


def test_subprocess_builds_inherit_the_check():
    # a newsgraph subprocess a test starts sees the variable, so its graph.json is checked too
    code = f"import os; print(os.environ.get({CHECK_SCHEMA_ENV!r}))"
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert completed.stdout.strip() == "1"


def _build(articles: Path, out: Path) -> Path:
    result = CliRunner().invoke(app, ["build", str(articles), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    return out
