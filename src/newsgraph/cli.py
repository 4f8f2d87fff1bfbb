"""The ``newsgraph`` command: a thin typer layer over :mod:`newsgraph.pipeline` and the store."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from itertools import groupby
from typing import List, Optional

import typer
from rich.console import Console
from rich.table import Table

from newsgraph.console import (RichBuildListener, actors_table, claims_table, contradiction_lines, print_events,
                                reuse_table, safe, sourcing_line)
from newsgraph.errors import Errors, NewsgraphError
from newsgraph.parse import DEFAULT_MODEL
from newsgraph.pipeline import BuildReport, BuildSettings, run_build
from newsgraph.resolve import DEFAULT_RESOLVER, RESOLVERS
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

DOCUMENTS_SHOWN = 5
NAME_ARGUMENT = typer.Argument(..., help="Actor name, alias or id, or part of a name (case-insensitive).",
                               show_default=False)
MEMBERS_SHOWN = 12
EVIDENCE_CONTEXT = 60  # characters shown either side of an evidence span
OUT_ARGUMENT = typer.Argument(..., help="Build folder written by 'newsgraph build -o'.", show_default=False)


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
    workers: int = typer.Option(1, min=1, help="Worker processes, each with its own model, running parse and the per-document stages (with --dask local: Dask workers). 1 runs everything in this process."),
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
    top: int = typer.Option(10, min=0, help="Actors to list after the build."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary."),
) -> None:
    """Build the graph of a folder of articles into OUT (graph.json + graph.db)."""
    settings = BuildSettings(
        model=model, workers=workers, batch_size=batch_size, dask=dask, resolver=resolver, max_file_mb=max_file_mb,
        entity_patterns=tuple(entity_patterns), entity_rules=tuple(entity_rules),
        outlets=tuple(outlets), boilerplate=tuple(boilerplate), aliases=tuple(aliases),
    )
    settings = replace(settings, time_rules=tuple(time_rules), lexicon=tuple(lexicon), cues=tuple(cues),
                       published=published)
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
    if top:
        ranked = sorted(graph.actors, key=lambda a: (-a.mention_count, -len(a.documents), a.name))
        console.print(actors_table(ranked[:top], f"Top {min(top, len(ranked))} actors"))
    if report.out:
        console.print(f"Graph:  [bold]{report.out / 'graph.json'}[/]")
        console.print(f"Store:  [bold]{report.out / 'graph.db'}[/]  (sqlite3, or datasette)")
        console.print(f"[dim]Next: newsgraph actors {report.out} · newsgraph actor {report.out} NAME · "
                      f"newsgraph explain {report.out} NAME · newsgraph events {report.out} · "
                      f"newsgraph sources {report.out} DOC · newsgraph search {report.out} WORDS[/]")


@app.command(epilog="""[bold]Examples[/bold]

  newsgraph actors out/seeds

  newsgraph actors out/seeds --kind PERSON --limit 20
""")
def actors(
    out: Path = OUT_ARGUMENT,
    kind: Optional[str] = typer.Option(None, help="Only this kind: PERSON ORG GPE NORP LOC FAC OUTLET."),
    limit: int = typer.Option(50, min=1, help="Rows to show."),
) -> None:
    """List the actors of a built graph, most mentioned first."""
    with _run(lambda: Store(out)) as store:
        found = store.actors(kind=kind.upper() if kind else None, limit=limit)
        total = store.db.execute("SELECT count(*) FROM actors").fetchone()[0]
    console.print(actors_table(found, f"{len(found)} of {total} actors in {out}"))


@app.command(epilog="""[bold]Examples[/bold]

  newsgraph actor out/seeds Haniyeh

  newsgraph actor out/seeds "Ismail Haniyeh" --limit 5
""")
def actor(
    out: Path = OUT_ARGUMENT,
    name: str = NAME_ARGUMENT,
    limit: int = typer.Option(20, min=1, help="Sentences to show."),
) -> None:
    """Show one actor: its names, documents, and the sentences that mention it."""
    with _run(lambda: Store(out)) as store:
        found = _find_actor(store, name, out)
        evidence = store.evidence(found.id, limit=limit)
        titles = store.document_titles(found.documents[:DOCUMENTS_SHOWN])
        members = store.members(found.id)
        names = {f["actor"]: (store.find_actor(f["actor"]) or found).name for f in found.affiliations}
    console.print(f"[bold]{safe(found.name)}[/]  [dim]{found.kind} · id {found.id} · "
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
            f"{safe(m['name'])} ({m['relation'].replace('_', ' ')}{', ' + safe(m['role']) if m['role'] else ''})"
            for m in members[:MEMBERS_SHOWN]) + (" …" if len(members) > MEMBERS_SHOWN else ""))
    table = Table(title="Evidence", header_style="bold", show_lines=True)
    table.add_column("document")
    table.add_column("sentence (mention highlighted)")
    for row in evidence:
        table.add_row(safe(row["document"] or row["doc"], 40), _highlight(row))
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
    console.print(f"[bold]{safe(found.name)}[/]  [dim]{found.kind} · id {found.id} · "
                  f"{len(found.aliases) + 1} names[/]")
    if not found.merges:
        console.print("No merges: every mention of this actor is written the same way.")
    for merge, sentence in zip(found.merges, sentences):
        console.print(f"• [bold]{safe(merge['a'])}[/] = [bold]{safe(merge['b'])}[/]  "
                      f"[cyan]{merge['rule']}[/]: {safe(merge['detail'] or '')}")
        console.print("    " + _evidence_text(merge["evidence"], sentence), soft_wrap=False)
    for other in found.kept_apart:
        console.print(f"[yellow]kept apart[/] from {safe(other['name'] or other['actor'])} "
                      f"({other['rule']} proposed it): {safe(other['reason'] or '')}")


@app.command(epilog="""[bold]Examples[/bold]

  newsgraph search out/seeds "truce"

  newsgraph search out/seeds "smuggl*" --limit 5
""")
def search(
    out: Path = OUT_ARGUMENT,
    query: str = typer.Argument(..., help="SQLite FTS5 query: words, \"phrases\", prefix*.", show_default=False),
    limit: int = typer.Option(20, min=1, help="Sentences to show."),
) -> None:
    """Full-text search over the sentences of all documents."""
    import sqlite3

    with _run(lambda: Store(out)) as store:
        try:
            rows = store.search_sentences(query, limit)
        except sqlite3.OperationalError as error:
            _fail(f"bad search query {query!r}: {error}")
    table = Table(title=f"{len(rows)} sentences matching {safe(query)!s}", header_style="bold")
    table.add_column("doc")
    table.add_column("offsets", justify="right")
    table.add_column("sentence")
    for row in rows:
        table.add_row(row["doc"], f"{row['start']}–{row['end']}", safe(row["text"], 300))
    console.print(table)


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
) -> None:
    """Show who a document's claims rest on: its sourcing profile and each claim's speaker."""
    with _run(lambda: Store(out)) as store:
        found = store.find_document(doc)
        if found is None:
            _fail(Errors.DOCUMENT_NOT_FOUND.format(query=doc, out=out, count=store.document_count()))
        profile = store.sourcing(found["id"]) or {}
        claims = store.claims(found["id"])
    if as_json:
        print(json.dumps({"document": dict(found), "sourcing": profile, "claims": claims},
                         ensure_ascii=False, indent=1))
        return
    console.print(f"[bold]{safe(found['title'] or found['path'], 120)}[/]  [dim]{found['id']} · {safe(found['path'], 120)}[/]")
    console.print(sourcing_line(profile))
    console.print(claims_table(claims[:limit], f"{min(limit, len(claims))} of {len(claims)} claims"))


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
    limit: int = typer.Option(600, min=40, help="Characters of each passage to show."),
) -> None:
    """Show passages that documents share (recycled text), pairs side by side."""
    with _run(lambda: Store(out)) as store:
        docs = [row["id"] for row in store.find_documents(doc)] if doc else None
        if doc and not docs:
            _fail(Errors.DOCUMENT_NOT_FOUND.format(query=doc, out=out, count=store.document_count()))
        rows = _run(lambda: store.reuse_passages(docs))
        records = store.reuse_records()
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
        note = (f"origin: [bold]{safe(first['a_title'] if origin == first['a_doc'] else first['b_title'] or origin, 80)}[/]"
                if origin else "origin unknown (publication dates missing or equal)")
        console.print(f"\n[bold]{safe(first['a_doc'])}[/] ↔ [bold]{safe(first['b_doc'])}[/]  [dim]{note}[/]")
        console.print(reuse_table(group, limit))


@app.command(epilog="""[bold]Examples[/bold]

  newsgraph contradictions out/seeds

  newsgraph contradictions out/seeds --kind denial

  newsgraph contradictions out/seeds --json

Kinds: denial (a claim and its denial), cooperation_vs_conflict (one actor pair cooperating
and clashing in one period), declined_comment (a claim and its subject declining to comment).
""")
def contradictions(
    out: Path = OUT_ARGUMENT,
    kind: Optional[str] = typer.Option(None, help="Only this kind: denial, cooperation_vs_conflict, declined_comment."),
    as_json: bool = typer.Option(False, "--json", help="Print the contradiction records as JSON."),
) -> None:
    """List contradictions: denials, opposite stances, declined comments, with evidence."""
    with _run(lambda: Store(out)) as store:
        records = store.contradictions(kind)
        evidence = store.evidence_records(sorted({i for r in records for i in r["items"]}))
    if as_json:
        typer.echo(json.dumps(records, ensure_ascii=False, indent=1))
        return
    if not records:
        console.print("No contradictions found" + (f" of kind {safe(kind)}." if kind else "."))
        return
    console.print(f"[bold]{len(records)}[/] contradictions")
    for record in records:
        console.print()
        for line in contradiction_lines(record, evidence):
            console.print(line)


def _find_actor(store: Store, name: str, out: Path):
    found = store.find_actor(name)
    if found is None:
        _fail(Errors.ACTOR_NOT_FOUND.format(name=name, out=out))
    return found


def _affiliation_text(affiliation: dict, names: dict[str, str]) -> str:
    role = f", {affiliation['role']}" if affiliation.get("role") else ""
    return f"{affiliation['relation'].replace('_', ' ')} {safe(names.get(affiliation['actor'], affiliation['actor']))}{safe(role)}"


def _evidence_text(evidence: dict, sentence) -> str:
    """The sentence holding the evidence span, the span highlighted, with its document."""
    if sentence is None:
        return f"{evidence['doc']} {evidence['start']}–{evidence['end']}"
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
) -> None:
    """List events: who did what to whom, how it is told, and the sentence that says so."""
    with _run(lambda: Store(out)) as store:
        actor_id = _find_actor(store, actor, out).id if actor else None
        found = store.events(actor=actor_id, event_type=type, mode=mode, limit=limit)
        names = store.actor_names({e[k] for e in found for k in ("source", "target") if e[k]})
        titles = store.document_titles(sorted({e["doc"] for e in found}))
    if as_json:
        console.print_json(data=found)
        return
    if not found:
        console.print("No events match." if (actor or type or mode) else "No events found in this graph.")
        return
    print_events(console, found, names, titles)
    more = " (use --limit for more)" if len(found) == limit else ""
    console.print(f"[dim]{len(found)} events{more}[/]")


def _run(action):
    try:
        return action()
    except NewsgraphError as error:
        _fail(str(error))


def _fail(message: str) -> None:
    errors.print(f"[bold red]error:[/] {safe(message, 1000)}", soft_wrap=True)
    raise typer.Exit(1)


def main() -> None:
    app()
