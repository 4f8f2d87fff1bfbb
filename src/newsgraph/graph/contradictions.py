"""Contradictions: evidence in the graph that cannot all be true, or that a subject would not
confirm.

Input: event and claim records (``graph.json`` dicts), optionally the mention records (to know
which actors a claim's content names) and document records (publication dates for undated
events). Output: contradiction records ``{kind, items: [event or claim id], reason, ...}``:

- ``denial``: a claim with stance ``deny`` and an asserted claim or event it denies — the same
  actor(s), and the same content (shared content words), or, for a denial that only points
  back ("Hamas denied the report"), the nearest assertion before it in the same document.
  Extra keys: ``actors``, ``overlap``.
- ``cooperation_vs_conflict``: events of one actor pair in one period, some in a cooperation
  quad class and some in a conflict one (``data/plover.yaml``). Extra keys: ``actors``,
  ``cooperation``, ``conflict`` (event ids), ``period`` [first, last day].
- ``declined_comment``: a claim about an actor and that actor's ``decline_comment``, in the
  same document or on the same content. Extra keys: ``actors``, ``overlap``.

Records come out by kind in that order, then by their items.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable, Mapping, Sequence

from spacy.lang.en.stop_words import STOP_WORDS

from newsgraph.plover import Plover
from newsgraph.times import parse_published, value_start

Record = Mapping[str, Any]
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class ContradictionSettings:
    """When two pieces of evidence are taken to contradict each other."""

    min_overlap: float = 0.5       # share of the shorter text's content words the other has too
    min_shared_words: int = 3      # and at least this many of them
    stem_chars: int = 5            # words compare by their first letters: "negotiations" ~ "negotiating"
    reference_words: int = 3       # a denial with at most this many content words points back
    reference_sentences: int = 3   # how many sentences back a pointing denial looks
    period_days: int = 31          # events this close in time are in one period
    asserted_modes: tuple[str, ...] = ("asserted", "ongoing", "historical")


class ContradictionFinder:
    """Finds the three kinds of contradiction; ``__call__`` only orchestrates."""

    def __init__(self, plover: Plover | None = None, settings: ContradictionSettings | None = None):
        self.plover = plover or Plover.from_data()
        self.settings = settings or ContradictionSettings()

    def __call__(self, events: Sequence[Record], claims: Sequence[Record], *,
                 mentions: Iterable[Record] = (), documents: Iterable[Record] = ()) -> list[dict[str, Any]]:
        evidence = Evidence(events, claims, mentions, self.settings)
        published = {d["id"]: parse_published(d.get("published")) for d in documents}
        return (self.denials(evidence) + self.opposite_quads(events, published)
                + self.declined_comments(evidence))

    # --- (a) a claim and its denial -------------------------------------------------------

    def denials(self, evidence: "Evidence") -> list[dict[str, Any]]:
        found = []
        for denial in evidence.claims_with_stance("deny"):
            who = evidence.speakers(denial) | evidence.actors(denial)
            candidates = [r for r in evidence.about(who) if self._asserted(r, evidence)
                          and not evidence.inside(r, denial["id"]) and r["id"] != denial["id"]
                          and not _is_the_act_of(r, denial)]
            for record, overlap, shared in self._same_content(denial, candidates, evidence):
                found.append(_contradiction(
                    "denial", [record["id"], denial["id"]], shared,
                    f"{denial['id']} denies what {record['id']} asserts", overlap))
        return sorted(found, key=lambda c: c["items"])

    def _asserted(self, record: Record, evidence: "Evidence") -> bool:
        if record["id"] in evidence.claims_by_id:
            return record.get("stance") == "assert"
        return record.get("mode") in self.settings.asserted_modes and not record.get("negated")

    def _same_content(self, denial: Record, candidates: list[Record], evidence: "Evidence"):
        """(record, overlap, shared actors) for candidates the denial is about."""
        words = evidence.content_words(denial)
        who = evidence.speakers(denial) | evidence.actors(denial)
        matched = []
        for record in candidates:
            overlap = evidence.overlap(words, evidence.content_words(record))
            if overlap is not None:
                matched.append((record, overlap, sorted(who & evidence.actors(record))))
        if matched or len(words) > self.settings.reference_words:
            return matched
        return [(r, None, sorted(who & evidence.actors(r))) for r in self._referred(denial, candidates)]

    def _referred(self, denial: Record, candidates: list[Record]) -> list[Record]:
        """The assertions of the nearest earlier sentence (within reach) in the denial's document."""
        before = [r for r in candidates if r["doc"] == denial["doc"] and r.get("sentence") is not None
                  and 0 <= denial["sentence"] - r["sentence"] <= self.settings.reference_sentences
                  and r["start"] < denial["start"]]
        if not before:
            return []
        nearest = max(r["sentence"] for r in before)
        return [r for r in before if r["sentence"] == nearest]

    # --- (b) cooperation and conflict of one pair in one period ---------------------------------

    def opposite_quads(self, events: Sequence[Record], published: Mapping[str, date | None]) -> list[dict[str, Any]]:
        by_pair: dict[tuple[str, str], list[tuple[date, str, str]]] = defaultdict(list)
        for event in events:
            side = self.plover.side(event.get("type"))
            pair = _pair(event)
            when = _event_day(event, published)
            if side and pair and when and event.get("mode") in self.settings.asserted_modes \
                    and not event.get("negated"):
                by_pair[pair].append((when, event["id"], side))
        found = []
        for pair, dated in sorted(by_pair.items()):
            for period in _periods(sorted(dated), self.settings.period_days):
                sides = {side: [i for _, i, s in period if s == side] for side in ("cooperation", "conflict")}
                if sides["cooperation"] and sides["conflict"]:
                    found.append({
                        "kind": "cooperation_vs_conflict", "items": [i for _, i, _ in period],
                        "reason": f"{pair[0]} and {pair[1]} both cooperate and clash between "
                                  f"{period[0][0].isoformat()} and {period[-1][0].isoformat()}",
                        "actors": list(pair), **sides,
                        "period": [period[0][0].isoformat(), period[-1][0].isoformat()],
                    })
        return found

    # --- (c) a claim and "declined to comment" by its subject ----------------------------------

    def declined_comments(self, evidence: "Evidence") -> list[dict[str, Any]]:
        found = []
        for decline in evidence.claims_with_stance("decline_comment"):
            subject = evidence.speakers(decline)
            words = evidence.content_words(decline)
            for claim in evidence.about(subject):
                if (claim["id"] not in evidence.claims_by_id or claim.get("stance") != "assert"
                        or evidence.speakers(claim) & subject or evidence.inside(claim, decline["id"])):
                    continue
                overlap = evidence.overlap(words, evidence.content_words(claim))
                if claim["doc"] == decline["doc"] or overlap is not None:
                    found.append(_contradiction(
                        "declined_comment", [claim["id"], decline["id"]],
                        sorted(subject & evidence.actors(claim)),
                        f"{decline['id']}: the subject of {claim['id']} declined to comment", overlap))
        return sorted(found, key=lambda c: c["items"])


class Evidence:
    """Events and claims indexed by id and by the actors they are about."""

    def __init__(self, events: Sequence[Record], claims: Sequence[Record], mentions: Iterable[Record],
                 settings: ContradictionSettings):
        self.settings = settings
        self.events_by_id = {e["id"]: e for e in events}
        self.claims_by_id = {c["id"]: c for c in claims}
        self.records = [*events, *claims]
        self._words: dict[str, set[str]] = {}
        mentions_by_doc: dict[str, list[Record]] = defaultdict(list)
        for mention in mentions:
            mentions_by_doc[mention["doc"]].append(mention)
        self._actors: dict[str, set[str]] = {}
        for claim in claims:
            self._actors[claim["id"]] = {m["actor"] for m in mentions_by_doc.get(claim["doc"], ())
                                         if claim["start"] <= m["start"] and m["end"] <= claim["end"] and m["actor"]}
        for event in events:
            actors = {a for a in (event.get("source"), event.get("target")) if a}
            self._actors[event["id"]] = actors
            if event.get("claim") in self._actors:
                self._actors[event["claim"]] |= actors
        self._by_actor: dict[str, list[Record]] = defaultdict(list)
        for record in self.records:
            for actor in sorted(self._actors[record["id"]]):
                self._by_actor[actor].append(record)

    def claims_with_stance(self, stance: str) -> list[Record]:
        return [c for c in self.claims_by_id.values() if c.get("stance") == stance]

    def actors(self, record: Record) -> set[str]:
        """The actors a record is about: an event's source and target; the actors a claim's
        content names, and the arguments of the events it holds."""
        return self._actors.get(record["id"], set())

    @staticmethod
    def speakers(claim: Record) -> set[str]:
        return {a for a in (claim.get("speaker"), claim.get("speaker_affiliation")) if a}

    def about(self, actors: Iterable[str]) -> list[Record]:
        """Records about any of ``actors``, each once, in input order."""
        seen = {}
        for actor in sorted(actors):
            for record in self._by_actor.get(actor, ()):
                seen.setdefault(record["id"], record)
        return list(seen.values())

    def inside(self, record: Record, claim_id: str) -> bool:
        """Whether ``record`` is, or lies in, the claim ``claim_id`` (its content, nested claims)."""
        current = record.get("claim") if record["id"] in self.events_by_id else record.get("parent")
        seen = set()
        while current and current not in seen:
            if current == claim_id:
                return True
            seen.add(current)
            current = self.claims_by_id.get(current, {}).get("parent")
        return False

    def content_words(self, record: Record) -> set[str]:
        """The content words of a record's text, cut to their first letters (computed once:
        a record about a much-cited actor is compared with every denial of that actor)."""
        words = self._words.get(record["id"])
        if words is None:
            size = self.settings.stem_chars
            words = {w[:size] for w in (m.casefold() for m in _WORD.findall(record.get("text") or ""))
                     if w not in STOP_WORDS and len(w) > 2}
            self._words[record["id"]] = words
        return words

    def overlap(self, first: set[str], second: set[str]) -> float | None:
        """Share of the smaller word set found in the other, when it is enough to say both say
        the same thing; else None."""
        if not first or not second:
            return None
        shared = len(first & second)
        score = shared / min(len(first), len(second))
        if shared >= self.settings.min_shared_words and score >= self.settings.min_overlap:
            return round(score, 3)
        return None


def find_contradictions(events: Sequence[Record], claims: Sequence[Record], *,
                        mentions: Iterable[Record] = (), documents: Iterable[Record] = (),
                        settings: ContradictionSettings | None = None) -> list[dict[str, Any]]:
    """All contradictions among ``events`` and ``claims``; see the module docstring."""
    return ContradictionFinder(settings=settings)(events, claims, mentions=mentions, documents=documents)


def _contradiction(kind: str, items: list[str], actors: list[str], reason: str,
                   overlap: float | None) -> dict[str, Any]:
    return {"kind": kind, "items": items, "reason": reason, "actors": actors, "overlap": overlap}


def _pair(event: Record) -> tuple[str, str] | None:
    source, target = event.get("source"), event.get("target")
    if not source or not target or source == target:
        return None
    return (source, target) if source < target else (target, source)


def _event_day(event: Record, published: Mapping[str, date | None]) -> date | None:
    """When an event happened: the first day of its time, else its document's publication date."""
    when = value_start((event.get("time") or {}).get("value"))
    return when or published.get(event["doc"])


def _periods(dated: list[tuple[date, str, str]], days: int) -> list[list[tuple[date, str, str]]]:
    """Runs of dated events where each is at most ``days`` after the one before."""
    periods: list[list[tuple[date, str, str]]] = []
    for item in dated:
        if periods and (item[0] - periods[-1][-1][0]).days <= days:
            periods[-1].append(item)
        else:
            periods.append([item])
    return periods


def _is_the_act_of(record: Record, claim: Record) -> bool:
    """An event named by the claim's own cue ("Hamas denied the report": a REJECT event on
    "denied") is the act of claiming, not something the claim contradicts."""
    trigger, cue = record.get("trigger_span"), claim.get("cue_span")
    return bool(trigger and cue and record["doc"] == claim["doc"] and cue[0] <= trigger[0] and trigger[1] <= cue[1])
