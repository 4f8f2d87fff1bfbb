"""What the report shows, gathered from a build folder into one compact JSON-ready payload.

Input: ``OUT/graph.json`` (actors, mentions, events, claims, relations, reuse, contradictions)
and ``OUT/graph.db`` (the sentences the evidence sits in). Output: a dict the page reads as
JSON. Joins that need offsets — which claim a mention lies in, whether it lies in a recycled
passage, the words two recycled passages do not share, which actors a claim is about — and the
graph work the page cannot afford (communities) are done here, once, so the page only looks
things up.

The payload is built for a real corpus (tens of thousands of actors and events): records are
rows (lists) whose field names travel once in ``fields``; records point at each other by index;
every sentence is stored once and evidence points into it with offsets relative to the
sentence; only what a view can show is kept (a capped number of mentions per actor, the events
a relation, a contradiction or the timeline's first rows need).
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

import networkx as nx

from newsgraph.errors import Errors, NewsgraphError
from newsgraph.model import DEFAULT_MIN_CONFIDENCE, content_spans, record_confidence
from newsgraph.store import Store
from newsgraph.times import timeline_key

PAYLOAD_SCHEMA = "newsgraph-report/2"
WORD = re.compile(r"\S+|\s+")
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")
# What the page can show: rows per table, mentions per actor in the evidence panel.
ROWS = 500
MENTIONS_PER_ACTOR = 100
COMMUNITY_SEED = 7
# The field order of each row; the page maps rows to objects with these names.
# The field order of each row; the page maps rows to objects with these names. A row ends at
# its last value that is not null (so fields rarely set come last): absent means null. Offsets
# of mentions, events and affiliations count from the start of their sentence.
FIELDS = {
    "documents": ("title", "path", "outlet", "published"),
    "sentences": ("doc", "start", "text"),
    "actors": ("id", "name", "kind", "aliases", "mentions", "documents", "independent", "community"),
    "mentions": ("sentence", "start", "end", "claim", "reused"),
    # mode null: asserted; date null: the ISO date time_value starts with; source_text and
    # target_text only where no actor is known
    "events": ("sentence", "type", "trigger_span", "source", "target", "source_span", "target_span", "time_value",
               "confidence", "date", "mode", "negated", "subtype", "time_text", "claim", "reused", "source_text",
               "target_text"),
    # text null: the content is read from "sentence" (a row some other evidence stores anyway)
    "claims": ("doc", "start", "end", "text", "stance", "speaker", "speaker_text", "anonymous", "cue", "date",
               "about", "outlet", "reused", "sentence", "confidence", "act"),
    # quad: from the payload's "quads" (type -> quad class); first/last: from the events' times
    # distinct_*: a sentence copied into near-identical articles once; null when no copy
    "relations": ("source", "target", "type", "events", "independent_sources", "documents", "confidence",
                  "distinct_events", "distinct_documents"),
    "affiliations": ("source", "target", "relation", "role", "sentence"),
    "reuse": ("a", "b", "similarity", "origin", "words"),
    "contradictions": ("kind", "reason", "actors", "items"),
}
DEFAULT_MODE = "asserted"


def _row(table: str, record: dict[str, Any]) -> list:
    """``record`` as a row of ``table``: values in FIELDS order, trailing nulls cut."""
    row = [record.get(name) for name in FIELDS[table]]
    while row and row[-1] is None:
        row.pop()
    return row


@dataclass(frozen=True)
class Span:
    """A character span of one document, with the record it belongs to."""

    start: int
    end: int
    key: Any

    def holds(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end


@dataclass(frozen=True)
class Settings:
    """How the page opens: the overview's size and the default minimum confidence."""

    overview: int = 120
    min_confidence: float = DEFAULT_MIN_CONFIDENCE


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


class _Sentences:
    """Sentences stored once, each a row [doc index, start offset, text]; records point at a
    row and count their offsets from the sentence's start (shorter numbers)."""

    def __init__(self, db: sqlite3.Connection, doc_index: dict[str, int]) -> None:
        self.db = db
        self.doc_index = doc_index
        self.index: dict[tuple[str, int], int] = {}
        self.rows: list[list] = []
        self._read: dict[str, dict[int, tuple[int, str]]] = {}

    def ref(self, doc: str, idx: int | None, start: int, text: str | None = None) -> tuple[int, int]:
        """(row, start offset of the row) of sentence ``idx`` of ``doc``. A record without a
        sentence in the store becomes a row of its own text starting at ``start``."""
        found = self._sentence(doc, idx) if idx is not None else None
        if found is None:
            self.rows.append([self.doc_index.get(doc, -1), start, text or ""])
            return len(self.rows) - 1, start
        if (doc, idx) not in self.index:
            self.index[(doc, idx)] = len(self.rows)
            self.rows.append([self.doc_index.get(doc, -1), found[0], found[1]])
        return self.index[(doc, idx)], found[0]

    def locate(self, doc: str, offset: int) -> int | None:
        """The index of the sentence of ``doc`` holding ``offset``."""
        self._sentence(doc, -1)
        return next((i for i, (s, t) in self._read[doc].items() if s <= offset < s + len(t)), None)

    def _sentence(self, doc: str, idx: int) -> tuple[int, str] | None:
        if doc not in self._read:
            self._read[doc] = {i: (s, t) for i, s, t in
                               self.db.execute("SELECT idx, start, text FROM sentences WHERE doc = ?", (doc,))}
        return self._read[doc].get(idx)


def collect(out: Path, settings: Settings | None = None) -> dict[str, Any]:
    """The report's payload for the build folder ``out``."""
    graph = load_graph(out)
    with Store(out) as store:
        settings = settings or Settings()
        builder = _Builder(graph, store.db)
        payload = builder.payload(settings.min_confidence)
    payload["settings"] = vars(settings)
    payload["source"] = str(out)
    return payload


class _Builder:
    """Turns ``graph.json`` into the payload's rows; one instance per report."""

    def __init__(self, graph: dict[str, Any], db: sqlite3.Connection) -> None:
        self.graph = graph
        self.documents = graph.get("documents", [])
        self.doc_index = {d["id"]: i for i, d in enumerate(self.documents)}
        self.sentences = _Sentences(db, self.doc_index)
        self.actors = graph.get("actors", [])
        self.actor_index = {a["id"]: i for i, a in enumerate(self.actors)}
        self.claims = graph.get("claims", [])
        self.claim_index = {c["id"]: i for i, c in enumerate(self.claims)}
        self.reuse = graph.get("reuse", [])
        self.events_by_id = {e["id"]: e for e in graph.get("events", [])}
        self.relations = [r for r in graph.get("relations", [])
                          if r.get("source") in self.actor_index and r.get("target") in self.actor_index]
        self.event_rows: dict[str, int] = {}

    def payload(self, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> dict[str, Any]:
        """The page's data; the timeline's rows are taken among the events at or above
        ``min_confidence`` (the page's starting threshold) first, then among all."""
        mentions = self.graph.get("mentions", [])
        claim_spans = _claim_spans(self.claims)
        passage_spans = _passage_spans(self.reuse)
        marked = [(m, _innermost(claim_spans.get(m["doc"], ()), m["start"], m["end"]),
                   _innermost(passage_spans.get(m["doc"], ()), m["start"], m["end"])) for m in mentions]
        events = self.graph.get("events", [])
        timeline_ids = timeline(events)
        confident = timeline([e for e in events if record_confidence(e) >= min_confidence])
        rows = {part: _in_order(confident[part][:ROWS] + timeline_ids[part][:ROWS], timeline_ids[part])
                for part in ("dated", "undated")}
        # events a view can reach: a relation's, a contradiction's, the timeline's first rows
        wanted = [e for r in self.relations for e in r.get("events", [])]
        wanted += [i for c in self.graph.get("contradictions", []) for i in c.get("items", []) if i in self.events_by_id]
        wanted += rows["dated"] + rows["undated"]
        for event_id in dict.fromkeys(wanted):
            if event_id in self.events_by_id:
                self.event_rows[event_id] = len(self.event_rows)
        communities = actor_communities(self.relations, self.actor_index)
        independent = independent_documents(marked, self.reuse)
        return {
            "schema": PAYLOAD_SCHEMA,
            "fields": {k: list(v) for k, v in FIELDS.items()},
            "documents": [[d.get("title"), d.get("path"), d.get("outlet"), d.get("published")] for d in self.documents],
            "actors": [[a["id"], a["name"], a["kind"], a.get("aliases", []), a.get("mention_count", 0),
                        len(a.get("documents", [])), independent.get(a["id"], 0), communities.get(a["id"], -1)]
                       for a in self.actors],
            "mentions": self._mentions(marked),
            "claims": self._claims(mentions),
            "events": [self._event(self.events_by_id[e]) for e in self.event_rows],
            "relations": [self._relation(r) for r in self.relations],
            "quads": self._quads(),
            "affiliations": self._affiliations(),
            # rows in time order; the page filters them by its confidence threshold
            "timeline": {"dated": [self.event_rows[e] for e in rows["dated"]],
                         "undated": [self.event_rows[e] for e in rows["undated"]],
                         "counts": [len(timeline_ids["dated"]), len(timeline_ids["undated"])]},
            "reuse": [self._passage(i, r) for i, r in enumerate(self.reuse)],
            "contradictions": [self._contradiction(c) for c in self.graph.get("contradictions", [])],
            "sentences": self.sentences.rows,
        }

    def _mentions(self, marked: list[tuple[dict, Any, Any]]) -> list[list[list]]:
        """Per actor (by index), up to MENTIONS_PER_ACTOR mentions: one per document first, so
        the evidence shows the breadth of the sources before a second mention of one."""
        by_actor: dict[str, list[tuple[dict, Any, Any]]] = defaultdict(list)
        for item in marked:
            by_actor[item[0]["actor"]].append(item)
        rows: list[list[list]] = [[] for _ in self.actors]
        for actor, items in by_actor.items():
            if actor not in self.actor_index:
                continue
            seen: dict[str, int] = defaultdict(int)
            ranked = []
            for order, item in enumerate(items):
                ranked.append((seen[item[0]["doc"]], order, item))
                seen[item[0]["doc"]] += 1
            kept = sorted(sorted(ranked)[:MENTIONS_PER_ACTOR], key=lambda r: r[1])
            rows[self.actor_index[actor]] = [self._mention(*item) for _, _, item in kept]
        return rows

    def _mention(self, mention: dict, claim: Any, passage: Any) -> list[int]:
        row, base = self.sentences.ref(mention["doc"], mention.get("sentence"), mention["start"], mention.get("text"))
        return _row("mentions", {"sentence": row, "start": mention["start"] - base, "end": mention["end"] - base,
                                 "claim": self.claim_index.get(claim), "reused": passage})

    def _claims(self, mentions: list[dict]) -> list[list]:
        about = claim_subjects(self.claims, mentions)
        return [_row("claims", {
            **self._claim_text(c),
            "doc": self.doc_index.get(c["doc"]), "start": c["start"], "end": c["end"],
            "stance": c.get("stance"), "speaker": self.actor_index.get(c.get("speaker")),
            "speaker_text": c.get("speaker_text"), "anonymous": 1 if c.get("anonymous") else None, "cue": c.get("cue"),
            "date": self._date(None, c["doc"]),
            "about": [self.actor_index[a] for a in about.get(c["id"], ()) if a in self.actor_index] or None,
            "outlet": c.get("outlet"), "reused": _index(c.get("reused")),
            # null: a statement, confidence 1 (the page hides the rest below its threshold)
            "confidence": c.get("confidence") if record_confidence(c) < 1 else None,
            "act": c.get("act") if c.get("act", "statement") != "statement" else None}) for c in self.claims]

    def _claim_text(self, claim: dict) -> dict[str, Any]:
        """The claim's content as a pointer into a sentence already stored, else as text (always
        for a content in pieces: its text joins them, the sentence's slice would hold the cue)."""
        row = self.sentences.index.get((claim["doc"], claim.get("sentence")))
        if row is not None and not claim.get("pieces"):
            _, start, text = self.sentences.rows[row]
            if start <= claim["start"] and claim["end"] <= start + len(text):
                return {"text": None, "sentence": row}
        return {"text": claim.get("text")}

    def _event(self, event: dict) -> list:
        row, base = self.sentences.ref(event["doc"], event.get("sentence"), event["start"], event.get("text"))
        time = event.get("time") or {}
        value, text = time.get("value"), time.get("text")
        source, target = (self.actor_index.get(event.get(k)) for k in ("source", "target"))
        date = self._date(value, event["doc"])
        confidence = record_confidence(event)
        return _row("events", {
            "sentence": row, "type": event.get("type"), "trigger_span": _shift(event.get("trigger_span"), base),
            "source": source, "target": target, "source_span": _shift(event.get("source_span"), base),
            "target_span": _shift(event.get("target_span"), base), "time_value": value,
            "confidence": None if confidence == 1.0 else round(confidence, 3),
            "date": None if value and date and value.startswith(date) else date,
            "mode": None if event.get("mode") == DEFAULT_MODE else event.get("mode"),
            "negated": 1 if event.get("negated") else None, "subtype": event.get("subtype"),
            "time_text": None if text == value else text, "claim": self.claim_index.get(event.get("claim")),
            "reused": _index(event.get("reused")),
            "source_text": event.get("source_text") if source is None else None,
            "target_text": event.get("target_text") if target is None else None})

    def _date(self, value: str | None, doc: str) -> str | None:
        """The date a record is filtered and ordered by: its normalized time when it names a
        calendar date, else its document's publication date."""
        for candidate in (value, (self.documents[self.doc_index[doc]].get("published") if doc in self.doc_index else None)):
            match = ISO_DATE.match(candidate or "")
            if match:
                return match.group(0)
        return None

    def _relation(self, relation: dict) -> list:
        events = [self.event_rows[e] for e in relation.get("events", []) if e in self.event_rows]
        confidence = relation.get("confidence")
        if confidence is None:
            confidence = max((record_confidence(self.events_by_id[e]) for e in relation.get("events", [])
                              if e in self.events_by_id), default=1.0)
        return _row("relations", {
            "source": self.actor_index[relation["source"]], "target": self.actor_index[relation["target"]],
            "type": relation.get("type"), "events": events, "independent_sources": relation.get("independent_sources", 0),
            "documents": relation.get("documents", 0), "confidence": None if confidence == 1.0 else round(confidence, 3),
            **_distinct(relation)})

    def _quads(self) -> dict[str, str]:
        """PLOVER type -> quad class, as the relations give it."""
        return {r.get("type"): r.get("quad") for r in self.relations if r.get("type") and r.get("quad")}

    def _affiliations(self) -> list[list]:
        rows = []
        for actor in self.actors:
            for link in actor.get("affiliations", []):
                if link.get("actor") not in self.actor_index:
                    continue
                evidence = (link.get("evidence") or [{}])[0]
                sentence = self._evidence_sentence(evidence)
                rows.append([self.actor_index[actor["id"]], self.actor_index[link["actor"]], link.get("relation"),
                             link.get("role"), sentence])
        return rows

    def _evidence_sentence(self, evidence: dict) -> list | None:
        """[sentence row, start, end] of an affiliation's evidence (the sentence holding its
        offsets), when it has one."""
        doc, start, end = evidence.get("doc"), evidence.get("start"), evidence.get("end")
        if doc is None or start is None or end is None:
            return None
        idx = self.sentences.locate(doc, start)
        row, base = self.sentences.ref(doc, idx, start, None)
        return [row, start - base, end - base]

    def _passage(self, index: int, record: dict) -> list:
        """One recycled passage; both sides as text marked same/different for the first rows
        the view shows, only where they are for the rest (the recycled badges)."""
        sides = [record["a"], record["b"]]
        if index < ROWS:
            texts = {d["id"]: d.get("text") or "" for d in self.documents if d["id"] in (sides[0]["doc"], sides[1]["doc"])}
            first, second = (texts.get(s["doc"], "")[s["start"]:s["end"]] for s in sides)
            segments = diff_segments(first, second)
        else:
            segments = (None, None)
        return [[self.doc_index.get(s["doc"], -1), s["start"], s["end"], seg] for s, seg in zip(sides, segments)] \
            + [record.get("similarity"), self.doc_index.get(record.get("origin"), -1), record.get("words")]

    def _contradiction(self, record: dict) -> list:
        items = []
        for item in record.get("items", []):
            if item in self.claim_index:
                items.append(["c", self.claim_index[item]])
            elif item in self.event_rows:
                items.append(["e", self.event_rows[item]])
            else:
                items.append(["?", item])
        return [record.get("kind"), record.get("reason"),
                [self.actor_index.get(a, a) for a in record.get("actors", [])], items]


def _distinct(relation: dict) -> dict[str, int]:
    """A relation's distinct counts (a copied sentence once) where they differ from the raw ones."""
    events, documents = relation.get("distinct_events"), relation.get("distinct_documents")
    if events is None or (events == len(relation.get("events", [])) and documents == relation.get("documents")):
        return {}
    return {"distinct_events": events, "distinct_documents": documents}


def _shift(span: list | None, base: int) -> list | None:
    return [span[0] - base, span[1] - base] if span else None


def _index(value: Any) -> int | None:
    return value if isinstance(value, int) and value >= 0 else None


def actor_communities(relations: list[dict], actor_index: dict[str, int]) -> dict[str, int]:
    """actor id -> community number (0 the biggest), by Louvain over the relations weighted by
    independent sources, with a fixed seed so the same graph colours the same way."""
    network = nx.Graph()
    for relation in relations:
        a, b = relation["source"], relation["target"]
        if a == b:
            continue
        weight = max(1, relation.get("independent_sources") or 1)
        previous = network.get_edge_data(a, b, {}).get("weight", 0)
        network.add_edge(a, b, weight=previous + weight)
    if not network.number_of_edges():
        return {}
    groups = nx.community.louvain_communities(network, weight="weight", seed=COMMUNITY_SEED)
    groups = sorted(groups, key=lambda g: (-len(g), min(actor_index.get(a, 0) for a in g)))
    return {actor: number for number, group in enumerate(groups) for actor in group}


def independent_documents(marked: list[tuple[dict, Any, Any]], reuse: list[dict]) -> dict[str, int]:
    """actor id -> documents that mention it outside text recycled from another document: how
    many sources, not copies, name the actor."""
    found: dict[str, set[str]] = defaultdict(set)
    for mention, _, passage in marked:
        if passage is not None and 0 <= passage < len(reuse):
            origin = reuse[passage].get("origin")
            if origin and origin != mention["doc"]:
                continue
        found[mention["actor"]].add(mention["doc"])
    return {actor: len(docs) for actor, docs in found.items()}


def claim_subjects(claims: list[dict], mentions: list[dict]) -> dict[str, list[str]]:
    """claim id -> the actors mentioned inside its content (what the claim is about)."""
    spans: dict[str, list[Span]] = defaultdict(list)
    for claim in claims:  # a content in pieces: each piece, not the cue between them
        pieces = content_spans(claim["start"], claim["end"], claim.get("pieces"))
        spans[claim["doc"]].extend(Span(start, end, claim["id"]) for start, end in pieces)
    found: dict[str, dict[str, None]] = defaultdict(dict)
    for mention in mentions:
        for span in spans.get(mention["doc"], ()):
            if span.holds(mention["start"], mention["end"]):
                found[span.key][mention["actor"]] = None
    return {claim: list(actors) for claim, actors in found.items()}


def _claim_spans(claims: Iterable[dict]) -> dict[str, list[Span]]:
    """Per document, claim contents and then speaker spans: a mention in the content of a
    claim belongs to what is claimed, one in the speaker to who claims it."""
    spans: dict[str, list[Span]] = defaultdict(list)
    for claim in claims:  # a content in pieces: each piece, not the cue between them
        pieces = content_spans(claim["start"], claim["end"], claim.get("pieces"))
        spans[claim["doc"]].extend(Span(start, end, claim["id"]) for start, end in pieces)
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


def _in_order(ids: list[str], order: list[str]) -> list[str]:
    """``ids`` once each, in their order in ``order`` (which holds them all)."""
    position = {item: index for index, item in enumerate(order)}
    return sorted(set(ids), key=position.__getitem__)


def timeline(events: list[dict]) -> dict[str, list[str]]:
    """Event ids in time order (by the normalized value) and the undated ones apart, in
    document order."""
    dated = [e for e in events if e.get("time") and timeline_key(e["time"])[0] == 0]
    dated_ids = {e["id"] for e in dated}
    undated = [e["id"] for e in events if e["id"] not in dated_ids]
    dated.sort(key=lambda e: (timeline_key(e["time"]), e["doc"], e["start"]))
    return {"dated": [e["id"] for e in dated], "undated": undated}


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
