"""Speaking names the model tagged nothing: "said Vaalstrom", "Tessa Orrin, chief economist at
Kessel, said", "according to Brevikon".

Input: the parsed chunks of one document, its text and the candidates found so far. Output: one
candidate for each untagged capitalized name in a speaker position (the subject of a verb of
saying, telling or publishing, what "according to" names, the name after a quote's "said"), and,
where the evidence is a full name written elsewhere, a candidate for that full name too, so the
speaking surname joins it in the normal resolution.

A capitalized word in a speaker position is no name by itself ("Analysts said", "Critics say"
open sentences). The name is kept only with evidence of its kind, read from the document:

- PERSON: a role noun apposed to it ("Tessa Orrin, chief economist at ..."); a common given name
  first ("Shane Vaal"); a full name elsewhere that ends with it ("Ivo Vaalstrom" ... "said
  Vaalstrom"); a person's title before it elsewhere ("Mr Vaalstrom");
- ORG: a company noun apposed to it or written just before it elsewhere ("monitoring firm
  Brevikon"), or a corporate tail after it elsewhere ("Brevikon Ltd").

- ORG, round 39: a one-word name the model tagged a body elsewhere in the document, and only
  a body, but not where it speaks ("the Vaal index rose ... Vaal said"): the repeats step
  leaves one-word bodies out, so their speaking occurrences are this step's; a body noun of
  ``speaker_body_nouns`` before the name or apposed to it ("research institute Vaal",
  "market analysts Vaal predicts").

Speaker positions also take a name apposed to a speaker's noun, the subject of a first verb
whose joined verb of saying has no subject ("Vaal has charted X and says"), and the subject of
a finding (``speaker_finding_verbs``: "firm Vaal found").

Without such evidence the name is left out: a missing speaker is better than a wrong actor.
Guards: every word is tagged a proper noun by the parser, never written in lower case in the
document, no listed non-actor or calendar word, and no word of the model's own entities; the
name is not in a headline (the first line, or a sentence in title case).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsgraph.mentions.rules import EntityRules
from newsgraph.mentions.spans import NON_ACTOR_LABELS, Candidate, WordStats
from newsgraph.names import NameGender
from newsgraph.parse.headlines import is_headline

_MAX_NAME_WORDS = 3  # "Tessa Orrin", "Rory O' Vaal"; longer runs are titles or bodies
# labels the model gives a name it mistakes for a number or a date: they hold no name back
_NUMERIC_LABELS = frozenset({"", "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
_PROPER_TAGS = frozenset({"NNP"})  # plurals ("Analysts", "Tories") are groups of people, no one actor
# the parser reads an unknown surname opening a sentence as a common noun ("Vaalstrom told");
# such a word is kept only on a surname's evidence (a title or a full name elsewhere)
_SURNAME_TAGS = _PROPER_TAGS | {"NN"}
# with a person's role apposed the parser's plural tag is a slip on a surname in -s ("Orrins, a director")
_DESCRIBED_TAGS = _PROPER_TAGS | {"NNPS"}
# a name word: a capital, then letters, inner capitals ("WebVaal") or an apostrophe ("O'Vaal")
_NAME_WORD = re.compile(r"[A-Z][A-Za-z]*(?:['’][A-Z][A-Za-z]+)?")
_GIVEN_BEFORE = r"([A-Z][a-z]+)[ \t]+"  # a full name's first word right before the surname


@dataclass(frozen=True)
class SpeakerEvidence:
    """The tables that say what kind an untagged speaking name is."""

    verbs: frozenset[str]  # lemmas of saying, telling and publishing
    person_nouns: frozenset[str]  # "economist" of "X, deputy chief economist at Y"
    company_nouns: frozenset[str]  # "firm" of "monitoring firm X", "X, an insurer", "research institute X"
    corporate_tails: frozenset[str]  # "Ltd" of "X Ltd"
    titles: frozenset[str]  # "Mr", "Dr", "Prof" before a surname
    blocked: frozenset[str]  # listed non-actors, calendar words and sports ("Tennis player X")

    @classmethod
    def from_rules(cls, rules: EntityRules) -> "SpeakerEvidence":
        return cls(verbs=rules.person_speech_verbs | rules.telling_verbs | rules.publishing_verbs
                   | rules.speaker_finding_verbs,
                   person_nouns=frozenset(w.lower() for w in rules.person_nouns_before),
                   company_nouns=frozenset(w.lower() for w in rules.company_nouns_before | rules.trade_group_nouns
                                           | rules.speaker_body_nouns),
                   corporate_tails=frozenset(rules.possessive_name_tails),
                   titles=frozenset(t.rstrip(".") for t in rules.honorifics),
                   blocked=frozenset(rules.not_actors) | frozenset(rules.calendar_words) | rules.sport_names)


@dataclass(frozen=True)
class Found:
    """One untagged speaking name and, when a full name elsewhere is the evidence, that name."""

    name: Candidate
    full: Candidate | None = None


def untagged_speakers(pieces, text: str, evidence: SpeakerEvidence, words: WordStats, gender: NameGender,
                      found: list[Candidate], sentence_of) -> list[Candidate]:
    """New candidates for the document's untagged speaking names of known kind, in text order."""
    added: list[Candidate] = []
    first_line_end = text.find("\n") if "\n" in text else len(text)
    # a word the model tagged somewhere is left to the repeats and the resolver, which weigh its
    # labels ("Wimpey" a firm beside "George Wimpey" a person): this step only adds names missed everywhere
    tagged = {word for c in found if c.label not in NON_ACTOR_LABELS for word in c.text.split()}
    bodies = _one_word_bodies(found)
    for offset, doc, _ in pieces:
        for token in doc:
            if not _speaker_position(token, evidence.verbs):
                continue
            hit = _plain_name(token, offset, text, evidence, words, gender, found + added, tagged, sentence_of) \
                or _described_name(token, offset, text, evidence, words, found + added, tagged, sentence_of) \
                or _body_named_elsewhere(token, offset, text, evidence, words, found + added, bodies, sentence_of)
            if hit is None or offset + hit.name.start < first_line_end or is_headline(token.sent):
                continue
            if hit.full is not None:
                if _overlaps(hit.full.start, hit.full.end, found + added):
                    continue  # the full name holds another candidate ("Ana" a body): no safe join
                added.append(hit.full)
            added.append(hit.name)
    return sorted(added, key=lambda c: (c.start, c.end))


def _plain_name(token, offset: int, text: str, evidence: SpeakerEvidence, words: WordStats, gender: NameGender,
                found: list[Candidate], tagged: set[str], sentence_of) -> Found | None:
    """The untagged name the token closes, with the kind its evidence gives, or None."""
    name = _name_span(token, words, evidence)
    if name is None:
        return None
    start, end = offset + name.start_char, offset + name.end_char
    if _overlaps(start, end, found) or name[-1].text in tagged:
        return None
    return _with_kind(name, start, end, text, evidence, gender, sentence_of)


def _described_name(token, offset: int, text: str, evidence: SpeakerEvidence, words: WordStats,
                    found: list[Candidate], tagged: set[str], sentence_of) -> Found | None:
    """A speaking name with a role apposed ("Tessa Orrin, chief economist at Kessel, said") that
    the model read as a work's title or a product, or whose surname it tagged a plural
    ("Orrins"): the role says person; the caller drops the work's candidate it overlaps."""
    noun = _apposed_noun(token)
    if noun not in evidence.person_nouns:
        return None
    name = _name_span(token, words, evidence, labels=_NUMERIC_LABELS | NON_ACTOR_LABELS, tags=_DESCRIBED_TAGS)
    if name is None or len(name) < 2:
        return None  # one word with a role is often a body's name ("Kessel, the regulator")
    start, end = offset + name.start_char, offset + name.end_char
    actors = [c for c in found if c.label not in NON_ACTOR_LABELS]
    if _overlaps(start, end, actors) or name[-1].text in tagged:
        return None
    return Found(Candidate(start, end, text[start:end], "PERSON", sentence_of(start), cue="PERSON", speaks=True))


def _one_word_bodies(found: list[Candidate]) -> frozenset[str]:
    """One-word names the model tagged a body (ORG) and nothing else in the document: the
    repeats step leaves their untagged occurrences out (a one-word body's name is often a
    place's too), so a speaking one ("Vaal said" after "the Vaal index") is this step's."""
    labels: dict[str, set[str]] = {}
    for candidate in found:
        for word in candidate.text.split():
            labels.setdefault(word, set()).add(candidate.label if candidate.text == word else "")
    return frozenset(word for word, kinds in labels.items() if kinds == {"ORG"})


def _body_named_elsewhere(token, offset: int, text: str, evidence: SpeakerEvidence, words: WordStats,
                          found: list[Candidate], bodies: frozenset[str], sentence_of) -> Found | None:
    """A speaking one-word name the model tagged a body elsewhere in the document, and only a
    body, but not here ("Vaal said it would appeal" after "shares in Vaal rose"): the body
    speaks. Not when a capitalized word joins it here (a longer name: "Vaal Holdings said")."""
    if token.text not in bodies or token.ent_type_ not in _NUMERIC_LABELS or token.tag_ not in _SURNAME_TAGS:
        return None
    if not _name_word(token, words, evidence, tags=_SURNAME_TAGS):
        return None
    start, end = offset + token.idx, offset + token.idx + len(token.text)
    doc = token.doc
    before = doc[token.i - 1] if token.i > token.sent.start else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if (before is not None and not (before.is_lower or before.is_punct)) or (after is not None and after.is_title):
        return None  # part of a longer name ("50 Vaal", "Lord Vaal"), or a title's: not the one word's repeat
    if _overlaps(start, end, found) or _persons_surname(token.text, start, text, evidence, sentence_of):
        return None
    # no kind cue: the model's own label elsewhere is the evidence, and the resolver counts it already
    return Found(Candidate(start, end, text[start:end], "ORG", sentence_of(start), speaks=True))


def _persons_surname(word: str, start: int, text: str, evidence: SpeakerEvidence, sentence_of) -> bool:
    """The document writes the word as a person's surname elsewhere ("Ivo Vaal", "Mr Vaal"):
    the model's body label for it is a slip on a person ("Vaal backs Smith" in a headline)."""
    if _full_name_elsewhere(word, start, text, evidence, sentence_of) is not None:
        return True
    titles = "|".join(map(re.escape, sorted(evidence.titles)))
    return bool(re.search(rf"(?<![\w.])(?:{titles})\.?[ \t]+{re.escape(word)}\b", text))


def _speaker_position(token, verbs: frozenset[str]) -> bool:
    """The token heads a speaker: subject of a verb of saying ("Vaal said", "said Vaal"), also
    when the saying verb is joined to the subject's first verb ("Vaal has charted X and says"),
    what "according to" names, or a name apposed to a speaker's noun ("analysts Vaal predict",
    "the regulator, Vaal, said")."""
    if token.dep_ == "appos" and token.head.is_lower and token.head.pos_ == "NOUN":
        token = token.head  # the noun's position is the name's
    if token.dep_ in ("nsubj", "nsubjpass"):
        return token.head.lemma_ in verbs or any(_joined_saying(verb, verbs) for verb in token.head.children)
    return token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according"


def _joined_saying(verb, verbs: frozenset[str]) -> bool:
    """A verb of saying joined by "and" to the subject's verb, with no subject of its own: the
    subject says it too ("Vaal has charted the rise and says ...")."""
    return (verb.dep_ == "conj" and verb.pos_ == "VERB" and verb.lemma_ in verbs
            and not any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children))


def _name_span(token, words: WordStats, evidence: SpeakerEvidence, labels: frozenset[str] = _NUMERIC_LABELS,
               tags: frozenset[str] = _SURNAME_TAGS):
    """The run of untagged proper-noun words ending at the token, or None."""
    if not _name_word(token, words, evidence, labels, tags):
        return None
    start = token.i
    while (start > token.sent.start and token.i - start + 1 < _MAX_NAME_WORDS
           and _name_word(token.doc[start - 1], words, evidence, labels, _PROPER_TAGS)):
        start -= 1
    if start > token.sent.start and token.doc[start - 1].text.rstrip(".") in evidence.titles:
        return None  # "Mr Vaal": the titled names' own step (titled.py) reads those
    if start > token.sent.start and token.doc[start - 1].is_title and token.doc[start - 1].ent_type_:
        return None  # a longer name the model tagged in part: not this step's to cut
    return token.doc[start:token.i + 1]


def _name_word(token, words: WordStats, evidence: SpeakerEvidence, labels: frozenset[str] = _NUMERIC_LABELS,
               tags: frozenset[str] = _SURNAME_TAGS) -> bool:
    return (token.tag_ in tags and token.ent_type_ in labels and not token.is_upper
            and bool(_NAME_WORD.fullmatch(token.text)) and len(token.text) > 2
            and token.text not in evidence.blocked and token.text.rstrip(".") not in evidence.titles
            and not words.is_lowercase_word(token.text))


def _with_kind(name, start: int, end: int, text: str, evidence: SpeakerEvidence, gender: NameGender,
               sentence_of) -> Found | None:
    """The name as a candidate of the kind the evidence gives, or None when it gives none."""
    sentence = sentence_of(start)

    def candidate(label: str, cue: str = "") -> Candidate:
        return Candidate(start, end, text[start:end], label, sentence, cue=cue, speaks=True)

    if any(t.tag_ not in _PROPER_TAGS for t in name) and len(name) > 1:
        return None
    common = name[-1].tag_ not in _PROPER_TAGS  # only a surname's evidence below keeps it
    apposed = "" if common else (_apposed_noun(name[-1]) or _noun_apposed_to(name[-1]))
    if apposed in evidence.person_nouns:
        return Found(candidate("PERSON", "PERSON"))
    if apposed in evidence.company_nouns:
        return Found(candidate("ORG", "ORG"))
    if len(name) > 1:
        # a common given name opens a person's name; two unknown words say nothing more
        return Found(candidate("PERSON", "PERSON")) if gender.is_given_name(name[0].text.lower()) else None
    word = name[0].text
    full = _full_name_elsewhere(word, start, text, evidence, sentence_of)
    if full is not None:
        return Found(candidate("PERSON", "PERSON"), full)
    if re.search(rf"(?<![\w.])(?:{'|'.join(map(re.escape, sorted(evidence.titles)))})\.?[ \t]+{re.escape(word)}\b",
                 text):
        return Found(candidate("PERSON", "PERSON"))
    if not common and _company_named(word, text, evidence):
        return Found(candidate("ORG", "ORG"))
    return None


def _apposed_noun(root) -> str:
    """The lower-case head of a description apposed to the name ("economist" of ", deputy chief
    economist at Kessel"), or ""."""
    for child in root.children:
        if child.dep_ == "appos" and child.text.islower():
            return child.lower_
    return ""


def _noun_apposed_to(name) -> str:
    """The lower-case noun the name is apposed to ("analysts" of "market analysts Vaal
    predict", "regulator" of "the regulator, Vaal, said"), or ""."""
    head = name.head
    return head.lower_ if name.dep_ == "appos" and head.is_lower and head.pos_ == "NOUN" else ""


def _full_name_elsewhere(word: str, start: int, text: str, evidence: SpeakerEvidence,
                         sentence_of) -> Candidate | None:
    """A person candidate for a "Given Surname" the document writes elsewhere, the given word
    no title, no listed word and no word the document writes in lower case, and no capitalized
    word before it (a longer name or a body's: "Kessel Vaal Group")."""
    lower_words = set(re.findall(r"\b[a-z][\w'’-]*\b", text))
    for match in re.finditer(rf"(?<![\w'’.-]){_GIVEN_BEFORE}{re.escape(word)}(?![\w-])", text):
        given = match.group(1)
        if (match.start() <= start < match.end() or given.lower() in lower_words or given in evidence.titles
                or given in evidence.blocked or re.search(r"[A-Z][\w'’-]*[ \t]+$", text[max(0, match.start() - 30):match.start()])
                or re.match(r"[ \t]+[A-Z]", text[match.end():match.end() + 2])):
            continue
        return Candidate(match.start(), match.end(), match.group(0), "PERSON", sentence_of(match.start()),
                         cue="PERSON")
    return None


def _company_named(word: str, text: str, evidence: SpeakerEvidence) -> bool:
    """The document calls the name a company: "monitoring firm Brevikon", "Brevikon Ltd"."""
    for match in re.finditer(rf"\b([a-z][a-z-]*)[ \t]+{re.escape(word)}(?![\w-])", text):  # "think-tank X"
        if match.group(1) in evidence.company_nouns:
            return True
    tails = "|".join(map(re.escape, sorted(evidence.corporate_tails)))
    return bool(re.search(rf"(?<![\w-]){re.escape(word)}[ \t]+(?:{tails})\b", text))


def _overlaps(start: int, end: int, candidates: list[Candidate]) -> bool:
    return any(c.start < end and start < c.end for c in candidates)
