"""Alignment: the exact passages two documents share, from their common shingles.

A shingle found in both documents is an anchor ``(i, j)``: word ``i`` of one starts the same
words as word ``j`` of the other. A verbatim passage is an unbroken diagonal of anchors; a
light edit ("last week" for "last month") removes the anchors that cover the changed word and
leaves a gap of a few words, and an inserted or deleted word shifts the diagonal by one.
Anchors are chained across such gaps and shifts; a chain long enough is a passage, spanning
from its first anchor's first word to its last anchor's last word in both texts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from rapidfuzz.distance import Indel

from newsgraph.reuse.text import Positions, Words

if TYPE_CHECKING:
    from newsgraph.reuse import ReuseSettings


CONFIRM = 2  # words that must agree after a changed word for an edge to extend across it


@dataclass(frozen=True)
class Passage:
    """A shared passage: character spans in both texts, its similarity and length in words."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    similarity: float
    words: int


@dataclass
class _Chain:
    """Anchors chained so far: the first and the last, and how many."""

    first_a: int
    first_b: int
    last_a: int
    last_b: int
    anchors: int = 1


def align(a: Words, b: Words, settings: "ReuseSettings", where_a: Positions | None = None) -> list[Passage]:
    """The passages ``a`` and ``b`` share, in the order of ``a``. ``where_a`` is
    ``a.positions()`` when the caller aligns ``a`` with several documents."""
    runs = diagonal_runs(*anchors(a.positions() if where_a is None else where_a, b))
    passages = [p for p in (_passage(c, a, b, settings) for c in chain_anchors(runs, settings)) if p is not None]
    return _drop_contained(sorted(passages, key=lambda p: (p.a_start, p.b_start, -p.a_end)))


def anchors(where_a: Positions, b: Words) -> tuple[np.ndarray, np.ndarray]:
    """Positions ``i`` (in ``a``) and ``j`` (in ``b``) where both texts have the same shingle.
    ``where_a`` (from ``Words.positions``) and ``b.repeated`` leave out shingles either text
    repeats too often (a refrain, a list): they anchor nothing."""
    shingles = b.array
    found_i, found_j = [], []
    if len(where_a.values) and len(shingles):
        slot = np.searchsorted(where_a.values, shingles)
        slot[slot == len(where_a.values)] = 0
        hit = where_a.values[slot] == shingles
        found_j.append(np.flatnonzero(hit))
        found_i.append(where_a.where[slot[hit]])
    if where_a.more:
        extra = [(i, j) for j, shingle in enumerate(b.shingles) if shingle in where_a.more
                 for i in where_a.more[shingle]]
        found_i.append(np.array([i for i, _ in extra], dtype=np.int64))
        found_j.append(np.array([j for _, j in extra], dtype=np.int64))
    if not found_i:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    i, j = np.concatenate(found_i), np.concatenate(found_j)
    if b.repeated:
        keep = np.array([b.shingles[k] not in b.repeated for k in j.tolist()], dtype=bool)
        i, j = i[keep], j[keep]
    return i, j


def diagonal_runs(i: np.ndarray, j: np.ndarray) -> list[tuple[int, int, int, int, int]]:
    """Runs of anchors on one diagonal at consecutive positions (text copied unchanged), as
    ``(first_i, first_j, last_i, last_j, anchors)`` sorted by ``first_i``."""
    if not len(i):
        return []
    diagonal = j - i
    order = np.lexsort((i, diagonal))
    i, j, diagonal = i[order], j[order], diagonal[order]
    starts = np.ones(len(i), dtype=bool)
    starts[1:] = (diagonal[1:] != diagonal[:-1]) | (i[1:] != i[:-1] + 1)
    first = np.flatnonzero(starts)
    last = np.append(first[1:], len(i)) - 1
    return sorted(zip(i[first].tolist(), j[first].tolist(), i[last].tolist(), j[last].tolist(),
                      (last - first + 1).tolist()))


def chain_anchors(runs: list[tuple[int, int, int, int, int]], settings: "ReuseSettings") -> list[_Chain]:
    """Chains of diagonal runs that move forward in both texts, with gaps of at most
    ``max_gap_words`` and a shift of at most ``max_drift_words`` from one run to the next."""
    gap, drift = settings.max_gap_words, settings.max_drift_words
    done: list[_Chain] = []
    active: list[_Chain] = []
    for first_i, first_j, last_i, last_j, count in runs:
        if any(first_i - c.last_a > gap for c in active):
            done.extend(c for c in active if first_i - c.last_a > gap)
            active = [c for c in active if first_i - c.last_a <= gap]
        chain = _best_chain(active, first_i, first_j, gap, drift)
        if chain is None:
            active.append(_Chain(first_i, first_j, last_i, last_j, count))
        else:
            chain.last_a, chain.last_b, chain.anchors = last_i, last_j, chain.anchors + count
    return done + active


def _best_chain(active: list[_Chain], i: int, j: int, gap: int, drift: int) -> _Chain | None:
    """The chain the anchor ``(i, j)`` continues with the smallest step, if any."""
    best, best_step = None, 0
    for chain in active:
        step_a, step_b = i - chain.last_a, j - chain.last_b
        if 0 < step_a and 0 < step_b <= gap and abs(step_a - step_b) <= drift:
            if best is None or step_a + step_b < best_step:
                best, best_step = chain, step_a + step_b
    return best


def _passage(chain: _Chain, a: Words, b: Words, settings: "ReuseSettings") -> Passage | None:
    end_a, end_b = chain.last_a + a.size, chain.last_b + b.size  # one past the last word
    first_a, first_b = _extend(a.words, b.words, chain.first_a - 1, chain.first_b - 1, -1)
    last_a, last_b = _extend(a.words, b.words, end_a, end_b, 1)
    chain = _Chain(first_a + 1, first_b + 1, chain.last_a, chain.last_b, chain.anchors)
    end_a, end_b = last_a, last_b
    length = min(end_a - chain.first_a, end_b - chain.first_b)
    if length < settings.min_words:
        return None
    similarity = Indel.normalized_similarity(a.words[chain.first_a:end_a], b.words[chain.first_b:end_b])
    if similarity < settings.min_similarity:
        return None
    a_start, b_start = _widen_start(a.text, b.text, a.starts[chain.first_a], b.starts[chain.first_b])
    a_end, b_end = _widen_end(a.text, b.text, a.ends[end_a - 1], b.ends[end_b - 1])
    return Passage(a_start, a_end, b_start, b_end, similarity, length)


def _extend(a: list[str], b: list[str], i: int, j: int, step: int) -> tuple[int, int]:
    """Walk from words ``i``/``j`` outwards (``step`` -1 or 1) while the words agree, and
    across one changed word when the next ``CONFIRM`` agree again: an edit closer to the edge
    of a passage than a shingle's length ("The agency *said* that ..."). Returns the first
    positions that are not part of the passage."""
    while True:
        if 0 <= i < len(a) and 0 <= j < len(b) and a[i] == b[j]:
            i, j = i + step, j + step
        elif all(0 <= i + k * step < len(a) and 0 <= j + k * step < len(b)
                 and a[i + k * step] == b[j + k * step] for k in range(1, CONFIRM + 1)):
            i, j = i + (CONFIRM + 1) * step, j + (CONFIRM + 1) * step
        else:
            return i, j


def _widen_start(text_a: str, text_b: str, start_a: int, start_b: int) -> tuple[int, int]:
    """Take in the punctuation both texts put before the passage (an opening quote)."""
    while (start_a and start_b and text_a[start_a - 1] == text_b[start_b - 1]
           and _is_mark(text_a[start_a - 1])):
        start_a, start_b = start_a - 1, start_b - 1
    return start_a, start_b


def _widen_end(text_a: str, text_b: str, end_a: int, end_b: int) -> tuple[int, int]:
    """Take in the punctuation both texts put after the passage (a full stop, a closing quote)."""
    while (end_a < len(text_a) and end_b < len(text_b) and text_a[end_a] == text_b[end_b]
           and _is_mark(text_a[end_a])):
        end_a, end_b = end_a + 1, end_b + 1
    return end_a, end_b


def _is_mark(char: str) -> bool:
    return not char.isspace() and not char.isalnum() and char != "_"


def _drop_contained(passages: list[Passage]) -> list[Passage]:
    """Without passages that lie inside another one on both sides (a repeated shingle can
    start a short chain inside a long one)."""
    kept: list[Passage] = []
    for p in passages:
        if not any(q.a_start <= p.a_start and p.a_end <= q.a_end and q.b_start <= p.b_start
                   and p.b_end <= q.b_end for q in kept):
            kept.append(p)
    return kept
