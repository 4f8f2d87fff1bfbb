"""Works across the corpus: names some story calls a film, an album or a show are no actors.

Input: the documents' texts and the resolver's name nodes. Output: for each name key, the
documents whose text calls it a work ("the film X", "his new album 'X'", "starring in X"), and
for each mention whether it lies inside a longer work title its document writes ("an Atomic
Kessel" inside "How to Mend an Atomic Kessel"). The mention stage drops a work only in the
document that states it; a story that names the same film bare kept it as an actor. The
resolver pools these votes over the whole corpus (``corpus_work_vote``) and leaves the names it
finds to be works out of the actor graph; their text stays in the documents, searchable. A
second family of cues (``_TrailFinder``: "X (1994)", "X, directed by", "her role in X", "the X
sequel", "the X console", "this year's X") is voted apart, where agency outvotes it
(``NameGraphResolver._trailed_works``).

The cue words are ``corpus_work_nouns`` and ``corpus_work_leads`` in ``data/entity_rules.yaml``:
a narrower list than the mention stage's, since here the noun is read from the raw text with
no parse ("to play Kessel" is a verb, so a determiner must open the phrase).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import chain

from newsgraph.data import load_yaml
from newsgraph.names import name_key

# A word of a title: capitalized or a number ("Ocean's Twelve", "Halo 2"); a full stop ends it.
_WORD = r"[A-Z0-9][\w'\u2019&-]*"
# Small words inside a title ("How to Mend an Atomic Kessel", "Lord of the Rings", "Flight into
# Kessel": round 42).
_JOINERS = r"(?:of|the|and|a|an|in|into|on|to|for|with|at|from|my|me|you|is)"
_TITLE = rf"{_WORD}(?:\s+(?:{_JOINERS}\s+)*{_WORD})*"
_QUOTE = "[\"'\u2018\u201c]?"
# What makes the noun a noun: a determiner or a possessive, maybe an adjective or two between
# ("the new film", "his latest album", "Kessel's hit single", "the Oscar-winning film").
_OPENER = r"(?:(?:\b(?i:the|a|an|his|her|its|their|our|new|latest|debut)|\w+['\u2019]s?)\s+(?:[\w-]+\s+){0,2}?)"
# A title inside a list: no "and" or "or" joins its words there ("Kessel Road and Vaal" are two),
# and a maker's or a year's possessive may come before it ("Brevik's Vaalbox", "1990's Kessel").
_LIST_JOINERS = r"(?:of|the|a|an|in|on|to|for|with|at|from|my|me|you|is)"
_LIST_TITLE = rf"{_WORD}(?:\s+(?:{_LIST_JOINERS}\s+)*{_WORD})*"
_LIST_ITEM = re.compile(rf"\s*(?:[A-Z0-9][\w-]*['\u2019]s\s+)?{_QUOTE}(?:The\s+)?({_LIST_TITLE})[\"'\u2019\u201d]?")
_LIST_SEPARATOR = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|\s(?:and|or)\s+)")
# Round 49: the same list on one line of an award's category ("Best new musical - A; B and C").
# A title there has no preposition inside: "Kessel Nights at the Vaal Theatre" names its venue,
# "Jo Vaal for Kessel Nights" its winner.
_LINE_TITLE = rf"{_WORD}(?:[^\S\n]+(?:(?:of|the|a|an|my|me|you|is)[^\S\n]+)*{_WORD})*"
_LINE_ITEM = re.compile(
    rf"[^\S\n]*(?:[A-Z0-9][\w-]*['\u2019]s[^\S\n]+)?{_QUOTE}(?:The[^\S\n]+)?({_LINE_TITLE})[\"'\u2019\u201d]?")
_LINE_SEPARATOR = re.compile(r"[^\S\n]*(?:[,;][^\S\n]*(?:(?:and|or)[^\S\n]+)?|[^\S\n](?:and|or)[^\S\n]+)")
_FOR_NEXT = re.compile(r"[^\S\n]+for\b")  # "Jo Vaal for Kessel Nights": the winner, not the work
# A word of a category before its head noun: no preposition ("Best supporting role in a musical"
# lists people), no joiner.
_CATEGORY_WORD = r"(?!(?:in|for|by|with|at|from|on|to|of|and|or)\b)[\w'\u2019-]+"


def _category_line(openers: list[str], nouns: list[str]) -> "re.Pattern[str] | None":
    """Round 49: a line opening with an award's category whose head is a work's noun, and its
    separator ("- Best new musical - ", "Best comedy programme: ", "Album of the year: "). The
    category opens with a prize's word ("Best", "Outstanding") or ends in "of the year", so that
    a sentence's "He liked the film - Jo Vaal said" is no category; the head must close it: "Best
    comedy actor" and "Best film director" list people."""
    if not (openers and nouns):
        return None
    head = rf"(?i:{_phrases(nouns)})"
    category = (rf"(?:(?:{_phrases(openers)})(?:[^\S\n]+{_CATEGORY_WORD}){{0,4}}?[^\S\n]+{head}"
                rf"|{head}[^\S\n]+of[^\S\n]+the[^\S\n]+year)")
    return re.compile(
        rf"(?m)^[^\S\n]*(?:[-*\u2022][^\S\n]*)?{category}(?:[^\S\n]*:|[^\S\n]+[-\u2013\u2014])[^\S\n]+")


@dataclass
class CorpusWorks:
    """Documents calling each name key a work, and the title strings they write."""

    cued: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # key -> documents
    # key -> documents naming it by a work's trail or maker ("X (2004)", "X, directed by",
    # "director Y's X"): read apart, since a place or an acting name is no work by these
    followed: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    titles: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # doc -> titles
    # key -> documents calling it a work only by a genre's bare noun ("reality show X", round 48):
    # a family's name is a show's too ("reality show The Kessels"), so the vote reads these apart
    bare: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def inside_title(self, doc: str, text: str, start: int, end: int) -> bool:
        """The mention's span lies inside a longer work title its document calls a work."""
        for title in self.titles.get(doc, ()):
            if len(title) <= end - start:
                continue
            at = text.find(title, max(0, end - len(title)))
            while 0 <= at <= start:
                if at + len(title) >= end:
                    return True
                at = text.find(title, at + 1)
        return False


class _ApposedTitles:
    """Round 60: a title set off by commas after its work's noun: "her next single, Kessel,
    reached", "their debut album, Vaal Nights, sold", "one of his best-known songs, Tamsk,
    contains", "two singles, Kessel and Vaal, reached". The noun phrase opens with a determiner
    or a possessive and has only lower-case words before its noun: a capital there names the
    work already ("the Today programme, Mr Vaal, who"; "the first Kessel film, Vaal and ...": a
    list). The title must close at a stop or a comma. An article after a preposition makes the
    phrase a complement whose apposition names its head's holder ("the director of the film,
    Jo Vaal, says", "in the film, Vaal, a wizard, ..."): no cue. A title an honorific opens is a
    person ("the programme, Mr Vaal,"). The nouns are ``corpus_work_apposed_nouns``, the
    prepositions ``corpus_work_apposed_blocked_before`` (``data/entity_rules.yaml``)."""

    def __init__(self, nouns: list[str], blocked_before: list[str], honorifics: list[str]):
        # the words between the opener and the noun: lower-case modifiers ("most played"), no
        # preposition or article ("the director of the film" is another head's phrase)
        small = _alternatives(list(blocked_before) + ["the", "a", "an"])
        modifier = rf"(?!(?:{small})\s)[a-z0-9][\w-]*\s+" if blocked_before else r"[a-z0-9][\w-]*\s+"
        self.pattern = re.compile(
            rf"(?<![\w'\u2019-])(?:((?i:the|a|an))|(?i:his|her|its|their|our|two|three)|[\w-]+['\u2019]s?)"
            rf"\s+(?:{modifier}){{0,3}}?(?i:{_phrases(nouns)}),\s+{_QUOTE}(?:The\s+)?({_TITLE})"
            rf"(?=[\"'\u2019\u201d]?(?:\s*[,.;)]|\s+[-\u2013\u2014]\s))"
        ) if nouns else None
        self.blocked = re.compile(rf"(?<![\w'\u2019-])(?i:{_alternatives(blocked_before)})\s+$") if blocked_before else None
        self.honorifics = frozenset(honorifics)

    def titles(self, text: str) -> list[str]:
        found = []
        for match in self.pattern.finditer(text) if self.pattern is not None else ():
            title = match.group(2).rstrip(".:'\u2019")
            if not title or _ACRONYM.fullmatch(title) or title.split()[0] in self.honorifics:
                continue
            if match.group(1) and self.blocked is not None and self.blocked.search(
                    text, max(0, match.start() - 20), match.start()):
                continue  # "the director of the film, Jo Vaal,": the head's holder
            found.append(title)
        return found


# Where a sentence or a line opens: a phrase written with a capital here may be a common noun.
_SENTENCE_START = r"(?:^|(?<=\n)|(?<=[.!?]\s)|(?<=[.!?][\"'\u201d\u2019]\s))"


def _capitalised(phrases: list[str]) -> list[str]:
    """Each phrase with its first letter a capital ("comedy drama" -> "Comedy drama")."""
    return [phrase[:1].upper() + phrase[1:] for phrase in phrases]


def _phrases(phrases: list[str]) -> str:
    """Like ``_alternatives``, any run of spaces between a phrase's words."""
    return _alternatives(phrases).replace(r"\ ", r"\s+")


def _alternatives(words: list[str]) -> str:
    """A regex alternation of the words, longest first (so "album" does not cut "albums")."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


class WorkFinder:
    """Finds the work cues of a text with two regular expressions (linear in the text)."""

    def __init__(self, nouns: list[str], leads: list[str], list_nouns: list[str] = (),
                 follows: list[str] = (), credits: list[str] = (), makers: list[str] = (),
                 like_nouns: list[str] = (), role_leads: list[str] = (), titled_nouns: list[str] = (),
                 titled_verbs: list[str] = (), time_owners: list[str] = (), kin: list[str] = (),
                 bare_nouns: list[str] = (), category_nouns: list[str] = (), channels: list[str] = (),
                 category_openers: list[str] = (), apposed_nouns: list[str] = (),
                 apposed_blocked_before: list[str] = (), honorifics: list[str] = ()):
        noun = _alternatives(nouns)
        lead = _alternatives(leads).replace(r"\ ", r"\s+")
        self.after_noun = re.compile(rf"{_OPENER}(?:{noun})\s+{_QUOTE}(?:The\s+)?({_TITLE})")
        self.after_lead = re.compile(rf"\b(?:{lead})\s+{_QUOTE}({_TITLE})")
        # a work's noun and a verb of naming before its title: "a report entitled Kessel Nights",
        # "the song, titled Vaal"; the noun is needed ("a new company entitled Kessel" names a body)
        self.after_titled = re.compile(
            rf"\b(?:{_phrases(titled_nouns)}),?\s+(?:{_alternatives(titled_verbs)})\s+{_QUOTE}(?:The\s+)?({_TITLE})"
        ) if titled_nouns and titled_verbs else None
        # round 48: a work's noun that its genre or medium makes a noun, right before the title with
        # no determiner ("US television hit Kessel Nights", "crime show Vaal", "dark comedy Tamsk");
        # on one line, since a headline's last word is no noun of the next line's name; written
        # with a capital only where a sentence opens ("Comedy drama Kessel Nights managed"), since
        # "British Comedy Awards" and "Comedy Central" are names
        self.after_bare_noun = re.compile(
            rf"(?:(?<![\w'\u2019-])(?:{_phrases(bare_nouns)})|{_SENTENCE_START}(?:{_phrases(_capitalised(bare_nouns))}))"
            rf"[^\S\n]+{_QUOTE}(?:The[^\S\n]+)?({_TITLE})"
        ) if bare_nouns else None
        # no nouns, no list cue (an empty alternation would match everywhere)
        listed = _alternatives(list_nouns).replace(r"\ ", r"\s+")
        self.list_lead = re.compile(rf"\b(?:{listed}),?\s+(?:including|such\s+as)\b") if list_nouns else None
        self.category_line = _category_line(category_openers, category_nouns)
        self.apposed = _ApposedTitles(apposed_nouns, apposed_blocked_before, honorifics)
        self.trails = _TrailFinder(follows, credits, makers, like_nouns, role_leads, time_owners, kin, channels)

    @classmethod
    def from_data(cls) -> "WorkFinder":
        rules = load_yaml("entity_rules.yaml")
        return cls([str(w) for w in rules.get("corpus_work_nouns", [])],
                   [str(p) for p in rules.get("corpus_work_leads", [])],
                   [str(w) for w in rules.get("corpus_work_list_nouns", [])],
                   [str(p) for p in rules.get("corpus_work_follows", [])],
                   [str(p) for p in rules.get("corpus_work_credits", [])],
                   [str(w) for w in rules.get("corpus_work_maker_nouns", [])],
                   [str(w) for w in rules.get("corpus_work_like_nouns", [])],
                   [str(p) for p in rules.get("corpus_work_role_leads", [])],
                   [str(w) for w in rules.get("corpus_work_titled_nouns", [])],
                   [str(w) for w in rules.get("corpus_work_titled_verbs", [])],
                   [str(w) for w in rules.get("corpus_work_time_owners", [])],
                   [str(p) for p in rules.get("corpus_work_kin", [])],
                   [str(p) for p in rules.get("corpus_work_bare_nouns", [])],
                   [str(w) for w in rules.get("corpus_work_category_nouns", [])],
                   [str(c).replace(" ", r"\s+") for c in load_yaml("kind_contexts.yaml").get("channel_possessives", ())],
                   [str(w) for w in rules.get("corpus_work_category_openers", [])],
                   [str(w) for w in rules.get("corpus_work_apposed_nouns", [])],
                   [str(w) for w in rules.get("corpus_work_apposed_blocked_before", [])],
                   [str(w) for w in rules.get("honorifics", [])])

    def titles(self, text: str, bare: bool = True) -> list[str]:
        """The titles the text calls works; ``bare``: with those only a genre's bare noun calls so."""
        found = self._matched(text, (self.after_noun, self.after_lead, self.after_titled))
        found.extend(self.apposed.titles(text))
        if self.list_lead is not None:
            for match in self.list_lead.finditer(text):
                found.extend(self._listed(text, match.end()))
        return found + self.bare_titles(text) if bare else found

    def bare_titles(self, text: str) -> list[str]:
        """Round 48: the titles a genre's bare noun calls works ("crime show Kessel Nights"); round
        49: and the titles listed under a work's award category ("Best new musical - Kessel Nights")."""
        return self._matched(text, (self.after_bare_noun,)) + self.category_titles(text)

    def category_titles(self, text: str) -> list[str]:
        """Round 49: the titles listed on a line that a work's category opens ("Best comedy
        programme - Kessel Nights", "Album of the year: Vaal, Tamsk and Brevik"). An item a
        person's "for" follows is no title ("Best drama: Jo Vaal for Kessel" names the winner)."""
        found = []
        for match in self.category_line.finditer(text) if self.category_line is not None else ():
            found.extend(title for title in self._listed(text, match.end(), line=True)
                         if not _FOR_NEXT.match(text, text.find(title, match.end()) + len(title)))
        return found

    @staticmethod
    def _matched(text: str, patterns) -> list[str]:
        found = []
        for pattern in patterns:
            for match in pattern.finditer(text) if pattern is not None else ():
                title = match.group(1).rstrip(".:'\u2019")
                if title and not _ACRONYM.fullmatch(title) and _ends_title(text, match.end(1)):
                    found.append(title)
        return found

    @staticmethod
    def _listed(text: str, at: int, line: bool = False) -> list[str]:
        """The titles of a list opened at ``at`` ("films including A, B and C"): each item a
        title that its separator or the list's end closes; the first item that is no title
        ends the list ("and 1990 hit Vaal": a lower-case noun); ``line``: the list ends with its line."""
        found = []
        while True:
            item = (_LINE_ITEM if line else _LIST_ITEM).match(text, at)
            if item is None:
                return found
            title = item.group(1).rstrip(".:'\u2019")
            separator = (_LINE_SEPARATOR if line else _LIST_SEPARATOR).match(text, item.end())
            if separator is None and not _ends_title(text, item.end()):
                return found  # "films including Kessel Road actors": a modifier, no title
            if not _ACRONYM.fullmatch(title) and not title.isdigit():
                found.append(title)
            if separator is None:
                return found
            at = separator.end()

    def scan(self, texts: dict[str, str]) -> CorpusWorks:
        works = CorpusWorks()
        for doc, text in texts.items():
            for title in self.titles(text, bare=False):
                works.titles[doc].append(title)
                for key in _title_keys(title):
                    works.cued[key].add(doc)
            for title in self.bare_titles(text):
                works.titles[doc].append(title)
                for key in _title_keys(title):
                    if doc not in works.cued[key]:
                        works.bare[key].add(doc)  # no other cue of this story calls it a work
                    works.cued[key].add(doc)
            for key in self.trails.keys(text):
                works.followed[key].add(doc)
        return works


class _TrailFinder:
    """Titles named by what trails them or by their maker, the cues of a work that no common
    noun opens: a year in brackets ("Kessel Nights (1994)"), a phrase after the title ("Kessel
    Nights, directed by", "Kessel Nights actress", "Kessel Nights won best film"), a work's kin
    or platform ("the Kessel Nights sequel", "the KV console", "Kessel Nights on PC"), a time's
    possessive ("this year's Kessel Nights": an event or a work of that time), a maker's
    possessive ("director Jo Vaal's Kessel Nights"), a part in it ("her role in Kessel Nights")
    or a list after "like" ("films like Kessel Nights and Vaal"); not a maker's verb ("directing
    Jo Vaal in Kessel Nights" names the actor). A run of capitals before a trail may hold more
    than the title ("Jo Vaal in Kessel Nights (1994)", "In Kessel Nights"), so its keys are the
    run and its tails after a small word, a possessive or an opening function word, never its
    head: "Jo Vaal" is no work."""

    def __init__(self, follows: list[str], credits: list[str], makers: list[str], like_nouns: list[str] = (),
                 role_leads: list[str] = (), time_owners: list[str] = (), kin: list[str] = (),
                 channels: list[str] = ()):
        ends = [r"\s+\((?:1[89]|20)\d\d\)"]  # "Kessel Nights (1994)"
        if follows:  # right after the title: "Kessel Nights actress"
            ends.append(rf"\s+(?:{_phrases(follows)})\b")
        if channels:  # round 49: only its channels in brackets, "Kessel Nights (BBC Two/Channel 4)"
            channel = "|".join(channels)
            ends.append(rf"[^\S\n]+\((?:{channel})(?:[^\S\n]*/[^\S\n]*(?:{channel}))*\)")
        if credits:  # a comma may come between: "Kessel Nights, directed by"
            ends.append(rf",?\s+(?:{_phrases(credits)})\b")
        self.before = re.compile(rf"(?<![\w'\u2019-])({_TITLE})[\"'\u2019\u201d]?(?:{'|'.join(ends)})")
        # a work's kin or platform after its title ("the Kessel sequel", "the KV console"): letters
        # may be the title here
        self.before_kin = re.compile(
            rf"(?<![\w'\u2019-])({_TITLE})[\"'\u2019\u201d]?\s+(?:{_phrases(kin)})\b") if kin else None
        maker = _alternatives(makers)
        self.after_maker = re.compile(
            rf"\b(?i:{maker})\s+(?:[A-Z][\w-]*\s+){{0,3}}[A-Z][\w-]*['\u2019]s\s+{_QUOTE}(?:The\s+)?({_TITLE})"
        ) if makers else None
        # no determiner but a title's own "The": "her role in Kessel Nights", not "a role in the Vaal"
        self.after_role = re.compile(
            rf"\b(?:{_phrases(role_leads)})\s+{_QUOTE}(?:The\s+)?({_TITLE})") if role_leads else None
        self.like_lead = re.compile(rf"\b(?:{_phrases(like_nouns)})\s+like\b") if like_nouns else None
        # a time's possessive before a name: an event or a work of that time ("at this year's Kessel
        # Awards", "last month's Vaal", "last year's Tamsk Nights"); a noun after the name makes it
        # a modifier ("last year's Kessel tour": ``_ends_title``)
        self.after_time = re.compile(
            rf"\b(?i:last|this|next)\s+(?i:{_alternatives(time_owners)})['\u2019]s\s+{_QUOTE}(?:The\s+)?({_TITLE})"
        ) if time_owners else None
        # round 54: a title and its subtitle after a colon, inside a sentence ("and Kessel Nights:
        # The Return opens in May", "critics praised KN: Vaal Rising."); see ``_SUBTITLED``
        self.subtitled = _SUBTITLED

    def keys(self, text: str) -> set[str]:
        keys: set[str] = set()
        for match in self.before.finditer(text):
            keys |= _tail_keys(match.group(1).rstrip(".:'\u2019"))
        for match in self.before_kin.finditer(text) if self.before_kin is not None else ():
            keys |= _tail_keys(match.group(1).rstrip(".:'\u2019"), letters=True)
        leads = (self.after_maker, self.after_role, self.after_time)
        for match in chain.from_iterable(p.finditer(text) for p in leads if p):
            title = match.group(1).rstrip(".:'\u2019")
            # letters are a firm's more than a work's ("director Jo Vaal's NEC"), not after a
            # time ("this year's CES" is the show)
            letters = _ACRONYM.fullmatch(title) and match.re is not self.after_time
            if not letters and _ends_title(text, match.end(1)):
                keys |= _title_keys(title)
        for match in self.like_lead.finditer(text) if self.like_lead is not None else ():
            for title in WorkFinder._listed(text, match.end()):
                keys |= _title_keys(title)
        for match in self.subtitled.finditer(text):
            # letters may be the title here ("KN: Vaal Rising"), and the subtitle names it too
            keys |= _listed_title_keys(match.group(1)) | _title_keys(match.group(2))
        return keys


# Round 54: a title, a colon and a subtitle of two capitalised words or more, inside a line of
# prose ("fans queued for hours, Kessel Nights: The Return sold out by noon", "a prize went to
# Vaal: Deep Harbour and two to Tamsk"). A line that opens with the name is a team sheet's or a
# headline's ("Kessel: Vaal, Tamsk, Brevik"), so a lower-case word or a comma must come right
# before it (a sentence's capital opener may be a person's given name: no cue; a title's own
# "of" or "the" would cut it: "Prince of Vaal"), a space after the colon ("KN:UK" is one name), and a
# lower-case word or a sentence's stop must close the subtitle: a comma, a semicolon or a dash
# after it is a list's or a critic's line ("Kessel: Film - Vaal"), a quote's opening a speech.
# A title's own small word after it ("of", "the") says the subtitle was cut: "Kessel: The Vaal of
# Tamsk, Brevik" is no "The Vaal"; an "and" may close it ("Kessel: Vaal Rising and Tamsk, ...").
_SUBTITLE = rf"{_WORD}(?:[^\S\n]+(?:{_JOINERS}[^\S\n]+)*{_WORD})+"
_SUBTITLED = re.compile(
    rf"(?:(?<![\w'\u2019&-])(?!{_LIST_JOINERS}\b)[a-z][\w'\u2019-]*,?|,)[^\S\n]+((?:[A-Z0-9][\w'\u2019&-]*[^\S\n]+(?:{_JOINERS}[^\S\n]+)*)*[A-Z0-9][\w'\u2019&-]*)"
    rf":[^\S\n]+({_SUBTITLE})(?=[^\S\n]+(?!{_LIST_JOINERS}\b)[a-z]|[.?!](?:\s|$))")

# Capitalized words that open a sentence or a phrase before a title, no part of it ("In Kessel
# Nights (1994)", "Former Kessel Nights actress"): English function words, not names.
_OPENING_WORDS = frozenset("""
The A An In On At By For From With To Of And But Or As Like Unlike After Before While When Since
His Her Its Their Our My Your This That These Those Former Veteran Then Now Also Both
""".split())


def _tail_keys(title: str, letters: bool = False) -> set[str]:
    """The keys of a run of capitals before a trail: the run, and each tail after a small
    lower-case word ("in"), a possessive ("Vaal's") or opening words ("In", "Former"). Letters
    alone ("NEC actor") are a firm's, unless ``letters`` (a work's kin: "the KV console")."""
    words = title.split()
    keys = set()
    for i in range(len(words)):
        if i == 0 or words[i - 1].islower() or words[i - 1].endswith(("'s", "\u2019s")) or (
                all(w in _OPENING_WORDS for w in words[:i])):
            tail = words[i:]
            if tail and not tail[0].islower() and (letters or not _ACRONYM.fullmatch(" ".join(tail))):
                keys.add(name_key(" ".join(tail)))
    return {k for k in keys if k}


def _listed_title_keys(run: str) -> set[str]:
    """Round 54: the keys of a run of capitals before a subtitle's colon: the run, and each tail
    after an "and" or an "or" of a list ("Kessel Nights and Vaal" gives "Vaal"). Not a tail after
    "of" or "the": "Vaal" of "Prince of Vaal" is a place the title names. Letters may be the title."""
    words = run.split()
    tails = [words[i:] for i in range(1, len(words)) if words[i - 1] in ("and", "or")]
    return {key for key in (name_key(" ".join(tail)) for tail in [words, *tails] if tail) if key}


def _title_keys(title: str) -> set[str]:
    """The title's key, and the keys of its parts before a preposition: the text alone does
    not tell "the film Lake Drive on Friday" from "the film Gone in Sixty Seconds"."""
    keys = {name_key(title)}
    words = title.split()
    for i, word in enumerate(words[1:], 1):
        if word in _PLACE_TIME_WORDS:
            keys.add(name_key(" ".join(words[:i])))
    return {k for k in keys if k}


def _ends_title(text: str, end: int) -> bool:
    """What follows the title ends it: punctuation, or a small word that opens a clause or a
    phrase ("which", "in", "was", "won"). A lower-case noun makes the title a modifier: "the
    blockbuster Kessel End musicals", "a single AA battery"."""
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return True  # punctuation or the end of a line
    return after.group(1) in _AFTER_TITLE  # a capital: the run was cut inside a longer name


_ACRONYM = re.compile(r"[A-Z]{1,4}")  # "the movie NEC is showing": a company's letters, rarely a title
_PLACE_TIME_WORDS = frozenset({"in", "on", "at", "from", "with", "for", "to"})
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")
# Words that may follow a work's title in a sentence: clause openers, prepositions, auxiliaries,
# and the verbs news writes of works.
_AFTER_TITLE = frozenset("""
which that who where when while as and or but in on at for with by from to about of into after
before since until is was are were has had have will would could can may might be been being
won wins took takes opens opened opening released stars starred starring features featured
tells told follows followed topped tops became becomes earned earns scooped received receives
beat beats leads led made makes sold sells came comes went goes picked collected gets got also
""".split())


# what closes an apposition: punctuation, or the end of the text
_APPOSITION_END = re.compile(r"\s*(?:[,.;:)!?]|$)")


class GatheringContext:
    """Is a mention a gathering's or a contest's name by its sentence: words that only an event
    takes right after it ("the Kessel was held", "Vaal runs until Sunday") or a phrase of its
    time or its prizes and a determiner right before it ("during the Kessel", "ahead of the
    Vaal", "won gold at the Tamsk")? A noun or a possessive after the name makes it a modifier
    ("during the Kessel debate", "ahead of the Vaal's visit"): no cue. The resolver pools the
    cues over the corpus, where agency outvotes them (``NameGraphResolver._headed_things``)."""

    def __init__(self, leads: list[str], follows: list[str]):
        self.after = re.compile(rf"\s+(?:{_phrases(follows)})\b") if follows else None
        self.before = re.compile(
            rf"\b(?i:{_phrases(leads)})\s+(?:the|this\s+year's|last\s+year's|next\s+year's)\s+$"
        ) if leads else None

    @classmethod
    def from_data(cls) -> "GatheringContext":
        rules = load_yaml("entity_rules.yaml")
        return cls([str(p) for p in rules.get("event_context_leads", [])],
                   [str(p) for p in rules.get("event_context_follows", [])])

    def __call__(self, text: str, start: int, end: int) -> bool:
        if self.after is not None and self.after.match(text, end):
            # "the final in Kessel takes place": a place's preposition before the name makes it
            # the venue, and the event is the noun before it
            return not _PLACE_PREPOSITION.search(text, max(0, start - 8), start)
        if self.before is None or not self.before.search(text, max(0, start - 40), start):
            return False
        return _ends_title(text, end) and not _POSSESSIVE_NEXT.match(text, end)


_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|from|near)\s+$")
_POSSESSIVE_NEXT = re.compile(r"['\u2019]")  # "during the Kessels' defeat", "ahead of the Vaal's visit"


class AwardContext:
    """Is a mention an award's name by its sentence: a noun of prizes right after it ("the
    Golden Kessel award", "two Vaal prizes") or a verb of winning and a determiner right before
    it ("won the Silver Tamsk", "scooped a Brevik")? Read from the raw text around the mention;
    the resolver pools it over the corpus (``NameGraphResolver._award_clusters``)."""

    def __init__(self, nouns: list[str], verbs: list[str]):
        noun, verb = _alternatives(nouns), _alternatives(verbs)
        # the noun in lower case, or capitalized after a word of the prize's field, which ends the
        # prize's name ("the Kessel Film Awards": "Kessel" is the awards' name, cut by the model)
        capital = _alternatives([n.capitalize() for n in nouns])
        self.after = re.compile(rf"\s+(?:{noun})\b|\s+[A-Z][a-z]+\s+(?:{capital})\b")
        # the prize named in apposition to its noun: "the festival's top prize, the Golden Kessel."
        self.apposed = re.compile(rf"\b(?:{noun}),\s+the\s+$") if nouns else None
        # no verbs, no verb cue (an empty alternation would match everywhere)
        self.before = re.compile(
            rf"\b(?:{verb})\s+(?:an?|the|two|three|four|five|several|his|her|their|its)\s+$") if verbs else None

    @classmethod
    def from_data(cls) -> "AwardContext":
        rules = load_yaml("entity_rules.yaml")
        return cls([str(w) for w in rules.get("award_nouns_after", [])],
                   [str(w) for w in rules.get("award_verbs_before", [])])

    @classmethod
    def meetings_from_data(cls) -> "AwardContext":
        """The same test for meetings named after their organiser's brand: a noun of
        gatherings right after the name ("the Kessel conference", "the Vaal expo")."""
        rules = load_yaml("entity_rules.yaml")
        return cls([str(w) for w in rules.get("meeting_nouns_after", [])], [])

    @classmethod
    def tours_from_data(cls) -> "AwardContext":
        """The same test for a performer's tour: a noun of tours right after the name ("her
        Kessel Nights tour")."""
        return cls([str(w) for w in load_yaml("entity_rules.yaml").get("tour_nouns_after", [])], [])

    @classmethod
    def contests_from_data(cls) -> "AwardContext":
        """Round 44: the same test for a contest named by its own name: a noun of contests right
        after the name ("a Kessel event", "the Vaal tournament", "the Tamsk series")."""
        return cls([str(w) for w in load_yaml("entity_rules.yaml").get("contest_nouns_after", [])], [])

    @classmethod
    def competitions_from_data(cls) -> "AwardContext":
        """The same test for a league's competition: a noun of matches and standings right
        after the name ("the Kessel League final", "a Vaal League tie"), or a verb of winning
        or reaching it before ("won the Brevik League")."""
        rules = load_yaml("entity_rules.yaml")
        return cls([str(w) for w in rules.get("competition_nouns_after", [])],
                   [str(w) for w in rules.get("competition_verbs_before", [])])

    def __call__(self, text: str, start: int, end: int) -> bool:
        if self.after.match(text, end):
            return True
        if self.apposed and self.apposed.search(text, max(0, start - 30), start) and _APPOSITION_END.match(text, end):
            return True  # "its top prize, the Golden Kessel." ("the prize, the Kessel Trust said" goes on)
        return bool(self.before and self.before.search(text, max(0, start - 40), start))



class WorkUseContext:
    """Is a mention a work's or a product's by how its sentence tells of it (round 39)? A work
    or product noun after a copula ("Kessel is an enchanting book", "Vaal was the browser"), what
    only a work does or has ("Kessel tells the story of", "Vaal is based on", "Tamsk, starring Jo
    Vaal", "Kessel, developed by Vaal"), a showing of it ("the premiere of Kessel"), its version
    ("Vaal version 2") or an item of a list a product's plural opens ("browsers such as Kessel,
    Vaal and Tamsk"). Read from the raw text around the mention; the resolver pools it over the
    corpus with the other uses (``NameGraphResolver._used_things``), where any agency outvotes it.
    The words are ``work_*`` of ``data/kind_contexts.yaml``."""

    def __init__(self, copula_nouns: list[str], tells: list[str], credits: list[str], leads: list[str],
                 list_nouns: list[str], bare_nouns: list[str] = (), apposed_nouns: list[str] = (),
                 apposed_followers: list[str] = (), list_verbs: list[str] = ()):
        # the noun ends the phrase: "Kessel is a film company" is a firm, "Vaal is the film's star" a person
        self.copula = re.compile(
            rf"\s+(?:is|was)\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{_phrases(copula_nouns)})\b(?!['\u2019-])"
        ) if copula_nouns else None
        self.tells = re.compile(rf"\s+(?:{_phrases(tells)})\b") if tells else None
        # a capital after "starring": "Kessel, starring Jo Vaal"; "Kessel, starring in" is the actor
        self.credits = re.compile(
            rf",?\s+(?:(?:{_phrases(credits)})\b|starring\s+[A-Z])" if credits else r",?\s+starring\s+[A-Z]")
        self.leads = re.compile(rf"\b(?i:{_phrases(leads)})\s+(?:the\s+)?{_QUOTE}$") if leads else None
        # a work's noun, lower case, right before its title with no determiner: "animated fable
        # Kessel Nights", "period drama Vaal" (with a determiner ``WorkFinder`` reads it already)
        # on one line: a headline's last word is no noun of the next line's name ("TV show\n\nJo Vaal")
        self.bare_noun = re.compile(
            rf"(?<![\w-])(?:{_phrases(bare_nouns)})[ \t]+{_QUOTE}(?:The[ \t]+)?$") if bare_nouns else None
        # round 40: a verb may open the list too ("its brands include Kessel, Vaal and Tamsk")
        connectors = _phrases(["such as", "like", "including", *list_verbs])
        self.list_lead = re.compile(
            rf"\b(?:{_phrases(list_nouns)}),?\s+(?:{connectors})\s+") if list_nouns else None
        # round 40: a work's noun with its determiner or possessive, then a comma, then the title
        # ("his last album, Kessel Nights.", "her next single, Vaal, which ..."): the title must
        # close the apposition (punctuation, or a comma and a follower word), since "In the film,
        # Jo Vaal plays ..." and "the director of the film, Jo Vaal, says" name a person
        self.apposed = re.compile(
            rf"\b(?i:the|a|an|his|her|its|their|our)\s+(?:[\w'\u2019-]+\s+){{0,3}}?(?:{_phrases(apposed_nouns)}),\s+{_QUOTE}$"
        ) if apposed_nouns else None
        self.apposed_end = re.compile(
            rf"[\"'\u2019\u201d]?(?:\s*[.;:)!?]|\s*$|,\s+(?:{_phrases(apposed_followers)})\b)"
        ) if apposed_followers else re.compile(r"[\"'\u2019\u201d]?(?:\s*[.;:)!?]|\s*$)")

    @classmethod
    def from_data(cls) -> "WorkUseContext":
        data = load_yaml("kind_contexts.yaml")
        nouns = (list(load_yaml("entity_rules.yaml").get("corpus_work_nouns", ()))
                 + list(data.get("thing_apposition_nouns", ())) + list(data.get("work_copula_nouns", ())))
        return cls([str(w) for w in nouns], [str(p) for p in data.get("work_tells_after", ())],
                   [str(p) for p in data.get("work_credits_after", ())],
                   [str(p) for p in data.get("work_showings_before", ())],
                   [str(w) for w in data.get("work_list_nouns", ())],
                   [str(w) for w in data.get("work_bare_nouns_before", ())],
                   [str(w) for w in data.get("work_apposed_nouns_before", ())],
                   [str(w) for w in data.get("work_apposed_followers", ())],
                   [str(w) for w in data.get("work_list_verbs", ())])

    def __call__(self, text: str, start: int, end: int, label: str = "") -> bool:
        if self._told_after(text, end) and not _INSIDE_TITLE.search(text, max(0, start - 40), start):
            return True  # "Man of the Kessel, starring ...": the cue is the longer title's
        if (self.leads is not None and self.leads.search(text, max(0, start - 40), start)
                and _ends_title(text, end) and not _POSSESSIVE_NEXT.match(text, end)):
            return True  # "the premiere of Kessel"; "a screening of Vaal's film" is the maker's
        if (label != "PERSON" and self.bare_noun is not None and self.bare_noun.search(text, max(0, start - 30), start)
                and _ends_title(text, end) and not _POSSESSIVE_NEXT.match(text, end)):
            return True  # "period drama Kessel", "Jo Vaal film Tamsk"; "the film Jo Vaal made" is his
        if self._apposed(text, start, end):
            return True  # "his last album, Kessel Nights."
        return self._listed(text, start)

    def _apposed(self, text: str, start: int, end: int) -> bool:
        """The mention is the whole title apposed to a work's noun: "their new single, Kessel,
        which ..." (round 40)."""
        return bool(self.apposed is not None and self.apposed.search(text, max(0, start - 80), start)
                    and self.apposed_end.match(text, end))

    def _told_after(self, text: str, end: int) -> bool:
        """A work's or a product's words right after the name: a copula and its noun, what it
        tells, who made it, its version."""
        if self.copula is not None and (match := self.copula.match(text, end)) and _ends_title(text, match.end()):
            return True
        return bool((self.tells is not None and self.tells.match(text, end)) or self.credits.match(text, end)
                    or _VERSION_AFTER.match(text, end))

    def _listed(self, text: str, start: int) -> bool:
        """The mention opens an item of a list a product's plural leads ("browsers such as A, B
        and C"): the items are walked from the lead, as ``WorkFinder._listed`` does."""
        if self.list_lead is None:
            return False
        for lead in self.list_lead.finditer(text, max(0, start - 160), start + 1):
            at = lead.end()
            while at <= start:
                item = _LIST_ITEM.match(text, at)
                if item is None:
                    break
                if item.start(1) == start:
                    return True
                separator = _LIST_SEPARATOR.match(text, item.end())
                if separator is None:
                    break
                at = separator.end()
        return False


# A capitalized word and small words right before the mention: it ends a longer title ("Man of
# the Kessel"), whose cues are no cues of the mention's own name.
_INSIDE_TITLE = re.compile(r"[A-Z][\w'\u2019-]*\s+(?:(?:of|the|and|in|on|a|an|to|for|with|from|at)\s+)+$")
# "Kessel version 2": a program's or a format's release
_VERSION_AFTER = re.compile(r"\s+version\s+\d")


class ThingUseContext:
    """Is a mention a product's, a vehicle's, a law's or an illness's by the words of its own
    sentence (round 42)? Read from the raw text around the mention and pooled over the corpus
    with the work uses (``NameGraphResolver._used_things``), where any agency anywhere keeps the
    actor: a firm named after its product ("the Kessel handset") speaks or acts elsewhere. Four
    cues, words in ``kind_contexts.yaml`` (``thing_*``):

    - a head noun right after the name, with a determiner or a possessive before it and the
      phrase ending after the noun: "the Kessel robot is", "Vaal's Tamsk software." ("the Kessel
      software division" is the maker's unit, "Kessel software" bare a firm's name), or after a
      list the noun's plural closes ("Vaal's Kessel and Brevik's Tamsk robots");
    - a noun or a lead right before it: "humanoid robot Kessel", "the ship Vaal", "aboard the
      Tamsk", "diagnosed with Brevik" (the name must end the phrase and own nothing after);
    - what only a thing undergoes, right after it: "Kessel went on sale", "Vaal was released"
      (not for a name the model calls a person: a prisoner is released too);
    - an apposed head noun ending the phrase, or one after a copula: "Kessel, a markup language,
      ...", "Vaal is only one vessel of ..." ("Kessel, the ship builder" is a firm).

    The noun before the name, the apposed head and the copula name what the thing is
    (``names``): the vote takes them against the thing's own possessives too.

    Round 44: an owner's possessive right before the name (no determiner) and a medicine's or a
    programme's head right after it: "its Kessel drug", "Vaal's Tamsk mouth spray", "its Brevik
    (BI) initiative"; or the name's own last word a programme's ("the government's Kessel
    Improvement Programme", "its new Vaal Trust Fund"). The possessive names the owner, so the
    name is not the maker ("the Kessel drug" may be the maker's, and stays unread); it names
    what the thing is (``names``) as well. A medicine so owned (``owned_medicine``) opens the
    vote to a name the model calls a place."""

    def __init__(self, heads_after: list[str], nouns_before: list[str], leads_before: list[str],
                 passives_after: list[str], apposed_heads: list[str], owned_medicines: list[str] = (),
                 owned_programmes: list[str] = (), owned_name_heads: list[str] = (),
                 owned_products: list[str] = ()):
        self.head_opener = re.compile(
            r"(?:\b(?i:the|a|an|this|that|its|their|his|her|our)|\w['\u2019]s)\s+(?:[\w-]+\s+){0,2}?$")
        self.head_after = re.compile(rf"\s+(?:{_phrases(heads_after)})\b(?!['\u2019-])") if heads_after else None
        self.noun_before = re.compile(
            rf"(?<![\w-])(?:{_phrases(nouns_before)})[ \t]+{_QUOTE}(?:the[ \t]+)?$") if nouns_before else None
        self.lead_before = re.compile(
            rf"(?<![\w-])(?:{_phrases(leads_before)})\s+(?:the\s+|a\s+)?{_QUOTE}$") if leads_before else None
        self.passive_after = re.compile(rf",?\s+(?:{_phrases(passives_after)})\b") if passives_after else None
        self.apposed = re.compile(
            rf",\s+(?:a|an|the)\s+(?:[\w'-]+\s+){{0,3}}?(?:{_phrases(apposed_heads)})\b(?!['\u2019-])"
        ) if apposed_heads else None
        # "Kessel is only one vessel of ...", "Vaal was a humanoid robot." (round 42)
        self.copula = re.compile(
            rf"\s+(?:is|was)\s+(?:just\s+|only\s+)?(?:a|an|one|the)\s+(?:[\w'-]+\s+){{0,2}}?"
            rf"(?:{_phrases(apposed_heads)})\b(?!['\u2019-])"
        ) if apposed_heads else None
        # round 44: an owner's possessive, no determiner, an adjective or two maybe between ("its
        # latest", "the government's new"); not a contraction of "is" ("that's the Kessel project")
        self.owner_opener = re.compile(
            r"(?:\b(?i:its|their|his|her|our)|(?<![\w'\u2019])(?!(?i:it|he|she|who|that|what|here|there|where)['\u2019])"
            r"[\w.&-]*\w['\u2019]s?)\s+(?:(?!(?i:the|a|an)\s)[a-z][\w-]*\s+){0,2}$")
        self.medicine_head = _owned_head(owned_medicines)
        self.programme_head = _owned_head(owned_programmes)
        self.product_head = _owned_head(owned_products)  # round 45: "its Kessel range"
        self.owned_name_heads = frozenset(owned_name_heads)
        # a list closed by a head's plural: "Kessel's Vaal and Tamsk's Brevik robots"
        self.listed_head = re.compile(
            rf"(?:,\s+|\s+(?:and|or)\s+)(?:[A-Z][\w-]*['\u2019]s\s+)?[A-Z][\w-]*\s+(?:{_phrases(heads_after)})\b(?!['\u2019-])"
        ) if heads_after else None

    @classmethod
    def from_data(cls) -> "ThingUseContext":
        data = load_yaml("kind_contexts.yaml")
        return cls(*([str(w) for w in data.get(key, ())] for key in (
            "thing_heads_after", "thing_nouns_named_before", "thing_leads_named_before",
            "thing_passives_after", "thing_apposed_heads", "thing_medicines_owned_after",
            "thing_programmes_owned_after", "thing_programme_name_heads", "thing_products_owned_after")))

    def __call__(self, text: str, start: int, end: int, label: str = "") -> bool:
        return (self._headed(text, start, end) or self._led(text, start, end)
                or (label != "PERSON" and self.passive_after is not None and bool(self.passive_after.match(text, end)))
                or self.names(text, start, end, label))

    def names(self, text: str, start: int, end: int, label: str = "") -> bool:
        """The sentence says what the thing is: its noun right before it ("the ship Kessel"),
        apposed to it ("Vaal, a markup language,") or after a copula ("Tamsk is only one
        vessel of ..."). No body is so named, so the vote takes this against a thing's
        possessives ("Kessel's top speed") as well (``NameGraphResolver._used_things``)."""
        before = text[max(0, start - 40):start]
        if (self.noun_before is not None and self.noun_before.search(before)
                and _ends_title(text, end) and not _POSSESSIVE_NEXT.match(text, end)):
            return True
        if self.copula is not None and (match := self.copula.match(text, end)) and _ends_title(text, match.end()):
            return True
        return self._apposed(text, end) or self.owned(text, start, end, label)

    def owned(self, text: str, start: int, end: int, label: str = "") -> bool:
        """Round 44: an owner's possessive before the name and a medicine's or a programme's head
        (round 45: or a product line's, "its Kessel range") after it ("its Kessel drug.", "Vaal's
        Tamsk initiative which"), or a programme's head
        ending the name itself ("the government's Kessel Programme."). A programme may bear a
        person's name ("the club's Vaal project"): not read after a name the model calls one."""
        if not self.owner_opener.search(text, max(0, start - 40), start):
            return False
        if self.owned_medicine_after(text, end):
            return True
        if label == "PERSON":
            return False
        if (self._owned_head_after(self.programme_head, text, end)
                or self._owned_head_after(self.product_head, text, end)):
            return True
        words = text[start:end].split()
        return (len(words) >= 2 and words[-1] in self.owned_name_heads
                and _ends_title(text, end) and not _POSSESSIVE_NEXT.match(text, end))

    def owned_medicine(self, text: str, start: int, end: int) -> bool:
        """Round 44: "its Kessel drug", "Vaal's Tamsk mouth spray": a medicine its owner names."""
        return bool(self.owner_opener.search(text, max(0, start - 40), start)) and self.owned_medicine_after(text, end)

    def owned_medicine_after(self, text: str, end: int) -> bool:
        return self._owned_head_after(self.medicine_head, text, end)

    @staticmethod
    def _owned_head_after(head: re.Pattern | None, text: str, end: int) -> bool:
        """The head right after the name (a bracketed short form maybe between: "Kessel Media
        (KM) initiative") ends the phrase: "its Kessel drug trial" is the trial's."""
        return head is not None and (match := head.match(text, end)) is not None and _ends_title(text, match.end())

    def _headed(self, text: str, start: int, end: int) -> bool:
        """"the Kessel robot has": a determiner or a possessive opens the phrase, the head noun
        closes it."""
        if self.head_after is None or not self.head_opener.search(text, max(0, start - 40), start):
            return False
        head = self.head_after.match(text, end) or (self.listed_head and self.listed_head.match(text, end))
        return bool(head) and _ends_title(text, head.end())

    def _led(self, text: str, start: int, end: int) -> bool:
        """"aboard the Vaal", "diagnosed with Tamsk": the name ends the phrase."""
        before = text[max(0, start - 40):start]
        return (self.lead_before is not None and bool(self.lead_before.search(before))
                and _ends_title(text, end) and not _POSSESSIVE_NEXT.match(text, end))

    def _apposed(self, text: str, end: int) -> bool:
        """"Kessel, a markup language, ...": the apposed noun ends its phrase."""
        if self.apposed is None or not (match := self.apposed.match(text, end)):
            return False
        return _ends_title(text, match.end())  # "Kessel, the ship builder" is a firm
def _owned_head(heads: list[str]) -> re.Pattern | None:
    """A head noun right after a name, a bracketed short form maybe between (round 44)."""
    return re.compile(
        rf"\s+(?:\([A-Z][A-Za-z&]*\)\s+)?(?:{_phrases(heads)})\b(?!['\u2019-])") if heads else None


class CutTitleContext:
    """Is a mention a piece the model cut out of a longer work title (round 42)? Two readings of
    the raw text around it:

    - *a title in title case*: news prose writes small words in lower case, so a capitalized one
      joining capitals ("Jo And His Magic Kessel", "Vaal's The Tamsk Plot", "Kessel From Vaal") is
      a title's: the mention ends in such a word ("Jo And"), or one joins it to a capital right
      after or right before. Not the first word of a sentence ("The Kessel ..."), not a run in
      capitals ("KESSEL DS The Vaal": a subhead's), and not "A" ("the England A side" is a side);
    - *a piece of a title the corpus calls a work*: a longer run of capitals and small words
      around the mention ("Kessel Nights of the Spotless Vaal") whose key some story calls a work
      (``CorpusWorks.cued`` or ``followed``: "her role in Kessel Nights of the Spotless Vaal").

    The resolver votes these pieces over an actor's mentions (``NameGraphResolver._cut_titles``).
    The capitalized small words are ``title_case_joiners`` of ``data/kind_contexts.yaml``."""

    def __init__(self, joiners: list[str]):
        joiner = _alternatives(joiners) if joiners else r"(?!)"
        self.ends_joiner = re.compile(rf"\s(?:{joiner})$")
        self.joiner_after = re.compile(rf"[ \t]+(?:{joiner})[ \t]+[A-Z0-9]")
        # the capital before the joiner must not open its sentence nor be a word in capitals
        self.joiner_before = re.compile(
            rf"(?<=[^\s.!?:\"\u201c])[ \t]+(?!(?:[A-Z0-9]{{2,}})[ \t])[A-Z][\w'\u2019-]*[ \t]+(?:{joiner})[ \t]+$")

    @classmethod
    def from_data(cls) -> "CutTitleContext":
        return cls([str(w) for w in load_yaml("kind_contexts.yaml").get("title_case_joiners", ())])

    def ends_in_joiner(self, text: str, start: int, end: int) -> bool:
        """The mention ends in a capitalized small word: "Jo And" of "Jo And His Magic Kessel"."""
        return bool(self.ends_joiner.search(text, start, end))

    def title_case(self, text: str, start: int, end: int, label: str = "") -> bool:
        """The mention is a piece of a title written in title case. A name the model calls a
        person beside such a word is left: a slip of case ("Jo Vaal For Kessel") or a person
        in a body's title-cased name."""
        if self.ends_in_joiner(text, start, end):
            return True  # "Jo And" of "Jo And His Magic Kessel"
        if label == "PERSON":
            return False
        if self.joiner_after.match(text, end):
            return True
        return bool(self.joiner_before.search(text, max(0, start - 60), start))

    def inside_cued_title(self, text: str, start: int, end: int, corpus: CorpusWorks) -> bool:
        """A longer title run around the mention, on its line, is a title the corpus calls a work."""
        if not (corpus.cued or corpus.followed):
            return False
        for left, right in _title_spans(text, start, end):
            key = name_key(text[left:right])
            if key and (key in corpus.cued or key in corpus.followed):
                return True
        return False

    def __call__(self, text: str, start: int, end: int, corpus: CorpusWorks, label: str = "") -> bool:
        return self.title_case(text, start, end, label) or self.inside_cued_title(text, start, end, corpus)


# A capitalized word, and a lower-case joiner run before a capital, for walking a title's run.
_RUN_WORD = re.compile(r"[A-Z0-9][\w'\u2019&-]*")
# The small words that may join the mention to what follows it in one title: "Kessel Nights of
# the Vaal". Not "and", "in", "with" ...: "Jo Vaal in Kessel Nights (1994)", "rapper Jo and Tamsk
# actor Vaal" write a person before a work's title, and a trail's key takes the whole run.
_HEAD_JOINER = re.compile(r"[ \t]+(?:(?:of|the|a|an|into)[ \t]+)+(?=[A-Z0-9])")
# A place's or a time's word right before the mention makes it the place: "the Kessel Cup in Vaal".
_PLACE_JOINED = re.compile(rf"[A-Z0-9][\w'\u2019&-]*[ \t]+(?:(?:{_JOINERS})[ \t]+)*?(?:in|on|at|from|with|for|to)[ \t]+(?:the[ \t]+)?$")
_RUN_JOIN_AFTER = re.compile(rf"[ \t]+(?:(?:{_JOINERS})[ \t]+)*(?=[A-Z0-9])")
_RUN_JOIN_BEFORE = re.compile(rf"[A-Z0-9][\w'\u2019&-]*[ \t]+(?:(?:{_JOINERS})[ \t]+)*$")
_RUN_MAX_WORDS = 6  # words added on either side of the mention


def _title_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans longer than the mention made of it and the capitals next to it on its line, joined
    by lower-case small words ("Kessel Nights" → "Kessel Nights of the Spotless Vaal", "Flight
    into Kessel"); each span starts and ends with a capital word. Only when a small word joins
    the mention to a capital: a bare run of capitals is one name the model cut on its own."""
    head = _HEAD_JOINER.match(text, end) is not None
    tail = _joined_before(text, start) and not _PLACE_JOINED.search(text, max(0, start - 40), start)
    if not (head or tail):
        return []
    lefts, at = [start], start
    for _ in range(_RUN_MAX_WORDS if tail else 0):
        match = _RUN_JOIN_BEFORE.search(text, max(0, at - 40), at)
        if match is None:
            break
        at = match.start()
        lefts.append(at)
    rights, at = [end], end
    for _ in range(_RUN_MAX_WORDS if head else 0):
        gap = _RUN_JOIN_AFTER.match(text, at)
        word = _RUN_WORD.match(text, gap.end()) if gap else None
        if word is None:
            break
        at = word.end()
        rights.append(at)
    return [(left, right) for left in lefts for right in rights if (left, right) != (start, end)]


def _joined_before(text: str, start: int) -> bool:
    return bool(_TAIL_JOINER.search(text, max(0, start - 40), start))


_TAIL_JOINER = re.compile(rf"[A-Z0-9][\w'\u2019&-]*[ \t]+(?:(?:{_JOINERS})[ \t]+)+$")


class ChannelShowContext:
    """Is a mention a programme by its channel's possessive right before it ("told Kessel Two's
    Morning Vaal", round 42)? Not a name the model calls a person ("Kessel Two's Jo Vaal show" is
    the presenter's). The resolver votes it over an actor's mentions (``_channel_shows``). The
    channels are ``channel_possessives`` of ``data/kind_contexts.yaml`` (patterns)."""

    def __init__(self, channels: list[str]):
        self.before = re.compile(
            rf"(?<![\w-])(?:{'|'.join(channels)})['\u2019]s\s+$") if channels else None

    @classmethod
    def from_data(cls) -> "ChannelShowContext":
        return cls([str(c).replace(" ", r"\s+") for c in load_yaml("kind_contexts.yaml").get("channel_possessives", ())])

    def __call__(self, text: str, start: int, label: str = "") -> bool:
        return bool(label != "PERSON" and self.before is not None
                    and self.before.search(text, max(0, start - 40), start))


class FranchiseContext:
    """Is a mention a franchise's name as the modifier of its works' noun ("the third Kessel
    Vaal film", "the past four Vaal films", "the Kessel Vaal games", round 44)? A film or a book
    series named after its hero is named so again and again; its hero acts in the plots, so no
    agency test can tell it from a person. A star's or a director's name stands there too ("the
    new Jo Vaal movie"), once in many of their mentions: the resolver votes these over an actor's
    mentions (``NameGraphResolver._franchise``). The words are ``franchise_openers`` (a
    determiner, an ordinal or a count right before the name) and ``franchise_work_nouns`` (the
    noun right after it) of ``data/kind_contexts.yaml``."""

    def __init__(self, openers: list[str], nouns: list[str]):
        # a written ordinal ("the 21st Vaal film") opens it too
        self.opener = re.compile(
            rf"(?<![\w'\u2019-])(?:(?i:{_alternatives(openers)})|\d+(?:st|nd|rd|th))\s+$") if openers else None
        self.noun = re.compile(rf"\s+(?:{_alternatives(nouns)})\b") if nouns else None

    @classmethod
    def from_data(cls) -> "FranchiseContext":
        data = load_yaml("kind_contexts.yaml")
        return cls([str(w) for w in data.get("franchise_openers", ())],
                   [str(w) for w in data.get("franchise_work_nouns", ())])

    def __call__(self, text: str, start: int, end: int) -> bool:
        return bool(self.opener is not None and self.noun is not None and self.noun.match(text, end)
                    and self.opener.search(text, max(0, start - 20), start))


class RoleContext:
    """Is a mention a part played in a work ("took the role of Kessel Vaal", "his character
    Vaal", "will voice Tamsk", "Kessel, played by Jo Vaal", round 44)? A biopic's hero is named
    so too ("her role as Jo Vaal in Kessel"), and is named elsewhere as the person he is: the
    resolver drops only a name every mention of which is a part (``NameGraphResolver._role_only``).
    The words are ``role_leads_before``, ``role_possessed_before`` (after "X's") and
    ``role_credits_after`` of ``data/kind_contexts.yaml``. Round 46: ``story_part`` reads the
    same cues less ``role_leads_biopic`` ("role as": the words a biopic's hero gets too), for the
    vote that needs one part in each story (``NameGraphResolver._role_each_story``). Round 50:
    ``played_in_work`` reads a verb of playing before the name and the work it is played in right
    after it ("who played Kessel Vaal in Tamsk Nights", "playing Vaal in a remake"): the verbs are
    ``role_plays_before``, the work a title the corpus calls a work (``CorpusWorks``) or a noun
    of ``role_played_works_after``. A player plays a rival "in the final", "in Kessel City"."""

    def __init__(self, leads: list[str], credits: list[str], possessed: list[str] = (),
                 biopic: list[str] = (), plays: list[str] = (), played_works: list[str] = ()):
        self.lead = self._leads(leads, possessed)
        self.credit = re.compile(rf",?\s+\(?(?:{_phrases(credits)})\b") if credits else None
        shared = {phrase.lower() for phrase in biopic}
        self.story_lead = self._leads([w for w in leads if w.lower() not in shared], possessed)
        self.play_verb = re.compile(rf"(?<![\w'\u2019-])(?i:{_phrases(plays)})\s+$") if plays else None
        # a determiner and the work's noun, no possessive after it: "in a remake of ...", "in the
        # new stage version" ("in the film's final scene" is a moment of a work already named)
        self.in_work_noun = re.compile(
            rf"\s+in\s+(?:the|a|an)\s+(?:[\w'\u2019-]+\s+){{0,3}}?(?:{_phrases(played_works)})\b(?!['\u2019-])"
        ) if played_works else None
        self.in_title = re.compile(rf"\s+in\s+{_QUOTE}(?:The\s+)?({_TITLE})")

    @staticmethod
    def _leads(leads: list[str], possessed: list[str]) -> "re.Pattern[str] | None":
        lead = [rf"(?<![\w'\u2019-])(?:{_phrases(leads)})"] if leads else []
        if possessed:  # "Jo Vaal's character Kessel"
            lead.append(rf"\w['\u2019]s\s+(?:{_phrases(possessed)})")
        return re.compile(rf"(?:{'|'.join(lead)})\s+$") if lead else None

    @classmethod
    def from_data(cls) -> "RoleContext":
        data = load_yaml("kind_contexts.yaml")
        return cls([str(w) for w in data.get("role_leads_before", ())],
                   [str(w) for w in data.get("role_credits_after", ())],
                   [str(w) for w in data.get("role_possessed_before", ())],
                   [str(w) for w in data.get("role_leads_biopic", ())],
                   [str(w) for w in data.get("role_plays_before", ())],
                   [str(w) for w in data.get("role_played_works_after", ())])

    def __call__(self, text: str, start: int, end: int) -> bool:
        return self._part(self.lead, text, start, end)

    def story_part(self, text: str, start: int, end: int, corpus: "CorpusWorks | None" = None) -> bool:
        """A part by a cue no biopic's hero gets ("took the role of X", "will voice X", "X,
        played by"); round 50: or a part played in a work (``played_in_work``), when the corpus's
        works are given."""
        return self._part(self.story_lead, text, start, end) or (
            corpus is not None and self.played_in_work(text, start, end, corpus))

    def played_in_work(self, text: str, start: int, end: int, corpus: CorpusWorks) -> bool:
        """Round 50: "who played Kessel Vaal in Tamsk Nights", "playing Vaal in a remake of ...":
        a verb of playing right before the name, and right after it "in" and a work, by its noun
        ("in the stage version") or by a title some story of the corpus calls a work. A sports
        story's "will play Jo Vaal in the final" or "in Kessel City" names no work."""
        if self.play_verb is None or not self.play_verb.search(text, max(0, start - 20), start):
            return False
        return self._work_after(text, end, corpus)

    def part_in_work(self, text: str, start: int, end: int, corpus: CorpusWorks) -> bool:
        """Round 60: a part by a cue no biopic's hero gets and the work it is played in right
        after the name: "played Vaal in Tamsk Nights", "to play the role of Vaal in a film
        version of ...". What a body or a place takes on is a task ("took the role of Vaal in
        running the port"): with the work named after it, the name is a part in that work."""
        return self._work_after(text, end, corpus) and (
            self._part(self.story_lead, text, start, end) or self.played_in_work(text, start, end, corpus))

    def _work_after(self, text: str, end: int, corpus: CorpusWorks) -> bool:
        """Right after ``end``, "in" and a work: a determiner and a work's noun ("in a remake"),
        or a title some story of the corpus calls a work."""
        if self.in_work_noun is not None and self.in_work_noun.match(text, end):
            return True
        title = self.in_title.match(text, end)
        return title is not None and _cued_work(title.group(1).rstrip(".:'\u2019"), corpus)

    def _part(self, lead: "re.Pattern[str] | None", text: str, start: int, end: int) -> bool:
        return bool((lead is not None and lead.search(text, max(0, start - 30), start))
                    or (self.credit is not None and self.credit.match(text, end)))


def _cued_work(title: str, corpus: CorpusWorks) -> bool:
    """Some story of the corpus calls the title a work (a noun, a lead or a trail: ``CorpusWorks``)."""
    return any(key in corpus.cued or key in corpus.followed for key in _title_keys(title))
