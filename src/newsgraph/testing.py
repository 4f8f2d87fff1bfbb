"""Test hook: stop a build for a moment at each commit point, so a test can kill it exactly there.

With the environment variable ``NEWSGRAPH_TEST_PAUSE`` set to a number of seconds, a build
prints ``newsgraph-pause: WHERE`` to stderr and sleeps before each of its commits (``documents``:
a batch of per-document results, inside its transaction; ``graph tables``: the graph tables,
inside their transaction; ``graph.json``: the written temporary file, before its rename).
Unset, nothing happens. ``tests/test_crash.py`` kills builds at these points with SIGKILL.
"""

from __future__ import annotations

import os
import sys
import time

PAUSE_ENV = "NEWSGRAPH_TEST_PAUSE"
PAUSE_PREFIX = "newsgraph-pause: "


def pause_point(where: str) -> None:
    """Announce ``where`` and sleep, when the hook is on."""
    seconds = os.environ.get(PAUSE_ENV)
    if not seconds:
        return
    print(PAUSE_PREFIX + where, file=sys.stderr, flush=True)
    time.sleep(float(seconds))
