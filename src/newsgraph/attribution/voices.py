"""A body's voice: the claims of an unnamed spokesman are the position of the body he speaks for.

Input: one document's claims (text order, speakers resolved), the :class:`Speaker` each was
given, the document's mentions and the cue lexicon. Output: none; a claim whose speaker is one
unnamed person speaking for a named body ("a spokesman for Acme said", "an Acme spokeswoman
said", "a spokesman said" after a sentence opened by Acme, a "who" standing for such a
spokesman — "said an Acme spokesman, who added", read through ``Speaker.antecedent`` (round 54)
— and a "he said" going on with that spokesman) gets the body as ``speaker`` too. ``speaker_text`` keeps the words, ``anonymous``
stays as it was (no person is named) and ``speaker_affiliation`` stays the body, so views and
per-actor queries list the claim under the body while the sourcing profile still counts an
unnamed person.

Round 47 (:func:`speak_for_principals`): a spokesman of one named person ("X's official
spokesman", "a spokesman for Mr X", "his spokesman") is that person's voice in the same way.

Run after every in-document speaker rule: the rules that look back at earlier claims (a later
"he", "the spokesman" going on) read ``claim.speaker is None`` as "no person named" and must
keep doing so.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Mapping, Sequence

from newsgraph.attribution.cues import CueLexicon
from newsgraph.coref import CorefLexicon, seeded_body_kind
from newsgraph.model import Claim, Mention

if TYPE_CHECKING:
    from newsgraph.attribution.speakers import Speaker
    from newsgraph.coref import DocumentCoref

# labels of a mention that is a body a spokesman can speak for (a place or a people has officials,
# not one voice: "a US spokesman" is left as it is)
_VOICED_LABELS = frozenset({"ORG", "OUTLET"})
# labels of a state or a people: words a story ever tags so are no body's name for a voice
_PLACE_LABELS = frozenset({"GPE", "NORP"})
# what joins the body's name after the spokesman's noun ("a spokesman for X", "a spokesperson from X")
_VOICE_JOINS = frozenset({"for", "from", "of"})
# where a speaker phrase's head part ends: its first preposition ("a spokesman | for the firm")
_HEAD_PART = re.compile(r"\s(?:of|for|at|from|in|on|with|by|to)\s")
# what joins a body right after the spokesman's noun ("a spokesman for the "), and what may
# close the phrase after the body's name (an acronym in brackets)
_JOIN_AFTER_NOUN = re.compile(r"[a-z]\s+(?:for|of|at|from)\s+(?:the\s+)?$", re.IGNORECASE)
_PHRASE_END = re.compile(r"\s*(?:\([^()]*\)\s*)?[,.]?\s*")
# a part of the body closing the phrase after its "'s": capitalized words (a place) and a lower-case
# noun, at most one lower-case word before it ("'s Leeds office", "'s games unit")
_UNIT_AFTER = re.compile(r"['’]s\s+(?:[A-Z][\w-]*\s+){0,3}(?:[a-z][\w-]*\s+)?(?P<unit>[a-z]+)\s*[,.]?\s*")
# the articles of one unnamed voice, and the small words a body's name may hold ("Department for
# Work and Pensions")
_ARTICLES = frozenset({"a", "an", "the"})
_NAME_SMALL_WORDS = frozenset({"for", "of", "and", "&", "the", "on", "in"})
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:['’-][A-Za-z]+)?")


def speak_for_bodies(claims: Sequence[Claim], speakers: Mapping[int, "Speaker"], text: str,
                     mentions: Sequence[Mention], lexicon: CueLexicon, coref: CorefLexicon) -> None:
    """Give each claim of a body's unnamed voice the body as its speaker (see the module)."""
    voiced: Claim | None = None  # the claim just before, when it was a body's voice
    for claim in claims:
        speaker = speakers.get(id(claim))
        body = _voiced_body(claim, speaker, text, mentions, lexicon) if speaker is not None else None
        if body is not None and (_owned_by_a_person(text, mentions[body], coref)
                                 or not _body_in_place(text, _phrase(claim, speaker, text)[1], mentions[body], lexicon)):
            body = None
        if body is None and speaker is not None:
            body = _body_typed_elsewhere(claim, speaker, text, mentions, lexicon)
            if body is not None:
                claim.speaker_affiliation = body
        if body is None and speaker is not None and voiced is not None:
            body = _held_voice(claim, speaker, voiced, lexicon)
        if body is not None:
            claim.speaker = body
        voiced = claim if body is not None else _still_voiced(claim, voiced)


def _still_voiced(claim: Claim, voiced: Claim | None) -> Claim | None:
    """The voiced claim a pronoun after ``claim`` may still go on with: ``voiced`` when
    ``claim`` is nested in what the voice said ("A spokesman for Acme said: 'Rivals claim X.' He
    said": the rivals are only quoted, the "he" is still Acme's spokesman; round 60), else None."""
    if voiced is not None and voiced.id and claim.parent == voiced.id:
        return voiced
    return None


def _phrase(claim: Claim, speaker: "Speaker", text: str) -> tuple[str | None, list[int] | None]:
    """The words and span of ``claim``'s speaker phrase; for a relative pronoun, those of the
    phrase it stands for ("an Acme spokesman, who added": the spokesman's words, not "who")."""
    if speaker.antecedent is not None:
        start, end = speaker.antecedent
        return text[start:end], [start, end]
    return claim.speaker_text, claim.speaker_span


def _voiced_body(claim: Claim, speaker: "Speaker", text: str, mentions: Sequence[Mention],
                 lexicon: CueLexicon) -> int | None:
    """The body (a mention index) ``claim``'s speaker speaks for: one unnamed person of a body
    noun (``body_speaker_nouns``) with an ORG / OUTLET affiliation; None otherwise."""
    if claim.speaker is not None or claim.speakers or speaker.plural or speaker.affiliation is None:
        return None
    words = _phrase(claim, speaker, text)[0]
    if mentions[speaker.affiliation].label not in _VOICED_LABELS \
            and not _party_as_people(words, mentions[speaker.affiliation]):
        return None
    return speaker.affiliation if _voice_noun(words, lexicon) else None


def _party_as_people(words: str | None, mention: Mention) -> bool:
    """ "A Conservative spokeswoman" with "Conservative" typed a people: a name the alias seeds
    give a body (ORG) is that body's here, as the corpus types it. Only after "a" / "an": "the
    Tory spokesman" is most often the party's spokesman on a subject, an MP speaking for
    himself (round 54)."""
    first = (words or "").split()[:1]
    return mention.label == "NORP" and bool(first) and first[0].lower() in ("a", "an") \
        and seeded_body_kind(mention.full_name or mention.text) == "ORG"


def _body_typed_elsewhere(claim: Claim, speaker: "Speaker", text: str, mentions: Sequence[Mention],
                          lexicon: CueLexicon) -> int | None:
    """ "A Kessler spokesman said", "a spokesman for Kessler": an unnamed voice whose body's name
    the model left untagged or typed a place here, though the story tags the same words a body
    elsewhere (an ORG or OUTLET mention of exactly those words, and never a state or a people):
    that body. The mention is the nearest one before the claim, else the first after."""
    words, span = _phrase(claim, speaker, text)
    if claim.speaker is not None or claim.speakers or speaker.plural or not speaker.anonymous or span is None:
        return None
    if speaker.affiliation is not None and mentions[speaker.affiliation].label in _VOICED_LABELS:
        return None  # the body rule's case (:func:`_voiced_body`), kept out by its own guards
    name = _voice_body_words(words or "", lexicon)
    start, end = span
    elsewhere = [i for i, m in enumerate(mentions) if m.text == name and not (start <= m.start < end)]
    if not elsewhere or any(mentions[i].label in _PLACE_LABELS for i in elsewhere):
        return None
    bodies = [i for i in elsewhere if mentions[i].label in _VOICED_LABELS]
    before = [i for i in bodies if mentions[i].start < start]
    return before[-1] if before else (bodies[0] if bodies else None)


def _voice_body_words(words: str, lexicon: CueLexicon) -> str | None:
    """The body's name in a spokesman's phrase of one of two shapes: an article, the name, the
    noun ("A Kessler Motors spokeswoman"), or an article, the noun, "for" / "from" / "of" and
    the name closing the phrase ("a spokesman for the Kessler Group"). None for any other."""
    tokens = " ".join(words.split()).rstrip(",.").split()
    if len(tokens) < 3 or tokens[0].lower() not in _ARTICLES:
        return None
    if tokens[-1].lower() in lexicon.body_voice_nouns:
        name = tokens[1:-1]
    elif tokens[1].lower() in lexicon.body_voice_nouns and len(tokens) > 3 and tokens[2].lower() in _VOICE_JOINS:
        name = tokens[4:] if tokens[3].lower() == "the" else tokens[3:]
    else:
        return None
    if not name or not name[0][:1].isupper() or not all(w[:1].isupper() or w in _NAME_SMALL_WORDS for w in name):
        return None
    return " ".join(name)


def _body_in_place(text: str, span: list[int] | None, mention: Mention, lexicon: CueLexicon) -> bool:
    """Whether the body stands where a spokesman's body stands in his phrase: before the noun ("an
    Acme spokesman"), or right after the noun and "for"/"of", closing the phrase ("a spokesman for
    the Acme Group (AG)", or "'s" and a part of it closing the phrase: "a spokeswoman for Acme's
    Leeds office", ``body_unit_nouns``); a body outside the phrase (given by the sentence before)
    is in place too. Not "a spokesman for the regulator quoted in Acme Daily" nor "a spokesman for the UN's
    summit": the body there is another's, or an aside of the phrase."""
    if span is None:
        return True
    start, end = span
    if not (start <= mention.start and mention.end <= end):
        return True
    before = text[start:mention.start].lower().split()
    if not any(w.strip(",.") in lexicon.body_speaker_nouns for w in before):
        return True  # "an Acme spokesman": the body before the noun
    if _JOIN_AFTER_NOUN.search(text, start, mention.start) is None:
        return False
    if _PHRASE_END.fullmatch(text, mention.end, end) is not None:
        return True
    unit = _UNIT_AFTER.fullmatch(text, mention.end, end)  # "for Acme's Leeds office" (round 54)
    return unit is not None and unit.group("unit").lower() in lexicon.body_unit_nouns


def _owned_by_a_person(text: str, mention: Mention, coref: CorefLexicon) -> bool:
    """ "Ivo Dent's official spokesman" with the name typed a body: an owner of two or three
    capitalized words, none a noun of a body ("Kessel Group's"), is more likely a person whose
    spokesman this is; his words are no body's position, and a wrong speaker is worse than none."""
    words = mention.text.split()
    return (text[mention.end:mention.end + 2] in ("'s", "’s", "' ", "’ ") and 2 <= len(words) <= 3
            and all(_NAME_WORD.fullmatch(w) for w in words) and not any(coref.kind_of_noun(w) for w in words))


def _voice_noun(words: str | None, lexicon: CueLexicon) -> bool:
    """Whether the head of a speaker phrase ("an Acme spokeswoman", "a spokesman for Acme") is a
    noun of one who speaks for a body."""
    if not words:
        return False
    head = _HEAD_PART.split(" ".join(words.split()), maxsplit=1)[0].split()
    return bool(head) and head[-1].lower() in lexicon.body_speaker_nouns or _named_before_noun(words, lexicon)


def _named_before_noun(words: str, lexicon: CueLexicon) -> bool:
    """ "A Department for Work and Pensions spokeswoman": a body's name holding a preposition,
    then the noun closing the phrase; the preposition is the name's, not where the head part
    ends. Every word between the article and the noun is a capitalized name word or a name's
    small word, so "a friend of the spokesman" (a lower-case head) is not one."""
    tokens = words.split()
    if len(tokens) < 3 or tokens[0].lower() not in _ARTICLES or tokens[-1].lower() not in lexicon.body_speaker_nouns:
        return False
    name = tokens[1:-1]
    return name[0][:1].isupper() and all(w[:1].isupper() or w in _NAME_SMALL_WORDS for w in name)


def _held_voice(claim: Claim, speaker: "Speaker", voiced: Claim, lexicon: CueLexicon,
                principal: "Speaker | None" = None) -> int | None:
    """ "An Acme spokesman said ... He added": a pronoun the speaker rules gave to the unnamed
    source of the claim right before (anonymous, the same body) is that voice too. For a
    person's spokesman (round 60) the speaker rules knew no principal yet: ``principal`` is the
    :class:`Speaker` they gave the spokesman, and a "he" / "she" they gave the same unnamed
    source (that very speaker, or one held for him: ``Speaker.held``) is that person's voice."""
    if claim.speaker is not None or claim.speakers or speaker.mention is not None or not speaker.anonymous:
        return None
    word = (claim.speaker_text or "").lower()
    if word not in lexicon.pronouns:
        return None
    if principal is not None:
        same = speaker.affiliation == principal.affiliation or (speaker.held and speaker.affiliation is None)
        return voiced.speaker if same and lexicon.pronouns[word] == "person" else None
    return voiced.speaker if speaker.affiliation == voiced.speaker_affiliation else None



# --- a person's voice (round 47) ----------------------------------------------------------------
# "X's official spokesman", "the prime minister's spokesman", "his spokesman": the owner's words,
# then the words allowed between the possessive and the noun, closing on the noun
_OWNED_VOICE = re.compile(r"(?:[Tt]he\s+)?(?P<owner>.+?)['’]s?\s+(?P<between>(?:[a-z]+\s+){0,2})(?P<noun>\w+)")
_PRONOUN_VOICE = re.compile(r"(?P<owner>[Hh]is|[Hh]er)\s+(?P<between>(?:[a-z]+\s+){0,2})(?P<noun>\w+)")
# "a spokesman for Mr X", "a spokeswoman for the prime minister": the noun, "for", the owner
_VOICE_FOR = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?P<between>(?:[a-z]+\s+){0,2})(?P<noun>\w+)\s+for\s+"
                        r"(?:the\s+)?(?P<owner>.+?)")
# a title word before a person's name inside the owner ("Prime Minister X's", "Mr X")
_TITLE_WORD = re.compile(r"[A-Z][a-z]*\.?")


def speak_for_principals(claims: Sequence[Claim], speakers: Mapping[int, "Speaker"], text: str,
                         mentions: Sequence[Mention], lexicon: CueLexicon, coref: "DocumentCoref") -> None:
    """Give each claim of one named person's unnamed spokesman that person as its speaker, as a
    body's voice is given its body: the spokesman puts out his principal's position. The owner
    must resolve to exactly one person (a person's name in the phrase, "his" / "her" by the
    shared coreference, an office the story names its holder for); else the claim keeps null.
    ``speaker_text`` keeps the words and ``anonymous`` stays true (no spokesman is named)."""
    voiced: Claim | None = None  # the claim just before, when it was a person's voice
    for claim in claims:
        speaker = speakers.get(id(claim))
        principal = None
        if speaker is not None and claim.speaker is None and not claim.speakers and not speaker.plural \
                and speaker.anonymous and _phrase(claim, speaker, text)[1] is not None:
            principal = _principal(_phrase(claim, speaker, text)[1], text, mentions, lexicon, coref)
        if principal is None and speaker is not None and voiced is not None:
            # round 60: "Mr X's official spokesman said ... He added": the same voice goes on
            principal = _held_voice(claim, speaker, voiced, lexicon, speakers.get(id(voiced)))
        if principal is not None:
            claim.speaker = claim.speaker_affiliation = principal
        voiced = claim if principal is not None else _still_voiced(claim, voiced)


def _principal(span: list[int], text: str, mentions: Sequence[Mention], lexicon: CueLexicon,
               coref: "DocumentCoref") -> int | None:
    """The mention of the one person whose spokesman the speaker phrase at ``span`` names, or None."""
    start, end = span
    found = voice_owner(text[start:end], lexicon)
    if found is None:
        return None
    shape, owner_start, owner_end = found
    if shape == "pronoun":
        pronoun = text[start + owner_start:start + owner_end].lower()
        return _person_or_none(coref.pronoun(pronoun, start), mentions, coref)
    return _named_owner(text, start + owner_start, start + owner_end, mentions, coref, shape == "possessive")


def voice_owner(words: str, lexicon: CueLexicon) -> tuple[str, int, int] | None:
    """The shape of a person's spokesman phrase ("pronoun": "his spokesman", "possessive": "X's
    official spokesman", "for": "a spokesman for X") and where its owner's words start and end
    in ``words``; None for any other phrase. The corpus stage reads an office's title from it."""
    for shape, pattern in (("pronoun", _PRONOUN_VOICE), ("possessive", _OWNED_VOICE), ("for", _VOICE_FOR)):
        match = pattern.fullmatch(words)
        if match is not None and match.group("noun").lower() in lexicon.body_voice_nouns \
                and set(match.group("between").split()) <= lexicon.principal_voice_modifiers:
            return shape, match.start("owner"), match.end("owner")
    return None


def _named_owner(text: str, start: int, end: int, mentions: Sequence[Mention], coref: "DocumentCoref",
                 possessive: bool) -> int | None:
    """The person the owner's words name: one mention closing them, only title words before it
    ("Prime Minister X", "Mr X"); else an office ("the prime minister") whose holder the story
    names. A possessor the model typed a body is taken only when its words look like a person's
    name (:func:`_owned_by_a_person`): "X's official spokesman" has no body's voice."""
    inside = [i for i, m in enumerate(mentions) if start <= m.start and m.end <= end]
    if inside:
        if len(inside) != 1 or mentions[inside[0]].end != end \
                or not all(_TITLE_WORD.fullmatch(w) for w in text[start:mentions[inside[0]].start].split()):
            return None
        mention = mentions[inside[0]]
        if coref.is_person(mention):
            return inside[0]
        taken = possessive and mention.label not in _PLACE_LABELS and _owned_by_a_person(text, mention, coref.lexicon)
        return inside[0] if taken else None
    title = text[start:end].lower()
    if not coref.is_office(title):
        return None
    return _person_or_none(coref.description(title, start, kind="person", holder=True), mentions, coref)


def _person_or_none(index: int | None, mentions: Sequence[Mention], coref: "DocumentCoref") -> int | None:
    """``index`` when it is a mention of a person, else None."""
    return index if index is not None and coref.is_person(mentions[index]) else None
