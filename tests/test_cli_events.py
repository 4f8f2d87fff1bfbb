"""The events commands through the real CLI: ``build --lexicon``, ``events`` and its filters,
and the events and relations written to the SQLite store. Fictional articles written here."""

from __future__ import annotations

import json
import sqlite3

import pytest

from test_cli import flat, invoke, run_script, write_articles

ARTICLES = {
    "border.txt": (
        "Border tensions rise\n\n"
        "The Kemari army arrested Omar Haddad near the border on Monday. "
        "Vostrana condemned the Kemari army and urged Kemaria to release him. "
        "Kemaria could expel the Vostran ambassador if the protests continue.\n"
    ),
    "talks.txt": (
        "Talks in the capital\n\n"
        "Kemaria and Vostrana held talks in the capital on Thursday. "
        "The Tessaly Front outflanked Omar Haddad near the river.\n"
    ),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("events-cli")
    articles = write_articles(root / "articles", ARTICLES)
    out = root / "out"
    result = invoke("build", articles, "-o", out)
    assert result.exit_code == 0, result.output
    assert "events in" in flat(result.output)
    return articles, out


def test_events_lists_who_did_what_to_whom_with_the_sentence(built):
    _, out = built
    result = run_script("events", out, "--type", "COERCE")
    assert result.returncode == 0, result.stderr
    text = flat(result.stdout)
    assert "COERCE/arrest" in text and "─arrested→ Omar Haddad" in text
    assert "The Kemari army arrested Omar Haddad near the border on Monday." in text


def test_events_json_filters_by_actor_and_mode(built):
    _, out = built
    result = invoke("events", out, "--actor", "Vostrana", "--json")
    assert result.exit_code == 0, result.output
    records = json.loads(result.output)
    assert {(r["type"], r["trigger"]) for r in records} >= {("ACCUSE", "condemned"), ("REQUEST", "urged")}
    hypothetical = json.loads(invoke("events", out, "--mode", "hypothetical", "--min-confidence", "0", "--json").output)
    assert [(r["type"], r["subtype"], r["trigger"]) for r in hypothetical] == [("COERCE", "expel", "expel")]


def test_no_matching_events_says_so(built):
    _, out = built
    result = invoke("events", out, "--type", "MOBILIZE")
    assert result.exit_code == 0
    assert "No events match." in result.output


def test_views_hide_events_below_the_confidence_threshold_and_say_how_many(built):
    _, out = built
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    assert all(0 <= e["confidence"] <= 1 for e in graph["events"])
    everything = json.loads(invoke("events", out, "--min-confidence", "0", "--json").output)
    assert len(everything) == len(graph["events"])
    shown = json.loads(invoke("events", out, "--json").output)
    assert [e["id"] for e in shown] == [e["id"] for e in everything if e["confidence"] >= 0.5]
    result = invoke("events", out, "--min-confidence", "1")
    assert result.exit_code == 0
    assert f"{len(graph['events'])} below confidence 1 hidden" in flat(result.output)
    timeline = invoke("timeline", out, "--min-confidence", "1")
    assert "hidden" in flat(timeline.output)


def test_unknown_verb_is_untyped_until_a_user_lexicon_names_it(built, tmp_path):
    articles, _ = built
    untyped = json.loads(invoke("events", built[1], "--type", "none", "--min-confidence", "0", "--json").output)
    assert [r["trigger"] for r in untyped] == ["outflanked"]
    lexicon = tmp_path / "lexicon.yaml"
    lexicon.write_text("verbs:\n  outflank: ASSAULT/maneuver\n", encoding="utf-8")
    out = tmp_path / "out"
    result = invoke("build", articles, "-o", out, "--lexicon", lexicon, "--quiet")
    assert result.exit_code == 0, result.output
    typed = json.loads(invoke("events", out, "--type", "ASSAULT", "--json").output)
    assert [(r["subtype"], r["trigger"]) for r in typed] == [("maneuver", "outflanked")]


def test_store_holds_events_relations_and_pairs(built):
    _, out = built
    with sqlite3.connect(out / "graph.db") as db:
        rows = db.execute("SELECT type, source, trigger, target FROM event_evidence WHERE trigger = 'urged'").fetchall()
        assert rows == [("REQUEST", "Vostrana", "urged", "Kemaria")]
        relations = db.execute("SELECT count(*) FROM relations").fetchone()[0]
        pairs = db.execute("SELECT count(*) FROM actor_pairs").fetchone()[0]
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    assert relations == len(graph["relations"]) > 0 and pairs == len(graph["pairs"]) > 0
