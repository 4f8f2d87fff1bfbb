"""Candidate pairs: documents that probably share a passage, found with MinHash LSH.

Each document's shingles are cut into chunks of ``chunk_shingles``; a window is
``window_chunks`` consecutive chunks, and its MinHash is the union of theirs (computed once
per chunk, not once per window). Every window goes into one datasketch ``MinHashLSH``; two
documents are a candidate pair when windows of both fall into one LSH bucket. Only bucket
members are paired, so the work grows with the amount of shared text, not with the square
of the corpus.
"""

from __future__ import annotations

import gc
import zlib
from contextlib import contextmanager
from itertools import combinations
from typing import TYPE_CHECKING, Sequence

from datasketch import MinHash, MinHashLSH

if TYPE_CHECKING:
    from newsgraph.reuse import ReuseSettings


def _band_key(band: bytes) -> int:
    """A band's bucket key as a small int rather than the band's bytes: millions of keys take
    less memory, which keeps the index growing in step with the corpus. A rare collision only
    proposes a pair that alignment then rejects."""
    return zlib.crc32(band)


def _as_is(value: int) -> int:
    """Shingles arrive hashed already (32-bit CRC), so MinHash takes them unchanged."""
    return value


def window_minhashes(shingles: Sequence[int], template: MinHash, settings: "ReuseSettings") -> list[MinHash]:
    """The MinHash of each window of a document's shingles (one for a short document)."""
    if not shingles:
        return []
    size = settings.chunk_shingles
    chunks = []
    for start in range(0, len(shingles), size):
        chunk = template.copy()
        chunk.update_batch(shingles[start:start + size])
        chunks.append(chunk)
    span = settings.window_chunks
    if span == 1:
        return chunks
    if len(chunks) <= span:
        return [chunks[0] if len(chunks) == 1 else MinHash.union(*chunks)]
    return [MinHash.union(*chunks[i:i + span]) for i in range(len(chunks) - span + 1)]


def candidate_pairs(documents: Sequence[Sequence[int]], settings: "ReuseSettings") -> set[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, of indexes into ``documents`` (each a list of shingle
    hashes) whose windows share an LSH bucket."""
    with no_cycle_collection():
        return _bucket_pairs(_index(documents, settings), settings.max_bucket_docs)


@contextmanager
def no_cycle_collection():
    """Pause Python's cycle collector while reuse is found: the LSH index and the word lists
    are millions of small sets, lists and tuples that form no cycles, and each full collection
    would walk them all again, making the work grow faster than the corpus. Restored on exit,
    as it was; whatever cycles arose meanwhile are collected after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _index(documents: Sequence[Sequence[int]], settings: "ReuseSettings") -> MinHashLSH:
    template = MinHash(num_perm=settings.num_perm, hashfunc=_as_is)
    lsh = MinHashLSH(threshold=settings.lsh_threshold, num_perm=settings.num_perm, hashfunc=_band_key)
    with lsh.insertion_session() as session:
        for doc, shingles in enumerate(documents):
            for window, minhash in enumerate(window_minhashes(shingles, template, settings)):
                session.insert((doc, window), minhash, check_duplication=False)
    return lsh


def _bucket_pairs(lsh: MinHashLSH, max_bucket_docs: int) -> set[tuple[int, int]]:
    """Pairs of documents that have windows in one bucket (of at most ``max_bucket_docs``)."""
    groups: set[tuple[int, ...]] = set()  # the same documents fill many buckets: pair them once
    for table in lsh.hashtables:
        for bucket in table.keys():
            keys = table.get(bucket)
            if len(keys) > 1:
                docs = tuple(sorted({doc for doc, _ in keys}))
                if 1 < len(docs) <= max_bucket_docs:
                    groups.add(docs)
    pairs: set[tuple[int, int]] = set()
    for docs in groups:
        pairs.update(combinations(docs, 2))
    return pairs
