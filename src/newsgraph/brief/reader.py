"""What a briefing reads from the store, and the numbered corpus sentences it cites.

Input: an open :class:`~newsgraph.store.Store`. Output: event, claim and contradiction records
(graph.json dicts) of one actor, the sentences holding any offset, and :class:`Citations`,
which numbers each cited sentence once in order of first use.
"""

from __future__ import annotations

import json
from typing import Any, Iterable

from newsgraph.brief.model import Citation
from newsgraph.store import Store

Record = dict[str, Any]

# events and claims of one actor: the JSON paths a record names actors under
_EVENT_ACTOR_SQL = ("SELECT record FROM events WHERE json_extract(record, '$.source') = ? "
                    "OR json_extract(record, '$.target') = ? ORDER BY doc, start, id")
_CLAIMS_BY_SQL = ("SELECT record FROM claims WHERE json_extract(record, '$.speaker') = ? "
                  "OR json_extract(record, '$.speaker_affiliation') = ? ORDER BY doc, start, id")
# claims whose content names the actor (a mention inside the content span)
_CLAIMS_NAMING_SQL = ("SELECT DISTINCT claims.record FROM mentions JOIN claims ON claims.doc = mentions.doc "
                      'AND claims.start <= mentions.start AND mentions."end" <= claims."end" '
                      "WHERE mentions.actor = ?")


class Reader:
    """Store reads for one briefing, cached: a briefing asks for the same sentence often."""

    def __init__(self, store: Store):
        self.store = store
        self.db = store.db
        self._documents: dict[str, Record] = {}
        self._sentences: dict[str, list[tuple[int, int, str]]] = {}
        self._names: dict[str, str] = {}
        self._events: dict[str, list[Record]] = {}

    # --- records ---------------------------------------------------------------------------

    def events_of(self, actor_id: str) -> list[Record]:
        if actor_id not in self._events:
            self._events[actor_id] = [json.loads(r[0]) for r in self.db.execute(_EVENT_ACTOR_SQL, (actor_id, actor_id))]
        return self._events[actor_id]

    def claims_by(self, actor_id: str) -> list[Record]:
        return [json.loads(r[0]) for r in self.db.execute(_CLAIMS_BY_SQL, (actor_id, actor_id))]

    def claims_naming(self, actor_id: str) -> list[Record]:
        found = [json.loads(r[0]) for r in self.db.execute(_CLAIMS_NAMING_SQL, (actor_id,))]
        return sorted(found, key=lambda c: (c["doc"], c["start"], c["id"]))

    def claims_of_document(self, doc: str) -> list[Record]:
        rows = self.db.execute('SELECT record FROM claims WHERE doc = ? ORDER BY start, "end"', (doc,))
        return [json.loads(row[0]) for row in rows]

    def claims_by_id(self, ids: Iterable[str]) -> dict[str, Record]:
        return self._records_by_id("claims", ids)

    def events_by_id(self, ids: Iterable[str]) -> dict[str, Record]:
        return self._records_by_id("events", ids)

    def _records_by_id(self, table: str, ids: Iterable[str]) -> dict[str, Record]:
        """Records of ``table`` (claims or events) by id, asked 500 at a time (SQLite's
        limit on bound parameters)."""
        ids = sorted(set(ids))
        found: dict[str, Record] = {}
        for chunk in range(0, len(ids), 500):
            part = ids[chunk:chunk + 500]
            marks = ",".join("?" * len(part))
            for row in self.db.execute(f"SELECT record FROM {table} WHERE id IN ({marks})", part):
                record = json.loads(row[0])
                found[record["id"]] = record
        return found

    def contradictions(self) -> list[Record]:
        return [json.loads(r[0]) for r in self.db.execute("SELECT record FROM contradictions ORDER BY rowid")]

    def affiliations_to(self, actor_id: str) -> list[tuple[str, Record]]:
        """(member id, affiliation record) for the actors said to be members or parts of it."""
        rows = self.db.execute("SELECT actor, record FROM affiliations WHERE other = ? ORDER BY rowid", (actor_id,))
        return [(row[0], json.loads(row[1])) for row in rows]

    def mentions_of(self, actor_id: str) -> list[Record]:
        rows = self.db.execute('SELECT doc, start, "end", text FROM mentions WHERE actor = ? '
                               "ORDER BY doc, start", (actor_id,))
        return [dict(row) for row in rows]

    def shared_sentences(self, a: str, b: str) -> list[tuple[str, int]]:
        """(doc, sentence index) of the sentences that mention both actors, in document order."""
        rows = self.db.execute(
            "SELECT DISTINCT x.doc, x.sentence FROM mentions AS x JOIN mentions AS y "
            "ON y.doc = x.doc AND y.sentence = x.sentence WHERE x.actor = ? AND y.actor = ? "
            "AND x.sentence IS NOT NULL ORDER BY x.doc, x.sentence", (a, b))
        return [(row[0], row[1]) for row in rows]

    def actors_in(self, doc: str, start: int, end: int) -> set[str]:
        rows = self.db.execute('SELECT actor FROM mentions WHERE doc = ? AND start >= ? AND "end" <= ?',
                               (doc, start, end))
        return {row[0] for row in rows}

    def nearest_mention(self, actor_id: str, places: list[tuple[str, int]]) -> tuple[str, int] | None:
        """(doc, offset) of the actor's mention nearest before one of ``places`` in its
        document (else the nearest after)."""
        for doc, offset in places:
            row = self.db.execute(
                "SELECT start FROM mentions WHERE actor = ? AND doc = ? ORDER BY start > ?, abs(start - ?) LIMIT 1",
                (actor_id, doc, offset, offset)).fetchone()
            if row:
                return doc, row[0]
        return None

    def answers_near(self, speaker: str, other: str, window: int) -> list[Record]:
        """Denials and declined comments in sentences that mention ``speaker`` (or that it says),
        with ``other`` mentioned in the same sentence or up to ``window`` sentences before."""
        rows = self.db.execute(
            "SELECT DISTINCT claims.record FROM claims JOIN mentions AS s ON s.doc = claims.doc "
            "AND s.sentence = json_extract(claims.record, '$.sentence') "
            "JOIN mentions AS o ON o.doc = claims.doc AND o.sentence BETWEEN s.sentence - ? AND s.sentence "
            "WHERE s.actor = ? AND o.actor = ? AND json_extract(claims.record, '$.stance') IN ('deny', 'decline_comment')",
            (window, speaker, other))
        return [json.loads(row[0]) for row in rows]

    def name(self, actor_id: str) -> str:
        if actor_id not in self._names:
            row = self.db.execute("SELECT name FROM actors WHERE id = ?", (actor_id,)).fetchone()
            self._names[actor_id] = row[0] if row else actor_id
        return self._names[actor_id]

    # --- documents and sentences ---------------------------------------------------------------

    def document(self, doc: str) -> Record:
        if doc not in self._documents:
            row = self.db.execute("SELECT id, path, title, outlet, published FROM documents WHERE id = ?",
                                  (doc,)).fetchone()
            self._documents[doc] = dict(row) if row else {"id": doc}
        return self._documents[doc]

    def sentences(self, doc: str) -> list[tuple[int, int, str]]:
        if doc not in self._sentences:
            rows = self.db.execute('SELECT start, "end", text FROM sentences WHERE doc = ? ORDER BY idx', (doc,))
            self._sentences[doc] = [(row[0], row[1], row[2]) for row in rows]
        return self._sentences[doc]

    def sentence_index(self, doc: str, index: int) -> tuple[int, int, str] | None:
        row = self.db.execute('SELECT start, "end", text FROM sentences WHERE doc = ? AND idx = ?',
                              (doc, index)).fetchone()
        return (row[0], row[1], row[2]) if row else None

    def sentences_over(self, doc: str, start: int, end: int) -> list[tuple[int, int, str]]:
        """The sentences of ``doc`` that overlap [start, end) (the one holding ``start`` at least)."""
        found = [s for s in self.sentences(doc) if s[0] < max(end, start + 1) and s[1] > start]
        return found or [s for s in self.sentences(doc) if s[0] <= start <= s[1]][:1]


class Citations:
    """The numbered list of cited corpus sentences, each once, numbered in order of first use."""

    def __init__(self, reader: Reader):
        self.reader = reader
        self.numbers: dict[tuple[str, int, int], int] = {}
        self.items: list[Citation] = []

    def span(self, doc: str, start: int, end: int, limit: int = 3) -> list[int]:
        """Citation numbers of the sentences over a span (at most ``limit``)."""
        return [self._number(doc, s) for s in self.reader.sentences_over(doc, start, end)[:limit]]

    def at(self, doc: str, offset: int) -> list[int]:
        return self.span(doc, offset, offset + 1, limit=1)

    def sentence(self, doc: str, index: int) -> list[int]:
        found = self.reader.sentence_index(doc, index)
        return [self._number(doc, found)] if found else []

    def spans(self, numbers: Iterable[int]) -> list[Citation]:
        return [self.items[n - 1] for n in numbers]

    def _number(self, doc: str, sentence: tuple[int, int, str]) -> int:
        key = (doc, sentence[0], sentence[1])
        if key not in self.numbers:
            document = self.reader.document(doc)
            self.items.append(Citation(
                number=len(self.items) + 1, doc=doc, start=sentence[0], end=sentence[1], text=sentence[2],
                title=document.get("title"), outlet=document.get("outlet"), published=document.get("published"),
                path=document.get("path")))
            self.numbers[key] = len(self.items)
        return self.numbers[key]
