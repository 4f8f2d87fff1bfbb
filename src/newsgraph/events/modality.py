"""Mode and negation of an event: did it happen, is it happening, planned, only possible?

Input: the trigger token, its sentence and the event's normalized time. Output: ``mode``
(asserted, ongoing, planned, hypothetical, historical; "denied" is set later, from the
claim that carries the event) and ``negated``. The words live in the lexicon's
``modality`` section.
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Token

from newsgraph.events.lexicon import Modality
from newsgraph.events.syntax import bare_participle, governing_chain
from newsgraph.times import value_start

PROGRESSIVE_TAG = "VBG"


def event_mode(trigger: Token, modality: Modality, time_value: str | None, published: str | None) -> str:
    chain = governing_chain(trigger)
    verbs = [t for t in chain if t.pos_ in ("VERB", "AUX")]
    auxiliaries = {c.lower_ for v in verbs for c in v.children if c.dep_ in ("aux", "auxpass")}
    governors = {v.lemma_.lower() for v in verbs if v is not trigger}
    if (auxiliaries & modality.hypothetical_auxiliaries or governors & modality.hypothetical_governors
            or _under_condition(chain, modality)):
        return "hypothetical"
    if auxiliaries & modality.planned_auxiliaries or governors & modality.planned_governors \
            or _arranged(chain, modality):
        return "planned"
    if _ongoing(trigger, verbs, governors, modality):
        return "ongoing"
    if _long_before(time_value, published, modality.historical_days):
        return "historical"
    return "asserted"


def is_negated(trigger: Token, modality: Modality) -> bool:
    """ "did not attack", "have not yet resulted in an agreement", "no agreement",
    "refused to meet": the event is said not to happen."""
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in modality.negations) for c in trigger.children):
        return True
    chain = governing_chain(trigger)
    for below, governor in zip(chain, chain[1:]):
        if governor.pos_ not in ("VERB", "AUX"):
            continue
        # "stopped the talks and attacked X": a conjoined verb is no complement of "stop"
        if governor.lemma_.lower() in modality.negating_governors and below.dep_ != "conj":
            return True
        # "will not meet or negotiate": a conjunct shares the negation only with the verb form
        # ("did not meet Y and attacked Z": the attack is told as done)
        if any(c.dep_ == "neg" for c in governor.children) and (below.dep_ != "conj" or below.tag_ == governor.tag_):
            return trigger.dep_ != "nsubj"  # "talks have not resulted": the talks did happen
    return _denied_implication(chain[-1], modality) or _gerund_of_negating_verb(trigger, modality)


def _gerund_of_negating_verb(trigger: Token, modality: Modality) -> bool:
    """ "X opposed lifting the embargo": the parser hangs the gerund as an adverbial clause; right
    after a negating verb (no comma between) it is that verb's object."""
    governor = trigger.head
    return trigger.tag_ == "VBG" and bare_participle(trigger) and governor.i < trigger.i \
        and governor.lemma_.lower() in modality.negating_governors \
        and not any(t.is_punct for t in trigger.doc[governor.i + 1:trigger.i])


def _denied_implication(clause: Token, modality: Modality) -> bool:
    """ "The move did not mean that X had cut ties": a negated verb of implication over the
    event's "that" clause says the event did not happen."""
    governor = clause.head
    return clause.dep_ == "ccomp" and governor.lemma_.lower() in modality.negated_implications \
        and any(c.dep_ == "neg" for c in governor.children)


def _arranged(chain: list[Token], modality: Modality) -> bool:
    """ "X is to meet Y", "is due to visit Y", "is set to buy Y": an infinitive under a predicate
    of arrangement is a plan, unless "be" has a deed for subject ("his first act was to sack X")."""
    for below, governor in zip(chain, chain[1:]):
        if below.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children):
            continue
        if governor.lemma_.lower() not in modality.planned_predicates:
            continue
        subjects = [c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")]
        if governor.lemma_.lower() == "be" and any(s.lemma_.lower() in modality.deed_subjects for s in subjects):
            continue
        return True
    return False


def _under_condition(chain: list[Token], modality: Modality) -> bool:
    """Inside an "if" clause, or governing one only through an auxiliary such as "could"."""
    for token in chain:
        clause = token
        while clause.dep_ not in ("advcl", "ROOT") and clause.head is not clause:
            clause = clause.head
        if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in modality.hypothetical_markers
                                          for c in clause.children):
            return True
    return False


def _ongoing(trigger: Token, verbs: list[Token], governors: set[str], modality: Modality) -> bool:
    if governors & modality.ongoing_governors:
        return True
    if trigger.tag_ == PROGRESSIVE_TAG and any(c.dep_ == "aux" and c.lemma_ == "be" for c in trigger.children):
        return True
    before = trigger.doc[trigger.sent.start:trigger.i].text.lower()
    return any(before.endswith(phrase) or f"{phrase} " in before[-len(phrase) - 12:]
               for phrase in modality.ongoing_phrases)


def _long_before(time_value: str | None, published: str | None, days: int) -> bool:
    if not time_value or not published:
        return False
    first = value_start(time_value)
    try:
        published_day = date.fromisoformat(published[:10])
    except ValueError:
        return False
    return first is not None and first <= published_day - timedelta(days=days)
