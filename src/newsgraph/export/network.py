"""GraphML and GEXF (Gephi): the actor network through networkx.

Input: a :class:`~newsgraph.graph.Graph`. Output: a ``networkx.MultiDiGraph`` with one node
per actor and one edge per row of :func:`~newsgraph.export.rows.edge_rows` (a relation or an
affiliation; the edge key is its relation name, so parallel edges of different types stay
apart), written by networkx. Every string is cleaned for XML first.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx

from newsgraph.export.rows import edge_rows, node_rows
from newsgraph.export.text import xml_text
from newsgraph.graph import Graph


def actor_network(graph: Graph) -> nx.MultiDiGraph:
    """The actor network with scalar attributes only (GraphML and GEXF hold no lists or None).
    Nodes: label, name, kind, mentions, documents, aliases, affiliations. Edges: label,
    relation, category, quad, role, events, event_ids, documents, independent_sources, first,
    last, modes, negated, and weight (independent sources; 1 for an affiliation)."""
    network = nx.MultiDiGraph(name="newsgraph actor network")
    for row in node_rows(graph):
        attributes = _clean({k: v for k, v in row.items() if k != "id"})
        network.add_node(xml_text(row["id"]), label=attributes["name"], **attributes)
    for row in edge_rows(graph):
        attributes = _clean({k: v for k, v in row.items() if k not in ("source", "target")})
        weight = row["independent_sources"] if row["category"] == "event" else 1
        network.add_edge(xml_text(row["source"]), xml_text(row["target"]), key=attributes["relation"],
                         label=attributes["relation"], weight=weight, **attributes)
    return network


def _clean(attributes: dict[str, Any]) -> dict[str, Any]:
    return {k: xml_text(v) if isinstance(v, str) else v for k, v in attributes.items()}


def write_graphml(graph: Graph, path: Path) -> list[Path]:
    """Write ``path`` (GraphML, readable by networkx, Gephi, yEd, Cytoscape)."""
    nx.write_graphml(actor_network(graph), path, encoding="utf-8", prettyprint=True)
    return [path]


def write_gexf(graph: Graph, path: Path) -> list[Path]:
    """Write ``path`` (GEXF 1.2, Gephi's own format)."""
    nx.write_gexf(actor_network(graph), path, encoding="utf-8", prettyprint=True)
    return [path]
