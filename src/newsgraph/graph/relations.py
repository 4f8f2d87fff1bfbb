"""Relations: events between the same two actors, aggregated.

Input: graph.json event records (``source``/``target`` are actor ids). Output:

- ``relations``: one record per (source, target, type) with its event ids, the number of
  documents, of independent sources, the time span and how the events are told (modes);
  ``distinct_events`` / ``distinct_documents`` count a sentence copied into near-identical
  articles once (:func:`newsgraph.reuse.independence.distinct_evidence`): the counts a reader
  is shown and relations are ranked by, ``events`` and ``documents`` staying the raw ones;
- ``pairs``: one record per unordered actor pair with the balance of cooperation against
  conflict, from the PLOVER quad classes of the events that are asserted as having happened.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any, Callable, Iterable, Sequence

from newsgraph.reuse.independence import distinct_counts
from newsgraph.times import timeline_key

# modes in which an event is told as having happened (or happening): they weigh in a balance
FACTUAL_MODES = frozenset({"asserted", "ongoing", "historical"})

# evidence grouped by independent origin (see newsgraph.reuse.independence.source_groups)
SourceGrouper = Callable[[Sequence[dict[str, Any]]], list[list[dict[str, Any]]]]


def distinct_documents(events: Sequence[dict[str, Any]]) -> int:
    return len({e["doc"] for e in events})


def by_document(events: Sequence[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Events grouped by document: the origins when nothing better is known."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for event in events:
        groups.setdefault(event["doc"], []).append(event)
    return list(groups.values())


def build_relations(events: Iterable[dict[str, Any]], quads: dict[str, str],
                    group_sources: SourceGrouper = by_document) -> list[dict[str, Any]]:
    groups: dict[tuple, list[dict[str, Any]]] = defaultdict(list)
    for event in events:
        if event["source"] and event["target"] and event["source"] != event["target"]:
            groups[(event["source"], event["target"], event["type"])].append(event)
    relations = [_relation(key, members, quads, group_sources) for key, members in groups.items()]
    # ranked by distinct evidence: five copies of one agency sentence are not five reports
    relations.sort(key=lambda r: (-r["distinct_documents"], -r["distinct_events"], -r["documents"],
                                  -len(r["events"]), r["source"], r["target"], r["type"] or ""))
    return relations


def _relation(key: tuple, events: list[dict[str, Any]], quads: dict[str, str],
              group_sources: SourceGrouper) -> dict[str, Any]:
    source, target, event_type = key
    origins = group_sources(events)
    dated = sorted((e["time"] for e in events if e.get("time") and e["time"].get("value")), key=timeline_key)
    unique_events, unique_documents = distinct_counts(events)
    return {
        "source": source, "target": target, "type": event_type, "quad": quads.get(event_type or ""),
        "events": [e["id"] for e in events],
        "documents": distinct_documents(events),
        "distinct_events": unique_events,
        "distinct_documents": unique_documents,
        "independent_sources": len(origins),
        "first": dated[0]["value"] if dated else None,
        "last": dated[-1]["value"] if dated else None,
        "modes": dict(Counter(e["mode"] for e in events)),
        "negated": sum(1 for e in events if e["negated"]),
        # more independent evidence, more trust: a noisy-or over the origins, each as sure as
        # its best event (one speaker saying it twice is one voice, not two)
        "confidence": evidence_confidence(max(e.get("confidence", 1.0) for e in origin) for origin in origins),
    }


def build_pairs(events: Iterable[dict[str, Any]], quads: dict[str, str]) -> list[dict[str, Any]]:
    """Per unordered actor pair: events of each quad class that count, and the balance
    (cooperation - conflict) / (cooperation + conflict), from -1 (only conflict) to 1."""
    tallies: dict[tuple[str, str], Counter] = defaultdict(Counter)
    event_ids: dict[tuple[str, str], list[str]] = defaultdict(list)
    for event in events:
        a, b = event["source"], event["target"]
        if not a or not b or a == b:
            continue
        pair = (min(a, b), max(a, b))
        event_ids[pair].append(event["id"])
        quad = quads.get(event["type"] or "")
        if quad and event["mode"] in FACTUAL_MODES and not event["negated"]:
            tallies[pair][quad] += 1
    pairs = []
    for (a, b), ids in event_ids.items():
        tally = tallies[(a, b)]
        cooperation = tally["verbal_cooperation"] + tally["material_cooperation"]
        conflict = tally["verbal_conflict"] + tally["material_conflict"]
        total = cooperation + conflict
        pairs.append({"a": a, "b": b, "events": ids, "quads": dict(tally),
                      "cooperation": cooperation, "conflict": conflict,
                      "balance": round((cooperation - conflict) / total, 3) if total else None})
    pairs.sort(key=lambda p: (-len(p["events"]), p["a"], p["b"]))
    return pairs


def evidence_confidence(values: Iterable[float]) -> float:
    """A relation's confidence from its events': the chance that at least one is right,
    taking them as independent (noisy-or)."""
    doubt = 1.0
    for value in values:
        doubt *= 1.0 - max(0.0, min(1.0, float(value)))
    return round(1.0 - doubt, 3)
