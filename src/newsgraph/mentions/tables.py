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
# a report's result line, its headline mostly: "Kessel 2-1 Brenton", "Hearts of Vaal 3-2 Tamsk"
# (a club's lower-case "of" inside its name); the line holds the two names and the score only
_HEAD_NAME = rf"{_WORD}(?: (?:of|de|del|la|le|the|and) {_WORD}| {_WORD}){{0,4}}"
_SCORE_LINE = re.compile(rf"^(?P<a>{_HEAD_NAME})\s+\d{{1,3}}-\d{{1,3}}\s+(?P<b>{_HEAD_NAME})\s*$")
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


# A scorer line under a match report's line-up: each goal's scorer and minute, an own goal or a
# penalty marked after it ("Kessel 35 og, Vaal 38 pen, Tamsk 61."). The marks are data
# (``entity_rules.yaml``: ``scorer_marks``); a results row ("Kessel 2 Brenton 1") has no comma.
def scorer_line_pattern(marks) -> re.Pattern:
    """The whole line of scorers: names of capitalized words (three at most), each with a minute
    and maybe a mark, parted by commas or "and", an optional full stop."""
    mark = "|".join(re.escape(m) for m in sorted(marks, key=len, reverse=True)) or "(?!)"
    item = rf"{_WORD}(?: {_WORD}){{0,2}} \d{{1,3}}(?:\+\d)?(?: ?\(?(?:{mark})\)?)?"
    # maybe after a label's colon (": Kessel 40, Vaal 48 pen.", "Scorers: Tamsk 12")
    return re.compile(rf"^(?:[A-Za-z ]{{0,20}}:\s*)?{item}(?:(?:, | and ){item})*\.?$")


_SCORER = re.compile(rf"(?P<name>{_WORD}(?: {_WORD}){{0,2}}) (?P<minute>\d{{1,3}})")
_MARKED = re.compile(r"\d ?\(?[a-z]")
# a team sheet's substitute and his minute: "Kessel (Vaal 73)"
_SUBSTITUTE = re.compile(r"\([A-Z][\w'-]+(?: [A-Z][\w'-]+)? \d{1,3}\)")


def scorer_names(text: str, line_pattern: re.Pattern) -> list[tuple[int, int]]:
    """The (start, end) offsets of the scorers' names on the scorer lines of ``text``."""
    spans = []
    for line in _LINE.finditer(text):
        row = line.group().strip()
        if not row or not line_pattern.match(row):
            continue
        if all(len(m.group("minute")) == 1 for m in _SCORER.finditer(row)) and not _MARKED.search(row):
            continue  # "Kessel 2, Brenton 1": a result written with a comma, no minutes
        offset = line.start() + line.group().index(row)
        spans += [(offset + m.start("name"), offset + m.end("name")) for m in _SCORER.finditer(row)]
    return spans


def mark_scorers(text: str, candidates: list[Candidate], line_pattern: re.Pattern, countries: frozenset[str],
                 sport: bool) -> None:
    """In a sports report (or a text with a team sheet's substitutes), a name on a scorer line is the player who scored, whatever the
    model's label: it calls a third of these surnames places or groups ("Kessel 35 og" as a
    town). The kind is stated (``cue``). A candidate is cut to the name (the minute is no part of it); a country keeps its
    label (a side's own goal is listed by the player), and so does a results table's team."""
    if not (sport or _SUBSTITUTE.search(text)):
        return  # a match report the sports words missed still has its team sheet's substitutes
    for start, end in scorer_names(text, line_pattern):
        for candidate in candidates:
            if candidate.start < end and start < candidate.end and not candidate.team:
                name = text[start:end]
                if name in countries or candidate.label == "OUTLET":
                    continue
                candidate.start, candidate.end, candidate.text = start, end, name
                # stated, not guessed: the line outvotes the model's GPE for the surname in a
                # team sheet elsewhere, where a lone PERSON label counts for little
                candidate.label, candidate.cue = "PERSON", "PERSON"


def score_line_names(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the two names of each result line of ``text`` ("Kessel 2-1
    Brenton", a report's headline mostly)."""
    spans = []
    for line in _LINE.finditer(text):
        row = line.group().strip()
        match = _SCORE_LINE.match(row) if row else None
        if match:
            offset = line.start() + line.group().index(row)
            spans += [(offset + match.start(g), offset + match.end(g)) for g in ("a", "b")]
    return spans


def mark_score_line_clubs(text: str, candidates: list[Candidate], countries: frozenset[str],
                          sentence_of, sport: bool) -> list[Candidate]:
    """In a sports report, the two names of a result line ("Kessel 2-1 Brenton") are the
    sides: a candidate over both is cut in two, a name the model called a person or a people
    is a club (ORG, stated: ``cue``), one it missed is added. A country or a place keeps its
    label (its side is the senses' reading, one node per story); no name is made a ``team``
    node here, which would part the headline from the story's other mentions of the club."""
    spans = score_line_names(text) if sport else []
    if not spans:
        return candidates
    kept: list[Candidate] = []
    covered: set[tuple[int, int]] = set()
    for candidate in candidates:
        inside = [(s, e) for s, e in spans if s < candidate.end and candidate.start < e]
        if not inside:
            kept.append(candidate)
            continue
        for start, end in inside:
            if (start, end) in covered:
                continue
            covered.add((start, end))
            name = text[start:end]
            if candidate.label in ("GPE", "LOC") or name in countries or candidate.team:
                kept.append(Candidate(start, end, name, candidate.label, candidate.sentence, team=candidate.team))
            else:
                kept.append(Candidate(start, end, name, "ORG", candidate.sentence, cue="ORG"))
    for start, end in spans:
        if (start, end) not in covered and text[start:end] not in countries:
            kept.append(Candidate(start, end, text[start:end], "ORG", sentence_of(start), cue="ORG"))
    return sorted(kept, key=lambda c: (c.start, c.end))
