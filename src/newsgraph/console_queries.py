"""Rich tables for the query commands (relations, actor partners, claims, timeline, search).
Presentation only: the data comes from :mod:`newsgraph.store.queries`; all article text is
escaped with :func:`~newsgraph.console.safe`."""

from __future__ import annotations

from typing import Any

from rich.table import Table

from newsgraph.console import STANCE_STYLES, excerpt, safe
from newsgraph.store.queries import Between, Partner

QUAD_STYLES = {"verbal_cooperation": "green", "material_cooperation": "bold green",
               "verbal_conflict": "yellow", "material_conflict": "bold red", "untyped": "dim"}
TEXT_SHOWN = 240  # characters of a sentence or claim in a table cell
RECYCLED = "[magenta]recycled[/]"


def partners_table(partners: list[Partner], title: str) -> Table:
    """Top partners of an actor: events each way, quad classes and types, sources, balance."""
    table = Table(title=title, title_style="bold", header_style="bold")
    table.add_column("partner")
    table.add_column("events", justify="right")
    table.add_column("→ / ←", justify="right")
    table.add_column("quad classes")
    table.add_column("types")
    table.add_column("docs", justify="right")
    table.add_column("indep.", justify="right")
    table.add_column("balance", justify="right")
    for p in partners:
        quads = ", ".join(f"[{QUAD_STYLES.get(q, '')}]{q.replace('_', ' ')}[/] {n}" for q, n in p.quads.items())
        types = ", ".join(f"{t} {n}" for t, n in p.types.items())
        balance = "" if p.balance is None else f"{p.balance:+.2f}"
        table.add_row(safe(p.name, 50), str(p.events), f"{p.outgoing} / {p.incoming}", quads, safe(types, 80),
                      str(p.documents), str(p.independent_sources), balance)
    return table


def relation_rows_table(between: Between, names: dict[str, str]) -> Table:
    table = Table(title="Relations", title_style="bold", header_style="bold")
    for column in ("source → target", "type", "quad", "events", "docs", "indep. sources", "first – last"):
        table.add_column(column, justify="right" if column in ("events", "docs", "indep. sources") else "left")
    for r in between.relations:
        span = " – ".join(dict.fromkeys(x for x in (r.get("first"), r.get("last")) if x))
        table.add_row(f"{safe(names.get(r['source'], r['source']), 40)} → {safe(names.get(r['target'], r['target']), 40)}",
                      r["type"] or "untyped", f"[{QUAD_STYLES.get(r.get('quad') or 'untyped', '')}]{r.get('quad') or ''}[/]",
                      str(len(r["events"])), str(r["documents"]), str(r["independent_sources"]), span)
    return table


def between_events_table(events: list[dict[str, Any]], names: dict[str, str]) -> Table:
    """Each event: who did what to whom and how it is told, the sentence with the trigger
    highlighted, its document and offsets, and the claim that carries it."""
    table = Table(title="Events", title_style="bold", header_style="bold", show_lines=True)
    table.add_column("event")
    table.add_column("sentence (trigger highlighted)")
    table.add_column("document")
    table.add_column("told by")
    for e in events:
        kind = (e["type"] or "untyped") + (f"/{e['subtype']}" if e.get("subtype") else "")
        told = e["mode"] + (", negated" if e["negated"] else "")
        time = (e["time"].get("value") or e["time"].get("text")) if e.get("time") else None
        head = (f"[bold cyan]{kind}[/]\n{safe(names.get(e['source'], e['source'] or '–'), 30)} → "
                f"{safe(names.get(e['target'], e['target'] or '–'), 30)}\n[dim]{safe(told)}"
                + (f" · {safe(time, 30)}" if time else "") + "[/]")
        sentence = excerpt(e["text"], e["trigger_span"][0] - e["start"], e["trigger_span"][1] - e["start"])
        document = (f"{safe(e.get('document_title') or e['doc'], 60)}\n[dim]{e['doc']} {e['start']}–{e['end']}[/]"
                    + (f"\n{RECYCLED}" if e.get("recycled") else ""))
        table.add_row(head, sentence, document, _told_by(e.get("told_by")))
    return table


def _told_by(claim: dict[str, Any] | None) -> str:
    if not claim:
        return "[dim]the article[/]"
    style = STANCE_STYLES.get(claim["stance"], "")
    anonymous = " [yellow](anonymous)[/]" if claim.get("anonymous") else ""
    outlet = f" to {safe(claim['outlet'], 40)}" if claim.get("outlet") else ""
    return (f"{safe(claim.get('speaker_text') or '?', 50)}{anonymous}\n"
            f"[dim]{safe(claim.get('cue') or '', 30)}{outlet}[/] [{style}]{claim['stance']}[/]")


def claims_evidence_table(claims: list[dict[str, Any]], title: str, names: dict[str, str] | None = None) -> Table:
    """Claims across documents: speaker, anonymous, stance, cue and outlet, content, document."""
    table = Table(title=title, title_style="bold", header_style="bold", show_lines=True)
    table.add_column("speaker")
    table.add_column("stance")
    table.add_column("content")
    table.add_column("document")
    for c in claims:
        style = STANCE_STYLES.get(c["stance"], "")
        speaker = safe(c.get("speaker_text") or c.get("speaker_name") or "", 50)
        if c.get("anonymous"):
            speaker += "\n[yellow]anonymous[/]"
        if names is not None and c.get("about"):
            speaker += f"\n[dim]about {safe(names.get(c['about'], c['about']), 40)}[/]"
        how = f"[{style}]{c['stance']}[/]\n[dim]{safe(c.get('cue') or '', 30)}" + (
            f" to {safe(c['outlet'], 30)}" if c.get("outlet") else "") + "[/]"
        document = (f"{safe(c.get('document_title') or c['doc'], 60)}\n[dim]{c['doc']} {c['start']}–{c['end']}[/]"
                    + (f"\n{RECYCLED}" if c.get("recycled") else ""))
        table.add_row(("↳ " if c.get("parent") else "") + speaker, how, safe(c["text"], TEXT_SHOWN), document)
    return table


def timeline_table(events: list[dict[str, Any]], title: str, *, dated: bool) -> Table:
    """Events in time order: normalized time (or the publication date, for undated ones),
    who did what to whom, the sentence, the document."""
    table = Table(title=title, title_style="bold", header_style="bold", show_lines=True)
    table.add_column("time" if dated else "published")
    table.add_column("event")
    table.add_column("sentence")
    table.add_column("document")
    for e in events:
        when = (f"[bold]{safe(e['time']['value'], 30)}[/]\n[dim]{safe(e['time'].get('text') or '', 40)}[/]"
                if dated else f"[dim]{safe(e.get('published') or '?', 20)}[/]")
        kind = (e["type"] or "untyped") + (f"/{e['subtype']}" if e.get("subtype") else "")
        source = e.get("source_name") or e.get("source_text") or "–"
        target = e.get("target_name") or e.get("target_text") or "–"
        told = e["mode"] + (", negated" if e["negated"] else "")
        what = (f"[bold cyan]{kind}[/]  {safe(source, 40)} [bold]─{safe(e['trigger'], 30)}→[/] {safe(target, 40)}\n"
                f"[dim]{safe(told)}[/]")
        document = safe(e.get("document_title") or e["doc"], 60) + (f"\n{RECYCLED}" if e.get("recycled") else "")
        table.add_row(when, what, safe(e["text"], TEXT_SHOWN), document)
    return table


def search_table(rows: list[dict[str, Any]], title: str) -> Table:
    table = Table(title=title, title_style="bold", header_style="bold")
    table.add_column("doc")
    table.add_column("offsets", justify="right")
    table.add_column("sentence")
    for row in rows:  # the title is in --json; a fourth column would squeeze the sentence
        table.add_row(row["doc"], f"{row['start']}–{row['end']}", safe(row["text"], 300))
    return table
