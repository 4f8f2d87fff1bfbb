"""Contradictions: evidence in the graph that cannot all be true, or that a subject would not
confirm.

Input: event and claim records (``graph.json`` dicts), the mention records (which actors a
claim's content names), document records (titles, texts, dates) and actor records (names).
Output: contradiction records ``{kind, items, reason, summary, confidence, sides, sources, ...}``:

- ``denial``: a real denial (a speaker rejecting the truth of a report or claim, read by
  :mod:`newsgraph.graph.contradiction_rules`: not "rejected the bid", "refused to deny",
  "denied him a visa") against assertions of the same proposition by another source: the same
  actors, compatible event types, shared content words, close in time; or, for a denial that
  only points back ("Hamas denied the report", "This talk is untrue"), the nearest assertion
  before it in its document; failing those, the article's own statement of the charge ("X is
  accused of ..."), a side with ``id`` None (the article its source). ``items``: the assertions
  that are records, then the denial.
- ``cooperation_vs_conflict``: events of one actor pair in one period, some in a cooperation
  quad class and some in a conflict one (``data/plover.yaml``); both can be true, so it is a
  kind of its own. Extra keys: ``cooperation``, ``conflict`` (event ids), ``period``.
- ``declined_comment``: a subject's silence ("declined to comment") against the claim it
  answers: the nearest assertion about the subject before it, or one with the same content.
- ``one_sided_denial``: a denial whose other side is found nowhere (listed last, so that a reader
  still sees who denies what); ``against``: the actors its own words name as the claim's owner.

Never paired: an item with itself, its own content or nested claims, the event of its own
saying, a recycled copy of itself, or an assertion by the same speaker. Assertions are found by
blocking on actors, so the work grows with the evidence about each denier, not with all
pairs. ``summary`` says in one sentence, with names and document titles, who asserts what and
who denies it; ``confidence`` (0-1) is how sure the reading and the match are.

Records come out by kind in that order, then by their items.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable, Mapping, Sequence

from newsgraph.graph.contradiction_rules import ContradictionRules, Denial, Silence
from newsgraph.graph.propositions import content_words
from newsgraph.model import claim_as_written, content_extent, content_spans, is_voice, record_confidence, voice_label
from newsgraph.plover import Plover
from newsgraph.reuse.independence import ReuseMarks, independent_sources
from newsgraph.times import parse_published, value_start

Record = Mapping[str, Any]
QUOTE_CHARS = 240  # a sentence quoted in a summary is cut to this length


@dataclass(frozen=True)
class ContradictionSettings:
    """When two pieces of evidence are taken to contradict each other."""

    min_overlap: float = 0.5       # share of the smaller word set the other has too
    min_shared_words: int = 2      # and at least this many words (names excluded) in one document
    min_shared_across: int = 3     # across documents
    unrelated_overlap: float = 0.9  # share needed of a statement naming none of the denial's actors
    reference_sentences: int = 3   # how many sentences back a pointing denial looks
    period_days: int = 31          # events this close in time are in one period
    claim_period_days: int = 366   # a denial and an assertion further apart are about other times
    max_assertions: int = 8        # assertions listed against one denial, best first
    pointing_strength: float = 0.7  # match strength of the statement a "denied the report" answers
    event_strength: float = 0.6    # of an event matched by type and actors rather than by words
    asserted_modes: tuple[str, ...] = ("asserted", "ongoing", "historical")
    charge_strength: float = 0.6   # of the article's own statement of a charge (no claim, no event)
    lead_sentences: int = 2        # a pointing denial in the headline or lead may answer what follows
    one_sided_strength: float = 0.5  # a denial listed alone: what it answers is not in the corpus
    only_charge_strength: float = 0.45  # the article's only charge about the denier, in other words
    repeat_overlap: float = 0.6    # one denier's two denials in one article this alike are one (headline, lead)


class ContradictionFinder:
    """Finds the three kinds of contradiction; ``__call__`` only orchestrates."""

    def __init__(self, plover: Plover | None = None, settings: ContradictionSettings | None = None,
                 rules: ContradictionRules | None = None):
        self.plover = plover or Plover.from_data()
        self.settings = settings or ContradictionSettings()
        self.rules = rules or ContradictionRules.from_data()

    def __call__(self, events: Sequence[Record], claims: Sequence[Record], *,
                 mentions: Iterable[Record] = (), documents: Iterable[Record] = (),
                 actors: Iterable[Any] = (),
                 sentences: Mapping[str, Sequence[tuple[int, int]]] | None = None) -> list[dict[str, Any]]:
        evidence = Evidence(events, claims, mentions, documents, actors, self.settings, self.rules, sentences)
        denials, alone = self.denials(evidence)
        return denials + self.opposite_quads(evidence) + self.declined_comments(evidence) + alone

    # --- (a) a claim and its denial -------------------------------------------------------

    def denials(self, evidence: "Evidence") -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Denials paired with what they deny, and denials listed alone (one-sided: what they
        answer is stated nowhere in the corpus but in the denial itself)."""
        by_statement: dict[tuple, list[tuple[Denial, list]]] = defaultdict(list)
        alone: dict[tuple, list[Denial]] = defaultdict(list)
        readings = [self.rules.denial(claim, evidence.doc_text(claim)) for claim in evidence.claims_by_id.values()]
        for denial in readings:
            if denial is not None:
                evidence.denied_in[denial.claim["doc"]].add(denial.claim.get("sentence", denial.claim["id"]))
        for denial in readings:
            if denial is None:
                continue
            claim = denial.claim
            statement = (claim["doc"], claim.get("sentence", claim["id"]))
            matched = self._denied(denial, evidence) or self._charges(denial, evidence)
            if matched:  # one sentence, one denial: "Hamas denied the report, X saying: '...'"
                by_statement[statement].append((denial, matched))
            elif not denial.accusation:  # "accused him of lying" alone is an accusation, no denial
                alone[statement].append(denial)
        found = [self._denial_record(group, evidence) for group in by_statement.values()]
        unpaired = [group for key, group in alone.items() if key not in by_statement]
        single = [self._one_sided_record(group, evidence) for group in self._repeats_joined(unpaired, evidence)]
        return sorted(found, key=lambda c: c["items"]), sorted(single, key=lambda c: c["items"])

    def _denied(self, denial: Denial, evidence: "Evidence") -> list[tuple[Record, float | None, float]]:
        """(assertion, word overlap, strength of the match) for what ``denial`` denies."""
        claim = denial.claim
        if denial.points_back:
            antecedents = self._antecedents(claim, evidence, denial.acts, formal=denial.formal)
            matched = [(r, None, self.settings.pointing_strength) for r in antecedents]
            # an antecedent claim stands for the events it holds
            seen = {e["id"] for r in antecedents for e in [r, *evidence.events_of(r)]}
            return matched + self._same_events(claim, antecedents, evidence, seen)
        matched = self._same_proposition(claim, denial.target, evidence)
        if denial.link:
            matched += self._cooperation(claim, evidence, {m[0]["id"] for m in matched})
        return matched

    def _same_proposition(self, claim: Record, target: str, evidence: "Evidence"
                          ) -> list[tuple[Record, float | None, float]]:
        """Assertions with the same content words as ``target``, drawn from the blocks of the
        claim's actors (what it is about and who says it) and of its document."""
        words = content_words(target, self.rules.stop_words)
        who = evidence.speakers(claim) | evidence.actors(claim)
        matched = []
        for record in evidence.candidates(claim, who):
            if not evidence.may_pair(record, claim) or not evidence.same_time(record, claim):
                continue
            if not evidence.compatible_types(record, claim):
                continue
            shared, share = evidence.overlap(words, evidence.words(record))
            needed = (self.settings.min_shared_words if record["doc"] == claim["doc"]
                      else self.settings.min_shared_across)
            if shared < needed or share < self.settings.min_overlap or evidence.agrees(record, words):
                continue
            # a statement about others must hold every denied word to make the same charge
            if share >= self.settings.unrelated_overlap or evidence.about(record, who):
                matched.append((record, round(share, 3), 0.5 + share / 2))
        return matched + self._same_deeds(claim, words, evidence, {m[0]["id"] for m in matched})

    def _same_deeds(self, claim: Record, words: frozenset[str], evidence: "Evidence", seen: set[str]
                    ) -> list[tuple[Record, float | None, float]]:
        """Events someone else says happened, of the deed a denial holds ("denied that he
        threatened Neville" against "he threatened some of our players"): same PLOVER type, same
        doer, no other target, the same verb."""
        found = []
        for denied in evidence.events_of(claim):
            if not (denied.get("source") and denied.get("type")):
                continue
            doer = evidence.expanded({denied["source"]})
            target = evidence.expanded({denied["target"]}) if denied.get("target") else set()
            verb = content_words(denied.get("trigger") or "", self.rules.stop_words)
            for event in evidence.events_with({(denied["type"], a) for a in doer}):
                other = evidence.expanded({event["target"]}) if event.get("target") else set()
                if (event["id"] in seen or not event.get("claim") or not verb
                        or content_words(event.get("trigger") or "", self.rules.stop_words) != verb
                        or not doer & evidence.expanded({event.get("source")} - {None})
                        or (target and other and not target & other)):
                    continue
                if evidence.may_pair(event, claim) and evidence.same_time(event, claim) \
                        and not evidence.agrees(event, words):
                    seen.add(event["id"])
                    found.append((event, None, self.settings.event_strength))
        return found

    def _antecedents(self, claim: Record, evidence: "Evidence", acts: frozenset[str] = frozenset(),
                     reach: int | None = None, formal: bool = False) -> list[Record]:
        """What a pointing statement ("denied the report") answers: the assertions of the
        nearest earlier sentence within reach about its speaker, or a statement just before
        made by the act it names ("... reported that ..." for "the report"). For "the charges"
        (``formal``), only a sentence that states a charge."""
        who = evidence.speakers(claim)
        sentence = claim.get("sentence")
        if sentence is None:
            return []

        def answered(record: Record) -> bool:
            cue = ((record.get("cue") or "").split() or [""])[-1].casefold()
            if formal and not self.rules.formal_charge.search(evidence.statement_text(record)):
                return False  # "denied the charges" after "claims that a guard was hit": another claim
            if acts and cue not in acts and not self.rules.allegation.search(evidence.statement_text(record)):
                return False  # "denied the charges" answers a charge, not any word about the denier
            if who & evidence.actors(record):
                return True
            if formal and who & evidence.statement_actors(record):
                return True  # "X is suing Y, saying ...": the charge names Y before its content
            return sentence - record["sentence"] <= 1 and cue in acts

        if reach is None:  # a bare "denied that" points at the sentence just before; "the claims" further
            reach = self.settings.reference_sentences if acts else 1
        opening = _statement(claim)[0]

        def earlier(record: Record) -> bool:
            # "Critics say X, but its members reject such claims": a named pointing denial may
            # answer a statement ending before its own in the same sentence
            if record["sentence"] == sentence:
                return bool(acts) and record["end"] <= opening and evidence.may_pair(record, claim, within=True)
            return evidence.may_pair(record, claim)

        before = [r for r in evidence.assertions_in(claim["doc"])
                  if r.get("sentence") is not None and r["start"] < claim["start"]
                  and 0 <= sentence - r["sentence"] <= reach and answered(r) and earlier(r)]
        if not before:
            return []
        nearest = max(r["sentence"] for r in before)
        closest = [r for r in before if r["sentence"] == nearest]
        claims = [r for r in closest if r["id"] in evidence.claims_by_id]
        return claims or closest  # a claim about it before the events it holds

    def _same_events(self, claim: Record, antecedents: list[Record], evidence: "Evidence",
                     seen: set[str]) -> list[tuple[Record, float | None, float]]:
        """Other reports of what the antecedents report: asserted events of the same PLOVER
        type between the same actors (after affiliations: a commander stands for his group),
        one of them the denier ("Hamas denied the report" of a meeting with Hamas)."""
        denier = evidence.expanded(evidence.speakers(claim))
        keys = set()
        for record in antecedents:
            for event in evidence.events_of(record):
                if event.get("type"):
                    keys |= {(event["type"], actor) for actor in evidence.expanded(evidence.actors(event)) - denier}
        found = []
        for event in evidence.events_with(keys):
            arguments = [evidence.expanded({a}) for a in (event.get("source"), event.get("target")) if a]
            if (event["id"] not in seen and len(arguments) == 2 and any(denier & a for a in arguments)
                    and evidence.may_pair(event, claim) and evidence.same_time(event, claim)):
                seen.add(event["id"])
                found.append((event, None, self.settings.event_strength))
        return found

    def _cooperation(self, claim: Record, evidence: "Evidence", seen: set[str]
                     ) -> list[tuple[Record, float | None, float]]:
        """For a denied link between actors ("an affinity between X and Hamas"): assertions of
        cooperation (a cooperation quad class) between two of the actors its content names."""
        named = [evidence.expanded({a}) for a in evidence.actors(claim)]
        found = []
        for record in evidence.assertions_about_groups(set().union(*named) if named else set()):
            if record["id"] in seen or not self._links(record, named, evidence):
                continue
            if evidence.may_pair(record, claim) and evidence.same_time(record, claim):
                seen.add(record["id"])
                found.append((record, None, self.settings.event_strength))
        return found

    def _links(self, record: Record, named: list[set[str]], evidence: "Evidence") -> bool:
        """Whether ``record`` holds a cooperation event between two of the ``named`` groups."""
        for event in evidence.events_of(record):
            if self.plover.side(event.get("type")) != "cooperation":
                continue
            arguments = [evidence.expanded({a}) for a in (event.get("source"), event.get("target")) if a]
            hit = [i for i, group in enumerate(named) for a in arguments if group & a]
            if len(arguments) == 2 and all(any(g & a for g in named) for a in arguments) and len(set(hit)) >= 2:
                return True
        return False

    def _charges(self, denial: Denial, evidence: "Evidence") -> list[tuple[Record, float | None, float]]:
        """The article's own statement of what is denied ("X is accused of stealing ..." before
        "X denies stealing"): a sentence of the denial's document that names the denier, states a
        charge or a report (``allegation_cues``) and is no denial itself, and either shares the
        denied words or, for a denial that only points back ("denied the charges"), is the
        nearest such sentence before it (or after it, for a denial in the headline or lead);
        failing both, the one such sentence of the document (:meth:`_only_charge`). An assertion lying in that sentence stands for it;
        otherwise the sentence does, the article its source."""
        claim = denial.claim
        text = evidence.doc_text(claim)
        if not text:
            return []
        own = _statement(claim)
        words = content_words(denial.target, self.rules.stop_words)
        found, alone = [], []
        for index, (start, end) in enumerate(evidence.sentence_spans(claim["doc"])):
            same = min(end, own[1]) > max(start, own[0])
            if same:
                end = own[0]  # "faces charges of theft, which he denies": the words before the denial
                if not denial.points_back or end - start < 20:
                    continue
            sentence = text[start:end]
            if not self.rules.allegation.search(sentence) or self._denies(sentence):
                continue
            if denial.formal and not self.rules.formal_charge.search(sentence):
                continue  # "denied the charges": a report of some other claim states no charge
            # "X accused Y of Z, a charge which Y denies": the clause before is what is denied
            if not (same or evidence.names_denier(claim, start, end, sentence)) or evidence.speaks_in(claim, start, end):
                continue
            said = content_words(sentence, self.rules.stop_words)
            if denial.points_back:  # the cue of a charge stated with its content is enough
                found.append((index, start, end))
                continue
            shared, share = evidence.overlap(words, said)
            if shared >= min(self.settings.min_shared_words, len(words)) and share >= self.settings.min_overlap \
                    and (shared >= self.settings.min_shared_words or evidence.rare(words)):
                found.append((index, start, end))
            elif words and not same:
                alone.append((index, start, end))
        if denial.points_back:
            found = self._nearest(found, denial, evidence)
        strength = self.settings.charge_strength
        if not found and not denial.points_back:
            found, strength = self._only_charge(alone, denial, evidence), self.settings.only_charge_strength
        return [(evidence.stated(claim, start, end), None, strength) for _, start, end in found[:2]]

    def _only_charge(self, charges: list[tuple[int, int, int]], denial: Denial, evidence: "Evidence"
                     ) -> list[tuple[int, int, int]]:
        """The one charge about the denier the article states before its denial or in its lead,
        when the words differ ("newspapers claimed X was a front for Gazprom" before "Gazprom
        denied it is behind the purchase"): with a single charge there is nothing else the
        denial can answer; with two or more it is left alone."""
        at = evidence.sentence_at(denial.claim["doc"], denial.claim["start"])
        if self.rules.demonstrative.search(denial.target):  # "denied Ms Kerr made that quote"
            return [c for c in charges if c[0] == at - 1]
        if len(evidence.denied_in[denial.claim["doc"]]) > 1:
            return []  # two denials, one charge in other words: which one answers it is unknown
        usable = [c for c in charges if c[0] < at or c[0] < self.settings.lead_sentences]
        return usable if len(usable) == 1 and len(charges) == 1 else []

    def _nearest(self, found: list[tuple[int, int, int]], denial: Denial, evidence: "Evidence"
                 ) -> list[tuple[int, int, int]]:
        """The nearest charge before a pointing denial, within reach; for a denial in the
        headline or lead, the nearest after it."""
        claim = denial.claim
        at = evidence.sentence_at(claim["doc"], claim["start"])
        reach = self.settings.reference_sentences if denial.acts else 1  # "denied this": the sentence before
        before = [f for f in found if 0 <= at - f[0] <= reach]
        if before:
            return [max(before)]
        if at < self.settings.lead_sentences:
            after = [f for f in found if 0 < f[0] - at <= self.settings.reference_sentences + 1]
            return [min(after)] if after else []
        return []

    def _denies(self, sentence: str) -> bool:
        """Whether a sentence is a denial itself ("Ebbers denies fraud", "this is untrue")."""
        plain = re.sub(r"[\"“”]", "", sentence)  # 'are "false"' reads as 'are false'
        return any(w.strip(".,;:!?'’‘").casefold() in self.rules.verb_of_form for w in plain.split()) \
            or bool(self.rules.untrue.search(plain))

    def _repeats_joined(self, groups: list[list[Denial]], evidence: "Evidence") -> list[list[Denial]]:
        """One article often tells one denial twice, in the headline and again in the lead: the
        same denier with mostly the same words is one denial, listed once with both sentences."""
        joined: list[list[Denial]] = []
        for group in sorted(groups, key=lambda g: (g[0].claim["doc"], g[0].claim["start"])):
            repeat = next((kept for kept in joined if self._same_denial(kept[0], group[0], evidence)), None)
            if repeat is None:
                joined.append(list(group))
            else:
                repeat.extend(group)
        return joined

    def _same_denial(self, first: Denial, second: Denial, evidence: "Evidence") -> bool:
        if first.claim["doc"] != second.claim["doc"]:
            return False
        if not evidence.speakers(first.claim) & evidence.speakers(second.claim):
            return False
        shared, share = evidence.overlap(evidence.words(first.claim), evidence.words(second.claim))
        return shared >= 2 and share >= self.settings.repeat_overlap

    def _one_sided_record(self, group: list[Denial], evidence: "Evidence") -> dict[str, Any]:
        """A denial whose other side is stated nowhere but in the denial ("denied Conservative
        claims that ...", "denies ten charges of theft"): listed as its own kind so that a reader
        sees who denies what; whom it answers is named when its content names an owner."""
        denial = max(group, key=lambda d: (d.strength, d.claim["id"]))
        claims = sorted((d.claim for d in group), key=lambda c: c["start"])
        against = sorted(evidence.owners(denial.claim))
        whose = (" what " + " and ".join(evidence.actor_name(a) for a in against) + " claim") if against else ""
        summary = (f"{_with_verb(evidence.speaker_name(claims[0]), 'denies', 'deny')}{whose}: {evidence.quote(*claims)} "
                   f"({evidence.title(denial.claim)}); no statement of what is denied was found.")
        confidence = self.settings.one_sided_strength * denial.strength * record_confidence(denial.claim)
        return {
            "kind": "one_sided_denial", "items": [c["id"] for c in claims],
            "reason": summary, "summary": summary, "confidence": round(confidence, 2),
            "actors": sorted(set().union(*(evidence.speakers(c) for c in claims)) | set(against)),
            "against": against, "overlap": None,
            "sides": [evidence.side(c, "denies") for c in claims],
            "sources": {"denies": evidence.sources([c["id"] for c in claims])},
        }

    def _denial_record(self, group: list[tuple[Denial, list]], evidence: "Evidence") -> dict[str, Any]:
        best: dict[str, tuple] = {}
        for _, matched in group:
            for record, share, strength in matched:
                key = _key(record)
                if key not in best or strength > best[key][2]:
                    best[key] = (record, share, strength)
        matched = _spread(sorted(best.values(), key=lambda m: (-m[2], _key(m[0]))))[:self.settings.max_assertions]
        denial = max((d for d, _ in group), key=lambda d: (d.strength, d.claim["id"]))
        claims = sorted((d.claim for d, _ in group), key=lambda c: c["start"])
        assertions = [m[0] for m in matched]
        first = assertions[0]
        confidence = denial.strength * matched[0][2] * record_confidence(first) * record_confidence(denial.claim)
        deniers = set().union(*(evidence.side_of(c) for c in claims))  # never the accuser
        summary = (f"{evidence.says(first, deniers)}; {_with_verb(evidence.speaker_name(claims[0]), 'denies', 'deny')} it: "
                   f"{evidence.quote(*claims)} ({evidence.title(denial.claim)}).")
        who = set().union(*(evidence.speakers(c) | evidence.actors(c) for c in claims))
        return {
            "kind": "denial", "items": [r["id"] for r in assertions if r["id"]] + [c["id"] for c in claims],
            "reason": summary, "summary": summary, "confidence": round(confidence, 2),
            "actors": sorted(who & set().union(*(evidence.expanded(evidence.actors(r)) for r in assertions))),
            "overlap": matched[0][1],
            "sides": [evidence.side(r, "asserts", deniers) for r in assertions] + [evidence.side(c, "denies") for c in claims],
            "sources": {"asserts": evidence.sources([r["id"] for r in assertions if r["id"]])
                        + len({r["doc"] for r in assertions if not r["id"]}),
                        "denies": evidence.sources([c["id"] for c in claims])},
        }

    # --- (b) cooperation and conflict of one pair in one period ---------------------------------

    def opposite_quads(self, evidence: "Evidence") -> list[dict[str, Any]]:
        by_pair: dict[tuple[str, str], list[tuple[date, str, str]]] = defaultdict(list)
        for event in evidence.events_by_id.values():
            side = self.plover.side(event.get("type"))
            pair = _pair(event)
            when = evidence.day(event)
            if side and pair and when and event.get("mode") in self.settings.asserted_modes \
                    and not event.get("negated"):
                by_pair[pair].append((when, event["id"], side))
        found = []
        for pair, dated in sorted(by_pair.items()):
            for period in _periods(sorted(dated), self.settings.period_days):
                sides = {side: [i for _, i, s in period if s == side] for side in ("cooperation", "conflict")}
                if sides["cooperation"] and sides["conflict"]:
                    found.append(self._quad_record(pair, period, sides, evidence))
        return found

    @staticmethod
    def _quad_record(pair, period, sides, evidence: "Evidence") -> dict[str, Any]:
        first, last = period[0][0].isoformat(), period[-1][0].isoformat()
        events = [evidence.events_by_id[i] for _, i, _ in period]
        names = [evidence.actor_name(a) for a in pair]
        summary = (f"{names[0]} and {names[1]} both cooperate and clash between {first} and {last}: "
                   f"{evidence.says(evidence.events_by_id[sides['cooperation'][0]])}; "
                   f"{evidence.says(evidence.events_by_id[sides['conflict'][0]])}.")
        return {
            "kind": "cooperation_vs_conflict", "items": [e["id"] for e in events],
            "reason": summary, "summary": summary,
            "confidence": round(min(record_confidence(e) for e in events), 2),
            "actors": list(pair), **sides, "period": [first, last],
            "sides": [evidence.side(e, "cooperation" if e["id"] in sides["cooperation"] else "conflict")
                      for e in events],
            "sources": {side: evidence.sources(ids) for side, ids in sides.items()},
        }

    # --- (c) a claim and "declined to comment" by its subject ----------------------------------

    def declined_comments(self, evidence: "Evidence") -> list[dict[str, Any]]:
        found = []
        silences = {c["id"]: self.rules.silence(c, evidence.doc_text(c)) for c in evidence.claims_by_id.values()}
        # "Barclays declined to comment, saying it does not respond to ...": the nested
        # "it does not respond" is the same silence, its speaker a pronoun resolved on its own
        outer = {(c["doc"], c.get("sentence")) for c in evidence.claims_by_id.values()
                 if silences[c["id"]] and not c.get("parent")}
        for claim in evidence.claims_by_id.values():
            silence = silences[claim["id"]]
            if silence is None or not evidence.speakers(claim):
                continue
            if claim.get("parent") and (claim["doc"], claim.get("sentence")) in outer:
                continue
            matched = []
            if not silence.points_back:
                matched = [m for m in self._same_proposition(claim, silence.target, evidence)
                           if m[0]["id"] in evidence.claims_by_id]
            acts = frozenset() if silence.points_back and not silence.formal else self.rules.acts(silence.target)
            if not matched and (silence.points_back or acts):
                # a bare "declined to comment" or one on "the report (of X)" answers the last claim
                # about its subject just before (one made by the act it names); one on a named
                # topic ("his new role") only that topic; one on "the lawsuit" only a stated charge
                reach = self.settings.reference_sentences
                matched = [(r, None, self.settings.pointing_strength) for r in self._antecedents(
                    claim, evidence, acts, reach=reach, formal=silence.formal) if r["id"] in evidence.claims_by_id]
            if matched:
                found.append(self._silence_record(silence, matched, evidence))
        return sorted(found, key=lambda c: c["items"])

    def _silence_record(self, silence: Silence, matched: list, evidence: "Evidence") -> dict[str, Any]:
        record, share, strength = sorted(matched, key=lambda m: (-m[2], m[0]["id"]))[0]
        claim = silence.claim
        summary = (f"{evidence.says(record)}; {_with_verb(evidence.speaker_name(claim), 'declines', 'decline')} to comment: "
                   f"{evidence.quote(claim)} ({evidence.title(claim)}).")
        return {
            "kind": "declined_comment", "items": [record["id"], claim["id"]],
            "reason": summary, "summary": summary,
            "confidence": round(strength * record_confidence(record) * record_confidence(claim), 2),
            "actors": sorted(evidence.speakers(claim) & evidence.actors(record)), "overlap": share,
            "sides": [evidence.side(record, "asserts"), evidence.side(claim, "declines")],
            "sources": {"asserts": 1, "declines": 1},
        }


class Evidence:
    """Events and claims indexed by id, by document and by the actors they are about, with
    the names and titles a reader needs."""

    def __init__(self, events: Sequence[Record], claims: Sequence[Record], mentions: Iterable[Record],
                 documents: Iterable[Record], actors: Iterable[Any], settings: ContradictionSettings,
                 rules: ContradictionRules, sentences: Mapping[str, Sequence[tuple[int, int]]] | None = None):
        self.settings, self.rules = settings, rules
        self._sentences = dict(sentences or {})
        self.events_by_id = {e["id"]: e for e in events}
        self.documents = {d["id"]: d for d in documents}
        # a pointing denial is paired by its label ("denied the claims"), as any other
        self.claims_by_id = {c["id"]: claim_as_written(c) for c in claims}
        self.published = {i: parse_published(d.get("published")) for i, d in self.documents.items()}
        self._index_actors(list(actors))
        mentions = [m for m in mentions if m.get("actor")]
        self._mentions_by_doc: dict[str, list[Record]] = defaultdict(list)
        self._written: dict[tuple[str, str], set[str]] = defaultdict(set)  # how an actor is named in a document
        for mention in mentions:
            self._mentions_by_doc[mention["doc"]].append(mention)
            self._written[(mention["doc"], mention["actor"])].add(mention.get("text") or "")
        self._actors = _actors_of(self.events_by_id, self.claims_by_id, mentions)
        self._words: dict[str, frozenset[str]] = {}
        self.denied_in: dict[str, set] = defaultdict(set)  # the sentences of each document holding a denial
        self._weights = _word_weights(self, [*events, *claims])
        self._index_sentences(events, claims)
        self._index_assertions([*events, *claims])

    def _index_actors(self, actors: list[Any]) -> None:
        self.names = {_get(a, "id"): _get(a, "name") for a in actors}
        self.kinds = {_get(a, "id"): _get(a, "kind") for a in actors}
        # the organisations a person speaks for: statements of one side do not contradict it
        self.sides = {_get(a, "id"): {f["actor"] for f in _get(a, "affiliations") or ()
                                      if f.get("relation") == "member_of" and f.get("actor")}
                      for a in actors}
        self.parents = {_get(a, "id"): {f["actor"] for f in _get(a, "affiliations") or () if f.get("actor")}
                        for a in actors}

    def _index_sentences(self, events: Sequence[Record], claims: Sequence[Record]) -> None:
        # sentences that deny or decline: the events in them are what is denied, not assertions
        self._unasserted = {(c["doc"], c.get("sentence")) for c in claims if c.get("stance") != "assert"}
        # who speaks in a sentence: an event there without a claim of its own is theirs too
        self._said_in: dict[tuple, set[str]] = defaultdict(set)
        for claim in claims:
            self._said_in[(claim["doc"], claim.get("sentence"))] |= {
                a for a in (claim.get("speaker"), claim.get("speaker_affiliation")) if a}
        # the act of denying ("Hamas denied the report") names who denies
        self._deniers: dict[tuple, set[str]] = defaultdict(set)
        self._types: dict[str, set[str]] = defaultdict(set)
        self._events_by_claim: dict[str, list[Record]] = defaultdict(list)
        for event in events:
            if (event.get("trigger") or "").casefold() in self.rules.verb_of_form and event.get("source"):
                self._deniers[(event["doc"], event.get("sentence"))].add(event["source"])
            if event.get("claim"):
                self._events_by_claim[event["claim"]].append(event)
                if event.get("type"):
                    self._types[event["claim"]].add(event["type"])

    def _index_assertions(self, records: Sequence[Record]) -> None:
        """Asserted records by document, by actor, by actor and its groups, and (events) by
        PLOVER type and actor: the blocks that candidates are drawn from."""
        self._by_doc: dict[str, list[Record]] = defaultdict(list)
        self._by_actor: dict[str, list[Record]] = defaultdict(list)
        self._by_group: dict[str, list[Record]] = defaultdict(list)
        self._by_speaker: dict[str, list[Record]] = defaultdict(list)
        self._by_type_actor: dict[tuple[str, str], list[Record]] = defaultdict(list)
        for record in records:
            if not self._asserted(record):
                continue
            self._by_doc[record["doc"]].append(record)
            for actor in sorted(self.actors(record)):
                self._by_actor[actor].append(record)
            for actor in sorted(self.speakers(record)):
                self._by_speaker[actor].append(record)
            for actor in sorted(self.expanded(self.actors(record))):
                self._by_group[actor].append(record)
                if record["id"] in self.events_by_id and record.get("type"):
                    self._by_type_actor[(record["type"], actor)].append(record)

    # --- what is asserted, and what may be paired -------------------------------------------

    def about(self, record: Record, who: set[str]) -> bool:
        """Whether ``record`` is about or by one of ``who`` (with their groups and members): a
        statement sharing a denial's words but about others makes another charge (a minister
        attacking the press's campaign coverage is not "the party engages in personal campaigning")."""
        if not who:
            return True
        return bool(self.expanded(who) & self.expanded(self.actors(record) | self.speakers(record)))

    def _asserted(self, record: Record) -> bool:
        if record["id"] in self.claims_by_id:
            # a position ("hopes", "opposes") holds nothing true: no side of a contradiction
            return (record.get("stance") == "assert" and record.get("act") != "position"
                    and not self._rejects(record))
        holder = self.claims_by_id.get(record.get("claim") or "")
        if holder is not None and (holder.get("stance") != "assert" or self._rejects(holder)):
            return False  # the content of a denial or of a silence asserts nothing
        if (record["doc"], record.get("sentence")) in self._unasserted:
            return False
        if (record.get("trigger") or "").casefold() in self.rules.verb_of_form:
            return False  # "rejects the claim" as an event is the act of denying
        return record.get("mode") in self.settings.asserted_modes and not record.get("negated")

    def _rejects(self, claim: Record) -> bool:
        """A claim told with a denial verb that is no denial ("he has rejected any tariff
        increases": a proposal turned down) asserts nothing of its content: it is on the
        denier's side, never the charge."""
        return ((claim.get("cue") or "").split() or [""])[-1].casefold() in self.rules.verb_of_form

    def assertions_about(self, actors: Iterable[str]) -> list[Record]:
        """Asserted records about any of ``actors``, each once (the blocking step)."""
        seen: dict[str, Record] = {}
        for actor in sorted(actors):
            for record in self._by_actor.get(actor, ()):
                seen.setdefault(record["id"], record)
        return list(seen.values())

    def candidates(self, claim: Record, who: set[str]) -> list[Record]:
        """Asserted records about or by ``who``, and those of the claim's own document."""
        seen = {r["id"]: r for r in self.assertions_about(who)}
        for actor in sorted(who):
            for record in self._by_speaker.get(actor, ()):
                seen.setdefault(record["id"], record)
        for record in self.assertions_in(claim["doc"]):
            seen.setdefault(record["id"], record)
        return list(seen.values())

    def assertions_about_groups(self, actors: Iterable[str]) -> list[Record]:
        """Asserted records about any of ``actors`` or their members, each once."""
        seen: dict[str, Record] = {}
        for actor in sorted(actors):
            for record in self._by_group.get(actor, ()):
                seen.setdefault(record["id"], record)
        return list(seen.values())

    def assertions_in(self, doc: str) -> list[Record]:
        return self._by_doc.get(doc, [])

    def may_pair(self, record: Record, claim: Record, within: bool = False) -> bool:
        """Whether ``record`` can stand against ``claim``: not itself, not its content or its
        nested claims, not the event of its saying, not a recycled copy of it, not the same
        statement, not the same speaker."""
        if record["id"] == claim["id"] or self.inside(record, claim["id"]) or self.inside(claim, record["id"]):
            return False
        group = claim.get("reuse_group")
        if group is not None and record.get("reuse_group") == group and record["doc"] != claim["doc"]:
            return False  # a copy of the same recycled text; within one article they are two statements
        if record["doc"] == claim["doc"]:
            if not within and record.get("sentence") is not None and record.get("sentence") == claim.get("sentence"):
                return False
            if _overlaps(record, claim) or _is_the_act_of(record, claim):
                return False
        if self.side_of(record) & self.side_of(claim) or self._same_person(record, claim):
            return False
        if record["id"] in self.events_by_id and not record.get("claim") \
                and record.get("source") in self.side_of(claim):
            return False  # "he hit back at the claims": the denier's own act, told by the article
        return True

    def agrees(self, record: Record, words: frozenset[str]) -> bool:
        """Whether ``record`` says the denied ``words`` under a negation of its own ("we don't
        think we got our sums wrong" beside "ministers deny care sums wrong"), or calls a charge
        unfounded itself ("X chose to make unsubstantiated allegations"): it agrees."""
        said = self._said(record)
        if self.rules.dismissive.search(said):
            return True
        negation = self.rules.negation.search(said)
        if negation and content_words(said[negation.end():], self.rules.stop_words) & words:
            return True
        # "worried about the possibility of perceived bias" voices a fear, it makes no charge
        voiced = f"{self._holder(record).get('cue') or ''} {said}" if record["id"] else said  # "feared that ..."
        hedge = self.rules.hedge.search(voiced)
        shared = words & self.words(record)
        return bool(hedge and shared and shared <= content_words(voiced[hedge.end():], self.rules.stop_words))

    def _said(self, record: Record) -> str:
        """What a record asserts: a claim's content, the content of an event's claim, or an
        event's sentence."""
        holder = self.claims_by_id.get(record.get("claim") or "") if record["id"] in self.events_by_id else None
        return (holder or record).get("text") or ""

    def _same_person(self, record: Record, claim: Record) -> bool:
        """Two speakers one person by name: "Ian" and "Ian Blair", or unresolved and spelt alike;
        or, in one document, an unresolved "the chancellor" (who may well be the other)."""
        for speaker in (self._holder(record), claim):  # either side: "the attorney general denied"
            if record["doc"] == claim["doc"] and speaker.get("speaker_text") and not speaker.get("speaker") \
                    and speaker["speaker_text"].casefold().startswith("the ") \
                    and speaker["speaker_text"].casefold().split()[-1] in self.rules.role_nouns:
                return True
        names = [self._name_words(r) for r in (record, claim)]
        return bool(names[0] and names[1] and (names[0] <= names[1] or names[1] <= names[0]))

    def _holder(self, record: Record) -> Record:
        """The claim that says ``record``: itself, or an event's claim (empty for the article's own)."""
        if record["id"] in self.events_by_id:
            return self.claims_by_id.get(record.get("claim") or "") or {}
        return record

    def _name_words(self, record: Record) -> frozenset[str]:
        record = self._holder(record)
        name = self.names.get(record.get("speaker")) or record.get("speaker_text") or ""
        words = frozenset(w for w in name.casefold().split() if w[:1].isalpha())
        return frozenset() if words <= _PRONOUNS else words

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

    def same_time(self, record: Record, claim: Record) -> bool:
        """Whether ``record`` and ``claim`` can be about one time: their own times (an event's,
        a claim's events') within a year, else their documents' dates. The article's own
        dated account ("in 2001 Sky pulled out of a bidding war") is background, not about the
        time of an undated denial."""
        own, other = self.own_day(record), self.own_day(claim)
        if own and other:
            return abs((own - other).days) <= self.settings.claim_period_days
        if own and record["id"] in self.events_by_id and not record.get("claim"):
            return False
        one, two = self.day(record), self.day(claim)
        return one is None or two is None or abs((one - two).days) <= self.settings.claim_period_days

    def own_day(self, record: Record) -> date | None:
        """The first day of a record's own time: an event's, or the earliest of a claim's events."""
        days = [value_start((e.get("time") or {}).get("value")) for e in self.events_of(record) if e.get("time")]
        return min((d for d in days if d), default=None)

    def compatible_types(self, first: Record, second: Record) -> bool:
        one, other = self.types(first), self.types(second)
        return not one or not other or bool(one & other)

    # --- what records are about ---------------------------------------------------------------

    def actors(self, record: Record) -> set[str]:
        if record["id"] is None:  # the article's own sentence: the actors named in it
            return set(record.get("actors") or ())
        return self._actors.get(record["id"], set())

    def types(self, record: Record) -> set[str]:
        if record["id"] in self.events_by_id:
            return {record["type"]} if record.get("type") else set()
        return self._types.get(record["id"], set())

    def speakers(self, record: Record) -> set[str]:
        """Who says it: a claim's speaker and affiliation; for an event, its claim's."""
        if record["id"] in self.events_by_id:
            holder = self.claims_by_id.get(record.get("claim") or "")
            if holder is None:
                return set(self._said_in.get((record["doc"], record.get("sentence")), ()))
            record = holder
        relative = self.relative_denier(record)
        found = {relative} if relative else {a for a in (record.get("speaker"), record.get("speaker_affiliation")) if a}
        if record.get("stance") == "deny":
            found |= self._deniers.get((record.get("doc"), record.get("sentence")), set())
        return found

    def relative_denier(self, claim: Record) -> str | None:
        """Who denies in "X faced charges of theft, which he denies": the first person (for
        "he"/"she") or actor named in the sentence before the cue, not whoever the pronoun was
        resolved to (often the last name before it: "X fought Y. X faced charges, which he denies")."""
        if claim.get("stance") != "deny" or claim["id"] not in self.claims_by_id:
            return None
        pronoun = (claim.get("speaker_text") or "").casefold()
        cue = claim.get("cue_span")
        if pronoun not in _PRONOUNS or not cue or not re.search(r"\bwhich\s+\S+\s*$", self.doc_text(claim)[max(0, cue[0] - 30):cue[0]]):
            return None
        spans = self.sentence_spans(claim["doc"])
        index = claim.get("sentence")
        start = spans[index][0] if index is not None and index < len(spans) else cue[0]
        people = pronoun in ("he", "she")
        mentions = [m for m in sorted(self._mentions_by_doc.get(claim["doc"], ()), key=lambda m: m["start"])
                    if not people or self.kinds.get(m["actor"]) == "PERSON"]
        for mention in mentions:
            if start <= mention["start"] and mention["end"] <= cue[0]:
                return mention["actor"]
        # a surname the tagger missed ("On Monday Lund faced ..."): an actor of the document
        # whose name ends in that word
        by_surname: dict[str, str] = {}
        for mention in mentions:
            name = (self.names.get(mention["actor"]) or "").split()
            if name:
                by_surname.setdefault(name[-1], mention["actor"])
        for word in re.findall(r"\b[A-Z][\w'’-]+", self.doc_text(claim)[start:cue[0]]):
            if word in by_surname:
                return by_surname[word]
        return None

    def expanded(self, actors: Iterable[str]) -> set[str]:
        """Actors with the groups they belong to, two levels up (a commander, his branch, its
        organisation)."""
        found = set(actors)
        for _ in range(2):
            found |= set().union(*(self.parents.get(a, ()) for a in found))
        return found

    def events_of(self, record: Record) -> list[Record]:
        """An event itself, or the events a claim holds."""
        if record["id"] in self.events_by_id:
            return [record]
        return self._events_by_claim.get(record["id"], [])

    def events_with(self, keys: set[tuple[str, str]]) -> list[Record]:
        """Asserted events of any (type, actor) in ``keys``, each once (the blocking step)."""
        seen: dict[str, Record] = {}
        for key in sorted(keys):
            for event in self._by_type_actor.get(key, ()):
                seen.setdefault(event["id"], event)
        return list(seen.values())

    def cooperates(self, record: Record, plover: Plover) -> bool:
        return any(plover.side(e.get("type")) == "cooperation" for e in self.events_of(record))

    def sentence_actors(self, record: Record) -> set[str]:
        """The actors named in a record's span (an event's is its sentence), with their groups."""
        spans = content_spans(record["start"], record["end"], record.get("pieces"))  # an event's: None
        named = {m["actor"] for m in self._mentions_by_doc.get(record["doc"], ())
                 if any(s <= m["start"] and m["end"] <= e for s, e in spans)}
        return self.expanded(named | self.actors(record))

    def side_of(self, record: Record) -> set[str]:
        """The speakers of a record and the organisations they belong to."""
        speakers = self.speakers(record)
        return speakers.union(*(self.sides.get(s, ()) for s in speakers))

    def overlap(self, first: frozenset[str], second: frozenset[str]) -> tuple[int, float]:
        """(shared words, weighted share of the smaller set found in the other): rare words
        weigh more, so two statements do not match on "election" and "win" alone."""
        if not first or not second:
            return 0, 0.0
        small = first if len(first) <= len(second) else second
        shared = first & second
        weight = self._weights
        total = sum(weight.get(w, 1.0) for w in small)
        return len(shared), sum(weight.get(w, 1.0) for w in shared) / total

    def words(self, record: Record) -> frozenset[str]:
        words = self._words.get(record["id"])
        if words is None:
            words = self._words[record["id"]] = content_words(record.get("text") or "", self.rules.stop_words)
        return words

    def day(self, record: Record) -> date | None:
        """When: the first day of an event's time, else its document's publication date."""
        when = value_start((record.get("time") or {}).get("value")) if record.get("time") else None
        return when or self.published.get(record["doc"])

    def sources(self, ids: list[str]) -> int:
        """Independent origins of ``ids``, by the rule relations count them with."""
        marks = ReuseMarks()
        for i in ids:
            record = self.events_by_id.get(i) or self.claims_by_id.get(i) or {}
            if record.get("reuse_group") is not None:
                marks.passage[i] = record.get("reused")
                marks.group[i] = record["reuse_group"]
        return independent_sources(ids, self.events_by_id, self.claims_by_id, marks)

    # --- the article's own sentences ---------------------------------------------------------

    def sentence_spans(self, doc: str) -> Sequence[tuple[int, int]]:
        """The sentences of a document as (start, end): the build's, else split on end marks."""
        if doc not in self._sentences:
            text = self.doc_text({"doc": doc})
            self._sentences[doc] = [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]
        return self._sentences[doc]

    def sentence_at(self, doc: str, offset: int) -> int:
        spans = self.sentence_spans(doc)
        return next((i for i, (start, end) in enumerate(spans) if start <= offset < end), len(spans))

    def name_words(self, claim: Record) -> frozenset[str]:
        """The words of the denier's name as written (capitalised, no titles or roles):
        "Mr Walsh" -> {"Walsh"}."""
        names = [self.names.get(claim.get("speaker")) or "", claim.get("speaker_text") or ""]
        words = frozenset(w.strip(".,'’s") for n in names for w in n.split()
                          if w[:1].isupper() and w.strip(".,").casefold() not in _TITLES
                          and w.casefold() not in self.rules.role_nouns and w.casefold() not in _PRONOUNS
                          and w.casefold() not in self.rules.stop_words and len(w.strip(".,'’s")) > 2)
        # "Orland Mining": "Mining" names no one in "the Mining Ministry"; a word the corpus
        # writes in lower case in many statements is a common word, not a name
        proper = frozenset(w for w in words if not self._common(w))
        return proper or words

    def _common(self, word: str) -> bool:
        stems = content_words(word.casefold(), frozenset())
        return bool(stems) and all(self._weights.get(s, math.inf) < COMMON_NAME_WEIGHT for s in stems)

    def names_denier(self, claim: Record, start: int, end: int, sentence: str) -> bool:
        """Whether the sentence [start, end) names who denies: a mention of the denier (or of
        a group it belongs to), or a word of its name."""
        denier = self.speakers(claim)  # not its groups: "WorldCom" is not Ebbers
        named = {m["actor"] for m in self._mentions_by_doc.get(claim["doc"], ()) if start <= m["start"] and m["end"] <= end}
        if denier and named & denier:
            return True
        written = {w.strip(".,;:!?'\"“”‘’").removesuffix("'s").removesuffix("’s") for w in sentence.split()}
        if self.name_words(claim) & written:
            return True
        # an unresolved denier named by a description ("The firms denied ..."): the same words
        described = re.match(r"(?:the|both) (\w+)$", (claim.get("speaker_text") or "").casefold())
        return bool(described and not claim.get("speaker")
                    and re.search(rf"\b(?:the|both) {described.group(1)}\b", sentence.casefold()))

    def statement_text(self, record: Record) -> str:
        """The words of a record's whole statement (a claim from its speaker or cue on)."""
        start, end = _statement(record) if record["id"] in self.claims_by_id else (record["start"], record["end"])
        return self.doc_text(record)[start:end]

    def statement_actors(self, record: Record) -> set[str]:
        """The actors named in a record's whole statement (a claim's from its speaker or cue on)."""
        start, end = _statement(record) if record["id"] in self.claims_by_id else (record["start"], record["end"])
        return {m["actor"] for m in self._mentions_by_doc.get(record["doc"], ()) if start <= m["start"] and m["end"] <= end}

    def speaks_in(self, claim: Record, start: int, end: int) -> bool:
        """Whether the denier's side makes a statement in [start, end) ("X claims he has been
        cleared" is his own account, not the charge against him)."""
        side = self.side_of(claim)
        return any(start <= other["start"] < end and not other.get("parent") and self.side_of(other) & side
                   for other in self.claims_in(claim["doc"]))  # a nested claim is part of the charge

    def claims_in(self, doc: str) -> list[Record]:
        if not hasattr(self, "_claims_by_doc"):
            self._claims_by_doc: dict[str, list[Record]] = defaultdict(list)
            for record in self.claims_by_id.values():
                self._claims_by_doc[record["doc"]].append(record)
        return self._claims_by_doc.get(doc, [])

    def stated(self, claim: Record, start: int, end: int) -> Record:
        """What stands for the sentence [start, end) as the assertion of a charge: a claim lying
        in it (its speaker makes the charge), else the sentence itself, the article's."""
        text = self.doc_text(claim)
        cues = [m.span() for m in self.rules.allegation.finditer(text, start, end)]

        def makes_it(record: Record) -> bool:
            # "Prosecutors alleged that ...": its cue is the charge's; in "the regulator is looking
            # into whether the pair knew ...", "the pair knew" is what is charged, no one's claim
            cue = record.get("cue_span") or [record["start"], record["start"]]
            return any(a <= cue[0] < b or cue[0] <= a < cue[1] for a, b in cues)

        inside = [r for r in self.assertions_in(claim["doc"]) if r["id"] in self.claims_by_id
                  and start <= r["start"] and r["end"] <= end and self.may_pair(r, claim) and makes_it(r)]
        if inside:  # the outermost statement: "papers claimed that X, which had been expected to win"
            return min(inside, key=lambda r: (bool(r.get("parent")), r["start"] - r["end"], r["start"]))
        named = {m["actor"] for m in self._mentions_by_doc.get(claim["doc"], ()) if start <= m["start"] and m["end"] <= end}
        return {"id": None, "doc": claim["doc"], "start": start, "end": end, "text": text[start:end], "actors": sorted(named)}

    def owners(self, claim: Record) -> set[str]:
        """Whose claim a denial names in its own words ("denied Conservative claims that ...",
        "rejects the BNP's claim"): actors named before the claim noun, not the denier's side."""
        noun = self.rules.claim_object.match(_plain_lower(claim.get("text") or ""))
        if not noun:
            return set()
        limit = claim["start"] + noun.end()
        named = {m["actor"] for m in self._mentions_by_doc.get(claim["doc"], ()) if claim["start"] <= m["start"] < limit}
        return named - self.expanded(self.side_of(claim))

    def rare(self, words: frozenset[str]) -> bool:
        """Whether every word is rare in the corpus (few statements hold it): one such word can
        name a proposition ("intimidation"), a common one cannot ("win")."""
        return bool(words) and all(self._weights.get(w, RARE_WEIGHT) >= RARE_WEIGHT for w in words)

    # --- words for a reader -------------------------------------------------------------------

    def doc_text(self, record: Record) -> str:
        return (self.documents.get(record["doc"]) or {}).get("text") or ""

    def title(self, record: Record) -> str:
        document = self.documents.get(record["doc"]) or {}
        return f"“{document.get('title') or document.get('path') or record['doc']}”"

    def actor_name(self, actor: str | None) -> str:
        return self.names.get(actor) or actor or "someone"

    def speaker_name(self, claim: Record) -> str:
        relative = self.relative_denier(claim) if claim.get("id") else None
        if relative in self.names:  # "..., which he denies": the one charged
            return self.names[relative]
        text = self.rules.shown_speaker(claim.get("speaker_text") or "") or None
        if is_voice(claim) and claim["speaker"] in self.names:  # "a spokesman for Acme": no person named
            return voice_label(text or "", self.names[claim["speaker"]])
        if claim.get("speaker") in self.names:
            name = self.names[claim["speaker"]]
            if self._named_so(claim, name, text):
                return name
            return _from_title(text)  # "Lord Roberts" resolved to another Roberts: the article's words
        text = claim.get("speaker_text")
        text = self.rules.shown_speaker(text) if text else text
        if claim.get("speaker_affiliation") in self.names and (not text or text.casefold() in _PRONOUNS):
            return f"a source of {self.names[claim['speaker_affiliation']]}"
        if text and text.casefold() in _PRONOUNS:
            # "he denied ..." with no one resolved: the article names him, the build did not
            # find whom; no "unnamed source" the article never had
            return f"“{text}” (speaker not resolved)"
        if not text:
            return "an unnamed source"
        return text

    def _named_so(self, claim: Record, name: str, text: str | None) -> bool:
        """Whether the resolved name may stand for the speaker as written: the speaker is a
        pronoun or a description, or the name holds a word of it and, under a title, every name
        word of it ("Mr Ebbers": "Bernie Ebbers"), or the document writes the full name.
        "Lord Roberts of Conwy" resolved to "Sion Aubrey Roberts", or "Barclays" to "Wells
        Fargo", is another actor: the article's words are shown."""
        if not text or text.casefold() in _PRONOUNS or not text[:1].isupper() or text.casefold().startswith("the "):
            return True
        cue = ((claim.get("cue") or "").split() or [""])[-1].casefold()
        if cue and cue in name.casefold().split():
            return False  # a name glued to its verb ("X rejects Lions" from a headline) is no name
        words = [w.strip(".,'’").removesuffix("'s").removesuffix("’s") for w in text.split()]
        proper = {w.casefold() for w in words if w[:1].isupper() and w.casefold() not in _TITLES
                  and w.casefold() not in self.rules.role_nouns}
        if proper and not proper & set(name.casefold().split()):
            return False  # "Barclays" resolved to "Wells Fargo": no word of the name is written
        titled = next((i for i, w in enumerate(words) if w.casefold() in _TITLES), None)
        if titled is not None and {w.casefold() for w in words[titled + 1:] if w[:1].isupper()} - set(name.casefold().split()):
            return False  # "Lord Roberts of Conwy" is not "Sion Aubrey Roberts"
        written = {w.casefold() for w in self._written.get((claim["doc"], claim["speaker"]), ())}
        return name.casefold() in written or not any(w.strip(".,").casefold() in _TITLES for w in text.split())

    def quote(self, *records: Record) -> str:
        """The statement as written: for claims from the first speaker or cue to the last
        content's end (records of one document)."""
        text = self.doc_text(records[0])
        spans = [s for r in records for s in (content_extent(r), r.get("speaker_span"), r.get("cue_span")) if s]
        start, end = min(s[0] for s in spans), max(s[1] for s in spans)
        quoted = " ".join((text[start:end] if text else records[0].get("text") or "").split())
        if len(quoted) > QUOTE_CHARS:
            quoted = quoted[:QUOTE_CHARS - 1].rstrip() + "…"
        return f"“{quoted}”"

    def says(self, record: Record, denier: set[str] | frozenset[str] = frozenset()) -> str:
        """'X says “…” (“title”)' for a claim; for what the article tells with no claim, as
        :meth:`asserter` reads it: '“title” reports a charge by X: “…”', 'Unattributed reports
        say “…” (“title”)', or '“title” reports “…”' (a fact the article states)."""
        kind, name = self.asserter(record, denier)
        if kind == "speaker":
            return f"{_with_verb(name or 'someone', 'says', 'say')} {self.quote(record)} ({self.title(record)})"
        if kind == "accuser":
            return f"{self.title(record)} reports a charge by {name}: {self.quote(record)}"
        if kind == "unattributed":
            return f"{UNATTRIBUTED.capitalize()} say {self.quote(record)} ({self.title(record)})"
        return f"{self.title(record)} reports {self.quote(record)}"

    def side(self, record: Record, role: str, denier: set[str] | frozenset[str] = frozenset()) -> dict[str, Any]:
        """A reference to one item: document, offsets, speaker, stance (no copied text), and
        ``asserter``, what kind of source the speaker is (:meth:`asserter`): the speaker is
        None only for a fact the article states itself."""
        document = self.documents.get(record["doc"]) or {}
        kind, name = self.asserter(record, denier)
        speaker = UNATTRIBUTED if kind == "unattributed" else name
        return {"id": record["id"], "role": role, "doc": record["doc"], "path": document.get("path"),
                "title": document.get("title"), "start": record["start"], "end": record["end"],
                "speaker": speaker, "asserter": kind, "stance": record.get("stance") or record.get("type")}

    def asserter(self, record: Record, denier: set[str] | frozenset[str] = frozenset()) -> tuple[str, str | None]:
        """Who asserts ``record``, as (kind, name): ("speaker", name) for a claim or an event a
        claim tells; for what the article tells with no claim, ("accuser", name) when its
        sentence names who makes the charge (an accusation event's source, "accused by X"),
        ("unattributed", None) when it reports a charge or a rumour whose source it leaves out
        ("X is said to ...", "X has been accused of ...", "reports suggest"), else ("article",
        None), a fact the article states. ``denier``: the other side's speakers, never the
        accuser."""
        holder = self._holder(record) if record["id"] else {}
        if holder and not any(holder.get(k) for k in ("speaker", "speaker_text", "speaker_affiliation")):
            return "unattributed", None  # a claim of no one named or written: "allegedly", "it is thought"
        if holder:
            return "speaker", self.speaker_name(holder)
        accuser = self._accuser(record, self.expanded(denier))
        if accuser:
            return "accuser", accuser
        said = self.doc_text(record)[record["start"]:record["end"]] or record.get("text") or ""
        if self.rules.unattributed is not None and self.rules.unattributed.search(said):
            return "unattributed", None
        return "article", None

    def _accuser(self, record: Record, denier: set[str]) -> str | None:  # a name, not an id
        """The maker of the charge that ``record`` (an event, or the article's sentence) tells,
        when its sentence names one: the source of an accusation event there, the actor named
        right after a passive cue and "by", or the one named last before an inquiry ("the
        regulator is looking into whether ...")."""
        start, end = record["start"], record["end"]
        events = [record] if record["id"] in self.events_by_id else [
            e for e in self.events_in(record["doc"]) if min(e["end"], end) > max(e["start"], start)]
        for event in events:
            if event.get("type") in self.rules.accuser_types and event.get("source") \
                    and event["source"] not in denier and not event.get("negated"):
                return self.actor_name(event["source"])
        text = self.doc_text(record)
        named = [m for m in sorted(self._mentions_by_doc.get(record["doc"], ()), key=lambda m: m["start"])
                 if start <= m["start"] and m["end"] <= end and m["actor"] not in denier]
        for mention in named:
            if self.rules.accuser_after and self.rules.accuser_after.search(text[max(start, mention["start"] - 60):mention["start"]]):
                return self.actor_name(mention["actor"])
            owned = re.match(r"(?:['’]s)?\s+", text[mention["end"]:end])  # "Tory claims", "the party's allegations"
            if owned and self.rules.claim_noun and self.rules.claim_noun.match(text, mention["end"] + owned.end(), end):
                return self.actor_name(mention["actor"])
        inquiry = self.rules.inquiry.search(text, start, end) if self.rules.inquiry else None
        if not inquiry:
            return None
        before = [m for m in named if m["end"] <= inquiry.start()]
        if before:
            return self.actor_name(before[-1]["actor"])
        # a body the tagger left without a mention, as the sentence's subject: "AMF is looking into"
        subject = _PROPER_SUBJECT.match(text, start, inquiry.start())
        return subject.group(1) if subject and subject.group(1).casefold() not in _PRONOUNS else None

    def events_in(self, doc: str) -> list[Record]:
        if not hasattr(self, "_events_by_doc"):
            self._events_by_doc: dict[str, list[Record]] = defaultdict(list)
            for event in self.events_by_id.values():
                self._events_by_doc[event["doc"]].append(event)
        return self._events_by_doc.get(doc, [])


_PLURAL_NOUNS = {"people", "police", "children", "media"}  # plurals without an "s"; "-men" too
_SINGULAR_IN_S = {"news", "series", "species", "politics", "economics"}


def _with_verb(subject: str, singular: str, plural: str) -> str:
    """"Kemari officials deny", "Mr Lee denies": the verb agrees with the speaker as written.
    Only a lower-case plural head word ("officials", "the ministers", "spokesmen") counts as
    plural; names ("Jones", "Lloyds") and descriptions in the singular keep the singular."""
    head = subject.split()[-1] if subject.split() else ""
    plural_head = head.islower() and (
        head in _PLURAL_NOUNS or head.endswith("men")
        or (head.endswith("s") and not head.endswith(("ss", "us", "is", "'s", "\u2019s")) and head not in _SINGULAR_IN_S))
    return f"{subject} {plural if plural_head else singular}"


# a sentence opening with a capitalised name and its verb ("The FSA is", "Ofcom has"): its subject
_PROPER_SUBJECT = re.compile(r"(?:The\s+)?((?:[A-Z][\w&.'’-]*\s+){0,3}[A-Z][\w&.'’-]*)\s+(?:\w+ly\s+)?(?:is|are|was|were|has|have|had)\b")
# the asserter of a report or charge whose source the sentence does not name: never the outlet
UNATTRIBUTED = "unattributed reports"
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "who", "which", "that"}
_TITLES = {"mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "dame", "prof", "professor", "rev", "baroness"}
# a sentence when the build gives none: up to an end mark and a space, or a line break
_SENTENCE = re.compile(r"\S[^\n]*?(?:[.!?][\"'”’)]*(?=\s)|(?=\n)|$)")
RARE_WEIGHT = 4.0  # the inverse document frequency (log) of a rare word: in under 2% of statements
COMMON_NAME_WEIGHT = 5.5  # a name word also written in lower case in over 0.4% of statements is a common word


def _from_title(text: str) -> str:
    """A speaker as written from its title on: "Ex-Welsh Office Minister Lord Roberts" -> "Lord Roberts"."""
    words = text.split()
    titled = next((i for i, w in enumerate(words) if w.strip(".,").casefold() in _TITLES), 0)
    return " ".join(words[titled:])


def _key(record: Record) -> str:
    """A record's id, or for the article's own sentence its place."""
    return record["id"] or f"{record['doc']}:{record['start']}-{record['end']}"


def _statement(claim: Record) -> tuple[int, int]:
    """A claim's whole statement: from its speaker or cue to the end of its content (its last
    piece: "The council, he said, could act")."""
    spans = [s for s in (content_extent(claim), claim.get("cue_span"), claim.get("speaker_span")) if s]
    return min(s[0] for s in spans), max(s[1] for s in spans)


def _plain_lower(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[\"“”]", "", text)).strip(" \"'“”‘’,.;:").casefold()


def _word_weights(evidence: "Evidence", records: Sequence[Record]) -> dict[str, float]:
    """Inverse document frequency of content words over all statements (log scale, at least 1)."""
    counts: dict[str, int] = defaultdict(int)
    for record in records:
        for word in evidence.words(record):
            counts[word] += 1
    total = max(len(records), 1)
    return {word: max(1.0, math.log(total / count)) for word, count in counts.items()}


def find_contradictions(events: Sequence[Record], claims: Sequence[Record], *,
                        mentions: Iterable[Record] = (), documents: Iterable[Record] = (),
                        actors: Iterable[Any] = (),
                        settings: ContradictionSettings | None = None,
                        sentences: Mapping[str, Sequence[tuple[int, int]]] | None = None) -> list[dict[str, Any]]:
    """All contradictions among ``events`` and ``claims``; see the module docstring.
    ``sentences``: each document's sentences as (start, end), else they are split on end marks."""
    return ContradictionFinder(settings=settings)(events, claims, mentions=mentions, documents=documents,
                                                  actors=actors, sentences=sentences)


def _get(item: Any, key: str) -> Any:
    """A field of an actor record (a ``graph.json`` dict) or of an :class:`Actor`."""
    return item.get(key) if type(item) is dict else getattr(item, key, None)


def _actors_of(events_by_id: Mapping[str, Record], claims_by_id: Mapping[str, Record],
               mentions: Iterable[Record]) -> dict[str, set[str]]:
    """The actors each record is about: an event's source and target; the actors a claim's
    content names, and the arguments of the events it holds."""
    by_doc: dict[str, list[Record]] = defaultdict(list)
    for mention in mentions:
        if mention.get("actor"):
            by_doc[mention["doc"]].append(mention)
    found: dict[str, set[str]] = {}
    for claim in claims_by_id.values():
        found[claim["id"]] = {m["actor"] for m in by_doc.get(claim["doc"], ())
                              if claim["start"] <= m["start"] and m["end"] <= claim["end"]}
    for event in events_by_id.values():
        actors = {a for a in (event.get("source"), event.get("target")) if a}
        found[event["id"]] = actors
        if event.get("claim") in found:
            found[event["claim"]] |= actors
    return found


def _overlaps(record: Record, claim: Record) -> bool:
    """Whether ``record`` lies in the statement ``claim`` makes, from its speaker or cue to the
    end of its content (what is written between a cue and a far content is the same statement)."""
    spans = [s for s in ((claim["start"], claim["end"]), claim.get("cue_span"), claim.get("speaker_span")) if s]
    start, end = min(s[0] for s in spans), max(s[1] for s in spans)
    return min(record["end"], end) > max(record["start"], start)


def _spread(matched: list[tuple]) -> list[tuple]:
    """Matches best first, each document's first match before any document's second: a list
    cut short still shows the different reports."""
    rank: dict[str, int] = defaultdict(int)
    keyed = []
    for position, match in enumerate(matched):
        doc = match[0]["doc"]
        keyed.append((-match[2], rank[doc], position, match))
        rank[doc] += 1
    return [k[-1] for k in sorted(keyed, key=lambda k: k[:3])]


def _pair(event: Record) -> tuple[str, str] | None:
    source, target = event.get("source"), event.get("target")
    if not source or not target or source == target:
        return None
    return (source, target) if source < target else (target, source)


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

