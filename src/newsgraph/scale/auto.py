"""``--workers auto``: pick the number of worker processes from the machine and the work.

Input: the documents still to analyze (a stream) and the batch size. Output: a
:class:`WorkerPlan` (how many processes, what batch size) and the same stream, unchanged.

Worker processes pay a start-up cost (a spawned interpreter, spaCy's imports and one model
load each, some seconds) that only pays back when there is text enough to share; a few dozen
articles parse faster in this process. So the plan reads ahead until it has seen enough text
to keep every worker busy: if the stream ends before, the job is small and gets one worker per
``MIN_CHARACTERS_PER_WORKER`` (one process when that is one); otherwise it takes as many
workers as the machine has cores, bounded by the memory a worker needs.
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
# about 3 s of parsing with en_core_web_sm on one core (some 25 short news articles): below
# that, a spawned worker's start-up costs more than the share of the parse it takes over. On a
# quiet 2-core machine 60 BBC articles (121,000 characters) build 1.2x faster with two workers
# than in one process (benchmarks/bench_build.py)
MIN_CHARACTERS_PER_WORKER = 50_000
MAX_LOOKAHEAD_DOCUMENTS = 5_000  # bounds memory when documents are tiny (posts, captions)
BATCHES_PER_WORKER = 3  # small jobs: batches small enough that every worker gets several


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
    stream = iter(documents)
    head: list[SourceDocument] = []
    characters = 0
    if most > 1:
        for document in stream:
            head.append(document)
            characters += len(document.text)
            if characters >= most * MIN_CHARACTERS_PER_WORKER or len(head) >= MAX_LOOKAHEAD_DOCUMENTS:
                break
    documents_back = chain(head, stream)
    if most == 1:
        limit = "one core" if cores == 1 else "memory for one worker"
        return WorkerPlan(1, batch_size, f"auto: {limit}"), documents_back
    if characters >= most * MIN_CHARACTERS_PER_WORKER or len(head) >= MAX_LOOKAHEAD_DOCUMENTS:
        reason = f"auto: {cores} cores" + ("" if most == cores else ", memory")
        return WorkerPlan(most, batch_size, reason), documents_back
    # the whole stream is in ``head``: a small job
    workers = min(most, len(head), characters // MIN_CHARACTERS_PER_WORKER)
    if workers <= 1:
        return WorkerPlan(1, batch_size, f"auto: {len(head)} new documents, little text"), documents_back
    size = max(1, min(batch_size, -(-len(head) // (workers * BATCHES_PER_WORKER))))
    return WorkerPlan(workers, size, f"auto: {len(head)} new documents, {cores} cores"), documents_back


def parse_workers(value: str | int) -> int | str:
    """``auto`` or a whole number of workers ≥ 1, from a command-line value; ValueError otherwise."""
    text = str(value).strip().lower()
    if text == AUTO_WORKERS:
        return AUTO_WORKERS
    if not text.isdigit() or int(text) < 1:
        raise ValueError(f"--workers takes 'auto' or a whole number of at least 1, not {value!r}")
    return int(text)
