"""Store: the SQLite file ``OUT/graph.db`` that keeps documents, per-document results and
the graph, so builds are incremental, idempotent and crash-safe.

Input: :class:`~newsgraph.model.DocumentResult` records and a :class:`~newsgraph.graph.Graph`.
Output: tables a person can query (see ``schema.sql``), with FTS5 over sentences. Every
write is one transaction: an interrupted build leaves the previous consistent state.
"""

from __future__ import annotations

import fcntl
import json
import sqlite3
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator

from newsgraph.attribution.profile import PROFILE_KEYS
from newsgraph.errors import Errors, NewsgraphError
from newsgraph.graph import TEMP_PREFIX, Graph
from newsgraph.model import Actor, DocumentResult
from newsgraph.testing import pause_point

STORE_SCHEMA_VERSION = "1"
DB_NAME = "graph.db"
LOCK_NAME = ".newsgraph.lock"

# an event's confidence; records of graphs built before it had one count as sure
CONFIDENCE_SQL = "COALESCE(json_extract(record, '$.confidence'), 1.0)"


class Store:
    """A build folder's SQLite store. Use as a context manager; ``writable`` takes the lock."""

    def __init__(self, out: str | Path, *, writable: bool = False):
        self.out = Path(out)
        self.path = self.out / DB_NAME
        self._lock_file = None
        if writable:
            if self.out.exists() and not self.out.is_dir():
                raise NewsgraphError(Errors.OUT_NOT_A_FOLDER.format(path=self.out))
            self.out.mkdir(parents=True, exist_ok=True)
            self._take_lock()
            self._remove_stale_temporaries()
        elif not self.path.is_file():
            raise NewsgraphError(Errors.NOT_A_GRAPH.format(path=self.out))
        self.db = sqlite3.connect(self.path)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA foreign_keys = ON")
        if writable:
            self.db.execute("PRAGMA journal_mode = WAL")
            self._create_schema()
        self._check_version()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()
        if self._lock_file:
            self._lock_file.close()
            self._lock_file = None

    # --- set-up -----------------------------------------------------------------------

    def _take_lock(self) -> None:
        lock_path = self.out / LOCK_NAME
        self._lock_file = open(lock_path, "w")
        try:
            fcntl.flock(self._lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._lock_file.close()
            self._lock_file = None
            raise NewsgraphError(Errors.LOCKED.format(path=self.out, lock=lock_path)) from None

    def _remove_stale_temporaries(self) -> None:
        """Half-written graph.json files of a build that was killed; only the lock holder writes
        them, so with the lock taken every one left is stale."""
        for stale in self.out.glob(f"{TEMP_PREFIX}*.json"):
            stale.unlink(missing_ok=True)

    def _create_schema(self) -> None:
        script = resources.files(__package__).joinpath("schema.sql").read_text(encoding="utf-8")
        with self.db:
            self.db.executescript(script)
            self.db.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (STORE_SCHEMA_VERSION,))

    def _check_version(self) -> None:
        row = self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        found = row[0] if row else None
        if found != STORE_SCHEMA_VERSION:
            raise NewsgraphError(Errors.SCHEMA_MISMATCH.format(
                path=self.path, found=found, expected=STORE_SCHEMA_VERSION))

    # --- per-document results ----------------------------------------------------------

    def current_documents(self, pipeline: str) -> dict[str, str | None]:
        """Documents whose stored result was produced by this ``pipeline``: id -> the publication
        date that result was read against (a new date in a sidecar must re-analyze the text)."""
        rows = self.db.execute(
            "SELECT doc, json_extract(result, '$.document.published') FROM doc_results WHERE pipeline = ?",
            (pipeline,))
        return {row[0]: row[1] for row in rows}

    def add_results(self, results: Iterable[DocumentResult], pipeline: str) -> None:
        """Save documents with their results and sentences, all or nothing."""
        self.add_records((result.to_dict() for result in results), pipeline)

    def add_records(self, records: Iterable[dict], pipeline: str) -> None:
        """:meth:`add_results` for results already in their ``DocumentResult.to_dict()`` form,
        as worker processes and shards deliver them; all or nothing."""
        with self.db:
            for record in records:
                self._add_record(record, pipeline)
            pause_point("documents")

    def _add_record(self, record: dict, pipeline: str) -> None:
        d = record["document"]
        # metadata can change for the same text (a sidecar edited): the newest wins
        self.db.execute(
            "INSERT INTO documents (id, path, title, outlet, published, url, sha256, text)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET title = excluded.title,"
            " outlet = excluded.outlet, published = excluded.published, url = excluded.url",
            (d["id"], d["path"], d["title"], d["outlet"], d["published"], d["url"], d["sha256"], d["text"]),
        )
        self.db.execute(
            "INSERT OR REPLACE INTO doc_results (doc, pipeline, result) VALUES (?, ?, ?)",
            (d["id"], pipeline, json.dumps(record, ensure_ascii=False)),
        )
        old = self.db.execute("SELECT rowid, text FROM sentences WHERE doc = ?", (d["id"],)).fetchall()
        self.db.executemany(
            "INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', ?, ?)", old)
        self.db.execute("DELETE FROM sentences WHERE doc = ?", (d["id"],))
        text = d["text"]
        for s in record["sentences"]:
            sentence = text[s["start"]:s["end"]]
            cursor = self.db.execute(
                'INSERT INTO sentences (doc, idx, start, "end", text) VALUES (?, ?, ?, ?, ?)',
                (d["id"], s["index"], s["start"], s["end"], sentence))
            self.db.execute("INSERT INTO sentences_fts (rowid, text) VALUES (?, ?)", (cursor.lastrowid, sentence))

    def results(self) -> Iterator[DocumentResult]:
        for row in self.db.execute("SELECT result FROM doc_results ORDER BY doc"):
            yield DocumentResult.from_dict(json.loads(row[0]))

    def document_count(self) -> int:
        return self.db.execute("SELECT count(*) FROM doc_results").fetchone()[0]

    # --- the graph -----------------------------------------------------------------------

    def write_graph(self, graph: Graph) -> None:
        """Replace the graph tables with ``graph`` in one transaction."""
        with self.db:
            for table in ("mentions", "actor_aliases", "actor_documents", "affiliations", "actor_merges",
                          "actor_kept_apart", "actors", "events",
                          "claims", "sourcing", "times", "relations", "actor_pairs", "reuse", "contradictions"):
                self.db.execute(f"DELETE FROM {table}")
            self.db.executemany(
                "INSERT INTO actors VALUES (?, ?, ?, ?, ?)",
                [(a.id, a.name, a.kind, a.mention_count, len(a.documents)) for a in graph.actors])
            self.db.executemany("INSERT INTO actor_aliases VALUES (?, ?)",
                                [(a.id, alias) for a in graph.actors for alias in a.aliases])
            self.db.executemany("INSERT INTO actor_documents VALUES (?, ?)",
                                [(a.id, doc) for a in graph.actors for doc in a.documents])
            self._write_actor_details(graph)
            self.db.executemany(
                'INSERT INTO mentions (actor, doc, start, "end", text, label, sentence) VALUES (?, ?, ?, ?, ?, ?, ?)',
                [(m["actor"], m["doc"], m["start"], m["end"], m["text"], m.get("label"), m.get("sentence"))
                 for m in graph.mentions])
            self._write_records(graph)
            pause_point("graph tables")

    def _write_actor_details(self, graph: Graph) -> None:
        self.db.executemany("INSERT INTO affiliations VALUES (?, ?, ?, ?, ?)", [
            (a.id, f["actor"], f["relation"], f.get("role"), json.dumps(f, ensure_ascii=False))
            for a in graph.actors for f in a.affiliations])
        self.db.executemany('INSERT INTO actor_merges VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
            (a.id, m["a"], m["b"], m["rule"], m.get("detail"), m["evidence"]["doc"],
             m["evidence"]["start"], m["evidence"]["end"]) for a in graph.actors for m in a.merges])
        self.db.executemany("INSERT INTO actor_kept_apart VALUES (?, ?, ?, ?, ?)", [
            (a.id, k["actor"], k.get("name"), k.get("rule"), k.get("reason"))
            for a in graph.actors for k in a.kept_apart])

    def _write_records(self, graph: Graph) -> None:
        def dump(record):
            return json.dumps(record, ensure_ascii=False)

        self.db.executemany('INSERT INTO events VALUES (?, ?, ?, ?, ?)',
                            [(e["id"], e["doc"], e["start"], e["end"], dump(e)) for e in graph.events])
        self.db.executemany('INSERT INTO claims VALUES (?, ?, ?, ?, ?)',
                            [(c["id"], c["doc"], c["start"], c["end"], dump(c)) for c in graph.claims])
        marks = ", ".join("?" * (len(PROFILE_KEYS) + 1))
        self.db.executemany(f"INSERT INTO sourcing (doc, {', '.join(PROFILE_KEYS)}) VALUES ({marks})",
                            [(d["id"], *(d["sourcing"][key] for key in PROFILE_KEYS))
                             for d in graph.documents if d.get("sourcing")])
        self.db.executemany('INSERT INTO times VALUES (?, ?, ?, ?)',
                            [(t["doc"], t["start"], t["end"], dump(t)) for t in graph.times])
        self.db.executemany('INSERT INTO relations VALUES (?, ?, ?, ?)',
                            [(r["source"], r["target"], r["type"], dump(r)) for r in graph.relations])
        self.db.executemany('INSERT INTO actor_pairs VALUES (?, ?, ?, ?)',
                            [(p["a"], p["b"], p["balance"], dump(p)) for p in graph.pairs])
        self.db.executemany('INSERT INTO reuse VALUES (?)', [(dump(r),) for r in graph.reuse])
        self.db.executemany('INSERT INTO contradictions VALUES (?, ?)',
                            [(c["kind"], dump(c)) for c in graph.contradictions])

    # --- queries -------------------------------------------------------------------------

    def actors(self, *, kind: str | None = None, limit: int | None = None) -> list[Actor]:
        sql = "SELECT * FROM actors" + (" WHERE kind = ?" if kind else "")
        sql += " ORDER BY mention_count DESC, document_count DESC, name"
        sql += f" LIMIT {int(limit)}" if limit else ""
        rows = self.db.execute(sql, (kind,) if kind else ()).fetchall()
        return [self._actor(row) for row in rows]

    def find_actor(self, name: str) -> Actor | None:
        """The actor with the id ``name`` (an id is exact: "kilroy-silk" never finds the actor
        that has "Kilroy-Silk" as an alias), else called ``name`` or having it as an alias
        (case-insensitive), else the most mentioned actor with a name containing ``name``."""
        row = self.db.execute("SELECT * FROM actors WHERE id = ?", (name,)).fetchone()
        if row is None:
            row = self.db.execute(
                "SELECT * FROM actors WHERE name = ? COLLATE NOCASE OR id IN "
                "(SELECT actor FROM actor_aliases WHERE alias = ? COLLATE NOCASE) "
                "ORDER BY mention_count DESC LIMIT 1", (name, name)).fetchone()
        if row is None:  # a part of a name: "Qassam Brigades" finds "Al Qassam Brigades"
            pattern = "%" + name.replace("%", "").replace("_", "") + "%"
            row = self.db.execute(
                "SELECT * FROM actors WHERE name LIKE ? OR id IN "
                "(SELECT actor FROM actor_aliases WHERE alias LIKE ?) "
                "ORDER BY mention_count DESC LIMIT 1", (pattern, pattern)).fetchone()
        return self._actor(row) if row else None

    def evidence(self, actor_id: str, limit: int | None = None) -> list[sqlite3.Row]:
        """Sentences mentioning an actor, with document and mention offsets."""
        sql = "SELECT * FROM mention_evidence WHERE actor_id = ? ORDER BY path, start"
        sql += f" LIMIT {int(limit)}" if limit else ""
        return self.db.execute(sql, (actor_id,)).fetchall()

    def find_documents(self, query: str) -> list[sqlite3.Row]:
        """Documents by id or path, else by id prefix or path end, else by words of the title or
        path (case-insensitive): the rows of the first kind of match that finds any, by path."""
        # LIKE wildcards escaped, not dropped: file names hold "_" ("000_8b1c7d26.txt")
        bare = query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        for where, args in (
            ("id = ? OR path = ?", (query, query)),
            ("id LIKE ? ESCAPE '\\' OR path LIKE ? ESCAPE '\\'", (bare + "%", "%" + bare)),
            ("title LIKE ? ESCAPE '\\' OR path LIKE ? ESCAPE '\\'", ("%" + bare + "%", "%" + bare + "%")),
        ):
            rows = self.db.execute("SELECT id, path, title, outlet, published FROM documents "
                                   f"WHERE {where} ORDER BY path", args).fetchall()
            if rows:
                return rows
        return []

    def find_document(self, query: str) -> sqlite3.Row | None:
        """The first of :meth:`find_documents`, or None."""
        found = self.find_documents(query)
        return found[0] if found else None

    def sourcing(self, doc: str) -> dict[str, int] | None:
        """The sourcing profile of a document, as the last build stored it."""
        row = self.db.execute("SELECT * FROM sourcing WHERE doc = ?", (doc,)).fetchone()
        return {key: row[key] for key in PROFILE_KEYS} if row else None

    def claims(self, doc: str) -> list[dict]:
        """The claims of a document in text order, as graph.json records."""
        rows = self.db.execute('SELECT record FROM claims WHERE doc = ? ORDER BY start, "end"', (doc,))
        return [json.loads(row[0]) for row in rows]

    def document_titles(self, ids: list[str]) -> dict[str, str]:
        marks = ",".join("?" * len(ids))
        rows = self.db.execute(f"SELECT id, title FROM documents WHERE id IN ({marks})", ids)
        return {row[0]: row[1] for row in rows}

    def reuse_passages(self, docs: list[str] | None = None) -> list[sqlite3.Row]:
        """Shared passages with both texts (view ``reuse_passages``), optionally only those
        touching ``docs``; in the order of the ``reuse`` array."""
        sql, args = "SELECT * FROM reuse_passages", ()
        if docs is not None:
            marks = ",".join("?" * len(docs))
            sql += f" WHERE a_doc IN ({marks}) OR b_doc IN ({marks})"
            args = (*docs, *docs)
        try:
            return self.db.execute(sql + " ORDER BY passage", args).fetchall()
        except sqlite3.OperationalError:  # a store written before the view existed
            raise NewsgraphError(Errors.NEEDS_REBUILD.format(path=self.out, what="reuse view")) from None

    def reuse_records(self) -> list[dict]:
        return [json.loads(r[0]) for r in self.db.execute("SELECT record FROM reuse ORDER BY rowid")]

    def contradictions(self, kind: str | None = None) -> list[dict]:
        sql = "SELECT record FROM contradictions" + (" WHERE kind = ?" if kind else "") + " ORDER BY rowid"
        return [json.loads(r[0]) for r in self.db.execute(sql, (kind,) if kind else ())]

    def evidence_records(self, ids: list[str]) -> dict[str, dict]:
        """Event and claim records by id, each with the title of its document."""
        marks = ",".join("?" * len(ids))
        found = {}
        for table in ("events", "claims"):
            for row in self.db.execute(
                    f"SELECT {table}.id, {table}.record, documents.title FROM {table} "
                    f"JOIN documents ON documents.id = {table}.doc WHERE {table}.id IN ({marks})", ids):
                found[row[0]] = {**json.loads(row[1]), "document_title": row[2]}
        return found

    def _actor(self, row: sqlite3.Row) -> Actor:
        aliases = [r[0] for r in self.db.execute(
            "SELECT alias FROM actor_aliases WHERE actor = ? ORDER BY alias", (row["id"],))]
        documents = [r[0] for r in self.db.execute(
            "SELECT doc FROM actor_documents WHERE actor = ? ORDER BY doc", (row["id"],))]
        affiliations = [json.loads(r[0]) for r in self.db.execute(
            "SELECT record FROM affiliations WHERE actor = ? ORDER BY rowid", (row["id"],))]
        merges = [{"a": r["a"], "b": r["b"], "rule": r["rule"], "detail": r["detail"],
                   "evidence": {"doc": r["doc"], "start": r["start"], "end": r["end"]}}
                  for r in self.db.execute("SELECT * FROM actor_merges WHERE actor = ? ORDER BY rowid", (row["id"],))]
        kept_apart = [{"actor": r["other"], "name": r["name"], "rule": r["rule"], "reason": r["reason"]}
                      for r in self.db.execute("SELECT * FROM actor_kept_apart WHERE actor = ? ORDER BY rowid", (row["id"],))]
        return Actor(row["id"], row["name"], row["kind"], aliases, row["mention_count"], documents,
                     affiliations=affiliations, merges=merges, kept_apart=kept_apart)

    def events(self, *, actor: str | None = None, event_type: str | None = None, mode: str | None = None,
               limit: int | None = None, min_confidence: float = 0.0) -> list[dict]:
        """Event records in document order, optionally only those of one actor, type or mode,
        and at or above a confidence."""
        where, params = self._event_filter(actor, event_type, mode)
        where.append(CONFIDENCE_SQL + " >= ?")
        params.append(min_confidence)
        sql = "SELECT record FROM events WHERE " + " AND ".join(where)
        sql += ' ORDER BY doc, start, id' + (" LIMIT ?" if limit else "")
        rows = self.db.execute(sql, params + ([limit] if limit else []))
        return [json.loads(row[0]) for row in rows]

    def hidden_events(self, min_confidence: float, *, actor: str | None = None, event_type: str | None = None,
                      mode: str | None = None) -> int:
        """How many events of the same filter a confidence threshold hides."""
        where, params = self._event_filter(actor, event_type, mode)
        where.append(CONFIDENCE_SQL + " < ?")
        params.append(min_confidence)
        return self.db.execute("SELECT COUNT(*) FROM events WHERE " + " AND ".join(where), params).fetchone()[0]

    @staticmethod
    def _event_filter(actor: str | None, event_type: str | None, mode: str | None) -> tuple[list[str], list]:
        where, params = [], []
        if actor:
            where.append("(json_extract(record, '$.source') = ? OR json_extract(record, '$.target') = ?)")
            params += [actor, actor]
        if event_type:
            where.append("json_extract(record, '$.type') IS NULL" if event_type.lower() == "none"
                         else "json_extract(record, '$.type') = ?")
            params += [] if event_type.lower() == "none" else [event_type.upper()]
        if mode:
            where.append("json_extract(record, '$.mode') = ?")
            params.append(mode.lower())
        return where, params

    def actor_names(self, ids: Iterable[str]) -> dict[str, str]:
        ids = list(ids)
        marks = ",".join("?" * len(ids))
        return {row[0]: row[1] for row in self.db.execute(f"SELECT id, name FROM actors WHERE id IN ({marks})", ids)}

    def members(self, actor_id: str) -> list[sqlite3.Row]:
        """Affiliations pointing at an actor: its members and parts."""
        return self.db.execute(
            "SELECT affiliations.actor, actors.name, affiliations.relation, affiliations.role "
            "FROM affiliations JOIN actors ON actors.id = affiliations.actor WHERE other = ? "
            "ORDER BY affiliations.relation, actors.name", (actor_id,)).fetchall()

    def sentence_at(self, doc: str, offset: int) -> sqlite3.Row | None:
        """The sentence of ``doc`` holding character ``offset``, with the document's title."""
        return self.db.execute(
            'SELECT sentences.text, sentences.start, documents.title, documents.path FROM sentences '
            'JOIN documents ON documents.id = sentences.doc '
            'WHERE sentences.doc = ? AND sentences.start <= ? AND sentences."end" >= ? '
            'ORDER BY sentences.start DESC LIMIT 1', (doc, offset, offset)).fetchone()
