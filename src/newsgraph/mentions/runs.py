"""Pieces of longer capitalised names: a tagged span that stops inside a body's full name.

Input: the document's text and its candidates. Output: the candidates with each such piece
widened to the whole name (and the pieces it swallows dropped). The small model often tags
only part of a long name: "Kemaria" of "Kemaria High Court", "Vaal" of "Vaal Tobacco
Company", "Department for Learning" of "Department for Learning and Skills" (with "Skills" a
body of its own). Left so, the piece becomes an actor of the wrong kind (a country for a
court) or a body named after one word that joins another story's namesake.

Two shapes are widened, both in prose only (a title-case headline capitalises every word):

- a run of one to three capitalised words right after the span, ending on a body's head word
  (``org_head_words``: "Court", "Company", "Association"): the run closes the name, so the
  name is a body (an outlet when the outlet tables say so);
- " and " and one capitalised word after a body's name that holds "of" or "for" after its head
  word ("Department for X", "School of X", "Federation of X"): "Department for Learning and
  Skills" is one name. The word must be no name of its own in the document (written nowhere
  else), or a country after a country ("of Kemaria and Tamsk");
- round 59: a list of such words, ", Word, Word and Word", after the same kind of name
  ("Ministry for Farming, Fishing and Forests"): the model tags the first piece and often each
  list word as a body of its own. Every list word must be written nowhere else in the document
  and be no country (a list of places after "of" is places).
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsgraph.mentions.spans import Candidate

MAX_RUN_WORDS = 3
# lower-case letters only after the capital: no initials, acronyms or possessives ("Kessel's")
_RUN = re.compile(rf"(?:[ ][A-Z][a-z]+){{1,{MAX_RUN_WORDS}}}(?![\w'’&-])")
# after a place's name: one or two capitalised words, the last one may be brand-cased ("e-Kessel"),
# and the name must end there (no capitalised word, possessive or hyphen goes on)
_PLACE_RUN = re.compile(r"(?:[ ][A-Z][a-z]+)?[ ](?:[a-z]{1,2}-)?[A-Z][a-z]+(?![\w'’&-])(?![ ][A-Z])")
_AND_WORD = re.compile(r"[ ]and[ ]([A-Z][a-z]+)(?![\w'’&-])")
# one to three ", Word" items, then "and Word" (a serial comma allowed): the rest of a body's name
_LIST_WORDS = re.compile(r"((?:,[ ][A-Z][a-z]+){1,3}),?[ ]and[ ]([A-Z][a-z]+)(?![\w'’&-])")
# what may not follow the joined word: more of another name ("and Vaal Mills", "and Duchy of X")
_NAME_GOES_ON = re.compile(r"[ ](?:(?:of|for|de)[ ])?[A-Z]")
_LINKS = (" of ", " for ")
WIDENED_LABELS = frozenset({"ORG", "GPE", "LOC", "NORP", "PERSON", "FAC", "OUTLET"})
TITLE_CASE_SHARE = 0.7
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})


def widen_body_runs(text: str, candidates: list[Candidate], heads: frozenset[str], countries: frozenset[str],
                    is_outlet, state_heads: frozenset[str] = frozenset(), place_heads: frozenset[str] = frozenset(),
                    titles: frozenset[str] = frozenset()) -> list[Candidate]:
    """``candidates`` with each piece of a longer body's name widened to the name; ``is_outlet``
    tells a listed outlet's name ("Kessel World Service"). A place or a people before one of
    ``state_heads`` ("the Kemaria Government") stays the state's mention; one before one of
    ``place_heads`` ("the Kemarian Executive") or a brand-cased head ("Kemaria e-Universities")
    is widened, unless a title (``titles``) stands between ("Kemaria Chief Executive")."""
    out = sorted(candidates, key=lambda c: (c.start, c.end))
    out = _widen_to_head(text, out, heads, is_outlet, state_heads)
    out = _widen_place_to_body(text, out, heads | place_heads, is_outlet, state_heads, titles)
    return _join_and_word(text, out, heads, countries)


def widen_initials(text: str, candidates: list[Candidate], reserved: frozenset[str], heads: frozenset[str]
                   ) -> list[Candidate]:
    """A body's or a person's name the model tagged without the initials that open it ("JK
    Vaalmark Tobacco", "JRR Kessel"): two or three capitals right before it, written alone and
    tagged nothing, are the name's first word. Not a post's or a country's letters (``reserved``:
    "MP Jon Vaal", "US Kessel"), nor in a line of capitals. A name that ends on a body's head word
    is a body ("JK Vaal Pharma")."""
    spans = [(c.start, c.end) for c in candidates]
    out = []
    for candidate in candidates:
        match = _INITIALS.search(text, max(0, candidate.start - 5), candidate.start)
        if (match and match.end() == candidate.start and candidate.label in ("ORG", "PERSON")
                and re.match(r"[A-Z][a-z]", candidate.text)
                and not candidate.descriptor and not candidate.title and match.group(1) not in reserved
                and not _named(match.start(1), match.end(1), spans) and not _capitals_line(text, candidate.start)):
            name = text[match.start(1):candidate.end]
            label = "ORG" if name.split()[-1] in heads else candidate.label
            candidate = replace(candidate, start=match.start(1), text=name, label=label)
        out.append(candidate)
    return out


# two or three capitals standing alone: after a space, a bracket or a quote, before one space
_INITIALS = re.compile(r"(?:(?<=[ (\"“‘])|^)([A-Z]{2,3})[ ]", re.MULTILINE)


def _capitals_line(text: str, at: int) -> bool:
    """A line written in capitals ("KESSEL RAISES PRICES"): its letters say nothing of a name."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    letters = [ch for ch in line if ch.isalpha()]
    return bool(letters) and sum(ch.isupper() for ch in letters) > 0.5 * len(letters)


def _widen_to_head(text: str, candidates: list[Candidate], heads: frozenset[str], is_outlet,
                   state_heads: frozenset[str]) -> list[Candidate]:
    spans = [(c.start, c.end) for c in candidates]
    out = []
    for candidate in candidates:
        run = _RUN.match(text, candidate.end)
        if (candidate.label in WIDENED_LABELS and run and not candidate.descriptor
                and _head_run(run.group(0), heads) and not _named(run.start(), run.end(), spans)
                and not _title_case_line(text, candidate.start)
                and not (candidate.label in _PLACE_LABELS and _head_run(run.group(0), heads).split()[-1] in state_heads)):
            end = candidate.end + len(_head_run(run.group(0), heads))
            name = text[candidate.start:end]
            label = "OUTLET" if is_outlet(name) else "ORG"
            candidate = replace(candidate, end=end, text=name, label=label, team=False, cue="")
        out.append(candidate)
    return out


def _widen_place_to_body(text: str, candidates: list[Candidate], heads: frozenset[str], is_outlet,
                         state_heads: frozenset[str], titles: frozenset[str]) -> list[Candidate]:
    """Round 67: a place's or a people's name the model tagged alone before one or two words no
    mention holds that close a body's name ("the Kemarian Executive", "the Kessel Stock
    Exchange", "Tamsk e-Universities"): the whole name is the body's mention, not the place's."""
    spans = [(c.start, c.end) for c in candidates]
    out = []
    for candidate in candidates:
        run = _PLACE_RUN.match(text, candidate.end)
        if (candidate.label in _PLACE_LABELS and run and not candidate.descriptor
                and not _named(run.start(), run.end(), spans) and not _title_case_line(text, candidate.start)):
            words = run.group(0).split()
            head = words[-1].split("-")[-1]
            if head in heads and head not in state_heads and not any(w in titles for w in words):
                name = text[candidate.start:run.end()]
                label = "OUTLET" if is_outlet(name) else "ORG"
                candidate = replace(candidate, end=run.end(), text=name, label=label, team=False, cue="")
        out.append(candidate)
    return out


def _head_run(run: str, heads: frozenset[str]) -> str:
    """The longest opening part of ``run`` that ends on a head word ("" when none does): the
    run may go on past the name ("Kessel High Court Judge" -> " High Court")."""
    words = run.split(" ")[1:]
    for last in range(len(words), 0, -1):
        if words[last - 1] in heads:
            return "".join(f" {w}" for w in words[:last])
    return ""


def _join_and_word(text: str, candidates: list[Candidate], heads: frozenset[str],
                   countries: frozenset[str]) -> list[Candidate]:
    out: list[Candidate] = []
    swallowed = -1
    for candidate in candidates:
        if candidate.start < swallowed:
            continue  # the joined word's own span ("Skills" tagged alone)
        joined = _and_word_end(text, candidate, heads, countries)
        if joined:
            swallowed = joined
            candidate = replace(candidate, end=joined, text=text[candidate.start:joined], team=False, cue="")
        out.append(candidate)
    return out


def _and_word_end(text: str, candidate: Candidate, heads: frozenset[str], countries: frozenset[str]) -> int:
    """Where the name ends when " and Word" closes it, else 0."""
    if candidate.label != "ORG" or not _body_with_link(candidate.text, heads):
        return 0
    if _title_case_line(text, candidate.start):
        return 0
    listed = _list_words_end(text, candidate.end, countries)
    if listed:
        return listed
    match = _AND_WORD.match(text, candidate.end)
    if not match or _NAME_GOES_ON.match(text, match.end()):
        return 0
    word = match.group(1)
    if word in countries:  # "of Kemaria and Tamsk"; "of Law and Kemaria" is none
        return match.end() if candidate.text.split()[-1] in countries else 0
    return 0 if _written_alone(text, word) else match.end()


def _list_words_end(text: str, at: int, countries: frozenset[str]) -> int:
    """Where ", Word, Word and Word" right at ``at`` ends when it closes a body's name, else 0:
    no word of it a country or written anywhere outside the list, no name going on after it."""
    match = _LIST_WORDS.match(text, at)
    if not match or _NAME_GOES_ON.match(text, match.end()):
        return 0
    words = match.group(1).replace(",", " ").split() + [match.group(2)]
    if any(word in countries or _written_outside(text, word, at, match.end()) for word in words):
        return 0
    return match.end()


def _written_outside(text: str, word: str, start: int, end: int) -> bool:
    """The document writes the word somewhere outside ``start``-``end``: a name of its own."""
    return any(not start <= m.start() < end
               for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text))


def _written_alone(text: str, word: str) -> bool:
    """The document writes the word as a name of its own: somewhere not right after "and "
    (where it closes the same body's name again)."""
    return any(text[max(0, m.start() - 4):m.start()] != "and "
               for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text))


def _body_with_link(name: str, heads: frozenset[str]) -> bool:
    """A head word before the name's first "of" or "for": "Department for X", "Kessel School of
    X"; "Gulf of X" and "Call of X" are no body's names."""
    for link in _LINKS:
        at = name.find(link)
        if at > 0 and any(word in heads for word in name[:at].split()):
            return True
    return False


def _named(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _title_case_line(text: str, at: int) -> bool:
    """A headline in title case: every word is capitalised there, so a run says nothing."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    words = [w for w in text[line_start:line_end if line_end >= 0 else len(text)].split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)
