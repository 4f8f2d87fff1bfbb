"""Name normalization shared by the mention and resolution stages.

``name_key`` folds the spellings of one name that differ only in script, case, punctuation,
articles and honorifics ("The Israel Defense Forces", "Imam Abu Noor al-Maqdisi") to one key.
Transliteration-aware matching beyond that is the resolution stage's job.
"""

from __future__ import annotations

import re
from typing import Iterable

from unidecode import unidecode

_APOSTROPHES = re.compile(r"[\u2019\u2018'`\u00b4\u02bc\u02bb]")
_POSSESSIVE_END = re.compile(r"[\u2019'`]s?$")
# inside a descriptor name: "the Islamic State's Sinai branch", "ISIS' Sinai affiliate"
_POSSESSIVE_INSIDE = re.compile(r"(?<=\w)[\u2019'`]s?(?=\s)")
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015_/]+")
_DROP = re.compile(r"[^\w\s]")
LEADING_ARTICLES = ("the",)
# Arabic and Hebrew articles and filiation particles: ignored when comparing a short form
# ("Menai") with a full name ("Shadi al-Menai").
NAME_PARTICLES = frozenset({"al", "el", "ad", "an", "as", "ash", "at", "az", "ar", "ha", "bin", "ben", "ibn", "bint"})
KUNYA_WORDS = frozenset({"abu", "abou", "umm", "um"})


def strip_possessive(text: str) -> str:
    return _POSSESSIVE_END.sub("", text.strip()) if len(text) > 2 else text


def name_key(text: str, titles: Iterable[str] = ()) -> str:
    """Lower-case ASCII key of a name without article, possessive, honorifics or punctuation."""
    folded = unidecode(_POSSESSIVE_INSIDE.sub("", strip_possessive(text))).lower()
    folded = _APOSTROPHES.sub("", folded)
    folded = _DROP.sub(" ", _SEPARATORS.sub(" ", folded.replace(".", "")))
    words = folded.split()
    title_set = {t.lower().rstrip(".") for t in titles}
    while len(words) > 1 and (words[0] in LEADING_ARTICLES or words[0] in title_set):
        words = words[1:]
    return " ".join(words)


def core_words(key: str) -> list[str]:
    """The words of a key that carry the name, particles removed."""
    return [w for w in key.split() if w not in NAME_PARTICLES]


def initials(name: str, skip: Iterable[str] = ("of", "the", "for", "and", "in", "on")) -> str:
    """Capital initials of a multi-word name: "Israel Defense Forces" -> "IDF"."""
    skipped = set(skip)
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in skipped]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


def slug(key: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", key).strip("-") or "x"
