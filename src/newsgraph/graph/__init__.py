"""Graph: the corpus-wide result, assembled from per-document results.

Input: :class:`~newsgraph.model.DocumentResult` records and a resolver. Output: a
:class:`Graph` whose ``to_dict()`` is the public ``graph.json`` contract (schema
``newsgraph/1``, see DESIGN.md). Arrays whose stages have not run yet are present and empty.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field, fields
from functools import partial
from pathlib import Path
from typing import Any, Iterable

from newsgraph.attribution.cues import CueLexicon
from newsgraph.attribution.profile import sourcing_profile
from newsgraph.attribution.voices import voice_owner
from newsgraph.coref import CorefLexicon
from newsgraph.coref.bodies import (resolve_described_bodies, resolve_named_bodies, resolve_organ_bodies,
                                    resolve_respoken_bodies, resolve_spoken_bodies, resolve_voiced_bodies)
from newsgraph.coref.firms import resolve_sole_firms
from newsgraph.coref.lists import resolve_named_lists
from newsgraph.coref.members import resolve_members
from newsgraph.coref.offices import learn_offices, resolve_described, resolve_office_voices
from newsgraph.graph.relations import build_pairs, build_relations
from newsgraph.graph.contradictions import find_contradictions
from newsgraph.model import Actor, Claim, DocumentResult, Event, Mention, record_of
from newsgraph.resolve import Resolver
from newsgraph.reuse import ReuseSettings, find_reuse
from newsgraph.plover import Plover
from newsgraph.testing import pause_point
from newsgraph.reuse.independence import mark_reused, source_groups

SCHEMA = "newsgraph/1"
CHECK_SCHEMA_ENV = "NEWSGRAPH_CHECK_SCHEMA"
TEMP_PREFIX = ".graph-"  # graph.json is written to a temporary file of this prefix, then renamed


class GraphSchemaError(ValueError):
    """A graph that does not match ``data/graph.schema.json``: a bug in newsgraph, not the user's."""


@dataclass
class Graph:
    """The evidence graph of a corpus. Every record carries document id and offsets."""

    documents: list[dict[str, Any]] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    mentions: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    times: list[dict[str, Any]] = field(default_factory=list)
    relations: list[dict[str, Any]] = field(default_factory=list)
    pairs: list[dict[str, Any]] = field(default_factory=list)
    reuse: list[dict[str, Any]] = field(default_factory=list)
    contradictions: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def assemble(cls, results: Iterable[DocumentResult], resolver: Resolver, *,
                 reuse_settings: ReuseSettings | None = None) -> "Graph":
        ordered = sorted(results, key=lambda r: (r.document.path, r.document.id))
        all_mentions = [m for r in ordered for m in r.mentions]
        links = [link for r in ordered for link in r.links]
        if getattr(resolver, "reads_texts", False):  # a resolver that reads the words around a name
            # and pools the model's labels of the names each document found to be things
            resolution = resolver(all_mentions, links, texts={r.document.id: r.document.text for r in ordered},
                                  things=[t for r in ordered for t in r.things])
        else:
            resolution = resolver(all_mentions, links)
        mentions = [
            _mention_record(m, actor, resolution.spans.get(i))
            for i, (m, actor) in enumerate(zip(all_mentions, resolution.actor_of_mention))
            if actor  # a name the resolver found to be no actor (a work) has none
        ]
        actor_of = _MentionActors(ordered, resolution.actor_of_mention)
        _resolve_office_speakers(ordered, actor_of, {a.id: a.kind for a in resolution.actors}, resolution.spans)
        events = [event_record(e, actor_of) for r in ordered for e in r.events]
        claims = [claim_record(c, actor_of) for r in ordered for c in r.claims]
        documents = [_document_record(r) for r in ordered]
        # recycled text: shared passages, then which evidence sits in them, so that relations
        # count independent sources rather than copies
        reuse = find_reuse(documents, reuse_settings)
        reuse_marks = mark_reused(events, claims, reuse)
        events_by_id, claims_by_id = {e["id"]: e for e in events}, {c["id"]: c for c in claims}

        def group_sources(members: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
            groups = source_groups([e["id"] for e in members], events_by_id, claims_by_id, reuse_marks)
            return [[events_by_id[i] for i in group] for group in groups]

        quads = Plover.from_data().types
        return cls(
            documents=documents,
            actors=resolution.actors,
            mentions=mentions,
            events=events,
            claims=claims,
            times=[t for r in ordered for t in r.times],
            relations=build_relations(events, quads, group_sources),
            pairs=build_pairs(events, quads),
            reuse=reuse,
            contradictions=find_contradictions(events, claims, mentions=mentions, documents=documents,
                                               actors=resolution.actors,
                                               sentences={r.document.id: [(s.start, s.end) for s in r.sentences]
                                                          for r in ordered}),
        )

    def to_dict(self) -> dict[str, Any]:
        """The graph.json contract. Records are shared with the graph, not copied."""
        data: dict[str, Any] = {"schema": SCHEMA}
        for f in fields(self):
            data[f.name] = getattr(self, f.name)
        data["actors"] = [record_of(a) for a in self.actors]
        return data

    def to_json(self, indent: int | None = 1) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def write_json(self, path: Path) -> None:
        """Write atomically: a reader never sees half a file, a crash leaves the old one.
        One record per line: as easy to read and grep as an indented file, and written by
        json's C encoder (an indented dump runs the pure-Python one, several times slower).

        With the environment variable ``NEWSGRAPH_CHECK_SCHEMA`` set (the test suite sets it,
        so every graph any test writes is checked, in subprocesses too), a graph that breaks
        ``data/graph.schema.json`` raises :class:`GraphSchemaError` instead of being written.
        """
        if os.environ.get(CHECK_SCHEMA_ENV):
            self.check_schema()
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=TEMP_PREFIX, suffix=".json")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                _write_lines(self.to_dict(), stream)
                stream.flush()
                # on disk before the rename: after a power cut the name never points at a hole
                os.fsync(stream.fileno())
            # mkstemp makes the file owner-only; graph.json is shared as graph.db is
            os.chmod(temporary, _readable_mode())
            pause_point("graph.json")
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def check_schema(self) -> None:
        """Raise :class:`GraphSchemaError` if ``to_dict()`` breaks the published JSON Schema."""
        from newsgraph.graph.schema import schema_errors

        # through JSON, as a reader sees it: tuples become arrays
        problems = schema_errors(json.loads(self.to_json(indent=None)))
        if problems:
            raise GraphSchemaError("graph.json breaks its schema: " + "; ".join(problems))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Graph":
        fields = {k: v for k, v in data.items() if k != "schema" and k in cls.__dataclass_fields__}
        known = set(Actor.__dataclass_fields__)
        fields["actors"] = [Actor(**{k: v for k, v in a.items() if k in known}) for a in data.get("actors", [])]
        return cls(**fields)

    @classmethod
    def load(cls, path: str | Path) -> "Graph":
        """A graph from ``graph.json`` or from a build folder holding one."""
        path = Path(path)
        if path.is_dir():
            path = path / "graph.json"
        return cls.from_dict(json.loads(path.read_text(encoding="utf-8")))

    def actor(self, actor_id: str) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)


def _write_lines(data: dict[str, Any], stream) -> None:
    """``data`` as JSON with each top-level key on its own line and each array item on its own."""
    def dump(value) -> str:
        return json.dumps(value, ensure_ascii=False)

    stream.write("{")
    for number, (key, value) in enumerate(data.items()):
        stream.write(("\n " if number == 0 else ",\n ") + dump(key) + ": ")
        if isinstance(value, list) and value:
            stream.write("[\n  " + ",\n  ".join(dump(item) for item in value) + "\n ]")
        else:
            stream.write(dump(value))
    stream.write("\n}\n")


def _document_record(result: DocumentResult) -> dict[str, Any]:
    d = result.document
    return {"id": d.id, "path": d.path, "title": d.title, "outlet": d.outlet,
            "published": d.published, "sha256": d.sha256, "url": d.url, "text": d.text,
            "sourcing": sourcing_profile(result.claims)}


def _mention_record(m: Mention, actor: str, span: tuple[int, int, str] | None) -> dict[str, Any]:
    """A mention as the contract writes it; a name the resolver found cut out of a longer name
    its actor bears is written with that name's span (round 42)."""
    start, end, text = span if span else (m.start, m.end, m.text)
    return {"actor": actor, "doc": m.doc, "start": start, "end": end, "text": text,
            "label": m.label, "sentence": m.sentence}


class _MentionActors:
    """Maps (document, index of a mention in that document) to the mention's actor id."""

    def __init__(self, ordered: list[DocumentResult], actor_of_mention: list[str]):
        self.first: dict[str, int] = {}
        position = 0
        for result in ordered:
            self.first[result.document.id] = position
            position += len(result.mentions)
        self.actor_of_mention = actor_of_mention

    def of_document(self, result: DocumentResult) -> list[str]:
        """The actor id of each mention of ``result`` ("" for a name that is no actor)."""
        first = self.first[result.document.id]
        return self.actor_of_mention[first:first + len(result.mentions)]

    def spans_of(self, result: DocumentResult, spans: dict[int, tuple[int, int, str]]) -> dict[int, tuple[int, int, str]]:
        """The resolver's whole spans of ``result``'s mentions, by the mention's index in it."""
        first = self.first[result.document.id]
        return {index - first: span for index, span in spans.items() if first <= index < first + len(result.mentions)}

    def __call__(self, doc: str, mention: int | None) -> str | None:
        if mention is None:
            return None
        return self.actor_of_mention[self.first[doc] + mention] or None


def _resolve_office_speakers(ordered: list[DocumentResult], actor_of: _MentionActors,
                             kinds: dict[str, str] | None = None,
                             spans: dict[int, tuple[int, int, str]] | None = None) -> None:
    """ "The home secretary said" in a story that never ties the title to a name: the person
    of the story whom the rest of the corpus names with that title (``coref.offices``); round
    48: "the Swedish firm said", the story's one firm by the corpus's kinds (``coref.firms``);
    round 54: "X and Y said" with a name the model cut, by the resolver's whole spans
    (``spans``: corpus mention index -> start, end, text; ``coref.lists``); round 56: "the
    station said" right after the station spoke by name (``coref.bodies``); round 58: "the
    committee said" of the one body named with "Committee" (``coref.bodies``); round 60: "A
    spokesman said" after one body spoke in the sentence before (``coref.bodies``); round 61: "the site"
    of the one body the sentence before names (``coref.bodies``); round 62: "the bank" given a bank
    named further back, right after another bank spoke (``coref.bodies``)."""
    lexicon = CorefLexicon.from_data()
    table = learn_offices(((r.document.text, r.mentions, actor_of.of_document(r)) for r in ordered), lexicon)
    cues = CueLexicon.from_data()
    owner_of = partial(_office_of_voice, cues=cues)
    for result in ordered:
        if result.claims:
            resolve_described(result.document.text, result.claims, result.mentions, actor_of.of_document(result), table, lexicon)
            # round 47: "the prime minister's spokesman": the office holder's voice (attribution.voices)
            resolve_office_voices(result.document.text, result.claims, result.mentions, actor_of.of_document(result),
                                  table, lexicon, owner_of)
            # round 40: "the MPs said" of the committee speaking just before (coref.members)
            resolve_members(result.document.text, result.claims, result.mentions, actor_of.of_document(result), lexicon)
            if kinds:
                resolve_sole_firms(result.document.text, result.claims, result.mentions, actor_of.of_document(result),
                                   kinds, lexicon)
                # round 54: "Kessel Re and Vaal Re said", the model tagging "Vaal" only: both names speak
                resolve_named_lists(result.document.text, result.claims, result.mentions, actor_of.of_document(result),
                                    actor_of.spans_of(result, spans or {}), kinds, cues.research_nouns)
                # round 56: "Kessel Radio said ... The station said": the body that spoke right before
                resolve_spoken_bodies(result.document.text, result.claims, result.mentions, actor_of.of_document(result),
                                      kinds, lexicon, cues.body_description_nouns, cues.body_name_words)
                # round 62: "X said ... the bank said" given a bank named further back: X
                resolve_respoken_bodies(result.document.text, result.claims, result.mentions,
                                        actor_of.of_document(result), kinds, lexicon, cues.body_description_nouns,
                                        cues.body_name_words)
                # round 58: "the festival" / "an executive spokesman": the one body named with that noun
                resolve_described_bodies(result.document.text, result.claims, result.mentions,
                                         actor_of.of_document(result), kinds, lexicon, cues.body_speaker_nouns)
                # round 60: "Kessel denied it. A spokesman said": the one body that spoke just before
                resolve_voiced_bodies(result.document.text, result.claims, result.mentions,
                                      actor_of.of_document(result), kinds, lexicon, cues.body_voice_nouns)
                # round 61: "Fan website Kessel Watch hopes ... according to the site": the one body named before
                resolve_named_bodies(result.document.text, result.claims, result.mentions, actor_of.of_document(result),
                                     kinds, lexicon, cues.body_description_nouns, cues.body_name_words)
                # round 69: "the board said": the body whose board it is
                resolve_organ_bodies(result.document.text, result.claims, result.mentions, actor_of.of_document(result),
                                     kinds, lexicon)


def _office_of_voice(words: str, cues: CueLexicon) -> str | None:
    """The owner's words of a person's spokesman phrase that names no one ("the prime minister's
    spokesman": "prime minister"; "his" is no office), else None."""
    found = voice_owner(words, cues)
    if found is None or found[0] == "pronoun":
        return None
    owner = words[found[1]:found[2]]
    return owner[4:] if owner.lower().startswith("the ") else owner


def event_record(event: Event, actor_of: _MentionActors) -> dict[str, Any]:
    """The graph.json form of an event: mention indexes become actor ids."""
    record = record_of(event)
    record["source"] = actor_of(event.doc, event.source)
    record["target"] = actor_of(event.doc, event.target)
    return record


def claim_record(claim: Claim, actor_of: _MentionActors) -> dict[str, Any]:
    """The graph.json form of a claim: mention indexes become actor ids."""
    record = record_of(claim)
    record["speaker"] = actor_of(claim.doc, claim.speaker)
    record["speaker_affiliation"] = actor_of(claim.doc, claim.speaker_affiliation)
    if claim.speakers:  # actors in text order, each once
        actors = [actor_of(claim.doc, index) for index in claim.speakers]
        record["speakers"] = [a for i, a in enumerate(actors) if a and a not in actors[:i]] or None
    return record


def _readable_mode() -> int:
    """The mode a newly created file gets under the process's umask (0o644 under the usual 022)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask
