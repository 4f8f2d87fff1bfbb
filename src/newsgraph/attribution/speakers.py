"""Who the speaker is: a named mention, an anonymous source tied to a body, a document and its
author, or a pronoun resolved to the last compatible speaker; and the outlet told.

Input: a document's text, its mentions, and one :class:`Found` at a time (in text order, with
the claims made so far). Output: the :class:`~newsgraph.model.Claim` for it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable, Sequence

from newsgraph.attribution.cues import CueLexicon
from newsgraph.attribution.quotes import find_quotes
from newsgraph.attribution.syntax import Found, Span, paragraph_starts
from newsgraph.coref import CorefLexicon, DocumentCoref
from newsgraph.coref.governments import state_of_government
from newsgraph.coref.offices import titles_in_document
from newsgraph.data import load_lines, load_yaml
from newsgraph.model import Claim, Mention, Sentence
from newsgraph.names import TEAM_SUFFIX, initials, name_key
from newsgraph.resolve import UNTAGGED_LABEL
from newsgraph.parse.headlines import title_line

_PERSON = "PERSON"
_GROUP_LABELS = ("ORG", "NORP", "GPE", "OUTLET", "LOC", "FAC")
_AUTHOR_LABELS = ("PERSON", "ORG", "OUTLET", "NORP", "GPE")
# round 65: "An IAAF statement", "the FA letter": determiners before a body's initials and a
# document noun (SpeakerResolver._initialled_issuer); a word of two to six capitals
_ISSUED_DETERMINERS = frozenset({"a", "an", "the", "this", "that"})
_INITIALS_WORD = re.compile(r"(?P<letters>[A-Z]{2,6})(?:['’]s)?")
# "X and Y issued", "X, Y and Z's letter": a name joined by "and" to one before it (SpeakerResolver._issued_before)
_JOINED_BEFORE = re.compile(r"(?:\band|\bor|&)\s+(?:the\s+)?$")
# round 58: a word of a name closing a speaker's words ("Kessel", "4Cast", "O'Vaal", "B&Q"): a
# capital or a digit first, a letter in it; and the small words that may join two of them
_NAME_WORD = re.compile(r"(?=[\w'’&.-]*[A-Za-z])[A-Z0-9][\w'’&.-]*")
_NAME_JOINS = frozenset({"of", "&"})
_HEDGE_ENDING = re.compile(r"(?:s|ed)$")  # "seems", "appeared": the lemma of hedge_verbs


def _joins_lower(words: list[str], at: int) -> bool:
    """ "media and PR strategist X": an "and" between a lower-case word and no determiner or
    pronoun joins two modifiers of the one noun, not two people ("the player himself and his
    captain X": two speakers)."""
    return words[at] == "and" and 0 < at < len(words) - 1 and words[at - 1].islower() \
        and words[at - 1] not in _PEOPLE_BEFORE_AND and words[at + 1].lower() not in _PEOPLE_BEFORE_AND


# words on either side of an "and" that make it join two people ("himself and his coach X")
_PEOPLE_BEFORE_AND = frozenset({"himself", "herself", "themselves", "his", "her", "their", "its", "the", "a", "an",
                                "he", "she", "they", "both", "fellow"})
# words before such a name that make it another's ("a lawyer for X", "X and Y", "an ally of X")
_DESCRIPTOR_BREAKS = frozenset({"of", "for", "at", "by", "in", "from", "with", "to", "on", "and", "or", "&",
                                "who", "which", "that", "said", "says", "like", "including", "between"})
# a name that puts out a document of its own (spk87): a body, a paper or a person; a state or a
# people speaks through officials the text does not name (a firm typed NORP: _maker_name)
_MAKER_LABELS = ("ORG", "OUTLET", "PERSON")
_SINGULAR_BODIES = ("ORG", "GPE", "OUTLET")
# labels of a longer name a bare speaker's words may not close: a place, a people or an outlet
# is no one the bare name stands for ("Leicester said" is the club, not "BBC Radio Leicester")
_NOT_LONGER_NAMES = frozenset({"GPE", "LOC", "NORP", "OUTLET", "FAC"})


# a lower-case noun followed by "of"/"to": the tie a phrase names ("an ally of", "adviser to")
_TIE = re.compile(r"\b([a-z][a-z'’-]*)\s+(?:of|to)\b")


@dataclass(frozen=True)
class Speaker:
    mention: int | None
    anonymous: bool
    affiliation: int | None = None
    plural: bool = False
    kind: str = ""  # the claim kind a resolved pronoun takes over ("document" for "it")
    described: bool = False  # one specific person described by an office, not named ("the chancellor")
    unlinked: bool = False  # a name the mention finder missed ("Simon Yates"): someone named, no actor
    body: bool = False  # one body described, not resolved ("the group"): a later "it" is this one
    group: tuple[int, ...] = ()  # several named speaking as one ("X and Y", "the pair"); mention is the first
    # a "he"/"she" taken for the one person who spoke just before with no person actor: "back" when
    # that one was a definite description that may refer back to someone who spoke, else "one"
    held: str = ""
    titled: bool = False  # the name closing a title the model cut into a name ("<Show> star X"): no list
    # the phrase a relative pronoun speaker stands for ("an Acme spokesman, who added"): the voice
    # rules (voices.py) read it in place of the pronoun
    antecedent: Span | None = None
    # round 59: the outlet a bare "reportedly" is given from a sentence before (_press_source): the
    # claim names no speaker, so no later "it" / "he" can go back to it through this claim
    reported_before: bool = False


def _opens_sentence(text: str, at: int) -> bool:
    """Whether ``at`` is the first word of a sentence: the text's start, a new line, or after a
    full stop, question or exclamation mark (and any closing quote)."""
    before = text[:at].rstrip(" \t")
    return not before or before.endswith("\n") or before.rstrip("\"'”’)").endswith((".", "?", "!"))


# "his government", "its government": the state's own, whoever "his" is (never "a government")
_OWN_GOVERNMENT = frozenset({"his", "her", "its", "their"})
# round 58: possessive words before a lawsuit ("her lawsuit"): its bringer's (SpeakerResolver._plaintiff)
_OWNER_WORDS = frozenset({"his", "her", "its", "their"})
# "The German company", "the Japanese gaming giant": a people and a body noun, no other name
_NATIONAL_DESCRIPTION = re.compile(r"[Tt]he\s+[A-Z][a-z]+\s+(?:[a-z][\w-]*\s+)?[a-z]+")
_INDEFINITE = frozenset({"a", "an", "one", "another"})  # an unnamed one of many: "a senior Tory MP"
_APPOSITION = re.compile(r"\s*,\s*(?:[a-z][\w'’-]*\s+){0,4}")
# round 55: an apposed name closed by the place or body he is of (", Ana Ruiz of Kessel and Vaal,")
_PLACE_CLOSED = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:and|&|of|[A-Z][\w&.'’-]*)){0,4},")
# round 55: the head noun of an apposition after a name (", a retail analyst at Y,": "analyst"),
# its last word before a preposition, a comma, a dash or a verb's end
_APPOSED_ROLE = re.compile(r"\s*,\s*(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w'’&-]+\s+){0,3}?([a-z][a-z-]*)"
                           r"(?=\s+(?:at|of|for|with|in|from|to)\b|\s*[,\u2013\u2014-])")
# round 55: a body's short form in brackets after its name ("the X Task Force (XTF)")
_BRACKETED = re.compile(r"\s*\([A-Z][\w&.-]{0,11}\)")
# ", former Kessel finance chief ": a title with a body's name in it (see _titled_gap)
_TITLED_APPOSITION = re.compile(r"\s*,\s*(?:[A-Za-z][\w'’&.-]*\s+){1,4}")
_RANK = re.compile(r"\b(?:\w+est|top|leading|number one|no 1)\b", re.IGNORECASE)
# a share of people answering a poll ("14% of people aged ...", "nearly a quarter", "two thirds")
_SHARE = re.compile(r"(?:(?:nearly|almost|about|around|some|over|under|just|only|more than|fewer than|less than)\s+)?"
                    r"(?:\d+(?:\.\d+)?\s?(?:%|per\s?cent)|(?:a|one)\s+(?:quarter|third|fifth|half)|half|two[\s-]thirds"
                    r"|three[\s-]quarters|the\s+majority|a\s+majority"
                    # "one in four", "two in five": a share put as a ratio (round 55)
                    r"|(?:one|two|three|four|\d+)\s+in\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+))"
                    r"(?:\s+of\b.*)?$", re.IGNORECASE)
# a relative pronoun the parse left without its antecedent, and the labels of a name it may
# stand for ("which" is never a person)
_RELATIVES = {"who": ("PERSON", "ORG", "NORP"), "which": ("ORG", "OUTLET")}
# what may stand between a name and its relative pronoun: nothing, a comma or a dash
_RELATIVE_GAP = re.compile(r"\s*[,\u2013\u2014-]?\s*")
# a name after these is not the one a relative clause describes: one of several ("X and the
# mayor Y, who": both speak; not "X, or Y, who": Y, of alternatives) or the body of someone else ("a spokesman for the Home Office, who")
_COORDINATED = re.compile(r"\b(?:and|&)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)
# "a spokesman for the ", "fans of ": the name after is the body of the one the clause describes
_ROLE_OF = re.compile(r"\b([a-z][\w'’-]*)\s+(?:of|for)\s+(?:the\s+)?$")
# two names joined ("X and the mayor Y"): what stands between them
# between two names of one list: ", ", " and ", ", and ", with a title before the second after
# "and" ("and the mayor Y", "and team-mate Y"; after a bare comma a title is an apposition: "X,
# real name Y", "X, the mayor Y")
_LIST_JOIN = re.compile(r"(?:\s*,\s+|\s*,?\s+(?:and|&)\s+(?:(?:the\s+)?(?:[a-z][\w'’-]*\s+){1,3}|The\s+)?)"
                        r"(?:(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+)?")
# "and his ", "& their ": a possessive opening the second person's title, right before a body's
# name inside that title ("X and his Kessel Films partner Y"; see SpeakerResolver._in_owned_title)
_OWNED_TITLE_OPENING = re.compile(r"\s(?:and|&)\s+(?P<owner>his|her|their)\s+$")
_OWNED_TITLE = re.compile(r"(?:his|her|their)\s+(?:[A-Z][\w&.'’-]*\s+){1,3}[a-z][\w-]*\s+")
# Round 38: a speaker phrase joining two speakers (see SpeakerResolver._one_of_joint): its
# opening "Both", a closing word of the pair, the "and" right after or before the one name
_BOTH_OPENING = re.compile(r"\s*[Bb]oth\s")
_JOINT_CLOSING = re.compile(r"\s+(?:both|all|themselves|together|jointly)\s*$")
# what may close a list of names after its last one: nothing, or that name's bracketed short form
_SHORT_FORM_TAIL = re.compile(r"(?:\s*\([A-Z][\w&.]*\))?")
# the first of a list of names, with the rest of its own name the model left out: "X of Y
# Lenders (XYL), Z Association and W Society" (the words, then ", ", then a list with "and")
# (each item only capitalized words, "of", "for", "the" and a bracketed short form: never "X,
# head of sales at Y and Z", an apposition)
_LIST_NAME = r"(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of|for|the|[A-Z][\w&.'’-]*))*(?:\s*\([A-Z][\w&.]*\))?"
_LIST_AFTER = re.compile(rf"(?:\s+(?:of|for|the|[A-Z][\w&.'’-]*))*(?:\s*\([A-Z][\w&.]*\))?\s*,\s+"
                         rf"(?P<other>{_LIST_NAME}(?:,\s+{_LIST_NAME})*,?\s+(?:and|&)\s+{_LIST_NAME})\s*")
_AND_AFTER = re.compile(r"\s*,?\s+(?:and|&)\s+(?P<other>\S.*?)\s*", re.DOTALL)
# the last "and" before the name, and the words between ("Mr " and the like left out)
_AND_BEFORE = re.compile(r"(?P<first>.*)\s(?:and|&)\s+(?P<gap>(?:[\w'’-]+\s+)*?)(?:(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+)?", re.DOTALL)
# what may stand before "and" as a speaker of its own: words ending in a capitalized one ("the
# IMF", "A study by the Pew Internet"), or a definite description ("the man himself")
_FIRST_CONJUNCT = re.compile(r"(?:.*\s)?[A-Z][\w&.'’-]*|(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)(?:\s+[a-z][\w'’-]*)+")
# what may open a conjunct that is a speaker of its own: a determiner or possessive with only
# lower-case words after it ("the ", "his captain ", "the lobby group ")
_DETERMINED_GAP = re.compile(r"(?:(?:the|his|her|its|their)\s+(?:[a-z][\w'’-]*\s+)*|(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+)")
# "the prime minister and his campaign chief ", "The chancellor and Mr ": an office, then "and"
# and a person's own lower-case title (or none) before the name that closes the phrase
_DESCRIBED_AND = re.compile(r"[Tt]he\s+(?P<title>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+(?:and|&)\s+"
                            r"(?:(?:his|her|the)\s+)?(?:[a-z][\w'’-]*\s+){0,3}(?:(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+)?")
# a relative clause opened right after a name and running, with no other comma, to another name
_RELATIVE_OPENING = re.compile(r"\s*,\s*(?:which|who|that)\s[^,;:.\"“”()]*")
_JOINED = re.compile(r"\s+(?:and|&)\s+(?:[\w'’-]+\s+){0,4}")
# a noun and the preposition right before a name ("a rival in ", "an adviser for the ")
_NOUN_PREPOSITION = re.compile(r"\b([a-z][\w'’-]*)\s+(?:of|for|at|from|with|to|in|on|by)\s+(?:the\s+)?$")
_NOT_ANTECEDENT = re.compile(r"\b(?:of|for|at|from|with|to|in|on)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
# "In a statement from X, ...", "In a letter issued by X ...": an opening phrase whose document
# has its author right after "from" / "by"; the phrase runs to the comma before the subject
_STATEMENT_OPENING = re.compile(
    r"(?:In|Through)\s+(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+)?(?P<noun>[a-z]+)\s+"
    r"(?:(?:issued|released|published|sent)\s+)?(?:from|by)\s+(?P<author>(?:the\s+)?[A-Z][^,;:\"“”]*),\s*$")
# lower-case words inside a person's name ("Rodrigo de Rato", "Ludwig van Beek")
_NAME_PARTICLES = frozenset({"de", "da", "di", "del", "van", "von", "der", "den", "la", "le", "al", "bin", "ben"})
# ", the IMF's managing director," / ", head of X": a description set off after a name, by its head noun
_APPOSED_HEAD = re.compile(r"\s*,\s*(?:(?:the|a|an)\s+)?(?:[\w'’.&-]+\s+){0,4}?(?P<head>[a-z][a-z-]+)\s*(?:,|\b(?:of|for|at|with)\b)")
_AGE = re.compile(r"\d{1,3}-year-old", re.IGNORECASE)  # "the 24-year-old Swiss": one person by age
_REPORTED_REACH = 3  # how many of the latest claims may hold the person a "he" would go to
# where a speaker phrase's head part ends: its first preposition ("a spokesman | for the firm")
_HEAD_PART = re.compile(r"\s(?:of|for|at|from|in|on|with|by|to|about|into|over|under)\s")
# "X and Y", "X, Y and Z": what joins names in a speaker phrase, and a name's own words
_NAME_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+")
_CAPITALIZED_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}")
_NAMED_OWNER = re.compile(r"[A-Z][\w.&-]*['’]s?")  # "Scotland's", "the Lords'": a named owner
# "X has been reported as saying", "X is quoted as saying": the cue, what follows it, the
# auxiliary between the name and it, and a speaker phrase the parse ran on to the cue's words
_REPORTED_CUES = frozenset({"reported", "quoted"})
# cues whose object is who was told ("X told Reuters"): a name after them is no speaker
_TELL_CUES = frozenset({"told", "tells", "tell", "telling"})
# what may stand between a quote's close (or the sentence's start) and a teller's name: a
# connective and lower-case words of a description ("But", "shop owner")
_TELLER_LEAD = re.compile(r"[\s,]*(?:(?:But|And|Yet|So|Now|Meanwhile|However),?\s+)?(?:[a-z][\w'’-]*\s+)*")
_REPORTED_AS = re.compile(r"\s+(?:as\s+(?:saying|having\s+said)|to\s+have\s+(?:said|told|claimed|admitted|warned|insisted))\b")
_PASSIVE_BEFORE = re.compile(r"\s+(?:is|was|are|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?")
_PASSIVE_TAIL = re.compile(r"(?P<who>.+?)\s+(?:is|was|are|were|has\s+been|have\s+been|had\s+been)"
                           r"(?:\s+(?:[a-z]+ly\s+)?(?:quoted|reported)(?P<as>\s+as)?)?")
# "a letter sent to X", "a statement about X's position": X receives the document or is its topic
_ADDRESSED = re.compile(r"\b(?:to|about|concerning|regarding)\s+(?:(?!by\b|from\b)[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# words after a clause's subject that make it no speaker: a copula or a passive ("X was named")
_COPULA_OR_PASSIVE = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "’s", ","})
# "released at the", "published in" (a participle, maybe a time, then "at" / "in" / "on") right
# before a name of a document's phrase: where it was put out (``placed_participles``)
_PLACED_AT = re.compile(r"\b([a-z]+)\s+(?:(?:on|in|last|this)\s+[\w'’-]+\s+)?(?:at|in|on)\s+(?:the\s+)?$", re.IGNORECASE)
# "The report, carried out independently by consultants ", "The figures were prepared by the ": a
# passive of making after a document's phrase, up to its maker (``maker_participles``)
_MADE_BY = re.compile(r"\s*,?\s*(?:(?:is|was|are|were|has\s+been|have\s+been|had\s+been)\s+)?(?:[a-z]+ly\s+)?"
                      r"(?P<verb>[a-z]+(?:\s+(?:out|up))?)\s+(?:[a-z]+ly\s+)?by\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}")
# a second maker joined to the first ("by X and industry body Y", "by X, Y and Z"): a joint work
_JOINT_AFTER = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:,\s*[A-Z]|(?:and|&)\s)")
# "For X they asked": a phrase opening a sentence before its subject
_OPENING_PREPOSITION = re.compile(r"\s*(?:for|in|at|on|with|after|before|from|by|under|like|unlike|against)\s+(?:the\s+)?",
                                  re.IGNORECASE)
# what may open a counted group of people before its number ("All three", "the three men")
_COUNT_OPENERS = frozenset({"all", "the", "these", "those"})
# round 55: between two names of one list ("A, B and C", "A and the B"), after an
# optional bracketed short form of the first
_NAME_LIST_JOIN = re.compile(r"(?:\s*\([^()]*\))?(?:\s*,\s+(?:and\s+)?|\s+(?:and|&)\s+)(?:the\s+)?")
# round 57: in the sentence after a list of names, what brings in another clause's subject or
# speaker ("X and Y met, but unions say ..."; a quote): a later "they" may be that one
_OTHER_CLAUSE = re.compile(r"[;:\"“”]|,?\s+(?:but|while|whereas|although|though|because|since|after|before|when|if|unless|who|which)\s")
_LISTED_BODY_LABELS = ("ORG", "NORP", "GPE")  # bodies a "they" may be a list of
# a list that goes on past a name with another item, or comes after one: no list of its own size
_LIST_GOES_ON = re.compile(r"(?:\s*\([^()]*\))?(?:\s*,\s*(?:(?:and|or)\s+)?(?:the\s+)?[A-Z]|\s*,?\s+(?:and|or|nor|&)\s)")
_LIST_GOES_BEFORE = re.compile(r"(?:,|\b(?:and|or|nor|&))\s*(?:the\s+)?$", re.IGNORECASE)
# "Kessel and Vaal chairman X": the list is a title's, before a person's name
_TITLE_WORDS = re.compile(r"\s+(?:[a-z][\w'’-]*\s+){1,3}")
# "But the Tory leader said": a description set against what was said before names the other side
_CONTRAST_BEFORE = re.compile(r"\b(?:but|however|meanwhile|yet|while|whereas|although|instead)\W*$", re.IGNORECASE)
# a bare spokesman phrase: a determiner, at most two lower-case modifiers ("police", "company"), the noun
_BARE_VOICE = re.compile(r"(a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}[a-z]+", re.IGNORECASE)
# what may stand before a sentence's subject: a connective, "the" (no quote mark: a name quoted is
# the quoted speaker's word, not the reporter's subject)
_SUBJECT_OPENING = re.compile(r"\s*(?:(?:but|however|meanwhile|and|earlier|later|separately|instead)\s*,?\s+)?"
                              r"(?:the\s+)?", re.IGNORECASE)
# after a name: an owner's "'s", or a second name joined to it ("X and Y said"): not one subject
_NOT_ALONE_AFTER = re.compile(r"['’]|\s*(?:,\s*)?(?:and|&|or)\s", re.IGNORECASE)
# in a title before a closing name: a preposition, a verb's participle or a list's "and" with a
# name before it means the name is not the title's holder ("a lawyer for X chief Y")
_TITLE_BREAK = re.compile(r"\b(?:of|for|to|at|with|by|from|in|on|about|against|over|under|who|which|that|"
                          r"said|says)\b|[,;:()\"“”]")
# round 69: a name's own plain verb of speech opening a sentence ("Ana Ruiz said:", "... told the radio")
_SPEAKS_NEXT = re.compile(r"\s+(?:has\s+)?(?:said|says|told|tells)\b")
_PARTICIPLE = re.compile(r"(?!king$)[a-z]{2,}ing")  # "defending", not "king"
# between an apposed name with no closing comma and its cue: only an auxiliary ("X has warned")
_AUXILIARY_GAP = re.compile(r"\s*(?:(?:has|have|had|is|was|will|would|did|does)(?:\s+(?:also|now|since))?\s+)?")
# round 50: between the last named example of a plural speaker and its cue: a closing comma or
# dash, and an auxiliary ("Others, such as X, have said", "Groups including X are calling")
_EXAMPLES_TO_CUE = re.compile(r"\s*[,\u2013\u2014-]?\s*(?:(?:has|have|had|is|are|was|were|will|would|did|do|does)"
                              r"(?:\s+(?:also|now|already))?\s+)?")
_DEFINITE = frozenset({"the", "both", "these", "those", "their", "its", "all", "two", "three", "each"})
# round 53: "a local councillor", "one disgruntled backbencher": an article or "one" opening a
# singular noun of a person introduces one person the phrase does not name
_ONE_PERSON_OPENERS = frozenset({"a", "an", "one"})
# round 53: ", steel maker Kessel, said": an apposition holding a capitalized word (a name) between a
# speaker phrase and its cue
_NAMED_APPOSITION = re.compile(r"\s*,[^,]*?\b[A-Z][^,]*,\s*(?:(?:has|have|had|is|was)\s+)?")
# round 53: "one of the losing bidders", "one of her aides who ...": one of a set of people, the
# first plural noun after the set's determiner (the people the phrase describes)
_ONE_OF_SET = re.compile(r"one of (?:the|his|her|their|its|our|my|your)\s+(?:[\w-]+\s+){0,3}?"
                         r"(?P<plural>[a-z-]+s|men|women|people)\b(?!\s+of\b)")


class SpeakerResolver:
    """Turns attributions into claims for one document; remembers what each claim's speaker
    was so a later "he said" can take it over."""

    def __init__(self, text: str, mentions: Sequence[Mention], lexicon: CueLexicon,
                 coref: CorefLexicon | None = None):
        self.text = text
        quoted = [(q.mark_start, q.mark_end) for q in find_quotes(text, lexicon.colon_tag_verbs)]
        self.coref = DocumentCoref(text, mentions, coref or CorefLexicon.from_data(), quoted)
        self.mentions = list(mentions)
        self.starts = [m.start for m in self.mentions]
        self.lexicon = lexicon
        self.paragraph_starts = paragraph_starts(text)
        self.speakers: dict[int, Speaker] = {}  # id(claim) -> its speaker
        self.parent_cues: dict[int, Span | None] = {}  # id(claim) -> explicit parent cue
        # keys of names a claim's "the firm" / "the company" speaker was resolved to: bodies by
        # the document's own word, whatever label the model gave a mention of them
        self.called_bodies: set[str] = set()
        self.sentences: Sequence[Sentence] = ()  # the document's sentences, as the latest claim() had them

    def claim(self, doc_id: str, item: Found, sentences: Sequence[Sentence],
              previous: Sequence[Claim]) -> Claim | None:
        if item.content is None or (item.speaker is None and not item.unsourced):
            return None
        item = self._titled_person_after(self._teller_of_addressee(self._reported_source(item)))
        self.sentences = sentences
        # no source named ("it is thought that", "reportedly"): an unnamed source all the same,
        # unless the next sentence names the outlets that report it
        speaker = self.speaker(item, previous) if item.speaker is not None else self._press_source(item)
        if item.antecedent is not None and self._stands_for_phrase(item):
            speaker = replace(speaker, antecedent=item.antecedent)
        shown = self._in_full(speaker)
        outlet = self.outlet(item)
        content = self.text[item.content[0]:item.content[1]]
        stance = item.stance
        # a content split around its cue ("The claims, he said, are untrue"): its denial may be
        # in any piece
        said = " ".join(self.text[s:e] for s, e in item.pieces) if item.pieces else content
        if stance == "assert" and self.lexicon.denies(said):
            stance = "deny"
        kind = "document" if speaker.kind == "document" else item.kind
        claim = Claim(
            id="", doc=doc_id, start=item.content[0], end=item.content[1], text=content,
            speaker=shown.mention, speaker_text=self._words(item.speaker) if item.speaker else None,
            speaker_span=list(item.speaker) if item.speaker else None,
            anonymous=speaker.anonymous, cue=self._words(item.cue), cue_span=list(item.cue), stance=stance,
            outlet=self._words(outlet) if outlet else None, sentence=_sentence_index(sentences, item.cue[0]),
            kind=kind, speaker_affiliation=speaker.affiliation, outlet_span=list(outlet) if outlet else None,
            pieces=[list(p) for p in item.pieces] or None, speakers=list(shown.group) or None,
        )
        self.speakers[id(claim)] = speaker
        self.parent_cues[id(claim)] = item.parent_cue
        if shown.mention is not None and not shown.group and self._body_description(claim.speaker_text or ""):
            self.called_bodies.add(self.mentions[shown.mention].key)
        return claim

    def _body_description(self, words: str) -> bool:
        """ "the firm", "The company": a definite description of one body, a determiner and one
        singular noun coref reads as a body (``kind_of_noun``), nothing else."""
        found = re.fullmatch(r"(?:the|The)\s+([a-z]+)", words.strip())
        return found is not None and not found.group(1).endswith("s") \
            and self.coref.lexicon.kind_of_noun(found.group(1)) == "group"

    def _press_source(self, item: Found) -> Speaker:
        """ "X will reportedly reject the offer. | The Daily A and the B say ...": a press adverb
        (``press_adverbs``) with no source of its own is the report of the outlets the very next
        sentence gives as reporting: as its subject before a verb of reporting, or closing it
        (", the C reported."); one or several joined by "and", nothing else named before them.
        Round 59: a passive of reporting ("X is reported to", ``press_passive_cues``) as well; with
        no outlet next, the one outlet the story named as reporting just before
        (:meth:`_reporting_outlet_before`). An unnamed source otherwise."""
        cue = self._words(item.cue).lower()
        if cue not in self.lexicon.press_adverbs | self.lexicon.press_passive_cues:
            return Speaker(None, True)
        outlets = self._reporting_outlets(max(item.content[1], item.cue[1]))
        if not outlets:
            before = self._reporting_outlet_before(min(item.content[0], item.cue[0]))
            return Speaker(None, True) if before is None else Speaker(before, False, reported_before=True)
        return Speaker(outlets[0], False, plural=len(outlets) > 1, group=outlets if len(outlets) > 1 else ())

    def _reporting_outlet_before(self, at: int) -> int | None:
        """Round 59: "IBM won 3,248 patents, the Y reports. ... IBM reportedly has 40,000": the
        outlet the story names as reporting (:meth:`_named_as_reporting`) in the claim's paragraph
        or the one before, when it is the only outlet named before ``at`` outside quotes. None
        for two outlets, even one only an interview's hearer ("X told the Y news agency ..., the
        agency was quoted as saying": it may be the one that reported this too), and for an
        outlet named only as a body ("the BBC has learnt", "Y pulled the show")."""
        named = [i for i in range(bisect.bisect_left(self.starts, at)) if self.mentions[i].label == "OUTLET"
                 and self.mentions[i].end <= at and not self.coref.in_quote(self.mentions[i].start)]
        if len({self.mentions[i].key for i in named}) != 1:
            return None
        near = [i for i in named if self._paragraph(at) - self._paragraph(self.mentions[i].start) <= 1
                and self._named_as_reporting(i)]
        return near[-1] if near else None

    def _named_as_reporting(self, index: int) -> bool:
        """The outlet at ``index`` is named as the one reporting: "according to the Y", "a report in
        the Y", "reported by Y", "quoted by Y", "the Y reports", "Y news agency reported"."""
        mention = self.mentions[index]
        before = self.text[max(0, mention.start - 60):mention.start]
        after = self.text[mention.end:mention.end + 40]
        return re.search(r"\b(?:according\s+to|reports?\s+(?:in|by|from)|reported\s+by|quoted\s+by)\s+(?:the\s+)?"
                         r"(?:[\w'’-]+\s+){0,2}$", before, re.IGNORECASE) is not None \
            or re.match(r"\s+(?:news\s+agency\s+|newspaper\s+|paper\s+)?(?:has\s+|had\s+)?(?:reports|reported|quoted)\b",
                        after) is not None

    def _reporting_press(self, item: Found) -> int | None:
        """ "Rank may sell its film unit, reports claim. | The Sunday Y reported ...": the lead's
        undetermined press reports ("reports", "newspaper reports": only ``press_report_words``)
        are the one outlet the very next sentence opens or closes with as reporting, as for a
        press adverb (:meth:`_press_source`); None elsewhere in the story (a later sentence may
        be anyone's answer), for several outlets, or for reports whose words say more ("local")."""
        words = self._words(item.speaker).lower().split()
        if not item.speaker_plural or item.speaker_proper or not self._undetermined(item) \
                or words[-1] != "reports" or not set(words) <= self.lexicon.press_report_words \
                or self._paragraph(item.speaker[0]) > 2:
            return None
        outlets = self._reporting_outlets(max(item.content[1], item.cue[1], item.speaker[1]))
        return outlets[0] if len(outlets) == 1 else None

    @staticmethod
    def _noun_complement(item: Found) -> bool:
        """ "denied reports that ...": the document noun is its own cue, with no verb of its own."""
        return item.cue == item.speaker_head

    def _unnamed_press_reports(self, item: Found) -> bool:
        """ "has denied reports that ...", "resigned after reports in a paper that ...": a bare
        plural of press reports (head in ``press_report_words``) is an unnamed source only when the
        story names no press that reported: no outlet outside an interview's hearer ("told the
        Y", ``press_hearer_frames``) and no "a report in the Y" (round 55: a story that names the
        papers has named the source; its speaker is then the error, not the flag)."""
        if self._words(item.speaker_head).lower() not in self.lexicon.press_report_words:
            return False
        if re.search(r"\breports?\s+(?:in|by|from)\s+(?:the\s+)?[A-Z]", self.text):
            return False
        return not any(m.label == "OUTLET" and not self._outlet_heard(m.start) for m in self.mentions)

    def _outlet_heard(self, at: int) -> bool:
        """The outlet named at ``at`` is the hearer of an interview: "told BBC One's Y", "speaking
        on Y Radio" (a frame of ``press_hearer_frames``, then only capitalised words or "'s")."""
        frames = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(self.lexicon.press_hearer_frames))
        before = self.text[max(0, at - 80):at]
        return re.search(rf"\b(?:{frames})\s+(?:the\s+)?(?:(?:[A-Z][\w.&-]*(?:['’]s)?|with|of)\s+)*$", before) is not None

    def _reporting_outlets(self, after: int) -> tuple[int, ...]:
        """The outlets the sentence after position ``after`` opens or closes with as reporting
        (see :meth:`_press_source`), in text order; () when it names none so."""
        stop = re.compile(r"[.!?][\"”’]?(?=\s|$)").search(self.text, after)
        if stop is None or "\n\n" in self.text[after:stop.start()]:
            return ()
        start = stop.end() + len(self.text[stop.end():]) - len(self.text[stop.end():].lstrip())
        end_stop = re.compile(r"[.!?](?=[\"”’]?(?:\s|$))").search(self.text, start)
        end = end_stop.start() if end_stop else len(self.text)
        low, high = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        outlets = [i for i in range(low, high) if self.mentions[i].label == "OUTLET" and self.mentions[i].end <= end
                   and not self.coref.in_quote(self.mentions[i].start)]
        if not outlets:
            return ()
        verbs = r"(?:says?|said|reports?|reported|claims?|claimed)"
        opening = [outlets[0]]
        for a, b in zip(outlets, outlets[1:]):  # "The A and The B say"
            if not re.fullmatch(r"\s+and\s+(?:the\s+)?", self.text[self.mentions[a].end:self.mentions[b].start], re.IGNORECASE):
                break
            opening.append(b)
        first, last = self.mentions[opening[0]], self.mentions[opening[-1]]
        if re.fullmatch(r"(?:the\s+)?", self.text[start:first.start], re.IGNORECASE) \
                and re.match(rf"\s+(?:newspapers?\s+|paper\s+)?(?:has\s+|have\s+)?{verbs}\b", self.text[last.end:end]):
            return tuple(opening)
        closing = outlets[-1]
        if re.search(r",\s+(?:the\s+)?$", self.text[max(start, self.mentions[closing].start - 8):self.mentions[closing].start],
                     re.IGNORECASE) and re.fullmatch(rf"\s+(?:newspaper\s+)?{verbs}", self.text[self.mentions[closing].end:end]):
            return (closing,)
        # round 59: "..., according to (reports in) the Y (trade newspaper).": the one outlet closing it
        if len(outlets) == 1 and re.search(r",\s+according\s+to\s+(?:(?:reports?|a\s+report)\s+in\s+)?(?:the\s+)?$",
                                           self.text[max(start, self.mentions[closing].start - 40):self.mentions[closing].start],
                                           re.IGNORECASE) \
                and re.fullmatch(r"(?:\s+[a-z]+){0,2}", self.text[self.mentions[closing].end:end]):
            return (closing,)
        return ()

    def _reported_source(self, item: Found) -> Found:
        """ "X has been reported as saying", "X is quoted as saying": X is the speaker (whoever
        reported it goes unnamed), not nobody; and "he is quoted as" as the parse gives the
        phrase is "he". ``item`` itself when it is neither."""
        reported = self._words(item.cue).lower() in _REPORTED_CUES and _REPORTED_AS.match(self.text, item.cue[1])
        if item.speaker is not None:
            trimmed = _PASSIVE_TAIL.fullmatch(self._words(item.speaker))
            if trimmed is None or not (reported or trimmed.group("as")):
                return item  # "he is quoted as | saying": the cue is "saying", the phrase ran on
            span = (item.speaker[0], item.speaker[0] + len(trimmed.group("who")))
            inside = item.speaker_head is not None and item.speaker_head[1] <= span[1]
            return item.copy(speaker=span, speaker_head=item.speaker_head if inside else span)
        if not (reported and item.unsourced):
            return item
        index = bisect.bisect_left(self.starts, item.cue[0]) - 1
        if index < 0 or _PASSIVE_BEFORE.fullmatch(self.text, self.mentions[index].end, item.cue[0]) is None:
            return item
        mention = self.mentions[index]
        if mention.label not in _AUTHOR_LABELS or (item.content[0] <= mention.start < item.content[1]):
            return item  # "John Carter is reported to have said": the parse took the name as the content
        span = (mention.start, mention.end)
        return item.copy(speaker=span, speaker_head=span, unsourced=False, speaker_proper=True,
                         speaker_lemma=mention.text.split()[-1])

    def _teller_of_addressee(self, item: Found) -> Found:
        """ "X, a shop owner, told Reuters": a comma after the subject may lead the parse to give
        the name after "told" as the speaker; a name after an active "told" is who was told (an
        outlet, a programme), never the teller. The teller is the clause's first name, a person,
        when only a quote's close, a connective or a lower-case description stands before it and
        a comma (an apposition or a relative clause) or nothing between it and the cue. ``item``
        itself otherwise ("was told by X": X told)."""
        if item.speaker is None or item.speaker[0] < item.cue[1] or self._words(item.cue).lower() not in _TELL_CUES:
            return item
        if re.search(r"\bby\b", self.text[item.cue[1]:item.speaker[0]]):
            return item
        start = self._clause_start(item)
        inside = [i for i in self._mentions_inside((start, item.cue[0])) if not self.coref.in_quote(self.mentions[i].start)]
        if not inside or self.mentions[inside[0]].label != _PERSON:
            return item
        teller = self.mentions[inside[0]]
        gap = self.text[teller.end:item.cue[0]]
        if not _TELLER_LEAD.fullmatch(self.text, start, teller.start) or (
                gap.strip() and not (gap.lstrip().startswith(",") and not re.search(r"[\"“”]|\bsaid\b|\bsays\b", gap))):
            return item
        span = (teller.start, teller.end)
        return item.copy(speaker=span, speaker_head=span, speaker_proper=True, speaker_plural=False,
                         speaker_lemma=teller.text.split()[-1])

    def _titled_person_after(self, item: Found) -> Found:
        """ "said Treasury Under Secretary Ana Ruiz": the parse may stop the speaker phrase at the
        body that opens a person's title; the phrase runs on through the title to the person's
        name, who speaks (the body is her office, as "Ruiz" of "Treasury Secretary Ruiz"). Read
        only when title words alone (no break, ``_TITLE_BREAK``) stand between the body and a
        person's name, the title closes on a noun of a post or a person, and the name closes the
        phrase (punctuation, the cue or the end follows). ``item`` itself otherwise."""
        if item.speaker is None or item.speaker_plural:
            return item
        body = self._exact_mention(item.speaker)
        if body is not None and self.mentions[body].label not in ("ORG", "GPE", "NORP", "OUTLET"):
            return item
        # a body's name the model left untagged here is a proper phrase of capitalised words
        if body is None and not (not self._mentions_inside(item.speaker) and all(
                w[:1].isupper() for w in self._words(item.speaker).split())):
            return item
        at = bisect.bisect_left(self.starts, item.speaker[1])
        if at >= len(self.mentions) or self.mentions[at].label != _PERSON:
            return item
        person = self.mentions[at]
        title = self.text[item.speaker[1]:person.start]
        words = title.split()
        if not 1 <= len(words) <= 4 or not title.startswith(" ") or not title.endswith(" ") \
                or _TITLE_BREAK.search(title) is not None:
            return item
        lexicon = self.coref.lexicon
        posts = lexicon.holder_nouns | lexicon.person_nouns
        if words[-1].lower() not in posts or not all(
                w[:1].isupper() or w in posts or w in _title_qualifiers() for w in words[:-1]):
            return item  # "Ukraine recently ousted leader X": a verb in the title is a sentence
        rest = self.text[person.end:]
        next_char = rest.lstrip()[:1]
        before_cue = person.end <= item.cue[0] and not self.text[person.end:item.cue[0]].strip()
        if not (before_cue or next_char in ("", ".", ",", ":", ";", "!", "?")):
            return item
        span = (person.start, person.end)
        return item.copy(speaker=(item.speaker[0], person.end), speaker_head=span, speaker_proper=True,
                         speaker_lemma=person.text.split()[-1])

    def _clause_start(self, item: Found) -> int:
        """Where the clause of ``item``'s cue begins: past the last quote mark before the cue in its
        sentence (a quote the cue closes), else the sentence's start."""
        start = item.sentence[0]
        before = self.text[start:item.cue[0]]
        marks = [k for k, ch in enumerate(before) if ch in "\"”"]
        return start + marks[-1] + 1 if marks else start

    # --- speakers ---------------------------------------------------------------------------

    def speaker(self, item: Found, previous: Sequence[Claim]) -> Speaker:
        """The speaker of ``item``; several named ones speaking as one become a group (see
        :meth:`_group_of`)."""
        own = self._own_reporter(item, previous)
        if own is not None:  # "our correspondent says": the outlet's reporter quoted just before
            return own
        reader = self._reading_inside(item, previous)
        if reader is not None:  # "X said Labour's plans showed ...": X reads the plans so
            return reader
        speaker = self._speaker(item, previous)
        if speaker.mention is not None and not speaker.group:  # "The Gazette poll ... X questioned 900": X
            speaker = replace(speaker, mention=self._poll_maker(item, speaker.mention))
        if speaker.mention is None and not speaker.group:
            study = self._study_author(item, previous)
            if study is not None:  # "69% of those questioned said": the study's finding, its author's
                # (many people answered: no later "it said" goes on with them as with the body itself)
                return Speaker(study, False, plural=True)
        counted = self._counted_people(item) if speaker.mention is None else ()
        if counted:  # "All three men said" after the three are named: all of them, no unnamed source
            return Speaker(counted[0], False, plural=True, group=counted)
        if speaker.anonymous and speaker.mention is None and self._one_described(item):
            speaker = replace(speaker, anonymous=False)
        named = self._names_after_noun(item) if speaker.anonymous and speaker.mention is None else ()
        if named:  # "Greek sprinters Ana Ruiz and Mia Holt denied": both named, never anonymous
            return Speaker(named[0], False, plural=True, group=named)
        examples = self._named_examples(item) if speaker.mention is None and not speaker.group else ()
        if examples:  # "Some, such as Ana Ruiz, said": the one the text names among them speaks
            return Speaker(examples[0], False, plural=len(examples) > 1, group=examples if len(examples) > 1 else ())
        if speaker.mention is not None and not speaker.group and self._common_word_name(item, speaker.mention):
            # "Media reports in both countries say", "Law lords ruled": unnamed sources described
            return Speaker(None, item.speaker_plural, plural=item.speaker_plural)
        group = () if speaker.titled else self._group_of(item, speaker) or self._joined_from(item, speaker) \
            or self._counted_list(item, speaker) or self._parties_listed_before(item, speaker) \
            or self._outlets_named_before(item, speaker)
        if len(group) < 2:
            # "X and Y said" with Y never resolved, "the A B and C Council": not X alone, nor a
            # piece of one name; the schema's pair or nobody (a named pair: not anonymous)
            return Speaker(None, False) if self._one_of_joint(item, speaker) else speaker
        return Speaker(group[0], False, plural=True, group=group)

    def _common_word_name(self, item: Found, index: int) -> bool:
        """Whether the speaker's mention is a common noun (``common_word_names``) capitalised only
        because it opens the sentence, qualifying the lower-case noun that heads the phrase right
        after it ("Media reports", "Law lords"): a description, not a body's name."""
        mention = self.mentions[index]
        if item.speaker_head is None or not item.speaker[0] <= mention.start < mention.end <= item.speaker[1]:
            return False
        word = self.text[mention.start:mention.end]
        if word.lower() not in self.lexicon.common_word_names or not word[:1].isupper():
            return False
        head = self._words(item.speaker_head)
        between = self.text[mention.end:item.speaker_head[0]]
        if not head[:1].islower() or between != " ":
            return False
        return _opens_sentence(self.text, mention.start)

    def _reading_inside(self, item: Found, previous: Sequence[Claim]) -> Speaker | None:
        """ "Hale said the rival's plans showed its leader was worried": an owned thing that "shows"
        or "proves" (``display_verbs``, ``proof_verbs``; "Labour's plans", "his record") inside
        what a named speaker says is that speaker's reading of it, not the owner speaking: the
        speaker of the innermost earlier claim whose content holds the cue. None for a phrase
        that is not owned, names a person, a body or a document of its own author ("the IFS
        report showed"), or is said by nobody named."""
        if item.cue_lemma not in self.lexicon.display_verbs | self.lexicon.proof_verbs or item.speaker_proper \
                or item.speaker_head is None:
            return None
        words = " ".join(self._words(item.speaker).split())
        owned = re.fullmatch(r"(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}['’]s?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)"
                             r"\s+(?:[a-z-]+\s+){0,2}[a-z]+", words)
        lemma = item.speaker_lemma.lower()
        if owned is None or self.coref.lexicon.kind_of_noun(lemma) is not None \
                or lemma in self.lexicon.document_nouns or lemma in self.lexicon.research_nouns:
            return None
        holders = [c for c in previous if c.cue_span and c.start <= item.cue[0] and item.cue[1] <= c.end]
        if not holders:
            return None
        outer = min(holders, key=lambda c: c.end - c.start)
        speaker = self.speakers.get(id(outer))
        if speaker is None or speaker.mention is None or speaker.anonymous:
            return None
        return replace(speaker, kind="")

    def _own_reporter(self, item: Found, previous: Sequence[Claim]) -> Speaker | None:
        """ "..., says the BBC's Ana Ruiz in Rome. But ..., our correspondent says": "our" and a
        noun of the outlet's reporters (``own_reporter_nouns``) is the person of one of the last
        three claims, in this paragraph or the one before, whose speaker phrase names an outlet
        or a reporter's noun; else one reporter not named, not an anonymous source. None for
        any other phrase."""
        words = " ".join(self._words(item.speaker).split())
        match = re.fullmatch(r"[Oo]ur\s+(?:[a-z-]+\s+){0,2}(?P<noun>[a-z]+)", words)
        if match is None or match.group("noun") not in self.lexicon.own_reporter_nouns:
            return None
        earlier = [c for c in previous if c.cue_span and c.cue_span[0] < item.cue[0] and c.speaker_span]
        for claim in reversed(earlier[-_REPORTED_REACH:]):
            speaker = self.speakers.get(id(claim))
            if speaker is None or speaker.mention is None or speaker.group \
                    or self.mentions[speaker.mention].label != _PERSON \
                    or self._paragraph(claim.cue_span[0]) < self._paragraph(item.cue[0]) - 1:
                continue
            span = (claim.speaker_span[0], claim.speaker_span[1])
            phrase = self._words(span).lower()
            if self._mention_in(span, tuple(self.lexicon.outlet_labels)) is not None \
                    or any(w in self.lexicon.own_reporter_nouns for w in re.findall(r"[a-z]+", phrase)):
                return Speaker(speaker.mention, False)
        # "speaking to the BBC's business correspondent Jo Reed": one introduced with the noun
        introduced = self.coref.description(match.group("noun"), item.speaker[0], kind="person")
        if introduced is not None and self._paragraph(self.mentions[introduced].start) >= self._paragraph(item.cue[0]) - 3:
            return Speaker(introduced, False)
        return Speaker(None, False, described=True)

    def _respondents(self, item: Found) -> str:
        """What kind of a study's respondents the speaker phrase names: "answered" for people
        said to have been asked ("69% of those questioned", "many of those interviewed",
        "respondents", ``respondent_words``), "share" for a bare share or number ("40% said",
        "nearly a quarter said", the parse cutting "40%" to "40"); "" for any other phrase."""
        words = " ".join(self._words(item.speaker).lower().split())
        answered = "|".join(sorted(w for w in self.lexicon.respondent_words if not w.startswith("respondent")))
        if answered and re.search(rf"\b(?:those|people|[a-z]+s)\s+(?:{answered})\b", words) \
                or re.search(r"\brespondents?\b", words) and "respondents" in self.lexicon.respondent_words:
            return "answered"
        if _SHARE.fullmatch(words) and self._mention_in(item.speaker, _AUTHOR_LABELS) is None:
            return "share"
        if re.fullmatch(r"(?:(?:some|about|around|nearly|almost|over|just|only|barely|roughly)\s+)?\d+(?:\.\d+)?", words) and re.match(r"\s?(?:%|per\s?cent)", self.text[item.speaker[1]:]):
            return "share"
        return ""

    def _asked_by(self, item: Found) -> int | None:
        """The body the respondent phrase itself names as asking ("adults quizzed by ICM for
        BBC News": ICM, not the outlet it asked for), else None."""
        words = "|".join(sorted(w for w in self.lexicon.respondent_words if not w.startswith("respondent")))
        match = re.search(rf"\b(?:{words})\s+by\s+(?:the\s+)?", self.text[item.speaker[0]:item.speaker[1]])
        if not words or match is None:
            return None
        index = self._mention_at((item.speaker[0] + match.end(), item.speaker[1]))
        if index is None:
            index = self._mention_in((item.speaker[0] + match.end(), item.speaker[1]), ("ORG", "OUTLET"))
        if index is None or self.mentions[index].start != item.speaker[0] + match.end() \
                or self.mentions[index].label not in ("ORG", "OUTLET"):
            return None
        return index

    def _asked_for(self, item: Found) -> int | None:
        """Round 59: "54% of people asked in a poll for phone firm X said": the one body the
        respondent phrase names as the poll's buyer speaks when the story names no maker of a
        poll (:meth:`_poll_askers`, ``maker_verbs``) other than it. A news outlet's poll is left
        to round 40 (the paper may only have bought it); None for a buyer joined to another."""
        words = "|".join(sorted(w for w in self.lexicon.respondent_words if not w.startswith("respondent")))
        polls = "|".join(sorted(re.escape(n) for n in self.lexicon.poll_nouns))
        if not words or not polls:
            return None
        # the subject up to the cue: the parse may cut the phrase at a bracket ("More than half (54%) of ...")
        end = max(item.speaker[1], item.cue[0])
        phrase = self.text[item.speaker[0]:end]
        match = re.search(rf"\b(?:{words})\s+(?:in|by)\s+an?\s+(?:[a-z]+\s+)?(?:{polls})\s+for\s+(?:the\s+)?"
                          rf"(?:[a-z][\w-]*\s+){{0,2}}", phrase)
        if match is None or re.search(r"[.;:!?\"“”]", phrase[:match.start()]):
            return None
        index = self._mention_in((item.speaker[0] + match.end(), end), ("ORG", "OUTLET"))
        if index is None or self.mentions[index].start != item.speaker[0] + match.end() \
                or self.mentions[index].label != "ORG" or self._joined_to_another(index):
            return None
        makers = self._poll_askers(by_name=False) + self._stated_authors(self.lexicon.maker_verbs)
        if any(i is None or self.mentions[i].key != self.mentions[index].key for i in makers):
            return None  # "a poll for X carried out by Y": Y made it
        return index

    def _study_claim(self, claim: Claim) -> bool:
        """A claim a study, survey or poll made ("The research showed", "according to a survey by
        X", or "It found" going on with one): its speaker phrase holds a noun of findings, or is
        a pronoun taking a document's place."""
        words = (claim.speaker_text or "").lower()
        if claim.kind not in ("document", "according_to"):
            return False  # "Citizens of nations surveyed in a poll believe": people, not the poll
        if words in self.lexicon.pronouns:
            return claim.kind == "document"
        return any(w in self.lexicon.research_nouns for w in re.findall(r"[a-z]+", words))

    def _study_author(self, item: Found, previous: Sequence[Claim]) -> int | None:
        """ "A study by X found ... In homes with broadband, 40% said ...": the respondents of a
        study (:meth:`_respondents`) say what the study found, so the speaker is the named author
        (a body or a person) of the last study claim before; None when that one has no author,
        when a new unnamed study came in since ("a separate poll"), or, for a bare share ("40%
        said": maybe of anyone), when it is more than a paragraph back."""
        kind = self._respondents(item)
        if not kind:
            return None
        asker = self._asked_by(item)
        if asker is not None:  # "87% of the adults quizzed by ICM": the one who asked them
            return asker
        buyer = self._asked_for(item)
        if buyer is not None:  # "54% of people asked in a poll for phone firm X": X's poll
            return buyer
        studies = [c for c in previous if c.cue_span and c.cue_span[0] < item.cue[0] and self._study_claim(c)]
        if not studies:  # "Nearly N% of people asked in a poll said" opening the story's talk of it
            return self._story_study_maker(item, previous) if kind == "answered" else None
        claim = studies[-1]
        if kind == "share" and self._paragraph(item.cue[0]) - self._paragraph(claim.cue_span[0]) > 1:
            return None
        since = max(claim.cue_span[1], claim.end)
        if any(self.coref.unnamed_rival(noun, since, item.speaker[0]) for noun in self.lexicon.research_nouns):
            return None
        # "A poll for the paper found ... X interviewed 401 people": the maker, not the paper
        maker = self._asker_between(self.coref.sentence_start(min(claim.start, claim.cue_span[0])), item.speaker[0])
        if maker is not None:
            return maker
        speaker = self.speakers.get(id(claim))
        if speaker is not None and speaker.mention is None and not speaker.group and claim.kind == "document" \
                and self._unnamed_study(claim):
            # "..., a survey says. | Over half of N people surveyed said": the lead's survey
            # had no maker in its sentence; the one the story names as making it speaks for both
            return self._story_study_maker(item, previous)
        if speaker is not None and speaker.mention is not None and not speaker.group and not speaker.anonymous \
                and self.mentions[speaker.mention].label == "GPE":
            # "carried out by consultancy group X" with X typed a place: the body the story states made it
            maker = self._story_study_maker(item, previous)
            return maker if self._same_actor(maker, speaker.mention) else None
        if speaker is None or speaker.mention is None or speaker.group or speaker.anonymous \
                or self.mentions[speaker.mention].label not in ("ORG", "OUTLET", "PERSON"):
            return None
        return speaker.mention

    def _unnamed_study(self, claim: Claim) -> bool:
        """The study claim's speaker phrase is a bare noun of findings after "a"/"an"/"the" and at
        most two lower-case words ("a survey", "the new poll", "a survey of 1,300 bosses"): no
        name, no possessive, no "by"/"for" a body the rules could not resolve (those stay unread)."""
        words = " ".join((claim.speaker_text or "").split())
        nouns = "|".join(sorted(re.escape(n) for n in self.lexicon.research_nouns | self.lexicon.poll_nouns))
        return re.fullmatch(rf"(?i:an?|the)\s+(?:[a-z-]+\s+){{0,2}}?(?:{nouns})s?(?:\s+of\s+(?:(?!\b(?:by|for)\b)[\w,\s-])+)?",
                            words) is not None and not any(ch.isupper() for ch in words[1:])

    def _lead_study_maker(self, item: Found, previous: Sequence[Claim]) -> int | None:
        """Round 55: "Shoppers are uneasy about X, a survey says." in the story's lead, a survey
        or poll (``poll_nouns``) with "a"/"an" and no name in its phrase, is the one the story goes
        on to describe: the body it names as its one maker (:meth:`_story_study_maker`) speaks.
        None outside the lead (a survey brought in later may be another one)."""
        words = self._words(item.speaker).split()
        if not words or words[0].lower() not in ("a", "an") or item.speaker_plural or item.speaker_proper \
                or item.speaker_lemma.lower() not in self.lexicon.poll_nouns \
                or any(w[:1].isupper() for w in words[1:]) or self._paragraph(item.speaker[0]) > 2:
            return None
        return self._story_study_maker(item, previous)

    def _story_study_maker(self, item: Found, previous: Sequence[Claim]) -> int | None:
        """Round 55: the one body the story names as making its study, for respondents whose
        study no earlier claim names a maker of: a body asking its people ("X interviewed 1,324
        chief executives", "the X survey interviewed 110 pupils": :meth:`_poll_askers`, not "the X
        poll" alone, which may be one X only bought) or
        stated as its maker ("the survey was carried out by X", "X, which carried out the poll":
        ``maker_verbs``), outside quotes. None when two bodies are named (or one jointly with
        another), when the story brings in a second study ("a separate survey", "another poll"),
        or when another document's author spoke before (the respondents may be that one's)."""
        stated = self._stated_authors(self.lexicon.maker_verbs)
        makers = self._poll_askers(by_name=False) + stated
        if not makers or None in stated or len({self.mentions[i].key for i in makers if i is not None}) != 1:
            return None
        maker = next(i for i in makers if i is not None)  # a place only "by <body noun> X" (_stated_authors)
        authors = {self.mentions[self.speakers[id(c)].mention].key for c in previous
                   if c.kind == "document" and id(c) in self.speakers and self.speakers[id(c)].mention is not None}
        if authors - {self.mentions[maker].key}:
            return None
        nouns = "|".join(sorted(re.escape(n) for n in self.lexicon.research_nouns | self.lexicon.poll_nouns))
        if re.search(rf"\b(?:another|a\s+second|a\s+separate|an\s+earlier|a\s+previous|other)\s+"
                     rf"(?:[\w'’-]+\s+){{0,2}}?(?:{nouns})", self.text, re.IGNORECASE):
            return None  # two studies: which one these people answered, the text may not say
        return maker

    def _poll_maker(self, item: Found, author: int) -> int:
        """Round 40: a poll or survey (``poll_nouns``) given to a news outlet that only had it made
        ("The Gazette poll", "a poll for the Gazette", "the survey" of either) is the polling
        body's when the story names exactly one body as asking a poll's people anywhere outside
        quotes ("Pollster X questioned 900 people", "adults quizzed by X", "the X poll", "X
        carried out both surveys"): the maker speaks (judging.md), the outlet was the buyer.
        ``author`` itself when the outlet made it ("a survey by the Gazette", "conducted by") or
        no single maker is named."""
        mention = self.mentions[author]
        last = self._words(item.speaker).split()[-1:] if item.speaker is not None else []
        poll = item.speaker_lemma.lower() in self.lexicon.poll_nouns \
            or (last and last[0].lower().rstrip("s") in self.lexicon.poll_nouns)  # the parse may head it "Mail"
        if mention.label != "OUTLET" or not poll \
                or re.search(r"\b(?:by|from)\s+(?:the\s+)?$", self.text[max(0, mention.start - 20):mention.start]):
            return author
        makers = self._poll_askers()
        return makers[0] if len({self.mentions[i].key for i in makers}) == 1 else author

    def _poll_askers(self, *, by_name: bool = True) -> list[int]:
        """The bodies (not outlets) the document names, outside quotes, as asking a poll's people:
        "X interviewed 401 people", "the X survey interviewed 110 pupils", "adults quizzed by X"
        (``respondent_words``), "the X poll" (only ``by_name``: a poll named by a body may be one
        it only bought), "a poll by X" (``poll_nouns``), "X carried out both surveys" (``maker_verbs``)."""
        verbs = "|".join(sorted(w for w in self.lexicon.respondent_words if not w.startswith("respondent")))
        polls = "|".join(sorted(re.escape(n) for n in self.lexicon.poll_nouns))
        made = "|".join(sorted((re.escape(v).replace(r"\ ", r"\s+") for v in self.lexicon.maker_verbs), key=len, reverse=True))
        if not verbs or not polls:
            return []
        asking = re.compile(rf"\s+(?:(?:{polls})s?\s+)?(?:has\s+|had\s+)?(?:{verbs})\s+(?:a\s+(?:[a-z]+\s+)?sample\s+of\s+)?"
                            rf"(?:(?:more\s+than|some|about|around|nearly|almost|over)\s+)?\d[\d,]*\b")
        asked_by = re.compile(rf"\b(?:{verbs}|conducted|carried\s+out|(?:{polls})s?)\s+by\s+(?:the\s+)?$")
        named = re.compile(rf"\s+(?:{polls})s?\b")
        making = re.compile(rf"\s+(?:{made})\s+(?:the|both|its|all|these|this)\s+(?:[a-z]+\s+)?(?:{polls})s?\b") if made else None
        found = []
        for index, mention in enumerate(self.mentions):
            if mention.label != "ORG" or self.coref.in_quote(mention.start):
                continue
            if asking.match(self.text, mention.end) or (by_name and named.match(self.text, mention.end)) \
                    or asked_by.search(self.text, max(0, mention.start - 40), mention.start) \
                    or (making is not None and making.match(self.text, mention.end)):
                found.append(index)
        return found

    def _asker_between(self, start: int, end: int) -> int | None:
        """The last body named between ``start`` and ``end`` as the one that asked a study's
        people ("X interviewed 401 people", "adults quizzed by X", "conducted by X"), outside
        quotes; None when none is."""
        verbs = "|".join(sorted(w for w in self.lexicon.respondent_words if not w.startswith("respondent")))
        if not verbs:
            return None
        asking = re.compile(rf"\s+(?:has\s+|had\s+)?(?:{verbs})\s+(?:(?:more\s+than|some|about|around|nearly|almost|over)\s+)?\d[\d,]*\b")
        asked_by = re.compile(rf"\b(?:{verbs}|conducted|carried\s+out)\s+by\s+(?:the\s+)?$")
        low, high = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        for index in range(high - 1, low - 1, -1):
            mention = self.mentions[index]
            if mention.label not in ("ORG", "OUTLET") or mention.end > end or self.coref.in_quote(mention.start):
                continue
            if asking.match(self.text, mention.end) or asked_by.search(self.text, max(start, mention.start - 40), mention.start):
                return index
        return None

    def _names_after_noun(self, item: Found) -> tuple[int, ...]:
        """ "Greek sprinters Ana Ruiz and Mia Holt": a plural noun of people (with up to three
        words before it) in apposition to two or more people's names joined in a list that closes
        the phrase: those people; () for anything else ("lawyers for X and Y": not them)."""
        low, high = bisect.bisect_left(self.starts, item.speaker[0]), bisect.bisect_right(self.starts, item.speaker[1])
        inside = [i for i in range(low, high) if self.mentions[i].end <= item.speaker[1]]
        while len(inside) > 2 and not self.coref.is_person(self.mentions[inside[0]]):
            inside = inside[1:]  # "Norland sprinters": a name among the words before the noun
        if len(inside) < 2 or self.mentions[inside[-1]].end != item.speaker[1] \
                or not all(self.coref.is_person(self.mentions[i]) for i in inside):
            return ()
        opening = re.fullmatch(r"(?:[\w'’-]+\s+){0,3}(?P<noun>[a-z][a-z-]*s)\s+",
                               self.text[item.speaker[0]:self.mentions[inside[0]].start])
        if opening is None or not self._people_noun(opening.group("noun")[:-1]):
            return ()
        if any(not _LIST_JOIN.fullmatch(self.text, self.mentions[a].end, self.mentions[b].start)
               for a, b in zip(inside, inside[1:])):
            return ()
        return tuple(inside)

    def _named_examples(self, item: Found) -> tuple[int, ...]:
        """ "Some, such as pensioner Ana Ruiz, said", "other lenders, including X and Y, warned",
        "Groups including X say": the people or bodies an unnamed plural speaker is given by, as a
        list of names right after an opener of examples (``example_openers``) and after the
        phrase's head, running (past a comma or dash and an auxiliary) to the cue. () for
        anything else ("backers, including X, the bank, have said": not the list
        alone)."""
        openers = "|".join(re.escape(w) for w in sorted(self.lexicon.example_openers, key=len, reverse=True))
        if not openers or item.speaker_head is None or not (item.speaker_plural or self._quantifier_alone(item)):
            return ()
        end = item.cue[0] if item.cue[0] > item.speaker[1] else item.speaker[1]
        opener = re.compile(rf"\s*[,\u2013\u2014-]?\s*(?:{openers})\s+(?:the\s+)?(?:[a-z0-9][\w'’-]*\s+){{0,2}}")
        found = opener.match(self.text, item.speaker_head[1], end)
        if found is None:
            return ()
        names = [i for i in range(bisect.bisect_left(self.starts, found.end()), len(self.mentions))
                 if self.mentions[i].start < end]
        if not names or self.mentions[names[0]].start != found.end():
            return ()
        listed = [names[0]]
        for index in names[1:]:
            if not _LIST_JOIN.fullmatch(self.text, self.mentions[listed[-1]].end, self.mentions[index].start):
                break
            listed.append(index)
        if any(self.mentions[i].label not in (_PERSON, "ORG", "OUTLET") for i in listed):
            return ()
        last = self.mentions[listed[-1]].end
        # the list runs to the cue: a list going on past the phrase ("X, the Y, and Z said") is not given whole
        closed = item.cue[0] >= last and _EXAMPLES_TO_CUE.fullmatch(self.text, last, item.cue[0]) is not None
        return tuple(listed) if closed else ()

    def _quantifier_alone(self, item: Found) -> bool:
        """ "Some", "Many": a part quantifier (``part_quantifiers``) standing alone as the speaker."""
        return self._words(item.speaker).lower() in self.lexicon.part_quantifiers

    def _counted_people(self, item: Found) -> tuple[int, ...]:
        """ "All three men said", "All three band members stressed", "All three, who have
        denied": a number of people (``group_sizes``), alone or before a noun of people, as the
        speaker phrase or a relative pronoun's antecedent, is the people named just before when
        exactly that many are (``coref.people_named_before``); else ()."""
        relative = self._words(item.speaker).lower() in _RELATIVES
        words = self._counted_phrase(item) if relative else self._words(item.speaker).lower().split()
        if words[:1] and words[0] in _COUNT_OPENERS:
            words = words[1:]
        if not words or words[0] not in self.lexicon.group_sizes or len(words) > 3 \
                or not all(re.fullmatch(r"[a-z-]+", w) for w in words[1:]):
            return ()
        if len(words) > 1 and not self._counted_noun(words[-1], words[-1][:-1] if relative else item.speaker_lemma):
            return ()  # "all three titles", "both sides": things or bodies, not people named before
        size = self.lexicon.group_sizes[words[0]]
        return self.coref.people_named_before(item.speaker[0], size) or self._all_people_spoke(item.speaker[0], size)

    def _all_people_spoke(self, at: int, size: int) -> tuple[int, ...]:
        """ "X said ... Y argued ... Z said ... All three men said": when the story names
        exactly ``size`` people before ``at`` (outside quotes) and each of them has spoken in a
        claim before, the counted people are they, however far apart (round 55: the nearest
        sentences name one of them only). Their first mentions, in text order; else ()."""
        people: dict[str, int] = {}
        for index in range(bisect.bisect_left(self.starts, at)):
            mention = self.mentions[index]
            if self.coref.is_person(mention) and not self.coref.in_quote(mention.start):
                people.setdefault(mention.key, index)
        spoke = {self.mentions[s.mention].key for s in self.speakers.values()
                 if s.mention is not None and not s.anonymous and not s.group}
        if len(people) != size or not set(people) <= spoke:
            return ()
        return tuple(sorted(people.values()))

    def _counted_phrase(self, item: Found) -> list[str]:
        """The words of a relative pronoun's antecedent, or (the parse may give none) the one to
        four words right before its comma ("All three, who"), lower-cased."""
        if item.antecedent is not None:
            return self._words(item.antecedent).lower().split()
        window = self.text[max(0, item.speaker[0] - 60):item.speaker[0]]
        before = re.search(r"\b((?:[A-Za-z-]+\s+){0,3}[A-Za-z-]+)\s*,\s*$", window)
        words = before.group(1).lower().split() if before else []
        starts = [i for i, w in enumerate(words) if w in _COUNT_OPENERS or w in self.lexicon.group_sizes]
        return words[starts[0]:] if starts else []

    def _counted_noun(self, word: str, lemma: str) -> bool:
        """ "men", "members", "players", "candidates": a plural noun of people after a number (a
        person noun of coref counts though it may name a proposal elsewhere: "both candidates")."""
        return word in self.coref.lexicon.collective_people or (word.endswith("s") and (
            self.coref.lexicon.kind_of_noun(lemma.lower()) == "person" or self._people_noun(lemma.lower())))

    def _one_described(self, item: Found) -> bool:
        """ "The commission said", "the Oscar winner said", "The Tory leader, who argues": a
        definite singular description (or one owned by a name: "Scotland's justice minister"),
        with no relative clause of its own, points to one person or body the story is
        about, which a reader can name: no unnamed source, though no rule found the actor. Not the
        nouns of unnamed sources ("the spokesman", ``unnamed_source_nouns``), nor a description
        the story opened with "a"/"an" ("a panel of experts ... The panel said": nobody named), nor
        a phrase headed by a name ("the Velmar Union": the name rules' work)."""
        relative = self._words(item.speaker).lower() in _RELATIVES
        if relative and (item.antecedent is None or self._relative(item) is not None):
            return False  # "a spokesman for X, who said": the relative rules decided
        phrase = item.antecedent if relative else item.speaker
        words = self._words(phrase).split()
        lemma = item.speaker_lemma.lower()
        # "Scotland's justice minister": a named owner's one office holder, as "the minister"
        owned = bool(words) and _NAMED_OWNER.fullmatch(words[0]) is not None
        if len(words) < 2 or not (words[0].lower() == "the" or owned) or item.speaker_plural or item.speaker_proper \
                or lemma in self.lexicon.unnamed_source_nouns or re.search(r"['’]", " ".join(words[1:])) \
                or any(w.lower() in _RELATIVES or w.lower() == "that" for w in words):
            return False  # "the council's spokesperson", "the surgeon who operated": nobody named
        introduced = re.compile(r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,3}" + re.escape(words[-1]) + r"\b", re.IGNORECASE)
        return introduced.search(self.text, 0, phrase[0]) is None

    def _in_full(self, speaker: Speaker) -> Speaker:
        """The speaker under the document's full name for the person ("Mr Katwala" is "Sundar
        Katwala" when the two names kept apart keys), so the claim goes to that actor. Only what
        the claim shows: a later "he" goes on from the mention as written (its label tells a
        person, where the full name's may not)."""
        if speaker.mention is None:
            return speaker
        return replace(speaker, mention=self._full(speaker.mention), group=tuple(self._full(i) for i in speaker.group))

    def _full(self, index: int) -> int:
        spoke = frozenset(s.mention for s in self.speakers.values() if s.mention is not None)
        full = self.coref.full_name(index, spoke)
        return index if full is None else full

    def _group_of(self, item: Found, speaker: Speaker) -> tuple[int, ...]:
        """The named people (or bodies) a plural speaker stands for: those joined in its own
        phrase ("Dana Kell and Ivo Renner said"), joined right before its relative pronoun
        ("A, B and C, who said"), or, for "the pair" / "the three" (``group_sizes``), exactly
        that many people named just before it. Empty when it is no such group."""
        if speaker.anonymous or speaker.affiliation is not None:
            return ()
        words = self._words(item.speaker).lower()
        if words in _RELATIVES:
            return self._joined_before(item.speaker[0]) if speaker.mention is None and speaker.plural else ()
        size = self.lexicon.group_sizes.get(item.speaker_lemma.lower())
        if size is not None and speaker.mention is None and words.split()[0] in _DEFINITE:
            return self.coref.people_named_before(item.speaker[0], size)
        if speaker.mention is None and item.speaker_plural and words.split()[0] in _DEFINITE \
                and item.speaker_lemma.lower() in self.coref.lexicon.salient_nouns:
            return self._firms_before(item, words.split())
        return self._joined_in(item.speaker) or self._described_and_named(item.speaker)

    def _one_of_joint(self, item: Found, speaker: Speaker) -> bool:
        """Whether the one name the speaker was given is only a conjunct of a phrase joining two
        speakers, or the part after "and" of a longer name: the name right before "and" with a
        named or determined other after it running to the phrase's end ("X and Y", "X and the
        Z"), the name right after "and" closing the phrase ("the A and X", "the A B and C
        Council"), or either in a "both ... and ..." phrase. Not an "and" inside the name or in
        a title before it ("Trade and Industry Secretary X", "A and B's analyst X"), nor a name
        whose head noun follows ("the X and Y spokeswoman")."""
        if speaker.mention is None or speaker.group or speaker.anonymous or item.speaker is None:
            return False
        start, end = item.speaker
        inside = self._conjunct_mention(speaker.mention, item.speaker)
        if inside is None:
            return False
        name = self.mentions[inside]
        both = _BOTH_OPENING.match(self.text, start, name.start) is not None
        before = self.text[start:name.start]
        after = _JOINT_CLOSING.sub("", self.text[name.end:end])
        first = _AND_AFTER.fullmatch(after) or _LIST_AFTER.fullmatch(after)
        if first is not None:  # the name, then "and" and the other speaker
            other = (name.end + first.start("other"), name.end + first.end("other"))
            return both or self._other_speaker(first.group("other"), other)
        second = _AND_BEFORE.fullmatch(before)
        if second is None or after.strip():
            return False
        if both:
            return True  # "Both the A and X"
        office = _DESCRIBED_AND.fullmatch(self.text, start, name.start)
        if office is not None and self.coref.is_office(office.group("title").lower()):
            return False  # "The prime minister and his deputy X": the corpus stage adds the holder
        if not _FIRST_CONJUNCT.fullmatch(second.group("first").strip()):
            return False  # "a fee for the striker and X": the parse ran the phrase into a clause
        if not second.group("gap"):
            return True  # "the A and X", "the A B and X" (X a piece of one longer name)
        return _DETERMINED_GAP.fullmatch(second.group("gap")) is not None  # "A and his captain X"

    def _conjunct_mention(self, index: int, span: Span) -> int | None:
        """The mention inside the speaker phrase that the speaker ``index`` was taken from: itself
        or one of its name (a short form linked to the full name outside the phrase)."""
        key = self.mentions[index].key
        for i in range(bisect.bisect_left(self.starts, span[0]), bisect.bisect_left(self.starts, span[1])):
            if self.mentions[i].end <= span[1] and (i == index or self.mentions[i].key == key):
                return i
        return None

    def _other_speaker(self, words: str, span: Span) -> bool:
        """ "the RSPCA", "his partner X", "Y": what follows "and" is a speaker of its own when a
        determiner or possessive opens it, or a name the model tagged lies in it and it ends in
        a capitalized word (not "Skills spokeswoman": the head noun of one longer name)."""
        if _DETERMINED_GAP.match(words + " ") is not None:
            return True
        low, high = bisect.bisect_left(self.starts, span[0]), bisect.bisect_left(self.starts, span[1])
        tagged = any(self.mentions[i].end <= span[1] for i in range(low, high))
        return tagged and re.search(r"\b[A-Z][\w.&'’-]*\)?$", words) is not None  # "... Society (WS)"

    def _joined_from(self, item: Found, speaker: Speaker) -> tuple[int, ...]:
        """A named speaker joined by "and" to another of its kind that the speaker phrase leaves
        out or holds after a document's noun: "according to lender X and housebuilder Y" (the
        parse cutting the phrase at X), "surveys from X and Y have indicated": both speak (a
        document of each, or one of both), not X alone. Empty when the list goes on into the
        content or past another word ("X and Y's chief"), or the names are of other kinds."""
        if speaker.mention is None or speaker.anonymous or speaker.group or item.speaker is None:
            return ()
        first = self.mentions[speaker.mention]
        if not item.speaker[0] <= first.start < item.speaker[1]:
            return ()
        if first.label not in (_PERSON, "ORG", "OUTLET"):
            return ()
        body = first.label != _PERSON
        found = [speaker.mention]
        while found[-1] + 1 < len(self.mentions):
            a, b = self.mentions[found[-1]], self.mentions[found[-1] + 1]
            if self._joined_body(found[-1] + 1) != body or not _LIST_JOIN.fullmatch(self.text, a.end, b.start) \
                    or item.content[0] <= b.start < item.content[1]:
                break
            found.append(found[-1] + 1)
        if len(found) < 2 or not re.match(r"\s*(?:[,.;:]|$)", self.text[self.mentions[found[-1]].end:]) \
                and self.mentions[found[-1]].end != item.speaker[1]:
            return ()  # "X and Y's chief executive", "X and Y shares": not the two speaking
        if len({self.mentions[i].key for i in found}) != len(found):
            return ()
        return tuple(found)

    def _joined_body(self, index: int) -> bool | None:
        """Whether a name joined in a list of speakers is a body (True) or a person (False): a
        firm the model tags a person here ("housebuilder George Wimpey"), which the document
        shows a body, is a body; None for a place, a people or a thing."""
        mention = self.mentions[index]
        if mention.label in ("ORG", "OUTLET"):
            return True
        if mention.label != _PERSON:
            return None
        noun = re.search(r"\b([a-z][\w-]*)\s+$", self.text[max(0, mention.start - 30):mention.start])
        if noun is not None and self.coref.lexicon.kind_of_noun(noun.group(1)) == "group":
            return True  # "housebuilder George Wimpey": a firm by the noun before it
        return not self.coref.speaks_as_person(index)

    def _described_and_named(self, span: Span) -> tuple[int, ...]:
        """ "The prime minister and his campaign chief Tom Vale": an office's holder, whom the
        document names with that title, and a person named after "and" (with his own title):
        both speak. Empty when the office's holder is not named so, or is that same person."""
        low, high = bisect.bisect_left(self.starts, span[0]), bisect.bisect_right(self.starts, span[1])
        inside = [i for i in range(low, high) if self.mentions[i].end <= span[1]]
        if len(inside) != 1 or self.mentions[inside[0]].end != span[1] \
                or not self.coref.is_person(self.mentions[inside[0]]):
            return ()
        match = _DESCRIBED_AND.fullmatch(self.text, span[0], self.mentions[inside[0]].start)
        if match is None or not self.coref.is_office(match.group("title").lower()):
            return ()
        holder = self.coref.description(match.group("title").lower(), span[0], kind="person", holder=True)
        if holder is None or self._same_actor(holder, inside[0]):
            return ()
        return (holder, inside[0])

    def _firms_before(self, item: Found, words: list[str]) -> tuple[int, ...]:
        """ "The firms", "the two banks": the firms named in the nearest sentence that names
        any, when there are as many as the phrase says, or two or three for a bare plural (more:
        the phrase may mean some of them). A body whose claim came before is a source reporting
        on the firms, not one of them ("X and Y ... A newspaper said the firms will merge")."""
        if len(words) > 3 or self._owned(item) or words[0] in ("its", "their", "each"):
            return ()  # "its firms" (its own), "the two biggest firms in the sector": not plainly them
        # "both firms", "the two firms": that many
        counted = [self.lexicon.group_sizes[w] for w in words[:-1] if w in self.lexicon.group_sizes]
        sizes = range(counted[0], counted[0] + 1) if counted else range(2, 4)
        if len([w for w in words[:-1] if w not in self.lexicon.group_sizes and w not in _DEFINITE]) > 0 \
                or len(counted) > 1:
            return ()  # "the Japanese firms", "the other firms": a description the names may not fit
        sources = frozenset(s.mention for s in self.speakers.values() if s.mention is not None and not s.group)
        firms = self.coref.firms_named_before(item.speaker[0], sizes, sources)
        # one list, "X, Y and Z" ("X (XY), and Z"): firms named apart in the sentence ("Sony tried
        # it with the PSX") or an owned one ("X and Y, which own Z") may not be the ones meant
        if any(not self._listed(a, b) for a, b in zip(firms, firms[1:])):
            # "X has struck a deal to supply Y ... The two firms say": a number the sentence's
            # firms match exactly names them, joined or not
            return firms if counted and len(firms) == counted[0] else self._leading_list(firms, sizes)
        return firms

    def _listed(self, a: int, b: int) -> bool:
        """Mentions ``a`` and ``b`` are next to each other in one list ("X (XY), and Z")."""
        return _LIST_JOIN.fullmatch(re.sub(r"\s*\([^()]*\)", "", self.text[self.mentions[a].end:self.mentions[b].start])) is not None

    def _leading_list(self, firms: tuple[int, ...], sizes: range) -> tuple[int, ...]:
        """ "X and Y, the two firms which own Z, welcomed it. The firms said": the list that opens
        its sentence as the subject, set off by a comma from the rest, not a firm named after it."""
        lead = list(firms[:1])
        for a, b in zip(firms, firms[1:]):
            if not self._listed(a, b):
                break
            lead.append(b)
        after = self.text[self.mentions[lead[-1]].end:self.mentions[lead[-1]].end + 1]
        if len(lead) < 2 or len(lead) not in sizes or after != "," or not self.coref.opens_sentence(lead[0]):
            return ()
        return tuple(lead)

    def _counted_list(self, item: Found, speaker: Speaker) -> tuple[int, ...]:
        """ "The three firms claim", "Both sides hope", "the two countries said": a number
        (``group_sizes``) right before a plural noun of bodies or states (``counted_body_labels``)
        stands for the one list of exactly that many names of those labels the story gives
        before it ("Kessel, Vaal and Tamsk have released ..."), when that list lies in the story's
        lead (its first two sentences) or in the phrase's sentence or the one before. Empty when
        no list or two different lists of that size come before, when the phrase holds more
        words ("the two opposition parties": a description the names may not fit), or when
        another body of those labels opens a sentence between the list and the phrase (it may be
        one of the bodies counted)."""
        if speaker.mention is not None or speaker.group or speaker.affiliation is not None or item.speaker is None:
            return ()
        words = self._words(item.speaker).lower().split()
        while words[:1] and words[0] in _COUNT_OPENERS:
            words = words[1:]
        labels = self.lexicon.counted_body_labels.get(item.speaker_lemma.lower())
        if labels is None or len(words) != 2 or words[0] not in self.lexicon.group_sizes or not words[1].endswith("s"):
            return ()
        size = self.lexicon.group_sizes[words[0]]
        # every list of that many names counts as a rival, whatever the model labelled its names
        lists = [run for run in self._name_lists(item.speaker[0]) if len({self.mentions[i].key for i in run}) == size]
        if len({frozenset(self.mentions[i].key for i in run) for run in lists}) != 1:
            return ()  # none, or two lists of that many: either may be meant
        listed = lists[-1]
        if len(listed) != size or any(self.mentions[i].label not in labels for i in listed):
            return ()  # "Kessel and Vaal" of a person and a firm: not the two firms
        at = _sentence_index(self.sentences, item.speaker[0]) if self.sentences else None
        where = self.mentions[listed[0]].sentence
        if at is None or not (where in (1, 2) or at - 1 <= where <= at):
            return ()
        keys = {self.mentions[i].key for i in listed}
        for index in range(listed[-1] + 1, bisect.bisect_left(self.starts, item.speaker[0])):
            other = self.mentions[index]
            if other.label in labels and other.key not in keys and not self.coref.in_quote(other.start) \
                    and self.coref.opens_sentence(index):
                return ()  # "Tamsk bought a stake. ... The two firms said": Tamsk may be one of them
        return listed

    def _parties_listed_before(self, item: Found, speaker: Speaker) -> tuple[int, ...]:
        """ "Labour and the Tories are still canvassing voters who ... The parties say": "the
        <noun>s" (``listed_party_nouns``) opening its sentence is the list of names that is the
        subject of the sentence right before, as a "they" there is (:meth:`_listed_subject_before`),
        when every name is a party by the seeds and no other party is named since. The noun
        sorts out the other clauses of that sentence ("voters who ..."): they hold no party.
        Readers marked the phrase left null (round 65)."""
        if speaker.mention is not None or speaker.group or speaker.affiliation is not None \
                or item.speaker is None or not item.speaker_plural:
            return ()
        noun = item.speaker_lemma.lower()
        if noun not in self.lexicon.listed_party_nouns or self._words(item.speaker).lower().split()[:1] != ["the"] \
                or len(self._words(item.speaker).split()) != 2:
            return ()  # "the two main parties", "the smaller parties": a description the names may not fit
        listed = self._listed_subject_before(item, fits=lambda index: self.coref.names_party(index, noun))
        if not listed:
            return ()
        keys = {self.mentions[i].key for i in listed}
        for index in range(listed[-1] + 1, bisect.bisect_left(self.starts, item.speaker[0])):
            if self.mentions[index].key not in keys and self.coref.names_party(index, noun):
                return ()  # "X and Y met. Z's leader said ... The parties": Z may be one of them
        return listed

    def _outlets_named_before(self, item: Found, speaker: Speaker) -> tuple[int, ...]:
        """ "The claim came in the Kessel Times and the Vaal Herald. The papers say": "the <noun>"
        of a set of papers (``outlet_set_nouns``), two words opening its sentence with no speaker
        yet, is the papers the sentence right before names, when it names two or more of them and
        no other paper is named between them and the phrase. Readers marked it left null (round 68)."""
        if speaker.mention is not None or speaker.group or speaker.affiliation is not None or item.speaker is None \
                or not self.sentences:
            return ()
        words = self._words(item.speaker).lower().split()
        if len(words) != 2 or words[0] != "the" or words[1] not in self.lexicon.outlet_set_nouns:
            return ()  # "the Sunday papers", "both papers": a set the names may not fit
        at = bisect.bisect_right([s.start for s in self.sentences], item.speaker[0]) - 1
        if at < 1 or not self.coref.title_words_only(self.text[self.sentences[at].start:item.speaker[0]].split()):
            return ()
        before = self.sentences[at - 1]
        low, high = bisect.bisect_left(self.starts, before.start), bisect.bisect_left(self.starts, item.speaker[0])
        outlets: dict[str, int] = {}
        for index in range(low, high):
            if self.mentions[index].label == "OUTLET":
                outlets.setdefault(self.mentions[index].key, index)
        if len(outlets) < 2 or any(self.mentions[i].start >= before.end for i in outlets.values()):
            return ()
        return tuple(outlets.values())

    def _listed_subject_before(self, item: Found, *, fits: Callable[[int], bool] | None = None) -> tuple[int, ...]:
        """ "Kessel and Vaal have agreed to merge. They said": a "they" opening its sentence, which
        the rules leave without a speaker, is the list of names that is the subject of the sentence
        right before — the list opens that sentence, a verb follows it (``list_subject_verbs``),
        its names are all people or all bodies, and no other clause or quote in that sentence
        brings in another subject. Empty otherwise (round 57: the pair was left null). Only the
        sentence right before: further back, another plural may be meant. ``fits``: the phrase
        is a noun every name must fit (round 65: "the parties", a party by the seeds, whatever
        the model labelled it), in place of one speaking kind, and as it sorts out the subject of
        another clause of that sentence ("voters who said"), that clause may stand."""
        if item.speaker is None or not self.sentences:
            return ()
        at = bisect.bisect_right([s.start for s in self.sentences], item.speaker[0]) - 1
        if at < 1 or not self.coref.title_words_only(self.text[self.sentences[at].start:item.speaker[0]].split()):
            return ()  # "Along with X, they": not the sentence's own opening subject
        before = self.sentences[at - 1]
        low, high = bisect.bisect_left(self.starts, before.start), bisect.bisect_left(self.starts, before.end)
        if low >= high or self.coref.in_quote(self.mentions[low].start):
            return ()
        run = [low]
        for index in range(low + 1, high):
            if self._short_form(index, run + [index]):
                continue  # "Kessel Lenders (KL)": the same name
            if not (self._listed(run[-1], index) or self._titled_join(run[-1], index)
                    or _NAME_LIST_JOIN.fullmatch(self.text, self.mentions[run[-1]].end, self.mentions[index].start)):
                break
            run.append(index)
        size = len({self.mentions[i].key for i in run})
        kind = all(fits(i) for i in run) if fits is not None else self._one_speaking_kind(run)
        if size < 2 or not self._whole_list(run) or not kind \
                or not (self.coref.opens_sentence(low) or self._counted_opening(before.start, low, size)):
            return ()
        end = self.mentions[run[-1]].end
        if not self._list_predicate(self.text[end:before.end]):
            return ()
        if fits is None and _OTHER_CLAUSE.search(self.text, end, before.end):
            return ()
        return tuple(run)

    def _one_of_list(self, index: int, listed: tuple[int, ...]) -> bool:
        """Mention ``index`` names one of the names of ``listed``."""
        return self.mentions[index].key in {self.mentions[i].key for i in listed}

    def _one_speaking_kind(self, run: list[int]) -> bool:
        """The names are all people (persons the document keeps as such) or all bodies that may
        speak (parties, firms, states; no outlet: an outlet is an "it")."""
        if all(self.coref.speaks_as_person(i) for i in run):
            return True
        # "Labour" tagged a person once: a body by the document's other mentions of it
        return all(self.mentions[i].label in _LISTED_BODY_LABELS + (_PERSON,) and not self.coref.named_person(i)
                   for i in run)

    def _counted_opening(self, start: int, first: int, size: int) -> bool:
        """ "DJ duo X and Y": a group word of as many as the list names (``group_sizes``) right
        before it, after capitalized words at most, opens the sentence at ``start``."""
        words = self.text[start:self.mentions[first].start].split()
        return bool(words) and self.lexicon.group_sizes.get(words[-1].lower()) == size \
            and self.coref.title_words_only(words[:-1])

    def _list_predicate(self, after: str) -> bool:
        """The words after a list of names begin its verb: past a bracketed short form, a date
        ("on Thursday") and adverbs (``list_subject_adverbs``), one of ``list_subject_verbs`` or a
        regular past tense ("X and Y launched"); not "X and Y shares fell" (a noun the names modify)."""
        words = re.findall(r"[A-Za-z][\w'’-]*|[^\sA-Za-z]", re.sub(r"^\s*\([^()]*\)", "", after))
        for word in words[:6]:
            if word.lower() in self.lexicon.list_subject_adverbs or (word[:1].isupper() and word != words[0]):
                continue  # "on Thursday", "also": the verb comes after
            return word in self.lexicon.list_subject_verbs or (len(word) > 4 and word.islower() and word.endswith("ed"))
        return False

    def _name_lists(self, at: int) -> list[tuple[int, ...]]:
        """The lists of names joined by ", " / "and" before ``at``, outside quotes, in text
        order: each whole (not part of a longer list of other words) and standing on its own
        (not a title before a person's name: "Kessel and Vaal chairman X"; not an owner: "Kessel
        and Vaal's plans"). A bracketed short form after a name is part of it."""
        runs: list[list[int]] = []
        for index in range(bisect.bisect_left(self.starts, at)):
            mention = self.mentions[index]
            if self.coref.in_quote(mention.start) or mention.end > at:
                continue
            if runs and self._short_form(index, runs[-1] + [index]):
                continue  # "Kessel Lenders (KL)": the same name
            if runs and runs[-1] and _NAME_LIST_JOIN.fullmatch(self.text, self.mentions[runs[-1][-1]].end, mention.start):
                runs[-1].append(index)
            else:
                runs.append([index])
        return [tuple(run) for run in runs if self._whole_list(run)]

    def _whole_list(self, run: list[int]) -> bool:
        """The list ``run`` is all of its list and a noun phrase of its own (see :meth:`_name_lists`)."""
        first, last = self.mentions[run[0]], self.mentions[run[-1]]
        end = last.end
        if end < len(self.text) and self.text[end:end + 1] == ")":
            end += 1  # "... (KL)": the short form closed
        if _LIST_GOES_ON.match(self.text, end) or re.match(r"['’]", self.text[end:end + 1]):
            return False
        if _LIST_GOES_BEFORE.search(self.text, max(0, first.start - 12), first.start):
            return False
        after = run[-1] + 1
        while after < len(self.mentions) and self.mentions[after].start < end:
            after += 1
        if after < len(self.mentions) and self.mentions[after].label == _PERSON \
                and _TITLE_WORDS.fullmatch(self.text, end, self.mentions[after].start):
            return False  # "Kessel and Vaal chairman Jo Brann": a title, the two not named as such
        return True

    def _joined_in(self, span: Span) -> tuple[int, ...]:
        """The names a speaker phrase joins with "and" / commas, when it is nothing else: "Dana
        Kell and Ivo Renner", "Kell, Renner and Pike", "the Greens and Labour", "Norland's
        President Ana Ruiz and Valdish Prime Minister Ivo Renner"; not "X's lawyer and Y"."""
        core = self._list_core(span)
        marked, span = core != span, core  # "Both the A and B": two, never one name split
        low, high = bisect.bisect_left(self.starts, span[0]), bisect.bisect_right(self.starts, span[1])
        inside = [i for i in range(low, high) if self.mentions[i].end <= span[1] and not self._in_title(i)]
        inside = [i for i in inside if not self._short_form(i, inside)]
        if len(inside) < 2 or _SHORT_FORM_TAIL.fullmatch(self.text, self.mentions[inside[-1]].end, span[1]) is None \
                or not self._list_opening(self.text[span[0]:self.mentions[inside[0]].start], inside[0]):
            return ()
        for a, b in zip(inside, inside[1:]):
            if not self._listed(a, b) and not self._titled_join(a, b):
                return ()
        if not marked and re.match(r"[Tt]he\s", self._words(span)) and not all(self._known_apart(i, span) for i in inside):
            return ()  # "the World Travel and Tourism Council": one body's name the finder split
        return tuple(inside)

    def _list_core(self, span: Span) -> Span:
        """ "Both A and B", "A and B both", "A, B and C all": the list inside the word that marks
        its names as speaking jointly (round 40: that word kept the list from being read)."""
        start, end = span
        opening = _BOTH_OPENING.match(self.text, start, end)
        if opening is not None:
            start = opening.end()
        closing = _JOINT_CLOSING.search(self.text, start, end)
        return (start, closing.start() if closing is not None else end)

    def _short_form(self, index: int, inside: list[int]) -> bool:
        """ "Kessel Lenders (KL)": a bracketed short form right after its own full name is the
        same speaker, not another one of the list."""
        at = inside.index(index)
        if at == 0:
            return False
        before = self.mentions[inside[at - 1]]
        return re.fullmatch(r"\s*\(", self.text[before.end:self.mentions[index].start]) is not None \
            and self.text[self.mentions[index].end:self.mentions[index].end + 1] == ")"

    def _known_apart(self, index: int, span: Span) -> bool:
        """The name stands on its own: a body's everyday name ("Tories") or a name the document
        also writes outside ``span``."""
        key = self.mentions[index].key
        return self.coref.is_seeded_body(self.mentions[index].text) or any(
            m.key == key and not span[0] <= m.start < span[1] for m in self.mentions)

    def _in_title(self, index: int) -> bool:
        """ "Italian" in "Italian Prime Minister X": a people's name that opens a capitalized title;
        "Kessel Films" in "X and his Kessel Films partner Y" (see :meth:`_in_owned_title`)."""
        mention = self.mentions[index]
        return (mention.label == "NORP" and re.match(r" [A-Z]", self.text[mention.end:mention.end + 2]) is not None) \
            or self._in_owned_title(index)

    def _in_owned_title(self, index: int) -> bool:
        """ "X and his Kessel Films partner Y": a body named inside the title that "his" / "her" /
        "their" opens after "and", right before the second person, is that person's tie, not a
        third speaker (round 54: the list was read as three names and given nobody)."""
        mention = self.mentions[index]
        if mention.label not in ("ORG", "OUTLET") or index + 1 >= len(self.mentions):
            return False
        person = self.mentions[index + 1]
        opening = _OWNED_TITLE_OPENING.search(self.text, max(0, mention.start - 16), mention.start)
        return opening is not None and self._owned_title(self.text[opening.start("owner"):person.start], index + 1)

    def _owned_title(self, words: str, index: int) -> bool:
        """ "his Kessel Films partner ": a possessive, a body's capitalized name and one lower-case
        noun right before the person ``index`` (a tie of that person's to the one joined before)."""
        return _OWNED_TITLE.fullmatch(words) is not None and self.coref.is_person(self.mentions[index])

    def _list_opening(self, before: str, first: int) -> bool:
        """What may open a list of names: nothing or a title ("Mr"), "the" ("the Greens and
        Labour"), or a person's own title before a person ("German Chancellor X and ...")."""
        return re.fullmatch(r"(?:(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+|[Tt]he\s+)?", before) is not None \
            or self._person_title(before, first)

    def _titled_join(self, a: int, b: int) -> bool:
        """ "X and Italian Prime Minister Y": "and", then the second person's own title (or a tie
        of his to a body: "X and his Kessel Films partner Y")."""
        match = re.fullmatch(r"\s*,?\s+(?:and|&)\s+(?P<title>.+)", self.text[self.mentions[a].end:self.mentions[b].start])
        return match is not None and (self._person_title(match.group("title"), b) or self._owned_title(match.group("title"), b))

    def _person_title(self, words: str, index: int) -> bool:
        """One to four words ending in a noun of a person ("Prime Minister ", "German Chancellor ")
        right before a person's name."""
        found = re.fullmatch(r"(?:[\w'’.-]+\s+){0,3}(?P<noun>[A-Za-z-]+)\s+", words)
        return found is not None and self.coref.is_person(self.mentions[index]) \
            and self.coref.lexicon.kind_of_noun(found.group("noun")) == "person"

    def _joined_before(self, at: int) -> tuple[int, ...]:
        """ "A, B and C, who": the names joined right before a relative pronoun at ``at``."""
        index = bisect.bisect_right(self.starts, at) - 1
        if index < 0 or _RELATIVE_GAP.fullmatch(self.text, self.mentions[index].end, at) is None:
            return ()
        found = [index]
        while found[0] > 0 and _LIST_JOIN.fullmatch(self.text, self.mentions[found[0] - 1].end,
                                                     self.mentions[found[0]].start):
            found.insert(0, found[0] - 1)
        if re.search(r"[A-Z][\w'’.-]*\s*(?:,|\band|&)\s*$", self.text[max(0, self.mentions[found[0]].start - 40):
                                                                      self.mentions[found[0]].start]):
            return ()  # "Ana Ruiz, Mia Holt and Eva Sand, who": a name the finder missed opens the list
        return tuple(found) if len(found) >= 2 else ()

    def _speaker(self, item: Found, previous: Sequence[Claim]) -> Speaker:
        head_words = self._words(item.speaker_head).lower() if item.speaker_head else ""
        pronoun_kind = self.lexicon.pronouns.get(head_words)
        if pronoun_kind is not None and item.speaker_head == item.speaker:
            if self._no_pronoun(head_words, item):
                return Speaker(None, False)
            speaker = self._pronoun(pronoun_kind, item, previous)
            if speaker.mention is not None and self._named_in_content(speaker.mention, item):
                return Speaker(None, False)  # "Mr X will have to defend it, he said": "he" is not X
            listed = self._listed_subject_before(item) if pronoun_kind == "group" and not speaker.group \
                and not speaker.anonymous else ()
            if listed and (speaker.mention is None or self._one_of_list(speaker.mention, listed)):
                # "Kessel and Vaal have agreed to merge. They said": the two as one, not nobody,
                # nor the nearer name of the two alone
                return Speaker(listed[0], False, plural=True, group=listed)
            return speaker
        relative = self._relative(item)
        if relative is not None:
            return relative
        if item.antecedent is not None and self._stands_for_phrase(item):
            released = self._released_antecedent(item)
            if released is not None:  # "X released statistics which showed ...": X's statistics
                return Speaker(released, False, kind="document")
            # "The union leader, who argues ...": with no name right before it, "who" is whoever
            # its noun phrase is, as if that phrase spoke (the same rules: named, described or unnamed)
            return self._speaker(item.copy(speaker=item.antecedent, antecedent=None), previous)
        if item.kind == "document" and (item.speaker_lemma in self.lexicon.document_nouns
                                        or item.speaker_lemma in self.lexicon.made_record_nouns):
            author = self._mention_in(item.author, _AUTHOR_LABELS) if item.author else None
            if author is not None and (self._people_modifier(author, item.author)
                                       or self._place_of_owner(author, item.author)):
                author = None  # "by US researchers": unnamed researchers, not the US
            if author is None:
                author = self._author_in(item.speaker)
            if author is None:  # "An IAAF statement said" after "the International Association of ...": its own
                author = self._initialled_issuer(item)
            if author is None:  # "X, which concluded in a 1999 report that ...": X's report
                author = self._giver_in(item)
            if author is None:  # "In an interview published in the Y magazine, X slated ...": X
                author = self._subject_after_opening(item)
            if author is None:  # "The paper said": the newspaper named before, when one was
                author = self._referred(item)
            if author is None:  # "a report by the ministry ... the report says": its author
                author = self._earlier_document(item, previous)
            if author is None:  # "In a statement, the party said ... said the statement": the party
                author = self._statement_giver(item, previous)
            if author is None:  # "X issued a statement on Monday. The statement said": X
                author = self._issued_before(item)
            if author is None:  # "..., predicts the report by telecoms firm X. The report says": X
                author = self._authored_before(item)
            if author is None:  # "The IMF said ... '...,' the report said": the IMF's
                author = self._speaking_body(item, previous)
            if author is None:  # "The survey found ... The survey was carried out by firm X": X
                author = self._maker_stated(item, previous)
            if author is None:  # "Prices rose, a report says. | The statistics office X said": X
                author = self._named_next(item)
            if author is None:  # "Shoppers are uneasy, a survey says. ... The survey was carried out by X": X
                author = self._lead_study_maker(item, previous)
            if author is None:  # "Rank may sell its unit, reports claim. | The Y newspaper said": Y
                author = self._reporting_press(item)
            if author is None:  # "X said ... According to its estimate, ...": X's estimate
                author = self._possessive_maker(item)
            if author is None:  # "X is suing Y ... The lawsuit said": the plaintiff's words
                author = self._plaintiff(item)
            if author is None:  # "The X research found ... | The report reveals": the one body naming it
                author = self._titled_maker(item)
            if author is None:  # "on a press report that ... | ... the report in the Y": Y's
                author = self._report_in_outlet(item)
            if author is None:  # "a new book claims ... The book, by journalist X, says": X's book
                author = self._sole_document_maker(item, previous)
            # "local press reports", "studio estimates": documents of nobody named, an unnamed source
            unnamed = author is None and item.speaker_plural and not item.speaker_proper and self._undetermined(item) \
                and (not self._noun_complement(item) or self._unnamed_press_reports(item))
            return Speaker(author, unnamed, kind="document", plural=item.speaker_plural)
        holder = self._meeting_holder(item, previous)
        if holder is not None:  # "X's rate-setting body voted 8-1, minutes have shown": X's minutes
            return Speaker(holder, False)
        part = self._quantified_part(item)
        named = self._apposed_name(item) if part is not None and self._one_of(item) else None
        if named is not None and self.mentions[named].label == _PERSON:
            return Speaker(named, False)  # round 55: "one of the Tamsk Four, Ana Ruiz - ... - said": her
        if part is None:  # round 65: "a team of US researchers": some of them, not the US
            part = self._collective_part(item)
        if part is not None:  # "most Russians", "some 8% of the UK population": unnamed people of it
            # ... but "one London-based broker" is one unnamed person, whom a "he" after goes on with
            return Speaker(None, True, part, plural=not self._one_of(item))
        if self._one_of_unnamed_group(item):  # "Some former staff are angry. One told ...": one of them
            return Speaker(None, True)
        member = self._member(item, self._role_word(item))
        if member is not None:  # "the Sale full-back" headed by "Sale": the full-back speaks
            return member
        named = self._mention_at(item.speaker_head)
        head_name = named
        if named is not None:  # "Only Fools and Horses star X": a title the model took for a name heads it
            named = self._closing_name(item, named)
        titled = named != head_name  # the name closing a cut title: one person, no list of names
        if named is not None and self._demonym_person(item, named):
            return self._national(item, named, previous)  # "the Scot admitted": a person of that people
        if named is not None and (self._object_of_role(item, named) or self._tie_of(item, named)):
            named = None  # "an ally of Ana Kell": the ally speaks, not Kell
        if named is None and not item.speaker_plural:
            # "Shadow spokesman for sport Hugh Robertson": the parse may head the phrase with the
            # title; the person it names is the speaker, not an unnamed spokesman
            named = self._mention_in(item.speaker, (_PERSON,))
            if named is not None and ((self.mentions[named].end < item.speaker[1] and not self._dash_apposed(named))
                                      or self._object_of_role(item, named) or self._tie_of(item, named)):
                named = None  # "Tony Blair's official spokesman", "an ally of X": not the name
            if named is None:  # "Mr X's lawyer Ana Ruiz", "union official Ana Ruiz": the name after the title
                named = self._named_after_title(item)
        if named is not None and self.mentions[named].label in ("GPE", "LOC"):
            country = self.coref.country_of_capital(named, item.cue[0])
            named = country if country is not None else named  # "Washington says": the United States
        if named is not None:
            return Speaker(named, False, plural=item.speaker_plural, titled=titled and named is not None)
        joined = self._joined_elsewhere(item)
        if joined:  # "Valdor and Kessel accuse each other": both, named as such elsewhere
            return Speaker(joined[0], False, plural=True, group=joined)
        national = self._national_body(item, previous)
        if national is not None:  # "The German club said" after "Bayern Munich": the one club named
            if len(national) == 1:
                return Speaker(national[0], False)
            # two bodies it may be: nobody, of the people named, as "two US organisations" is below
            return Speaker(None, False, self._country_modifier(item))
        referred = self._apposed_name(item)
        if referred is None:
            referred = self._referred(item)
        if referred is None:
            referred = self._focus_speaker(item, previous)
        if referred is not None and self._tie_of(item, referred):
            return Speaker(None, False, plural=item.speaker_plural)  # the tie's other end is not the speaker
        if referred is not None:
            return Speaker(referred, False, plural=item.speaker_plural)
        if self._unlinked_name(item):  # named, so no anonymous source, and a later "he" is this one
            longer = self._longer_name(item)
            if longer is not None:  # "Menatep said" after "Group Menatep": that name
                return Speaker(longer, False)
            return Speaker(None, False, unlinked=True)
        named_next = self._lead_cataphora(item)
        if named_next is not None:  # "A US bank has said ... | Riggs Bank will ...": the lead's name
            return Speaker(named_next, False)
        if item.speaker_lemma.lower() in self.coref.lexicon.government_nouns and not item.speaker_plural:
            # "the government in Kabul": that place's; "the government", "his government": one body
            # the document does not name, but no anonymous source
            # "President X's government": his country's, which the phrase does not name; not X
            inside = self._mention_in(item.speaker, _GROUP_LABELS)
            if inside is None and self._own_government(self._words(item.speaker)):
                # "his government said": the state the story makes clear, as "the government"
                return Speaker(state_of_government(self.coref, item.speaker[0]), False)
            return Speaker(inside, False)
        if self._office(item) or self._focus(item):
            # "the prime minister", "the 67-year-old", never named: one specific person, not anonymous
            return Speaker(None, False, described=True)
        if _SHARE.match(self._words(item.speaker)) and self._mention_in(item.speaker, _AUTHOR_LABELS) is None:
            return Speaker(None, True, plural=True)  # "14% of those asked", "nearly a quarter": unnamed people
        if (item.speaker_lemma in self.lexicon.anonymous_nouns or self._unnamed_people(item)) \
                and not self._capitalized_name(item):
            affiliation = self._mention_in(item.speaker, _GROUP_LABELS)
            if affiliation is not None and self._named_by_head(item, affiliation):
                return Speaker(affiliation, False)  # "technology analysts Valdor": the firm so described
            firm = self._mention_in(item.speaker, (_PERSON,)) if item.speaker_plural else None
            if firm is not None and self._named_by_head(item, firm, (_PERSON,)):
                # "said analysts Brennick Capital", the model calling the firm a person: many
                # analysts are no one person's name, so the one name closing the phrase is a body's
                return Speaker(firm, False)
            if affiliation is None:  # "a spokesman for the firm": the body "the firm said" would be
                affiliation = self._voice_of_description(item, previous)
            if affiliation is None:  # "Scotland Yard said ... A spokesman said": the Yard's
                affiliation = self._voiced_body(item, previous)
            return Speaker(None, True, affiliation, plural=item.speaker_plural)
        shown = self._shown_body(item)
        if shown is not None:  # "the country's food watchdog": the one such body the story names
            return Speaker(shown, False)
        country = self._country_modifier(item)
        if country is not None:  # "two US security organisations": unnamed people of the US
            return Speaker(None, item.speaker_plural, country, plural=item.speaker_plural)
        owner = self._possessor(item)
        if owner is None and item.speaker_plural:
            owner = self._possessor(item, (_PERSON,))
        if owner is not None and item.speaker_plural and self._people_noun(item.speaker_lemma):
            # "Mr Kell's supporters", "the firm's directors": unnamed people of that person or body
            return Speaker(None, True, owner, plural=True)
        if owner is not None:  # "England's fly-half said": a person of England, not England
            described = None if item.speaker_plural else self.coref.description(
                item.speaker_lemma, item.speaker[0], kind="person")  # "chief executive Ana Ruiz" before
            return Speaker(described, False, owner, plural=item.speaker_plural)
        if self._tied_person(item):  # "X's son Tom", "X's agent Ana Ruiz": the person named after the noun
            after = [i for i, m in enumerate(self.mentions) if m.label == _PERSON
                     and item.speaker_head[1] <= m.start and m.end <= item.speaker[1]
                     and not self.text[item.speaker_head[1]:m.start].strip()]  # the name right after the noun
            if after:
                return Speaker(after[0], False, plural=item.speaker_plural)
        member = self._member(item, item.speaker_head)
        if member is not None:  # "a Kell ally", "the head of Valdor": someone of the body / of Kell
            return member
        if self._tied_person(item):  # "Kell's widow": someone tied to Kell, not Kell
            return Speaker(None, False, plural=item.speaker_plural)
        inside = self._mention_in(item.speaker, _AUTHOR_LABELS)
        if inside is not None and self._place_in_name(item, inside):
            return Speaker(None, False, unlinked=True)
        if inside is not None and self.mentions[inside].end == item.speaker[1] and self.coref.people_from(inside):
            # round 64: "a party of councillors from Kessel": unnamed people of the place, not the place
            return Speaker(None, True, inside, plural=True)
        described = self._described_body(item) if inside is None else None
        if described is None and inside is None:  # "Kessler said ... | ..., the company said": Kessler
            described = self._body_that_spoke(item, previous)
        if described is None and inside is None:  # "Norland Rovers FC sacked X. ... the club said": the one club named
            described = self._sole_body_of_class(item, previous)
        if described is not None:  # "Kessler Foods cut 200 jobs. The firm said": Kessler Foods
            return Speaker(described, False)
        if inside is not None and self._person_of_body(item, inside):
            # "The former Scotland international", "a senior Tory MP": one person of the side or
            # party, never the side; "the ..." is someone the corpus stage may name, "a ..." unnamed
            unnamed = self._words(item.speaker).split()[0].lower() in _INDEFINITE
            return Speaker(None, unnamed, inside, described=not unnamed)
        return Speaker(inside, False, plural=item.speaker_plural, body=inside is None and self._body(item))

    def _closing_name(self, item: Found, named: int) -> int:
        """The person named at the end of the phrase when the parse headed it with an earlier
        name and a noun of a person comes right before that last name ("Only Fools and Horses
        star X", the show's title typed a person): the title before the name says what X is, X
        speaks. ``named`` otherwise."""
        last = self._mention_in((self.mentions[named].end, item.speaker[1]), (_PERSON,))
        if last is None or self.mentions[named].label != _PERSON or self.mentions[last].end != item.speaker[1]:
            return named
        if self._possessive_after(named) and not item.speaker_plural:
            # "Kessel Air's managing director Ana Ruiz", the firm typed a person: Ana Ruiz
            after_title = self._named_after_title(item)
            return after_title if after_title is not None else named
        if item.speaker_plural:
            return named
        before = self.text[self.mentions[named].end:self.mentions[last].start].split()
        title = before[:-1]
        if not title or not all(w[:1].isupper() or (w in ("and", "&") and i + 1 < len(title))
                                for i, w in enumerate(title)):
            # "Ana Bell and co-star Tom Reed", "X and his firm's partner Y", "X of Acme partner
            # Y": two people or a tie; only the rest of a cut title ("and Horses") goes on
            return named
        noun = before[-1] if before else ""
        lexicon = self.coref.lexicon
        person = noun in lexicon.person_nouns or noun in lexicon.role_nouns or noun in lexicon.focus_nouns \
            or noun in lexicon.holder_nouns or noun in lexicon.any_post_nouns
        return last if person and noun not in lexicon.kin_nouns else named

    def _named_after_title(self, item: Found) -> int | None:
        """ "Mr Kell's lawyer Ana Ruiz", "Swedish union official Ana Ruiz": a singular phrase that
        a name closes right after a lower-case noun of a person is that person, the words before
        being his title; other people in it only as possessors ("X's lawyer"). The model may type
        such a name a body or a people: after a post of the lexicon (not a looser agent noun), two or three
        capitalised words are a person's name. None when a verb or preposition stands in the
        title ("a lawyer defending X chief Y", "an ally of Y": the first noun's person)."""
        if item.speaker_plural:
            return None
        # round 50: "former minister Ana Ruiz MP": a post's letters after the name, which the
        # model left out of it, still leave the name closing the phrase
        closing = [i for i in self._mentions_inside(item.speaker)
                   if _suffixes_only(self.text[self.mentions[i].end:item.speaker[1]])]
        if not closing or self.mentions[closing[0]].start <= item.speaker[0]:
            return None
        named = closing[0]
        title = self.text[item.speaker[0]:self.mentions[named].start]
        words = title.split()
        if not words or not title.endswith(" ") or _TITLE_BREAK.search(title) is not None:
            return None
        if self._participle_object(item, named):
            return None
        noun = words[-1]
        lexicon = self.coref.lexicon
        listed = noun in lexicon.person_nouns or noun in lexicon.role_nouns or noun in lexicon.holder_nouns \
            or noun in lexicon.focus_nouns or noun in lexicon.any_post_nouns or noun in self.lexicon.anonymous_nouns
        label = self.mentions[named].label
        if not noun[:1].islower() or not (listed or (label == _PERSON and self._people_noun(noun))):
            return None
        if label != _PERSON and not (listed and self._name_shaped(named)):
            return None
        others = [i for i in self._mentions_inside((item.speaker[0], self.mentions[named].start))
                  if self.mentions[i].label == _PERSON and not self._possessive_after(i)]
        return None if others or self._tie_of(item, named) else named

    def _participle_object(self, item: Found, named: int) -> bool:
        """ "a lawyer defending former X chief Y": a participle after a noun of people makes the
        name its object; the first noun's person speaks ("managing director Y" has no noun before)."""
        words = self.text[item.speaker[0]:self.mentions[named].start].split()
        return any(_PARTICIPLE.fullmatch(w) and any(v[:1].islower() and self._people_noun(v) for v in words[:i])
                   for i, w in enumerate(words))

    def _mentions_inside(self, span: Span) -> list[int]:
        low, high = bisect.bisect_left(self.starts, span[0]), bisect.bisect_right(self.starts, span[1])
        return [i for i in range(low, high) if self.mentions[i].end <= span[1]]

    def _name_shaped(self, index: int) -> bool:
        """Two or three capitalised words, none a noun of coref's kinds ("Acme Group"), in a
        mention typed a body, a people or a work: a person's name in shape."""
        mention = self.mentions[index]
        words = mention.text.split()
        return (mention.label in ("ORG", "NORP", "FAC", "WORK_OF_ART", "PRODUCT") and 2 <= len(words) <= 3
                and all(re.fullmatch(r"[A-Z][a-z]+(?:['’-][A-Za-z]+)?", w) for w in words)
                and not any(self.coref.lexicon.kind_of_noun(w.lower()) for w in words))

    def _person_of_body(self, item: Found, inside: int) -> bool:
        """Whether the phrase is one person described by a noun of a person (``person_nouns``,
        roles, posts: "international", "MP") after a body, side or country named as its modifier;
        not when the noun is part of the name ("Amnesty International") or speaks for the body (a
        spokesman is the body's voice, round 33)."""
        if item.speaker_plural or item.speaker_head is None or self.mentions[inside].end > item.speaker_head[0]:
            return False
        head = self._words(item.speaker_head)
        if not (head[:1].islower() or head.isupper()):
            return False  # "The Scottish Executive", "Scottish Finance Minister": a body's or office's name; "MP" is none
        if self.text[self.mentions[inside].end:self.mentions[inside].end + 2] in ("'s", "’s"):
            return False  # a possessor is read by the rules above
        lemma = item.speaker_lemma.lower()
        lexicon = self.coref.lexicon
        person = lemma in lexicon.person_nouns or lemma in lexicon.role_nouns or lemma in lexicon.holder_nouns \
            or lemma in lexicon.focus_nouns or lemma in lexicon.any_post_nouns
        return person and lemma not in self.lexicon.body_speaker_nouns and lemma not in lexicon.kin_nouns \
            and lemma not in lexicon.collective_people

    # --- round 33 (spk41): a description of a body named just before ------------------------

    def _described_body(self, item: Found) -> int | None:
        """ "The Kessler Foods board cut 200 jobs. The firm said ...": a definite singular
        description of a body ("the firm", "the Swedish carmaker"; ``body_description_nouns``)
        the other rules left unresolved is the one body (ORG; OUTLET for a broadcaster's nouns)
        that opens the sentence before as its subject (as for a bare spokesman:
        :meth:`_opening_body`), when the description's class fits the name's
        (``body_name_words``: "the club" is no "Kessler Bank") and neither the cue's own sentence
        nor the one before the opening names another body. None otherwise: two bodies that fit,
        or none, leave it unresolved."""
        noun_class = self._description_class(item)
        at = _sentence_index(self.sentences, item.cue[0]) if self.sentences and noun_class else None
        if not at:
            return None
        found = self._opening_body(at - 1)
        if found is None or not self._fits_class(found, noun_class):
            return None
        # the cue's sentence and the one before the opening name no other body: "X expects ... Rival
        # Y has cut jobs ... the firm claims" is the story's X, not the rival named last
        key = self.mentions[found].key
        around = [s for s in self.sentences if s.index in (at, at - 2)]
        if not any(s.index == at for s in around) or any(self._other_body_in(s, key) for s in around):
            return None
        return found

    def _body_that_spoke(self, item: Found, previous: Sequence[Claim]) -> int | None:
        """ "Kessler says its new lock will stop most thieves. ... | The lock ships in May, the
        company said": a definite description of a body (``body_description_nouns``; not a
        shown class such as a regulator) that no other rule ties to a name is the one body that
        spoke before it in the story, by name, when the class fits, its last claim is in this
        paragraph or the one before, and no other body of the class is named since (outside
        quotes and what it said). A second body speaking anywhere before, or a person's claim
        since, gives none: "the company" may then be either, or the person's firm."""
        noun_class = self._description_class(item)
        if noun_class is None or noun_class in self.lexicon.shown_body_classes.values():
            return None
        earlier = [c for c in previous if c.cue_span and c.cue_span[0] < item.cue[0]]
        bodies = [(c, self.speakers[id(c)].mention) for c in earlier
                  if self.speakers[id(c)].mention is not None and not self.speakers[id(c)].group
                  and self._body_mention(self.speakers[id(c)].mention)]
        if not bodies or len({self.mentions[m].key for _, m in bodies}) != 1:
            return None
        claim, found = bodies[-1]
        if self.speakers[id(claim)].anonymous or not self._fits_class(found, noun_class) \
                or self._paragraph(claim.cue_span[0]) < self._paragraph(item.cue[0]) - 1:
            return None
        since = [c for c in earlier if c.cue_span[0] > claim.cue_span[0]]
        if any(self.speakers[id(c)].mention is None or self.mentions[self.speakers[id(c)].mention].label == _PERSON
               for c in since if (c.speaker_text or "").lower() not in self.lexicon.pronouns):
            return None  # "the firm's boss Ana Ruiz said ... the company said": whose words, unsure
        low = bisect.bisect_left(self.starts, self._after_claim(claim))
        high = bisect.bisect_left(self.starts, item.speaker[0])
        key = self.mentions[found].key
        if any(self._body_mention(i) and self.mentions[i].key != key and not self.coref.in_quote(self.mentions[i].start)
               and self._fits_class(i, noun_class) for i in range(low, high)):
            return None  # "Rival Valdor cut prices. The firm said": either
        return found

    def _spelt_out(self, index: int) -> list[str]:
        """The lower-case words of the name an acronym stands for where the story spells it out
        before it in brackets ("the Kessel Audit Office (KAO)"); empty for any other mention."""
        acronym = self.mentions[index].text
        if not (2 <= len(acronym) <= 8 and acronym.isalpha() and acronym.isupper()):
            return []
        match = re.search(rf"((?:[A-Z][\w'’-]*\s+)(?:(?:of|for|and|on|[A-Z][\w'’-]*)\s+)*)\({re.escape(acronym)}\)", self.text)
        return [w.lower() for w in match.group(1).split()] if match else []

    _SHOWN_REACH = 2  # sentences after the cue: "..., the watchdog has warned. | The Kessel Commission adds ..."

    def _shown_body(self, item: Found) -> int | None:
        """ "..., the food watchdog has warned. | The Kessel Commission adds ...": a definite
        singular description of a class no name is by default (``shown_body_classes``: a
        regulator) that the other rules left unresolved is the one body (ORG) of the story whose
        name shows that class ("... Commission", "... Authority"), named before the cue or up to
        ``_SHOWN_REACH`` sentences after it; the mention nearest the cue, before it if any. None
        when two such bodies are named (one name that holds another's words counts once)."""
        noun_class = self.lexicon.body_description_nouns.get(item.speaker_lemma.lower())
        words = self._words(item.speaker).split()
        if item.speaker_plural or noun_class not in self.lexicon.shown_body_classes.values() \
                or not words or words[0].lower() != "the" or not self.sentences:
            return None
        opening = self._described_body(item)
        if opening is not None:  # "The KAO expects ... Yet the watchdog adds": the body just before
            return opening
        at = _sentence_index(self.sentences, item.cue[0]) + self._SHOWN_REACH
        end = max((s.end for s in self.sentences if s.index <= at), default=item.cue[1])
        shown: dict[str, list[int]] = {}
        for index, mention in enumerate(self.mentions):
            if mention.start >= end:
                break
            name = [w.strip(".,").lower() for w in (mention.full_name or mention.text).split()]
            if mention.label == "ORG" and any(self.lexicon.shown_body_classes.get(w) == noun_class for w in name):
                shown.setdefault(" ".join(name), []).append(index)
        keys = list(shown)
        if not keys or any(not (set(a.split()) <= set(b.split()) or set(b.split()) <= set(a.split()))
                           for a in keys for b in keys):
            return None  # "the regulator" with a commission and an authority named: either
        found = [i for key in keys for i in shown[key]]
        before = [i for i in found if self.mentions[i].end <= item.speaker[0]]
        return max(before) if before else min(found)

    def _description_class(self, item: Found) -> str | None:
        """The class of body a "the [modifiers] <noun>" phrase means, or None when the phrase is
        no such description (plural, a name or an owner in it, another determiner)."""
        words = " ".join(self._words(item.speaker).split())
        if item.speaker_plural or item.speaker_head is None or item.speaker_head[1] != item.speaker[1]:
            return None
        if not re.fullmatch(r"[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}[a-z]+", words) and not self._voice_modifier(item):
            return None
        return self.lexicon.body_description_nouns.get(words.split()[-1].lower())

    def _voice_modifier(self, item: Found) -> bool:
        """Whether the phrase is the one lower-case noun before a spokesman's noun ("a bank
        spokesman": "bank"), which means the story's bank as "the bank" would (round 54)."""
        words = self._words(item.speaker)
        after = self.text[item.speaker[1]:item.speaker[1] + 40].split()
        return re.fullmatch(r"[a-z]+", words) is not None and bool(after) \
            and after[0].strip(",.").lower() in self.lexicon.body_speaker_nouns

    def _fits_class(self, index: int, noun_class: str) -> bool:
        """Whether the body ``index`` may be called by a noun of ``noun_class``: an ORG (an
        OUTLET for a broadcaster's noun) whose name holds no word of another class."""
        mention = self.mentions[index]
        if mention.label != "ORG" and not (mention.label == "OUTLET" and noun_class == "outlet") \
                and not (noun_class == "business" and self.coref.firm_typed_otherwise(index)):
            return False
        words = [w.strip(".,").lower() for w in (mention.full_name or mention.text).split()]
        if noun_class in self.lexicon.shown_body_classes.values():
            return self._shows_class(index, noun_class, words)
        classes = {self.lexicon.body_name_words.get(w) for w in words}
        classes.discard(None)
        return not classes or classes == {noun_class}

    def _shows_class(self, index: int, noun_class: str, words: list[str]) -> bool:
        """Whether the body ``index`` shows a class that no name is by default ("the watchdog"
        is no firm that opened the sentence before): a word of the class in its name
        (``shown_body_classes``), or a title holding a noun of the class ("market regulator X")."""
        if any(self.lexicon.shown_body_classes.get(w) == noun_class for w in words + self._spelt_out(index)):
            return True
        nouns = [n for n, c in self.lexicon.body_description_nouns.items() if c == noun_class]
        at = self.mentions[index].end
        return any(self.coref.introduced_as(index, noun, at) for noun in nouns)

    def _other_body_in(self, sentence: Sentence, key: str) -> bool:
        """Whether ``sentence`` names a body (ORG, OUTLET) other than ``key``: then which one the
        description means, the text does not say."""
        low, high = bisect.bisect_left(self.starts, sentence.start), bisect.bisect_left(self.starts, sentence.end)
        return any(self._body_mention(i) and self.mentions[i].key != key for i in range(low, high))

    def _author_in(self, span: Span) -> int | None:
        """The name in a document's phrase that may have written it: not one the phrase sends it
        to or has it be about ("A letter sent to X", "a statement about X's role", "a message
        sent to X by Y": Y), whose words the document is not."""
        low, high = bisect.bisect_left(self.starts, span[0]), bisect.bisect_right(self.starts, span[1])
        inside = [i for i in range(low, high) if self.mentions[i].end <= span[1]
                  and not _ADDRESSED.search(self.text[span[0]:self.mentions[i].start])
                  and not self._placed_in(self.text[span[0]:self.mentions[i].start])
                  and not self._people_modifier(i, span) and not self._place_of_owner(i, span)]
        for label in _AUTHOR_LABELS:
            for index in inside:
                if self.mentions[index].label == label:
                    return index
        return None

    def _initialled_issuer(self, item: Found) -> int | None:
        """ "An IAAF statement said", "a Tamsk FA letter": the initials before the document's head
        noun, which the name finder left untagged, are the short name of the one body (ORG,
        OUTLET) the story named in full before, outside quotes ("the Kessel Football Association
        ... a KFA statement"): that body issued it. None when the phrase holds another capitalised
        word or a tagged name, when no body or two of the story spell the initials, or when they
        are a country's ("a US statement": a place's, the rules for places decide)."""
        words = self._words(item.speaker).split()
        if len(words) < 2 or words[0].lower() not in _ISSUED_DETERMINERS:
            return None
        modifiers = words[1:-1]
        initialled = [w for w in modifiers if _INITIALS_WORD.fullmatch(w)]
        if len(initialled) != 1 or any(w[:1].isupper() for w in modifiers if w not in initialled) \
                or self._mention_in(item.speaker, _AUTHOR_LABELS) is not None \
                or initialled[0].rstrip("'’s").lower() in self.lexicon.headline_person_initials:
            return None
        spelt = self._bodies_spelling(_INITIALS_WORD.fullmatch(initialled[0]).group("letters"), item.speaker[0])
        return spelt[0] if len(spelt) == 1 else None

    def _bodies_spelling(self, letters: str, before: int) -> list[int]:
        """The latest mention, one per actor key, of each body (ORG, OUTLET) named outside quotes
        before ``before`` whose multi-word name has ``letters`` as its initials, or which is
        itself written so ("the IAAF")."""
        latest: dict[str, int] = {}
        for index in range(bisect.bisect_left(self.starts, before)):
            mention = self.mentions[index]
            if mention.label not in ("ORG", "OUTLET") or self.coref.in_quote(mention.start):
                continue
            name = mention.full_name or mention.text
            if mention.text == letters or (len(name.split()) > 1 and initials(name) == letters):
                latest[mention.key] = index
        return list(latest.values())

    def _subject_after_opening(self, item: Found) -> int | None:
        """ "In an interview published in the Y magazine, X slated ...", "In a statement, X
        thanked ...": a document that opens the sentence under "In" is the words of the clause's
        subject, when a name (a person, a body, an outlet) opens what is said, outside quotes,
        and no copula or passive follows it ("In the poll, X were followed by Y": X is ranked,
        not speaking). None otherwise."""
        if item.content is None or self._words(item.cue).lower() != "in" \
                or self.text[item.sentence[0]:item.cue[0]].strip():
            return None
        at = bisect.bisect_left(self.starts, item.content[0])
        if at >= len(self.mentions) or self.mentions[at].start != item.content[0] \
                or self.mentions[at].label not in (_PERSON, "ORG", "OUTLET") \
                or self.coref.in_quote(self.mentions[at].start):
            return None
        after = self.text[self.mentions[at].end:item.content[1]].split()
        if not after or after[0].lower() in _COPULA_OR_PASSIVE or after[0][:1].isupper():
            return None
        return at

    def _placed_in(self, before: str) -> bool:
        """Whether the words of a document's phrase before a name put the document out there
        ("the papers released at", "an interview published in the", ``placed_participles``):
        the archive or the paper that holds it, not its author."""
        match = _PLACED_AT.search(before)
        return match is not None and match.group(1).lower() in self.lexicon.placed_participles

    def _voiced_body(self, item: Found, previous: Sequence[Claim]) -> int | None:
        """The body a bare "a spokesman" / "the police spokesman" speaks for (``body_voice_nouns``):
        for "the spokesman", the body of the latest such spokesman of the last three sentences
        ("a Home Office spokesman said ... The spokesman added"); else the one body (ORG, OUTLET)
        that opens the sentence before as its subject, the only body named there ("The Home Office
        defended the measures. A spokesman said"). None when the phrase names anything itself ("for the regulator"), is
        plural, or no such body stands there: a wrong body is worse than none."""
        if item.speaker_plural or item.speaker_lemma.lower() not in self.lexicon.body_voice_nouns \
                or item.speaker_head is None or item.speaker_head[1] != item.speaker[1]:
            return None
        words = " ".join(self._words(item.speaker).split())
        phrase = _BARE_VOICE.fullmatch(words)
        if phrase is None:
            return None  # "Mr Blair's spokesman", "a spokesman for the regulator": not bare
        at = _sentence_index(self.sentences, item.cue[0]) if self.sentences else None
        if phrase.group(1).lower() == "the" and at is not None:
            earlier = self._earlier_voice(previous, at)
            if earlier is not None:
                return earlier
        if not at:
            return None
        found = self._opening_body(at - 1)
        return found if found is not None else self._named_speaker_before(previous, at - 1)

    def _named_speaker_before(self, previous: Sequence[Claim], index: int) -> int | None:
        """ "On Friday Kessel, the largest lorry maker in Tamsk, said talks had begun. A
        spokesman said the price was open": the body that spoke by its own name in sentence ``index`` (the
        claim's speaker phrase holds the body's mention; no pronoun, no description), when that
        body is the only one the sentence names, as :meth:`_opening_body` asks of a subject
        opening it: a name the sentence opens on with words before it the regex cannot read (a
        time, a title: "Environmental group X said"). "X accused Y of lying. A spokesman said":
        two bodies, whose voice this is the text does not say (round 54)."""
        sentence = next((s for s in self.sentences if s.index == index), None)
        if sentence is None:
            return None
        named = set()
        for claim in previous:
            speaker = self.speakers.get(id(claim))
            if claim.sentence != index or speaker is None or speaker.mention is None or speaker.anonymous \
                    or claim.speaker_span is None or not self._body_mention(speaker.mention):
                continue
            mention = self.mentions[speaker.mention]
            if claim.speaker_span[0] <= mention.start and mention.end <= claim.speaker_span[1] \
                    or _APPOSED_BEFORE.fullmatch(self.text, mention.end, claim.speaker_span[0]):
                named.add(speaker.mention)  # the name, or the name apposed ("Kessel, the only firm ...")
        keys = {self.mentions[i].key for i in named}
        if len(keys) != 1:
            return None
        found = min(named)
        low, high = bisect.bisect_left(self.starts, sentence.start), bisect.bisect_left(self.starts, sentence.end)
        others = {self.mentions[i].key for i in range(low, high) if self._body_mention(i)}
        return found if others == keys else None

    def _voice_of_description(self, item: Found, previous: Sequence[Claim]) -> int | None:
        """ "a spokesman for the firm", "a senior source at the club": one unnamed voice
        (``voice_nouns``) of a body the phrase names only by a description
        (``body_description_nouns``): the body those words would be as a speaker of their own
        ("the firm said": the story's firm, the one body of the class that spoke or opened the
        sentence before), read by the same rules; None when they give none."""
        words = self._words(item.speaker)
        match = _VOICE_OF.fullmatch(words)
        if match is None:  # "a bank spokesman": the body's noun before the voice's (round 54)
            match = _DESCRIBED_VOICE.fullmatch(words)
            if match is not None and match.group("voice") not in self.lexicon.body_speaker_nouns:
                return None
        if match is None or item.speaker_plural or match.group("voice") not in self.coref.lexicon.voice_nouns \
                or match.group("noun") not in self.lexicon.body_description_nouns:
            return None
        start, end = item.speaker[0] + match.start("body"), item.speaker[0] + match.end("body")
        inner = item.copy(speaker=(start, end), speaker_head=(end - len(match.group("noun")), end),
                          speaker_lemma=match.group("noun"), speaker_plural=False, speaker_proper=False,
                          antecedent=None)
        found = self._referred(inner)
        if found is None:
            found = self._described_body(inner)
        if found is None:
            found = self._body_that_spoke(inner, previous)
        if found is None:
            found = self._sole_body_of_class(inner, previous)
        if found is None:
            found = self._class_named_beside(inner)
        return found if found is not None and self._body_mention(found) else None

    def _class_named_beside(self, item: Found) -> int | None:
        """ "Kessel Bank wrote off its farm loans after the floods, a bank spokesman said": the
        one body the cue's own sentence names (outside the speaker phrase and quotes) when its
        name holds the description's noun itself ("Bank" for "bank"), and no other body is
        named there. A name that only may be of the class ("Kessel" for "the company") is
        not enough: which body the noun means, the sentence then does not show."""
        noun = item.speaker_lemma.lower()
        low, high = bisect.bisect_left(self.starts, item.sentence[0]), bisect.bisect_left(self.starts, item.sentence[1])
        aside = [item.speaker, *item.addressees]  # the phrase itself, and "told Reuters"
        bodies = [i for i in range(low, high) if self._body_mention(i) and not self.coref.in_quote(self.mentions[i].start)
                  and not any(a[0] <= self.mentions[i].start < a[1] for a in aside)]
        if len({self.mentions[i].key for i in bodies}) != 1:
            return None  # two bodies, or a name the model split in two ("People" | "Bank"): leave it
        found = bodies[0]
        return found if noun in self._name_words(found) and self._fits_class(found, self._description_class(item)) \
            else None

    def _name_words(self, index: int) -> list[str]:
        """The lower-case words of a mention's name (its full name when the story gives one)."""
        mention = self.mentions[index]
        return [w.strip(".,").lower() for w in (mention.full_name or mention.text).split()]

    def _sole_body_of_class(self, item: Found, previous: Sequence[Claim]) -> int | None:
        """ "Norland Rovers FC sacked its manager. ... the club said": a definite description of
        a body of a class a name can show (``sole_body_classes``: a club, a non-commercial body;
        not a firm, which any name may be) is the one body the story names before it (outside
        quotes) whose name's words (``body_name_words``) or an introducing noun of the class
        ("charity X") show that class, when no other body named before may be of the class (a
        name showing no class may be any: "Arsenal" beside "Rovers FC" leaves "the club" open).
        Its latest mention before the phrase; None otherwise, and when a person or an unresolved
        speaker spoke since that mention ("X ... Ana Ruiz said ... the charity said": maybe her
        body, as for :meth:`_body_that_spoke`)."""
        noun_class = self._description_class(item)
        if noun_class not in self.lexicon.sole_body_classes:
            return None
        shown: dict[str, int] = {}
        loose: set[str] = set()
        for index in range(bisect.bisect_left(self.starts, item.speaker[0])):
            mention = self.mentions[index]
            if not self._body_mention(index) or self.coref.in_quote(mention.start) \
                    or not self._fits_class(index, noun_class):
                continue
            if self._names_class(index, noun_class, item.speaker[0]):
                shown[mention.key] = index
            else:
                loose.add(mention.key)
        if len(shown) != 1 or loose - set(shown):
            return None  # two clubs, or a name that may be one: either may be meant
        found = next(iter(shown.values()))
        since = [c for c in previous if c.cue_span and self.mentions[found].end <= c.cue_span[0] < item.cue[0]]
        if any(self.speakers[id(c)].mention is None or self.mentions[self.speakers[id(c)].mention].label == _PERSON
               for c in since if (c.speaker_text or "").lower() not in self.lexicon.pronouns):
            return None
        return found

    def _national_body(self, item: Found, previous: Sequence[Claim]) -> tuple[int, ...] | None:
        """ "The German company said", "the Japanese gaming giant": a body described by a people
        (a NORP mention) and a noun of a body class (``body_description_nouns``). The holder is
        the one body named before it (outside quotes) that the noun fits; the story rarely says
        which body is German, so two such bodies leave it open ("X said ... Siemens showed ...
        The German company said": either). Returns the candidates' mentions (one: the speaker;
        several: nobody), or None when the phrase is no such description or the story names no
        body before it (the other rules then read it, as before)."""
        noun_class = self._national_class(item)
        if noun_class is None:
            return None
        latest: dict[str, int] = {}
        for index in range(bisect.bisect_left(self.starts, item.speaker[0])):
            mention = self.mentions[index]
            if self._body_mention(index) and not self.coref.in_quote(mention.start) \
                    and self._fits_class(index, noun_class) and not _national_side(mention):
                latest[mention.key] = index
        if not latest:
            return None
        if len(latest) == 1 and self._spoke_since(next(iter(latest.values())), item, previous):
            return ()  # "X ... Ana Ruiz said ... the German firm said": maybe her firm
        return tuple(latest.values())

    def _national_class(self, item: Found) -> str | None:
        """The body class of a "the <People> [modifier] <noun>" phrase ("The German company":
        business; "the Dutch regulator": regulator), or None: plural, another name in it, no
        NORP mention as its second word, or a noun of no body class or a person's."""
        words = " ".join(self._words(item.speaker).split())
        if item.speaker_plural or item.speaker_head is None or item.speaker_head[1] != item.speaker[1] \
                or not _NATIONAL_DESCRIPTION.fullmatch(words):
            return None
        people = self._mention_in(item.speaker, ("NORP",))
        if people is None or self.mentions[people].text != words.split()[1]:
            return None
        noun = words.split()[-1].lower()
        if self.coref.lexicon.kind_of_noun(noun) == "person" or noun in self.lexicon.person_body_nouns:
            return None  # "the British producer": a person's noun too, maybe the one just named
        return self.lexicon.body_description_nouns.get(noun)

    def _spoke_since(self, found: int, item: Found, previous: Sequence[Claim]) -> bool:
        """Whether a person or an unresolved speaker spoke between the body's mention and this
        claim (as :meth:`_sole_body_of_class` asks): the description may be that one's body."""
        since = [c for c in previous if c.cue_span and self.mentions[found].end <= c.cue_span[0] < item.cue[0]]
        return any(self.speakers[id(c)].mention is None or self.mentions[self.speakers[id(c)].mention].label == _PERSON
                   for c in since if (c.speaker_text or "").lower() not in self.lexicon.pronouns)

    def _names_class(self, index: int, noun_class: str, at: int) -> bool:
        """Whether the body ``index`` shows ``noun_class``: a word of its name of the class
        ("Rovers FC": a club) or a noun of the class introducing it ("the charity X")."""
        mention = self.mentions[index]
        words = [w.strip(".,").lower() for w in (mention.full_name or mention.text).split()]
        if any(self.lexicon.body_name_words.get(w) == noun_class for w in words):
            return True
        nouns = [n for n, c in self.lexicon.body_description_nouns.items() if c == noun_class]
        return any(self.coref.introduced_as(index, noun, at) for noun in nouns)

    def _earlier_voice(self, previous: Sequence[Claim], at: int) -> int | None:
        """The body of the latest claim of a spokesman in the last three sentences before ``at``,
        when that spokesman had one; None if none spoke there or the latest had no body. The
        spokesman's noun closes the phrase's head part, so "a spokesman for the Home Office" is
        one as "a Home Office spokesman" is."""
        for claim in reversed(previous):
            if claim.sentence < at - 3:
                return None
            words = _HEAD_PART.split(" ".join((claim.speaker_text or "").split()), maxsplit=1)[0].split()
            if claim.speaker is None and words and words[-1].lower() in self.lexicon.body_voice_nouns:
                speaker = self.speakers.get(id(claim))
                return speaker.affiliation if speaker is not None else None
        return None

    def _opening_body(self, index: int) -> int | None:
        """The ORG / OUTLET mention that opens sentence ``index`` as its subject ("But the Home
        Office defended ...", "Scotland Yard said ..."): first in it, after at most a connective
        and "the", not an owner ("Scotland Yard's chief") nor one of two joined ("X and Y said")."""
        sentence = next((s for s in self.sentences if s.index == index), None)
        if sentence is None:
            return None
        first = bisect.bisect_left(self.starts, sentence.start)
        if first >= len(self.mentions) or self.mentions[first].start >= sentence.end:
            return None
        mention = self.mentions[first]
        if not self._body_mention(first) or not _SUBJECT_OPENING.fullmatch(self.text, sentence.start, mention.start):
            return None
        if _NOT_ALONE_AFTER.match(self.text, mention.end):
            return None
        others = {m.key for i, m in enumerate(self.mentions[first:bisect.bisect_left(self.starts, sentence.end)], first)
                  if self._body_mention(i)}
        if others != {mention.key}:
            return None  # "Sky won the rights from the BBC. ..., a spokesman said": whose, the text does not say
        return first

    def _body_mention(self, index: int) -> bool:
        """An ORG or OUTLET mention, or a firm the model typed a person or a place here and an
        organisation elsewhere in the story ("Skyvane said ... The carrier reported": round 35)."""
        return self.mentions[index].label in ("ORG", "OUTLET") or self.coref.firm_typed_otherwise(index)

    def _people_modifier(self, index: int, span: Span) -> bool:
        """ "The study by US researchers": a place or people naming where the document's
        plural makers are from, not a maker itself (unnamed researchers wrote it)."""
        mention = self.mentions[index]
        return mention.label in ("GPE", "NORP") and re.match(
            r"\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*s\b", self.text[mention.end:span[1]]) is not None

    def _place_of_owner(self, index: int, span: Span) -> bool:
        """Round 68: "figures released by the UK toy industry's trade body": a place or people
        naming where the owner of an unnamed lower-case maker is from, not the maker (the body
        is not named in the phrase)."""
        mention = self.mentions[index]
        return mention.label in ("GPE", "NORP") and re.fullmatch(
            r"\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*['’]s?\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s*",
            self.text[mention.end:span[1]]) is not None

    def _quantified_part(self, item: Found) -> int | None:
        """ "most Russians", "many Britons", "some Conservatives", "A number of large X
        shareholders", "only 25% of Britons", "one leading Lagos broker": a plural phrase (or one
        opened by "one") opened by a quantifier (``part_quantifiers``) or a share takes a part of
        the people, country or body it names — unnamed people of that name, never the name
        itself. The name (the affiliation), or None when the phrase is no such part or names nothing."""
        cased = " ".join(self._words(item.speaker).split())
        words = cased.lower()
        opener = next((q for q in self.lexicon.part_quantifiers if words.startswith(q + " ")), None)
        # "one leading Karachi broker": one person of the place; a plural for the others
        # (the parse may head "a number of X shareholders" with "number", or tag "Britons" singular)
        plural = item.speaker_plural or words.endswith("s") or opener is not None and opener.endswith(" of")
        quantified = opener is not None and (plural or opener == "one") \
            and self._mention_at((item.speaker[0], item.speaker[0] + len(opener))) is None  # not "One Nation"
        if not (quantified or _SHARE.match(words)) or re.search(r"\b(?:[Tt]hem|[Uu]s|[Tt]hose)\b", cased):
            # "many of them": the ones named before, the pronoun rules' work; by case, as "some US
            # firms" names the country (round 65)
            return None
        named = self._mention_in(item.speaker, _GROUP_LABELS)
        people = self._mention_in(item.speaker, (_PERSON,))
        if named is None and people is not None and opener != "one" and self.mentions[people].end == item.speaker[1] \
                and self.mentions[people].text.endswith("s"):
            return people  # a people the model calls a person ("many Britons"): a part of them all the same
        return named  # not "one of the men, John Smith": a person named, the other rules' work

    def _collective_part(self, item: Found) -> int | None:
        """ "A team of US researchers", "a group of Kemarian doctors": a collective
        (``people_collectives``) opening a plural noun of people that a country's or people's word
        alone modifies. The researchers are unnamed people of that country, which is their
        affiliation (returned), never the speaker. None for anything else, and for the state's
        own voices ("a group of US officials": ``state_voice_nouns``), which keep their rules."""
        words = " ".join(self._words(item.speaker).split())
        opener = next((c for c in self.lexicon.people_collectives if words.lower().startswith(c + " ")), None)
        if opener is None:
            return None
        named = self._mentions_inside(item.speaker)
        if len(named) != 1 or self.mentions[named[0]].label not in ("GPE", "NORP"):
            return None  # a person or body in the phrase: the other rules' work
        mention = self.mentions[named[0]]
        # the name, then at most one lower-case word, then the plural noun closing the phrase
        noun = re.fullmatch(r"\s+(?:[a-z][\w-]*\s+)?([a-z][\w-]*s)", self.text[mention.end:item.speaker[1]])
        if noun is None or not self._people_noun(_singular(noun.group(1))):
            return None
        return None if _singular(noun.group(1)) in self.lexicon.state_voice_nouns else named[0]

    def _one_of(self, item: Found) -> bool:
        """ "one London-based broker", "one senior official": a phrase opened by "one" whose head
        is singular names one person of the part, not several."""
        words = self._words(item.speaker).lower().split()
        return len(words) > 1 and words[0] == "one" and not item.speaker_plural and not words[-1].endswith("s")

    def _place_in_name(self, item: Found, index: int) -> bool:
        """ "the Tessel Courier reports", the finder holding only "Tessel" (a place): the place
        opens a longer name headed by a capitalized word after it, so the paper speaks, not the
        place; someone named whom no actor stands for."""
        mention = self.mentions[index]
        if mention.label not in ("GPE", "LOC") or not item.speaker_proper or item.speaker_head is None:
            return False
        rest = self.text[mention.end:item.speaker_head[1]]
        return mention.end <= item.speaker_head[0] and re.fullmatch(r"(?:\s+[A-Z][\w'’&.-]*)+", rest) is not None

    def _joined_elsewhere(self, item: Found) -> tuple[int, ...]:
        """ "Valdor and Kessel said", where the mention finder missed a name here: two or three
        capitalized names joined by "and" or commas, each a mention right there or written
        exactly so as a mention of a body or a person elsewhere in the document; those
        mentions (when all were found here, :meth:`_joined_in` has them). Else ()."""
        spans, at = [], item.speaker[0]
        opening = re.match(r"[Tt]he\s+", self._words(item.speaker))
        at += opening.end() if opening else 0  # "the Greens and Labour": the names after "the"
        for join in list(_NAME_JOIN.finditer(self.text, item.speaker[0], item.speaker[1])) + [None]:
            end = join.start() if join else item.speaker[1]
            spans.append((at, end))
            at = join.end() if join else at
        if not 2 <= len(spans) <= 3 or not all(_CAPITALIZED_NAME.fullmatch(self.text, a, b) for a, b in spans):
            return ()
        here = [self._exact_mention(span) for span in spans]
        if all(i is not None for i in here):
            return ()
        found = tuple(i if i is not None else self._same_name(self.text[a:b]) for i, (a, b) in zip(here, spans))
        if any(i is None or self.mentions[i].label not in _AUTHOR_LABELS for i in found) \
                or len({self.mentions[i].key for i in found}) != len(found):
            return ()
        return found

    def _exact_mention(self, span: Span) -> int | None:
        at = self._mention_at(span)
        return at if at is not None and (self.mentions[at].start, self.mentions[at].end) == span else None

    def _named_by_head(self, item: Found, index: int, labels: Sequence[str] = ("ORG", "OUTLET")) -> bool:
        """ "Technology analysts Valdor said", "market researchers Kessel": a firm's name right
        after the common noun heading the phrase, closing it, is what the noun describes (not
        "analysts at Valdor", people of it)."""
        mention = self.mentions[index]
        return (mention.label in labels and mention.end == item.speaker[1]
                and item.speaker_head[1] < mention.start and not self.text[item.speaker_head[1]:mention.start].strip())

    def _dash_apposed(self, index: int) -> bool:
        """ "Fund manager Ana Ruiz - the firm's largest investor - said": a name with an
        apposition set off by dashes is the speaker, though the phrase runs on past it."""
        return re.match(r"\s+[-\u2013\u2014]\s", self.text[self.mentions[index].end:self.mentions[index].end + 3]) is not None

    def _body(self, item: Found) -> bool:
        """ "the group", "the watchdog" left unresolved: one body the text describes, which a
        later "it said" goes on speaking for (rather than another body named since)."""
        words = self._words(item.speaker).lower().split()
        return (not item.speaker_plural and len(words) >= 2 and words[0] in self.coref.lexicon.determiners
                and self.coref.lexicon.kind_of_noun(item.speaker_lemma) == "group")

    def _relative(self, item: Found) -> Speaker | None:
        """A relative pronoun speaker ("who", "which") and the name right before it, with nothing
        but a comma or dash between: "hit by the Tories who said" (the parse may miss the
        clause's noun or hang it on a common noun before) is that name; "X and Y, who said" is
        named people, none of them alone; "a spokesman for X, who said" is someone of X. None
        leaves the speaker to the other rules; a name the parse found elsewhere wins (the
        mention finder may split a long name: "Organisation for ... and Development, which")."""
        labels = _RELATIVES.get(self._words(item.speaker).lower())
        if labels is None:
            return None
        at = bisect.bisect_right(self.starts, item.speaker[0]) - 1
        if at < 0 or self.coref.in_quote(self.mentions[at].start) \
                or _RELATIVE_GAP.fullmatch(self.text, self.mentions[at].end, item.speaker[0]) is None:
            return None
        mention = self.mentions[at]
        parsed = None if item.speaker_head == item.speaker else self._mention_at(item.speaker_head)
        if parsed is not None and parsed != at:
            between = self.text[self.mentions[parsed].end:mention.start]
            # "X and Y, who", "X, Y and Z, who" (the parse hangs "who" on the first): all of them
            listed = _JOINED.fullmatch(between) or parsed in self._joined_before(item.speaker[0])
            return Speaker(None, False, plural=True) if listed else None
        before = self.text[max(0, mention.start - 60):mention.start]
        role = _ROLE_OF.search(before)
        words = (role.group(1).lower(), role.group(1).lower().rstrip("s")) if role is not None else ()
        if labels is _RELATIVES["who"] and any(self.coref.lexicon.kind_of_noun(w) == "person"
                                               or w in self.lexicon.anonymous_nouns for w in words):
            # "who", not "which" ("an adviser for Labour, which denies" is Labour); a noun of
            # people ("a spokesman for X", not "lists of the Protestants, who")
            return Speaker(None, any(w in self.lexicon.anonymous_nouns for w in words), at)
        if labels is _RELATIVES["which"] and mention.label in labels and self._person_before_preposition(before):
            # "faces a rival in Valdor, which argues": "which" is never the person noun, so the body
            return Speaker(at, False)
        if _NOT_ANTECEDENT.search(before):
            return None  # "and that of the X Centre, which": X's, not one of two
        if _COORDINATED.search(before):
            return Speaker(None, False, plural=True)
        if parsed is not None or mention.label not in labels:
            return None
        return Speaker(at, False)

    def _stands_for_phrase(self, item: Found) -> bool:
        """Whether the speaker is a relative pronoun the parse gave an antecedent phrase: "who" or
        "which", and "that" of a document ("a journal article that claimed ..."; a "that" of
        anything else is left as it was: "lyrics that call for ...", "a page that said ...")."""
        words = self._words(item.speaker).lower()
        return words in _RELATIVES or (words == "that" and item.kind == "document")

    def _released_antecedent(self, item: Found) -> int | None:
        """ "X released statistics which showed ...", "X published a survey that found ...": the
        antecedent of a relative pronoun is a document or record noun (``document_nouns``,
        ``made_record_nouns``, ``lead_figure_nouns``) that stands right after a verb of putting
        it out (``release_verbs``, ``maker_verbs``) with a name right before that verb, in the
        same sentence: that name made it. Not a state or a people ("the US released figures":
        its officials, unnamed), nor a name inside a quote; None for any other shape."""
        head = self._words(item.speaker_head).lower()
        records = self.lexicon.made_record_nouns | self.lexicon.lead_figure_nouns
        if item.speaker_lemma not in self.lexicon.document_nouns and head not in records:
            return None
        start = item.antecedent[0]
        own = self.coref.sentence_start(start)
        putting_out = self._putting_out()
        low, high = bisect.bisect_left(self.starts, own), bisect.bisect_left(self.starts, start)
        for index in range(high - 1, low - 1, -1):
            mention = self.mentions[index]
            if mention.end <= start and putting_out.fullmatch(self.text, mention.end, start):
                return index if self._maker_name(index) else None
        return None

    def _putting_out(self) -> re.Pattern[str]:
        """What stands between a maker's name and the document it put out: an optional bracketed
        short form, auxiliaries, then a word form of ``release_verbs`` (lemmas: "release" gives
        "released", "releases") or of ``maker_verbs`` ("carried out", "compiled")."""
        forms = set()
        for lemma in self.lexicon.release_verbs:
            forms |= {lemma, lemma + "s", lemma + "es", lemma + ("d" if lemma.endswith("e") else "ed")}
        forms |= set(self.lexicon.maker_verbs)
        verbs = "|".join(sorted((re.escape(v).replace(r"\ ", r"\s+") for v in forms), key=len, reverse=True))
        return re.compile(rf"(?:\s*\([A-Z][\w&.]*\))?\s+(?:(?:has|have|had|also|recently|just)\s+)*(?:{verbs})\s+",
                          re.IGNORECASE)

    def _maker_name(self, index: int) -> bool:
        """Whether a mention may name who put a document out: a body, a paper or a person outside
        a quote, or a firm the model typed a people ("Symantec" NORP) — never a people's own word
        (a demonym: "the British"), nor a state."""
        mention = self.mentions[index]
        if self.coref.in_quote(mention.start):
            return False
        if mention.label == "NORP":
            word = mention.text.lower()
            return word not in _demonyms() and word.rstrip("s") not in _demonyms() \
                and word not in self.coref.lexicon.person_demonyms
        return mention.label in _MAKER_LABELS

    def _giver_in(self, item: Found) -> int | None:
        """ "X, which concluded in a 1999 report that ...", "X said in a statement that ...": a
        document phrase under "in" right after a verb of saying (``document_giver_verbs``)
        whose subject is the name just before it (a bracketed short form and ", which" / ", who"
        may stand between) is that name's document. Not a state or a people, nor a name inside
        a quote; None for any other shape."""
        if not self.lexicon.document_giver_verbs:
            return None
        verbs = "|".join(sorted(map(re.escape, self.lexicon.document_giver_verbs), key=len, reverse=True))
        giving = re.compile(rf"(?:\s*\([A-Z][\w&.]*\))?(?:\s*,\s*(?:which|who))?\s+(?:(?:has|have|had|also)\s+)*"
                            rf"(?:{verbs})\s+in\s+", re.IGNORECASE)
        start = item.speaker[0]
        own = self.coref.sentence_start(start)
        low, high = bisect.bisect_left(self.starts, own), bisect.bisect_left(self.starts, start)
        for index in range(high - 1, low - 1, -1):
            mention = self.mentions[index]
            if mention.end <= start and giving.fullmatch(self.text, mention.end, start):
                return index if self._maker_name(index) else None
        return None

    def _person_before_preposition(self, before: str) -> bool:
        """The text before a name ends with a noun of a person or of a tie and a preposition ("a
        rival in ", "an adviser for the ", "a stake held by "): the only other antecedent a
        relative pronoun after the name could have is that person."""
        found = _NOUN_PREPOSITION.search(before)
        if found is None:
            return False
        noun = found.group(1).lower()
        return any(self.coref.lexicon.kind_of_noun(w) == "person" or w in self.lexicon.anonymous_nouns
                   or w in self.lexicon.relation_nouns for w in (noun, noun.rstrip("s")))

    def _lead_cataphora(self, item: Found) -> int | None:
        """ "An artist critical of the plan has denied ... | Ana Ruiz is worried ...": a story's
        lead describes its subject with "a"/"an" and names it as the next sentence opens. The
        mention opening that sentence (after an optional "The"), when the lead is the first
        sentence of the body, the description's noun is of the mention's kind (a person or a
        body), and it is no noun of an unnamed source ("a spokesman", "a witness")."""
        words = self._words(item.speaker).lower().split()
        lemma = item.speaker_lemma.lower()
        # "The Danish minister at the centre of the row says ... | Lars Holm claims": a definite
        # lead too (this runs only when the description resolved to nobody named before)
        if (len(words) < 2 or words[0] not in ("a", "an", "the") or item.speaker_plural
                or item.speaker[0] != item.sentence[0] or self._paragraph(item.speaker[0]) > 2
                or (lemma in self.lexicon.anonymous_nouns
                    and not (words[0] == "the" and lemma in self.coref.lexicon.office_nouns))):
            return None  # "a minister", "the spokesman": unnamed; "the sports minister": one office
        kind = self.coref.lexicon.kind_of_noun(lemma) or (
            "person" if lemma in self.coref.lexicon.focus_nouns or lemma in self.lexicon.relation_nouns else None)
        if kind is None:
            return None
        opening = re.match(r"[.!?\"”]*\s*(?:The\s+)?", self.text[item.sentence[1]:])  # the span may leave out the stop
        at = item.sentence[1] + opening.end()
        index = bisect.bisect_left(self.starts, at)
        # "Shani Rhys James is worried": the model may leave a given name out of the mention
        if index >= len(self.mentions) or not re.fullmatch(r"(?:[A-Z][\w'’-]*\s+){0,1}",
                                                           self.text[at:self.mentions[index].start]):
            return None
        low, high = bisect.bisect_left(self.starts, item.sentence[0]), bisect.bisect_left(self.starts, item.sentence[1])
        if any(self.mentions[i].key == self.mentions[index].key for i in range(low, high)):
            return None  # "An ally of X denied ...", "A judge dismissed X's bid ... X filed": not X
        label = self.mentions[index].label
        return index if (label == _PERSON) == (kind == "person") and label in _AUTHOR_LABELS \
            and label not in ("GPE", "NORP") else None

    def _own_government(self, words: str) -> bool:
        """ "his government", "its administration", and (round 58) "the country's government": a
        government its phrase owns by a pronoun or by a noun for the story's own state
        (``state_possessors`` in coref.yaml), whose state the story makes clear."""
        tokens = words.lower().split()
        if tokens and tokens[0] in _OWN_GOVERNMENT:
            return True
        if len(tokens) != 3 or tokens[0] != "the" or not re.search(r"['’]s?$", tokens[1]):
            return False
        return re.sub(r"['’]s?$", "", tokens[1]) in self.coref.lexicon.state_possessors

    def _unlinked_name(self, item: Found) -> bool:
        """ "Simon Yates, an analyst at X, said" with no mention for the name: capitalized words
        that are no determiner, pronoun, noun of people or body, and hold no mention. Someone
        named, whom neither a name after it nor a noun of unnamed people may replace."""
        words = self._words(item.speaker).split()
        lemma = item.speaker_lemma.lower()
        return (1 <= len(words) <= 4 and not item.speaker_plural and item.speaker_proper
                and all(re.fullmatch(r"[A-Z][\w'’.-]*", w) for w in words)
                and words[0].lower() not in self.coref.lexicon.determiners
                and words[0].lower() not in self.lexicon.pronouns and lemma not in self.lexicon.pronouns
                and lemma not in self.lexicon.anonymous_nouns and self.coref.lexicon.kind_of_noun(lemma) is None
                and not self._thing_noun(lemma) and lemma not in self.coref.lexicon.government_nouns
                and self._mention_in(item.speaker, _AUTHOR_LABELS) is None)

    def _longer_name(self, item: Found) -> int | None:
        """ "Kessel said" where the mention finder missed the name here but the document writes it
        in full once: "Ana Kessel" tagged a body by the model (so no person's surname for
        :meth:`coref.name`), "Group Kessel", "Vaal Kessel". The words close the names of exactly
        one key (a person's or a body's, whatever the model's label); no place, people, outlet or
        building ("Leicester" is not "BBC Radio Leicester"). That name's mention nearest before,
        else the first after. None when two names fit."""
        words = self._words(item.speaker).split()
        found = [i for i, m in enumerate(self.mentions) if m.label not in _NOT_LONGER_NAMES
                 and len(m.text.split()) > len(words) and m.text.split()[-len(words):] == words]
        if len({self.mentions[i].key for i in found}) != 1:
            return None
        before = [i for i in found if self.mentions[i].start < item.speaker[0]]
        return before[-1] if before else found[0]

    def _one_of_unnamed_group(self, item: Found) -> bool:
        """ "Some former staff are angry at the cuts. One told the Y ...": a bare "One" opening its
        sentence right after a sentence that opens with a quantified plural of people
        (``part_quantifiers``: "some", "many", "several" ...) and names no person or body is one
        of those unnamed people, an anonymous source (round 55). Not "One wonders" after anything
        else (the writer's generic "one"), nor after named people (the corpus may tell which)."""
        if self._words(item.speaker).lower() != "one" or item.speaker[0] != item.sentence[0]:
            return False
        before = [s for s in self.sentences if s.end <= item.sentence[0]]
        if not before:
            return False
        last = before[-1]
        low, high = bisect.bisect_left(self.starts, last.start), bisect.bisect_left(self.starts, last.end)
        if any(self.mentions[i].label in (_PERSON, "ORG", "OUTLET") for i in range(low, high)):
            return False
        quantifiers = "|".join(re.escape(q) for q in sorted(self.lexicon.part_quantifiers - {"one"}, key=len, reverse=True))
        group = re.match(rf"\s*(?:{quantifiers})\s+(?:[\w-]+\s+){{0,2}}?(?P<plural>[a-z-]+s)\b",
                         self.text[last.start:last.end], re.IGNORECASE)
        return group is not None and self._people_noun(group.group("plural")[:-1])

    def _people_noun(self, lemma: str) -> bool:
        """A noun of people ("directors", "supporters", "rivals"), not of things ("minutes",
        "tactics", "institutions"): a person noun of coref, an anonymous source's, or an agent noun."""
        lemma = lemma.lower()
        return (self.coref.lexicon.kind_of_noun(lemma) == "person" or lemma in self.lexicon.anonymous_nouns
                or re.search(r"(?:er|or|ist|ant|ent|ian|al)$", lemma) is not None) and not self._thing_noun(lemma)

    def _tied_person(self, item: Found) -> bool:
        """ "X ally", "an ally of X", "X's son": the head names someone by a tie to the person
        named in the phrase; that person is not the speaker."""
        head = self._words(item.speaker_head)
        return head[:1].islower() and item.speaker_lemma.lower() in self.lexicon.relation_nouns

    def _tie_of(self, item: Found, named: int) -> bool:
        """ "an ally of X", "a close associate of the jailed tycoon X": the name is the other end
        of a tie the phrase names before it."""
        mention = self.mentions[named]
        if not item.speaker[0] <= mention.start < item.speaker[1]:
            return False
        before = self.text[item.speaker[0]:mention.start]
        return any(word in self.lexicon.relation_nouns or word.rstrip("s") in self.lexicon.relation_nouns
                   for word in _TIE.findall(before))

    def _member(self, item: Found, role: Span | None) -> Speaker | None:
        """A speaker phrase whose ``role`` word is a lower-case noun of a person and which holds
        a name besides ("the Sale full-back", "a Kell ally", "an ally of Ana Kell"): a person of
        that body, or close to that person, not the name itself — the person the document
        introduced with that noun ("full-back Jo Pike") for a definite phrase, else unresolved."""
        if role is None or not self._words(role)[:1].islower():
            return None
        noun = self._words(role).lower()
        if self.coref.lexicon.kind_of_noun(noun) != "person" \
                and self.coref.lexicon.kind_of_noun(item.speaker_lemma) != "person":
            return None
        body = self._mention_in(item.speaker, _AUTHOR_LABELS)
        if body is None or self.mentions[body].start <= role[0] < self.mentions[body].end:
            return None
        first = self._words(item.speaker).split()[0].lower()
        if item.speaker_plural:
            return Speaker(None, True, self._group(body), plural=True)
        if first in self.coref.lexicon.determiners:
            described = self.coref.description(noun, item.speaker[0], kind="person")
            if described is not None and self.mentions[described].key != self.mentions[body].key:
                return Speaker(described, False)
        named_next = self._lead_cataphora(item)
        if named_next is not None:  # "The Danish minister at the centre of the row says ... | Lars Holm"
            return Speaker(named_next, False)
        apposed = self._apposed_name(item)
        if apposed is not None:  # "The head of the X's board, Ana Ruiz, said": she is named after
            return Speaker(apposed, False)
        return Speaker(None, first in ("a", "an", "one"), self._group(body))

    def _demonym_person(self, item: Found, named: int) -> bool:
        """ "the Scot", "the Frenchman": one person described by the people he belongs to (a NORP
        mention as the whole of a definite singular phrase), not the people."""
        words = self._words(item.speaker).split()
        mention = self.mentions[named]
        # a word of the table names one person whatever the model calls it ("New Zealander": ORG)
        people = mention.label == "NORP" or mention.text.lower() in self.coref.lexicon.person_demonyms
        if not people or item.speaker_plural or words[0].lower() != "the" \
                or mention.end != item.speaker[1]:
            return False
        between = self.text[item.speaker[0] + len(words[0]):mention.start].split()
        if between and all(_AGE.fullmatch(w) for w in between):
            return True  # "the 24-year-old Swiss": an age makes even a collective word one person
        # "the French", "the Swiss", "the Japanese" name the whole people, not one person
        collective = words[-1].lower().endswith(("sh", "ch", "ss", "ese"))
        # "the Scot", and two-word peoples (round 38): "the New Zealander", "the South African"
        return len(words) in (2, 3) and len(mention.text.split()) == len(words) - 1 and not collective \
            and mention.start == item.speaker[0] + len(words[0]) + 1

    def _national(self, item: Found, named: int, previous: Sequence[Claim]) -> Speaker:
        """ "the Scot admitted" (``named``: the people's word): the one person the story states
        is of that people before it ("Scottish X", "X (Scotland)": coref.nationals); with none
        stated, the one the paragraph is quoting (as for a "he"), else the one person the story
        is about (``coref.focus_person``), unless the story states he is of another people ("Swiss
        X" is no "the American"). Two people stated of it: none, either may be meant."""
        word = re.sub(r"^[Tt]he\s+", "", self.mentions[named].text)
        at = item.speaker[0]
        stated = self.coref.nationals(word, at)
        if stated:
            return Speaker(stated[0], False) if len(stated) == 1 and stated[0] is not None \
                else Speaker(None, False, named)  # two of that people (one untagged): either
        person = self._pronoun("person", item, previous)
        found = person.mention if person.mention is not None else self.coref.focus_person(at)
        if found is None or not self.coref.is_person(self.mentions[found]) \
                or self.coref.other_national(found, word, at):
            return Speaker(None, False, named)
        return person if person.mention is not None else Speaker(found, False)

    def _object_of_role(self, item: Found, named: int) -> bool:
        """The name is what a lower-case noun of a person before it is of ("an ally of Ana
        Kell", "a friend of the minister"), not an apposition ("spokesman for sport Jo Pike")."""
        mention = self.mentions[named]
        if not item.speaker[0] <= mention.start < item.speaker[1]:
            return False
        before = self.text[item.speaker[0]:mention.start]
        match = re.search(r"\b([a-z][\w'’-]*)\s+(of|to|for)\s+(?:the\s+)?((?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\.?\s+)?$",
                          before)
        if match is not None and match.group(2) == "for":
            # round 39: "a spokesman for Michael Howard" speaks for him and is not him (the name
            # right after "for"; "spokesman for sport Jo Pike" has the portfolio between); a
            # person's name by an honorific or a full name ("a spokeswoman for Bat" may be a firm's)
            person = match.group(3) is not None or len(mention.text.split()) > 1
            return person and match.group(1) in self.lexicon.body_speaker_nouns
        return match is not None and self.coref.lexicon.kind_of_noun(match.group(1)) == "person"

    def _group(self, index: int) -> int | None:
        return index if self.mentions[index].label in _GROUP_LABELS else None

    def _role_word(self, item: Found) -> Span | None:
        """The phrase's last word when the parse headed it with a name before it ("the Sale
        full-back" headed by "Sale"): the noun the phrase is really about."""
        words = list(re.finditer(r"[\w'’-]+", self._words(item.speaker)))
        if not words or item.speaker_head is None or item.speaker_head[1] >= item.speaker[0] + words[-1].start():
            return None
        last = words[-1]
        return (item.speaker[0] + last.start(), item.speaker[0] + last.end())

    def _country_modifier(self, item: Found) -> int | None:
        """The country whose adjective or name modifies a common noun that heads the speaker
        phrase and names no organ of that state ("US computer security organisations"): the
        speaker is someone of that country, not the country."""
        head = self._words(item.speaker_head)
        lemma = item.speaker_lemma.lower()
        if not head[:1].islower() or lemma in self.lexicon.state_nouns or self._thing_noun(lemma):
            return None
        inside = self._mention_in(item.speaker, _AUTHOR_LABELS)
        if inside is None or self.mentions[inside].label not in ("GPE", "NORP") \
                or self.mentions[inside].end > item.speaker_head[0]:
            return None
        if self._mention_in(item.speaker, ("PERSON", "ORG", "OUTLET")) is not None:
            return None  # "the NBC network": a named body speaks
        return inside

    def _thing_noun(self, lemma: str) -> bool:
        """A document, a statement or a proposal ("Argentina's offer implies"): the owner's own
        words, so the owner speaks."""
        return lemma in self.lexicon.document_nouns or lemma in self.lexicon.statement_nouns \
            or lemma in self.lexicon.proposal_nouns

    def _possessor(self, item: Found, labels: Sequence[str] = ("ORG", "GPE", "NORP", "OUTLET")) -> int | None:
        """The body named as the owner of a common noun that heads the speaker phrase ("England's
        fly-half", "the club's new signing"): that noun is someone of the body, who speaks, not
        the body. Not a document, outlet or unit of it ("the BBC's report", "the firm's bank")."""
        head = self._words(item.speaker_head)
        lemma = item.speaker_lemma.lower()
        if not head[:1].islower() or self._thing_noun(lemma) or lemma in self.lexicon.outlet_nouns \
                or self.coref.lexicon.kind_of_noun(lemma) == "group":
            return None
        owner = self._mention_in(item.speaker, labels)
        if owner is None or self.mentions[owner].end > item.speaker_head[0]:
            return None
        after = self.text[self.mentions[owner].end:self.mentions[owner].end + 2]
        return owner if after in ("'s", "’s") else None

    def _apposed_name(self, item: Found) -> int | None:
        """ "A crestfallen France coach, Bernard Laporte, observed", "One of the men, X, said":
        the person named in an apposition right after a speaker phrase that names nobody."""
        inside = self._mention_in(item.speaker, (_PERSON,))
        if item.speaker_plural or (inside is not None and not self._possessive_after(inside)
                                   and not self._name_in_title(item, inside)) \
                or self._unlinked_name(item):
            return None  # a named speaker ("Dana Kell, the minister, said") has its own name
        # round 55: "the chair of the X Task Force (XTF), Ana Ruiz, says": the body's letters in
        # brackets close the phrase; the apposition starts after them
        bracketed = _BRACKETED.match(self.text, item.speaker[1])
        gap_start = bracketed.end() if bracketed is not None else item.speaker[1]
        at = self._past_title_mentions(bisect.bisect_left(self.starts, gap_start))
        if at >= len(self.mentions):
            return None
        # "The firm, Paion, said", "Mr X's company, software giant Y, hopes": a body's name
        # after a noun of groups; a person's name after anything else
        # "The tour's sponsor, Mercedes, said": a noun of no person may be a body's too
        kind = self.coref.lexicon.kind_of_noun(item.speaker_lemma)
        group = kind == "group" or (kind is None and item.speaker_lemma.lower() not in self.lexicon.anonymous_nouns
                                    and item.speaker_lemma.lower() not in self.lexicon.relation_nouns)
        if not group:  # ", former Kessel finance chief Ana Ruiz,": the title's body is no apposed name
            at = self._past_titled_body(item, at)
        if self.mentions[at].label != _PERSON and not (group and self.mentions[at].label in ("ORG", "OUTLET")) \
                and not (kind == "person" and self._personal_name(at, item.speaker_lemma)):
            return None
        between = self.text[gap_start:self.mentions[at].start]
        after = self.text[self.mentions[at].end:self.mentions[at].end + 1]
        # ", Y," or ", software giant Y,": the name with a lower-case title of its own; the
        # closing comma may be missing right before the verb ("The head of X, Ana Ruiz warned")
        # an auxiliary may stand before the cue ("The head of X, Ana Ruiz QC has warned")
        closed = after == "," or self._dash_apposed(at) or self._short_form_closed(item, at) \
            or (item.cue[0] >= self.mentions[at].end
                and _AUXILIARY_GAP.fullmatch(self.text[self.mentions[at].end:item.cue[0]])) \
            or self._closes_inverted(item, at) \
            or _suffix_closed(self.text[self.mentions[at].end:self.mentions[at].end + 8]) \
            or _PLACE_CLOSED.match(self.text, self.mentions[at].end) is not None
        return at if (_apposition_gap(between) or self._titled_gap(between)) and closed else None

    def _short_form_closed(self, item: Found, index: int) -> bool:
        """ "Tamsk's biggest oil firm, Kessel Petroleum Corp (KPC), says": after a noun of
        ``named_body_nouns`` an organisation's apposed name may carry its letters in brackets
        before the closing comma (round 66). A person's name is left to the rules above."""
        if item.speaker_lemma.lower() not in self.lexicon.named_body_nouns or self.mentions[index].label != "ORG":
            return False
        bracketed = _BRACKETED.match(self.text, self.mentions[index].end)
        return bracketed is not None and self.text[bracketed.end():bracketed.end() + 1] == ","

    def _past_title_mentions(self, at: int) -> int:
        """The first mention from ``at`` that is more than a run of titles: the model may tag "Rt
        Rev Dr" of ", the Rt Rev Dr Ana Ruiz," as a name of its own, right before the name."""
        while at + 1 < len(self.mentions) and _only_titles(self.mentions[at].text) \
                and not self.text[self.mentions[at].end:self.mentions[at + 1].start].strip():
            at += 1
        return at

    def _name_in_title(self, item: Found, inside: int) -> bool:
        """ "Kessel Hardie chairwoman, Ana Ruiz, said": a name the model typed a person modifies a
        lower-case noun of a person that closes the phrase (a firm's or a person's title, "Blair
        aide"); it is no speaker's own name, and an apposed name may still be the speaker's."""
        tail = self.text[self.mentions[inside].end:item.speaker[1]].split()
        if not tail or not all(re.fullmatch(r"[a-z][a-z-]*", w) for w in tail):
            return False
        noun = tail[-1]
        lexicon = self.coref.lexicon
        return noun in lexicon.person_nouns or noun in lexicon.role_nouns or noun in lexicon.holder_nouns \
            or noun in lexicon.focus_nouns or noun in lexicon.any_post_nouns

    def _past_titled_body(self, item: Found, at: int) -> int:
        """The person after a body named inside an apposed title (", former Kessel finance chief Ana
        Ruiz,"): the body is the title's, the person the apposed name; ``at`` otherwise."""
        person = at + 1
        if self.mentions[at].label == _PERSON or person >= len(self.mentions) \
                or self.mentions[person].label != _PERSON:
            return at
        return person if self._titled_gap(self.text[item.speaker[1]:self.mentions[person].start]) else at

    def _titled_gap(self, between: str) -> bool:
        """A comma and a title of up to four words that may hold capitalised words (a body's name)
        when a lower-case noun of a person closes it (", former Kessel finance chief "): the name
        after it is apposed to the speaker phrase as with a lower-case title."""
        match = _TITLED_APPOSITION.fullmatch(between)
        if match is None:
            return False
        noun = between.split()[-1].lower() if between.split() else ""
        lexicon = self.coref.lexicon
        # round 59: or a trade only a person bears (", US playwright ": entity_rules person_nouns_before)
        return noun[:1].islower() and between.split()[-1][:1].islower() and (
            noun in lexicon.person_nouns or noun in lexicon.role_nouns or noun in lexicon.holder_nouns
            or noun in lexicon.focus_nouns or noun in lexicon.any_post_nouns or noun in _person_trades())

    def _closes_inverted(self, item: Found, index: int) -> bool:
        """ '"...," said Norvex spokeswoman, Ana Ruiz.': after an inverted cue the apposed name
        may close the sentence instead of a second comma; it is still the speaker's name."""
        end = self.mentions[index].end
        return item.cue[1] <= item.speaker[0] and end <= item.sentence[1] \
            and not self.text[end:item.sentence[1]].strip(" .!?\"'’”")

    def _personal_name(self, index: int, lemma: str = "") -> bool:
        """ "The director of the film, Vinod Pande, says" where the model labelled the name a body:
        two or three capitalized words, none a noun of a body ("Kessel Group"), no place or people
        label; after a noun of a person, such an apposition is that person. Since round 59 a
        middle initial ("Ana M Ruiz") and, after a family noun (``kin_nouns``: "His mother, Ana,
        said"), one given name: a relative is often named by that alone."""
        mention = self.mentions[index]
        words = mention.text.split()
        given = r"[A-Z][a-z]+(?:['’-][A-Za-z]+)?"
        shaped = all(re.fullmatch(given, w) for w in words[::len(words) - 1 or 1]) \
            and all(re.fullmatch(given + r"|[A-Z]\.?", w) for w in words[1:-1])
        one_given = len(words) == 1 and lemma.lower() in self.coref.lexicon.kin_nouns
        return (mention.label in ("ORG", "FAC", "WORK_OF_ART", "PRODUCT") and (2 <= len(words) <= 3 or one_given)
                and shaped and not any(self.coref.lexicon.kind_of_noun(w) for w in words))

    def _possessive_after(self, index: int) -> bool:
        """ "Mr Gates' company", "Ana Ruiz's firm": the name owns the speaker phrase's head."""
        return self.text[self.mentions[index].end:self.mentions[index].end + 2] in ("'s", "’s", "' ", "’ ")

    def _unnamed_people(self, item: Found) -> bool:
        """ "his agent", "environmentalists", "respondents": a common noun of people that names
        nobody the document names — an unnamed source. Not a description of a named person or
        body ("the minister", "the company": coref's nouns), nor a document or a pronoun."""
        head = self._words(item.speaker_head)
        lemma = item.speaker_lemma
        opens_sentence = item.speaker_head[0] == item.sentence[0]  # "Prosecutors claim ...": capital by place
        # "backbench MPs", "some MPs": capitals of initials. A bare "MPs have said" opening a story
        # is a committee's report the next sentence names, and "the MPs" points back at it
        words = self._words(item.speaker).split()
        initials = self._title_initials(head) and len(words) > 1 and words[0].lower() not in _DEFINITE
        plural = item.speaker_plural or (initials and head.lower().endswith("s"))
        if not (head[:1].islower() or opens_sentence or initials) or lemma in self.lexicon.pronouns \
                or lemma in self.lexicon.document_nouns:
            return False
        if lemma.lower() in self.lexicon.pair_nouns and self._words(item.speaker).split()[0].lower() in _DEFINITE:
            return False  # "the pair denied the charges": the two the article named
        if self.coref.is_seeded_body(self._words(item.speaker)):
            return False  # "Tories say": a party by its everyday name, no unnamed people
        if lemma.lower() == "one" and self._one_of_people(item):
            # "one of the losing bidders": one unnamed person of a described set
            return not self._named_soon(item)
        kind = self.coref.lexicon.kind_of_noun(lemma)
        # "anti-fraud organisations", "unions at the plant": bodies never named; "the unions",
        # "both firms" point back at named ones
        unnamed_groups = kind == "group" and plural and \
            self._words(item.speaker).split()[0].lower() not in _DEFINITE
        # "a local councillor", "one disgruntled backbencher": one person introduced, not named
        one_person = kind == "person" and not plural and words[0].lower() in _ONE_PERSON_OPENERS
        if (kind is not None and not (kind == "person" and plural) and not unnamed_groups and not one_person) \
                or lemma in self.lexicon.not_people:
            return False
        if one_person and self._named_soon(item):
            return False  # "A judge claimed ... | Judge Ana Ruiz said": named, not anonymous
        named = self._mention_in(item.speaker, _AUTHOR_LABELS)
        # "analysts at X", "unions at X": people of a named body, themselves unnamed
        return named is None or self.mentions[named].start >= item.speaker_head[1]

    def _named_soon(self, item: Found) -> bool:
        """ "One of the bidders, steel maker X, said", "A judge claimed ... | Judge Ana Ruiz
        said": a description of one person (or body) the text names right away — a name between
        the phrase and its cue (an apposition the name rules missed), the next sentence naming a
        person under the phrase's own noun ("Judge X"), or the story's lead, whose description the
        sentences after name (round 53: all five read). Named somewhere, so no anonymous source."""
        if self._paragraph(item.speaker[0]) <= 2:
            return True  # the lead: "A Dorset MP believes ... | Dorset's Ana Ruiz has said"
        if item.speaker[1] < item.cue[0] and _NAMED_APPOSITION.fullmatch(self.text, item.speaker[1], item.cue[0]):
            return True
        head = re.escape(self._words(item.speaker_head))
        start, end = self._next_sentence(item.sentence[1])
        titled = re.compile(r"\b" + head + r"\s+(?:[A-Z][\w'’.-]*\s+){0,3}$", re.IGNORECASE)
        return any(m.label == _PERSON and start <= m.start < end and titled.search(self.text, start, m.start)
                   for m in self.mentions[bisect.bisect_left(self.starts, start):bisect.bisect_left(self.starts, end)])

    def _one_of_people(self, item: Found) -> bool:
        """ "one of the losing bidders", "one of her aides", "one of the reporters who ...": "one of"
        a determined plural noun of people (``_ONE_OF_SET``), with no person or body named in
        the phrase — one person the story describes but does not name. Not "one of them" (the
        pronoun rules' work), nor "one of the drawbacks" (a thing)."""
        found = _ONE_OF_SET.match(" ".join(self._words(item.speaker).lower().split()))
        if found is None or self._mention_in(item.speaker, _AUTHOR_LABELS) is not None:
            return False
        word = found.group("plural")
        lemma = word[:-3] + "y" if word.endswith("ies") else word[:-1]
        return self._counted_noun(word, lemma)

    def _title_initials(self, head: str) -> bool:
        """ "MPs", "MEPs": a title's initials (headline_person_initials), one or more, capital by
        spelling: a common noun of people as "analysts" is, no name ("backbench MPs said")."""
        word = head.lower()
        return word in self.lexicon.headline_person_initials or (
            word.endswith("s") and word[:-1] in self.lexicon.headline_person_initials)

    def _capitalized_name(self, item: Found) -> bool:
        """ "The Observer", "Guardian": a capitalized head is a name, not an unnamed source."""
        head = self._words(item.speaker_head)
        if self._title_initials(head):
            return False  # "Labour MPs": capitals of initials, a noun of people
        if len(head) > 1 and head.isupper():
            return True  # "PENCE:", "NATO said": a name in capitals, never a common noun
        return head[:1].isupper() and item.speaker_head[0] != item.speaker[0]

    def _referred(self, item: Found) -> int | None:
        """The named actor a speaker phrase without a name of its own stands for: a bare surname
        ("Wenger" -> Arsene Wenger) or a definite description ("the minister", "the group")."""
        head = self._words(item.speaker_head)
        if head[:1].isupper() and head.lower() not in self.lexicon.pronouns and not self._capitalized_noun(item):
            named = self.coref.name(head, item.cue[0])
            if named is None:
                named = self._same_name(self._words(item.speaker))
            if named is None:  # "Tories say": the party the document names otherwise
                named = self.coref.seeded_body(self._words(item.speaker), item.cue[0])
            return named if named is not None else self.coref.acronym(head, item.cue[0])
        words = self._words(item.speaker).lower().split()
        if (len(words) >= 2 and words[0] in self.coref.lexicon.determiners and not item.speaker_plural
                and self._mention_in(item.speaker, (_PERSON,)) is None and not self._owned(item)):
            # "the online bank Cahoot": a phrase naming its own body is that body, not the story's firm
            own_name = self._mention_in(item.speaker, ("ORG", "OUTLET")) is not None
            if item.speaker_lemma.lower() in self.coref.lexicon.government_nouns:
                if self._mention_in(item.speaker, _AUTHOR_LABELS) is not None:
                    return None  # "the Iraqi government", "the government in Kabul": that place's
                return self.coref.government(item.speaker_lemma, item.speaker[0])
            title = self._title(item)  # "the French president" is not "President X" of elsewhere
            if self.coref.is_office(title) and self.coref.lexicon.kind_of_noun(item.speaker_lemma) == "person":
                # "the prime minister": introduced as "Prime Minister X", not "deputy prime minister X"
                # nor "former prime minister X"
                found = self.coref.description(title, item.speaker[0], kind="person", holder=True)
                return found if found is not None else self._named_title(item, title)
            found = self._statement_author(item) if not own_name else None
            if found is None:
                found = self.coref.description(item.speaker_lemma, item.speaker[0], salient=not own_name)
            if found is None and not own_name:
                found = self._spoken_firm(item)
            if found is None and not own_name:
                found = self._firm_before_content(item)
            if found is None and self.coref.is_focus_noun(self.text[item.speaker[0]:item.speaker_head[1]]):
                # "the actor", "the 67-year-old" introduced nobody: the person just talked about
                found = self.coref.focus_person(item.speaker[0])
            return found
        return None

    def _firm_before_content(self, item: Found) -> int | None:
        """ "Kessel Foods expects ... Prices must rise to meet what Ana Ruiz has asked, the firm
        claims": a body's description after what it says. The names in the content are talked
        about, yet they are the "other name in the sentence" that makes the lookup doubt; asked
        again from where the content begins, the firm the story is about answers (not one the
        content itself names)."""
        if item.content is None or item.content[1] > item.speaker[0] \
                or self.coref.lexicon.kind_of_noun(item.speaker_lemma) != "group":
            return None
        found = self.coref.description(item.speaker_lemma, item.content[0])
        if found is None:
            found = self._spoken_firm(item, item.content[0])
        if found is None or self._firm_in_content(found, item):
            return None
        return found

    def _firm_in_content(self, found: int, item: Found) -> bool:
        """The firm is named in what is said (by its name's first word: "Menatep" for "Menatep
        Group", which a mention may not key so): talked about, not speaking."""
        first = self.mentions[found].text.split()[0]
        return re.search(rf"\b{re.escape(first)}\b", self._words(item.content)) is not None

    def _spoken_firm(self, item: Found, at: int | None = None) -> int | None:
        """ "The company said" with no firm dominating the story's count: the one firm that
        spoke before (``coref.spoken_firm``), by the named speakers of the claims so far."""
        at = item.speaker[0] if at is None else at
        spoke = frozenset(i for s in self.speakers.values() if not s.anonymous
                          for i in (s.group or (s.mention,)) if i is not None)
        found = self.coref.spoken_firm(at, item.speaker_lemma, spoke)
        if found is None:  # "Group X has agreed to pay ... after the firm said": the one firm named
            found = self.coref.sole_firm(at, item.speaker_lemma)
        if found is None or item.content is None:
            return found
        # "X said ... But the company said it will sue X": a firm named in what is said is
        # talked about, another firm (one the finder missed) speaks
        return None if self._firm_in_content(found, item) else found

    def _capitalized_noun(self, item: Found) -> bool:
        """ "The Judge wrote": a noun of a person capitalized after "the" (as a title is), no
        name: a description like "the judge" (not "the Executive", a governing body)."""
        head = self._words(item.speaker_head)
        words = self._words(item.speaker).lower().split()
        return (len(words) >= 2 and words[0] in self.coref.lexicon.determiners and head[:1].isupper()
                and self._mention_at(item.speaker_head) is None
                and head.lower() not in self.coref.lexicon.capitalized_bodies
                and self.coref.lexicon.kind_of_noun(head) == "person")

    def _statement_author(self, item: Found) -> int | None:
        """ "In a statement from Valdor announcing the cuts, the company denied": a sentence that
        opens with a document of one named body, by or from it, and goes on with "the company"
        (a noun of the story's firm) as the subject right after that phrase: that body speaks."""
        if item.speaker_lemma.lower() not in self.coref.lexicon.salient_nouns:
            return None
        start = self.coref.sentence_start(item.speaker[0])
        start += len(self.text[start:item.speaker[0]]) - len(self.text[start:item.speaker[0]].lstrip())
        opening = self.text[start:item.speaker[0]]
        match = _STATEMENT_OPENING.match(opening)
        if match is None or match.group("noun").lower().rstrip("s") not in self.lexicon.document_nouns:
            return None
        at = start + match.start("author")
        bodies = [i for i, m in enumerate(self.mentions) if start <= m.start and m.end <= item.speaker[0]
                  and m.label in _AUTHOR_LABELS]
        if len(bodies) != 1 or not at <= self.mentions[bodies[0]].start <= at + 4 \
                or self.mentions[bodies[0]].label not in ("ORG", "OUTLET"):
            return None  # "In a letter from X to Y, the firm": two names, either may be meant
        return bodies[0]

    def _named_title(self, item: Found, title: str) -> int | None:
        """ "the Tory leader" for "Tory leader Ana Ruiz", where "Tory" is a mention of its own that
        the title before the name does not take in: the person introduced with the rest of the
        title, with the name words right before that title ("President X" is no "French president")."""
        names = [w for w in re.finditer(r"\S+", self.text[item.speaker[0]:item.speaker_head[0]])
                 if self._mention_at((item.speaker[0] + w.start(), item.speaker[0] + w.end())) is not None]
        if not names:
            return None
        bare = " ".join(w for w in title.split() if w not in {n.group(0).lower() for n in names})
        found = self.coref.description(bare, item.speaker[0], kind="person", holder=True)
        if found is None:
            return None
        before = self.text[max(0, self.mentions[found].start - 40):self.mentions[found].start].lower()
        return found if re.search(rf"\b{re.escape(' '.join(title.split()))}\s+(?:(?:mr|mrs|ms|dr|sir)\.?\s+)?$",
                                  before) else None

    def _title(self, item: Found) -> str:
        """The words of a definite description from after its determiner to its head, lower
        case ("the prime minister" -> "prime minister", "the French president" -> "french
        president"); the head's lemma when words other than a title's come between ("the man's
        lawyer")."""
        words = self.text[item.speaker[0]:item.speaker_head[1]].split()[1:]
        if not words or len(words) > 3 or any(not re.fullmatch(r"[A-Za-z-]+", w) for w in words):
            return item.speaker_lemma.lower()
        return " ".join(words[:-1] + [item.speaker_lemma]).lower()

    def _office(self, item: Found) -> bool:
        """ "the prime minister", "the chancellor", "the Tory leader": one specific person
        described by the one office he holds, never an anonymous source."""
        words = self._words(item.speaker).lower().split()
        return (not item.speaker_plural and len(words) >= 2 and words[0] == "the"
                and item.speaker_head[1] == item.speaker[1] and self.coref.is_office(self._title(item)))

    def _focus(self, item: Found) -> bool:
        """ "the actor", "the 67-year-old": one specific person described by what he is."""
        words = self._words(item.speaker).lower().split()
        return (not item.speaker_plural and len(words) >= 2 and words[0] == "the"
                and self.coref.is_focus_noun(self.text[item.speaker[0]:item.speaker_head[1]]))

    def _continuing(self, item: Found) -> bool:
        """ "X said ... However, the Norland coach added that": a definite description of one
        person ("the coach", not "his coach") as the subject of a cue that goes on with what was
        said before (``continuation_cues``): the one who spoke before, though the description is
        no focus noun (a role may be anyone's: only "added" tells it is the same speaker)."""
        words = self._words(item.speaker).lower().split()
        return (item.cue_lemma in self.lexicon.continuation_cues and not item.speaker_plural
                and len(words) >= 2 and words[0] == "the" and item.speaker_head[1] == item.speaker[1]
                and self.coref.lexicon.kind_of_noun(item.speaker_lemma) == "person" and not self._owned(item))

    def _other_role(self, claim: Claim, noun: str) -> bool:
        """The claim's speaker phrase gives its speaker a noun of a person other than ``noun``
        ("Defence lawyer X" for "the judge")."""
        words = re.findall(r"[a-z][a-z-]*", (claim.speaker_text or "").lower())
        return any(w != noun and self.coref.lexicon.kind_of_noun(w) == "person" for w in words)

    def _earlier_document(self, item: Found, previous: Sequence[Claim]) -> int | None:
        """ "A report by the audit office found ... The report also said": a definite document
        phrase is the nearest earlier document claim of the same noun, and has its author; None
        when that one has no author, or an unnamed one of the noun came in since ("a second
        report"). Else, for a noun of findings (``research_nouns``), when every earlier document
        with an author has the same one, a body or a person, and the last is a document of
        findings too ("says a study ... the report by X ... The study calls for"), that author:
        the story's one document, named by more than one noun."""
        words = self._words(item.speaker).lower().split()
        if not words or words[0] not in self.coref.lexicon.determiners or item.speaker_plural:
            return None
        noun = re.compile(rf"\b{re.escape(item.speaker_lemma.lower())}s?\b")
        earlier = [c for c in previous if c.kind == "document" and c.cue_span and c.cue_span[0] < item.cue[0]]
        for claim in reversed(earlier):
            if not noun.search((claim.speaker_text or "").lower()):
                continue
            author = self.speakers[id(claim)].mention
            end = max(claim.cue_span[1], claim.speaker_span[1] if claim.speaker_span else 0)
            if self.coref.unnamed_rival(item.speaker_lemma, end, item.speaker[0]):
                return None
            if author is not None:
                return author
            break
        if item.speaker_lemma.lower() not in self.lexicon.research_nouns:
            return None  # "the book", "the statement": no other noun names it
        authors = [self.speakers[id(c)].mention for c in earlier if self.speakers[id(c)].mention is not None]
        if len({self.mentions[a].key for a in authors}) != 1:
            return None  # no authored document before, or two authors: either may be meant
        last = next(c for c in reversed(earlier) if self.speakers[id(c)].mention is not None)
        if self.mentions[authors[-1]].label not in ("ORG", "OUTLET", "PERSON") \
                or not any(w in self.lexicon.research_nouns for w in re.findall(r"[a-z]+", (last.speaker_text or "").lower())):
            return None  # "a US report", "the club's statement": a place, or no document of findings
        return None if self.coref.unnamed_rival(item.speaker_lemma, last.cue_span[1], item.speaker[0]) else authors[-1]

    def _possessive_maker(self, item: Found) -> int | None:
        """ "The X Association said ... According to its estimate, ...", "Y, director at Z, said
        its figures suggested": a document phrase opened by a body's possessive word
        (``document_owner_words``) is the document of the one body named (outside quotes) from
        the sentence before up to the phrase; or, the phrase under a preposition opening its
        sentence ("In its latest report, the X cut ..."), of the body opening the clause right
        after it. None for two bodies (either may own it), for "their" past a person's name
        (people own things too), and for "In its ..." whose clause opens with no body ("In its
        report, the regulator said": the regulator's, not a body named before)."""
        words = self._words(item.speaker).lower().split()
        if not words or words[0] not in self.lexicon.document_owner_words:
            return None
        own = self.coref.sentence_start(item.speaker[0])
        subject = self._clause_body_after(item)
        if subject is not None:  # the clause's subject owns the document it opens with
            return subject
        if _OPENING_PREPOSITION.fullmatch(self.text, own, item.speaker[0]):
            return None  # "In its report, the regulator said": the clause's own subject, unnamed here
        before = self.coref.sentence_start(max(own - 1, 0))
        low, high = bisect.bisect_left(self.starts, before), bisect.bisect_left(self.starts, item.speaker[0])
        named = [i for i in range(low, high) if not self.coref.in_quote(self.mentions[i].start)]
        bodies = [i for i in named if self._body_mention(i)]
        if len({self.mentions[i].key for i in bodies}) != 1:
            return None
        if words[0] == "their" and any(self.mentions[i].label == _PERSON and i not in bodies for i in named):
            return None
        return bodies[-1]

    def _clause_body_after(self, item: Found) -> int | None:
        """The body mention opening the clause right after a document phrase that opens its
        sentence under a preposition ("In its latest report, the X cut ...", "According to its
        accounts, X said ..."); None for any other phrase or subject."""
        own = self.coref.sentence_start(item.speaker[0])
        if not (_OPENING_PREPOSITION.fullmatch(self.text, own, item.speaker[0])
                or re.fullmatch(r"\s*according\s+to\s+", self.text[own:item.speaker[0]], re.IGNORECASE)):
            return None
        after = re.compile(r"\s*,\s*(?:the\s+)?").match(self.text, item.speaker[1])
        if after is None:
            return None
        at = bisect.bisect_left(self.starts, after.end())
        if at < len(self.mentions) and self.mentions[at].start == after.end() and self._body_mention(at):
            return at
        return None

    def _sole_document_maker(self, item: Found, previous: Sequence[Claim]) -> int | None:
        """Round 68: "a new book claims ... | The book, by journalist X, says", "X's new book ... The
        new book claims": a singular document phrase of a determiner, at most two lower-case
        words and its noun (``document_nouns``) is the one document of that noun the story names
        a maker of (:meth:`_document_makers`). The maker counts before the phrase, after it in
        its own paragraph, or later as "the <noun>, by X" going back to an "a <noun>" phrase.
        None for two makers (or one joined to another), for another one of the noun brought in
        ("another report", "a second book"), and for an unnamed one between maker and phrase."""
        noun = self._lone_document_noun(item)
        if noun is None or any(c.start <= item.speaker[0] < c.end for c in previous):
            return None  # "He said the video implied ...": his reading of it, not its maker's words
        makers = self._document_makers(noun)
        if not makers or None in makers or len({self.mentions[i].key for i in makers}) != 1:
            return None
        if re.search(rf"\b(?:another|a\s+second|a\s+separate|an\s+earlier|a\s+previous|other)\s+"
                     rf"(?:[\w'’-]+\s+){{0,2}}?{noun}\b", self.text, re.IGNORECASE):
            return None  # two documents of the noun: which one this is, the text may not say
        opening = self._words(item.speaker).split()[0].lower()
        before = [i for i in makers if self.mentions[i].end <= item.speaker[0]]
        if before and opening not in ("a", "an"):  # "a <noun>" brings in a new one: not one named before
            last = before[-1]
            return None if self.coref.unnamed_rival(noun, self.mentions[last].end, item.speaker[0]) else last
        after = [i for i in makers if self.mentions[i].start >= item.speaker[1]]
        if not after:
            return None
        first = after[0]
        if self._paragraph(self.mentions[first].start) == self._paragraph(item.speaker[0]):
            return first
        back = re.search(rf"\bthe\s+{noun}\b[^.!?]*$", self.text[self.coref.sentence_start(self.mentions[first].start):
                                                                self.mentions[first].start], re.IGNORECASE)
        if opening in ("a", "an") and back is not None \
                and not self.coref.unnamed_rival(noun, item.speaker[1], self.mentions[first].start):
            return first  # "a new book says ... | The book, by X, ...": the one brought in here
        return None

    def _lone_document_noun(self, item: Found) -> str | None:
        """The head noun, escaped for a pattern, of a phrase "a / an / the / this / that", at most
        two lower-case words and a singular document noun ("a new book", "the report"); None
        for any other phrase (a name, a possessive or a "by" in it is another rule's reading)."""
        lemma = (item.speaker_lemma or "").lower()
        if item.speaker_plural or lemma not in self.lexicon.document_nouns:
            return None
        words = " ".join(self._words(item.speaker).split())
        if re.fullmatch(rf"(?i:an?|the|this|that)\s+(?:[a-z][\w-]*\s+){{0,2}}?{re.escape(lemma)}", words) is None:
            return None
        return re.escape(lemma)

    def _document_makers(self, noun: str) -> list[int | None]:
        """Story-wide, outside quotes, in text order: the bodies and people named as making a
        document of the noun — "the book, by journalist X", "a report by X", "the paper, <Title>,
        written by X" (``maker_participles``; the last name of the "by" phrase: "by the Y
        newspaper's writer X" is X's) — or owning one ("X's new book": up to two lower-case
        words between). None in the list for a maker joined to another ("by X and Y") or a
        place or people ("a report by US researchers" is nobody named)."""
        made = "|".join(sorted((re.escape(v).replace(r"\ ", r"\s+") for v in self.lexicon.maker_participles),
                               key=len, reverse=True)) or "(?!)"
        # "the book, Kessel Days, by X": a title of capitalised words may stand between
        by_phrase = re.compile(rf"\b(?i:{noun})s?,?\s+(?:(?:[A-Z][\w'’-]*\s+){{1,6}}?)?,?\s*(?i:(?:{made})\s+)?by\s+$")
        found: list[int | None] = []
        for match in re.finditer(r"\bby\s+", self.text):
            if by_phrase.search(self.text, max(0, match.start() - 80), match.end()) is None \
                    or self.coref.in_quote(match.start()):
                continue
            run = self._by_phrase_names(match.end())
            if run:
                found.append(run[0] if len(run) == 1 else None)
        owned = re.compile(rf"['’]s\s+(?:[a-z][\w-]*\s+){{0,2}}?{noun}\b")
        for index, mention in enumerate(self.mentions):
            if mention.label in ("PERSON", "ORG", "OUTLET") and not self.coref.in_quote(mention.start) \
                    and owned.match(self.text, mention.end) and not re.search(
                        r"(?:\band|&)\s+$", self.text[max(0, mention.start - 6):mention.start]):
                found.append(index)
        return sorted(found, key=lambda i: -1 if i is None else self.mentions[i].start) \
            if None not in found else [None]

    def _by_phrase_names(self, at: int) -> list[int]:
        """The maker a "by" phrase starting at ``at`` names: its first name after at most four
        describing words ("by the think-tank X"), or the person a body's name and a role word
        lead to ("by Daily Y writer X": X); two when "and" / "&" / "with" / "for" joins a second
        name ("by X for Y": made for another); none when the name is a place or a people
        ("by US researchers": nobody named) or no name opens the phrase."""
        lead = re.match(r"(?:[\w'’.-]+\s+){0,4}?", self.text[at:at + 80])
        index = bisect.bisect_left(self.starts, at)
        if index >= len(self.mentions) or lead is None:
            return []
        first = self.mentions[index]
        if re.fullmatch(r"(?:[\w'’.-]+\s+){0,4}", self.text[at:first.start]) is None:
            return []
        run = [index]
        while run[-1] + 1 < len(self.mentions):
            gap = self.text[self.mentions[run[-1]].end:self.mentions[run[-1] + 1].start]
            role = re.fullmatch(r"(?:['’]s)?\s+(?:[a-z][\w-]*(?<![sd])(?<!ing)\s+){1,2}", gap) \
                and self.mentions[run[-1] + 1].label == _PERSON
            joined = re.match(r"\s*(?:,\s*)?(?:and|with|for|&|on\s+behalf\s+of)\s+(?:[\w'’.-]+\s+){0,4}$", gap)
            if not (role or joined):
                break
            if joined:
                return [run[-1], run[-1] + 1]
            run.append(run[-1] + 1)
        last = run[-1]
        return [last] if self.mentions[last].label in ("PERSON", "ORG", "OUTLET") else []

    def _pointed_noun(self, item: Found) -> str | None:
        """The head noun of a singular phrase that points back ("the/that/this statement"),
        escaped for a pattern; None for any other speaker phrase."""
        words = self._words(item.speaker).lower().split()
        if not words or words[0] not in ("the", "that", "this") or item.speaker_plural:
            return None
        return re.escape(item.speaker_lemma.lower())

    def _pointed_records(self, item: Found) -> str | None:
        """The head word of "the figures", "the data", "the minutes": records named by a plural
        (or mass) noun (``lead_figure_nouns``, ``made_record_nouns``) that point back to the ones
        the text brought in with their maker; escaped for a pattern. None for any other phrase."""
        words = self._words(item.speaker).lower().split()
        records = self.lexicon.lead_figure_nouns | self.lexicon.made_record_nouns
        if len(words) != 2 or words[0] != "the" or words[1] not in records:
            return None
        return re.escape(words[1])

    def _statement_giver(self, item: Found, previous: Sequence[Claim]) -> int | None:
        """ "In a statement, the party said X. 'Y,' said the statement": a definite document
        phrase with no earlier document claim of its own is the one a recent claim's named
        speaker gave, when that claim's sentence says so ("in a statement", "in its letter",
        "issued a statement"); only with the claims since it going on by pronoun ("it said")."""
        noun = self._pointed_noun(item)
        if noun is None:
            return None
        given = re.compile(rf"\b(?:in|issued|released|published|sent)\s+(?:a|an|its|his|her|their|the)\s+"
                           rf"(?:[\w'’-]+\s+)?{noun}\b", re.IGNORECASE)
        earlier = [c for c in previous if c.cue_span and c.cue_span[0] < item.cue[0]]
        for claim in reversed(earlier[-_REPORTED_REACH:]):
            speaker = self.speakers[id(claim)]
            start = self.coref.sentence_start(min(claim.start, claim.cue_span[0]))
            end = max(claim.end, claim.cue_span[1], claim.speaker_span[1] if claim.speaker_span else 0)
            if given.search(self.text, start, end + 40) and self._paragraph(start) >= self._paragraph(item.cue[0]) - 1:
                named = speaker.mention is not None and not speaker.anonymous and not speaker.group
                return speaker.mention if named else None
            if (claim.speaker_text or "").lower() not in self.lexicon.pronouns:
                return None  # another source spoke since
        return None

    def _issued_before(self, item: Found) -> int | None:
        """ "Kessel issued a statement on Monday. | The statement said ...": a definite document
        phrase ("the statement", "the letters") is the one named actor's that, as the subject right
        before a verb of putting out (``document_issuing_verbs``) or as its possessor ("Kessel's
        letter"), brought in a document of the same noun in the sentence before, outside quotes.
        None for two such issuers or two such documents, for a quote of anyone's between
        that sentence and the phrase, and for an unnamed one of the noun since ("a new
        statement")."""
        noun = self._pointed_document(item)
        if noun is None or not self.lexicon.document_issuing_verbs:
            return None
        here = self.coref.sentence_start(item.speaker[0])
        if here == 0:
            return None
        before = self.coref.sentence_start(here - 1)
        verbs = "|".join(sorted((r"\s+".join(map(re.escape, v.split())) for v in self.lexicon.document_issuing_verbs),
                                key=len, reverse=True))
        issued = re.compile(rf"\s+(?:has\s+|have\s+|had\s+|also\s+)*(?:{verbs})\s+(?:a|an|its|his|her|their|the)\s+"
                            rf"(?:[\w'’-]+\s+){{0,2}}?{noun}s?\b(?!\s+(?:by|from|of)\b)", re.IGNORECASE)
        owned = re.compile(rf"['’]s?\s+(?:[\w'’-]+\s+){{0,2}}?{noun}s?\b", re.IGNORECASE)
        if len(re.findall(rf"\b{noun}s?\b", self.text[before:here], re.IGNORECASE)) != 1:
            return None  # no document of the noun there, or two of them
        givers = []
        for index in range(bisect.bisect_left(self.starts, before), bisect.bisect_left(self.starts, here)):
            mention = self.mentions[index]
            if mention.label not in _MAKER_LABELS or self.coref.in_quote(mention.start):
                continue
            window = min(here, mention.end + 80)
            found = issued.match(self.text, mention.end, window) or owned.match(self.text, mention.end, window)
            if found is not None and _JOINED_BEFORE.search(self.text, max(before, mention.start - 12), mention.start):
                return None  # "X and Y issued a statement": joint issuers, not the last one alone
            if found is not None:
                givers.append((index, found.end()))
        if len({self.mentions[i].key for i, _ in givers}) != 1:
            return None
        giver, document_end = givers[-1]
        if self._quote_between(giver, item):
            return None
        # "a new statement" since the issued one: another document of the noun
        return None if self.coref.unnamed_rival(item.speaker_lemma, document_end, item.speaker[0]) else giver

    def _pointed_document(self, item: Found) -> str | None:
        """The head noun of "the/that/this <document noun>", singular or plural ("the adverts"),
        escaped for a pattern, in its singular; None for any other phrase."""
        words = self._words(item.speaker).lower().split()
        if len(words) != 2 or words[0] not in ("the", "that", "this"):
            return None
        return re.escape(item.speaker_lemma.lower())

    def _quote_between(self, giver: int, item: Found) -> bool:
        """Whether a quotation mark stands between the giver's name and the document phrase,
        outside the phrase's own content: someone's words came in between."""
        start, end = self.mentions[giver].end, item.speaker[0]
        between = self.text[start:end]
        if item.content is not None and start <= item.content[0] < end:
            between = self.text[start:item.content[0]]
        return any(mark in between for mark in "\"“”")

    def _authored_before(self, item: Found) -> int | None:
        """ "Sales will fall, predicts the report by retail group X. ... The report also says":
        a definite document phrase whose noun the text introduced before with its author, "by"
        or "from" a name (after at most three lower-case words: "by telecoms giant X"), as the
        subject of a verb of making ("X released figures") or of saying in it ("X says in a
        report": :meth:`_spoken_in`), though no claim was read there; the nearest such, unless an
        unnamed one of the noun came since. "The figures" points back as "the report" does."""
        noun = self._pointed_noun(item) or self._pointed_records(item)
        if noun is None:
            return None
        introduced = re.compile(rf"\b{noun}s?\s+(?:(?:published|issued|released|commissioned)\s+)?(?:by|from)\s+"
                                rf"(?:the\s+)?(?:[a-z][\w'’-]*\s+){{0,3}}$", re.IGNORECASE)
        # "A separate survey by X found ... The poll of 2,000 people found": another noun of
        # findings for the same study, only from the sentence before or this one
        findings = "|".join(sorted(re.escape(n) for n in self.lexicon.research_nouns))
        kin = re.compile(rf"\b(?:{findings})s?\s+(?:(?:published|issued|released|commissioned|carried\s+out|conducted)\s+)?"
                         rf"(?:by|from)\s+(?:the\s+)?(?:[a-z][\w'’-]*\s+){{0,3}}$", re.IGNORECASE) \
            if item.speaker_lemma.lower() in self.lexicon.research_nouns else None
        here = self.coref.sentence_start(item.speaker[0])
        near = self.coref.sentence_start(here - 1) if here > 0 else 0
        # "X conducted an online survey of 900 teachers": X made it, as subject of a verb of making;
        # a plural needs no determiner ("X released figures on Monday")
        made = re.compile(rf"\s+(?:has\s+|had\s+|also\s+)?(?:conducted|carried\s+out|ran|undertook|published|released)\s+"
                          rf"(?:(?:a|an|its|their|the)\s+)?(?:[\w'’-]+\s+){{0,3}}?{noun}\b", re.IGNORECASE)
        spoken_in = self._spoken_in(noun)
        for index in range(bisect.bisect_left(self.starts, item.speaker[0]) - 1, -1, -1):
            mention = self.mentions[index]
            if mention.label not in _AUTHOR_LABELS or self.coref.in_quote(mention.start):
                continue
            making = (made.match(self.text, mention.end, min(len(self.text), mention.end + 80))
                      or (spoken_in.match(self.text, mention.end, min(len(self.text), mention.end + 80))
                          if spoken_in is not None else None)) \
                if mention.label != "GPE" else None
            akin = kin is not None and mention.start >= near and kin.search(self.text, max(0, mention.start - 80), mention.start)
            if introduced.search(self.text, max(0, mention.start - 80), mention.start) or making or akin:
                # the rival is one brought in after this one ("X conducted an online survey" is it)
                unnamed = self.coref.unnamed_rival(item.speaker_lemma, making.end() if making else mention.end,
                                                   item.speaker[0])
                return None if unnamed else index
        return None

    def _spoken_in(self, noun: str) -> re.Pattern[str] | None:
        """ "X says in a report, ...", "X said in its latest annual report that ...": the subject
        of a verb of saying (``document_giver_verbs``) whose words stand "in" its document of the
        noun put it out, as much as one that "published" it; not "in a report by Y" or "from Y"
        (Y's work, which X only cites)."""
        if not self.lexicon.document_giver_verbs:
            return None
        verbs = "|".join(sorted(map(re.escape, self.lexicon.document_giver_verbs), key=len, reverse=True))
        return re.compile(rf"\s*,?\s+(?:has\s+|have\s+|had\s+|also\s+)?(?:{verbs})\s+in\s+(?:a|an|its|their)\s+"
                          rf"(?:[\w'’-]+\s+){{0,3}}?{noun}\b(?!\s+(?:by|from)\b)", re.IGNORECASE)

    def _speaking_body(self, item: Found, previous: Sequence[Claim]) -> int | None:
        """ "The Fund said growth would slow. '...,' the report said": a definite document phrase
        no earlier text introduces is what the body speaking just before put out: the last
        earlier claim's organisation, named there (not "they", which may be others: "a study for
        X and Y ... They indicated ... The research indicated"), in the same paragraph, with no other body or person
        named (outside quotes) since and no unnamed one of the noun ("a new report"); not after a
        document of its own ("a report by X said ... The book says": another document)."""
        if self._pointed_noun(item) is None:
            return None
        # the last source named: "X are expected to ..." (no speaker phrase) is the reporter's
        earlier = [c for c in previous if c.cue_span and c.cue_span[0] < item.cue[0] and c.speaker_span]
        if not earlier:
            return None
        claim, speaker = earlier[-1], self.speakers[id(earlier[-1])]
        if claim.kind == "document" or speaker.mention is None or speaker.anonymous or speaker.group \
                or ((claim.speaker_text or "").lower() in self.lexicon.pronouns
                    and not self._body_goes_on(claim, speaker, earlier)) \
                or not self._body_mention(speaker.mention) \
                or (self.mentions[speaker.mention].label in ("ORG", "OUTLET") and self.coref.named_person(speaker.mention)) \
                or self._paragraph(claim.cue_span[0]) != self._paragraph(item.cue[0]):
            return None
        since = self._after_claim(claim)
        low, high = bisect.bisect_left(self.starts, since), bisect.bisect_left(self.starts, item.speaker[0])
        if any(self.mentions[i].label == _PERSON and not self.coref.in_quote(self.mentions[i].start)
               for i in range(low, high)) or self._other_body_between(claim, item, speaker) \
                or self.coref.unnamed_rival(item.speaker_lemma, since, item.speaker[0]):
            return None
        return speaker.mention

    def _maker_stated(self, item: Found, previous: Sequence[Claim]) -> int | None:
        """ "The survey showed ... The survey was carried out by consultancy group X": a definite
        document of findings (``research_nouns``) is the one the story says, anywhere outside
        quotes, who made — "<noun> was conducted / carried out / compiled by X", "X, which
        carried out the survey", "X conducted the survey" (``maker_verbs``) — or, with no maker
        named, who it was made for ("commissioned by X", "X, which commissioned the survey":
        ``commission_verbs``). One body or person only: two named ("by X and Y", a maker here and
        another there), or another document of the nouns brought in unnamed, give none."""
        if self._pointed_noun(item) is None or item.speaker_lemma.lower() not in self.lexicon.research_nouns:
            return None
        makers = self._stated_authors(self.lexicon.maker_verbs)
        if not makers:
            makers = self._stated_authors(self.lexicon.commission_verbs)
        if None in makers or len({self.mentions[i].key for i in makers}) != 1:
            return None
        authors = {self.mentions[self.speakers[id(c)].mention].key for c in previous
                   if c.kind == "document" and self.speakers[id(c)].mention is not None}
        if authors - {self.mentions[makers[0]].key}:
            return None  # another document's author before: "the survey" may be that one
        nouns = "|".join(sorted(re.escape(n) for n in self.lexicon.research_nouns))
        if re.search(rf"\b(?:another|a\s+second|a\s+separate|an\s+earlier|a\s+previous|other)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{nouns})\b",
                     self.text, re.IGNORECASE):
            return None  # two documents of findings: which one the maker made, the text may not say
        return makers[0]

    def _meeting_holder(self, item: Found, previous: Sequence[Claim]) -> int | None:
        """Round 58: "The vote went 7-2 in X's rate-setting body, the minutes show",
        "Minutes of the December meeting showed that policy-makers at X are worried": the record
        of a meeting (``meeting_record_nouns`` heading the phrase, no name in it) is the one body
        (ORG) its own sentence names outside quotes; with none named there ("the minutes added"),
        the holder an earlier record of the story was given. None for two bodies in the sentence
        (whose meeting it was, the text may not say), for a phrase with a name of its own (the
        document rules read "X's minutes") and for one inside another speaker's words."""
        head = self._words(item.speaker_head).lower() if item.speaker_head else ""
        if head not in self.lexicon.meeting_record_nouns or self._mention_in(item.speaker, _AUTHOR_LABELS) is not None:
            return None
        if any(c.start <= item.speaker[0] < c.end for c in previous):
            return None  # "He said the minutes seemed to ...": his reading of them, not theirs
        low, high = bisect.bisect_left(self.starts, item.sentence[0]), bisect.bisect_left(self.starts, item.sentence[1])
        bodies = [i for i in range(low, high) if self.mentions[i].label == "ORG"
                  and not self.coref.in_quote(self.mentions[i].start)]
        if bodies:
            return bodies[0] if len({self.mentions[i].key for i in bodies}) == 1 else None
        records = [c for c in previous if c.cue_span and c.cue_span[0] < item.cue[0] and id(c) in self.speakers
                   and any(w in self.lexicon.meeting_record_nouns for w in re.findall(r"[a-z]+", (c.speaker_text or "").lower()))]
        if not records:
            return None
        speaker = self.speakers[id(records[-1])]
        return speaker.mention if speaker.mention is not None and not speaker.group else None

    def _titled_maker(self, item: Found) -> int | None:
        """Round 58: "The X research found ... The report reveals", "X's Paying the Price report said
        ... The report said": a definite document of findings (``research_nouns``) no other rule
        gave an author is the story's one document of these nouns that a name before it, outside
        quotes, owns by name (:meth:`_titled_makers`). None when two bodies own one each (either
        may be meant), when one is joined to another ("the X and Y survey") or when an unnamed
        one of the nouns came in since ("a new report")."""
        if self._pointed_noun(item) is None or item.speaker_lemma.lower() not in self.lexicon.research_nouns:
            return None
        makers = self._titled_makers(item.speaker[0])
        if not makers or None in makers or len({self.mentions[i].key for i in makers}) != 1:
            return None
        last = makers[-1]
        if any(self.coref.unnamed_rival(noun, self.mentions[last].end, item.speaker[0]) for noun in self.lexicon.research_nouns):
            return None
        return last

    def _titled_makers(self, before: int) -> list[int | None]:
        """The bodies and people named before offset ``before`` (outside quotes) right ahead of a
        document noun of findings, as its owner: "X's report", "X's Paying the Price report" (a
        title of capitalised words and ``title_joiners``), "the X research" (the noun right after
        the name). A name inside another one's title ("Price" there) is the title's, and a name
        that only ends another found one ("Future" of "Forum for the Future", cut by the model) is
        that one; None in the list for a name joined to another ("the X and Y survey"). A news
        outlet's poll or survey is left out: the paper may only have bought it."""
        if not self.lexicon.research_nouns:
            return []
        nouns = "|".join(sorted(re.escape(n) for n in self.lexicon.research_nouns))
        joiners = "|".join(sorted(re.escape(w) for w in self.lexicon.title_joiners)) or "(?!)"
        owned = re.compile(rf"(?:['’]s\s+(?:(?:[A-Z][\w'’-]*|{joiners})\s+){{0,5}}?|\s+)(?:{nouns})\b")
        found: list[tuple[int, int]] = []
        for index in range(bisect.bisect_left(self.starts, before)):
            mention = self.mentions[index]
            if mention.label not in ("PERSON", "ORG", "OUTLET") or mention.end > before \
                    or self.coref.in_quote(mention.start):
                continue
            match = owned.match(self.text, mention.end, before)
            if match is None or (mention.label == "OUTLET" and re.search(r"\w+$", match.group()).group().lower()
                                 in self.lexicon.poll_nouns):
                continue  # "the Gazette poll": a paper's poll may be one it only bought (_poll_maker)
            found.append((index, match.end()))
        kept = [(i, end) for i, end in found
                if not any(j != i and self.mentions[j].end <= self.mentions[i].start < stop for j, stop in found)]
        names = {i: " " + self.mentions[i].text for i, _ in kept}
        kept = [(i, end) for i, end in kept
                if not any(j != i and len(name) > len(names[i]) and name.endswith(names[i]) for j, name in names.items())]
        return [None if self._joined_to_another(i) else i for i, _ in kept]

    def _report_in_outlet(self, item: Found) -> int | None:
        """Round 63: "Shares rose on a weekend press report that ... | ... declined to comment on the
        report in the Sunday Y": an unnamed report ("a report", "reports", "a press report": head
        "report", no name, no determiner but "a"/"an") is the one outlet the next two sentences
        name as holding a report ("the report in the Y", "A report by the Y claimed":
        ``outlet_report_preps``), outside quotes. None for two outlets ("the reports in the A and
        the B"), for another unnamed document of ``research_nouns`` brought in before it ("a new
        survey": that one may be meant), and for a report named in a quote."""
        words = self._words(item.speaker).lower().split()
        if item.speaker_proper or item.speaker_lemma.lower() != "report" \
                or not (words[0] in ("a", "an") or self._undetermined(item)) \
                or self._mention_in(item.speaker, _AUTHOR_LABELS) is not None:
            return None
        _, first_end = self._next_sentence(item.sentence[1])
        _, end = self._next_sentence(first_end)
        held = self._outlets_holding_report(item.sentence[1], end)
        if held is None or len({self.mentions[i].key for i in held}) != 1:
            return None
        at = self.mentions[held[0]].start
        if any(self.coref.unnamed_rival(noun, item.sentence[1], at) for noun in self.lexicon.research_nouns):
            return None
        return held[0]

    def _outlets_holding_report(self, start: int, end: int) -> list[int] | None:
        """The outlets named between ``start`` and ``end`` (outside quotes) right after "the / a
        report(s) in / by (the)"; None when one is joined to another ("in the A and B")."""
        preps = "|".join(sorted(re.escape(p) for p in self.lexicon.outlet_report_preps)) or "(?!)"
        holding = re.compile(rf"\b(?:the|a)\s+reports?\s+(?:{preps})\s+(?:the\s+)?$", re.IGNORECASE)
        found = []
        for index in range(bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)):
            mention = self.mentions[index]
            if mention.label != "OUTLET" or self.coref.in_quote(mention.start) \
                    or not holding.search(self.text[max(start, mention.start - 40):mention.start]):
                continue
            if re.match(r"\s+and\s+(?:the\s+)?[A-Z]", self.text[mention.end:end]):
                return None  # "the reports in the A and B": joint, neither alone
            found.append(index)
        return found

    def _plaintiff(self, item: Found) -> int | None:
        """ "Actor X is suing studio Y ... The lawsuit said", "X filed the suit ... the lawsuit
        states": a definite lawsuit (``lawsuit_nouns``) says what the one who brought it says,
        the plaintiff the story names (outside quotes) as the subject of a verb of suing
        (``suing_verbs``) or of filing a lawsuit (``filing_verbs``), or after "sued by" /
        "lawsuit filed by". None when the story names two plaintiffs (a counter-suit, "X and Y
        are suing": either may be meant) or none ("a US woman is suing": unnamed, null is right);
        a defendant ("X agreed to settle a lawsuit", "X was sued") is never read as one. Round 58:
        "her lawsuit" (a possessive word) is the one plaintiff's too: a suit is its bringer's."""
        words = self._words(item.speaker).lower().split()
        owned = bool(words) and words[0] in _OWNER_WORDS  # round 58: "Her lawsuit ... said": the plaintiff's
        if (self._pointed_noun(item) is None and not owned) or item.speaker_lemma.lower() not in self.lexicon.lawsuit_nouns:
            return None
        found = self._plaintiffs()
        if None in found or len({self.mentions[i].key for i in found}) != 1:
            return None
        return found[0]

    def _plaintiffs(self) -> list[int | None]:
        """The names the text states brought a lawsuit, in text order; None in the list for one
        joined to another ("X and Y are suing", "sued by X and Y")."""
        if not self.lexicon.suing_verbs or not self.lexicon.lawsuit_nouns:
            return []
        suing = "|".join(sorted(map(re.escape, self.lexicon.suing_verbs), key=len, reverse=True))
        filing = "|".join(sorted(map(re.escape, self.lexicon.filing_verbs), key=len, reverse=True))
        suits = "|".join(sorted(map(re.escape, self.lexicon.lawsuit_nouns), key=len, reverse=True))
        # the name right before the verb: "X is suing", "X, which has sued", "X filed a $2m lawsuit";
        # never a passive ("X is sued", "X has been sued": "is" only before an -ing form) nor "X sued by Y"
        active = re.compile(rf"\s*,?\s+(?:(?:which|who)\s+)?(?:(?:also|now|then|later)\s+)?"
                            rf"(?:(?:is|are|was|were)\s+(?:also\s+|now\s+)?(?=\w+ing\b)|(?:has|have|had)\s+(?:also\s+|now\s+)?)?"
                            rf"(?:(?:{suing})\b(?!\s+by\b)|(?:{filing})\s+(?:a|an|the|its|his|her|their)\s+"
                            rf"(?:[\w$£€'’.,-]+\s+){{0,3}}?(?:{suits})\b)", re.IGNORECASE)
        passive = re.compile(rf"\b(?:(?:{suing})|(?:{suits})\s+(?:(?:{filing})\s+)?)(?:[\w$£€'’.,()-]+\s+){{0,3}}?by\s+(?:the\s+)?$",
                             re.IGNORECASE)
        # a headline drops the passive's auxiliary ("Singer X sued over ..." is X sued): not read
        title = title_line(self.text)
        body = title[1] if title else 0
        found: list[int | None] = []
        for index, mention in enumerate(self.mentions):
            if mention.label not in _AUTHOR_LABELS or mention.label == "NORP" or mention.start < body \
                    or self.coref.in_quote(mention.start):
                continue
            start = self.coref.sentence_start(mention.start)
            by = passive.search(self.text, max(start, mention.start - 60), mention.start)
            if not (by or active.match(self.text, mention.end, min(len(self.text), mention.end + 120))):
                continue
            found.append(None if self._joined_to_another(index) else index)
        return found

    def _stated_authors(self, verbs: frozenset[str]) -> list[int | None]:
        """The names the text states made (or commissioned) a document of findings with one of
        ``verbs``; None in the list for a maker joined to another ("by X and Y")."""
        if not verbs:
            return []
        nouns = "|".join(sorted(re.escape(n) for n in self.lexicon.research_nouns))
        forms = "|".join(sorted((re.escape(v).replace(r"\ ", r"\s+") for v in verbs), key=len, reverse=True))
        lower = r"(?-i:(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,3})"
        passive = re.compile(rf"\b(?:{nouns})\b[^.;:!?\"“”]{{0,80}}?\b(?:(?:was|were|is|are|been|being)\s+)?"
                             rf"(?:[a-z]+ly\s+)?(?:{forms})\s+(?:[a-z]+ly\s+)?by\s+(?P<title>{lower})$", re.IGNORECASE)
        active = re.compile(rf"(?:\s*\([^()]*\))?\s*,?\s+(?:(?:which|who|that)\s+)?(?:has\s+|had\s+|also\s+)?(?:{forms})\s+"
                            rf"(?:the|its|this|their|his|her)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{nouns})\b", re.IGNORECASE)
        found: list[int | None] = []
        for index, mention in enumerate(self.mentions):
            if mention.label not in ("PERSON", "ORG", "OUTLET", "GPE") or self.coref.in_quote(mention.start) \
                    or self.text[:mention.start].rstrip().endswith("("):
                continue  # "X (XY) conducted it": the short name in brackets is X again
            start = self.coref.sentence_start(mention.start)
            by = passive.search(self.text, start, mention.start)
            if mention.label == "GPE" and not (by and self._body_noun_in(by.group("title"))):
                continue  # a place made nothing; "by consultancy group X", X typed a place, is a body
            if not (by or active.match(self.text, mention.end, min(len(self.text), mention.end + 120))):
                continue
            found.append(None if self._joined_to_another(index) else index)
        return found

    def _joined_to_another(self, index: int) -> bool:
        """The name is one of two or more doing it together ("by X and Y", "by X, together with
        Y", "X and Y are suing"): a joint document, neither alone."""
        mention = self.mentions[index]
        before, after = self.text[max(0, mention.start - 60):mention.start], self.text[mention.end:mention.end + 60]
        return bool(re.match(r",?\s+(?:and|&|(?:together|along|jointly)\s+with|in\s+(?:association|partnership)\s+with)\s+"
                             r"(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,3}[A-Z]", after)
                    or re.search(r"[A-Z][\w'’.-]*\s+(?:and|&)\s+(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,3}$", before))

    def _body_noun_in(self, words: str) -> bool:
        """A lower-case noun of a body (``body_description_nouns``) among ``words``: "consultancy
        group", "polling firm"."""
        return any(w in self.lexicon.body_description_nouns for w in re.findall(r"[a-z]+", words))

    def _body_goes_on(self, claim: Claim, speaker: Speaker, earlier: Sequence[Claim]) -> bool:
        """ "The Fund said growth would slow. It added that ... However, the report warned": an
        "it" claim goes on for the body when every claim back to one that names the body is an
        "it" given to that same body, all in the paragraph of ``claim`` ("they" may be others)."""
        if (claim.speaker_text or "").lower() != "it":
            return False
        key, paragraph = self.mentions[speaker.mention].key, self._paragraph(claim.cue_span[0])
        for before in reversed(earlier[:-1]):
            found = self.speakers[id(before)]
            if before.cue_span is None or self._paragraph(before.cue_span[0]) != paragraph \
                    or found.mention is None or found.group or self.mentions[found.mention].key != key:
                return False
            if (before.speaker_text or "").lower() != "it":
                return not found.anonymous and before.kind != "document"
        return False

    def _named_next(self, item: Found) -> int | None:
        """ "Prices rose, a report says. | The study, from the X Institute, ...": an unnamed
        document of findings ("a report", "new research": "a"/"an" or no determiner, no name in
        it) whose author the next sentence names: one body by or from which a document of these
        nouns comes ("A study by X", "Produced by X, the survey", "The X research"), or, in the
        story's lead only, one body as the subject of a verb of findings (``author_verbs``: "X
        said", "said analysts X", "according to X"). Elsewhere a body speaking next may be
        answering the report ("a survey. | The union said it agreed"): no author then.
        In the lead, when the next sentence names no body and no person (it goes on with the
        findings), the sentence after it is read the same way, but only with a verb no answer
        takes (``further_author_verbs``: "X predicts", "X estimates"; "X said" may answer)."""
        words = self._words(item.speaker).lower().split()
        lead = self._paragraph(item.speaker[0]) <= 2
        if self._lead_figures(item, lead):
            # "Government figures have confirmed a slowdown. | Prices rose 2%, the X Registry said":
            # the one body the next sentence gives the figures to; nothing further on
            found = self._next_authors(*self._next_sentence(item.sentence[1]), lead, self.lexicon.author_verbs)
            return found[0] if len({self.mentions[i].key for i in found}) == 1 else None
        if item.speaker_plural or item.speaker_proper or item.speaker_lemma.lower() not in self.lexicon.research_nouns \
                or not (words[0] in ("a", "an") or self._undetermined(item)):
            return None  # "the report", "its survey", "Ofcom's study": pointed back or owned
        start, end = self._next_sentence(item.sentence[1])
        found = self._next_authors(start, end, lead, self.lexicon.author_verbs)
        if not found and lead and not self._names_anyone(start, end):
            start, end = self._next_sentence(end)
            found = self._next_authors(start, end, lead, self.lexicon.further_author_verbs)
        if len({self.mentions[i].key for i in found}) != 1:
            return None  # none, or two bodies: either may have written it
        return found[0]

    def _lead_figures(self, item: Found, lead: bool) -> bool:
        """ "Government figures", "Official statistics" in the story's lead: plural figures
        (``lead_figure_nouns``) with no determiner, owner or name, whose maker the sentence after
        may name as the one body that "said" them."""
        head = self._words(item.speaker_head).lower() if item.speaker_head else ""
        return lead and item.speaker_plural and not item.speaker_proper and head in self.lexicon.lead_figure_nouns \
            and self._undetermined(item) and self._mention_in(item.speaker, _AUTHOR_LABELS) is None

    def _next_sentence(self, after: int) -> tuple[int, int]:
        """The span of the sentence that begins after offset ``after`` (the span may leave out
        the stop and the closing quote)."""
        start = after + len(self.text[after:]) - len(self.text[after:].lstrip(" .!?\"”’'\n"))
        stop = re.compile(r"[.!?][\"”’]?(?=\s|$)|\n").search(self.text, start)
        return start, stop.start() if stop else len(self.text)

    def _next_authors(self, start: int, end: int, lead: bool, verbs: frozenset[str]) -> list[int]:
        """The bodies the sentence ``start``-``end`` gives as a document's author (see
        :meth:`_authors_next`), a bracketed short form right after a found name left out
        ("the X Commission for Europe (XCE) said": one body, not two)."""
        low, high = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        found = [i for i in range(low, high) if self._named_author(i)
                 and not self.coref.in_quote(self.mentions[i].start) and self._authors_next(i, start, end, lead, verbs)]
        return [i for i in found if not any(self._bracketed_after(i, j) for j in found if j != i)]

    def _named_author(self, index: int) -> bool:
        """A mention that may be a body writing a report: an ORG or OUTLET, or a name the model
        typed otherwise that a firm's noun introduces right before it ("telecoms giant X",
        "market analysts X": ``author_body_nouns``) or that is a body elsewhere in the story."""
        mention = self.mentions[index]
        if self._body_mention(index):
            return True
        if mention.label not in (_PERSON, "GPE", "LOC") or self.coref.is_person(mention) and " " in mention.text:
            return False
        before = self.text[max(0, mention.start - 40):mention.start]
        nouns = "|".join(sorted(self.lexicon.author_body_nouns))
        return re.search(rf"(?i:\b(?:{nouns}))\s+$", before) is not None

    def _bracketed_after(self, short: int, name: int) -> bool:
        """Whether mention ``short`` is the bracketed short form written right after the name
        ``name`` ("the X Commission (XC)"; words of its name the model left out may stand between)."""
        before = self.text[self.mentions[name].end:self.mentions[short].start]
        return self.mentions[name].end <= self.mentions[short].start and \
            re.fullmatch(r"(?:\s+(?:of|for|and|the|in|on|[A-Z][\w'’-]*))*\s*\(", before) is not None \
            and self.text[self.mentions[short].end:self.mentions[short].end + 1] == ")"

    def _names_anyone(self, start: int, end: int) -> bool:
        """Whether the sentence ``start``-``end`` names a body or a person (outside quotes; a
        firm the model typed a place counts, as for :meth:`_named_author`)."""
        low, high = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        return any((self.mentions[i].label in (_PERSON, "ORG", "OUTLET") or self._named_author(i))
                   and not self.coref.in_quote(self.mentions[i].start) for i in range(low, high))

    def _authors_next(self, index: int, start: int, end: int, lead: bool, verbs_of: frozenset[str]) -> bool:
        """The body ``index`` of the sentence ``start``-``end`` is given as a document's author
        there (see :meth:`_named_next`); never one joined to another ("from X and Y": a joint
        report, neither alone)."""
        mention = self.mentions[index]
        before, after = self.text[start:mention.start], self.text[mention.end:end]
        if re.match(r"\s+and\s+(?:the\s+)?[A-Z]", after) or re.search(r"[A-Z][\w'’.-]*\s+and\s+(?:the\s+)?$", before):
            return False
        nouns = "|".join(sorted(self.lexicon.research_nouns))
        # "by telecoms giant X", "said market analyst X": lower-case words only, whatever the flags
        lower = r"(?-i:(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,3})$"
        # round 58: "a report by <Place> think-tank X": one capitalised place word may open the lower-case
        # words after "by" when a body noun follows it (a place or people alone, "by Tamsk
        # researchers", is never a body: the found name must be one, :meth:`_named_author`)
        placed = r"(?-i:(?:the\s+)?(?:[A-Z][\w.]*\s+(?=[a-z]))?(?:[a-z][\w'’-]*\s+){1,3})$"
        documents = re.compile(rf"\b(?:{nouns})\b", re.IGNORECASE)
        if documents.search(self.text, start, end) and (
                re.search(rf"\b(?:{nouns})\b[^.;:]{{0,40}}?\b(?:by|from)\s+(?:{lower}|{placed})", before, re.IGNORECASE)
                or re.search(rf"\b(?:produced|compiled|conducted|undertaken|commissioned|published)\s+by\s+{lower}", before, re.IGNORECASE)
                or re.match(rf"\s+(?:{nouns})\b", after, re.IGNORECASE)):
            return True
        if not lead:
            return False
        verbs = "|".join(sorted(verbs_of))
        # round 63: "X news agency reported": an outlet's kind noun (``outlet_kind_nouns``) may stand
        # between its name and the verb
        kinds = "|".join(sorted(re.escape(k).replace(r"\ ", r"\s+") for k in self.lexicon.outlet_kind_nouns))
        kind = rf"(?:\s+(?:{kinds}))?" if mention.label == "OUTLET" and kinds else ""
        # "the X Commission for Europe (XCE) said": words of the name the model left out, then its
        # short form in brackets; a bracketed short form itself closes with ")"
        return bool(re.match(rf"(?:(?:\s+(?:of|for|and|the|in|on|[A-Z][\w'’-]*))*\s*\([^)]*\)|\))?{kind}\s+(?:[a-z]+ly\s+)?(?:{verbs})\b", after)
                    or re.search(rf"\b(?:{verbs}|according\s+to)\s+{lower}", before, re.IGNORECASE))

    def _undetermined(self, item: Found) -> bool:
        """No determiner, possessive or number opens the phrase ("reports", "local press
        reports"; not "the reports", "his estimates", "two studies")."""
        first = self._words(item.speaker).split()[0].lower()
        return first not in self.coref.lexicon.determiners and first not in _DEFINITE \
            and first not in self.lexicon.pronouns and not re.match(r"\d", first) \
            and not re.search(r"['’]s?\s", self._words(item.speaker))

    def _owned(self, item: Found) -> bool:
        """ "the prime minister's official spokesman": a possessor before the head makes the phrase
        someone's employee or organ, not the person introduced with that noun elsewhere (a
        party's spokesman named earlier is another spokesman)."""
        before_head = self.text[item.speaker[0]:item.speaker_head[0]]
        owner = re.search(r"\w(?:'s|’s|s'|s’)\s", before_head)
        # "the world's biggest insurer", "the country's top bank": a rank, not an owner
        return owner is not None and _RANK.search(before_head[owner.end():]) is None

    def _pronoun(self, kind: str, item: Found, previous: Sequence[Claim]) -> Speaker:
        """ "he said" -> the last compatible speaker in the same paragraph, unless another person
        was named since (outside quotes) and is the nearer antecedent; else (for a person) the
        antecedent ``coref.pronoun`` gives in this paragraph or the one before; else the last
        named person (or group, or document) that spoke; else the antecedent anywhere before.
        Before all these, a "he"/"she" right after one person's claim who got no person actor is
        that person (:meth:`_last_speaker_holds`)."""
        word = self._words(item.speaker_head).lower()
        earlier = [c for c in previous if c.cue_span and c.cue_span[0] < item.cue[0]
                   and not (id(c) in self.speakers and self.speakers[id(c)].reported_before)]
        if kind == "document" and self._bare_name_spoke(item, earlier):
            # an older body is no safer guess for this "it"; the name itself is, when it spoke last
            return self._bare_firm_goes_on(item, earlier) or Speaker(None, False)
        opening = self._document_before(item, earlier) if kind == "document" else None
        if opening is not None:
            # "The survey looked at X. It found": the survey; its maker when the phrase or a
            # passive of making right after it names one body ("The X report looked at ...")
            return Speaker(self._maker_of_opening(opening), False)
        held = self._last_speaker_holds(word, item, earlier) if kind == "person" else None
        if held is not None and held.held == "back":
            # "The minister told delegates ... she said": a description that refers back may be
            # the person the rules find, when that person spoke before; not one only named
            # ("Club director X held talks. The former international added ... he said": not X)
            found = self._pronoun_rules(kind, word, item, earlier)
            if found.mention is not None and self._spoke_before(found.mention, earlier):
                return found
        if held is not None:  # "..., said one broker. He forecast": that broker, not an older speaker
            return held
        found = self._pronoun_rules(kind, word, item, earlier)
        if kind == "person" and found.mention is None and not found.anonymous and not found.group:
            # left null: the speaker just before goes on past a description of what she is
            return self._speaker_past_focus_description(word, item, earlier) or found
        return found

    def _last_person_speaker(self, word: str, item: Found, earlier: Sequence[Claim]) -> tuple | None:
        """(claim, speaker) of the claim just before, when ONE named person agreeing with the
        pronoun spoke it in this paragraph or the one before: the person a "she" may go on as."""
        if not earlier:
            return None
        last = earlier[-1]
        speaker = self.speakers[id(last)]
        if speaker.mention is None or speaker.group or speaker.plural or speaker.anonymous \
                or last.cue_span is None or self.mentions[speaker.mention].label != _PERSON \
                or self._paragraph(last.cue_span[0]) < self._paragraph(item.cue[0]) - 1 \
                or not self._compatible("person", speaker, last, word):
            return None
        return last, speaker

    def _speaker_past_focus_description(self, word: str, item: Found, earlier: Sequence[Claim]) -> Speaker | None:
        """ "Ana Ruiz insists she will stay. ¶ The 24-year-old striker has two years left. '...,'
        she said": the claim just before (this paragraph or the one before) was spoken by ONE
        person actor agreeing with the pronoun; since then the text (outside quotes and outside
        what she said) names nobody and describes one person only, by what that person is — an
        age, a trade, "the star" (``is_focus_noun``) — as the subject opening the nearest
        sentence. A reader takes the description for the speaker in focus and the pronoun for
        her. An office ("the minister") may be another holder, so it does not count; a person
        named or a second description since leaves the pronoun null."""
        found = self._last_person_speaker(word, item, earlier)
        if found is None:
            return None
        last, speaker = found
        start = self._after_speaker(last)
        end = min(item.speaker[0], item.content[0]) if item.content else item.speaker[0]
        described = self.coref.subject_description(start, item.cue[0])
        if described is None or not self.coref.is_focus_noun(described.group(0)) \
                or not start <= described.start() < end:
            return None
        if self._named_since(start, end, speaker.mention) \
                or self.coref.other_person_between(start, described.start(), speaker.mention, agreeing=word) \
                or self.coref.other_person_between(described.end(), end, speaker.mention, agreeing=word):
            return None
        return Speaker(speaker.mention, False)

    def _named_since(self, start: int, end: int, own: int) -> bool:
        """A person's mention between ``start`` and ``end``, outside quotes, other than the actor
        of mention ``own``: the pronoun may be that one."""
        low, high = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        return any(self.mentions[i].label == _PERSON and not self.coref.in_quote(self.mentions[i].start)
                   and not self._same_actor(i, own) for i in range(low, high))

    def _speaker_past_own_words(self, word: str, item: Found, earlier: Sequence[Claim]) -> Speaker | None:
        """ "Club captain Ana Ruiz says replacing Bo Lind will be easy. ¶ '...,' she said": the
        nearest sentence names two people and neither opens it, but one is the person who spoke
        the claim just before (this paragraph or the one before) and every other is named only in
        what she said — talked about, no rival — with nobody named since: she goes on. None
        otherwise (the pronoun stays undecided)."""
        found = self._last_person_speaker(word, item, earlier)
        if found is None or self._person_named_between(self._after_speaker(found[0]), item):
            return None
        last, speaker = found
        said = [tuple(p) for p in last.pieces] if last.pieces else [(last.start, last.end)]
        candidates = self.coref.nearest_candidates(word, item.cue[0])
        own = [i for i in candidates if self._same_actor(i, speaker.mention)]
        talked_about = [i for i in candidates if any(a <= self.mentions[i].start < b for a, b in said)]
        if not own or len(own) + len(talked_about) != len(candidates):
            return None
        return speaker

    def _spoke_before(self, index: int, earlier: Sequence[Claim]) -> bool:
        """The actor of mention ``index`` is the speaker of an earlier claim."""
        return any(self._same_actor(index, self.speakers[id(c)].mention) for c in earlier)

    def _pronoun_rules(self, kind: str, word: str, item: Found, earlier: Sequence[Claim]) -> Speaker:
        """The rules of :meth:`_pronoun` after the speaker just before (see there)."""
        paragraph = self._paragraph(item.cue[0])
        near = self.coref.pronoun("they" if kind == "group" else word, item.cue[0]) if kind != "document" else None
        if near is not None and kind == "person" and item.content is not None \
                and item.content[0] <= self.mentions[near].start < item.content[1] <= item.cue[0]:
            # "Mr X's government was bossy, he added": X, named in what is said, is talked about
            # (``_named_in_content``), no rival: the antecedent is looked up before the said words
            near = self.coref.pronoun(word, item.content[0])
        for claim in reversed(earlier):
            speaker = self.speakers[id(claim)]
            if self._paragraph(claim.cue_span[0]) == paragraph and self._compatible(kind, speaker, claim, word):
                if near is not None and self.mentions[near].start > claim.cue_span[1] and kind == "person" \
                        and not self._same_actor(near, speaker.mention) and not claim.start <= self.mentions[near].start < claim.end:
                    break  # "X said ... Y, the coach, was hurt. He added": Y is nearer (not a name X reported)
                if kind == "person" and self._rival_between(claim, item, speaker, word, earlier):
                    # "... the prime minister ... He said": not the earlier speaker; the person a
                    # description opening the nearest sentence stands for, when the document says
                    return Speaker(self.coref.described_subject(self._after_claim(claim), item.cue[0], word), False)
                subject = self._subject_over_nested(claim, speaker, word, earlier) if kind == "person" else None
                if subject is not None:
                    # "X backed Y's view that ... '...,' he told": the one who speaks is X, not Y
                    return Speaker(subject, False)
                if kind == "document" and self._other_body_between(claim, item, speaker):
                    # "a report by X ... Microsoft has ... It said": not X; the body the sentence
                    # before is about, when one opens it
                    return Speaker(self._subject_body(item), False)
                if kind == "group" and self._only_unnamed_plural_since(claim, item):
                    break  # the body named near the "they", if any (below)
                if self._quantified_people_since(kind, claim, item):
                    return Speaker(None, True)  # "X said ... Every activist I met said they": unnamed
                if self._other_people_since(kind, claim, item):
                    return Speaker(None, False)
                return speaker
        if kind == "person" and near is not None and self._paragraph(self.mentions[near].start) >= paragraph - 1:
            if self._told_of_by_unnamed(near, earlier):
                return Speaker(None, False)  # "X signed up, the comedian said. He said": not X
            reported = self._reported_in(near, earlier)
            if reported is not None and reported.speaker_span is not None:
                # "Mr X has failed, he claimed. ¶ The Tories, he said, ...": X is talked about;
                # the one who talked goes on, when known and a person
                reporter = self.speakers[id(reported)]
                if self._compatible(kind, reporter, reported, word):
                    return reporter
                if self._no_person_reporter(reported, reporter) \
                        and not self.coref.other_person_between(self.mentions[near].end, item.cue[0], near, agreeing=word):
                    # "The documentary showed Mr X telling ... On Tuesday, he told": what showed or
                    # what many said is no "he"; the one person it named is
                    return Speaker(near, False)
                if self._pronoun_in_same_words(near, item, reported) \
                        and not self._person_named_between(self.mentions[near].end, item):
                    # "The paper said Minister X had angered staff when he said ...": the "he" is
                    # inside the same reported words as X, and their reporter (a paper, a body, a
                    # woman) is no "he": X, talked about there, is who the words call "he"
                    return Speaker(near, False)
                return Speaker(None, False)
            return Speaker(near, False)  # no speaker yet in this paragraph: the person just named
        if kind == "person" and near is None and self.coref.undecided(word, item.cue[0]):
            # "X met Y in Leeds ... He said": not an older speaker either; but the speaker of the
            # claim just before goes on past a person named only in what that one said
            return self._speaker_past_own_words(word, item, earlier) or Speaker(None, False)
        subject = self._subject_body(item) if kind == "document" else None
        if subject is not None:  # "The X Corp could face a fine. Last week, it denied": X Corp
            return Speaker(subject, False)
        for claim in reversed(earlier):
            speaker = self.speakers[id(claim)]
            if self._government_state(claim, speaker):
                continue  # "the government said" a paragraph before: the state is no "it" that far
            if speaker.mention is not None and self._compatible(kind, speaker, claim, word):
                if kind == "person" and self._rival_between(claim, item, speaker, word, earlier):
                    return Speaker(self.coref.described_subject(self._after_claim(claim), item.cue[0], word), False)
                if kind == "group" and self._only_unnamed_plural_since(claim, item):
                    break  # "The Tories said ... Five unions met X ... They want": the body named near, if any
                if self._quantified_people_since(kind, claim, item):
                    return Speaker(None, True)  # "X said ... Every activist I met said they": unnamed
                if self._other_people_since(kind, claim, item):
                    return Speaker(None, False)
                return speaker
        if kind == "person":
            return Speaker(near, False)
        labels = ("ORG", "NORP") if kind == "group" else ("ORG", "OUTLET")  # a "they" is no outlet
        at = bisect.bisect_left(self.starts, item.cue[0])
        for index in range(at - 1, -1, -1):
            titled = kind == "document" and self._titled_body_near(index, item)
            if kind == "document" and self._bare_name(index) and not self._body_tagged_person(kind, index) \
                    and not titled and not self.coref.in_quote(self.mentions[index].start):
                return Speaker(None, False)  # "Zentrix needed cash. In May it warned": maybe Zentrix
            if kind == "document" and self._hearer_of(index, earlier):
                continue  # "The administrator told BBC News Online that ... It said": not the outlet told
            # "Britney" tagged a body: no "they" for her; "budget airline Kessmann" tagged a person
            # or a place: the airline, by the story's word
            if (self.mentions[index].label in labels or self._body_tagged_person(kind, index) or titled) \
                    and not self.coref.in_quote(self.mentions[index].start) \
                    and (titled or not self.coref.named_person(index)):
                if kind == "group" and self.coref.people_from(index):
                    return Speaker(None, True)  # "councillors from X agreed ... they said": unnamed people, not X
                if kind == "group" and self.coref.quantified_people_between(self.mentions[index].end, item.cue[0]):
                    return Speaker(None, True)  # "X won. Every activist I met said they ...": unnamed people
                if kind == "group" and self.coref.other_people_between(self.mentions[index].end, item.cue[0]):
                    return Speaker(None, False)  # "X ... The couple married ... They said": not X
                if kind == "group" and not self._near_group(index, item, earlier):
                    return Speaker(None, False)  # "analysts fear Italians ... they say": not the Italians
                index = self._clause_holder(index, labels, item.cue[0])
                return Speaker(index, False, plural=kind == "group")
        return Speaker(None, False)

    def _titled_body_near(self, index: int, item: Found) -> bool:
        """For an "it" no speaker before resolves: mention ``index``, in the pronoun's paragraph
        or the one before, is a name the story writes after a noun of bodies though the model
        typed it no organisation ("budget airline Kessmann", ``coref.titled_body``). A reader
        takes it for the body it is; further back, a nearer topic may have come in between."""
        return self._paragraph(self.mentions[index].start) >= self._paragraph(item.cue[0]) - 1 \
            and self.coref.titled_body(index)

    def _hearer_of(self, index: int, earlier: Sequence[Claim]) -> bool:
        """Whether mention ``index`` is the outlet an earlier claim was told to ("X told the
        paper that ...": the claim's ``outlet_span``): a hearer who published the words, not one
        who says them, so no "it" that speaks after."""
        mention = self.mentions[index]
        return any(claim.outlet_span is not None and claim.outlet_span[0] <= mention.start
                   and mention.end <= claim.outlet_span[1] for claim in earlier)

    def _last_speaker_holds(self, word: str, item: Found, earlier: Sequence[Claim]) -> Speaker | None:
        """ "'...,' said one London-based broker. He forecast ...", "E Hayot said: '...' ¶ He
        says": in a run of quotes a reader takes "he" / "she" for whoever spoke last. When the
        claim just before (this paragraph or the one before) was spoken by ONE person the rules
        could not give a person actor — an unnamed or unresolved description headed by a noun of
        a person, or a person's name the model typed a body — and nobody is named between (outside
        quotes), the pronoun is that speaker: the same unnamed source (null), or the same name;
        never a company or a speaker further back. A pronoun held so carries on ("He says ...
        he wrote"). None when the claim before is no such speaker: the other rules decide."""
        if not earlier or word not in self.coref.lexicon.pronoun_genders:
            return None
        last = earlier[-1]
        speaker = self.speakers[id(last)]
        if last.speaker_span is None or last.cue_span is None \
                or self._paragraph(last.cue_span[0]) < self._paragraph(item.cue[0]) - 1 \
                or self._person_named_between(self._after_speaker(last), item):
            return None
        if speaker.held:  # "He says ... he wrote": the same pronoun goes on with the same one
            return speaker if (last.speaker_text or "").lower() == word else None
        if (last.speaker_text or "").lower() == word and speaker.mention is None and speaker.anonymous \
                and not speaker.plural:
            # "A Labour spokesman said ... '...,' he said. ¶ He said": the same unnamed source
            return Speaker(None, True, speaker.affiliation, held="one")
        if self._same_pronoun_goes_on(word, item, last, speaker):
            # "He said the answer was drafted with X and Y. ¶ He suggested ...": the same "he" goes
            # on; the people named in what he said are talked about, no rivals
            return replace(speaker, held="one")
        if speaker.group or speaker.plural or (last.speaker_text or "").lower() in self.lexicon.pronouns:
            return None  # plurals and "it"s are others; pronouns go on by the rules below
        back = "back" if (last.speaker_text or "").split()[0].lower() == "the" else "one"
        if self._compatible("person", speaker, last, word):
            if speaker.mention is not None or self._paragraph(last.cue_span[0]) == self._paragraph(item.cue[0]):
                return None  # a person actor, or one in this paragraph: the rules below go on with it
            # "E Hayot [no actor] said: '...' ¶ He says": not a person named before him
            return replace(speaker, held="back" if speaker.described else back)
        if speaker.mention is not None and self._person_named_as_body(speaker.mention, last, word):
            return Speaker(speaker.mention, False, held="one")
        if self._one_person_described(last):
            return Speaker(None, speaker.anonymous and speaker.mention is None, held=back)
        return None

    def _same_pronoun_goes_on(self, word: str, item: Found, last: Claim, speaker: Speaker) -> bool:
        """The claim just before was spoken by the same "he" / "she", resolved to one person
        actor agreeing with it (the caller has checked that nobody is named since outside quotes
        and outside what that claim says): a reader keeps that person for the pronoun."""
        if last.speaker_span is not None and tuple(last.speaker_span) == tuple(item.speaker):
            return False  # one pronoun shared by two claims: resolved on its own, not from itself
        return (last.speaker_text or "").lower() == word and speaker.mention is not None \
            and not (speaker.plural or speaker.group or speaker.anonymous) \
            and self.coref.speaks_as_person(speaker.mention) and self.coref.agrees(speaker.mention, word)

    def _after_speaker(self, claim: Claim) -> int:
        """Where the text after an earlier claim's speaker starts (past its cue and what it says
        when those come later: "said X: '...'" and "X added that ...")."""
        return max(claim.speaker_span[1] if claim.speaker_span else 0, self._after_claim(claim))

    def _person_named_between(self, start: int, item: Found) -> bool:
        """A person's mention between ``start`` and the pronoun, outside quotes and outside what
        the pronoun's own claim says: the "he" may be that one."""
        end = min(item.speaker[0], item.content[0]) if item.content else item.speaker[0]
        low, high = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        return any(self.mentions[i].label == _PERSON and not self.coref.in_quote(self.mentions[i].start)
                   for i in range(low, high)) or self.coref.other_person_between(start, end, None)

    def _person_named_as_body(self, index: int, claim: Claim, word: str) -> bool:
        """The claim's speaker phrase is the name itself, written as a person's name — an
        initial or a known given name, then one or two capitalized words ("E Hayot") — that the
        model typed a body: a person all the same, for the pronoun that goes on from it; never
        when its given name or a title the document gives its surname ("Mr X") is of the other
        gender than the pronoun."""
        mention = self.mentions[index]
        wanted = self.coref.lexicon.pronoun_genders.get(word)
        apposed = self._apposed_to_description(index, claim)
        named = mention.text if apposed else claim.speaker_text or ""
        known = {self.coref.titled_gender(index), self.coref.genders.of_name(named)} - {None}
        if wanted is None or known - {wanted}:
            return False
        if apposed:  # round 59: "The woman's lawyer, Ana M Ruiz, said ... She added": that person
            return mention.label != _PERSON
        if mention.label == _PERSON or (claim.speaker_text or "") not in (mention.text, mention.full_name) \
                and not (claim.speaker_text or "").endswith(" " + mention.text):
            return False
        words = (claim.speaker_text or "").split()
        if not 2 <= len(words) <= 4 or not re.fullmatch(r"[A-Z][\w'’.-]*", words[0]) \
                or not all(re.fullmatch(r"[A-Z][\w'’.-]*", w) or w in _NAME_PARTICLES for w in words[1:]) \
                or words[-1] in _NAME_PARTICLES:
            return False
        first = words[0].rstrip(".")
        return re.fullmatch(r"[A-Z]", first) is not None or self.coref.genders.is_given_name(first) \
            or self._apposed_person(self.mentions[index].end)

    def _apposed_to_description(self, index: int, claim: Claim) -> bool:
        """ "His mother, Giselle, said", "The woman's lawyer, Ana M Ruiz, said": the speaker mention
        is a name apposed right after a speaker phrase headed by a noun of a person (the name
        :meth:`_apposed_name` gave it), so a person whatever label the model gave the name."""
        span = claim.speaker_span
        words = (claim.speaker_text or "").split()
        if span is None or not words or self.mentions[index].start < span[1]:
            return False
        between = self.text[span[1]:self.mentions[index].start]
        return self.coref.lexicon.kind_of_noun(words[-1].lower()) == "person" \
            and (_apposition_gap(between) or self._titled_gap(between))

    def _apposed_person(self, end: int) -> bool:
        """ "Ana Ruiz, the fund's managing director, said": a name with a description of a
        person set off right after it (its head a person noun of coref)."""
        found = _APPOSED_HEAD.match(self.text, end)
        return found is not None and self.coref.lexicon.kind_of_noun(found.group("head")) == "person"

    def _one_person_described(self, claim: Claim) -> bool:
        """The speaker phrase is one person by a description: a determiner or "one", then lower-case
        words headed (before any preposition) by a singular noun of a person ("the former Scotland
        international", "one London-based broker", "a senior official"); not a body's noun."""
        text = claim.speaker_text or ""
        head_part = _HEAD_PART.split(text, maxsplit=1)[0]
        words = head_part.split()
        if len(words) < 2 or words[0].lower() not in ("the", "a", "an", "one", "another"):
            return False
        head = words[-1]
        if not re.fullmatch(r"[a-z][a-z-]*", head) or head.endswith("s") and not head.endswith("ss"):
            return False
        return self.coref.lexicon.kind_of_noun(head) == "person" or head in self.lexicon.anonymous_nouns \
            or (self._people_noun(head) and self.coref.lexicon.kind_of_noun(head) != "group")

    def _body_tagged_person(self, kind: str, index: int) -> bool:
        """For an "it": a name the model tagged a person here though the document shows it a body
        (most of its mentions are organisations: "Kessmann needed cash. In May it warned"): the
        body it is, nearer than any body tagged right before it."""
        return kind == "document" and self.mentions[index].label == _PERSON \
            and (not self.coref.speaks_as_person(index) or self._called_a_body(index))

    def _called_a_body(self, index: int) -> bool:
        """ "Acme Foods said ... the firm said ... It added": a name an earlier claim's "the firm"
        was resolved to is a body by the document's own word, though the model typed most of its
        mentions a person; never a name with a gender (a title, a given name, a "he" of its own)."""
        return self.mentions[index].key in self.called_bodies and self.coref.titled_gender(index) is None \
            and self.coref.agrees(index, "he") and self.coref.agrees(index, "she")

    def _bare_name_spoke(self, item: Found, earlier: Sequence[Claim]) -> bool:
        """ "Kessmann said sales slowed. '...,' it added": the claim just before (in this
        paragraph or the one before) was spoken by one capitalized word the model tagged a
        person, with no title, given name or gender anywhere: a firm's name as often as a
        person's (the model tags many firms so), so the "it" may well be that name; a body named
        before it is no safer guess. A pronoun left null in between goes on with that name
        ("Kessmann maintains that it failed because it ran out of cash. It also said")."""
        last = len(earlier) - 1
        while last > 0 and (earlier[last].speaker_text or "").lower() in self.lexicon.pronouns \
                and self.speakers[id(earlier[last])].mention is None:
            last -= 1
        if last < 0 or self._paragraph(earlier[last].cue_span[0]) < self._paragraph(item.cue[0]) - 1:
            return False
        index = self.speakers[id(earlier[last])].mention
        if index is None:
            return False
        # a name the document shows to be a body (most of its mentions): the "it" is that body;
        # an "it" already given the name (``_bare_firm_goes_on``) is the name speaking again
        return self._spoken_as(earlier[last], index) and self._bare_name(index) \
            and not self._body_tagged_person("document", index)

    def _spoken_as(self, claim: Claim, index: int) -> bool:
        """The claim's speaker phrase is the name of mention ``index`` itself, or an "it" resolved to it."""
        words = claim.speaker_text or ""
        return words == self.mentions[index].text or words.lower() == "it"

    def _bare_firm_goes_on(self, item: Found, earlier: Sequence[Claim]) -> Speaker | None:
        """ "Kessmann said sales slowed. '...,' it added": the claim just before was spoken by
        that bare name (``_bare_name_spoke``) and since its name (outside quotes; inside what it
        said too: "X called in administrators Y ... It spent" may be Y) no other body and no
        person is named: the "it" tells the name is a firm's, and that firm goes on. None
        otherwise (the "it" stays null)."""
        last = earlier[-1]
        speaker = self.speakers[id(last)]
        if speaker.mention is None or speaker.group or speaker.plural or last.cue_span is None \
                or not self._spoken_as(last, speaker.mention) \
                or self._paragraph(last.cue_span[0]) < self._paragraph(item.cue[0]) - 1:
            return None
        end = min(item.speaker[0], item.content[0]) if item.content else item.speaker[0]
        start = last.speaker_span[1] if last.speaker_span else last.cue_span[1]
        low, high = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        aside = self._said_just_before(last, item)
        if any(self.mentions[i].label in ("ORG", "OUTLET", _PERSON) and not self._same_actor(i, speaker.mention)
               and not self.coref.in_quote(self.mentions[i].start)
               and not any(a <= self.mentions[i].start < b for a, b in aside) for i in range(low, high)):
            return None
        return Speaker(speaker.mention, False)

    def _said_just_before(self, last: Claim, item: Found) -> list[Span]:
        """ "In July, Kessel, which is listed in Tamsk, reported a loss. It blamed ...": when the
        name's claim fills the sentence right before the "it" (its speaker opening that sentence
        as subject, the "it" opening its own), a body named only in a "which" clause on the name
        is talked about, no rival for the "it". The span of that clause; none otherwise. A body
        in what the name said stays a rival ("X called in administrators Y. It spent ...": Y)."""
        own = self.coref.sentence_start(item.speaker[0])
        if last.speaker_span is None or own < 1 or not self._pronoun_opens(item) \
                or not self.coref.sentence_start(own - 1) <= last.speaker_span[0] < own \
                or not self._sentence_subject(self.speakers[id(last)].mention):
            return []
        which = re.match(r"\s*,\s*which\b[^,;.]*,", self.text[last.speaker_span[1]:])
        return [(last.speaker_span[1], last.speaker_span[1] + which.end())] if which is not None else []

    def _pronoun_opens(self, item: Found) -> bool:
        """The pronoun opens its sentence (after an opening phrase closed by a comma at most)."""
        before = self.text[self.coref.sentence_start(item.speaker[0]):item.speaker[0]]
        return re.fullmatch(r"\s*(?:[^,;:\"“”]*,\s*)?", before) is not None

    def _bare_name(self, index: int) -> bool:
        """One capitalized word tagged a person, with no title, given name or gender anywhere in
        the document: a firm's name as often as a person's."""
        mention = self.mentions[index]
        return (mention.label == _PERSON and re.fullmatch(r"[A-Z][\w&'’-]*", mention.text) is not None
                and " " not in (mention.full_name or mention.text)
                and self.coref.agrees(index, "he") and self.coref.agrees(index, "she"))

    def _document_before(self, item: Found, earlier: Sequence[Claim]) -> Span | None:
        """ "The survey also looked at X. It found ...": the sentence before the "it" opens with
        a document as its subject ("The survey", "This report") and holds no claim: the "it" is
        that document, not any body named in that sentence. The document's phrase, or None."""
        own = self.coref.sentence_start(item.speaker[0])
        before = self.coref.sentence_start(max(own - 1, 0))
        if own - before < 3 or any(before <= c.cue_span[0] < item.speaker[0] for c in earlier):
            return None
        nouns = "|".join(sorted(self.lexicon.research_nouns | self.lexicon.document_nouns))
        found = re.compile(rf"\s*(?:The|This|That|Its|Their)\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})s?\b").match(self.text, before, own)
        return (found.start(), found.end()) if found is not None else None

    def _maker_of_opening(self, phrase: Span) -> int | None:
        """The one body that made the document opening the sentence before an "it": named inside
        its phrase ("The Demos report"), or right after it by a passive of making ("The report
        was published by the X Unit", ``maker_participles``). None for no body, two ("by X and
        Y": a joint work), or a place or a person ("The US report": where, not who)."""
        inside = list(range(bisect.bisect_left(self.starts, phrase[0]), bisect.bisect_left(self.starts, phrase[1])))
        if inside:
            return inside[0] if len(inside) == 1 and self._body_mention(inside[0]) \
                and self.mentions[inside[0]].end <= phrase[1] else None
        made = _MADE_BY.match(self.text, phrase[1])
        if made is None or " ".join(made.group("verb").lower().split()) not in self.lexicon.maker_participles:
            return None
        at = bisect.bisect_left(self.starts, made.end())
        if at >= len(self.mentions) or self.mentions[at].start != made.end() or not self._body_mention(at):
            return None
        joined = _JOINT_AFTER.match(self.text, self.mentions[at].end)
        return None if joined is not None else at

    def _no_pronoun(self, word: str, item: Found) -> bool:
        """A pronoun that stands for no one named before: "we" outside direct speech (the
        writer's or a reader's own voice: "perhaps we should ..."), and a capitalized "They" or
        "It" inside a sentence (a title's word: "Do They Know ...")."""
        if word == "we":
            return not self.coref.in_quote(item.speaker[0])
        before = self.text[max(0, item.speaker[0] - 40):item.speaker[0]].rstrip()
        # capitalized right after a word or a comma, not after a sentence's end, a colon or a quote
        return word in ("they", "it") and self._words(item.speaker)[:1].isupper() \
            and re.search(r"[\w,]$", before) is not None

    def _subject_body(self, item: Found) -> int | None:
        """The body an "it" goes on with when no speaker of its paragraph fits: the organisation
        opening the sentence before it or its own sentence before the pronoun ("The X Corp could
        now face a fine. Last week, it denied"; "X, a German insurer, said ... However, it
        said"), the nearer one; outside quotes, no name the document gives a person."""
        before = self.coref.sentence_start(max(item.sentence[0] - 2, 0))
        low, high = bisect.bisect_left(self.starts, before), bisect.bisect_left(self.starts, item.speaker[0])
        for index in range(high - 1, low - 1, -1):
            mention = self.mentions[index]
            if mention.end <= item.speaker[0] and mention.label in ("ORG", "OUTLET") \
                    and not self.coref.in_quote(mention.start) and not self.coref.named_person(index) \
                    and self._sentence_subject(index):
                return self._clause_holder(index, ("ORG", "OUTLET"), item.cue[0])
        return None

    def _subject_over_nested(self, claim: Claim, speaker: Speaker, word: str, earlier: Sequence[Claim]) -> int | None:
        """The person opening the sentence of an earlier claim whose speaker sits below that
        person, not beside: a possessor in the object ("X backed Y's view that ...") or a
        relative "who" of an object inside what X says ("X said he had visited Y, who told him
        ..."). A "he" / "she" after it goes on with X, the one the sentence is about. None
        unless X is another person than the claim's speaker, agrees with the pronoun, and (for
        "who") is the speaker of an earlier claim whose words hold the relative clause."""
        if claim.speaker_span is None or speaker.mention is None:
            return None
        start, end = claim.speaker_span
        relative = (claim.speaker_text or "").lower() in _RELATIVES
        named = self.mentions[speaker.mention]
        # "Y's view" (the span Y), "Y's admission that ... suggested" (the span the whole phrase)
        possessor = start <= named.start < end and re.match(r"['’]s?\b|['’]\s", self.text[named.end:named.end + 2])
        if not relative and not possessor:
            return None
        subject = self._opening_person(start, word)
        if subject is None or self._same_actor(subject, speaker.mention):
            return None
        if relative and not any(self._same_actor(subject, self.speakers[id(c)].mention) and c.start <= start < c.end
                                for c in earlier if c is not claim):
            return None
        return subject

    def _opening_person(self, at: int, word: str) -> int | None:
        """The person mention opening the sentence of ``at`` before it (outside quotes), as its
        subject, agreeing with the pronoun ``word``; None when there is none."""
        low = bisect.bisect_left(self.starts, self.coref.sentence_start(at))
        high = bisect.bisect_left(self.starts, at)
        for index in range(low, high):
            mention = self.mentions[index]
            if mention.label == _PERSON and not self.coref.in_quote(mention.start) and self.coref.subject_of_sentence(index):
                return index if self.coref.speaks_as_person(index) and self.coref.agrees(index, word) else None
        return None

    def _sentence_subject(self, index: int) -> bool:
        """The mention opens its sentence as its subject: nothing before it but "The", or an
        opening phrase closed by a comma ("Last week, X said"), or a reporter's word that opens
        no clause of its own ("And X has asked", "But X now ...": ``lead_connectives``,
        ``time_adverbs``, ``focus_adverbs``); not "Under President X, the government ..." (a
        name inside a phrase)."""
        mention = self.mentions[index]
        before = self.text[self.coref.sentence_start(mention.start):mention.start]
        if re.fullmatch(r"\s*(?:[^,;:\"“”]*,\s*)?(?:[Tt]he\s+)?", before) is not None:
            return True
        lead = re.fullmatch(r"\s*((?:[A-Za-z]+,?\s+)+?)(?:[Tt]he\s+)?", before)
        allowed = self.lexicon.lead_connectives | self.lexicon.time_adverbs | self.lexicon.focus_adverbs
        return lead is not None and all(w.casefold() in allowed for w in re.findall(r"[A-Za-z]+", lead.group(1)))

    def _other_people_since(self, kind: str, claim: Claim, item: Found) -> bool:
        """ "They" after a body's claim and then a definite plural of people ("the couple", "the
        players"): "they" may be those people rather than the body (a plural speaker of people
        that spoke goes on: "The pair said ... They added")."""
        if kind != "group" or self.speakers[id(claim)].group:
            return False
        return self.coref.other_people_between(self._after_claim(claim), item.cue[0])

    def _quantified_people_since(self, kind: str, claim: Claim, item: Found) -> bool:
        """ "They" after a body's or person's claim and then a quantified noun of people ("every
        activist I spoke to", "many voters"): "they" is that unnamed group, not the one who spoke
        before (round 64)."""
        if kind != "group" or self.speakers[id(claim)].group:
            return False
        return self.coref.quantified_people_between(self._after_claim(claim), item.cue[0])

    def _near_group(self, index: int, item: Found, earlier: Sequence[Claim]) -> bool:
        """A body or people named last before a "they" that spoke of nothing yet is what "they"
        stands for only nearby and as a phrase of its own: in the pronoun's sentence or the one
        before, not as an owner or a modifier ("the SEC's offices", "two Japanese firms"), not
        inside what someone else said ("a panel ruled that X is a risk. They say": the panel's
        words), and with no unnamed plural of people opening its sentence or after it
        ("Russian prosecutors are selling X, which they claim"; "X ... analysts say ... they")."""
        mention = self.mentions[index]
        if any(c.start <= mention.start < c.end and not c.start <= item.speaker[0] < c.end
               for c in earlier[-_REPORTED_REACH:]):
            return False  # (a "they" inside those words too may well be X: "urged X to do what they")
        opening = self.coref.sentence_start(mention.start)
        # "Russian prosecutors are ...": an unnamed plural as the sentence's first noun, its subject
        first = re.match(r"\s*(?:[A-Za-z][\w-]*\s+){0,2}?([A-Za-z][a-z-]*s|[A-Z]{2,4}s)\b", self.text[opening:mention.start])
        if first and self._crowd_word(first.group(1).lower()) and self._mention_at((opening + first.start(1), opening + first.end(1))) is None:
            return False
        previous = self.coref.sentence_start(max(self.coref.sentence_start(item.speaker[0]) - 1, 0))
        if mention.start < previous or self._modifier(index):
            return False
        own = self.coref.sentence_start(item.speaker[0])
        if mention.start >= own and _OPENING_PREPOSITION.fullmatch(self.text, own, mention.start):
            return False  # "For X they asked": the phrase opening the pronoun's sentence, not its subject
        return not self._unnamed_plural_between(mention.end, item)

    def _modifier(self, index: int) -> bool:
        """The name only qualifies what follows it: an owner ("the SEC's offices"), a people's
        adjective ("Japanese firms", not "Democrats claim"), a name before a noun of a body, person
        or document ("the BBC News website") or before another name ("Liberal Democrat X")."""
        mention = self.mentions[index]
        after = self.text[mention.end:mention.end + 30]
        if re.match(r"['’]s?\b", after):
            return True
        if mention.label == "NORP" and not mention.text.endswith("s") and re.match(r"\s+[a-z]", after):
            return True
        following = re.match(r"\s+([a-z][\w-]*)", after)
        if following and (self.coref.lexicon.kind_of_noun(following.group(1)) is not None
                          or self._thing_noun(following.group(1))):
            return True
        return index + 1 < len(self.mentions) and not self.text[mention.end:self.mentions[index + 1].start].strip()

    def _only_unnamed_plural_since(self, claim: Claim, item: Found) -> bool:
        """Since a body's claim further back, an unnamed plural ("unions", "analysts") but no
        definite plural of people: that body no longer goes on, but one named near the "they"
        may (see :meth:`_near_group`)."""
        return not self.speakers[id(claim)].group \
            and not self.coref.other_people_between(self._after_claim(claim), item.cue[0]) \
            and self._unnamed_plural_between(self._after_claim(claim), item)

    def _unnamed_plural_between(self, start: int, item: Found) -> bool:
        """A lower-case plural noun of people or bodies ("analysts", "traders", "the unions",
        "firms polled") between ``start`` and the pronoun, outside quotes and outside what the
        pronoun's own claim says: a "they" after it may be those, whom nobody named, rather than
        a body named before them."""
        end = min(item.speaker[0], item.content[0]) if item.content else item.speaker[0]
        # lower-case, or capitalized by place ("Analysts say"), or an abbreviation ("MPs")
        for match in re.finditer(r"\b(?:[A-Za-z][a-z-]*|[A-Z]{2,4})s\b", self.text[start:end] if start < end else ""):
            if self._crowd_word(match.group(0).lower()) and not self.coref.in_quote(start + match.start()) \
                    and self._mention_at((start + match.start(), start + match.end())) is None:
                return True
        return False

    def _crowd_word(self, word: str) -> bool:
        """ "analysts", "companies", "MPs", "people": a plural of a noun of people or bodies."""
        singulars = {word, word[:-1], word[:-2] if word.endswith("es") else word,
                     word[:-3] + "y" if word.endswith("ies") else word}
        nouns = self.lexicon.crowd_nouns | self.lexicon.anonymous_nouns | self.lexicon.relation_nouns
        return word in self.lexicon.crowd_nouns or word in self.coref.lexicon.collective_people or any(
            w != word and (w in nouns or self.coref.lexicon.kind_of_noun(w) is not None) for w in singulars)

    def _clause_holder(self, index: int, labels: tuple[str, ...], cue: int) -> int:
        """ "Shares in Valdor, which is building the new Korvo plant, fell after it said": a name
        inside a relative clause set off by commas describes the body before it, which stays the
        subject an "it" after the clause goes on with; else the name itself."""
        for before in range(index - 1, -1, -1):
            mention = self.mentions[before]
            if mention.label in labels and not self.coref.in_quote(mention.start):
                between = self.text[mention.end:self.mentions[index].start]
                closed = "," in self.text[self.mentions[index].end:cue]
                return before if closed and _RELATIVE_OPENING.fullmatch(between) else index
        return index

    def _focus_speaker(self, item: Found, previous: Sequence[Claim]) -> int | None:
        """ "“...,” said Ana Ruiz, a games designer. “...,” added the Peruvian-born researcher":
        a description by what the person is ("the researcher", "the 34-year-old") that coref
        left unresolved is the named person who spoke just before: the last earlier claim, in
        this paragraph or the one before, with no other person named (outside quotes) or
        described since."""
        focus = self._focus(item)
        office = not focus and self._continued_office(item)
        if not (focus or office or self._continuing(item)):
            return None
        earlier = [c for c in previous if c.cue_span and c.cue_span[0] < item.cue[0]]
        if not earlier:
            return None
        noun = re.compile(rf"\b{re.escape(item.speaker_lemma.lower())}\b")
        title = title_line(self.text)
        if not focus and any(noun.search((c.speaker_text or "").lower()) for c in earlier
                             if not (office and title and c.cue_span[0] < title[1])):
            # "The judge said ... X said ... The judge added": the judge goes on, not X (a title
            # line's "Minister defends law" is the desk's summary of the story, no speaker of it)
            return None
        claim = earlier[-1]
        if not focus and self._other_role(claim, item.speaker_lemma.lower()):
            return None  # "Defence lawyer X said ... The judge added": a role X was not given
        speaker = self.speakers[id(claim)].mention
        if speaker is None or self.speakers[id(claim)].group or not self.coref.is_person(self.mentions[speaker]) \
                or self._paragraph(claim.cue_span[0]) < self._paragraph(item.cue[0]) - 1:
            return None
        since = self._after_claim(claim)
        low, high = bisect.bisect_left(self.starts, since), bisect.bisect_left(self.starts, item.speaker[0])
        if any(self.mentions[i].label == _PERSON and self.mentions[i].key != self.mentions[speaker].key
               and not self.coref.in_quote(self.mentions[i].start) for i in range(low, high)):
            return None  # "said X. Y was there too. The researcher added": either may be meant
        if self.coref.other_person_between(since, item.speaker[0], speaker):
            return None
        if office and not self._may_hold(speaker, item):
            return None  # "Home Secretary X said ... The Tory leader said": another office, another person
        return speaker

    def headline_speakers(self, claims: Sequence[Claim]) -> None:
        """ "Minister defends law | X has said the law ...": a title line's speaker written as a
        bare noun of one person ("Minister", "Tory leader", "Brown ally", "says PM") is the desk's
        summary of the lead, whose source the body names: the person the story's first named
        speaker is, looked for FORWARD (the headline comes before any name). Only when the lead
        paragraph gives no other person as a speaker (two there: either may be meant), and never
        a person the headline's own words name ("Brown ally" is not Brown). Claims set in place."""
        title = title_line(self.text)
        if title is None:
            return
        for claim in claims:
            speaker = self.speakers[id(claim)]
            if not (claim.cue_span and claim.speaker_span and claim.speaker_span[1] <= title[1]) \
                    or speaker.mention is not None or speaker.group or speaker.plural \
                    or speaker.kind == "document" or not self._headline_person(claim.speaker_text or ""):
                continue
            found = self._lead_speaker(claims, title, claim)
            if found is not None:
                self.speakers[id(claim)] = replace(speaker, mention=found, anonymous=False, affiliation=None,
                                                   described=False)
                claim.speaker = self._in_full(self.speakers[id(claim)]).mention
                claim.anonymous = False
                claim.speaker_affiliation = None

    # --- round 58 (spk98): a speaker's name the mention finder missed --------------------------

    def name_missed_speakers(self, claims: Sequence[Claim], doc_id: str) -> None:
        """ "Graeme Kell said", "consultancy Vaal said", "Boss Ana Ruiz said" with no mention
        linked: the speaker's words close with a name (:meth:`_missed_name`); the speaker is that
        name's mention when one spans it exactly (an untagged name the events stage made, which the
        lookups above do not see), else a new untagged mention (``UNTAGGED_LABEL``) of it, whose
        kind the corpus stage decides from the descriptive noun before it (``cue``) or the
        corpus's own mentions of the name, as for the events stage's untagged names; with none it
        leaves the graph and the claim keeps no actor. Run last, so that no rule above (a later
        "he", a spokesman's body) reads a mention coref does not know. Claims set in place."""
        for claim in claims:
            speaker = self.speakers[id(claim)]
            if claim.speaker is not None or claim.speakers or claim.speaker_span is None \
                    or speaker.group or speaker.plural or speaker.kind == "document":
                continue
            if _HEDGE_ENDING.sub("", (claim.cue or "").lower()) in self.lexicon.hedge_verbs:
                continue  # "X seems to be a lively character": the reporter's hedge about X, not X's words
            found = self._missed_name(claim, speaker.unlinked)
            if found is None:
                continue
            (start, end), cue = found
            exact = [i for i, m in enumerate(self.mentions) if m.start == start and m.end == end]
            if not exact and any(m.start < end and start < m.end for m in self.mentions):
                continue  # a mention holds part of it ("World Travel" of a longer name): the name is in doubt
            if not exact:
                words = self.text[start:end]
                self.mentions.append(Mention(doc=doc_id, start=start, end=end, text=words, label=UNTAGGED_LABEL,
                                             key=name_key(words) or words.lower(), full_name=words,
                                             sentence=_sentence_index(self.sentences, start), cue=cue))
            # named, so no unnamed source ("PR strategist Ana Ruiz" is no anonymous strategist)
            claim.speaker = exact[0] if exact else len(self.mentions) - 1
            claim.anonymous = False
            claim.speaker_affiliation = None

    def _missed_name(self, claim: Claim, unlinked: bool) -> tuple[Span, str] | None:
        """The name closing a speaker's words and the kind its descriptive noun gives it (PERSON,
        ORG or ""): capitalised words ("4Cast", "Lloyds of London") after (a) nothing, when the
        words are a name of two to four words the resolver found no mention for (``unlinked``);
        or (b) a noun of a person or body (coref's nouns, ``speaker_name_descriptors``) with only
        a determiner, modifiers or a capitalised title before it ("Aid charity X", "Market
        analysts X", "Boss X", "talk show host X"). None for anything else: a preposition, a
        possessive, "and" or a comma in the words before the name ("a lawyer for X", "X's son Y",
        "X and Y", "his mother, Y": other rules' business), one bare word ("Berlin", "Orange":
        places and products as often), a plural noun of people the lexicon does not list ("Irish
        millionaires X": one of several)."""
        first, last = claim.speaker_span
        words = [(m.start() + first, m.end() + first, m.group()) for m in re.finditer(r"\S+", self.text[first:last])]
        run = len(words)
        closed = self.coref.lexicon.determiners | self.lexicon.pronouns.keys()  # "The", "His": no name's words
        while run > 0 and words[run - 1][2].lower() not in closed and (_NAME_WORD.fullmatch(words[run - 1][2]) or (
                words[run - 1][2] in _NAME_JOINS and run < len(words) and run > 1
                and _NAME_WORD.fullmatch(words[run - 2][2]))):
            run -= 1
        name = words[run:]
        if not name or name[0][2] in _NAME_JOINS:
            return None
        before = [w for _, _, w in words[:run]]
        lexicon = self.coref.lexicon
        # "Boss Ana Ruiz", "Tamsk Chief Constable Ana Ruiz": a capitalised title opening the run is
        # the descriptor, up to its last noun or title of a person, when a name of two words or
        # more is left ("Kessel Coach Action" is one name; "Band Aid": a body's noun is its name's)
        titled = [i for i, (_, _, w) in enumerate(name[:-2]) if self._descriptor_kind(w) == _PERSON
                  or w in _name_titles() - _honorifics()]
        if titled and not before:
            cut = titled[-1] + 1
            before, name = [w for _, _, w in name[:cut]], name[cut:]
        if name[0][2] in _NAME_JOINS:
            return None  # "The Archbishop of Kessel": a title's own "of", no name after it
        span = (name[0][0], name[-1][1])
        if name[-1][2].lower() in lexicon.determiners or any(lexicon.kind_of_noun(w) for _, _, w in name):
            return None  # "Kessel Group" is a body's name: its own noun is no descriptor (other rules)
        if not before:
            if not unlinked or len(name) < 2 or len(name) > 4:
                return None
            return span, ""
        if any((w.lower() in _DESCRIPTOR_BREAKS and not _joins_lower(before, i)) or "," in w
               or w.endswith(("'s", "’s", "'", "’")) for i, w in enumerate(before)):
            return None
        kind = self._descriptor_kind(before[-1])
        return (span, kind) if kind else None

    def _descriptor_kind(self, word: str) -> str:
        """PERSON or ORG for a noun that may stand before a name as what it is ("boss", "firm",
        ``speaker_name_descriptors``), "" for any other word."""
        if word in _name_titles() - _honorifics():
            return _PERSON  # "Chief Constable", "Coach": a person's title
        word = word.lower()
        listed = self.lexicon.speaker_name_descriptors.get(word)
        if listed:
            return listed
        return {"person": _PERSON, "group": "ORG"}.get(self.coref.lexicon.kind_of_noun(word) or "", "")

    def named_next_speakers(self, claims: Sequence[Claim]) -> None:
        """ "..., the campaign's director said. | Ana Ruiz said the ban would not last": a speaker
        described by a role ("its chairman", "the party's chief executive", "the head of X's
        panel") that no rule tied to a name is the person the very next sentence names for the
        first time as its speaker: a story introduces its source by role, then by name. Looked
        for FORWARD (the name comes after the claim), so run once every claim is made. Only when
        no other person is named between (outside quotes and what the described one said), the
        named one is given no role of his own there ("Minister X", "X, spokesman for Y") and the
        sentence brings in no other voice ("But X said"). Since round 69 an indefinite lead
        description also takes a name written bare (:meth:`_lead_named_bare`), and a next
        sentence with no claim of its own its "X said:" subject (:meth:`_speaking_opener`).
        Claims set in place."""
        for at, claim in enumerate(claims):
            head = self._described_role(claim)
            same_role = head is None
            if same_role:  # round 55: "One analyst said ... | X, a retail analyst, said": X
                head = self._indefinite_role(claim)
            if head is None:
                continue
            named = self._first_named_next(claim, claims[at + 1:], head, same_role=same_role)
            if named is not None:
                speaker = self.speakers[id(claim)]
                self.speakers[id(claim)] = replace(speaker, mention=named, anonymous=False, described=False)
                claim.speaker = self._in_full(self.speakers[id(claim)]).mention
                claim.anonymous = False

    def named_next_bodies(self, claims: Sequence[Claim]) -> None:
        """ "..., an anti-fraud body has warned. | Fraud watchdog Kessel Checks says ...": a body
        brought in with "a"/"an" and a body noun (``named_body_nouns``), left without a speaker,
        is the organisation the very next sentence opens on, named there first in the story's
        body, after words that end on a body noun of their own ("Fraud watchdog"): a story
        introduces its source by a description, then by name. A name opening the next sentence
        bare ("The Kessel Organisation is to end ...") or another sentence between may be the
        one the body speaks against, so they stay null. Readers marked the null wrong (round 68)."""
        for claim in claims:
            if claim.speaker is not None or claim.speakers or not self._indefinite_body(claim):
                continue
            named = self._body_opening_next(claim)
            if named is not None:
                self.speakers[id(claim)] = replace(self.speakers[id(claim)], mention=named, anonymous=False,
                                                   described=False)
                claim.speaker = self._in_full(self.speakers[id(claim)]).mention
                claim.anonymous = False

    def _indefinite_body(self, claim: Claim) -> bool:
        """Whether the claim's speaker words are "a"/"an", lower-case modifiers and a noun of
        ``named_body_nouns`` ("an anti-fraud agency", "a trade body"): one body not named."""
        words = (claim.speaker_text or "").split()
        if len(words) < 2 or words[0].lower() not in {"a", "an"} or words[-1] not in self.lexicon.named_body_nouns:
            return False
        return all(w.islower() for w in words[1:])

    def _body_opening_next(self, claim: Claim) -> int | None:
        """The ORG mention opening the sentence after ``claim``'s after lower- or title-case words
        ending on a body noun (``named_body_nouns``, or an ORG noun of ``speaker_name_descriptors``),
        named nowhere before in the story's body nor in what the claim says; None otherwise."""
        sentence = next((s for s in self.sentences if s.start <= claim.cue_span[0] < s.end), None)
        if sentence is None:
            return None
        start, end = self._next_sentence(max(sentence.end, claim.end))
        first = bisect.bisect_left(self.starts, start)
        if first >= len(self.mentions) or self.mentions[first].start >= end:
            return None
        mention = self.mentions[first]
        opening = self.text[start:mention.start].split()
        if mention.label != "ORG" or not opening or any(not re.fullmatch(r"[A-Za-z-]+", w) for w in opening):
            return None
        noun = opening[-1].lower()
        if noun not in self.lexicon.named_body_nouns and self.lexicon.speaker_name_descriptors.get(noun) != "ORG":
            return None  # "The Kessel Organisation", "Paris-based Kessel": no description of its own
        title = title_line(self.text)
        body_start = title[1] if title else 0
        if any(m.key == mention.key and body_start <= m.start < mention.start for m in self.mentions):
            return None  # named before: the description may be another body
        return first

    def named_voices(self, claims: Sequence[Claim]) -> None:
        """ "A spokesman for Kessel, Jo Brann, said", "a government spokesman said ... | Jo Brann,
        the chief government spokesman, said": a person brought in with "a"/"an" and a noun of
        ``named_voice_nouns`` whom the text names right there — one PERSON apposed between the
        phrase and its cue, or one person the next sentence gives that same noun (as title or
        apposition) and names there for the first time. He is the speaker, not an anonymous
        source; his body, if any, stays his affiliation. Run after the body voices are given
        (a title naming another body, "Lib Dem spokesman X", is another body's voice)."""
        for at, claim in enumerate(claims):
            noun = self._voice_noun(claim)
            if noun is None:
                continue
            named = self._apposed_voice(claim)
            if named is None:
                named = self._voice_named_next(claim, noun)
            if named is None:
                continue
            body = claim.speaker
            self._name_voice(claim, named)
            for going_on in claims[at + 1:]:  # "He told the BBC": the body's voice held on, now him
                if body is None or not self._held_pronoun(going_on, body):
                    break
                self._name_voice(going_on, named)

    def _name_voice(self, claim: Claim, named: int) -> None:
        """Make the person of mention ``named`` the claim's speaker, named, not anonymous."""
        self.speakers[id(claim)] = replace(self.speakers[id(claim)], mention=named, anonymous=False, described=False)
        claim.speaker = self._in_full(self.speakers[id(claim)]).mention
        claim.anonymous = False

    def _held_pronoun(self, claim: Claim, body: int) -> bool:
        """Whether ``claim`` is a bare "he"/"she" that the body voice rules gave ``body``'s
        anonymous voice (the spokesman going on)."""
        return (claim.speaker_text or "").lower() in {"he", "she"} and claim.anonymous \
            and claim.speaker is not None and self.mentions[claim.speaker].key == self.mentions[body].key \
            and self.speakers[id(claim)].mention is None

    def _voice_noun(self, claim: Claim) -> str | None:
        """The noun of an indefinite one-person phrase ("a spokesman for X", "an Acme
        spokeswoman", "a witness") left unnamed — speaker null, or its body with anonymous true —
        when the noun is in ``named_voice_nouns``; None otherwise."""
        speaker = self.speakers[id(claim)]
        if claim.speakers or speaker.group or speaker.plural or not claim.speaker_span or not claim.cue_span \
                or not (claim.speaker is None or claim.anonymous) or speaker.mention is not None:
            return None
        words = (claim.speaker_text or "").split()
        if len(words) < 2 or words[0].lower() not in _ONE_PERSON_OPENERS:
            return None
        phrase = re.split(r"\s+(?:for|at|of|from|in|with|to|representing)\s+", " ".join(words))[0].split()
        noun = phrase[-1]
        return noun if noun in self.lexicon.named_voice_nouns else None

    def _apposed_voice(self, claim: Claim) -> int | None:
        """The one person named in commas between the speaker phrase and its cue ("A spokesman
        for Kessel, Jo Brann, said"; the phrase may run on in capitals first: "for X, Y and Z,
        Jo Brann, said"), or after a phrase the cue opened ("said a witness, Jo Brann.")."""
        start, end = claim.speaker_span
        if claim.cue_span[0] >= end:
            close = claim.cue_span[0]
        else:
            stop = re.compile(r"\s*[,.;]").search(self.text, end + 1)
            close = stop.start() if stop else end
        people = [i for i in range(bisect.bisect_left(self.starts, end), bisect.bisect_left(self.starts, close + 1))
                  if self.mentions[i].label == _PERSON and self.coref.is_person(self.mentions[i])]
        if len(people) != 1:
            return None
        name = self.mentions[people[0]]
        run_on = r"(?:\s*,(?:\s+(?:[A-Z][\w'’&.-]*|and|of|for|the|&))+)?\s*,\s*"
        if not re.fullmatch(run_on, self.text[end:name.start]):
            return None
        after = self.text[name.end:close]
        closed = r"\s*,\s*(?:(?:has|have|had|is|was)\s+)?" if claim.cue_span[0] >= end else r"\s*"
        return people[0] if re.fullmatch(closed, after) else None

    def _voice_named_next(self, claim: Claim, noun: str) -> int | None:
        """The one person the sentence after ``claim``'s gives ``noun`` ("spokesman Jo Brann",
        "Jo Brann, the chief spokesman") and names there first in the story's body; None when
        none, several, or the noun's phrase names a body other than the claim's own."""
        sentence = next((s for s in self.sentences if s.start <= claim.cue_span[0] < s.end), None)
        if sentence is None:
            return None
        start, end = self._next_sentence(max(sentence.end, claim.end))
        found: dict[str, int] = {}
        for i in range(bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)):
            mention = self.mentions[i]
            if mention.label != _PERSON or not self.coref.is_person(mention):
                continue
            role = self._noun_phrase_of(i, noun, start)
            if role is None:
                continue
            if self._other_body(claim, role):
                return None  # "Lib Dem spokesman X": another body's voice, someone else
            found.setdefault(mention.key, i)
        if len(found) != 1:
            return None
        named = next(iter(found.values()))
        title = title_line(self.text)
        body_start = title[1] if title else 0
        key = self.mentions[named].key
        if any(m.key == key and body_start <= m.start < self.mentions[named].start for m in self.mentions):
            return None  # named before: the description may be someone else
        return named

    def _noun_phrase_of(self, index: int, noun: str, floor: int) -> tuple[int, int] | None:
        """The span of the words giving mention ``index`` the noun ``noun``: a title right before
        the name, an honorific allowed ("MAB spokesman Dr Jo Brann"; from the clause's start),
        or an apposition after it ("Jo Brann, the chief spokesman"); None when neither."""
        mention = self.mentions[index]
        honorific = "|".join(re.escape(w) for w in sorted(_honorifics()))
        before = self.text[floor:mention.start]
        clause = floor + max(before.rfind(mark) for mark in ",;:\"“”") + 1  # floor itself when no mark
        titled = re.compile(r"\b" + re.escape(noun) + r"\s+(?:(?:" + honorific + r")\.?\s+)?$", re.IGNORECASE)
        found = titled.search(self.text, clause, mention.start)
        if found is not None:
            return clause, found.start() + len(noun)
        apposed = re.compile(r"\s*,\s*(?:the|a|an)\s+(?:[\w'’&-]+\s+){0,3}?" + re.escape(noun) + r"\b")
        found = apposed.match(self.text, mention.end)
        return found.span() if found is not None else None

    def _other_body(self, claim: Claim, span: tuple[int, int]) -> bool:
        """Whether the words ``span`` name anything but the claim's own body: a capitalized word
        ("Lib Dem home affairs spokesman", which the model may tag as a person) outside the own
        body's mentions, an opening article and an honorific aside."""
        own = claim.speaker_affiliation if claim.speaker_affiliation is not None else claim.speaker
        own_key = self.mentions[own].key if own is not None else None
        owned = [(m.start, m.end) for m in self.mentions[bisect.bisect_left(self.starts, span[0]):
                                                         bisect.bisect_left(self.starts, span[1])]
                 if own_key is not None and m.key == own_key]
        for word in re.finditer(r"[A-Za-z][\w'’&.-]*", self.text[span[0]:span[1]]):
            at = span[0] + word.start()
            if word.group()[0].isupper() and word.group().lower() not in self.coref.lexicon.determiners \
                    and word.group() not in _honorifics() and not any(a <= at < b for a, b in owned):
                return True
        return False

    def _described_role(self, claim: Claim) -> str | None:
        """The role noun of a claim's speaker phrase that describes one person not named ("its
        chairman", "the region's justice minister", "the head of the X panel"), lower case; None
        for a resolved or anonymous speaker ("a spokesman"), a document, several people, a bare
        "the <noun>" (it points back to someone just talked about) or a capitalised title ("The
        Archbishop of Y", an office the story may not name at all)."""
        speaker = self.speakers[id(claim)]
        if speaker.mention is not None or speaker.anonymous or speaker.group or speaker.plural \
                or speaker.kind == "document" or not claim.speaker_span or not claim.cue_span:
            return None
        words = (claim.speaker_text or "").split()
        phrase = " ".join(words).split(" of ")[0].split()  # "the head of X's panel": "head"
        if len(words) < 2 or len(phrase) < 1 or not re.fullmatch(r"[a-z][a-z-]*", phrase[-1]):
            return None
        first, head = words[0].lower(), phrase[-1]
        owned = re.search(r"['’]s?$", words[0]) is not None or first in _OWN_GOVERNMENT
        if not (first == "the" or owned) or (first == "the" and len(words) == 2):
            return None  # "a lawyer": unnamed; "the lawyer": the one the story just talked about
        if not self._role_noun(head):
            return None  # "the spokesman": his body's voice, whoever he is
        return head

    def _role_noun(self, noun: str) -> bool:
        """A noun of one person's post: the coref person table's, or since round 55 a post the
        table lacks (``post_nouns``: "its co-chairman", "X's agent"); no spokesman's noun."""
        lexicon = self.coref.lexicon
        return (lexicon.kind_of_noun(noun) == "person" or noun in lexicon.post_nouns) \
            and noun not in self.lexicon.body_speaker_nouns

    def _indefinite_role(self, claim: Claim) -> str | None:
        """The role noun of an unresolved speaker phrase that introduces one person with an
        article ("a retail analyst", "one analyst", "a Home Office minister"), lower case; None
        otherwise. Such a phrase is mostly an unnamed source: the caller takes a name only when
        the next sentence gives it that same noun."""
        speaker = self.speakers[id(claim)]
        if speaker.mention is not None or speaker.group or speaker.plural or speaker.kind == "document" \
                or not claim.speaker_span or not claim.cue_span:
            return None
        words = (claim.speaker_text or "").split()
        if len(words) < 2 or words[0].lower() not in _ONE_PERSON_OPENERS or " of " in " ".join(words) \
                or not re.fullmatch(r"[a-z][a-z-]*", words[-1]):
            return None  # "one of the bidders": one of a set, the set's rules' work
        return words[-1] if self._role_noun(words[-1]) else None

    def _first_named_next(self, claim: Claim, later: Sequence[Claim], head: str,
                          same_role: bool = False) -> int | None:
        """The person the first claim of the sentence after ``claim``'s cue has as its speaker,
        when that sentence names him for the first time in the story's body (see
        :meth:`named_next_speakers`); None otherwise. ``same_role`` (an indefinite description):
        only when that sentence gives him ``head`` as his title or apposed role and the story
        gives no other person that noun."""
        following = [c for c in later if c.cue_span and c.sentence == claim.sentence + 1
                     and not (claim.start <= c.cue_span[0] < claim.end)]
        if not following:
            return self._speaking_opener(claim, head, same_role)
        nxt = following[0]
        speaker = self.speakers[id(nxt)]
        named = speaker.mention
        if named is None or not nxt.speaker_span or not self._written_in(named, nxt.speaker_span) \
                or speaker.group or not self.coref.is_person(self.mentions[named]) \
                or self._own_role(nxt, head) or self._other_voice(nxt):
            return None
        apposed = self._apposed_noun(named)
        if apposed is not None and apposed != head:
            return None  # "X, spokesman for Y, said": a role of his own
        if same_role and not (apposed == head or self._titled_with(nxt, named, head)
                              or self._lead_named_bare(claim, nxt, named)) \
                or same_role and self._role_of_another(head, self.mentions[named].key):
            return None
        key = self.mentions[named].key
        title = title_line(self.text)
        body_start = title[1] if title else 0
        if any(m.key == key and body_start <= m.start < self.mentions[named].start for m in self.mentions):
            return None  # named before: the description may be someone else, and he a second voice
        if self._person_between(claim, self.mentions[named].start, key):
            return None
        return named

    def _speaking_opener(self, claim: Claim, head: str, same_role: bool) -> int | None:
        """ "..., the chairman of the Tamsk Guild said. | Guild chairman Ana Ruiz said: "..." ":
        the first person named in full in the next sentence, the subject of "said"/"told", when
        that sentence has no claim of its own (its quote went to a later tag: "..., she warned"),
        bare or after capitalised words ending on ``head``; an indefinite description only with
        ``head`` before the name. Named nowhere before in the body, no other person between.
        Round 69; None otherwise."""
        sentence = next((s for s in self.sentences if s.start <= claim.cue_span[0] < s.end), None)
        if sentence is None:
            return None
        start, end = self._next_sentence(max(sentence.end, claim.end))
        people = [i for i in range(bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end))
                  if self.mentions[i].label == _PERSON]
        if not people:
            return None
        first = people[0]
        mention = self.mentions[first]
        if not self.coref.is_person(mention) or len(mention.text.split()) < 2 \
                or not _SPEAKS_NEXT.match(self.text, mention.end):
            return None
        opening = self.text[start:mention.start].split()
        titled = bool(opening) and opening[-1].lower() == head
        if opening and not (titled and all(w[:1].isupper() for w in opening[:-1])) \
                or opening and opening[0].lower() in self.lexicon.other_voice_openers:
            return None  # "But Ana Ruiz said", "Union leader Ana Ruiz said": another voice, or a role of her own
        if same_role and not titled:
            return None
        title = title_line(self.text)
        body_start = title[1] if title else 0
        if any(m.key == mention.key and body_start <= m.start < mention.start for m in self.mentions):
            return None
        return None if self._person_between(claim, mention.start, mention.key) else first

    def _lead_named_bare(self, claim: Claim, nxt: Claim, named: int) -> bool:
        """ "A former Tamsk minister has called for ... | Ana Ruiz said ...": a story's lead (its
        first two body paragraphs, a standfirst and the lead proper) brings its source in by
        description, and the next sentence's first claim names her bare, in full ("Ana Ruiz",
        two words or more, no title, no apposition) as its speaker. Round 69: readers count the null wrong there. Outside the lead, or with
        words of his own about the named one ("X, leader of Y,"), an indefinite description may
        be someone else and keeps the same-noun test."""
        title = title_line(self.text)
        lead = self._paragraph(title[1]) + 1 if title else 1
        mention = self.mentions[named]
        bare = tuple(nxt.speaker_span) == (mention.start, mention.end)  # the phrase is the name alone
        return self._paragraph(claim.cue_span[0]) <= lead + 1 and bare \
            and len(mention.text.split()) >= 2 and self._apposed_noun(named) is None

    def _own_role(self, claim: Claim, noun: str) -> bool:
        """Whether the claim's speaker phrase gives its speaker a person's noun other than
        ``noun`` ("Union leader X" for "the chairman"), as :meth:`_other_role` asks; an honorific
        ("Lord X", "Dr X") is part of a name, no role."""
        words = [w for w in re.findall(r"[A-Za-z][A-Za-z-]*", claim.speaker_text or "") if w not in _honorifics()]
        return any(w.lower() != noun and self.coref.lexicon.kind_of_noun(w.lower()) == "person" for w in words)

    def _written_in(self, index: int, span: Sequence[int]) -> bool:
        """Whether mention ``index`` is written inside ``span`` (the name itself, not a "she" or an
        earlier mention a pronoun was resolved to)."""
        return span[0] <= self.mentions[index].start and self.mentions[index].end <= span[1]

    def _apposed_role(self, index: int) -> bool:
        """ "Ana Ruiz, spokesman for X, said": a name with words set after it by a comma, which
        give him a role of his own."""
        return re.match(r"\s*,\s*\S", self.text[self.mentions[index].end:]) is not None

    def _apposed_noun(self, index: int) -> str | None:
        """The head noun of the words a comma sets after a name ("X, a retail analyst at Y,":
        "analyst"; "X, spokesman for Y": "spokesman"), lower case; "" when they have no such
        noun; None when no comma follows the name (see :meth:`_apposed_role`)."""
        if not self._apposed_role(index):
            return None
        match = _APPOSED_ROLE.match(self.text, self.mentions[index].end)
        return match.group(1).lower() if match is not None else ""

    def _titled_with(self, claim: Claim, index: int, noun: str) -> bool:
        """Whether ``claim``'s speaker phrase writes ``noun`` before the name of mention ``index``
        ("Home Office minister Ana Ruiz said")."""
        before = self.text[claim.speaker_span[0]:self.mentions[index].start].lower()
        return re.search(r"\b" + re.escape(noun) + r"\s+(?:[a-z]+\.?\s+)?$", before) is not None

    def _role_of_another(self, noun: str, key: str) -> bool:
        """Whether the story gives ``noun`` to a person other than ``key``, as a title before his
        name ("analyst Jo Brann") or in an apposition after it ("Jo Brann, an analyst at X,"):
        then an unnamed "an analyst" may be either."""
        for index, mention in enumerate(self.mentions):
            if mention.label != _PERSON or mention.key == key:
                continue
            before = self.text[max(0, mention.start - 40):mention.start].lower()
            if re.search(r"\b" + re.escape(noun) + r"\s+(?:[a-z]+\.?\s+)?$", before) \
                    or self._apposed_noun(index) == noun:
                return True
        return False

    def _other_voice(self, claim: Claim) -> bool:
        """Whether the sentence of ``claim``'s cue opens with a word bringing in another voice
        (``other_voice_openers``: "But X said", "However, X warned")."""
        sentence = next((s for s in self.sentences if s.index == claim.sentence), None)
        if sentence is None:
            return True
        opening = re.match(r"[\s\"“'‘]*([A-Za-z]+)", self.text[sentence.start:sentence.end])
        return opening is not None and opening.group(1).lower() in self.lexicon.other_voice_openers

    def _person_between(self, claim: Claim, end: int, key: str) -> bool:
        """A person other than ``key`` named after ``claim``'s speaker phrase and before ``end``,
        outside quotes and outside what the claim says (whom it talks about is no rival)."""
        low = bisect.bisect_left(self.starts, claim.speaker_span[1])
        high = bisect.bisect_left(self.starts, end)
        return any(self.mentions[i].label == _PERSON and self.mentions[i].key != key
                   and not self.coref.in_quote(self.mentions[i].start)
                   and not (claim.start <= self.mentions[i].start < claim.end) for i in range(low, high))

    def _headline_person(self, words: str) -> bool:
        """A headline's bare singular noun of one person, with at most three words before it and
        no determiner ("Minister", "Tory leader", "US bank boss", "PM"; not "Ministers", "A
        minister", "Police")."""
        parts = words.split()
        if not 1 <= len(parts) <= 4 or parts[0].lower() in self.coref.lexicon.determiners:
            return False
        head = parts[-1].lower()
        return (self.coref.lexicon.kind_of_noun(head) == "person" or head in self.lexicon.relation_nouns
                or head in self.lexicon.headline_person_initials) and not head.endswith("s")

    def _lead_speaker(self, claims: Sequence[Claim], title: Span, headline: Claim) -> int | None:
        """The first claim of the body (in its first two paragraphs) whose speaker is one named
        person; None when the lead paragraph has a speaker of another person, or the headline
        phrase names that person itself."""
        lead = self._paragraph(title[1]) + 1
        body = [c for c in claims if c.cue_span and c.cue_span[0] > title[1]
                and self._paragraph(c.cue_span[0]) <= lead + 1]
        people = [(c, self.speakers[id(c)].mention) for c in body if self._one_person(self.speakers[id(c)])]
        if not people:
            return None
        key = self.mentions[people[0][1]].key
        if any(self.mentions[m].key != key for c, m in people if self._paragraph(c.cue_span[0]) <= lead):
            return None  # two people speak in the lead: either may be the headline's
        start, end = headline.speaker_span
        named = {m.text for m in self.mentions if m.key == key} | {key}
        words = {w for n in named for w in re.findall(r"[\w'’-]+", n.lower())}
        if any(m.key == key for m in self.mentions if start <= m.start and m.end <= end) \
                or words & set(re.findall(r"[\w'’-]+", self.text[start:end].lower())):
            return None  # "Brown ally rejects": not Brown, whether or not the headline's word is a mention
        return people[0][1]

    def _one_person(self, speaker: Speaker) -> bool:
        """The speaker resolved to one named person (no group, no unnamed source)."""
        return speaker.mention is not None and not speaker.group and not speaker.anonymous \
            and self.coref.is_person(self.mentions[speaker.mention])

    def _continued_office(self, item: Found) -> bool:
        """ "X has said ... | The rural affairs minister said": a definite description of one
        person by an office ("the Tory leader", "the minister"; not "the party's leader", not
        "the chairman of X", not a state's one office the reader knows without a name, "the
        prime minister": ``national_offices``) that the document ties to nobody, as the subject
        opening its sentence or right after the said words, not set against what was said
        before ("But the minister said" answers the one who spoke): news names a speaker and
        goes on with the office instead of the name."""
        words = self._words(item.speaker).lower().split()
        if item.speaker_plural or len(words) < 2 or words[0] != "the" or item.speaker_head[1] != item.speaker[1] \
                or item.speaker_lemma.lower() not in self.coref.lexicon.office_nouns or self._owned(item) \
                or self._title(item) in self.coref.lexicon.national_offices:
            return False
        before = self.text[self.coref.sentence_start(item.speaker[0]):item.speaker[0]]
        if _CONTRAST_BEFORE.search(before):
            return False
        after_said = item.content is not None and item.content[1] <= item.speaker[0] \
            and re.fullmatch(r"[\s,\"”’'.]*", self.text[item.content[1]:item.speaker[0]]) is not None
        return after_said or re.fullmatch(r"\s*(?:(?:and|so|now|also)\s+)?", before, re.IGNORECASE) is not None

    def _may_hold(self, index: int, item: Found) -> bool:
        """The person may be the office's holder: the document gives him no title, or gives him
        that title or its noun ("Tory leader X" for "the Conservative leader"; never "shadow
        chancellor X" for "the chancellor", nor "Home Secretary X" for "the Lib Dem leader")."""
        titles = titles_in_document(self.text, self.mentions, self.mentions[index].key, self.coref.lexicon)
        return not titles or self._title(item) in titles or item.speaker_lemma.lower() in titles

    def _reported_in(self, near: int, earlier: Sequence[Claim]) -> Claim | None:
        """The last of the few latest earlier claims whose content names the pronoun's nearest
        person, when that person is not its speaker ("Mr X has failed, he claimed, saying he
        has the wrong answer": the next "he" is the one who claimed); else None. A claim with
        no speaker phrase ("it is reported that X will quit") has nobody a "he" could go on
        from: the caller takes the person named in it."""
        at = self.mentions[near].start
        for claim in reversed(earlier[-_REPORTED_REACH:]):
            if not any(s <= at < e for s, e in (claim.pieces or [(claim.start, claim.end)])):
                continue
            speaker = self.speakers[id(claim)]
            if claim.kind == "document" or self._same_actor(near, speaker.mention):
                return None
            return claim
        return None

    def _pronoun_in_same_words(self, near: int, item: Found, reported: Claim) -> bool:
        """The pronoun's speaker phrase lies in the same piece of ``reported``'s words as the
        person of mention ``near``, after that person: both are the reporter's words."""
        at = self.mentions[near].start
        return any(s <= at < item.speaker[0] < e for s, e in (reported.pieces or [(reported.start, reported.end)]))

    def _no_person_reporter(self, claim: Claim, speaker: Speaker) -> bool:
        """The claim's speaker can be no singular person: no actor, and its phrase is many
        people ("three-quarters", "fans") or a thing whose words hold no noun of a person ("the
        documentary", "the letter")."""
        if speaker.mention is not None or speaker.group or claim.speaker_text is None:
            return False
        if speaker.plural:
            return True
        words = claim.speaker_text.split()
        if any(w[:1].isupper() for w in words[1:]) or words[0].lower() not in self.coref.lexicon.determiners:
            return False  # "Rowling", "the Daily Echo": a name the rules left unresolved, maybe a person's
        head_words = _HEAD_PART.split(claim.speaker_text.lower(), maxsplit=1)[0]
        return not speaker.described and not speaker.unlinked and not any(
            self._people_noun(w) for w in re.findall(r"[a-z][a-z-]*", head_words))

    def _told_of_by_unnamed(self, near: int, earlier: Sequence[Claim]) -> bool:
        """The pronoun's nearest person is named inside what the last earlier claim says, and that
        claim's speaker is one person the text describes but did not resolve ("the comedian"):
        the "he" after it is more likely the speaker than a person he talked about."""
        if not earlier:
            return False
        claim = earlier[-1]
        speaker = self.speakers[id(claim)]
        return (claim.start <= self.mentions[near].start < claim.end and speaker.mention is None
                and not speaker.anonymous and not speaker.plural and claim.speaker_text is not None
                and claim.kind != "document")

    def _rival_between(self, claim: Claim, item: Found, speaker: Speaker, word: str, earlier: Sequence[Claim]) -> bool:
        """A person described after the earlier claim may be what the pronoun means
        (``coref.other_person_between``); one the document shows to be of the other gender is no
        rival ("Ms X said ... the mayor [a man] ... She said"), but only when that claim is the
        last one: a "he" is never carried over another claim's speaker."""
        agreeing = word if earlier and claim is earlier[-1] else ""
        end = item.cue[0] if self._reported_inside(claim, earlier) else self._before_own_words(item)
        start = self._after_claim(claim)
        if agreeing:
            # round 69: "said Ana Ruiz, head of X and the Y editor. '...,' she added": the posts
            # set off after the speaker's name are hers, no rival for the "she" that goes on
            start = max(start, self._speaker_apposition_end(claim) or start)
        return self.coref.other_person_between(start, end, speaker.mention, agreeing=agreeing)

    def _speaker_apposition_end(self, claim: Claim) -> int | None:
        """ "..., said Ana Ruiz, chair of the panel and the Tamsk Post's books editor.": where the
        description set off by a comma right after the claim's speaker phrase ends, when it is a
        person's post (its head a person noun, :meth:`_apposed_person`) that runs, with no other
        comma and no person named in it, to the end of the sentence. Every description in it is
        the speaker's own (a second post joined by "and"); None otherwise."""
        span = claim.speaker_span
        if span is None or span[1] < self._after_claim(claim) or not self._apposed_person(span[1]):
            return None
        found = _APPOSITION_TO_END.match(self.text, span[1])
        if found is None:
            return None
        low, high = bisect.bisect_left(self.starts, span[1]), bisect.bisect_left(self.starts, found.end())
        if any(self.mentions[i].label == _PERSON for i in range(low, high)):
            return None  # "X, an aide to Minister Y.": another person named in it
        return found.end()

    @staticmethod
    def _before_own_words(item: Found) -> int:
        """Where the text before a pronoun's claim ends, for a rival: at its cue, or where what the
        pronoun's speaker says starts when those words come first ("The chancellor's plan will
        fail, he said"). A person the speaker talks about there is no rival for the "he", as one
        inside an earlier claim's words is none (:meth:`_after_claim`, :meth:`_named_in_content`)."""
        if item.content is not None and item.content[1] <= item.cue[0]:
            return item.content[0]
        return item.cue[0]

    @staticmethod
    def _reported_inside(claim: Claim, earlier: Sequence[Claim]) -> bool:
        """The claim's cue lies inside what another earlier claim says ("they believe X is using
        it to suggest ..."): X is talked about there, not the one the story follows, so a person
        described in the pronoun's own words still counts as a rival to X."""
        return any(other is not claim and other.start <= claim.cue_span[0] < other.end for other in earlier)

    def _after_claim(self, claim: Claim) -> int:
        """Where the text after an earlier claim starts: past its cue and past what it says. A
        person its speaker talks about ("X said the chancellor should lead") is no rival for a
        later "he", as a name inside a quote is none."""
        return max(claim.cue_span[1], claim.end)

    def _other_body_between(self, claim: Claim, item: Found, speaker: Speaker) -> bool:
        """An organisation other than the earlier claim's speaker named (outside quotes and outside
        what that claim says) between it and an "it said": "it" may be that one."""
        start, end = max(claim.cue_span[1], claim.end), item.cue[0]
        own = self.mentions[speaker.mention].key if speaker.mention is not None else None
        low, high = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        return any(self.mentions[i].label in ("ORG", "OUTLET") and self.mentions[i].key != own
                   and not self.coref.in_quote(self.mentions[i].start)
                   and not self._abbreviation_of(i, claim) for i in range(low, high))

    def _abbreviation_of(self, index: int, claim: Claim) -> bool:
        """ "said the Federal Communications Commission (FCC)": the name in brackets right after
        the speaker's phrase is that body's short name, no other body."""
        return claim.speaker_span is not None and re.fullmatch(
            r"\s*\(", self.text[claim.speaker_span[1]:self.mentions[index].start]) is not None

    def _named_in_content(self, mention: int, item: Found) -> bool:
        """The actor is named by name in what the pronoun's speaker says: then the pronoun is
        someone else (a speaker talks of himself as "I", and the reporter writes "he")."""
        if item.content is None or self.mentions[mention].label != _PERSON:
            return False
        surname = self.mentions[mention].full_name.split()[-1]
        # by the surname's word, as the mention finder may miss "Mr X" in a reported clause
        content = self.text[item.content[0]:item.content[1]]
        if len(surname) > 1 and surname[0].isupper() and re.search(rf"\b{re.escape(surname)}\b", content):
            return True
        return self._given_name_in_content(mention, content)

    def _given_name_in_content(self, mention: int, content: str) -> bool:
        """ "“Michael is the player we want,” he said" after "Michael Owen": the person's given
        name in what the pronoun's speaker says, when no other person of the document carries it
        (a speaker does not call himself by his first name, the reporter writes "he")."""
        full = self.mentions[mention].full_name
        words = full.split()
        given = words[0] if len(words) > 1 else ""
        if len(given) < 3 or not given[0].isupper() or self.coref.untitled(full) != full:
            return False  # no given name ("Ancram"), or a title ("Mr Ancram")
        found = self.coref.name(given, self.mentions[mention].start)
        return found is not None and self._same_actor(found, mention) \
            and re.search(rf"\b{re.escape(given)}\b", content) is not None

    def _same_actor(self, a: int | None, b: int | None) -> bool:
        return a is not None and b is not None and self.mentions[a].key == self.mentions[b].key

    def _government_state(self, claim: Claim, speaker: Speaker) -> bool:
        """ "the government said", linked to the state the story makes clear (round 35,
        ``coref.governments``): the state is named outside the speaker's words, so a later "it"
        a paragraph away more likely stands for another body, as before the state was linked."""
        if speaker.mention is None or claim.speaker_span is None or not claim.speaker_text:
            return False
        words = claim.speaker_text.lower().split()
        mention = self.mentions[speaker.mention]
        return words[-1] in self.coref.lexicon.government_nouns and mention.label == "GPE" \
            and not claim.speaker_span[0] <= mention.start < claim.speaker_span[1]

    def _compatible(self, kind: str, speaker: Speaker, claim: Claim, word: str = "") -> bool:
        label = self.mentions[speaker.mention].label if speaker.mention is not None else None
        if speaker.group:  # "the pair said ... They added": the pair again, not one of them; only
            # people ("Labour and the Lib Dems said": bodies keep the rules below)
            return kind == "group" and self.coref.is_person(self.mentions[speaker.mention])
        genders = self.coref.lexicon.pronoun_genders
        said_as = genders.get((claim.speaker_text or "").lower())
        if kind == "person" and said_as and genders.get(word) and said_as != genders.get(word):
            return False  # the earlier claim's own "He" tells its speaker's gender: no "she" for him
        if kind == "person":
            if label == _PERSON:  # not a party the model tagged as a person ("Labour said ... he"),
                # nor a body the document shows it to be ("X frontman Y said ... he")
                return self.coref.speaks_as_person(speaker.mention) and self.coref.agrees(speaker.mention, word)
            titled = self.coref.titled_gender(speaker.mention) if label is not None else None
            if titled is not None:  # "Vince Kell" tagged a body, "Mr Kell" after: a person of that gender
                return genders.get(word) in (None, titled)
            # an unnamed source that is a person ("a spokesman", not "Monday night's vote")
            # by the words before the phrase's first preposition ("a spokesman for the firm"; not
            # "a review of plans for the budget", whose "for" is no agent noun)
            head_words = _HEAD_PART.split((claim.speaker_text or "").lower(), maxsplit=1)[0]
            unnamed_person = speaker.anonymous and any(self._people_noun(w) for w in re.findall(
                r"[a-z][a-z-]*", head_words))
            return label is None and (unnamed_person or speaker.described or speaker.unlinked) and not speaker.plural
        if kind == "group":
            # "The couple said ... They added": a plural speaker left without an actor is still the
            # nearest "they", not a body named further back
            # ... but no documents ("They claim figures show X. They also believe": not the figures)
            # ... and never the outlet that carried the story: an outlet is an "it" ("X, Reuters
            # reported. They have all denied": the people reported on)
            return (label in _GROUP_LABELS and label != "OUTLET" and not self.coref.named_person(speaker.mention)) \
                or (label is None and speaker.plural and claim.kind != "document")
        # "it said": a document, or a body that spoke as one ("The ministry said ... It added")
        return claim.kind == "document" or (label in _SINGULAR_BODIES and not speaker.plural
                                            and not self.coref.named_person(speaker.mention)) \
            or (label is None and speaker.body) \
            or (speaker.mention is not None and self._body_tagged_person(kind, speaker.mention)
                and not speaker.plural)  # a firm the model typed a person here, a body by most mentions

    def _same_name(self, words: str) -> int | None:
        """A capitalized speaker the mention finder missed here ("Labour later said") that is
        written exactly as a mention elsewhere in the document: that mention (nearest before)."""
        same = [i for i, m in enumerate(self.mentions) if m.text == words]
        return same[0] if same else None

    # --- outlets -----------------------------------------------------------------------------

    def outlet(self, item: Found) -> Span | None:
        """The first addressee that is the press: an outlet name, or "reporters"."""
        for span, head in zip(item.addressees, item.addressee_heads):
            if span is None:
                continue
            if head in self.lexicon.outlet_nouns or self._mention_in(span, tuple(self.lexicon.outlet_labels)) is not None:
                return span
        return None

    # --- lookups -----------------------------------------------------------------------------

    def _mention_at(self, span: Span | None) -> int | None:
        if span is None:
            return None
        at = bisect.bisect_right(self.starts, span[0]) - 1
        while at >= 0 and self.mentions[at].end > span[0] - 200:
            mention = self.mentions[at]
            if mention.start <= span[0] and span[1] <= mention.end:
                return at
            at -= 1
        return None

    def _mention_in(self, span: Span | None, labels: Sequence[str]) -> int | None:
        """The first mention inside ``span`` with one of ``labels``, in the order of ``labels``."""
        if span is None:
            return None
        low, high = bisect.bisect_left(self.starts, span[0]), bisect.bisect_right(self.starts, span[1])
        inside = [i for i in range(low, high) if self.mentions[i].end <= span[1]]
        for label in labels:
            for index in inside:
                if self.mentions[index].label == label:
                    return index
        return None

    def _paragraph(self, offset: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, offset)

    def _words(self, span: Span | None) -> str:
        return self.text[span[0]:span[1]] if span else ""


# "a spokesman for the firm", "a senior source at the club": one voice of a body named by description
_VOICE_OF = re.compile(r"(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:[a-z][\w-]*\s+){0,2}(?P<voice>[a-z]+)\s+(?:for|at|from|of|with)\s+"
                       r"(?P<body>the\s+(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z]+))")

# between a name and the description apposed to it that the parse took for the speaker ("X, the firm")
_APPOSED_BEFORE = re.compile(r"\s*,\s*")
# round 69: a comma, then one description with no other comma, quote or clause mark, to the end
# of its sentence (a full stop, "!" or "?" before a space, a quote mark or the text's end)
_APPOSITION_TO_END = re.compile(r"\s*,\s*[^,;:()\"“”.!?]+[.!?](?=\s|[\"“”]|$)")
# "a bank spokesman", "a senior company spokeswoman": the body's description noun before the voice's
_DESCRIBED_VOICE = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w-]*\s+)?(?P<body>(?P<noun>[a-z]+))\s+(?P<voice>[a-z]+)")


@lru_cache(maxsize=1)
def _title_qualifiers() -> frozenset[str]:
    """Lower-case words a person's title may hold before its post ("general secretary", "deputy
    minister"): the ``qualifier`` and ``role`` lists of name_structure.yaml."""
    table = load_yaml("name_structure.yaml")
    return frozenset(str(w).lower() for key in ("qualifier", "role") for w in table.get(key) or ())


@lru_cache(maxsize=1)
def _honorifics() -> frozenset[str]:
    """ "Sir", "Dr", "Lord": words only ever before a person's name (the mention stage's table),
    which the model leaves out of the name it tags."""
    return frozenset(str(w) for w in load_yaml("entity_rules.yaml").get("honorifics") or ())


@lru_cache(maxsize=1)
def _name_suffixes() -> frozenset[str]:
    """ "QC", "MSP": letters after a person's name (``name_suffixes`` in entity_rules.yaml)."""
    return frozenset(str(w) for w in load_yaml("entity_rules.yaml").get("name_suffixes") or ())


@lru_cache(maxsize=1)
def _name_titles() -> frozenset[str]:
    """Words the model leaves out before an apposed name: honorifics, person titles ("Captain"),
    a post's letters ("MP X") and the ``apposed_titles`` table ("Reverend")."""
    rules = load_yaml("entity_rules.yaml")
    return _honorifics() | _name_suffixes() | frozenset(
        str(w) for key in ("person_titles", "apposed_titles", "apposed_ranks") for w in rules.get(key) or ())


@lru_cache(maxsize=1)
def _person_trades() -> frozenset[str]:
    """Nouns only a person bears (entity_rules ``person_nouns_before``: "playwright", "singer"):
    a title they close before a name says the name is a person's."""
    return frozenset(str(w).lower() for w in load_yaml("entity_rules.yaml").get("person_nouns_before") or ())


def _apposition_gap(between: str) -> bool:
    """What may stand between a speaker phrase and the name apposed to it: a comma and up to four
    lower-case words (", software giant "), and a title the model left out of the name
    ("said its chairman, Sir Ana Ruiz", ", Captain X", ", Labour MP X": a post's letters may
    follow one capitalised word, its party). Since round 55 a run of titles (", the Rt Rev Dr
    X", ", Ambassador X"), which may be set off by a comma of its own (", Acting Detective Chief
    Superintendent, X")."""
    words = between.rstrip().split()
    if len(words) > 2 and words[-1].endswith(",") and _only_titles(words[-1][:-1]) and between.endswith(" "):
        between = between.rstrip()[:-1] + " "  # ", Acting Detective Superintendent, ": the rank's own comma
        words = between.rstrip().split()
    if words and words[-1].rstrip(".") in _name_titles() and between.endswith(" "):
        between = between[:between.rstrip().rfind(words[-1])]
        party = between.rstrip().split()
        if words[-1] in _name_suffixes() and len(party) > 1 and re.fullmatch(r"[A-Z][a-z]+", party[-1]):
            between = between[:between.rstrip().rfind(party[-1])]
        while _only_titles(between.rstrip().split()[-1] if between.split() else ""):
            between = between[:between.rstrip().rfind(between.split()[-1])]  # "Rt Rev" before "Dr"
    return _APPOSITION.fullmatch(between) is not None


def _only_titles(words: str) -> bool:
    """Whether ``words`` are titles only ("Rt Rev Dr", "Ambassador"): ``_name_titles``."""
    return bool(words.split()) and all(w.rstrip(".") in _name_titles() for w in words.split())


def _suffixes_only(tail: str) -> bool:
    """ "", " MP", " MSP": nothing, or only a person's letters after a name (``name_suffixes``),
    between a name and the end of its phrase."""
    return all(word in _name_suffixes() for word in tail.split()) and (not tail or tail[:1].isspace())


def _suffix_closed(after: str) -> bool:
    """ " MSP, said": a post's letters after the apposed name, then the closing comma."""
    match = re.match(r"\s+([A-Z]{2,3})\s*,", after)
    return match is not None and match.group(1) in _name_suffixes()


def _sentence_index(sentences: Sequence[Sentence], offset: int) -> int:
    starts = [s.start for s in sentences]
    at = bisect.bisect_right(starts, offset) - 1
    return sentences[at].index if at >= 0 else 0


def _singular(word: str) -> str:
    """A plural noun's singular, by its ending ("researchers", "bodies"): enough for table look-ups."""
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    """The peoples' words of ``demonyms.tsv`` ("british", "egyptian"), lower case."""
    return frozenset(line.split("\t")[0].strip().lower() for line in load_lines("demonyms.tsv") if "\t" in line)


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    return frozenset(load_lines("countries.txt"))


def _national_side(mention: Mention) -> bool:
    """A country's national side ("the Kemaria game": the key "kemaria team"): no club, firm or
    body a "the German club" description may mean; a town's side is its club and stays one."""
    return mention.key == f"{mention.text.lower()} {TEAM_SUFFIX}" and mention.text in _countries()
