"""A body's head word the model tagged alone out of a longer name it left untagged.

"the [Office] of the Deputy Prime Minister", "The [Commission] for Africa", "the Prince's
[Trust]", "Investors Bank and [Trust]": the bare head is no name of its own, and under its bare
key it joins every other story's bare head ("Trust" of a bank, a prince's charity and a rower's
fund; "Office" of a ministry and of a TV comedy). The mention stage widens a tagged head to the
name after "of/for" ("Office of the Deputy Prime Minister") and drops the other cut heads
(``drop``): their story still names the body by whatever the model did tag, and no false join
is made across stories. The events stage asks ``is_cut`` before it makes an untagged name an
actor ("The Commission for Kessel's report is due out": none).

Kept: the head that is the body itself ("entered Parliament for Kessel": a generic body for
someone, after no "the"), a body of a country ("Parliament of Kemaria", "Kemaria's Army": the
country scoping in resolve keeps it apart), and a generic body after an owner ("Blair's Cabinet",
"the Lib Dems' Treasury spokesman"), which is the owner's body or brief, not a cut name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from newsgraph.data import load_lines, load_yaml
from newsgraph.mentions.spans import Candidate

# " of (the) Name", " for (the) Name" right after the head
_LINK_THEN_NAME = re.compile(r" (of|for) (?:the )?[A-Z]")
# the capitalised name after the link: "of the [Deputy Prime Minister]", "of [Fraser]"
_LINKED_NAME = re.compile(r" (?:of|for) (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)*")
# "Name's ", "Names' " right before the head
_OWNER_BEFORE = re.compile(r"([A-Z][\w-]*)(?:'s|s'|\u2019s|s\u2019) $")
# "Name Head and " right before the head: a firm's "X Bank and Trust"
_HEAD_AND_BEFORE = re.compile(r"[A-Z][\w-]* ([A-Z][\w-]*) and $")
_PLACE_LABELS = ("GPE", "LOC", "NORP")
# labels a bare head may carry: the model's body or person guess, the events stage's untagged name
_HEAD_LABELS = ("ORG", "PERSON", "NORP", "NAME")

# what the spans around a head are: start or end offset -> (label, text)
Spans = dict[int, tuple[str, str]]


@dataclass(frozen=True)
class CutHeads:
    heads: frozenset[str]  # body head words as written: org_head_words and cut_body_heads
    generic: frozenset[str]  # lower case: generic state bodies (name_variants' generic_body_words)
    countries: frozenset[str]  # countries.txt, as written

    @classmethod
    @lru_cache(maxsize=1)
    def from_data(cls) -> "CutHeads":
        rules = load_yaml("entity_rules.yaml")
        heads = [str(w) for key in ("org_head_words", "cut_body_heads") for w in rules.get(key, ())]
        generic = load_yaml("name_variants.yaml").get("generic_body_words", ())
        return cls(frozenset(heads), frozenset(str(w).lower() for w in generic),
                   frozenset(load_lines("countries.txt")))

    def drop(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """The candidates without the heads cut from a longer name; a head cut before "of/for
        <Name>" is widened to that name instead ("the Office of the Deputy Prime Minister"),
        and the pieces of it the model tagged go."""
        starts = {c.start: (c.label, c.text) for c in candidates}
        ends = {c.end: (c.label, c.text) for c in candidates}
        out: list[Candidate] = []
        widened: list[tuple[int, int]] = []
        for candidate in candidates:
            if candidate.team or not self.is_cut(text, candidate.start, candidate.end, candidate.label, starts, ends):
                out.append(candidate)
                continue
            run = _LINKED_NAME.match(text, candidate.end)
            if run is not None:
                out.append(replace(candidate, end=run.end(), text=text[candidate.start:run.end()], label="ORG", cue=""))
                widened.append((candidate.start, run.end()))
        return _without_inner(out, widened)

    def is_cut(self, text: str, start: int, end: int, label: str, starts: Spans, ends: Spans) -> bool:
        """Is text[start:end] one head word cut from "<Head> of/for <Name>", "<Name>'s <Head>"
        or "<Name> <Head> and <Head>"?"""
        word = text[start:end]
        if label not in _HEAD_LABELS or word not in self.heads:
            return False
        is_generic = word.lower() in self.generic
        return (self._head_of_name(text, start, end, is_generic, starts)
                or self._owned_head(text, start, is_generic, ends)
                or self._second_head(text, start))

    def _head_of_name(self, text: str, start: int, end: int, is_generic: bool, starts: Spans) -> bool:
        """"the Office of the Deputy Prime Minister", "House of Fraser", "Network for Good"."""
        link = _LINK_THEN_NAME.match(text, end)
        if link is None:
            return False
        named = starts.get(link.end() - 1)
        if named is not None and named[1] in self.countries:
            return False  # "Parliament of Kemaria", "MP for Kemaria": the body of a country
        # a generic body for someone, with no "the" before it, is the body itself ("entered
        # Parliament for Kessel"); "The Commission for Africa" is a longer name
        if link.group(1) == "for" and is_generic:
            return text[max(0, start - 4):start].lower() == "the "
        return True

    def _owned_head(self, text: str, start: int, is_generic: bool, ends: Spans) -> bool:
        """"the Prince's Trust", "the Writers' Guild": a named body's head after its owner word.
        A generic body after an owner is the owner's ("Blair's Cabinet"); a place's is the place's."""
        if is_generic:
            return False
        owner = _OWNER_BEFORE.search(text, max(0, start - 40), start)
        if owner is None:
            return False
        tagged = next((ends[at] for at in range(owner.end(1), owner.end() + 1) if at in ends), None)
        return (tagged is None or tagged[0] not in _PLACE_LABELS) and owner.group(1) not in self.countries

    def _second_head(self, text: str, start: int) -> bool:
        """"Investors Bank and Trust": a head after another head and "and" closes one firm's name."""
        before = _HEAD_AND_BEFORE.search(text, max(0, start - 60), start)
        return before is not None and before.group(1) in self.heads



def _without_inner(candidates: list[Candidate], widened: list[tuple[int, int]]) -> list[Candidate]:
    """Drop the candidates inside a widened head's span ("Fraser" of "House of Fraser")."""
    return [c for c in candidates
            if not any(s <= c.start and c.end <= e and (c.start, c.end) != (s, e) for s, e in widened)]
