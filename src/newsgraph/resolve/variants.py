"""Comparison keys for names: transliteration folding, translation of group words, structure.

Input: a name key from :func:`newsgraph.names.name_key` ("shadi al menai"). Output: the keys
the resolver blocks and scores on. All language knowledge comes from
``data/name_variants.yaml`` and ``data/demonyms.tsv``; this module holds only the mechanism.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from newsgraph.data import load_lines, load_yaml
from newsgraph.names import NAME_PARTICLES, without_generation


@dataclass(frozen=True)
class NameVariants:
    """The folding tables, compiled once per build."""

    word_rewrites: dict[str, str]
    letter_rules: tuple[tuple[re.Pattern, str], ...]
    mild_vowel_rules: tuple[tuple[re.Pattern, str], ...]
    strong_vowel_rules: tuple[tuple[re.Pattern, str], ...]
    attached_articles: tuple[str, ...]
    attached_article_min_rest: int
    group_stopwords: frozenset[str]
    link_words: frozenset[str]
    translations: dict[str, str]  # foreign group words and English forms -> English
    foreign_words: frozenset[str]  # the keys of the translations proper: a transliteration sign
    identity_heads: frozenset[str]
    branch_words: frozenset[str]
    kunya_markers: frozenset[str]
    institution_words: frozenset[str]
    demonyms: dict[str, str]  # folded demonym -> place name
    demonym_rules: tuple[tuple[str, str], ...]
    place_heads: frozenset[str] = frozenset()
    group_heads: frozenset[str] = frozenset()
    given_particles: frozenset[str] = frozenset()  # "ben": a particle, and a given name when it opens a name
    collective_words: frozenset[str] = frozenset()  # "authorities", "troops": people of a place, described
    _cache: dict[tuple[str, str], str] = field(default_factory=dict, compare=False, repr=False)

    @property
    def folded_heads(self) -> frozenset[str]:
        return self._folded_set("identity_heads")

    @property
    def folded_branch_words(self) -> frozenset[str]:
        return self._folded_set("branch_words")

    def _folded_set(self, table: str) -> frozenset[str]:
        key = ("<set>", table)
        if key not in self._cache:
            self._cache[key] = frozenset(self.fold(w) for w in getattr(self, table))  # type: ignore[assignment]
        return self._cache[key]  # type: ignore[return-value]

    @classmethod
    def from_data(cls, extra: Iterable[dict[str, Any]] = ()) -> "NameVariants":
        tables = load_yaml("name_variants.yaml")
        for user in extra:
            for key, value in user.items():
                if isinstance(value, dict):
                    tables.setdefault(key, {}).update(value)
                else:
                    tables.setdefault(key, []).extend(value)
        demonyms = {}
        for line in load_lines("demonyms.tsv"):
            demonym, _, place = line.partition("\t")
            demonyms[demonym.strip().lower()] = place.strip()
        return cls(
            word_rewrites={str(k).lower(): str(v).lower() for k, v in tables["word_rewrites"].items()},
            letter_rules=_compile(tables["letter_rules"]),
            mild_vowel_rules=_compile(tables["mild_vowel_rules"]),
            strong_vowel_rules=_compile(tables["strong_vowel_rules"]),
            attached_articles=tuple(tables["attached_articles"]),
            attached_article_min_rest=int(tables["attached_article_min_rest"]),
            group_stopwords=frozenset(tables["group_stopwords"]),
            link_words=frozenset(tables["link_words"]),
            translations={str(k).lower(): str(v).lower()
                          for table in ("translations", "english_forms") for k, v in tables[table].items()},
            foreign_words=frozenset(str(k).lower() for k in tables["translations"]),
            identity_heads=frozenset(tables["identity_heads"]),
            branch_words=frozenset(tables["branch_words"]),
            kunya_markers=frozenset(tables["kunya_markers"]),
            institution_words=frozenset(tables["institution_words"]),
            demonyms=demonyms,
            demonym_rules=tuple((a, b) for a, b in tables["demonym_rules"]),
            place_heads=frozenset(tables.get("place_heads", [])),
            group_heads=frozenset(tables.get("group_heads", [])),
            given_particles=frozenset(str(w).lower() for w in tables.get("given_particles", [])),
            collective_words=frozenset(str(w).lower() for w in tables.get("collective_words", [])),
        )

    def phonetic(self, word: str) -> str:
        """The strong fold of one word: "mani'i", "menai" -> "mana"; "pele", "paula" -> "pala"."""
        return self._folded(word, "strong")

    def mild(self, word: str) -> str:
        """The mild fold of one word: "khaled", "khalid" -> "halid"; "pele" stays apart from "paula"."""
        return self._folded(word, "mild")

    def _folded(self, word: str, strength: str) -> str:
        cached = self._cache.get((word, strength))
        if cached is None:
            folded = self.word_rewrites.get(word, word)
            vowels = self.strong_vowel_rules if strength == "strong" else self.mild_vowel_rules
            for pattern, replacement in self.letter_rules + vowels:
                folded = pattern.sub(replacement, folded)
            cached = self._cache[(word, strength)] = folded
        return cached

    def split_articles(self, words: list[str]) -> list[str]:
        """Detach an article glued to a non-initial word: "abu baker almuhajer" -> "... muhajer"."""
        out = words[:1]
        for word in words[1:]:
            out.append(self._detach(word))
        return out

    def _detach(self, word: str) -> str:
        for article in self.attached_articles:
            rest = word[len(article):]
            if (word.startswith(article) and len(rest) >= self.attached_article_min_rest
                    and rest[0] not in "aeiou"):
                return rest
        return word

    def person_words(self, key: str, strength: str = "strong", text: str = "") -> list[str]:
        """Folded words of a person's name, particles and a closing generation mark ("Jr")
        dropped, in order. A particle that is also a given name stays when it opens the
        written name ("Ben Thatcher", not "ben Ali")."""
        words = self.split_articles(key.split())
        keep_first = bool(words) and text.split()[:1] == [words[0].capitalize()] and words[0] in self.given_particles
        kept = without_generation([w for i, w in enumerate(words) if w not in NAME_PARTICLES or (i == 0 and keep_first)])
        return [self._folded(w, strength) for w in kept]

    def group_words(self, key: str, strength: str = "strong") -> list[str]:
        """Translated folded words of a group name, stopwords dropped, in order."""
        words = [w for w in self.split_articles(key.split()) if w not in self.group_stopwords]
        return [self._folded(self.translations.get(w, w), strength) for w in words]

    def transliterated(self, key: str, text: str) -> bool:
        """Does the name show signs of transliteration: a particle (al-, abu, bin), an
        apostrophe inside a word (ayn, hamza) or a group word that gets translated?"""
        words = key.split()
        if any(w in NAME_PARTICLES or w in self.kunya_markers for w in words):
            return True
        if any(w in self.foreign_words for w in words):
            return True
        return bool(_INNER_APOSTROPHE.search(text)) or any(self._detach(w) != w for w in words[1:])

    def skeleton(self, words: Iterable[str]) -> str:
        """Consonants only, words joined: survives different word splits ("Ezzadine" / "Izz al-Din")."""
        return re.sub(r"[aeiou]|(.)(?=\1)", "", "".join(words))

    def fold(self, word: str) -> str:
        """A group word in its translated phonetic form, for comparing with table words."""
        return self.phonetic(self.translations.get(word, word))

    def place_of_demonym(self, word: str, places: dict[str, str]) -> str | None:
        """The key of the place a demonym names, among ``places`` (folded key -> key)."""
        word = word.lower()
        for plural in ("s", ""):
            singular = word[: -len(plural)] if plural and word.endswith(plural) else word
            listed = self.demonyms.get(singular)
            if listed is not None:
                return places.get(listed.lower())
            for removed, added in self.demonym_rules:
                if added and not singular.endswith(added):
                    continue
                stem = singular[: len(singular) - len(added)] if added else singular
                candidate = places.get(stem + removed)
                if candidate is not None and len(stem) >= 3:
                    return candidate
        return None


# two letters before it: Mani'i, Ja'far, but not the Irish O'Malley or D'Arcy
_INNER_APOSTROPHE = re.compile(r"\w\w['\u2019\u02bc\u02bf`]\w")


def _compile(rules: list) -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((re.compile(pattern), replacement) for pattern, replacement in rules)
