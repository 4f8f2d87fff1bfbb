"""Candidate pairs: documents that probably share a passage, found with MinHash LSH.

Input: each document's shingle hashes (32-bit, from :func:`newsgraph.reuse.text.words_of`)
and :class:`~newsgraph.reuse.ReuseSettings`. Output: pairs ``(i, j)``, ``i < j``, of indexes
into the documents, to be aligned.

Each document's shingles are cut into chunks of ``chunk_shingles``; a window is
``window_chunks`` consecutive chunks. A window's signature is datasketch's MinHash of its
shingles (same permutations, same values as ``datasketch.MinHash.update_batch``), and the LSH
bands and rows per band are the ones datasketch's ``MinHashLSH`` picks for the threshold.
What datasketch would do one window and one bucket at a time in Python is done here with
numpy, a document at a time: the shingles are permuted as one matrix, chunk minima come from
one ``reduceat``, window minima from shifted ``minimum`` calls, and each band is folded into
one 64-bit bucket key. All (bucket, document) keys of the corpus are then sorted once; a
bucket holding two documents or more (and at most ``max_bucket_docs``) pairs them. Only
bucket members are paired, so the work grows with the corpus and the text it shares, never
with the square of the corpus.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

import numpy as np

if TYPE_CHECKING:
    from newsgraph.reuse import ReuseSettings

# MurmurHash3's 32-bit finalizer, the pre-mix datasketch's "affine32" scheme applies to each
# input hash before its permutations.
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))
_FOLD_SEED = 20251122  # the random multipliers that fold a band's rows into one bucket key


@dataclass(frozen=True)
class Banding:
    """How window signatures become bucket keys: datasketch's permutations (``a``, ``b``) and
    LSH shape (``bands`` of ``rows``), and one odd 64-bit multiplier per band and row."""

    a: np.ndarray
    b: np.ndarray
    bands: int
    rows: int
    multipliers: np.ndarray

    @classmethod
    def for_settings(cls, settings: "ReuseSettings") -> "Banding":
        # imported here: datasketch pulls in scipy (over a second), which worker processes and
        # the query commands, which never look for recycled text, should not pay for
        from datasketch import MinHash, MinHashLSH

        template = MinHash(num_perm=settings.num_perm, scheme="affine32")
        lsh = MinHashLSH(threshold=settings.lsh_threshold, num_perm=settings.num_perm)
        rng = np.random.default_rng(_FOLD_SEED)
        multipliers = rng.integers(0, 2**63, size=(lsh.b, lsh.r), dtype=np.uint64) * np.uint64(2) + np.uint64(1)
        a, b = template.permutations
        return cls(a.astype(np.uint32), b.astype(np.uint32), lsh.b, lsh.r, multipliers)


def window_signatures(shingles: np.ndarray, banding: Banding, settings: "ReuseSettings") -> np.ndarray:
    """The MinHash signature of each window of a document's shingles, one row per window
    (one window for a document of ``window_chunks`` chunks or fewer; none without shingles)."""
    if not len(shingles):
        return np.empty((0, len(banding.a)), dtype=np.uint32)
    permuted = _fmix32(shingles.astype(np.uint32))[:, None] * banding.a + banding.b
    chunk_starts = np.arange(0, len(shingles), settings.chunk_shingles)
    chunks = np.minimum.reduceat(permuted, chunk_starts, axis=0)
    span = settings.window_chunks
    if len(chunks) <= span:
        return chunks.min(axis=0, keepdims=True)
    windows = chunks[:len(chunks) - span + 1].copy()
    for shift in range(1, span):
        np.minimum(windows, chunks[shift:len(chunks) - span + 1 + shift], out=windows)
    return windows


def _fmix32(values: np.ndarray) -> np.ndarray:
    s1, m1, s2, m2, s3 = _FMIX32
    values = values ^ (values >> s1)
    values = values * m1
    values = values ^ (values >> s2)
    values = values * m2
    return values ^ (values >> s3)


def bucket_keys(signatures: np.ndarray, banding: Banding) -> np.ndarray:
    """One 64-bit key per window and band: equal bands give equal keys; unequal bands collide
    about once in 2^64, and a collision only proposes a pair that alignment then rejects."""
    rows = signatures[:, :banding.bands * banding.rows].astype(np.uint64)
    rows = rows.reshape(len(signatures), banding.bands, banding.rows)
    folded = (rows * banding.multipliers).sum(axis=2, dtype=np.uint64)
    return (folded ^ (folded >> np.uint64(29))).ravel()


def candidate_pairs(documents: Sequence[Sequence[int] | np.ndarray], settings: "ReuseSettings") -> set[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, of indexes into ``documents`` (each a list or array of
    shingle hashes) whose windows share an LSH bucket."""
    banding = Banding.for_settings(settings)
    doc_bits = max(1, (len(documents) - 1).bit_length())
    keys = [_document_keys(np.asarray(shingles, dtype=np.int64), doc, doc_bits, banding, settings)
            for doc, shingles in enumerate(documents)]
    if not keys:
        return set()
    return _bucket_pairs(sorted_distinct(np.concatenate(keys)), doc_bits, settings.max_bucket_docs)


def _document_keys(shingles: np.ndarray, doc: int, doc_bits: int, banding: Banding,
                   settings: "ReuseSettings") -> np.ndarray:
    """The document's distinct buckets, each with the document number in its low bits (the
    key's own low bits give way: collisions stay as rare as in 2^(64 - doc_bits))."""
    keys = bucket_keys(window_signatures(shingles, banding, settings), banding)
    low = np.uint64(doc_bits)
    return sorted_distinct(((keys >> low) << low) | np.uint64(doc))


def sorted_distinct(values: np.ndarray) -> np.ndarray:
    """``values`` sorted, each once. Not ``np.unique``: numpy 2 answers it with a hash table,
    a hundred times slower than sorting these integers."""
    ordered = np.sort(values)
    return ordered[np.r_[True, ordered[1:] != ordered[:-1]]] if len(ordered) else ordered


def _bucket_pairs(keys: np.ndarray, doc_bits: int, max_bucket_docs: int) -> set[tuple[int, int]]:
    """Pairs of documents found in one bucket (of at most ``max_bucket_docs`` documents).
    ``keys`` is sorted and distinct, so a bucket's documents are consecutive, distinct and in
    order. Buckets are taken a size at a time, as one array of rows: the same documents fill
    many buckets, so rows are made distinct before they are paired."""
    if not len(keys):
        return set()
    low = np.uint64(doc_bits)
    buckets, docs = keys >> low, (keys & ((np.uint64(1) << low) - np.uint64(1))).astype(np.int64)
    starts = np.flatnonzero(np.r_[True, buckets[1:] != buckets[:-1]])
    sizes = np.diff(np.r_[starts, len(keys)])
    packed = [np.empty(0, dtype=np.int64)]
    for size in np.unique(sizes[(sizes >= 2) & (sizes <= max_bucket_docs)]).tolist():
        rows = _distinct_rows(docs[starts[sizes == size][:, None] + np.arange(size)], doc_bits)
        left, right = np.triu_indices(size, k=1)
        packed.append(((rows[:, left] << 32) | rows[:, right]).ravel())
    pairs = sorted_distinct(np.concatenate(packed))
    return set(zip((pairs >> 32).tolist(), (pairs & 0xFFFFFFFF).tolist()))


def _distinct_rows(rows: np.ndarray, doc_bits: int) -> np.ndarray:
    """The distinct rows of document numbers. A row that fits in 63 bits is packed into one
    integer first: sorting integers is much cheaper than sorting rows."""
    width = rows.shape[1]
    if width * doc_bits <= 63:
        shifts = doc_bits * np.arange(width - 1, -1, -1, dtype=np.int64)
        packed = sorted_distinct((rows << shifts).sum(axis=1))
        return (packed[:, None] >> shifts) & ((1 << doc_bits) - 1)
    ordered = rows[np.lexsort(rows.T[::-1])]
    return ordered[np.r_[True, (ordered[1:] != ordered[:-1]).any(axis=1)]]


