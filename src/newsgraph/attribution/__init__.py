"""Attribution: who says so — every claim of a document, with speaker, cue, outlet and stance.

Input: a :class:`~newsgraph.parse.ParsedDocument`, its :class:`~newsgraph.model.Sentence` list
and its :class:`~newsgraph.model.Mention` list. Output: :class:`~newsgraph.model.Claim` records
in text order, ids ``"{doc}:c{n}"``, where ``document.text[start:end] == text`` (the content;
for a content in ``pieces``, ``text`` is every piece joined by " … ": ``model.content_of``), and
``speaker_span`` / ``cue_span`` / ``outlet_span`` slice the speaker, cue and outlet words.

The parse gives the attributions (``attribution/syntax.py``: speech verbs and their clauses,
"according to X", "a report that ...", "Citing X, ..."); quote marks give the direct speech
(``attribution/quotes.py``), which is joined to the nearest cue, to a "He added:" before it, or
to the speaker of the quote it continues; speakers become mention indexes, anonymous sources,
documents or resolved pronouns, surnames and descriptions ("the minister": ``attribution/
speakers.py`` with the shared ``newsgraph.coref``). The words live in
``data/attribution_cues.yaml`` (counts from ``scripts/mine_polnear_cues.py`` on PolNeAR train).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Sequence

from newsgraph.attribution.acts import act_of, indirect_question
from newsgraph.attribution.cues import CueLexicon
from newsgraph.attribution.profile import sourcing_profile
from newsgraph.attribution.quotes import find_quotes
from newsgraph.attribution.referents import point_demonstratives, point_denials, point_owned_labels
from newsgraph.attribution.speakers import SpeakerResolver
from newsgraph.attribution.voices import speak_for_bodies, speak_for_principals
from newsgraph.coref import CorefLexicon
from newsgraph.attribution.syntax import Found, find_in_doc, without_lead_connective
from newsgraph.attribution.tags import cut_own_tag
from newsgraph.attribution.joining import (end_before_reporting_frames, end_before_second_reports,
                                           fold_reported_declines, join_quotes, nest)
from newsgraph.attribution.pieces import cut_other_voices, join_split_halves
from newsgraph.model import Claim, Event, Mention, Sentence, content_of
from newsgraph.parse import ParsedDocument
from newsgraph.parse.headlines import title_line

__all__ = ["ClaimFinder", "CueLexicon", "link_events", "sourcing_profile"]


class ClaimFinder:
    """Finds the claims of one parsed document: speakers, cues, outlets, stances, nesting."""

    def __init__(self, lexicon: CueLexicon, coref: CorefLexicon | None = None):
        self.lexicon = lexicon
        self.coref = coref or CorefLexicon.from_data()  # loaded once, not per document

    @classmethod
    def from_data(cls, extra_paths: Sequence[Path] = ()) -> "ClaimFinder":
        """A finder with the packaged ``attribution_cues.yaml`` extended by ``extra_paths``."""
        return cls(CueLexicon.from_data(extra_paths))

    def __call__(self, parsed: ParsedDocument, sentences: Sequence[Sentence],
                 mentions: Sequence[Mention]) -> list[Claim]:
        return self.claims_and_mentions(parsed, sentences, mentions)[0]

    def claims_and_mentions(self, parsed: ParsedDocument, sentences: Sequence[Sentence],
                            mentions: Sequence[Mention]) -> tuple[list[Claim], list[Mention]]:
        """The claims, and ``mentions`` followed by the speakers' names the mention finder missed
        (round 58, ``SpeakerResolver.name_missed_speakers``), which the claims' indexes count."""
        found = self.find(parsed)
        return self._resolve(parsed.document.id, parsed.document.text, found, sentences, mentions)

    def find(self, parsed: ParsedDocument) -> list[Found]:
        """The attributions of all chunks with the quotes joined to them, in text order."""
        found: list[Found] = []
        chunks = list(parsed.pieces())
        for offset, doc, text in chunks:
            found.extend(find_in_doc(doc, offset, self.lexicon, text=text))
        text = parsed.document.text
        joined = join_quotes(text, found, find_quotes(text, self.lexicon.colon_tag_verbs), self.lexicon)
        for item in joined:  # after the joining: a quoted phrase inside the words stays theirs
            chunk = next(((o, d) for o, d, t in chunks if o <= item.cue[0] < o + len(t)), None)
            if chunk is not None:
                cut_own_tag(item, chunk[1], chunk[0], self.lexicon)
                without_lead_connective(item, chunk[1], chunk[0], text, self.lexicon, joined)  # "However, ...": the reporter's
                if indirect_question(item, chunk[1], chunk[0]):  # "explained how ...": asks, tells nothing
                    item.act = "question"
        return joined

    def to_claims(self, doc_id: str, text: str, found: Sequence[Found], sentences: Sequence[Sentence],
                  mentions: Sequence[Mention]) -> list[Claim]:
        """Claims for ``found``: speakers resolved, stance from content, ids, parents."""
        return self._resolve(doc_id, text, found, sentences, mentions)[0]

    def _resolve(self, doc_id: str, text: str, found: Sequence[Found], sentences: Sequence[Sentence],
                 mentions: Sequence[Mention]) -> tuple[list[Claim], list[Mention]]:
        resolver = SpeakerResolver(text, mentions, self.lexicon, self.coref)
        title = title_line(text)
        quotes = find_quotes(text, self.lexicon.colon_tag_verbs)  # a belief told inside a quote is the quoted speaker's (acts.py)
        claims: list[Claim] = []
        found = [_speaker_to_name_end(item, mentions) for item in found]
        ordered = sorted(found, key=lambda f: (f.content[0], f.cue[0]) if f.content else (f.cue[0], f.cue[0]))
        for item in ordered:
            claim = resolver.claim(doc_id, item, sentences, claims)
            if claim is not None:
                claim.act = act_of(item, text, self.lexicon, _speaker_label(resolver, claim), quotes)
                claim.confidence = self.lexicon.act_confidence(claim.act)
                if title is not None and claim.cue_span and claim.cue_span[0] < title[1]:
                    # "Mayor denies toll plan": the desk's summary; the body says it again with its source
                    claim.confidence = min(claim.confidence, self.lexicon.headline_confidence)
                claims.append(claim)
        resolver.headline_speakers(claims)  # forward: the headline's bare noun is the lead's named source
        resolver.named_next_speakers(claims)  # forward: "its chairman said ... | X said": X, named next
        resolver.named_next_bodies(claims)  # forward: "a charity warned ... | Aid charity X said": X, named next
        claims = fold_reported_declines(claims, [resolver.speakers[id(c)].mention for c in claims])
        end_before_second_reports(text, claims)
        end_before_reporting_frames(text, claims)  # "A, the FT reports": the frame is the reporter's
        # speakers resolved: a quote joined as a piece that another named voice takes goes
        cut_other_voices(text, claims, [resolver.speakers[id(c)].mention for c in claims], resolver.mentions,
                         self.lexicon)
        join_split_halves(text, claims, sentences, resolver.mentions, self.lexicon)  # "A, X argued, if B": both halves
        for number, claim in enumerate(claims):
            claim.id = f"{doc_id}:c{number}"
        nest(claims, [resolver.parent_cues.get(id(c)) for c in claims])
        point_denials(claims, self.lexicon, text, resolver.coref, resolver.mentions)  # after nesting: the content a label stands for nests nothing
        point_owned_labels(claims, resolver.mentions, self.lexicon, resolver.coref)  # "echoed Smith's comments"
        point_demonstratives(claims, self.lexicon, text, sentences, resolver.coref)  # "But he denied that"
        speak_for_bodies(claims, resolver.speakers, text, resolver.mentions, self.lexicon, self.coref)  # "an Acme spokesman": Acme's position
        speak_for_principals(claims, resolver.speakers, text, resolver.mentions, self.lexicon, resolver.coref)  # "X's spokesman": X's
        resolver.named_voices(claims)  # "A spokesman for X, Jo Brann, said": Jo Brann, named right there
        resolver.name_missed_speakers(claims, doc_id)  # last: "consultancy Vaal said" with no mention of Vaal
        for claim in claims:  # last: the rules above read ``text`` as the first piece's words
            claim.text = content_of(text, claim.start, claim.end, claim.pieces)
        return claims, resolver.mentions


def _speaker_label(resolver: SpeakerResolver, claim: Claim) -> str | None:
    """The label of the mention the claim's speaker resolved to, else of a mention inside the
    speaker's words ("the BBC's political editor": OUTLET), else None."""
    index = resolver.speakers[id(claim)].mention
    if index is not None:
        return resolver.mentions[index].label
    if claim.speaker_span is None:
        return None
    start, end = claim.speaker_span
    inside = [m.label for m in resolver.mentions if start <= m.start and m.end <= end]
    return inside[0] if inside else None


def link_events(events: Sequence[Event], claims: Sequence[Claim]) -> None:
    """Set ``event.claim`` to the id of the innermost claim whose content holds the event's
    trigger (or span, without a trigger): the claim that carries the event. An event carried
    by a denial is in mode "denied"."""
    for event in events:
        start, end = event.trigger_span if event.trigger_span else (event.start, event.end)
        holding = [c for c in claims if c.doc == event.doc and any(
            s <= start and end <= e for s, e in (c.pieces or [(c.start, c.end)]))]
        innermost = min(holding, key=lambda c: c.end - c.start) if holding else None
        event.claim = innermost.id if innermost else None
        if innermost and innermost.stance == "deny":
            event.mode = "denied"


def _speaker_to_name_end(item: Found, mentions: Sequence[Mention]) -> Found:
    """The speaker phrase run on to the end of a name it stops inside: the parse ends "a
    spokesman for the Ministry for Farming, Fishing and Forests" at the first comma, where the
    mention finder kept the body's whole name (round 59); cut there, the name is found nowhere."""
    if item.speaker is None:
        return item
    start, end = item.speaker
    for mention in mentions:
        if start <= mention.start < end < mention.end and mention.text[end - mention.start] == ",":
            return replace(item, speaker=(start, mention.end))
    return item
