"""The samplers' map from a build's cleaned text back to the article file (benchmarks/file_offsets.py)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from file_offsets import FileOffsets  # noqa: E402

from newsgraph.ingest.boilerplate import BoilerplateFilter  # noqa: E402
from newsgraph.ingest.decode import normalize_text  # noqa: E402


RAW = ("Kessel warns Vaal\r\n\r\n\r\n\r\nThe Kessel minister said the Vaal plan   \r\n"
       "would fail.\r\n\r\n\r\n\"It cannot work,\" she told reporters in Tamsk.\r\n")


def cleaned(raw: str) -> str:
    return BoilerplateFilter.from_data().clean(normalize_text(raw))


def test_spans_after_collapsed_blank_lines_point_at_the_same_words_in_the_file():
    text = cleaned(RAW)
    assert text != RAW  # ingest did clean it: text offsets are not file offsets
    offsets = FileOffsets(text, RAW)
    for words in ("The Kessel minister", "would fail", "It cannot work", "Tamsk"):
        start = text.index(words)
        file_start, file_end = offsets.span(start, start + len(words))
        assert RAW[file_start:file_end] == words
        assert file_start > start  # the file has the \r and the blank lines ingest dropped


def test_a_span_of_text_the_file_lacks_maps_to_none():
    offsets = FileOffsets("abc XYZ def", "abc def")
    assert offsets.span(4, 7) is None
    assert offsets.span(0, 3) == [0, 3]


def test_a_document_whose_file_is_gone_has_no_map(tmp_path):
    assert FileOffsets.of_document({"path": str(tmp_path / "missing.txt"), "text": "x"}) is None
