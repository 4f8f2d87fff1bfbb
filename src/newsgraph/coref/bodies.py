"""A body that just spoke by name, then spoke again under its kind's noun: "Kessel Radio said it
would drop the show. ... The station said ...", "The Tamsk Herald said ... The newspaper said",
"according to Vaal Re. | The world's third largest insurer said ...".

News names the body when it first speaks and calls it by what it is in the next line. The
document stage reads such descriptions by the model's labels (``SpeakerResolver._body_that_spoke``
and its neighbours); the model often labels the body otherwise, or the description's words are
not the plain "the <noun>" those rules read, so the phrase is left without an actor though a
reader names it at once (docs/judging.md: a description for a body the story names is that body).

This corpus stage, with the corpus's kind of every actor known, gives an unresolved, non-anonymous
"the/this ... <noun>" speaker phrase whose head noun is a body's (``spoken_body_nouns``,
coref.yaml: the kinds each noun may stand for) the speaker of the claim right before it, when:

- that claim is the nearest one before (not one inside what someone says) and its speaker is
  one actor whose corpus kind the noun allows ("the station": an OUTLET; "the club": an ORG);
- the actor's name shows no class of body other than the noun's ("the club" is no "Kessel Bank":
  attribution's ``body_description_nouns`` / ``body_name_words``);
- it spoke in the phrase's paragraph or the one before, and no other actor of a kind the noun
  allows is named between its name and the phrase;
- for a noun another body answering it is as often called ("the union", "the club", "the party":
  ``spoken_body_shown``), its name shows the noun's class ("Brann Rovers FC"); for a noun any
  body may be called ("the organisation", "the group": ``spoken_body_sole``), its name shows the
  class or no other actor of those kinds is named before the phrase at all;
- the phrase holds no capitalised word outside a place or a people ("The Kessel Working group":
  a body of its own name) and is not inside what another says.

Precision first: nouns of a part of a body ("the board", "the committee"), of a state's body
("the central bank") or of a body that only its name shows ("the watchdog") are not in the table.
The body itself speaks, so the claim stays not anonymous.

Round 58 (``resolve_described_bodies``): a body news names with its noun inside its name ("the
Kessel Film Festival", "the Vaal select committee", "the Tamsk Executive") is later "the festival",
"the committee", "an executive spokesman" even when another spoke in between. An unresolved
"the/a [lower-case words] <noun> [organisation|body] [spokesman]" phrase (``described_body_names``)
is the one actor of the document of a body's kind whose name holds a word of that noun, when it
is named before the phrase, no other name in the story holds such a word (a second "X Committee"
left untagged counts) and the phrase is not inside another's words. Round 69: a noun may name
its bodies by another word ("the regulator": an "X Authority"; "the think-tank": an "X Institute"),
and only bodies named before the phrase count. "An executive spokesman":
the body is the speaker and the affiliation, anonymous true (docs/schema.md, a body's unnamed
voice); "the committee said": the body itself, anonymous unchanged (false).

Round 60 (``resolve_voiced_bodies``): a bare "a spokesman" / "the spokeswoman" right after a
sentence where one body spoke ("Kessel denied the charge. A spokesman said ...", "They said ...
And they pledged ... | ..., a spokesman said" with "they" the Tamsk party) is that body's voice,
as the document stage's ``_voiced_body`` reads a body opening the sentence before by the model's
labels: here the corpus's kinds decide (a body the model labelled a person in that sentence) and
the speaker may be a pronoun or a description the document stage resolved. Focus rules, precision
first: every claim of the sentence before (outside others' words) has one speaker, the same actor,
of a body's corpus kind (``voiced_body_kinds``), and none is a press report (``voiced_body_reports``:
the paper that reported is not whose spokesman answers); no other body (another actor of those
kinds, or a body the resolver left without an actor) is named from that sentence's start to the
phrase ("Sky won the rights from Vaal TV. ..., a spokesman said": whose, the text does not say);
a "the spokesman" goes on with an earlier spokesman, so any earlier spokesman of another or of no
body leaves it. The body is speaker and affiliation, anonymous true (docs/schema.md).

Round 62 (``resolve_respoken_bodies``): a bare "the bank" / "the company" the document stage gave a
body named further back, when another body of the noun's kind (``respoken_body_nouns``) spoke in the
claim right before, in the same paragraph, is that body, under the first rule's conditions, and only
when the chosen body is not named again between (as a mention or its name used as a word).

Round 69 (``resolve_organ_bodies``): a bare "the board" left null is the body whose board it is,
written as its owner ("the board of Kessel") or the one named just before (see the function).
"""

from __future__ import annotations

import re
from typing import Mapping, Sequence

from newsgraph.coref import CorefLexicon
from newsgraph.coref.offices import _inside_another
from newsgraph.model import Claim, Mention

__all__ = ["resolve_described_bodies", "resolve_named_bodies", "resolve_organ_bodies", "resolve_respoken_bodies",
           "resolve_spoken_bodies", "resolve_voiced_bodies"]

_DETERMINERS = frozenset({"the", "this"})
# a capitalised word of the phrase may be a place or a people ("The Tamsk firm"), nothing else
_PLACE_OR_PEOPLE = frozenset({"GPE", "LOC", "NORP"})
_PHRASE_WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def resolve_spoken_bodies(text: str, claims: Sequence[Claim], mentions: Sequence[Mention],
                          actors: Sequence[str | None], kinds: Mapping[str, str], lexicon: CorefLexicon,
                          noun_classes: Mapping[str, str], name_classes: Mapping[str, str]) -> None:
    """Give each unresolved body description of one document the body that spoke right before it
    (see the module). ``noun_classes``: a description noun's class of body ("club" -> "club");
    ``name_classes``: a name word's class ("fc" -> "club")."""
    ordered = sorted((c for c in claims if c.cue_span or c.speaker_span), key=_cue_start)
    for position, claim in enumerate(ordered):
        noun = _body_noun(claim, lexicon)
        if noun is None or _inside_another(claim, claims) or _other_name_inside(claim, mentions):
            continue
        previous = [c for c in ordered[:position] if not _inside_another(c, claims)]
        if previous and previous[-1].speaker is not None and not previous[-1].speakers \
                and _spoke_as(previous[-1], claim, noun, text, mentions, actors, kinds, lexicon,
                              noun_classes, name_classes):
            claim.speaker = previous[-1].speaker


def _spoke_as(speaker: Claim, claim: Claim, noun: str, text: str, mentions: Sequence[Mention],
              actors: Sequence[str | None], kinds: Mapping[str, str], lexicon: CorefLexicon,
              noun_classes: Mapping[str, str], name_classes: Mapping[str, str],
              allowed: frozenset[str] | None = None) -> bool:
    """Whether the body speaking ``speaker`` (the claim right before) is what ``claim``'s
    "the <noun>" means (see the module); ``allowed``: the kinds the noun may stand for
    (``spoken_body_nouns``' when None)."""
    actor, name = actors[speaker.speaker], mentions[speaker.speaker].text
    allowed = lexicon.spoken_body_nouns[noun] if allowed is None else allowed
    if not actor or kinds.get(actor) not in allowed or _other_class(actor, name, noun, noun_classes, name_classes) \
            or _paragraphs_apart(text, _cue_start(speaker), claim.speaker_span[0]) > 1:
        return False
    since = speaker.speaker_span[1] if speaker.speaker_span else _cue_start(speaker)
    if _other_body_named(mentions, actors, kinds, actor, allowed, since, claim.speaker_span[0]):
        return False  # "Kessel Radio said ... on Vaal FM. The station said": either
    shown = _shows_class(actor, name, noun, noun_classes, name_classes)
    if noun in lexicon.spoken_body_shown:
        return shown  # "Kessel Air said ... The union said": the union answering the firm
    if noun in lexicon.spoken_body_sole and not shown:
        # "Tamsk Aid warned ... Kessel Watch said ... the organisation said": maybe Tamsk Aid
        return not _other_body_named(mentions, actors, kinds, actor, allowed, 0, claim.speaker_span[0])
    return True


def resolve_respoken_bodies(text: str, claims: Sequence[Claim], mentions: Sequence[Mention],
                            actors: Sequence[str | None], kinds: Mapping[str, str], lexicon: CorefLexicon,
                            noun_classes: Mapping[str, str], name_classes: Mapping[str, str]) -> None:
    """Round 62: a bare "the bank" / "the company" the document stage gave a body named further
    back, right after another body of the noun's kind spoke in the same paragraph ("Kessel Bank
    said ... | Vaal said prices rose. This was the first rise, the bank said"): the body that just
    spoke, when nothing but its words lies between (no other body, no mention or name of the one
    chosen, no body left without an actor) -- the rule of ``resolve_spoken_bodies``."""
    ordered = sorted((c for c in claims if c.cue_span or c.speaker_span), key=_cue_start)
    for position, claim in enumerate(ordered):
        noun = _respoken_noun(claim, lexicon)
        if noun is None or _inside_another(claim, claims) or actors[claim.speaker] is None:
            continue
        previous = [c for c in ordered[:position] if not _inside_another(c, claims)]
        if not previous or previous[-1].speaker is None or previous[-1].speakers:
            continue
        spoke = previous[-1]
        if actors[spoke.speaker] in (None, actors[claim.speaker]) \
                or _paragraphs_apart(text, _cue_start(spoke), claim.speaker_span[0]) > 0:
            continue
        since = spoke.speaker_span[1] if spoke.speaker_span else _cue_start(spoke)
        if _chosen_named(text, mentions, actors, actors[claim.speaker], since, claim.speaker_span[0]) \
                or _unresolved_body(mentions, actors, lexicon.voiced_body_kinds, since, claim.speaker_span[0]):
            continue  # "Vaal said ... Kessel's results ... the bank said": Kessel is in focus again
        if _spoke_as(spoke, claim, noun, text, mentions, actors, kinds, lexicon, noun_classes, name_classes,
                     lexicon.respoken_body_nouns[noun]):
            claim.speaker = spoke.speaker


def _respoken_noun(claim: Claim, lexicon: CorefLexicon) -> str | None:
    """The noun of a resolved, non-anonymous two-word "the/this <noun>" speaker phrase whose noun
    is in ``respoken_body_nouns`` ("the bank", not "the central bank"); else None."""
    if claim.speaker is None or claim.anonymous or claim.speakers or claim.speaker_text is None \
            or claim.speaker_span is None:
        return None
    words = claim.speaker_text.lower().split()
    if len(words) != 2 or words[0] not in _DETERMINERS:
        return None
    return words[1] if words[1] in lexicon.respoken_body_nouns else None


def _chosen_named(text: str, mentions: Sequence[Mention], actors: Sequence[str | None], actor: str,
                  start: int, end: int) -> bool:
    """The chosen actor named between ``start`` and ``end``: a mention of it, or one of its
    names as written in the story used as a word (a modifier or possessive the model left
    untagged: "Kessel results were ...")."""
    names = {m.text for m, a in zip(mentions, actors) if a == actor and len(m.text) > 2}
    return any(start <= m.start < end and a == actor for m, a in zip(mentions, actors)) \
        or any(re.search(rf"\b{re.escape(name)}\b", text[start:end]) for name in names)


def _cue_start(claim: Claim) -> int:
    return (claim.cue_span or claim.speaker_span)[0]


def _body_noun(claim: Claim, lexicon: CorefLexicon) -> str | None:
    """The head of an unresolved, non-anonymous "the/this ... <noun>" speaker phrase of at most
    six words whose noun is a body's (``spoken_body_nouns``); else None."""
    if claim.speaker is not None or claim.anonymous or claim.speakers or claim.speaker_text is None \
            or claim.speaker_span is None:
        return None
    words = claim.speaker_text.split()
    if not 2 <= len(words) <= 6 or words[0].lower() not in _DETERMINERS \
            or not all(_PHRASE_WORD.fullmatch(w) for w in words[1:]):
        return None
    noun = words[-1].lower()
    return noun if noun in lexicon.spoken_body_nouns else None


def _other_name_inside(claim: Claim, mentions: Sequence[Mention]) -> bool:
    """A capitalised word of the phrase (after its determiner) outside a place's or a people's
    name: "The Kessel Working group", "the Vaal FM station" name a body of their own."""
    start, end = claim.speaker_span
    places = [(m.start, m.end) for m in mentions
              if start <= m.start and m.end <= end and m.label in _PLACE_OR_PEOPLE]
    words = list(_PHRASE_WORD.finditer(claim.speaker_text))[1:]
    return any(w.group(0)[0].isupper() and not any(s <= start + w.start() < e for s, e in places)
               for w in words)


def _other_body_named(mentions: Sequence[Mention], actors: Sequence[str | None], kinds: Mapping[str, str],
                      actor: str, allowed: frozenset[str], start: int, end: int) -> bool:
    """An actor other than ``actor`` of a kind in ``allowed`` named between ``start`` and ``end``."""
    return any(start <= m.start < end and a and a != actor and kinds.get(a) in allowed
               for m, a in zip(mentions, actors))


def _shows_class(actor: str, name: str, noun: str, noun_classes: Mapping[str, str],
                 name_classes: Mapping[str, str]) -> bool:
    """The actor's name holds a word of the noun's class ("Vaal Rovers FC" for "the club")."""
    wanted = _class_of(noun, noun_classes, name_classes)
    return wanted is not None and wanted in _name_classes(actor, name, name_classes)


def _other_class(actor: str, name: str, noun: str, noun_classes: Mapping[str, str],
                 name_classes: Mapping[str, str]) -> bool:
    """The actor's name shows a class of body other than the noun's ("Kessel Bank" for "the
    club"); a noun of no class ("the newspaper") leaves it to the kind."""
    wanted = _class_of(noun, noun_classes, name_classes)
    shown = _name_classes(actor, name, name_classes)
    return wanted is not None and bool(shown) and wanted not in shown


def _class_of(noun: str, noun_classes: Mapping[str, str], name_classes: Mapping[str, str]) -> str | None:
    """The class of body a description noun means ("club"; "party", a class only names show)."""
    return noun_classes.get(noun) or (noun if noun in set(name_classes.values()) else None)


def _name_classes(actor: str, name: str, name_classes: Mapping[str, str]) -> set[str]:
    """The classes of body the words of the actor's name (as written here, and its id) show."""
    words = {w.strip(".,").lower() for w in name.split()} | set(actor.replace("-", " ").split())
    return {name_classes[w] for w in words if w in name_classes}


def _paragraphs_apart(text: str, start: int, end: int) -> int:
    return len(_PARAGRAPH_BREAK.findall(text, start, end)) if start < end else 0


def resolve_described_bodies(text: str, claims: Sequence[Claim], mentions: Sequence[Mention],
                             actors: Sequence[str | None], kinds: Mapping[str, str], lexicon: CorefLexicon,
                             voices: frozenset[str]) -> None:
    """Give each unresolved "the festival" / "a committee spokesman" phrase of one document the
    one body the story names with that noun in its name (see the module). ``voices``: nouns of
    a body's unnamed spokesman ("spokesman")."""
    for claim in claims:
        found = _described_noun(claim, lexicon, voices)
        if found is None or _inside_another(claim, claims) or _other_name_inside(claim, mentions):
            continue
        noun, voice = found
        if claim.anonymous and not voice:
            continue  # "a committee" of no one in particular
        mention = _sole_named_body(text, mentions, actors, kinds, lexicon, noun, claim.speaker_span[0])
        if mention is None:
            continue
        claim.speaker = mention
        if voice:
            claim.speaker_affiliation, claim.anonymous = mention, True


def _described_noun(claim: Claim, lexicon: CorefLexicon, voices: frozenset[str]) -> tuple[str, bool] | None:
    """The body noun of an unresolved "the/a ... <noun> [organisation] [spokesman]" phrase of at
    most six words (``described_body_names``) and whether a spokesman speaks for it; else None."""
    if claim.speaker is not None or claim.speakers or claim.speaker_text is None or claim.speaker_span is None:
        return None
    words = _joined_compounds([w.lower() for w in claim.speaker_text.split()], lexicon.described_body_names)
    if not 2 <= len(words) <= 6 or words[0] not in _DETERMINERS | {"a", "an"} \
            or not all(_PHRASE_WORD.fullmatch(w) for w in words[1:]):
        return None
    voice = words[-1] in voices
    rest = words[1:-1] if voice else words[1:]
    if rest and rest[-1] in lexicon.described_body_heads and len(rest) > 1:
        rest = rest[:-1]  # "the union organisation": the union's
    if not rest or rest[-1] not in lexicon.described_body_names:
        return None
    if not voice and words[0] in {"a", "an"}:
        return None  # "a committee said": some committee, not the story's
    return rest[-1], voice


def _joined_compounds(words: list[str], nouns: Mapping[str, frozenset[str]]) -> list[str]:
    """The phrase's words with a noun the table writes hyphenated and the text as two words
    ("think tank" for "think-tank") joined into one, so the head is the whole noun."""
    joined: list[str] = []
    for word in words:
        if joined and f"{joined[-1]}-{word}" in nouns:
            joined[-1] = f"{joined[-1]}-{word}"
        else:
            joined.append(word)
    return joined


def _sole_named_body(text: str, mentions: Sequence[Mention], actors: Sequence[str | None],
                     kinds: Mapping[str, str], lexicon: CorefLexicon, noun: str, at: int) -> int | None:
    """The last mention before ``at`` of the one actor of the story named before ``at`` whose
    name holds a word of ``noun``'s bodies, when no other name before ``at`` holds such a word
    (round 69: a body named only after the phrase is no antecedent of "the think-tank")."""
    words = lexicon.described_body_names[noun]
    earlier = [(m, a) for m, a in zip(mentions, actors) if m.start < at]
    holders = {a for m, a in earlier if a and _holds(m.text, a, words)}
    if len(holders) != 1 or any(not a and _holds(m.text, "", words) for m, a in earlier):
        return None  # two such bodies, or one the resolver left without an actor
    actor = next(iter(holders))
    if kinds.get(actor) not in lexicon.described_body_kinds:
        return None
    spans = [(m.start, m.end) for m, a in zip(mentions, actors) if a == actor]
    if _untagged_name(text[:at], words, spans):
        return None  # "the Kessel Committee ... the Vaal Committee" with only one tagged
    before = [i for i, (m, a) in enumerate(zip(mentions, actors)) if a == actor and m.start < at]
    return before[-1] if before else None


def _holds(name: str, actor: str, words: frozenset[str]) -> bool:
    """The name as written or the actor's id holds one of ``words`` ("Trades Union Congress")."""
    found = {w.lower() for w in _PHRASE_WORD.findall(name)} | set(re.split(r"[-\s]+", actor))
    return bool(found & words)


def _untagged_name(text: str, words: frozenset[str], spans: list[tuple[int, int]]) -> bool:
    """A name ending in a name word ("Vaal Committee", "the Kessel Union") outside the one
    actor's mentions; the word alone ("Executive ministers") names no other body."""
    for word in words:
        for hit in re.finditer(rf"\b((?:[A-Z][\w'’&-]*\s+)+){word.capitalize()}\b", text):
            before = [w for w in hit.group(1).split() if w.lower() not in _DETERMINERS]
            if before and not any(s <= hit.end() - 1 < e for s, e in spans):
                return True
    return False


def resolve_voiced_bodies(text: str, claims: Sequence[Claim], mentions: Sequence[Mention],
                          actors: Sequence[str | None], kinds: Mapping[str, str], lexicon: CorefLexicon,
                          voices: frozenset[str]) -> None:
    """Give each bare "a spokesman" of one document the one body that spoke in the sentence right
    before it (see the module). ``voices``: nouns of a body's unnamed spokesman ("spokesman")."""
    for claim in claims:
        if not _bare_voice(claim, voices) or _inside_another(claim, claims):
            continue
        before = [c for c in claims if c.sentence == claim.sentence - 1 and not _inside_another(c, claims)]
        body = _sole_speaking_body(before, actors, kinds, lexicon)
        if body is None:
            continue
        since = _sentence_start(text, min(_earliest(c) for c in before))
        if _other_body_named(mentions, actors, kinds, actors[body], lexicon.voiced_body_kinds,
                             since, claim.speaker_span[0]) \
                or _unresolved_body(mentions, actors, lexicon.voiced_body_kinds, since, claim.speaker_span[0]):
            continue  # "Kessel won the rights from Vaal TV. A spokesman said": either's
        if claim.speaker_text.split()[0].lower() == "the" \
                and _other_voice_before(claim, claims, actors, actors[body], voices):
            continue  # "A Vaal spokesman said ... Kessel denied it. The spokesman said": Vaal's
        claim.speaker = claim.speaker_affiliation = body
        claim.anonymous = True


def _bare_voice(claim: Claim, voices: frozenset[str]) -> bool:
    """An unresolved "a spokesman" / "the spokeswoman" phrase: a determiner and a voice noun, no
    body named or found for it."""
    if claim.speaker is not None or claim.speakers or claim.speaker_affiliation is not None \
            or claim.speaker_text is None or claim.speaker_span is None:
        return False
    words = claim.speaker_text.lower().split()
    return len(words) == 2 and words[0] in {"a", "an", "the"} and words[1] in voices


def _sole_speaking_body(before: Sequence[Claim], actors: Sequence[str | None], kinds: Mapping[str, str],
                        lexicon: CorefLexicon) -> int | None:
    """The speaker mention of the last of ``before`` (the claims of the sentence before) when
    every one of them has one speaker, all the same actor of a body's kind, and none is a press
    report; else None."""
    if not before or any(c.speaker is None or c.speakers for c in before):
        return None
    if any((c.cue or "").split()[:1] and c.cue.split()[0].lower() in lexicon.voiced_body_reports for c in before):
        return None  # "the Tamsk Times reported ...": the paper is not whose spokesman answers
    spoken = {actors[c.speaker] for c in before}
    actor = next(iter(spoken))
    if len(spoken) != 1 or not actor or kinds.get(actor) not in lexicon.voiced_body_kinds:
        return None
    return max(before, key=_earliest).speaker


def _earliest(claim: Claim) -> int:
    """Where a claim's words begin: its content, cue or speaker phrase, whichever comes first."""
    return min([claim.start] + [s[0] for s in (claim.cue_span, claim.speaker_span) if s])


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts, by the text alone (after a full stop or a line
    break)."""
    return max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1


def _unresolved_body(mentions: Sequence[Mention], actors: Sequence[str | None], labels: frozenset[str],
                     start: int, end: int) -> bool:
    """A body's mention (by its label) left without an actor between ``start`` and ``end``."""
    return any(start <= m.start < end and not a and m.label in labels for m, a in zip(mentions, actors))


def _other_voice_before(claim: Claim, claims: Sequence[Claim], actors: Sequence[str | None], actor: str,
                        voices: frozenset[str]) -> bool:
    """An earlier claim whose speaker phrase is a spokesman's ("a Vaal spokesman", "a spokesman
    for Vaal") of another actor or of none: "the spokesman" may go on with that one."""
    for other in claims:
        if other is claim or other.speaker_span is None or other.speaker_span[0] >= claim.speaker_span[0]:
            continue
        head = re.split(r"\s(?:for|of|at|from)\s", (other.speaker_text or "").lower())[0].split()
        if head and head[-1] in voices and (other.speaker is None or actors[other.speaker] != actor):
            return True
    return False


def resolve_named_bodies(text: str, claims: Sequence[Claim], mentions: Sequence[Mention],
                         actors: Sequence[str | None], kinds: Mapping[str, str], lexicon: CorefLexicon,
                         noun_classes: Mapping[str, str], name_classes: Mapping[str, str]) -> None:
    """Give each unresolved "the site" / "the authority" phrase of one document the one body the
    sentence before names that the noun fits (see the module)."""
    for claim in claims:
        noun = _named_before_noun(claim, lexicon)
        if noun is None or _other_name_inside(claim, mentions):
            continue
        mention = _sole_fitting_body(text, claim, mentions, actors, kinds, lexicon, noun)
        if mention is not None and not _other_class(actors[mention], mentions[mention].text, noun,
                                                    noun_classes, name_classes):
            claim.speaker = mention


def _named_before_noun(claim: Claim, lexicon: CorefLexicon) -> str | None:
    """The head of an unresolved, non-anonymous "the/this [lower-case words] <noun>" speaker phrase
    of at most five words whose noun is in ``named_before_nouns``; else None."""
    if claim.speaker is not None or claim.anonymous or claim.speakers or claim.speaker_text is None \
            or claim.speaker_span is None or claim.sentence is None:
        return None
    words = claim.speaker_text.split()
    if not 2 <= len(words) <= 5 or words[0].lower() not in _DETERMINERS \
            or not all(_PHRASE_WORD.fullmatch(w) for w in words[1:]) \
            or any(w.lower().endswith(("'s", "’s")) for w in words):
        return None  # "the Tamsk firm's website": the owner, not the noun, names whose
    noun = words[-1].lower()
    return noun if noun in lexicon.named_before_nouns else None


def _sole_fitting_body(text: str, claim: Claim, mentions: Sequence[Mention], actors: Sequence[str | None],
                       kinds: Mapping[str, str], lexicon: CorefLexicon, noun: str,
                       allowed: frozenset[str] | None = None) -> int | None:
    """The last mention, from the sentence before's start to the phrase and outside the claim's own
    words ("'Tamsk is censoring Vaal News,' said the group"), of the one actor there of a kind ``noun`` allows, when no body's mention there is left without an actor and that mention
    is no preposition's object and follows no body description in its sentence; else None."""
    allowed = lexicon.named_before_nouns[noun] if allowed is None else allowed
    at = claim.speaker_span[0]
    said = [tuple(p) for p in claim.pieces or [(claim.start, claim.end)]]
    window = [i for i, m in enumerate(mentions)
              if (m.sentence == claim.sentence - 1 or (m.sentence == claim.sentence and m.start < at))
              and not any(s <= m.start < e for s, e in said)]  # a body named in its own words is not it
    if any(not actors[i] and mentions[i].label in allowed for i in window):
        return None  # "Vaal ... the company": a body the resolver left without an actor
    fitting = [i for i in window if actors[i] and kinds.get(actors[i]) in allowed]
    if len({actors[i] for i in fitting}) != 1:
        return None  # none, or "Kessel signed with Vaal. The company said": either
    focused = [i for i in fitting if not _object_of_preposition(text, mentions[i], lexicon)
               and not _description_before(text, mentions[i], lexicon)]
    return focused[-1] if focused else None


def _object_of_preposition(text: str, mention: Mention, lexicon: CorefLexicon) -> bool:
    """The word right before the name is a preposition ("against Kessel", "such as Vaal")."""
    before = _PHRASE_WORD.findall(text[max(0, mention.start - 30):mention.start])
    return bool(before) and before[-1].lower() in lexicon.named_before_object_words


def _description_before(text: str, mention: Mention, lexicon: CorefLexicon) -> bool:
    """A "the/this [words] <noun>" description of a body earlier in the name's sentence: the
    sentence goes on about a body named further back ("The company, which makes Vaal, ...")."""
    start = _sentence_start(text, mention.start)
    nouns = "|".join(sorted(lexicon.named_before_nouns))
    return re.search(rf"\b(?:[Tt]he|[Tt]his)\s+(?:[a-z][\w'’-]*\s+){{0,3}}(?:{nouns})\b",
                     text[start:mention.start]) is not None


def resolve_organ_bodies(text: str, claims: Sequence[Claim], mentions: Sequence[Mention],
                         actors: Sequence[str | None], kinds: Mapping[str, str], lexicon: CorefLexicon) -> None:
    """Round 69: an unresolved bare "the board" speaks as the body whose board it is (a body's
    organ puts out the body's position): the one body the story writes as the board's owner
    before the phrase ("the board of Kessel Foods", "Kessel's board", "the Kessel board"), else
    the one body of the kinds the noun allows named in the sentence before or in the phrase's
    own before it (``_sole_fitting_body``: "Vaal Rovers said ... However, the board rejected it").
    Not inside what another says; the body itself speaks, so not anonymous."""
    for claim in claims:
        noun = _organ_noun(claim, lexicon)
        if noun is None or _inside_another(claim, claims):
            continue
        allowed = lexicon.organ_nouns[noun]
        owner = _written_owner(text, mentions, actors, kinds, allowed, noun, claim.speaker_span[0])
        if owner is None:
            owner = _sole_fitting_body(text, claim, mentions, actors, kinds, lexicon, noun, allowed)
        if owner is not None:
            claim.speaker = owner


def _organ_noun(claim: Claim, lexicon: CorefLexicon) -> str | None:
    """The noun of an unresolved, non-anonymous two-word "the/this <noun>" speaker phrase whose
    noun is a body's organ (``organ_nouns``); else None."""
    if claim.speaker is not None or claim.anonymous or claim.speakers or claim.speaker_text is None \
            or claim.speaker_span is None or claim.sentence is None:
        return None
    words = claim.speaker_text.lower().split()
    if len(words) != 2 or words[0] not in _DETERMINERS:
        return None
    return words[1] if words[1] in lexicon.organ_nouns else None


def _written_owner(text: str, mentions: Sequence[Mention], actors: Sequence[str | None], kinds: Mapping[str, str],
                   allowed: frozenset[str], noun: str, at: int) -> int | None:
    """The last mention before ``at`` of the one actor of a kind in ``allowed`` written as the
    owner of a ``noun`` ("the board of [up to three words] Kessel", "Kessel's board", "Kessel
    board"); None when no actor or two are."""
    owners = [i for i, (m, a) in enumerate(zip(mentions, actors))
              if m.end <= at and a and kinds.get(a) in allowed and _owns_noun(text, m, noun)]
    if len({actors[i] for i in owners}) != 1:
        return None
    actor = actors[owners[0]]
    return [i for i, (m, a) in enumerate(zip(mentions, actors)) if a == actor and m.start < at][-1]


def _owns_noun(text: str, mention: Mention, noun: str) -> bool:
    """The name is written as the owner of ``noun``: right before it ("Kessel's board", "the
    Kessel board") or after "<noun> of" and at most three lower-case or place words
    ("the board of Tamsk retailer Kessel")."""
    after = text[mention.end:mention.end + len(noun) + 4]
    before = text[max(0, mention.start - 60):mention.start]
    return re.match(rf"(?:['’]s)?\s+{noun}\b", after) is not None \
        or re.search(rf"\b{noun}\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}$", before) is not None
