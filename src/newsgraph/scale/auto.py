"""``--workers auto``: pick the number of worker processes from the machine and the work.

Input: the documents still to analyze (a stream) and the batch size. Output: a
:class:`WorkerPlan` (how many processes, what batch size) and the same stream, unchanged.

Worker processes pay a start-up cost (a spawned interpreter and one model load each) that
only pays back when there are documents enough to share; a handful of articles is faster in
this process. So the plan looks ahead at most ``lookahead`` documents: if the stream ends
before, the work is small and runs in one process; otherwise it takes as many workers as
the machine has cores, bounded by the memory a worker needs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from itertools import chain, islice
from typing import Iterable, Iterator

import psutil

from newsgraph.model import SourceDocument

AUTO_WORKERS = "auto"
WORKER_MEMORY_BYTES = 1_000_000_000  # a worker with en_core_web_sm peaks near 0.6 GB; keep headroom
MIN_DOCUMENTS_PER_WORKER = 12  # below this a spawned worker costs more than it saves
BATCHES_PER_WORKER = 3  # small corpora: batches small enough that every worker gets several


@dataclass(frozen=True)
class WorkerPlan:
    """How the per-document stages will run: ``workers`` processes (1: in this process)."""

    workers: int
    batch_size: int
    reason: str  # a few words for the build summary: why this many


def usable_cores() -> int:
    """Cores this process may run on (a container or taskset may allow fewer than the machine has)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def memory_bound() -> int:
    """How many workers the available memory holds."""
    return max(1, int(psutil.virtual_memory().available // WORKER_MEMORY_BYTES))


def plan_workers(documents: Iterable[SourceDocument], batch_size: int, *, cores: int | None = None,
                 memory_workers: int | None = None) -> tuple[WorkerPlan, Iterator[SourceDocument]]:
    """The plan for ``documents``, and the documents (the looked-ahead ones put back in front)."""
    cores = usable_cores() if cores is None else cores
    memory_workers = memory_bound() if memory_workers is None else memory_workers
    most = max(1, min(cores, memory_workers))
    lookahead = most * max(batch_size, MIN_DOCUMENTS_PER_WORKER)
    stream = iter(documents)
    head = list(islice(stream, lookahead))
    documents_back = chain(head, stream)
    if most == 1:
        limit = "one core" if cores == 1 else "memory for one worker"
        return WorkerPlan(1, batch_size, f"auto: {limit}"), documents_back
    if len(head) < lookahead:  # the whole stream is in ``head``: a small job
        workers = min(most, len(head) // MIN_DOCUMENTS_PER_WORKER)
        if workers <= 1:
            return WorkerPlan(1, batch_size, f"auto: {len(head)} new documents"), documents_back
        size = max(1, min(batch_size, -(-len(head) // (workers * BATCHES_PER_WORKER))))
        return WorkerPlan(workers, size, f"auto: {len(head)} new documents, {cores} cores"), documents_back
    return WorkerPlan(most, batch_size, f"auto: {cores} cores" + ("" if most == cores else ", memory")), \
        documents_back


def parse_workers(value: str | int) -> int | str:
    """``auto`` or a whole number of workers ≥ 1, from a command-line value; ValueError otherwise."""
    text = str(value).strip().lower()
    if text == AUTO_WORKERS:
        return AUTO_WORKERS
    if not text.isdigit() or int(text) < 1:
        raise ValueError(f"--workers takes 'auto' or a whole number of at least 1, not {value!r}")
    return int(text)
