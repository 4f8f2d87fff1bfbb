"""The HTML report without a browser: the payload's joins, the escaping of the JSON block, the
page's offline guarantees and ``newsgraph report`` through the real CLI.

The build is the bundled sample corpus (fictional articles), built once for the module.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from newsgraph.report import Settings, embed_json, render_html, write_report
from newsgraph.report.data import (FIELDS, MENTIONS_PER_ACTOR, actor_communities, claim_subjects, collect,
                                   diff_segments, independent_documents, timeline)
from newsgraph.report.synthetic import write_synthetic_build
from test_cli import flat, invoke, plain

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def sample_build(tmp_path_factory, sample_dir) -> Path:
    out = tmp_path_factory.mktemp("report") / "sample"
    result = invoke("build", sample_dir, "-o", out, "--quiet")
    assert result.exit_code == 0, result.output
    return out


def embedded_payload(html: str) -> dict:
    block = re.search(r'<script type="application/json" id="newsgraph-data">(.*?)</script>', html, re.S)
    assert block, "no data block"
    return json.loads(block.group(1))


# --- escaping ----------------------------------------------------------------------------------


def test_embedded_json_cannot_end_the_script_and_reads_back_unchanged():
    value = {"text": "</script><script>alert(1)</script> <img src=x onerror=alert(1)> & \u2028\u2029 \u202e"}
    text = embed_json(value)
    for character in "<>&\u2028\u2029":
        assert character not in text
    assert json.loads(text) == value


def test_page_keeps_markup_from_the_data_out_of_the_html(sample_build):
    payload = collect(sample_build)
    payload["actors"][0][1] = "<script>alert(1)</script>"
    html = render_html(payload, "<b>title</b>")
    assert "<script>alert(1)" not in html
    assert "<b>title</b>" not in html and "&lt;b&gt;title&lt;/b&gt;" in html
    assert embedded_payload(html)["actors"][0][1] == "<script>alert(1)</script>"


# --- the payload ---------------------------------------------------------------------------------


def record(payload: dict, table: str, row: list) -> dict:
    """A payload row as a dict (a row stops at its last non-null value)."""
    return {name: row[i] if i < len(row) else None for i, name in enumerate(FIELDS[table])}


def test_claim_subjects_are_the_actors_mentioned_inside_the_content():
    claims = [{"id": "d:c0", "doc": "d", "start": 10, "end": 80}, {"id": "d:c1", "doc": "d", "start": 30, "end": 60}]
    mentions = [
        {"actor": "x", "doc": "d", "start": 2, "end": 6},     # the speaker, outside the content
        {"actor": "y", "doc": "d", "start": 45, "end": 50},   # inside both
        {"actor": "z", "doc": "d", "start": 70, "end": 75},   # inside c0 only
        {"actor": "z", "doc": "e", "start": 45, "end": 50},   # another document
    ]
    assert claim_subjects(claims, mentions) == {"d:c0": ["y", "z"], "d:c1": ["y"]}


def test_independent_documents_skip_copies_of_recycled_text():
    reuse = [{"a": {"doc": "d1"}, "b": {"doc": "d2"}, "origin": "d1"}]
    marked = [({"actor": "x", "doc": "d1"}, None, 0),   # in the original passage: counts
              ({"actor": "x", "doc": "d2"}, None, 0),   # in the copy: does not
              ({"actor": "y", "doc": "d2"}, None, None)]  # outside recycled text: counts
    assert independent_documents(marked, reuse) == {"x": 1, "y": 1}


def test_communities_are_deterministic_and_split_two_cliques():
    index = {name: i for i, name in enumerate("abcdefgh")}
    relations = [{"source": s, "target": t, "independent_sources": 2}
                 for group in ("abcd", "efgh") for s in group for t in group if s < t]
    relations.append({"source": "d", "target": "e", "independent_sources": 1})
    first = actor_communities(relations, index)
    assert first == actor_communities(relations, index)  # a fixed seed: the same colours every time
    assert len({first[a] for a in "abcd"}) == 1 and len({first[a] for a in "efgh"}) == 1
    assert first["a"] != first["e"]
    assert actor_communities([], index) == {}


def test_timeline_orders_by_normalized_time_and_keeps_undated_apart():
    events = [
        {"id": "e1", "doc": "d", "start": 0, "time": {"text": "March 3", "value": "2024-03-03"}},
        {"id": "e2", "doc": "d", "start": 5, "time": None},
        {"id": "e3", "doc": "d", "start": 9, "time": {"text": "last year", "value": "2023"}},
        {"id": "e4", "doc": "d", "start": 12, "time": {"text": "in March", "value": "2024-03"}},
        {"id": "e5", "doc": "d", "start": 20, "time": {"text": "someday", "value": None}},
    ]
    assert timeline(events) == {"dated": ["e3", "e4", "e1"], "undated": ["e2", "e5"]}


def test_diff_segments_mark_the_words_one_side_lacks():
    first, second = diff_segments("talks stalled last week after", "talks stalled last month after")
    assert [text for text, differs in first if differs] == ["week "]
    assert [text for text, differs in second if differs] == ["month "]
    assert "".join(text for text, _ in first) == "talks stalled last week after"


def test_sample_payload_joins_sentences_claims_and_reuse(sample_build):
    payload = collect(sample_build)
    graph = json.loads((sample_build / "graph.json").read_text(encoding="utf-8"))
    assert len(payload["actors"]) == len(graph["actors"])
    assert len(payload["reuse"]) == len(graph["reuse"]) == 4
    klf_index = next(i for i, a in enumerate(payload["actors"]) if a[0] == "karst-liberation-front")
    klf = [record(payload, "mentions", m) for m in payload["mentions"][klf_index]]
    assert len(klf) == 42
    texts = [payload["sentences"][m["sentence"]][2][m["start"]:m["end"]] for m in klf]
    assert set(texts) == {"Karst Liberation Front", "KLF", "Karst Front"}
    sentence = next(payload["sentences"][m["sentence"]][2] for m, text in zip(klf, texts) if text == "KLF")
    assert sentence.startswith("The KLF delegation is led by Yusuf al-Haddad")
    # a mention inside a recycled paragraph carries the passage; one in a claim its claim
    assert any(m["reused"] is not None for m in klf)
    claims = [record(payload, "claims", c) for c in payload["claims"]]
    assert any(m["claim"] is not None and claims[m["claim"]]["stance"] == "assert" for m in klf)
    assert sum(payload["timeline"]["counts"]) == len(graph["events"])
    # every sentence is stored once
    keys = [(doc, start) for doc, start, _ in payload["sentences"]]
    assert len(keys) == len(set(keys))
    # events point at their sentence; their spans count from its start
    event = record(payload, "events", payload["events"][payload["relations"][0][3][0]])
    doc, start, text = payload["sentences"][event["sentence"]]
    source = text[event["source_span"][0]:event["source_span"][1]]
    names = {graph["actors"][event["source"]]["name"]} | set(graph["actors"][event["source"]]["aliases"])
    # the source's words are its name, or a description the sentence resolves ("the leader of
    # the ... militia, Khalid Mansour")
    assert source in names or any(name in text for name in names)


def test_confidence_defaults_to_one_and_is_kept_when_present(tmp_path):
    out = tmp_path / "graph"
    write_synthetic_build(out, actors=20, relations=40)
    graph_path = out / "graph.json"
    graph = json.loads(graph_path.read_text(encoding="utf-8"))
    payload = collect(out)
    events = [record(payload, "events", e) for e in payload["events"]]
    assert all(e["confidence"] is None for e in events)  # absent: the page reads 1.0
    first = payload["relations"][0]
    for event in graph["events"]:
        event["confidence"] = 0.25
    graph_path.write_text(json.dumps(graph), encoding="utf-8")
    payload = collect(out)
    assert {record(payload, "events", e)["confidence"] for e in payload["events"]} == {0.25}
    assert record(payload, "relations", payload["relations"][0])["confidence"] == 0.25
    assert payload["relations"][0][:2] == first[:2]


def test_big_graph_payload_is_capped_and_coloured(tmp_path):
    out = tmp_path / "big"
    write_synthetic_build(out, actors=600, relations=3000)
    payload = collect(out, Settings(overview=50, min_confidence=0.4))
    assert payload["settings"] == {"overview": 50, "min_confidence": 0.4}
    assert max(len(m) for m in payload["mentions"]) == MENTIONS_PER_ACTOR
    actors = [record(payload, "actors", a) for a in payload["actors"]]
    assert {a["community"] for a in actors if a["independent"]} >= {0, 1}
    # the hub's capped mentions reach as many documents as they can: one per document first
    hub = max(range(len(actors)), key=lambda i: actors[i]["mentions"])
    docs = {payload["sentences"][m[0]][0] for m in payload["mentions"][hub]}
    assert len(docs) == MENTIONS_PER_ACTOR


# --- the file ------------------------------------------------------------------------------------


def test_report_is_one_offline_file(sample_build, tmp_path):
    summary = write_report(sample_build, tmp_path / "r.html")
    html = summary.path.read_text(encoding="utf-8")
    assert summary.actors == 39 and summary.passages == 4  # "Interior" of "Interior Minister" is no actor
    assert re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", html, re.I) is None
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert "default-src 'none'" in policy and "connect-src 'none'" in policy
    assert len(re.findall(r"'sha256-", policy)) == 2  # only the two scripts of the page may run
    assert "@version 9.1.2" in html  # vis-network inlined from pyvis
    tracked = subprocess.run(["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True).stdout
    assert "vis-network" not in tracked, "vis-network must come from pyvis, not the repository"


def test_empty_graph_still_writes_a_report(tmp_path):
    out = tmp_path / "empty"
    counts = write_synthetic_build(out, actors=0, relations=0)
    assert counts["actors"] == 0 and counts["relations"] == 0
    summary = write_report(out)
    payload = embedded_payload(summary.path.read_text(encoding="utf-8"))
    assert payload["actors"] == [] and payload["relations"] == [] and payload["reuse"] == []


# --- the CLI -------------------------------------------------------------------------------------


def test_report_command_writes_the_default_file(sample_build):
    result = invoke("report", sample_build)
    assert result.exit_code == 0, result.output
    assert "39 actors, 12 relations" in flat(result.output)
    assert (sample_build / "report.html").is_file()
    # The confidence filter starts where the terminal views hide events: precision first.
    html = (sample_build / "report.html").read_text(encoding="utf-8")
    assert embedded_payload(html)["settings"] == {"overview": 120, "min_confidence": 0.5}


def test_report_command_output_option(sample_build, tmp_path):
    target = tmp_path / "nested" / "mine.html"
    result = invoke("report", sample_build, "-o", target, "--title", "Karst", "--overview", "60",
                    "--min-confidence", "0")
    assert result.exit_code == 0, result.output
    html = target.read_text(encoding="utf-8")
    assert "<title>Karst</title>" in html
    assert embedded_payload(html)["settings"] == {"overview": 60, "min_confidence": 0.0}


def test_report_command_on_a_folder_without_a_build(tmp_path):
    result = invoke("report", tmp_path)
    assert result.exit_code == 1
    assert "holds no graph.db" in flat(result.output)
    assert "Traceback" not in result.output


def test_report_help_has_examples():
    result = invoke("report", "--help")
    assert result.exit_code == 0
    lines = [line.strip() for line in plain(result.output).splitlines()]
    assert any(line.startswith("newsgraph report out/seeds -o") for line in lines)
