"""Name normalization shared by the mention and resolution stages.

``name_key`` folds the spellings of one name that differ only in script, case, punctuation,
articles and honorifics ("The Israel Defense Forces", "Imam Abu Noor al-Maqdisi") to one key.
Transliteration-aware matching beyond that is the resolution stage's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
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
GENERATION_SUFFIXES = frozenset({"jr", "junior", "sr", "senior", "ii", "iii", "iv"})
# Letters after a name that rank or qualify the person ("Dana Kell QC", "Ravi Osei MP"): like a
# generation mark, never the name a short form stands for ("QC" alone is no surname).
POST_NOMINALS = frozenset({"qc", "kc", "mp", "mep", "msp", "am", "obe", "mbe", "cbe", "kbe", "dbe",
                           "md", "phd", "esq"})
# A place playing in a sports report is its side: "England" the team has the key "england team"
# (mentions/senses.py) and is part_of the place "england" (resolve/namegraph.py).
TEAM_SUFFIX = "team"


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
    """The words of a key that carry the name, particles and a closing generation mark removed."""
    return without_generation([w for w in key.split() if w not in NAME_PARTICLES])


def without_generation(words: list[str]) -> list[str]:
    """A person's name words without a closing generation mark or post-nominal letters:
    "Charles Evans Jr" is "Evans" for short, not "Jr". A two-word name keeps both words (a
    mark needs a name before it)."""
    return words[:-1] if len(words) > 2 and (words[-1] in GENERATION_SUFFIXES or words[-1] in POST_NOMINALS) else words


def initials(name: str, skip: Iterable[str] = ("of", "the", "for", "and", "in", "on")) -> str:
    """Capital initials of a multi-word name: "Israel Defense Forces" -> "IDF"."""
    skipped = set(skip)
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in skipped]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


def slug(key: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", key).strip("-") or "x"


@dataclass(frozen=True)
class NameGender:
    """Gender shown by a title ("Mrs") or a common given name ("Michael"); see name_gender.yaml."""

    female_titles: frozenset[str]
    male_titles: frozenset[str]
    female_names: frozenset[str]
    male_names: frozenset[str]
    given_name_titles: frozenset[str] = frozenset()  # "Sir", "Dame": a given name follows
    either_names: frozenset[str] = frozenset()  # given names of men and women alike ("Ashley")
    peerage_titles: frozenset[str] = frozenset()  # "Lord", "Baroness": a title, not the commoner's name
    royal_titles: frozenset[str] = frozenset()  # "Prince", "Pope": a style the commoner lacks

    @classmethod
    def from_data(cls) -> "NameGender":
        from newsgraph.data import load_yaml

        table = load_yaml("name_gender.yaml")
        return cls(*(frozenset(str(w).lower() for w in table.get(key, ())) for key in
                     ("female_titles", "male_titles", "female_given_names", "male_given_names",
                      "given_name_titles", "either_given_names", "peerage_titles", "royal_titles")))

    def before_given_name(self, text: str) -> bool:
        """"Sir Bernard": a title followed by one given name, not by a surname."""
        words = text.split()
        return len(words) == 2 and words[0].lower().rstrip(".") in self.given_name_titles

    def peerage(self, text: str) -> bool:
        """"Lord Armstrong": a peer's title and name."""
        words = text.split()
        return len(words) >= 2 and words[0].lower().rstrip(".") in self.peerage_titles

    def royal(self, text: str) -> str | None:
        """The royal style a name opens with ("prince" for "Prince Edwin"), else None."""
        words = text.split()
        first = words[0].lower().rstrip(".") if len(words) > 1 else ""
        return first if first in self.royal_titles else None

    def keeps_style(self, short_text: str, full_text: str) -> bool:
        """Can ``short_text`` stand for ``full_text`` as far as a royal style goes: a styled
        short form ("Prince Edwin") needs the same style on the full name."""
        style = self.royal(short_text)
        return style is None or self.royal(full_text) == style

    def is_given_name(self, word: str) -> bool:
        word = word.lower()
        return word in self.female_names or word in self.male_names or word in self.either_names

    def of_title(self, text: str) -> str | None:
        """"f" or "m" when the name opens with a gendered title, else None."""
        words = text.split()
        first = words[0].lower().rstrip(".") if len(words) > 1 else ""
        return "f" if first in self.female_titles else "m" if first in self.male_titles else None

    def of_name(self, text: str) -> str | None:
        """Gender of a full name: its title, else its given name when the lists know it."""
        by_title = self.of_title(text)
        if by_title:
            return by_title
        words = [w for w in re.split(r"[\s\-]+", text.lower()) if w]
        if len(words) < 2:
            return None
        return "f" if words[0] in self.female_names else "m" if words[0] in self.male_names else None

    def compatible(self, short_text: str, full_text: str) -> bool:
        """Can ``short_text`` ("Mrs Howard") stand for ``full_text`` ("Michael Howard")?"""
        short = self.of_title(short_text)
        full = self.of_name(full_text) if short else None
        return short is None or full is None or short == full
