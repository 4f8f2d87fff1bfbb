"""The attribution stage through the real CLI: ``newsgraph build --cues`` and ``newsgraph
sources``, on small fictional articles written here, checked in graph.json and graph.db."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from test_cli import flat, invoke, plain, write_articles

REPO = Path(__file__).resolve().parent.parent
NEWSGRAPH = Path(sys.executable).parent / "newsgraph"

ARTICLES = {
    "raid.txt": (
        "Four held in border raid\n\n"
        "Interior Minister Petra Vanek told Reuters that the weapons were destined for the militia. "
        "Sources in the Karst Front said the men were farm workers. "
        "The Karst Front denied the report. "
        "The Defense Ministry declined to comment on the raid.\n\n"
        "Petra Vanek grumbled that the border was open.\n"
    ),
    "bridge.txt": (
        "Bridge opens in Bergen\n\n"
        "Mayor Ingrid Halvorsen said the project had finished under budget.\n"
    ),
}
CUES = "speech_verbs:\n  grumble: assert\n"


def run_script(*args) -> subprocess.CompletedProcess:
    """The installed console script, importing this checkout's package."""
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO / "src"), env.get("PYTHONPATH")]))
    env["COLUMNS"] = "200"
    return subprocess.run([str(NEWSGRAPH), *map(str, args)], capture_output=True, text=True, env=env,
                          stdin=subprocess.DEVNULL, timeout=180)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("claims")
    articles = write_articles(root / "articles", ARTICLES)
    cues = root / "cues.yaml"
    cues.write_text(CUES, encoding="utf-8")
    out = root / "out"
    completed = run_script("build", articles, "-o", out, "--cues", cues)
    assert completed.returncode == 0, completed.stderr
    return out, articles, cues


def graph(out: Path) -> dict:
    return json.loads((out / "graph.json").read_text(encoding="utf-8"))


def raid_id(out: Path) -> str:
    return next(d["id"] for d in graph(out)["documents"] if d["path"].endswith("raid.txt"))


def test_build_writes_claims_with_the_contract_keys(built):
    out, _, _ = built
    claims = graph(out)["claims"]
    keys = {"id", "doc", "start", "end", "text", "speaker", "speaker_text", "speaker_span", "anonymous",
            "cue", "cue_span", "stance", "outlet", "parent"}
    assert claims and all(keys <= set(c) for c in claims)
    told = next(c for c in claims if c["cue"] == "told")
    assert told["outlet"] == "Reuters"
    actor = next(a for a in graph(out)["actors"] if a["id"] == told["speaker"])
    assert actor["name"] == "Petra Vanek" or "Petra Vanek" in actor["aliases"]


def test_user_cue_file_adds_a_speech_verb(built):
    out, _, _ = built
    grumbled = [c for c in graph(out)["claims"] if c["cue"] == "grumbled"]
    assert [c["text"] for c in grumbled] == ["the border was open"]


def test_cues_change_the_pipeline_signature(built, tmp_path):
    out, articles, _ = built
    plain_out = tmp_path / "plain"
    assert invoke("build", articles, "-o", plain_out, "-q").exit_code == 0
    assert not [c for c in graph(plain_out)["claims"] if c["cue"] == "grumbled"]
    db = sqlite3.connect(plain_out / "graph.db")
    pipelines = {row[0] for row in db.execute("SELECT pipeline FROM doc_results")}
    db.close()
    db = sqlite3.connect(out / "graph.db")
    assert pipelines.isdisjoint(row[0] for row in db.execute("SELECT pipeline FROM doc_results"))
    db.close()


def test_sourcing_is_stored_and_in_graph_json(built):
    out, _, _ = built
    doc = raid_id(out)
    db = sqlite3.connect(out / "graph.db")
    row = db.execute("SELECT claims, named, anonymous, documents, unattributed, denials, no_comments "
                     "FROM sourcing WHERE doc = ?", (doc,)).fetchone()
    db.close()
    assert row == (5, 4, 1, 0, 0, 1, 1)
    record = next(d for d in graph(out)["documents"] if d["id"] == doc)
    assert record["sourcing"] == {"claims": 5, "named": 4, "anonymous": 1, "documents": 0,
                                  "unattributed": 0, "denials": 1, "no_comments": 1}


def test_sources_prints_profile_and_claims_by_title(built):
    out, _, _ = built
    completed = run_script("sources", out, "border raid")  # 200 columns: table cells do not wrap
    assert completed.returncode == 0, completed.stderr
    text = flat(completed.stdout)
    assert "5 claims: 4 named · 1 anonymous · 0 documents · 0 unattributed · 1 denials · 1 no-comments" in text
    for words in ("Sources in the Karst Front", "decline_comment", "Reuters", "deny", "the raid"):
        assert words in text


def test_sources_by_id_prefix_and_path_as_json(built):
    out, articles, _ = built
    doc = raid_id(out)
    by_prefix = invoke("sources", out, doc[:8], "--json")
    assert by_prefix.exit_code == 0, by_prefix.output
    data = json.loads(by_prefix.output)
    assert data["document"]["id"] == doc
    assert data["sourcing"]["claims"] == len(data["claims"]) == 5
    assert [c["stance"] for c in data["claims"]].count("deny") == 1
    by_path = invoke("sources", out, str(articles / "raid.txt"), "--json")
    assert json.loads(by_path.output)["document"]["id"] == doc


def test_sources_unknown_document_is_a_one_line_error(built):
    out, _, _ = built
    completed = run_script("sources", out, "no such article")
    assert completed.returncode == 1
    assert "no document matches 'no such article'" in " ".join(plain(completed.stderr).split())
    assert "Traceback" not in completed.stderr


def test_sources_keeps_article_markup_inert(tmp_path):
    articles = write_articles(tmp_path / "a", {"markup.txt": (
        "Markup test\n\nPetra Vanek said the [bold red]talks[/] would resume.\n")})
    out = tmp_path / "out"
    assert invoke("build", articles, "-o", out, "-q").exit_code == 0
    result = invoke("sources", out, "Markup")
    assert result.exit_code == 0, result.output
    assert "[bold red]talks[/]" in plain(result.output)


def test_sources_help_has_an_example():
    result = invoke("sources", "--help")
    assert result.exit_code == 0
    assert "newsgraph sources out/seeds" in plain(result.output)
    assert "--cues" in plain(invoke("build", "--help").output)
