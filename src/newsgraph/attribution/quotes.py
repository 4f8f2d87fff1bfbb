"""Direct quotes: where the quoted words of a document are, by its quote marks.

Input: a document's text. Output: :class:`Quote` spans in text order. Curly and straight
double quotes are read; a straight mark opens after a space or an opening bracket and closes
otherwise. A quote that runs past the end of its paragraph continues when the next paragraph
opens with a quote mark (the newspaper convention for multi-paragraph quotes); any other
unclosed quote ends with its paragraph. Given the verbs of a colon tag (``tag_verbs``), a mark
that opens after a short tag sentence of its own inside an open quote ('... released. He added: "')
opens a new quote: the text lost the first one's closing mark (round 54).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENING = "\u201c"  # “
CLOSING = "\u201d"  # ”
STRAIGHT = '"'
DOUBLED = "''"  # two apostrophes: a double quote in some papers' text
_OPENS_AFTER = " \t\n([{\u2014\u2013-/:"  # a straight mark after these opens a quote
_TRAILING = " \t\n,;:"  # trimmed from the end of the quoted words: "... untrue," said X
_CLOSES_QUOTE = ",.!?"  # the punctuation a quote's last words end with before its closing mark


@dataclass(frozen=True)
class Quote:
    """``mark_start``/``mark_end`` span the marks too; ``start``/``end`` the quoted words."""

    mark_start: int
    mark_end: int
    start: int
    end: int


def find_quotes(text: str, tag_verbs: frozenset[str] = frozenset()) -> list[Quote]:
    """The double-quoted passages of ``text``, multi-paragraph quotes as one; ``tag_verbs``
    (finite speech verbs, lower case) end an open quote before a colon tag of their own."""
    quotes: list[Quote] = []
    opened: int | None = None
    opened_width = 1
    position = 0
    while position < len(text):
        char = text[position]
        width = _mark_width(text, position)
        if char == "\n" and opened is not None:  # a line break ends a paragraph in news text
            resume = _next_paragraph_start(text, position)
            if resume < len(text) and _is_opening(text, resume):
                position = resume + _mark_width(text, resume)  # the quote goes on in the next paragraph
                continue
            quotes.append(_quote(text, opened, position, position, opened_width))
            opened = None
        elif width:
            if opened is None and _is_opening(text, position):
                opened, opened_width = position, width
            elif opened is not None and (stop := _inner_tag_stop(text, opened, position, tag_verbs)) is not None:
                quotes.append(_quote(text, opened, stop, stop, opened_width))  # its closing mark lost
                opened, opened_width = position, width
            elif opened is not None and (_spaced_close(text, position) or not (
                    char == OPENING or (char != CLOSING and _is_opening(text, position)))):
                quotes.append(_quote(text, opened, position, position + width, opened_width))
                opened = None
            position += width
            continue
        position += 1
    if opened is not None:
        quotes.append(_quote(text, opened, len(text), len(text), opened_width))
    return [q for q in quotes if q.end > q.start]


# round 54 (clm73): inside an open quote, a stop, then a short sentence of the reporter's ending
# on a colon right before an opening mark: '... one record. He added: "The whole ...'
_INNER_TAG = re.compile(r"[.!?](\s+)([A-Z][\w'.-]*(?:\s+[\w'.-]+){0,7}?)\s*:\s*$")
_SPEAKERS_OWN = ("I", "We", "You")  # "I told him: ..." inside a quote is the speaker's own story


def _inner_tag_stop(text: str, opened: int, position: int, tag_verbs: frozenset[str]) -> int | None:
    """Where an open quote's words end when the opening mark at ``position`` follows a colon tag
    of its own sentence holding one of ``tag_verbs`` ("He added:", "Club boss X said:"): the
    offset right after the stop before the tag; else None. A mark that only closes (a curly
    closing one) opens nothing."""
    if not tag_verbs or text[position] == CLOSING or not _is_opening(text, position):
        return None
    match = _INNER_TAG.search(text, opened, position)
    if match is None:
        return None
    words = match.group(2).split()
    if words[0] in _SPEAKERS_OWN or not any(word.lower() in tag_verbs for word in words):
        return None
    return match.start(1)


def _mark_width(text: str, position: int) -> int:
    """How many characters the quote mark at ``position`` takes: 1 for “ ” ", 2 for the ''
    that some papers print for a double quote, 0 for no mark."""
    char = text[position]
    if char in (OPENING, CLOSING, STRAIGHT):
        return 1
    if text.startswith(DOUBLED, position) and not text.startswith(DOUBLED + "'", position):
        return 2
    return 0


def _is_opening(text: str, position: int) -> bool:
    char = text[position]
    if char == OPENING:
        return True
    if char == CLOSING:  # a typo'd opening mark: "”Words ..." at the start of a paragraph closes nothing
        return _paragraph_start(text, position) and text[position + 1:position + 2].isalnum()
    if char != STRAIGHT and not text.startswith(DOUBLED, position):
        return False
    return position == 0 or text[position - 1] in _OPENS_AFTER


def _spaced_close(text: str, position: int) -> bool:
    """A straight mark typed with a space before it that still ends the open quote: it follows
    the quote's own closing punctuation and no word starts after it ("... in the harbour, " said X).
    An opening mark is followed by its first word, so a mark with space on both sides opens nothing."""
    if text[position] != STRAIGHT or position < 2:
        return False
    after = text[position + 1:position + 2]
    return text[position - 1] == " " and text[position - 2] in _CLOSES_QUOTE and after in ("", " ", "\t", "\n")


def _paragraph_start(text: str, position: int) -> bool:
    before = text[:position].rstrip(" \t")
    return not before or before.endswith("\n")


def _next_paragraph_start(text: str, position: int) -> int:
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def _quote(text: str, mark_start: int, close: int, mark_end: int, width: int = 1) -> Quote:
    start = mark_start + width
    end = close
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return Quote(mark_start, mark_end, start, end)
