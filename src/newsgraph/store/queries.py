"""Queries over a built store: what the ``relations``, ``actor``, ``claims``, ``timeline`` and
``search`` commands ask, as plain functions a script can call.

Input: an open :class:`~newsgraph.store.Store`. Output: graph.json records (dicts) enriched
with the names and titles a reader needs, grouped in small dataclasses; ``asdict`` of each is
what ``--json`` prints. Nothing here prints.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable

from rapidfuzz import fuzz, process, utils

from newsgraph.errors import Errors, NewsgraphError
from newsgraph.model import Actor, content_spans, record_confidence
from newsgraph.names import name_key
from newsgraph.plover import Plover
from newsgraph.reuse.independence import ReuseMarks, distinct_evidence, independent_sources
from newsgraph.store import Store
from newsgraph.times import timeline_key

SUGGESTIONS = 3
AMBIGUOUS_SHOWN = 8  # candidates listed when a name fits several actors
SPELLING_CUTOFF = 85  # rapidfuzz partial ratio of two words taken for spellings of one name
WORD_STAGE = 2  # index of the whole-word test in lookup_actors
SPELLING_MIN_LETTERS = 5  # shorter words ("abu", "al") must match exactly
SUGGESTION_CUTOFF = 70  # rapidfuzz ratio (0-100) a name must reach to be offered
STANCES = ("assert", "deny", "decline_comment")

Record = dict[str, Any]


# --- actors ------------------------------------------------------------------------------------


def suggest_actors(store: Store, name: str, limit: int = SUGGESTIONS) -> list[str]:
    """Names of the actors whose name or alias is spelled most like ``name``, best first."""
    rows = store.db.execute("SELECT id, name FROM actors UNION ALL "
                            "SELECT actor, alias FROM actor_aliases").fetchall()
    found = process.extract(name, [r[1] for r in rows], scorer=fuzz.ratio, processor=utils.default_process,
                            score_cutoff=SUGGESTION_CUTOFF, limit=limit * 4)
    names = store.actor_names(rows[index][0] for _, _, index in found)
    ordered = [names[rows[index][0]] for _, _, index in found if rows[index][0] in names]
    return list(dict.fromkeys(ordered))[:limit]


def require_actor(store: Store, name: str) -> Actor:
    """The actor ``name`` finds (see :func:`lookup_actors`); an error listing the candidates
    when several actors fit equally, or naming the closest spellings when none does."""
    found = lookup_actors(store, name)
    if len(found) == 1:
        return found[0]
    if found:
        listed = "; ".join(f"{a.name!r} ({a.kind}, {_documents_text(len(a.documents))}, id {a.id})"
                           for a in found[:AMBIGUOUS_SHOWN])
        more = f"; and {len(found) - AMBIGUOUS_SHOWN} more" if len(found) > AMBIGUOUS_SHOWN else ""
        raise NewsgraphError(Errors.ACTOR_AMBIGUOUS.format(name=name, count=len(found), candidates=listed + more))
    suggestions = suggest_actors(store, name)
    if suggestions:
        raise NewsgraphError(Errors.ACTOR_NOT_FOUND_LIKE.format(
            name=name, out=store.out, suggestions=" or ".join(repr(s) for s in suggestions)))
    raise NewsgraphError(Errors.ACTOR_NOT_FOUND.format(name=name, out=store.out))


def lookup_actors(store: Store, name: str) -> list[Actor]:
    """The actors ``name`` stands for, most mentioned first. Names and aliases are compared
    folded the way mentions are keyed (:func:`~newsgraph.names.name_key`: case, curly and
    straight quotes, dashes, accents), so "Mani'i" finds "Al-Mani’i". First an id, a whole
    name or alias (see :func:`_whole_name_matches`); else names holding the query as whole words ("Muhajir"), or words
    spelled like them ("Almuhajer"); else as a part of a word. Several actors come back only when the first kind of match that finds any finds
    several: the caller must then ask which."""
    exact = store.db.execute("SELECT id FROM actors WHERE id = ?", (name,)).fetchone()
    if exact:
        return [store.find_actor(exact[0])]
    key = name_key(name)
    if not key:
        return []
    rows = store.db.execute("SELECT id, name, 1 FROM actors UNION ALL "
                            "SELECT actor, alias, 0 FROM actor_aliases").fetchall()
    keyed = [(row[0], name_key(row[1]), row[2]) for row in rows]
    whole = _whole_name_matches(store, keyed, key)
    if whole:
        return whole
    tests = (lambda k, _: f" {key} " in f" {k} ", lambda k, _: key in k)
    for stage, fits in enumerate(tests, start=WORD_STAGE):
        ids = list(dict.fromkeys(actor for actor, k, is_name in keyed if fits(k, is_name)))
        if ids and stage == WORD_STAGE:  # look-alike spellings join the candidates, never pick alone
            ids += [actor for actor, k, _ in keyed if actor not in ids and _spelled_like(key, k)]
            ids = list(dict.fromkeys(ids))
        if ids:
            actors = [store.find_actor(i) for i in ids]
            return sorted((a for a in actors if a), key=lambda a: (-a.mention_count, a.name))
    return []


def _whole_name_matches(store: Store, keyed: list[tuple[str, str, int]], key: str) -> list[Actor]:
    """Actors whose name or an alias is the query. An actor named so is taken alone unless an
    actor that merely has it as an alias is mentioned more: a bare "Brown" of one story must not
    hide "Gordon Brown", who is called Brown in hundreds; then all are listed to choose from."""
    named = list(dict.fromkeys(actor for actor, k, is_name in keyed if is_name and k == key))
    aliased = [actor for actor in dict.fromkeys(actor for actor, k, _ in keyed if k == key) if actor not in named]
    by_mentions = lambda ids: sorted((a for a in map(store.find_actor, ids) if a), key=lambda a: (-a.mention_count, a.name))
    named_actors, aliased_actors = by_mentions(named), by_mentions(aliased)
    if named_actors and (not aliased_actors or named_actors[0].mention_count >= aliased_actors[0].mention_count):
        return named_actors
    return sorted(named_actors + aliased_actors, key=lambda a: (-a.mention_count, a.name))


def _spelled_like(query_key: str, key: str) -> bool:
    """Every word of the query is a word of ``key`` spelled a little differently, as
    transliterations are ("muhajir" / "almuhajer"): such a name is a candidate to list beside
    the exact ones, never picked silently. Short words must match exactly."""
    words = key.split()
    return all(any(q == w or (len(q) >= SPELLING_MIN_LETTERS and len(w) <= len(q) + 3
                              and fuzz.partial_ratio(q, w) >= SPELLING_CUTOFF) for w in words)
               for q in query_key.split())


def _documents_text(count: int) -> str:
    return f"{count} document" + ("" if count == 1 else "s")


@dataclass
class Partner:
    """What one actor did with another: event counts each way, by quad class and by type, in
    how many documents and independent sources, and the balance of cooperation and conflict
    (from ``pairs``: -1 only conflict, 1 only cooperation, None when nothing counts). The
    counts take a sentence copied into near-identical articles once (``copies``: the rest)."""

    id: str
    name: str
    events: int
    outgoing: int
    incoming: int
    quads: dict[str, int]
    types: dict[str, int]
    documents: int
    independent_sources: int
    balance: float | None = None
    balance_events: int = 0  # the cooperation and conflict events the balance rests on
    copies: int = 0  # events left out of the counts: copies of one sentence in near-identical articles


def partners(store: Store, actor_id: str, limit: int | None = None) -> list[Partner]:
    """The actors ``actor_id`` has events with, most events first."""
    events = _events_where("json_extract(record, '$.source') = ? OR json_extract(record, '$.target') = ?",
                           (actor_id, actor_id), store)
    by_partner: dict[str, list[Record]] = defaultdict(list)
    for event in events:
        other = event["target"] if event["source"] == actor_id else event["source"]
        if other and other != actor_id:
            by_partner[other].append(event)
    names = store.actor_names(by_partner)
    balances = _balances(store, actor_id)
    quads = Plover.from_data().types
    claims = _claims_of_documents(store, {e["doc"] for e in events})
    found = [_partner(other, members, actor_id, names, quads, claims, *balances.get(other, (None, 0)))
             for other, members in by_partner.items()]
    found.sort(key=lambda p: (-p.events, -p.independent_sources, p.name))
    return found[:limit] if limit else found


def _partner(other: str, events: list[Record], actor_id: str, names: dict[str, str], quads: dict[str, str],
             claims: dict[str, Record], balance: float | None, balance_events: int) -> Partner:
    distinct = [group[0] for group in distinct_evidence(events)]  # a copied sentence once
    outgoing = sum(1 for e in distinct if e["source"] == actor_id)
    return Partner(
        id=other, name=names.get(other, other), events=len(distinct), outgoing=outgoing,
        incoming=len(distinct) - outgoing,
        quads=dict(Counter(quads.get(e["type"] or "") or "untyped" for e in distinct).most_common()),
        types=dict(Counter(e["type"] or "untyped" for e in distinct).most_common()),
        documents=len({e["doc"] for e in distinct}),
        independent_sources=count_independent(events, claims), balance=balance, balance_events=balance_events,
        copies=len(events) - len(distinct))


def _balances(store: Store, actor_id: str) -> dict[str, tuple[float | None, int]]:
    """Partner -> (balance, the cooperation and conflict events it rests on)."""
    rows = store.db.execute("SELECT a, b, balance, record FROM actor_pairs WHERE a = ? OR b = ?",
                            (actor_id, actor_id))
    found = {}
    for row in rows:
        record = json.loads(row["record"])
        counted = (record.get("cooperation") or 0) + (record.get("conflict") or 0)
        found[row["b"] if row["a"] == actor_id else row["a"]] = (row["balance"], counted)
    return found


# --- option values ------------------------------------------------------------------------------

CONTRADICTION_KINDS = ("denial", "cooperation_vs_conflict", "declined_comment", "one_sided_denial")


def choose(what: str, value: str | None, known: Iterable[str]) -> str | None:
    """``value`` spelled as the one of ``known`` it names (case-insensitive); None stays None.
    An unknown value is an error listing the known ones, never an empty answer."""
    if value is None:
        return None
    known = list(known)
    for option in known:
        if option.casefold() == value.casefold():
            return option
    raise NewsgraphError(Errors.UNKNOWN_CHOICE.format(what=what, value=value, known=", ".join(known)))


def schema_values(definition: str, key: str) -> list[str]:
    """The values graph.json allows for ``definition.key`` (actor kinds, event modes), as the
    packaged schema lists them: one list for the checks and the help."""
    from newsgraph.graph.schema import graph_schema

    allowed = graph_schema()["$defs"][definition]["properties"][key]["enum"]
    return [value for value in allowed if value is not None]


def event_types() -> list[str]:
    """The PLOVER types, and "none" for the events of unknown type."""
    return [*Plover.from_data().types, "none"]


# --- relations between two actors ---------------------------------------------------------------


@dataclass
class Between:
    """Every event and claim between two actors, both directions, with their sources.

    ``events``: event records with ``document_title``, ``published``, ``told_by`` (the claim
    carrying the event: speaker, anonymous, stance, cue, outlet) and ``recycled`` (the event's
    sentence lies in a passage another document prints too). ``claims``: claims one actor
    makes (as speaker, or as the body an anonymous speaker belongs to) that name the other or
    carry an event between them, with ``about``. ``documents``: distinct documents of all of
    it; ``independent_sources``: distinct origins once recycled text and repeated named
    speakers are counted once."""

    a: dict[str, str]
    b: dict[str, str]
    relations: list[Record] = field(default_factory=list)
    events: list[Record] = field(default_factory=list)
    claims: list[Record] = field(default_factory=list)
    documents: int = 0
    independent_sources: int = 0
    hidden: int = 0  # events below the confidence threshold, left out
    copies: int = 0  # events that copy another's sentence in a near-identical article
    hidden_claims: int = 0  # claims below it (positions, requests, questions), left out


def relations_between(store: Store, a: Actor, b: Actor, min_confidence: float = 0.0) -> Between:
    every = _events_where(
        "(json_extract(record, '$.source') = ? AND json_extract(record, '$.target') = ?) OR "
        "(json_extract(record, '$.source') = ? AND json_extract(record, '$.target') = ?)",
        (a.id, b.id, b.id, a.id), store)
    shown_relations = [r for r in _relations(store, a.id, b.id) if record_confidence(r) >= min_confidence]
    # a relation shown is shown with its evidence, though each event alone may fall below the
    # threshold (a relation's confidence grows with its independent events)
    evidence = {event_id for r in shown_relations for event_id in r["events"]}
    events = [e for e in every if record_confidence(e) >= min_confidence or e["id"] in evidence]
    claims_by_id = _claims_of_documents(store, {e["doc"] for e in events} | _claim_documents(store, a.id, b.id))
    claims = _claims_between(store, a, b, claims_by_id, {e["claim"] for e in events if e.get("claim")})
    shown_claims = [c for c in claims if record_confidence(c) >= min_confidence]  # positions, requests hide
    titles = _documents(store, {r["doc"] for r in [*events, *claims]})
    between = Between(a={"id": a.id, "name": a.name}, b={"id": b.id, "name": b.name})
    between.relations = shown_relations
    between.hidden = len(every) - len(events)
    between.hidden_claims = len(claims) - len(shown_claims)
    claims = shown_claims
    speakers = store.actor_names({c["speaker"] for c in claims_by_id.values() if c.get("speaker")})
    between.events = [_event_evidence(e, claims_by_id, titles, speakers) for e in events]
    between.claims = [_claim_evidence(c, titles) for c in claims]
    between.documents = len(titles)
    between.independent_sources = count_independent([*events, *claims], claims_by_id)
    between.copies = len(events) - len(distinct_evidence(events))
    return between


def _relations(store: Store, a: str, b: str) -> list[Record]:
    rows = store.db.execute("SELECT record FROM relations WHERE (source = ? AND target = ?) OR "
                            "(source = ? AND target = ?) ORDER BY rowid", (a, b, b, a))
    return [json.loads(row[0]) for row in rows]


def _claim_documents(store: Store, a: str, b: str) -> set[str]:
    """Documents where both actors are mentioned: the only ones that can hold a claim between them."""
    rows = store.db.execute("SELECT doc FROM actor_documents WHERE actor = ? INTERSECT "
                            "SELECT doc FROM actor_documents WHERE actor = ?", (a, b))
    return {row[0] for row in rows}


def _claims_between(store: Store, a: Actor, b: Actor, claims_by_id: dict[str, Record],
                    carrying: set[str]) -> list[Record]:
    found = []
    for claim in claims_by_id.values():
        about = _claim_about(store, claim, a.id, b.id, claim["id"] in carrying)
        if about:
            found.append({**claim, "about": about})
    found.sort(key=lambda c: (c["doc"], c["start"], c["id"]))
    return found


def _claim_about(store: Store, claim: Record, a: str, b: str, carries_event: bool) -> str | None:
    """The other actor when one of ``a``/``b`` says the claim and it names or concerns the other."""
    speakers = {claim.get("speaker"), claim.get("speaker_affiliation")}
    for speaker, other in ((a, b), (b, a)):
        if speaker in speakers and (carries_event or _mentions(store, claim, other)):
            return other
    return None


def _mentions(store: Store, claim: Record, actor: str) -> bool:
    return any(store.db.execute(  # a content in pieces: in any piece, not the cue between them
        'SELECT 1 FROM mentions WHERE doc = ? AND actor = ? AND start >= ? AND "end" <= ? LIMIT 1',
        (claim["doc"], actor, start, end)).fetchone() is not None
        for start, end in content_spans(claim["start"], claim["end"], claim.get("pieces")))


def _event_evidence(event: Record, claims_by_id: dict[str, Record], titles: dict[str, Record],
                    speakers: dict[str, str]) -> Record:
    claim = claims_by_id.get(event.get("claim") or "")
    told_by = None if claim is None else {k: claim.get(k) for k in (
        "id", "speaker", "speaker_text", "anonymous", "stance", "cue", "outlet")}
    if told_by is not None:
        told_by["speaker_name"] = speakers.get(claim.get("speaker") or "")
    return {**event, **_document_keys(event, titles), "told_by": told_by,
            "recycled": event.get("reused") is not None}


def _claim_evidence(claim: Record, titles: dict[str, Record]) -> Record:
    return {**claim, **_document_keys(claim, titles), "recycled": claim.get("reused") is not None}


def _document_keys(record: Record, documents: dict[str, Record]) -> Record:
    document = documents.get(record["doc"], {})
    return {"document_title": document.get("title"), "published": document.get("published")}


def count_independent(records: Iterable[Record], claims_by_id: dict[str, Record]) -> int:
    """Distinct origins of some events and claims (see
    :func:`newsgraph.reuse.independence.independent_sources`), from the reuse marks the build
    stored on each record."""
    records = list(records)
    events_by_id = {r["id"]: r for r in records if r["id"] not in claims_by_id}
    marks = ReuseMarks()
    for record in [*records, *claims_by_id.values()]:
        if record.get("reuse_group") is not None:
            marks.group[record["id"]] = record["reuse_group"]
            marks.passage[record["id"]] = record["reused"]
    return independent_sources([r["id"] for r in records], events_by_id, claims_by_id, marks)


# --- claims -------------------------------------------------------------------------------------


_CLAIM_CONFIDENCE = "COALESCE(json_extract(claims.record, '$.confidence'), 1.0)"


def find_claims(store: Store, *, speaker: str | None = None, stance: str | None = None,
                about: Actor | None = None, anonymous: bool | None = None,
                limit: int | None = None, min_confidence: float = 0.0) -> list[Record]:
    """Claims in document order, each with ``document_title``, ``published``, ``speaker_name``
    and ``recycled``. ``speaker``: an actor's name, alias or id (its own claims and those of
    speakers said to belong to it) or words of the speaker as written ("sources in"). ``about``:
    claims whose content names the actor or carries an event it takes part in. Claims below
    ``min_confidence`` (positions, requests, questions) are left out."""
    where, args = _claim_filters(store, speaker, stance, about, anonymous)
    where.append(_CLAIM_CONFIDENCE + " >= ?")
    args.append(min_confidence)
    sql = ("SELECT claims.record FROM claims JOIN documents ON documents.id = claims.doc"
           + (" WHERE " + " AND ".join(where) if where else "")
           + ' ORDER BY documents.path, claims.start, claims.id' + (" LIMIT ?" if limit else ""))
    claims = [json.loads(row[0]) for row in store.db.execute(sql, [*args, *([limit] if limit else [])])]
    titles = _documents(store, {c["doc"] for c in claims})
    names = store.actor_names({c["speaker"] for c in claims if c.get("speaker")})
    return [{**_claim_evidence(c, titles), "speaker_name": names.get(c.get("speaker"))} for c in claims]


def hidden_claims(store: Store, min_confidence: float, *, speaker: str | None = None, stance: str | None = None,
                  about: Actor | None = None, anonymous: bool | None = None) -> int:
    """How many claims of the same filters a confidence threshold hides."""
    where, args = _claim_filters(store, speaker, stance, about, anonymous)
    where.append(_CLAIM_CONFIDENCE + " < ?")
    args.append(min_confidence)
    return store.db.execute("SELECT COUNT(*) FROM claims WHERE " + " AND ".join(where), args).fetchone()[0]


def _claim_filters(store: Store, speaker: str | None, stance: str | None, about: Actor | None,
                   anonymous: bool | None) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    args: list[Any] = []
    if stance:
        if stance not in STANCES:
            raise NewsgraphError(Errors.UNKNOWN_STANCE.format(stance=stance, known=", ".join(STANCES)))
        where.append("json_extract(claims.record, '$.stance') = ?")
        args.append(stance)
    if anonymous is not None:
        where.append("json_extract(claims.record, '$.anonymous') = ?")
        args.append(1 if anonymous else 0)
    if speaker:
        actor = store.find_actor(speaker)
        pattern = "%" + speaker.replace("%", "").replace("_", "") + "%"
        where.append("(json_extract(claims.record, '$.speaker_text') LIKE ? OR json_extract(claims.record, "
                     "'$.speaker') = ? OR json_extract(claims.record, '$.speaker_affiliation') = ?)")
        args += [pattern, actor.id if actor else None, actor.id if actor else None]
    if about:
        where.append(
            "(claims.id IN (SELECT claims.id FROM claims JOIN mentions ON mentions.doc = claims.doc AND "
            'mentions.start >= claims.start AND mentions."end" <= claims."end" WHERE mentions.actor = ?) OR '
            "claims.id IN (SELECT json_extract(record, '$.claim') FROM events WHERE "
            "json_extract(record, '$.source') = ? OR json_extract(record, '$.target') = ?))")
        args += [about.id, about.id, about.id]
    return where, args


# --- timeline -----------------------------------------------------------------------------------


@dataclass
class Timeline:
    """Events on a timeline: ``dated`` by their normalized time (a coarser period before the
    finer ones it holds), ``undated`` apart, by document publication date and position."""

    actor: dict[str, str] | None
    dated: list[Record] = field(default_factory=list)
    undated: list[Record] = field(default_factory=list)
    hidden: int = 0  # events below the confidence threshold, left out


def timeline(store: Store, actor: Actor | None = None, min_confidence: float = 0.0) -> Timeline:
    every = (_events_where("json_extract(record, '$.source') = ? OR json_extract(record, '$.target') = ?",
                           (actor.id, actor.id), store) if actor else _events_where("1", (), store))
    events = [e for e in every if record_confidence(e) >= min_confidence]
    documents = _documents(store, {e["doc"] for e in events})
    names = store.actor_names({e[k] for e in events for k in ("source", "target") if e.get(k)})
    enriched = [{**e, **_document_keys(e, documents), "source_name": names.get(e.get("source")),
                 "target_name": names.get(e.get("target")), "recycled": e.get("reused") is not None}
                for e in events]
    result = Timeline(actor={"id": actor.id, "name": actor.name} if actor else None, hidden=len(every) - len(events))
    for event in enriched:
        (result.dated if timeline_key(event.get("time"))[0] == 0 else result.undated).append(event)
    result.dated.sort(key=lambda e: (timeline_key(e["time"]), e["published"] or "", e["doc"], e["start"]))
    result.undated.sort(key=lambda e: (e["published"] or "9999", e["doc"], e["start"]))
    return result


# --- search -------------------------------------------------------------------------------------


# a NEAR group, a phrase (closed or not), a parenthesis, a word
FTS_PIECE = re.compile(r'NEAR\([^)]*\)?|"[^"]*"?|[()]|[^\s()"]+')
FTS_BAREWORD = re.compile(r"\w+\*?")
FTS_OPERATORS = {"AND", "OR", "NOT"}


def fts_query(query: str) -> str:
    """``query`` with each word FTS5 would misread put in double quotes: a hyphenated name
    ("Kilroy-Silk", "al-Tahiri") is a phrase to a reader, but a column filter to FTS5. Phrases,
    operators, parentheses, NEAR groups and prefix stars pass as written."""
    pieces = []
    for piece in FTS_PIECE.findall(query):
        if piece.startswith('"') or piece in "()" or piece in FTS_OPERATORS or piece.startswith("NEAR") \
                or FTS_BAREWORD.fullmatch(piece):
            pieces.append(piece)
        else:
            star = "*" if piece.endswith("*") else ""
            pieces.append('"' + piece.removesuffix("*").replace('"', "") + '"' + star)
    return " ".join(pieces)


def search_sentences(store: Store, query: str, limit: int = 20) -> list[Record]:
    """Sentences matching an FTS5 query (see :func:`fts_query`), best first, with document id,
    title and offsets."""
    try:
        rows = store.db.execute(
            'SELECT sentences.doc, documents.title, documents.path, sentences.start, sentences."end", sentences.text '
            "FROM sentences_fts JOIN sentences ON sentences.rowid = sentences_fts.rowid "
            "JOIN documents ON documents.id = sentences.doc WHERE sentences_fts MATCH ? "
            "ORDER BY rank LIMIT ?", (fts_query(query), limit)).fetchall()
    except sqlite3.OperationalError as error:
        reason = str(error).removeprefix("fts5: ")
        raise NewsgraphError(Errors.BAD_SEARCH.format(query=query, reason=reason)) from None
    return [dict(row) for row in rows]


def publication_dates(store: Store) -> dict[str, str | None]:
    """Document id -> its publication date (None when the build had none)."""
    return {row[0]: row[1] for row in store.db.execute("SELECT id, published FROM documents")}


# --- shared ---------------------------------------------------------------------------------------


def _events_where(condition: str, args: tuple, store: Store) -> list[Record]:
    rows = store.db.execute(f"SELECT record FROM events WHERE {condition} ORDER BY doc, start, id", args)
    return [json.loads(row[0]) for row in rows]


def _claims_of_documents(store: Store, docs: set[str]) -> dict[str, Record]:
    found: dict[str, Record] = {}
    for doc in sorted(docs):
        for row in store.db.execute('SELECT record FROM claims WHERE doc = ? ORDER BY start, "end"', (doc,)):
            record = json.loads(row[0])
            found[record["id"]] = record
    return found


def _documents(store: Store, ids: set[str]) -> dict[str, Record]:
    found: dict[str, Record] = {}
    for doc in sorted(ids):
        row = store.db.execute("SELECT id, title, published, path FROM documents WHERE id = ?", (doc,)).fetchone()
        if row:
            found[doc] = dict(row)
    return found
