"""Exports: GraphML, GEXF, CSV, Neo4j and JSONL, on a real build through the CLI and on a
graph written here with hostile text (control characters, bidi overrides, markup)."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

from newsgraph.export import FORMATS, export_graph
from newsgraph.export.rows import EVIDENCE_FIELDS
from newsgraph.graph import Graph
from newsgraph.model import Actor
from test_cli import flat, invoke, write_articles

ARTICLES = {
    "talks.txt": (
        "Ministers meet over river dispute\n\n"
        "Foreign Minister Lara Okonkwo met Daniel Ferreira in Lisbon on Tuesday. "
        "Okonkwo accused Ferreira of delaying the river treaty. "
        "Ferreira said the treaty would be signed in May.\n"
    ),
    "markup.txt": (
        "Protest <script>alert(1)</script> in Porto\n\n"
        "Union leader Miguel Santos criticized Daniel Ferreira on Sunday, <b onerror=x>loudly</b>. "
        "Santos told reporters that the dock workers would strike.\n"
    ),
}

HOSTILE = "Evil\x00\x01\x08\x0b\x0c\x1b[31m \u202eCorp\u202c <script>alert('x')</script> & \"q\""


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("export")
    out = root / "out"
    result = invoke("build", write_articles(root / "articles", ARTICLES), "-o", out, "--published", "2016-03-01")
    assert result.exit_code == 0, result.output
    return out


def graph_json(out: Path) -> dict:
    return json.loads((out / "graph.json").read_text(encoding="utf-8"))


def edge_count(graph: dict) -> int:
    """Relations plus affiliations: the edges of the exported actor network."""
    return len(graph["relations"]) + sum(len(a["affiliations"]) for a in graph["actors"])


@pytest.fixture
def hostile_graph() -> Graph:
    """Two actors and one relation whose every string a naive export would break on."""
    evil = Actor("evil", HOSTILE, "ORG", [HOSTILE + "\x1f", "E\u2028vil; Inc"], 3, ["d1"],
                 affiliations=[{"actor": "good", "relation": "member_of", "role": "chief\x07",
                                "evidence": [{"doc": "d1", "start": 0, "end": 4}]}])
    good = Actor("good", "Good Org", "ORG", [], 1, ["d1"])
    event = {"id": "d1:e0", "doc": "d1", "start": 0, "end": 40, "text": HOSTILE + "\nattacked Good Org",
             "type": "ASSAULT", "subtype": None, "trigger": "attacked", "trigger_span": [0, 1],
             "source": "evil", "target": "good", "source_text": HOSTILE, "target_text": "Good Org",
             "negated": False, "mode": "asserted", "time": {"text": "May", "value": "2016-05"},
             "claim": "d1:c0", "reused": 0}
    claim = {"id": "d1:c0", "doc": "d1", "start": 0, "end": 40, "text": "it \x00was\u2028them, \"really\"",
             "speaker": "good", "speaker_text": "Good Org", "anonymous": False, "cue": "said",
             "stance": "assert", "outlet": None, "parent": None, "reused": None}
    relation = {"source": "evil", "target": "good", "type": "ASSAULT", "quad": "material_conflict",
                "events": ["d1:e0"], "documents": 1, "independent_sources": 1, "first": "2016-05",
                "last": "2016-05", "modes": {"asserted": 1}, "negated": 0}
    documents = [{"id": "d1", "path": "d1.txt", "title": "Title <script>\x1b", "outlet": None,
                  "published": None, "sha256": "0" * 64, "url": None, "text": HOSTILE}]
    return Graph(documents=documents, actors=[evil, good], events=[event], claims=[claim], relations=[relation],
                 mentions=[{"actor": "evil", "doc": "d1", "start": 0, "end": 4, "text": "Evil"}])


# --- the real build through the CLI ----------------------------------------------------------------


def test_graphml_and_gexf_read_back_with_the_counts_of_graph_json(built, tmp_path):
    graph = graph_json(built)
    assert graph["relations"], "the build should have at least one relation"
    for name, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        target = tmp_path / f"g.{name}"
        result = invoke("export", built, "--format", name, "-o", target)
        assert result.exit_code == 0, result.output
        assert f"as {name}" in flat(result.output)
        network = reader(target)
        assert network.number_of_nodes() == len(graph["actors"]), name
        assert network.number_of_edges() == edge_count(graph), name
        relation = graph["relations"][0]
        edges = network.get_edge_data(relation["source"], relation["target"])
        attributes = next(d for d in edges.values() if d["relation"] == (relation["type"] or "untyped"))
        assert int(attributes["independent_sources"]) == relation["independent_sources"]
        assert int(attributes["documents"]) == relation["documents"]
        assert attributes["quad"] == (relation["quad"] or "")


def test_graphml_node_attributes(built, tmp_path):
    invoke("export", built, "--format", "graphml", "-o", tmp_path / "g.graphml")
    network = nx.read_graphml(tmp_path / "g.graphml")
    okonkwo = network.nodes["lara-okonkwo"]
    assert (okonkwo["name"], okonkwo["kind"]) == ("Lara Okonkwo", "PERSON")
    assert okonkwo["aliases"] == "Okonkwo"
    assert okonkwo["mentions"] == 2 and okonkwo["documents"] == 1


def test_default_destination_is_inside_the_build(built):
    result = invoke("export", built, "--format", "gexf")
    assert result.exit_code == 0, result.output
    assert (built / "export" / "graph.gexf").is_file()


def test_csv_headers_and_rows(built, tmp_path):
    result = invoke("export", built, "--format", "csv", "-o", tmp_path / "csv")
    assert result.exit_code == 0, result.output
    graph = graph_json(built)
    with open(tmp_path / "csv" / "nodes.csv", encoding="utf-8", newline="") as stream:
        nodes = list(csv.DictReader(stream))
    assert list(nodes[0]) == ["id", "name", "kind", "mentions", "documents", "aliases", "affiliations"]
    assert {"id": "lara-okonkwo", "name": "Lara Okonkwo", "kind": "PERSON", "mentions": "2", "documents": "1",
            "aliases": "Okonkwo", "affiliations": ""} in nodes
    with open(tmp_path / "csv" / "edges.csv", encoding="utf-8", newline="") as stream:
        edges = list(csv.DictReader(stream))
    assert len(edges) == edge_count(graph)
    accuse = next(e for e in edges if e["relation"] == "ACCUSE" and e["source"] == "lara-okonkwo")
    assert (accuse["source"], accuse["target"], accuse["quad"], accuse["category"]) == (
        "lara-okonkwo", "daniel-ferreira", "verbal_conflict", "event")
    with open(tmp_path / "csv" / "evidence.csv", encoding="utf-8", newline="") as stream:
        evidence = list(csv.DictReader(stream))
    assert tuple(evidence[0]) == EVIDENCE_FIELDS
    assert len(evidence) == len(graph["events"]) + len(graph["claims"])
    texts = {d["id"]: d["text"] for d in graph["documents"]}
    row = next(r for r in evidence if r["type"] == "ACCUSE" and r["source"] == "lara-okonkwo")
    assert row["text"] == "Okonkwo accused Ferreira of delaying the river treaty."
    assert texts[row["doc"]][int(row["start"]):int(row["end"])] == row["text"]
    assert (row["source_name"], row["target_name"], row["document"]) == (
        "Lara Okonkwo", "Daniel Ferreira", "Ministers meet over river dispute")


def test_neo4j_files_use_the_import_header_format(built, tmp_path):
    result = invoke("export", built, "--format", "neo4j", "-o", tmp_path / "neo")
    assert result.exit_code == 0, result.output
    folder = tmp_path / "neo"
    first_lines = {p.name: p.read_text(encoding="utf-8").splitlines()[0] for p in folder.glob("*.csv")}
    assert first_lines["actors.csv"] == (
        "actorId:ID(Actor),name,kind,mentions:int,documents:int,aliases:string[],:LABEL")
    assert first_lines["documents.csv"].startswith("docId:ID(Document),")
    assert first_lines["relations.csv"].startswith(":START_ID(Actor),:END_ID(Actor),:TYPE,")
    assert first_lines["mentioned_in.csv"] == ":START_ID(Actor),:END_ID(Document),:TYPE,mentions:int"
    actors = (folder / "actors.csv").read_text(encoding="utf-8")
    assert "lara-okonkwo,Lara Okonkwo,PERSON,2,1,Okonkwo,Actor;PERSON" in actors.splitlines()
    relations = list(csv.DictReader(io.StringIO((folder / "relations.csv").read_text(encoding="utf-8"))))
    assert {"lara-okonkwo", "daniel-ferreira", "ACCUSE"} <= {
        v for r in relations for v in (r[":START_ID(Actor)"], r[":END_ID(Actor)"], r[":TYPE"])}
    script = (folder / "import.cypher").read_text(encoding="utf-8")
    for name in ("actors.csv", "documents.csv", "relations.csv", "mentioned_in.csv"):
        assert f"LOAD CSV WITH HEADERS FROM 'file:///{name}' AS row" in script
    assert "MERGE (s)-[r:ACCUSE]->(t)" in script
    assert "neo4j-admin database import full --nodes=actors.csv" in script


def test_jsonl_has_one_line_per_event_and_claim(built, tmp_path):
    result = invoke("export", built, "--format", "jsonl", "-o", tmp_path / "j")
    assert result.exit_code == 0, result.output
    graph = graph_json(built)
    events = (tmp_path / "j" / "events.jsonl").read_text(encoding="utf-8").split("\n")
    claims = (tmp_path / "j" / "claims.jsonl").read_text(encoding="utf-8").split("\n")
    assert events[-1] == "" and claims[-1] == ""
    assert len(events) - 1 == len(graph["events"]) and len(claims) - 1 == len(graph["claims"])
    records = [json.loads(line) for line in events[:-1]]
    assert [r["id"] for r in records] == [e["id"] for e in graph["events"]]
    accuse = next(r for r in records if r["type"] == "ACCUSE" and r["source"] == "lara-okonkwo")
    assert (accuse["source_name"], accuse["target_name"]) == ("Lara Okonkwo", "Daniel Ferreira")


def test_markup_in_articles_stays_text_in_xml(built, tmp_path):
    invoke("export", built, "--format", "graphml", "-o", tmp_path / "g.graphml")
    root = etree.parse(str(tmp_path / "g.graphml"))
    assert not root.xpath("//*[local-name()='script']")


def test_unknown_format_and_missing_build_are_one_line_errors(built, tmp_path):
    result = invoke("export", built, "--format", "xls")
    assert result.exit_code == 1
    assert flat(result.stderr) == "error: unknown export format 'xls'; choose one of: graphml, gexf, csv, neo4j, jsonl."
    result = invoke("export", tmp_path / "nothing", "--format", "csv")
    assert result.exit_code == 1
    assert "holds no readable graph.json" in flat(result.stderr) and "Traceback" not in result.output


def test_help_has_examples():
    result = invoke("export", "--help")
    assert result.exit_code == 0
    assert "newsgraph export out/seeds --format graphml" in flat(result.output)


# --- hostile text ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["graphml", "gexf"])
def test_hostile_text_gives_valid_xml(hostile_graph, tmp_path, name):
    (path,) = export_graph(hostile_graph, name, tmp_path / f"h.{name}")
    raw = path.read_bytes()
    etree.fromstring(raw)  # lxml is strict about XML 1.0 characters
    ElementTree.fromstring(raw)
    network = nx.read_graphml(path) if name == "graphml" else nx.read_gexf(path)
    assert network.number_of_nodes() == 2 and network.number_of_edges() == 2
    name_read = network.nodes["evil"]["name"]
    assert name_read == "Evil[31m \u202eCorp\u202c <script>alert('x')</script> & \"q\""
    assert network.nodes["evil"]["aliases"] == name_read + "; E\u2028vil; Inc"


def test_hostile_text_keeps_csv_well_formed(hostile_graph, tmp_path):
    paths = export_graph(hostile_graph, "csv", tmp_path / "csv")
    for path in paths:
        text = path.read_text(encoding="utf-8")
        assert "\x00" not in text and "\x1b" not in text
    with open(tmp_path / "csv" / "evidence.csv", encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))
    assert len(rows) == 3 and {len(r) for r in rows} == {len(EVIDENCE_FIELDS)}
    claim = dict(zip(rows[0], rows[2]))
    assert claim["text"] == "it was\u2028them, \"really\""
    event = dict(zip(rows[0], rows[1]))
    assert event["text"].endswith("\nattacked Good Org") and event["recycled"] == "passage 0"


def test_csv_cells_that_a_spreadsheet_would_run_as_formulas_are_defused(hostile_graph, tmp_path):
    hostile_graph.actors[1].name = "=HYPERLINK(\"http://x\",\"click\")"
    hostile_graph.documents[0]["title"] = "@SUM(A1:A9)"
    export_graph(hostile_graph, "csv", tmp_path / "csv")
    with open(tmp_path / "csv" / "nodes.csv", encoding="utf-8", newline="") as stream:
        names = {row["id"]: row["name"] for row in csv.DictReader(stream)}
    assert names["good"] == "'=HYPERLINK(\"http://x\",\"click\")"
    assert names["evil"].startswith("Evil")  # ordinary text untouched
    with open(tmp_path / "csv" / "evidence.csv", encoding="utf-8", newline="") as stream:
        titles = {row["document"] for row in csv.DictReader(stream)}
    assert titles == {"'@SUM(A1:A9)"}


def test_hostile_text_keeps_neo4j_files_one_line_per_record(hostile_graph, tmp_path):
    export_graph(hostile_graph, "neo4j", tmp_path / "neo")
    actors = (tmp_path / "neo" / "actors.csv").read_bytes().decode("utf-8")
    assert len(actors.split("\r\n")) == 4  # header, two actors, the final line break
    rows = list(csv.DictReader(io.StringIO(actors, newline="")))
    assert rows[0]["aliases:string[]"].split(";")[1] == "E vil, Inc"
    assert (tmp_path / "neo" / "affiliations.csv").read_text(encoding="utf-8").splitlines()[1] == (
        "evil,good,MEMBER_OF,chief ,1")


def test_hostile_text_keeps_jsonl_one_record_per_line(hostile_graph, tmp_path):
    export_graph(hostile_graph, "jsonl", tmp_path / "j")
    lines = (tmp_path / "j" / "claims.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["text"] == "it \x00was\u2028them, \"really\""


def test_every_format_is_listed():
    assert list(FORMATS) == ["graphml", "gexf", "csv", "neo4j", "jsonl"]


def test_console_script_exports_from_this_source_tree(built, tmp_path):
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE")}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parent.parent / "src")
    completed = subprocess.run([str(Path(sys.executable).parent / "newsgraph"), "export", str(built), "--format",
                                "jsonl", "-o", str(tmp_path / "j")], capture_output=True, text=True, env=env,
                               stdin=subprocess.DEVNULL, timeout=120)
    assert completed.returncode == 0, completed.stderr
    lines = (tmp_path / "j" / "events.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(graph_json(built)["events"])


def test_exports_leave_out_what_the_views_hide_unless_asked(sample_dir, tmp_path):
    out = tmp_path / "sample"
    assert invoke("build", sample_dir, "-o", out, "--quiet").exit_code == 0
    graph = graph_json(out)
    low = [e for e in graph["events"] if e["confidence"] < 0.5]
    assert low, "the sample corpus has events below the default confidence"
    result = invoke("export", out, "--format", "csv", "-o", tmp_path / "shown")
    assert result.exit_code == 0, result.output
    assert "events below confidence 0.5 left out; --min-confidence 0 exports all." in flat(result.output)
    with open(tmp_path / "shown" / "evidence.csv", encoding="utf-8", newline="") as stream:
        shown = [r for r in csv.DictReader(stream) if r["kind"] == "event"]
    with open(tmp_path / "shown" / "edges.csv", encoding="utf-8", newline="") as stream:
        edges = [r for r in csv.DictReader(stream) if r["category"] == "event"]
    assert edges and all(float(e["confidence"]) >= 0.5 for e in edges)
    kept_evidence = {i for e in edges for i in e["event_ids"].split("; ")}
    assert all(float(r["confidence"]) >= 0.5 or r["id"] in kept_evidence for r in shown)
    assert len(shown) < len(graph["events"])
    assert invoke("export", out, "--format", "csv", "-o", tmp_path / "all", "--min-confidence", "0").exit_code == 0
    with open(tmp_path / "all" / "evidence.csv", encoding="utf-8", newline="") as stream:
        assert sum(1 for r in csv.DictReader(stream) if r["kind"] == "event") == len(graph["events"])
