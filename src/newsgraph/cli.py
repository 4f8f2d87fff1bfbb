"""The ``newsgraph`` command: a thin typer layer over :mod:`newsgraph.pipeline` and the store."""

from __future__ import annotations

import json
import shlex
import shutil
import sys
from dataclasses import asdict, replace
from pathlib import Path
from itertools import groupby
from typing import List, Optional

import typer
from rich.console import Console
from rich.table import Table

from newsgraph.console_queries import (WIDE, between_events_table, claims_evidence_table, partners_table,
                                        relation_rows_table, search_table, timeline_table)
from newsgraph.console import (RichBuildListener, actors_table, claims_table, contradiction_lines, counted, print_events,
                                reuse_table, safe, sourcing_line, undated_documents_lines)
from newsgraph.errors import Errors, NewsgraphError
from newsgraph.graph.schema import graph_schema_text
from newsgraph.model import DEFAULT_MIN_CONFIDENCE, record_confidence
from newsgraph.parse import DEFAULT_MODEL
from newsgraph.pipeline import BuildReport, BuildSettings, run_build
from newsgraph.resolve import DEFAULT_RESOLVER, RESOLVERS
from newsgraph.scale.auto import parse_workers
from newsgraph.store import Store

app = typer.Typer(
    help="newsgraph turns news articles into an evidence-backed graph of actors, "
         "who did what to whom, and who says so.\n\n"
         "Start with:  newsgraph build ARTICLES/ -o out/mygraph",
    no_args_is_help=True,
    rich_markup_mode="rich",
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
errors = Console(stderr=True)


def _print_version(asked: bool) -> None:
    if asked:
        from newsgraph import __version__

        typer.echo(f"newsgraph {__version__}")
        raise typer.Exit()


@app.callback()
def _options(version: bool = typer.Option(False, "--version", callback=_print_version, is_eager=True,
                                          help="Print newsgraph's version and exit.")) -> None:
    """newsgraph turns news articles into an evidence-backed graph of actors, who did what to
    whom, and who says so."""

DOCUMENTS_SHOWN = 5
REUSE_SHOWN, NARROW_REUSE_SHOWN = 600, 240  # characters of a shared passage, at and below WIDE columns
NAME_ARGUMENT = typer.Argument(..., help="Actor name, alias or id, or part of a name (case-insensitive).",
                               show_default=False)
MEMBERS_SHOWN = 12
EVIDENCE_CONTEXT = 60  # characters shown either side of an evidence span
OUT_ARGUMENT = typer.Argument(..., help="Build folder written by 'newsgraph build -o'.", show_default=False)
MIN_CONFIDENCE_OPTION = typer.Option(DEFAULT_MIN_CONFIDENCE, "--min-confidence", min=0.0, max=1.0,
                                     help="Hide events below this confidence (0 shows all).")
CLAIM_CONFIDENCE_OPTION = typer.Option(DEFAULT_MIN_CONFIDENCE, "--min-confidence", min=0.0, max=1.0,
                                       help="Hide claims below this confidence: positions, requests and "
                                            "questions, which state nothing, and a title line's claims, "
                                            "which the body repeats with its source (0 shows all).")


@app.command(epilog="""[bold]Examples[/bold]

  newsgraph build ../shared/corpus/seeds -o out/seeds

  newsgraph build articles/ more.jsonl page.html -o out/news --workers 2

  newsgraph build ../shared/corpus/bbc -o out/bbc --dask local --workers 2

  newsgraph build feed.jsonl -o out/news --dask tcp://scheduler:8786

  newsgraph build feed.jsonl -o out/news --model en_core_web_lg

  newsgraph build clippings/ -o out/clips --published 2016-01-05

  newsgraph build articles/ -o out/news --cues my_cues.yaml

Building again into the same folder adds new articles and leaves known ones untouched.
""")
def build(
    paths: List[Path] = typer.Argument(..., help="Article files or folders (.txt .md .html .htm .jsonl), searched recursively.", show_default=False),
    out: Path = typer.Option(Path("out/graph"), "--out", "-o", help="Folder for graph.json and graph.db."),
    model: str = typer.Option(DEFAULT_MODEL, help="spaCy model name, e.g. en_core_web_lg or en_core_web_trf where installed."),
    workers: str = typer.Option("auto", help="Worker processes, each with its own model, running parse and the per-document stages (with --dask local: Dask workers). 'auto': one per core, bounded by memory, and one process when there are only a few new articles. 1 runs everything in this process."),
    batch_size: int = typer.Option(32, min=1, help="Documents per spaCy batch and per task sent to a worker."),
    dask: Optional[str] = typer.Option(None, metavar="ADDRESS", help="Run the per-document stages as Dask tasks: a scheduler address (tcp://HOST:PORT) or 'local' for a local cluster of --workers processes. Results pass through Parquet shards in OUT/shards."),
    resolver: str = typer.Option(DEFAULT_RESOLVER, help=f"Actor resolver: {', '.join(sorted(RESOLVERS))}."),
    aliases: List[Path] = typer.Option([], help="Extra alias seeds and 'distinct' pairs (YAML, format of data/aliases.yaml).", exists=True, dir_okay=False),
    max_file_mb: float = typer.Option(20.0, min=0.001, help="Skip files larger than this many MB."),
    entity_patterns: List[Path] = typer.Option([], help="Extra spaCy EntityRuler patterns (JSONL).", exists=True, dir_okay=False),
    entity_rules: List[Path] = typer.Option([], help="Extra entity rule tables (YAML, keys as data/entity_rules.yaml).", exists=True, dir_okay=False),
    outlets: List[Path] = typer.Option([], help="Extra outlet names, one per line.", exists=True, dir_okay=False),
    boilerplate: List[Path] = typer.Option([], help="Extra boilerplate line patterns (regex per line).", exists=True, dir_okay=False),
    time_rules: List[Path] = typer.Option([], help="Extra time rules (YAML, keys as data/time_rules.yaml).", exists=True, dir_okay=False),
    lexicon: List[Path] = typer.Option([], help="Extra event words (YAML, sections as data/event_lexicon.yaml), e.g. 'verbs: {outflank: ASSAULT}'.", exists=True, dir_okay=False),
    cues: List[Path] = typer.Option([], help="Extra attribution cues (YAML, keys as data/attribution_cues.yaml: speech_verbs {lemma: assert|deny}, decline_verbs, comment_verbs, deny_content, anonymous_nouns, document_nouns, outlet_nouns ...; maps merge, lists append). Repeatable.", exists=True, dir_okay=False),
    published: Optional[str] = typer.Option(None, metavar="YYYY-MM-DD", help="Publication date for articles that give none (no sidecar, front matter or metadata): relative times like 'last month' are read against it."),
    any_language: bool = typer.Option(False, "--any-language", help="Build articles that do not look English too (by default they are skipped with a note: the model and tables read English only)."),
    include_all: bool = typer.Option(False, "--include-all", help="Also read files found in folders whose names say they are no articles (README, LICENSE, CHANGELOG ...: data/not_articles.txt); they are skipped with a note by default."),
    top: int = typer.Option(10, min=0, help="Actors to list after the build."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary."),
) -> None:
    """Build the graph of a folder of articles into OUT (graph.json + graph.db)."""
    try:
        worker_count = parse_workers(workers)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--workers") from None
    settings = BuildSettings(
        model=model, workers=worker_count, batch_size=batch_size, dask=dask, resolver=resolver, max_file_mb=max_file_mb,
        entity_patterns=tuple(entity_patterns), entity_rules=tuple(entity_rules),
        outlets=tuple(outlets), boilerplate=tuple(boilerplate), aliases=tuple(aliases),
    )
    settings = replace(settings, time_rules=tuple(time_rules), lexicon=tuple(lexicon), cues=tuple(cues),
                       published=published, english_only=not any_language,
                       include_all=include_all)
    with RichBuildListener(errors, quiet=quiet) as listener:
        report = _run(lambda: run_build(paths, out, settings, listener))
    if not quiet:
        _print_summary(report, top)


def _print_summary(report: BuildReport, top: int) -> None:
    graph = report.graph
    skipped = sum(1 for p in report.problems if p.skipped)
    console.print(
        f"[bold green]Built[/] {len(graph.documents)} documents "
        f"([bold]{report.parsed}[/] parsed, {report.unchanged} unchanged, "
        f"{report.duplicates} duplicate, {skipped} skipped): "
        f"[bold]{len(graph.actors)}[/] actors, [bold]{len(graph.mentions)}[/] mentions, "
        f"[bold]{len(graph.events)}[/] events in [bold]{len(graph.relations)}[/] relations, "
        f"[bold]{len(graph.claims)}[/] claims, [bold]{len(graph.times)}[/] time expressions, "
        f"[bold]{len(graph.reuse)}[/] shared passages."
    )
    if report.parsed:
        how = f" ({report.workers_reason})" if report.workers_reason else ""
        processes = "1 process" if report.workers == 1 else f"{report.workers} worker processes"
        console.print(f"[dim]Parsed with {processes}{how}.[/]")
    if top:
        ranked = sorted(graph.actors, key=lambda a: (-a.mention_count, -len(a.documents), a.name))
        console.print(actors_table(ranked[:top], f"Top {min(top, len(ranked))} actors"))
    for line in undated_documents_lines(graph.documents):
        console.print(line)
    if report.out:
        console.print(f"Graph:  [bold]{safe(str(report.out / 'graph.json'), 300)}[/]")
        console.print(f"Store:  [bold]{safe(str(report.out / 'graph.db'), 300)}[/]  (sqlite3, or datasette)")
        out, me = shlex.quote(str(report.out)), program()
        console.print("Next, as you can type them here:")
        for step, why in NEXT_STEPS:
            # one line each, never wrapped inside the command; the note is a shell comment, so
            # the whole line can be pasted
            console.print(f"  {safe(f'{me} {step.format(out=out)}', 300)}  [dim]# {why}[/]", soft_wrap=True)


NEXT_STEPS = (  # what to try after a build: (arguments, what it shows)
    ("report {out}", "an HTML page to explore"),
    ("actors {out}", "who is in it"),
    ("actor {out} NAME", "one actor: names, partners, sentences"),
    ("relations {out} A B", "what A and B did to each other, who says so"),
    ("claims {out} --stance deny", "denials"),
    ("timeline {out}", "events in time order"),
    ("search {out} WORDS", "full-text search"),
)


def program() -> str:
    """The command as the user can type it again: ``newsgraph`` when that name on PATH is this
    program, else the path it was started by (``.venv/bin/newsgraph`` when the venv is not
    active), else ``python -m newsgraph``. Run from Python (tests, scripts) it is ``newsgraph``."""
    script = Path(sys.argv[0])
    if script.name == "__main__.py" and script.parent.name == "newsgraph":
        return f"{shlex.quote(_short_path(Path(sys.executable)))} -m newsgraph"
    if script.name != "newsgraph":
        return "newsgraph"
    on_path = shutil.which("newsgraph")
    if on_path and Path(on_path).resolve() == script.resolve():
        return "newsgraph"
    return shlex.quote(_short_path(script))


def _short_path(path: Path) -> str:
    """``path`` relative to the working folder when it lies inside it, else absolute."""
    absolute = path.absolute()
    try:
        return str(absolute.relative_to(Path.cwd()))
    except ValueError:
        return str(absolute)


@app.command(epilog="""[bold]Examples[/bold]

  newsgraph actors out/seeds

  newsgraph actors out/seeds --kind PERSON --limit 20
""")
def actors(
    out: Path = OUT_ARGUMENT,
    kind: Optional[str] = typer.Option(None, help="Only this kind: PERSON ORG GPE NORP LOC FAC OUTLET GROUP, or NAME "
                                                   "(an unknown capitalized name in an actor's position)."),
    limit: int = typer.Option(50, min=1, help="Rows to show."),
) -> None:
    """List the actors of a built graph, most mentioned first."""
    from newsgraph.store.queries import choose, schema_values

    kind = _run(lambda: choose("kind", kind, schema_values("actor", "kind")))
    with _run(lambda: Store(out)) as store:
        found = store.actors(kind=kind, limit=limit)
        total = store.db.execute("SELECT count(*) FROM actors").fetchone()[0]
    console.print(actors_table(found, f"{len(found)} of {total} actors in {out}"))


@app.command(epilog="""[bold]Examples[/bold]

  newsgraph actor out/seeds Haniyeh

  newsgraph actor out/seeds "Ismail Haniyeh" --limit 5

  newsgraph actor out/seeds Hamas --partners 5 --json

Relations lists the actors it has events with: events each way (→ it acts, ← it is acted
on), their PLOVER quad classes and types, documents, independent sources, and the balance of
cooperation (+1) and conflict (-1). A sentence copied into near-identical articles counts once
("3 (+2 copies)").
""")
def actor(
    out: Path = OUT_ARGUMENT,
    name: str = NAME_ARGUMENT,
    limit: int = typer.Option(20, min=1, help="Sentences to show."),
    partners: int = typer.Option(10, "--partners", min=0, help="Relation partners to show."),
    as_json: bool = typer.Option(False, "--json", help="Print the actor, its members, partners and evidence as JSON."),
) -> None:
    """Show one actor: its names, affiliations, relations, documents, and the sentences that mention it."""
    from newsgraph.store.queries import partners as find_partners

    with _run(lambda: Store(out)) as store:
        found = _find_actor(store, name, out)
        evidence = store.evidence(found.id, limit=limit)
        titles = store.document_titles(found.documents[:DOCUMENTS_SHOWN])
        members = store.members(found.id)
        names = {f["actor"]: (store.find_actor(f["actor"]) or found).name for f in found.affiliations}
        related = find_partners(store, found.id)
    if as_json:
        typer.echo(json.dumps({"actor": asdict(found), "members": [dict(m) for m in members],
                               "partners": [asdict(p) for p in related[:partners]],
                               "evidence": [dict(row) for row in evidence]}, ensure_ascii=False, indent=1))
        return
    console.print(f"[bold]{safe(found.name)}[/]  [dim]{safe(found.kind)} · id {safe(found.id, 60)} · "
                  f"{found.mention_count} mentions in {len(found.documents)} documents[/]")
    if found.aliases:
        console.print("Also written: " + ", ".join(safe(a, 80) for a in found.aliases))
    shown = [safe(titles.get(d) or d, 70) for d in found.documents[:DOCUMENTS_SHOWN]]
    more = len(found.documents) - len(shown)
    console.print("Documents: " + "; ".join(shown) + (f"; … and {more} more" if more > 0 else ""))
    if found.affiliations:
        console.print("Affiliations: " + "; ".join(_affiliation_text(f, names) for f in found.affiliations))
    if members:
        console.print("Members and parts: " + "; ".join(
            f"{safe(m['name'])} ({safe(m['relation'].replace('_', ' '))}{', ' + safe(m['role']) if m['role'] else ''})"
            for m in members[:MEMBERS_SHOWN]) + (" …" if len(members) > MEMBERS_SHOWN else ""))
    if partners and related:
        console.print(partners_table(related[:partners], f"Relations: {min(partners, len(related))} of "
                                                         f"{len(related)} partners, most events first",
                                     console.width))
    elif partners:
        console.print("Relations: none found (no event links it to another actor).")
    table = Table(title="Evidence", header_style="bold", show_lines=True)
    table.add_column("document")
    table.add_column("sentence (mention highlighted)")
    for row in evidence:
        table.add_row(safe(row["document"] or Path(row["path"]).name, 40), _highlight(row))
    console.print(table)


@app.command(epilog="""[bold]Examples[/bold]

  newsgraph explain out/seeds "Sinai Province"

  newsgraph explain out/seeds Menai

Each line names the rule that joined two spellings (spelling, word-split, acronym,
short-form, branch, alias-seed, stated-alias) and the sentence that shows it. Look-alikes a
rule proposed but a constraint refused are listed under "kept apart".
""")
def explain(
    out: Path = OUT_ARGUMENT,
    name: str = NAME_ARGUMENT,
) -> None:
    """Explain why each name of an actor was merged into it, with evidence."""
    with _run(lambda: Store(out)) as store:
        found = _find_actor(store, name, out)
        sentences = [store.sentence_at(m["evidence"]["doc"], m["evidence"]["start"]) for m in found.merges]
    console.print(f"[bold]{safe(found.name)}[/]  [dim]{safe(found.kind)} · id {safe(found.id, 60)} · "
                  f"{len(found.aliases) + 1} names[/]")
    for line in _unmerged_names_lines(found):
        console.print(line)
    for merge, sentence in zip(found.merges, sentences):
        console.print(f"• [bold]{safe(merge['a'])}[/] = [bold]{safe(merge['b'])}[/]  "
                      f"[cyan]{safe(merge['rule'])}[/]: {safe(merge['detail'] or '')}")
        console.print("    " + _evidence_text(merge["evidence"], sentence), soft_wrap=False)
    for other in found.kept_apart:
        console.print(f"[yellow]kept apart[/] from {safe(other['name'] or other['actor'])} "
                      f"({safe(other['rule'] or '')} proposed it): {safe(other['reason'] or '')}")


@app.command(epilog="""[bold]Examples[/bold]

  newsgraph search out/seeds "truce"

  newsgraph search out/seeds "smuggl*" --limit 5

  newsgraph search out/seeds '"border raid" OR truce' --json

A query is words (all must occur), prefix*, "a phrase" in double quotes, with AND, OR, NOT,
NEAR and parentheses (SQLite FTS5 syntax).
""")
def search(
    out: Path = OUT_ARGUMENT,
    query: str = typer.Argument(..., help="SQLite FTS5 query: words, \"phrases\", prefix*.", show_default=False),
    limit: int = typer.Option(20, min=1, help="Sentences to show."),
    as_json: bool = typer.Option(False, "--json", help="Print the sentences (doc, title, start, end, text) as JSON."),
) -> None:
    """Full-text search over the sentences of all documents."""
    from newsgraph.store.queries import search_sentences

    with _run(lambda: Store(out)) as store:
        rows = _run(lambda: search_sentences(store, query, limit))
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    if not rows:
        console.print(f"0 sentences matching {safe(query)}: none found.")
        return
    console.print(search_table(rows, f"{counted(len(rows), 'sentence')} matching {safe(query)}"))


@app.command(epilog="""[bold]Examples[/bold]

  newsgraph sources out/seeds "Hamas Negotiating Truce"

  newsgraph sources out/seeds 8b1c7d26 --json

DOC is a document id, an id prefix, a path (or its end) or words of the title. The profile
counts the document's claims by source: named, anonymous ("sources in Hamas"), documents ("a
report by ..."), unattributed; and its denials and no-comments.
""")
def sources(
    out: Path = OUT_ARGUMENT,
    doc: str = typer.Argument(..., help="Document id, id prefix, path or title words.", show_default=False),
    as_json: bool = typer.Option(False, "--json", help="Print the profile and claims as JSON."),
    limit: int = typer.Option(100, min=1, help="Claims to show."),
    min_confidence: float = CLAIM_CONFIDENCE_OPTION,
) -> None:
    """Show who a document's claims rest on: its sourcing profile and each claim's speaker."""
    with _run(lambda: Store(out)) as store:
        found = store.find_document(doc)
        if found is None:
            _fail(Errors.DOCUMENT_NOT_FOUND.format(query=doc, out=out, count=store.document_count()))
        profile = store.sourcing(found["id"]) or {}
        every = store.claims(found["id"])
        claims = [c for c in every if record_confidence(c) >= min_confidence]  # positions, requests hide
        speakers = store.actor_names({c["speaker"] for c in claims if c.get("speaker")})
    if as_json:
        print(json.dumps({"document": dict(found), "sourcing": profile, "claims": claims},
                         ensure_ascii=False, indent=1))
        return
    console.print(f"[bold]{safe(found['title'] or found['path'], 120)}[/]  [dim]{safe(found['path'], 120)} · "
                  f"{safe(found['published'] or 'no publication date')} · id {safe(found['id'])}[/]")
    console.print(sourcing_line(profile))
    console.print(claims_table(claims[:limit], f"{min(limit, len(claims))} of {len(claims)} claims", console.width,
                               speakers))
    if len(every) > len(claims):
        console.print(f"[dim]{_hidden_note(len(every) - len(claims), min_confidence).strip(' ;')}[/]")


@app.command(epilog="""[bold]Examples[/bold]

  newsgraph reuse out/seeds

  newsgraph reuse out/seeds --doc 004_07410b

  newsgraph reuse out/seeds --json > reuse.json

Each table is one pair of documents; each row a passage both print, with the offsets in
each text. Words only one side has are highlighted ("last week" / "last month"). The origin
is the document published first, when both dates are known.
""")
def reuse(
    out: Path = OUT_ARGUMENT,
    doc: Optional[str] = typer.Option(None, "--doc", help="Only passages of this document: id, or part of its path or title."),
    as_json: bool = typer.Option(False, "--json", help="Print the reuse records (graph.json form) as JSON."),
    limit: Optional[int] = typer.Option(None, min=40, help="Characters of each passage to show (default 600; 240 below 120 columns).", show_default=False),
) -> None:
    """Show passages that documents share (recycled text), pairs side by side."""
    from newsgraph.store.queries import publication_dates

    with _run(lambda: Store(out)) as store:
        docs = [row["id"] for row in store.find_documents(doc)] if doc else None
        if doc and not docs:
            _fail(Errors.DOCUMENT_NOT_FOUND.format(query=doc, out=out, count=store.document_count()))
        rows = _run(lambda: store.reuse_passages(docs))
        records = store.reuse_records()
        store_dates = publication_dates(store)
    if as_json:
        typer.echo(json.dumps([records[row["passage"]] for row in rows], ensure_ascii=False, indent=1))
        return
    if not rows:
        console.print("No shared passages found" + (f" for {safe(doc)}." if doc else "."))
        return
    pairs = [list(group) for _, group in groupby(rows, key=lambda r: (r["a_doc"], r["b_doc"]))]
    console.print(f"[bold]{len(rows)}[/] shared passages in [bold]{len(pairs)}[/] pairs of documents")
    for group in pairs:
        first = group[0]
        origin = first["origin"]
        titles = {first["a_doc"]: first["a_title"] or first["a_doc"], first["b_doc"]: first["b_title"] or first["b_doc"]}
        note = (f"origin: [bold]{safe(titles.get(origin, origin), 80)}[/]" if origin
                else _unknown_origin(store_dates.get(first["a_doc"]), store_dates.get(first["b_doc"])))
        console.print(f"\n[bold]{safe(titles[first['a_doc']], 70)}[/] ↔ [bold]{safe(titles[first['b_doc']], 70)}[/]  "
                      f"[dim]{note}[/]")
        console.print(reuse_table(group, limit or (REUSE_SHOWN if console.width >= WIDE else NARROW_REUSE_SHOWN)))


def _unknown_origin(a_published: str | None, b_published: str | None) -> str:
    """Why reuse cannot tell which document printed a passage first, and what would tell it."""
    if a_published and b_published:
        return "origin unknown: both published the same day"
    return ("origin unknown: publication date missing; give one when building "
            "(--published, a sidecar ARTICLE.meta.json, or 'published' in JSONL)")


@app.command(epilog="""[bold]Examples[/bold]

  newsgraph contradictions out/seeds

  newsgraph contradictions out/seeds --kind denial

  newsgraph contradictions out/seeds --json

  newsgraph contradictions out/seeds --min-confidence 0.6

Kinds: denial (a report or claim and a speaker rejecting its truth), cooperation_vs_conflict
(one actor pair cooperating and clashing in one period), declined_comment (a claim and its
subject declining to comment on it), one_sided_denial (a denial whose other side is stated
nowhere in the corpus but in the denial itself: who denies what). Each says who asserts what
and who denies it, with the documents' titles. When the article states the charge in its own
words, the asserting side is the accuser its sentence names, "unattributed reports" when it reports
a rumour or a charge without its source ("is said to", "has been accused of"), or the article for a
fact it states ("faces charges of").
""")
def contradictions(
    out: Path = OUT_ARGUMENT,
    kind: Optional[str] = typer.Option(None, help="Only this kind: denial, cooperation_vs_conflict, declined_comment, one_sided_denial."),
    min_confidence: float = typer.Option(0.0, "--min-confidence", min=0.0, max=1.0,
                                         help="Only contradictions at least this sure (0-1)."),
    as_json: bool = typer.Option(False, "--json", help="Print the contradiction records as JSON."),
) -> None:
    """List contradictions: denials, opposite stances, declined comments, with evidence."""
    from newsgraph.store.queries import CONTRADICTION_KINDS, choose

    kind = _run(lambda: choose("contradiction kind", kind, CONTRADICTION_KINDS))
    with _run(lambda: Store(out)) as store:
        records = [r for r in store.contradictions(kind) if record_confidence(r) >= min_confidence]
        evidence = store.evidence_records(sorted({i for r in records for i in r["items"]}))
        names = store.actor_names({e.get(k) for e in evidence.values() for k in ("source", "target", "speaker")
                                   if e.get(k)} | {a for r in records for a in r.get("actors") or []})
    if as_json:
        typer.echo(json.dumps(records, ensure_ascii=False, indent=1))
        return
    if not records:
        console.print("No contradictions found" + (f" of kind {safe(kind)}." if kind else "."))
        return
    console.print(f"[bold]{len(records)}[/] contradictions")
    for record in records:
        console.print()
        for line in contradiction_lines(record, evidence, names):
            console.print(line)


def _copies_note(copies: int) -> str:
    """" (+2 copies)": events left out of a count as copies of a sentence in near-identical articles."""
    return f" [dim](+{copies} {'copy' if copies == 1 else 'copies'})[/]" if copies > 0 else ""


def _unmerged_names_lines(found) -> list[str]:
    """What explain says of the names no merge record covers, so that "3 names" is never
    followed by "No merges" alone: a spelling that folds to the actor's own name (case, quotes,
    dashes) is that name; any other was linked to the full name inside one article (a short
    form: "Menai" after "Shadi al-Menai")."""
    from newsgraph.names import name_key

    merged = {n for m in found.merges for n in (m["a"], m["b"])}
    alone = [a for a in found.aliases if a not in merged]
    if not found.aliases:
        return ["One name: every mention of this actor is written the same way."]
    keys = {name_key(n) for n in [found.name, *merged]}
    same = [a for a in alone if name_key(a) in keys]
    short = [a for a in alone if name_key(a) not in keys]
    lines = []
    if same:
        lines.append("• " + ", ".join(f"[bold]{safe(a)}[/]" for a in same)
                     + ": the same name once case, quotes and dashes are folded.")
    if short:
        lines.append("• " + ", ".join(f"[bold]{safe(a)}[/]" for a in short)
                     + ": linked to a full name inside the article where it is written (a short form"
                       " or acronym), not by a merge across articles.")
    if not found.merges:
        lines.append("[dim]No merges across articles.[/]")
    return lines


def _find_actor(store: Store, name: str, out: Path):
    """The actor ``name`` finds, or a one-line error naming the closest spellings."""
    from newsgraph.store.queries import require_actor

    return _run(lambda: require_actor(store, name))


def _affiliation_text(affiliation: dict, names: dict[str, str]) -> str:
    role = f", {affiliation['role']}" if affiliation.get("role") else ""
    return (f"{safe(affiliation['relation'].replace('_', ' '))} "
            f"{safe(names.get(affiliation['actor'], affiliation['actor']))}{safe(role)}")


def _evidence_text(evidence: dict, sentence) -> str:
    """The sentence holding the evidence span, the span highlighted, with its document."""
    if sentence is None:
        return safe(f"{evidence['doc']} {evidence['start']}–{evidence['end']}")
    text, offset = sentence["text"], sentence["start"]
    start, end = evidence["start"] - offset, min(evidence["end"] - offset, len(text))
    before, after = text[max(0, start - EVIDENCE_CONTEXT):start], text[end:end + EVIDENCE_CONTEXT]
    title = safe(sentence["title"] or sentence["path"], 50)
    return (f"[dim]{title}:[/] …" + safe(before, 300) + "[reverse]" + safe(text[start:end], 200)
            + "[/]" + safe(after, 300) + "…")


def _highlight(row) -> str:
    """The sentence with the mention in reverse video, all text escaped."""
    sentence = row["sentence"] or row["mention"]
    sentence_start = row["sentence_start"] if row["sentence"] else row["start"]
    start, end = row["start"] - sentence_start, row["end"] - sentence_start
    return (safe(sentence[:start], 400) + "[bold reverse]" + safe(sentence[start:end]) + "[/]"
            + safe(sentence[end:], 400))


@app.command(epilog="""[bold]Examples[/bold]

  newsgraph events out/seeds

  newsgraph events out/seeds --actor Hamas --type COERCE

  newsgraph events out/seeds --mode planned --json > planned.json

Types are the 16 PLOVER types (AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST
ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT); "none" lists the events of
unknown type. Modes: asserted ongoing planned hypothetical historical denied.
""")
def events(
    out: Path = OUT_ARGUMENT,
    actor: Optional[str] = typer.Option(None, help="Only events with this actor as source or target (name, alias or id)."),
    type: Optional[str] = typer.Option(None, "--type", help="Only this PLOVER type, or 'none'."),
    mode: Optional[str] = typer.Option(None, help="Only this mode."),
    limit: int = typer.Option(50, min=1, help="Rows to show."),
    as_json: bool = typer.Option(False, "--json", help="Print the event records as JSON."),
    min_confidence: float = MIN_CONFIDENCE_OPTION,
) -> None:
    """List events: who did what to whom, how it is told, and the sentence that says so."""
    from newsgraph.store.queries import choose, event_types, schema_values

    type = _run(lambda: choose("event type", type, event_types()))
    mode = _run(lambda: choose("mode", mode, schema_values("event", "mode")))
    with _run(lambda: Store(out)) as store:
        actor_id = _find_actor(store, actor, out).id if actor else None
        found = store.events(actor=actor_id, event_type=type, mode=mode, limit=limit, min_confidence=min_confidence)
        hidden = store.hidden_events(min_confidence, actor=actor_id, event_type=type, mode=mode)
        names = store.actor_names({e[k] for e in found for k in ("source", "target") if e[k]})
        titles = store.document_titles(sorted({e["doc"] for e in found}))
    if as_json:
        console.print_json(data=found)
        return
    if not found:
        console.print(("No events match" if (actor or type or mode) else "No events found in this graph")
                      + _hidden_note(hidden, min_confidence) + ".")
        return
    print_events(console, found, names, titles)
    more = " (use --limit for more)" if len(found) == limit else ""
    console.print(f"[dim]{len(found)} events{more}{_hidden_note(hidden, min_confidence)}[/]")


@app.command(epilog="""[bold]Examples[/bold]

  newsgraph serve out/seeds

  newsgraph serve out/bbc --port 8080

Starts Datasette on OUT/graph.db at http://127.0.0.1:8001 (Ctrl-C stops it): every table and
view with a title and description, facets (kind, type, stance, outlet), full-text search over
the sentences, and canned queries: evidence for an actor, relations between two actors,
denials, declined comments, anonymous claims, recycled passages. The metadata is written to
OUT/datasette.json, so 'datasette OUT/graph.db --metadata OUT/datasette.json' works too.
Needs the optional extra: pip install 'newsgraph[serve]' (make demo installs it).
""")
def serve(
    out: Path = OUT_ARGUMENT,
    port: int = typer.Option(8001, min=0, max=65535, help="Port to listen on."),
    host: str = typer.Option("127.0.0.1", help="Address to listen on; 0.0.0.0 answers other machines too."),
) -> None:
    """Browse and query the store in Datasette, with titles, facets, search and canned queries."""
    from newsgraph.serve import ServeSettings, datasette_command, run_datasette

    command = _run(lambda: datasette_command(out, ServeSettings(host=host, port=port)))
    console.print(f"Serving [bold]{safe(str(out / 'graph.db'), 300)}[/] at http://{host}:{port}/  (Ctrl-C stops)")
    run_datasette(command)


@app.command(epilog="""[bold]Examples[/bold]

  newsgraph report out/seeds

  newsgraph report out/seeds -o ~/seeds-report.html

One HTML file that works offline (no CDN, no network): the actor network (a big graph opens on
an overview of its most important actors; search or double-click an actor for its neighbourhood,
click a node or an edge for its evidence, filter by kind of interaction, sources, confidence,
time, actor kind and outlet), a timeline of events, claims with filters, recycled passages side
by side, contradictions. Open it in any browser.
""")
def report(
    out: Path = OUT_ARGUMENT,
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="HTML file to write (default OUT/report.html).", dir_okay=False),
    title: Optional[str] = typer.Option(None, help="Page title (default 'newsgraph report: OUT')."),
    overview: int = typer.Option(120, "--overview", min=10, max=500, help="Actors the network opens on (a bigger graph opens on an overview of the most important)."),
    min_confidence: float = typer.Option(DEFAULT_MIN_CONFIDENCE, "--min-confidence", min=0.0, max=1.0, help="The confidence filter's starting value (0-1), as in the terminal views; the reader can change it, and 0 starts with everything shown."),
) -> None:
    """Write the offline HTML report of a built graph: network, evidence, timeline, claims."""
    from newsgraph.report import Settings, write_report

    settings = Settings(overview=overview, min_confidence=min_confidence)
    summary = _run(lambda: write_report(out, output, title=title, settings=settings))
    console.print(f"[bold green]Wrote[/] {safe(str(summary.path), 500)}  [dim]({summary.bytes / 1e6:.1f} MB)[/]: "
                  f"{summary.actors} actors, {summary.relations} relations, {summary.events} events, "
                  f"{summary.claims} claims, {summary.passages} recycled passages, "
                  f"{summary.contradictions} contradictions.")
    console.print(f"[dim]Open it in a browser: file://{safe(str(summary.path.resolve()), 500)}[/]")


@app.command(epilog="""[bold]Examples[/bold]

  newsgraph schema

  newsgraph schema -o graph.schema.json

  newsgraph schema | python -m json.tool

The schema (JSON Schema draft 2020-12) describes OUT/graph.json, contract newsgraph/1: every
key listed as required is always there; objects may gain keys in later versions.
""")
def schema(
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the schema to this file instead of printing it.", dir_okay=False),
) -> None:
    """Print the JSON Schema of graph.json (draft 2020-12)."""
    text = graph_schema_text()
    if output is None:
        typer.echo(text, nl=not text.endswith("\n"))
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        _fail(f"cannot write {output}: {error.strerror or error}")
    errors.print(f"Schema written to [bold]{safe(str(output), 300)}[/]")


def _run(action):
    try:
        return action()
    except NewsgraphError as error:
        _fail(str(error))


def _fail(message: str) -> None:
    # the messages suggest commands ('newsgraph actors OUT'): as the user can run them here
    message = message.replace("'newsgraph ", f"'{program()} ")
    errors.print(f"[bold red]error:[/] {safe(message, 1000)}", soft_wrap=True)
    raise typer.Exit(1)


# --- exports and queries -----------------------------------------------------------------------


@app.command(epilog="""[bold]Examples[/bold]

  newsgraph export out/seeds --format graphml

  newsgraph export out/seeds --format gexf -o seeds.gexf

  newsgraph export out/seeds --format csv -o seeds-csv/

  newsgraph export out/seeds --format neo4j -o neo4j-import/

  newsgraph export out/seeds --format jsonl

graphml and gexf write one file (the actor network: actors as nodes, relations and
affiliations as edges, with their counts and confidence); csv writes nodes.csv, edges.csv and evidence.csv;
neo4j writes neo4j-admin import files and import.cypher (LOAD CSV); jsonl writes events.jsonl
and claims.jsonl. Without -o the files go to OUT/export/.
""")
def export(
    out: Path = OUT_ARGUMENT,
    format: str = typer.Option(..., "--format", "-f", help="graphml, gexf, csv, neo4j or jsonl.", show_default=False),
    dest: Optional[Path] = typer.Option(None, "--out", "-o", help="File (graphml, gexf) or folder (csv, neo4j, jsonl) to write; default OUT/export/…."),
    min_confidence: float = typer.Option(DEFAULT_MIN_CONFIDENCE, "--min-confidence", min=0.0, max=1.0,
                                         help="Leave out relations, events and claims below this confidence, as the other "
                                              "views hide them (a relation kept keeps its events); 0 exports all."),
) -> None:
    """Export the graph for Gephi, yEd, Neo4j, spreadsheets or scripts."""
    from newsgraph.export import at_confidence, default_destination, export_graph, hidden_claims
    from newsgraph.graph import Graph

    target = dest or _run(lambda: default_destination(out, format))
    try:
        graph = Graph.load(out / "graph.json")
    except (OSError, ValueError) as error:
        _fail(Errors.NO_GRAPH_JSON.format(path=out, reason=getattr(error, "strerror", None) or error))
    shown, hidden_relations, hidden_events = at_confidence(graph, min_confidence)
    hidden = hidden_claims(graph, shown)
    graph = shown
    written = _run(lambda: export_graph(graph, format, target))
    console.print(f"Exported [bold]{len(graph.actors)}[/] actors, [bold]{len(graph.relations)}[/] relations, "
                  f"[bold]{len(graph.events)}[/] events and [bold]{len(graph.claims)}[/] claims as {safe(format.lower())}:")
    for path in written:
        console.print(f"  {safe(str(path), 300)}  [dim]{path.stat().st_size:,} bytes[/]")
    if hidden_relations or hidden_events or hidden:
        claims_note = f", {hidden} claims" if hidden else ""
        console.print(f"[dim]{hidden_relations} relations{claims_note} and {hidden_events} events below confidence "
                      f"{min_confidence:g} left out; --min-confidence 0 exports all.[/]")


@app.command(epilog="""[bold]Examples[/bold]

  newsgraph relations out/seeds Hamas Egypt

  newsgraph relations out/seeds "Sinai Province" Hamas --json

Both directions: what A did to B and what B did to A, each event with its sentence, document
and offsets, the claim that tells it (speaker, anonymous or not, stance) and a "recycled" mark
where the sentence lies in text another document prints too; then the claims one of them makes
that name the other. Documents count articles; independent sources count each recycled text
and each named speaker once, and an article telling what a source it quotes says as that one
source. In the relations table, events and documents count a sentence copied into near-identical
articles once, its copies noted ("1 (+3 copies)").
""")
def relations(
    out: Path = OUT_ARGUMENT,
    a: str = typer.Argument(..., help="First actor: name, alias or id.", show_default=False),
    b: str = typer.Argument(..., help="Second actor: name, alias or id.", show_default=False),
    as_json: bool = typer.Option(False, "--json", help="Print relations, events and claims as JSON."),
    min_confidence: float = MIN_CONFIDENCE_OPTION,
) -> None:
    """Every event and claim between two actors, with sources and independence."""
    from newsgraph.store.queries import relations_between

    with _run(lambda: Store(out)) as store:
        first, second = _find_actor(store, a, out), _find_actor(store, b, out)
        between = relations_between(store, first, second, min_confidence)
    if as_json:
        typer.echo(json.dumps(asdict(between), ensure_ascii=False, indent=1))
        return
    names = {first.id: first.name, second.id: second.name}
    console.print(f"[bold]{safe(first.name)}[/] ↔ [bold]{safe(second.name)}[/]  "
                  f"{counted(len(between.events) - between.copies, 'event')}{_copies_note(between.copies)} "
                  f"in {counted(len(between.relations), 'relation')}, "
                  f"{counted(len(between.claims), 'claim')} · {counted(between.documents, 'document')} · "
                  f"[bold]{counted(between.independent_sources, 'independent source')}[/] of events and claims"
                  f"[dim]{_hidden_note(between.hidden + between.hidden_claims, min_confidence)}[/]")
    if not between.events and not between.claims:
        console.print(f"No events or claims found between {safe(first.name)} and {safe(second.name)}.")
        return
    if between.relations:
        console.print(relation_rows_table(between, names, console.width))
    if between.events:
        console.print(between_events_table(between.events, names, console.width))
    if between.claims:
        console.print(claims_evidence_table(between.claims, "Claims", names, console.width))


@app.command(epilog="""[bold]Examples[/bold]

  newsgraph claims out/seeds --stance deny

  newsgraph claims out/seeds --speaker Hamas --anonymous

  newsgraph claims out/seeds --about "Sinai Province" --json

--speaker takes an actor (its own claims and those of speakers said to belong to it, such as
"sources in Hamas") or words of the speaker as written ("officials"). --about keeps claims
whose content names the actor or tells an event it takes part in. Stances: assert, deny,
decline_comment.
""")
def claims(
    out: Path = OUT_ARGUMENT,
    speaker: Optional[str] = typer.Option(None, help="Speaker: actor name, alias or id, or words of the speaker."),
    stance: Optional[str] = typer.Option(None, help="assert, deny or decline_comment."),
    about: Optional[str] = typer.Option(None, help="Only claims about this actor."),
    anonymous: Optional[bool] = typer.Option(None, "--anonymous/--named", help="Only anonymous or only named speakers.", show_default=False),
    limit: int = typer.Option(50, min=1, help="Claims to show."),
    as_json: bool = typer.Option(False, "--json", help="Print the claim records as JSON."),
    min_confidence: float = CLAIM_CONFIDENCE_OPTION,
) -> None:
    """List claims across documents: who says so, with what stance, about whom."""
    from newsgraph.store.queries import STANCES, choose, find_claims, hidden_claims

    with _run(lambda: Store(out)) as store:
        subject = _find_actor(store, about, out) if about else None
        filters = _run(lambda: dict(speaker=speaker, stance=choose("stance", stance, STANCES), about=subject,
                                    anonymous=anonymous))
        found = _run(lambda: find_claims(store, **filters, limit=limit, min_confidence=min_confidence))
        hidden = _run(lambda: hidden_claims(store, min_confidence, **filters))  # positions, requests, questions
    if as_json:
        typer.echo(json.dumps(found, ensure_ascii=False, indent=1))
        return
    if not found:
        console.print("No claims found" + (" matching these filters" if (speaker or stance or about or anonymous is not None) else "")
                      + _hidden_note(hidden, min_confidence) + ".")
        return
    more = " (use --limit for more)" if len(found) == limit else ""
    console.print(claims_evidence_table(found, f"{len(found)} claims{more}", width=console.width))
    if hidden:
        console.print(f"[dim]{_hidden_note(hidden, min_confidence).strip(' ;')}[/]")


@app.command(epilog="""[bold]Examples[/bold]

  newsgraph timeline out/seeds

  newsgraph timeline out/seeds Hamas

  newsgraph timeline out/seeds Hamas --json

Events are ordered by their normalized time (a month before the days in it); events whose
sentence gives no time are listed apart, by the publication date of their article.
""")
def timeline(
    out: Path = OUT_ARGUMENT,
    name: Optional[str] = typer.Argument(None, help="Only events of this actor (name, alias or id).", show_default=False),
    limit: int = typer.Option(100, min=1, help="Events to show in each list."),
    as_json: bool = typer.Option(False, "--json", help="Print {actor, dated, undated} as JSON."),
    min_confidence: float = MIN_CONFIDENCE_OPTION,
) -> None:
    """Events in time order, optionally of one actor; undated events apart."""
    from newsgraph.store.queries import timeline as build_timeline

    with _run(lambda: Store(out)) as store:
        subject = _find_actor(store, name, out) if name else None
        found = build_timeline(store, subject, min_confidence)
    if as_json:
        typer.echo(json.dumps(asdict(found), ensure_ascii=False, indent=1))
        return
    whose = f" of {safe(subject.name)}" if subject else ""
    if not found.dated and not found.undated:
        console.print(f"No events found{whose}{_hidden_note(found.hidden, min_confidence)}.")
        return
    if found.dated:
        console.print(timeline_table(found.dated[:limit], f"{len(found.dated)} dated events{whose}", dated=True,
                                     width=console.width))
    else:
        console.print(f"No dated events found{whose}.")
    if found.undated:
        console.print(timeline_table(found.undated[:limit], f"{len(found.undated)} undated events{whose} "
                                     "(by publication date)", dated=False, width=console.width))
        if any(not e.get("published") for e in found.undated):
            console.print("[dim]Some articles have no publication date, so times like 'last month' in them "
                          "could not be placed: build with --published YYYY-MM-DD, a sidecar ARTICLE.meta.json "
                          "or 'published' in JSONL.[/]")
    if found.hidden:
        console.print(f"[dim]{_hidden_note(found.hidden, min_confidence).strip(' ;')}[/]")


def _hidden_note(hidden: int, threshold: float) -> str:
    return f"; {hidden} below confidence {threshold:g} hidden (--min-confidence 0 shows all)" if hidden else ""



@app.command(epilog="""[bold]Examples[/bold]

  newsgraph brief out/seeds Hamas

  newsgraph brief out/seeds Hamas "Sinai Province" -o hamas-sinai.md

  newsgraph brief out/seeds Hamas --format html -o hamas.html

  newsgraph brief out/seeds Hamas --format json --min-confidence 0.8

A written account of one actor (who it is, what it is reported doing and undergoing, who
says so, what is disputed, a timeline) or of a pair (what passes between them, the balance of
cooperation and conflict). Every sentence cites numbered corpus sentences (document, offsets);
events are written as reported, in their mode (planned, denied, "not yet"). Wording comes from
data/brief_templates.yaml; --templates FILE overrides single entries.
""")
def brief(
    out: Path = OUT_ARGUMENT,
    name: str = NAME_ARGUMENT,
    other: Optional[str] = typer.Argument(None, help="A second actor: a briefing on the pair.", show_default=False),
    format: str = typer.Option("md", "--format", "-f", help="md, html or json."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="File to write (default: print).", dir_okay=False),
    min_confidence: Optional[float] = typer.Option(None, "--min-confidence", min=0.0, max=1.0, help="Leave out events, claims and contradictions below this confidence (default: the views' threshold, 0.5)."),
    templates: List[Path] = typer.Option([], help="Extra wording (YAML, keys as data/brief_templates.yaml). Repeatable.", exists=True, dir_okay=False),
) -> None:
    """Write a cited briefing on an actor, or on a pair of actors."""
    from newsgraph.brief import DEFAULT_MIN_CONFIDENCE, FORMATS, render, write_briefing

    if format.lower() not in FORMATS:
        raise typer.BadParameter(f"{format!r}; use one of {', '.join(FORMATS)}", param_hint="--format")
    threshold = DEFAULT_MIN_CONFIDENCE if min_confidence is None else min_confidence
    with _run(lambda: Store(out)) as store:
        first = _find_actor(store, name, out)
        second = _find_actor(store, other, out) if other else None
        briefing = _run(lambda: write_briefing(store, first, second, min_confidence=threshold,
                                               template_files=templates))
    text = render(briefing, format.lower())
    if output is None:
        typer.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        _fail(f"cannot write {output}: {error.strerror or error}")
    console.print(f"[bold green]Wrote[/] {safe(str(output), 300)}: {len(briefing.statements())} sentences, "
                  f"{len(briefing.citations)} cited corpus sentences.")


def main() -> None:
    app()
