"""Names in sports results tables: the rows a results service prints as plain lines.

Input: a sports report's text and the candidates the model found. Output: the candidates
with each table row's names made the teams they are. A row is a whole line: a fixture's
result ("Kessel 2 Brenton 1"), a schedule's fixture ("Kessel at Brenton") or a standings row, a name followed by three figures or more
("Brenton 4 3 1 0 7 4 10", "BRENTON 69 65 .515 5 1/2"). The small model leaves most of these
names out, or calls them places or people; a row's shape says what they are.
"""

from __future__ import annotations

import re

from newsgraph.mentions.spans import Candidate

# A name in a table: capitalized words (a club's lower-case "de" or "v" is no part of it),
# at most five, maybe with a bracketed initial or country ("Proleter ( Z )" is left at "Proleter").
_WORD = r"[A-Z][A-Za-z.'&-]*"
_NAME = rf"{_WORD}(?: {_WORD}){{0,4}}"
_FIGURE = r"(?:\d+|\d*\.\d+|\d+/\d+|-)"
_RESULT = re.compile(rf"^(?P<a>{_NAME})\s+\d+\s+(?P<b>{_NAME})\s+\d+\s*$")
# a schedule's fixture row: "Kessel at Brenton", "KESSEL AT BRENTON", "Kessel v Brenton"
_FIXTURE = re.compile(rf"^(?P<a>{_NAME})\s+(?:at|AT|v|vs\.?)\s+(?P<b>{_NAME})\s*$")
_STANDING = re.compile(rf"^(?P<a>{_NAME})((?:\s+{_FIGURE}){{3,}})\s*$")
_LINE = re.compile(r"[^\n]+")


# Result rows that make a results table of a document the sport words missed ("Results of ...
# matches", then only names and figures).
MIN_RESULT_ROWS = 3


def table_names(text: str, sport: bool = True) -> list[tuple[int, int]]:
    """The (start, end) offsets of the names of the table rows in ``text``: result rows always
    when there are MIN_RESULT_ROWS of them, standings rows in a ``sport`` report only (a price
    list has rows of a name and figures too)."""
    spans = []
    results = 0
    for line in _LINE.finditer(text):
        row = line.group().strip()
        offset = line.start() + line.group().index(row) if row else 0
        match = _RESULT.match(row) or _FIXTURE.match(row)
        groups = ("a", "b") if match else ("a",)
        results += match is not None
        if match is None:
            match = _STANDING.match(row) if sport else None
            if match is None or sum(ch.isdigit() for ch in match.group(2)) < 3:
                continue
        spans += [(offset + match.start(g), offset + match.end(g)) for g in groups]
    return spans if sport or results >= MIN_RESULT_ROWS else []


def mark_table_teams(text: str, candidates: list[Candidate], sentence_of, sport: bool) -> list[Candidate]:
    """In a results table, each row's name is a team: a candidate over it is cut to it and
    made a team; a name the model missed becomes one. A person's full name (two words or more
    the model called a person: a golfer's row of rounds) stays a person."""
    names = table_names(text, sport)
    if not names:
        return candidates
    kept: list[Candidate] = []
    covered = set()
    for candidate in candidates:
        inside = [(s, e) for s, e in names if s < candidate.end and candidate.start < e]
        if not inside:
            kept.append(candidate)
            continue
        if candidate.label == "PERSON" and " " in candidate.text.strip():
            covered.update(inside)
            kept.append(candidate)
            continue
        for start, end in inside:
            if (start, end) not in covered:
                covered.add((start, end))
                kept.append(_team(text, start, end, candidate.sentence))
    for start, end in names:
        if (start, end) not in covered:
            kept.append(_team(text, start, end, sentence_of(start)))
    return sorted(kept, key=lambda c: (c.start, c.end))


def _team(text: str, start: int, end: int, sentence: int) -> Candidate:
    return Candidate(start=start, end=end, text=text[start:end], label="ORG", sentence=sentence, team=True)
