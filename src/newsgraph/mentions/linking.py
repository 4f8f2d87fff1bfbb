"""Link short forms to the full names they stand for, inside one document.

Input: candidates of one document with their name keys. Output: for each candidate, the
index of the full-name candidate it refers to (or itself). "Menai" -> "Shadi al-Menai",
"Abu Qatadah" -> "Abu Qatadah Al-Filistini", "IDF" -> "Israel Defense Forces".
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from newsgraph.data import load_lines, load_yaml
from newsgraph.names import KUNYA_WORDS, NAME_PARTICLES, NameGender, core_words, initials, name_key, without_generation
from newsgraph.mentions.spans import Candidate
from newsgraph.mentions.titles import modifies_role

_PERSON = "PERSON"
_ORG_LABELS = ("ORG", "OUTLET")
_MIN_ACRONYM, _MAX_ACRONYM = 2, 6
# a "person" whose name holds one of these is two names set against each other (a film's title)
_VERSUS_WORDS = frozenset({"vs", "versus"})
# the words that join a body's head to what it is of ("Court of Appeal", "Commission for Racial ...")
_HEAD_LINKS = frozenset({"of", "for"})


def link_short_forms(candidates: list[Candidate], keys: list[str],
                     gender: NameGender | None = None, reserved: frozenset[str] = frozenset(),
                     text: str = "") -> list[int]:
    """For each candidate, the index of the candidate whose full name it carries: the most
    recent full name that fits ("Mrs Howard" does not fit "Michael Howard"). ``reserved``
    acronyms name something else whatever the document's initials ("US" is no "Universal
    Studio")."""
    # a full name the model tagged a group that the text calls a person ("goalkeeper Jon Vaal",
    # the cue of mentions/spans.py) still gives the story's "Vaal" its person
    people = [i for i, c in enumerate(candidates)
              if (c.label == _PERSON or c.cue == _PERSON) and len(person_name_words(keys[i], gender)) >= 2]
    people = [i for i in people if not _inside_group_name(keys[i], candidates, keys)
              and not _VERSUS_WORDS & set(keys[i].split())  # "Kessel Vs Brevik": a title of two names
              and not _one_hyphenated_word(candidates[i])
              and not _event_named(candidates[i])]
    # "Felipe Kessel" tagged a group beside the story's "Manuel Kessel": a relative, a person whose
    # surname a titled or person-tagged "Kessel" may carry (the nearest full name wins)
    kin = _mistagged_kin(candidates, keys, people, text, gender)
    # a word the model writes alone as a group or thing in this document ("Mac" of a product)
    # a word the document also writes as a place stays apart: the town is not the club named after it
    places = {keys[i] for i, c in enumerate(candidates) if c.label in ("GPE", "LOC") or c.team}
    # a lone word the document tags a person at least as often as anything else is a person's
    # name the model mistagged now and then ("Kessel dominated" as a group), no thing
    personal = _person_words(candidates, keys)
    mostly_personal = _person_words(candidates, keys, strictly=True)  # a tie with a place is no evidence
    # a word the story writes after "Sir"/"Dame" is a given name there, wherever else it stands
    knighted_words = {keys[i] for i, c in enumerate(candidates)
                      if gender is not None and gender.before_given_name(_titled(c))}
    things = {keys[i] for i, c in enumerate(candidates) if c.label not in (_PERSON, "GPE", "LOC", "NORP")
              and len(core_words(keys[i])) == 1 and not _given_word(keys[i], gender)} - personal - knighted_words
    orgs = [i for i, c in enumerate(candidates) if c.label in _ORG_LABELS and len(c.text.split()) >= 2]
    # a name the document calls a company ("Ford, the car company") is no surname of a person
    companies = {keys[i] for i, c in enumerate(candidates) if c.cue == "ORG"}
    styled = _styled_given_names(candidates, gender)
    titled_bearers: set[int] = set()  # mistagged full names a titled surname stands for (round 70)
    targets = []
    for i, candidate in enumerate(candidates):
        firm = _founder_firm(i, candidates, keys, people, text)
        if firm is not None:
            targets.append(firm)
            continue
        if _brand_before_product(candidate, keys[i], text):
            targets.append(i)  # "Kessel lager" is the drink, not the story's "Kessel Airways"
            continue
        royal = gender is not None and bool(gender.royal(_titled(candidate)))
        matches = [] if (keys[i] in companies or keys[i] in _company_tails() or _given_al(candidate)
                         or keys[i] in _known_group_words()
                         or modifies_role(text, candidate.start, candidate.end, _modifier_nouns())) else [
                   j for j in (people + kin if candidate.label == _PERSON or candidate.title else people)
                   if keys[j] != keys[i] and _is_name_part(keys[i], keys[j], gender)
                   and (gender is None or gender.compatible(_titled(candidate), _titled(candidates[j])))
                   and not _country_in_title(candidate, keys[i], keys[j], gender)]
        if royal:
            # "Prince Edwin" is the prince, never the commoner "Edwin Marsh" of the same story
            matches = [j for j in matches if gender.keeps_style(_titled(candidate), _titled(candidates[j]))]
        if not matches and candidate.label == _PERSON and keys[i] in styled:
            # a bare "Edwin" where "Prince Edwin" is named: the one who bears the name as a style
            matches = [j for j in styled[keys[i]] if j != i]
        knighted = keys[i] in knighted_words
        if (not matches and _as_person(candidate, keys[i], personal, knighted, gender)
                and keys[i] not in companies and not royal and not _surname_title(candidate, gender)):
            # a word the document also writes as a place and no one's given name ("Kesselford's
            # community" tagged a person) is that place, not the first word of a "person"; after
            # "Sir"/"Dame", or written alone as a person mostly, the word is a given name
            written_place = keys[i] in places and not (gender is not None and gender.is_given_name(keys[i])) and not (
                knighted or keys[i] in mostly_personal)
            matches = [] if keys[i] in things or written_place else _given_name_bearers(keys[i], people, keys, gender)
            if candidate.label != _PERSON:
                matches = [j for j in matches if not _opens_other_name(keys[i], keys[j], candidates, keys)
                           and not _ends_a_name(keys[i], keys)]
        if not matches and _surname_title(candidate, gender):
            # "Mr Wang" where the story names "Wang Yan" and no name ends in "Wang": the family
            # name leads the written name (Chinese, Korean order), so the titled word is its head
            matches = _family_first_bearers(i, people, candidates, keys, gender)
        if not matches:
            # "Ms Kessel" and the story's one "Dana Kessel", which the model tagged a group
            matches = _titled_mistagged_bearers(i, candidates, keys, text, gender)
            titled_bearers.update(matches)
        if not matches and _looks_like_acronym(candidate.text) and candidate.text not in reserved:
            matches = [j for j in orgs if _spelled_by_initials(candidate.text, candidates[j].text)]
        # the model tags a lone company word as a person now and then ("Vaal said"); a titled
        # one ("Mr Vaal") is a person
        if not matches and candidate.label in ("ORG", _PERSON) and not candidate.title and keys[i] not in places:
            matches = _group_short_form(keys[i], orgs, candidates, keys, _after_the(text, candidate))
        if len(matches) > 1 and _surname_title(candidate, gender):
            matches = _titled_bearer(i, matches, candidates, keys, targets, gender)
        elif (len({keys[j] for j in matches}) > 1 and not candidate.title and len(candidate.text.split()) == 1
              and not _names_the_family(candidate, text) and _family_story(matches, candidates, text)):
            matches = _family_bearer(matches, candidates, keys) or matches
        target = _nearest(i, matches, candidates) if matches else i
        targets.append(_brand_kept(i, target, candidates, keys, text))
    targets = _longest_bearers(targets, candidates, keys, gender)
    for j in (set(kin) | titled_bearers) & {t for i, t in enumerate(targets) if t != i}:
        candidates[j].label = _PERSON  # a relative a person's surname stands for: a person, both mentions
    for i, bearer in lone_title_targets(candidates, keys, text).items():
        targets[i] = i if bearer is None else targets[bearer]
        if bearer is not None:
            candidates[targets[i]].label = _PERSON  # written with a person's title: a person
    return targets


# "the Bishop", "the Lord Chancellor": the title right after "the" (a peer's "Lord" may come between)
_THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[A-Z][a-z]+\s+)?$")
_BEARER_LABELS = (_PERSON, "ORG")  # the model tags "Cardinal Jo Vaal" a group now and then


@lru_cache(maxsize=1)
def _bearer_titles() -> dict[str, str]:
    """The table's titles that, alone after "the", stand for the story's one bearer: key -> title."""
    titles = load_yaml("entity_rules.yaml").get("lone_title_bearer_titles", [])
    return {name_key(str(t)): str(t) for t in titles}


@lru_cache(maxsize=1)
def _office_bearer_titles() -> dict[str, str]:
    """Titles of one office that, alone after "the", stand for the story's one named bearer but
    stay as they are when the story names none (round 70): the words as written, lower case ->
    title. Not name keys: a name key drops a title word ("Chief Justice" keys as "justice")."""
    titles = load_yaml("entity_rules.yaml").get("lone_office_bearer_titles", [])
    return {_written(str(t)): str(t) for t in titles}


def _written(words: str) -> str:
    """The words as written, lower case, one space apart: "Chief  Justice" -> "chief justice"."""
    return " ".join(words.lower().split())


def lone_title_targets(candidates: list[Candidate], keys: list[str], text: str) -> dict[int, int | None]:
    """For each candidate that is a title alone after "the" ("the Bishop said"), the candidate
    of the story's one named bearer of that title, or None when the story names none or two:
    the title alone is then no actor's name (no "Bishop" actor merged across stories). An office's
    title (``lone_office_bearer_titles``: "the Attorney General") is in the result only with a
    bearer: with none it keeps its own name, as before round 70."""
    titles = _bearer_titles()
    offices = _office_bearer_titles()
    found: dict[int, int | None] = {}
    for i, candidate in enumerate(candidates):
        title = titles.get(keys[i]) or offices.get(_written(candidate.text))
        if title is None or not _THE_BEFORE.search(text[max(0, candidate.start - 30):candidate.start]):
            continue
        bearer = _one_bearer(i, _title_bearers(i, title, candidates, keys, text), candidates, keys)
        if bearer is not None or keys[i] in titles:  # an office with no bearer keeps its own name
            found[i] = bearer
    return found


def _title_bearers(i: int, title: str, candidates: list[Candidate], keys: list[str], text: str) -> list[int]:
    """Candidates the story writes with the title: "Cardinal Jo Vaal", "the Bishop of Tamsk,
    the Rt Rev Jo Vaal", "the Lord Chancellor, Lord Vaal" (title before the name, up to four
    capitalized words between) or "Jo Vaal, Bishop of Tamsk" (title after a comma)."""
    word = re.escape(title)
    before = re.compile(rf"\b{word}(?: of(?: the)?(?: [A-Z][\w'’-]*){{1,3}})?,?(?: the)?"
                        rf"(?: [A-Z][\w.'’-]*){{0,4}} $")
    after = re.compile(rf",(?: the)? {word}\b(?!['’])")
    titles = _bearer_titles()
    offices = _office_bearer_titles()
    bearers = [j for j, c in enumerate(candidates)
               if j != i and c.label in _BEARER_LABELS and keys[j] not in titles and _written(c.text) not in offices
               and (before.search(text[max(0, c.start - 80):c.start]) or after.match(text, c.end))]
    # "the Rt Rev Dr Jo Vaal": a styled run the model tags apart opens the name, no bearer of its own
    return [j for j in bearers if not any(text[candidates[j].end:candidates[k].start].isspace() for k in bearers)]


def _one_bearer(i: int, bearers: list[int], candidates: list[Candidate], keys: list[str]) -> int | None:
    """The nearest of the bearers when they are one person ("Cardinal Jo Vaal" and "Cardinal
    Vaal": one name's parts); None for none or two people."""
    if not bearers:
        return None
    longest = max((keys[j] for j in bearers), key=lambda k: len(k.split()))
    if any(keys[j] != longest and not _is_name_part(keys[j], longest) for j in bearers):
        return None
    return _nearest(i, bearers, candidates)


def _founder_firm(i: int, candidates: list[Candidate], keys: list[str], people: list[int],
                  text: str) -> int | None:
    """"Tom Kessel, president of Kessel's Retail Group": an untitled surname whose bearer the
    sentence has just named, written in the possessive before a firm's name that closes on a
    company form word, is the first word of the firm's name (a firm named after its founder),
    not the man again. The firm's candidate, else None. A titled one ("Mr Kessel's Vaal
    Holdings") or one whose bearer the sentence does not name ("Kessel's News Corp") is an owner."""
    candidate = candidates[i]
    if candidate.title or len(core_words(keys[i])) != 1 or candidate.end + 3 > len(text):
        return None
    if text[candidate.end:candidate.end + 3] not in ("'s ", "\u2019s "):
        return None
    firms = [j for j, c in enumerate(candidates) if c.start == candidate.end + 3 and c.label in _ORG_LABELS
             and c.text.split()[-1] in _possessive_name_tails() and len(c.text.split()) >= 2]
    named = any(candidates[j].sentence == candidate.sentence and candidates[j].end <= candidate.start
                and core_words(keys[j])[-1] == core_words(keys[i])[0] for j in people)
    return firms[0] if firms and named else None


def _brand_before_product(candidate: Candidate, key: str, text: str) -> bool:
    """"Kessel lager": a one-word name right before a drink's noun names the drink's brand in that
    sentence, so it stands for no longer name of the story (the firm of the same word may make
    something else entirely). A name of two words or more is left to the other rules."""
    if len(core_words(key)) != 1 or not text:
        return False
    after = _LOWER_WORD.match(text[candidate.end:candidate.end + 20].lstrip(" "))
    return bool(after) and text[candidate.end:candidate.end + 1] == " " and after.group(0) in _product_nouns_after()


def _brand_kept(i: int, target: int, candidates: list[Candidate], keys: list[str], text: str) -> int:
    """"Kessel lager is popular. Kessel has a third of the market. ... Kessel Airways": a bare
    word the story has already read as a drink's brand keeps that brand (its first such
    mention) rather than a longer name the story writes only later; a longer name written
    before it keeps the recency rule."""
    if target == i or candidates[target].start < candidates[i].start:
        return target
    brands = [j for j in range(i) if keys[j] == keys[i] and _brand_before_product(candidates[j], keys[j], text)]
    return brands[0] if brands else target


@lru_cache(maxsize=1)
def _product_nouns_after() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_yaml("entity_rules.yaml").get("product_nouns_after", []))


@lru_cache(maxsize=1)
def _possessive_name_tails() -> frozenset[str]:
    """"Group" of "Kessel's Group": a company form word that makes a possessive part of a name."""
    return frozenset(str(w) for w in load_yaml("entity_rules.yaml").get("possessive_name_tails", []))


def _titled_bearer(i: int, matches: list[int], candidates: list[Candidate], keys: list[str],
                   targets: list[int], gender: NameGender | None) -> list[int]:
    """A titled surname ("Mr Kessel") the story already gave one of its bearers keeps that
    bearer: a writer who names a second Kessel in passing ("the envoy, Tom Kessel,") goes on
    calling the first one "Mr Kessel". Otherwise the most recent name that fits wins."""
    earlier = [k for k in range(i) if keys[k] == keys[i] and targets[k] != k
               and _surname_title(candidates[k], gender)]
    kept = [j for j in matches if earlier and keys[j] == keys[targets[earlier[-1]]]]
    return kept or matches


def _family_story(matches: list[int], candidates: list[Candidate], text: str) -> bool:
    """Two or more full names share the surname and a sentence naming one of them holds a
    family noun ("Tom Kessel, son of Ann Kessel"; "his parents, Jo and Ann Kessel, ..."): the
    bearers are relatives, not two players of one match report."""
    return bool(text) and any(_family_noun_near(text, candidates[j]) for j in matches)


def _family_noun_near(text: str, candidate: Candidate) -> bool:
    """A family noun in the sentence that holds ``candidate`` (bounds: the nearest sentence
    ends or paragraph breaks around it)."""
    start = max(text.rfind(stop, 0, candidate.start) for stop in (". ", "? ", "! ", "\n")) + 1
    ends = [k for k in (text.find(stop, candidate.end) for stop in (". ", "? ", "! ", "\n")) if k >= 0]
    sentence = text[start:min(ends) if ends else len(text)]
    return any(word in _family_nouns() for word in _LOWER_WORD.findall(sentence))


def _names_the_family(candidate: Candidate, text: str) -> bool:
    """"the Kessel family", "the Kessel brothers": the surname names the family as a group,
    which the other rules handle, not one of its members."""
    following = text[candidate.end:candidate.end + 30].split()
    return bool(following) and following[0].strip(".,;:'\"").lower() in _family_plurals()


@lru_cache(maxsize=1)
def _family_plurals() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_yaml("name_variants.yaml").get("family_plurals", []))


@lru_cache(maxsize=1)
def _family_nouns() -> frozenset[str]:
    return frozenset(str(w) for w in load_yaml("entity_rules.yaml").get("family_nouns", []))


def _family_bearer(matches: list[int], candidates: list[Candidate], keys: list[str]) -> list[int]:
    """A bare surname of a family story (relatives sharing it) is the story's subject: the
    bearer named first in full and more often than any other. The most recent bearer is often
    a relative named in passing (the missing man's mother, the activist's famous father), so
    recency is no evidence here. With no such subject ([]): a tie leaves the caller's
    recency rule (a headline may name the famous relative first), as does a relative named
    more often."""
    counts = Counter(keys[j] for j in matches)
    first = min(matches, key=lambda j: candidates[j].start)
    top = counts[keys[first]]
    if any(n >= top for key, n in counts.items() if key != keys[first]):
        return []
    return [j for j in matches if keys[j] == keys[first]]


def _one_hyphenated_word(candidate: Candidate) -> bool:
    """A name written as one hyphenated word with no given name or title before it ("Kessel-
    Vaal"): a double-barrelled surname or a firm named after its founders, never a given name
    and a surname. Its last part alone ("Mr Vaal") is no short form of it: a story that shortens
    a double-barrelled surname keeps it whole ("Mr Kessel-Vaal"), and "Mr Vaal" is the story's
    "Ann Vaal", the founder who speaks for the firm."""
    text = candidate.text.strip()
    return " " not in text and "-" in text.strip("-") and not candidate.title


def _mistagged_kin(candidates: list[Candidate], keys: list[str], people: list[int], text: str,
                   gender: NameGender | None) -> list[int]:
    """Names of two capitalized words the model tagged a group, place or people whose last word
    is the surname of a person of the story with another given name ("Felipe Kessel" tagged ORG
    beside "Manuel Kessel"): a second bearer of the surname, so a lone "Kessel" written nearer
    to it is that one, not the other. The first word must read as a given name: no country or
    people ("American Kessel"), no word the story writes in lower case ("rocker Kessel") or
    alone, no body or company word."""
    surnames: dict[str, set[str]] = {}
    for j in people:
        surnames.setdefault(core_words(keys[j])[-1], set()).add(core_words(keys[j])[0])
    found = []
    for i in _mistagged_names(candidates, keys, text):
        given, surname = core_words(keys[i])
        if surname in surnames and given not in surnames[surname]:
            found.append(i)
    return found


def _mistagged_names(candidates: list[Candidate], keys: list[str], text: str) -> list[int]:
    """Candidates the model tagged a group, place or people that have a person's name's shape:
    two capitalized words, the first no country, people, company or body word, never written
    alone or in lower case in the document ("Felipe Kessel" tagged ORG)."""
    lone = {keys[i] for i in range(len(candidates)) if len(core_words(keys[i])) == 1}
    lower = set(_LOWER_WORD.findall(text))
    found = []
    for i, candidate in enumerate(candidates):
        words, core = candidate.text.split(), core_words(keys[i])
        if (candidate.label not in _KIN_LABELS or candidate.cue or len(words) != 2 or len(core) != 2
                or not all(w.isalpha() and w[0].isupper() and w[1:].islower() for w in words)):
            continue
        given = core[0]
        if given in lone or given in lower:
            continue
        if (given in _countries() or given in _demonyms() or given in _company_tails() or given in _body_heads()
                or keys[i] in _known_group_words() or _inside_group_name(keys[i], candidates, keys)):
            continue
        found.append(i)
    return found


def _titled_mistagged_bearers(i: int, candidates: list[Candidate], keys: list[str], text: str,
                              gender: NameGender | None) -> list[int]:
    """Round 70: "Ms Kessel" in a story whose only name ending in "Kessel" is "Dana Kessel"
    tagged a group or place (``_mistagged_names``): a plain title (no peer's, no royal's) takes
    a person's surname, so the mistagged name is the bearer. One written name only, of a
    gender the title allows."""
    candidate = candidates[i]
    titled = _titled(candidate)
    if (not _surname_title(candidate, gender) or gender.peerage(titled) or gender.royal(titled)
            or len(core_words(keys[i])) != 1):
        return []
    word = core_words(keys[i])[0]
    if word in _countries() or word in _demonyms():
        return []
    bearers = [j for j in _mistagged_names(candidates, keys, text) if core_words(keys[j])[-1] == word
               and gender.compatible(titled, _titled(candidates[j]))]
    return bearers if len({keys[j] for j in bearers}) == 1 else []


_KIN_LABELS = ("ORG", "GPE", "LOC", "FAC", "NORP")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    return frozenset(line.split("\t")[0].strip().lower() for line in load_lines("demonyms.tsv"))


def _event_named(candidate: Candidate) -> bool:
    """A "person" whose name closes on a law's or an event's head word ("Kessel Crime Bill",
    "Vaal Open") is that law or event the model mistook: its last word is no surname, so a lone
    "Bill" of another bill ("the ID Bill" cut to "Bill") is not short for it."""
    words = candidate.text.split()
    return len(words) >= 2 and words[-1] in _event_heads()


@lru_cache(maxsize=1)
def _event_heads() -> frozenset[str]:
    return frozenset(str(w) for w in load_yaml("entity_rules.yaml").get("event_head_words", []))


def _country_in_title(candidate: Candidate, key: str, full_key: str, gender: NameGender | None) -> bool:
    """A country the model tags a place is the surname of a "person" of the story only when
    that person opens on a known given name: "Tudor Kessland", a history book's title the model
    took for a person, does not take the country "Kessland" of the story as its name ("Michael
    Jordan" still takes a "Jordan" tagged a place)."""
    if gender is None or candidate.label not in ("GPE", "LOC") or key not in _countries():
        return False
    return not gender.is_given_name(full_key.split()[0])


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    return frozenset(name_key(line) for line in load_lines("countries.txt"))


def _after_the(text: str, candidate: Candidate) -> bool:
    """"the Commission": a body word the story determines points back at its body;
    "Party leader X" opening a sentence may be any party's."""
    return text[max(0, candidate.start - 4):candidate.start].lower() == "the "


def _group_short_form(short_key: str, orgs: list[int], candidates: list[Candidate], keys: list[str],
                      determined: bool = False) -> list[int]:
    """A lone group word that opens or closes one group name of the document, and one only:
    "the Commission" of a story that names the "Kessel Commission", "Vaal" of "Vaal Energy".
    Two names that fit ("Kessel Commission", "Tamsk Commission") are not guessed between, nor is
    a name that closes on the head when the story also names a body after the same head ("the
    Council" of a story naming both the "Kessel Council" and the "Council of Elders")."""
    short = core_words(short_key)
    if len(short) != 1:
        return []
    fits = [j for j in orgs if candidates[j].label == "ORG" and _opens_or_closes(short[0], core_words(keys[j]), determined)]
    rivals = {keys[j] for j in orgs if _head_then_of(short[0], candidates[j].text)}
    return fits if len({keys[j] for j in fits} | rivals) == 1 else []


def _head_then_of(word: str, name: str) -> bool:
    """"Council of Elders" for "council": a body's head noun, then what the body is of or for.
    Such a body answers to its bare head as well as a name that closes on it does."""
    words = name.lower().split()
    return len(words) >= 3 and words[0] == word and words[1] in _HEAD_LINKS and word in _body_heads()


def _opens_or_closes(word: str, full: list[str], determined: bool = False) -> bool:
    """The last word of the name when it is a body's head noun ("Commission" of "Kessel
    Commission"; not "Vessa" of "Hapoel Vessa", a town's name), or its first word when the rest
    only says it is a company ("Vaal" of "Vaal Energy", not of "Vaal Pictures")."""
    if len(full) < 2:
        return False
    body = word in _body_heads() and word not in _company_tails()  # "LLC" closes any firm's name
    return (determined and full[-1] == word and body) or (
        full[0] == word and all(w in _company_tails() for w in full[1:]))


@lru_cache(maxsize=1)
def _known_group_words() -> frozenset[str]:
    """One-word names the alias data gives a group or place ("Labour", "Tories"): the word is
    that body, never the surname of a "person" the model ran into it ("Blair Labour" of a
    headline), however the model tags the word."""
    return frozenset(name_key(str(n)) for entry in load_yaml("aliases.yaml").get("actors") or []
                     if str(entry.get("kind") or "ORG") != _PERSON
                     for n in [entry["name"], *(entry.get("aliases") or [])] if " " not in str(n).strip())


@lru_cache(maxsize=1)
def _modifier_nouns() -> frozenset[str]:
    """"the Kessel star", "a Kessel man": a place or a club, no surname of the story's Tom Kessel."""
    return frozenset(str(w) for w in load_yaml("entity_rules.yaml").get("modifier_role_nouns", []))


@lru_cache(maxsize=1)
def _company_tails() -> frozenset[str]:
    return frozenset(load_yaml("name_variants.yaml").get("company_tails", []))


@lru_cache(maxsize=1)
def _body_heads() -> frozenset[str]:
    return frozenset(w.lower() for w in load_yaml("entity_rules.yaml").get("org_head_words", []))


def _inside_group_name(key: str, candidates: list[Candidate], keys: list[str]) -> bool:
    """A "person" whose name closes a longer group name of the document ("Hapoel Bnei Kessel"
    beside "Bnei Kessel") is that group written short: its last word is no surname."""
    words = core_words(key)
    return any(c.label in _ORG_LABELS and len(core_words(k)) > len(words) and core_words(k)[-len(words):] == words
               for c, k in zip(candidates, keys))


def _styled_given_names(candidates: list[Candidate], gender: NameGender | None) -> dict[str, list[int]]:
    """Given names the document gives a royal style ("Prince Edwin", or "Edwin" after a
    "Prince" title the model left out), with the styled candidates."""
    styled: dict[str, list[int]] = {}
    if gender is None:
        return styled
    written: dict[str, list[int]] = {}  # the style inside the span: the name as the story writes it
    for i, candidate in enumerate(candidates):
        titled = _titled(candidate).split()
        if candidate.label == _PERSON and len(titled) == 2 and gender.royal(" ".join(titled)):
            styled.setdefault(titled[1].lower(), []).append(i)
            if not candidate.title:
                written.setdefault(titled[1].lower(), []).append(i)
    return {name: written.get(name, found) for name, found in styled.items()}


def _given_al(candidate: Candidate) -> bool:
    """"Al Gore", "Al Vell": a person's name that opens with a capitalized "Al" of its own is
    a given name and a surname, not the Arabic article before a surname ("al-Menai")."""
    words = candidate.text.split()
    return candidate.label == _PERSON and len(words) == 2 and words[0] == "Al"


def _surname_title(candidate: Candidate, gender: NameGender | None) -> bool:
    """"Mr Howard", "Ms Lane": a gendered title is followed by a surname, so the word is no
    given name ("Mr Howard" is not Howard Flight). "Sir Howard" takes a given name."""
    titled = _titled(candidate)
    return gender is not None and bool(gender.of_title(titled)) and not gender.before_given_name(titled)


def _titled(candidate: Candidate) -> str:
    return f"{candidate.title} {candidate.text}" if candidate.title else candidate.text


def person_name_words(key: str, gender: NameGender | None = None) -> list[str]:
    """The words of a person's key that carry the name (``core_words``), keeping the particle
    words that are no particle where they stand (round 70): a name's last word ("Mr Ash",
    "Dana Ash": a particle leads a name part, it never closes one) and a first word the gender
    table knows as a given name ("Ben Kessel": "ben" opens the name, no "son of")."""
    words = key.split()
    kept = [w for k, w in enumerate(words)
            if w not in NAME_PARTICLES or k == len(words) - 1
            or (k == 0 and len(words) == 2 and gender is not None and gender.is_given_name(w))]
    return without_generation(kept)


def _longest_bearers(targets: list[int], candidates: list[Candidate], keys: list[str],
                     gender: NameGender | None) -> list[int]:
    """Round 70: a short form whose target is itself a shorter written form of a longer name of
    the story ("Kessel" -> a cut "Jan Kessel" -> "Ard Jan Kessel") stands for the longer name
    too, as the middle form does: one person, not one actor per written length. Followed only
    while each step is a person's name part of the next."""
    settled = list(targets)
    for i in range(len(targets)):
        seen = {i}
        step = settled[i]
        while (step not in seen and targets[step] != step and candidates[targets[step]].label == _PERSON
               and not _names_a_pair(candidates[targets[step]].text)
               and _is_name_part(keys[step], keys[targets[step]], gender)):
            seen.add(step)
            step = targets[step]
        settled[i] = step
    return settled


def _names_a_pair(text: str) -> bool:
    """"Jo Vaal & Ann Kessel", "Jo Vaal and Ann Kessel": two people's names in one span, whose
    last one's surname is no short form of the pair."""
    return "&" in text or " and " in text


def _is_name_part(short_key: str, full_key: str, gender: NameGender | None = None) -> bool:
    """A surname ("menai") or a kunya of two words or more ("abu qatadah") of the full name."""
    short, full = person_name_words(short_key, gender), person_name_words(full_key, gender)
    if not short or len(short) >= len(full):
        return False
    if len(short) == 1:
        return full[-1] == short[0]
    return full[: len(short)] == short and short[0] in KUNYA_WORDS or full[-len(short):] == short


def _family_first_bearers(i: int, people: list[int], candidates: list[Candidate], keys: list[str],
                          gender: NameGender | None) -> list[int]:
    """The one full name of two or three words whose FIRST word is the titled surname of
    candidate ``i`` ("Mr Wang" -> "Wang Yan"), read only when no name of the story ends in that
    word (the caller's surname match failed). A word the gender table knows as a given name
    ("Mr Howard" beside "Howard Flight") is a family name first only when ``family_first_surnames``
    lists it ("Kim", "Lee"); a full name whose last word the story itself titles ("Mr Yan") is in
    the English order. Two full names: nobody."""
    short = core_words(keys[i])
    if gender is None or len(short) != 1:
        return []
    word = short[0]
    if gender.is_given_name(word) and word not in _family_first_surnames():
        return []
    titled_words = {core_words(keys[k])[0] for k, c in enumerate(candidates)
                    if len(core_words(keys[k])) == 1 and _surname_title(c, gender)}
    bearers = [j for j in people if 2 <= len(words := core_words(keys[j])) <= 3 and words[0] == word
               and words[-1] not in titled_words and not _described(words, gender)
               and gender.compatible(_titled(candidates[i]), _titled(candidates[j]))]
    return bearers if len({keys[j] for j in bearers}) == 1 else []


@lru_cache(maxsize=1)
def _family_first_surnames() -> frozenset[str]:
    """Family names that lead the written name in their language and that English also uses
    as given names ("Kim", "Lee"): `family_first_surnames` of name_variants.yaml."""
    return frozenset(str(w).lower() for w in load_yaml("name_variants.yaml").get("family_first_surnames") or [])


def _given_name_bearers(short_key: str, people: list[int], keys: list[str],
                        gender: NameGender | None = None) -> list[int]:
    """The full names whose first word is the lone word ``short_key`` ("Elton" -> "Elton John",
    "Anil" beside "Mukesh Ambani" -> "Anil Ambani"), when they are all one person: two
    people sharing the given name are not guessed between. A first word that a common given
    name follows is a description the model took into the name, no given name: "Beatle" of
    "Beatle Tom Vale" is not Tom Vale."""
    short = core_words(short_key)
    if len(short) != 1:
        return []
    bearers = [j for j in people if core_words(keys[j])[0] == short[0]
               and not _described(core_words(keys[j]), gender)]
    if not bearers:
        # a short form ("Rafa" of "Rafael Kessel", `given_name_forms`) when no one of the story
        # bears the word itself: "Steve" is the story's Steve Vaal, not its Steven Brevik
        forms = _given_name_forms().get(short[0], frozenset())
        bearers = [j for j in people if core_words(keys[j])[0] in forms
                   and not _described(core_words(keys[j]), gender)]
    return bearers if len({keys[j] for j in bearers}) == 1 else []


@lru_cache(maxsize=1)
def _given_name_forms() -> dict[str, frozenset[str]]:
    """Short forms of given names and the full forms they stand for ("rafa" -> "rafael")."""
    table = load_yaml("name_variants.yaml").get("given_name_forms") or {}
    return {str(short).lower(): frozenset(str(f).lower() for f in fulls) for short, fulls in table.items()}


def _person_words(candidates: list[Candidate], keys: list[str], strictly: bool = False) -> frozenset[str]:
    """One-word names the document tags a person at least as often as any other kind (more
    often, ``strictly``)."""
    counts: dict[str, Counter[str]] = {}
    for candidate, key in zip(candidates, keys):
        if len(core_words(key)) == 1:
            counts.setdefault(key, Counter())[candidate.label] += 1
    found = set()
    for key, labels in counts.items():
        other = max((n for label, n in labels.items() if label != _PERSON), default=0)
        if labels[_PERSON] > other or (labels[_PERSON] == other > 0 and not strictly):
            found.add(key)
    return frozenset(found)


def _as_person(candidate: Candidate, key: str, personal: frozenset[str], knighted: bool,
               gender: NameGender | None) -> bool:
    """A lone word read as a person's given name: tagged a person, or tagged otherwise once in a
    story that writes it alone as a person mostly ("Kessel" of a headline tagged a place), or
    after "Sir"/"Dame", which a given name follows ("Sir Edwin" tagged a group), or a common
    given name tagged a group ("said to Mirela"): a place word may be a town's, not hers."""
    return (candidate.label == _PERSON or key in personal or knighted
            or (candidate.label == "ORG" and _given_word(key, gender)))


def _ends_a_name(key: str, keys: list[str]) -> bool:
    """The word closes a longer name of the story, however tagged: a surname there ("Kessel's
    company Kessel Free" beside "Tom Kessel"), so a group tag on it is not read as a given name."""
    word = core_words(key)
    return any(len(words := core_words(k)) >= 2 and words[-1] == word[0] for k in keys)


def _given_word(key: str, gender: NameGender | None) -> bool:
    """A one-word name that is a common given name (`name_gender.yaml`)."""
    words = core_words(key)
    return gender is not None and len(words) == 1 and gender.is_given_name(words[0])


def _opens_other_name(key: str, bearer_key: str, candidates: list[Candidate], keys: list[str]) -> bool:
    """The word also opens a longer group or place name of the story than the person's ("Milan"
    beside "Milan Kessel" and "Milan Rovers"): a word tagged a group there may be that one."""
    word = core_words(key)
    return any(k != bearer_key and c.label != _PERSON and len(core_words(k)) >= 2 and core_words(k)[0] == word[0]
               for c, k in zip(candidates, keys))


def _described(words: list[str], gender: NameGender | None) -> bool:
    """Three words or more whose second is a common given name and whose first is none."""
    return (gender is not None and len(words) >= 3 and gender.is_given_name(words[1])
            and not gender.is_given_name(words[0]))


def _looks_like_acronym(text: str) -> bool:
    return text.isupper() and text.isalpha() and _MIN_ACRONYM <= len(text) <= _MAX_ACRONYM


def _spelled_by_initials(acronym: str, name: str) -> bool:
    """"IDF" of "Israel Defense Forces". A name that holds the acronym as a word of its own
    ("KT Plus", a plan of the firm KT) is no spelling out of it, though its initials match:
    the firm's name stays the firm's."""
    return initials(name) == acronym and acronym not in name.split()


def _nearest(i: int, matches: list[int], candidates: list[Candidate]) -> int:
    """The closest full name before the short form; failing that, the closest after it."""
    before = [j for j in matches if candidates[j].start < candidates[i].start]
    if before:
        return max(before, key=lambda j: candidates[j].start)
    return min(matches, key=lambda j: candidates[j].start)
