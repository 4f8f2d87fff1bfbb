"""A body's head word the model tagged alone out of a longer name it left untagged.

"the [Office] of the Deputy Prime Minister", "The [Commission] for Africa", "the Prince's
[Trust]", "Investors Bank and [Trust]": the bare head is no name of its own, and under its bare
key it joins every other story's bare head ("Trust" of a bank, a prince's charity and a rower's
fund; "Office" of a ministry and of a TV comedy). Such a head is dropped: its story still names
the body by whatever the model did tag, and no false join is made across stories.

Kept: the head that is the body itself ("entered Parliament for Kessel": a generic body for
someone, after no "the"), a body of a place ("Parliament of Kemaria", "Kemaria's Army": the country scoping in
resolve keeps it apart), and a generic body after an owner ("Blair's Cabinet", "the Lib Dems'
Treasury spokesman"), which is the owner's body or brief, not a cut name.
"""

from __future__ import annotations

import re

from newsgraph.mentions.spans import Candidate

# " of (the) Name", " for (the) Name" right after the head
_LINK_THEN_NAME = re.compile(r" (of|for) (?:the )?[A-Z]")
# "Name's ", "Names' " right before the head
_OWNER_BEFORE = re.compile(r"([A-Z][\w-]*)(?:'s|s'|\u2019s|s\u2019) $")
# "Name Head and " right before the head: a firm's "X Bank and Trust"
_HEAD_AND_BEFORE = re.compile(r"[A-Z][\w-]* ([A-Z][\w-]*) and $")
_PLACE_LABELS = ("GPE", "LOC", "NORP")


def drop_cut_body_heads(text: str, candidates: list[Candidate], heads: frozenset[str],
                        generic: frozenset[str]) -> list[Candidate]:
    """Drop one-word ORG heads cut from "<Head> of/for <Name>", "<Name>'s <Head>" or "<Name>
    <Head> and <Head>". ``heads``: body head words as written ("Trust"); ``generic``: lower-case
    words of generic state bodies (name_variants' generic_body_words)."""
    starts = {c.start: c for c in candidates}
    ends = {c.end: c for c in candidates}
    return [c for c in candidates if not _cut_head(text, c, heads, generic, starts, ends)]


def _cut_head(text: str, candidate: Candidate, heads: frozenset[str], generic: frozenset[str],
              starts: dict[int, Candidate], ends: dict[int, Candidate]) -> bool:
    if candidate.label != "ORG" or candidate.team or candidate.text not in heads:
        return False
    is_generic = candidate.text.lower() in generic
    return (_head_of_name(text, candidate, is_generic, starts)
            or _owned_head(text, candidate, is_generic, ends)
            or _second_head(text, candidate, heads))


def _head_of_name(text: str, candidate: Candidate, is_generic: bool, starts: dict[int, Candidate]) -> bool:
    """"the Office of the Deputy Prime Minister", "House of Fraser", "Network for Good"."""
    link = _LINK_THEN_NAME.match(text, candidate.end)
    if link is None:
        return False
    named = starts.get(link.end() - 1)
    if named is not None and named.label == "GPE":
        return False  # "Parliament of Kemaria", "MP for Kessel": the body of a place
    # a generic body for someone, with no "the" before it, is the body itself ("entered
    # Parliament for Kessel"); "The Commission for Africa" is a longer name
    if link.group(1) == "for" and is_generic:
        return text[max(0, candidate.start - 4):candidate.start].lower() == "the "
    return True


def _owned_head(text: str, candidate: Candidate, is_generic: bool, ends: dict[int, Candidate]) -> bool:
    """"the Prince's Trust", "the Writers' Guild": a named body's head after its owner word.
    A generic body after an owner is the owner's ("Blair's Cabinet"); a place's is the place's."""
    if is_generic:
        return False
    owner = _OWNER_BEFORE.search(text, max(0, candidate.start - 40), candidate.start)
    if owner is None:
        return False
    tagged = _candidate_ending_near(ends, owner.end(1), owner.end())
    return tagged is None or tagged.label not in _PLACE_LABELS


def _candidate_ending_near(ends: dict[int, Candidate], first: int, last: int) -> Candidate | None:
    """The candidate that ends at the owner word (with or without its possessive mark)."""
    return next((ends[at] for at in range(first, last + 1) if at in ends), None)


def _second_head(text: str, candidate: Candidate, heads: frozenset[str]) -> bool:
    """"Investors Bank and Trust": a head after another head and "and" closes one firm's name."""
    before = _HEAD_AND_BEFORE.search(text, max(0, candidate.start - 60), candidate.start)
    return before is not None and before.group(1) in heads
