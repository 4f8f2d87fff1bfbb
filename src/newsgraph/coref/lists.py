"""Several named speakers joined in one phrase that the document stage left without a speaker:
"Kessel Re and Vaal Re have said", "A recent survey by Tamsk and Kemaria Labs found".

The document stage reads a list of speakers from the model's mentions (``SpeakerResolver.
_joined_in``). When the model tags a piece of the second name only ("Vaal" of "Vaal Re", as a
people), the phrase still reads as two speakers joined by "and", so the stage gives it nobody
rather than the first alone (``_one_of_joint``), and a reader finds two named speakers given as
null (docs/judging.md). The resolver then gives the cut name its whole span and its actor.

This corpus stage, with those spans and the corpus's kind of every actor known, gives such a
claim all the names of its phrase as ``speakers`` (``speaker`` the first) when the phrase is
nothing but the list: names joined by ", " / " and " / "&", each one actor's whole written name,
after nothing, "Both", or a document noun with its maker after "by" / "from" ("a recent survey
by", ``research_nouns`` in attribution_cues.yaml), and before nothing but a closing "both" /
"all". The names are all people or all bodies (organisations, outlets, states), each a different
actor.

Precision first: a list the phrase opens with "the" ("the World Travel and Tourism Council")
may be one body's name the model split at its "and"; its names must each be written on their
own elsewhere in the story. A place, a people or a name the resolver found no actor breaks the
list (the phrase may be one longer name), and an unnamed or anonymous speaker is left alone.
"""

from __future__ import annotations

import re
from typing import AbstractSet, Mapping, Sequence

from newsgraph.model import Claim, Mention

__all__ = ["resolve_named_lists"]

_PEOPLE = frozenset({"PERSON"})
_BODIES = frozenset({"ORG", "OUTLET", "GPE"})
# between two names of one list: an optional bracketed short form, then ", " / " and " / ", and "
_JOIN = re.compile(r"(?:\s*\([^()]*\))?(?:\s*,\s*|\s*,?\s+(?:and|&)\s+)(?P<the>the\s+)?")
_TAIL = re.compile(r"(?:\s*\([^()]*\))?(?:\s+(?:both|all|together|jointly))?\s*")
_BOTH = re.compile(r"(?:[Bb]oth\s+)?(?P<the>[Tt]he\s+)?")
# "a recent survey by ", "the joint report from the ": a document's noun, its maker after it
_DOCUMENT = re.compile(r"(?:(?:an?|the|its|their)\s+)?(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z]+)\s+(?:by|from)\s+"
                       r"(?P<the>the\s+)?", re.IGNORECASE)


def resolve_named_lists(text: str, claims: Sequence[Claim], mentions: Sequence[Mention],
                        actors: Sequence[str | None], spans: Mapping[int, tuple[int, int, str]],
                        kinds: Mapping[str, str], document_nouns: AbstractSet[str]) -> None:
    """Give each unresolved speaker phrase of one document that is a list of named actors those
    actors (see the module). ``spans``: the resolver's whole span of a mention cut out of a longer
    name (mention index -> start, end, text); ``document_nouns``: nouns of a document whose maker
    may follow "by" / "from"."""
    for claim in claims:
        if claim.speaker is not None or claim.speakers or claim.anonymous or claim.speaker_span is None:
            continue
        listed = _listed_names(text, claim.speaker_span, mentions, actors, spans, kinds, document_nouns)
        if listed:
            claim.speaker, claim.speakers = listed[0], list(listed)


def _listed_names(text: str, span: Sequence[int], mentions: Sequence[Mention], actors: Sequence[str | None],
                  spans: Mapping[int, tuple[int, int, str]], kinds: Mapping[str, str],
                  document_nouns: AbstractSet[str]) -> tuple[int, ...]:
    """The mentions of the list that is the whole phrase ``span``, in text order; () when the
    phrase is anything else."""
    start, end = span
    inside = _names_inside(start, end, mentions, actors, spans)
    if len(inside) < 2:
        return ()
    first_start, last_end = inside[0][1], inside[-1][2]
    lead = _lead(text[start:first_start], document_nouns)
    if lead is None or not _TAIL.fullmatch(text, last_end, end):
        return ()
    opened_by_the = lead
    joined_by_and = False
    for (_, _, a_end), (_, b_start, _) in zip(inside, inside[1:]):
        join = _JOIN.fullmatch(text, a_end, b_start)
        if join is None:
            return ()
        opened_by_the = opened_by_the or join.group("the") is not None
        joined_by_and = joined_by_and or re.search(r"\band\b|&", join.group(0)) is not None
    indexes = tuple(index for index, _, _ in inside)
    names = [actors[i] for i in indexes]
    if not joined_by_and or len(set(names)) != len(names) or not _one_family(names, kinds):
        return ()
    if opened_by_the and not all(_named_apart(i, start, end, mentions, actors, spans) for i in indexes):
        return ()  # "the World Travel and Tourism Council": maybe one body's name, split
    return indexes


def _names_inside(start: int, end: int, mentions: Sequence[Mention], actors: Sequence[str | None],
                  spans: Mapping[int, tuple[int, int, str]]) -> list[tuple[int, int, int]]:
    """(mention index, start, end) of each actor's name inside [start, end), by its whole written
    span, in text order; a mention inside a name already taken is part of it. A name with no
    actor inside the phrase makes it no list ([])."""
    inside: list[tuple[int, int, int]] = []
    for index, mention in enumerate(mentions):
        m_start, m_end = _span_of(index, mention, spans)
        if start <= m_start and m_end <= end:
            if not actors[index]:
                return []
            inside.append((index, m_start, m_end))
    found: list[tuple[int, int, int]] = []
    for item in sorted(inside, key=lambda item: (item[1], -item[2])):
        if not found or item[1] >= found[-1][2]:
            found.append(item)
    return found


def _span_of(index: int, mention: Mention, spans: Mapping[int, tuple[int, int, str]]) -> tuple[int, int]:
    whole = spans.get(index)
    return (whole[0], whole[1]) if whole else (mention.start, mention.end)


def _lead(words: str, document_nouns: AbstractSet[str]) -> bool | None:
    """What may stand before the first name: nothing or "Both" (True when "the" closes it), or a
    document's noun with "by" / "from"; None for anything else."""
    both = _BOTH.fullmatch(words)
    if both is not None:
        return both.group("the") is not None
    document = _DOCUMENT.fullmatch(words)
    if document is not None and document.group("noun").lower() in document_nouns:
        return document.group("the") is not None
    return None


def _one_family(names: Sequence[str | None], kinds: Mapping[str, str]) -> bool:
    """All the names are people, or all bodies (a people, a place or a thing is no speaker here)."""
    found = {kinds.get(name or "") for name in names}
    return found <= _PEOPLE or found <= _BODIES


def _named_apart(index: int, start: int, end: int, mentions: Sequence[Mention], actors: Sequence[str | None],
                 spans: Mapping[int, tuple[int, int, str]]) -> bool:
    """The actor of mention ``index`` is named in the story outside the phrase [start, end)."""
    return any(actors[i] == actors[index] and not start <= _span_of(i, m, spans)[0] < end
               for i, m in enumerate(mentions))
