"""Shared fixtures: the spaCy model (loaded once) and the shared corpora beside the repo."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


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
