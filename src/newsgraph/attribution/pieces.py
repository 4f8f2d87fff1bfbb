"""Pieces of one claim share one speaker: a quote that another voice takes is no piece of it.

Input: a document's claims (after speakers are resolved), each claim's resolved speaker mention,
and the document's mentions. Output: the same claims, a claim's later pieces dropped from the
first one that another speaker's words take.

A free-standing quote after a speaker's words is joined to them as a piece (the speaker "goes
on"). That guess fails when the words between give the floor to someone else: a sentence with
its own speaker and cue ("“A,” said X. Y repeated his calls. “B.”": B is Y's), a colon tag the
parse did not read as a cue ("When asked, Y said: “B”"), or a tag right after the quote that
names another person ("“B?” Y pressed."). Such a piece is cut, with every piece after it: a
content cut at a clear boundary beats one that runs into another speaker's words.
"""

from __future__ import annotations

import re
from typing import Sequence

from newsgraph.attribution.cues import CueLexicon
from newsgraph.model import Claim, Mention

Span = tuple[int, int]

# what may stand between a colon tag and the quote it opens: the colon, spaces, an opening mark
_COLON_TAG = re.compile(r"\s+(\w+)\s*:[\s\"'\u201c\u2018]*$")
# a closing mark, then a name, then one lower-case verb ending its clause: "“...?” Y pressed."
_CLOSING = re.compile(r"[\"'\u201d\u2019]\s+(?:[A-Z][a-z]*\.?\s+)?")  # a title may stand outside the name
_TAG_VERB = re.compile(r"\s+[a-z]+\s*[.,]")
_TAG_ENDS = ",?!"  # a quote closing on these is followed by its own tag


def cut_other_voices(text: str, claims: Sequence[Claim], speakers: Sequence[int | None],
                     mentions: Sequence[Mention], lexicon: CueLexicon) -> None:
    """Drop each claim's pieces from the first one another speaker's words take; ``speakers``
    holds each claim's resolved speaker mention (a claim with none is left as it is: its
    voice cannot be compared)."""
    keyed = [_keys(claim, speaker, mentions) for claim, speaker in zip(claims, speakers)]
    for claim, keys in zip(claims, keyed):
        if not claim.pieces or len(claim.pieces) < 2 or not keys:
            continue
        for index in range(1, len(claim.pieces)):
            gap = (claim.pieces[index - 1][1], claim.pieces[index][0])
            piece = tuple(claim.pieces[index])
            # a quote split around its own cue: the words between are this speaker's tag
            split = claim.cue_span is not None and gap[0] <= claim.cue_span[0] < gap[1]
            if (_tag_after(text, keys, piece, mentions) or not split and (
                    _other_claim_between(claim, keys, gap, claims, keyed)
                    or _colon_tag(text, keys, piece, mentions, lexicon))):
                _keep_pieces(claim, index)
                break


def _keys(claim: Claim, speaker: int | None, mentions: Sequence[Mention]) -> frozenset[str]:
    """The names the claim's speaker goes by: the resolved mention's key, and those of joint
    speakers."""
    indexes = [speaker] + list(claim.speakers or [])
    return frozenset(mentions[i].key for i in indexes if i is not None and 0 <= i < len(mentions))


def _other_claim_between(claim: Claim, keys: frozenset[str], gap: Span, claims: Sequence[Claim],
                         keyed: Sequence[frozenset[str]]) -> bool:
    """A claim of another named speaker has its cue between the pieces ("Y repeated his calls"),
    unless it reports the same words (an outlet's "as reported by" on this tag)."""
    for other, other_keys in zip(claims, keyed):
        if other is claim or not other.cue_span or not other_keys or other_keys & keys:
            continue
        if gap[0] <= other.cue_span[0] < gap[1] and not _shares_words(claim, other):
            return True
    return False


def _shares_words(a: Claim, b: Claim) -> bool:
    spans_a = a.pieces or [(a.start, a.end)]
    spans_b = b.pieces or [(b.start, b.end)]
    return any(x[0] < y[1] and y[0] < x[1] for x in spans_a for y in spans_b)


def _colon_tag(text: str, keys: frozenset[str], piece: Span, mentions: Sequence[Mention],
               lexicon: CueLexicon) -> bool:
    """The quote opens after a colon tag of another name ("..., Y said: “...”"): a tag of its own,
    even where the parse read no cue there."""
    window = text[max(0, piece[0] - 80):piece[0]]
    match = _COLON_TAG.search(window)
    if match is None or match.group(1).lower() not in lexicon.inverted_cues:
        return False
    name_end = piece[0] - len(window) + match.start()
    return any(m.end == name_end and m.key not in keys for m in mentions)


def _tag_after(text: str, keys: frozenset[str], piece: Span, mentions: Sequence[Mention]) -> bool:
    """The quote closes on a comma, question or exclamation mark and a tag of another name
    follows it ("“...?” Y pressed."): whatever the verb, the quote is Y's."""
    if text[piece[1] - 1:piece[1]] not in _TAG_ENDS:
        return False
    closing = _CLOSING.match(text, piece[1])
    if closing is None:
        return False
    name = next((m for m in mentions if m.start == closing.end()), None)
    return name is not None and name.key not in keys and _TAG_VERB.match(text, name.end) is not None


def _keep_pieces(claim: Claim, count: int) -> None:
    """Keep the first ``count`` pieces (one piece is a plain content)."""
    kept = [tuple(p) for p in claim.pieces[:count]]
    claim.start, claim.end = kept[0]
    claim.pieces = [list(p) for p in kept] if len(kept) > 1 else None
