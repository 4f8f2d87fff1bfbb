"""Mentions: the actors named in one parsed document, with offsets, labels and name keys.

Input: a :class:`~newsgraph.parse.ParsedDocument`. Output: its sentences and its
:class:`~newsgraph.model.Mention` records. The statistical NER's spans are corrected by
table-driven rules (``mentions/spans.py``), names the model missed where the document
repeats them are added (``mentions/repeats.py``), outlets are recognized from a list and from
attribution context, and short forms are linked to full names (``mentions/linking.py``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from typing import Sequence

from newsgraph.mentions.committees import committee_mentions, committee_pattern
from newsgraph.mentions.cutheads import CutHeads
from newsgraph.mentions.linking import link_short_forms, lone_title_targets
from newsgraph.mentions.rules import EntityRules
from newsgraph.mentions.repeats import repeat_names, widen_name_fragments
from newsgraph.mentions.runs import widen_body_runs, widen_initials
from newsgraph.mentions.senses import TEAM_SUFFIX, Senses
from newsgraph.mentions.spans import NON_ACTOR_LABELS, WORK, Candidate, WordStats, find_candidates
from newsgraph.mentions.structure import NameStructure
from newsgraph.mentions.tables import mark_score_line_clubs, mark_scorers, mark_table_teams, scorer_line_pattern
from newsgraph.mentions.titled import given_name_speakers, initials_speakers, titled_speakers
from newsgraph.mentions.untagged import SpeakerEvidence, untagged_speakers
from newsgraph.model import Link, Mention, Sentence, ThingName
from newsgraph.names import NameGender, name_key
from newsgraph.parse import ParsedDocument

# An addressee of telling verbs this many times in one article is the outlet reporting it.
OUTLET_ADDRESS_COUNT = 2


class MentionFinder:
    """Finds actor mentions in a parsed document and links short forms to full names."""

    def __init__(self, rules: EntityRules):
        self.rules = rules
        self.structure = NameStructure.from_data(rules.name_structure)
        self.senses = Senses.from_rules(rules)
        self.known = known_names()
        # acronyms of the alias data, countries and outlets ("US", "EU", "AP") are never a
        # document's own initials
        self.reserved = (frozenset(t for t in self.senses.countries if t.isupper()) | known_acronyms()
                         | frozenset(o for o in rules.outlets if o.isupper() and o.isalpha()))  # "AP"
        self.gender = NameGender.from_data()
        self._sport = False
        # a player's role after a club's nickname ("Harriers coach"); events are no clubs ("the Olympics")
        self._role_nouns = frozenset(w.lower() for w in rules.team_nouns | rules.body_roles_after)
        self._club_heads = rules.team_head_words - rules.place_closing_heads  # "Kessel Wednesday", never "Kessel City"
        # nor are sports: "Tennis player Jo Vaal" is the sport's player, no club's nickname
        self._not_clubs = (rules.event_head_words | rules.championship_plurals | self.senses.countries
                           | rules.sport_names)
        # nouns of a firm: "the Kemarian exchange" makes "the Kemarians" that firm
        self._scorer_line = scorer_line_pattern(rules.scorer_marks)
        self._firm_nouns = frozenset(w.lower() for w in rules.company_nouns_before | rules.trade_group_nouns)
        # round 70: a firm's noun for one firm ("brewer", not "brewers") before "Tamsk and Brenmoor"
        self._single_firm_nouns = single_firm_nouns(rules.company_nouns_before)
        self.lower_titles = frozenset(t.lower() for t in rules.person_titles)  # "Mr" before a repeated surname
        self.key_titles = frozenset(t for t in rules.person_titles if t.lower() not in self.gender.peerage_titles)
        self._outlet_patterns = outlet_patterns(rules, self.senses.countries)
        self._speaker_evidence = SpeakerEvidence.from_rules(rules)
        # letters that are a post's or a known body's or country's, never a name's initials ("MP Jon Vaal")
        self._initials_reserved = self.reserved | rules.role_initials | rules.vessel_prefixes
        # round 47: body heads a cut longer name leaves alone ("the Prince's [Trust]")
        self._cut_heads = CutHeads.from_data()
        # round 62: "the Commons work and pensions committee" as one body of its own
        self._committees = committee_pattern(rules.committee_bodies, rules.committee_heads,
                                             next(iter(rules.committee_select_word), "select"),
                                             rules.committee_not_topic)

    def __call__(self, parsed: ParsedDocument) -> tuple[list[Sentence], list[Mention], list[Link]]:
        sentences, mentions, links, _ = self.find_all(parsed)
        return sentences, mentions, links

    def find_all(self, parsed: ParsedDocument
                 ) -> tuple[list[Sentence], list[Mention], list[Link], list[ThingName]]:
        """The sentences, actor mentions and links, and the names of things (works, products,
        events, laws) the document drops: the resolver pools those labels over the corpus."""
        document = parsed.document
        sentences, candidates = self.find(parsed)
        candidates = mark_table_teams(document.text, candidates, _sentence_finder(sentences), self._sport)
        candidates = mark_score_line_clubs(document.text, candidates, self.senses.countries,
                                           _sentence_finder(sentences), self._sport)
        things = [ThingName(document.id, c.start, c.end, c.text, c.label, key)
                  for c in candidates if c.label in NON_ACTOR_LABELS and (key := name_key(c.text))]
        # a name the model gave a non-actor label ("The Fall of the Kessel", a film) holds no repeat
        # of another name ("Kessel" of "Tom Kessel"): its span stays covered after it is dropped
        titles = [(c.start, c.end) for c in candidates if c.label in NON_ACTOR_LABELS]
        # a title the sentence calls a work ("the biopic Kessel") holds no repeat even of its own
        # name: the person "Jo Kessel" of the story is not that mention (one that speaks is a person)
        stated_works = [(c.start, c.end) for c in candidates
                        if c.label == WORK and not _acts(c) and self.senses.noun_before(document.text, c.start)]
        candidates = drop_works(candidates)
        candidates = drop_championships(document.text, candidates, self.rules.championship_plurals,
                                        self.rules.sport_words, self._sport)
        candidates = drop_national_firms(document.text, candidates, self._firm_nouns)
        candidates = join_city_demonyms(document.text, candidates, self.senses.countries, self._sport)
        candidates = join_club_heads(document.text, candidates, self._club_heads, self.senses.countries, self._sport)
        candidates = self.structure.join_compounds(document.text, candidates)
        candidates = join_known_names(document.text, candidates, self.known)
        candidates = split_named_pairs(document.text, candidates)
        candidates = join_title_case_links(document.text, candidates)
        candidates = join_body_of_place(document.text, candidates, self.rules.org_head_words)
        candidates = join_plural_possessive_bodies(document.text, candidates, self.rules.org_head_words)
        # "Kemaria [High Court]", "Department for Learning [and Skills]": a piece of a body's longer name
        candidates = widen_body_runs(document.text, candidates, self.rules.org_head_words, self.senses.countries,
                                     self.rules.is_outlet_name, self.rules.state_body_heads,
                                     place_heads=self.rules.place_body_heads, titles=self.rules.person_titles)
        candidates = widen_initials(document.text, candidates, self._initials_reserved, self.rules.org_head_words)
        # "the [Office] of the Deputy Prime Minister", "the Prince's [Trust]": a head cut from a longer name
        candidates = self._cut_heads.drop(document.text, candidates)
        candidates = join_brand_possessives(document.text, candidates)
        candidates = widen_name_fragments(document.text, candidates, self.lower_titles, self.rules.calendar_words,
                                          self.rules.org_head_words)
        candidates = repeat_names(document.text, candidates, _sentence_finder(sentences), self.lower_titles,
                                  self.rules.given_names, covered=titles,
                                  modifier_nouns=self.rules.modifier_role_nouns, stated_works=stated_works)
        candidates = join_and_names(document.text, candidates, self.rules.given_names)  # after repeats: theirs too
        # round 70: "the brewer Tamsk and Brenmoor (T&B)" is one firm, not a people and a town
        candidates = join_firm_pairs(document.text, candidates, self._single_firm_nouns, self.senses.countries)
        candidates = office_mentions(document.text, candidates, _sentence_finder(sentences), self.rules.office_names)
        candidates = committee_mentions(document.text, candidates, _sentence_finder(sentences), self._committees)
        candidates = outlet_mentions(document.text, candidates, _sentence_finder(sentences), self._outlet_patterns)
        candidates = club_nicknames(document.text, candidates, _sentence_finder(sentences), self._role_nouns,
                                    self._not_clubs, self.rules.sport_words, self._sport)
        # after every step that adds names: "CCTV footage", "GM crops" name a thing, whichever step found them
        candidates = drop_thing_acronyms(document.text, candidates, self.rules.thing_acronym_phrases)
        people_in_lists(document.text, candidates, self.senses.countries)
        mark_scorers(document.text, candidates, self._scorer_line, self.senses.countries, self._sport)
        bracketed_clubs(document.text, candidates, self.senses.countries, self._sport)
        keys = [self.key(c.text, c.label) for c in candidates]  # once per candidate: name_key is not free
        keys = [f"{key} {TEAM_SUFFIX}" if c.team and key else key for c, key in zip(candidates, keys)]
        mark_outlets(candidates, keys, self.rules.given_names)
        kept = [i for i, key in enumerate(keys) if key]
        candidates, keys = [candidates[i] for i in kept], [keys[i] for i in kept]
        links = self.structure.find_links(document.id, document.text, candidates)
        return sentences, to_mentions(document.id, candidates, keys, self.gender, self.reserved,
                                          document.text), links, things

    def find(self, parsed: ParsedDocument) -> tuple[list[Sentence], list[Candidate]]:
        doc_id = parsed.document.id
        words = WordStats.from_docs(doc for _, doc in parsed.chunks)
        sport = self.senses.is_sport(doc for _, doc in parsed.chunks)
        self._sport = sport  # the document's sense, read by __call__ for its results tables
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
            found = find_candidates(doc, offset, sentence_index, self.rules, words, self.senses, sport)
            found += titled_speakers(doc, offset, sentence_index, self.rules, words, found)
            found += initials_speakers(doc, offset, sentence_index, self.rules, self.senses.countries, found)
            named = given_name_speakers(doc, offset, sentence_index, self.rules, self.gender, found)
            # "Ana Vaal, an analyst, said" read as a work's title: the speaking person replaces it
            found = [c for c in found if not any(c.start < n.end and n.start < c.end for n in named)] + named
            candidates += sorted(found, key=lambda c: (c.start, c.end))
        # speaking names the model missed everywhere, kept where the document says their kind
        speaking = untagged_speakers(parsed.pieces(), parsed.document.text, self._speaker_evidence, words,
                                     self.gender, candidates, _sentence_finder(sentences))
        # a speaking person read as a work's title ("Ana Vaal, an analyst, said"): the person replaces it
        candidates = sorted([c for c in candidates if c.label not in NON_ACTOR_LABELS
                             or not any(c.start < s.end and s.start < c.end for s in speaking)] + speaking,
                            key=lambda c: (c.start, c.end))
        if parsed.headlines:
            candidates = self._headline_candidates(parsed, sentences, candidates, words, sport)
        return sentences, candidates

    def _headline_candidates(self, parsed: ParsedDocument, sentences: list[Sentence], candidates: list[Candidate],
                             words: WordStats, sport: bool) -> list[Candidate]:
        """The names of each title-case headline as read in the body's casing (the parse
        stage's second reading): "Rovers Hire Jon Vaal As Coach" has a person the first
        reading missed. A name of the first reading stays where the second found none and
        the body's casing keeps all its words capitalized ("KESSEL ROVERS" in a line of
        capitals); one that takes a body word ("Vaal Hired") goes. Texts stay the document's.
        """
        text = parsed.document.text
        sentence_of = _sentence_finder(sentences)
        lines = [(offset, offset + len(doc.text), doc) for offset, doc in parsed.headlines]
        second: list[Candidate] = []
        for offset, _, doc in lines:
            index = {sent.start: sentence_of(offset + sent.start_char) for sent in doc.sents}
            for candidate in find_candidates(doc, offset, index, self.rules, words, self.senses, sport):
                candidate.text = text[candidate.start:candidate.end]
                second.append(candidate)
        kept = []
        for candidate in candidates:
            line = next((line for line in lines if line[0] <= candidate.start < line[1]), None)
            if line is None or (_still_capitalized(line[2].text[candidate.start - line[0]:candidate.end - line[0]])
                                and not any(c.start < candidate.end and candidate.start < c.end for c in second)):
                kept.append(candidate)
        return sorted(kept + second, key=lambda c: (c.start, c.end))

    def key(self, text: str, label: str = "PERSON") -> str:
        """A title opens a person's name only: "General Motors" keeps its "general". A peer's
        title stays: "Lord Hutton" is no bare "Hutton" of another story."""
        return name_key(text, self.key_titles if label == "PERSON" else ())


def _still_capitalized(recased: str) -> bool:
    """Every word of a name as recased still opens with a capital (or is a particle-free
    number or sign): no body word was taken into it."""
    return all(not word[:1].islower() for word in recased.split())


def _sentence_finder(sentences: list[Sentence]):
    """offset -> the number of the sentence holding it (the last one starting before it)."""
    starts = [s.start for s in sentences]

    def sentence_of(offset: int) -> int:
        return sentences[max(0, bisect_right(starts, offset) - 1)].index if sentences else 0

    return sentence_of


def drop_works(candidates: list[Candidate]) -> list[Candidate]:
    """Drop the names that are no actors. A name the sentence calls a work ("the film Kessel
    Nights") is none in the whole document, unless it is the surname of a person the
    document names ("a role in Jordan's film" beside "Neil Jordan"); a name the model tags as
    a work, a product, an event or a law at least twice and more often than as an actor is
    none either (its actor labels are the model's slips: "Kessel Nights won three awards").
    Either reading stays with the mentions that carry it: a mention of the name that speaks
    ("the Kessel virus" beside "Kessel said") or takes an actor's cue ("a Kessel spokesman")
    is the actor, as no work speaks or has a spokesman."""
    keys = [name_key(c.text) for c in candidates]  # once per candidate: name_key is not free
    surnames = {key.split()[-1] for c, key in zip(candidates, keys) if c.label == "PERSON" and " " in key}
    works: set[str] = set()
    others: Counter = Counter()
    actors: Counter = Counter()
    for candidate, key in zip(candidates, keys):
        if candidate.label == WORK and key not in surnames:
            works.add(key)
        elif candidate.label in NON_ACTOR_LABELS:
            others[key] += 1
        else:
            actors[key] += 1
    dropped = works | {key for key, count in others.items() if count >= 2 and count > actors[key]}
    return [c for c, key in zip(candidates, keys)
            if c.label not in NON_ACTOR_LABELS and (key not in dropped or _acts(c))]


def _acts(candidate: Candidate) -> bool:
    """A mention that reads as an actor's whatever the name's other mentions are: it speaks or
    the sentence gives it an actor's kind (``kind_cue``)."""
    return candidate.speaks or bool(candidate.cue)


_CHAMPIONSHIP_WINDOW = 300  # characters either side where a sports word makes "the Europeans" a meeting


def drop_championships(text: str, candidates: list[Candidate], plurals: frozenset[str],
                       sport_words: frozenset[str] = frozenset(), sport: bool = True) -> list[Candidate]:
    """Drop "the Europeans" of a sports report or of a passage about sport ("selected for the
    Europeans" beside "the indoor championships"): a championship, not the people the demonym
    names."""
    kept = []
    for candidate in candidates:
        if candidate.text in plurals and text[max(0, candidate.start - 4):candidate.start].lower() == "the " and (
                sport or _sport_nearby(text, candidate, sport_words)):
            continue
        kept.append(candidate)
    return kept


def drop_national_firms(text: str, candidates: list[Candidate], firm_nouns: frozenset[str]) -> list[Candidate]:
    """Drop "the Kemarians" of a story that calls a firm or a side by the demonym ("the
    Kemarian exchange", "the Kemarian bank"): there the plural stands for that body, not for the
    people the demonym names, and the body's own name is given elsewhere."""
    kept = []
    for candidate in candidates:
        word = candidate.text
        if (candidate.label == "NORP" and " " not in word and word.endswith("s") and len(word) > 4
                and text[max(0, candidate.start - 4):candidate.start].lower() == "the "
                and _demonym_before_noun(text, word[:-1], firm_nouns)):
            continue
        kept.append(candidate)
    return kept


def office_mentions(text: str, candidates: list[Candidate], sentence_of, offices: frozenset[str]) -> list[Candidate]:
    """The offices of ``office_names`` the model missed ("offered the post of Surgeon
    General"), where no capitalized name follows (there the office is the person's title)."""
    covered = [(c.start, c.end) for c in candidates]
    added: list[Candidate] = []
    for office in sorted(offices):
        for match in re.finditer(rf"(?<![\w-]){re.escape(office)}(?![\w-])", text):
            start, end = match.span()
            if any(s < end and start < e for s, e in covered) or _NAME_AFTER.match(text, end):
                continue
            covered.append((start, end))
            added.append(Candidate(start, end, office, "ORG", sentence_of(start)))
    return sorted(candidates + added, key=lambda c: (c.start, c.end)) if added else candidates


_THING_NOUN_AFTER = re.compile(r"[ \t]+([a-z]+)\b(?![\'’-])")  # "CCTV footage": one lower-case word, no possessive


def drop_thing_acronyms(text: str, candidates: list[Candidate], phrases: frozenset[str]) -> list[Candidate]:
    """``candidates`` without letters that the language uses for a thing where they modify a noun
    they name things with (entity_rules.yaml's ``thing_acronym_phrases``: "CCTV footage", "GM
    crops", "PC users"). The same letters stay a body's elsewhere ("GM said", "GM's chief",
    "GM engines": no listed noun)."""
    if not phrases:
        return candidates
    return [c for c in candidates if not _thing_acronym_use(text, c, phrases)]


def _thing_acronym_use(text: str, candidate: Candidate, phrases: frozenset[str]) -> bool:
    """The candidate is listed letters followed by one of their thing nouns, singular or plural."""
    letters = candidate.text
    if not (letters.isupper() and letters.isalpha()):
        return False
    after = _THING_NOUN_AFTER.match(text, candidate.end)
    if after is None:
        return False
    return any(f"{letters} {noun}" in phrases for noun in _singular_forms(after.group(1)))


def _singular_forms(noun: str) -> tuple[str, ...]:
    """The noun and the singulars its plural ending may stand for ("batteries", "crops")."""
    forms = [noun]
    if noun.endswith("ies"):
        forms.append(noun[:-3] + "y")
    if noun.endswith("s"):
        forms.append(noun[:-1])
    return tuple(forms)


def outlet_patterns(rules: EntityRules, countries: frozenset[str]) -> tuple[tuple[re.Pattern, bool], ...]:
    """The patterns of ``outlet_mentions``: each known outlet (data/outlets.txt and the user's),
    and the titles written beside a publication noun. Group 1 of each is the outlet's name; the
    flag is whether a name the model called a person there is the outlet all the same (beside
    the noun: "magazine Kessel Vaal"; a listed "Bloomberg" alone may be the man)."""
    patterns = [(_known_outlet(name), False) for name in sorted(rules.outlets, key=len, reverse=True)]
    if rules.publication_nouns:
        nouns = "|".join(sorted(re.escape(n.lower()) for n in rules.publication_nouns))
        capitalized = "|".join(sorted(re.escape(n.capitalize()) for n in rules.publication_nouns))
        stop = rules.calendar_words | rules.group_words | countries | rules.honorifics | rules.person_titles
        # at most four capitalized words, none of them a date, a people, a country or a title
        # (in any case: "Us" is no "US")
        word = rf"(?!(?i:{'|'.join(re.escape(w) for w in sorted(stop) if w)}|the|a|an)\b)[A-Z](?:[\w'’&-]|\.(?=\w))*"
        title = rf"{word}(?:[ \t]+{word}){{0,3}}"
        # "the Kessel magazine poll": the title before the noun; "Tamsk Magazine said": with it
        patterns.append((re.compile(rf"(?<![\w'’.&-])({title})[ \t]+(?:{nouns})\b(?!['’])"), True))
        patterns.append((re.compile(rf"(?<![\w'’.&-])({title}[ \t]+(?:{capitalized}))\b(?!['’])"), True))
        # "by US magazine Kessel Today": after a modifier (never "the": "the newspaper Mr X runs")
        patterns.append((re.compile(rf"(?<![Tt]he )(?<=[\w.] )(?:{nouns})[ \t]+({title})(?![\w'’&-])(?![ \t]+[A-Z])"),
                         True))
    return tuple(patterns)


def _known_outlet(name: str) -> re.Pattern:
    """A listed outlet as written: one listed with "The" needs the article in the text ("the
    Sun", never the firm "Sun"), and no capitalized word may follow ("the Independent Kessel
    Commission" is a longer name)."""
    bare = name[4:] if name.startswith("The ") else name
    article = r"(?<![\w-])[Tt]he[ \t]+" if bare != name else r"(?<![\w&'’.-])"
    return re.compile(rf"{article}({re.escape(bare)})(?![\w&'’-])(?![ \t]+(?:[A-Z]|of\b|&))")


def outlet_mentions(text: str, candidates: list[Candidate], sentence_of,
                    patterns: Sequence[tuple[re.Pattern, bool]]) -> list[Candidate]:
    """The outlets the model missed or cut ("the Observer reported", "Kessel Magazine said" of
    which it tagged "Magazine"): a known outlet or a publication's title (``outlet_patterns``).
    A name the model tagged just so is relabelled an outlet; names inside it give way to it; one
    that reaches beyond it is a longer name, left alone."""
    out = list(candidates)
    for pattern, people in patterns:
        # beside the noun a people's word is the paper's country ("Dutch newspaper X"), not its title
        relabelled = ("ORG", "PERSON") if people else ("ORG", "NORP")
        for match in pattern.finditer(text):
            start, end = match.span(1)
            inside = [c for c in out if c.start < end and start < c.end]
            if any(c.start < start or c.end > end for c in inside):
                continue  # a longer name holds it ("Kessel Times Group")
            if people and any(c.label in ("GPE", "NORP", "LOC") for c in inside):
                continue  # "Dutch newspaper", "Kemarian Tamsk magazine": a place's, no title
            exact = [c for c in inside if (c.start, c.end) == (start, end)]
            if exact:
                if exact[0].label in relabelled:
                    exact[0].label = "OUTLET"
                continue
            out = [c for c in out if c not in inside]
            out.append(Candidate(start, end, text[start:end], "OUTLET", sentence_of(start),
                                 outlet_context=True))
    return sorted(out, key=lambda c: (c.start, c.end))


def club_nicknames(text: str, candidates: list[Candidate], sentence_of, role_nouns: frozenset[str],
                   not_clubs: frozenset[str], sport_words: frozenset[str], sport: bool) -> list[Candidate]:
    """A club's plural nickname the model missed ("the Harriers won", "Harriers coach Jon
    Vaal", "Harriers' Jon Vaal"): a capitalized plural the story never writes in lower case,
    before a player's role or a person's name with a possessive, or, in a sports report or a
    passage about sport, after "the" and before no other capitalized word. Events ("the
    Olympics"), and words the model gives another label in the story, are no clubs."""
    lower_words = _prose_lower_words(text)
    other_labels = {c.text for c in candidates if c.label != "ORG"}
    person_starts = {c.start for c in candidates if c.label == "PERSON"}
    covered = [(c.start, c.end) for c in candidates]
    added: list[Candidate] = []
    for match in _PLURAL_NAME.finditer(text):
        word, start, end = match.group(0), match.start(), match.end()
        if (word.lower() in lower_words or word in other_labels or word in not_clubs or word.endswith(("ss", "ics"))
                or any(s < end and start < e for s, e in covered)):
            continue
        context = _club_context(text, start, end, role_nouns, person_starts)
        probe = Candidate(start, end, word, "ORG", sentence_of(start))
        if context == "role" or (context == "the" and (sport or _sport_nearby(text, probe, sport_words))):
            added.append(probe)
    return sorted(candidates + added, key=lambda c: (c.start, c.end)) if added else candidates


_PLURAL_NAME = re.compile(r"(?<![\w'’.-])[A-Z][a-z]{3,}s(?![\w-])")
_ROLE_AFTER = re.compile(r"[ \t]+(?:[a-z]+[ \t]+)?([a-z]+)")
_POSSESSIVE_PERSON = re.compile(r"[ \t]?['’]s?[ \t]+")  # a tokenized text spaces the mark too


_GIVEN_WORD = re.compile(r"[A-Z][a-z]+[ \t]+")
# a lower-case word of a web address ("/ sport / harriers /") is no use of the word in prose
_ADDRESS_WORD = re.compile(r"(?<=[/_=.])[ \t]?[a-z][\w'-]*|[a-z][\w'-]*(?=[ \t]?[/_=])")


def _prose_lower_words(text: str) -> set[str]:
    return set(re.findall(r"\b[a-z][\w'-]*\b", _ADDRESS_WORD.sub(" ", text)))


def _club_context(text: str, start: int, end: int, role_nouns: frozenset[str], person_starts: set[int]) -> str:
    """"role": a player's role or a player's name follows, which says club wherever it is
    written; "the": "the Harriers" heading its phrase, a club only in a passage about sport."""
    role = _ROLE_AFTER.match(text, end)
    if role and role.group(1) in role_nouns:
        return "role"  # "Harriers defensive tackle", "Harriers coach"
    possessive = _POSSESSIVE_PERSON.match(text, end)
    given = _GIVEN_WORD.match(text, possessive.end()) if possessive else None
    if possessive and (possessive.end() in person_starts or (given and given.end() in person_starts)):
        return "role"  # "Harriers' Jon Vaal" (the model may have cut the given name off)
    the = text[max(0, start - 4):start].lower() == "the "
    return "the" if the and not _NAME_AFTER.match(text, end) and not text.startswith("'s", end) else ""


def join_and_names(text: str, candidates: list[Candidate], given_names: frozenset[str]) -> list[Candidate]:
    """A lone person-tagged word after "Capitalized and " where the capitalized word names
    nothing of its own ("the Cherrow and Vaal's cup run", "Tamsk and Brevik shares") ends a
    name of two words joined by "and": a firm or a club's nickname, not the person Vaal the
    story names in full."""
    starts = {c.start for c in candidates}
    ends = {c.end for c in candidates}
    out = []
    for candidate in candidates:
        match = _AND_BEFORE.search(text, max(0, candidate.start - 40), candidate.start)
        if (candidate.label == "PERSON" and " " not in candidate.text and match is not None
                and match.end() == candidate.start and match.start(1) not in starts and match.end(1) not in ends
                and match.group(1).lower() not in given_names and not _sentence_start(text, match.start(1))):
            out.append(replace(candidate, start=match.start(1), text=text[match.start(1):candidate.end], label="ORG"))
        else:
            out.append(candidate)
    return out


_AND_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+) (?:and|&) ")


def single_firm_nouns(company_nouns: frozenset[str]) -> frozenset[str]:
    """The firm nouns that name one firm: the company cues less the plurals the kind contexts
    list ("firms Vaal and Brevik" are two firms, "the firm Vaal and Brevik" is one)."""
    from newsgraph.data import load_yaml

    plurals = {str(w).lower() for w in load_yaml("kind_contexts.yaml").get("company_plurals_before") or []}
    return frozenset(w.lower() for w in company_nouns if w.lower() not in plurals)


# "Tamsk and Brenmoor", "Tamsk & Brenmoor": two capitalized single words joined by "and" or "&"
# (in a lookahead: "Kessel and Tamsk and Brenmoor" holds two pairs that share a word)
_WORD_PAIR = re.compile(r"(?<![\w'’&-])(?=(([A-Z][a-z]+) (?:and|&) ([A-Z][a-z]+))(?![\w&-]))")


@dataclass(frozen=True)
class WordPair:
    """Two capitalized words joined by "and" or "&": the whole span and each word's span."""

    start: int
    end: int
    text: str
    first: tuple[int, int]
    second: tuple[int, int]

    @property
    def key(self) -> str:
        """The pair's words with "&" read as "and": "Tamsk & Brenmoor" is "Tamsk and Brenmoor"."""
        return self.text.replace("&", "and")


def word_pairs(text: str) -> list[WordPair]:
    return [WordPair(m.start(1), m.end(1), m.group(1), m.span(2), m.span(3)) for m in _WORD_PAIR.finditer(text)]


_POSSESSIVE_NAME = re.compile(r"['’]s [A-Z]")
_FIRM_NOUN_BEFORE = re.compile(r"\b([a-z]+),? $")  # searched up to the pair: "the brewer, " ends there


def join_firm_pairs(text: str, candidates: list[Candidate], single_firm_nouns: frozenset[str],
                    countries: frozenset[str]) -> list[Candidate]:
    """A firm's name of two words joined by "and" or "&" that the model cut into a person, a
    people or a place ("the brewer Tamsk and Brenmoor", "Kessel Group and Vaal and Brevik.")
    becomes one ORG mention wherever the document writes that pair, when one of its writings
    has a cue of one firm (``_firm_pair_cue``). Halves the model already typed a body stay two
    bodies ("Vaal and Brevik shares", two firms); a half inside a longer name stays; so does a
    pair with a country ("the giant Kessel and Kemaria's Vaal" lists two)."""
    pairs = [pair for pair in word_pairs(text) if not {text[slice(*pair.first)], text[slice(*pair.second)]} & countries]
    firm_pairs = {pair.key for pair in pairs if _firm_pair_cue(text, pair, candidates, single_firm_nouns)}
    if not firm_pairs:
        return candidates
    out = list(candidates)
    for pair in pairs:
        halves = _pair_halves(pair, out) if pair.key in firm_pairs else None
        if halves is None:
            continue
        joined = replace(halves[0], start=pair.start, end=pair.end, text=pair.text, label="ORG", cue="ORG")
        out = sorted([c for c in out if c not in halves] + [joined], key=lambda c: (c.start, c.end))
    return out


def _pair_halves(pair: WordPair, candidates: list[Candidate]) -> list[Candidate] | None:
    """The candidates that are exactly the pair's halves, when one or both are and none is a
    body's or runs past the pair; else None."""
    overlapping = [c for c in candidates if c.start < pair.end and pair.start < c.end]
    halves = [c for c in overlapping if (c.start, c.end) in (pair.first, pair.second)]
    if not halves or len(halves) != len(overlapping) or any(c.label in ("ORG", "OUTLET") for c in halves):
        return None
    return halves


def _firm_pair_cue(text: str, pair: WordPair, candidates: list[Candidate],
                   single_firm_nouns: frozenset[str]) -> bool:
    """A writing of the pair says it is one firm: its initials in brackets after it ("Tamsk and
    Brenmoor (T&B)"), a noun of one firm just before it ("the brewer, Tamsk and Brenmoor"), or it
    closes a list after a body and "and" ("Kessel Group and Tamsk and Brenmoor."): a list joins
    its last item by one "and", so the second "and" is inside a name."""
    if _pair_halves(pair, candidates) is None or _POSSESSIVE_NAME.match(text, pair.end):
        return False  # "Kessel and Tamsk's Vaal" lists two
    initials = re.compile(rf"\s*\(\s*{text[pair.first[0]]}\s*(?:&|and)?\s*{text[pair.second[0]]}\s*\)")
    if initials.match(text, pair.end):
        return True
    # a people's word as a half modifies what follows ("distributor Kessel and Kemarian printers")
    noun = _FIRM_NOUN_BEFORE.search(text, max(0, pair.start - 30), pair.start)
    if (noun is not None and noun.group(1) in single_firm_nouns
            and not any(c.label == "NORP" for c in _pair_halves(pair, candidates) or ())):
        return True
    return _closes_body_list(text, pair, candidates)


def _closes_body_list(text: str, pair: WordPair, candidates: list[Candidate]) -> bool:
    """``<body> and <pair>`` ending the sentence, after a comma list ("A, B, Kessel Group and
    Tamsk and Brenmoor.")."""
    body = next((c for c in candidates if c.label == "ORG" and text[c.end:pair.start] == " and "), None)
    if body is None or not re.match(r"\s*[.;]", text[pair.end:pair.end + 3]):
        return False
    return text.rfind(",", max(0, body.start - 40), body.start) >= 0


def _sentence_start(text: str, at: int) -> bool:
    """Nothing but spaces and an opening quote between ``at`` and the end of the sentence or line before."""
    before = text[max(0, at - 4):at].rstrip(" \"'“‘")
    return not before or before[-1] in ".!?:\n"


def join_city_demonyms(text: str, candidates: list[Candidate], countries: frozenset[str],
                        sport: bool) -> list[Candidate]:
    """In a sports report, a city followed by a people's name ("Tamsk Irish coach ...") is one
    club's name: the model cuts it into a place, taken for a side, and a demonym."""
    if not sport:
        return candidates
    out: list[Candidate] = []
    i = 0
    while i < len(candidates):
        left = candidates[i]
        right = candidates[i + 1] if i + 1 < len(candidates) else None
        if (right is not None and left.label in ("GPE", "ORG") and left.text not in countries
                and right.label == "NORP" and " " not in right.text and right.sentence == left.sentence
                and text[left.end:right.start] == " " and not _NAME_AFTER.match(text, right.end)):
            out.append(replace(left, end=right.end, text=text[left.start:right.end], label="ORG", team=False))
            i += 2
            continue
        out.append(left)
        i += 1
    return out


def join_club_heads(text: str, candidates: list[Candidate], heads: frozenset[str], countries: frozenset[str],
                    sport: bool) -> list[Candidate]:
    """In a sports report, a town followed by a club's head word the model left out of the
    name ("Kessel Wednesday manager": the day is tagged a date) is the club's name, not the town
    nor its side. A country never ("Mexico City"), nor a head word that opens a longer name
    ("Kessel City Council")."""
    if not sport:
        return candidates
    starts = {c.start for c in candidates}
    out: list[Candidate] = []
    for candidate in candidates:
        match = _HEAD_AFTER.match(text, candidate.end)
        if (match and match.group(1) in heads and candidate.label in ("GPE", "LOC", "ORG")
                and candidate.text not in countries and match.start(1) not in starts
                and not _NAME_AFTER.match(text, match.end())):
            candidate = replace(candidate, end=match.end(), text=text[candidate.start:match.end()], label="ORG",
                                team=False)
        out.append(candidate)
    return out


# a capitalized word right after a town's name, on the same line: "Kessel Wednesday"
_HEAD_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)\b")
# a capitalized word right after the demonym: a longer name, not a club of a city and a people
_NAME_AFTER = re.compile(r"[ \t]+[A-Z]")


def _demonym_before_noun(text: str, demonym: str, nouns: frozenset[str]) -> bool:
    return any(match.group(1).lower() in nouns
               for match in re.finditer(rf"\b{re.escape(demonym)}[ \t]+([a-z][a-z-]+)\b", text))


def _sport_nearby(text: str, candidate: Candidate, sport_words: frozenset[str]) -> bool:
    window = text[max(0, candidate.start - _CHAMPIONSHIP_WINDOW):candidate.end + _CHAMPIONSHIP_WINDOW]
    return any(word in sport_words for word in re.findall(r"[a-z][a-z-]+", window.lower()))


# a capitalized linking word and the capitalized words after it, right after a name:
# "Kemaria For Peace", "Artists Against Hunger"
_TITLE_LINK = re.compile(r" (?:For|Against|Of)(?: The)? [A-Z][\w'-]+(?: [A-Z][\w'-]+)*")
_PROSE_WORD = re.compile(r"\b[a-z][a-z]{3,}\b")
_MIN_PROSE_WORDS = 3


def join_title_case_links(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A name that a capitalized "For", "Against" or "Of" and more capitalized words follow in
    prose is one longer name, a group's or a campaign's ("Kemaria For Peace" is a charity, not
    the country). A headline in title case capitalizes every word and is left alone."""
    out: list[Candidate] = []
    skip_until = -1
    for candidate in candidates:
        if candidate.start < skip_until:
            continue  # a name the joined span swallowed ("Peace" of "Kemaria For Peace")
        match = _TITLE_LINK.match(text, candidate.end)
        if match and candidate.label in ("GPE", "LOC", "NORP", "ORG") and _in_prose(text, candidate.start):
            candidate.end, candidate.text = match.end(), text[candidate.start:match.end()]
            candidate.label, candidate.team = "ORG", False
            skip_until = candidate.end
        out.append(candidate)
    return out


def join_body_of_place(text: str, candidates: list[Candidate], heads: frozenset[str]) -> list[Candidate]:
    """A body's name the model cut before "of" and a place ("the [Directors Guild] of
    [Kessland] awards", or "the Painter's Guild of [Kessland]" with no tag before): the place
    closes the body's longer name, no mention of the country. The body is a capitalised run of
    two words or more ending on a body's head word, in prose ("Prime Minister of Kessland"
    names no body; a headline capitalises every word)."""
    out: list[Candidate] = []
    for candidate in candidates:
        if candidate.label in ("GPE", "LOC") and not candidate.team and _in_prose(text, candidate.start):
            body = out[-1] if out else None
            if (body is not None and body.label == "ORG" and len(body.text.split()) >= 2
                    and body.text.split()[-1] in heads and _OF_LINK.fullmatch(text, body.end, candidate.start)):
                out[-1] = replace(body, end=candidate.end, text=text[body.start:candidate.end])
                continue
            start = _untagged_body_start(text, candidate.start, heads, out[-1].end if out else 0)
            if start is not None:
                out.append(replace(candidate, start=start, text=text[start:candidate.end], label="ORG", cue=""))
                continue
        out.append(candidate)
    return out


def join_plural_possessive_bodies(text: str, candidates: list[Candidate], heads: frozenset[str]) -> list[Candidate]:
    """ "the Kessland Brewers' Association said": the model may cut a body's name at the plural
    possessive, leaving "Kessland Brewers" and a lone "Association" (which names nothing, and
    a claim's speaker would be). A name ending in "s" and an organisation's name ending on a
    body's head word right after the apostrophe are one name, the body's."""
    out: list[Candidate] = []
    for candidate in candidates:
        owner = out[-1] if out else None
        if (owner is not None and owner.label in ("ORG", "NORP") and candidate.label == "ORG"
                and owner.text.endswith("s") and text[owner.end:candidate.start] in _PLURAL_POSSESSIVE
                and candidate.text.split()[-1] in heads and owner.sentence == candidate.sentence):
            out[-1] = replace(owner, end=candidate.end, text=text[owner.start:candidate.end], label="ORG", cue="")
            continue
        out.append(candidate)
    return out


_PLURAL_POSSESSIVE = ("' ", "\u2019 ")
_POSSESSIVE_ENDS = ("'s", "\u2019s")


# what follows a possessive-shaped name that owns nothing: a stop, or its own verb ("Kessel's has
# grown", "Kessel's announced")
_OWNS_NOTHING = re.compile(r"\s*(?:[,.;:!?)\"\u201d]|$|(?:has|had|is|was|are|were|will|would|said|says)\b|[a-z]+ed\b)")


def _stands_alone(text: str, end: int) -> bool:
    """"Kessel's has grown", "giant Kessel's, which": the name owns nothing after it, so the
    "'s" is its own, not a possessive the model kept ("Labour's plans")."""
    return _OWNS_NOTHING.match(text, end) is not None


def join_brand_possessives(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A firm named in the possessive ("Kessel's", a shop or a restaurant chain after its
    founder): where the model tags an organisation's name with its "'s" in one sentence, the
    same bare name it cut before an "'s" elsewhere in the document ("to revive Kessel's sales")
    is that firm's full name too, not a shorter one. Only organisations: a person's "Vaal's"
    stays the owner's possessive."""
    brands = {c.text[:-2] for c in candidates if c.label == "ORG" and c.text.endswith(_POSSESSIVE_ENDS)
              and len(c.text) > 3 and " " not in c.text and _stands_alone(text, c.end)}
    if not brands:
        return candidates
    out: list[Candidate] = []
    for candidate in candidates:
        tail = text[candidate.end:candidate.end + 2]
        if candidate.label == "ORG" and candidate.text in brands and tail in _POSSESSIVE_ENDS:
            candidate = replace(candidate, end=candidate.end + 2, text=text[candidate.start:candidate.end + 2])
        out.append(candidate)
    return out
_OF_LINK = re.compile(r" of (?:the )?")
# capitalised words (the last a body's head) right before " of (the) " and the place
_BODY_BEFORE = re.compile(r"(?:^|(?<=[\s(\"']))((?:[A-Z][\w'&.-]*\s){1,4})of\s(?:the\s)?$")


def _untagged_body_start(text: str, at: int, heads: frozenset[str], floor: int) -> int | None:
    """Where the body's name starts when the model tagged none of it: "the Painter's Guild of
    [Kessland]" (a sentence's opening "The" is no part of it). Not over an earlier name."""
    match = _BODY_BEFORE.search(text, max(floor, at - 80), at)
    if match is None:
        return None
    words = match.group(1).split()
    start = match.start(1)
    if words[0] == "The":
        words, start = words[1:], text.index(words[1], start)
    if len(words) < 2 or words[-1] not in heads:
        return None
    return start


def _in_prose(text: str, at: int) -> bool:
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return len(_PROSE_WORD.findall(line)) >= _MIN_PROSE_WORDS


def split_named_pairs(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """"Vantorix and Brevik" is two names when the document writes each alone elsewhere
    ("Vantorix is due to merge with Brevik"); "Marks and Kessel" never written apart stays one."""
    out: list[Candidate] = []
    for candidate in candidates:
        left, sep, right = candidate.text.partition(" and ")
        if (sep and candidate.label in ("ORG", "OUTLET") and " and " not in right and left[:1].isupper()
                and right[:1].isupper() and _written_alone(text, left, right) and _written_alone(text, right, left)):
            out.append(replace(candidate, end=candidate.start + len(left), text=left))
            start = candidate.start + len(left) + len(sep)
            out.append(replace(candidate, start=start, text=right))
        else:
            out.append(candidate)
    return out


def _written_alone(text: str, name: str, partner: str) -> bool:
    """``name`` occurs as a whole name somewhere not joined to ``partner`` by "and" or "&"."""
    pair = re.compile(rf"{re.escape(name)}\s+(?:and|&)\s+{re.escape(partner)}|{re.escape(partner)}\s+(?:and|&)\s+{re.escape(name)}")
    inside = [m.span() for m in pair.finditer(text)]
    for match in re.finditer(rf"(?<![\w&'-]){re.escape(name)}(?![\w&'-])", text):
        if not any(s <= match.start() < e for s, e in inside) and not re.match(r"\s+[A-Z&]", text[match.end():match.end() + 2]):
            return True
    return False


def known_names() -> dict[str, str]:
    """Name keys of the alias data's names of two words or more -> the label they take: a
    span the model cut inside one of them ("Liberal" + "Democrat", "Lib [Dems]") is
    mended to the whole name."""
    from newsgraph.data import load_yaml

    known: dict[str, str] = {}
    for entry in load_yaml("aliases.yaml").get("actors") or []:
        label = str(entry.get("kind") or "ORG")
        for name in [entry["name"], *(entry.get("aliases") or [])]:
            key = name_key(str(name))
            if " " in key:
                known[key] = label
    return known


def known_acronyms() -> frozenset[str]:
    """The acronyms the alias data lists ("EU", "IDF", "TUC")."""
    from newsgraph.data import load_yaml

    names = (str(n) for entry in load_yaml("aliases.yaml").get("actors") or []
             for n in [entry["name"], *(entry.get("aliases") or [])])
    return frozenset(n for n in names if n.isupper() and n.isalpha())


_WORD_BEFORE = re.compile(r"([A-Z][\w.]*)[ \t]+$")
_WORD_AFTER = re.compile(r"^[ \t]+([A-Z]\w*(?:\.\w+)*)")  # a full stop after the word ends the sentence


def join_known_names(text: str, candidates: list[Candidate], known: dict[str, str]) -> list[Candidate]:
    """Mend spans cut inside a name the alias data knows: two adjacent candidates, or a
    candidate and the capitalized word just before or after it, that together are such a
    name become one candidate."""
    out: list[Candidate] = []
    for candidate in candidates:
        previous = out[-1] if out else None
        if previous is not None and candidate.start < previous.end:
            continue  # inside a name mended just before
        if previous is not None and not text[previous.end:candidate.start].strip():
            joined = f"{previous.text} {candidate.text}"
            if name_key(joined) in known and text[previous.end:candidate.start] in (" ", "\t"):
                previous.end, previous.text = candidate.end, text[previous.start:candidate.end]
                previous.label = known[name_key(joined)]
                continue
        out.append(_widened(text, candidate, known))
    return out


def _widened(text: str, candidate: Candidate, known: dict[str, str]) -> Candidate:
    before = _WORD_BEFORE.search(text[max(0, candidate.start - 30):candidate.start])
    if before:
        start = candidate.start - len(before.group(0))
        widened = name_key(text[start:candidate.end])
        if widened in known and widened != name_key(candidate.text):
            candidate.start, candidate.text = start, text[start:candidate.end]
            candidate.label = known[name_key(candidate.text)]
            return candidate
    after = _WORD_AFTER.match(text[candidate.end:candidate.end + 30])
    if after:
        end = candidate.end + len(after.group(0))
        if name_key(text[candidate.start:end]) in known:
            candidate.end, candidate.text = end, text[candidate.start:end]
            candidate.label = known[name_key(candidate.text)]
    return candidate


# A squad list naming this many players' bracketed clubs ("J Kessel (Brenton), ...") is a sports
# report's, whatever share of its words are sports words.
SHEET_CLUBS_MIN = 6
_LIST_GAP = re.compile(r"^[\s,;()\d'-]*(?:and\s+)?$")
_MAX_LIST_GAP = 20
_MIN_LIST, _MIN_LIST_PEOPLE = 4, 3


def people_in_lists(text: str, candidates: list[Candidate], countries: frozenset[str]) -> None:
    """The names of a list most of whose names are people are people, whatever the model's
    label ("Kessel, Brevik (Tam 80), Vaal, ..."): team sheets and results name players by
    surname, and the small model tags a third of them as groups or places. A list here is a
    run of names parted by commas, brackets, numbers and "and"; countries keep their label."""
    for candidate in candidates:
        candidate.bracketed = _in_brackets(text, candidate)
    run: list[Candidate] = candidates[:1]
    commas = 0
    for candidate in candidates[1:] + [None]:  # type: ignore[list-item]
        gap = text[run[-1].end:candidate.start] if candidate is not None else "."
        if candidate is not None and len(gap) <= _MAX_LIST_GAP and _LIST_GAP.match(gap):
            run.append(candidate)
            commas += "," in gap or ";" in gap
            continue
        if commas * 2 >= len(run) - 1:  # a list, not a results table ("Kessel 6 Vessen 2")
            _relabel_list(run, countries)
        run, commas = ([candidate] if candidate is not None else []), 0


def _relabel_list(run: list[Candidate], countries: frozenset[str]) -> None:
    people = sum(c.label == "PERSON" for c in run)
    if len(run) < _MIN_LIST or people < _MIN_LIST_PEOPLE or people * 3 < len(run):
        return
    for candidate in run:
        if (candidate.label not in ("OUTLET", "PERSON") and candidate.text not in countries and not candidate.team
                and not candidate.bracketed):
            candidate.label = "PERSON"


def _in_brackets(text: str, candidate: Candidate) -> bool:
    return text[:candidate.start].rstrip().endswith("(") and text[candidate.end:].lstrip().startswith(")")


def bracketed_clubs(text: str, candidates: list[Candidate], countries: frozenset[str], sport: bool) -> None:
    """In a sports report, a name in brackets right after a person's is the person's club
    ("J Kessel (Brenton Sharks), P Vaal (Dorrin)"): a team, whatever the model or a list said.
    A country keeps its label (an athlete's nation in a results list). A squad list of
    SHEET_CLUBS_MIN such entries is a sports report however few sports words its prose has (the
    names outnumber them)."""
    people = {c.end for c in candidates if c.label == "PERSON"}
    clubs = []
    for candidate in candidates:
        if not candidate.bracketed or candidate.text in countries or candidate.text.replace(".", "") in countries:
            continue  # "(U.S.)" too
        if any(ch.isdigit() for ch in candidate.text) or not _LIST_GOES_ON.match(text[candidate.end:]):
            continue  # "(Kessel 64)": a substitute and his minute; "went for Jon (Vaal) because": prose
        if not _in_sheet(text, candidate):
            continue  # "Referee: Jon Vaal (Kessel)" alone on its line: his county or association
        window = max(0, candidate.start - 40)
        before = _NAME_BEFORE_BRACKET.search(text[window:candidate.start])
        # a person the model found, or a name it left out ("J Kessel" is a player's initial and surname)
        if before and (window + before.end(1) in people or before.group(2)):
            clubs.append(candidate)
    if sport or len(clubs) >= SHEET_CLUBS_MIN:
        for candidate in clubs:
            candidate.label, candidate.team = "ORG", True


def _in_sheet(text: str, candidate: Candidate) -> bool:
    """A bracket among others: a comma or semicolon goes on to the next entry, or its line
    holds another bracketed name. A lone "Name (Place)" line of a fixture is an official's
    county, no player's club."""
    if _NEXT_ENTRY.match(text[candidate.end:]):
        return True
    line_start = text.rfind("\n", 0, candidate.start) + 1
    line_end = text.find("\n", candidate.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return line.count("(") >= 2


_NEXT_ENTRY = re.compile(r"\s*\)\s*[,;]")
# after a team sheet's bracketed club: the next entry, or the end of the line or sentence
_LIST_GOES_ON = re.compile(r"\s*\)\s*(?:[,;.]|\n|$)")
# a name right before an opening bracket; group 2: an initial and a surname ("J Kessel (")
_NAME_BEFORE_BRACKET = re.compile(r"(\b([A-Z]\.? [A-Z][\w'-]+)|[A-Z][\w'-]+)\s*\(\s*$")


def mark_outlets(candidates: list[Candidate], keys: list[str], given_names: frozenset[str] = frozenset()) -> None:
    """Relabel as OUTLET the names used like outlets in this document. A person's full name
    opened by a common given name stays a person: "the Pascal Kessel show" is his programme,
    not a broadcaster."""
    addressed = Counter(key for c, key in zip(candidates, keys) if c.addressed)
    outlet_keys = {key for key, count in addressed.items() if count >= OUTLET_ADDRESS_COUNT}
    outlet_keys |= {key for c, key in zip(candidates, keys) if c.outlet_context}
    # a site's name ("the Kessel website") the model also read as a person's stays an outlet:
    # relabelled, it would become a person, a worse reading than the outlet ("Parker's" guide)
    read_as_people = {key for c, key in zip(candidates, keys) if c.label == "PERSON"}
    outlet_keys |= {key for c, key in zip(candidates, keys) if c.site_named} & read_as_people
    people = {key for c, key in zip(candidates, keys) if c.label == "PERSON" and _given_name_opens(key, given_names)}
    for candidate, key in zip(candidates, keys):
        if key in outlet_keys and candidate.label != "GPE" and key not in people:
            candidate.label = "OUTLET"


def _given_name_opens(key: str, given_names: frozenset[str]) -> bool:
    words = key.split()
    return 2 <= len(words) <= 3 and words[0] in given_names


def to_mentions(doc_id: str, candidates: list[Candidate], keys: list[str],
                gender: NameGender | None = None, reserved: frozenset[str] = frozenset(),
                text: str = "") -> list[Mention]:
    """Mentions carrying the key and label of the full name each candidate stands for."""
    mentions = []
    targets = link_short_forms(candidates, keys, gender, reserved, text)
    # "the Bishop" of a story that names no bishop, or two: no actor is named by the bare title
    bearers = lone_title_targets(candidates, keys, text)
    unborne = {i for i, bearer in bearers.items() if bearer is None}
    for i, (candidate, target) in enumerate(zip(candidates, targets)):
        if i in unborne:
            continue
        full = candidates[target]
        key = keys[target]
        # "the Lord Chief Justice, Lord Vaal": the title takes the key of its bearer's own mention
        # (round 70), a peer's "lord vaal" too, so the two stay one actor across documents
        bearer = bearers.get(i)
        owner = i if bearer is None else bearer  # whose own written name the key follows
        if target == owner and gender is not None and _titled_surname(candidates[owner], key, gender):
            # "Mrs Howard" with no full name that fits: the title stays in the key, so that the
            # bare surname of a man ("Howard") does not take her across documents either
            titled = candidates[owner]
            key = name_key(f"{titled.title} {titled.text}" if titled.title else titled.text)
        if key:  # never empty for candidates the finder keeps; guards direct callers
            mentions.append(Mention(
                doc=doc_id, start=candidate.start, end=candidate.end, text=candidate.text,
                label=full.label, key=key, full_name=f"{full.text} {TEAM_SUFFIX}" if full.team else full.text,
                sentence=candidate.sentence, cue=candidate.cue,
            ))
    return mentions


def _titled_surname(candidate: Candidate, key: str, gender: NameGender) -> bool:
    """"Mrs Howard" or "Lord Hutton" with no full name that fits: a woman's or a peer's
    title stays in the key."""
    titled = f"{candidate.title} {candidate.text}" if candidate.title else candidate.text
    return (candidate.label in ("PERSON", "ORG") and " " not in key
            and (gender.of_title(titled) == "f" or gender.peerage(titled)))
