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

from newsgraph.report import embed_json, render_html, write_report
from newsgraph.report.data import collect, diff_segments, mention_evidence, timeline
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
    payload["actors"][0]["name"] = "<script>alert(1)</script>"
    html = render_html(payload, "<b>title</b>")
    assert "<script>alert(1)" not in html
    assert "<b>title</b>" not in html and "&lt;b&gt;title&lt;/b&gt;" in html
    assert embedded_payload(html)["actors"][0]["name"] == "<script>alert(1)</script>"


# --- the payload ---------------------------------------------------------------------------------


def test_mention_evidence_finds_the_innermost_claim_and_the_recycled_passage():
    claims = [
        {"id": "d:c0", "doc": "d", "start": 10, "end": 80, "speaker_span": [0, 8]},
        {"id": "d:c1", "doc": "d", "start": 30, "end": 60, "speaker_span": [20, 28]},  # nested in c0
    ]
    reuse = [{"a": {"doc": "e", "start": 0, "end": 50}, "b": {"doc": "d", "start": 40, "end": 90}}]
    mentions = [
        {"actor": "x", "doc": "d", "start": 2, "end": 6, "text": "Anna", "sentence": 0},     # speaker of c0
        {"actor": "x", "doc": "d", "start": 45, "end": 50, "text": "Kemar", "sentence": 0},  # inside c1, recycled
        {"actor": "y", "doc": "d", "start": 90, "end": 95, "text": "Lisbo", "sentence": 1},  # outside everything
    ]
    found = mention_evidence(mentions, claims, reuse)
    assert [(m["claim"], m["reused"]) for m in found["x"]] == [("d:c0", None), ("d:c1", 0)]
    assert [(m["claim"], m["reused"]) for m in found["y"]] == [(None, None)]


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
    klf = payload["mentions"]["karst-liberation-front"]
    assert len(klf) == 42
    sentence = next(payload["sentences"][f"{m['doc']}:{m['sentence']}"] for m in klf if m["text"] == "KLF")
    assert sentence[1].startswith("The KLF delegation is led by Yusuf al-Haddad")
    # a mention inside a recycled paragraph carries the passage; one in a claim its claim
    assert any(m["reused"] is not None for m in klf)
    assert any(m["claim"] is not None and payload["claims"][m["claim"]]["stance"] == "assert" for m in klf)
    assert set(payload["timeline"]["dated"]) | set(payload["timeline"]["undated"]) == set(payload["events"])


# --- the file ------------------------------------------------------------------------------------


def test_report_is_one_offline_file(sample_build, tmp_path):
    summary = write_report(sample_build, tmp_path / "r.html")
    html = summary.path.read_text(encoding="utf-8")
    assert summary.actors == 40 and summary.passages == 4
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
    assert "40 actors, 10 relations" in flat(result.output)
    assert (sample_build / "report.html").is_file()


def test_report_command_output_option(sample_build, tmp_path):
    target = tmp_path / "nested" / "mine.html"
    result = invoke("report", sample_build, "-o", target, "--title", "Karst")
    assert result.exit_code == 0, result.output
    assert "<title>Karst</title>" in target.read_text(encoding="utf-8")


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
