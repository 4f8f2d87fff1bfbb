"""Distinct evidence (issue 19, round 18): a sentence copied into near-identical articles is one
piece of evidence in the counts a reader sees; graph.json keeps the raw counts."""

from __future__ import annotations

from newsgraph.graph.relations import build_relations
from newsgraph.reuse.independence import distinct_counts, distinct_evidence, mark_reused


def passage(a: str, a_span: tuple[int, int], b: str, b_span: tuple[int, int]) -> dict:
    return {"a": {"doc": a, "start": a_span[0], "end": a_span[1]},
            "b": {"doc": b, "start": b_span[0], "end": b_span[1]}, "similarity": 1.0, "origin": None}


def event(event_id: str, doc: str, start: int, end: int, trigger: str = "met") -> dict:
    return {"id": event_id, "doc": doc, "start": start, "end": end, "type": "CONSULT", "trigger": trigger,
            "source": "talvik", "target": "orsa", "claim": None, "mode": "asserted", "negated": False,
            "time": None, "confidence": 0.8}


# "Talvik met Orsa officials on Monday." printed by three wire rewrites (d1, d2, d3), and told
# once more, in other words, by a fourth article (d4)
REUSE = [passage("d1", (0, 300), "d2", (0, 300)), passage("d1", (0, 300), "d3", (10, 310))]


def copied_events() -> list[dict]:
    events = [event("e1", "d1", 20, 60), event("e2", "d2", 20, 60), event("e3", "d3", 30, 70),
              event("e4", "d4", 0, 40)]
    mark_reused(events, [], REUSE)
    return events


def test_copies_of_one_sentence_are_one_piece_of_evidence():
    groups = distinct_evidence(copied_events())
    assert [[e["id"] for e in g] for g in groups] == [["e1", "e2", "e3"], ["e4"]]
    assert distinct_counts(copied_events()) == (2, 2)


def test_two_events_in_one_recycled_passage_stay_two():
    events = [event("e1", "d1", 20, 60, "met"), event("e2", "d1", 120, 160, "signed"),
              event("e3", "d2", 20, 60, "met"), event("e4", "d2", 120, 160, "signed")]
    mark_reused(events, [], REUSE)
    assert distinct_counts(events) == (2, 1)


def test_relations_keep_raw_counts_and_rank_by_distinct_ones():
    copied = copied_events()
    told_twice = [event("f1", "d5", 0, 40), event("f2", "d6", 0, 40), event("f3", "d7", 0, 40)]
    for record in told_twice:
        record.update(source="kell", target="orsa", reuse_group=None)
    relations = build_relations([*copied, *told_twice], {"CONSULT": "verbal_cooperation"})
    assert [(r["source"], r["documents"], r["distinct_documents"], r["distinct_events"]) for r in relations] == [
        ("kell", 3, 3, 3), ("talvik", 4, 2, 2)]
    assert len(relations[1]["events"]) == 4  # the raw evidence stays listed


def test_the_relations_table_shows_distinct_counts_with_the_copies_noted():
    from newsgraph.console_queries import distinct_cells

    relation = {"events": ["e1", "e2", "e3", "e4"], "documents": 4, "distinct_events": 2, "distinct_documents": 2}
    assert distinct_cells(relation) == ("2 [dim](+2 copies)[/]", "2")
    assert distinct_cells({"events": ["e1"], "documents": 1}) == ("1", "1")  # a graph built before round 18


def test_the_report_keeps_distinct_counts_only_where_copies_were_left_out():
    from newsgraph.report.data import _distinct

    assert _distinct({"events": ["e1", "e2"], "documents": 2, "distinct_events": 1, "distinct_documents": 1}) == {
        "distinct_events": 1, "distinct_documents": 1}
    assert _distinct({"events": ["e1"], "documents": 1, "distinct_events": 1, "distinct_documents": 1}) == {}


def test_partners_count_a_copied_sentence_once():
    from newsgraph.store.queries import _partner

    events = copied_events()
    partner = _partner("orsa", events, "talvik", {"orsa": "Orsa"}, {"CONSULT": "verbal_cooperation"}, {}, None, 0)
    assert (partner.events, partner.outgoing, partner.documents, partner.copies) == (2, 2, 2, 2)
