"""Mentions of a place's or a people's name that their own words make an event's.

A festival borrows its town's name ("at Tamsk", "the Tamsk line-up"), an awards ceremony a
people's plural ("won at the Vaals" of "the Vaal Awards"), a league's competition its body's name
("top of the Kessel League"), a show's title a place ("CSI: Tamsk"). The mention stage keeps each
as the place, the people or the body; the corpus votes of earlier rounds read whole actors, so one
town's festival mentions either outvote the town or stay with it. Here each mention is read alone,
before the resolver builds its nodes: one whose words make it the event leaves the actor graph
(its text stays in the document), and the place, the people or the body keeps every mention where
it is itself, so its kind is voted on those only.

Words are in ``data/entity_rules.yaml`` (the round 39 block); the mechanism reads the raw text
around each mention and the corpus-wide festival and award names, no parse.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import chain
from dataclasses import dataclass, replace
from typing import Iterable, Sequence

from newsgraph.data import load_yaml
from newsgraph.model import Link, Mention
from newsgraph.names import name_key

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})
# a festival's or an award's name word as the corpus writes it before its noun
_NAME = r"((?:[A-Z][\w'\u2019-]*[ \t]+){0,2}?[A-Z][\w'\u2019-]*)"  # within one line
_DETERMINER = r"(?:the\s+|this\s+year'?s\s+|last\s+year'?s\s+|next\s+year'?s\s+|this\s+years\s+)"
_SENTENCE_END = re.compile(r"[.!?][\"'\u2019\u201d]?\s|\n")
_CAPITAL_PLURAL = re.compile(r"[A-Z][a-z]+s")
_POSSESSIVE = re.compile(r"['\u2019]s?\b")


def _alternatives(words: Iterable[str]) -> str:
    ordered = sorted({re.escape(str(w)).replace(r"\ ", r"\s+") for w in words}, key=len, reverse=True)
    return "|".join(ordered) or "(?!)"


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around [start, end): from the last sentence end before it to the next one."""
    opening = 0
    for found in _SENTENCE_END.finditer(text, max(0, start - 400), start):
        opening = found.end()
    closing = _SENTENCE_END.search(text, end)
    return text[opening:closing.start() + 1 if closing else len(text)]


@dataclass(frozen=True)
class _Names:
    """Names the corpus writes before a festival's or an award's noun, and where."""

    festivals: dict[str, frozenset[str]]  # festival name key -> documents writing it so
    awards: dict[str, frozenset[str]]  # plural of an award's name word ("vaals") -> documents
    placed: frozenset[str]  # name keys the model labels a place somewhere in the corpus
    festive: frozenset[str]  # documents holding a festival's word anywhere


class EventSenses:
    """Which mentions are an event's name by their own words (see the module's docstring)."""

    def __init__(self, rules: dict):
        def words(key: str) -> list[str]:
            return [str(w) for w in rules.get(key, ())]

        kinds = "(?i:" + _alternatives(words("festival_kinds")) + ")"  # "the Tamsk film festival" too
        nouns = _alternatives(words("festival_nouns"))
        self.festival_name = re.compile(rf"\b{_NAME}[ \t]+(?:(?:{kinds})[ \t]+)?(?:{nouns})\b")
        # the first of two towns sharing the noun: "the Tamsk and Vaal festivals", "Tamsk/Vaal festival"
        self.festival_pair = re.compile(
            rf"\b([A-Z][\w'\u2019-]*)[ \t]*(?:and|&|/)[ \t]*(?=[A-Z][\w'\u2019-]*[ \t]+(?:(?:{kinds})[ \t]+)?(?:{nouns})\b)")
        self.award_name = re.compile(r"\b([A-Z][a-z]+)[ \t]+Awards?\b")
        self.festival_noun_after = re.compile(rf"\s+(?:(?:{kinds})\s+)?(?i:{nouns})\b")
        self.festival_after = re.compile(rf"\s+(?:(?:{kinds})\s+)?(?i:{_alternatives(words('festival_nouns_after'))})\b")
        self.festival_sentence = re.compile(rf"(?i)\b(?:{_alternatives(words('festival_sentence_words'))})\b")
        self.place_before = re.compile(rf"\b(?i:{_alternatives(words('place_words_before'))})\s+$")
        self.place_after = re.compile(rf"\s+(?i:{_alternatives(words('place_words_after'))})\b")
        self.ceremony_before = re.compile(
            rf"\b(?i:{_alternatives(words('ceremony_words_before'))})\s+{_DETERMINER}?$")
        self.ceremony_after = re.compile(rf"['\u2019]?\s+(?:{_alternatives(words('ceremony_words_after'))})\b")
        self.people_before = re.compile(rf"\b(?i:{_alternatives(words('people_words_before'))})\s+(?:the\s+)?$")
        self.league_heads = frozenset(words("competition_head_words"))
        self.league_before = re.compile(
            rf"\b(?i:{_alternatives(words('league_competition_leads'))})\s+(?:the\s+|this\s+season'?s\s+)$")
        self.league_after = re.compile(rf"\s+(?:{_alternatives(words('competition_nouns_after') + words('league_competition_nouns_after'))})\b")
        letters = rules.get("title_letters_before")
        self.title_before = re.compile(str(letters)) if letters else None

    @classmethod
    def from_data(cls) -> "EventSenses":
        return cls(load_yaml("entity_rules.yaml"))

    def __call__(self, mentions: Sequence[Mention], texts: dict[str, str],
                 country_keys: frozenset[str] = frozenset(), peoples: frozenset[str] = frozenset()
                 ) -> frozenset[int]:
        """Indices of the mentions whose words make them a festival's, an awards night's or a
        title's name (``peoples``: name keys of demonyms, which no festival borrows)."""
        names = self._names(texts, country_keys | peoples, mentions)
        found = set()
        for i, mention in enumerate(mentions):
            text = texts.get(mention.doc)
            if text and self._event(mention, text, names, country_keys | peoples):
                found.add(i)
        return frozenset(found)

    def competitions(self, mentions: Sequence[Mention], texts: dict[str, str]) -> frozenset[int]:
        """Indices of the mentions of a league's name that are its competition (``_competition``).
        Read after the resolver's votes: a competition's cues are what its corpus vote counts
        ("the Kessel League final"), so taking them out first would leave a competition that
        never speaks an actor on its other mentions."""
        return frozenset(i for i, m in enumerate(mentions)
                         if (text := texts.get(m.doc)) and self._competition(m, text))

    def _names(self, texts: dict[str, str], country_keys: frozenset[str], mentions: Sequence[Mention]) -> _Names:
        festivals: dict[str, set[str]] = defaultdict(set)
        awards: dict[str, set[str]] = defaultdict(set)
        festive = set()
        for doc, text in texts.items():
            if self.festival_sentence.search(text):
                festive.add(doc)
            for found in chain(self.festival_name.finditer(text), self.festival_pair.finditer(text)):
                key = name_key(found.group(1))
                # "the UK festival", "a German festival": a country's or a people's festival is
                # no festival named by its town
                if key and key not in country_keys and key.split()[0] not in ("the", "a"):
                    festivals[key].add(doc)
            for found in self.award_name.finditer(text):
                awards[found.group(1).lower() + "s"].add(doc)
        # a place's label on the festival's own name ("the Tamsk film festival" tagged LOC) is none
        placed = frozenset(name_key(m.text) for m in mentions if m.label in ("GPE", "LOC")
                           and not self.festival_after.match(texts.get(m.doc, ""), m.end))
        return _Names({k: frozenset(v) for k, v in festivals.items()}, {k: frozenset(v) for k, v in awards.items()},
                      placed, frozenset(festive))

    def _event(self, mention: Mention, text: str, names: _Names, lands: frozenset[str]) -> bool:
        return (self._festival(mention, text, names, lands) or self._ceremony(mention, text, names)
                or self._title_piece(mention, text, lands))

    def _festival(self, mention: Mention, text: str, names: _Names, lands: frozenset[str]) -> bool:
        """"at Tamsk", "the Tamsk line-up", "headlining Tamsk": a town's festival, when the corpus
        writes "Tamsk Festival" somewhere; "in Tamsk", "Tamsk residents" stay the town. A person
        bears no festival's name."""
        if mention.label in ("PERSON", "NORP") or mention.cue in ("PERSON", "NORP"):
            return False  # "the Kemari festival": a people's festival, and the people stay
        key = name_key(mention.text)
        documents = names.festivals.get(key)
        if not documents or key in lands or mention.key in lands:
            return False
        if self.festival_after.match(text, mention.end):
            # "the Tamsk line-up", "the Tamsk winner"; "the Tamsk festival" the model calls a
            # place is the place's festival, and the place stays (round 12's contract)
            return not (mention.label in ("GPE", "LOC") and self.festival_noun_after.match(text, mention.end))
        if (self.place_before.search(text, max(0, mention.start - 30), mention.start)
                or self.place_after.match(text, mention.end)):
            return False
        if mention.doc in documents:
            return True  # the story itself names the festival: its bare name is the festival's
        if key not in names.placed and mention.doc in names.festive:
            # a name the corpus calls a festival and never a place, in a story of festivals: "the
            # crowds at Tamsk" of a story that calls Tamsk "the annual festival"
            return True
        if _POSSESSIVE.match(text, mention.end):
            return False  # "held at Tamsk's arts centre": the town's, in a story of another festival
        sentence = _sentence(text, mention.start, mention.end)
        if any(name_key(found.group(1)) != key for found in self.festival_name.finditer(sentence)):
            return False  # the sentence's festival is another one ("the Vaal festival, held in Tamsk")
        return bool(self.festival_sentence.search(sentence))

    def _ceremony(self, mention: Mention, text: str, names: _Names) -> bool:
        """"won at the Vaals", "Vaals success", "the Vaals has": the awards a people's plural names,
        when the corpus writes "Vaal Awards"; "we Vaals" stays the people."""
        written = mention.text.strip()
        if written.lower().startswith("the "):
            written = written[4:]
        if not _CAPITAL_PLURAL.fullmatch(written) or written.lower() not in names.awards:
            return False
        if "NORP" not in (mention.label, mention.cue):
            return False  # a people's plural only: "playing for the Tigers" is a side's
        if self.ceremony_after.match(text, mention.end):
            return True  # "the Vaals ceremony", "five Vaals winners"
        if self.people_before.search(text, max(0, mention.start - 20), mention.start):
            return False
        return bool(self.ceremony_before.search(text, max(0, mention.start - 40), mention.start)
                    or mention.doc in names.awards[written.lower()])

    def _competition(self, mention: Mention, text: str) -> bool:
        """"top of the Kessel League", "a Kessel League club": the competition, no actor; "the
        Kessel League fined", "a Kessel League spokesman" stay the body."""
        words = mention.text.split()
        if not words or words[-1] not in self.league_heads:
            return False
        return bool(self.league_after.match(text, mention.end)
                    or self.league_before.search(text, max(0, mention.start - 40), mention.start))

    def _title_piece(self, mention: Mention, text: str, country_keys: frozenset[str]) -> bool:
        """"CSI: Tamsk", "CD:UK": a place inside a show's or a game's title after its letters."""
        if self.title_before is None or not (mention.label in _PLACE_LABELS or mention.key in country_keys):
            return False
        before = self.title_before.search(text, max(0, mention.start - 8), mention.start)
        return bool(before) and name_key(before.group(0).rstrip(": ")) not in country_keys


def without_mentions(mentions: Sequence[Mention], links: Sequence[Link], taken: frozenset[int]
                     ) -> tuple[list[Mention], list[Link]]:
    """``mentions`` without the ``taken`` indices, and ``links`` (per-document mention numbers)
    renumbered to the kept mentions; a link to a taken mention goes with it."""
    first: dict[str, int] = {}
    local: dict[int, int] = {}  # global index -> its new number in its document
    counts: dict[str, int] = defaultdict(int)
    kept = []
    for i, mention in enumerate(mentions):
        first.setdefault(mention.doc, i)
        if i in taken:
            continue
        local[i] = counts[mention.doc]
        counts[mention.doc] += 1
        kept.append(mention)
    out = []
    for link in links:
        base = first.get(link.doc)
        if base is None:
            continue
        source, target = local.get(base + link.source), local.get(base + link.target)
        if source is None or target is None:
            continue
        out.append(replace(link, source=source, target=target))
    return kept, out


def spread(actor_of_kept: Sequence[str], total: int, taken: frozenset[int]) -> list[str]:
    """The kept mentions' actors back in the positions of all ``total`` mentions; a taken one has none."""
    kept = iter(actor_of_kept)
    return ["" if i in taken else next(kept) for i in range(total)]
