"""Scale: the per-document stages run over batches of documents, in this process, in worker
processes (``--workers N``) or as Dask tasks (``--dask ADDRESS``).

Input: a stream of :class:`~newsgraph.model.SourceDocument` and a picklable factory for a
batch analyzer (a callable taking a list of documents and returning their results as plain
dicts, the ``DocumentResult.to_dict()`` form). Output: ``(batch number, records)`` pairs as
batches finish, possibly out of order. Documents are pulled from the stream only as workers
free up, so at most a few batches of texts are in memory at once.

The runners know nothing of spaCy or of the stages: each worker calls the factory once (one
model load per worker) and then only the analyzer.
"""

from __future__ import annotations

from itertools import islice
from typing import Callable, Iterable, Iterator, Protocol, TypeVar

from newsgraph.model import SourceDocument

T = TypeVar("T")
Record = dict  # DocumentResult.to_dict(): plain data, cheap to pickle and to store


class BatchAnalyzer(Protocol):
    """Analyzes a batch of documents. May also offer ``stream(documents)``, yielding one
    record per document in order: the in-process runner then keeps one spaCy pipe open over
    the whole stream instead of starting one per batch."""

    def __call__(self, documents: list[SourceDocument]) -> list[Record]: ...


AnalyzerFactory = Callable[[], BatchAnalyzer]


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of ``size`` items (the last may be shorter), pulled lazily."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


class InProcessRunner:
    """Runs the analyzer in this process: no start-up cost, the default for one worker."""

    def __init__(self, make_analyzer: AnalyzerFactory, batch_docs: int):
        self.make_analyzer = make_analyzer
        self.batch_docs = batch_docs

    def __enter__(self) -> "InProcessRunner":
        return self

    def __exit__(self, *exc) -> None:
        return None

    def run(self, documents: Iterable[SourceDocument]) -> Iterator[tuple[int, list[Record]]]:
        analyze = self.make_analyzer()
        stream = getattr(analyze, "stream", None)
        if stream is None:
            records: Iterable[Record] = (r for batch in batched(documents, self.batch_docs) for r in analyze(batch))
        else:
            records = stream(documents)
        # still handed on in batches: each is one store transaction
        yield from enumerate(batched(records, self.batch_docs))
