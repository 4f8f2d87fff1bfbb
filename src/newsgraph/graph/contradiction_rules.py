"""Which claims are real denials and real silences, read from ``data/contradiction_rules.yaml``.

Input: a claim record (``graph.json`` dict: ``text``, ``cue``, ``cue_span``, ``stance``) and the
text of its document. Output: a :class:`Denial` (what is denied, whether the denial only points
back at an earlier statement, how sure the reading is) or a :class:`Silence`, or None when the
claim's stance is not what it seems: "rejected the bid" (an offer, not a claim), "refused to
deny", "denied him a visa" (withhold), "dismissed the plan as desperate" (criticism), "did not
say how much" (a withheld detail, not silence about a claim).

Works on the records alone (no parse), so it reads today's claims and richer ones alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Mapping

from spacy.lang.en.stop_words import STOP_WORDS

from newsgraph.data import load_yaml
from newsgraph.model import content_spans

Record = Mapping[str, Any]
DATA_FILE = "contradiction_rules.yaml"
BEFORE_CHARS = 80      # how much text before a cue is read for "refused to" and the like
LEAD_WORDS = 4         # a claim noun counts as the object when among the content's first words
_QUOTES = "\"'“”‘’ ,.;:"


@dataclass(frozen=True)
class Denial:
    """A claim read as a denial: ``target`` is the text of what is denied."""

    claim: Record
    verb: str | None          # the denial verb ("deny", "reject"), None for "X is untrue"
    target: str
    points_back: bool         # "denied the report": what it denies is an earlier statement
    strength: float
    link: bool = False        # "denied links with X": the proposition is that two actors cooperate
    acts: frozenset[str] = frozenset()  # cue words of what a pointing denial names ("report": "reported")
    accusation: bool = False  # "accused X of lying": a denial only of X's story, if it is found
    formal: bool = False      # "denied the charges": what it answers states a charge, not a rumour


@dataclass(frozen=True)
class Silence:
    """A claim read as declining to comment; ``target`` is what it declines (may be empty)."""

    claim: Record
    target: str
    points_back: bool
    formal: bool = False  # "declined to comment on the lawsuit": it answers the charge the suit makes


def _alternation(patterns: list[str]) -> str:
    return "(?:" + "|".join(patterns) + ")"


@dataclass(frozen=True)
class ContradictionRules:
    """The compiled tables of ``data/contradiction_rules.yaml``."""

    verb_of_form: dict[str, str]
    object_must_be_claim: frozenset[str]
    claim_object: re.Pattern
    withhold: re.Pattern
    withhold_first: re.Pattern
    not_denial_before: re.Pattern
    untrue: re.Pattern
    dismissed_as: re.Pattern
    fabrication: re.Pattern
    fabricated: re.Pattern
    link_nouns: frozenset[str]
    pointing: re.Pattern
    pointing_acts: dict[str, frozenset[str]]
    that_clause: re.Pattern
    decline_cues: frozenset[str]
    not_decline_content: re.Pattern
    not_decline_before: re.Pattern
    silence_verbs: re.Pattern
    bare_silence: re.Pattern
    target_end: re.Pattern
    negation: re.Pattern
    hedge: re.Pattern              # "fears of", "the possibility of": words that voice no charge
    generic_words: frozenset[str]
    role_nouns: frozenset[str]
    allegation: re.Pattern         # a sentence that states a charge or a report ("is accused of")
    formal_nouns: frozenset[str]   # "the charges": a pointing noun that only a stated charge answers
    formal_charge: re.Pattern      # a sentence that states a charge ("charged with", "accused of")
    speaker_lead: re.Pattern       # date words glued before a speaker's name ("Tuesday Mr X")
    dismissive: re.Pattern         # an assertion calling a charge unfounded is on the denier's side
    demonstrative: re.Pattern      # "made that quote": the denied words name the statement just before
    stop_words: frozenset[str]     # spaCy's stop words, the generic words, less the kept ones
    accuser_types: frozenset[str] = frozenset()  # events whose source makes the charge they tell
    accuser_after: re.Pattern | None = None      # "accused by (the) ": the maker's mention follows
    unattributed: re.Pattern | None = None       # a report or charge whose source is not named
    inquiry: re.Pattern | None = None            # "is looking into whether": the actor before it charges
    claim_noun: re.Pattern | None = None         # "claims", "reports": after a name, that actor's charge

    @classmethod
    def from_data(cls) -> "ContradictionRules":
        return _load()

    # --- denials --------------------------------------------------------------------------

    def denial(self, claim: Record, doc_text: str) -> Denial | None:
        """``claim`` read as a denial, or None when it rejects no report or claim."""
        content = _plain(claim.get("text") or "")
        invented = self.fabricated.search(content)
        if invented and invented.end() < len(content):  # "an attempt to make up an affinity ..."
            return self._linked(Denial(claim, None, content[invented.end():], False, 0.6))
        if claim.get("stance") != "deny":
            return None
        verb = self.verb_of_form.get(((claim.get("cue") or "").split() or [""])[-1].casefold())
        if verb:
            if self.not_denial_before.search(_before(claim, doc_text)) or not self._denies_a_claim(verb, content):
                return None
            return self._linked(self._reading(claim, verb, content, 0.9))
        untrue, said = None, content
        for said in _pieces(claim, doc_text) or [content]:  # "“This is untrue,” he said, “...”": each piece
            untrue = self.untrue.search(said)
            if untrue:
                break
        if untrue:  # "This talk is untrue": what is untrue is the subject before the predicate
            subject = said[:untrue.start()].strip(_QUOTES)
            points = not subject or self._points_back(subject)
            return Denial(claim, None, subject or content, points, 0.8, acts=self.acts(subject) if points else frozenset())
        if self.fabrication.search(content):  # "accused the media of inventing the story"
            if _after(claim, doc_text).startswith("of "):
                return None  # "Yukos accused of lying": the speaker is the accused, no denial
            return replace(self._linked(self._reading(claim, None, content, 0.6)), accusation=True)
        return None

    def _linked(self, denial: Denial) -> Denial:
        """Mark a denial of a link between actors ("denied ties with X")."""
        if denial.points_back:
            return denial
        lead = denial.target.casefold().split()[:LEAD_WORDS + 1]
        if any(word.strip(_QUOTES) in self.link_nouns for word in lead):
            return Denial(denial.claim, denial.verb, denial.target, False, denial.strength, link=True)
        return denial

    def _denies_a_claim(self, verb: str, content: str) -> bool:
        lowered = content.casefold()
        if self.claim_object.match(lowered) or lowered.startswith("that "):
            return True
        if verb == "deny":
            # "denied Gerrard a penalty": you deny a proposition, not a person or a name
            names_only = all(word[:1].isupper() for word in content.split()) and len(content.split()) <= 4
            return not (self.withhold.match(lowered) or self.withhold_first.match(lowered) or names_only)
        if verb == "dismiss":  # "dismissed the plan as desperate": criticism, not a denial
            return bool(self.dismissed_as.search(lowered))
        return verb not in self.object_must_be_claim

    def _reading(self, claim: Record, verb: str | None, content: str, strength: float) -> Denial:
        target = content
        clause = self.that_clause.search(content.casefold())
        if clause and len(content[:clause.start()].split()) <= LEAD_WORDS and clause.end() < len(content):
            target = content[clause.end():]  # "claims that X": X is what is denied
        elif self._points_back(content):
            return Denial(claim, verb, content, True, strength, acts=self.acts(content), formal=self.formal(content))
        end = self.target_end.search(target)
        return Denial(claim, verb, target[:end.start()] if end else target, False, strength)

    def acts(self, text: str) -> frozenset[str]:
        """The cue words of the statement a pointing phrase names: "the reports" -> "reported"..."""
        for word in reversed(text.casefold().split()):
            word = word.strip(_QUOTES)
            for noun in (word, word[:-1] if word.endswith("s") else word, word[:-3] + "y" if word.endswith("ies") else word):
                if noun in self.pointing_acts:
                    return self.pointing_acts[noun]
        return frozenset()

    def formal(self, text: str) -> bool:
        """The pointing phrase names a formal charge ("denied the charges"): a report of some other
        claim before it ("called out after claims that a guard was hit") is not what it answers."""
        for word in reversed(text.casefold().split()):
            word = word.strip(_QUOTES)
            if word in self.pointing_acts or word.rstrip("s") in self.pointing_acts:
                return word in self.formal_nouns or word.rstrip("s") in self.formal_nouns
        return False

    def shown_speaker(self, text: str) -> str:
        """A speaker span as a reader should see it: without date words glued before the name
        ("Tuesday Mr Ebbers" -> "Mr Ebbers"); unchanged when nothing else is left."""
        lead = self.speaker_lead.match(text)
        rest = text[lead.end():].strip(" ,") if lead else text
        return rest if rest[:1].isalpha() else text

    def _points_back(self, text: str) -> bool:
        return bool(self.pointing.match(text.strip(_QUOTES).casefold()))

    # --- silence --------------------------------------------------------------------------

    @property
    def refusal_cues(self) -> frozenset[str]:
        return frozenset(c for c in self.decline_cues if c.startswith(("declin", "refus")))

    def silence(self, claim: Record, doc_text: str) -> Silence | None:
        """``claim`` read as declining to comment on something, or None."""
        if claim.get("stance") != "decline_comment":
            return None
        cue = ((claim.get("cue") or "").split() or [""])[-1].casefold()
        content = _plain(claim.get("text") or "")
        lowered = content.casefold()
        if cue not in self.decline_cues or self.not_decline_before.search(_before(claim, doc_text)):
            return None
        if self.not_decline_content.match(lowered):
            return None
        if cue in self.refusal_cues:  # "refused similar action": a refusal, but of no comment
            span = claim.get("cue_span") or [claim.get("start", 0)] * 2
            between = doc_text[span[1]:claim.get("start", span[1])] + " " + lowered[:40]
            if not self.silence_verbs.search(between):
                return None
        silent = re.match(r"^(?:\S+ ){0,3}?(?:to )?(?:comment|respond|answer|discuss|confirm)\b(?: on)?\s*", lowered)
        target = content[silent.end():] if silent else content
        if self.bare_silence.match(target.casefold()):
            target = ""
        points = not target or self._points_back(target) or len(target.split()) <= 2
        return Silence(claim, target, points, formal=points and bool(target) and self.formal(target))


def _plain(text: str) -> str:
    """Text without double quotes (they break phrases: 'dismissed them as a "load of nonsense"')."""
    return re.sub(r"\s+", " ", re.sub(r"[\"“”]", "", text)).strip(_QUOTES)


def _pieces(claim: Record, doc_text: str) -> list[str]:
    """The words of each piece of a content split around its cue, else [] (read ``text``)."""
    if not claim.get("pieces") or not doc_text:
        return []
    return [_plain(doc_text[start:end]) for start, end in content_spans(claim["start"], claim["end"], claim["pieces"])]


def _before(claim: Record, doc_text: str) -> str:
    """The text just before the claim's cue, from the start of its sentence, lower case,
    ending in one space (so that the rules' patterns anchor on whole words)."""
    span = claim.get("cue_span") or [claim.get("start", 0), claim.get("start", 0)]
    before = doc_text[max(0, span[0] - BEFORE_CHARS):span[0]]
    before = re.split(r"[.!?\n]\s", before)[-1]
    return re.sub(r"\s+", " ", before.casefold()).strip(" \"'“”‘’") + " "


def _after(claim: Record, doc_text: str) -> str:
    """The few words right after the claim's cue, lower case."""
    span = claim.get("cue_span") or [claim.get("start", 0)] * 2
    return " ".join(doc_text[span[1]:span[1] + 20].casefold().split()) + " "


@lru_cache(maxsize=1)
def _load() -> ContradictionRules:
    data = load_yaml(DATA_FILE)
    flags = re.IGNORECASE
    verb_of_form = {form: verb for verb, forms in data["denial_verbs"].items() for form in forms}
    claim_nouns = _alternation(data["claim_nouns"])
    return ContradictionRules(
        verb_of_form=verb_of_form,
        object_must_be_claim=frozenset(data["object_must_be_claim"]),
        claim_object=re.compile(rf"^(?:\S+\s+){{0,{LEAD_WORDS}}}?{claim_nouns}\b", flags),
        # "denied him entry", "denied the crew access": the withheld thing within the first words
        withhold=re.compile(rf"^(?:\S+\s+){{0,{LEAD_WORDS - 1}}}?(?:(?:a|an|the|any|his|her|their|its)\s+)?"
                            rf"{_alternation(data['withhold_objects'])}\b", flags),
        withhold_first=re.compile(data["withhold_first"], flags),
        not_denial_before=re.compile(_alternation(data["not_denial_before"]), flags),
        untrue=re.compile(_alternation(data["untrue_predicates"]), flags),
        dismissed_as=re.compile(_alternation(data["dismissed_as"]), flags),
        fabrication=re.compile(_alternation(data["fabrication"]), flags),
        fabricated=re.compile(_alternation(data["fabricated"]), flags),
        link_nouns=frozenset(data["link_nouns"]),
        pointing=re.compile(_alternation(data["pointing"]), flags),
        pointing_acts={noun: frozenset(cues) for noun, cues in data["pointing_acts"].items()},
        that_clause=re.compile(data["that_clause"], flags),
        decline_cues=frozenset(data["decline_cues"]),
        not_decline_content=re.compile(_alternation(data["not_decline_content"]), flags),
        not_decline_before=re.compile(_alternation(data["not_decline_before"]), flags),
        silence_verbs=re.compile(data["silence_verbs"], flags),
        bare_silence=re.compile(data["bare_silence"], flags),
        target_end=re.compile(data["target_end"], flags),
        negation=re.compile(data["negation"], flags),
        hedge=re.compile(data["hedge"], flags),
        generic_words=frozenset(data["generic_words"]),
        role_nouns=frozenset(data["role_nouns"]),
        allegation=re.compile(_alternation(data["allegation_cues"]), flags),
        formal_nouns=frozenset(data["formal_nouns"]),
        formal_charge=re.compile(_alternation(data["formal_charges"]), flags),
        speaker_lead=re.compile(data["speaker_lead_words"], flags),
        dismissive=re.compile(data["dismissive"], flags),
        demonstrative=re.compile(data["demonstrative"], flags),
        stop_words=frozenset((STOP_WORDS - set(data["kept_words"])) | set(data["generic_words"])),
        accuser_types=frozenset(data["accuser_event_types"]),
        accuser_after=re.compile(data["accuser_after_passive"], flags),
        unattributed=re.compile(_alternation(data["unattributed_report"]), flags),
        inquiry=re.compile(data["accuser_before_inquiry"], flags),
        claim_noun=re.compile(rf"\b{claim_nouns}\b", flags),
    )
