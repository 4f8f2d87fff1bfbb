"""Reuse detection on texts written here: verbatim and edited copies, unrelated texts, short
overlaps, origin by date, offsets, and candidate pairs that never compare all documents."""

from __future__ import annotations

import random

import pytest

from newsgraph.reuse import ReuseSettings, find_reuse, origin
import numpy as np
from datasketch import MinHash

from newsgraph.reuse.candidates import Banding, _distinct_rows, candidate_pairs, sorted_distinct, window_signatures
from newsgraph.reuse.text import words_of

SHARED = (
    "The harbour authority said on Tuesday that the new ferry terminal would open in the spring, "
    "two years later than planned, after a dispute over the cost of dredging the northern channel. "
    "Engineers found that the silt was deeper than the surveys had shown, and the contractor asked "
    "for another eleven million to finish the work before the autumn storms."
)
EDITED = (
    "The harbour authority said on Monday that the new ferry terminal would open in the spring, "
    "two years later than planned, after a dispute over the cost of dredging the northern channel. "
    "Engineers found that the silt was deeper than the surveys had suggested, and the contractor asked "
    "for another eleven million to complete the work before the autumn storms."
)
OPENING_A = "Fishermen in the bay welcomed the news but warned about the winter season.\n\n"
OPENING_B = "A long dispute over money has delayed the port once again, residents say.\n\n"
CLOSING_A = "\n\nThe mayor did not attend the meeting, which lasted less than an hour."
CLOSING_B = "\n\nShipping companies have already moved some routes to the southern quay."
UNRELATED = (
    "A small orchestra from the mountain villages played its first concert abroad on Saturday, "
    "filling a hall of eight hundred seats with music written by a local schoolteacher who died "
    "in the nineteen fifties. The conductor said the tour had been paid for by a bakery cooperative."
)


def doc(doc_id: str, text: str, published: str | None = None) -> dict:
    return {"id": doc_id, "text": text, "published": published}


def only(records: list[dict]) -> dict:
    assert len(records) == 1, records
    return records[0]


def test_verbatim_copy_is_found_with_exact_offsets():
    a = doc("a", OPENING_A + SHARED + CLOSING_A)
    b = doc("b", OPENING_B + SHARED + CLOSING_B)
    record = only(find_reuse([a, b]))
    assert record["a"] == {"doc": "a", "start": len(OPENING_A), "end": len(OPENING_A) + len(SHARED)}
    assert record["b"] == {"doc": "b", "start": len(OPENING_B), "end": len(OPENING_B) + len(SHARED)}
    assert record["similarity"] == 1.0
    assert record["origin"] is None
    assert record["words"] == len(SHARED.split())


def test_edited_copy_is_found_and_offsets_slice_to_the_matching_text():
    a = doc("a", OPENING_A + SHARED + CLOSING_A)
    b = doc("b", OPENING_B + EDITED + CLOSING_B)
    record = only(find_reuse([a, b]))
    text_a = a["text"][record["a"]["start"]:record["a"]["end"]]
    text_b = b["text"][record["b"]["start"]:record["b"]["end"]]
    assert text_a == SHARED
    assert text_b == EDITED
    assert 0.8 < record["similarity"] < 1.0


def test_edits_near_the_edges_keep_the_passage_to_the_shared_words():
    a = doc("a", OPENING_A + SHARED)
    b = doc("b", OPENING_B + SHARED.replace("storms.", "gales."))
    record = only(find_reuse([a, b]))
    assert b["text"][record["b"]["start"]:record["b"]["end"]].endswith("before the autumn")
    assert a["text"][record["a"]["start"]:record["a"]["end"]].startswith("The harbour authority")


def test_texts_that_share_nothing_give_no_reuse():
    assert find_reuse([doc("a", OPENING_A + SHARED), doc("b", UNRELATED)]) == []


def test_short_overlaps_are_ignored():
    phrase = "said the talks had not yet resulted in an agreement"  # ten words in both
    a = doc("a", f"{UNRELATED} The envoy {phrase} on the border.")
    b = doc("b", f"{OPENING_B} A spokesman {phrase} about water.")
    assert find_reuse([a, b]) == []
    assert find_reuse([a, b], ReuseSettings(min_words=8, lsh_threshold=0.05, chunk_shingles=2,
                                            window_chunks=1)) != []


def test_origin_is_the_earlier_document_when_both_dates_are_known():
    a = doc("a", OPENING_A + SHARED, "2016-01-05")
    b = doc("b", OPENING_B + SHARED, "2015-12-20")
    assert only(find_reuse([a, b]))["origin"] == "b"
    assert origin(doc("a", "", "2016-01-05"), doc("b", "", None)) is None
    assert origin(doc("a", "", "2016-01-05"), doc("b", "", "2016-01-05")) is None


def test_a_paragraph_in_three_documents_gives_every_pair():
    docs = [doc(name, opening + SHARED + closing) for name, opening, closing in
            (("a", OPENING_A, CLOSING_A), ("b", OPENING_B, CLOSING_B), ("c", UNRELATED + "\n\n", ""))]
    pairs = [(r["a"]["doc"], r["b"]["doc"]) for r in find_reuse(docs)]
    assert pairs == [("a", "b"), ("a", "c"), ("b", "c")]


def test_an_inserted_paragraph_splits_the_passage_in_two():
    first, second = SHARED, UNRELATED
    a = doc("a", OPENING_A + first + "\n\n" + CLOSING_B.strip() + "\n\n" + second)
    b = doc("b", OPENING_B + first + "\n\n" + second)
    records = find_reuse([a, b])
    assert [a["text"][r["a"]["start"]:r["a"]["end"]] for r in records] == [first, second]


def test_output_order_and_records_are_deterministic():
    docs = [doc("a", OPENING_A + SHARED), doc("b", UNRELATED + " " + EDITED), doc("c", SHARED + CLOSING_B)]
    assert find_reuse(docs) == find_reuse(list(docs))
    assert find_reuse(docs) == find_reuse([dict(d) for d in docs])


def test_candidate_pairs_come_from_lsh_buckets_not_all_pairs():
    rng = random.Random(7)
    vocabulary = [f"w{i}" for i in range(5000)]
    texts = [" ".join(rng.choice(vocabulary) for _ in range(200)) for _ in range(60)]
    texts[10] = texts[10] + " " + texts[40][:600]  # one planted shared passage
    settings = ReuseSettings()
    pairs = candidate_pairs([words_of(t, settings.shingle_words).shingles for t in texts], settings)
    assert (10, 40) in pairs
    assert len(pairs) < 10  # of 1,770 possible pairs


def test_window_signatures_are_datasketch_minhashes_of_the_windows():
    settings = ReuseSettings()
    shingles = np.asarray(words_of(" ".join(f"w{i % 37} v{i}" for i in range(60)), 5).shingles)
    signatures = window_signatures(shingles, Banding.for_settings(settings), settings)
    span = settings.chunk_shingles * settings.window_chunks
    assert len(signatures) == len(range(0, len(shingles), settings.chunk_shingles)) - settings.window_chunks + 1
    for number, signature in enumerate(signatures):
        expected = MinHash(num_perm=settings.num_perm, hashfunc=int)
        start = number * settings.chunk_shingles
        expected.update_batch(shingles[start:start + span].tolist())
        assert signature.tolist() == expected.hashvalues.tolist()


def test_a_short_document_is_one_window_and_an_empty_one_none():
    settings = ReuseSettings()
    banding = Banding.for_settings(settings)
    short = np.asarray(words_of("one two three four five six seven eight nine ten", 5).shingles)
    assert window_signatures(short, banding, settings).shape == (1, settings.num_perm)
    assert window_signatures(np.empty(0, dtype=np.int64), banding, settings).shape == (0, settings.num_perm)


def test_sorted_distinct_sorts_and_drops_repeats():
    assert sorted_distinct(np.array([5, 1, 5, 3, 1], dtype=np.uint64)).tolist() == [1, 3, 5]
    assert sorted_distinct(np.array([], dtype=np.uint64)).tolist() == []


@pytest.mark.parametrize("doc_bits", [4, 40])  # rows packed into one integer, and rows sorted as rows
def test_distinct_rows_keep_each_group_of_documents_once(doc_bits):
    rows = np.array([[1, 2, 9], [0, 5, 7], [1, 2, 9], [0, 5, 8]], dtype=np.int64)
    assert _distinct_rows(rows, doc_bits).tolist() == [[0, 5, 7], [0, 5, 8], [1, 2, 9]]


def test_buckets_of_many_documents_are_not_expanded_into_all_their_pairs():
    rng = random.Random(3)
    vocabulary = [f"w{i}" for i in range(5000)]
    footer = " ".join(rng.choice(vocabulary) for _ in range(100))
    texts = [" ".join(rng.choice(vocabulary) for _ in range(120)) + " " + footer for _ in range(12)]
    shingles = [words_of(t, 5).shingles for t in texts]
    assert len(candidate_pairs(shingles, ReuseSettings(max_bucket_docs=50))) == 66
    assert len(candidate_pairs(shingles, ReuseSettings(max_bucket_docs=5))) < 66


@pytest.mark.parametrize("text", ["", "word", "two words only"])
def test_tiny_documents_are_harmless(text):
    assert find_reuse([doc("a", text), doc("b", text + " more")]) == []


def test_a_paragraph_printed_twice_aligns_both_times():
    a = doc("a", OPENING_A + SHARED + "\n\n" + UNRELATED + "\n\n" + SHARED)
    b = doc("b", OPENING_B + SHARED + CLOSING_B)
    records = find_reuse([a, b])
    assert [a["text"][r["a"]["start"]:r["a"]["end"]] for r in records] == [SHARED, SHARED]
    assert {(r["b"]["start"], r["b"]["end"]) for r in records} == {(len(OPENING_B), len(OPENING_B) + len(SHARED))}


def test_a_refrain_repeated_many_times_anchors_nothing():
    refrain = "stay tuned for more news after the break"
    a = doc("a", " ".join(f"{refrain} on {w}." for w in ("apples", "pears", "plums", "figs", "limes", "dates")))
    b = doc("b", " ".join(f"{refrain} on {w}." for w in ("cars", "boats", "trains", "planes", "bikes", "buses")))
    assert find_reuse([a, b]) == []
