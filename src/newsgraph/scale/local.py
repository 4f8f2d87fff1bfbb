"""Worker processes on one machine: ``--workers N``.

Each worker is a spawned process that builds its analyzer once (one model load), then takes
batches of documents from a queue and sends back their results as plain dicts; spaCy objects
never cross a process boundary. The main process keeps at most ``in_flight`` batches queued,
so the document stream is read only as fast as the workers work.

Spawned (not forked) workers hold none of the parent's open files: the store's lock is
released the moment the main process dies, and a worker whose parent is gone (kill -9) exits
by itself within a second.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
from typing import Iterable, Iterator

from newsgraph.errors import Errors, NewsgraphError
from newsgraph.model import SourceDocument
from newsgraph.scale import AnalyzerFactory, Record, batched

POLL_SECONDS = 1.0  # how often an idle worker checks its parent, and the main its workers
STOP_SECONDS = 10.0


def _worker_main(make_analyzer: AnalyzerFactory, inbox, outbox, parent: int) -> None:
    """A worker's life: build the analyzer once, then analyze batches until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    try:
        analyze = make_analyzer()
    except Exception as error:  # e.g. a data file that cannot be read: tell the main, stop
        outbox.put(("failed", None, f"{type(error).__name__}: {error}"))
        return
    while True:
        try:
            task = inbox.get(timeout=POLL_SECONDS)
        except queue.Empty:
            if os.getppid() != parent:
                os._exit(0)  # orphaned: nobody will read our results, and queues must not block exit
            continue
        if task is None:
            return
        number, documents = task
        try:
            outbox.put(("done", number, analyze(documents)))
        except Exception as error:
            outbox.put(("failed", number, f"{type(error).__name__}: {error}"))


class ProcessRunner:
    """Runs the analyzer in ``workers`` spawned processes. Use as a context manager."""

    def __init__(self, make_analyzer: AnalyzerFactory, workers: int, batch_docs: int,
                 in_flight_per_worker: int = 2):
        self.make_analyzer = make_analyzer
        self.workers = workers
        self.batch_docs = batch_docs
        self.in_flight = workers * in_flight_per_worker
        context = multiprocessing.get_context("spawn")
        self.inbox = context.Queue()
        self.outbox = context.Queue()
        self.processes = [
            context.Process(target=_worker_main, args=(make_analyzer, self.inbox, self.outbox, os.getpid()),
                            name=f"newsgraph-worker-{i}", daemon=True)
            for i in range(workers)
        ]

    def __enter__(self) -> "ProcessRunner":
        return self

    def __exit__(self, *exc) -> None:
        started = [p for p in self.processes if p.pid is not None]
        for _ in started:
            self.inbox.put(None)
        for process in started:
            process.join(STOP_SECONDS)
            if process.is_alive():
                process.terminate()
                process.join()
        self.inbox.close()
        self.outbox.close()

    def run(self, documents: Iterable[SourceDocument]) -> Iterator[tuple[int, list[Record]]]:
        """Yields (batch number, records) as batches finish; batch numbers follow the stream.
        Workers start with the first batch: a build with nothing new loads no model."""
        batches = enumerate(batched(documents, self.batch_docs))
        pending = 0
        for task in batches:
            if pending == 0:
                for process in self.processes:
                    process.start()
            self.inbox.put(task)
            pending += 1
            if pending >= self.in_flight:
                break
        while pending:
            number, records = self._receive()
            pending -= 1
            task = next(batches, None)
            if task is not None:
                self.inbox.put(task)
                pending += 1
            yield number, records

    def _receive(self) -> tuple[int, list[Record]]:
        while True:
            try:
                status, number, payload = self.outbox.get(timeout=POLL_SECONDS)
            except queue.Empty:
                self._check_workers()
                continue
            if status == "failed":
                raise NewsgraphError(Errors.WORKER_FAILED.format(reason=payload))
            return number, payload

    def _check_workers(self) -> None:
        dead = [p for p in self.processes if p.exitcode is not None]
        if dead:
            raise NewsgraphError(Errors.WORKER_FAILED.format(
                reason=f"{dead[0].name} stopped (exit code {dead[0].exitcode})"))
