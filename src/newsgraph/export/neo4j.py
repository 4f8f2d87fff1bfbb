"""Neo4j: CSV files in the ``neo4j-admin database import`` format, plus ``import.cypher``, a
``LOAD CSV`` script that loads the same files into a running database.

Input: a :class:`~newsgraph.graph.Graph`. Output, in one folder:

- ``actors.csv`` (``:ID(Actor)``, labels ``Actor`` and the kind), ``documents.csv``
  (``:ID(Document)``);
- ``relations.csv`` (one relationship per relation, its PLOVER type as ``:TYPE``),
  ``affiliations.csv`` (``MEMBER_OF``/``PART_OF``), ``mentioned_in.csv`` (actor → document,
  with the number of mentions);
- ``import.cypher``.

Arrays use neo4j-admin's default delimiter ``;``. Every value is put on one line: the import
tool reads multi-line fields only when told to.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsgraph.export.csvfiles import write_rows
from newsgraph.export.rows import UNTYPED, edge_rows
from newsgraph.export.text import line_text
from newsgraph.graph import Graph

ARRAY = ";"


@dataclass(frozen=True)
class ImportFile:
    """One CSV file: its name, header (neo4j-admin typed columns) and rows."""

    name: str
    header: tuple[str, ...]
    rows: list[dict[str, Any]]
    relationship: bool


def write_neo4j(graph: Graph, folder: Path) -> list[Path]:
    """Write the CSV files and ``import.cypher`` into ``folder`` (created if needed)."""
    folder.mkdir(parents=True, exist_ok=True)
    files = import_files(graph)
    paths = []
    for spec in files:
        path = folder / spec.name
        write_rows(path, spec.header, spec.rows, line_text)
        paths.append(path)
    script = folder / "import.cypher"
    script.write_text(cypher_script(files), encoding="utf-8")
    return paths + [script]


def import_files(graph: Graph) -> list[ImportFile]:
    edges = edge_rows(graph)
    return [
        ImportFile("actors.csv", ("actorId:ID(Actor)", "name", "kind", "mentions:int", "documents:int",
                                  "aliases:string[]", ":LABEL"), _actor_rows(graph), False),
        ImportFile("documents.csv", ("docId:ID(Document)", "title", "outlet", "published", "path", "url", ":LABEL"),
                   _document_rows(graph), False),
        ImportFile("relations.csv", (":START_ID(Actor)", ":END_ID(Actor)", ":TYPE", "quad", "events:int",
                                     "eventIds:string[]", "documents:int", "independentSources:int", "first",
                                     "last", "negated:int"),
                   [_relation_row(e) for e in edges if e["category"] == "event"], True),
        ImportFile("affiliations.csv", (":START_ID(Actor)", ":END_ID(Actor)", ":TYPE", "role", "documents:int"),
                   [_affiliation_row(e) for e in edges if e["category"] == "affiliation"], True),
        ImportFile("mentioned_in.csv", (":START_ID(Actor)", ":END_ID(Document)", ":TYPE", "mentions:int"),
                   _mention_rows(graph), True),
    ]


def name_token(text: str) -> str:
    """A label or relationship type Cypher takes without quoting: letters, digits, underscore."""
    token = re.sub(r"\W+", "_", text, flags=re.ASCII).strip("_").upper()
    return token if token and not token[0].isdigit() else f"T_{token}"


def _actor_rows(graph: Graph) -> list[dict[str, Any]]:
    return [{"actorId:ID(Actor)": a.id, "name": a.name, "kind": a.kind, "mentions:int": a.mention_count,
             "documents:int": len(a.documents), "aliases:string[]": ARRAY.join(x.replace(ARRAY, ",") for x in a.aliases),
             ":LABEL": f"Actor{ARRAY}{name_token(a.kind)}"} for a in graph.actors]


def _document_rows(graph: Graph) -> list[dict[str, Any]]:
    return [{"docId:ID(Document)": d["id"], "title": d.get("title") or "", "outlet": d.get("outlet") or "",
             "published": d.get("published") or "", "path": d.get("path") or "", "url": d.get("url") or "",
             ":LABEL": "Document"} for d in graph.documents]


def _relation_row(edge: dict[str, Any]) -> dict[str, Any]:
    return {":START_ID(Actor)": edge["source"], ":END_ID(Actor)": edge["target"], ":TYPE": name_token(edge["relation"]),
            "quad": edge["quad"], "events:int": edge["events"], "eventIds:string[]": edge["event_ids"].replace("; ", ARRAY),
            "documents:int": edge["documents"], "independentSources:int": edge["independent_sources"],
            "first": edge["first"], "last": edge["last"], "negated:int": edge["negated"]}


def _affiliation_row(edge: dict[str, Any]) -> dict[str, Any]:
    return {":START_ID(Actor)": edge["source"], ":END_ID(Actor)": edge["target"], ":TYPE": name_token(edge["relation"]),
            "role": edge["role"], "documents:int": edge["documents"]}


def _mention_rows(graph: Graph) -> list[dict[str, Any]]:
    counts = Counter((m["actor"], m["doc"]) for m in graph.mentions)
    return [{":START_ID(Actor)": actor, ":END_ID(Document)": doc, ":TYPE": "MENTIONED_IN", "mentions:int": n}
            for (actor, doc), n in sorted(counts.items())]


def cypher_script(files: list[ImportFile]) -> str:
    """``LOAD CSV`` statements for the files (copied into Neo4j's import folder). Cypher takes
    no label or relationship type from a variable, so there is one statement per label and
    per type the files hold."""
    by_name = {f.name: f for f in files}
    parts = [_HEADER.format(files=" ".join(
        f"--{'relationships' if f.relationship else 'nodes'}={f.name}" for f in files))]
    parts.append(_NODES)
    parts += [f"MATCH (a:Actor) WHERE a.kind = {_string(kind)} SET a:{name_token(kind)};"
              for kind in sorted({r["kind"] for r in by_name["actors.csv"].rows})]
    parts += [_RELATION.format(type=t) for t in _types(by_name["relations.csv"])]
    parts += [_AFFILIATION.format(type=t) for t in _types(by_name["affiliations.csv"])]
    parts.append(_MENTIONS)
    return "\n\n".join(parts) + "\n"


def _string(text: str) -> str:
    """A Cypher string literal."""
    return "'" + line_text(text).replace("\\", "\\\\").replace("'", "\\'") + "'"


def _types(spec: ImportFile) -> list[str]:
    return sorted({row[":TYPE"] for row in spec.rows})


_HEADER = """// newsgraph export for Neo4j.
// Either: a new database from the CSV files (Neo4j 5; the database must not exist yet):
//   neo4j-admin database import full {files} newsgraph
// Or: copy the CSV files into the database's import folder and run this script
//   (cypher-shell -f import.cypher). Loading twice changes nothing (MERGE).
// Untyped events (a verb the lexicon does not know, between two named actors) are :""" + UNTYPED.upper() + "."

_NODES = """CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;

LOAD CSV WITH HEADERS FROM 'file:///actors.csv' AS row
MERGE (a:Actor {id: row.`actorId:ID(Actor)`})
SET a.name = row.name, a.kind = row.kind, a.mentions = toInteger(row.`mentions:int`),
    a.documents = toInteger(row.`documents:int`),
    a.aliases = CASE coalesce(row.`aliases:string[]`, '') WHEN '' THEN [] ELSE split(row.`aliases:string[]`, ';') END;

LOAD CSV WITH HEADERS FROM 'file:///documents.csv' AS row
MERGE (d:Document {id: row.`docId:ID(Document)`})
SET d.title = row.title, d.outlet = row.outlet, d.published = row.published, d.path = row.path, d.url = row.url;"""

_RELATION = """LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
WITH row WHERE row.`:TYPE` = '{type}'
MATCH (s:Actor {{id: row.`:START_ID(Actor)`}}), (t:Actor {{id: row.`:END_ID(Actor)`}})
MERGE (s)-[r:{type}]->(t)
SET r.quad = row.quad, r.events = toInteger(row.`events:int`), r.eventIds = split(row.`eventIds:string[]`, ';'),
    r.documents = toInteger(row.`documents:int`), r.independentSources = toInteger(row.`independentSources:int`),
    r.first = row.first, r.last = row.last, r.negated = toInteger(row.`negated:int`);"""

_AFFILIATION = """LOAD CSV WITH HEADERS FROM 'file:///affiliations.csv' AS row
WITH row WHERE row.`:TYPE` = '{type}'
MATCH (s:Actor {{id: row.`:START_ID(Actor)`}}), (t:Actor {{id: row.`:END_ID(Actor)`}})
MERGE (s)-[r:{type}]->(t)
SET r.role = row.role, r.documents = toInteger(row.`documents:int`);"""

_MENTIONS = """LOAD CSV WITH HEADERS FROM 'file:///mentioned_in.csv' AS row
MATCH (a:Actor {id: row.`:START_ID(Actor)`}), (d:Document {id: row.`:END_ID(Document)`})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.mentions = toInteger(row.`mentions:int`);"""
