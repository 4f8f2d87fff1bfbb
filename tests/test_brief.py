"""Briefings (newsgraph brief): templates on sentences written here, the checker on briefings
made wrong on purpose, and every briefing of the bundled sample corpus through the checker."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from newsgraph.brief import Statement, Templates, check_briefing, render, write_briefing
from newsgraph.store import Store
from test_cli import invoke

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "docs" / "briefing-example.md"


# --- templates --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def templates() -> Templates:
    return Templates.from_data()


def test_dates_are_written_as_words_and_durations_give_none(templates):
    assert templates.date("2015-12") == "December 2015"
    assert templates.date("2015-12-13") == "13 December 2015"
    assert templates.date("2009") == "2009"
    assert templates.date("P2Y") is None and templates.date("2015-W50") is None and templates.date(None) is None
    assert templates.period(["2015-12-13", "2015-12-01"]) == "December 2015"
    assert templates.period(["2016-01-05", "2009-08-15", "PXD"]) == "August 2009 to January 2016"
    assert templates.period(["PXW"]) == ""


def test_counts_pick_singular_or_plural(templates):
    assert templates.count("report", 1) == "1 report"
    assert templates.count("source", 2) == "2 independent sources"
    assert templates.count("mention", 1) == "once"


def test_events_are_written_as_reported_in_their_mode(templates):
    assert templates.event("Vexa", "COERCE", "arrest", "asserted", "two smugglers") == \
        "Vexa is reported arresting two smugglers"
    assert templates.event("Vexa", "ASSAULT", None, "planned", "the depot") == \
        "Vexa is reported to plan or intend to attack the depot"
    assert templates.event("Vexa", "AGREE", "ceasefire", "not_yet", "Orlan") == \
        "Vexa is reported as not yet having agreed a truce with Orlan"
    assert "denied" in templates.event("Vexa", "AID", None, "denied", "Orlan")
    assert "hypothetical" in templates.event("Vexa", "AID", None, "hypothetical", None)
    assert templates.passive("Orlan", "COERCE", "arrest", "asserted", "the police") == \
        "Orlan is reported as the target of arrests by the police"
    assert templates.event("Vexa", None, None, "asserted", "Orlan") is None


def test_every_type_has_every_form_and_every_mode_is_reported(templates):
    from newsgraph.plover import Plover

    for event_type in Plover.from_data().types:
        phrase = templates.phrase(event_type, None)
        assert phrase and {"ing", "base", "past", "noun", "prep"} <= set(phrase), event_type
    for mode, text in {**templates.get("modes"), **templates.get("passive")}.items():
        assert "reported" in text, mode


def test_every_wording_is_text_never_a_yaml_boolean(templates):
    # YAML 1.1 reads a bare on/no/yes/off as a boolean: "sanctions on Vexa" once came out "True Vexa".
    def leaves(value):
        if isinstance(value, dict):
            for item in value.values():
                yield from leaves(item)
        elif isinstance(value, list):
            for item in value:
                yield from leaves(item)
        else:
            yield value

    assert not [leaf for leaf in leaves(templates.table) if isinstance(leaf, bool)]
    assert templates.phrase("SANCTION", None)["prep"] == "on"


def test_quotes_are_cut_on_a_word_with_an_ellipsis(templates):
    long = "word " * 100
    quoted = templates.quote(long)
    assert quoted.endswith("…") and len(quoted) <= templates.get("quote_chars") + 1
    assert templates.quote("  two\n lines ") == "two lines"


def test_a_no_comment_on_nothing_is_written_without_an_empty_quote(templates):
    # a declined comment with no topic has an empty content: no “” after "declined to comment"
    assert templates.fill("says", "decline_bare", speaker="Vesta Holdings", quote="") == \
        "Vesta Holdings declined to comment"
    assert templates.fill("disputed", "declined_bare", asserters="the Ledger", quote="talks", denier="Vesta",
                          denial="") == "According to the Ledger, “talks”; Vesta declined to comment"


def test_a_user_file_overrides_single_wording(tmp_path):
    extra = tmp_path / "words.yaml"
    extra.write_text('modes: {asserted: "{subject} is said to be {ing}{object}"}\n', encoding="utf-8")
    changed = Templates.from_data([extra])
    assert changed.event("Vexa", "COERCE", "arrest", "asserted", "Orlan") == "Vexa is said to be arresting Orlan"
    assert changed.event("Vexa", "COERCE", "arrest", "planned", "Orlan").startswith("Vexa is reported to plan")


def test_a_bad_user_file_is_a_clear_error(tmp_path):
    from newsgraph.errors import NewsgraphError

    bad = tmp_path / "bad.yaml"
    bad.write_text("- a list\n", encoding="utf-8")
    with pytest.raises(NewsgraphError, match="bad.yaml"):
        Templates.from_data([bad])


# --- the sample corpus -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory, sample_dir) -> Path:
    out = tmp_path_factory.mktemp("brief") / "out"
    result = invoke("build", sample_dir, "-o", out, "--top", "0", "--workers", "1")
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def store(built):
    with Store(built) as opened:
        yield opened


def test_every_sample_actor_briefing_passes_the_checker(store):
    ids = [row[0] for row in store.db.execute("SELECT id FROM actors ORDER BY id")]
    assert len(ids) > 20
    for actor in ids:
        briefing = write_briefing(store, actor)
        assert check_briefing(briefing, store) == [], actor
        assert briefing.statements(), actor


def test_sample_pair_briefings_pass_the_checker(store):
    pairs = store.db.execute("SELECT a, b FROM actor_pairs").fetchall()
    assert pairs
    for a, b in pairs:
        briefing = write_briefing(store, a, b)
        assert check_briefing(briefing, store) == [], (a, b)


def test_a_pair_briefing_tells_the_planned_attack_as_planned(store):
    # told only in Mansour's own words, the threatened attack is below the default confidence
    briefing = write_briefing(store, "Karst Front", "Mansour", min_confidence=0.0)
    texts = [s.text for s in briefing.statements()]
    # the threat ("had threatened to attack ... unless") is told as planned, whatever its type
    planned = [t for t in texts if t.startswith("Khalid Mansour is reported to plan or intend to ")]
    # Mansour's threat is told in his own words: the event sits in his claim
    # in both articles ("The leader of the ... militia, Khalid Mansour, has threatened to attack"
    # is his claim too): two reports, one independent source, the man himself
    assert planned and " Karst Liberation Front positions" in planned[0]
    assert planned[0].endswith(", according to Khalid Mansour (2 reports, 1 independent source, February 2024)")
    assert any(t.startswith("Khalid Mansour is reported accusing the Karst Front") for t in texts)
    headings = [s.heading for s in briefing.sections]
    assert headings[:3] == ["Who: Karst Liberation Front", "Who: Khalid Mansour",
                            "Between Karst Liberation Front and Khalid Mansour"]


def test_events_are_never_written_as_fact(store):
    for actor in ("Karst Front", "Qassimi", "Kemaria"):
        for statement in write_briefing(store, actor).statements():
            if statement.kind == "event":
                assert " reported " in statement.text, statement.text


def test_citations_are_numbered_in_reading_order_and_all_used(store):
    briefing = write_briefing(store, "Karst Front")
    order = [n for s in briefing.statements() for n in s.citations]
    first_seen = list(dict.fromkeys(order))
    facts = [n for section in briefing.sections for f in section.facts for n in f.citations]
    assert sorted(set(order) | set(facts)) == [c.number for c in briefing.citations]
    assert first_seen == sorted(first_seen)


def test_min_confidence_hides_events_and_says_how_many(store):
    everything = write_briefing(store, "Karst Front", min_confidence=0.0)
    nothing = write_briefing(store, "Karst Front", min_confidence=1.0)
    assert check_briefing(nothing, store) == []
    # records without a confidence count as sure: a threshold of 1 keeps them, and hides the rest;
    # the sourcing counts are of the claims shown, so their words follow the threshold
    kept = {s.text for s in nothing.statements()}
    counts = ("sourcing", "speaker")
    assert all(s.text in kept for s in everything.statements()
               if s.confidence is None and s.kind not in counts)
    assert len([s for s in nothing.statements() if s.kind == "sourcing"]) == 1
    assert all(s.confidence is None or s.confidence >= 1.0 for s in nothing.statements())


# --- the checker finds what is wrong ----------------------------------------------------------


def test_checker_finds_an_uncited_statement(store):
    briefing = write_briefing(store, "Karst Front")
    briefing.sections[0].statements.append(Statement("Karst Liberation Front is reported winning", []))
    assert any(p.startswith("uncited") for p in check_briefing(briefing, store))


def test_checker_finds_offsets_that_do_not_slice_back(store):
    briefing = write_briefing(store, "Karst Front")
    first = briefing.citations[0]
    briefing.citations[0] = replace(first, start=first.start + 1)
    problems = check_briefing(briefing, store)
    assert any("do not slice back" in p for p in problems)
    assert any("is not a sentence" in p for p in problems)


def test_checker_finds_a_named_actor_missing_from_the_evidence(store):
    briefing = write_briefing(store, "Karst Front")
    statement = briefing.statements()[0]
    cited = briefing.citations[statement.citations[0] - 1].text
    assert "Omar al-Qassimi" not in cited
    statement.text += " with Omar al-Qassimi"
    problems = check_briefing(briefing, store)
    assert any("'Omar al-Qassimi'" in p for p in problems)


# --- renderers and the command ----------------------------------------------------------------


def test_markdown_has_every_section_and_numbered_sources(store):
    text = render(write_briefing(store, "Karst Front"), "md")
    for heading in ("## Who", "## What Karst Liberation Front did", "## What was done to Karst Liberation Front",
                    "## Who says so", "## Disputed", "## Timeline", "## Sources"):
        assert heading in text
    assert re.search(r"^1\. .+ · [0-9a-f]{16} \d+–\d+ {2}$", text, re.M)


def test_html_escapes_article_text(store, tmp_path):
    briefing = write_briefing(store, "Karst Front")
    briefing.citations[0] = replace(briefing.citations[0], text="<script>alert(1)</script>")
    page = render(briefing, "html")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "Content-Security-Policy" in page


def test_cli_writes_json_whose_citations_slice_back(built, tmp_path):
    target = tmp_path / "klf.json"
    result = invoke("brief", built, "KLF", "--format", "json", "-o", target)
    assert result.exit_code == 0, result.output
    assert "Wrote" in result.output
    data = json.loads(target.read_text(encoding="utf-8"))
    graph = json.loads((built / "graph.json").read_text(encoding="utf-8"))
    texts = {d["id"]: d["text"] for d in graph["documents"]}
    assert data["citations"]
    for citation in data["citations"]:
        assert texts[citation["doc"]][citation["start"]:citation["end"]] == citation["text"]


def test_cli_prints_markdown_and_resolves_names_like_the_other_commands(built):
    result = invoke("brief", built, "karst front", "mansur")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("# Briefing: Karst Liberation Front and Khalid Mansour")


def test_cli_unknown_actor_and_format_are_one_line_errors(built):
    result = invoke("brief", built, "Vanekk")
    assert result.exit_code == 1 and "did you mean 'Petra Vanek'" in result.output
    result = invoke("brief", built, "KLF", "--format", "pdf")
    assert result.exit_code == 2 and "md, html, json" in result.output


def test_the_committed_example_cites_the_sample_truly(store):
    """docs/briefing-example.md (written by scripts/brief_example.py): every source line's
    document and offsets slice the sample's text back to the quoted sentence."""
    text = EXAMPLE.read_text(encoding="utf-8")
    sources = re.findall(r"^\d+\. .* · ([0-9a-f]{16}) (\d+)–(\d+) {2}\n {3}“(.*)”$", text, re.M)
    assert len(sources) > 10
    for doc, start, end, quoted in sources:
        row = store.db.execute("SELECT text FROM documents WHERE id = ?", (doc,)).fetchone()
        assert row is not None
        assert row[0][int(start):int(end)] == re.sub(r"\\(.)", r"\1", quoted)
    body = text.split("## Sources")[0]
    for line in body.splitlines():
        if line.startswith("- ") and not line.startswith("- Published") and not line.startswith("- Outlets"):
            assert re.search(r"(\[\d+\])+\.$", line), line


def test_events_and_contradictions_below_the_threshold_are_left_out_and_counted(built, tmp_path):
    """Records of builds that give confidences (events, contradictions): those below
    --min-confidence are left out and a note says how many events."""
    import shutil

    copy = tmp_path / "graded"
    shutil.copytree(built, copy)
    with Store(copy) as graded:
        klf = graded.find_actor("Karst Front").id
        graded.db.execute("UPDATE events SET record = json_set(record, '$.confidence', 0.2) WHERE "
                          "json_extract(record, '$.source') = ? OR json_extract(record, '$.target') = ?", (klf, klf))
        graded.db.execute("UPDATE contradictions SET record = json_set(record, '$.confidence', 0.2)")
        graded.db.commit()
        low = write_briefing(graded, "Karst Front")
        total = graded.db.execute("SELECT count(*) FROM events WHERE json_extract(record, '$.source') = ? OR "
                                  "json_extract(record, '$.target') = ?", (klf, klf)).fetchone()[0]
        assert check_briefing(low, graded) == []
        assert not [s for s in low.statements() if s.kind == "event" or s.kind.startswith("dispute")]
        notes = [n for section in low.sections for n in section.notes]
        assert f"{total} events below confidence 0.5 are left out (--min-confidence)." in notes
        kept = write_briefing(graded, "Karst Front", min_confidence=0.1)
        assert [s for s in kept.statements() if s.kind == "event"]
