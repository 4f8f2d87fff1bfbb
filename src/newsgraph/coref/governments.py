"""Which state's government "the government" is, when the document says so.

Round 35. A story says "the government said" after it has made clear whose government it means:
"the government of Kessenland", "Kessenland's government", "the Kessenian government", or a seat
that news uses for one state's government ("Downing Street", "the Kremlin"); or it names only
one state at all. The speaker then stands for that state, as a capital does ("Washington says":
the United States, see ``DocumentCoref.country_of_capital``): the state's own mention.

Round 49. A story about one state often names others in passing ("talks with Varnia", an aid
pledge from Varnia): when the headline and the lead name one state alone, and the story names it
at least twice as often as any other, that state is the story's and its "the government".

Precision first: when the document points at two states' governments before the claim, or
names more than one state with no pointer and no story state, no state is taken. The seats, and
the parts of a state that are no state of their own ("Wales"), are data (``data/coref.yaml``);
demonyms are those of the resolver (``data/demonyms.tsv`` and the rules of ``data/name_variants.yaml``);
this module holds only the mechanism.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from newsgraph.data import load_lines, load_yaml
from newsgraph.names import name_key

if TYPE_CHECKING:  # the coref module imports this one
    from newsgraph.coref import DocumentCoref

# a government that may be, or was: nobody's now ("a French government would", "the last government")
_NOT_NOW = re.compile(r"\b(?:a|an|any|another|future|next|last|previous|former)\s+$", re.IGNORECASE)
# the words right before a seat that qualify it by another state's word ("the German Foreign Office")
_QUALIFIED = re.compile(r"\b[A-Z][\w'’-]*\s+$")


def state_of_government(coref: "DocumentCoref", at: int) -> int | None:
    """The mention of the state whose government "the government" at ``at`` is: the one state
    the document points at by a government phrase or seat before ``at`` (outside quotes), else
    the only state the document names at all (or its story state), named before ``at``, else
    (round 58, ``_state_named_once``) the only state named before ``at`` or one named after it
    near the claim; None when the document points at two states, names more than one with none
    of these, or does not name the state pointed at."""
    pointed = _pointed_states(coref, at)
    if len(pointed) > 1 or any(state & _not_states(coref) for state in pointed):
        return None  # two states, or a part's own government ("the Welsh Assembly Government")
    if pointed:
        return _state_mention(coref, next(iter(pointed)), at)
    named = _named_states(coref)
    if len(named) > 1:
        story = _story_state(coref)  # "Kessenland reviews deals", other states only in passing
        named = {story} if story is not None else named
    if len(named) == 1:
        found = _state_mention(coref, next(iter(named)), at)
        if found is not None and coref.mentions[found].start < at:
            return found
    return _state_named_once(coref, named, at)


def _state_named_once(coref: "DocumentCoref", named: set[frozenset[str]], at: int) -> int | None:
    """Round 58: the one state the story can mean when the round-35 rule found none named before
    ``at``: the only state the document names (or its story state), named only after the claim
    but in the headline or the claim's own paragraph ("Kessenland widens ... | The government
    hopes ..."), or the only state named before the claim when others come only after it (the
    government of Kessenland, the only state named before). None when the claim's own sentence
    names another state by a word the model did not tag ("the Varnian agency, when the
    government"), or when the two readings disagree."""
    before = {state for index, state in _state_mentions(coref) if coref.mentions[index].start < at}
    if len(before) > 1:
        return None  # two states before the claim: either may be meant
    choice = before if before else named
    if len(choice) != 1 or (before and len(named) == 1 and named != before):
        return None  # no state, two, or the story's state is not the one named before
    state = next(iter(choice))
    if _other_state_in_sentence(coref, state, at) or not (before or _named_near(coref, state, at)):
        return None  # a state named far after the claim may be one the story only visits
    return _state_mention(coref, state, at)


def _named_near(coref: "DocumentCoref", state: frozenset[str], at: int) -> bool:
    """Whether the headline or the claim's own paragraph names ``state`` by any word (tagged by
    the model or not): "Kessenland widens ... | The government hopes ..." (the model may miss a
    headline's name), "The government has written to two Kessenian men ...". """
    headline = coref.text[:max(coref.text.find("\n"), 0)]
    paragraph_end = coref.text.find("\n", at)
    paragraph = coref.text[coref.text.rfind("\n", 0, at) + 1:paragraph_end if paragraph_end >= 0 else None]
    return any(state in _states_of_words(coref, part) for part in (headline, paragraph))


def _states_of_words(coref: "DocumentCoref", text: str) -> set[frozenset[str]]:
    """The states the capitalized words of ``text`` name, one word or two ("South Africa")."""
    words = re.findall(r"\b[A-Z][\w’-]*", text)
    phrases = words + [f"{first} {second}" for first, second in zip(words, words[1:])]
    return {_state_of_word(coref, phrase) for phrase in phrases} - {None}


def _other_state_in_sentence(coref: "DocumentCoref", state: frozenset[str], at: int) -> bool:
    """Whether the claim's sentence, before ``at``, names a state other than ``state`` by any
    word: its name, a short form the alias seeds give it ("US"), its capital or its demonym,
    tagged by the model or not; parts of a state ("Wales") are none."""
    stops = [m.end() - 1 for m in _SENTENCE_STOP.finditer(coref.text, 0, at)]
    opening = max([coref.text.rfind("\n", 0, at), *stops])  # the blank before the sentence
    others = _states_of_words(coref, coref.text[opening + 1:at]) - {state}
    return any(not other & _not_states(coref) for other in others)  # "in Wales": a part, no rival


def _state_of_word(coref: "DocumentCoref", word: str) -> frozenset[str] | None:
    """The state a word names: a country or one of its seeded names, a capital, a demonym."""
    lowered = word.lower()
    if lowered in _states() or name_key(word) in _state_names():
        return state_key(word)
    capital = coref.lexicon.capitals.get(lowered)
    if capital is not None:
        return state_key(capital)
    demonym = state_variants().place_of_demonym(word, all_states())
    return state_key(demonym) if demonym is not None else None


def _story_state(coref: "DocumentCoref") -> frozenset[str] | None:
    """The state a story naming several is about: the only one its headline and lead name
    (outside quotes), named at least ``_STORY_STATE_RATIO`` times as often in the whole story as
    any other state. Round 49: "Kessenland reviews deals ... talks with Varnia" is Kessenland's
    story, so its "the government" is Kessenland's; a lead naming two states, or a second state
    named about as often, leaves it open."""
    named = _state_mentions(coref)
    counts = _state_counts(named)
    lead_end = _lead_end(coref.text)
    in_lead = {state for index, state in named if coref.mentions[index].start < lead_end}
    if len(in_lead) != 1:
        return None
    story = next(iter(in_lead))
    others = [count for state, count in counts.items() if state != story]
    return story if all(counts[story] >= _STORY_STATE_RATIO * count for count in others) else None


# how many times as often as any other state the story's own state is named (round 49)
_STORY_STATE_RATIO = 2
# the end of a sentence: a full stop (or ! ?), maybe a closing quote, then blanks
_SENTENCE_STOP = re.compile(r"[.!?][\"”’']?\s+")


def _lead_end(text: str) -> int:
    """Where the lead ends: the first sentence after the headline (the first line). As
    ``coref.offices._in_lead`` reads it (not imported: that module imports the coref package, which
    imports this one)."""
    headline = text.find("\n")
    if headline < 0:
        return len(text)
    body = len(text) - len(text[headline:].lstrip())
    stop = _SENTENCE_STOP.search(text, body)
    return stop.start() if stop is not None else len(text)


def _state_counts(named: list[tuple[int, frozenset[str]]]) -> dict[frozenset[str], int]:
    """How many times the story names each state (``_state_mentions``: outside quotes, by name,
    capital or demonym)."""
    counts: dict[frozenset[str], int] = {}
    for _, state in named:
        counts[state] = counts.get(state, 0) + 1
    return counts


def _pointed_states(coref: "DocumentCoref", at: int) -> set[frozenset[str]]:
    """The states whose government the text before ``at`` names outside quotes: a seat of
    government, "the government of/in X", "X's government", "X government" (a state, its capital or
    its demonym as X)."""
    text = coref.text[:at]
    found: set[frozenset[str]] = set()
    for seat, state in coref.lexicon.government_seats.items():
        for match in re.finditer(rf"\b{re.escape(seat)}\b", text):  # names: case matters
            if not coref.in_quote(match.start()) and not _qualified_seat(text, match.start(), coref.lexicon.determiners):
                found.add(state_key(state))
    nouns = "|".join(re.escape(n) for n in sorted(coref.lexicon.government_nouns))
    if not nouns:
        return found
    places = _place_words(coref)
    if not places:
        return found  # no state to name: an empty alternation would match anywhere
    words = "|".join(re.escape(w) for w in sorted(places, key=len, reverse=True))
    before = re.compile(rf"\b(?P<place>{words})(?:['’]s?)?\s+(?:{nouns})\b")
    after = re.compile(rf"\b(?:{nouns})s?\s+(?:of|in)\s+(?:the\s+)?(?P<place>{words})\b")
    for pattern in (before, after):
        for match in pattern.finditer(text):
            if coref.in_quote(match.start()) or _NOT_NOW.search(text[max(0, match.start() - 12):match.start()]):
                continue
            found.add(state_key(places[match.group("place")]))
    return found


def _qualified_seat(text: str, start: int, determiners: frozenset[str]) -> bool:
    """ "the German Foreign Office", "the US Home Office": a capitalized word right before the
    seat says whose it is, so the table's state may be the wrong one. A determiner ("The Home
    Office") or a sentence's first word is no qualifier."""
    before = text[max(0, start - 30):start]
    match = _QUALIFIED.search(before)
    return match is not None and match.group().strip().lower() not in determiners \
        and not re.search(r"(?:^|[.!?\"“”:]\s*|\n\s*)$", before[:match.start()])


def _place_words(coref: "DocumentCoref") -> dict[str, str]:
    """Words that name a state before or after a government noun, as written -> the state's name:
    the states and capitals of the document's mentions, and their demonyms ("Chilean")."""
    places: dict[str, str] = {}
    for mention in coref.mentions:
        name = (mention.full_name or mention.text).lower()
        state = name if name in _states() else coref.lexicon.capitals.get(name)
        if state is not None and mention.label == "GPE":
            places[mention.text] = state
    states = {state: state for state in places.values()}
    for word in set(re.findall(r"\b[A-Z][a-z]+\b", coref.text)):
        state = state_variants().place_of_demonym(word, states) if word not in places else None
        if state is not None:
            places[word] = state
    return places


def _named_states(coref: "DocumentCoref") -> set[frozenset[str]]:
    """The states the document names outside quotes anywhere: countries, their capitals and their
    demonyms ("British firms": the United Kingdom). Parts of a state are none ("Wales")."""
    return {state for _, state in _state_mentions(coref)}


def _state_mentions(coref: "DocumentCoref") -> list[tuple[int, frozenset[str]]]:
    """(index, state) of each mention outside quotes that names a state: a country, its capital
    or its demonym. Parts of a state are none ("Wales")."""
    found: list[tuple[int, frozenset[str]]] = []
    not_states = _not_states(coref)
    for index, mention in enumerate(coref.mentions):
        if coref.in_quote(mention.start) or mention.label not in ("GPE", "NORP"):
            continue
        name = (mention.full_name or mention.text).lower()
        state = name if name in _states() else coref.lexicon.capitals.get(name)
        if state is None and mention.label == "NORP":
            state = state_variants().place_of_demonym(name, all_states())  # "Italians", "Peruvian"
        if state is not None and not state_key(state) & not_states:
            found.append((index, state_key(state)))
    return found


def _state_mention(coref: "DocumentCoref", state: frozenset[str], at: int) -> int | None:
    """The document's mention of ``state`` (a GPE under any of its names), nearest before ``at``,
    else the first; None when the document does not name it."""
    found = [i for i, m in enumerate(coref.mentions) if m.label == "GPE"
             and (m.full_name or m.text).lower() in _states()
             and state_key(m.full_name or m.text) == state]
    before = [i for i in found if coref.mentions[i].start < at]
    return before[-1] if before else (found[0] if found else None)


def state_key(name: str) -> frozenset[str]:
    """One state under all its names: the keys the alias seeds give it ("UK", "Britain")."""
    key = name_key(name)
    return _state_names().get(key) or frozenset({key})


@lru_cache(maxsize=1)
def _state_names() -> dict[str, frozenset[str]]:
    """Each name key of a state in the alias seeds -> the keys of all that state's names (the
    seeds give states no kind, so coref's table of bodies' names leaves them out)."""
    names: dict[str, frozenset[str]] = {}
    for entry in load_yaml("aliases.yaml").get("actors") or []:
        if str(entry["name"]).lower() not in _states():
            continue
        keys = frozenset(name_key(str(n)) for n in [entry["name"], *(entry.get("aliases") or [])])
        for key in keys:
            names[key] = keys
    return names


def _not_states(coref: "DocumentCoref") -> frozenset[str]:
    return frozenset(key for name in coref.lexicon.not_states for key in state_key(name))


@lru_cache(maxsize=1)
def _states() -> frozenset[str]:
    return frozenset(name.lower() for name in load_lines("countries.txt"))


@lru_cache(maxsize=1)
def all_states() -> dict[str, str]:
    return {state: state for state in _states()}


@lru_cache(maxsize=1)
def state_variants():
    """The demonym table and rules of the resolver ("Chilean" -> Chile), once."""
    from newsgraph.resolve.variants import NameVariants  # data tables only; no corpus stage runs

    return NameVariants.from_data()
