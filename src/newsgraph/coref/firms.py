"""The story's one firm speaking under a description: "the Swedish firm said", "the High Street
retailer said", "the world's third biggest insurer said".

Business news names its firm in the headline or the lead and then calls it by what it is. The
document stage resolves "the company" by the firm a description introduced, or by the one that
dominates the count or spoke (``DocumentCoref.salient`` / ``spoken_firm`` / ``sole_firm``); it
reads the model's labels, and the model often tags the story's own firm a place or a person in
its headline and lead, so the phrase is left without an actor though a reader names it
(docs/judging.md: a description for a body the story names is that body).

This corpus stage, with the corpus's kind of every actor known, gives an unresolved singular
"the ... <noun>" whose head is a noun only a business firm is called (``sole_firm_nouns``,
coref.yaml) the one organisation the story names before it, when:

- exactly one actor named before the phrase (in or out of quotes) is an organisation, by the
  corpus's kind or the model's label, and the corpus calls it one;
- that firm opens a sentence (or the headline) at least once before: it is what the story is
  about, not a rival or a client talked about in passing;
- no other non-person name opens a sentence after the firm's last such sentence (a firm the
  model typed otherwise may be the one meant), and no unnamed one of the noun ("a rival firm")
  comes in since the firm was last named;
- the phrase holds no name of its own ("The Kessel Group firm": that one) and is not inside what
  another says.

With several organisations named before, the one that opens the phrase's sentence or the sentence
before it takes the phrase, when no other organisation, nor another name opening a sentence, comes
between ("X, meanwhile, said prices rose. The biggest mortgage lender said"). Only names the
resolver kept as actors count: a brand it found to be no actor is no rival.

Precision first: "group" (a pressure group, a campaign group) and nouns a person is also called
("producer") are not in the table; a state body ("the central bank") is no firm and is left.
"""

from __future__ import annotations

import re
from typing import Mapping, Sequence

from newsgraph.coref import CorefLexicon, DocumentCoref
from newsgraph.coref.offices import _inside_another, _nearest
from newsgraph.model import Claim, Mention

__all__ = ["resolve_sole_firms"]

_ORGANISATION = "ORG"
# a name of a person or a place opening a sentence is no rival of the firm for "the company"
_NOT_FIRM_KINDS = frozenset({"PERSON", "GPE", "LOC", "NORP"})
_DESCRIPTION_WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")


def resolve_sole_firms(text: str, claims: Sequence[Claim], mentions: Sequence[Mention],
                       actors: Sequence[str | None], kinds: Mapping[str, str], lexicon: CorefLexicon) -> None:
    """Give each unresolved firm description of one document the story's one firm (see the module)."""
    coref: DocumentCoref | None = None  # built for the first description that needs it
    for claim in claims:
        noun = _firm_noun(claim, lexicon)
        if noun is None or _inside_another(claim, claims) or _names_inside(claim, mentions):
            continue
        coref = coref or DocumentCoref(text, mentions, lexicon)
        firm = _sole_firm(claim.speaker_span[0], noun, coref, actors, kinds)
        if firm is not None:
            claim.speaker = _nearest(mentions, actors, firm, claim.speaker_span[0])


def _firm_noun(claim: Claim, lexicon: CorefLexicon) -> str | None:
    """The head of an unresolved "the ... <noun>" speaker phrase of at most six words whose noun
    only a firm is called; else None."""
    if claim.speaker is not None or claim.anonymous or claim.speakers or claim.speaker_text is None \
            or claim.speaker_span is None:
        return None
    words = claim.speaker_text.split()
    if not 2 <= len(words) <= 6 or words[0].lower() != "the" \
            or not all(_DESCRIPTION_WORD.fullmatch(w) for w in words[1:]):
        return None
    noun = words[-1].lower()
    return noun if noun in lexicon.sole_firm_nouns else None


def _names_inside(claim: Claim, mentions: Sequence[Mention]) -> bool:
    """The phrase holds a name that is not a place or a people ("The Kessel Group firm"): it says
    which body it is, and the document stage has read it."""
    start, end = claim.speaker_span
    return any(start <= m.start and m.end <= end and m.label not in _NOT_FIRM_KINDS for m in mentions)


def _sole_firm(at: int, noun: str, coref: DocumentCoref, actors: Sequence[str | None],
               kinds: Mapping[str, str]) -> str | None:
    """The one organisation named before ``at`` that the story is about (see the module), else None."""
    before = [i for i in range(len(coref.mentions)) if coref.mentions[i].end <= at and actors[i]]
    bodies = {actors[i] for i in before if _body(i, coref, actors, kinds)}
    if len(bodies) != 1:
        return _subject_just_before(at, noun, before, coref, actors, kinds)
    firm = next(iter(bodies))
    if kinds.get(firm) != _ORGANISATION:
        return None
    openers = [i for i in before if not coref.in_quote(coref.mentions[i].start) and _opens(i, firm, coref, actors)
               and not _person_or_place(i, coref, actors, kinds)]
    if not openers or actors[openers[-1]] != firm:
        return None  # the firm never opens a sentence, or another name opened one since
    last = max(i for i in before if actors[i] == firm)
    if coref.unnamed_rival(noun, coref.mentions[last].end, at):
        return None
    return firm


def _subject_just_before(at: int, noun: str, before: list[int], coref: DocumentCoref,
                         actors: Sequence[str | None], kinds: Mapping[str, str]) -> str | None:
    """With several organisations named before: the one that opens the phrase's sentence or the
    sentence before ("Kessel Motors is considering a plant ... The German giant said"), when no
    other organisation, nor any other name opening a sentence, comes between it and the phrase."""
    opening = coref.sentence_start(at)
    reach = coref.sentence_start(max(opening - 2, 0))
    subjects = [i for i in before if coref.mentions[i].start >= reach and kinds.get(actors[i]) == _ORGANISATION
                and not coref.in_quote(coref.mentions[i].start) and coref.firm_subject(i)]
    if not subjects:
        return None
    firm, since = actors[subjects[-1]], coref.mentions[subjects[-1]].end
    rivals = [i for i in before if coref.mentions[i].start >= since and actors[i] != firm
              and (_body(i, coref, actors, kinds)
                   or (coref.opens_sentence(i) and not _person_or_place(i, coref, actors, kinds)))]
    if rivals or coref.unnamed_rival(noun, since, at):
        return None
    return firm


def _body(index: int, coref: DocumentCoref, actors: Sequence[str | None], kinds: Mapping[str, str]) -> bool:
    """The name is an organisation's, by the corpus's kind or the model's label."""
    return kinds.get(actors[index] or "") == _ORGANISATION or coref.mentions[index].label == _ORGANISATION


def _person_or_place(index: int, coref: DocumentCoref, actors: Sequence[str | None],
                     kinds: Mapping[str, str]) -> bool:
    """The name is a person's or a place's, by the model's label and the corpus's kind."""
    return coref.mentions[index].label in _NOT_FIRM_KINDS and kinds.get(actors[index] or "") in _NOT_FIRM_KINDS


def _opens(index: int, firm: str, coref: DocumentCoref, actors: Sequence[str | None]) -> bool:
    """The name opens its sentence; the firm's also after a short description of a body ("India's
    biggest carmaker X has reported"), as the document stage reads a firm subject."""
    return coref.firm_subject(index) if actors[index] == firm else coref.opens_sentence(index)
