"""One name, two senses: a town (or a people) and the club named after it.

Input: the mentions (with the cues ``KindContexts`` read), the documents' texts. Output, for
the mentions of a name the corpus uses both ways, the sense each one reads: ``place`` ("an
equivalent worker in Kessel", "the title came two years ago in Kessel, when"; outside sport a
hometown's "Kessel band", "a Vaal-based firm"), ``people`` ("Kessel people", "Kessel (Gypsies)")
or ``club`` ("Kessel manager Ann Vaal", "on loan from Kessel", "joined from Kessel", "a payment
from Vaal", a sports report's side). The resolver keys the senses apart before clustering
(``NameGraphResolver._nodes``), as it keeps a country's side apart from the country
(``node.team``): the town is one actor (GPE), the people another (NORP), the club a third, whose
kind the usual vote decides (its node also holds the mentions no words decide).

A name splits only when the corpus reads it both ways: a town or people reading somewhere, and
a club's words in at least ``MIN_CLUB_CUES`` mentions of sports stories ("Kessel chairman" of a
business story is a firm's), and more of them than mentions of full person names it ends ("Ann
Kessel": her fans are no club's). An uncued mention never goes to the town (the people) unless its own
story, with no club word and no sport, reads it so elsewhere or the model labels it a place, and
no sport word stands in its sentence: a club named in a politics story about its finances stays
with the club.

The words are those of ``data/kind_contexts.yaml`` (place readings, club words) and the sport
words of ``data/news_domains.yaml``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Callable, Sequence

from newsgraph.data import load_yaml
from newsgraph.model import Mention
from newsgraph.names import TEAM_SUFFIX, NameGender
from newsgraph.resolve.contexts import KindContexts
from newsgraph.resolve.domains import StoryDomains

PLACE = "place"
CLUB = "club"
PEOPLE = "people"
SPORT = "sport"
# mentions with a club's own words a name needs before its place readings split off: one cue
# alone may be a misread ("Kessel are" of a town's voters)
MIN_CLUB_CUES = 2
_PLACE_LABELS = ("GPE", "LOC")
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s?(?!\w)")
_WORD = re.compile(r"[a-z][a-z-]+")
_WORD_AFTER = re.compile(r"\s+([a-z][a-z-]*)\b")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# what closes a venue's "in Kessel" in a sports report: a stop, a bracket, a time ("on Sunday"),
# the end of a headline ("Vaal to compete in Kessel")
_VENUE_CLOSE = re.compile(r"[ \t]*(?:[,.;:(]|\n|$)|\s+(?:on|last|this|next|in|at|during|since|when|where|earlier|later)\b")
# what follows a person's town: a stop ("Jo Brann, of Kessel:") or a lower-case word, her verb
# ("Jo in Kessel complains"); not a capital ("Ann Vaal, of Kessel City") nor a hyphen
_RESIDENT_CLOSE = re.compile(r"[ \t]*[,.;:](?!\w)|[ \t]+[a-z]")
_STAKE_IN = re.compile(r"\b(?:stake|stakes|shareholding|holding|interest|invest|invested|investment)\s+in\s+$")
# a score line's side: "Kessel 2-1 Vaal" (the name before the score, another name after it) and
# "Vaal 2-1 Kessel" (a name and a score before it); a town has no score
_SCORE_AFTER = re.compile(r"[ \t]+\d{1,2}-\d{1,2}[ \t]+[A-Z]")
_SCORE_BEFORE = re.compile(r"[A-Z][\w.'\u2019-]*[ \t]+\d{1,2}-\d{1,2}[ \t]+$")


def _place_after(words) -> re.Pattern:
    """"Kessel band", "Vaal-based": a word after a space, or a hyphen's suffix glued to the name."""
    glued = [str(w)[1:] for w in words if str(w).startswith("-")]
    spaced = [w for w in words if not str(w).startswith("-")]
    return re.compile(rf"(?:\s+(?:{_alternatives(spaced)})|-(?:{_alternatives(glued)}))\b(?!-)")


def _alternatives(words) -> str:
    return "|".join(re.escape(str(w)) for w in words) or "(?!)"


@dataclass
class NameSenses:
    """Reads the sense of each mention of a town-or-club name (see the module docstring)."""

    contexts: KindContexts
    domains: StoryDomains
    sport_place_before: re.Pattern  # "in Kessel": the only place reading a sports report has
    sport_words: frozenset[str]
    club_after: re.Pattern  # "Kessel fans", "Vaal's replay": the club's, of a name also a town
    titles: frozenset[str] = frozenset()  # "Lord Kessel" is a title's, no given name's surname
    people_after: re.Pattern = re.compile("(?!)")  # "Kessel people", "Kessel (Gypsies)": a people
    followers: frozenset[str] = frozenset()  # lower-case words that leave a town "in Kessel" a head
    club_heads: frozenset[str] = frozenset()  # "United", "City": a club's head word, no town
    club_leads: re.Pattern = re.compile("(?!)")  # "joined from Kessel", "a payment from Vaal": the club's
    place_after: re.Pattern = re.compile("(?!)")  # "Kessel band", "Vaal-based": a hometown, outside sport
    resident_before: re.Pattern = re.compile("(?!)")  # "Jo Brann, of Kessel": a person's town, outside sport
    given_name: Callable[[str], bool] = lambda word: False  # "Andrew in Kessel": a person named by her given name
    fixture_after: re.Pattern = re.compile("(?!)")  # "Kessel v Vaal": the name is a side of a fixture
    fixture_before: re.Pattern = re.compile("(?!)")  # "Vaal v Kessel"
    opponent_before: re.Pattern = re.compile("(?!)")  # "a clash with Kessel", "leaders Vaal": a match's other side
    fixture_nouns_after: re.Pattern = re.compile("(?!)")  # "the Kessel game": a match against the club
    sport_club_min_reads: int = 2  # club readings a name typed a place needs to turn a club
    sport_club_min_share: float = 0.25  # and their least share of its mentions
    unplaced_club_min_reads: int = 1  # round 62: the same, for a name the place table does not know
    unplaced_club_min_share: float = 0.0
    transfer_from_before: re.Pattern = re.compile("(?!)")  # "joined Vaal from Kessel": a transfer's club

    @classmethod
    def from_data(cls, contexts: KindContexts, domains: StoryDomains) -> "NameSenses":
        data = load_yaml("kind_contexts.yaml")
        rules = load_yaml("entity_rules.yaml")
        sport = frozenset(w for w, ds in domains.domains_of_word.items() if SPORT in ds)
        versus = _alternatives(data.get("club_sense_fixture_marks", ()))
        people = _alternatives(data.get("people_sense_words_after", ()))
        return cls(
            contexts, domains,
            sport_place_before=re.compile(
                rf"(?<![\w-])(?:{_alternatives(data.get('sport_place_readings_before', ('in',)))})\s+$"),
            sport_words=sport,
            club_after=re.compile(
                rf"(?:['\u2019]s?)?\s+(?:{_alternatives(data.get('club_sense_words_after', ()))})\b(?!-)"),
            titles=frozenset(str(t).lower() for t in rules.get("person_titles", ())),
            people_after=re.compile(rf"(?:\s+|\s*\(\s*)(?i:{people})\b(?!-)"),
            followers=frozenset(str(w) for w in data.get("place_reading_followers_after", ())),
            club_heads=frozenset(str(w).lower() for w in rules.get("team_head_words", ())),
            club_leads=re.compile(
                rf"(?<![\w-])(?i:{_alternatives(data.get('club_sense_leads_before', ()))})\s+$"),
            place_after=_place_after(data.get("place_sense_words_after", ())),
            fixture_after=re.compile(rf"[ \t]+(?:{versus})(?!\w)[ \t]+[A-Z]"),
            fixture_before=re.compile(rf"[A-Z][\w.'\u2019-]*[ \t]+(?:{versus})[ \t]+$"),
            resident_before=re.compile(
                rf"(?<![\w-])(?P<first>[A-Z][\w'\u2019-]*[ \t]+)?(?P<last>[A-Z][\w'\u2019-]*),?[ \t]+"
                rf"(?:{_alternatives(data.get('resident_leads_before', ()))})[ \t]+$"),
            given_name=NameGender.from_data().is_given_name,
            opponent_before=re.compile(
                rf"(?<![\w-])(?:{_alternatives(data.get('club_opponent_leads_before', ()))})[ \t]+$"),
            fixture_nouns_after=re.compile(
                rf"[ \t]+(?:{_alternatives(data.get('club_fixture_nouns_after', ()))})\b(?!-)"),
            sport_club_min_reads=int(data.get("sport_club_kind_min_reads", 2)),
            sport_club_min_share=float(data.get("sport_club_kind_min_share", 0.25)),
            unplaced_club_min_reads=int(data.get("unplaced_club_kind_min_reads", 1)),
            unplaced_club_min_share=float(data.get("unplaced_club_kind_min_share", 0.0)),
            transfer_from_before=re.compile(
                rf"(?<![\w-])(?:{_alternatives(data.get('club_transfer_verbs_before', ()))})"
                rf"[ \t]+(?:[A-Z][\w.'\u2019-]*[ \t]+){{1,3}}from[ \t]+$"),
        )

    def club_read(self, text: str, start: int, end: int) -> bool:
        """A club's own words around the name: "at home to Kessel", "Kessel striker Ann Vaal",
        "the Kessel bench", "Kessel's manager" (``club_leads_before``, ``team_parts_after``,
        ``club_positions_after``, ``club_staff_after``), and of this split only a transfer's or a
        sponsor's "joined from Kessel", "a payment from Vaal" (``club_sense_leads_before``), and
        either side of a fixture, "Kessel v Vaal" (``club_sense_fixture_marks``; round 59). A town
        has no strikers."""
        before = text[max(0, start - 40):start]
        return bool(self.contexts.club_before.search(before) or self.club_leads.search(before)
                    or self.fixture_before.search(before) or self.fixture_after.match(text, end)
                    or self.contexts.team_after.match(text, end)
                    or self.contexts.club_after.match(text, end) or self.club_after.match(text, end))

    def sport_club_read(self, text: str, start: int, end: int) -> bool:
        """Round 60: a club's reading of the name in a sports report, for the kind rule of a name
        typed a place whose every mention is a sports report's (``NameGraphResolver._sport_club_kind``):
        the split's club words (``club_read``), a stay or a club's noun ("his spell at Kessel", "the
        Vaal outfit": ``KindContexts.club_read``), the name as a plural subject ("Kessel are"), a
        match's other side ("a clash with Vaal", "leaders Tamsk": ``club_opponent_leads_before``), a
        match's noun after it ("the Kessel game": ``club_fixture_nouns_after``), a score line's
        side ("Kessel 2-1 Vaal") or, round 62, the club a player left ("joined Vaal from Kessel":
        ``club_transfer_verbs_before``). The town of a venue is written "in Kessel" instead."""
        before = text[max(0, start - 40):start]
        return bool(self.club_read(text, start, end) or self.contexts.club_read(text, start, end)
                    or self.transfer_from_before.search(before)
                    or self.contexts.plural_side(text[start:end], text, start, end)
                    or self.opponent_before.search(before) or self.fixture_nouns_after.match(text, end)
                    or _SCORE_AFTER.match(text, end) or _SCORE_BEFORE.search(before))

    def sport_club(self, mentions: Sequence[Mention], indices: list[int], texts: dict[str, str],
                   placed: bool = True) -> bool:
        """Round 60: the mentions ``indices`` of one actor name a club: every one stands in a sports
        report, none reads as the town (``sport_town_read``), and at least ``sport_club_min_reads``
        of them, ``sport_club_min_share`` of all, read as a club (``sport_club_read``). A venue
        city's mentions ("the final in Kessel") or a town named once outside sport keep the place.
        Round 62: a name the place table does not know (``placed`` false: "Feyenoord", "Partizan")
        has no town for a club's one cue to be misread from, so ``unplaced_club_min_reads`` (one)
        of its mentions suffice, whatever their share: a club named once or twice in a report, as
        long as none reads as a town by the words outside sport either (``unplaced_town_read``)."""
        min_reads, min_share = ((self.sport_club_min_reads, self.sport_club_min_share) if placed
                                else (self.unplaced_club_min_reads, self.unplaced_club_min_share))
        reads = 0
        for i in indices:
            m = mentions[i]
            text = texts.get(m.doc)
            town_read = self.sport_town_read if placed else self.unplaced_town_read
            if not text or not self._sport(m.doc, texts) or town_read(text, m.start, m.end):
                return False
            reads += self.sport_club_read(text, m.start, m.end)
        return reads >= min_reads and reads >= min_share * len(indices)

    def sport_town_read(self, text: str, start: int, end: int) -> bool:
        """Round 60: a town's reading of the name in a sports report, which keeps a name typed a
        place a place whatever its club readings: "the final in Kessel" (``place_read``), a bare
        "in Vaal" or "near Vaal" whatever follows (``KindContexts.placed_in``), "Tamsk's mayor"
        (``place_possessions_after``)."""
        return bool(self.place_read(text, start, end, True) or self.contexts.placed_in(text, start)
                    or self.contexts.place_possession_after.match(text, end))

    def unplaced_town_read(self, text: str, start: int, end: int) -> bool:
        """Round 62: a town's reading of a name the place table does not know, which one club
        reading would otherwise turn a club: the sports report's (``sport_town_read``) or any
        story's ("flew to Kessel", "a drive from Vaal": ``place_read`` outside sport), except the
        club a player left ("joined Vaal from Kessel": ``club_transfer_verbs_before``)."""
        if self.sport_town_read(text, start, end):
            return True
        before = text[max(0, start - 40):start]
        return self.place_read(text, start, end, False) and not self.transfer_from_before.search(before)

    def place_read(self, text: str, start: int, end: int, sport: bool) -> bool:
        """Words that read the name as the town: "in Kessel", "flights to Vaal", "the town of
        Tamsk", "born in Brevik"; in a sports report only "in Kessel" or a venue's "staged in"
        ("a move back to Vaal" is a transfer). A possessive or a club's word after the name makes
        it the club's even so: "in Kessel's defence", "in the Vaal squad"."""
        if _POSSESSIVE_AFTER.match(text, end) or self.club_read(text, start, end):
            return False
        if not sport and self.resident_read(text, start, end):
            return True
        after = _WORD_AFTER.match(text, end)
        if after and after.group(1) not in self.followers:
            return False  # "in the Kessel doping scandal": the name modifies a noun
        before = text[max(0, start - 40):start]
        if _THE_BEFORE.search(before) or self.contexts.stake_before.search(before) or _STAKE_IN.search(before):
            return False  # "in the Kessel case", "its stake in Kessel": a town takes no article, nor is it owned
        if self.contexts.place_before.search(before):
            return True
        if sport:
            # "the title came two years ago in Kessel, when": the town closes its phrase;
            # "confidence in Kessel and what we are doing" is the club's
            return bool(self.sport_place_before.search(before)) and bool(_VENUE_CLOSE.match(text, end))
        return self.contexts.reads_as_place(text, start, end)

    def resident_read(self, text: str, start: int, end: int) -> bool:
        """Round 59: the town a named person lives in or comes from, read outside sports reports:
        a letter-writer's "Jo Brann, of Kessel:", "Ann Vaal, of Tamsk, said", "Jo in Kessel
        complains", "a racer, Jon Vaal, from Tamsk developed" (``resident_leads_before`` after a
        person's two names or a given name, ``name_gender.yaml``). The town closes its phrase (a stop) or a lower-case verb follows it,
        which ``place_read``'s followers would take for a noun the name modifies ("in the Kessel
        doping scandal" has "the" before it, no name)."""
        lead = self.resident_before.search(text, max(0, start - 40), start)
        # a person's two names ("Jo Brann, of"), or a given name alone ("Andrew in"): not a
        # sentence's first word of any kind ("Shares of Kessel fell", "Stops in Vaal")
        if lead is None or not (lead.group("first") or self.given_name(lead.group("last"))):
            return False
        return bool(_RESIDENT_CLOSE.match(text, end))

    def sport_sentence(self, text: str, start: int, end: int) -> bool:
        """A sport word in the name's sentence: "drunken Kessel football fans" is the club's."""
        left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
        right = min((i for i in (text.find(".", end), text.find("\n", end)) if i >= 0), default=len(text))
        return any(w in self.sport_words for w in _WORD.findall(text[left:right].lower()))

    def split(self, mentions: Sequence[Mention], texts: dict[str, str],
              skip: frozenset[str]) -> dict[int, str]:
        """The sense of every mention of the names the corpus reads both as a town and as a
        club (keys in ``skip`` never split: countries, whose sides are ``team`` nodes, and
        peoples). Names read one way only are left out: one entity is never split."""
        by_key: dict[str, list[int]] = defaultdict(list)
        for i, m in enumerate(mentions):
            if " " not in m.key and m.key not in skip and m.label in ("ORG", "GPE", "LOC", "PERSON"):
                by_key[m.key].append(i)
        sides = self._sides(mentions, texts)
        # the surnames of full person names: "Kessel fans" of the singer Ann Kessel are hers
        # (not a title's "Lord Kessel", nor a club's initials the model read as a person: "AS Kessel")
        surnames = Counter(m.key.split()[-1] for m in mentions if m.label == "PERSON" and " " in m.key
                           and m.key.split()[0] not in self.titles and not m.full_name.split()[0].isupper())
        out: dict[int, str] = {}
        for key, indices in by_key.items():
            if len({mentions[i].doc for i in indices}) < 2 or key in self.club_heads:
                continue  # a name of one story: no town to split off
            out.update(self._split_name(mentions, indices, texts, sides, surnames.get(key, 0)))
        return out

    def _split_name(self, mentions: Sequence[Mention], indices: list[int], texts: dict[str, str],
                    sides: frozenset[tuple[str, str]], surname_uses: int = 0) -> dict[int, str]:
        """The senses of one name's mentions, or nothing when it reads one way only. ``sides``:
        (document, name key) of the sports reports whose words make the name a side there (a
        fixture's "Kessel v Vaal", a score, "Kessel are": ``KindContexts._plural_subject``).
        ``surname_uses``: mentions of full person names the name ends ("Ann Kessel"). A club's
        words may be a person's ("Kessel fans" of the singer): the name splits only when its
        club words in sports reports outnumber those full names, so a town named like a
        once-named person ("Jo Kessel") still parts from its club."""
        read: dict[int, str] = {}
        for i in indices:
            m = mentions[i]
            text = texts.get(m.doc)
            if not text:
                continue
            if self.club_read(text, m.start, m.end):
                read[i] = CLUB  # a club's words
            elif not self._sport(m.doc, texts) and self.people_after.match(text, m.end):
                read[i] = PEOPLE  # "penalised Kessel people" of a club's name: the people
            elif not self._sport(m.doc, texts) and (self.place_after.match(text, m.end)
                                                    or self.resident_read(text, m.start, m.end)):
                # "the Kessel band won", "a Vaal-based firm", "Jo Brann, of Kessel, said": a hometown
                # in arts or news, even beside a word sport shares ("won", "award"): a club has no
                # singers, and a letter-writer is no player
                read[i] = PLACE
            elif self.place_read(text, m.start, m.end,
                                 self._sport(m.doc, texts) or self.sport_sentence(text, m.start, m.end)):
                read[i] = PLACE  # "the Grand Prix in Kessel on Friday", even where the name is a side
            elif self._sport(m.doc, texts) and (m.doc, m.key) in sides:
                read[i] = CLUB  # a sports report that writes the name as a side
        # in a sports report that names the club, a bare "in Kessel" is weak ("confidence in Kessel"):
        # only a venue's or a birthplace's words ("staged in", "born in") read the town there
        club_read_docs = {mentions[i].doc for i, s in read.items() if s == CLUB}
        for i, s in list(read.items()):
            m = mentions[i]
            if (s == PLACE and m.doc in club_read_docs and self._sport(m.doc, texts)
                    and not self.contexts.place_before.search(texts[m.doc][max(0, m.start - 40):m.start])):
                del read[i]
        key = mentions[indices[0]].key
        side_docs = {doc for doc, k in sides if k == key and self._sport(doc, texts)}
        club_docs = {mentions[i].doc for i, s in read.items() if s == CLUB} | side_docs
        # only a sports report's club words count: "Kessel chairman" of a business story is a firm's
        sport_cues = sum(1 for i, s in read.items() if s == CLUB and self._sport(mentions[i].doc, texts))
        club_cues = sport_cues + len(side_docs - {mentions[i].doc for i in read})
        if club_cues < MIN_CLUB_CUES or club_cues <= surname_uses:
            return {}
        place_docs = {mentions[i].doc for i, s in read.items() if s == PLACE}
        people_docs = {mentions[i].doc for i, s in read.items() if s == PEOPLE} - place_docs
        senses: dict[int, str] = {}
        for i in indices:
            m = mentions[i]
            if i in read:
                senses[i] = read[i]
                continue
            text = texts.get(m.doc, "")
            # an uncued mention reads the town (the people) only in a story of no club cue and no
            # sport report that reads it so elsewhere (or labels it a place), with no sport word in
            # its sentence
            other = (m.doc not in club_docs and not self._sport(m.doc, texts)
                     and not self.sport_sentence(text, m.start, m.end))
            if other and m.doc in people_docs:
                senses[i] = PEOPLE
            elif other and (m.doc in place_docs or m.label in _PLACE_LABELS):
                senses[i] = PLACE
            else:
                senses[i] = CLUB
        return senses if {PLACE, PEOPLE} & set(senses.values()) else {}

    def after_place_preposition(self, text: str, start: int) -> bool:
        """"in Kessel", "near Vaal" (``sport_place_readings_before``): a name the parse takes for
        the subject of "said" there ("a lecturer at a college in Kessel said") is no voice."""
        return bool(self.sport_place_before.search(text, max(0, start - 40), start))

    def unsplit_reads(self, mentions: Sequence[Mention], indices: list[int],
                      texts: dict[str, str]) -> tuple[frozenset[int], int]:
        """Round 51: (the mentions read as the town, how many read as the club in sports reports)
        among ``indices``, the mentions of a name the split left whole, read as ``_split_name``
        reads them: a town's "in Kessel", "the Vaal band" (outside sport), a club's "at home to
        Tamsk". Fewer than ``MIN_CLUB_CUES`` club readings leave one actor holding both; its larger
        sense gives it its kind (``NameGraphResolver._unsplit_town_kind``)."""
        town: set[int] = set()
        club = 0
        for i in indices:
            m = mentions[i]
            text = texts.get(m.doc)
            if not text:
                continue
            sport = self._sport(m.doc, texts)
            if self.club_read(text, m.start, m.end):
                club += sport
            elif ((not sport and (self.place_after.match(text, m.end) or self.resident_read(text, m.start, m.end)))
                  or self.place_read(text, m.start, m.end, sport or self.sport_sentence(text, m.start, m.end))):
                town.add(i)
        return frozenset(town), club

    def club_worded(self, mentions: Sequence[Mention], texts: dict[str, str],
                    senses: dict[int, str]) -> frozenset[int]:
        """The mentions of the club's sense that carry a club's own words (``club_read``) or stand as
        a side in a sports report: the evidence the club's node is a club and not the venues it
        also holds (``namegraph._sense_kind``)."""
        keys = {mentions[i].key for i, s in senses.items() if s == CLUB}
        suffix = " " + TEAM_SUFFIX
        # the split names' mentions and their sides ("kessel team"): no pass over the whole corpus
        sides = self._sides([m for m in mentions if m.key in keys or m.key.removesuffix(suffix) in keys], texts)
        out = set()
        for i, s in senses.items():
            m = mentions[i]
            text = texts.get(m.doc)
            if s == CLUB and text and (self.club_read(text, m.start, m.end)
                                       or ((m.doc, m.key) in sides and self._sport(m.doc, texts))):
                out.add(i)
        return frozenset(out)

    def _sides(self, mentions: Sequence[Mention], texts: dict[str, str]) -> frozenset[tuple[str, str]]:
        """(document, name key) where a sports report writes the name as a side: the mention
        stage's team sense ("Kessel v Vaal", a score: key "kessel team"), or the name as the whole
        subject of a plural verb ("Kessel were beaten": a British report's side)."""
        out = set()
        suffix = " " + TEAM_SUFFIX
        for m in mentions:
            if m.key.endswith(suffix):
                out.add((m.doc, m.key[:-len(suffix)]))
            elif (text := texts.get(m.doc)) and self.contexts.plural_side(m.text, text, m.start, m.end):
                out.add((m.doc, m.key))
        return frozenset(out)

    def _sport(self, doc: str, texts: dict[str, str]) -> bool:
        """A sports report, or a story sport shares with another domain (a club's accounts)."""
        return SPORT in self.domains.leading_of_doc(doc, texts)
