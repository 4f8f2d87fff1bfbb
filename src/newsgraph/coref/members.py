"""Members speaking for their body: "the MPs said" of the committee whose report the story tells.

A story about a committee's report calls the committee by its members as often as by its name:
"MPs have warned ... / The Kessel Affairs Committee said ... / ..., the MPs said. / They said".
The document stage leaves "MPs" and "the MPs" without an actor (a plural of people is no name),
though a reader takes the committee (docs/judging.md: a description whose holder the story names,
before or in the next sentence). This corpus stage, with every claim of the document known, gives
an unresolved bare or definite plural of ``member_plurals`` (coref.yaml) the body whose name ends
in a noun of ``member_bodies`` when that body is the speaker of the claim right before it (within
one paragraph break), or, for the lead's "MPs have said", of the first claim of the next sentence;
and a "they" that goes on right after such a claim, with nobody named between, the same body.
Since round 63 a committee named in lower case ("the Kessel affairs committee" after a house
word) counts when a word of its name is a house's of ``committee_house_members`` and the plural
is that house's ("MPs" of a Commons committee); and a plural whose claim before is no body's is
the body that opens the sentence right before it in the paragraph, nobody named between ("The
Kessel affairs committee was responding to ... . The MPs also call for ...").

Precision first: a modified plural ("Labour MPs", "some MPs") is another group and left alone; so
is one whose claim before is anyone else's (a minister answering the committee, a spokesman): the
MPs of a debate, or a party's, are no committee.
"""

from __future__ import annotations

import re
from typing import Sequence

from newsgraph.coref import CorefLexicon
from newsgraph.coref.offices import _SENTENCE_STOP, _in_lead, _inside_another, _nearest
from newsgraph.model import Claim, Mention

__all__ = ["resolve_members"]

_DEFINITE_PLURAL = re.compile(r"(?:[Tt]he\s+)?(?P<noun>[A-Za-z]+)")
# what may come before a body that opens its sentence: "The", at most one lower-case word ("The
# influential"), right after the start of the text, a paragraph or a full stop
_OPENING_BODY = re.compile(r"(?:^|\n|[.!?][\"”’']?\s+)The\s+(?:[a-z]+\s+)?$")


def resolve_members(text: str, claims: Sequence[Claim], mentions: Sequence[Mention],
                    actors: Sequence[str | None], lexicon: CorefLexicon) -> None:
    """Give the members' claims of one document their body (see the module)."""
    bodies = _member_bodies(mentions, actors, lexicon)
    if not bodies:
        return
    ordered = sorted((c for c in claims if c.speaker_span is not None and c.parent is None),
                     key=lambda c: c.speaker_span[0])
    given: set[int] = set()  # the claims given their body here: a "they" goes on from them too
    for index, claim in enumerate(ordered):
        if not _unresolved(claim, actors) or _inside_another(claim, claims):
            continue
        previous = ordered[index - 1] if index else None
        if _members_plural(claim.speaker_text, lexicon):
            body = _body_before(claim, previous, text, actors, bodies)
            if body is None and _in_lead(text, claim.speaker_span[0]):
                body = _body_next(claim, ordered[index + 1:], text, actors, bodies)
            if body is None:
                body = _body_opening_before(claim, previous, text, mentions, actors, bodies)
            if body is not None and not _plural_fits(claim.speaker_text, bodies[body]):
                body = None  # "MSPs" after a Commons committee: another house's members
        elif claim.speaker_text.lower() == "they" and previous is not None and id(previous) in given:
            # "..., the MPs said. / They said": the members going on, when nobody is named between
            body = _body_before(claim, previous, text, actors, bodies)
            if body is not None and _named_between(previous, claim, mentions):
                body = None
        else:
            continue
        if body is not None:
            claim.speaker = _nearest(mentions, actors, body, claim.speaker_span[0])
            claim.speaker_affiliation = None  # the plural's own mention ("MPs"), no actor
            given.add(id(claim))


def _member_bodies(mentions: Sequence[Mention], actors: Sequence[str | None],
                   lexicon: CorefLexicon) -> dict[str, frozenset[str] | None]:
    """The actors of the document named as a body of members, each with the plurals that may
    stand for it: None (any) for a capitalised name ("the Kessel Affairs Committee"), the house's
    for a lower-case one ("the Commons harbour committee": MPs)."""
    found: dict[str, frozenset[str] | None] = {}
    for mention, actor in zip(mentions, actors):
        words = (mention.full_name or mention.text).split()
        if not actor or not words or mention.label in lexicon.person_labels \
                or words[-1].lower() not in lexicon.member_bodies:
            continue
        if words[-1][0].isupper():
            found[actor] = None
        elif found.get(actor, frozenset()) is not None:  # no capitalised name of it seen yet
            plurals = _house_plurals(words[:-1], lexicon)
            if plurals:
                found[actor] = found.get(actor, frozenset()) | plurals
    return found


def _house_plurals(words: Sequence[str], lexicon: CorefLexicon) -> frozenset[str]:
    """The members' plurals of the house words in a lower-case committee's name ("Commons": MPs)."""
    return frozenset().union(*(lexicon.committee_house_members.get(w.lower(), frozenset()) for w in words))


def _plural_fits(words: str, plurals: frozenset[str] | None) -> bool:
    """ "MPs" for a body whose members may be MPs (any plural for a capitalised committee)."""
    found = _DEFINITE_PLURAL.fullmatch(words)
    return plurals is None or (found is not None and found.group("noun").lower() in plurals)


def _unresolved(claim: Claim, actors: Sequence[str | None]) -> bool:
    """No actor speaks: none linked, or only the plural's own mention, which is no actor."""
    def empty(index: int | None) -> bool:
        return index is None or not actors[index]

    return empty(claim.speaker) and empty(claim.speaker_affiliation) and not claim.anonymous \
        and not claim.speakers and claim.speaker_text is not None


def _members_plural(words: str | None, lexicon: CorefLexicon) -> bool:
    """ "MPs", "the MPs": members alone, nothing saying which ones."""
    found = _DEFINITE_PLURAL.fullmatch(words or "")
    return found is not None and found.group("noun").lower() in lexicon.member_plurals


def _body_before(claim: Claim, previous: Claim | None, text: str, actors: Sequence[str | None],
                 bodies: dict[str, frozenset[str] | None]) -> str | None:
    """The body that speaks in ``previous``, the claim right before, within one paragraph break."""
    if previous is None or previous.speaker is None or previous.speakers:
        return None
    if text.count("\n\n", previous.speaker_span[1], claim.speaker_span[0]) > 1:
        return None
    actor = actors[previous.speaker]
    return actor if actor in bodies else None


def _body_next(claim: Claim, following: Sequence[Claim], text: str, actors: Sequence[str | None],
               bodies: dict[str, frozenset[str] | None]) -> str | None:
    """The body that speaks first in the sentence after the lead's ("MPs have said ... / The
    Kessel Affairs Committee said")."""
    stop = _SENTENCE_STOP.search(text, claim.speaker_span[1])
    if stop is None or not following:
        return None
    close = _SENTENCE_STOP.search(text, stop.end())
    finish = close.end() if close is not None else len(text)
    first = following[0]
    if not first.speaker_span[0] < finish or first.speaker is None or first.speakers:
        return None
    actor = actors[first.speaker]
    return actor if actor in bodies else None


def _body_opening_before(claim: Claim, previous: Claim | None, text: str, mentions: Sequence[Mention],
                         actors: Sequence[str | None], bodies: dict[str, frozenset[str] | None]) -> str | None:
    """The body that opens the sentence right before the plural's, in its paragraph, with no claim
    and nobody named between ("The Kessel affairs committee was responding ... . The MPs said")."""
    speaker_start = claim.speaker_span[0]
    before = [(m, a) for m, a in zip(mentions, actors) if m.end <= speaker_start]
    if not before:
        return None
    mention, actor = max(before, key=lambda pair: pair[0].start)  # the last name before the plural
    if actor not in bodies or not _OPENING_BODY.search(text[:mention.start]):
        return None
    if previous is not None and previous.speaker_span[1] > mention.start:
        return None  # someone spoke after the body was named: the MPs may answer them
    between = text[mention.end:speaker_start]
    if "\n" in between or len(_SENTENCE_STOP.findall(between)) != 1:
        return None
    return actor


def _named_between(previous: Claim, claim: Claim, mentions: Sequence[Mention]) -> bool:
    """A name between the two speakers that is not inside what either says: another "they"."""
    said = [tuple(p) for c in (previous, claim) for p in (c.pieces or [(c.start, c.end)])]
    start, end = previous.speaker_span[1], claim.speaker_span[0]
    return any(start <= m.start < end and not any(s <= m.start < e for s, e in said) for m in mentions)
