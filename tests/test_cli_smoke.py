"""Smoke matrix: every registered command, with its defaults and with each example its
``--help`` shows, on the bundled sample corpus and on the seeds (``../shared``; missing is a
failure). Each run must exit 0, print no traceback and print one line we expect of it.

The first ten minutes of a new user are these commands: a crash here (``actors`` died on
``[/]`` in a table cell once) is the first thing they see. The two corpora are built once per
module; every command after that reads them.

Examples come from the epilogs themselves, so a new example is tested as soon as it is
written. An example runs on the seeds as printed (``out/seeds`` is the seeds build); on the
sample its seed names are swapped for sample names (SAMPLE_WORDS). ``build`` examples that
need files, a cluster or a model this machine lacks are listed in BUILD_NOT_RUN with where
they are tested instead; every other example must have an expected line in EXPECTED.
"""

from __future__ import annotations

import re
import shlex
import sys
import traceback
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
EXAMPLE = re.compile(r"^\s+(newsgraph .+)$", re.MULTILINE)
SEEDS_OUT = "out/seeds"
CORPORA = ("sample", "seeds")

# Seed names in the examples and the sample-corpus words that play their part.
SAMPLE_WORDS = {
    "Haniyeh": "Vanek", "Ismail Haniyeh": "Petra Vanek", "Hamas": "Karst Front", "Egypt": "Doravia",
    "Sinai Province": "Sons of the Valley", "Menai": "Qasimi", "Hamas Negotiating Truce": "agree truce",
    "8b1c7d26": "01_harbor", "004_07410b": "07_valley",
}

# build examples not run here, and why; the runs they stand for are tested elsewhere.
BUILD_NOT_RUN = {
    "newsgraph build articles/ more.jsonl page.html -o out/news --workers 2":
        "placeholder files; --workers: tests/test_scale.py",
    "newsgraph build ../shared/corpus/bbc -o out/bbc --dask local --workers 2":
        "2,225 articles on a Dask cluster: make bench (bench_scale), tests/test_scale.py",
    "newsgraph build feed.jsonl -o out/news --dask tcp://scheduler:8786": "needs a running scheduler",
    "newsgraph build feed.jsonl -o out/news --model en_core_web_lg": "en_core_web_lg is not installed",
    "newsgraph build articles/ -o out/news --cues my_cues.yaml": "placeholder files; --cues: tests/test_cli_attribution.py",
}
# serve examples start a server that runs until it is stopped
SERVE_NOT_RUN = {
    "newsgraph serve out/seeds": "a server: tests/test_serve.py starts it and queries it over HTTP",
    "newsgraph serve out/bbc --port 8080": "a server on the BBC build: tests/test_serve.py",
}
# build examples run here: clippings/ stands for the seeds, which carry no dates.
BUILD_RUN = {"newsgraph build clippings/ -o out/clips --published 2016-01-05": {"clippings/": "SEEDS_DIR"}}

# One line (whitespace folded) each run must print: (corpus, command line as in --help).
EXPECTED: dict[tuple[str, str], str] = {}


def _expect(example: str, sample: str, seeds: str) -> None:
    EXPECTED[("sample", example)] = sample
    EXPECTED[("seeds", example)] = seeds


# defaults: each command with only what it requires
_expect("newsgraph actors out/seeds", "Karst Liberation Front │ ORG", "Hamas │ ORG")
_expect("newsgraph actor out/seeds Haniyeh", "Petra Vanek PERSON · id petra-vanek",
        "Ismail Haniyeh PERSON · id ismail-haniyeh")
_expect("newsgraph explain out/seeds Menai", "Omar al-Qassimi PERSON", "Shadi al-Menai PERSON")
_expect("newsgraph search out/seeds \"truce\"", "sentences matching truce", "sentences matching truce")
_expect("newsgraph sources out/seeds \"Hamas Negotiating Truce\"", "07_valley_truce.txt · 2024-02-23",
        "000_8b1c7d2655f027b7.txt · no publication date")
_expect("newsgraph reuse out/seeds", "origin: Four held in border raid",
        "origin unknown: publication date missing")
_expect("newsgraph contradictions out/seeds", "Kemari officials deny it", "Hamas spokesmen decline to comment")
_expect("newsgraph events out/seeds", "below confidence 0.5 hidden (--min-confidence 0 shows all)",
        "below confidence 0.5 hidden (--min-confidence 0 shows all)")
_expect("newsgraph report out/seeds", "Wrote out/sample/report.html", "Wrote out/seeds/report.html")
_expect("newsgraph schema", '"$schema"', '"$schema"')
_expect("newsgraph export out/seeds --format graphml", "as graphml:", "as graphml:")
_expect("newsgraph relations out/seeds Hamas Egypt", "Karst Liberation Front ↔ Doravia", "Hamas ↔ Egypt")
_expect("newsgraph claims out/seeds", "claims (use --limit for more)", "claims (use --limit for more)")
_expect("newsgraph timeline out/seeds", "dated events", "dated events")
# the other examples of the epilogs
_expect('newsgraph actor out/seeds "Ismail Haniyeh" --limit 5', "Petra Vanek PERSON", "Ismail Haniyeh PERSON")
_expect("newsgraph actor out/seeds Hamas --partners 5 --json", '"id": "karst-liberation-front"', '"id": "hamas"')
_expect("newsgraph actors out/seeds --kind PERSON --limit 20", "Petra Vanek │ PERSON", "Shadi al-Menai │ PERSON")
_expect('newsgraph claims out/seeds --about "Sinai Province" --json', '"speaker_text":', '"speaker_text":')
_expect("newsgraph claims out/seeds --speaker Hamas --anonymous", "sources in the Karst Front", "sources in Hamas")
_expect("newsgraph claims out/seeds --stance deny", "│ deny │", "│ deny │")
_expect("newsgraph contradictions out/seeds --json", '"kind": "denial"', '"kind": "declined_comment"')
_expect("newsgraph contradictions out/seeds --kind denial", "Kemari officials deny it", "Mushir Al Masri denies it")
_expect("newsgraph contradictions out/seeds --min-confidence 0.6", "denial confidence 0.63",
        "Hamas denies it: “Hamas denied the report")
_expect("newsgraph events out/seeds --actor Hamas --type COERCE", "No events match.", "COERCE/")
# the sample's planned events are all below the default confidence (told in threats, hypothetical)
_expect("newsgraph events out/seeds --mode planned --json > planned.json", "[]", '"mode": "planned"')
_expect('newsgraph explain out/seeds "Sinai Province"', "Abnaa el-Wadi ORG · id abnaa-el-wadi",
        "Sinai Province ORG · id sinai-province")
_expect("newsgraph export out/seeds --format csv -o seeds-csv/", "as csv:", "as csv:")
_expect("newsgraph export out/seeds --format gexf -o seeds.gexf", "as gexf:", "as gexf:")
_expect("newsgraph export out/seeds --format jsonl", "as jsonl:", "as jsonl:")
_expect("newsgraph export out/seeds --format neo4j -o neo4j-import/", "as neo4j:", "as neo4j:")
_expect('newsgraph relations out/seeds "Sinai Province" Hamas --json', '"name": "Abnaa el-Wadi"',
        '"name": "Sinai Province"')
_expect("newsgraph report out/seeds -o ~/seeds-report.html", "seeds-report.html", "seeds-report.html")
_expect("newsgraph reuse out/seeds --doc 004_07410b", "shared passages in 1 pairs of documents",
        "shared passages in 1 pairs of documents")
_expect("newsgraph reuse out/seeds --json > reuse.json", '"similarity":', '"similarity":')
_expect("newsgraph schema -o graph.schema.json", "Schema written to graph.schema.json",
        "Schema written to graph.schema.json")
_expect("newsgraph schema | python -m json.tool", '"$schema"', '"$schema"')
_expect('newsgraph search out/seeds "smuggl*" --limit 5', "5 sentences matching smuggl*", "5 sentences matching smuggl*")
_expect("newsgraph search out/seeds '\"border raid\" OR truce' --json", '"title": "Four held in border raid',
        '"title": "EXCLUSIVE – Mideast Peace Talks')
_expect("newsgraph sources out/seeds 8b1c7d26 --json", '01_harbor_talks.txt"', '000_8b1c7d2655f027b7.txt"')
_expect("newsgraph timeline out/seeds Hamas", "dated events of Karst Liberation Front", "dated events of Hamas")
_expect("newsgraph timeline out/seeds Hamas --json", '"name": "Karst Liberation Front"', '"name": "Hamas"')
_expect("newsgraph brief out/seeds Hamas", "# Briefing: Karst Liberation Front", "# Briefing: Hamas")
_expect('newsgraph brief out/seeds Hamas "Sinai Province" -o hamas-sinai.md', "Wrote hamas-sinai.md",
        "Wrote hamas-sinai.md")
_expect("newsgraph brief out/seeds Hamas --format html -o hamas.html", "Wrote hamas.html", "Wrote hamas.html")
_expect("newsgraph brief out/seeds Hamas --format json --min-confidence 0.8", '"schema": "newsgraph-brief/1"',
        '"schema": "newsgraph-brief/1"')


def plain(text: str) -> str:
    return " ".join(ANSI.sub("", text).split())


def command_examples() -> dict[str, list[str]]:
    """Command name -> the example command lines of its epilog."""
    found = {}
    for command in app.registered_commands:
        name = command.name or command.callback.__name__
        found[name] = EXAMPLE.findall(command.epilog or "")
    return found


def runnable(line: str) -> list[str]:
    """An example's arguments: what follows 'newsgraph', cut at a pipe or a redirection."""
    words = shlex.split(line)[1:]
    for stop in ("|", ">"):
        if stop in words:
            words = words[: words.index(stop)]
    return words


@pytest.fixture(scope="module")
def smoke(tmp_path_factory, sample_dir, seeds_dir):
    """A folder holding out/sample and out/seeds, built once, and the build outputs."""
    root = tmp_path_factory.mktemp("smoke")
    outputs = {}
    for corpus, source in (("sample", sample_dir), ("seeds", seeds_dir)):
        outputs[corpus] = invoke(["build", str(source), "-o", str(root / "out" / corpus)], root)
    return root, outputs, seeds_dir


def invoke(args: list[str], cwd: Path) -> str:
    """Run the CLI in this process from ``cwd``; exit 0 and no traceback, else a failure that
    shows the command, its output and the traceback."""
    import os

    here = os.getcwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(app, args)
    finally:
        os.chdir(here)
    output = result.stdout + (result.stderr if result.stderr_bytes is not None else "")
    crash = "" if result.exception is None or isinstance(result.exception, SystemExit) else "".join(
        traceback.format_exception(result.exception))
    assert result.exit_code == 0 and not crash and "Traceback" not in output, (
        f"newsgraph {shlex.join(args)} exited {result.exit_code}\n{output}\n{crash}")
    return output


def localized(line: str, corpus: str, root: Path, seeds_dir: Path) -> list[str]:
    """The example's arguments for ``corpus``: its build folder for out/seeds, sample words for
    seed names on the sample, files it writes kept in ``root``."""
    words = runnable(line)
    swaps = {SEEDS_OUT: f"out/{corpus}"} | (SAMPLE_WORDS if corpus == "sample" else {})
    swaps |= {key: str(seeds_dir) for key, value in BUILD_RUN.get(line, {}).items() if value == "SEEDS_DIR"}
    words = [swaps.get(w, w) for w in words]
    return [str(root / w[2:]) if w.startswith("~/") else w for w in words]


def matrix() -> list[tuple[str, str]]:
    runs = [(corpus, line) for line in sorted({line for lines in command_examples().values() for line in lines}
                                              | {line for _, line in EXPECTED})
            if line not in BUILD_NOT_RUN and line not in SERVE_NOT_RUN and not line.startswith("newsgraph build ")
            for corpus in CORPORA]
    return runs


def test_every_command_has_examples_and_every_example_an_expectation():
    examples = command_examples()
    assert set(examples) >= {"build", "actors", "actor", "explain", "search", "sources", "reuse", "contradictions",
                             "events", "report", "schema", "export", "relations", "claims", "timeline"}
    assert all(examples.values()), [name for name, lines in examples.items() if not lines]
    defaults = {line.split()[1] for (_, line) in EXPECTED}
    assert defaults >= set(examples) - {"build", "serve"}, "a command without a defaults run"
    for line in (line for lines in examples.values() for line in lines):
        if line.startswith("newsgraph serve "):
            assert line in SERVE_NOT_RUN, line
        elif line.startswith("newsgraph build "):
            assert line in BUILD_NOT_RUN or line in BUILD_RUN or line == "newsgraph build ../shared/corpus/seeds -o out/seeds", line
        else:
            assert ("sample", line) in EXPECTED and ("seeds", line) in EXPECTED, f"no expected line for {line}"


@pytest.mark.parametrize("corpus,line", matrix(), ids=lambda value: value)
def test_example_runs(smoke, corpus, line):
    root, _, seeds_dir = smoke
    output = plain(invoke(localized(line, corpus, root, seeds_dir), root))
    assert EXPECTED[(corpus, line)] in output, output[:3000]


def test_builds_summarize_and_name_undated_documents(smoke):
    _, outputs, _ = smoke
    sample, seeds = plain(outputs["sample"]), plain(outputs["seeds"])
    assert "Built 8 documents (8 parsed" in sample
    assert "Built 5 documents (5 parsed" in seeds
    assert "no publication date" not in sample  # every sample article has a sidecar date
    assert "5 of 5 documents have no publication date (000_8b1c7d2655f027b7.txt," in seeds
    assert "--published YYYY-MM-DD" in seeds and "ARTICLE.meta.json" in seeds


def test_build_example_with_published_dates_every_document(smoke):
    root, _, seeds_dir = smoke
    (line,) = BUILD_RUN
    output = plain(invoke(localized(line, "seeds", root, seeds_dir), root))
    assert "Built 5 documents (5 parsed" in output
    assert "no publication date" not in output


# --- what a newcomer tripped over, each once ------------------------------------------------


def run(smoke, *args: str) -> str:
    root = smoke[0]
    return plain(invoke(list(args), root))


def fails(smoke, *args: str) -> str:
    import os

    here = os.getcwd()
    os.chdir(smoke[0])
    try:
        result = CliRunner().invoke(app, list(args))
    finally:
        os.chdir(here)
    assert result.exit_code == 1 and "Traceback" not in result.output, result.output
    return plain(result.output)


def test_actor_lookup_folds_a_straight_apostrophe_to_the_curly_one(smoke):
    assert run(smoke, "actor", "out/seeds", "Mani'i", "--limit", "1").startswith("Shadi al-Menai PERSON")


def test_an_ambiguous_name_lists_its_candidates_with_kinds_and_documents(smoke):
    error = fails(smoke, "actor", "out/seeds", "Muhajir")
    assert "'Muhajir' fits" in error
    assert "'Abu Abdallah Al-Muhajir' (PERSON, 1 document, id abu-abdallah-al-muhajir)" in error
    assert "'Abu Baker Almuhajer' (PERSON, 1 document" in error


def test_unknown_option_values_name_the_valid_ones(smoke):
    assert "unknown event type 'ATTACK'; choose one of: AGREE, CONSULT," in fails(
        smoke, "events", "out/seeds", "--type", "ATTACK")
    assert "unknown mode 'said'; choose one of: asserted, ongoing, planned" in fails(
        smoke, "events", "out/seeds", "--mode", "said")
    assert "unknown kind 'PEOPLE'; choose one of: PERSON, ORG, GPE, NORP, LOC, FAC, OUTLET, GROUP, NAME." in fails(
        smoke, "actors", "out/seeds", "--kind", "PEOPLE")
    assert "unknown contradiction kind 'lie'; choose one of: denial, cooperation_vs_conflict" in fails(
        smoke, "contradictions", "out/seeds", "--kind", "lie")
    assert "unknown stance 'claim'" in fails(smoke, "claims", "out/seeds", "--stance", "claim")
    assert "GROUP" in run(smoke, "actors", "out/seeds", "--kind", "group")  # case does not matter


def test_explain_accounts_for_every_name_it_counts(smoke):
    output = run(smoke, "explain", "out/seeds", "Abu Abdallah Al-Muhajir")
    assert "2 names" in output
    # the in-document link is a merge with its evidence, not "No merges"
    assert "Abu Abdallah Al-Muhajir = Al-Muhajir in-document:" in output
    assert "No merges" not in output


def test_sources_takes_a_file_name_with_an_underscore(smoke):
    output = run(smoke, "sources", "out/seeds", "000_8b1c7d2655f027b7.txt")
    assert output.startswith("EXCLUSIVE – Mideast Peace Talks")


def test_search_reuse_and_contradictions_show_titles_not_record_ids(smoke):
    for args in (("search", "out/seeds", "truce"), ("reuse", "out/seeds"), ("contradictions", "out/seeds")):
        output = run(smoke, *args)
        assert "bf440fbdf1cb6c10" not in output, args
        assert "EXCLUSIVE – Mideast" in output, args


def test_partner_balance_says_how_many_events_it_rests_on(smoke):
    import json

    output = run(smoke, "actor", "out/sample", "Karst Front", "--limit", "1")
    assert "(n) the events it rests on, ~ fewer than 3" in output
    assert re.search(r"~[+-]\d\.\d \([12]\)", output), output
    data = json.loads(invoke(["actor", "out/sample", "Karst Front", "--json"], smoke[0]))
    assert all("balance_events" in p for p in data["partners"])


def test_next_steps_are_printed_as_the_running_program(monkeypatch, tmp_path):
    from newsgraph import cli

    script = tmp_path / ".venv" / "bin" / "newsgraph"
    script.parent.mkdir(parents=True)
    script.write_text("#!/bin/sh\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "argv", [str(script)])
    monkeypatch.setenv("PATH", "/nonexistent")
    assert cli.program() == ".venv/bin/newsgraph"
    script.chmod(0o755)
    monkeypatch.setenv("PATH", str(script.parent))
    assert cli.program() == "newsgraph"
    monkeypatch.setattr(sys, "argv", ["/usr/lib/python3/site-packages/pytest/__main__.py"])
    assert cli.program() == "newsgraph"


def test_data_never_becomes_markup():
    from rich.console import Console

    from newsgraph.console import safe, styled, time_label

    console = Console(width=80, record=True)
    for text in ("[/]", "[bold]x", "a [/] b", "[link=x]y[/link]"):
        console.print(styled(text, None), styled(text, "cyan"), safe(text))
    assert console.export_text().count("[/]") == 3 * 2
    assert time_label({"text": "the past two years", "value": "P2Y"}) == "the past two years"
    assert time_label({"text": "One day later", "value": "2009-08-15"}) == "2009-08-15"
    assert time_label({"value": "P2Y"}) == "a span of 2 years"
    from newsgraph.console import contradiction_lines

    record = {"kind": "cooperation_vs_conflict", "items": ["d:e1", "d:e2"], "actors": ["gale", "gale-port"],
              "reason": "gale and gale-port both cooperate and clash between 2020-01-01 and 2020-01-09"}
    lines = contradiction_lines(record, {}, {"gale": "Gale", "gale-port": "Gale Port [/]"})
    assert "Gale and Gale Port \\[/] both cooperate" in lines[1]
    assert time_label({"value": "PXD"}) == "some days"
    assert time_label({"value": "PT3M"}) == "a span of 3 minutes"


def test_markup_in_every_stored_value_is_shown_not_applied(smoke, tmp_path):
    """Kinds, stances, types, modes, names and titles are data: a store where each holds rich
    markup (as a hand-edited or future store might) is listed by every command without error."""
    import shutil

    from newsgraph.graph import Graph
    from newsgraph.store import Store

    out = tmp_path / "out"
    shutil.copytree(smoke[0] / "out" / "sample", out)
    graph = Graph.load(out)
    odd = "[/]odd[bold]"
    for actor in graph.actors:
        actor.kind = odd
    graph.actors[0].name = odd + graph.actors[0].name
    for record in graph.events:
        record.update(type=odd, mode=odd, subtype=odd)
    for record in graph.claims:
        record.update(stance=odd, cue=odd)
    for record in graph.relations:
        record.update(type=odd, quad=odd)
    for record in graph.contradictions:
        record.update(kind=odd, reason=odd)
    with Store(out, writable=True) as store:
        store.write_graph(graph)
    name = graph.actors[0].id
    for args in (["actors", out], ["actor", out, name], ["explain", out, name], ["events", out],
                 ["claims", out], ["contradictions", out], ["timeline", out, name], ["sources", out, "01_harbor"],
                 ["relations", out, name, graph.actors[1].id], ["reuse", out], ["search", out, "truce"]):
        output = invoke([str(a) for a in args], tmp_path)
        assert "odd" in output or args[0] in ("reuse", "search", "relations", "sources"), args


@pytest.mark.parametrize("name", sorted(command_examples()))
def test_every_command_help_shows_its_examples(name, tmp_path):
    output = plain(invoke([name, "--help"], tmp_path))
    assert "Examples" in output and f"newsgraph {name}" in output
