"""What a denial that only points back denies: "X claimed A. Y denied the claims."

A denial whose content is a bare label ("the claims", "such suggestions", "this": the
``pointing`` table shared with the contradiction stage) says nothing by itself; what it denies
is the statement it answers. That statement is the nearest earlier assertion of the same or
the previous sentence, made by the act the label names ("the reports" answers "reported",
"the charges" a charge). The denial's content becomes that statement's span (it may lie in
the sentence before the cue) and the label stays as the claim's ``object_span`` / ``object_text``. A denial
with nothing to answer keeps its label as content.

A content that is only a named person's words ("echoed Smith's comments") stands, the same
way, for that person's statement just before (``point_owned_labels``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

from newsgraph.attribution.cues import CueLexicon
from newsgraph.model import Claim, Mention, Sentence

if TYPE_CHECKING:
    from newsgraph.coref import DocumentCoref

_QUOTES = "\"'“”‘’ .,;:"
_ANSWERED_ACTS = ("statement", "finding")  # a request or a question holds nothing to deny
_OWNERS = frozenset({"his", "her", "its", "their"})
_REACH = 1  # sentences back: a label answers what was just said, not an older statement


def point_denials(claims: Sequence[Claim], lexicon: CueLexicon, text: str | None = None,
                  coref: "DocumentCoref | None" = None, mentions: Sequence[Mention] = ()) -> None:
    """Give each pointing denial of ``claims`` (one document, text order) the content of the
    statement it answers, keeping the label as ``object_span``. With nothing said just before,
    the last statement made with the label's own verb a few sentences back ("He claimed A. ...
    The army denied the claims") or, for a charge label, the charge the reporter stated just
    before ("He faces charges of A. He denies the charges": needs ``text``, ``coref`` and
    ``mentions``; the denier must be named or meant by a pronoun in the charge's sentence)."""
    if lexicon.pointing is None:
        return
    for claim in claims:
        if claim.stance != "deny" or claim.kind != "indirect" or claim.cue_span is None:
            continue
        label = claim.text.strip(_QUOTES).casefold()
        if not label or not lexicon.pointing.match(label) or label.split()[0] in _OWNERS:
            continue  # "his claims", "their reports": the owner's words, maybe not the ones just before
        answered = _answered(claim, claims, label, lexicon) or _claimed_before(claim, claims, label, lexicon)
        if answered is None and text is not None and coref is not None:
            charged = _reported_charge(claim, label, text, lexicon, coref)
            if charged is not None and _charged_denier(claim, charged, text, mentions, coref):
                claim.object_span, claim.object_text = [claim.start, claim.end], claim.text
                claim.start, claim.end = charged
                claim.text, claim.pieces = text[charged[0]:charged[1]], None
            continue
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


_LABEL_REACH = 5  # sentences back, quotes counted: "He claimed A. He said B. 'C.' 'D. E.' The army denied the claims"
_CHARGE_NOUNS = ("charge", "allegation", "accusation")  # labels that a charge the reporter states answers
_STEM = 5  # "claims" / "claimed", "allegations" / "alleged", "accusations" / "accused"


def _claimed_before(claim: Claim, claims: Sequence[Claim], label: str, lexicon: CueLexicon) -> Claim | None:
    """The last statement before ``claim`` (up to ``_LABEL_REACH`` sentences back) whose cue is
    the label's own verb ("the claims": "claimed"), or None. Only a statement made with that very
    verb: a label naming no act, or said with another verb, may answer anything."""
    noun = label.split()[-1]
    opening = min(claim.cue_span[0], claim.speaker_span[0] if claim.speaker_span else claim.cue_span[0])
    candidates = [
        other for other in claims
        if other is not claim and other.stance == "assert" and other.act in _ANSWERED_ACTS
        and other.start < other.end <= opening and 0 <= claim.sentence - other.sentence <= _LABEL_REACH
        and other.object_span is None and _own_verb(other, noun, lexicon)]
    return max(candidates, key=lambda c: (c.end, c.end - c.start)) if candidates else None


def _own_verb(statement: Claim, noun: str, lexicon: CueLexicon) -> bool:
    cue = ((statement.cue or "").split() or [""])[-1].casefold()
    return cue in lexicon.label_verbs and cue[:_STEM] == noun[:_STEM]


def _reported_charge(claim: Claim, label: str, text: str, lexicon: CueLexicon,
                     coref: "DocumentCoref") -> tuple[int, int] | None:
    """Where the charge a charge label ("the charges", "the allegations") answers lies: the last
    ``charge_openers`` match outside quotes in the label's sentence before the denier or in the
    sentence before, its words running to that sentence's end; None when there is none. A
    charge reported earlier than that may not be the one denied."""
    if not any(noun.startswith(_CHARGE_NOUNS) for noun in label.split()[-1:]):
        return None
    opening = min(claim.start, claim.cue_span[0], claim.speaker_span[0] if claim.speaker_span else claim.cue_span[0])
    own = coref.sentence_start(opening)
    before = coref.sentence_start(max(own - 1, 0)) if own > 0 else own
    found: list[tuple[int, int]] = []
    for pattern in lexicon.charge_openers:
        for match in pattern.finditer(text, before, opening):
            if not coref.in_quote(match.start()):
                found.append((match.end(), _sentence_end(text, match.end(), own if match.end() < own else opening)))
    spans = [(start, end) for start, end in found if end - start > 1]
    return max(spans) if spans else None


_PERSON_PRONOUN = re.compile(r"\b(?:he|she|him|her|his)\b", re.IGNORECASE)


def _charged_denier(claim: Claim, charge: tuple[int, int], text: str, mentions: Sequence[Mention],
                    coref: "DocumentCoref") -> bool:
    """``claim``'s speaker is someone the charge's sentence names or means by a pronoun ("Ann
    Lee faces charges of A. She denies the charges"); "He faces charges of A. All three denied
    the allegations" may deny other charges too: every denier must be charged there. A denier
    no one resolves proves nothing."""
    deniers = _speaker_keys(claim, mentions) or _pronoun_speaker(claim, mentions, coref)
    if not deniers:
        return False
    start = coref.sentence_start(charge[0])
    named = {m.key for m in mentions if start <= m.start and m.end <= charge[1]}
    for word in _PERSON_PRONOUN.finditer(text, start, charge[1]):
        index = coref.pronoun(word.group(0).casefold(), word.start())
        if index is not None and 0 <= index < len(mentions):
            named.add(mentions[index].key)
    return deniers <= named  # "All three denied the allegations" after one man's charges: not only his


def _pronoun_speaker(claim: Claim, mentions: Sequence[Mention], coref: "DocumentCoref") -> set[str]:
    """The key of the person a pronoun speaker the resolver left open stands for ("The
    allegations, which he has denied"), by coref; empty when there is none."""
    word = (claim.speaker_text or "").casefold()
    if claim.speaker_span is None or not _PERSON_PRONOUN.fullmatch(word):
        return set()
    index = coref.pronoun(word, claim.speaker_span[0])
    return {mentions[index].key} if index is not None and 0 <= index < len(mentions) else set()


def _sentence_end(text: str, start: int, limit: int) -> int:
    """The end of the charge's words from ``start``: before the full stop ending the sentence,
    or before the label's own sentence, whichever comes first; trailing blanks and marks dropped."""
    stop = text.find(". ", start, limit)
    end = stop if stop >= 0 else limit
    piece = text[start:end].rstrip(" .,;:\n")
    return start + len(piece)


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


_DEMONSTRATIVES = frozenset({"this", "that"})
_QUOTE_MARKS = "\"“”"


def point_demonstratives(claims: Sequence[Claim], lexicon: CueLexicon, text: str, sentences: Sequence[Sentence],
                         coref: "DocumentCoref") -> None:
    """ "There were rumours he would quit. But he denied that", "The outlook is better than
    feared. Even the IMF admits this": a bare "this" / "that" the cue takes, with no statement
    before it to answer (``point_denials`` found none), points back to the proposition the
    reporter stated in the sentence before. Its content becomes that proposition, the pronoun
    stays as ``object_span`` / ``object_text``: the clause a label noun of narration introduces
    ("rumours (that) X": ``label_clause``), else the whole sentence. Only when the pronoun's own
    sentence opens with its speaker (a connective or a focus adverb before it at most: an earlier
    clause of its own sentence may be what it means), the sentence before holds no claim (a
    statement there may be what is meant, or not) and no quote, and is no title line."""
    for claim in claims:
        if claim.kind != "indirect" or claim.cue_span is None or claim.object_span is not None or claim.pieces:
            continue
        if claim.text.strip(_QUOTES).casefold() not in _DEMONSTRATIVES or claim.start < claim.cue_span[1]:
            continue
        found = _stated_before(claim, claims, lexicon, text, sentences, coref)
        if found is not None:
            claim.object_span, claim.object_text = [claim.start, claim.end], claim.text
            claim.start, claim.end = found
            claim.text = text[found[0]:found[1]]


def _stated_before(claim: Claim, claims: Sequence[Claim], lexicon: CueLexicon, text: str,
                   sentences: Sequence[Sentence], coref: "DocumentCoref") -> tuple[int, int] | None:
    """The span of the proposition the sentence before ``claim``'s states, or None."""
    at = next((n for n, s in enumerate(sentences) if s.start <= claim.cue_span[0] < s.end), None)
    if at is None or at < 2:  # the first sentence before is the title line
        return None
    own, before = sentences[at], sentences[at - 1]
    opening = min(claim.cue_span[0], claim.speaker_span[0] if claim.speaker_span else claim.cue_span[0])
    lead = re.findall(r"[A-Za-z']+", text[own.start:opening])
    allowed = lexicon.lead_connectives | lexicon.time_adverbs | lexicon.focus_adverbs
    if claim.speaker_span is None or any(w.casefold() not in allowed for w in lead) \
            or any(w in text[own.start:opening] for w in ",;"):
        return None
    # a claim in the sentence before may be what is meant, or not; one in the pronoun's own
    # sentence before its cue ("he said it was far too soon to guess at that") holds it
    if any(other is not claim and other.cue_span is not None
           and before.start <= other.cue_span[0] < claim.cue_span[0] for other in claims):
        return None
    # a quote closed with no blank after it ("... the challenge."Earlier, ...") may open the
    # sentence the parser gives: it belongs to the sentence before
    begin = before.start + len(text[before.start:before.end]) - len(text[before.start:before.end].lstrip(_QUOTE_MARKS + " "))
    words = text[begin:before.end]
    if any(mark in words for mark in _QUOTE_MARKS) or coref.in_quote(begin):
        return None
    start = begin
    label = lexicon.label_clause.search(words) if lexicon.label_clause is not None else None
    if label is not None:
        start = begin + label.end()
    end = begin + len(words.rstrip(" .!\n\t"))
    lead_words = len(text[start:end].strip().split())
    return (start, end) if lead_words >= 3 else None


_OWNED = re.compile(r"^(?P<owner>.+?)['\u2019]s?\s+(?P<noun>[a-z]+)$")
_OWNED_REACH = 5  # sentences back: "He told BBC Sport: '...' '...' '...' X echoed O'Hara's comments"


def point_owned_labels(claims: Sequence[Claim], mentions: Sequence[Mention], lexicon: CueLexicon,
                       coref: "DocumentCoref | None" = None) -> None:
    """ "Full-back Tom Reilly echoed Smith's comments", "The bank dismissed Ms Ray's claims": a
    content that is only a label of a named person's words (``owned_label_nouns``) says nothing by
    itself; it stands for that person's statement in the sentences just before. The person is the
    name's mention, so a pronoun speaker coref tied to it counts ("He told the BBC: ..."). The
    content becomes that statement, the label stays as ``object_span`` / ``object_text``, as
    for a pointing denial. No statement of the owner just before: the label stays.

    A pronoun owner ("Pollard rejected his comments") is the person coref ties the pronoun to;
    it must be someone other than the claim's own speaker (``coref``; without it, skipped)."""
    for claim in claims:
        if claim.kind != "indirect" or claim.cue_span is None or claim.object_span is not None:
            continue
        owner = _owner(claim, mentions, lexicon)
        if owner is None and coref is not None:
            owner = _pronoun_owner(claim, mentions, lexicon, coref)
        if owner is None:
            continue
        opening = min(claim.cue_span[0], claim.speaker_span[0] if claim.speaker_span else claim.cue_span[0])
        said = [other for other in claims
                if other is not claim and other.stance == "assert" and other.start < other.end <= opening
                and 0 <= claim.sentence - other.sentence <= _OWNED_REACH]
        if not said or owner in _speaker_keys(claim, mentions):
            continue  # "Smith repeated Smith's view": his own words again, not a statement just before
        # the last thing said before the label, and said by its owner: nobody spoke in between
        answered = max(said, key=lambda c: (c.end, c.end - c.start))
        if answered.act not in _ANSWERED_ACTS or answered.object_span is not None \
                or owner not in _speaker_keys(answered, mentions):
            continue
        claim.object_span, claim.object_text = [claim.start, claim.end], claim.text
        claim.start, claim.end, claim.text = answered.start, answered.end, answered.text
        claim.pieces = [list(p) for p in answered.pieces] if answered.pieces else None


def _owner(claim: Claim, mentions: Sequence[Mention], lexicon: CueLexicon) -> str | None:
    """The key of the named person whose words ``claim``'s content labels ("Smith's comments"),
    or None: the name must be a mention ending right at the possessive."""
    label = claim.text.strip(_QUOTES)
    match = _OWNED.match(label)
    if match is None or match.group("noun").casefold() not in lexicon.owned_label_nouns:
        return None
    begin = claim.start + claim.text.index(label)
    end = begin + match.end("owner")
    named = [m for m in mentions if begin <= m.start and m.end == end and m.label == "PERSON"]
    return named[0].key if named else None


_PRONOUN_OWNED = re.compile(r"^(?P<owner>his|her)\s+(?P<noun>[a-z]+)$", re.IGNORECASE)


def _pronoun_owner(claim: Claim, mentions: Sequence[Mention], lexicon: CueLexicon,
                   coref: "DocumentCoref") -> str | None:
    """The key of the person a possessive pronoun owning ``claim``'s label stands for ("rejected
    his comments"), or None: coref must tie it to a named mention (no guess when two people
    compete), and a label of the speaker's own words ("repeated his comments") is no answer."""
    label = claim.text.strip(_QUOTES)
    match = _PRONOUN_OWNED.match(label)
    if match is None or match.group("noun").casefold() not in lexicon.owned_label_nouns:
        return None
    at = claim.start + claim.text.index(label)
    index = coref.pronoun(match.group("owner").casefold(), at)
    if index is None or not 0 <= index < len(mentions):
        return None
    return mentions[index].key


def _speaker_keys(claim: Claim, mentions: Sequence[Mention]) -> set[str]:
    """The mention keys of ``claim``'s speaker(s)."""
    indices = set(claim.speakers or ()) | ({claim.speaker} if claim.speaker is not None else set())
    return {mentions[i].key for i in indices if 0 <= i < len(mentions)}
