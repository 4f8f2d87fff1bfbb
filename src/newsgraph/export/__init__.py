"""Exports: the graph in formats other tools read.

Input: a :class:`~newsgraph.graph.Graph` (``Graph.load(OUT)`` reads a build). Output: files
written by :func:`export_graph`, one module per format:

=========  ==========================================================  ===============
format     what                                                        destination
=========  ==========================================================  ===============
graphml    actor network (networkx GraphML): yEd, Cytoscape, Gephi     a file
gexf       actor network (GEXF 1.2): Gephi                             a file
csv        nodes.csv, edges.csv, evidence.csv                          a folder
neo4j      neo4j-admin import CSV files + import.cypher (LOAD CSV)     a folder
jsonl      events.jsonl, claims.jsonl (graph.json records)             a folder
=========  ==========================================================  ===============
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

from newsgraph.errors import Errors, NewsgraphError
from newsgraph.export.csvfiles import write_csv
from newsgraph.export.jsonl import write_jsonl
from newsgraph.export.neo4j import write_neo4j
from newsgraph.export.network import actor_network, write_gexf, write_graphml
from newsgraph.graph import Graph
from newsgraph.model import record_confidence

__all__ = ["FORMATS", "ExportFormat", "actor_network", "at_confidence", "default_destination", "export_graph",
           "hidden_claims"]


@dataclass(frozen=True)
class ExportFormat:
    """A format: its writer (graph, destination -> files written), whether the destination
    is a single file or a folder, and the default name inside the build folder."""

    name: str
    writer: Callable[[Graph, Path], list[Path]]
    single_file: bool
    default_name: str
    description: str


FORMATS: dict[str, ExportFormat] = {f.name: f for f in (
    ExportFormat("graphml", write_graphml, True, "graph.graphml", "actor network as GraphML"),
    ExportFormat("gexf", write_gexf, True, "graph.gexf", "actor network as GEXF (Gephi)"),
    ExportFormat("csv", write_csv, False, "csv", "nodes.csv, edges.csv, evidence.csv"),
    ExportFormat("neo4j", write_neo4j, False, "neo4j", "neo4j-admin import CSV files and import.cypher"),
    ExportFormat("jsonl", write_jsonl, False, "jsonl", "events.jsonl and claims.jsonl"),
)}


def default_destination(out: str | Path, name: str) -> Path:
    """Where ``newsgraph export OUT --format NAME`` writes without ``-o``: inside ``OUT/export``."""
    return Path(out) / "export" / _format(name).default_name


def export_graph(graph: Graph, name: str, destination: str | Path) -> list[Path]:
    """Write ``graph`` in format ``name`` to ``destination`` (a file for graphml and gexf, a
    folder for the others); return the files written."""
    spec = _format(name)
    destination = Path(destination)
    if spec.single_file:
        if destination.is_dir():
            destination = destination / spec.default_name
        destination.parent.mkdir(parents=True, exist_ok=True)
    elif destination.exists() and not destination.is_dir():
        raise NewsgraphError(Errors.EXPORT_NOT_A_FOLDER.format(path=destination, format=name))
    return spec.writer(graph, destination)


def at_confidence(graph: Graph, min_confidence: float) -> tuple[Graph, int, int]:
    """``graph`` as a person is shown it: relations at or above ``min_confidence``, and events
    at or above it or evidence of a relation kept (a relation is exported with its sentences).
    Claims at or above it, or cited by an event kept or a contradiction (:func:`hidden_claims`
    counts the rest). Actors and everything else stay. Returns the graph and how many relations
    and events were left out."""
    relations = [r for r in graph.relations if record_confidence(r) >= min_confidence]
    evidence = {event_id for r in relations for event_id in r["events"]}
    events = [e for e in graph.events if record_confidence(e) >= min_confidence or e["id"] in evidence]
    kept = replace(graph, relations=relations, events=events, claims=_claims_at(graph, events, min_confidence))
    return kept, len(graph.relations) - len(relations), len(graph.events) - len(events)


def hidden_claims(graph: Graph, shown: Graph) -> int:
    """How many claims :func:`at_confidence` left out of ``shown`` (positions, requests, questions)."""
    return len(graph.claims) - len(shown.claims)


def _claims_at(graph: Graph, events: list[dict], min_confidence: float) -> list[dict]:
    """Claims at or above ``min_confidence``, and those an event kept or a contradiction cites
    (their ids must resolve in the export)."""
    cited = {e.get("claim") for e in events} | {i for c in graph.contradictions for i in c.get("items", [])}
    return [c for c in graph.claims if record_confidence(c) >= min_confidence or c["id"] in cited]


def _format(name: str) -> ExportFormat:
    try:
        return FORMATS[name.lower()]
    except KeyError:
        raise NewsgraphError(Errors.UNKNOWN_FORMAT.format(name=name, known=", ".join(FORMATS))) from None
