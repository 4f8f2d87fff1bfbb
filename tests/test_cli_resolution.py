"""The resolution commands through the real CLI: ``build --aliases``, ``explain``, and the
affiliations ``actor`` prints. The articles are fictional texts written for these tests."""

from __future__ import annotations

import json
import sqlite3

import pytest

from test_cli import invoke, plain, write_articles

ARTICLES = {
    "harbour.txt": (
        "Talks resume at the harbour\n\n"
        "On Monday the mediators met Youssef el-Barakat, the leader of the Coastal Front, in Marsa. "
        "Coastal Front spokesman Karim Haddou said the talks would go on.\n"
    ),
    "convoy.txt": (
        "Convoy reaches the hills\n\n"
        "The convoy reached the villages on Thursday, Yusuf al-Barakat told reporters. "
        "He thanked the drivers.\n"
    ),
    "market.txt": (
        "Market reopens\n\n"
        "Yousef al-Barakat, a trader, reopened his stall in the old market on Friday.\n"
    ),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("resolution-cli")
    articles = write_articles(root / "articles", ARTICLES)
    out = root / "out"
    result = invoke("build", articles, "-o", out, "--quiet")
    assert result.exit_code == 0, result.output
    return articles, out


def _actor_of(out, text: str) -> str:
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    return next(m["actor"] for m in graph["mentions"] if m["text"] == text)


def test_transliterations_in_three_documents_are_one_actor(built):
    _, out = built
    ids = {_actor_of(out, t) for t in ("Youssef el-Barakat", "Yusuf al-Barakat", "Yousef al-Barakat")}
    assert len(ids) == 1


def test_explain_names_the_rule_and_shows_the_evidence(built):
    _, out = built
    result = invoke("explain", out, "Yusuf al-Barakat")
    assert result.exit_code == 0, result.output
    output = " ".join(plain(result.output).split())
    assert "spelling" in output
    assert "Youssef el-Barakat" in output and "Yousef al-Barakat" in output
    assert "reopened his stall" in output or "told reporters" in output or "met Youssef el-Barakat" in output


def test_explain_unknown_actor_is_a_one_line_error(built):
    _, out = built
    result = invoke("explain", out, "Nobody Atall")
    assert result.exit_code == 1
    assert "no actor matches 'Nobody Atall'" in plain(result.output)


def test_explain_help_has_examples():
    result = invoke("explain", "--help")
    assert result.exit_code == 0
    assert "newsgraph explain out/seeds" in plain(result.output)


def test_actor_shows_the_stated_membership(built):
    _, out = built
    result = invoke("actor", out, "Karim Haddou")
    assert result.exit_code == 0, result.output
    output = " ".join(plain(result.output).split())
    assert "Affiliations: member of Coastal Front, spokesman" in output


def test_store_holds_merges_and_affiliations(built):
    _, out = built
    db = sqlite3.connect(out / "graph.db")
    rules = {row[0] for row in db.execute("SELECT rule FROM actor_merges")}
    relations = set(db.execute("SELECT relation, role FROM affiliations"))
    assert "spelling" in rules
    assert ("member_of", "spokesman") in relations


def test_user_aliases_file_keeps_a_distinct_pair_apart(built, tmp_path):
    articles, _ = built
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text("distinct:\n  - [Youssef el-Barakat, Yousef al-Barakat]\n", encoding="utf-8")
    out = tmp_path / "out"
    result = invoke("build", articles, "-o", out, "--aliases", aliases, "--quiet")
    assert result.exit_code == 0, result.output
    assert _actor_of(out, "Youssef el-Barakat") != _actor_of(out, "Yousef al-Barakat")
    explained = " ".join(plain(invoke("explain", out, "Yousef al-Barakat").output).split())
    assert "kept apart" in explained and "listed as distinct" in explained


def test_a_broken_aliases_file_is_a_clear_error(built, tmp_path):
    articles, _ = built
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text("actors: [{aliases: [X]}]\n", encoding="utf-8")
    result = invoke("build", articles, "-o", tmp_path / "out", "--aliases", aliases, "--quiet")
    assert result.exit_code == 1
    assert "cannot read data file" in plain(result.output) and "needs a name" in plain(result.output)


def test_explain_shows_names_joined_inside_one_document(tmp_path):
    articles = write_articles(tmp_path / "articles", {"drill.txt": (
        "Drill at the port\n\nInspector Lina Moravec led the drill on Tuesday. "
        "Later Moravec praised the crews and said the port was ready.\n")})
    out = tmp_path / "out"
    assert invoke("build", articles, "-o", out, "--quiet").exit_code == 0
    output = " ".join(plain(invoke("explain", out, "Lina Moravec").output).split())
    assert "No merges" not in output
    assert "Lina Moravec = Moravec in-document" in output


def test_an_exact_id_wins_over_an_alias_of_another_actor(tmp_path):
    articles = write_articles(tmp_path / "articles", {"drill.txt": (
        "Drill at the port\n\nInspector Lina Moravec led the drill on Tuesday. "
        "Later Moravec praised the crews and said the port was ready.\n")})
    out = tmp_path / "out"
    assert invoke("build", articles, "-o", out, "--quiet").exit_code == 0
    # a second actor whose id is the first one's alias, as a split surname leaves behind
    with sqlite3.connect(out / "graph.db") as db:
        db.execute("INSERT INTO actors (id, name, kind, mention_count, document_count) "
                   "VALUES ('moravec', 'Moravec', 'PERSON', 1, 1)")
    output = " ".join(plain(invoke("explain", out, "moravec").output).split())
    assert output.startswith("Moravec PERSON · id moravec")
    by_alias = " ".join(plain(invoke("explain", out, "Lina Moravec").output).split())
    assert by_alias.startswith("Lina Moravec PERSON · id lina-moravec")
