"""What a denial that only points back denies: "X claimed A. Y denied the claims."

A denial whose content is a bare label ("the claims", "such suggestions", "this": the
``pointing`` table shared with the contradiction stage) says nothing by itself; what it denies
is the statement it answers. That statement is the nearest earlier assertion of the same or
the previous sentence, made by the act the label names ("the reports" answers "reported",
"the charges" a charge). The denial's content becomes that statement's span (it may lie in
the sentence before the cue) and the label stays as the claim's ``object_span`` / ``object_text``. A denial
with nothing to answer keeps its label as content.
"""

from __future__ import annotations

from typing import Sequence

from newsgraph.attribution.cues import CueLexicon
from newsgraph.model import Claim

_QUOTES = "\"'“”‘’ .,;:"
_ANSWERED_ACTS = ("statement", "finding")  # a request or a question holds nothing to deny
_OWNERS = frozenset({"his", "her", "its", "their"})
_REACH = 1  # sentences back: a label answers what was just said, not an older statement


def point_denials(claims: Sequence[Claim], lexicon: CueLexicon) -> None:
    """Give each pointing denial of ``claims`` (one document, text order) the content of the
    statement it answers, keeping the label as ``object_span``."""
    if lexicon.pointing is None:
        return
    for claim in claims:
        if claim.stance != "deny" or claim.kind != "indirect" or claim.cue_span is None:
            continue
        label = claim.text.strip(_QUOTES).casefold()
        if not label or not lexicon.pointing.match(label) or label.split()[0] in _OWNERS:
            continue  # "his claims", "their reports": the owner's words, maybe not the ones just before
        answered = _answered(claim, claims, label, lexicon)
        if answered is not None:
            claim.object_span, claim.object_text = [claim.start, claim.end], claim.text
            claim.start, claim.end, claim.text = answered.start, answered.end, answered.text
            claim.pieces = [list(p) for p in answered.pieces] if answered.pieces else None


def _answered(claim: Claim, claims: Sequence[Claim], label: str, lexicon: CueLexicon) -> Claim | None:
    """The nearest earlier assertion ``claim`` may answer, or None."""
    acts = _acts(label, lexicon)
    formal = _formal(label, lexicon)
    # "Critics say X, but its members reject such claims": in its own sentence, a statement
    # ending before the denier
    opening = min(claim.cue_span[0], claim.speaker_span[0] if claim.speaker_span else claim.cue_span[0])
    candidates = [
        other for other in claims
        if other is not claim and other.stance == "assert" and other.act in _ANSWERED_ACTS
        and other.end <= opening and 0 <= claim.sentence - other.sentence <= _REACH
        and other.start < other.end and _made_by(other, acts, formal, lexicon)]
    if not candidates:
        return None
    # the nearest sentence, the statement ending last; of one span, the outer claim
    return max(candidates, key=lambda c: (c.sentence, c.end, c.end - c.start))


def _made_by(statement: Claim, acts: frozenset[str], formal: bool, lexicon: CueLexicon) -> bool:
    """``statement`` was made by the act the label names ("the reports": "reported"); a formal
    charge ("the charges") answers only a statement that charges or accuses."""
    cue = ((statement.cue or "").split() or [""])[-1].casefold()
    if formal:
        words = f"{statement.speaker_text or ''} {statement.cue or ''}"
        return lexicon.formal_charge is not None and bool(lexicon.formal_charge.search(words))
    return not acts or cue in acts


def _acts(label: str, lexicon: CueLexicon) -> frozenset[str]:
    """The cue words of the statement the label names ("reports" -> "reported", ...)."""
    for word in reversed(label.split()):
        for noun in _singulars(word):
            if noun in lexicon.pointing_acts:
                return lexicon.pointing_acts[noun]
    return frozenset()


def _formal(label: str, lexicon: CueLexicon) -> bool:
    return any(noun in lexicon.formal_nouns for word in label.split() for noun in _singulars(word))


def _singulars(word: str) -> tuple[str, ...]:
    word = word.strip(_QUOTES)
    return (word, word[:-1] if word.endswith("s") else word, word[:-3] + "y" if word.endswith("ies") else word)
