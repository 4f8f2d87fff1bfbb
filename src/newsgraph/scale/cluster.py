"""Dask: the per-document stages as tasks on a ``dask.distributed`` cluster (``--dask ADDRESS``)
or on a local cluster of worker processes (``--dask local``).

Each task analyzes one batch of documents. A worker builds its analyzer (one model load) on its
first task and keeps it as an attribute of the Dask worker, keyed by the pipeline signature, so
later tasks reuse it; nothing is kept in this process. Only documents and plain-dict results
travel. At most ``in_flight`` batches are submitted at once, so the document stream is read
only as fast as the cluster works.

Every worker must be able to import newsgraph and load the model, and see the data files
named in the settings (``--lexicon`` and the like) at the same paths.
"""

from __future__ import annotations

import logging
import threading
from typing import Iterable, Iterator

from newsgraph.errors import Errors, NewsgraphError
from newsgraph.model import SourceDocument
from newsgraph.scale import AnalyzerFactory, Record, batched

LOCAL = "local"
CONNECT_TIMEOUT = "20s"
WORKER_CACHE = "newsgraph_analyzers"  # attribute of the Dask worker holding its analyzers


def analyze_on_worker(make_analyzer: AnalyzerFactory, key: str, documents: list[SourceDocument]) -> list[Record]:
    """The task: analyze ``documents`` with this worker's analyzer for ``key``, built once."""
    from distributed import get_worker

    worker = get_worker()
    cache = getattr(worker, WORKER_CACHE, None)
    if cache is None:
        cache = {}
        setattr(worker, WORKER_CACHE, cache)
    if key not in cache:
        cache[key] = (make_analyzer(), threading.Lock())
    analyze, lock = cache[key]
    with lock:  # one spaCy pipeline is not shared between threads of a many-threaded worker
        return analyze(documents)


class DaskRunner:
    """Runs the analyzer as Dask tasks. Use as a context manager (connects, or starts a cluster)."""

    def __init__(self, address: str, make_analyzer: AnalyzerFactory, key: str, *, workers: int,
                 batch_docs: int, in_flight_per_worker: int = 2, connect_timeout: str = CONNECT_TIMEOUT):
        self.address = address
        self.make_analyzer = make_analyzer
        self.key = key
        self.workers = workers
        self.batch_docs = batch_docs
        self.in_flight_per_worker = in_flight_per_worker
        self.connect_timeout = connect_timeout
        self.cluster = None
        self.client = None

    def __enter__(self) -> "DaskRunner":
        return self

    def connect(self) -> None:
        """Connect to the scheduler, or start the local cluster (done by :meth:`run` on the
        first batch: a build with nothing new starts nothing)."""
        from distributed import Client, LocalCluster

        try:
            if self.address == LOCAL:
                self.cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                            host="127.0.0.1", dashboard_address=None,
                                            silence_logs=logging.ERROR)
                self.client = Client(self.cluster)
            else:
                self.client = Client(self.address, timeout=self.connect_timeout)
        except (OSError, TimeoutError, ValueError) as error:
            self.__exit__()
            raise NewsgraphError(Errors.DASK_UNREACHABLE.format(address=self.address, reason=error)) from None

    def __exit__(self, *exc) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def worker_count(self) -> int:
        return max(1, len(self.client.scheduler_info().get("workers", {})))

    def run(self, documents: Iterable[SourceDocument]) -> Iterator[tuple[int, list[Record]]]:
        """Yields (batch number, records) as tasks finish; batch numbers follow the stream."""
        from distributed import as_completed

        batches = enumerate(batched(documents, self.batch_docs))
        first = next(batches, None)
        if first is None:
            return
        self.connect()
        limit = self.worker_count() * self.in_flight_per_worker
        numbers: dict[str, int] = {}
        running = as_completed([self._submit(*first, numbers)])
        while len(numbers) < limit and (task := next(batches, None)) is not None:
            running.add(self._submit(*task, numbers))
        for future in running:
            number = numbers.pop(future.key)
            records = self._result(future)
            task = next(batches, None)
            if task is not None:
                running.add(self._submit(*task, numbers))
            yield number, records

    def _submit(self, number: int, batch: list[SourceDocument], numbers: dict):
        future = self.client.submit(analyze_on_worker, self.make_analyzer, self.key, batch,
                                    pure=False, key=f"newsgraph-batch-{number}-{id(self)}")
        numbers[future.key] = number
        return future

    @staticmethod
    def _result(future) -> list[Record]:
        try:
            return future.result()
        except Exception as error:  # the task's own error, re-raised here by Dask
            raise NewsgraphError(Errors.WORKER_FAILED.format(reason=f"{type(error).__name__}: {error}")) from None
