"""Mode of events told as arranged: "is to meet", "is due to visit", "is set to buy" are plans,
not things that happened. Sentences written for the test."""

from __future__ import annotations

from dataclasses import replace

import pytest


@pytest.fixture(scope="module")
def modes_of(nlp):
    from newsgraph.ingest import BoilerplateFilter, _make_document
    from newsgraph.parse import parse_documents
    from newsgraph.pipeline import BuildSettings, DocumentAnalyzer

    analyzer = DocumentAnalyzer(BuildSettings())

    def run(text: str) -> dict[str, str]:
        document = replace(_make_document("t.txt", text, BoilerplateFilter([]), title=None), published="2024-03-01")
        (parsed,) = parse_documents(nlp, [document])
        return {e.trigger: e.mode for e in analyzer(parsed).events}

    return run


@pytest.mark.parametrize("sentence, trigger", [
    ("Kemaria's president is to meet the Vostran premier in Lisbon next week.", "meet"),
    ("The Kemari premier is due to visit Vostrana on Monday.", "visit"),
    ("Kemaria is set to expel the Vostran ambassador.", "expel"),
    ("The Tessaly Front was to sign the accord with Kemaria in May.", "sign"),
])
def test_arranged_infinitive_is_planned(modes_of, sentence, trigger):
    assert modes_of(sentence)[trigger] == "planned"


def test_a_deed_as_subject_of_be_is_told_as_done(modes_of):
    modes = modes_of("The new Kemari leader's first act was to expel the Vostran ambassador.")
    assert modes["expel"] == "asserted"


def test_plain_past_stays_asserted(modes_of):
    assert modes_of("Kemaria's president met the Vostran premier in Lisbon.")["met"] == "asserted"
