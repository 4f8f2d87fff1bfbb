"""What the report shows, gathered from a build folder into one JSON-ready payload.

Input: ``OUT/graph.json`` (actors, mentions, events, claims, relations, reuse, contradictions)
and ``OUT/graph.db`` (the sentences the evidence sits in). Output: a dict the page reads as
JSON. Joins that need offsets — which claim a mention lies in, whether it lies in a recycled
passage, the words two recycled passages do not share — are done here, once, so the page only
looks things up.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any, Iterable

from newsgraph.errors import Errors, NewsgraphError
from newsgraph.store import Store
from newsgraph.times import timeline_key

PAYLOAD_SCHEMA = "newsgraph-report/1"
EVENT_KEYS = ("doc", "start", "end", "text", "type", "subtype", "trigger", "trigger_span", "source", "target",
              "source_text", "target_text", "source_span", "target_span", "negated", "mode", "time", "claim",
              "reused")
CLAIM_KEYS = ("doc", "start", "end", "text", "sentence", "speaker", "speaker_text", "speaker_span", "anonymous",
              "cue", "stance", "outlet", "parent", "kind", "reused")
WORD = re.compile(r"\S+|\s+")


@dataclass(frozen=True)
class Span:
    """A character span of one document, with the record it belongs to."""

    start: int
    end: int
    key: Any

    def holds(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end


def load_graph(out: Path) -> dict[str, Any]:
    """``OUT/graph.json`` as a dict; a missing or unreadable file is the user's error."""
    path = Path(out) / "graph.json"
    if not path.is_file():
        raise NewsgraphError(Errors.NOT_A_GRAPH.format(path=out) if not (Path(out) / "graph.db").is_file()
                             else Errors.BAD_GRAPH_JSON.format(path=path, reason="the file is missing"))
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise NewsgraphError(Errors.BAD_GRAPH_JSON.format(path=path, reason=error)) from None


def collect(out: Path) -> dict[str, Any]:
    """The report's payload for the build folder ``out``."""
    graph = load_graph(out)
    with Store(out) as store:
        sentences = read_sentences(store.db, _sentence_keys(graph))
    texts = {d["id"]: d.get("text") or "" for d in graph.get("documents", [])}
    reuse = graph.get("reuse", [])
    return {
        "schema": PAYLOAD_SCHEMA,
        "source": str(out),
        "documents": {d["id"]: _document(d) for d in graph.get("documents", [])},
        "sentences": sentences,
        "actors": [_actor(a) for a in graph.get("actors", [])],
        "mentions": mention_evidence(graph.get("mentions", []), graph.get("claims", []), reuse),
        "events": {e["id"]: {k: e.get(k) for k in EVENT_KEYS} for e in graph.get("events", [])},
        "claims": {c["id"]: {k: c.get(k) for k in CLAIM_KEYS} for c in graph.get("claims", [])},
        "relations": [r for r in graph.get("relations", []) if r.get("source") and r.get("target")],
        "timeline": timeline(graph.get("events", [])),
        "reuse": [_passage(r, texts) for r in reuse],
        "contradictions": graph.get("contradictions", []),
    }


def _sentence_keys(graph: dict[str, Any]) -> set[tuple[str, int]]:
    """The (doc, sentence index) pairs some mention or claim points to."""
    records = graph.get("mentions", []) + graph.get("claims", [])
    return {(r["doc"], r["sentence"]) for r in records if r.get("sentence") is not None}


def read_sentences(db: sqlite3.Connection, keys: set[tuple[str, int]]) -> dict[str, list]:
    """"doc:idx" -> [start offset, text] for the wanted sentences of the store."""
    found: dict[str, list] = {}
    for doc in sorted({doc for doc, _ in keys}):
        for idx, start, text in db.execute("SELECT idx, start, text FROM sentences WHERE doc = ?", (doc,)):
            if (doc, idx) in keys:
                found[f"{doc}:{idx}"] = [start, text]
    return found


def _document(document: dict[str, Any]) -> dict[str, Any]:
    return {k: document.get(k) for k in ("title", "path", "outlet", "published", "url")}


def _actor(actor: dict[str, Any]) -> dict[str, Any]:
    return {"id": actor["id"], "name": actor["name"], "kind": actor["kind"], "aliases": actor.get("aliases", []),
            "mentions": actor.get("mention_count", 0), "documents": len(actor.get("documents", []))}


def mention_evidence(mentions: list[dict], claims: list[dict], reuse: list[dict]) -> dict[str, list[dict]]:
    """actor id -> its mentions, each with the claim it lies in (content first, then speaker)
    and the recycled passage it lies in, or None."""
    claim_spans = _claim_spans(claims)
    passage_spans = _passage_spans(reuse)
    found: dict[str, list[dict]] = defaultdict(list)
    for mention in mentions:
        doc, start, end = mention["doc"], mention["start"], mention["end"]
        found[mention["actor"]].append({
            "doc": doc, "sentence": mention.get("sentence"), "start": start, "end": end, "text": mention["text"],
            "claim": _innermost(claim_spans.get(doc, ()), start, end),
            "reused": _innermost(passage_spans.get(doc, ()), start, end),
        })
    return dict(found)


def _claim_spans(claims: Iterable[dict]) -> dict[str, list[Span]]:
    """Per document, claim contents and then speaker spans: a mention in the content of a
    claim belongs to what is claimed, one in the speaker to who claims it."""
    spans: dict[str, list[Span]] = defaultdict(list)
    for claim in claims:
        spans[claim["doc"]].append(Span(claim["start"], claim["end"], claim["id"]))
    for claim in claims:
        if claim.get("speaker_span"):
            start, end = claim["speaker_span"]
            spans[claim["doc"]].append(Span(start, end, claim["id"]))
    return spans


def _passage_spans(reuse: list[dict]) -> dict[str, list[Span]]:
    spans: dict[str, list[Span]] = defaultdict(list)
    for index, record in enumerate(reuse):
        for side in ("a", "b"):
            part = record[side]
            spans[part["doc"]].append(Span(part["start"], part["end"], index))
    return spans


def _innermost(spans: Iterable[Span], start: int, end: int) -> Any:
    """The key of the shortest span holding start-end: the most specific claim (a nested one
    before the claim around it) or passage."""
    holding = [s for s in spans if s.holds(start, end)]
    if not holding:
        return None
    return min(holding, key=lambda s: s.end - s.start).key


def timeline(events: list[dict]) -> dict[str, list[str]]:
    """Event ids in time order (by the normalized value) and the undated ones apart, in
    document order."""
    dated = [e for e in events if e.get("time") and timeline_key(e["time"])[0] == 0]
    undated = [e["id"] for e in events if e not in dated]
    dated.sort(key=lambda e: (timeline_key(e["time"]), e["doc"], e["start"]))
    return {"dated": [e["id"] for e in dated], "undated": undated}


def _passage(record: dict[str, Any], texts: dict[str, str]) -> dict[str, Any]:
    """One recycled passage, both sides as text segments marked same or different."""
    sides = [record["a"], record["b"]]
    first, second = (texts.get(s["doc"], "")[s["start"]:s["end"]] for s in sides)
    marked = diff_segments(first, second)
    return {
        "a": dict(sides[0], segments=marked[0]), "b": dict(sides[1], segments=marked[1]),
        "similarity": record.get("similarity"), "origin": record.get("origin"), "words": record.get("words"),
    }


def diff_segments(first: str, second: str) -> tuple[list[list], list[list]]:
    """Both texts cut into runs of [text, differs]: ``differs`` is true for the words the
    other text lacks, so a reader sees "last week" against "last month" at a glance."""
    pieces = [WORD.findall(text) for text in (first, second)]
    words = [[i for i, p in enumerate(side) if not p.isspace()] for side in pieces]
    keys = [[side[i].casefold() for i in index] for side, index in zip(pieces, words)]
    matcher = SequenceMatcher(None, keys[0], keys[1], autojunk=False)
    same: list[set[int]] = [set(), set()]
    for block in matcher.get_matching_blocks():
        same[0].update(words[0][block.a + k] for k in range(block.size))
        same[1].update(words[1][block.b + k] for k in range(block.size))
    return _runs(pieces[0], same[0]), _runs(pieces[1], same[1])


def _runs(pieces: list[str], same: set[int]) -> list[list]:
    """Join consecutive pieces with the same mark; spaces take the mark of the run they are in."""
    runs: list[list] = []
    for index, piece in enumerate(pieces):
        differs = False if piece.isspace() else index not in same
        if runs and (runs[-1][1] == differs or piece.isspace()):
            runs[-1][0] += piece
        else:
            runs.append([piece, differs])
    return runs
