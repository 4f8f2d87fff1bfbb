"""Helpers for stages that build millions of small objects in one pass."""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector during bulk work that forms no reference cycles.

    Each full collection walks every live container; a stage that allocates in proportion to
    the corpus would trigger collections whose cost also grows with the corpus, so its time
    would grow faster than its input. Restored on exit, as it was; whatever cycles arose
    meanwhile are collected by the next collection after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
