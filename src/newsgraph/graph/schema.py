"""The JSON Schema (draft 2020-12) of ``graph.json``, published as ``data/graph.schema.json``.

Input: a graph as a dict (``Graph.to_dict()`` or a loaded ``graph.json``). Output: the
schema itself, or the list of places where a graph breaks it. The schema names every key the
contract promises as required and leaves objects open, so additive keys stay valid.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

SCHEMA_FILE = "graph.schema.json"


def graph_schema_text() -> str:
    """The schema as packaged, byte for byte (what ``newsgraph schema`` prints)."""
    return resources.files("newsgraph.data").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


def graph_schema() -> dict[str, Any]:
    return json.loads(graph_schema_text())


def schema_errors(graph: dict[str, Any], schema: dict[str, Any] | None = None, limit: int = 20) -> list[str]:
    """Up to ``limit`` violations of the schema, each as 'json path: message'; [] when valid."""
    from jsonschema import Draft202012Validator  # imported here: only validation needs it

    validator = Draft202012Validator(schema or graph_schema())
    found = []
    for error in validator.iter_errors(graph):
        found.append(f"{error.json_path}: {error.message[:300]}")
        if len(found) >= limit:
            break
    return found
