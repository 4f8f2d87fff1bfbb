"""Graph.assemble computes reuse, marks the events and claims in recycled text, and finds
contradictions, on synthetic per-document results (no parsing)."""

from __future__ import annotations

from newsgraph.graph import Graph
from newsgraph.model import DocumentResult, Event, Mention, SourceDocument
from newsgraph.resolve import DEFAULT_RESOLVER, get_resolver

SHARED = ("Officials from the two sides met in the border town on Monday and agreed to reopen the "
          "crossing for trucks carrying fuel and medicine, according to a statement released after the talks.")


def document(doc_id: str, text: str, published: str) -> SourceDocument:
    return SourceDocument(id=doc_id, sha256=doc_id * 4, path=f"{doc_id}.txt", text=text, published=published)


def mentions(doc: str, text: str) -> list[Mention]:
    found = []
    for name in ("Northland", "Southland"):
        start = text.index(name)
        found.append(Mention(doc, start, start + len(name), name, "GPE", name.lower(), name, 0))
    return found


def event(event_id: str, doc: str, start: int, end: int, type_: str, value: str) -> Event:
    return Event(id=event_id, doc=doc, start=start, end=end, text="", type=type_, subtype=None, trigger="x",
                 trigger_span=[start, start + 1], source=0, target=1, source_text=None, target_text=None,
                 source_span=None, target_span=None, negated=False, mode="asserted",
                 time={"text": value, "value": value}, sentence=0, rule="test")


def test_assemble_fills_reuse_marks_and_contradictions():
    text_a = "Northland and Southland ended a long dispute.\n\n" + SHARED + "\n\nThe mayor was pleased."
    text_b = "Southland troops arrested Northland traders.\n\n" + SHARED + "\n\nMarkets stayed shut."
    start_a, start_b = text_a.index(SHARED), text_b.index(SHARED)
    results = [
        DocumentResult(document("aaaa", text_a, "2016-03-01"), mentions=mentions("aaaa", text_a),
                       events=[event("a-e1", "aaaa", start_a, start_a + len(SHARED), "AGREE", "2016-02-29")]),
        DocumentResult(document("bbbb", text_b, "2016-03-02"), mentions=mentions("bbbb", text_b),
                       events=[event("b-e1", "bbbb", 0, 44, "COERCE", "2016-03-01"),
                               event("b-e2", "bbbb", start_b, start_b + len(SHARED), "AGREE", "2016-02-29")]),
    ]
    graph = Graph.assemble(results, get_resolver(DEFAULT_RESOLVER))
    (passage,) = graph.reuse
    assert passage["origin"] == "aaaa"
    assert [(e["id"], e["reused"], e["reuse_group"]) for e in graph.events] == [
        ("a-e1", 0, 0), ("b-e1", None, None), ("b-e2", 0, 0)]
    (contradiction,) = graph.contradictions
    assert contradiction["kind"] == "cooperation_vs_conflict"
    assert contradiction["conflict"] == ["b-e1"] and set(contradiction["cooperation"]) == {"a-e1", "b-e2"}
    assert Graph.from_dict(graph.to_dict()).reuse == graph.reuse
