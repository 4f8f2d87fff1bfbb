"""A synthetic build folder (``graph.json`` + ``graph.db``) of any size, for the report's load
benchmark and its hostile-text tests: no spaCy, no articles, just records that keep the
``newsgraph/1`` contract and point at real offsets of generated text.

Actor names are generated (or given, e.g. markup and bidi overrides for tests); each relation
is one event sentence "A <verb> B on <date>." in one of the documents; every document also
carries claims (one in three a denial), and some documents share a paragraph (recycled text).
"""

from __future__ import annotations

import hashlib
import json
import random
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from newsgraph.store import Store

KINDS = ("PERSON", "ORG", "GPE", "NORP", "GROUP", "LOC", "OUTLET", "FAC")
# (type, quad, the verb the generated sentence uses)
EVENT_TYPES = (
    ("CONSULT", "verbal_cooperation", "met"), ("AGREE", "verbal_cooperation", "agreed with"),
    ("AID", "material_cooperation", "sent aid to"), ("COOPERATE", "material_cooperation", "worked with"),
    ("ACCUSE", "verbal_conflict", "accused"), ("THREATEN", "verbal_conflict", "threatened"),
    ("ASSAULT", "material_conflict", "attacked"), ("COERCE", "material_conflict", "arrested"),
)
SYLLABLES = ("ka", "rel", "mon", "vad", "ib", "tor", "sa", "lim", "ne", "dor", "qu", "ash", "ve", "lin", "ro", "zan")
STANCES = ("assert", "assert", "deny")
CLAIMS_PER_DOCUMENT = 3
EVENTS_PER_DOCUMENT = 12


@dataclass
class _Document:
    """A generated article being written: its sentences and the records pointing into it."""

    id: str
    text: str = ""
    sentences: list[tuple[int, int, str]] = field(default_factory=list)

    def add(self, sentence: str) -> tuple[int, int]:
        """Append a sentence (a paragraph of its own); returns its index and start offset."""
        if self.text:
            self.text += "\n\n"
        start = len(self.text)
        self.text += sentence
        self.sentences.append((start, start + len(sentence), sentence))
        return len(self.sentences) - 1, start


def actor_names(count: int, seed: int = 7) -> list[str]:
    """``count`` distinct made-up names of one or two words."""
    rng = random.Random(seed)
    names: list[str] = []
    seen: set[str] = set()
    while len(names) < count:
        words = ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).title()
                 for _ in range(rng.randint(1, 2))]
        name = " ".join(words)
        if name not in seen:
            seen.add(name)
            names.append(name)
    return names


def write_synthetic_build(out: str | Path, *, actors: int = 2000, relations: int = 6000, seed: int = 7,
                          names: Sequence[str] | None = None) -> dict[str, int]:
    """Write a build folder with ``actors`` actors and about ``relations`` relations to ``out``.

    names: actor names to use first (e.g. hostile text); the rest are generated.
    Returns the counts written (documents, actors, mentions, events, relations, claims, reuse).
    """
    rng = random.Random(seed)
    given = list(names or [])
    all_names = given + actor_names(max(0, actors - len(given)), seed)[: max(0, actors - len(given))]
    ids = [f"a{i}" for i in range(len(all_names))]
    n_docs = max(1, relations // EVENTS_PER_DOCUMENT)
    docs = [_Document(hashlib.sha256(f"{seed}:{i}".encode()).hexdigest()[:16]) for i in range(n_docs)]
    graph = _empty_graph(ids, all_names)
    _write_events(graph, docs, ids, all_names, relations, rng)
    _write_unrelated(graph, docs, ids, all_names, rng)
    _write_claims(graph, docs, ids, all_names, rng)
    _write_reuse(graph, docs)
    graph["relations"] = _relations(graph["events"])
    graph["documents"] = [_document_record(i, d, all_names) for i, d in enumerate(docs)]
    _finish_actors(graph)
    _save(Path(out), graph, docs)
    return {key: len(graph[key]) for key in ("documents", "actors", "mentions", "events", "relations", "claims",
                                             "reuse", "contradictions")}


def _empty_graph(ids: list[str], names: list[str]) -> dict:
    actors = [{"id": i, "name": n, "kind": KINDS[k % len(KINDS)], "aliases": [], "mention_count": 0,
               "documents": [], "affiliations": [], "merges": [], "kept_apart": []}
              for k, (i, n) in enumerate(zip(ids, names))]
    return {"schema": "newsgraph/1", "actors": actors, "mentions": [], "events": [], "claims": [], "times": [],
            "relations": [], "pairs": [], "reuse": [], "contradictions": []}


def _mention(graph: dict, actor: str, name: str, doc: _Document, start: int, sentence: int) -> list[int]:
    graph["mentions"].append({"actor": actor, "doc": doc.id, "start": start, "end": start + len(name),
                              "text": name, "label": "ORG", "sentence": sentence})
    return [start, start + len(name)]


def _write_events(graph: dict, docs: list[_Document], ids: list[str], names: list[str], count: int,
                  rng: random.Random) -> None:
    """One event sentence per relation; a few actors are hubs, as in news (weights ~ 1/rank)."""
    weights = [1.0 / (rank + 1) ** 0.7 for rank in range(len(ids))]
    for n in range(count if len(ids) > 1 else 0):
        source, target = rng.choices(range(len(ids)), weights, k=2)
        if source == target:
            target = (target + 1) % len(ids)
        kind, _, verb = EVENT_TYPES[n % len(EVENT_TYPES)]
        day = f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}"
        dated = n % 3 != 2
        doc = docs[n % len(docs)]
        sentence = f"{names[source]} {verb} {names[target]}" + (f" on {day}." if dated else ".")
        index, start = doc.add(sentence)
        target_start = start + len(names[source]) + 1 + len(verb) + 1
        graph["events"].append({
            "id": f"{doc.id}:e{n}", "doc": doc.id, "start": start, "end": start + len(sentence), "text": sentence,
            "type": kind, "subtype": None, "trigger": verb, "trigger_span": [start + len(names[source]) + 1, target_start - 1],
            "source": ids[source], "target": ids[target], "source_text": names[source], "target_text": names[target],
            "source_span": _mention(graph, ids[source], names[source], doc, start, index),
            "target_span": _mention(graph, ids[target], names[target], doc, target_start, index),
            "negated": False, "mode": "asserted", "time": {"text": day, "value": day} if dated else None,
            "claim": None, "sentence": index, "rule": "synthetic", "reused": None, "reuse_group": None,
        })


def _write_unrelated(graph: dict, docs: list[_Document], ids: list[str], names: list[str], rng: random.Random) -> None:
    """A mention for every actor no event names, so each node has evidence."""
    named = {m["actor"] for m in graph["mentions"]}
    for actor, name in zip(ids, names):
        if actor not in named:
            doc = rng.choice(docs)
            index, start = doc.add(f"{name} was also named in the report.")
            _mention(graph, actor, name, doc, start, index)


def _write_claims(graph: dict, docs: list[_Document], ids: list[str], names: list[str], rng: random.Random) -> None:
    """Claims per document, "X said that ..." or "X denied that ..."; each denial contradicts the
    claim before it."""
    for doc in docs if ids else ():
        previous = None
        for k in range(CLAIMS_PER_DOCUMENT):
            speaker = rng.randrange(len(ids))
            stance = STANCES[k % len(STANCES)]
            cue = "denied" if stance == "deny" else "said"
            content = f"the talks would resume within {k + 2} weeks"
            sentence = f"{names[speaker]} {cue} that {content}."
            index, start = doc.add(sentence)
            content_start = start + len(names[speaker]) + len(cue) + 7
            claim_id = f"{doc.id}:c{k}"
            graph["claims"].append({
                "id": claim_id, "doc": doc.id, "start": content_start, "end": content_start + len(content),
                "text": content, "speaker": ids[speaker], "speaker_text": names[speaker],
                "speaker_span": _mention(graph, ids[speaker], names[speaker], doc, start, index),
                "anonymous": k == 1, "cue": cue, "cue_span": None, "stance": stance, "outlet": None,
                "outlet_span": None, "parent": None, "kind": "indirect", "sentence": index,
                "speaker_affiliation": None, "reused": None, "reuse_group": None,
            })
            if stance == "deny" and previous:
                graph["contradictions"].append({"kind": "denial", "items": [previous, claim_id],
                                                "reason": f"{claim_id} denies what {previous} asserts",
                                                "actors": [ids[speaker]], "overlap": None})
            previous = claim_id


def _write_reuse(graph: dict, docs: list[_Document]) -> None:
    """Every tenth document shares a paragraph with the next one."""
    for n in range(0, len(docs) - 1, 10):
        first, second = docs[n], docs[n + 1]
        paragraph = f"Officials said the crossing at checkpoint {n} would stay closed for another week."
        spans = [(d, d.add(paragraph)[1]) for d in (first, second)]
        graph["reuse"].append({
            "a": {"doc": first.id, "start": spans[0][1], "end": spans[0][1] + len(paragraph)},
            "b": {"doc": second.id, "start": spans[1][1], "end": spans[1][1] + len(paragraph)},
            "similarity": 1.0, "origin": first.id, "words": len(paragraph.split()),
        })


def _relations(events: list[dict]) -> list[dict]:
    quads = {kind: quad for kind, quad, _ in EVENT_TYPES}
    grouped: dict[tuple, list[dict]] = defaultdict(list)
    for event in events:
        grouped[(event["source"], event["target"], event["type"])].append(event)
    relations = []
    for (source, target, kind), found in grouped.items():
        days = sorted(e["time"]["value"] for e in found if e["time"])
        documents = len({e["doc"] for e in found})
        relations.append({"source": source, "target": target, "type": kind, "quad": quads[kind],
                          "events": [e["id"] for e in found], "documents": documents,
                          "independent_sources": documents, "first": days[0] if days else None,
                          "last": days[-1] if days else None, "modes": {"asserted": len(found)}, "negated": 0})
    return relations


def _document_record(index: int, doc: _Document, names: list[str]) -> dict:
    title = f"Report {index} on {names[index % len(names)]}" if names else f"Report {index}"
    return {"id": doc.id, "path": f"synthetic/{index:05d}.txt", "title": title, "outlet": "Synthetic Wire",
            "published": "2024-12-31", "sha256": hashlib.sha256(doc.text.encode("utf-8", "replace")).hexdigest(),
            "url": None, "text": doc.text, "sourcing": {}}


def _finish_actors(graph: dict) -> None:
    counts: dict[str, int] = defaultdict(int)
    documents: dict[str, set] = defaultdict(set)
    for mention in graph["mentions"]:
        counts[mention["actor"]] += 1
        documents[mention["actor"]].add(mention["doc"])
    for actor in graph["actors"]:
        actor["mention_count"] = counts[actor["id"]]
        actor["documents"] = sorted(documents[actor["id"]])


def _save(out: Path, graph: dict, docs: list[_Document]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "graph.json").write_text(json.dumps(graph, ensure_ascii=False), encoding="utf-8")
    with Store(out, writable=True) as store, store.db:
        store.db.execute("DELETE FROM sentences")
        store.db.execute("DELETE FROM documents")
        store.db.executemany(
            "INSERT INTO documents (id, path, title, outlet, published, url, sha256, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(d["id"], d["path"], d["title"], d["outlet"], d["published"], d["url"], d["sha256"], d["text"])
             for d in graph["documents"]])
        store.db.executemany(
            'INSERT INTO sentences (doc, idx, start, "end", text) VALUES (?, ?, ?, ?, ?)',
            [(d.id, i, s, e, t) for d in docs for i, (s, e, t) in enumerate(d.sentences)])
