"""A content that holds its own tag: the speaker and the cue inside the words said.

"The plan, the firm said, would cost jobs", "a bill which critics say would cost jobs",
"whether, as the union claims, the plan would cost jobs": the parser may hang the tag inside
the said clause (or take the sentence round it), so the content carries "the firm said" or
"which critics say". What is said is the words on both sides of the tag (two pieces, as of a
quote split around its cue), the noun a relative clause hangs on with the words after the tag,
or the clause an "as X said" aside comments on. Anything less clear keeps the content as it is.
"""

from __future__ import annotations

from newsgraph.attribution.cues import CueLexicon
from newsgraph.attribution.syntax import Found, Span, _trim  # _trim: the span's edges as the parse's contents have them

_PARSED = ("clause", "sentence")  # contents the parse gave (a quote's marks set their own)
_RELATIVES = ("which", "who", "whom", "that")
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl")
# words before an "as X said" aside that open a clause of their own: the aside's clause follows
_AS_OPENERS = ("whether", "that")
# "If, as I have said, X, Y": the aside is the condition's, and the clause after it runs on into
# the sentence's main clause, which nobody is said to say
_CONDITIONS = ("if", "because", "while", "although", "though", "when", "unless", "since")


def cut_own_tag(item: Found, doc, offset: int, lexicon: CueLexicon) -> None:
    """Take the item's own speaker and cue out of its content (see the module's words)."""
    if item.content is None or item.speaker is None or item.pieces or item.content_from not in _PARSED:
        return
    start, end = item.content
    tag = (min(item.speaker[0], item.cue[0]), max(item.speaker[1], item.cue[1]))
    if not (start <= tag[0] and tag[1] <= end):
        return
    words = doc.char_span(start - offset, end - offset, alignment_mode="expand")
    cue = next((t for t in doc if t.idx + offset == item.cue[0]), None)
    if words is None or cue is None:
        return
    inside = [t for t in words if tag[0] <= t.idx + offset < tag[1]]
    last = max(inside + [c for c in cue.children if c.dep_ == "prt"], key=lambda t: t.i)  # "pointed out"
    before = [t for t in words if t.i < inside[0].i]
    after = [t for t in words if t.i > last.i]
    pieces = (_as_aside(before, after, offset)
              or _relative_tag(before, after, item.sentence, offset)
              or _between_commas(before, after, offset, lexicon))
    if not pieces:
        return
    # the words after the tag run to the content's end: a closing mark there closes a quote the
    # content holds ("... like ''bombs.''"), so the last piece keeps the content's own end
    pieces[-1] = (pieces[-1][0], max(pieces[-1][1], end))
    item.content, item.pieces = pieces[0], (pieces if len(pieces) > 1 else [])
    if item.content_from == "clause":
        item.clause = item.content


def _as_aside(before: list, after: list, offset: int) -> list[Span] | None:
    """ "But whether, as the union claims, the plan would cost jobs": an aside "as X says" tells
    whose view the clause after it is; the words before it are the reporter's. Only when "as"
    opens the aside (after a comma, a coordinator, a subordinator or at the start: not the
    comparison "as bad as the reports suggest") and the words after it have their own subject."""
    if not before or before[-1].lower_ != "as" or not after:
        return None
    opener = before[-2] if len(before) > 1 else None
    if opener is not None and not (opener.is_punct or opener.dep_ == "cc" or opener.lower_ in _AS_OPENERS):
        return None
    words = [t for t in before[:-1] if not t.is_punct]
    if words and words[-1].lower_ in _CONDITIONS:
        return None
    kept = set(t.i for t in after)
    if not any(t.dep_ in _SUBJECT_DEPS and t.head.i in kept for t in after):
        return None  # "It is, as they say, about time": no clause of its own
    span = _trim(after, offset)
    return [span] if span is not None else None


def _relative_tag(before: list, after: list, sentence: Span, offset: int) -> list[Span] | None:
    """ "a bill which critics say would cost jobs": the relative pronoun is the subject of what
    is said, so the noun it stands for and the words after the tag are the two pieces. Not when
    the pronoun is an object ("revenues, which it hoped to double") or nothing hangs it on a noun."""
    words = [t for t in before if not t.is_punct]
    if not words or words[-1].lower_ not in _RELATIVES or not after:
        return None
    pronoun = words[-1]
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.head.i <= pronoun.i:
        return None
    noun = _antecedent(pronoun)
    if noun is None:
        return None
    head = [t for t in noun.doc[noun.left_edge.i:noun.i + 1]]
    first, rest = _trim(head, offset), _trim(after, offset)
    if first is None or rest is None or first[0] < sentence[0]:
        return None
    return [first, rest]


def _antecedent(pronoun):
    """The noun a relative clause holding ``pronoun`` hangs on ("the bill (which ...)"): the noun
    right before the pronoun (the parser may hang the clause on a noun further back, "dozens of
    firms which ..." on "dozens"), else the head of the relative clause."""
    previous = pronoun.doc[pronoun.i - 1] if pronoun.i > 0 else None
    if previous is not None and previous.pos_ in ("NOUN", "PROPN"):
        return previous
    token = pronoun
    while token.head.i != token.i:
        if token.dep_ == "relcl":
            noun = token.head
            return noun if noun.pos_ in ("NOUN", "PROPN") and noun.i < pronoun.i else None
        token = token.head
    return None


def _between_commas(before: list, after: list, offset: int, lexicon: CueLexicon) -> list[Span] | None:
    """ "The plan, the firm said, would cost jobs": the words before the comma'd tag and those
    after it; a lone connective before ("But, he said, ...") is the reporter's, and a lone
    relative pronoun ("the courts which, said X, are ...") stands for its noun."""
    if not before or not after or before[-1].text != "," or after[0].text != ",":
        return None
    head = [t for t in before[:-1] if not (t.is_punct or t.is_space)]
    rest = _trim(after, offset)
    if rest is None:
        return None
    if not head or all(t.dep_ == "cc" or t.lower_ in lexicon.lead_connectives for t in head):
        return [rest]
    if head[-1].lower_ in _RELATIVES:
        noun = _antecedent(head[-1])
        if noun is None:
            return None
        first = _trim(list(noun.doc[noun.left_edge.i:noun.i + 1]), offset)
        return [first, rest] if first is not None else None
    first = _trim(before[:-1], offset)
    if first is None:
        return None
    return [(min(first[0], before[0].idx + offset), first[1]), rest]  # the content's own start, as its end
