"""Names the model cut out of a longer name, and names of two bearers written "A/B".

A one-word mention written right after or before another capitalized word of the same name
("South Korea" tagged as "Korea", "Lit Idol" tagged as "Idol", "Bet 365" tagged as "Bet") is
a fragment: it names what the whole written name names, never the short form of another actor
that happens to end or open with the word (the mention stage links "Idol" to the story's
"Pop Idol"; the key alone joins "Korea" to every other "Korea"). And "Hinckley/Brentford" (a
tie of two clubs) is the full name of neither club: no bare "Brentford" is its short form.

The mechanism reads only the characters around the mention; the words that may stand beside a
name without being part of it (titles, roles, months, function words) come from data tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable, Iterable, Sequence

from newsgraph.data import load_yaml
from newsgraph.model import Actor, Mention
from newsgraph.names import name_key

# the word just before the mention: capitalized letters (an initial too), one space, same line;
# before it a line start, a space, a bracket or a quote (not a possessive or a hyphened word)
_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(\"'\u201c\u2018]))([A-Z][A-Za-z]*) $")
# the word just after: one space, then a capitalized word (a number is no name's part: "Kessel
# 67" in a match report is a minute)
_WORD_AFTER = re.compile(r" ([A-Z][A-Za-z]*)(?![\w/-])")
# "A/B": two capitalized names joined by a slash with no space
_SLASH_PAIR = re.compile(r"^([A-Z][\w'.&-]*(?: [A-Z][\w'.&-]*)*)/([A-Z][\w'.&-]*(?: [A-Z][\w'.&-]*)*)$")
# "A and B": two capitalized names joined by a lone "and"
_AND_PAIR = re.compile(r"^([A-Z][\w'.-]*(?: [A-Z][\w'.-]*)*) and ([A-Z][\w'.-]*(?: [A-Z][\w'.-]*)*)$")
# a comma list's item right before a mention: capitalized words, a comma, one space
_LIST_ITEM_BEFORE = re.compile(r"(?:^|(?<=[\s(\"\u201c]))([A-Z][\w'-]*(?: [A-Z][\w'-]*)*), $")
# a stop inside a written name: a full stop after a word and before a capitalized word, a colon
# or a semicolon, a line break
_STOP_INSIDE = re.compile(r"(?P<word>\S+)\. +(?=[A-Z])|[:;] |\n")
_INITIAL = re.compile(r"[A-Z]")
_SENTENCE_END = ".!?:;\n\"'\u201c\u201d"
# a number written in Roman capitals after a name is a law's or a sequel's ("Kessel IV"), no body's letters
_ROMAN_NUMERAL = re.compile(r"[IVX]+")


@dataclass(frozen=True)
class FragmentWords:
    """Capitalized words that stand beside a name without being part of it."""

    apart: frozenset[str]  # lower case: function words, months, days, roles (``name_fragments.yaml``)

    @classmethod
    def from_data(cls, extra: Iterable[str] = ()) -> "FragmentWords":
        table = load_yaml("name_fragments.yaml")
        words = {str(w).lower() for key in ("function_words", "calendar_words", "role_words")
                 for w in table.get(key, ())}
        return cls(frozenset(words) | {w.lower() for w in extra})

    def joins(self, word: str) -> bool:
        return word.lower() not in self.apart


def slash_pair(name: str) -> tuple[str, str] | None:
    """The two names of "A/B" ("Hinckley/Brentford"), or None."""
    found = _SLASH_PAIR.match(name.strip())
    return (found.group(1), found.group(2)) if found else None


def and_pair(name: str) -> tuple[str, str] | None:
    """The two names of "A and B" ("Kessel and Vaal"), or None. An ampersand is a firm's own
    joint ("Kessel & Vaal" names one body) and is not read here."""
    found = _AND_PAIR.match(name.strip())
    return (found.group(1), found.group(2)) if found else None


def closes_name_list(text: str, start: int, joints: Iterable[str]) -> bool:
    """Round 52: is the mention at ``start`` the last item of a comma list of names on its line
    ("Kessel, Vaal and Tamsk" tagged "Vaal and Tamsk")? The item before must not hang on a
    joint word of a longer name ("the Ministry of Kessel, Vaal and Tamsk" is one body)."""
    line_start = text.rfind("\n", 0, start) + 1
    item = _LIST_ITEM_BEFORE.search(text, line_start, start)
    if not item:
        return False
    word_before = text[line_start:item.start(1)].split()[-1:]
    return not (word_before and word_before[0].lower() in joints)


def crosses_stop(name: str, kept_whole: frozenset[str]) -> bool:
    """Round 52: is the written name cut across a sentence's or a clause's stop ("Kessel: Vaal",
    "Tamsk-X. Each", a line break)? A full stop after an initial ("Jo K. Vaal"), inside letters
    ("U.S.") or of an abbreviation the tokenizer keeps whole ("St.", "Capt.") is no stop."""
    for stop in _STOP_INSIDE.finditer(name):
        word = stop.group("word")
        if word is None:
            return True
        if _INITIAL.fullmatch(word) or "." in word or word + "." in kept_whole:
            continue
        return True
    return False


def pair_links_undone(mentions: Sequence[Mention]) -> list[Mention]:
    """A mention the mention stage linked to an "A/B" name it is one side of keeps its own name:
    "Brentford" after "Hinckley/Brentford" is the club, not the tie of two clubs."""
    out = list(mentions)
    for i, mention in enumerate(mentions):
        if mention.text == mention.full_name or not (pair := slash_pair(mention.full_name)):
            continue
        if name_key(mention.text) in {name_key(side) for side in pair}:
            out[i] = replace(mention, key=name_key(mention.text), full_name=mention.text)
    return out


def _mid_sentence(text: str, start: int) -> bool:
    """Is the word at ``start`` inside a sentence (not its first word)?"""
    before = text[:start].rstrip(" ")
    return bool(before) and before[-1] not in _SENTENCE_END


def written_around(text: str, start: int, end: int, words: FragmentWords) -> list[tuple[str, int]]:
    """The longer names the mention at ``start:end`` is written inside: the capitalized word
    before it plus the mention, and the mention plus the word after it (each with
    the start of the capitalized word before, or -1). Words the table sets apart are skipped."""
    found: list[tuple[str, int]] = []
    line_start = text.rfind("\n", 0, start) + 1
    before = _WORD_BEFORE.search(text, line_start, start)
    if before and words.joins(before.group(1)) and before.group(1) != text[start:end]:
        found.append((text[before.start(1):end], before.start(1)))
    after = _WORD_AFTER.match(text, end)
    if after and words.joins(after.group(1)) and after.group(1) != text[start:end]:
        found.append((text[start:after.end(1)], -1))
    return found


def cut_out_alone(text: str, start: int, end: int, words: FragmentWords, covered: Callable[[int], bool],
                  bears_own_name: Callable[[str], bool]) -> bool:
    """Round 50: is the one-word mention at ``start:end`` a word the model cut out of a longer
    capitalized run that is no other name ("Vaal" of "the Drelmo Vaal van", "Kessel" of "Tamsk
    Kessel Nights")? The word written against it must be one the table does not set apart (a
    title, a role, a date, a function word: "Mr Kessel", "Kessel President"), that no mention
    holds (two names side by side, "in Kessland Vaal said"), of two letters at least (an
    initial), not a sentence's first word, not a body's letters after it, and not a name of its
    own (``bears_own_name``: a country, a people, a given name: "Tamsk Kessel", "Jo Kessel"
    name a qualifier or a person)."""
    for longer, opens in written_around(text, start, end, words):
        beside_start = opens if opens >= 0 else end + 1
        beside = text[opens:start - 1] if opens >= 0 else text[end + 1:start + len(longer)]
        if len(beside) < 2 or covered(beside_start) or bears_own_name(beside):
            continue
        if opens < 0 and beside.isupper() and not _ROMAN_NUMERAL.fullmatch(beside):
            continue  # a body's letters after a place: "the Kessel WTA event" is the place's
        if opens >= 0 and not _mid_sentence(text, opens):
            continue
        return True
    return False


def fragments_rekeyed(mentions: Sequence[Mention], texts: dict[str, str], words: FragmentWords,
                      apart_keys: frozenset[str], sheet_line: Callable[[str], bool]) -> list[Mention]:
    """One-word mentions the model cut out of a longer written name take that name's key.

    The longer name counts when the model tagged it whole somewhere in the corpus ("South Korea"),
    or, for a mention the mention stage linked to another full name of its story ("Idol" to
    "Pop Idol"), when the story writes it inside a sentence at least once with its capital
    ("the inaugural Lit Idol prize"). ``apart_keys``: one-word names that stand before another
    name as its qualifier, not as part of it (a people, a country: "Australian Kessel").
    Team sheets (``sheet_line``) are left to the resolver's own reading of their initials."""
    whole = {m.key for m in mentions if " " in m.text.strip() and m.text.strip() == m.full_name.strip()}
    labels = {(m.doc, m.start, m.end): m.label for m in mentions}  # the model's own spans and kinds
    out = list(mentions)
    confirmed: dict[str, set[str]] = {}  # doc -> longer names its sentences write mid-sentence
    candidates: list[tuple[int, str]] = []
    for i, mention in enumerate(mentions):
        text = texts.get(mention.doc)
        if not text or " " in mention.text.strip() or not mention.text[:1].isupper():
            continue
        line_end = text.find("\n", mention.end)
        if sheet_line(text[text.rfind("\n", 0, mention.start) + 1:line_end if line_end >= 0 else len(text)]):
            continue
        for longer, opens in written_around(text, mention.start, mention.end, words):
            key = name_key(longer)
            if opens >= 0 and mention.label == "PERSON" and mention.start - opens <= 3:
                continue  # "B Deacon", "Mi Kessel": a given name's initials, read by the resolver's own rules
            if key == mention.key or (opens >= 0 and name_key(text[opens:mention.start]) in apart_keys):
                continue  # the story's own full name ("S Africa" linked to "S Africa"), or a qualifier
            word = (opens, mention.start - 1) if opens >= 0 else (mention.end + 1, mention.start + len(longer))
            beside = labels.get((mention.doc, *word))
            if beside is not None and beside != mention.label:
                continue  # the word beside is a name of another kind the model tagged alone: "in Kessland Vale"
            if key in whole:
                out[i] = replace(mention, key=key, full_name=longer)
                break
            if mention.full_name != mention.text and mention.key != name_key(mention.text):
                if opens >= 0 and _mid_sentence(text, opens):
                    confirmed.setdefault(mention.doc, set()).add(key)
                candidates.append((i, longer))
                break
    for i, longer in candidates:
        mention = mentions[i]
        if name_key(longer) in confirmed.get(mention.doc, ()):
            out[i] = replace(mention, key=name_key(longer), full_name=longer)
    return out


# a word the corpus writes in lower case this often is a common word first ("universal", "bet")
COMMON_WORD_MIN = 3
_LOWER_WORD = re.compile(r"(?<![\w'-])[a-z]+(?![\w'-])")


def lower_case_words(texts: Iterable[str]) -> dict[str, int]:
    """How often each lower-case word is written in the texts."""
    counts: dict[str, int] = {}
    for text in texts:
        for word in _LOWER_WORD.findall(text):
            counts[word] = counts.get(word, 0) + 1
    return counts


def shared_word_links_undone(mentions: Sequence[Mention], lower: dict[str, int],
                             given_name: Callable[[str], bool]) -> list[Mention]:
    """A one-word mention the mention stage linked to a two-word name it ends ("Universal" to
    "Vivendi Universal") keeps its own name when the story names the firm by its first word
    alone ("Vivendi") and the last word is a common word (``lower``): the firm's short form is
    its first word, and the common word names another bearer (a film studio). Not for people:
    a given name first ("Gordon") keeps the surname's link."""
    heads: dict[str, set[str]] = {}  # doc -> first words written alone for a two-word name
    for mention in mentions:
        full = mention.full_name.split()
        if " " not in mention.text.strip() and len(full) == 2 and mention.text.strip() == full[0]:
            heads.setdefault(mention.doc, set()).add(full[0])
    out = list(mentions)
    for i, mention in enumerate(mentions):
        full = mention.full_name.split()
        word = mention.text.strip()
        if (" " in word or len(full) != 2 or word != full[1] or full[0] not in heads.get(mention.doc, ())
                or given_name(full[0]) or lower.get(word.lower(), 0) < COMMON_WORD_MIN):
            continue
        out[i] = replace(mention, key=name_key(word), full_name=word)
    return out


def _bears(actor: Actor, name: str) -> bool:
    """Is ``name`` one of the actor's own names (its name or an alias, keys compared)?"""
    key = name_key(name)
    return bool(key) and any(name_key(n) == key for n in (actor.name, *actor.aliases))


def _overlaps(spans: Sequence[tuple[int, int]], start: int, end: int, own: tuple[int, int]) -> bool:
    return any(s < end and start < e for s, e in spans if (s, e) != own)


def cut_spans_widened(mentions: Sequence[Mention], actor_of: Sequence[str], actors: Sequence[Actor],
                      texts: dict[str, str], words: FragmentWords) -> tuple[list[Actor], dict[int, tuple[int, int, str]]]:
    """A one-word mention written inside a longer name its own actor bears takes the written
    name's span: "Africa" of "South Africa's" in the actor South Africa is "South Africa", not
    an alias "Africa" (which, read alone, names the continent); "York" of "New York Senator" in
    New York is "New York". Only the span and the actor's aliases change, never an actor's
    members: the resolver has already joined the mention by the longer name's key (link28) or
    the mention stage by the story's full name. Not taken: a word the table sets apart ("Mr",
    "In"), a span that would cover another mention. Such a blocked word ("Sunday" of "the Sunday
    Times Mr X", where the model tagged "Times Mr" too) keeps its span but still leaves the
    aliases (round 45): alone it names another bearer (a weekday, "BBC" of "BBC Wales Sport" the
    corporation), and its actor's own longer name is written right there. Returns the actors
    (aliases revised) and the widened spans by mention index."""
    by_id = {a.id: a for a in actors}
    doc_spans: dict[str, list[tuple[int, int]]] = {}
    for m in mentions:
        doc_spans.setdefault(m.doc, []).append((m.start, m.end))
    spans: dict[int, tuple[int, int, str]] = {}
    blocked: set[int] = set()  # cut words whose written longer name would cover another mention
    for i, (mention, actor_id) in enumerate(zip(mentions, actor_of)):
        actor, text = by_id.get(actor_id), texts.get(mention.doc)
        if actor is None or not text or " " in mention.text.strip() or not mention.text[:1].isupper():
            continue
        for longer, opens in written_around(text, mention.start, mention.end, words):
            start = opens if opens >= 0 else mention.start
            end = start + len(longer)
            if not _bears(actor, longer):
                continue
            if not _overlaps(doc_spans[mention.doc], start, end, (mention.start, mention.end)):
                spans[i] = (start, end, longer)
                break
            blocked.add(i)
        if i in spans:
            blocked.discard(i)  # the other side's longer name was written clear of any mention
    return _aliases_revised(actors, mentions, actor_of, spans, blocked), spans


def aliases_without(actors: Sequence[Actor], mentions: Sequence[Mention], actor_of: Sequence[str],
                    leaving: frozenset[int]) -> list[Actor]:
    """``actors`` with the texts of the ``leaving`` mentions (indexes into ``mentions``, about to
    leave their actors) out of their actors' aliases, unless another of the actor's mentions is
    still written or named so (round 70: "the Vaskan" of one player is no alias of the people)."""
    return _aliases_revised(actors, mentions, actor_of, {}, leaving)


def _aliases_revised(actors: Sequence[Actor], mentions: Sequence[Mention], actor_of: Sequence[str],
                     spans: dict[int, tuple[int, int, str]], blocked: frozenset[int] | set[int] = frozenset()) -> list[Actor]:
    """Each actor a widened mention belongs to: the cut word leaves its aliases unless another
    of its mentions is still written or named so; the written longer name joins them. A
    ``blocked`` cut word (its longer name, already the actor's, would cover another mention)
    leaves the aliases the same way, its span unwidened."""
    cut_words = set(spans) | set(blocked)
    touched = {actor_of[i] for i in cut_words}
    still: dict[str, set[str]] = {}  # actor -> texts and full names its other mentions keep
    for i, (mention, actor_id) in enumerate(zip(mentions, actor_of)):
        if actor_id in touched and i not in cut_words:
            still.setdefault(actor_id, set()).update((mention.text, mention.full_name))
    cut: dict[str, set[str]] = {}
    longer: dict[str, set[str]] = {}
    for i in cut_words:
        cut.setdefault(actor_of[i], set()).add(mentions[i].text)
    for i, (_, _, name) in spans.items():
        longer.setdefault(actor_of[i], set()).add(name)
    out = []
    for actor in actors:
        if actor.id in touched:
            gone = cut[actor.id] - still.get(actor.id, set())
            names = ({a for a in actor.aliases if a not in gone} | longer.get(actor.id, set())) - {actor.name}
            actor = replace(actor, aliases=sorted(names))
        out.append(actor)
    return out


# the word before a name: "his son Tobin", "Kessel's daughter, Tova"
_WORD_BEFORE_NAME = re.compile(r"([A-Za-z]+)\s*,?\s*$")


def kin_given_names_unlinked(mentions: Sequence[Mention], texts: dict[str, str],
                             family_nouns: frozenset[str]) -> list[Mention]:
    """A given name right after a family noun ("his son Nick") that the mention stage linked to
    a longer name of its story opening with it ("Nick Vaughan") keeps its own name when the
    story has written neither that name nor its surname before: a relative comes in through the
    one whose relative they are ("Mr Kessel and his brother Tomas" of "Tomas Kessel"), so a
    namesake named only later is another man. ``family_nouns``: ``entity_rules.yaml``."""
    out = list(mentions)
    for i, mention in enumerate(mentions):
        word, full = mention.text.strip(), mention.full_name.split()
        text = texts.get(mention.doc)
        if not text or " " in word or len(full) < 2 or full[0] != word or mention.text == mention.full_name:
            continue
        noun = _WORD_BEFORE_NAME.search(text, max(0, mention.start - 30), mention.start)
        if not noun or noun.group(1).lower() not in family_nouns:
            continue
        before = text[:mention.start]
        if mention.full_name in before or re.search(rf"(?<![\w-]){re.escape(full[-1])}(?![\w-])", before):
            continue
        out[i] = replace(mention, key=name_key(word), full_name=word)
    return out
