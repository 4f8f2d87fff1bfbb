"""The graph as flat rows: actors, edges (relations and affiliations) and evidence.

Input: a :class:`~newsgraph.graph.Graph`. Output: lists of plain dicts with scalar values
(str, int, bool), the shape that GraphML, GEXF and CSV can all hold, so every format shows
the same numbers. Lists are joined with ``LIST_SEPARATOR``.
"""

from __future__ import annotations

from typing import Any

from newsgraph.graph import Graph
from newsgraph.model import record_confidence

LIST_SEPARATOR = "; "
UNTYPED = "untyped"  # relation name of events whose verb the lexicon does not type

NODE_FIELDS = ("id", "name", "kind", "mentions", "documents", "aliases", "affiliations")
EDGE_FIELDS = ("source", "target", "relation", "category", "quad", "role", "events", "event_ids",
               "documents", "independent_sources", "confidence", "first", "last", "modes", "negated")
EVIDENCE_FIELDS = ("kind", "id", "doc", "document", "start", "end", "text", "type", "source", "source_name",
                   "target", "target_name", "mode", "negated", "confidence", "time", "speaker", "speaker_text",
                   "anonymous", "stance", "cue", "outlet", "claim", "recycled")


def node_rows(graph: Graph) -> list[dict[str, Any]]:
    """One row per actor."""
    names = {a.id: a.name for a in graph.actors}
    return [{
        "id": a.id, "name": a.name, "kind": a.kind, "mentions": a.mention_count,
        "documents": len(a.documents), "aliases": LIST_SEPARATOR.join(a.aliases),
        "affiliations": LIST_SEPARATOR.join(_affiliation(f, names) for f in a.affiliations),
    } for a in graph.actors]


def _affiliation(affiliation: dict[str, Any], names: dict[str, str]) -> str:
    role = f" ({affiliation['role']})" if affiliation.get("role") else ""
    return f"{affiliation['relation']} {names.get(affiliation['actor'], affiliation['actor'])}{role}"


def edge_rows(graph: Graph) -> list[dict[str, Any]]:
    """One row per relation (events of one type from one actor to another), then one per
    affiliation (member_of / part_of). Affiliations are stated, not counted from events, so
    their event and source counts are 0."""
    rows = [_relation_row(r) for r in graph.relations]
    known = {a.id for a in graph.actors}
    for actor in graph.actors:
        for affiliation in actor.affiliations:
            if affiliation["actor"] in known:
                rows.append(_affiliation_row(actor.id, affiliation))
    return rows


def _relation_row(relation: dict[str, Any]) -> dict[str, Any]:
    modes = relation.get("modes") or {}
    return {
        "source": relation["source"], "target": relation["target"],
        "relation": relation["type"] or UNTYPED, "category": "event", "quad": relation.get("quad") or "",
        "role": "", "events": len(relation["events"]), "event_ids": LIST_SEPARATOR.join(relation["events"]),
        "documents": relation["documents"], "independent_sources": relation["independent_sources"],
        "confidence": record_confidence(relation), "first": relation.get("first") or "", "last": relation.get("last") or "",
        "modes": LIST_SEPARATOR.join(f"{mode}:{count}" for mode, count in sorted(modes.items())),
        "negated": relation.get("negated") or 0,
    }


def _affiliation_row(actor: str, affiliation: dict[str, Any]) -> dict[str, Any]:
    documents = {e["doc"] for e in affiliation.get("evidence") or []}
    return {
        "source": actor, "target": affiliation["actor"], "relation": affiliation["relation"],
        "category": "affiliation", "quad": "", "role": affiliation.get("role") or "", "events": 0,
        # stated in the text, not counted from events: nothing to be more or less sure of
        "event_ids": "", "documents": len(documents), "independent_sources": 0, "confidence": 1.0,
        "first": "", "last": "",
        "modes": "", "negated": 0,
    }


def evidence_rows(graph: Graph) -> list[dict[str, Any]]:
    """One row per event (its sentence) and per claim (its content), with document and
    character offsets; ``recycled`` names the reused passage holding it, if any."""
    names = {a.id: a.name for a in graph.actors}
    titles = {d["id"]: d.get("title") or "" for d in graph.documents}
    rows = [_event_row(e, names, titles) for e in graph.events]
    rows += [_claim_row(c, titles) for c in graph.claims]
    return rows


def _blank() -> dict[str, Any]:
    return {name: "" for name in EVIDENCE_FIELDS}


def _event_row(event: dict[str, Any], names: dict[str, str], titles: dict[str, str]) -> dict[str, Any]:
    time = event.get("time") or {}
    return {**_blank(), "kind": "event", "id": event["id"], "doc": event["doc"],
            "document": titles.get(event["doc"], ""), "start": event["start"], "end": event["end"],
            "text": event["text"], "type": event.get("type") or "",
            "source": event.get("source") or "", "source_name": names.get(event.get("source"), event.get("source_text") or ""),
            "target": event.get("target") or "", "target_name": names.get(event.get("target"), event.get("target_text") or ""),
            "mode": event.get("mode") or "", "negated": bool(event.get("negated")),
            "confidence": record_confidence(event), "time": time.get("value") or time.get("text") or "", "claim": event.get("claim") or "",
            "recycled": _recycled(event)}


def _claim_row(claim: dict[str, Any], titles: dict[str, str]) -> dict[str, Any]:
    return {**_blank(), "kind": "claim", "id": claim["id"], "doc": claim["doc"],
            "document": titles.get(claim["doc"], ""), "start": claim["start"], "end": claim["end"],
            "text": claim["text"], "speaker": claim.get("speaker") or "",
            "speaker_text": claim.get("speaker_text") or "", "anonymous": bool(claim.get("anonymous")),
            "stance": claim.get("stance") or "", "cue": claim.get("cue") or "", "outlet": claim.get("outlet") or "",
            "claim": claim.get("parent") or "", "recycled": _recycled(claim)}


def _recycled(record: dict[str, Any]) -> str:
    """The reuse passage index holding the record, as text ("" when the text is its own)."""
    passage = record.get("reused")
    return "" if passage is None else f"passage {passage}"

