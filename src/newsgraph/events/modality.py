"""Mode and negation of an event: did it happen, is it happening, planned, only possible?

Input: the trigger token, its sentence and the event's normalized time. Output: ``mode``
(asserted, ongoing, planned, hypothetical, historical; "denied" is set later, from the
claim that carries the event) and ``negated``. The words live in the lexicon's
``modality`` section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Token

from newsgraph.events.lexicon import Modality
from newsgraph.events.syntax import bare_participle, governing_chain
from newsgraph.times import value_start

PROGRESSIVE_TAG = "VBG"
PRESENT_TAGS = ("VBZ", "VBP")
_YEAR_PREFIX = re.compile(r"(\d{4})(?:\D.*)?")
# "15-year-old", "decade-old", "two-centuries-old": the age of a thing (the number may be missing)
_AGE = re.compile(r"(?:(\w+)\s*-\s*)?(years?|decades?|century|centuries)\s*-\s*old", re.IGNORECASE)
_SINGLE = frozenset({"one", "1", "a"})
_AGED_ROLES = ("nsubjpass", "dobj")
PAST_TAG, PARTICIPLE_TAG = "VBD", "VBN"
_PERIOD_DIGITS = {3: 10, 2: 100}  # a TimeML decade ("199") or century ("19"): digits -> years it spans


@dataclass(frozen=True)
class Dating:
    """What dates an event: the time expression the event got and what the document says about
    "now". ``closeness`` is how far up from the trigger's clause the time sits (0: its own clause);
    ``past_year``, for a document with no publication date, is the latest year it tells in the past
    tense ("profits rose in 2004"): the document was written that year or later."""

    value: str | None = None
    text: str | None = None
    closeness: int | None = None
    published: str | None = None
    past_year: int | None = None
    after_a_point: bool = False  # the time closes "after X": "after the riot two years ago" dates X


def event_mode(trigger: Token, modality: Modality, time_value: str | Dating | None,
               published: str | None = None) -> str:
    """The event's mode. ``time_value`` is a :class:`Dating`, or (older callers) the bare time value
    with ``published``."""
    dating = time_value if isinstance(time_value, Dating) else Dating(value=time_value, published=published)
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
    if _coming(trigger, dating, modality):
        return "planned"
    if _ongoing(trigger, verbs, governors, modality):
        return "ongoing"
    if (_long_before(dating.value, dating.published, modality.historical_days) or _before_past_year(dating)
            or _years_back(dating, verbs, modality) or _started_when_aged(verbs, modality)) \
            and not _present_perfect(verbs, modality):
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


def _coming(trigger: Token, dating: Dating, modality: Modality) -> bool:
    """ "X is meeting Y on Thursday", "are visiting Z next week": a present progressive dated, in its
    own clause, by a time still to come tells an arrangement, not an act under way. A time of a
    clause above ("said on Friday it is meeting Y") dates the saying, not the meeting."""
    if dating.closeness != 0 or not dating.text or not _present_progressive(trigger):
        return False
    words = set(re.findall(r"[a-z]+", dating.text.lower()))
    if words & modality.past_time_words:
        return False
    first, published = value_start(dating.value), _day(dating.published)
    if first is not None and published is not None and first > published:
        return True
    return bool(words & modality.future_time_words)


def _present_perfect(verbs: list[Token], modality: Modality) -> bool:
    """ "has since been criticised": the act reaches up to the present, however old its start."""
    return any(c.dep_ == "aux" and c.lower_ in modality.perfect_auxiliaries and c.tag_ in PRESENT_TAGS
               for v in verbs[:1] for c in v.children)


def _present_progressive(trigger: Token) -> bool:
    return trigger.tag_ == PROGRESSIVE_TAG and any(
        c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in PRESENT_TAGS for c in trigger.children)


def _before_past_year(dating: Dating) -> bool:
    """An undated document: the event's whole period ("in 1999", "in the 1960s") ends before a year
    the document already tells as past, so it lies a year or more before the document."""
    if dating.published or dating.past_year is None:
        return False
    last = last_year(dating.value)
    return last is not None and last < dating.past_year


def _years_back(dating: Dating, verbs: list[Token], modality: Modality) -> bool:
    """ "X attacked Y two years ago": a past act a plural number of years back lies a year or more
    before any publication date, so even an undated article dates it. Not when the time closes a
    point the act follows ("agreed after the incident two years ago": the agreement may be new)."""
    if not dating.text or dating.after_a_point or not verbs or not _told_in_past(verbs[0]):
        return False
    words = set(re.findall(r"[a-z]+", dating.text.lower()))
    return "ago" in words and bool(words & modality.years_back_units)


def _started_when_aged(verbs: list[Token], modality: Modality) -> bool:
    """ "The 15-year-old ban was imposed after X's crackdown": the thing's age, years or more, dates
    the act that started it, and the acts of that clause, years back. Only the started thing's own
    age counts (the object of a verb of starting), never a person's ("the 15-year-old was held")."""
    if not verbs or verbs[0].lemma_.lower() not in modality.age_start_verbs or not _told_in_past(verbs[0]):
        return False
    return any(_aged(child) for child in verbs[0].children if child.dep_ in _AGED_ROLES)


def _aged(noun: Token) -> bool:
    """Whether the words before the noun give it an age of two years or more."""
    before = noun.doc[noun.left_edge.i:noun.i].text
    for match in _AGE.finditer(before):
        number, unit = match[1], match[2].lower()
        if not unit.startswith("year") or unit == "years" or (number and number.lower() not in _SINGLE):
            return True
    return False


def _told_in_past(verb: Token) -> bool:
    """A simple past ("imposed") or a past auxiliary ("was imposed", "had built")."""
    return verb.tag_ == PAST_TAG or (verb.tag_ == PARTICIPLE_TAG and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == PAST_TAG for c in verb.children))


def last_year(value: str | None) -> int | None:
    """The last year of the period an ISO/TimeML date value names ("2003-07": 2003, "196": 1969);
    None for durations, sets and unknown values."""
    if not value:
        return None
    match = _YEAR_PREFIX.fullmatch(value)
    if match:
        return int(match[1])
    span = _PERIOD_DIGITS.get(len(value))
    return int(value) * span + span - 1 if span and value.isdigit() else None


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None
