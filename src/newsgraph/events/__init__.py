"""Events: who did what to whom in one document, typed in PLOVER, with mode and negation.

Input: a :class:`~newsgraph.parse.ParsedDocument`, its sentences, its mentions and its time
records. Output: the document's :class:`~newsgraph.model.Event` records in text order, plus
the GROUP mentions the arguments needed ("ISIS supporters"), numbered after the existing
mentions. ``source``/``target`` of an event index that extended mention list.

A trigger is a verb or noun of the lexicon (``data/event_lexicon.yaml``, extended with
``--lexicon``): its type comes from the lexicon, its arguments from the parse
(``events/syntax.py``), their actors from the mentions (``events/arguments.py``), its mode
from auxiliaries and governing verbs (``events/modality.py``), its time from the sentence's
time expressions. An event is kept when an argument is an actor; a verb outside the lexicon
is kept, with type None, when both its arguments are actors.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Sequence

from spacy.tokens import Span, Token

from newsgraph.coref import CorefLexicon
from newsgraph.events.arguments import Argument, ArgumentActors
from newsgraph.events.confidence import event_confidence, guess_domain, trigger_confidence
from newsgraph.events.lexicon import EventLexicon, EventType
from newsgraph.events.modality import Dating, event_mode, is_negated, last_year
from newsgraph.events.syntax import (SUBJECTS, Roles, clause_closeness, headline_passive_roles, left_modifiers,
                                     noun_roles, received_roles, verb_roles)
from newsgraph.model import Event, Mention, Sentence
from newsgraph.parse import ParsedDocument
from newsgraph.times import time_for_span
from newsgraph.times.rules import TimeRules
from newsgraph.times.tense import tense_direction

__all__ = ["EventFinder", "EventLexicon"]

# types where "A and B negotiated" means A negotiated with B
SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})
COMPLEMENT_DEPTH = 3
EXCLUDE_DEPTH = 4  # "bombarded X with a barrage of requests": the word that changes the sense sits deeper


@dataclass(frozen=True)
class _Context:
    parsed: ParsedDocument
    sentences: Sequence[Sentence]
    times: Sequence[dict[str, Any]]
    actors: ArgumentActors
    offset: int
    domain: str | None = None
    past_year: int | None = None  # an undated document: the latest year it tells as past


# a time that is the dependent of a noun with these relations modifies the noun ("the 1998 treaty")
NOUN_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "nummod", "poss", "npadvmod"})


class EventFinder:
    """Finds the events of a parsed document."""

    def __init__(self, lexicon: EventLexicon, coref: CorefLexicon | None = None,
                 tense: dict[str, Any] | None = None):
        self.lexicon = lexicon
        self.coref = coref or CorefLexicon.from_data()
        # the time stage's tense cues: which dates a document tells as past
        self.tense = tense if tense is not None else TimeRules.from_data().tense

    @classmethod
    def from_data(cls, extra_paths: Sequence[Path] = (), tense: dict[str, Any] | None = None) -> "EventFinder":
        return cls(EventLexicon.from_data(extra_paths), tense=tense)

    def __call__(self, parsed: ParsedDocument, sentences: Sequence[Sentence], mentions: list[Mention],
                 times: Sequence[dict[str, Any]]) -> tuple[list[Event], list[Mention]]:
        actors = ArgumentActors(parsed.document, mentions, self.lexicon, self.coref)
        events: list[Event] = []
        seen: set[tuple] = set()
        domain = guess_domain((doc for _, doc in parsed.chunks), self.lexicon)
        past_year = None if parsed.document.published else self._latest_past_year(parsed, times)
        for offset, doc in sorted(parsed.chunks, key=lambda chunk: chunk[0]):
            context = _Context(parsed, sentences, times, actors, offset, domain, past_year)
            for token in doc:
                for event in self._events_of(token, context):
                    key = (event.trigger_span[0], event.source, event.target)
                    if key not in seen:
                        seen.add(key)
                        events.append(event)
        events.sort(key=lambda e: (e.trigger_span[0], e.source or -1, e.target or -1))
        numbered = [_with_id(event, n) for n, event in enumerate(events)]
        return numbered, actors.added

    def _events_of(self, token: Token, context: _Context) -> list[Event]:
        # words of a name ("World Summit for ...", the film "Dirty War") and verb forms used
        # as adjectives ("promising athlete") name no event
        if token.dep_ in ("amod", "compound") or context.actors.mention_at(context.offset + token.idx) is not None \
                or _in_a_name(token):
            return []
        if token.pos_ == "VERB" and _plural_subject_of_singular(token):
            return []  # "A and B in C talks": a headline's noun the parser took for a verb
        if token.pos_ == "VERB":
            event_type = self._verb_type(token)
            roles = received_roles(token, self.lexicon) if event_type is not None and event_type.sense.received \
                else verb_roles(token, self.lexicon, clause_target=bool(
                    event_type and event_type.type in self.lexicon.clause_target_types),
                    comment=bool(event_type and event_type.type in self.lexicon.comment_types))
            if event_type is not None and not self._sense_holds(token, event_type, context):
                return []
            if event_type is not None and event_type.type in self.lexicon.headline_passive_types \
                    and _in_headline(token, context):
                roles = headline_passive_roles(token) or roles
            if event_type is not None:
                event_type = self.lexicon.in_domain(event_type, context.domain)
            if event_type is None:
                lemma = self.lexicon.lemma(token)
                if lemma in self.lexicon.not_events or lemma in self.lexicon.light_verbs \
                        or not self._sense_holds(token, self.lexicon.untyped, context):
                    return []
                return self._events(token, EventType(None), roles, context, rule="verb-untyped")
            return self._events(token, event_type, roles, context, rule="passive" if roles.passive else "verb")
        if token.pos_ in ("NOUN", "PROPN"):
            if token.dep_ == "dobj" and f"{self.lexicon.lemma(token.head)} {token.lemma_.lower()}" in self.lexicon.verbs:
                return []  # "declared war on X": the verb's entry names the event, once
            event_type = self.lexicon.noun_type((token.lower_, token.lemma_.lower()))
            if event_type is not None and self._told_by_its_verb(token, event_type, context):
                return []  # "signed a deal with X": one agreement, which the verb's event holds
            if event_type is not None and self._sense_holds(token, event_type, context):
                event_type = self.lexicon.in_domain(event_type, context.domain)
                return self._events(token, event_type, self._noun_roles(token, event_type, context), context,
                                    rule="noun")
        return []

    def _told_by_its_verb(self, noun: Token, event_type: EventType, context: _Context) -> bool:
        """The event noun is the object of a verb that names the same kind of event ("signed a
        deal", "reached an agreement"): the verb's event is that event, not a second one."""
        verb = noun.head
        if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb is noun:
            return False
        verb_type = self._verb_type(verb)
        return verb_type is not None and verb_type.type == event_type.type and event_type.type is not None \
            and self._sense_holds(verb, verb_type, context)

    @staticmethod
    def _sense_holds(trigger: Token, event_type: EventType, context: _Context) -> bool:
        """Whether the word is used in the sense its entry names (see ``Sense``)."""
        sense = event_type.sense
        if not event_type.is_event or (context.domain and context.domain in sense.not_in_domains):
            return False
        if sense.no_clause and any(c.dep_ == "ccomp" for c in trigger.children) \
                and not any(c.dep_ in SUBJECTS and c.conjuncts for c in trigger.children):
            return False  # "A agreed that ..." is an opinion; "A and B agree that ..." an agreement
        if sense.excludes and (_has_complement(trigger, sense.excludes, EXCLUDE_DEPTH)
                               or _next_word(trigger) in sense.excludes):
            return False  # "asked X if ...": a question (the parser may hang the "if" higher)
        return not sense.complement or _has_complement(trigger, sense.complement)

    def _verb_type(self, verb: Token) -> EventType | None:
        # a companion follows the verb and is no time phrase: "in the days before, X gave
        # interviews" is no "give in", "called in experts on Friday" no "call on"
        # nor a preposition after a predicate ("called X a machine for ...": no "call for")
        objects = [c.i for c in verb.children if c.dep_ == "oprd"]
        companions = [c.lemma_.lower() for c in verb.children if c.dep_ in ("prt", "prep", "dobj", "xcomp")
                      and c.i > verb.i and not (c.dep_ == "prep" and (_time_phrase(c) or any(o < c.i for o in objects)))]
        companions += [c.lemma_.lower() for c in verb.children if c.dep_ == "nsubjpass"]  # "evidence was presented"
        # "allowed that X was right": the that-clause marks the sense ("allow that" is to concede)
        companions += ["that" for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        if not any(c.dep_ == "dobj" for c in verb.children):  # "condemned as unacceptable the allegations"
            companions += [o.lemma_.lower() for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                           for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
        return self.lexicon.verb_type(self.lexicon.lemma(verb), companions)

    def _noun_roles(self, noun: Token, event_type: EventType, context: _Context) -> Roles:
        roles = noun_roles(noun, self.lexicon, event_type.sense.target_prepositions or frozenset())
        if not roles.sources:
            # "Hamas-IS cooperation", "the IDF retaliation": actors named before the noun
            named = _distinct_actor_tokens(left_modifiers(noun), context)
            roles.sources = named[:1]
            roles.modifier_source = bool(named)
            if not roles.targets:
                roles.targets = named[1:2]
        return roles

    def _events(self, trigger: Token, event_type: EventType, roles: Roles, context: _Context,
                rule: str) -> list[Event]:
        sentence = _sentence_of(context.offset + trigger.idx, context.sentences)
        if sentence is None:
            return []
        allowed = event_type.sense.target_prepositions
        if allowed is not None:  # "trained at a college", "shot hoops with students": no target
            objects = set() if event_type.sense.object_not_target else {None}
            roles.targets = [t for t in roles.targets if _target_preposition(t, trigger) in allowed | objects]
        arguments = _pairs(roles, event_type, trigger, context, sentence.index)
        events = []
        for source, target in arguments:
            source, target = (_as_destination(a, role, event_type, context.actors)
                              for a, role in ((source, "source"), (target, "target")))
            if self._worth_keeping(trigger, event_type, source, target, context.actors):
                typed = self._between_people(event_type, source, target, context.actors)
                events.append(self._event(trigger, typed, source, target, context, sentence, rule))
        return events

    def _worth_keeping(self, trigger: Token, event_type: EventType, source: Argument | None,
                       target: Argument | None, actors: ArgumentActors) -> bool:
        """A typed event needs one actor; an untyped one two actors named as such (not "Peugeot"
        for "Peugeot's deal"); a verb of ``needs_actor_object`` an actor as its object."""
        if source and target and source.mention is not None and target.mention is not None \
                and actors.same_actor(source.mention, target.mention):
            return False  # "Letwin accused the chancellor", both read as Letwin: no event
        for role, argument in (("source", source), ("target", target)):
            if role in event_type.sense.requires and not (argument and argument.is_actor):
                return False
            if role in event_type.sense.direct and argument and argument.is_actor and not argument.direct:
                return False  # "visited X's website" is no visit to X
        if event_type.type is None:  # only two named actors, as the parse relates them
            return bool(source and target and source.kind == "named" and target.kind == "named")
        if target and not target.is_actor and trigger.pos_ == "VERB" \
                and trigger.lemma_.lower() in self.lexicon.needs_actor_object \
                and not self._object_names_event(trigger):  # "fired shells at X": the entry "fire shell"
            return False
        return bool((source and source.is_actor) or (target and target.is_actor))

    @staticmethod
    def _between_people(event_type: EventType, source: Argument | None, target: Argument | None,
                        actors: ArgumentActors) -> EventType:
        """The entry's ``person_type`` when both ends are named people."""
        if not event_type.sense.person_type or not (source and target and actors.is_person(source.mention)
                                                    and actors.is_person(target.mention)):
            return event_type
        other = EventType.parse(event_type.sense.person_type)
        return EventType(other.type, other.subtype, event_type.is_event, event_type.sense)

    def _refusal(self, trigger: Token, event_type: EventType, source: Argument | None) -> bool:
        """An actor's "will not" / "would not" on its own act of cooperation ("he would not provide
        support"): not a passive ("would not be helped by"), nor a verb governed by another ("agreed
        not to discuss")."""
        if not self.lexicon.refused_cooperation or not self.lexicon.is_cooperation(event_type.type):
            return False
        own = {c.dep_: c.lower_ for c in trigger.children if c.dep_ in ("neg", "aux", "auxpass")}
        return bool(source and source.is_actor) and "neg" in own and "auxpass" not in own \
            and own.get("aux") in self.lexicon.modality.planned_auxiliaries

    def _stated_intent_of_force(self, trigger: Token, event_type: EventType) -> bool:
        """The trigger is a use of force its subject's verb of intent governs ("wants to attack")."""
        if self.lexicon.intended_force is None or event_type.type not in self.lexicon.forceful_types:
            return False
        governor = trigger.head
        return trigger.dep_ == "xcomp" and governor.pos_ == "VERB" \
            and self.lexicon.lemma(governor) in self.lexicon.intent_governors

    def _object_names_event(self, verb: Token) -> bool:
        lemma = self.lexicon.lemma(verb)
        return any(f"{lemma} {c.lemma_.lower()}" in self.lexicon.verbs for c in verb.children
                   if c.dep_ in ("dobj", "nsubjpass"))

    def _latest_past_year(self, parsed: ParsedDocument, times: Sequence[dict[str, Any]]) -> int | None:
        """The latest year a document with no publication date names in a clause told in the past
        ("profits rose in 2004", "since 2001"): it was written that year or later. Only years the
        text spells out; a future ("will open in 2006", "is expected in 2006") bounds nothing."""
        years = []
        for offset, doc in parsed.chunks:
            for record in times:
                if not offset <= record["start"] < offset + len(doc.text) or record.get("anchor") != "absolute" \
                        or record.get("kind", "date") != "date" or len(record.get("value") or "") < 4:
                    continue
                year = last_year(record["value"])
                span = doc.char_span(record["start"] - offset, record["end"] - offset, alignment_mode="expand")
                if year is not None and span is not None and self._dates_event(None, span.root) \
                        and tense_direction(span, self.tense) == "past":
                    years.append(year)
        return max(years, default=None)

    def _dating(self, trigger: Token, found: dict[str, Any] | None, context: _Context) -> Dating:
        """What the mode rules may read from the event's time: none when the time only modifies a
        noun the event is not ("violated the 1998 treaty")."""
        published = context.parsed.document.published
        if found is None:
            return Dating(published=published, past_year=context.past_year)
        span = trigger.doc.char_span(found["start"] - context.offset, found["end"] - context.offset,
                                     alignment_mode="expand")
        if span is None or not self._dates_event(trigger, span.root):
            return Dating(published=published, past_year=context.past_year)
        return Dating(value=found["value"], text=found["text"], closeness=clause_closeness(trigger, span.root),
                      published=published, past_year=context.past_year, after_a_point=self._after_a_point(span))

    def _after_a_point(self, time: Span) -> bool:
        """Whether the time follows the object of "after" / "since" ("after the riot two years ago"):
        the parser hangs it on the verb, but it dates the point the act follows."""
        if time.start == 0:
            return False
        before = time.doc[time.start - 1]
        return any(t.dep_ == "pobj" and t.right_edge.i == before.i
                   and t.head.lower_ in self.lexicon.modality.later_prepositions for t in (before, *before.ancestors))

    def _dates_event(self, trigger: Token | None, time: Token) -> bool:
        """Whether the time dates its clause (or the event ``trigger``): not when it only modifies a
        noun ("violated the 1998 treaty", "the game of 2005"), unless that noun is the event
        ("China's 1989 crackdown") or a time itself ("killed during the 1994 genocide")."""
        noun = self._modified_noun(time)
        if noun is None:
            return True
        modality = self.lexicon.modality
        return (trigger is not None and noun.i == trigger.i) \
            or (noun.dep_ == "pobj" and noun.head.lower_ in modality.dating_prepositions)

    def _modified_noun(self, time: Token) -> Token | None:
        """The noun a time modifies: by a modifier relation ("the 1998 treaty"), or as the object of
        a preposition a noun takes for its own date ("the worst result since 1906")."""
        head = time.head
        if time.dep_ in NOUN_MODIFIER_DEPS and head.pos_ in ("NOUN", "PROPN") and head.i != time.i:
            return head
        if time.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in self.lexicon.modality.noun_time_prepositions \
                and head.head.pos_ in ("NOUN", "PROPN"):
            return head.head
        return None

    @staticmethod
    def _time_closeness(trigger: Token, record: dict[str, Any], context: _Context) -> int | None:
        """How closely a time of the trigger's sentence dates it (see ``clause_closeness``); a
        duration or a set ("hours after", "monthly") only dates its own clause."""
        span = trigger.doc.char_span(record["start"] - context.offset, record["end"] - context.offset,
                                     alignment_mode="expand")
        if span is None:
            return 0
        closeness = clause_closeness(trigger, span.root)
        return None if closeness and record.get("kind", "date") != "date" else closeness

    def _event(self, trigger: Token, event_type: EventType, source: Argument | None, target: Argument | None,
               context: _Context, sentence: Sentence, rule: str) -> Event:
        start = context.offset + trigger.idx
        end = start + len(trigger.text)
        found = time_for_span(context.times, start, end, context.sentences,
                              lambda record: self._time_closeness(trigger, record, context))
        time = {"text": found["text"], "value": found["value"]} if found else None
        text = context.parsed.document.text
        negated = is_negated(trigger, self.lexicon.modality)
        mode = event_mode(trigger, self.lexicon.modality, self._dating(trigger, found, context))
        if negated and mode == "planned" and self._refusal(trigger, event_type, source):
            # "would not provide support to X": a refusal, not a negated act of cooperation
            event_type = EventType(self.lexicon.refused_cooperation, None, sense=event_type.sense)
            negated, mode = False, "asserted"
        elif not negated and mode == "planned" and self._stated_intent_of_force(trigger, event_type):
            # "X wants to attack Y", "plans to invade Y": a threat of force, told as X's own intent
            threat = self.lexicon.intended_force
            event_type = EventType(threat.type, threat.subtype, sense=event_type.sense)
            mode = "asserted"
        return Event(
            id="", doc=context.parsed.document.id, start=sentence.start, end=sentence.end,
            text=text[sentence.start:sentence.end], type=event_type.type, subtype=event_type.subtype,
            trigger=trigger.text, trigger_span=[start, end],
            source=context.actors.keep(source), target=context.actors.keep(target),
            source_text=source.text if source else None, target_text=target.text if target else None,
            source_span=[source.start, source.end] if source else None,
            target_span=[target.start, target.end] if target else None,
            negated=negated, mode=mode,
            time=time, sentence=sentence.index, rule=rule,
            confidence=event_confidence(trigger_confidence(event_type, trigger.pos_, self.lexicon),
                                        _kind(source), _kind(target), context.domain, self.lexicon,
                                        negated, mode, _hearsay(trigger, self.lexicon)),
        )


def _plural_subject_of_singular(verb: Token) -> bool:
    """A verb in the singular ("talks") whose subject is two names joined by "and": no English
    clause, so a noun the parser misread ("A and B in C talks")."""
    return verb.tag_ == "VBZ" and any(
        c.dep_ == "nsubj" and any(cc.dep_ == "cc" and cc.lower_ == "and" for cc in c.children) and c.conjuncts
        for c in verb.children)


def _hearsay(trigger: Token, lexicon: EventLexicon) -> bool:
    """The event noun is what a claim or report is of ("claims of a clash between X and Y",
    "reports of an attack"): the sentence says only that someone says it happened."""
    head = trigger.head
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "pobj" and head.lower_ == "of" \
            and head.head.lemma_.lower() in lexicon.hearsay_nouns:
        return True
    return _alleged(trigger, lexicon)


def _alleged(trigger: Token, lexicon: EventLexicon) -> bool:
    """ "X was accused of attacking Y", "charged with assaulting Y", "allegedly attacked Y": the act
    is the accuser's word, not a fact the article states."""
    if any(c.dep_ == "advmod" and c.lower_ in lexicon.hearsay_adverbs for c in trigger.children):
        return True
    preposition = trigger.head
    return trigger.dep_ in ("pcomp", "pobj") and preposition.pos_ == "ADP" \
        and preposition.lower_ in ("of", "with") and preposition.head.pos_ == "VERB" \
        and preposition.head.lemma_.lower() in lexicon.alleging_verbs


def _next_word(trigger: Token) -> str | None:
    """The word right after the trigger's phrase ("asked X [if] ...")."""
    after = trigger.right_edge.i + 1
    return trigger.doc[after].lower_ if after < len(trigger.doc) else None


def _time_phrase(preposition: Token) -> bool:
    return any(o.ent_type_ in ("DATE", "TIME") for o in preposition.children if o.dep_ == "pobj")


def _in_a_name(token: Token) -> bool:
    """A capitalized word inside a sentence that is not in title case: part of a name ("the
    Committee to Protect Journalists"), no event."""
    if not token.text[:1].isupper() or token.is_sent_start:
        return False
    words = [t for t in token.sent if t.is_alpha and not t.is_stop]
    return sum(t.text[:1].isupper() for t in words) < 0.6 * len(words)


def _target_preposition(token: Token, trigger: Token) -> str | None:
    """The preposition of the trigger's own that introduces a target token, else None."""
    while token.dep_ == "conj" and token.head is not token:  # "at A and B": B is A's sibling
        token = token.head
    head = token.head
    if token.dep_ in ("pobj", "pcomp") and head.dep_ == "prep" and head.head.i == trigger.i:
        return head.lower_
    return None


def _pairs(roles: Roles, event_type: EventType, trigger: Token, context: _Context,
           sentence: int) -> list[tuple[Argument | None, Argument | None]]:
    """(source, target) argument pairs: every source with every target; for a symmetric
    event with coordinated sources and no target, the first source with each other one."""
    def argument(token: Token) -> Argument:
        return context.actors.argument(token, context.offset, sentence)

    sources = _actors_first([argument(t) for t in roles.sources if t.i != trigger.i])
    targets = _actors_first([_target(t, trigger, event_type, context, sentence) for t in roles.targets
                             if t.i != trigger.i])
    if roles.modifier_source:
        sources = [replace(a, kind="modifier") if a.is_actor else a for a in sources]
    if roles.named_only:  # "refused to retract a Nazi insult": the insult is no actor of the refusal
        targets = [t if t.direct else replace(t, mention=None, group=None) for t in targets]
    # "A and B agreed to a truce": each other's counterpart ("ratified by A and B": not so;
    # "A and B held talks with C", "A and B in C talks": each with a third, not with each other)
    if (roles.named_only or not any(t.is_actor for t in targets)) and len(sources) > 1 \
            and event_type.type in SYMMETRIC_TYPES and not roles.passive \
            and not _third_party(roles, trigger, context, sentence):
        return [(sources[0], other) for other in sources[1:]]
    if targets and not any(t.is_actor for t in targets) and event_type.type is not None and trigger.pos_ == "VERB":
        targets = _nested_targets(roles, trigger, event_type, sources, context, sentence) or targets
    return [(s, t) for s in (sources or [None]) for t in (targets or [None])]


def _third_party(roles: Roles, trigger: Token, context: _Context, sentence: int) -> bool:
    """The event names a counterpart besides its coordinated subjects: a target introduced by
    "with", people as its object ("A and B are phoning voters"), or a name modifying the event
    noun ("C talks")."""
    if any(_target_preposition(t, trigger) == "with" for t in roles.targets):
        return True
    if any(context.actors.names_people(t) for t in roles.targets):
        return True
    if trigger.pos_ != "NOUN":
        return False
    modifiers = [c for c in trigger.children if c.dep_ == "compound" and c.i not in {t.i for t in roles.sources}]
    return any(context.actors.argument(c, context.offset, sentence).is_actor for c in modifiers)


def _target(token: Token, trigger: Token, event_type: EventType, context: _Context, sentence: int) -> Argument:
    """The target argument; a request to "his leader" right after the clause that named the person
    addressed is a request to that person. The document a sense names as its complement is
    what was done, not to whom ("signed the Charter": no counterpart)."""
    found = context.actors.argument(token, context.offset, sentence)
    if token.lemma_.lower() in event_type.sense.complement:
        return replace(found, mention=None, group=None)
    if found.is_actor or event_type.type not in context.actors.lexicon.addressed_types:
        return found
    return context.actors.addressee_again(token, trigger, context.offset) or found


def _nested_targets(roles: Roles, trigger: Token, event_type: EventType, sources: list[Argument],
                    context: _Context, sentence: int) -> list[Argument]:
    """ "demanded the release of men held by X": the object is itself an event; the actor
    named inside it is the target."""
    avoid = {s.mention for s in sources if s.mention is not None}
    lexicon = context.actors.lexicon
    doer_only = event_type.type in lexicon.comment_types  # "condemned the attack on X" accuses no X
    inner = [context.actors.nested(t, context.offset, sentence, avoid, doer_only) for t in roles.targets
             if t.i != trigger.i and lexicon.noun_type((t.lower_, t.lemma_.lower())) is not None]
    return [a for a in inner if a is not None][:1]


def _actors_first(arguments: list[Argument]) -> list[Argument]:
    """Only the actors among an event's arguments of one role, when there are any ("restored
    ties with X": X, not the ties)."""
    actors = [a for a in arguments if a.is_actor]
    return actors or arguments


def _as_destination(argument: Argument | None, role: str, event_type: EventType,
                    actors: ArgumentActors) -> Argument | None:
    """A place that is not a country, where the sense wants no place ("visited Sheffield"), is
    where the event went, not whom it met: kind "destination", weighed low (kept in graph.json,
    hidden by default)."""
    if argument is None or role not in event_type.sense.not_places or not actors.is_local_place(argument.mention):
        return argument
    return replace(argument, kind="destination")


def _kind(argument: Argument | None) -> str:
    if argument is None:
        return "absent"
    return argument.kind if argument.is_actor else "not_actor"


def _has_complement(trigger: Token, words: frozenset[str], depth: int = COMPLEMENT_DEPTH) -> bool:
    """One of ``words`` among the trigger's dependents, its subject aside, at most
    ``COMPLEMENT_DEPTH`` links below it ("warned of retaliation", "warned that it would strike
    if ..."; not a word deep in a long that-clause)."""
    level = [c for c in trigger.children if c.dep_ not in SUBJECTS]
    for _ in range(depth):
        if any(t.lemma_.lower() in words or t.lower_ in words for t in level):
            return True
        level = [c for t in level for c in t.children]
    return False


def _distinct_actor_tokens(tokens: list[Token], context: _Context) -> list[Token]:
    chosen, mentions = [], set()
    for token in tokens:
        mention = context.actors.mention_at(context.offset + token.idx)
        if mention is not None and mention not in mentions:
            mentions.add(mention)
            chosen.append(token)
    return chosen


def _in_headline(token: Token, context: _Context) -> bool:
    """The token lies in the document's headline: a title that opens its text, is followed by
    more and, as headlines do, ends without a full stop (a one-sentence text is no headline)."""
    document = context.parsed.document
    title = (document.title or "").strip()
    return bool(title) and not title.endswith((".", "!", "?", '"', "”")) and document.text.startswith(title) \
        and len(document.text.strip()) > len(title) and context.offset + token.idx < len(title)


def _sentence_of(char: int, sentences: Sequence[Sentence]) -> Sentence | None:
    return next((s for s in sentences if s.start <= char < max(s.end, s.start + 1)), None)


def _with_id(event: Event, n: int) -> Event:
    event.id = f"{event.doc}:e{n}"
    return event
