"""Rich tables for the query commands (relations, actor partners, claims, timeline, search).
Presentation only: the data comes from :mod:`newsgraph.store.queries`; all article text is
escaped with :func:`~newsgraph.console.safe`."""

from __future__ import annotations

from typing import Any

from rich.table import Table

from newsgraph.console import STANCE_STYLES, claim_content, excerpt, safe, speaker_label, styled, time_label
from newsgraph.model import content_extent
from newsgraph.store.queries import Between, Partner

QUAD_STYLES = {"verbal_cooperation": "green", "material_cooperation": "bold green",
               "verbal_conflict": "yellow", "material_conflict": "bold red", "untyped": "dim"}
# Short enough for a narrow column; cooperation and conflict must never be cut to one prefix.
QUAD_LABELS = {"verbal_cooperation": "v.coop", "material_cooperation": "m.coop",
               "verbal_conflict": "v.conflict", "material_conflict": "m.conflict", "untyped": "untyped"}
QUAD_LEGEND = "v. verbal, m. material, coop cooperation"
QUAD_CAPTION = f"[dim]{QUAD_LEGEND}[/]"
PARTNERS_CAPTION = (f"[dim]{QUAD_LEGEND}; balance: -1 all conflict to +1 all cooperation, (n) the events "
                    "it rests on, ~ fewer than 3[/]")
MIN_BALANCE_EVENTS = 3  # a balance resting on fewer events is shown as tentative
SEARCH_DOCUMENT_WIDTH = 24  # columns of the document title in search results
WIDE = 120  # columns from which tables show their optional columns
TEXT_SHOWN = 240  # characters of a sentence or claim in a table cell
NARROW_SPEAKER_WIDTH = 26  # columns of the speaker column below WIDE
NARROW_TEXT_SHOWN = 160  # the same below WIDE columns: no cell taller than a few lines
RECYCLED = "[magenta]recycled[/]"


def quad_label(quad: str | None) -> str:
    """A quad class short enough for a narrow column, cooperation and conflict kept apart."""
    return styled(QUAD_LABELS.get(quad or "untyped", quad or "untyped"), QUAD_STYLES.get(quad or "untyped"))


def balance_text(balance: float | None, events: int) -> str:
    """The balance with the number of events it rests on; dimmed and marked '~' when it rests
    on fewer than MIN_BALANCE_EVENTS, so one or two events do not read as a settled +1.00."""
    if balance is None:
        return "[dim]–[/]"
    if events < MIN_BALANCE_EVENTS:
        return f"[dim]~{balance:+.1f} ({events})[/]"
    return f"{balance:+.2f} ({events})"


def partners_table(partners: list[Partner], title: str, width: int = WIDE) -> Table:
    """Top partners of an actor: events each way, quad classes and types, sources, balance.
    Below WIDE columns the types column is left out (the quad classes sum them up)."""
    wide = width >= WIDE
    table = Table(title=title, title_style="bold", header_style="bold", caption=PARTNERS_CAPTION,
                  caption_justify="left")
    table.add_column("partner")
    table.add_column("events", justify="right")
    table.add_column("→ / ←", justify="right", no_wrap=True)
    table.add_column("quad classes")
    if wide:
        table.add_column("types")
    table.add_column("docs", justify="right")
    table.add_column("indep.", justify="right")
    table.add_column("balance", justify="right", no_wrap=True)
    for p in partners:
        quads = ", ".join(f"{quad_label(q)} {n}" for q, n in p.quads.items())
        types = safe(", ".join(f"{t} {n}" for t, n in p.types.items()), 80)
        events = str(p.events) + (f" [dim](+{p.copies} {'copy' if p.copies == 1 else 'copies'})[/]" if p.copies else "")
        table.add_row(safe(p.name, 50), events, f"{p.outgoing} / {p.incoming}", quads,
                      *([types] if wide else []), str(p.documents), str(p.independent_sources),
                      balance_text(p.balance, p.balance_events))
    return table


def relation_rows_table(between: Between, names: dict[str, str], width: int = WIDE) -> Table:
    """One row per directed relation. Below WIDE columns type and quad share a column and the
    headers are short, so the actor names keep the room."""
    wide = width >= WIDE
    table = Table(title="Relations", title_style="bold", header_style="bold", caption=QUAD_CAPTION,
                  caption_justify="left")
    columns = (("source → target", "type", "quad", "events", "docs", "indep. sources", "first – last") if wide
               else ("source → target", "type", "events", "docs", "indep.", "first – last"))
    for column in columns:
        table.add_column(column, justify="right" if column in ("events", "docs", "indep. sources", "indep.") else "left",
                         no_wrap=column in ("quad", "type"))
    for r in between.relations:
        span = " – ".join(dict.fromkeys(time_label({"value": x}) for x in (r.get("first"), r.get("last")) if x))
        # an untyped relation has no quad class: "untyped" once, not twice
        kind = [safe(r["type"]), quad_label(r.get("quad"))] if r["type"] else [quad_label(None), ""]
        table.add_row(f"{safe(names.get(r['source'], r['source']), 40)} → {safe(names.get(r['target'], r['target']), 40)}",
                      *(kind if wide else ["\n".join(k for k in kind if k)]),
                      *distinct_cells(r), str(r["independent_sources"]), safe(span))
    return table


def distinct_cells(relation: dict[str, Any]) -> tuple[str, str]:
    """A relation's events and documents as a reader counts them: a sentence copied into
    near-identical articles once, the copies noted ("3 (+2 copies)"). A graph built before
    the distinct counts existed shows its raw ones."""
    events = len(relation["events"])
    distinct = relation.get("distinct_events", events)
    copies = events - distinct
    shown = str(distinct) + (f" [dim](+{copies} {'copy' if copies == 1 else 'copies'})[/]" if copies > 0 else "")
    return shown, str(relation.get("distinct_documents", relation["documents"]))


def between_events_table(events: list[dict[str, Any]], names: dict[str, str], width: int = WIDE) -> Table:
    """Each event: who did what to whom and how it is told, the sentence with the trigger
    highlighted, its document and offsets, and the claim that carries it. Below WIDE columns
    two columns: the event with who tells it, and the sentence with its document."""
    wide = width >= WIDE
    table = Table(title="Events", title_style="bold", header_style="bold", show_lines=True)
    table.add_column("event" if wide else "event, told by")
    table.add_column("sentence (trigger highlighted)" if wide else "sentence, document")
    if wide:
        table.add_column("document")
        table.add_column("told by")
    for e in events:
        kind = (e["type"] or "untyped") + (f"/{e['subtype']}" if e.get("subtype") else "")
        told = e["mode"] + (", negated" if e["negated"] else "")
        time = time_label(e.get("time"))
        head = (f"{styled(kind, 'bold cyan', 60)}\n{safe(names.get(e['source'], e['source'] or '–'), 30)} → "
                f"{safe(names.get(e['target'], e['target'] or '–'), 30)}\n[dim]{safe(told)}"
                + (f" · {safe(time, 30)}" if time else "") + "[/]")
        sentence = excerpt(e["text"], e["trigger_span"][0] - e["start"], e["trigger_span"][1] - e["start"],
                           context=80 if wide else 50)
        document = (f"{safe(e.get('document_title') or e['doc'], 60)}\n[dim]{e['start']}–{e['end']}[/]"
                    + (f"\n{RECYCLED}" if e.get("recycled") else ""))
        if wide:
            table.add_row(head, sentence, document, _told_by(e.get("told_by")))
        else:
            table.add_row(f"{head}\n[dim]told by[/] {_told_by(e.get('told_by'))}", f"{sentence}\n[dim]{document}[/]")
    return table


def _told_by(claim: dict[str, Any] | None) -> str:
    if not claim:
        return "[dim]the article[/]"
    style = STANCE_STYLES.get(claim["stance"], "")
    anonymous = " [yellow](anonymous)[/]" if claim.get("anonymous") else ""
    outlet = f" to {safe(claim['outlet'], 40)}" if claim.get("outlet") else ""
    return (f"{safe(speaker_label(claim) or '?', 50)}{anonymous}\n"
            f"[dim]{safe(claim.get('cue') or '', 30)}{outlet}[/] {styled(claim['stance'], style)}")


def claims_evidence_table(claims: list[dict[str, Any]], title: str, names: dict[str, str] | None = None,
                          width: int = WIDE) -> Table:
    """Claims across documents: speaker, anonymous, stance, cue and outlet, content, document.
    Below WIDE columns two columns: who says it and how, then the content with its document."""
    wide = width >= WIDE
    table = Table(title=title, title_style="bold", header_style="bold", show_lines=True)
    table.add_column("speaker" if wide else "speaker, stance", max_width=None if wide else NARROW_SPEAKER_WIDTH)
    if wide:
        table.add_column("stance")
    table.add_column("content" if wide else "content, document")
    if wide:
        table.add_column("document")
    for c in claims:
        style = STANCE_STYLES.get(c["stance"], "")
        speaker = safe(speaker_label(c, names), 50)
        if c.get("anonymous"):
            speaker += "\n[yellow]anonymous[/]"
        if names is not None and c.get("about"):
            speaker += f"\n[dim]about {safe(names.get(c['about'], c['about']), 40)}[/]"
        how = f"{styled(c['stance'], style)}\n[dim]{safe(c.get('cue') or '', 30)}" + (
            f" to {safe(c['outlet'], 30)}" if c.get("outlet") else "") + "[/]"
        start, end = content_extent(c)  # a content in pieces: first piece to last, as its text shows
        document = (f"{safe(document_name(c), 60)}\n[dim]{start}–{end}[/]"
                    + (f"\n{RECYCLED}" if c.get("recycled") else ""))
        content = claim_content(c, TEXT_SHOWN if wide else NARROW_TEXT_SHOWN)
        speaker = ("↳ " if c.get("parent") else "") + speaker
        if wide:
            table.add_row(speaker, how, content, document)
        else:
            table.add_row(f"{speaker}\n{how}", f"{content}\n[dim]{document}[/]")
    return table


def document_name(record: dict[str, Any]) -> str:
    """How a person knows a document: its title, else its file name, never only its id."""
    path = record.get("path") or record.get("document_path") or ""
    return record.get("document_title") or record.get("title") or path.rsplit("/", 1)[-1] or record["doc"]


def timeline_table(events: list[dict[str, Any]], title: str, *, dated: bool, width: int = WIDE) -> Table:
    """Events in time order: normalized time (or the publication date, for undated ones),
    who did what to whom, the sentence, the document (below WIDE columns under the sentence)."""
    wide = width >= WIDE
    table = Table(title=title, title_style="bold", header_style="bold", show_lines=True)
    table.add_column("time" if dated else "published")
    table.add_column("event")
    table.add_column("sentence" if wide else "sentence, document")
    if wide:
        table.add_column("document")
    for e in events:
        when = (_when(e["time"]) if dated else f"[dim]{safe(e.get('published') or 'no date', 20)}[/]")
        kind = (e["type"] or "untyped") + (f"/{e['subtype']}" if e.get("subtype") else "")
        source = e.get("source_name") or e.get("source_text") or "–"
        target = e.get("target_name") or e.get("target_text") or "–"
        told = e["mode"] + (", negated" if e["negated"] else "")
        what = (f"{styled(kind, 'bold cyan', 60)}  {safe(source, 40)} [bold]─{safe(e['trigger'], 30)}→[/] {safe(target, 40)}\n"
                f"[dim]{safe(told)}[/]")
        document = safe(document_name(e), 60) + (f"\n{RECYCLED}" if e.get("recycled") else "")
        sentence = safe(e["text"], TEXT_SHOWN if wide else NARROW_TEXT_SHOWN)
        cells = [sentence, document] if wide else [f"{sentence}\n[dim]{document}[/]"]
        table.add_row(when, what, *cells)
    return table


def _when(time: dict[str, Any]) -> str:
    """A dated event's time: the date in bold, the words of the text under it when they differ."""
    label, text = time_label(time) or "", time.get("text") or ""
    return f"[bold]{safe(label, 30)}[/]" + (f"\n[dim]{safe(text, 40)}[/]" if text and text != label else "")


def search_table(rows: list[dict[str, Any]], title: str) -> Table:
    table = Table(title=title, title_style="bold", header_style="bold")
    # the document on one line, cut: the sentence is what the reader came for
    table.add_column("document", no_wrap=True, overflow="ellipsis", max_width=SEARCH_DOCUMENT_WIDTH)
    table.add_column("offsets", justify="right", no_wrap=True)
    table.add_column("sentence")
    for row in rows:
        table.add_row(safe(document_name(row), 50), f"{row['start']}–{row['end']}", safe(row["text"], 300))
    return table
