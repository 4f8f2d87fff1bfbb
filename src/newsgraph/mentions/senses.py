"""Senses of a name the label alone does not tell: a work's title, a place playing as a team.

Input: a spaCy span the NER gave a label, and the document's sport flag. Output: whether the
span names a work (a film, an album, a show: no actor) or, in a sports report, the team of
the place it names ("Wales beat France": two national sides, not two states). The cues are
the words of ``data/entity_rules.yaml`` (work_nouns, work_lead_phrases, team_nouns,
match_verbs, sport_words); countries come from ``data/countries.txt``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from newsgraph.data import load_lines
from newsgraph.mentions.rules import EntityRules
from newsgraph.mentions.titles import closes_title
from newsgraph.names import TEAM_SUFFIX

__all__ = ["Senses", "TEAM_SUFFIX"]

# A document is a sports report when this many of its words, and one in a hundred, are sport words.
SPORT_MIN_WORDS = 6
SPORT_MIN_SHARE = 0.01
# A short report is one with fewer sport words but denser: this many different ones, and one in
# fifty words.
# A 150-word squad announcement holds four or five ("coach", "flanker", "capt", "Nations"), and
# its "the Kemaria team" is the side, not the state.
SPORT_DENSE_WORDS = 4
SPORT_DENSE_SHARE = 0.02
# Different sport words that let a score before a country make it a side outside a sports report
SPORT_CUE_WORDS = 2
_QUOTES = {'"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "``", "''"}
_SUBJECTS = ("nsubj", "nsubjpass")
# verbs of a journey: their object is the country gone through, whoever plays there
_JOURNEY_VERBS = frozenset({"tour"})
# verbs of a fixture away ("Kessel visit Brevik") that a touring party also does to a country
_VISIT_VERBS = frozenset({"visit"})
# the side itself: a country that owns one by a possessive is the country ("Kessel's relay team")
_COLLECTIVE_SIDES = frozenset({"team", "teams", "side", "sides", "squad", "squads"})
# the lower-case word right before a name, past a "the" and a quote ("biopic 'Kessel", "the film The Vaal"
# trimmed of its "The"); a hyphen before it is another word's ("film-maker")
_WORD_BEFORE_NAME = re.compile(r"(?<![\w'\u2019-])([a-z][a-z-]*)[ \t]+(?:[Tt]he[ \t]+)?[\"'\u2018\u201c]?$")


@dataclass(frozen=True)
class Senses:
    """The word lists of the sense cues, as sets."""

    work_nouns: frozenset[str]
    work_nouns_after: frozenset[str]
    work_leads: tuple[tuple[str, ...], ...]
    team_nouns: frozenset[str]
    match_verbs: frozenset[str]
    match_nouns: frozenset[str]
    sport_words: frozenset[str]
    countries: frozenset[str]
    side_verbs: frozenset[str] = frozenset()
    sport_codes: frozenset[str] = frozenset()
    played_nouns: frozenset[str] = frozenset()
    side_role_nouns: frozenset[str] = frozenset()
    result_nouns: frozenset[str] = frozenset()
    side_sex_nouns: frozenset[str] = frozenset()
    placing_words: frozenset[str] = frozenset()
    side_fixture_nouns: frozenset[str] = frozenset()
    score_opponent_preps: frozenset[str] = frozenset()
    score_result_nouns: frozenset[str] = frozenset()

    @classmethod
    def from_rules(cls, rules: EntityRules) -> "Senses":
        return cls(
            work_nouns=frozenset(w.lower() for w in rules.work_nouns),
            work_nouns_after=frozenset(w.lower() for w in rules.work_nouns_after),
            work_leads=tuple(tuple(p.lower().split()) for p in rules.work_lead_phrases),
            team_nouns=frozenset(w.lower() for w in rules.team_nouns),
            match_verbs=frozenset(rules.match_verbs),
            match_nouns=frozenset(w.lower() for w in rules.match_nouns),
            sport_words=frozenset(w.lower() for w in rules.sport_words | rules.sport_report_words),
            countries=frozenset(load_lines("countries.txt")),
            side_verbs=frozenset(rules.side_verbs),
            sport_codes=frozenset(w.lower() for w in rules.sport_codes),
            played_nouns=frozenset(w.lower() for w in rules.played_nouns),
            side_role_nouns=frozenset(w.lower() for w in rules.side_role_nouns),
            result_nouns=frozenset(w.lower() for w in rules.result_nouns),
            side_sex_nouns=frozenset(w.lower() for w in rules.side_sex_nouns),
            placing_words=frozenset(w.lower() for w in rules.placing_words),
            side_fixture_nouns=frozenset(w.lower() for w in rules.side_fixture_nouns),
            score_opponent_preps=frozenset(w.lower() for w in rules.score_opponent_preps),
            score_result_nouns=frozenset(w.lower() for w in rules.score_result_nouns),
        )

    def is_sport(self, docs: Iterable) -> bool:
        """Does the document read as a sports report (its words, counted over all chunks)?"""
        hits = words = 0
        seen: set[str] = set()
        for doc in docs:
            for token in doc:
                if token.is_alpha:
                    words += 1
                    if token.lower_ in self.sport_words:
                        hits += 1
                        seen.add(token.lower_)
        if hits >= SPORT_MIN_WORDS and hits >= SPORT_MIN_SHARE * words:
            return True
        # a short report needs as many different words: a story that says "race" four times is
        # about a race of some kind, one with a coach, a flanker, caps and a skipper is sport
        return len(seen) >= SPORT_DENSE_WORDS and hits >= SPORT_DENSE_SHARE * words

    def is_work(self, span) -> bool:
        """"the film Kessel Nights", "the show 'Blue Harbour'", "starring in Blue Harbour". A
        quoted name alone is no cue: news quotes the names it introduces ('a group called
        "Kessel Front"')."""
        doc = span.doc
        if span.end < len(doc) and doc[span.end].tag_ == "POS":
            return False  # "a role in Kessel's film": the owner of a work is no work
        if span.end < len(doc) and doc[span.end].is_lower and doc[span.end].lower_ in self.work_nouns_after:
            return True  # "the Kessel worm": a thing no one makes under that name but the thing itself
        if _modifies_next_noun(span):
            return False  # "an adaptation of the Kessel best-seller": the name of its author, no work
        if self._called_work(span):
            return True
        before = span.start - 1
        while before >= 0 and (doc[before].text in _QUOTES or doc[before].lower_ == "the"):
            before -= 1  # "the film 'Kessel Nights'", "the movie The Kessel Code" (its "The" trimmed)
        if before >= 0:
            token = doc[before]
            # a lower-case noun of works the tagger took for a name's word ("Kessel biopic Vaal":
            # "biopic" a PROPN) is still the noun: a name is capitalised
            if token.is_lower and token.pos_ in ("NOUN", "ADJ", "PROPN") and token.lower_ in self.work_nouns:
                return True
            words = tuple(t.lower_ for t in doc[max(0, before - 2):before + 1])
            if any(words[len(words) - len(lead):] == lead for lead in self.work_leads if len(lead) <= len(words)):
                return True
        return False

    def noun_before(self, text: str, start: int) -> bool:
        """Round 65: a lower-case noun of works right before the name in the raw text, maybe
        with "the" or a quote between ("the biopic Kessel", "Jo Vaal biopic 'Kessel'"): the
        sentence names the work there, not by an apposition the parse may have misread
        ("written by Kessel - a song called ..." is the writer)."""
        match = _WORD_BEFORE_NAME.search(text, max(0, start - 40), start)
        return match is not None and match.group(1) in self.work_nouns

    def in_title(self, span) -> bool:
        """A word of a longer title that the model tagged alone, no mention of an actor: the
        tail of a capitalised run a mid-sentence "The" opens ("to see The Fall of the Kessel":
        no Kessel), or a place a verb's object and an epithet follow ("they sang Kessland the
        Brave at the match": a song). A sentence-opening "The" is no cue."""
        return closes_title(span.doc.text, span.start_char) or _place_with_epithet(span)

    def _called_work(self, span) -> bool:
        """The sentence calls the name a work in apposition or as its predicate: "its latest
        film, Kessel Nights", "Kessel Nights, the film", "Kessel Nights is an enchanting book"."""
        root = span.root
        if root.dep_ == "appos" and self._work_noun(root.head) and _determined(root.head):
            return True
        if any(c.dep_ == "appos" and self._work_noun(c) and _determined(c) for c in root.children):
            return True
        if root.dep_ in _SUBJECTS and root.head.lemma_ == "be":
            return any(c.dep_ == "attr" and self._work_noun(c) for c in root.head.children)
        return False

    def _work_noun(self, token) -> bool:
        """A noun of works; of coordinated nouns the last one heads the phrase: "the handset and
        network maker" is a maker (no work), though the parse heads it with "handset"."""
        last = token
        while any(c.dep_ == "conj" for c in last.children):
            last = next(c for c in last.children if c.dep_ == "conj")
        if last is not token and not (last.is_lower and last.pos_ == "NOUN" and last.lower_ in self.work_nouns):
            return False
        return token.is_lower and token.pos_ == "NOUN" and token.lower_ in self.work_nouns

    def _team_head(self, head) -> bool:
        """A team noun heads the noun phrase, maybe through more modifiers: "the Wales coach",
        "the Kessel rugby league captain"."""
        for _ in range(4):
            if head.lower_ in self.team_nouns:
                return True
            if head.dep_ not in ("compound", "nmod") or head.head.i <= head.i:
                return False
            head = head.head
        return False

    def _team_noun_follows(self, span) -> bool:
        """A team noun among the nouns right after the name, whatever the parse says:
        "Kessel rugby league captain"."""
        doc = span.doc
        if _hyphened_word_at(doc, span.end) in self.team_nouns:
            return True  # "Kessel fly-half Jon Vaal": the tokenizer splits the noun at its hyphen
        for token in doc[span.end:span.end + 3]:
            if token.is_lower and token.pos_ == "ADJ" and token.lower_ in self.team_nouns:
                return _used_as_noun(token)  # "Kemaria international Jon Vaal", not "international trade"
            if token.pos_ not in ("NOUN", "PROPN") or not token.is_lower:
                return False
            if token.lower_ in self.team_nouns:
                return True
        return False

    def _fixture_noun_follows(self, span) -> bool:
        """"the Kessel game", "the Kessel camp", "a Kessel recall": a noun of a fixture or of the
        side's company right after a country, heading its phrase (not "the Kessel match report")."""
        doc = span.doc
        word = _hyphened_word_at(doc, span.end) or (doc[span.end].lower_ if span.end < len(doc) else "")
        if word not in self.side_fixture_nouns or not doc[span.end].is_lower:
            return False
        after = span.end + (3 if "-" in word else 1)
        return after >= len(doc) or doc[after].pos_ not in ("NOUN", "PROPN")

    def _met_after_score(self, span) -> bool:
        """"were beaten 17-12 by Kemaria", "lost 2-1 to Kemaria", "a 3-1 win over Kemaria": a score,
        maybe a noun of its outcome, and a preposition of the opponent right before the name: a
        result is a side's. Not a player's country ("went down 6-2 to Kemaria's Ann Vaal": a
        possessive after the name), nor one after a tennis match's sets ("lost 6-2 6-2 to Kemaria"
        of a player's rubber: another score before the score)."""
        doc = span.doc
        prep = span.start - 1
        if prep < 1 or doc[prep].lower_ not in self.score_opponent_preps:
            return False
        if span.end < len(doc) and doc[span.end].tag_ == "POS":
            return False
        score_end = prep - 1 if doc[prep - 1].lower_ in self.score_result_nouns else prep
        width = next((n for n in (1, 3) if _score_at(doc, score_end - n, score_end)), 0)
        if not width:
            return False
        return not any(_score_at(doc, score_end - width - n, score_end - width) for n in (1, 3))

    def _sport_worded(self, doc) -> bool:
        """At least ``SPORT_CUE_WORDS`` different sport words in the text ("rugby", "try"): a
        report too short for ``is_sport``, enough to read a score as a match's."""
        return len({t.lower_ for t in doc if t.lower_ in self.sport_words}) >= SPORT_CUE_WORDS

    def _played_for(self, node) -> bool:
        """"compete for Kessel", "played for Kessel", "representing Kessel": an athlete's
        country is the side he plays in."""
        head = node.head
        if node.dep_ == "dobj":
            return head.lemma_ == "represent"
        return node.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_ in self.side_verbs

    def _coded_side(self, noun) -> bool:
        """A side a sport's name qualifies ("Kessel's rugby league team", "its football side"):
        the national side of that sport, not a country's entrants in an event ("its relay team")."""
        return any(c.dep_ in ("compound", "amod", "nmod") and (c.lower_ in self.sport_codes or self._coded_side(c))
                   for c in noun.children if c.i < noun.i)

    def _won_over(self, node) -> bool:
        """"a 3-2 win over Kessel", "158 goals in 276 games for Kessel", "a third success for
        Kessel": the opponent beaten, or the side a player's games or a result count for."""
        prep = node.head
        if node.dep_ != "pobj" or prep.lower_ not in ("over", "for"):
            return False
        noun = prep.head.lower_
        if prep.lower_ == "for" and self._placed_or_won(prep.head):
            return True  # "came fourth for Kemaria", "took gold for Kemaria": the side an athlete scores for
        return noun in self.match_nouns or (prep.lower_ == "for" and noun in self.played_nouns)

    def _placed_or_won(self, word) -> bool:
        """A placing or a result that the word is or that its verb takes: "fourth for", "came
        home fourth for", "took gold for" (the parser hangs "for" on the verb or on the result)."""
        if word.lower_ in self.placing_words or word.lower_ in self.result_nouns:
            return word.pos_ in ("NOUN", "ADJ", "ADV", "NUM")
        if word.pos_ not in ("VERB", "AUX"):
            return False
        return any((c.dep_ in ("advmod", "acomp", "oprd", "npadvmod") and c.lower_ in self.placing_words)
                   or (c.dep_ == "dobj" and c.lower_ in self.result_nouns) for c in word.children)

    def _role_before(self, span) -> bool:
        """"held off favourites the Kessel", "holders Kessel": a noun of a side's standing right
        before the name (an article between) names it as that side, whatever the parse made of it."""
        doc = span.doc
        before = span.start - 1
        if before >= 0 and doc[before].lower_ == "the":
            before -= 1
        return before >= 0 and doc[before].lower_ in self.side_role_nouns and doc[before].pos_ in ("NOUN", "PROPN")

    def _result_follows(self, span) -> bool:
        """"keep Kessel hopes alive", "a Kessel victory": a result noun right after the name that
        heads its phrase (no noun after it: "Kessel gold reserves" is the country's)."""
        doc = span.doc
        if span.end >= len(doc) or not doc[span.end].is_lower:
            return False
        if doc[span.end].lower_ in self.placing_words:
            return _placing_ends(doc, span.end)  # "with Kemaria second on 48 points": a side's place
        if doc[span.end].lower_ not in self.result_nouns:
            return False
        after = doc[span.end + 1] if span.end + 1 < len(doc) else None
        return after is None or after.pos_ not in ("NOUN", "PROPN")

    def _takes_result(self, node) -> bool:
        """"helped Kessel claim a 5-0 win", "Kessel kept the final alive": a subject whose verb
        takes a result as its object or its object's complement, up to that phrase's head (the
        parser reads "kept the final alive" either way; "claim a share of the gold" takes none)."""
        if node.dep_ not in _SUBJECTS:
            return False
        doc = node.doc
        verbs = [node.head] + [c for c in node.head.children if c.dep_ == "xcomp"]  # "failed to win a medal"
        return any(t.lower_ in self.result_nouns for verb in verbs for c in verb.children if c.dep_ in ("dobj", "oprd")
                   for t in doc[c.left_edge.i:c.i + 1])

    def is_team(self, span, sport: bool) -> bool:
        """In a sports report, a place that a team noun follows ("the Wales coach"); a country
        that plays ("Wales beat France", "lost to Italy", "against Scotland", "Wales's hopes")
        or takes a plural verb ("England are"); a city that a score follows ("Kessel 2 Brenton 1");
        either side of a fixture ("Kessel v Brenton")."""
        if _cut_from_longer_name(span):
            return False
        if not sport:
            # a short match report falls under the sports report's count ("beaten 21-14 by Kemaria
            # in a plate final", 200 words): a score met right before a country, and sport's words
            # in the text, still make it the side
            return span.text in self.countries and self._met_after_score(span) and self._sport_worded(span.doc)
        root = span.root
        head = root.head
        if root.dep_ in ("compound", "nmod", "amod") and head.i > root.i and self._team_head(head):
            return True
        if self._team_noun_follows(span) or _versus(span):
            return True
        if span.text not in self.countries:
            # the model tags athletes and bands as places too: only a result tells. Not a score met
            # before a town ("a 3-1 win over Kessel"): its club is often an actor of its own under
            # the bare name, which a town's side key ("Kessel team") would split
            return _score_follows(span)
        if _in_name_list(span):
            return True  # a country only: a team sheet's line of surnames the model called places is no pool
        if _scored_against(span) or self._fixture_noun_follows(span) or self._met_after_score(span):
            return True  # a country only: "Kessel 17-12 Brevik", "the Kessel game", "beaten 17-12 by Kessel"
        if self._role_before(span) or self._result_follows(span):
            return True  # a country only: "champions Kessel City" is a club, its name cut
        if root.dep_ == "poss" and head.lower_ in self.side_sex_nouns and head.dep_ == "poss":
            head = head.head  # "Kemaria's men's relay team": the side the country owns through its sex
        if root.dep_ == "poss" and (head.lower_ in self.team_nouns or head.lower_ in self.match_nouns):
            # "Wales's hopes", "Kessel's Davis Cup tie" (not "Kessel's athletics body"); the owner of
            # a side named as such is the nation: "Kessel's relay team" is the country's team
            return head.lower_ not in _COLLECTIVE_SIDES or self._coded_side(head)
        node = root
        while node.dep_ in ("conj", "appos") and node.head is not node:
            node = node.head  # "Wales and France drew", "beat the favourites, Kessel"
        if node.dep_ == "dobj" and node.head.lemma_ in _JOURNEY_VERBS:
            return False  # "the side toured Kemaria and Tamsk": the countries a tour goes through
        if node.dep_ == "dobj" and node.head.lemma_ in _VISIT_VERBS and not _named_subject(node.head):
            return False  # "the squad, who will visit Kemaria in the summer": a destination, not a fixture
        if node.dep_ in _SUBJECTS + ("dobj",) and node.head.lemma_ in self.match_verbs:
            # a British report gives a side a plural verb ("Kessel face Brevik"); a singular one
            # as subject is the nation or its federation ("Kessel faces competition to host")
            return not (node.dep_ in _SUBJECTS and node.head.tag_ == "VBZ")
        if self._played_for(node) or self._won_over(node) or self._takes_result(node):
            return True
        if node.dep_ in _SUBJECTS and _against_named(node.head):
            return True  # "Kessel could end years of failure against Brevik": a side meets a named opponent
        # the first of a list carries the preposition: "drawn against Kessel, Brevik and Tamsk"
        if node.dep_ == "pobj" and (node.head.lower_ == "against" or (
                node.head.lower_ == "to" and node.head.head.lemma_ in ("lose", "fall", "slump", "crash", "defeat"))):
            return True  # "lost to Kessel", "a final defeat to Kessel"
        # "Norway and Chile have declined": two subjects take the plural, whatever they are
        coordinated = any(c.dep_ == "conj" for c in root.children)
        return root.dep_ in _SUBJECTS and not coordinated and _plural_verb(head)


# the dependencies that keep to a verb's own clause: its objects and their prepositions
_CLAUSE_DEPS = frozenset({"prep", "pobj", "dobj", "attr", "npadvmod", "acomp"})


def _against_named(verb) -> bool:
    """"against" a proper name within the verb's own clause ("end years of failure against
    Kessel"), not "protested against the decision": an opponent named, so a match."""
    stack = [c for c in verb.children if c.dep_ in _CLAUSE_DEPS]
    while stack:
        token = stack.pop()
        if token.lower_ == "against" and any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in token.children):
            return True
        stack.extend(c for c in token.children if c.dep_ in _CLAUSE_DEPS)
    return False


def _used_as_noun(token) -> bool:
    """An adjective the parser read that stands as a noun: a name or a stop follows it
    ("Kemaria international Jon Vaal", "another Kemaria international, Jon Vaal")."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return nxt is None or nxt.is_punct or nxt.pos_ == "PROPN"


def _placing_ends(doc, i: int) -> bool:
    """A placing word ends its phrase: no noun or hyphen after it ("Kemaria second on 48", not
    "Kemaria second-largest bank" nor "Kemaria second city")."""
    after = doc[i + 1] if i + 1 < len(doc) else None
    return after is None or not (after.text == "-" or after.pos_ in ("NOUN", "PROPN", "ADJ"))


def _cut_from_longer_name(span) -> bool:
    """A capitalised word right after the place carries the name on ("Kessel Thursday
    manager", a club named after a town and a day): the span is a fragment of that club's
    name, no side of the place."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return nxt.is_alpha and nxt.is_title and len(nxt) > 1 and nxt.pos_ == "PROPN"


def _named_subject(verb) -> bool:
    """"Kessel visit Brevik": a fixture has a named side on each side of the verb; "they",
    "the party, who" or "the champions" visiting a country go there."""
    return any(c.dep_ in _SUBJECTS and not c.is_lower and c.pos_ != "PRON" for c in verb.children)


# a line of a seeding or a pool: names, seeds in brackets and commas, nothing else
_LIST_ITEM = re.compile(r"[A-Z][\w'.-]*(?: [A-Z][\w'.-]*)*(?: \(\d{1,2}\))?")
_MIN_LIST_ITEMS = 4


def _in_name_list(span) -> bool:
    """A place in a line that lists only names ("Kessel (1), Brevik (8), Tamsk, Vaal."): in a
    sports report such a line is a draw's pool or a table, and every name in it a side."""
    text = span.doc.text
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    items = text[start:end if end >= 0 else len(text)].strip().rstrip(".").split(", ")
    return len(items) >= _MIN_LIST_ITEMS and all(_LIST_ITEM.fullmatch(item) for item in items)


_PLACE_LABELS = ("GPE", "LOC")


def _place_with_epithet(span) -> bool:
    """"sang Kessland the Brave at": a place that a verb takes and "the" + one capitalised
    word the model tagged no name follows, then a lower-case word or a stop: a song's title."""
    doc = span.doc
    if span.root.ent_type_ not in _PLACE_LABELS or span.start == 0:
        return False
    if doc[span.start - 1].pos_ != "VERB" or span.end + 1 >= len(doc):
        return False
    the, epithet = doc[span.end], doc[span.end + 1]
    after = doc[span.end + 2] if span.end + 2 < len(doc) else None
    return (the.text == "the" and epithet.is_title and epithet.is_alpha and not epithet.ent_type_
            and (after is None or after.is_lower or after.is_punct))


def _modifies_next_noun(span) -> bool:
    """A lower-case noun right after the name ("the Kessel novel"), or a hyphened adjective that
    starts one ("the Kessel best-seller"); not "Kessel Nights last year"."""
    doc = span.doc
    if span.end >= len(doc) or not doc[span.end].is_lower:
        return False
    nxt = doc[span.end]
    return nxt.pos_ == "NOUN" or (nxt.pos_ == "ADJ" and span.end + 1 < len(doc) and doc[span.end + 1].text == "-")


def _determined(noun) -> bool:
    """A noun phrase with its own determiner ("the film", "its latest film"): an apposition the
    parser attached to a name without one is often another phrase's ("voiced by the late Kessel,
    superb children's programme")."""
    return any(c.dep_ == "det" or (c.dep_ == "poss" and c.pos_ in ("PRON", "PROPN")) for c in noun.children)


_PLURAL_FORMS = ("are", "have", "were", "'re", "'ve")


def _plural_verb(verb) -> bool:
    """"England are", "Wales have won": a singular place with a plural verb is a side."""
    if verb.lower_ in _PLURAL_FORMS or (verb.tag_ == "VBP" and "Number=Plur" in str(verb.morph)):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PLURAL_FORMS for c in verb.children)


_VERSUS = frozenset({"v", "v.", "vs", "vs.", "versus"})


def _versus(span) -> bool:
    """A name on either side of "v" in a sports report: a fixture, played by teams."""
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    return after in _VERSUS or before in _VERSUS


def _hyphened_word_at(doc, i: int) -> str:
    """The lower-case word the tokenizer split at its hyphen from token i ("fly" "-" "half"), or ""."""
    if i + 2 >= len(doc) or doc[i + 1].text != "-" or doc[i].whitespace_ or doc[i + 1].whitespace_:
        return ""
    if not (doc[i].is_alpha and doc[i + 2].is_alpha):
        return ""
    return f"{doc[i].lower_}-{doc[i + 2].lower_}"


# a score of a match: two small numbers joined by a hyphen or a dash, written as one word
_SCORE = re.compile(r"\d{1,3}[-\u2013]\d{1,3}")


def _score_at(doc, start: int, end: int) -> bool:
    """Tokens [start, end) write one score ("17-12", tokenized "17" "-" "12" or whole)."""
    if start < 0 or end > len(doc) or start >= end:
        return False
    tokens = doc[start:end]
    if any(t.whitespace_ for t in tokens[:-1]):
        return False
    return bool(_SCORE.fullmatch("".join(t.text for t in tokens)))


def _scored_against(span) -> bool:
    """A country on either side of a score with no word between: "Kessel 17-12 Brevik" (a result
    line), "Brevik 19-47 Kessel", "puts Kessel 2-0 up" (a tie's score). A score is never a
    state's; a year or a count is no score ("Kessel 2004", "Kessel 12 months"). A country "of" or
    "from" a named player or club is where they come from ("beat Jon Vaal of Kessel 6-1 6-2")."""
    doc = span.doc
    if span.root.dep_ == "pobj" and span.root.head.lower_ in ("of", "from"):
        return False
    after = any(_score_at(doc, span.end, span.end + n) for n in (1, 3))
    if after:
        last = span.end + (1 if _score_at(doc, span.end, span.end + 1) else 3)
        counted = doc[last] if last < len(doc) else None
        return counted is None or not (counted.is_alpha and counted.is_lower and counted.pos_ == "NOUN")
    before = next((n for n in (1, 3) if _score_at(doc, span.start - n, span.start)), 0)
    if not before or span.start - before - 1 < 0:
        return False
    named = doc[span.start - before - 1]
    return named.is_title and named.is_alpha  # the other side's name right before the score


def _score_follows(span) -> bool:
    doc = span.doc
    if span.end >= len(doc):
        return False
    token = doc[span.end]
    if not (token.like_num and not any(ch.isalpha() for ch in token.text) and len(token.text) <= 3):
        return False
    # "returned to Kessel 12 months later": a number that counts a lower-case noun is no score
    counted = doc[span.end + 1] if span.end + 1 < len(doc) else None
    return counted is None or not (counted.is_alpha and counted.is_lower)
