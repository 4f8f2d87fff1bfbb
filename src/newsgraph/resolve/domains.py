"""The broad domain of a story (sport, business, politics, arts, ...), read from its words.

Input: a document's text. Output: the name of the domain of ``data/news_domains.yaml`` whose
words it uses most, or None when no domain is clearly ahead. The resolver asks it only about
the few documents of a bare surname that would join a full name named in other stories: a
reader takes the goalkeeper "Kessel" of a match report for the singer Jon Kessel only when
nothing in the story says otherwise, and a match report says otherwise.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import yaml

from newsgraph.data import load_yaml

# A domain needs this many of its words in the story, and this many times the next domain's.
DOMAIN_MIN_WORDS = 5
DOMAIN_LEAD = 1.5
_WORD = re.compile(r"[a-z][a-z-]+")


def _labels_by_word(tables: Iterable[dict]) -> dict[str, tuple[str, ...]]:
    """Tables of label: [words] turned round to word -> labels (a word two labels list counts
    for both)."""
    words: dict[str, set[str]] = {}
    for table in tables:
        for label, listed in table.items():
            for word in listed or ():
                words.setdefault(str(word).lower(), set()).add(str(label))
    return {w: tuple(sorted(labels)) for w, labels in words.items()}


def _clear_label(labels_of_word: dict[str, tuple[str, ...]], word_pattern: re.Pattern, text: str,
                 min_words: int, lead: float) -> str | None:
    """The label whose words ``text`` uses most, with at least ``min_words`` of them and
    ``lead`` times the next label's; None when no label is clearly ahead."""
    counts: Counter = Counter()
    for word in word_pattern.findall(text.lower()):
        for label in labels_of_word.get(word, ()):
            counts[label] += 1
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < min_words:
        return None
    if len(ranked) > 1 and ranked[0][1] < lead * ranked[1][1]:
        return None
    return ranked[0][0]


@dataclass
class StoryDomains:
    """Word -> domains table, and each document's domain once read."""

    domains_of_word: dict[str, tuple[str, ...]]
    _cache: dict[str, str | None] = field(default_factory=dict)
    _leading_cache: dict[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def from_data(cls, extra: Iterable[Path] = ()) -> "StoryDomains":
        """The packaged table plus user files of the same shape (domain: [words])."""
        tables = [load_yaml("news_domains.yaml")]
        tables += [yaml.safe_load(Path(p).read_text(encoding="utf-8")) or {} for p in extra]
        return cls(_labels_by_word(tables))

    def of_text(self, text: str) -> str | None:
        """The story's domain, or None when its words name none clearly."""
        return _clear_label(self.domains_of_word, _WORD, text, DOMAIN_MIN_WORDS, DOMAIN_LEAD)

    def leading(self, text: str) -> frozenset[str]:
        """The domains the story's words name clearly: its one domain (``of_text``), or those a
        story shares about equally ("a singer arrested": arts and crime), each with
        DOMAIN_MIN_WORDS words and within DOMAIN_LEAD of the first. Empty when none."""
        counts: Counter = Counter()
        for word in _WORD.findall(text.lower()):
            for domain in self.domains_of_word.get(word, ()):
                counts[domain] += 1
        top = max(counts.values(), default=0)
        return frozenset(d for d, n in counts.items() if n >= DOMAIN_MIN_WORDS and n * DOMAIN_LEAD > top)

    def leading_of_doc(self, doc: str, texts: dict[str, str]) -> frozenset[str]:
        """``leading`` of document ``doc`` (cached); empty when its text is not known."""
        if doc not in self._leading_cache:
            text = texts.get(doc)
            self._leading_cache[doc] = self.leading(text) if text else frozenset()
        return self._leading_cache[doc]

    @property
    def names(self) -> frozenset[str]:
        """The domains of the table."""
        return frozenset(d for listed in self.domains_of_word.values() for d in listed)

    def words_of_domain(self, text: str, domain: str) -> int:
        """How many words of ``text`` the table gives ``domain``."""
        return sum(domain in self.domains_of_word.get(word, ()) for word in _WORD.findall(text.lower()))

    def words_of(self, text: str) -> set[str]:
        """The words of ``text`` that some domain lists: the role words a sentence gives a name
        ("Prime Minister", "striker", "chief executive")."""
        return {word for word in _WORD.findall(text.lower()) if word in self.domains_of_word}

    def of_doc(self, doc: str, texts: dict[str, str]) -> str | None:
        """The domain of document ``doc`` (cached); None when its text is not known."""
        if doc not in self._cache:
            text = texts.get(doc)
            self._cache[doc] = self.of_text(text) if text else None
        return self._cache[doc]

    def agree(self, first: Iterable[str], second: Iterable[str], texts: dict[str, str]) -> bool:
        """Do two sets of documents share a domain? Documents of no clear domain say nothing:
        only two sets that both have domains, none in common, disagree."""
        mine = {d for doc in first if (d := self.of_doc(doc, texts))}
        theirs = {d for doc in second if (d := self.of_doc(doc, texts))}
        return not mine or not theirs or bool(mine & theirs)


# A story's sport needs this many of its words, and at least this many times the next sport's:
# "football" twice in a rugby coach's story beside "rugby" once is no football report.
SIDE_SPORT_MIN_WORDS = 1
SIDE_SPORT_LEAD = 3
_SPORT_WORD = re.compile(r"[a-z0-9][a-z0-9-]*")


@dataclass
class StorySports:
    """Word -> sports table (``data/side_sports.yaml``), and each document's sport once read: a
    country's "England team" is one side per sport across stories, never the rugby side and the
    cricket side as one."""

    sports_of_word: dict[str, tuple[str, ...]]
    _cache: dict[str, str | None] = field(default_factory=dict)

    @classmethod
    def from_data(cls) -> "StorySports":
        return cls(_labels_by_word([load_yaml("side_sports.yaml")]))

    def of_text(self, text: str) -> str | None:
        """The sport whose words the story uses, clearly ahead of any other; None when unclear."""
        return _clear_label(self.sports_of_word, _SPORT_WORD, text, SIDE_SPORT_MIN_WORDS, SIDE_SPORT_LEAD)

    def of_doc(self, doc: str, texts: dict[str, str]) -> str | None:
        """The sport of document ``doc`` (cached); None when unclear or its text is not known."""
        if doc not in self._cache:
            text = texts.get(doc)
            self._cache[doc] = self.of_text(text) if text else None
        return self._cache[doc]
