"""Writing a briefing: the sections, each sentence from a template over the store's records.

Input: a :class:`~newsgraph.brief.reader.Reader`, the actor (and optionally a second one),
:class:`BriefSettings` and :class:`~newsgraph.brief.templates.Templates`. Output: a
:class:`~newsgraph.brief.model.Briefing` whose every statement cites the corpus sentences it
rests on. Events are written as reported, in their mode; recycled passages count once.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from typing import Any, Iterable, Sequence

from newsgraph.brief.model import Briefing, Fact, Section, Statement
from newsgraph.brief.reader import Citations, Reader, Record
from newsgraph.brief.templates import Templates, join_names, plover_from_data
from newsgraph.graph.relations import FACTUAL_MODES
from newsgraph.model import Actor, claim_as_written, content_spans, is_voice, record_confidence, voice_label
from newsgraph.plover import Plover
from newsgraph.store.queries import count_independent
from newsgraph.times import timeline_key

try:  # the events work adds a shared default threshold; until then the same value here
    from newsgraph.model import DEFAULT_MIN_CONFIDENCE
except ImportError:  # pragma: no cover - depends on which branches are merged
    DEFAULT_MIN_CONFIDENCE = 0.5


@dataclass(frozen=True)
class BriefSettings:
    """How much a briefing shows."""

    min_confidence: float = DEFAULT_MIN_CONFIDENCE
    citations_per_statement: int = 4
    objects_per_group: int = 3
    groups_per_section: int = 12
    speakers: int = 6
    quotes: int = 12
    disputes: int = 10
    shared_sentences: int = 10
    timeline: int = 30
    undated: int = 15
    aliases: int = 8
    affiliations: int = 8
    name_chars: int = 90  # a speaker or object written longer than this is left out
    # sentences back a pair's denial may look for the other's name: the report it answers is
    # often a quote of several sentences just before it
    answer_window: int = 5


class Composer:
    """Writes the sections of one briefing; ``__call__`` only orchestrates."""

    def __init__(self, reader: Reader, templates: Templates, settings: BriefSettings,
                 plover: Plover | None = None):
        self.reader = reader
        self.t = templates
        self.settings = settings
        self.plover = plover or plover_from_data()
        self.cite = Citations(reader)
        # (doc, start, end) of the corpus text quoted under "Who says so", as far as it is shown
        self.quoted: list[tuple[str, int, int]] = []

    def __call__(self, actor: Actor, other: Actor | None = None) -> Briefing:
        events, hidden = self._events(actor, other)
        claims, hidden_claims = self._claims(actor, other)
        names = [actor.name] + ([other.name] if other else [])
        title = (self.t.fill("title", "pair", a=actor.name, b=other.name) if other
                 else self.t.fill("title", "actor", name=actor.name))
        sections = [self.who(actor)] + ([self.who(other)] if other else [])
        says = self.says(actor, other, claims)
        if other:
            sections.append(self.between(actor, other, events))
            sections.append(self.around(actor, other, events))
        else:
            sections += self.did_and_done(actor, events)
        sections.append(says)
        sections.append(self.disputed(actor, other, events, claims))
        sections.append(self.timeline(events, actor))
        notes = Section("notes", self.t.get("headings", "notes"))
        if hidden:
            notes.notes.append(self.t.fill("notes", "hidden", hidden=hidden, threshold=self.settings.min_confidence))
        if hidden_claims:
            notes.notes.append(self.t.fill("notes", "hidden_claims", hidden=hidden_claims,
                                           threshold=self.settings.min_confidence))
        notes.notes.append(self.t.get("notes", "recycled"))
        sections.append(notes)
        briefing = Briefing(title=title, actors=[{"id": a.id, "name": n} for a, n in
                                                  zip([actor] + ([other] if other else []), names)],
                            min_confidence=self.settings.min_confidence, sections=sections)
        for statement in briefing.statements():
            statement.text = statement.text[:1].upper() + statement.text[1:]
        for section in briefing.sections:
            _keep(section, self._complete)
        return renumber(briefing, self.cite)

    def _complete(self, statement: Statement) -> bool:
        """Add, for each actor a statement names that none of its cited sentences mentions
        (a speaker the text calls "he", a name resolved across sentences), the sentence of
        its nearest mention before the cited one in the same document."""
        cited = self.cite.spans(statement.citations)
        present = set()
        for citation in cited:
            present |= self.reader.actors_in(citation.doc, citation.start, citation.end)
        for actor in dict.fromkeys(statement.actors):
            if actor in present or not cited:
                continue
            found = self.reader.nearest_mention(actor, [(c.doc, c.start) for c in cited])
            if not found:
                return False  # precision first: a name its evidence does not hold is not written
            statement.citations = _unique(statement.citations + self.cite.at(*found))
            present.add(actor)
        return bool(statement.citations)

    # --- records ---------------------------------------------------------------------------

    def _events(self, actor: Actor, other: Actor | None) -> tuple[list[Record], int]:
        events = self.reader.events_of(actor.id)
        if other:
            events = [e for e in events if {e.get("source"), e.get("target")} == {actor.id, other.id}]
        kept = [e for e in events if record_confidence(e) >= self.settings.min_confidence]
        return kept, len(events) - len(kept)

    def _claims(self, actor: Actor, other: Actor | None) -> tuple[list[Record], int]:
        """The claims by or about the actor (or between the pair) at or above the confidence
        threshold, and how many below it (positions, requests, questions) are left out."""
        found = self._all_claims(actor, other)
        kept = [c for c in found if record_confidence(c) >= self.settings.min_confidence]
        return kept, len(found) - len(kept)

    def _all_claims(self, actor: Actor, other: Actor | None) -> list[Record]:
        found = {c["id"]: c for c in self.reader.claims_naming(actor.id) + self.reader.claims_by(actor.id)}
        carrying = {e.get("claim") for e in self.reader.events_of(actor.id) if e.get("claim")}
        found.update(self.reader.claims_by_id(carrying - set(found)))
        if other:
            second = {c["id"] for c in self.reader.claims_naming(other.id) + self.reader.claims_by(other.id)}
            second |= {e.get("claim") for e in self.reader.events_of(other.id) if e.get("claim")}
            found = {k: v for k, v in found.items() if k in second}
        if other:
            found.update({c["id"]: c for c in self._answers(actor, other)})
        return sorted(found.values(), key=lambda c: (c["doc"], c["start"], c["id"]))

    def _answers(self, actor: Actor, other: Actor) -> list[Record]:
        """Denials and declined comments said by or beside one of a pair, shortly after the other
        is named: what they answer is usually the sentence before ("Hamas denied the report")."""
        found = []
        for first, second in ((actor, other), (other, actor)):
            for claim in self.reader.answers_near(first.id, second.id, self.settings.answer_window):
                found.append(claim)
        return found

    # --- who ---------------------------------------------------------------------------------

    def who(self, actor: Actor) -> Section:
        section = Section("who", self.t.get("headings", "who") + (f": {actor.name}" if actor else ""))
        mentions = self.reader.mentions_of(actor.id)
        if not mentions:
            return section
        first = mentions[0]
        section.statements.append(Statement(
            self.t.fill("who", "mentioned", name=actor.name, kind=self.t.kind(actor.kind),
                        mentions=self.t.count("mention", actor.mention_count),
                        documents=self.t.count("document", len(actor.documents))),
            self.cite.span(first["doc"], first["start"], first["end"], 1), [actor.id], "who"))
        self._aliases(section, actor, mentions)
        self._affiliations(section, actor)
        self._documents(section, actor, mentions)
        return section

    def _aliases(self, section: Section, actor: Actor, mentions: list[Record]) -> None:
        by_text: dict[str, Record] = {}
        for mention in mentions:
            by_text.setdefault(mention["text"].casefold(), mention)
        shown, cited = [], []
        for alias in actor.aliases:
            mention = by_text.get(alias.casefold())
            if mention is None or alias.casefold() == actor.name.casefold():
                continue
            shown.append(alias)
            cited += self.cite.span(mention["doc"], mention["start"], mention["end"], 1)
            if len(shown) == self.settings.aliases:
                break
        if shown:
            section.statements.append(Statement(
                self.t.fill("who", "aliases", name=actor.name, aliases=join_names([f"“{a}”" for a in shown], "or")),
                _unique(cited), [actor.id], "who"))

    def _affiliations(self, section: Section, actor: Actor) -> None:
        for record in actor.affiliations[:self.settings.affiliations]:
            cited = self._evidence_citations(record.get("evidence") or [])
            if cited:
                section.statements.append(Statement(
                    self._affiliation_text("affiliation", record, name=actor.name,
                                           other=self.reader.name(record["actor"])),
                    cited, [actor.id, record["actor"]], "affiliation"))
        for member, record in self.reader.affiliations_to(actor.id)[:self.settings.affiliations]:
            cited = self._evidence_citations(record.get("evidence") or [])
            if cited and member != actor.id:
                section.statements.append(Statement(
                    self._affiliation_text("member", record, name=actor.name, other=self.reader.name(member)),
                    cited, [actor.id, member], "affiliation"))

    def _affiliation_text(self, key: str, record: Record, **names: str) -> str:
        relation = self.t.get("relations", record.get("relation") or "member_of")
        if record.get("role"):
            return self.t.fill("who", f"{key}_role", relation=relation, role=record["role"], **names)
        return self.t.fill("who", key, relation=relation, **names)

    def _evidence_citations(self, evidence: list[Record]) -> list[int]:
        cited: list[int] = []
        for item in evidence[:2]:
            cited += self.cite.span(item["doc"], item["start"], item["end"], 2)
        return _unique(cited)

    def _documents(self, section: Section, actor: Actor, mentions: list[Record]) -> None:
        documents = [self.reader.document(d) for d in actor.documents]
        outlets = Counter(d.get("outlet") for d in documents if d.get("outlet"))
        if outlets:
            section.facts.append(Fact(self.t.fill("who", "outlets", outlets=", ".join(
                f"{o} ({n})" for o, n in outlets.most_common(8)))))
        dated = sorted((d.get("published") or "")[:10] for d in documents if d.get("published"))
        if dated:
            section.facts.append(Fact(self.t.fill("who", "dates", first=dated[0], last=dated[-1])))
        else:
            section.facts.append(Fact(self.t.get("who", "no_dates")))

    # --- what they did -----------------------------------------------------------------------

    def did_and_done(self, actor: Actor, events: list[Record]) -> list[Section]:
        did = [e for e in events if e.get("source") == actor.id and e.get("target") != actor.id]
        done = [e for e in events if e.get("target") == actor.id and e.get("source") != actor.id]
        sections = []
        for key, members, active in (("did", did, True), ("done", done, False)):
            section = Section(key, self.t.fill("headings", key, name=actor.name))
            groups = self._groups(members, lambda e: (e["type"], e.get("subtype"), self._modality(e)))
            section.subsections = self._quad_sections(groups, actor, active)
            if not section.subsections:
                section.notes.append(self.t.fill("notes", "no_events", name=actor.name))
            sections.append(section)
        return sections

    def _groups(self, events: list[Record], key) -> list[list[Record]]:
        grouped: dict[Any, list[Record]] = defaultdict(list)
        for event in events:
            if event.get("type") and self.t.phrase(event["type"], event.get("subtype")):
                grouped[key(event)].append(event)
        return list(grouped.values())

    def _quad_sections(self, groups: list[list[Record]], actor: Actor, active: bool) -> list[Section]:
        """One subsection per PLOVER quad class, strongest group first, classes by their best."""
        by_quad: dict[str, list[tuple[tuple, Statement]]] = defaultdict(list)
        for group in groups:
            strength = self._strength(group)
            statement = self._group_statement(group, actor, active)
            if statement:
                by_quad[self.plover.quad(group[0]["type"]) or "untyped"].append((strength, statement))
        ordered = sorted(by_quad.items(), key=lambda item: max(s for s, _ in item[1]), reverse=True)
        sections = []
        for quad, items in ordered:
            items.sort(key=lambda item: item[0], reverse=True)
            sub = Section(quad, quad.replace("_", " ").capitalize())
            sub.statements = [s for _, s in items[:self.settings.groups_per_section]]
            if len(items) > self.settings.groups_per_section:
                sub.notes.append(self.t.fill("notes", "more", more=len(items) - self.settings.groups_per_section))
            sections.append(sub)
        return sections

    def _strength(self, events: list[Record]) -> tuple:
        return (self._independent(events), max(record_confidence(e) for e in events), _reports(events))

    def _independent(self, events: list[Record]) -> int:
        claims = self.reader.claims_by_id(e["claim"] for e in events if e.get("claim"))
        return count_independent(events, claims)

    def _modality(self, event: Record) -> str:
        mode = event.get("mode") or "asserted"
        if mode == "denied":
            return "denied"
        if event.get("negated"):
            return "not_yet" if self._not_yet(event) else "negated"
        return mode if mode in self.t.get("modes") else "asserted"

    def _not_yet(self, event: Record) -> bool:
        span = event.get("trigger_span") or [event["end"], event["end"]]
        before = (event.get("text") or "")[:max(0, span[0] - event["start"])].casefold()
        window = before[-40:]
        return any(cue in window for cue in self.t.get("not_yet_cues"))

    def _group_statement(self, events: list[Record], actor: Actor, active: bool) -> Statement | None:
        cited_events = self._pick(events)
        first = events[0]
        modality = self._modality(first)
        named = [actor.id]
        if active:
            objects = self._arguments(cited_events, "target", named)
            text = self.t.event(actor.name, first["type"], first.get("subtype"), modality,
                                join_names(objects) if objects else None)
        else:
            doers = self._arguments(cited_events, "source", named)
            text = self.t.passive(actor.name, first["type"], first.get("subtype"), modality,
                                  join_names(doers) if doers else None)
        if text is None:
            return None
        speakers = self._speakers(cited_events, named)
        if speakers:
            text += self.t.fill("according_to", speakers=join_names(speakers))
        text += self._counts(events)
        citations = self._event_citations(cited_events)
        return Statement(text, citations, _unique(named), "event", max(record_confidence(e) for e in events))

    def _pick(self, events: list[Record]) -> list[Record]:
        """The events a statement cites: one per origin first (recycled copies once), surest first."""
        seen, picked, rest = set(), [], []
        for event in sorted(events, key=lambda e: (-record_confidence(e), e["doc"], e["start"])):
            origin = _origin(event)
            (rest if origin in seen else picked).append(event)
            seen.add(origin)
        return (picked + rest)[:self.settings.citations_per_statement]

    def _arguments(self, events: list[Record], role: str, named: list[str]) -> list[str]:
        """Names of the other side of some events: actors by name, other arguments as written."""
        counts: Counter = Counter()
        actors: dict[str, str | None] = {}
        for event in events:
            written = self._written(event, role)
            if written:
                counts[written] += 1
                actors.setdefault(written, event.get(role))
        found, seen = [], set()
        for written, _ in counts.most_common():
            actor = actors[written]
            if actor in seen or len(found) == self.settings.objects_per_group:
                continue  # one actor once, however many ways the sentences write it
            if actor:
                named.append(actor)
                seen.add(actor)
            found.append(written)
        return found

    def _written(self, event: Record, role: str) -> str | None:
        """An argument as the sentence writes it ("a Hamas arms shipment": the words say
        more than the actor's name), else the actor's name."""
        text = " ".join((event.get(f"{role}_text") or "").split())
        if text and len(text) <= self.settings.name_chars and text.casefold() not in self.t.get("vague_arguments"):
            return self._mid_sentence(text)
        return self.reader.name(event[role]) if event.get(role) else None

    def _speakers(self, events: list[Record], named: list[str]) -> list[str]:
        claims = self.reader.claims_by_id(e["claim"] for e in events if e.get("claim"))
        found: list[str] = []
        for event in events:
            claim = claims.get(event.get("claim") or "")
            if claim is None:
                continue
            label = self._speaker_label(claim, named)
            if label and label not in found:
                found.append(label)
        return found[:3]

    def _speaker_label(self, claim: Record, named: list[str]) -> str | None:
        if is_voice(claim) and claim.get("speaker_text"):  # "a spokesman for Acme": Acme's, no person named
            named.append(claim["speaker"])
            return voice_label(self._mid_sentence(" ".join(claim["speaker_text"].split())), self.reader.name(claim["speaker"]))
        if claim.get("speaker"):
            named.append(claim["speaker"])
            return self.reader.name(claim["speaker"])
        text = " ".join((claim.get("speaker_text") or "").split())
        if not text or len(text) > self.settings.name_chars or text.casefold() in self.t.get("vague_arguments"):
            return None  # "who", "he": a speaker no reader can place out of its sentence
        return self._mid_sentence(text)

    def _mid_sentence(self, text: str) -> str:
        """Words as written, lower-cased at the start when they open with a determiner ("The
        police" -> "the police"): they are written in the middle of a sentence."""
        first = text.split(" ", 1)[0]
        if first.casefold() in self.t.get("lowercase_first") and first[:1].isupper() and \
                (len(first) == 1 or first[1:].islower()):
            return first.casefold() + text[len(first):]
        return text

    def _counts(self, events: list[Record]) -> str:
        period = self.t.period([(e.get("time") or {}).get("value") or "" for e in events])
        return self.t.fill("counts", reports=self.t.count("report", _reports(events)),
                           sources=self.t.count("source", self._independent(events)),
                           period=self.t.fill("period", period=period) if period else "")

    def _event_citations(self, events: list[Record]) -> list[int]:
        """Each event's sentence, and the sentences holding its actors' names or its speaker
        when those lie outside it (a name resolved from an earlier sentence)."""
        cited: list[int] = []
        claims = self.reader.claims_by_id(e["claim"] for e in events if e.get("claim"))
        for event in events:
            cited += self.cite.span(event["doc"], event["start"], event["end"], 1)
            spans = [event.get("source_span"), event.get("target_span")]
            claim = claims.get(event.get("claim") or "")
            if claim:
                spans.append(claim.get("speaker_span"))
            for span in spans:
                if span and not (event["start"] <= span[0] and span[1] <= event["end"]):
                    cited += self.cite.at(event["doc"], span[0])
        return _unique(cited)

    # --- pairs --------------------------------------------------------------------------------

    def between(self, a: Actor, b: Actor, events: list[Record]) -> Section:
        section = Section("between", self.t.fill("headings", "between", a=a.name, b=b.name))
        for source, target in ((a, b), (b, a)):
            members = [e for e in events if e.get("source") == source.id]
            groups = self._groups(members, lambda e: (e["type"], e.get("subtype"), self._modality(e)))
            section.subsections += [replace(s, heading=f"{source.name} → {target.name}: {s.heading}")
                                    for s in self._quad_sections(groups, source, True)]
        if not section.subsections:
            section.notes.append(self.t.fill("notes", "no_events", name=f"{a.name} and {b.name}"))
        balance = self.balance(a, b, events)
        if balance.statements:
            section.subsections.append(balance)
        return section

    def balance(self, a: Actor, b: Actor, events: list[Record]) -> Section:
        section = Section("balance", self.t.get("headings", "balance"))
        counted = [(e, self.plover.side(e.get("type"))) for e in _once(events)
                   if e.get("mode") in FACTUAL_MODES and not e.get("negated") and self.plover.side(e.get("type"))]
        if not counted:
            return section
        tally = Counter(side for _, side in counted)
        section.statements.append(Statement(
            self.t.fill("balance", "overall", total=len(counted), a=a.name, b=b.name,
                        cooperation=tally["cooperation"], conflict=tally["conflict"]),
            self._event_citations(self._pick([e for e, _ in counted])), [a.id, b.id], "balance"))
        by_period: dict[str, list[tuple[Record, str]]] = defaultdict(list)
        for event, side in counted:
            by_period[self._event_month(event) or ""].append((event, side))
        if list(by_period) == [""]:
            return section  # nothing dated: the overall balance says it all
        for period in sorted(by_period, key=lambda p: (p == "", p)):
            items = by_period[period]
            tally = Counter(side for _, side in items)
            values = dict(a=a.name, b=b.name, cooperation=tally["cooperation"], conflict=tally["conflict"])
            text = (self.t.fill("balance", "period", period=self.t.month(period), **values) if period
                    else self.t.fill("balance", "undated", **values))
            section.statements.append(Statement(text, self._event_citations(self._pick([e for e, _ in items])),
                                                [a.id, b.id], "balance"))
        return section

    def _event_month(self, event: Record) -> str | None:
        """The month an event is dated to: its own time, else its document's publication."""
        for value in ((event.get("time") or {}).get("value"), self.reader.document(event["doc"]).get("published")):
            if value and self.t.month(value[:10]):
                return value[:7]
        return None

    def around(self, a: Actor, b: Actor, events: list[Record]) -> Section:
        """Sentences that name both actors, hold no event between them and are not quoted under
        "Who says so": what the reports say of the two beyond the events the pipeline typed,
        quoted, never restated. Documents take turns, so one article does not fill the list."""
        section = Section("around", self.t.get("headings", "around"))
        used = {(e["doc"], e.get("sentence")) for e in events}
        by_doc: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        seen_text: set[str] = set()
        for doc, index in self.reader.shared_sentences(a.id, b.id):
            sentence = self.reader.sentence_index(doc, index)
            if (doc, index) in used or sentence is None or any(
                    d == doc and start < sentence[1] and sentence[0] < end for d, start, end in self.quoted):
                continue
            text = " ".join(sentence[2].split())
            if text not in seen_text:  # recycled text: the same sentence printed twice counts once
                seen_text.add(text)
                by_doc[doc].append((index, *sentence[:2]))
        turns = [item for round_ in _round_robin(list(by_doc.items())) for item in round_]
        for doc, index in turns[:self.settings.shared_sentences]:
            sentence = self.reader.sentence_index(doc, index)
            section.statements.append(Statement(
                self.t.fill("balance", "around", quote=self.t.quote(sentence[2])),
                self.cite.sentence(doc, index), [a.id, b.id], "shared"))
        if len(turns) > self.settings.shared_sentences:
            section.notes.append(self.t.fill("notes", "more_sentences", more=len(turns) - self.settings.shared_sentences))
        return section

    # --- who says so --------------------------------------------------------------------------

    def says(self, actor: Actor, other: Actor | None, claims: list[Record]) -> Section:
        name = f"{actor.name} and {other.name}" if other else actor.name
        section = Section("says", self.t.get("headings", "says"))
        if not claims:
            section.notes.append(self.t.fill("notes", "no_claims", name=name))
            return section
        section.statements.append(self._says_summary(claims, name, [actor.id] + ([other.id] if other else [])))
        by_speaker: dict[str, list[Record]] = defaultdict(list)
        for claim in claims:
            # a body's unnamed voice apart from the body named as speaker: one is anonymous, the other not
            key = claim.get("speaker") or " ".join((claim.get("speaker_text") or "").casefold().split())
            by_speaker[f"{key} (voice)" if is_voice(claim) else key].append(claim)
        ranked = sorted(by_speaker.items(), key=lambda item: (-_reports(item[1]), item[1][0]["doc"], item[1][0]["start"]))
        for _, members in ranked[:self.settings.speakers]:
            statement = self._speaker_statement(members, name)
            if statement:
                statement.actors += [actor.id] + ([other.id] if other else [])
                section.statements.append(statement)
        self._quotes(section, claims)
        return section

    def _says_summary(self, claims: list[Record], name: str, named: list[str]) -> Statement:
        documents = [c for c in claims if c.get("kind") == "document"]
        anonymous = [c for c in claims if c.get("anonymous") and c.get("kind") != "document"]
        named_claims = [c for c in claims if not c.get("anonymous") and c.get("kind") != "document"]
        share = round(100 * len(anonymous) / len(claims))
        cited: list[int] = []
        for group in (named_claims, anonymous, documents):
            if group:
                cited += self.cite.span(group[0]["doc"], group[0]["start"], group[0]["end"], 1)
        return Statement(self.t.fill("says", "summary", claims=self.t.count("claim", len(claims)), name=name,
                                     named=len(named_claims), anonymous=len(anonymous), share=share,
                                     documents=len(documents)),
                         _unique(cited), list(named), "sourcing")

    def _speaker_statement(self, claims: list[Record], name: str) -> Statement | None:
        named: list[str] = []
        label = self._speaker_label(claims[0], named)
        if not label:
            return None
        picked = self._pick(claims)[:self.settings.citations_per_statement]
        outlets = []
        for claim in picked:
            if claim.get("outlet") and claim["outlet"] not in outlets:
                outlets.append(claim["outlet"])
        key = "speaker_anonymous" if claims[0].get("anonymous") else "speaker"
        count = _reports(claims)
        text = self.t.fill("says", key, speaker=label, claims=self.t.count("claim", count), name=name,
                           cite=self.t.get("says", "cite")[0 if count == 1 else 1],
                           outlets=self.t.fill("says", "outlets", outlets=join_names(outlets)) if outlets else "")
        cited: list[int] = []
        for claim in picked:
            cited += self._claim_citations(claim)
        return Statement(text, _unique(cited), named, "speaker")

    def _claim_citations(self, claim: Record) -> list[int]:
        # every sentence a quote of the content can reach: of each piece of a content in pieces
        # (its text joins them: "A … B")
        cited = _unique([n for start, end in content_spans(claim["start"], claim["end"], claim.get("pieces"))
                         for n in self.cite.span(claim["doc"], start, end, 4)])
        span = claim.get("speaker_span")
        if span and not any(c.start <= span[0] < c.end for c in self.cite.spans(cited)):
            cited += self.cite.at(claim["doc"], span[0])
        return cited

    def _quotes(self, section: Section, claims: list[Record]) -> None:
        """What is said, quoted: denials and declined comments first, then nested sources,
        then one claim per speaker; recycled copies once."""
        parents = self.reader.claims_by_id(c["parent"] for c in claims if c.get("parent"))
        order = {"deny": 0, "decline_comment": 1}
        seen_speakers, seen_origins, written = set(), set(), 0
        ranked = sorted(claims, key=lambda c: (order.get(c.get("stance"), 2), not c.get("parent"),
                                               c["doc"], c["start"]))
        for claim in ranked:
            if written == self.settings.quotes:
                break
            origin = _origin(claim)
            speaker = claim.get("speaker") or (claim.get("speaker_text") or "").casefold()
            if origin in seen_origins or (claim.get("stance") == "assert" and not claim.get("parent")
                                          and speaker in seen_speakers):
                continue
            statement = self._quote(claim, parents.get(claim.get("parent") or ""))
            if statement:
                section.statements.append(statement)
                seen_origins.add(origin)
                seen_speakers.add(speaker)
                written += 1

    def _quote(self, claim: Record, parent: Record | None) -> Statement | None:
        claim = claim_as_written(claim)  # "denied the report": its words, with what it answers below
        named: list[str] = []
        label = self._speaker_label(claim, named)
        if not label:
            return None
        quote = self.t.quote(claim.get("text") or "")
        silent = not quote and claim.get("stance") == "decline_comment"  # "X declined to comment": on nothing
        if not quote and not silent:
            return None
        cited = self._claim_citations(claim)
        self.quoted.append((claim["doc"], claim["start"], claim["start"] + len(quote)))
        stance = claim.get("stance")
        context = self._answered(claim) if stance == "deny" else None
        if context is not None:
            asserter = self._speaker_label(context, named)
            text = self.t.fill("says", "deny_after", speaker=label, quote=quote, asserter=asserter,
                               context=self.t.quote(context.get("text") or ""))
            cited += self._claim_citations(context)
        elif stance == "deny":
            text = self.t.fill("says", "deny", speaker=label, quote=quote)
        elif stance == "decline_comment":
            text = self.t.fill("says", "decline" if quote else "decline_bare", speaker=label, quote=quote)
        elif len(quote.split()) < self.t.get("quote_min_words"):
            return None
        elif parent is not None and self._speaker_label(parent, []) not in (None, label):
            text = self.t.fill("says", "nested", outer=self._speaker_label(parent, named), inner=label, quote=quote)
            cited += self._claim_citations(parent)
        elif self._cue_verb(claim):
            text = self.t.fill("says", "quote_cue", speaker=label, cue=claim["cue"], quote=quote)
        else:
            text = self.t.fill("says", "quote", speaker=label, quote=quote)
        return Statement(text, _unique(cited), named, f"claim:{stance}", record_confidence(claim))

    def _answered(self, claim: Record) -> Record | None:
        """For a denial that only points back ("the report"), the nearest asserted claim with a
        named or described speaker in the sentences just before it in its document."""
        if len((claim.get("text") or "").split()) > self.t.get("says", "pointing_words"):
            return None
        reach = self.t.get("says", "pointing_sentences")
        before = [c for c in self.reader.claims_of_document(claim["doc"])
                  if c.get("stance") == "assert" and c["start"] < claim["start"] and c.get("sentence") is not None
                  and 0 < claim["sentence"] - c["sentence"] <= reach and self._speaker_label(c, [])
                  and len((c.get("text") or "").split()) > self.t.get("says", "pointing_words")]
        return max(before, key=lambda c: (c["sentence"], c["start"])) if before else None

    def _cue_verb(self, claim: Record) -> bool:
        """Whether the claim's cue is a finite reporting verb as written ("confirmed", "laments"),
        which reads after the speaker's name; participles and phrases ("adding", "according
        to") do not."""
        cue = claim.get("cue") or ""
        return (claim.get("kind") in ("direct", "indirect") and cue.isalpha() and cue.islower()
                and not cue.endswith("ing") and cue not in self.t.get("says", "quote_cue_skip"))

    # --- disputed -----------------------------------------------------------------------------

    def disputed(self, actor: Actor, other: Actor | None, events: list[Record], claims: list[Record]) -> Section:
        section = Section("disputed", self.t.get("headings", "disputed"))
        ids = {r["id"] for r in [*events, *claims]}
        wanted = {actor.id} | ({other.id} if other else set())
        found = []
        for record in self.reader.contradictions():
            if record_confidence(record) < self.settings.min_confidence:
                continue
            involved = set(record.get("actors") or [])
            if (wanted <= involved) or (not other and actor.id in involved) or (ids & set(record["items"])):
                found.append(record)
        by_answer: dict[tuple, list[Record]] = defaultdict(list)
        for record in found:
            answer = record["items"][-1] if record["kind"] in ("denial", "declined_comment") else record["items"][0]
            by_answer[(record["kind"], answer)].append(record)
        for (kind, _), records in list(by_answer.items())[:self.settings.disputes]:
            statement = self._dispute(kind, records)
            if statement:
                section.statements.append(statement)
        if len(by_answer) > self.settings.disputes:
            section.notes.append(self.t.fill("notes", "more", more=len(by_answer) - self.settings.disputes))
        if not section.statements:
            section.notes.append(self.t.fill("notes", "no_disputes", name=actor.name + (f" and {other.name}" if other else "")))
        return section

    def _dispute(self, kind: str, records: list[Record]) -> Statement | None:
        items = {i for r in records for i in r["items"]}
        claims = self.reader.claims_by_id(items)
        events = self.reader.events_by_id(items - set(claims))
        if kind == "cooperation_vs_conflict":
            return self._opposite(records[0], events)
        answer = claims.get(records[0]["items"][-1])
        # one assertion per answer, the one sharing most words with it: a quote is never
        # given to speakers who did not say it, and weaker pairings are left out
        records = sorted(records, key=lambda r: -(r.get("overlap") or 0))[:1]
        asserted = [claims.get(r["items"][0]) or events.get(r["items"][0]) for r in records]
        # a one-sided denial, or one answering the article's own words, has no other record
        asserted = [r for r in asserted if r and r["id"] != (answer or {}).get("id")]
        if answer is None or not asserted:
            return None
        named: list[str] = []
        denier = self._speaker_label(answer, named)
        speakers, cited = [], []
        for record in asserted[:self.settings.citations_per_statement - 1]:
            claim = record if record["id"] in claims else claims.get(record.get("claim") or "")
            if claim is None and record.get("claim"):
                claim = self.reader.claims_by_id([record["claim"]]).get(record["claim"])
            label = self._speaker_label(claim, named) if claim else None
            label = label or _asserter(records[0], record["id"]) or "an article"
            if label not in speakers:
                speakers.append(label)
            cited += self._claim_citations(record) if record["id"] in claims else \
                self.cite.span(record["doc"], record["start"], record["end"], 1)
        if not denier:
            return None
        cited += self._claim_citations(answer)
        template = "denial" if kind == "denial" else "declined" if answer.get("text") else "declined_bare"
        text = self.t.fill("disputed", template, asserters=join_names(speakers),
                           quote=self.t.quote(asserted[0].get("text") or ""), denier=denier,
                           denial=self.t.quote(answer.get("text") or ""))
        return Statement(text, _unique(cited), named, f"dispute:{kind}", record_confidence(records[0]))

    def _opposite(self, record: Record, events: dict[str, Record]) -> Statement | None:
        actors = record.get("actors") or []
        if len(actors) != 2 or not record.get("period"):
            return None
        sides = {}
        cited: list[int] = []
        for side in ("cooperation", "conflict"):
            members = [events[i] for i in record.get(side, []) if i in events]
            nouns = []
            for event in members:
                phrase = self.t.phrase(event.get("type"), event.get("subtype"))
                if phrase and phrase["noun"] not in nouns:
                    nouns.append(phrase["noun"])
            sides[side] = join_names(nouns[:3]) or side
            cited += self._event_citations(self._pick(members)[:2])
        first, last = record["period"]
        return Statement(self.t.fill("disputed", "opposite", first=self.t.date(first) or first,
                                     last=self.t.date(last) or last, a=self.reader.name(actors[0]),
                                     b=self.reader.name(actors[1]), **sides),
                         _unique(cited), list(actors), "dispute:cooperation_vs_conflict", record_confidence(record))

    # --- timeline -----------------------------------------------------------------------------

    def timeline(self, events: list[Record], actor: Actor) -> Section:
        section = Section("timeline", self.t.get("headings", "timeline"))
        dated, undated = [], []
        for event in events:
            value = (event.get("time") or {}).get("value")
            (dated if self.t.date(value) else undated).append(event)
        dated.sort(key=lambda e: (timeline_key(e["time"]), e["doc"], e["start"]))
        undated.sort(key=lambda e: (self.reader.document(e["doc"]).get("published") or "9999", e["doc"], e["start"]))
        for event in _once(dated)[:self.settings.timeline]:
            statement = self._single(event)
            if statement:
                statement.text = self.t.fill("timeline", "dated", when=self.t.date(event["time"]["value"]),
                                             event=statement.text)
                section.statements.append(statement)
        undated_section = Section("undated", self.t.get("headings", "undated"))
        for event in _once(undated)[:self.settings.undated]:
            statement = self._single(event)
            if statement:
                undated_section.statements.append(statement)
        for items, limit, target in ((dated, self.settings.timeline, section),
                                     (undated, self.settings.undated, undated_section)):
            if len(_once(items)) > limit:
                target.notes.append(self.t.fill("notes", "more", more=len(_once(items)) - limit))
        if undated_section.statements:
            section.subsections.append(undated_section)
        if not dated and not undated:
            section.notes.append(self.t.fill("notes", "no_events", name=actor.name))
        return section

    def _single(self, event: Record) -> Statement | None:
        """One event as one sentence, told in its mode."""
        if not event.get("type"):
            return None
        named: list[str] = []
        modality = self._modality(event)
        source = self._argument(event, "source", named)
        target = self._argument(event, "target", named)
        if event.get("source"):
            # the doer as the subject by its name: "Hamas forces is reported" would not agree
            text = self.t.event(self.reader.name(event["source"]), event["type"], event.get("subtype"),
                                modality, target)
        elif event.get("target"):
            text = self.t.passive(self.reader.name(event["target"]), event["type"], event.get("subtype"),
                                  modality, source)
        else:
            return None
        if text is None:
            return None
        speakers = self._speakers([event], named)
        if speakers:
            text += self.t.fill("according_to", speakers=join_names(speakers))
        return Statement(text, self._event_citations([event]), named, "event", record_confidence(event))

    def _argument(self, event: Record, role: str, named: list[str]) -> str | None:
        if event.get(role):
            named.append(event[role])
        return self._written(event, role)


# --- helpers ------------------------------------------------------------------------------------


def _round_robin(by_doc: list[tuple[str, list[tuple[int, int, int]]]]) -> list[list[tuple[str, int]]]:
    """Rounds of (doc, sentence index): each document's first sentence, then each one's second ..."""
    rounds: list[list[tuple[str, int]]] = []
    for doc, sentences in by_doc:
        for position, (index, _, _) in enumerate(sentences):
            if position == len(rounds):
                rounds.append([])
            rounds[position].append((doc, index))
    return rounds


def _origin(record: Record) -> tuple:
    """Where a record's text comes from: its copy group of recycled text, else its own sentence."""
    if record.get("reuse_group") is not None:
        return ("copy", record["reuse_group"])
    return (record["doc"], record.get("sentence"), record["start"])


def _reports(records: Iterable[Record]) -> int:
    """Distinct reports: recycled copies of one passage count once."""
    return len({_origin(r) for r in records})


def _once(events: list[Record]) -> list[Record]:
    """Events with recycled copies dropped (the first copy kept)."""
    seen, kept = set(), []
    for event in events:
        key = (_origin(event), event.get("type"), event.get("source"), event.get("target"))
        if key not in seen:
            seen.add(key)
            kept.append(event)
    return kept


def _keep(section: Section, keep) -> None:
    section.statements = [s for s in section.statements if keep(s)]
    for sub in section.subsections:
        _keep(sub, keep)


def _unique(items: Sequence[int]) -> list[int]:
    return list(dict.fromkeys(items))


def renumber(briefing: Briefing, cite: Citations) -> Briefing:
    """Number the cited sentences in reading order, keeping only those a statement or fact cites."""
    mapping: dict[int, int] = {}

    def visit(section: Section) -> None:
        for item in [*section.statements, *section.facts]:
            for number in item.citations:
                mapping.setdefault(number, len(mapping) + 1)
            item.citations = [mapping[n] for n in item.citations]
        for sub in section.subsections:
            visit(sub)

    for section in briefing.sections:
        visit(section)
    briefing.citations = [replace(cite.items[old - 1], number=new) for old, new in
                          sorted(mapping.items(), key=lambda item: item[1])]
    return briefing


def _asserter(contradiction: Record, item: str) -> str | None:
    """Who asserts an item no claim tells, as the contradiction's side names it: the accuser
    its sentence names, or "unattributed reports"; None for a fact the article states."""
    side = next((s for s in contradiction.get("sides") or () if s.get("id") == item), None)
    return side["speaker"] if side and side.get("asserter") in ("accuser", "unattributed") else None
