"""How far to trust an event: a number from 0 to 1 made of what the extraction knows.

Factors, multiplied: the trigger's reliability (its lexicon entry, else a default for typed
verbs, nouns and untyped verbs), the quality of each argument (a named actor, a group, a
thing owned by an actor, a demonym, a pronoun, an unknown capitalized name, a name before an
event noun, an actor deep inside the argument, words that are no actor, nothing), negation
and a hypothetical mode, the article's domain (sport, entertainment and market reports are where
political verbs mislead; guessed per document from the lexicon's word lists) and whether the
event is only told inside a claim. The weights live in the lexicon's ``confidence`` section.

Views that show the graph to a person hide events below ``DEFAULT_MIN_CONFIDENCE``;
``graph.json`` keeps every event, so recall can still be measured.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Iterable, Sequence

from newsgraph.events.lexicon import EventLexicon, EventType
from newsgraph.model import DEFAULT_MIN_CONFIDENCE, Event

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["DEFAULT_MIN_CONFIDENCE", "event_confidence", "guess_domain", "settle_claims", "trigger_confidence"]

_DEFAULTS = {"verb": 0.85, "noun": 0.8, "untyped": 0.45, "in_claim": 0.9, "negated": 0.6, "hearsay": 0.5, "modes": {},
             "arguments": {"named": 1.0, "group": 0.95, "owner": 0.85, "demonym": 0.75, "role_demonym": 0.5,
                           "description": 0.85, "unknown_name": 0.8, "lone_name": 0.6, "coordinated": 0.5,
                           "place": 0.6, "product": 0.55, "destination": 0.4,
                           "pronoun": 0.55, "modifier": 0.65, "nested": 0.75, "not_actor": 0.55, "absent": 0.55},
             "domains": {}}


def guess_domain(docs: Iterable["Doc"], lexicon: EventLexicon) -> str | None:
    """The domain whose word list the document uses most, when it uses it at least
    ``domain_min_words`` times and for at least 1% of its words; else None (general news)."""
    counts: Counter[str] = Counter()
    words = 0
    for doc in docs:
        for token in doc:
            if not token.is_alpha:
                continue
            words += 1
            lemma = token.lemma_.lower()
            for domain, vocabulary in lexicon.domains.items():
                if lemma in vocabulary or token.lower_ in vocabulary:
                    counts[domain] += 1
    if not counts:
        return None
    domain, count = counts.most_common(1)[0]
    return domain if count >= lexicon.domain_min_words and count >= 0.01 * words else None


def _setting(lexicon: EventLexicon, key: str):
    return lexicon.confidence.get(key, _DEFAULTS[key])


def trigger_confidence(event_type: EventType, pos: str, lexicon: EventLexicon) -> float:
    if event_type.sense.confidence is not None:
        return event_type.sense.confidence
    if event_type.type is None:
        return float(_setting(lexicon, "untyped"))
    return float(_setting(lexicon, "noun" if pos in ("NOUN", "PROPN") else "verb"))


def argument_factor(kind: str, lexicon: EventLexicon) -> float:
    weights = {**_DEFAULTS["arguments"], **(lexicon.confidence.get("arguments") or {})}
    return float(weights.get(kind, weights["not_actor"]))


def domain_factor(domain: str | None, lexicon: EventLexicon) -> float:
    return float((_setting(lexicon, "domains") or {}).get(domain, 1.0)) if domain else 1.0


def event_confidence(trigger: float, source_kind: str, target_kind: str, domain: str | None,
                     lexicon: EventLexicon, negated: bool = False, mode: str | None = None,
                     hearsay: bool = False) -> float:
    value = (trigger * argument_factor(source_kind, lexicon) * argument_factor(target_kind, lexicon)
             * domain_factor(domain, lexicon) * float((_setting(lexicon, "modes") or {}).get(mode, 1.0)))
    if negated:
        value *= float(_setting(lexicon, "negated"))
    if hearsay:  # "claims of a clash between X and Y": only said to happen, often to be denied
        value *= float(_setting(lexicon, "hearsay"))
    return round(max(0.0, min(1.0, value)), 3)


def settle_claims(events: Sequence[Event], lexicon: EventLexicon) -> None:
    """An event only told inside a claim (linked by attribution) is less sure than one the
    article states itself."""
    factor = float(_setting(lexicon, "in_claim"))
    for event in events:
        if event.claim:
            event.confidence = round(event.confidence * factor, 3)
