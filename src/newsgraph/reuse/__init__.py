"""Reuse: passages of text that two documents share, verbatim or lightly edited.

Input: document records ``{id, text, published}`` (``graph.json`` ``documents``, or any
mapping with those keys) and :class:`ReuseSettings`. Output: reuse records, one per shared
passage, in a deterministic order::

    {a: {doc, start, end}, b: {doc, start, end}, similarity, origin, words}

``start``/``end`` are character offsets into each document's text, so ``text[start:end]`` is
the shared passage as that document writes it. ``a`` is the document that comes first in
the input. ``similarity`` (0-1) is the word-level edit similarity of the two passages (1.0:
the same words). ``origin`` is the id of the document published first when both dates are
known and differ, else None. ``words`` is the passage length in words (the shorter side).

Two steps, so that a corpus of 10,000 documents never compares all pairs:

1. :mod:`newsgraph.reuse.candidates` — MinHash LSH (datasketch's permutations and band
   shape, vectorized with numpy) over windows of word
   shingles proposes the document pairs that share some window;
2. :mod:`newsgraph.reuse.align` — each proposed pair is aligned on shared shingles, chained
   across small edits, into exact character spans.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby
from typing import Any, Iterable, Mapping, Sequence

from newsgraph.reuse.align import Passage, align
from newsgraph.bulk import no_cycle_collection
from newsgraph.reuse.candidates import candidate_pairs
from newsgraph.reuse.text import Words, words_of
from newsgraph.times import parse_published


@dataclass(frozen=True)
class ReuseSettings:
    """How reuse is found. The defaults suit news paragraphs (one to three sentences)."""

    shingle_words: int = 5       # words per shingle: long enough that a shared one is rarely chance
    chunk_shingles: int = 8      # LSH windows start every this many shingles
    window_chunks: int = 4       # a window spans this many chunks (32 shingles, about 36 words)
    num_perm: int = 64           # MinHash permutations per window
    lsh_threshold: float = 0.3   # Jaccard of two windows' shingles at which LSH proposes the pair
    max_bucket_docs: int = 50    # text shared by more documents is boilerplate, not recycling
    max_seed_repeats: int = 3    # a shingle repeated more often inside one document is no anchor
    max_gap_words: int = 12      # an edit may break the chain of shared shingles for this many words
    max_drift_words: int = 4     # words inserted or deleted on one side within one gap
    min_words: int = 20          # shorter shared passages are set phrases, not recycled text
    min_similarity: float = 0.5  # word-level similarity a passage needs to be reported


def find_reuse(documents: Sequence[Mapping[str, Any]], settings: ReuseSettings | None = None) -> list[dict[str, Any]]:
    """The reuse records of ``documents``; see the module docstring."""
    settings = settings or ReuseSettings()
    with no_cycle_collection():
        words = document_words(documents, settings)
        pairs = candidate_pairs([w.array for w in words], settings)
        return shared_passages(documents, words, pairs, settings)


def document_words(documents: Sequence[Mapping[str, Any]], settings: ReuseSettings) -> list[Words]:
    """Each document's words and shingles, which both steps read."""
    return [words_of(d["text"], settings.shingle_words, settings.max_seed_repeats) for d in documents]


def shared_passages(documents: Sequence[Mapping[str, Any]], words: Sequence[Words],
                    pairs: Iterable[tuple[int, int]], settings: ReuseSettings) -> list[dict[str, Any]]:
    """Step 2: the reuse records of the candidate ``pairs`` (indexes into ``documents``),
    in a deterministic order."""
    records = []
    for first, partners in groupby(sorted(pairs), key=lambda pair: pair[0]):
        where_first = words[first].positions()  # once per document, whatever its partners
        for _, second in partners:
            for passage in align(words[first], words[second], settings, where_first):
                records.append(_record(documents[first], documents[second], passage))
    return records


def _record(a: Mapping[str, Any], b: Mapping[str, Any], passage: Passage) -> dict[str, Any]:
    return {
        "a": {"doc": a["id"], "start": passage.a_start, "end": passage.a_end},
        "b": {"doc": b["id"], "start": passage.b_start, "end": passage.b_end},
        "similarity": round(passage.similarity, 3),
        "origin": origin(a, b),
        "words": passage.words,
    }


def origin(a: Mapping[str, Any], b: Mapping[str, Any]) -> str | None:
    """The id of the document published first, when both dates are known and differ."""
    first, second = parse_published(a.get("published")), parse_published(b.get("published"))
    if first is None or second is None or first == second:
        return None
    return a["id"] if first < second else b["id"]


__all__ = ["ReuseSettings", "Words", "candidate_pairs", "document_words", "find_reuse", "origin", "shared_passages"]
