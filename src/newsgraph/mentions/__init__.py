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
from newsgraph.model import Mention, Sentence
from newsgraph.names import name_key
from newsgraph.parse import ParsedDocument

# An addressee of telling verbs this many times in one article is the outlet reporting it.
OUTLET_ADDRESS_COUNT = 2


class MentionFinder:
    """Finds actor mentions in a parsed document and links short forms to full names."""

    def __init__(self, rules: EntityRules):
        self.rules = rules

    def __call__(self, parsed: ParsedDocument) -> tuple[list[Sentence], list[Mention]]:
        sentences, candidates = self.find(parsed)
        self.mark_outlets(candidates)
        return sentences, self.to_mentions(parsed.document.id, candidates)

    def find(self, parsed: ParsedDocument) -> tuple[list[Sentence], list[Candidate]]:
        doc_id = parsed.document.id
        words = WordStats.from_docs(doc for _, doc in parsed.chunks)
        sentences: list[Sentence] = []
        candidates: list[Candidate] = []
        for offset, doc in sorted(parsed.chunks, key=lambda chunk: chunk[0]):
            sentence_index = {}
            for sent in doc.sents:
                # whitespace-only "sentences" hold no mention; they get no number
                stripped = sent.text.rstrip()
                if stripped:
                    sentence_index[sent.start] = len(sentences)
                    start = offset + sent.start_char
                    sentences.append(Sentence(doc_id, len(sentences), start, start + len(stripped)))
            candidates += find_candidates(doc, offset, sentence_index, self.rules, words)
        return sentences, candidates

    def mark_outlets(self, candidates: list[Candidate]) -> None:
        """Relabel as OUTLET the names used like outlets in this document."""
        addressed = Counter(self.key(c.text) for c in candidates if c.addressed)
        outlet_keys = {key for key, count in addressed.items() if count >= OUTLET_ADDRESS_COUNT}
        outlet_keys |= {self.key(c.text) for c in candidates if c.outlet_context}
        for candidate in candidates:
            if self.key(candidate.text) in outlet_keys and candidate.label != "GPE":
                candidate.label = "OUTLET"

    def to_mentions(self, doc_id: str, candidates: list[Candidate]) -> list[Mention]:
        keys = [self.key(c.text) for c in candidates]
        targets = link_short_forms(candidates, keys)
        mentions = []
        for candidate, key, target in zip(candidates, keys, targets):
            full = candidates[target]
            if not keys[target]:
                continue
            mentions.append(Mention(
                doc=doc_id, start=candidate.start, end=candidate.end, text=candidate.text,
                label=full.label, key=keys[target], full_name=full.text, sentence=candidate.sentence,
            ))
        return mentions

    def key(self, text: str) -> str:
        return name_key(text, self.rules.person_titles)
