"""newsgraph: an evidence-backed graph of who did what to whom, who says so, and how
independent the sources are, built from a pile of news articles.

Python API::

    import newsgraph
    graph = newsgraph.build(["articles/"], out="out/articles")
    print(graph.actors[0].name, graph.to_json()[:80])
"""

from __future__ import annotations

__version__ = "0.43.0"

from pathlib import Path  # noqa: E402
from typing import Sequence  # noqa: E402

from newsgraph.graph import Graph  # noqa: E402


def build(paths: str | Path | Sequence[str | Path], out: str | Path | None = None, **settings) -> Graph:
    """Build the graph of the articles under ``paths`` and return it.

    Args:
        paths: files or folders (searched recursively) of .txt, .md, .html or .jsonl articles.
        out: folder for ``graph.json`` and ``graph.db``; None keeps everything in memory.
        **settings: fields of :class:`newsgraph.pipeline.BuildSettings` (model, workers, ...).

    Returns:
        The :class:`newsgraph.graph.Graph`.
    """
    from newsgraph.pipeline import BuildSettings, run_build

    if isinstance(paths, (str, Path)):
        paths = [paths]
    return run_build(list(paths), out, BuildSettings(**settings)).graph
