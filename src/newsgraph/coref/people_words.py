"""A people's word standing for one person: "the Vaskan won in straight sets", "the 24-year-old
Kemarian crossed first" (rounds 69-70, branches lnk42 and lnk42c).

Sports stories call the player by the people he belongs to. The model tags the word NORP and the
resolver used to group it with the people's other mentions, so the player counted as a mention of
the nation ("Vaskans"). A singular people's word right after "the" (or "the <age>-year-old") that
heads its own noun phrase (not "the Vaskan economy") is one person, not the people: the mention is
cued ``ONE_OF_PEOPLE``. The resolver resolves it as before (so the people's actor, its kind and its
other mentions, "Vaskan star X", "the Vaskans", stay exactly as they were: taking the word out of
the resolver's input made a people's actor vanish with it in round 69) and only then takes it off
its actor: no actor rather than the people's, and no alias of the people's actor.

Not relinked to a person: tried with ``coref.nationals`` (the "said the Scot" rule), it named the
wrong player in about half the relinks read (a match report names both players' peoples, an older
champion of the same people is named before). The claim speaker rule still reads "said the Scot"
as before; only the mention's actor changes. The mention keeps its index (events, claims and links
count them).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Sequence

from newsgraph.coref.nationals import place_of_people
from newsgraph.model import Mention

if TYPE_CHECKING:
    from newsgraph.coref import DocumentCoref

# The cue the resolver reads to take a mention off its actor after resolving
# (``NameGraphResolver.__call__``; it resolves the mention with no cue, as the base did): one
# person described by his people, never a mention of the people. Only a mention with no cue of
# its own is marked (a stated kind is kept for the resolver's votes).
ONE_OF_PEOPLE = "ONE_OF_PEOPLE"

# "the Vaskan", "The 24-year-old Vaskan": the article, maybe an age, then the mention
_THE_BEFORE = re.compile(r"(?:^|[^\w'’-])[Tt]he\s+(?P<age>\d{1,3}-year-old\s+)?$")
# the parse's relations of a word that modifies a noun rather than heading its own phrase
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})
# a word after the people's word that makes it a modifier of that word ("the Vaskan economy")
_NOUN_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
# "the French", "the Swiss", "the Japanese": the whole people, unless an age makes it one person
# (the same endings ``SpeakerResolver._demonym_person`` reads)
_COLLECTIVE_ENDINGS = ("sh", "ch", "ss", "ese")


def one_person_word(text: str, mention: Mention, token) -> bool:
    """Whether ``mention`` (NORP, ``token`` its parse's last word) is a singular people's word
    standing alone for one person after "the": "the Vaskan won", "the Vaskan's serve"."""
    if mention.label != "NORP" or token is None:
        return False
    before = _THE_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    if before is None or before.end() != mention.start:
        return False
    word = mention.text.split()[-1].lower()
    collective = word.endswith(_COLLECTIVE_ENDINGS)
    if (word.endswith("s") and not collective) or (collective and not before.group("age")):
        return False  # "the Vaskans": the people; "the Swiss": the people unless aged
    if token.dep_ in _MODIFIER_DEPS:
        return False
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is None or following.pos_ not in _NOUN_POS or following.text.startswith("-")


def people_words_taken(coref: "DocumentCoref", tokens: Sequence[object | None]) -> list[Mention]:
    """The document's mentions with each one-person people's word (``one_person_word`` and a word
    that names a place, ``coref.nationals.place_of_people``; ``tokens`` aligned with the mentions:
    the parse's last word of each, or None) cued ``ONE_OF_PEOPLE``."""
    return [replace(mention, cue=ONE_OF_PEOPLE)
            if not mention.cue and one_person_word(coref.text, mention, token) and place_of_people(coref, mention.text) is not None
            else mention
            for mention, token in zip(coref.mentions, tokens)]


def last_tokens(pieces: Sequence[tuple[int, object, str]], mentions: Sequence[Mention]) -> list[object | None]:
    """The parse's last word of each NORP mention (None for the others, and for a mention whose
    end is no word's end): ``pieces`` as ``ParsedDocument.pieces`` gives them."""
    out: list[object | None] = []
    for mention in mentions:
        found = None
        if mention.label == "NORP":
            piece = next(((o, d) for o, d, t in pieces if o <= mention.start < o + len(t)), None)
            if piece is not None:
                offset, doc = piece
                found = next((tok for tok in doc if offset + tok.idx + len(tok.text) == mention.end), None)
        out.append(found)
    return out
