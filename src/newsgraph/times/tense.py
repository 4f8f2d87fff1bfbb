"""Tense: which side of the publication date a bare "May" or "Friday" lies on.

Input: the spaCy ``Span`` of a time expression and the ``tense`` table of the time rules.
Output: "past", "future" or None (no preference: the nearest date). The verb that governs the
expression decides: a future auxiliary ("will open in May"), an infinitive under a verb of
intention ("agreed to meet on Thursday"), a preposition that points across the event ("adjourned
until April 24"), or the verb's own tense.
"""

from __future__ import annotations

from typing import Any

_VERBAL = ("VERB", "AUX")


def tense_direction(span, cues: dict[str, Any]) -> str | None:
    """"past", "future" or None for the expression ``span`` (a spaCy Span)."""
    verb = governing_verb(span.root)
    if verb is not None:
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        words = {a.lower_ for a in auxiliaries}
        if words & set(cues["future_auxiliaries"]) and not words & set(cues["perfect_auxiliaries"]):
            return "future"
        if _under_intention(verb, cues):
            return "future"
        if verb.tag_ == "VBN" and verb.lemma_.lower() in cues.get("future_participles", ()):
            return "future"
    preposition = _preposition(span)
    if preposition in cues["neutral_prepositions"]:
        return None
    if preposition in cues["past_prepositions"]:
        return "past"
    if verb is None:
        return _setting(cues["default"])
    if verb.tag_ in cues["past_tags"] or any(a.tag_ in cues["past_tags"] for a in auxiliaries):
        return "past"
    if verb.tag_ in cues["present_tags"]:
        return _setting(cues["present"])
    return _setting(cues["default"])


def governing_verb(token):
    """The first verb on the way from ``token`` up to the root of its sentence, or None."""
    while True:
        if token.pos_ in _VERBAL:
            return token
        if token.head.i == token.i:
            return None
        token = token.head


def _under_intention(verb, cues: dict[str, Any]) -> bool:
    """An infinitive ("to meet") whose governor announces something to come ("agreed", "likely")."""
    is_infinitive = verb.tag_ == "VB" and any(c.tag_ == "TO" for c in verb.children)
    return is_infinitive and verb.head.i != verb.i and verb.head.lemma_.lower() in cues["future_governors"]


def _preposition(span) -> str | None:
    """The preposition the expression is the object of ("until" in "until April 24")."""
    root = span.root
    if root.dep_ == "pobj" and root.head.pos_ == "ADP":
        return root.head.lower_
    if span.start > 0 and span.doc[span.start - 1].pos_ in ("ADP", "SCONJ"):
        return span.doc[span.start - 1].lower_
    return None


def _setting(value: str | None) -> str | None:
    return None if value in (None, "none") else value
