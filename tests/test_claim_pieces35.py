"""Round 33 (branch clm35): a claim whose content is in pieces around its cue ("The council, he
said, could act"; a quote split around "she said") is shown whole. ``text`` joins the pieces
with " … " (``model.content_of``), start/end stay the first piece, and the readers of a
content (report subjects, recycled-text marks, contradictions) read every piece. Short
fictional sentences written here."""

from __future__ import annotations

from newsgraph.model import PIECE_JOINER, content_extent, content_of, content_spans
from newsgraph.report.data import claim_subjects
from newsgraph.reuse.independence import mark_reused
from test_contradictions import ACTORS, Article, find, slurry_report


def _claim(result, cue: str):
    (claim,) = [c for c in result.claims if c.cue == cue]
    return claim


def test_content_of_joins_the_pieces_and_keeps_a_plain_span():
    text = "The dam, engineers said, would hold."
    assert content_of(text, 0, 7, [[0, 7], [25, 36]]) == "The dam" + PIECE_JOINER + "would hold."
    assert content_of(text, 25, 36, None) == "would hold."
    assert content_spans(0, 7, None) == [(0, 7)]
    assert content_extent({"start": 0, "end": 7, "pieces": [[0, 7], [25, 36]]}) == (0, 36)


def test_an_inserted_cue_gives_a_text_with_both_pieces(analyze):
    text = "The ferry service, the harbour master said, would resume on Monday morning."
    claim = _claim(analyze(text), "said")
    assert text[claim.start:claim.end] == "The ferry service"
    assert claim.text == "The ferry service … would resume on Monday morning"
    assert "said" not in claim.text and "harbour master" not in claim.text


def test_a_quote_split_around_its_cue_gives_a_text_with_both_pieces(analyze):
    text = "“The roof leaked all winter,” Hana Ruud said, “and nobody came to fix it.”"
    claim = _claim(analyze(text), "said")
    assert text[claim.start:claim.end] == "The roof leaked all winter"
    assert claim.text == "The roof leaked all winter … and nobody came to fix it."


def test_a_plain_content_text_is_its_span(analyze):
    text = "The harbour master said the ferry service would resume on Monday."
    claim = _claim(analyze(text), "said")
    assert claim.pieces is None and claim.text == text[claim.start:claim.end]


def test_subjects_of_a_content_in_pieces_are_in_its_pieces_not_in_the_cue():
    claims = [{"id": "d:c0", "doc": "d", "start": 0, "end": 10, "pieces": [[0, 10], [30, 60]]}]
    mentions = [{"actor": "speaker", "doc": "d", "start": 12, "end": 20},  # between the pieces
                {"actor": "second", "doc": "d", "start": 40, "end": 45}]   # in the second piece
    assert claim_subjects(claims, mentions) == {"d:c0": ["second"]}


def test_a_content_in_pieces_is_in_a_recycled_passage_by_all_its_pieces():
    reuse = [{"a": {"doc": "d1", "start": 105, "end": 400}, "b": {"doc": "d2", "start": 0, "end": 295},
              "similarity": 1.0, "origin": None}]
    claim = {"id": "c1", "doc": "d1", "start": 90, "end": 104, "pieces": [[90, 104], [120, 300]],
             "speaker": None, "anonymous": False, "stance": "assert", "parent": None, "kind": "indirect"}
    mark_reused([], [claim], reuse)
    assert claim["reused"] == 0  # the first piece alone lies outside the passage


def test_a_denial_matches_the_whole_of_a_content_in_pieces():
    report = Article("ledger2", ["Orland, the Harbour Ledger reported, had dumped toxic slurry in the northern bay.",
                                 "Fishermen were angry."], title="Slurry in the bay")
    first, second = report.span(0, "Orland"), report.span(0, "had dumped toxic slurry in the northern bay")
    report.claim(0, "the Harbour Ledger", "reported", "Orland", "ledger",
                 pieces=[list(first), list(second)], text="Orland … had dumped toxic slurry in the northern bay")
    report.mention(0, "Orland", "orland")
    denial = Article("orland2", ["Orland denied that it had dumped toxic slurry in the bay.", "Its shares rose."],
                     title="Orland says no")
    denial.claim(0, "Orland", "denied", "that it had dumped toxic slurry in the bay", "orland", stance="deny")
    (found,) = find(report, denial, actors=ACTORS)
    assert found["kind"] == "denial" and found["items"] == ["ledger2:c0", "orland2:c0"]
    # the statement quoted runs to the last piece, not to the first piece's end
    assert "“Orland, the Harbour Ledger reported, had dumped toxic slurry in the northern bay”" in found["summary"]


def test_a_plain_content_still_matches_its_denial():
    report = slurry_report()  # a content in one span, as before
    denial = Article("orland3", ["Orland denied that it had dumped toxic slurry in the bay."], title="No")
    denial.claim(0, "Orland", "denied", "that it had dumped toxic slurry in the bay", "orland", stance="deny")
    assert [f["kind"] for f in find(report, denial, actors=ACTORS)] == ["denial"]
