"""Names made of names, and what the text says about two names side by side.

Input: one document's text and its candidates in text order. Output: the candidates with
compound names joined ("IS Sinai", "the Islamic State's Sinai branch", "the Egyptian army"),
then :class:`~newsgraph.model.Link` records for relations the text states between adjacent
names ("X, also known as Y", "Hamas spokesperson X", "X, a local offshoot of Y"). The
patterns live in ``data/name_structure.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

from newsgraph.data import load_yaml
from newsgraph.errors import Errors, NewsgraphError
from newsgraph.mentions.spans import Candidate
from newsgraph.model import Link
from newsgraph.names import initials

_FAMILY = {"PERSON": "person", "ORG": "group", "NORP": "group", "OUTLET": "group",
           "GPE": "place", "LOC": "place", "FAC": "place"}
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
# lower-case words that may follow a whole name in a sentence (a verb or a conjunction)
_CONTINUATIONS = frozenset({"and", "or", "but", "who", "which", "is", "was", "has", "had", "said", "says",
                            "will", "would", "to", "in", "on", "at", "for", "of", "with", "from", "by"})
_WORD_LISTS = ("branch", "institution", "role", "title", "qualifier")
_PLACEHOLDER = re.compile(r"\{(" + "|".join(_WORD_LISTS) + r")\}")


@dataclass(frozen=True)
class CompoundPattern:
    name: str
    left: frozenset[str]
    right: frozenset[str]
    gap: re.Pattern | None
    after: re.Pattern | None
    descriptor: bool
    label: str  # the compound's label; "SAME" keeps the left name's


@dataclass(frozen=True)
class LinkPattern:
    name: str
    relation: str
    gap: re.Pattern
    after: re.Pattern | None
    reverse: bool
    source: frozenset[str]
    target: frozenset[str]
    either_descriptor: bool
    acronym_must_match: bool


@dataclass(frozen=True)
class NameStructure:
    """The compound and link patterns, compiled."""

    compounds: tuple[CompoundPattern, ...]
    links: tuple[LinkPattern, ...]
    likeness_words: frozenset[str] = frozenset()

    @classmethod
    def from_data(cls, extra: Iterable[dict[str, Any]] = ()) -> "NameStructure":
        tables = load_yaml("name_structure.yaml")
        for user in extra:
            for key, values in user.items():
                tables.setdefault(key, []).extend(values)
        words = {name: "|".join(re.escape(w) for w in sorted(tables[name], key=len, reverse=True))
                 for name in _WORD_LISTS}

        def compile_(pattern: str | None, case_sensitive: bool = False) -> re.Pattern | None:
            if not pattern:
                return None
            expanded = _PLACEHOLDER.sub(lambda m: words[m.group(1)], pattern)
            try:
                return re.compile(expanded, 0 if case_sensitive else re.IGNORECASE)
            except re.error as error:
                raise NewsgraphError(Errors.BAD_DATA_FILE.format(
                    path="name_structure", reason=f"pattern {pattern!r}: {error}")) from None

        compounds = tuple(CompoundPattern(
            name=c["name"], left=frozenset(c["left"]), right=frozenset(c.get("right", [])),
            gap=compile_(c.get("gap")), after=compile_(c.get("after"), bool(c.get("case_sensitive"))),
            descriptor=bool(c.get("descriptor")), label=c.get("label", "ORG")) for c in tables["compounds"])
        links = tuple(LinkPattern(
            name=p["name"], relation=p["relation"], gap=compile_(p["gap"]), after=compile_(p.get("after")),
            reverse=bool(p.get("reverse")), source=frozenset(p.get("source", [])),
            target=frozenset(p.get("target", [])), either_descriptor=bool(p.get("either_descriptor")),
            acronym_must_match=bool(p.get("acronym_must_match")))
            for p in tables["links"])
        return cls(compounds, links, frozenset(w.lower() for w in tables.get("likeness_words", [])))

    def join_compounds(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """Candidates with each compound name replacing the names it is made of."""
        out: list[Candidate] = []
        i = 0
        while i < len(candidates):
            joined, used = self._compound_at(text, candidates, i)
            out.append(joined)
            i += used
        return out

    def _compound_at(self, text: str, candidates: list[Candidate], i: int) -> tuple[Candidate, int]:
        left = candidates[i]
        right = candidates[i + 1] if i + 1 < len(candidates) else None
        for pattern in self.compounds:
            if not _label_fits(left, pattern.left):
                continue
            end, used = left.end, 1
            if pattern.right:
                if right is None or right.sentence != left.sentence or not _label_fits(right, pattern.right):
                    continue
                if not pattern.gap.fullmatch(text, left.end, right.start):
                    continue
                end, used = right.end, 2
            if pattern.after:
                match = pattern.after.match(text, end)
                if not match:
                    continue
                end = match.end()
            label = left.label if pattern.label == "SAME" else pattern.label
            return Candidate(start=left.start, end=end, text=text[left.start:end], label=label,
                             sentence=left.sentence, descriptor=pattern.descriptor,
                             addressed=left.addressed, outlet_context=left.outlet_context,
                             site_named=left.site_named), used
        return left, 1

    def find_links(self, doc_id: str, text: str, candidates: Sequence[Candidate]) -> list[Link]:
        """Relations stated between each name and the next one in its sentence."""
        links = []
        for i in range(len(candidates) - 1):
            a, b = candidates[i], candidates[i + 1]
            if a.sentence != b.sentence:
                continue
            for pattern in self.links:
                link = self._link(pattern, doc_id, text, i, a, b)
                if link:
                    links.append(link)
                    break
        return links

    def _link(self, pattern: LinkPattern, doc_id: str, text: str, i: int,
              a: Candidate, b: Candidate) -> Link | None:
        gap = pattern.gap.fullmatch(text, a.end, b.start)
        if not gap:
            return None
        end, role = b.end, gap.groupdict().get("role")
        if pattern.after:
            after = pattern.after.match(text, b.end)
            if not after:
                return None
            end, role = after.end(), role or after.groupdict().get("role")
        if pattern.either_descriptor and not (a.descriptor or b.descriptor):
            return None
        if pattern.acronym_must_match and not _acronym_matches(a.text, b.text):
            return None
        source, target = (i + 1, i) if pattern.reverse else (i, i + 1)
        member, group = (b, a) if pattern.reverse else (a, b)
        if pattern.source and member.label not in pattern.source:
            return None
        if pattern.target and group.label not in pattern.target:
            return None
        if pattern.relation == "alias" and not pattern.source and _FAMILY.get(a.label) != _FAMILY.get(b.label):
            return None
        if pattern.relation == "alias" and not pattern.either_descriptor and not _alias_well_formed(text, a, b):
            return None
        if pattern.relation == "alias" and _FAMILY.get(a.label) == "place" and self._likeness(text, a.start):
            return None  # "the fictional state's Vale City, aka Kessel": a made-up place modelled on a real one
        return Link(doc=doc_id, relation=pattern.relation, source=source, target=target,
                    role=_clean_role(role), rule=pattern.name, start=a.start, end=end)


    def _likeness(self, text: str, at: int) -> bool:
        """A word of the sentence so far says its places are made up ("fictional", "imaginary")."""
        start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
        return any(word in self.likeness_words for word in re.findall(r"[a-z][a-z-]*", text[start:at].lower()))


def _alias_well_formed(text: str, a: Candidate, b: Candidate) -> bool:
    """Both sides of a stated alias are whole names: a demonym is no other name of a band or a
    person ("The Streets, aka British rapper ..."), and a name followed by a lower-case noun
    only modifies it."""
    if (a.label == "NORP") != (b.label == "NORP"):
        return False
    rest = text[b.end:b.end + 40]
    following = re.match(r"\s+([a-z][a-z\-]*)", rest)
    return following is None or following.group(1) in _CONTINUATIONS


def _label_fits(candidate: Candidate, labels: frozenset[str]) -> bool:
    if "ANY" in labels or candidate.label in labels:
        return True
    if "ACRONYM" in labels and _ACRONYM.match(candidate.text):
        return True
    one_word = " " not in candidate.text
    if "LONE_PERSON" in labels and one_word and candidate.label == "PERSON":
        return True
    return "PLACE" in labels and (candidate.label in ("GPE", "LOC", "FAC") or (one_word and candidate.label in ("PERSON", "ORG")))


def _acronym_matches(a: str, b: str) -> bool:
    """One name is an acronym of the other's initials ("Karst Liberation Front (KLF)"); a
    bracket after a name more often holds a team, a country or an age than an alias."""
    for short, long_ in ((a, b), (b, a)):
        if _ACRONYM.match(short.replace(".", "")):
            return initials(long_) == short.replace(".", "")
    return False


def _clean_role(role: str | None) -> str | None:
    if not role:
        return None
    role = " ".join(role.lower().split())
    return role[:-1] if role.endswith("s") and not role.endswith("ss") else role
