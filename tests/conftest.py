"""Shared fixtures: the spaCy model (loaded once) and the shared corpora beside the repo."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
# make fuzz sets it: long hypothesis runs and the long (20,000-file) tests
FUZZ_ENV = "NEWSGRAPH_FUZZ"


def pytest_configure(config):
    # Every graph.json any test writes is checked against data/graph.schema.json, in this
    # process and in every newsgraph subprocess a test starts (they inherit the environment).
    from newsgraph.graph import CHECK_SCHEMA_ENV

    os.environ[CHECK_SCHEMA_ENV] = "1"
    _register_hypothesis_profiles()


def _register_hypothesis_profiles() -> None:
    """'quick' for make test, 'fuzz' (NEWSGRAPH_FUZZ=1, make fuzz) for the long run."""
    from hypothesis import HealthCheck, settings

    slow_ok = [HealthCheck.too_slow, HealthCheck.data_too_large]
    settings.register_profile("quick", max_examples=60, deadline=None, suppress_health_check=slow_ok)
    settings.register_profile("fuzz", max_examples=10_000, deadline=None, suppress_health_check=slow_ok,
                              print_blob=True)
    settings.load_profile("fuzz" if os.environ.get(FUZZ_ENV) else "quick")


def pytest_collection_modifyitems(config, items):
    """Tests marked ``long`` run only under make fuzz (NEWSGRAPH_FUZZ=1): each takes minutes."""
    if os.environ.get(FUZZ_ENV):
        return
    skip = pytest.mark.skip(reason=f"long run: make fuzz (or {FUZZ_ENV}=1)")
    for item in items:
        if "long" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def nlp():
    from newsgraph.parse import load_model

    return load_model()


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The seed corpus. Its absence is a failure, not a skip: CI always has ../shared."""
    folder = SHARED / "corpus" / "seeds"
    assert folder.is_dir(), f"seed corpus missing at {folder}"
    return folder


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    return REPO / "examples" / "sample"


@pytest.fixture(scope="session")
def analyze(nlp):
    """Run parse + the per-document stages on a text; returns the DocumentResult."""
    from newsgraph.ingest import BoilerplateFilter
    from newsgraph.ingest import _make_document
    from newsgraph.parse import parse_documents
    from newsgraph.pipeline import BuildSettings, DocumentAnalyzer

    analyzer = DocumentAnalyzer(BuildSettings())
    cleaner = BoilerplateFilter([])

    def run(text: str):
        document = _make_document("test.txt", text, cleaner, title=None)
        (parsed,) = parse_documents(nlp, [document])
        return analyzer(parsed)

    return run


@pytest.fixture(scope="session")
def events_of(nlp):
    """Events of a text (published 2024-03-01) as (type, source words, trigger, target words, Event)."""
    from newsgraph.ingest import BoilerplateFilter, _make_document
    from newsgraph.parse import parse_documents
    from newsgraph.pipeline import BuildSettings, DocumentAnalyzer

    analyzer = DocumentAnalyzer(BuildSettings())

    def run(text: str):
        document = dataclasses.replace(_make_document("t.txt", text, BoilerplateFilter([]), title=None),
                                       published="2024-03-01")
        (parsed,) = parse_documents(nlp, [document])
        result = analyzer(parsed)

        def name(index):
            return result.mentions[index].text if index is not None else None

        return [(e.type, name(e.source), e.trigger, name(e.target), e) for e in result.events]

    return run
