"""Serve: a build's SQLite store in Datasette, with titles, facets, search and canned queries.

Input: a build folder (``OUT/graph.db``). Output: ``OUT/datasette.json`` (Datasette metadata,
from ``data/datasette.yaml``) and a running ``datasette serve`` process. Datasette is an
optional extra (``pip install newsgraph[serve]``; ``make demo`` installs it).
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

from newsgraph.errors import Errors, NewsgraphError
from newsgraph.store import DB_NAME, Store

METADATA_NAME = "datasette.json"


@dataclass(frozen=True)
class ServeSettings:
    """Where Datasette listens. The default host answers this machine only."""

    host: str = "127.0.0.1"
    port: int = 8001


def datasette_metadata() -> dict:
    """The packaged Datasette metadata (titles, descriptions, facets, canned queries)."""
    text = resources.files("newsgraph.data").joinpath("datasette.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def write_metadata(out: Path) -> Path:
    """Write ``OUT/datasette.json`` for the store in ``out``; returns its path."""
    Store(out).close()  # a clear error when ``out`` holds no build
    path = Path(out) / METADATA_NAME
    path.write_text(json.dumps(datasette_metadata(), indent=2), encoding="utf-8")
    return path


def datasette_command(out: Path, settings: ServeSettings) -> list[str]:
    """The command that serves ``OUT/graph.db`` with its metadata."""
    if importlib.util.find_spec("datasette") is None:
        raise NewsgraphError(Errors.DATASETTE_MISSING)
    metadata = write_metadata(out)
    return [sys.executable, "-m", "datasette", "serve", str(Path(out) / DB_NAME), "--metadata", str(metadata),
            "--host", settings.host, "--port", str(settings.port)]


def run_datasette(command: list[str]) -> None:
    """Become the :func:`datasette_command` process (never returns): a signal meant for
    ``newsgraph serve`` (Ctrl-C, a service manager's stop) then reaches Datasette itself, and
    no server is left running behind a stopped parent."""
    sys.stdout.flush()
    os.execv(command[0], command)
