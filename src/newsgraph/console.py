"""Terminal presentation with rich: progress, problem lines, tables. No logic lives here."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from newsgraph.model import Actor, Problem
from newsgraph.pipeline import BuildListener

KIND_STYLES = {"PERSON": "cyan", "ORG": "magenta", "GPE": "green", "NORP": "yellow",
               "LOC": "green", "FAC": "blue", "OUTLET": "bright_blue"}


def safe(text: str, limit: int = 200) -> str:
    """Article text for the terminal: markup escaped, control characters dropped, shortened."""
    cleaned = "".join(ch if ch.isprintable() else " " for ch in text)
    if len(cleaned) > limit:
        cleaned = cleaned[: limit - 1] + "…"
    return escape(cleaned)


def claim_content(claim: dict, limit: int = 200) -> str:
    """A claim's content for a table cell; a no-comment on nothing in particular has none, and
    says so rather than leaving the cell blank."""
    return safe(claim["text"], limit) if claim["text"] else "[dim](no topic given)[/]"


def styled(text: str, style: str | None, limit: int = 200) -> str:
    """Data in a style: ``text`` escaped by :func:`safe`, wrapped in ``style`` only when there is
    one. Every style chosen by a data value (kind, stance, quad class) goes through here: an
    empty ``[]...[/]`` around a kind with no style of its own is what crashed ``actors``."""
    body = safe(text, limit)
    return f"[{style}]{body}[/]" if style else body


def time_label(time: dict | None) -> str | None:
    """A time for a person to read: the calendar value when it names a date ("2016-01-05"),
    else the words of the text ("the past two years" rather than P2Y, "weeks" rather than PXW);
    the ISO value stays in the data (--json)."""
    if not time:
        return None
    value, text = time.get("value"), time.get("text")
    if value and value[0].isdigit() and "X" not in value:  # a calendar date, not P2Y or XXXX-WXX
        return value
    return text or duration_words(value) or value


DURATION = re.compile(r"^P(T?)(\d+|X)([YMWDH])$")
DURATION_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour"}


def duration_words(value: str | None) -> str | None:
    """An ISO 8601 duration in words where no text is at hand (a relation's first and last):
    "P2Y" -> "a span of 2 years", "PXD" -> "some days"; None for anything else."""
    match = DURATION.match(value or "")
    if not match:
        return None
    amount, unit = match[2], DURATION_UNITS["M" if match[1] and match[3] == "M" else match[3]]
    if match[1] and match[3] == "M":
        unit = "minute"
    if amount == "X":
        return f"some {unit}s"
    return f"a span of {amount} {unit}" + ("" if amount == "1" else "s")


class RichBuildListener(BuildListener):
    """Shows a progress bar over documents and one line per problem file."""

    def __init__(self, console: Console, *, quiet: bool = False):
        self.console = console
        self.progress = Progress(
            SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(),
            MofNCompleteColumn(), TextColumn("{task.fields[rate]}"), TimeElapsedColumn(),
            console=console, transient=True, disable=quiet,
        )
        self.task = None
        self.counts = {"parsed": 0, "unchanged": 0, "duplicate": 0}

    def __enter__(self) -> "RichBuildListener":
        self.progress.start()
        return self

    def __exit__(self, *exc) -> None:
        self.progress.stop()

    def on_files(self, count: int) -> None:
        self.task = self.progress.add_task("Parsing articles", total=count, rate="")

    def on_document(self, status: str) -> None:
        self.counts[status] = self.counts.get(status, 0) + 1
        self._advance()

    def on_problem(self, problem: Problem) -> None:
        style = "yellow" if problem.skipped else "dim"
        self.console.print(Text(str(problem), style=style), soft_wrap=True)
        if problem.skipped:
            self._advance()

    def on_stage(self, name: str) -> None:
        if self.task is not None:
            self.progress.update(self.task, description=name[:1].upper() + name[1:])

    def _advance(self) -> None:
        if self.task is None:
            return
        elapsed = self.progress.tasks[self.task].elapsed or 0
        rate = f"{self.counts['parsed'] / elapsed:.1f} docs/s" if elapsed > 0.5 else ""
        self.progress.update(self.task, advance=1, rate=rate)


def actors_table(actors: list[Actor], title: str) -> Table:
    table = Table(title=title, title_style="bold", header_style="bold")
    table.add_column("actor")
    table.add_column("kind")
    table.add_column("mentions", justify="right")
    table.add_column("docs", justify="right")
    table.add_column("also written")
    for actor in actors:
        style = KIND_STYLES.get(actor.kind, "default")
        aliases = ", ".join(actor.aliases[:4]) + (" …" if len(actor.aliases) > 4 else "")
        table.add_row(safe(actor.name, 60), styled(actor.kind, style), str(actor.mention_count),
                      str(len(actor.documents)), safe(aliases, 80))
    return table


def print_events(console: Console, events: list[dict], names: dict[str, str], titles: dict[str, str]) -> None:
    """Each event on two lines: who did what to whom and how it is told, then the sentence
    that says so with the trigger highlighted. Reads well at any terminal width."""
    for event in events:
        kind = (event["type"] or "untyped") + (f"/{event['subtype']}" if event["subtype"] else "")
        told = event["mode"] + (", negated" if event["negated"] else "")
        details = " · ".join(safe(x, 60) for x in (told, time_label(event.get("time")),
                                                   titles.get(event["doc"], event["doc"])) if x)
        console.print(f"{styled(kind, 'bold cyan', 60)}  {_argument(event, 'source', names)} "
                      f"[bold]─{safe(event['trigger'], 40)}→[/] {_argument(event, 'target', names)}  [dim]{details}[/]")
        console.print("   " + excerpt(event["text"], event["trigger_span"][0] - event["start"],
                                      event["trigger_span"][1] - event["start"]), highlight=False)


def excerpt(text: str, start: int, end: int, context: int = 80) -> str:
    """``text`` around ``start``-``end`` with that span in bold, escaped, ellipsized."""
    left, right = max(0, start - context), min(len(text), end + context)
    return ("…" if left else "") + safe(text[left:start], 2 * context) + f"[bold yellow]{safe(text[start:end], 80)}[/]" \
        + safe(text[end:right], 2 * context) + ("…" if right < len(text) else "")


def _argument(event: dict, role: str, names: dict[str, str]) -> str:
    """The actor's name in bold, else the argument's words dimmed, else a dash."""
    if event[role]:
        return f"[bold]{safe(names.get(event[role], event[role]), 40)}[/]"
    if event[f"{role}_text"]:
        return f"[dim]{safe(event[role + '_text'], 40)}[/]"
    return "–"


STANCE_STYLES = {"assert": "green", "deny": "red", "decline_comment": "yellow"}
CONTENT_SHOWN = 120  # characters of a claim's content in a table row
WIDE_TABLE = 120  # columns from which a claims table shows cue, outlet and anonymity apart


def sourcing_line(profile: dict[str, int]) -> str:
    """The sourcing profile in one line: "12 claims: 5 named · 4 anonymous · ..."."""
    if not profile:
        return "No sourcing profile stored (build again with this newsgraph version)."
    return (f"[bold]{profile['claims']}[/] claims: {profile['named']} named · "
            f"{profile['anonymous']} anonymous · {profile['documents']} documents · "
            f"{profile['unattributed']} unattributed · [red]{profile['denials']}[/] denials · "
            f"[yellow]{profile['no_comments']}[/] no-comments")


def counted(count: int, noun: str) -> str:
    """"1 relation", "2 relations": a count with its noun (regular plurals only)."""
    return f"{count:,} {noun}" + ("" if count == 1 else "s")


def speaker_label(claim: dict, names: dict[str, str] | None = None) -> str:
    """Who says it, as a reader wants it: the speaker's actor where the words as written do not
    name it ("Jack Straw (who)", "Lara Okonkwo (the minister)"), else the words as written."""
    written = claim.get("speaker_text") or ""
    actor = claim.get("speaker_name") or (names or {}).get(claim.get("speaker") or "")
    if not actor or actor.lower() in written.lower():
        return written or actor or ""
    return f"{actor} ({written})" if written else actor


def claims_table(claims: list[dict], title: str, width: int = WIDE_TABLE,
                 names: dict[str, str] | None = None) -> Table:
    """A document's claims: who says so, how, to whom, with what stance, and what. Below
    WIDE_TABLE columns: speaker with cue and outlet in one column, stance, content."""
    wide = width >= WIDE_TABLE
    table = Table(title=title, title_style="bold", header_style="bold", show_lines=True)
    table.add_column("speaker")
    if wide:
        for column in ("anon", "cue", "outlet"):
            table.add_column(column)
    table.add_column("stance", no_wrap=not wide)
    table.add_column("content")
    for claim in claims:
        style = STANCE_STYLES.get(claim["stance"], "")
        nested = "↳ " if claim.get("parent") else ""
        speaker = nested + safe(speaker_label(claim, names), 60)
        cue, outlet = safe(claim.get("cue") or "", 30), safe(claim.get("outlet") or "", 40)
        stance = styled(claim["stance"], style)
        if wide:
            table.add_row(speaker, "yes" if claim["anonymous"] else "", cue, outlet, stance,
                          claim_content(claim, CONTENT_SHOWN))
            continue
        told = " ".join(x for x in (cue, f"to {outlet}" if outlet else "") if x)
        speaker += ("\n[yellow]anonymous[/]" if claim["anonymous"] else "") + (f"\n[dim]{told}[/]" if told else "")
        table.add_row(speaker, stance, claim_content(claim, CONTENT_SHOWN))
    return table


def differing_words(first: str, second: str, limit: int = 600) -> tuple[str, str]:
    """Two versions of one passage for the terminal, escaped, each cut to about ``limit``
    characters, with the words the other version lacks in bold yellow ("week" / "month")."""
    pieces = [re.findall(r"\S+|\s+", text) for text in (first, second)]
    words = [[p.casefold() for p in side if not p.isspace()] for side in pieces]
    matcher = SequenceMatcher(None, words[0], words[1], autojunk=False)
    same = [set(), set()]
    for block in matcher.get_matching_blocks():
        same[0].update(range(block.a, block.a + block.size))
        same[1].update(range(block.b, block.b + block.size))
    return _marked(pieces[0], same[0], limit), _marked(pieces[1], same[1], limit)


def _marked(pieces: list[str], same: set[int], limit: int) -> str:
    out, used, word = [], 0, 0
    for piece in pieces:
        if used >= limit:
            out.append("…")
            break
        if piece.isspace():
            out.append(" ")
        else:
            text = safe(piece, limit)
            out.append(text if word in same else f"[bold yellow]{text}[/]")
            word += 1
        used += len(piece)
    return "".join(out)


def reuse_table(rows: list, limit: int) -> Table:
    """Shared passages of one pair of documents side by side."""
    first = rows[0]
    table = Table(header_style="bold", show_lines=True, expand=True)
    table.add_column(safe(first["a_title"] or first["a_doc"], 80), ratio=1)
    table.add_column(safe(first["b_title"] or first["b_doc"], 80), ratio=1)
    table.add_column("similarity", justify="right", no_wrap=True)
    for row in rows:
        a_text, b_text = differing_words(row["a_text"], row["b_text"], limit)
        table.add_row(f"[dim]{row['a_start']}–{row['a_end']}[/]\n{a_text}",
                      f"[dim]{row['b_start']}–{row['b_end']}[/]\n{b_text}",
                      f"{row['similarity']:.2f}\n[dim]{row['words']} words[/]")
    return table


def contradiction_lines(record: dict, evidence: dict[str, dict], names: dict[str, str] | None = None) -> list[str]:
    """One contradiction for the terminal in words: its kind, confidence and independent sources
    per side, a one-sentence summary (who asserts what, who denies it, in which documents), then
    each piece of evidence numbered ([1], [2]: record ids in the text become these numbers) with
    its role, who says or does what, its document and its text. Record ids stay in --json."""
    names = names or {}
    numbers = {item: f"[{n}]" for n, item in enumerate(record["items"], 1)}
    summary = record.get("summary") or record.get("reason") or ""
    for item, number in numbers.items():
        summary = summary.replace(item, number)
    for actor in record.get("actors") or []:  # actor ids ("islamic-state") read as names
        if actor in names:
            summary = re.sub(rf"(?<![\w-]){re.escape(actor)}(?![\w-])", lambda _: names[actor], summary)
    confidence = record.get("confidence")
    score = f" [dim]confidence {confidence:.2f}[/]" if isinstance(confidence, (int, float)) else ""
    sources = record.get("sources") or {}
    counted = ("  [dim]" + ", ".join(f"{n} independent source{'s' if n != 1 else ''} {safe(side)}"
                                     for side, n in sources.items()) + "[/]") if sources else ""
    lines = [f"[bold magenta]{safe(record['kind'].replace('_', ' '))}[/]{score}{counted}", f"  {safe(summary, 600)}"]
    roles = {side.get("id"): side.get("role") for side in record.get("sides") or ()}
    for item in record["items"]:
        found = evidence.get(item)
        if found is None:
            lines.append(f"  {safe(numbers[item])} [dim](not in the graph: {safe(item)})[/]")
            continue
        role = f"[cyan]{safe(roles[item])}[/] " if roles.get(item) else ""
        lines.append(f"  {safe(numbers[item])} {role}{_evidence_who(found, names)}  "
                     f"[dim]{safe(found.get('document_title') or found['doc'], 60)}[/]")
        lines.append(f"      {safe(found.get('text') or '', 400)}")
    return lines


def _evidence_who(record: dict, names: dict[str, str]) -> str:
    """A claim as "speaker (anonymous) deny", an event as "COERCE: Hamas → Salafists (asserted)"."""
    if "stance" in record:
        speaker = speaker_label(record, names) or "unattributed"
        anonymous = " (anonymous)" if record.get("anonymous") else ""
        return (f"[bold]{safe(speaker, 60)}[/]{anonymous} "
                + styled(record["stance"].replace("_", " "), STANCE_STYLES.get(record["stance"])))
    def side(role: str) -> str:
        return safe(names.get(record.get(role) or "") or record.get(f"{role}_text") or "–", 40)
    return (f"{styled(record.get('type') or 'untyped', 'cyan')} [bold]{side('source')}[/] → "
            f"[bold]{side('target')}[/] [dim]({safe(record.get('mode') or '')})[/]")


UNDATED_SHOWN = 5  # undated documents named in the build summary


def undated_documents_lines(documents: list[dict]) -> list[str]:
    """The build summary's note on documents without a publication date: which, what it costs,
    and the three ways to give one. Nothing when every document has a date."""
    undated = [d for d in documents if not d.get("published")]
    if not undated:
        return []
    shown = ", ".join(safe(d["path"].rsplit("/", 1)[-1], 60) for d in undated[:UNDATED_SHOWN])
    more = f" and {len(undated) - UNDATED_SHOWN} more" if len(undated) > UNDATED_SHOWN else ""
    return [f"[yellow]{len(undated)} of {len(documents)} documents have no publication date[/] ({shown}{more}): "
            "times like 'last month' in them stay undated and recycled text has no known origin. "
            "Give a date with --published YYYY-MM-DD (for all of them), a sidecar ARTICLE.meta.json "
            'holding {"published": "2016-01-05"}, or a "published" key on each JSONL line.']
