"""Property tests of the per-document stages (issue 10): on any Unicode text, DocumentAnalyzer
raises nothing, every offset it records slices back to the recorded text, and the graph made of
its result validates against the published schema.

``make test`` runs a short profile (60 examples per property); ``make fuzz`` (NEWSGRAPH_FUZZ=1)
runs 10,000. Profiles are registered in conftest.py. Crashes found here are fixed in the stage
code, each with a regression test at the end of this file.
"""

from __future__ import annotations

import hashlib
import json

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newsgraph.graph import Graph
from newsgraph.graph.schema import graph_schema, schema_errors
from newsgraph.ingest.decode import normalize_text
from newsgraph.model import DocumentResult, SourceDocument
from newsgraph.parse import parse_documents
from newsgraph.pipeline import BuildSettings, DocumentAnalyzer
from newsgraph.resolve import get_resolver
from newsgraph.model import content_of

# Pieces of news prose, so that random texts reach the deeper rules (speech verbs, events,
# dates, names, quotes) and not only the tokenizer.
PIECES = [
    "Minister Lara Okonkwo", "said", "told the Tessel Herald", "denied", "declined to comment",
    "according to sources in the Karst Front", "attacked", "met", "agreed to", "would", "not",
    "on Monday", "last month", "December 13", "in 2015", "\"", "“", "”", "'", ",", ".", "\n\n",
    "the KLF", "Abu Karim al-Tahiri", "al-", "(", ")", "—", "Hamas-like", "U.S.", "Gen.", ":", ";",
    "[bold]", "<script>", "\u202e", "\u200b", "\ufeff", "\t", "ß", "İ", "ﬁ", "e\u0301", "😀", "١٢",
]
piece_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=60).map(" ".join)
any_text = st.one_of(st.text(max_size=400), piece_text)


@pytest.fixture(scope="module")
def analyzer():
    return DocumentAnalyzer(BuildSettings())


@pytest.fixture(scope="module")
def schema():
    return graph_schema()


def document(text: str) -> SourceDocument:
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return SourceDocument(id=digest[:16], sha256=digest, path="fuzz.txt", text=text, title="fuzz",
                          published="2016-01-05")


def analyze(nlp, analyzer, text: str) -> DocumentResult:
    (parsed,) = parse_documents(nlp, [document(text)])
    return analyzer(parsed)


def check_offsets(result: DocumentResult) -> None:
    text = result.document.text

    def within(start, end, what):
        assert 0 <= start <= end <= len(text), (what, start, end, len(text))

    for sentence in result.sentences:
        within(sentence.start, sentence.end, "sentence")
    for mention in result.mentions:
        assert text[mention.start:mention.end] == mention.text, mention
    for time in result.times:
        assert text[time["start"]:time["end"]] == time["text"], time
    for event in result.events:
        assert text[event.start:event.end] == event.text, event
        within(*event.trigger_span, "trigger")
        assert text[slice(*event.trigger_span)] == event.trigger, event
        for span in (event.source_span, event.target_span):
            if span is not None:
                within(*span, "argument")
    for claim in result.claims:
        assert content_of(text, claim.start, claim.end, claim.pieces) == claim.text, claim  # pieces: joined
        for span in (claim.speaker_span, claim.cue_span, claim.outlet_span):
            if span is not None:
                within(*span, "claim span")
    for link in result.links:
        within(link.start, link.end, "link")
        assert max(link.source, link.target) < len(result.mentions), link


def check_graph(result: DocumentResult, schema: dict) -> None:
    graph = Graph.assemble([result], get_resolver("name-graph.v1", ()))
    data = json.loads(graph.to_json(indent=None))
    assert schema_errors(data, schema) == []


@given(text=any_text)
@example(text="")
@example(text="\x00\x1b[31m\u202eevil\u202c")
def test_any_raw_text_analyzes_with_offsets_that_slice_back(nlp, analyzer, schema, text):
    """The stages on text as given, even with characters ingest would have removed."""
    result = analyze(nlp, analyzer, text)
    check_offsets(result)
    check_graph(result, schema)


@given(text=any_text)
def test_any_ingested_text_analyzes_with_offsets_that_slice_back(nlp, analyzer, schema, text):
    """The stages on text as ingest hands it over (normalized: NFC, no control characters)."""
    result = analyze(nlp, analyzer, normalize_text(text))
    check_offsets(result)
    check_graph(result, schema)
