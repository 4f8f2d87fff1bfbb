"""End-to-end tests through the real CLI: typer's CliRunner on ``newsgraph.cli.app``, and the
installed ``newsgraph`` console script in a subprocess.

The articles are small fictional texts written here. A build loads the spaCy model (about a
second), so one module-scoped build is shared by the read-only tests; tests that change a
build folder work on a copy of it.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app

NEWSGRAPH = Path(sys.executable).parent / "newsgraph"

ARTICLES = {
    "lisbon.txt": (
        "Fisheries talks in Lisbon\n\n"
        "Foreign Minister Lara Okonkwo met Daniel Ferreira in Lisbon on Tuesday. "
        "Okonkwo said the two countries would sign a fisheries agreement next month. "
        "Ferreira welcomed the proposal and praised the negotiators. "
        "The talks lasted four hours.\n"
    ),
    "porto.md": (
        "# Harbour strike ends\n\n"
        "Union leader Miguel Santos announced the end of the harbour strike in Porto on Sunday. "
        "Santos told reporters that the dock workers would return on Monday. "
        "The port authority confirmed the agreement.\n"
    ),
    "bergen.jsonl": json.dumps({
        "title": "Bridge opens in Bergen", "outlet": "Coastal Herald", "published": "2016-03-04",
        "url": "https://example.org/bridge",
        "text": "Mayor Ingrid Halvorsen opened the new bridge in Bergen on Friday. "
                "Halvorsen said the project had finished under budget. "
                "Councillor Tomas Berg questioned the cost. Berg asked for an independent audit.",
    }) + "\n",
}

NEW_ARTICLE = (
    "Schools plan for the coast\n\n"
    "Prime Minister Adebayo Mensah visited Accra on Wednesday. "
    "Mensah promised twelve new schools for the region. "
    "Teachers welcomed the plan, and Mensah said building would start in May.\n"
)

GRAPH_KEYS = {"schema", "documents", "actors", "mentions", "events", "claims", "times",
              "relations", "reuse", "contradictions"}

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def plain(text: str) -> str:
    """Output without terminal escape codes (in case the environment forces colour)."""
    return ANSI.sub("", text)


def flat(text: str) -> str:
    """Output with all whitespace runs as one space: messages rich wrapped at the width."""
    return " ".join(plain(text).split())


def squash(text: str) -> str:
    """Output with no whitespace at all: compares messages even where rich folded a long path."""
    return "".join(plain(text).split())


def write_articles(folder: Path, articles: dict[str, str | bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in articles.items():
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


def invoke(*args: str | Path):
    return CliRunner().invoke(app, [str(a) for a in args])


def run_script(*args: str | Path, columns: int = 200) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE")}
    env["COLUMNS"] = str(columns)
    return subprocess.run([str(NEWSGRAPH), *map(str, args)], capture_output=True, text=True, env=env,
                          stdin=subprocess.DEVNULL, timeout=120)


@dataclass
class Build:
    articles: Path
    out: Path
    output: str

    @property
    def graph(self) -> dict:
        return json.loads((self.out / "graph.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Build:
    root = tmp_path_factory.mktemp("cli")
    articles = write_articles(root / "articles", ARTICLES)
    out = root / "out"
    result = invoke("build", articles, "-o", out)
    assert result.exit_code == 0, result.output
    return Build(articles, out, plain(result.output))


@pytest.fixture
def build_copy(built, tmp_path) -> Build:
    """A private copy of the shared build (articles keep their original paths)."""
    out = tmp_path / "out"
    shutil.copytree(built.out, out)
    return Build(built.articles, out, built.output)


def actor_record(graph: dict, actor_id: str) -> dict:
    matches = [a for a in graph["actors"] if a["id"] == actor_id]
    assert len(matches) == 1, [a["id"] for a in graph["actors"]]
    return matches[0]


# --- help ---------------------------------------------------------------------------------


def test_top_level_help_lists_the_commands():
    result = invoke("--help")
    assert result.exit_code == 0
    commands = re.findall(r"^\W*(\w+)\s{2,}\S", plain(result.output), re.MULTILINE)
    for command in ("build", "actors", "actor", "search"):
        assert command in commands, plain(result.output)
    assert "newsgraph build ARTICLES/ -o out/mygraph" in plain(result.output)


@pytest.mark.parametrize("command", sorted(c.name or c.callback.__name__ for c in app.registered_commands))
def test_every_command_help_has_examples(command):
    result = invoke(command, "--help")
    assert result.exit_code == 0
    output = plain(result.output)
    lines = [line.strip() for line in output.splitlines()]
    assert "Examples" in lines, output
    examples = lines[lines.index("Examples") + 1:]
    assert any(line.startswith(f"newsgraph {command} ") for line in examples), output


def test_console_script_help():
    assert NEWSGRAPH.is_file(), f"console script not installed at {NEWSGRAPH}"
    completed = run_script("--help")
    assert completed.returncode == 0, completed.stderr
    assert "Usage: newsgraph [OPTIONS] COMMAND" in completed.stdout
    for command in ("build", "actors", "actor", "search"):
        assert re.search(rf"^\W*{command}\s{{2,}}\S", completed.stdout, re.MULTILINE), completed.stdout


# --- the build -------------------------------------------------------------------------------


def test_build_prints_summary_and_writes_both_files(built):
    assert "Built 3 documents (3 parsed, 0 unchanged, 0 duplicate, 0 skipped)" in flat(built.output)
    assert (built.out / "graph.json").is_file()
    assert (built.out / "graph.db").is_file()
    assert "Traceback" not in built.output


def test_graph_json_has_the_contract_keys(built):
    graph = built.graph
    assert set(graph) >= GRAPH_KEYS
    assert graph["schema"] == "newsgraph/1"
    for key in GRAPH_KEYS - {"schema"}:
        assert isinstance(graph[key], list), key
    docs = {Path(d["path"]).name.removesuffix(":1"): d for d in graph["documents"]}
    assert set(docs) == {"lisbon.txt", "porto.md", "bergen.jsonl"}
    for document in graph["documents"]:
        assert {"id", "path", "title", "outlet", "published", "sha256", "text"} <= set(document)
        assert document["id"] == document["sha256"][:16]
    assert docs["lisbon.txt"]["title"] == "Fisheries talks in Lisbon"
    assert docs["porto.md"]["title"] == "Harbour strike ends"
    bergen = docs["bergen.jsonl"]
    assert bergen["path"] == f"{built.articles / 'bergen.jsonl'}:1"
    assert (bergen["title"], bergen["outlet"], bergen["published"]) == (
        "Bridge opens in Bergen", "Coastal Herald", "2016-03-04")


def test_full_names_and_surnames_are_one_actor(built):
    graph = built.graph
    okonkwo = actor_record(graph, "lara-okonkwo")
    assert okonkwo["name"] == "Lara Okonkwo"
    assert okonkwo["kind"] == "PERSON"
    assert okonkwo["aliases"] == ["Okonkwo"]
    lisbon_id = next(d["id"] for d in graph["documents"] if d["path"].endswith("lisbon.txt"))
    assert okonkwo["documents"] == [lisbon_id]
    mentions = [m for m in graph["mentions"] if m["actor"] == "lara-okonkwo"]
    assert sorted(m["text"] for m in mentions) == ["Lara Okonkwo", "Okonkwo"]
    assert okonkwo["mention_count"] == len(mentions) == 2
    for actor_id, name in [("daniel-ferreira", "Daniel Ferreira"), ("miguel-santos", "Miguel Santos"),
                           ("ingrid-halvorsen", "Ingrid Halvorsen")]:
        assert actor_record(graph, actor_id)["name"] == name


def test_every_mention_offset_slices_the_document_text(built):
    graph = built.graph
    texts = {d["id"]: d["text"] for d in graph["documents"]}
    assert len(graph["mentions"]) >= 8
    for mention in graph["mentions"]:
        assert texts[mention["doc"]][mention["start"]:mention["end"]] == mention["text"], mention
    actor_ids = {a["id"] for a in graph["actors"]}
    assert {m["actor"] for m in graph["mentions"]} == actor_ids


def test_graph_db_tables_and_schema_version(built):
    db = sqlite3.connect(f"file:{built.out / 'graph.db'}?mode=ro", uri=True)
    try:
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        assert {"meta", "documents", "actors", "mentions", "sentences", "doc_results", "mention_evidence"} <= tables
        assert db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall() == [("1",)]
        assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 3
        assert db.execute("SELECT name, kind FROM actors WHERE id = 'lara-okonkwo'").fetchall() == [
            ("Lara Okonkwo", "PERSON")]
        assert db.execute("SELECT alias FROM actor_aliases WHERE actor = 'lara-okonkwo'").fetchall() == [("Okonkwo",)]
        # The store agrees with graph.json, and sentence rows are slices of their document.
        graph = built.graph
        assert db.execute("SELECT count(*) FROM mentions").fetchone()[0] == len(graph["mentions"])
        for doc, start, end, text, full in db.execute(
                'SELECT s.doc, s.start, s."end", s.text, d.text FROM sentences s JOIN documents d ON d.id = s.doc'):
            assert full[start:end] == text
        sentence = db.execute("SELECT text FROM sentences WHERE text LIKE '%fisheries%' ORDER BY start").fetchall()
        # The headline is its own sentence, not glued to the first sentence of the body.
        assert sentence == [("Fisheries talks in Lisbon",),
                            ("Okonkwo said the two countries would sign a fisheries agreement next month.",)]
    finally:
        db.close()


# --- queries -----------------------------------------------------------------------------------


def test_actors_lists_the_actors(built):
    result = invoke("actors", built.out)
    assert result.exit_code == 0, result.output
    output = plain(result.output)
    for name in ("Lara Okonkwo", "Daniel Ferreira", "Miguel Santos", "Ingrid Halvorsen"):
        assert name in output
    total = len(built.graph["actors"])
    assert f"{total} of {total} actors in" in flat(output)


def test_actors_kind_filter(built):
    result = invoke("actors", built.out, "--kind", "person")
    assert result.exit_code == 0, result.output
    output = plain(result.output)
    assert "Lara Okonkwo" in output
    assert "GPE" not in output and "Lisbon " not in output


def test_actor_by_surname_finds_the_full_name_actor(built):
    result = invoke("actor", built.out, "Okonkwo")
    assert result.exit_code == 0, result.output
    lines = plain(result.output).splitlines()
    assert lines[0].startswith("Lara Okonkwo  PERSON")
    assert "id lara-okonkwo" in lines[0]
    assert "Also written: Okonkwo" in lines
    assert "Documents: Fisheries talks in Lisbon" in lines
    assert "Evidence" in plain(result.output)
    assert "fisheries" in plain(result.output)


def test_actor_lookup_is_case_insensitive_and_accepts_ids(built):
    for query in ("lara okonkwo", "OKONKWO", "lara-okonkwo"):
        result = invoke("actor", built.out, query)
        assert result.exit_code == 0, (query, result.output)
        assert plain(result.output).startswith("Lara Okonkwo  PERSON"), query


def test_unknown_actor_exits_1_with_an_error_and_no_traceback(built):
    result = invoke("actor", built.out, "Nobody")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert plain(result.stderr).startswith("error: ")
    assert squash(result.stderr) == squash(
        f"error: no actor matches 'Nobody'; try 'newsgraph actors {built.out}' to list them.")
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_unknown_actor_error_is_one_line_in_a_real_process(built):
    completed = run_script("actor", built.out, "Nobody", columns=80)
    assert completed.returncode == 1
    assert "Traceback" not in completed.stderr
    assert completed.stderr.strip().startswith("error: ")
    assert len(completed.stderr.strip().splitlines()) == 1, completed.stderr


def test_search_finds_the_sentence(built):
    result = invoke("search", built.out, "negotiators")
    assert result.exit_code == 0, result.output
    output = flat(result.output)
    assert "1 sentence matching negotiators" in output
    assert "praised the" in output.split("matching negotiators", 1)[1]
    lisbon_id = next(d["id"] for d in built.graph["documents"] if d["path"].endswith("lisbon.txt"))
    assert "Fisheries talks in" in output and lisbon_id not in output  # the title, cut to its column


def test_search_prefix_and_no_match(built):
    assert "1 sentence matching audit*" in flat(invoke("search", built.out, "audit*").output)
    result = invoke("search", built.out, "zebra")
    assert result.exit_code == 0
    assert "0 sentences matching zebra" in flat(result.output)


def test_bad_search_query_is_an_error_not_a_traceback(built):
    result = invoke("search", built.out, '"unclosed')
    assert result.exit_code == 1
    assert flat(result.stderr).startswith("error: bad search query")
    assert "Traceback" not in result.output


# --- rebuilding ------------------------------------------------------------------------------------


def test_identical_rebuild_with_console_script_parses_nothing(build_copy):
    before = (build_copy.out / "graph.json").read_bytes()
    completed = run_script("build", build_copy.articles, "-o", build_copy.out, "--top", "0")
    assert completed.returncode == 0, completed.stderr
    assert "Traceback" not in completed.stdout + completed.stderr
    assert "Built 3 documents (0 parsed, 3 unchanged, 0 duplicate, 0 skipped)" in flat(completed.stdout)
    assert (build_copy.out / "graph.json").read_bytes() == before


def test_adding_a_file_parses_only_that_file(built, tmp_path):
    articles = tmp_path / "articles"
    shutil.copytree(built.articles, articles)
    out = tmp_path / "out"
    shutil.copytree(built.out, out)
    before = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    (articles / "accra.txt").write_text(NEW_ARTICLE, encoding="utf-8")

    result = invoke("build", articles, "-o", out, "--top", "0")
    assert result.exit_code == 0, result.output
    assert "Built 4 documents (1 parsed, 3 unchanged, 0 duplicate, 0 skipped)" in flat(result.output)

    after = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    assert len(after["documents"]) == len(before["documents"]) + 1
    assert len(after["actors"]) > len(before["actors"])
    assert len(after["mentions"]) > len(before["mentions"])
    mensah = actor_record(after, "adebayo-mensah")
    assert mensah["name"] == "Adebayo Mensah"
    assert mensah["aliases"] == ["Mensah"]
    # What was there before is still there, unchanged.
    assert actor_record(after, "lara-okonkwo") == actor_record(before, "lara-okonkwo")
    assert {d["id"] for d in before["documents"]} < {d["id"] for d in after["documents"]}
    listing = invoke("actors", out)
    assert "Adebayo Mensah" in plain(listing.output)


# --- bad input --------------------------------------------------------------------------------------


def test_bad_files_are_named_once_and_the_rest_is_built(tmp_path):
    articles = write_articles(tmp_path / "mixed", {
        "good.txt": ARTICLES["lisbon.txt"],
        "empty.txt": b"",
        "blob.txt": b"GIF89a\x00\x01\x02\x00\x00binary",
        "feed.jsonl": json.dumps({"title": "Bridge", "text": ARTICLES["porto.md"]}) + "\n{not json\n",
    })
    out = tmp_path / "out"
    result = invoke("build", articles, "-o", out, "--top", "0")
    assert result.exit_code == 0, result.output
    output = plain(result.output)
    assert "Traceback" not in output
    lines = output.splitlines()

    def lines_naming(name: str) -> list[str]:
        return [line for line in lines if name in line]

    assert lines_naming(str(articles / "empty.txt")) == [f"{articles / 'empty.txt'}: skipped: empty file"]
    assert lines_naming(str(articles / "blob.txt")) == [f"{articles / 'blob.txt'}: skipped: binary file, not text"]
    (jsonl_line,) = lines_naming(str(articles / "feed.jsonl"))
    assert jsonl_line.startswith(f"{articles / 'feed.jsonl'}:2: skipped: not valid JSON")
    assert "Built 2 documents (2 parsed, 0 unchanged, 0 duplicate, 3 skipped)" in flat(output)
    assert len(json.loads((out / "graph.json").read_text(encoding="utf-8"))["documents"]) == 2


def test_only_bad_files_is_an_error(tmp_path):
    articles = write_articles(tmp_path / "bad", {
        "empty.txt": b"   \n",
        "blob.txt": b"\x00\x00\x00\x01",
        "feed.jsonl": "{not json\n",
    })
    out = tmp_path / "out"
    result = invoke("build", articles, "-o", out)
    assert result.exit_code != 0
    assert result.exit_code == 1
    output = plain(result.output)
    assert "Traceback" not in output
    stderr = plain(result.stderr)
    error_lines = [line for line in stderr.splitlines() if line.startswith("error:")]
    assert len(error_lines) == 1
    # The skipped files are named first, then the error ends the output.
    assert squash(stderr[stderr.index("error:"):]) == squash(
        f"error: no document could be read from {articles}; nothing was built.")
    assert stderr.index(str(articles / "blob.txt")) < stderr.index("error:")
    assert not (out / "graph.json").exists()


def test_folder_without_supported_files_is_an_error(tmp_path):
    articles = write_articles(tmp_path / "nothing", {"notes.pdf": b"%PDF", "data.csv": "a,b\n"})
    result = invoke("build", articles, "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert squash(result.stderr).startswith(squash(f"error: no article files found under {articles}"))
    assert "Traceback" not in result.output


def test_out_that_is_a_file_is_a_one_line_error(tmp_path):
    articles = write_articles(tmp_path / "articles", {"lisbon.txt": ARTICLES["lisbon.txt"]})
    taken = tmp_path / "notes.txt"
    taken.write_text("mine", encoding="utf-8")
    result = invoke("build", articles, "-o", taken)
    assert result.exit_code == 1
    assert squash(result.stderr) == squash(f"error: {taken} is a file: give -o a folder (new or from an earlier "
                                           "build) for graph.json and graph.db.")
    assert taken.read_text(encoding="utf-8") == "mine"


def test_missing_model_leaves_no_store_behind(tmp_path):
    articles = write_articles(tmp_path / "articles", {"lisbon.txt": ARTICLES["lisbon.txt"]})
    result = invoke("build", articles, "-o", tmp_path / "out", "--model", "en_core_web_nonesuch")
    assert result.exit_code == 1
    assert "is not installed" in squash(result.stderr).replace("isnotinstalled", "is not installed")
    assert not (tmp_path / "out").exists()


def test_only_missing_paths_give_one_message(tmp_path):
    missing = tmp_path / "no-such-folder"
    result = invoke("build", missing, "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert squash(result.stderr) == squash(f"error: no such file or folder: {missing}; nothing was built.")


def test_graph_json_is_as_readable_as_the_store(tmp_path):
    articles = write_articles(tmp_path / "articles", {"lisbon.txt": ARTICLES["lisbon.txt"]})
    out = tmp_path / "out"
    assert invoke("build", articles, "-o", out, "--quiet").exit_code == 0
    assert (out / "graph.json").stat().st_mode & 0o777 == (out / "graph.db").stat().st_mode & 0o777


def test_queries_on_a_folder_without_a_build_say_build_first(tmp_path):
    empty = tmp_path / "not-built"
    empty.mkdir()
    for args in (["actors", empty], ["actor", empty, "Okonkwo"], ["search", empty, "talks"]):
        result = invoke(*args)
        assert result.exit_code == 1, args
        assert squash(result.stderr) == squash(
            f"error: {empty} holds no graph.db: build one first with 'newsgraph build PATH -o {empty}'.")
        assert "Traceback" not in result.output
    assert list(empty.iterdir()) == []


def test_build_into_a_locked_folder_is_refused(built, tmp_path):
    out = tmp_path / "locked-out"
    out.mkdir()
    with open(out / ".newsgraph.lock", "w") as holder:
        fcntl.flock(holder, fcntl.LOCK_EX | fcntl.LOCK_NB)
        result = invoke("build", built.articles, "-o", out)
    assert result.exit_code == 1
    message = flat(result.stderr)
    assert message.startswith("error: ")
    assert "another newsgraph build" in message
    assert squash(str(out)) in squash(message)
    assert "Traceback" not in result.output
    assert not (out / "graph.json").exists()
    assert not (out / "graph.db").exists()


def test_missing_input_creates_no_store(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(tmp_path / "missing"), "-o", str(out)])
    assert result.exit_code == 1
    assert not out.exists()


def test_version_prints_the_package_version():
    from newsgraph import __version__

    result = invoke("--version")
    assert result.exit_code == 0 and result.output == f"newsgraph {__version__}\n"
