"""Independence on synthetic records: which evidence lies in recycled text, and how many
distinct origins a relation's evidence has."""

from __future__ import annotations

from newsgraph.reuse.independence import ReuseMarks, copy_groups, independent_sources, mark_reused


def passage(a: str, a_span: tuple[int, int], b: str, b_span: tuple[int, int]) -> dict:
    return {"a": {"doc": a, "start": a_span[0], "end": a_span[1]},
            "b": {"doc": b, "start": b_span[0], "end": b_span[1]}, "similarity": 1.0, "origin": None}


def event(event_id: str, doc: str, start: int, end: int, claim: str | None = None) -> dict:
    return {"id": event_id, "doc": doc, "start": start, "end": end, "type": "COOPERATE",
            "source": "hamas", "target": "sinai-province", "claim": claim}


def claim(claim_id: str, doc: str, start: int, end: int, speaker: str | None,
          anonymous: bool = False, parent: str | None = None) -> dict:
    return {"id": claim_id, "doc": doc, "start": start, "end": end, "speaker": speaker,
            "anonymous": anonymous, "stance": "assert", "parent": parent, "kind": "indirect"}


def count(ids, events, claims, reuse) -> int:
    marks = mark_reused(events, claims, reuse)
    return independent_sources(ids, {e["id"]: e for e in events}, {c["id"]: c for c in claims}, marks)


REUSE = [passage("d1", (100, 400), "d2", (50, 350))]


def test_records_in_a_passage_are_marked_with_it_and_others_with_none():
    events = [event("e1", "d1", 120, 200), event("e2", "d2", 60, 140), event("e3", "d1", 500, 560),
              event("e4", "d3", 120, 200)]
    claims = [claim("c1", "d2", 300, 380, "hamas")]  # 50 of 80 characters inside: reused
    marks = mark_reused(events, claims, REUSE)
    assert [e["reused"] for e in events] == [0, 0, None, None]
    assert claims[0]["reused"] == 0 and claims[0]["reuse_group"] == 0
    assert marks == ReuseMarks(passage={"e1": 0, "e2": 0, "c1": 0}, group={"e1": 0, "e2": 0, "c1": 0})


def test_a_sentence_mostly_outside_the_passage_is_not_reused():
    events = [event("e1", "d1", 380, 480)]
    mark_reused(events, [], REUSE)
    assert events[0]["reused"] is None


def test_copies_of_one_passage_count_once():
    events = [event("e1", "d1", 120, 200), event("e2", "d2", 60, 140)]
    assert count(["e1", "e2"], events, [], REUSE) == 1


def test_without_reuse_each_document_counts_once():
    events = [event("e1", "d1", 120, 200), event("e2", "d2", 60, 140), event("e3", "d2", 200, 240)]
    assert count(["e1", "e2", "e3"], events, [], []) == 2


def test_the_same_named_speaker_in_several_articles_counts_once():
    claims = [claim("c1", "d1", 10, 90, "washington-institute"), claim("c2", "d5", 10, 90, "washington-institute"),
              claim("c3", "d6", 10, 90, "egypt")]
    events = [event("e1", "d1", 0, 100, "c1"), event("e2", "d5", 0, 100, "c2"), event("e3", "d6", 0, 100, "c3")]
    assert count(["e1", "e2", "e3"], events, claims, []) == 2


def test_anonymous_sources_are_not_taken_to_be_one_person():
    claims = [claim("c1", "d1", 10, 90, "hamas", anonymous=True), claim("c2", "d5", 10, 90, "hamas", anonymous=True)]
    events = [event("e1", "d1", 0, 100, "c1"), event("e2", "d5", 0, 100, "c2")]
    assert count(["e1", "e2"], events, claims, []) == 2


def test_a_nested_claim_counts_its_innermost_named_source():
    """'Clinton cited a Channel 2 report that ...' and Channel 2 itself: one source."""
    claims = [claim("c1", "d1", 10, 200, "clinton"), claim("c2", "d1", 40, 200, "channel-2", parent="c1"),
              claim("c3", "d2", 10, 200, "channel-2")]
    events = [event("e1", "d1", 0, 210, "c2"), event("e2", "d2", 0, 210, "c3")]
    assert count(["e1", "e2"], events, claims, []) == 1


def test_an_unnamed_speaker_falls_back_to_the_named_outer_claim():
    claims = [claim("c1", "d1", 10, 200, "clinton"), claim("c2", "d1", 40, 200, None, parent="c1"),
              claim("c3", "d2", 10, 200, "clinton")]
    events = [event("e1", "d1", 0, 210, "c2"), event("e2", "d2", 0, 210, "c3")]
    assert count(["e1", "e2"], events, claims, []) == 1


def test_reuse_and_speaker_join_transitively():
    """d1 and d2 share the passage; d3 quotes the same speaker independently: one origin."""
    claims = [claim("c1", "d1", 120, 200, "washington-institute"), claim("c3", "d3", 10, 90, "washington-institute")]
    events = [event("e1", "d1", 120, 200, "c1"), event("e2", "d2", 60, 140), event("e3", "d3", 0, 100, "c3")]
    assert count(["e1", "e2", "e3"], events, claims, REUSE) == 1


def test_new_evidence_beside_a_copied_passage_still_counts():
    events = [event("e1", "d1", 120, 200), event("e2", "d2", 60, 140), event("e3", "d2", 400, 480)]
    assert count(["e1", "e2", "e3"], events, [], REUSE) == 2


def test_claims_can_be_evidence_and_unknown_ids_are_ignored():
    claims = [claim("c1", "d1", 10, 90, "egypt"), claim("c2", "d2", 10, 90, "egypt")]
    assert count(["c1", "c2", "missing"], [], claims, []) == 1
    assert count([], [], claims, []) == 0


def test_passages_that_overlap_in_one_document_are_one_copy_group():
    reuse = [passage("d1", (100, 400), "d2", (50, 350)), passage("d1", (150, 380), "d3", (0, 230)),
             passage("d4", (0, 300), "d5", (0, 300)), passage("d1", (900, 1000), "d2", (800, 900))]
    assert copy_groups(reuse) == [0, 0, 2, 0]


def test_an_article_telling_what_its_quoted_source_says_is_one_voice():
    """A headline's "deal" and the agreement a named source describes in the same article."""
    claims = [claim("c1", "d1", 500, 600, "norland-ministry")]
    events = [event("e1", "d1", 0, 30), event("e2", "d1", 510, 590, "c1")]
    assert count(["e1", "e2"], events, claims, []) == 1


def test_two_named_sources_in_one_article_stay_two_voices():
    claims = [claim("c1", "d1", 100, 200, "kemaria"), claim("c2", "d1", 300, 400, "vostrana")]
    events = [event("e1", "d1", 110, 190, "c1"), event("e2", "d1", 310, 390, "c2"), event("e3", "d1", 0, 30)]
    assert count(["e1", "e2", "e3"], events, claims, []) == 2
