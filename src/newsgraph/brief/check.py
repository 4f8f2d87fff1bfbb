"""The briefing checker: every statement cited, every citation true to the corpus, every
actor a statement names present in what it cites.

Input: a :class:`~newsgraph.brief.model.Briefing` and the open store it was written from.
Output: a list of problems, one line each (empty: the briefing passes). Three checks:

1. every statement has at least one citation, and every number it cites is in the sources;
2. every citation is a sentence of the corpus: a row of ``sentences`` with its document and
   offsets, and ``documents.text[start:end]`` is exactly the quoted text;
3. every actor a statement names appears in its cited sentences: each actor the statement
   declares, and each actor whose name or alias occurs capitalized in the statement's words
   (longest name first), has a mention inside a cited sentence, or that name is written in one
   of them.
"""

from __future__ import annotations

import re
from collections import defaultdict

from newsgraph.brief.model import Briefing, Citation, Statement
from newsgraph.store import Store

_WORDS = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
MAX_NAME_WORDS = 6
MIN_NAME_CHARS = 3  # shorter names ("US", "IS") match ordinary words once case is folded


def check_briefing(briefing: Briefing, store: Store) -> list[str]:
    problems: list[str] = []
    by_number = {c.number: c for c in briefing.citations}
    problems += _check_citations(briefing.citations, store)
    names = _actor_names(store)
    for statement in briefing.statements():
        if not statement.citations:
            problems.append(f"uncited: {statement.text!r}")
            continue
        missing = [n for n in statement.citations if n not in by_number]
        if missing:
            problems.append(f"cites unknown sources {missing}: {statement.text!r}")
            continue
        cited = [by_number[n] for n in statement.citations]
        problems += _check_actors(statement, cited, store, names)
    return problems


def _check_citations(citations: list[Citation], store: Store) -> list[str]:
    problems = []
    texts: dict[str, str | None] = {}
    for citation in citations:
        if citation.doc not in texts:
            row = store.db.execute("SELECT text FROM documents WHERE id = ?", (citation.doc,)).fetchone()
            texts[citation.doc] = row[0] if row else None
        text = texts[citation.doc]
        if text is None:
            problems.append(f"[{citation.number}] cites unknown document {citation.doc}")
            continue
        if text[citation.start:citation.end] != citation.text:
            problems.append(f"[{citation.number}] offsets {citation.start}-{citation.end} of {citation.doc} "
                            "do not slice back to the quoted text")
        row = store.db.execute('SELECT 1 FROM sentences WHERE doc = ? AND start = ? AND "end" = ?',
                               (citation.doc, citation.start, citation.end)).fetchone()
        if row is None:
            problems.append(f"[{citation.number}] {citation.doc} {citation.start}-{citation.end} is not a sentence")
    return problems


def _actor_names(store: Store) -> dict[str, dict[str, set[str]]]:
    """Words of a name or alias, folded -> {the name as spelled, folded: actor ids}, for names
    long enough to be told from plain words."""
    names: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for actor_id, name in store.db.execute("SELECT id, name FROM actors UNION ALL SELECT actor, alias FROM actor_aliases"):
        if len(name) >= MIN_NAME_CHARS:
            names[" ".join(_WORDS.findall(name.casefold()))][name.casefold()].add(actor_id)
    return names


def _named_in(text: str, names: dict[str, dict[str, set[str]]]) -> list[tuple[str, set[str]]]:
    """(words as written, actor ids) for every run of words of ``text`` that is a known name,
    longest first: "Karst" inside "Karst Liberation Front" is part of that name, not another."""
    words = [m for m in _WORDS.finditer(text)]
    found = []
    i = 0
    while i < len(words):
        for n in range(min(MAX_NAME_WORDS, len(words) - i), 0, -1):
            key = " ".join(w.group().casefold() for w in words[i:i + n])
            # names are capitalized: lower-case words are the template's ("times", "state")
            written = text[words[i].start():words[i + n - 1].end()]
            # the same words spelled the same way: "France, a" is no match for "France, a country"
            actors = names[key].get(written.casefold()) if key in names else None
            if actors and words[i].group()[:1].isupper():
                found.append((written, actors))
                i += n
                break
        else:
            i += 1
    return found


def _check_actors(statement: Statement, cited: list[Citation], store: Store,
                  names: dict[str, dict[str, set[str]]]) -> list[str]:
    present: set[str] = set()
    for citation in cited:
        present |= {row[0] for row in store.db.execute(
            'SELECT actor FROM mentions WHERE doc = ? AND start >= ? AND "end" <= ?',
            (citation.doc, citation.start, citation.end))}
    evidence = " ".join(c.text for c in cited)
    problems = []
    for actor in statement.actors:
        if actor not in present:
            problems.append(f"names {actor} but no cited sentence mentions it: {statement.text!r}")
    for written, actors in _named_in(statement.text, names):
        literal = written.casefold() in evidence.casefold() if len(written) > 3 else written in evidence
        if not (actors & present) and not literal:
            problems.append(f"names {written!r} ({', '.join(sorted(actors))}) absent from its evidence: "
                            f"{statement.text!r}")
    return problems
