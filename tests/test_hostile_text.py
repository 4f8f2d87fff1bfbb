"""Hostile text in the CLI (issue 10): markup, HTML/JS, terminal escapes, bidi overrides, very
long lines and a 10,000-character name reach the terminal inert and readable: rich markup
escaped (shown as written, not applied), control and format characters replaced, long names
cut with an ellipsis. One fictional article, built once through the real CLI."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app

LONG_NAME = ("Vlad " + "Qarzanovitchelli" * 700)[:10_000]
MARKUP = "[bold red]ALERT[/bold red]"
SCRIPT = "<script>alert('x')</script>"
TITLE = "Harbour \x1b[31mescape\x1b[0m and [link=https://example.invalid]link[/link] \u202erevert"
TEXT = (
    f"Markup in the harbour {MARKUP} {SCRIPT}\n\n"
    f"Minister {LONG_NAME} met harbour officials in Varno on Monday. "
    f"{LONG_NAME} said the \u202eharbour\u202c deal was signed. "
    "Police arrested <b>Ivo Petrak</b> near the port, officials said. "
    "Ivo Petrak told the Varno Herald that he rejected the deal.\n\n"
    + "A very long line of harbour notes " * 1500 + "\n"
)
FORBIDDEN = {"\x1b": "terminal escape", "\u202e": "bidi override", "\u202c": "bidi pop", "\x00": "NUL"}


@dataclass
class Hostile:
    out: Path
    doc: str


def invoke(*args) -> str:
    result = CliRunner().invoke(app, [str(a) for a in args], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    assert result.exception is None
    assert "Traceback" not in result.output
    return result.output


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Hostile:
    root = tmp_path_factory.mktemp("hostile")
    feed = root / "feed.jsonl"
    feed.write_text(json.dumps({"title": TITLE, "outlet": "[blink]Herald[/blink]", "text": TEXT}) + "\n",
                    encoding="utf-8")
    # the long name is a user's entity pattern: a name the model alone would not find
    patterns = root / "patterns.jsonl"
    patterns.write_text(json.dumps({"label": "PERSON", "pattern": LONG_NAME}) + "\n", encoding="utf-8")
    out = root / "out"
    invoke("build", feed, "-o", out, "--entity-patterns", patterns)
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    assert any(a["name"] == LONG_NAME for a in graph["actors"])
    return Hostile(out, graph["documents"][0]["id"])


def assert_inert(output: str) -> None:
    for character, what in FORBIDDEN.items():
        assert character not in output, what
    assert LONG_NAME not in output
    assert LONG_NAME[:300] not in output  # not even a screenful of it
    assert len(output) < 20_000


def squashed(output: str) -> str:
    return re.sub(r"\s+", "", output)


@pytest.mark.parametrize("command", [
    ["actors"], ["actor", "Vlad"], ["explain", "Vlad"], ["actor", "Petrak"], ["events"], ["sources", "Harbour"],
    ["search", "harbour"], ["search", "ALERT"], ["contradictions"], ["reuse"],
])
def test_output_is_inert(hostile, command):
    assert_inert(invoke(command[0], hostile.out, *command[1:]))


def test_long_name_is_cut_with_an_ellipsis(hostile):
    output = invoke("actors", hostile.out)
    (row,) = [line for line in output.splitlines() if "Vlad Qarzanovitchelli" in line]
    assert "…" in row
    header = invoke("actor", hostile.out, "Vlad").split("Documents:")[0]
    assert "…" in header and len(header) < 600


def test_markup_is_shown_as_written_not_applied(hostile):
    output = invoke("search", hostile.out, "ALERT")
    assert squashed(MARKUP + SCRIPT) in squashed(output)
    events = invoke("events", hostile.out, "--min-confidence", "0")
    assert "<b>Ivo Petrak</b>" in events or "Ivo Petrak" in events
    sources = invoke("sources", hostile.out, hostile.doc)
    assert squashed("[link=https://example.invalid]link[/link]") in squashed(sources)


def test_bidi_override_is_replaced_in_the_sentence(hostile):
    output = invoke("actor", hostile.out, "Vlad")
    assert "the harbour deal was signed" in " ".join(output.split())


def test_very_long_line_is_cut(hostile):
    output = invoke("search", hostile.out, "notes")
    assert "A very long line of harbour notes" in output
    assert "…" in output
    assert len(output) < 5_000


def test_metadata_is_cleaned_at_ingest(hostile):
    graph = json.loads((hostile.out / "graph.json").read_text(encoding="utf-8"))
    document = graph["documents"][0]
    assert document["title"] == "Harbour [31mescape[0m and [link=https://example.invalid]link[/link] \u202erevert"
    assert document["outlet"] == "[blink]Herald[/blink]"
