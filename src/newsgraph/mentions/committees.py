"""Committees named in lower case: "the Commons work and pensions committee".

A legislature's committee is often written with its topic in lower case, after the house it
sits in ("the Commons home affairs select committee", "the Senate banking panel"). The model tags
"Commons" alone or nothing, so the committee is never an actor and no claim can be its. Such a
phrase becomes one ORG mention of its own, the name as written without "the". The house word is
required (``committee_bodies``), or "select" before the head (a select committee is always a
legislature's): "the disciplinary committee", "a committee" and "the committee" stay as they are,
and so does a name the model tagged that reaches beyond the phrase (a capitalized "Committee").
"""

from __future__ import annotations

import re

from newsgraph.mentions.spans import Candidate

_TOPIC_WORD = r"[a-z]+(?:-[a-z]+)*"  # "work", "cross-party"; never "The" or a name


def committee_pattern(bodies: frozenset[str], heads: frozenset[str], select_word: str,
                      not_topic: frozenset[str]) -> re.Pattern | None:
    """Group 1: "Commons <topic words> <head>" or "<topic words> select committee", after "the"
    and at most one lower-case word ("the influential Commons ..."). A topic word is never one of
    ``not_topic`` ("the", "a", "his"): "the commissioner and the select committee" holds two bodies."""
    if not bodies or not heads:
        return None
    stop = "|".join(sorted(re.escape(w) for w in not_topic)) or "(?!)"
    word = rf"(?!(?:{stop})\b){_TOPIC_WORD}"
    body = "|".join(sorted((re.escape(b) for b in bodies), key=len, reverse=True))
    head = "|".join(sorted((re.escape(h) for h in heads), key=len, reverse=True))
    named = rf"(?:{body})(?:[ \t]+{word}){{1,4}}?[ \t]+(?:{head})"
    selected = rf"{word}(?:[ \t]+{word}){{0,3}}?[ \t]+{re.escape(select_word)}[ \t]+committee"
    return re.compile(rf"(?<![\w-])[Tt]he[ \t]+(?:{word}[ \t]+)??({named}|{selected})(?![\w-])")


def committee_mentions(text: str, candidates: list[Candidate], sentence_of,
                       pattern: re.Pattern | None) -> list[Candidate]:
    """Each lower-case committee phrase of ``committee_pattern`` as an ORG mention; a name the
    model tagged inside it ("Commons") gives way to it, one reaching beyond it keeps it out."""
    if pattern is None:
        return candidates
    out = list(candidates)
    for match in pattern.finditer(text):
        start, end = match.span(1)
        overlapping = [c for c in out if c.start < end and start < c.end]
        if any(c.start < start or c.end > end for c in overlapping):
            continue  # a longer name the model read ("the Commons Kessel Committee" of a tag)
        out = [c for c in out if c not in overlapping]
        out.append(Candidate(start, end, text[start:end], "ORG", sentence_of(start), cue="ORG"))
    return sorted(out, key=lambda c: (c.start, c.end)) if out != candidates else candidates
