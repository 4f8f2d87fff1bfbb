"""Mentions: the actors named in one parsed document, with offsets, labels and name keys.

Input: a :class:`~newsgraph.parse.ParsedDocument`. Output: its sentences and its
:class:`~newsgraph.model.Mention` records. The statistical NER's spans are corrected by
table-driven rules (``mentions/spans.py``), outlets are recognized from a list and from
attribution context, and short forms are linked to full names (``mentions/linking.py``).
"""

from __future__ import annotations

from collections import Counter

from newsgraph.mentions.linking import link_short_forms
from newsgraph.mentions.rules import EntityRules
from newsgraph.mentions.spans import Candidate, WordStats, find_candidates
from newsgraph.mentions.structure import NameStructure
from newsgraph.model import Link, Mention, Sentence
from newsgraph.names import NameGender, name_key
from newsgraph.parse import ParsedDocument

# An addressee of telling verbs this many times in one article is the outlet reporting it.
OUTLET_ADDRESS_COUNT = 2


class MentionFinder:
    """Finds actor mentions in a parsed document and links short forms to full names."""

    def __init__(self, rules: EntityRules):
        self.rules = rules
        self.structure = NameStructure.from_data(rules.name_structure)
        self.gender = NameGender.from_data()

    def __call__(self, parsed: ParsedDocument) -> tuple[list[Sentence], list[Mention], list[Link]]:
        document = parsed.document
        sentences, candidates = self.find(parsed)
        candidates = self.structure.join_compounds(document.text, candidates)
        keys = [self.key(c.text, c.label) for c in candidates]  # once per candidate: name_key is not free
        mark_outlets(candidates, keys)
        kept = [i for i, key in enumerate(keys) if key]
        candidates, keys = [candidates[i] for i in kept], [keys[i] for i in kept]
        links = self.structure.find_links(document.id, document.text, candidates)
        return sentences, to_mentions(document.id, candidates, keys, self.gender), links

    def find(self, parsed: ParsedDocument) -> tuple[list[Sentence], list[Candidate]]:
        doc_id = parsed.document.id
        words = WordStats.from_docs(doc for _, doc in parsed.chunks)
        sentences: list[Sentence] = []
        candidates: list[Candidate] = []
        for offset, doc, text in parsed.pieces():
            sentence_index = {}
            for sent in doc.sents:
                # whitespace-only "sentences" hold no mention; they get no number
                stripped = text[sent.start_char:sent.end_char].rstrip()
                if stripped:
                    sentence_index[sent.start] = len(sentences)
                    start = offset + sent.start_char
                    sentences.append(Sentence(doc_id, len(sentences), start, start + len(stripped)))
            candidates += find_candidates(doc, offset, sentence_index, self.rules, words)
        return sentences, candidates

    def key(self, text: str, label: str = "PERSON") -> str:
        """A title opens a person's name only: "General Motors" keeps its "general"."""
        return name_key(text, self.rules.person_titles if label == "PERSON" else ())


def mark_outlets(candidates: list[Candidate], keys: list[str]) -> None:
    """Relabel as OUTLET the names used like outlets in this document."""
    addressed = Counter(key for c, key in zip(candidates, keys) if c.addressed)
    outlet_keys = {key for key, count in addressed.items() if count >= OUTLET_ADDRESS_COUNT}
    outlet_keys |= {key for c, key in zip(candidates, keys) if c.outlet_context}
    for candidate, key in zip(candidates, keys):
        if key in outlet_keys and candidate.label != "GPE":
            candidate.label = "OUTLET"


def to_mentions(doc_id: str, candidates: list[Candidate], keys: list[str],
                gender: NameGender | None = None) -> list[Mention]:
    """Mentions carrying the key and label of the full name each candidate stands for."""
    mentions = []
    for i, (candidate, target) in enumerate(zip(candidates, link_short_forms(candidates, keys, gender))):
        full = candidates[target]
        key = keys[target]
        if target == i and gender is not None and _titled_surname(candidate, key, gender):
            # "Mrs Howard" with no full name that fits: the title stays in the key, so that the
            # bare surname of a man ("Howard") does not take her across documents either
            key = name_key(f"{candidate.title} {candidate.text}" if candidate.title else candidate.text)
        if key:  # never empty for candidates the finder keeps; guards direct callers
            mentions.append(Mention(
                doc=doc_id, start=candidate.start, end=candidate.end, text=candidate.text,
                label=full.label, key=key, full_name=full.text, sentence=candidate.sentence,
            ))
    return mentions


def _titled_surname(candidate: Candidate, key: str, gender: NameGender) -> bool:
    titled = f"{candidate.title} {candidate.text}" if candidate.title else candidate.text
    return candidate.label == "PERSON" and " " not in key and gender.of_title(titled) == "f"
