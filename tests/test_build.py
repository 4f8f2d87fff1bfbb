"""The whole build through the Python API, on the seeds and the bundled sample corpus."""

from __future__ import annotations

import json
import sqlite3
import shutil

import pytest

import newsgraph
from newsgraph.graph import SCHEMA

CONTRACT_KEYS = {"documents", "actors", "mentions", "events", "claims", "times", "relations",
                 "reuse", "contradictions"}


@pytest.fixture(scope="module")
def seeds_build(seeds_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("seeds")
    graph = newsgraph.build(seeds_dir, out=out)
    return graph, out


def _actor(graph, name):
    return next(a for a in graph.actors if a.name == name)


def test_graph_json_follows_the_contract(seeds_build):
    graph, out = seeds_build
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    assert data["schema"] == SCHEMA == "newsgraph/1"
    assert CONTRACT_KEYS <= set(data)
    assert {"id", "path", "title", "outlet", "published", "sha256", "text"} <= set(data["documents"][0])
    assert {"id", "name", "kind", "aliases", "mention_count", "documents"} <= set(data["actors"][0])
    assert {"actor", "doc", "start", "end", "text"} <= set(data["mentions"][0])
    assert len(data["documents"]) == 5


def test_seeds_yield_hamas_and_haniyeh_with_short_form_linked(seeds_build):
    graph, _ = seeds_build
    hamas = _actor(graph, "Hamas")
    assert hamas.kind == "ORG" and len(hamas.documents) == 5
    haniyeh = _actor(graph, "Ismail Haniyeh")
    assert haniyeh.kind == "PERSON"
    assert "Haniyeh" in haniyeh.aliases
    assert not [a for a in graph.actors if a.name == "Haniyeh"]
    menai = _actor(graph, "Shadi al-Menai")
    assert "Menai" in menai.aliases


def test_seed_outlets_and_corrected_labels(seeds_build):
    graph, _ = seeds_build
    kinds = {a.name: a.kind for a in graph.actors}
    assert kinds["Breitbart Jerusalem"] == "OUTLET"
    assert kinds["Channel 2"] == "OUTLET"
    assert kinds["Israel"] == "GPE"
    assert kinds["Salafi"] == "NORP"
    assert "Stated Clinton" not in kinds and kinds["Hillary Clinton"] == "PERSON"
    assert not any(name.endswith(("’s", "'s")) for name in kinds)


def test_every_mention_offset_slices_back_to_its_text(seeds_build):
    graph, _ = seeds_build
    texts = {d["id"]: d["text"] for d in graph.documents}
    for mention in graph.mentions:
        assert texts[mention["doc"]][mention["start"]:mention["end"]] == mention["text"]


def test_store_has_every_table_and_fts(seeds_build):
    _, out = seeds_build
    db = sqlite3.connect(out / "graph.db")
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
    assert CONTRACT_KEYS - {"documents"} <= tables | {"documents"}
    assert {"documents", "actors", "mentions", "sentences", "sentences_fts", "mention_evidence", "meta"} <= tables
    assert db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone() == ("1",)
    hits = db.execute("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'Haniyeh'").fetchone()[0]
    assert hits >= 3
    evidence = db.execute("SELECT sentence FROM mention_evidence WHERE actor = 'Ismail Haniyeh'").fetchall()
    assert len(evidence) == 3 and all("Haniyeh" in row[0] for row in evidence)


def test_rebuild_is_idempotent_and_adding_a_file_grows_the_graph(seeds_dir, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus)
    extra = corpus / "005_extra.txt"
    shutil.move(next(corpus.glob("004_*.txt")), extra.with_suffix(".later"))
    out = tmp_path / "out"
    first = newsgraph.build(corpus, out=out)
    before = (out / "graph.json").read_bytes()
    newsgraph.build(corpus, out=out)
    assert (out / "graph.json").read_bytes() == before
    extra.with_suffix(".later").rename(extra)
    grown = newsgraph.build(corpus, out=out)
    assert len(grown.documents) == len(first.documents) + 1 == 5
    shutil.copy(extra, corpus / "copy_of_extra.txt")  # same text twice: still one document
    assert len(newsgraph.build(corpus, out=out).documents) == 5


def test_build_without_out_keeps_everything_in_memory(sample_dir):
    graph = newsgraph.build(sample_dir)
    assert len(graph.documents) == 8
    json.loads(graph.to_json())


def test_sample_corpus_aliases_and_lookalikes(sample_dir):
    graph = newsgraph.build(sample_dir)
    names = {a.name: a for a in graph.actors}
    assert "KLF" in names["Karst Liberation Front"].aliases
    assert "Vanek" in names["Petra Vanek"].aliases
    # two different men with look-alike names stay two actors
    assert names["Abu Karim al-Tahiri"].id != names["Abu Kareem al-Tahir"].id
    assert "Tahir" not in names["Abu Karim al-Tahiri"].aliases
    # boilerplate lines are gone from the text
    assert not any("Tags:" in d["text"] or "Share this article" in d["text"] for d in graph.documents)
    # an invented demonym the model calls a place is the people of the place it names
    assert (names["Kemari"].kind, names["Kemaria"].kind) == ("NORP", "GPE")


def test_two_worker_processes_give_the_same_graph(sample_dir):
    one = newsgraph.build(sample_dir).to_dict()
    two = newsgraph.build(sample_dir, workers=2).to_dict()
    assert two == one


def test_long_document_is_parsed_in_chunks_with_correct_offsets(tmp_path, monkeypatch):
    import newsgraph.parse as parse

    monkeypatch.setattr(parse, "MAX_CHUNK_CHARS", 400)
    paragraph = "Interior Minister Petra Vanek met Rania Saleem in Tessel on Monday. Vanek spoke first."
    (tmp_path / "long.txt").write_text("\n\n".join([paragraph] * 12), encoding="utf-8")
    graph = newsgraph.build(tmp_path / "long.txt")
    text = graph.documents[0]["text"]
    assert len(text) > 1000
    vanek = [m for m in graph.mentions if m["text"] == "Vanek"]
    assert len(vanek) == 12
    assert all(text[m["start"]:m["end"]] == "Vanek" for m in vanek)
    assert {m["actor"] for m in vanek} == {"petra-vanek"}


def test_split_chunks_cuts_at_paragraph_breaks_and_covers_the_text():
    from newsgraph.parse import split_chunks

    text = "\n\n".join(f"Paragraph {i} " + "word " * 20 for i in range(10))
    chunks = split_chunks(text, limit=300)
    assert len(chunks) > 1
    assert "".join(piece for _, piece in chunks) == text
    assert all(len(piece) <= 300 for _, piece in chunks)
    assert all(text[offset:offset + len(piece)] == piece for offset, piece in chunks)
    assert all(piece.startswith("Paragraph") for _, piece in chunks)
