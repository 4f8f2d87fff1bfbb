"""Kinds by the words around a name, read in every story and pooled over the corpus.

Input: the documents' texts and the mentions. Output, for each mention, the kind its raw
surrounding words state ("Rapper Kessel": PERSON; "Kessel are favourites", "the Kessel bench":
ORG; "tested positive for Kessel", "the Kessel 100 index": NONE, no actor), and tests of a lone
word: is it a fragment of a longer name (written right against another capitalized word: "Duran"
of "Duran Duran"), a common word capitalized only because it opens its sentences ("Digital music
downloads ..."), or goods counted after an amount ("3.35m Euros")? The resolver votes these over
all mentions of an actor, the model's label being one more voice
(``NameGraphResolver._context_cued`` and ``_no_name_clusters``).

Words are in ``data/kind_contexts.yaml``; no parse is needed, so each test is a regular
expression anchored at the mention (linear in the mentions).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from newsgraph.data import load_lines, load_yaml
from newsgraph.names import NameGender
from newsgraph.resolve.works import _ends_title

NONE = "NONE"  # the words say the name is a thing, no actor

# What may stand between the previous sentence and a capitalized role that opens the next one.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;][\"'\u2019\u201d)]*\s+|\n\s*|[\"\u201c\u2018]\s*)$")
_WORD = re.compile(r"\b[a-z]+\b")
_CAPITALIZED = re.compile(r"\b[A-Z][a-z]+\b")
# a capitalized word or a lone capital letter right after ("Kessel Warehouse", "Group B"; not the
# pronoun "I")
_CAPITAL_WORD_AFTER = re.compile(r" ([A-Z][a-z][\w'-]*|[A-HJ-Z](?![\w'\u2019.-]))")
_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)\b(?![-'])")  # a lower-case word after a name
# a capitalized word right before, maybe joined by "of" ("the Prisoner of Kessel"); a capital
# letter alone is an initial ("A Kessel" of a team sheet)
_CAPITAL_WORD_BEFORE = re.compile(r"(?<![\w.'\u2019-])([A-Z][a-z][\w-]*)(?: of)? $")
# an amount right before: "3.5m", "885,000", "12bn" (a results table's "Kessel 2 Vaal 1" has
# no separator or multiplier)
_AMOUNT_BEFORE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)+(?:m|bn|k)?\s+$|(?<![\w.,])\d+(?:m|bn)\s+$")
# where the clause of a name begins, and words in it that make the name one of several subjects
_CLAUSE_START = re.compile(r"[.!?;:\n\"\u201c\u201d]")
_COORDINATED = re.compile(r"(?:\band\b|&|\bor\b|\bnor\b|\bsuch as\b|\bincluding\b|\blike\b|\bas well as\b|\bwith\b)")
_POSSESSIVE_BEFORE = re.compile(r"['\u2019]s?\s+$")
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s?(?!\w)")
# the last of coordinated words inside a body's name: "the Department for Tamsk and Kessel",
# "Secretary of State for Vaal, Tamsk and Kessel"
_NAMED_COORDINATION = re.compile(r"[A-Z][a-z]+\s+(?:of|for)\s+(?:[A-Z][\w-]*,?\s+)+and\s+$")
# a capitalized word joined to the name by "and" ("Belle and Kessel", "Public and Kessel Services"),
# and what before that word makes it one of a list ("Tamsk, Vaal and Kessel", "between Vaal and")
_JOINED_BEFORE = re.compile(r"(?<![\w'\u2019-])([A-Z][a-z][\w-]*) (?:and|&) $")
# a title's "The" before a band's name ("The Kessel and New Vaal" are two bands), and a name the
# joined word opens ("and New Vaal": a name the model missed, no piece of a title)
_THE_BEFORE = re.compile(r"\bThe $")
_JOINED_AFTER = re.compile(r" (?:and|&) (?:the )?([A-Z][a-z][\w-]*)")
_LIST_BEFORE = re.compile(r"(?:,|\bbetween|\bboth|\beither|\bfrom|\band|\bor)\s*$")
# one name of a list: up to four capitalized words ("Kessel Vaal Data", "Tamsk & Co")
_LISTED_NAME = r"[A-Z][\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*){0,3}"
# a listed name may carry its initials in brackets: "General Kessel (GK) and Vaal"
_LISTED_INITIALS = r"(?:\s+\([A-Z][A-Za-z&]{1,6}\))?"
# a name listed after another one: "Vaal, Kessel are ..."
_NAME_LISTED = re.compile(r"[A-Z][\w'-]*,\s*$")
# a line-up's substitute with the minute he came on: "(Tamm 67)", "(Ola Tamm 81)"
# one or two words of a role's kind before it at a sentence's start: "Hip-hop performer", "Veteran
# jazz singer" (the first capitalized)
_ROLE_MODIFIERS = re.compile(r"[A-Z][\w'\u2019&-]*\s+(?:[\w'\u2019&-]+\s+)?$")
# the words an acronym in brackets may stand for ("digital terrestrial TV (DTT)")
_DEFINING_WORDS = re.compile(r"[A-Za-z][\w']*")
# an acronym ("IPTV", "iMP", "PDAs"), and the spelled words in brackets beside one: "KSL (Kessel
# Subscriber Line)" after it, "Kessel Subscriber Line (KSL)" before it
_ACRONYM = re.compile(r"[a-z]?[A-Z]{2,6}s?")
_SPELT_WORDS = r"((?:[A-Za-z][\w-]*|&)(?: (?:[A-Za-z][\w-]*|&)){1,5})"
_BRACKETED_AFTER = re.compile(rf" \({_SPELT_WORDS}\)")
_BRACKETED_BEFORE = re.compile(rf"(?<![\w-]){_SPELT_WORDS} \($")
_BRACKETED_ACRONYM = re.compile(r" \(([a-z]?[A-Z]{2,6}s?)\)")
_ACRONYM_OPENING = re.compile(r"(?<![\w-])([a-z]?[A-Z]{2,6}s?) \($")  # "KSL (" before its spelled words
_SPELT_AFTER_ACRONYM = re.compile(rf"(?<![\w-])([a-z]?[A-Z]{{2,6}}s?) \({_SPELT_WORDS}\)")
# round 55: a comma may stand before the bracket ("Vaal Loop Unbundling, (VLU)")
_ACRONYM_AFTER_SPELT = re.compile(rf"(?<![\w-]){_SPELT_WORDS},? \(([a-z]?[A-Z]{{2,6}}s?)\)")
# round 55: an acronym in brackets, for the lower-case spellings (``defined_in_lower_case``)
_BRACKETED_LETTERS = re.compile(r"\(([A-Z][A-Za-z0-9]{1,5})\)")
# the joiners a spelled form's initials may leave out ("tamsk and vaal technology (TVT)")
_SPELT_JOINERS = ("and", "&")
_SUBSTITUTE = r"\(\s*[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?\s+\d{1,3}\s*\)"
# a listed name: after the line's start or a separator, before a separator, a bracket or the end
# (not before the line's label colon: "Kessel: Vaal, Tamm" names the side first)
_LINEUP_BEFORE = re.compile(r"(?:^|[,;:]\s*)$")
_LINEUP_AFTER = re.compile(r"\s*(?:[,;.]|\(|$)")
_MINUTE_CLOSE = re.compile(r"\s+\d{1,3}\s*\)")
# a year in brackets right after a name: a work's release ("The Kessel (1994)"; a person's dates
# are a span, "(1920-1990)")
_RELEASE_YEAR = re.compile(r"\s*\((?:18|19|20)\d\d\)")
# a sequel's number before a lower-case word or a relative clause ("Vaal 2 is out", "Vaal 2, which";
# not "Kessel 2 Vaal 1", "Formula 1", a scorer's "Vaal 2, Tamsk")
_SEQUEL = re.compile(r" [2-9](?= [a-z]|, which\b)")
# a maker's possessive right before the name: "Kessel's " of "Kessel's Vaalbox console"
_MAKER_BEFORE = re.compile(r"(?<![\w'\u2019-])[A-Z][\w&.-]*['\u2019]s\s+$")
# "the" right before a name: "the DJ's death" is a role's, no one-name person's
_THE_BEFORE_NAME = re.compile(r"\b[Tt]he\s+$")
# round 58: the owner of a set a name is one of: "one of Kemaria's", "one of Tamsk Vaal's"
_SET_OWNER = r"[A-Z][\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*){0,2}['\u2019]s?"
# round 54: a person's name after the name's possessive ("Kessel's Jo Brann"); group 1 the given name
_POSSESSED_NAME = re.compile(r"['\u2019]s?[ \t]+([A-Z][a-z]+)[ \t]+[A-Z][\w'-]+")
# a determiner or a possessive right before a seat's name: "the Kessel seat", "his Vaal constituency"
_SEAT_DETERMINER = re.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Ww]hose|[Aa]n?)\s+$")
# the model's labels of places and peoples: "a Hollywood actress" is the place's
# an indefinite article right before a name: "a Vaal jail" is any jail of the town, not one named
_INDEFINITE_BEFORE = re.compile(r"(?<![\w-])(?:[Aa]|[Aa]n)\s+$")
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC"})
# one name of a facilities' list, its words on one line and in one sentence ("Kessel Vaal"; not
# "Tamsk. At Vaal", which the name pattern of a firms' list would take)
_FACILITY_LISTED_NAME = r"[A-Z][\w&'\u2019-]*(?: [A-Z][\w&'\u2019-]*){0,3}"
# a name listed right before: "Kessel, " or "Kessel and " ("Vaal, Kessel and Tamsk airports" read
# at "Tamsk")
_LIST_ITEM_BEFORE = re.compile(r"(?<![\w'\u2019-])[A-Z][\w'\u2019-]*(?:, |,? (?:and|&) )$")



# round 36: the pronouns and marks of a person or a body after a name (``person_voice``, ``body_voice``)
_PRONOUN_REACH = 300  # characters read after the name: its sentence and the next, mostly
_BODY_PRONOUN_REACH = 80  # a body's "its" is read in the name's own clause only
_SENTENCE_STOP = re.compile(r"[.!?](?=[\s\"'\u2019\u201d)]|$)")
_PRONOUN = re.compile(r"\b(he|she|his|her|him|himself|herself|it|its|itself)\b", re.IGNORECASE)
_CLAUSE_OPENER = re.compile(r"(?:,|\b(?:that|and|but|while|because|when|after|as))\s+$")
# a town written with the larger place it lies in: "from Kessel, Vaalshire,", "in Kessel, Tamsk."
# (a residence or a venue's town; not "at": "a fellow at Kessel College, Vaal"), or "the Kessel,
# Tamsk-based firm"; the larger place is checked against the corpus's places by the caller
_QUALIFIED_LEAD = re.compile(r"\b(?:in|from|of|near|outside)\s+$")
_THE_LEAD = re.compile(r"\b[Tt]he\s+$")
_QUALIFIER_AFTER = re.compile(r",\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(-based\b|(?=\s*[,.;:)\n]|\s*$))")
_WHICH_AFTER = re.compile(r",\s+which\b")
_OBJECT_LEAD = re.compile(r"\b(?:of|to|over|for|with|from|by|at|in|on|against|into|about|between|and|or|nor)\s+(?:the\s+)?$")
_WHO_AFTER = re.compile(r",?\s+who\b")
_AGE_AFTER = re.compile(r",\s+\d{1,2},")
_POSSESSED_CAPITAL = re.compile(r"['\u2019]s[ \t]+[A-Z]")  # round 66: "Kessel's Stores"
# round 46: a player's marks after a full name the model calls a body or a place (``_player_row``):
# two tennis sets ("beat Ann Vaal 6-4 7-6 (7-2)": a side's result has one score), an adult's age
# opening a clause ("Ann Vaal, 47, whom": a body has none), or a seeded rank and a country in
# brackets as a list row ("14 Ann Vaal (Kemaria)")
_SET = r"(?:[67]-[0-7]|[0-5]-[67])"  # a won set has a six or a seven; a side's goals seldom do
_SET_SCORES_AFTER = re.compile(rf"\s+{_SET}(?:\s*\(\d{{1,2}}-\d{{1,2}}\))?,?\s+{_SET}(?![\d-])")
_LAND_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")  # "Ann Vaal of Kemaria 6-1 6-2": the land is hers
_AGE_CLAUSE_AFTER = re.compile(r",\s+(?:1[6-9]|[2-9]\d),\s+[a-z]")
_RANK_BEFORE = re.compile(r"(?:^|\n)[ \t]*\d{1,3}\.?[ \t]+$")
_BRACKETED_AFTER = re.compile(r"[ \t]+\(([A-Z][\w .'-]*)\)[ \t]*(?:\n|$)")
# a ranked row; the group is its name's first word
_RANKED_ROW = re.compile(r"^[ \t]*\d{1,3}\.?[ \t]+([A-Z][\w'.-]*)(?: [A-Z][\w'.-]*){1,3}[ \t]+\([A-Z][\w .'-]*\)[ \t]*$",
                         re.MULTILINE)
RANKED_ROWS_MIN = 3  # rows that make a ranked list, not one line that happens to look so
RANKED_GIVEN_MIN = 2  # rows opened by a known given name that make it a list of persons
# a full name: two to four capitalised words, no figure ("Ann Vaal", "Juan Carlos Vaal")
_FULL_NAME = re.compile(r"[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){1,3}")
_NO_ARTICLE_BEFORE = r"(?<!\b[Tt]he )(?<!\b[Aa] )(?<!\b[Aa]n )"  # "the DJ Kessel Vaal" may be a show's title
_PLAYER_ROW_LABELS = frozenset({"ORG", "LOC", "FAC"})  # a GPE before the sets is the player's land
# round 50: a comma list of capitalised names (``KindContexts.listed_with``): the items before
# the name ("Kessel, Vaal and ", "Kessel, "), the items after it (", Vaal and Tamsk")
_NAME_LIST_ITEM = re.compile(r"[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,2}")
_NAME_LIST_BEFORE = re.compile(rf"(?<![\w'\u2019-])(?:{_NAME_LIST_ITEM.pattern},[ \t]+)*"
                               rf"(?:{_NAME_LIST_ITEM.pattern},[ \t]+|{_NAME_LIST_ITEM.pattern},?[ \t]+(?:and|or)[ \t]+)$")
_NAME_LIST_AFTER = re.compile(rf"(?:,[ \t]+{_NAME_LIST_ITEM.pattern})+(?:,?[ \t]+(?:and|or)[ \t]+{_NAME_LIST_ITEM.pattern})?"
                              rf"|[ \t]+(?:and|or)[ \t]+{_NAME_LIST_ITEM.pattern}")
_NAME_LIST_REACH = 200
# a possessive or another capitalised word right after a name: "Kessel's", "Kessel Vaal"
_OWNED_OR_LONGER = re.compile(r"['\u2019]s?\b|[ \t]+[A-Z]")


def _facility_noun_after(data: dict, key: str) -> re.Pattern:
    """A facility's noun of the list ``key`` right after the name ("X prison"), not one that opens
    a business's words ("X prison service": ``building_business_after``)."""
    business = _alternatives(data.get("building_business_after", ()))
    return re.compile(rf"\s+(?:{_alternatives(data.get(key, ()))})\b(?!-)(?!\s+(?:{business})\b)")


# "at" right before a name, and the word before it ("won at ")
_AT_BEFORE = re.compile(r"(?:\b([\w'-]+)\s+)?\bat\s+$")


def _trade_firm_before(data: dict, nouns: str = "trade_firm_nouns_before") -> re.Pattern:
    """A firm's noun of the list ``nouns`` right before the name after one word of its trade or
    land, not a determiner nor a relative's ("research firm ", "Kemari retailer ", "oil giant ");
    the noun is group ``noun``."""
    blocked = _alternatives(data.get("trade_firm_blocked_modifiers", ()))
    # spaces only, no line break: a headline's last word is no noun of the name opening the text
    return re.compile(rf"(?<![\w'\u2019-])(?!(?i:{blocked})\s)[A-Za-z][\w-]*[ \t]+"
                      rf"(?P<noun>{_alternatives(data.get(nouns, ()))})[ \t]+$")


def _firm_title_before(data: dict) -> re.Pattern:
    """Round 63: a firm's or a body's head noun (``trade_firm_nouns_before`` and
    ``firm_title_heads_before``) right before the name after one word of its trade or land, as
    ``_trade_firm_before`` reads it, maybe with a comma between ("property investment fund ",
    "a land's budget airline, "); the comma is group ``comma``."""
    blocked = _alternatives(data.get("trade_firm_blocked_modifiers", ()))
    nouns = _alternatives(list(data.get("trade_firm_nouns_before", ())) + list(data.get("firm_title_heads_before", ())))
    return re.compile(rf"(?<![\w'\u2019-])(?!(?i:{blocked})\s)[A-Za-z][\w-]*[ \t]+"
                      rf"(?:{nouns})(?P<comma>,)?[ \t]+$")


def _person_firm_words(data: dict) -> list:
    """Round 56: a firm's and a band's nouns after a name that a person's name never has."""
    return list(data.get("person_firm_readings_after", ())) + list(data.get("band_readings_after", ()))


def _event_noun_after(data: dict, nouns_key: str, blocked_key: str = "") -> re.Pattern | None:
    """Round 63: a noun of ``nouns_key`` after a name: maybe "and" and a second capitalised name
    ("Kessel and Vaal champion"), then a distance ("100m") or words of ``prize_words_between``,
    then the noun, not run on by a hyphen or a possessive nor followed by a word of
    ``blocked_key``."""
    if not data.get(nouns_key):
        return None
    second_name = r"(?:\s+(?:and|&)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?)?"
    between = rf"(?:\s+(?:\d+(?:m|km|metres)|{_alternatives(data.get('prize_words_between', ()))}))*"
    blocked = (rf"(?!\s+(?:{_alternatives(data.get(blocked_key, ()))})\b)" if data.get(blocked_key) else "")
    return re.compile(rf"{second_name}{between}\s+(?:{_alternatives(data.get(nouns_key, ()))})\b(?![-'\u2019])"
                      + blocked)


def _work_part_after(data: dict) -> re.Pattern | None:
    """Round 68: a part of a show or a game right after a name, or after its possessive and maybe
    an ordinal ("Kessel sketch", "Vaal's second series": ``work_parts_after``,
    ``work_part_modifiers``), in lower case and not run on by a hyphen or a possessive nor followed
    by a word of ``work_parts_blocked_after`` ("box office")."""
    if not data.get("work_parts_after"):
        return None
    modifier = rf"(?:(?:{_alternatives(data.get('work_part_modifiers', ()))})\s+)?" if data.get("work_part_modifiers") else ""
    blocked = (rf"(?!\s+(?:{_alternatives(data.get('work_parts_blocked_after', ()))})\b)"
               if data.get("work_parts_blocked_after") else "")
    return re.compile(rf"(?:['\u2019]s\s+{modifier}|\s+)(?:{_alternatives(data.get('work_parts_after', ()))})"
                      rf"\b(?![-'\u2019])" + blocked)


def _lower_noun_after(data: dict, key: str) -> re.Pattern:
    """Round 69: one of the table's nouns right after a name, not the first part of a compound."""
    return re.compile(rf"\s+(?:{_alternatives(data.get(key, ()))})\b(?!-)")


def _noun_of_before(data: dict, key: str) -> re.Pattern:
    """Round 69: one of the table's nouns, "of" and maybe "the" right before a name."""
    return re.compile(rf"(?<![\w-])(?:{_alternatives(data.get(key, ()))})\s+of\s+(?:the\s+)?$")


def _alternatives(words) -> str:
    words = sorted((str(w) for w in words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


def _press_lands(extra: Iterable[str]) -> set[str]:
    """The words of a land or a people that may open a paper's noun ("the Kemarian daily"): the
    peoples of demonyms.tsv, the lands of countries.txt and the table's own words."""
    words = {line.split("\t")[0].strip() for line in load_lines("demonyms.tsv") if "\t" in line}
    words.update(line.strip() for line in load_lines("countries.txt"))
    words.update(str(w) for w in extra)
    return {w for w in words if w}


@dataclass
class KindContexts:
    """The regular expressions of ``data/kind_contexts.yaml``."""

    role_opening: re.Pattern
    plural_after: re.Pattern
    player_after: re.Pattern
    plural_blocked: re.Pattern
    team_after: re.Pattern
    club_after: re.Pattern
    club_before: re.Pattern
    place_before: re.Pattern
    building_after: re.Pattern
    lockup_after: re.Pattern
    listed_facility_after: re.Pattern
    listed_facility_last: re.Pattern
    artist_work_after: re.Pattern
    place_reading_before: re.Pattern
    place_possession_after: re.Pattern
    place_after: re.Pattern
    worker_at: re.Pattern
    body_before: re.Pattern
    body_named_before: re.Pattern
    body_apposition: re.Pattern
    body_set: re.Pattern
    worker_for: re.Pattern
    stake_before: re.Pattern
    firms_listed_before: re.Pattern
    worker_after: re.Pattern
    outlet_after: re.Pattern
    outlet_before: re.Pattern
    outlet_staff_before: re.Pattern
    outlet_staff_possessed: re.Pattern
    outlet_noun_after: re.Pattern
    programme_before: re.Pattern
    programme_after: re.Pattern
    compass_before: re.Pattern
    thing_before: re.Pattern
    copy_before: re.Pattern
    thing_named_before: re.Pattern
    thing_after: re.Pattern
    work_people_after: re.Pattern
    thing_modified_after: re.Pattern
    acronym_thing_words: frozenset[str]  # lower case: "protocol", "subscriber" (``spelt_thing``)
    body_heads: frozenset[str]  # lower case: "association", "service" (entity_rules' org_head_words)
    maker_product_after: re.Pattern
    work_apposition: re.Pattern
    company_after: re.Pattern
    seat_after: re.Pattern
    party_names: frozenset[str]
    honorifics: frozenset[str]  # titles that make a name a person's ("the Mr Vaal seat" is a panel's chair)
    speech_after: re.Pattern
    agent_after: re.Pattern
    lineup_mark: re.Pattern
    lineup_label: re.Pattern
    use_verb_before: re.Pattern | None = None  # "using Kessel" (``used``)
    use_before: re.Pattern | None = None  # "users of Kessel", "starred in Vaal" (``used``)
    use_after: re.Pattern | None = None  # "Kessel users", "the Vaal software" (``used``)
    product_kind_after: re.Pattern | None = None  # round 60: "Kessel stout", "the Vaal toy" (``used``)
    prize_after: re.Pattern | None = None  # round 63: "the Kessel champion", "Vaal 100m silver" (``names_prize``)
    # round 68: "the Kessel sketch", "Vaal's second series", "episodes of Tamsk" (``names_work_part``)
    work_part_after: re.Pattern | None = None
    work_part_before: re.Pattern | None = None
    place_event_after: re.Pattern | None = None  # round 63: "Kessel victims", "the Vaal air crash"
    maker_after: re.Pattern | None = None  # "Kessel launched", "Vaal signed" (``makes``)
    product_models: frozenset[str] = frozenset()  # "Phone" of "Kessel Phone" (``product_model_words``)
    team_age_codes: frozenset[str] = frozenset()  # "U21" of "Kessel U21": a side (``team_age_codes``)
    condition_before: re.Pattern | None = None  # "mad cow disease (" before "BSE)" (``named_condition``)
    club_tenures: frozenset[str] = frozenset()  # "spell" of "his spell at Kessel": a club, no ground
    ground_parts: frozenset[str] = frozenset()  # "stands" of "the Kessel stands": the ground (``ground_part_after``)
    club_nouns: frozenset[str] = frozenset()  # "outfit" of "the Kessel outfit": the club (``club_read``)
    regions: frozenset[str] = frozenset()  # regions no club is named after ("Vaalside"): places
    club_regions: frozenset[str] = frozenset()  # counties a sports club is named after: places outside sport
    place_heads: frozenset[str] = frozenset()  # "province" of "Vaal province": a place (``place_heads``)
    place_heads_capital: frozenset[str] = frozenset()  # "Province" of "Vaal Province": heads no club bears
    venue_heads_before: tuple[str, ...] = ()  # "Stade de" of "Stade de Vaal": a ground
    venue_heads_after: frozenset[str] = frozenset()  # "Arena" of "Kessel Arena": a ground or a hall
    venue_heads_after_sport: frozenset[str] = frozenset()  # "Park" of "Vaal Park": a ground in sport only
    given_named_blocked: frozenset[str] = frozenset()  # "Street" of "Victoria Street": no surname
    family_after: re.Pattern | None = None  # " brothers" of "the Vaal brothers" (``family_named``)
    town_before: re.Pattern | None = None  # "in" of "in Kessel": a town's reading (``placed_in``)
    continents: frozenset[str] = frozenset()  # continents: land (LOC), maybe a side in sport
    body_voice_after: re.Pattern | None = None  # "Kessel shares", "Vaal's chief executive" (``body_voice``)
    members_after: re.Pattern | None = None  # "Kessel members", "Vaal's members" (``firm_owned``, round 48)
    body_voice_before: re.Pattern | None = None  # "a spokesman for Kessel", "developers Vaal"
    body_pronouns: frozenset[str] = frozenset()  # "its" in the clause the name opens: a body's
    person_pronouns: frozenset[str] = frozenset()  # "he", "her" first after the name: a person's
    seat_before: re.Pattern | None = None  # "the MP for (Vaal and) Kessel" (``seat_phrase``)
    river_heads: frozenset[str] = frozenset()  # "River" of "the River Kessel", "the Vaal River"
    river_after: re.Pattern | None = None  # "the Kessel river" (``river_after_name``)
    maker_work_after: re.Pattern | None = None  # "the Kessel report" (``maker_work``)
    surname_particles: frozenset[str] = frozenset()  # "El" of "El Vaal": a family name's first word
    site_before: re.Pattern | None = None  # "a factory in Kessel" (``sited``)
    # round 44: "metres in Kessel", "her native Vaal": where a town stands, no person (``person_placed``)
    person_place_before: re.Pattern | None = None
    person_object_words: frozenset[str] = frozenset()  # "faith" of "faith in Kessel": a person's too
    city_origin_before: re.Pattern | None = None  # round 49: "two men from Kessel"
    place_people_before: re.Pattern | None = None  # round 50: "the residents of Kessel" (``peopled``)
    town_suffix: re.Pattern | None = None  # round 55: "Kessel-born", "Vaal-based" (``town_suffix_after``)
    named_body_before: re.Pattern | None = None  # "shares in Kessel Vaal", "signed for Vaal Tamsk" (round 37)
    named_body_after: re.Pattern | None = None  # "Kessel Vaal plc", "Vaal Tamsk said in a statement"
    body_member_after: re.Pattern | None = None  # "Kessel Vaal singer Ann Tamsk": a band's member
    outlet_voice_after: re.Pattern | None = None  # "Kessel reported", "the Vaal newspaper" (round 38)
    outlet_voice_before: re.Pattern | None = None  # "told Kessel", "according to Vaal" (round 38)
    outlet_daily_before: re.Pattern | None = None  # "the Kemarian daily Vaal" (round 62)
    outlet_agency_before: re.Pattern | None = None  # "news agency Vaal" (round 62)
    press_lands: frozenset[str] = frozenset()  # "Kemarian" of "the Kemarian news agency" (round 62)
    countries: frozenset[str] = frozenset()  # a ranked row's bracketed land (round 46)
    gender: NameGender | None = None  # the given names that make a ranked list a players' one (round 46)
    event_venue_before: re.Pattern | None = None  # "held at the", "audience at Vaal's" (round 46)
    event_venue_heads: frozenset[str] = frozenset()  # "Centre", "Hall", "Odeon": a hall's last word
    role_capitals: re.Pattern | None = None  # "dance DJ Kessel Vaal": a person's role in capitals (round 46)
    trade_firm_before: re.Pattern | None = None  # "research firm Kessel", "Kemari retailer Vaal" (round 50)
    trade_firm_not_people: frozenset[str] = frozenset()  # "group": "ethnic group Kemari" is the people
    firm_read_after: re.Pattern | None = None  # round 52: "Kessel's competitors", "Vaal plc" (``firm_read``)
    firm_read_before: re.Pattern | None = None  # round 52: "rivals to Kessel", "operators such as Vaal"
    trade_giant_before: re.Pattern | None = None  # round 52: "oil giant Kessel" (``firm_read``)
    place_owned_after: re.Pattern | None = None  # round 52: "Kessel people", "Vaal's government" (``town_read``)
    news_after: re.Pattern | None = None  # round 54: "Kessel reported", "Vaal's correspondent" (``news_voice``)
    news_before: re.Pattern | None = None  # round 54: "told Kessel", "speaking on Vaal" (``news_voice``)
    show_after: re.Pattern | None = None  # round 54: "the Kessel network", "Vaal's drama" (``show_voice``)
    show_before: re.Pattern | None = None  # round 54: "music channel Kessel", "shown on Vaal" (``show_voice``)
    studio_heads: frozenset[str] = frozenset()  # round 54: "Films" of "Kessel Films": a studio's name
    person_firm_after: re.Pattern | None = None  # round 56: "Kessel shares", "Vaal's lead singer"
    firm_relative_after: re.Pattern | None = None  # round 56: "Kessel, which makes" (``person_firm_read``)
    group_member_before: re.Pattern | None = None  # round 69: "members of Kessel", "formed Vaal" (``person_group_read``)
    unplaced_body_before: re.Pattern | None = None  # round 62: "its Kemari subsidiary Kessel"
    unplaced_body_after: re.Pattern | None = None  # round 62: "Vaal's UK sales director"
    firm_title_before: re.Pattern | None = None  # round 63: "investment fund Kessel", "budget airline, Vaal"
    firm_apposition_after: re.Pattern | None = None  # round 63: "Kessel, the game's developer"
    firm_list_before: re.Pattern | None = None  # round 63: "carmakers, including Kessel, Vaal and Tamsk"
    person_role_before: re.Pattern | None = None  # round 66: "rapper Kessel" (``person_role_named``)
    person_role_blocked_after: re.Pattern | None = None  # round 66: "the billionaire Kessel owner"
    # round 69: a region's land or a polity (``region_read``, ``polity_read``)
    region_after: re.Pattern | None = None  # "the Kessel region", "the Vaal valley"
    region_of_before: re.Pattern | None = None  # "the northern region of Kessel"
    phrase_end_after: re.Pattern | None = None  # "the Kessel," / "the Kessel and": nothing modified
    polity_after: re.Pattern | None = None  # "Kessel's government", "the Vaal authorities"
    polity_of_before: re.Pattern | None = None  # "the government of Kessel"
    polity_name_words: frozenset[str] = frozenset()  # "Republic" of "the Kessel Republic"

    @classmethod
    def from_data(cls) -> "KindContexts":
        data = load_yaml("kind_contexts.yaml")
        works = _alternatives(list(load_yaml("entity_rules.yaml").get("corpus_work_nouns", ()))
                              + list(data.get("thing_apposition_nouns", ())))
        roles = _alternatives(data.get("person_roles_opening", ()))
        leads = _alternatives(data.get("thing_leads_before", ()))
        nouns = _alternatives(data.get("thing_nouns_before", ()))
        return cls(
            region_after=_lower_noun_after(data, "region_nouns_after"),
            region_of_before=_noun_of_before(data, "region_nouns_before_of"),
            phrase_end_after=re.compile(
                rf"\s*[,.;:!?)\"\u201d]|\s+(?:{_alternatives(data.get('region_phrase_followers_after', ()))})\b"),
            polity_after=re.compile(
                rf"(?:['\u2019]s?)?\s+(?:{_alternatives(data.get('polity_nouns_after', ()))})\b(?!-)"),
            polity_of_before=_noun_of_before(data, "polity_nouns_before_of"),
            polity_name_words=frozenset(str(w) for w in data.get("polity_name_words", ())),
            role_opening=re.compile(rf"\b(?i:{roles})\s+$"),
            role_capitals=re.compile(
                rf"(?<![\w-]){_NO_ARTICLE_BEFORE}(?:{_alternatives(data.get('person_roles_capitals_before', ()))})\s+$"),
            plural_after=re.compile(rf"(?:,\s+who)?\s+(?:{_alternatives(data.get('plural_verbs_after', ()))})\b"),
            player_after=re.compile(rf"['\u2019]s\s+(?:{_alternatives(list(data.get('player_touches_after', ())) + list(data.get('person_relations_after', ())))})\b(?!-)"
                                    rf"|,\s+(?:1[6-9]|[2-9]\d),\s+[a-z]"
                                    rf"|\s+(?:{_alternatives(data.get('player_doings_after', ()))})\b"),
            plural_blocked=re.compile(rf"(?:^|\W)(?:{_alternatives(data.get('plural_verbs_blocked_after', ()))})\s+(?:the\s+)?$",
                                      re.IGNORECASE),
            team_after=re.compile(rf"\s+(?:{_alternatives(data.get('team_parts_after', ()))})\b"),
            club_after=re.compile(rf"(?:['\u2019]s)?\s+(?:{_alternatives(data.get('club_positions_after', ()))})\b"
                                  rf"|\s+(?:{_alternatives(data.get('club_staff_after', ()))})\b"),
            club_before=re.compile(rf"\b(?:{_alternatives(data.get('club_leads_before', ()))})\s+(?:the\s+)?$"),
            place_before=re.compile(rf"\b(?i:{_alternatives(data.get('place_leads_before', ()))})\s+$"),
            building_after=_facility_noun_after(data, "building_nouns_after"),
            lockup_after=_facility_noun_after(data, "lockup_nouns_after"),
            # the first names of a list that a facility's plural closes: "Kessel, Vaal and Tamsk airports"
            listed_facility_after=re.compile(
                rf"(?:(?:, | (?:and|&) ){_FACILITY_LISTED_NAME})+ "
                rf"(?:{_alternatives(data.get('listed_facility_plurals_after', ()))})\b(?!-)"),
            # the last name of it: "Kessel and Vaal airports" read at "Vaal"
            listed_facility_last=re.compile(rf" (?:{_alternatives(data.get('listed_facility_plurals_after', ()))})\b(?!-)"),
            artist_work_after=re.compile(rf"\s+(?:{_alternatives(data.get('artist_works_after', ()))})\b(?!-)"),
            place_reading_before=re.compile(rf"(?<![\w-])(?i:{_alternatives(data.get('place_readings_before', ()))})\s+(?:the\s+)?$"),
            place_possession_after=re.compile(rf"['\u2019]s?\s+(?:{_alternatives(data.get('place_possessions_after', ()))})\b"),
            place_after=re.compile(rf"\s+(?:{_alternatives(data.get('place_markets_after', ()))})\b"),
            body_before=re.compile(rf"\b(?:{_alternatives(data.get('body_nouns_before', ()))})\s+$"),
            body_named_before=re.compile(rf"\b(?:{_alternatives(data.get('body_named_nouns', ()))})"
                                         rf",?\s+(?:{_alternatives(data.get('body_naming_verbs', ()))})\s+(?:the\s+)?$"),
            body_apposition=re.compile(
                rf",\s+(?:a|an|the)\s+(?:(?!(?i:{_alternatives(data.get('body_apposition_blocked_words', ()))})\b)[\w'-]+\s+){{0,3}}?"
                rf"(?:{_alternatives(data.get('body_apposition_nouns', ()))})"
                rf"(?=\s*[,.;:)]|\s+(?:{_alternatives(data.get('body_apposition_followers_after', ()))})\b)"),
            # round 58: "Kessel, one of Europe's biggest games publishers,", "Vaal is one of the brewers that"
            body_set=re.compile(
                rf"(?:,\s+|\s+(?:is|was|are|were)\s+)one\s+of\s+"
                rf"(?:(?:the|its|his|her|their|a\s+number\s+of|{_SET_OWNER})\s+)?"
                rf"(?:(?!(?i:{_alternatives(data.get('body_apposition_blocked_words', ()))})\b)[\w'-]+\s+){{0,4}}?"
                rf"(?:{_alternatives(data.get('body_set_plurals', ()))})"
                rf"(?=\s*[,.;:)]|\s+(?:{_alternatives(data.get('body_set_followers_after', ()))})\b)"),
            firms_listed_before=re.compile(
                rf"(?<![\w-])(?:{_alternatives(data.get('company_plurals_before', ()))})\s+"
                rf"(?:\s*[-\u2013\u2014:]\s*)?(?:(?:such\s+as|including|like)\s+)?"
                rf"(?:{_LISTED_NAME}{_LISTED_INITIALS}(?:,\s+|\s+(?:and|&)\s+)){{0,4}}$"),
            worker_at=re.compile(rf"\b(?:{_alternatives(data.get('workers_at', ()))})\s+at\s+(?:the\s+)?$"),
            # maybe after other names listed: "shares in Kessel and Vaal", "stakes in Tamsk, Brevik and Vaal"
            stake_before=re.compile(rf"\b(?i:{_alternatives(data.get('company_stakes_before', ()))})\s+(?:the\s+)?"
                                    rf"(?:{_LISTED_NAME}{_LISTED_INITIALS}(?:,\s+|\s+(?:and|&)\s+)){{0,3}}$"),
            worker_for=re.compile(rf"\b(?:{_alternatives(data.get('workers_after', ()))})\s+for\s+(?:the\s+)?$"),
            worker_after=re.compile(rf"(?:\s+(?i:{_alternatives(data.get('worker_ranks', ()))})){{0,2}}"
                                    rf"\s+(?:{_alternatives(data.get('workers_after', ()))})\b"),
            outlet_after=re.compile(rf"\s+(?:{_alternatives(data.get('outlet_staff_after', ()))})\b"),
            outlet_before=re.compile(rf"(?<![\w-])(?:{_alternatives(data.get('outlet_nouns_before', ()))})\s+(?:the\s+)?$"),
            outlet_staff_before=re.compile(
                rf"(?<![\w-])(?:{_alternatives(data.get('outlet_staff_before_of', ()))})\s+(?:of|at)\s+(?:the\s+)?$"),
            # the word before the agency's noun is read by ``_agency_named``
            outlet_agency_before=re.compile(
                rf"(?:^|(?<=\s))(?:([\w.&'\u2019-]+)\s+)?(?:{_alternatives(data.get('outlet_agency_nouns_before', ()))})"
                rf"\s+(?:the\s+)?$"),
            press_lands=frozenset(_press_lands(data.get('outlet_daily_lands', ()))),
            outlet_daily_before=re.compile(
                rf"(?<![\w-])(?:{_alternatives(_press_lands(data.get('outlet_daily_lands', ())))})\s+"
                rf"(?:{_alternatives(data.get('outlet_dailies_before', ()))})\s+(?:the\s+)?$"),
            # the possessive, up to two words of a beat or a rank, the staff noun, a capitalised name
            outlet_staff_possessed=re.compile(
                rf"['\u2019]s\s+(?:[\w-]+\s+){{0,2}}?(?:{_alternatives(data.get('outlet_staff_possessed', ()))})"
                rf"\s+[A-Z][a-z]"),
            outlet_noun_after=re.compile(rf"\s+(?:{_alternatives(data.get('outlet_nouns_after', ()))})\b(?!-)"
                                         rf"(?!\s+(?:{_alternatives(data.get('outlet_business_after', ()))})\b)"),
            # a known outlet's possessive, maybe after a channel's words: "Kessel One's", "Vaal World Service's"
            programme_before=re.compile(rf"(?<![\w-])(?:{_alternatives(load_lines('outlets.txt'))})"
                                        rf"(?:\s*[A-Z0-9][\w]*){{0,3}}['\u2019]s\s+$"),
            programme_after=re.compile(rf"\s+(?:{_alternatives(data.get('programme_nouns_after', ()))})\b"),
            trade_firm_before=_trade_firm_before(data),
            trade_firm_not_people=frozenset(str(w) for w in data.get("trade_firm_nouns_not_people", ())),
            # round 52: not before a capitalised word ("Kessel rivals Vaal" is a local rivalry)
            firm_read_after=re.compile(rf"(?:['\u2019]s)?\s+(?:{_alternatives(data.get('firm_readings_after', ()))})"
                                       rf"\b(?!-)(?![ \t]+[A-Z])"),
            firm_read_before=re.compile(
                rf"(?<![\w-])(?i:{_alternatives(data.get('firm_readings_before', ()))})\s+(?:the\s+)?$"),
            trade_giant_before=_trade_firm_before(data, "firm_trade_giants_before"),
            # round 56: not before a hyphen ("Kessel board-level") nor a capitalised word ("Vaal shares Tamsk's view")
            person_firm_after=re.compile(
                rf"(?:['\u2019]s)?\s+(?:{_alternatives(_person_firm_words(data))})\b(?!-)(?![ \t]+[A-Z])"
                rf"(?!\s+(?i:{_alternatives(data.get('person_firm_verb_objects', ()))})\b)"),
            firm_relative_after=re.compile(rf",?\s+(?:{_alternatives(data.get('company_relatives_after', ()))})\b"),
            group_member_before=re.compile(
                rf"(?<![\w-])(?:{_alternatives(data.get('group_member_leads_before', ()))})\s+(?:the\s+)?$"),
            # round 62: a maybe capitalised land or trade word may sit between the noun and the name
            unplaced_body_before=re.compile(
                rf"\b(?:{_alternatives(data.get('unplaced_body_before', ()))})\s+(?:[A-Z][A-Za-z]*\s+)?$"),
            unplaced_body_after=re.compile(
                rf"'s\s+(?:[A-Z][A-Za-z]*\s+)?(?:{_alternatives(data.get('unplaced_body_roles_after', ()))})\b"),
            firm_title_before=_firm_title_before(data),
            # round 63: the firms' list after a comma (``firms_listed_before`` reads "firms such as" with none),
            # its names maybe closed by ", and" ("studios, such as Kessel, Vaal, and Tamsk")
            firm_list_before=re.compile(
                rf"(?<![\w-])(?:{_alternatives(data.get('company_plurals_before', ()))}),\s+"
                rf"(?:such\s+as|including|like)\s+"
                rf"(?:{_LISTED_NAME}{_LISTED_INITIALS}(?:,\s+(?:(?:and|&)\s+)?|\s+(?:and|&)\s+)){{0,4}}$"),
            # round 63: a maker's noun of a work's possessive apposed, the phrase ended right there
            firm_apposition_after=re.compile(
                rf",\s+the\s+[\w-]+['\u2019]s\s+(?:{_alternatives(data.get('firm_apposition_heads', ()))})"
                rf"(?=\s*[,.;:)]|\s+(?:{_alternatives(data.get('body_apposition_followers_after', ()))})\b)"),
            place_owned_after=re.compile(
                rf"(?:['\u2019]s?)?\s+(?:{_alternatives(data.get('place_possessions_after', ()))})\b(?!-)"),
            compass_before=re.compile(rf"(?<![\w-])(?:{_alternatives(data.get('place_compass_before', ()))})\s+$"),
            thing_before=re.compile(rf"\b(?:(?:{leads})|(?:{nouns}))\s+$"),
            copy_before=re.compile(rf"\b(?:{_alternatives(data.get('thing_copies_before', ()))})\s+(?:the\s+)?$"),
            thing_named_before=re.compile(rf"\b(?:{_alternatives(data.get('thing_named_nouns', ()))})"
                                          rf",?\s+(?:(?:is|was|are|were)\s+)?"
                                          rf"(?:{_alternatives(data.get('body_naming_verbs', ()))})\s+(?:the\s+)?$"),
            thing_after=re.compile(rf",?(?:\s+\d+)?\s+(?:{_alternatives(data.get('thing_words_after', ()))})\b"),
            work_people_after=re.compile(rf"\s+(?:{_alternatives(data.get('work_people_after', ()))})\b(?!-)"),
            # an acronym in brackets closes before its head: "Music Vaal (MV) Awards"
            thing_modified_after=re.compile(rf"\s+(?:{_alternatives(data.get('modifier_thing_nouns_after', ()))})\b(?!-)"
                                            rf"|\)\s+(?i:{_alternatives(data.get('modifier_thing_nouns_after', ()))})\b(?!-)"
                                            # "a Kessel-style contest", "a Vaal type show"
                                            rf"|(?:-|\s+)(?:{_alternatives(data.get('modifier_thing_styles_after', ()))})\b(?!-)"),
            acronym_thing_words=frozenset(str(w).lower() for w in data.get("acronym_thing_words", ())),
            condition_before=re.compile(rf"\s(?:{_alternatives(data.get('condition_nouns_before_acronym', ()))})"
                                        r" \($") if data.get("condition_nouns_before_acronym") else None,
            body_heads=frozenset(str(w).lower() for w in load_yaml("entity_rules.yaml").get("org_head_words", ())),
            maker_product_after=re.compile(rf"\s+(?:{_alternatives(data.get('maker_products_after', ()))})\b(?!-)"),
            work_apposition=re.compile(rf",\s+(?:a|an|the)\s+(?:[\w'-]+\s+){{0,3}}?(?:{works})"
                                       rf"(?=\s*[,.;:)]|\s+(?:{_alternatives(data.get('apposition_followers_after', ()))})\b)"),
            company_after=re.compile(
                rf"(?:['\u2019]s)?\s+(?:{_alternatives(data.get('company_possessions_after', ()))})\b"
                rf"|,?\s+(?:{_alternatives(data.get('company_reports_after', ()))})\s+(?:that\s+)?its\s+"
                rf"(?:[\w-]+\s+){{0,2}}?(?:{_alternatives(data.get('company_results', ()))})\b"
                rf"|,?\s+(?:{_alternatives(list(data.get('company_relatives_after', ())) + list(data.get('company_doings_after', ())))})\b"),
            seat_after=re.compile(rf"\s+(?:{_alternatives(data.get('seat_nouns_after', ()))})\b"
                                  rf"(?!\s+(?:{_alternatives(data.get('seat_nouns_blocked_after', ()))})\b"
                                  rf"|\s+(?:{_alternatives(data.get('seat_places_blocked_after', ()))})\s+[A-Z])"),
            party_names=_alias_names(),
            honorifics=frozenset(load_yaml("entity_rules.yaml").get("honorifics", ())),
            agent_after=re.compile(rf",?\s+(?:has\s+|had\s+|have\s+)?(?:{_alternatives(data.get('agent_verbs_after', ()))})\b"),
            speech_after=re.compile(rf",?\s+(?:has\s+|had\s+|have\s+)?(?:{_alternatives(data.get('speech_verbs_after', ()))})\b"),
            lineup_mark=re.compile(rf"{_SUBSTITUTE}|\((?i:{_alternatives(data.get('lineup_captain_marks', ()))})\.?\)"),
            lineup_label=re.compile(rf"\s*(?i:{_alternatives(data.get('lineup_labels', ()))})\b[^:\n]{{0,20}}:"),
            use_verb_before=re.compile(rf"(?<![\w-])(?i:{_alternatives(data.get('thing_uses_before', ()))})\s+$"),
            use_before=re.compile(rf"(?<![\w-])(?i:{_alternatives(data.get('thing_uses_of_before', ()))})\s+"
                                  rf"(?:(?:the|a|an|its|their|new|latest|original)\s+){{0,2}}$"),
            use_after=re.compile(rf"\s+(?:{_alternatives(data.get('thing_uses_after', ()))})\b(?!-)"),
            product_kind_after=re.compile(
                rf"\s+(?:{_alternatives(data.get('product_kind_nouns_after', ()))})\b(?![-'\u2019])"
                rf"(?!\s+(?:{_alternatives(data.get('product_kind_trades_after', ()))})\b)")
            if data.get("product_kind_nouns_after") else None,
            prize_after=_event_noun_after(data, "prize_nouns_after", "prize_nouns_blocked_after"),
            work_part_after=_work_part_after(data),
            work_part_before=re.compile(rf"(?<![\w-])(?:{_alternatives(data.get('work_parts_of_before', ()))})\s+"
                                        rf"(?:(?:the|a|an|its|new|latest|original)\s+){{0,2}}$")
            if data.get("work_parts_of_before") else None,
            place_event_after=_event_noun_after(data, "place_event_nouns_after"),
            # not a participle of the passive: "Kessel, developed by Vaal" is the thing made (round 39)
            maker_after=re.compile(rf",?\s+(?:has\s+|had\s+|have\s+)?(?:{_alternatives(data.get('maker_verbs_after', ()))})\b"
                                   rf"(?!\s+by\b)"),
            product_models=frozenset(str(w) for w in data.get("product_model_words", ())),
            team_age_codes=frozenset(str(w) for w in data.get("team_age_codes", ())),
            club_tenures=frozenset(str(w).lower() for w in data.get("club_tenures_before_at", ())),
            ground_parts=frozenset(str(w) for w in data.get("ground_parts_after", ())),
            club_nouns=frozenset(str(w) for w in data.get("club_nouns_after", ())),
            regions=frozenset(str(r) for r in data.get("regions", ())),
            club_regions=frozenset(str(r) for r in data.get("club_regions", ())),
            place_heads=frozenset(str(w) for w in data.get("place_heads", ())),
            place_heads_capital=frozenset(str(w) for w in data.get("place_heads_capital", ())),
            venue_heads_before=tuple(str(w) for w in data.get("venue_heads_before", ())),
            venue_heads_after=frozenset(str(w) for w in data.get("venue_heads_after", ())),
            venue_heads_after_sport=frozenset(str(w) for w in data.get("venue_heads_after_sport", ())),
            given_named_blocked=frozenset(str(w) for w in data.get("given_named_blocked_lasts", ())),
            family_after=(re.compile(rf" (?:{_alternatives(data['family_plurals_after'])})\b")
                          if data.get("family_plurals_after") else None),
            person_role_before=re.compile(
                rf"(?<![\w'\u2019-])(?i:({_alternatives(list(load_yaml('entity_rules.yaml').get('person_nouns_before', ())) + list(data.get('person_role_extra_before', ())))}))[ \t]+$"),
            person_role_blocked_after=(
                re.compile(rf"(?:['\u2019]s)?\s+(?:{_alternatives(data['person_role_blocked_after'])})\b(?!-)")
                if data.get("person_role_blocked_after") else None),
            town_before=re.compile(
                rf"(?<![\w-])(?:{_alternatives(data.get('sport_place_readings_before', ('in',)))})\s+$"),
            continents=frozenset(str(w) for w in data.get("continents", ())),
            members_after=re.compile(rf"(?:['\u2019]s)?\s+(?:{_alternatives(data.get('members_after', ()))})\b(?!-)")
            if data.get("members_after") else None,
            body_voice_after=re.compile(rf"(?:['\u2019]s)?\s+(?:{_alternatives(data.get('body_voices_after', ()))})\b(?!-)"),
            body_voice_before=re.compile(rf"(?<![\w-])(?:{_alternatives(data.get('body_voices_before', ()))})\s+(?:the\s+)?$"),
            body_pronouns=frozenset(str(w) for w in data.get("body_pronouns", ())),
            person_pronouns=frozenset(str(w) for w in data.get("person_pronouns", ())),
            # the lead, maybe a comma, and the seat's first name ("MP for Vaal and "); no name
            # after a comma: "the MP for Vaal, Ann Kessel" names the member
            seat_before=re.compile(rf"(?<![\w-])(?:{_alternatives(data.get('seat_leads_before', ()))}),?\s+"
                                   rf"(?:{_LISTED_NAME}\s+(?:and|&)\s+)?$"),
            river_heads=frozenset(str(w) for w in data.get("river_heads", ())),
            river_after=re.compile(rf"\s+(?:{_alternatives(data.get('river_heads_lower', ()))})\b(?!-)"),
            maker_work_after=re.compile(rf"\s+(?:{_alternatives(data.get('maker_works_after', ()))})\b(?!-)"),
            surname_particles=frozenset(str(w) for w in data.get("surname_particles", ())),
            site_before=re.compile(rf"(?<![\w-])(?:{_alternatives(data.get('place_sites_before', ()))})"
                                   rf"\s+(?:in|near|outside)\s+$"),
            # a lower-case word or a figure, then "in", "near" or "outside"; or a homeland's adjective
            person_place_before=re.compile(
                rf"(?:(?<![\w-])([a-z]+|\d[\w.,]*)\s+(?:in|near|outside)"
                rf"|(?<![\w-])(?:{_alternatives(data.get('person_homes_before', ('native',)))}))\s+$"),
            person_object_words=frozenset(str(w) for w in data.get("person_objects_before_in", ())),
            city_origin_before=re.compile(
                rf"(?<![\w-])(?i:{_alternatives(data.get('city_origins_before', ()))})\s+$"),
            place_people_before=re.compile(
                rf"(?<![\w-])(?:{_alternatives(data['place_people_before'])})\s+$")
            if data.get("place_people_before") else None,
            town_suffix=re.compile(rf"-(?:{_alternatives(data['town_suffixes_after'])})\b(?!-)")
            if data.get("town_suffixes_after") else None,
            named_body_before=re.compile(
                rf"(?<![\w-])(?:{_alternatives(data.get('named_body_voices_before', ()))})\s+(?:the\s+)?$"),
            named_body_after=re.compile(rf"(?:['\u2019]s)?\s+(?:{_alternatives(data.get('named_body_voices_after', ()))})\b(?!-)"),
            body_member_after=re.compile(
                rf"\s+(?:{_alternatives(data.get('body_members_after', ()))})\s+[A-Z][a-z]+\s+[A-Z]"),
            outlet_voice_after=re.compile(
                rf"(?:['\u2019]s)?\s+(?:{_alternatives(data.get('outlet_voices_after', ()))})\b(?!-)"),
            outlet_voice_before=re.compile(
                rf"(?<![\w-])(?:{_alternatives(data.get('outlet_voices_before', ()))})\s+(?:the\s+)?$"),
            # a network's noun may stand between the name and its report ("Kessel television
            # network reported"), a country's possessive between the source's words and the name
            # ("according to Tamsk's Kessel")
            news_after=re.compile(
                rf"(?:['\u2019]s?)?\s+(?:(?:{_alternatives(data.get('network_voices_after', ()))})\s+)?"
                rf"(?:{_alternatives(data.get('news_voices_after', ()))})\b(?!-)"),
            news_before=re.compile(rf"(?<![\w-])(?:{_alternatives(data.get('news_voices_before', ()))})\s+(?:the\s+)?"
                                   rf"(?:[A-Z][\w-]*['\u2019]s\s+)?$"),
            show_after=re.compile(rf"['\u2019]s?\s+(?:{_alternatives(data.get('show_voices_possessed', ()))})\b(?!-)"
                                  rf"|(?:['\u2019]s)?\s+(?:{_alternatives(data.get('network_voices_after', ()))})\b(?!-)"),
            show_before=re.compile(rf"(?<![\w-])(?:{_alternatives(data.get('show_voices_before', ()))})\s+(?:the\s+)?$"),
            studio_heads=frozenset(str(w) for w in data.get("studio_heads", ())),
            countries=frozenset(load_lines("countries.txt")),
            gender=NameGender.from_data(),
            # an event's lead, maybe "the" and the town's possessive: "held at London's Kessel Centre"
            event_venue_before=re.compile(
                rf"(?<![\w-])(?:{_alternatives(data.get('venue_event_leads_before', ()))})\s+"
                rf"(?:[Tt]he\s+)?(?:[A-Z][\w-]*['\u2019]s\s+)?$"),
            event_venue_heads=frozenset(str(w) for w in data.get("venue_event_heads", ())),
        )

    def cue(self, text: str, start: int, end: int, label: str) -> str:
        """The kind the words right around ``text[start:end]`` state, or ""."""
        name = text[start:end].strip()
        if not name:
            return ""  # offsets outside the text: nothing to read
        before = text[max(0, start - 40):start]
        if self.thing_before.search(before) and _ends_title(text, end):
            return NONE  # "tested positive for Kessel and ..."; "drug Kessel sales" is the maker's
        if self.copy_before.search(before) and _ends_title(text, end) and not _POSSESSIVE_AFTER.match(text, end):
            return NONE  # "pirated copies of Kessel", "installed Vaal"; "a version of Tamsk's opera" is the author's
        if self.thing_named_before.search(text, max(0, start - 60), start) and _ends_title(text, end):
            return NONE  # "a technology known as Kessel", "a painkiller called Vaal"
        if self.thing_after.match(text, end) or self.work_apposition.match(text, end) or _RELEASE_YEAR.match(text, end):
            return NONE  # "Kessel, which airs on", "Kessel, the school drama serial, ...", "Vaal (1971)"
        if label not in _PLACE_LABELS and self.work_people_after.match(text, end):
            return NONE  # "Kessel actress Ann Vaal", "the Tamsk Road creator": a work's cast
        if self._outlet_named(text, before, end, label):
            return "OUTLET"  # "the Vaal newspaper", "Radio Tamsk's Vaal programme"
        if label not in _PLACE_LABELS and (
                _SEQUEL.match(text, end)
                or (label != "PERSON" and _MAKER_BEFORE.search(before) and self.maker_product_after.match(text, end))):
            return NONE  # "Vaal 2 has been released", "Kessel's Vaalbox console": a product
        if (self.outlet_before.search(before) or self._agency_named(before)
                or (self.outlet_daily_before and self.outlet_daily_before.search(before))):
            return "OUTLET"  # "trade magazine Kessel", "the newspaper the Vaal", "the Kemarian daily Vaal"
        if self._outlet_staff_named(text, before, end, label):
            return "OUTLET"  # "film editor of Kessel", "Vaal's film critic Ann Tamsk"
        if label not in ("PERSON", "NORP") and _AMOUNT_BEFORE.search(before):
            return NONE  # "earned 3.5m Kessels", "100,000 Vaals": a currency or goods counted
        if self._role_opens(before):
            return "PERSON"  # "Rapper Kessel": a lower-case role the mention stage reads from the parse
        if self._capital_role_before(text, name, before, end):
            return "PERSON"  # "dance DJ Kessel Vaal": the mention stage reads lower-case roles only
        if label == "ORG" and " " not in name and self.artist_work_after.match(text, end):
            return "PERSON"  # "a Kessel painting": the painter's work, no body's
        if self.body_before.search(before) or self.body_named_before.search(text, max(0, start - 60), start):
            return "ORG"  # "the charity Kessel", "a group known as Kessel"
        if self._trade_firm_named(before, label):
            return "ORG"  # "research firm Kessel", "Kemari retailer Vaal": the firm, not its land or founder
        if label in ("PERSON", "GPE") and self.body_apposed(text, end):
            return "ORG"  # "Kessel, the US car maker,", "Vaal, one of Kemaria's biggest brewers,"
        if (self.firms_listed_before.search(text, max(0, start - 120), start)
                and not _POSSESSIVE_AFTER.match(text, end)):
            return "ORG"  # "technology firms Kessel and Vaal", "companies such as Tamsk, Brevik and Vaal"
        if (self.worker_at.search(before) or self.worker_after.match(text, end)
                or (label not in _PLACE_LABELS and label != "GPE" and self.worker_for.search(before))):
            return "ORG"  # "an economist at Kessel Vaal", "Kessel chief economist Ann Vaal"
        if label == "PERSON" and (self.company_after.match(text, end) or self.stake_before.search(before)):
            return "ORG"  # "Kessel Vaal's stores", "Kessel said its profits rose", "shares in Vaal": a founder's firm
        if self._seat(name, before, text, end, label):
            return "GPE"  # "the Kessel Vaal seat": a constituency, no body
        if label == "ORG" and self.outlet_after.match(text, end) and not _POSSESSIVE_BEFORE.search(before):
            return "OUTLET"  # "Kessel editor Ann Vaal"; "Vaal editor" of a person is none
        if (label in ("ORG", "GPE", "LOC", "FAC") and " " not in name and self.player_after.match(text, end)
                and not _THE_BEFORE_NAME.search(before)):
            return "PERSON"  # "Kessel's header", "Vaal was booked", "Tamsk's agent", "Brevik, 31, said": a person
        if label in _PLAYER_ROW_LABELS and self._player_row(text, name, start, end):
            return "PERSON"  # "beat Ann Vaal 6-4 6-3", "Ann Vaal, 47, whom", "14 Ann Vaal (Kemaria)"
        if label not in ("PERSON", "ORG", "GPE"):
            return ""  # a people, a region or a building is no club or band ("the rivers of the Vessa are")
        if label in ("PERSON", "ORG") and self._event_venue(name, before):
            return "FAC"  # "a concert held at the Kessel Centre", "recorded at Vaal Odeon": the hall
        if (label in ("PERSON", "ORG") or _MAKER_BEFORE.search(before)) and self.building_after.match(text, end):
            return "FAC"  # "the Kessel stadium", "Vaal prison", "Tamsk's Vaal stadium": a building, no body
        if self._listed_facility(text, before, end):
            return "FAC"  # "Kessel, Vaal and Tamsk airports": Kessel Airport, Vaal Airport, Tamsk Airport
        if label == "GPE" and self.lockup_after.match(text, end) and not _INDEFINITE_BEFORE.search(before):
            return "FAC"  # "held in Vaal prison": the jail the place names; "a Vaal jail" is one in the town
        if label in ("PERSON", "ORG") and self.compass_before.search(before):
            return "GPE"  # "south Kessel", "an east Vaal village": a part of a place
        if label != "GPE" and self.place_before.search(before):
            return "GPE"  # "the championships in Kessel", "born in Kessel": the model's group is a town
        if label == "ORG" and " " not in name and self.place_after.match(text, end):
            return "GPE"  # "Kessel stocks rose", "the Kessel bourse": a city's market, no firm
        if self.club_before.search(before):
            return "ORG"  # "at home to Kessel", "a signing from Kessel": a club, not its town
        if " " not in name and (self.team_after.match(text, end)
                                or (label != "PERSON" and self.club_after.match(text, end))):
            return "ORG"  # "the Kessel bench", "Kessel striker Ann Vaal", "Kessel's goalkeeper"
        if self._plural_subject(name, text, start, end):
            return "ORG"  # "Kessel are favourites", "St Vaal, who are"
        return ""

    def body_apposed(self, text: str, end: int) -> bool:
        """A body's noun apposed to the name ending at ``end`` ("Kessel, the US car maker,":
        ``body_apposition_nouns``), or, since round 58, the name said to be one of a set of firms
        ("Vaal, one of Kemaria's biggest brewers,", "Tamsk is one of the largest insurers in ...":
        ``body_set_plurals``): only a body is one of a set of firms."""
        return bool(self.body_apposition.match(text, end) or self.body_set.match(text, end))

    def _trade_firm_named(self, before: str, label: str) -> bool:
        """Round 50: a firm's noun after a word of its trade or land right before the name
        ("clearing firm Kessel"), for a name the model calls a person, a place or a people; a
        people's "group" is its own ("ethnic group Kemari")."""
        if label not in ("PERSON", "GPE", "NORP") or self.trade_firm_before is None:
            return False
        found = self.trade_firm_before.search(before)
        return bool(found) and not (label == "NORP" and found["noun"] in self.trade_firm_not_people)

    def firm_owned(self, text: str, start: int, end: int) -> bool:
        """Round 48: what only a firm or a body has, right after the name or right before it
        ("Kessel shares", "Vaal's chief executive", "Tamsk members", "a spokesman for Brevik",
        "a stake in Kessel": ``body_voices_after``, ``members_after``, ``body_voices_before``,
        ``company_stakes_before``). A known town's or country's shares are its market's ("shares
        in Kemaria rose"), so the resolver asks this only of a name the place table does not
        know. Not ``company_possessions_after`` (a town has shops and plants) nor a firm's history
        ("was founded": so is a town)."""
        if self.body_voice_after is None or self.body_voice_before is None:
            return False
        return bool(self.body_voice_after.match(text, end)
                    or (self.members_after is not None and self.members_after.match(text, end))
                    or self.body_voice_before.search(text, max(0, start - 40), start)
                    or self.stake_before.search(text, max(0, start - 40), start))

    def firm_read(self, text: str, start: int, end: int) -> bool:
        """Round 52: any word that reads the name as a firm: what only a body owns or is owned by
        (``firm_owned``: "Kessel shares", "a spokesman for Vaal", "a stake in Tamsk"), a firm's
        rivals, customers, board or suffix ("Kessel's competitors", "Vaal plc", "rivals to
        Tamsk", "operators such as Brevik": ``firm_readings_after``, ``firm_readings_before``),
        a trade's noun before it ("telecoms firm Kessel", "oil giant Vaal"), a firm's noun apposed
        ("Kessel, the mining company,"), a firms' list ("firms such as Kessel and Vaal") or a
        trade's worker ("an analyst at Kessel"). Asked only of a name no place or demonym table
        knows: a country's shares and board are its market's and its team's."""
        if self.firm_read_after is None or self.firm_read_before is None or self.trade_giant_before is None:
            return False
        before = text[max(0, start - 40):start]
        return bool(self.firm_owned(text, start, end)
                    or self.firm_read_after.match(text, end)
                    or self.firm_read_before.search(before)
                    or self.trade_giant_before.search(before)
                    or (self.trade_firm_before is not None and self.trade_firm_before.search(before))
                    or self.body_apposed(text, end)
                    or (self.firms_listed_before.search(text, max(0, start - 120), start)
                        and not _POSSESSIVE_AFTER.match(text, end))
                    or self.worker_at.search(before) or self.worker_after.match(text, end))

    def person_firm_read(self, text: str, start: int, end: int) -> bool:
        """Round 56: a word a person's name never has, which reads a name the vote calls a person as
        a firm or a band: a firm's or a band's noun right after it ("Kessel shares", "Vaal plc",
        "Tamsk's chief executive", "Brevik's lead singer": ``person_firm_readings_after``,
        ``band_readings_after``), a firm's doings in a relative ("Kessel, which makes ..."), a stake
        in it ("a stake in Vaal"), a trade's firm noun or a body's noun before it ("drinks firm
        Tamsk", "the band Brevik"). Not a spokesman's or a chairman's word: a person has those too."""
        if self.person_firm_after is None or self.firm_relative_after is None:
            return False
        before = text[max(0, start - 40):start]
        before = before[before.rfind("\n") + 1:]  # a headline's last words are no noun of the name ("rap band")
        return bool(self.person_firm_after.match(text, end) or self.firm_relative_after.match(text, end)
                    or self.stake_before.search(before) or self.body_before.search(before)
                    or (self.trade_firm_before is not None and self.trade_firm_before.search(before)))

    def person_group_read(self, name: str, text: str, start: int, end: int) -> bool:
        """Round 69: a group's reading of a name the vote calls a person, which one person's name
        never has: a plural verb right after it as its whole subject ("Kessel are to tour", "Vaal
        have split": ``_plural_subject``, British English gives a band, a side or a firm the
        plural, never one person), or a member's or a founder's words right before it ("members
        of Kessel", "he formed Vaal": ``group_member_leads_before``), not before its "'s" ("a
        member of Ann Vaal's team" is of the team). A noun before the name counts only on its line."""
        if self._plural_subject(name, text, start, end):
            return True
        if self.group_member_before is None or _POSSESSIVE_AFTER.match(text, end):
            return False
        before = text[max(0, start - 40):start]
        before = before[before.rfind("\n") + 1:]
        return bool(self.group_member_before.search(before))

    def unplaced_body_read(self, text: str, start: int, end: int) -> bool:
        """Round 62: words only a body's name has, for a name the model calls a place and no place
        table knows: a parent's or an owner's noun right before it ("its Kemari subsidiary Kessel",
        "state-owned Vaal", "a security consultant at Tamsk": ``unplaced_body_before``), or a firm's
        staff role after its possessive ("Brevik's UK sales director": ``unplaced_body_roles_after``).
        A town has no parent firm nor a sales director."""
        if self.unplaced_body_before is None or self.unplaced_body_after is None:
            return False
        before = text[max(0, start - 40):start]
        return bool(self.unplaced_body_before.search(before) or self.unplaced_body_after.match(text, end))

    def firm_titled(self, text: str, start: int, end: int, person_named: bool) -> bool:
        """Round 63: the text calls the name a firm or a body in so many words: a head noun of a
        firm or a body right before it after a word of its trade ("property investment fund
        Kessel", "industry training body Vaal": ``firm_title_before``), a list after firms'
        plural and a comma ("carmakers, including Tamsk and Kessel": ``firm_list_before``; the
        plurals are ``company_plurals_before``) or a firm's noun apposed
        after it ("Tamsk, the mining company,": ``body_apposed``). For a name the model does not
        call a person (``person_named`` false) a comma may stand between the title and the name
        ("a land's budget airline, Brevik"), and a maker's noun of a work's possessive may be
        apposed ("Kessel, the game's developer": ``firm_apposition_heads``): a person may be "an
        investment bank, Vaal said" or the game's developer, a place neither."""
        if self.firm_title_before is None or self.firm_apposition_after is None:
            return False
        before = text[max(0, start - 40):start]
        before = before[before.rfind("\n") + 1:]  # a headline's last words are no title of the name
        titled = self.firm_title_before.search(before)
        if titled and not (person_named and titled["comma"]):
            return True
        listed = self.firm_list_before is not None and self.firm_list_before.search(text, max(0, start - 120), start)
        if listed and not _POSSESSIVE_AFTER.match(text, end):
            return True  # "carmakers, including Kessel and Vaal"; "firms, like Kemaria's Tamsk" lists the firm
        return self.body_apposed(text, end) or (not person_named and bool(self.firm_apposition_after.match(text, end)))

    def town_read(self, text: str, start: int, end: int) -> bool:
        """Round 52: the words that read the name as a place and never as a firm, which keep a
        name with a firm's readings a place: "a village near Kessel" (a lower-case word, then
        "in", "near" or "outside", no possessive after: ``person_placed``), "the residents of Vaal"
        (``peopled``), "Vaal's government", "Kessel people" (``place_possessions_after``), "Tamsk
        province", "the MP for Brevik". Not "from Kessel" or "to Vaal": a service comes from a
        firm and a call goes to one."""
        return (self.person_placed(text, start, end) or self.peopled(text, start, end)
                or bool(self.place_owned_after is not None and self.place_owned_after.match(text, end))
                or self.place_head_after(text, end) or self.seat_phrase(text, start))

    def place_read(self, text: str, start: int, end: int) -> bool:
        """Round 48: any word that reads the name as a place: "in Kessel", "flights to Vaal",
        "Tamsk province", "the MP for Brevik" (``reads_as_place``, ``placed_in``,
        ``place_head_after``, ``seat_phrase``)."""
        return (self.reads_as_place(text, start, end) or self.placed_in(text, start)
                or self.place_head_after(text, end) or self.seat_phrase(text, start))

    def _player_row(self, text: str, name: str, start: int, end: int) -> bool:
        """Round 46: a full name the model calls a body or a place, written as only a person is:
        before two tennis sets (not after "of": "Ann Vaal of Kemaria 6-1 6-2" is her land), before an
        adult's age that opens a clause, or as a row of a ranked list of players and their lands
        ("14 Ann Vaal (Kemaria)": the bracket a country of ``countries.txt``, the name two words
        at least, the list one of persons: ``_players_list``; a list of clubs has their lands in
        brackets too)."""
        if not _FULL_NAME.fullmatch(name):
            return False
        if _SET_SCORES_AFTER.match(text, end) and not _LAND_OF_BEFORE.search(text, max(0, start - 10), start):
            return True
        if _AGE_CLAUSE_AFTER.match(text, end):
            return True
        bracket = _BRACKETED_AFTER.match(text, end)
        return bool(bracket and bracket.group(1).strip() in self.countries
                    and _RANK_BEFORE.search(text, max(0, start - 8), start) and self._players_list(text))

    def _players_list(self, text: str) -> bool:
        """RANKED_ROWS_MIN rows "N Name (Land)" at least, RANKED_GIVEN_MIN of them opened by a
        given name of ``name_gender.yaml``: a list of persons, not of clubs with their countries
        ("3 Kessel United (Vaalia)")."""
        rows = _RANKED_ROW.findall(text)
        given = sum(1 for row in rows if self.gender is not None and self.gender.is_given_name(row))
        return len(rows) >= RANKED_ROWS_MIN and given >= RANKED_GIVEN_MIN

    def _outlet_named(self, text: str, before: str, end: int, label: str) -> bool:
        """Words that make the name a publication or a broadcaster's programme: its noun after it
        ("the Kessel newspaper", not "the Kessel newspaper group"), or a known outlet's possessive
        before it and a programme's noun after it ("Radio Tamsk's Vaal Hour programme"). A place or a people
        has newspapers of its own ("a Tamsk newspaper"), and a person's name before a programme's
        noun is the presenter's."""
        if label in _PLACE_LABELS:
            return False
        if label != "PERSON" and self.outlet_noun_after.match(text, end):
            return True
        return label != "PERSON" and bool(self.programme_before.search(before) and self.programme_after.match(text, end))

    def _agency_named(self, before: str) -> bool:
        """Round 62: an agency's or a wire's noun right before the name ("news agency Kessel",
        "the Kemarian news agency Vaal"). A capitalised word before the noun that is no land's or
        people's makes the noun that other name's ("the Tamsk Press news agency Kessel's ..."):
        the name after it is the agency's news, not the agency."""
        match = self.outlet_agency_before.search(before) if self.outlet_agency_before else None
        if match is None:
            return False
        opener = match.group(1) or ""
        return not opener[:1].isupper() or opener in self.press_lands

    def _outlet_staff_named(self, text: str, before: str, end: int, label: str) -> bool:
        """Round 53: a publication's staff names it: the staff noun, "of" or "at" right before the
        name ("film editor of Kessel", "news editor at Vaal"), or the name's possessive, the staff
        noun and the staff member's name after it ("Kessel's film critic Ann Vaal"). A place has
        editors of its own beat ("the editor of Kemaria's daily"); a possessive after the name is a
        book's ("the editor of Ann Vaal's memoirs"); a person's editor after the possessive is a
        writer's, so the possessive reading is for names the model calls groups only."""
        if label in _PLACE_LABELS:
            return False
        if self.outlet_staff_before.search(before) and not _POSSESSIVE_AFTER.match(text, end):
            return True
        return label != "PERSON" and bool(self.outlet_staff_possessed.match(text, end))

    def _listed_facility(self, text: str, before: str, end: int) -> bool:
        """The name is one of a list of names a facility's plural closes ("Kessel, Vaal and Tamsk
        airports", "the Vaal and Tamsk stations"): the plural is each name's noun, as if written
        "Kessel Airport", which the model reads as one building's name. A lone name before the
        plural ("Kessel airports") is the airports of a town or a region, no list."""
        if self.listed_facility_after.match(text, end):
            return True
        return bool(_LIST_ITEM_BEFORE.search(before) and self.listed_facility_last.match(text, end))

    def after_owner(self, text: str, start: int) -> bool:
        """A name's possessive right before the name: "Radio Tamsk's Kessel", "Vaal's Brevik" (a
        broadcaster's own programme, a maker's product)."""
        before = text[max(0, start - 40):start]
        return bool(self.programme_before.search(before) or _MAKER_BEFORE.search(before))

    def region_read(self, text: str, start: int, end: int) -> bool:
        """Round 69: the name at ``start``..``end`` read as a region's land: a region's noun after
        it ("the Kessel region", "the Vaal valley"), "region of" before it ("the eastern region of
        Tamsk"), or "the" before it and nothing it modifies after it ("spread to the Kessel,")."""
        if self.region_after is None or self.region_of_before is None or self.phrase_end_after is None:
            return False
        if self.region_after.match(text, end) or self.region_of_before.search(text, max(0, start - 40), start):
            return True
        return bool(_THE_BEFORE_NAME.search(text, max(0, start - 5), start)) and bool(self.phrase_end_after.match(text, end))

    def polity_read(self, text: str, start: int, end: int) -> bool:
        """Round 69: the name read as a polity: its government or a governing office after it
        ("Kessel's government", "the Vaal authorities") or before "of" ("the president of Tamsk")."""
        if self.polity_after is None or self.polity_of_before is None:
            return False
        return bool(self.polity_after.match(text, end) or self.polity_of_before.search(text, max(0, start - 40), start))

    def reads_as_place(self, text: str, start: int, end: int) -> bool:
        """Words that read the name as a place: "flights to Kessel", "Vaal's government"; not a
        firm's stake ("shares in Kessel")."""
        before = text[max(0, start - 40):start]
        if self.place_reading_before.search(before) and not self.stake_before.search(before):
            return True
        return bool(self.place_possession_after.match(text, end))

    def place_head_after(self, text: str, end: int) -> bool:
        """A place's head word written in lower case right after the name ending at ``end``:
        "Vaal province", "Kessel state" (a capital may start a body's name: "Kessel State
        University")."""
        match = _WORD_AFTER.match(text, end)
        return match is not None and match.group(1) in self.place_heads

    def at_venue(self, text: str, start: int) -> bool:
        """The name starting at ``start`` is written right after "at", as a match's ground is
        ("won at Kessel", "the game at Vaal"), not after a stay at a club ("his spell at
        Kessel", "manager at Vaal": ``club_tenures_before_at``)."""
        match = _AT_BEFORE.search(text, max(0, start - 40), start)
        return match is not None and (match.group(1) or "").lower() not in self.club_tenures

    def ground_part_after(self, text: str, start: int, end: int) -> bool:
        """Round 48: a ground's part in lower case right after the name ``text[start:end]``, the
        name after "the" or a possessive ("the Kessel stands", "the club's Vaal ground":
        ``ground_parts_after``); bare, the word may be a verb ("Kessel stands ready")."""
        match = _WORD_AFTER.match(text, end)
        if match is None or match.group(1) not in self.ground_parts:
            return False
        before = text[max(0, start - 8):start]
        return bool(_THE_BEFORE_NAME.search(before) or _POSSESSIVE_BEFORE.search(before))

    def club_read(self, text: str, start: int, end: int) -> bool:
        """Round 48: the name ``text[start:end]`` stands for a club: after a stay's "at" ("his
        career at Kessel": ``club_tenures_before_at``), or before a club's noun ("the Vaal
        outfit": ``club_nouns_after``), a side's part ("the Tamsk bench") or a position."""
        match = _AT_BEFORE.search(text, max(0, start - 40), start)
        if match is not None and (match.group(1) or "").lower() in self.club_tenures:
            return True
        word = _WORD_AFTER.match(text, end)
        if word is not None and word.group(1) in self.club_nouns:
            return True
        return bool(self.team_after.match(text, end) or self.club_after.match(text, end))

    def placed_in(self, text: str, start: int) -> bool:
        """Round 42: "in Kessel", "near Vaal": the one reading of a town a sports report gives
        a name that is a ground's too ("at Kessel"); "in the Kessel stands" is the ground's."""
        return self.town_before is not None and bool(self.town_before.search(text, max(0, start - 20), start))

    def family_named(self, text: str, word: str) -> bool:
        """Round 42: the story writes the word before a family's plural in lower case ("the
        Vaal brothers", "Kessel twins"): a surname two persons share."""
        if self.family_after is None or not word:
            return False
        return any(self.family_after.match(text, m.end())
                   for m in re.finditer(rf"(?<![\w'\u2019-]){re.escape(word)}(?![\w'\u2019-])", text))

    def person_voice(self, text: str, start: int, end: int) -> bool:
        """Words that make the name ending at ``end`` a person's: ", who", an age in commas
        ("Kessel, 31,"), or "he"/"she"/"his"/"her" as the first pronoun in the rest of its
        sentence and the next one, no other name between."""
        if _WHO_AFTER.match(text, end) or _AGE_AFTER.match(text, end):
            return True
        window = text[end:end + _PRONOUN_REACH]
        stops = list(_SENTENCE_STOP.finditer(window))
        if len(stops) >= 2:
            window = window[:stops[1].start() + 1]  # its sentence and the next
        match = _PRONOUN.search(window)
        if match is None or match.group(1).lower() not in self.person_pronouns:
            return False
        # a name between, other than a sentence's first word, may be the one the pronoun stands
        # for ("for Kessel," said Ann Vaal. "...," he added)
        return not any(not opens_sentence(window, m.start()) for m in _CAPITALIZED.finditer(window, 0, match.start()))

    def person_role_named(self, text: str, start: int, end: int) -> bool:
        """Round 66: a person's role right before the name ("rapper Kessel", "number eight Jon
        Vaal"; lower case, or capitalised where it opens the sentence: "Number eight Jon Vaal has")
        or an age in commas after it ("Tamsk, 13,"), and no noun closing the name's phrase ("the
        billionaire Kessel owner": ``person_role_blocked_after``). Capitalised inside a sentence
        the role is a name's own word ("Captain Kessel", "Father Vaal": a character's)."""
        if self.person_role_blocked_after is not None and self.person_role_blocked_after.match(text, end):
            return False
        if _AGE_AFTER.match(text, end):
            return True
        if self.person_role_before is None:
            return False
        role = self.person_role_before.search(text, max(0, start - 40), start)
        if role is None:
            return False
        return role.group(1).islower() or (role.group(1)[:1].isupper() and opens_sentence(text, role.start(1)))

    @staticmethod
    def body_name_possessed(text: str, end: int) -> bool:
        """Round 66: "Kessel's Stores": a capitalised word after the name's "'s" makes the two
        one body's name (a shop chain, a drug maker), the first word its founder's."""
        return bool(_POSSESSED_CAPITAL.match(text, end))

    @staticmethod
    def person_apposed(text: str, end: int) -> bool:
        """Round 38: ", who" or an age in commas right after the name ("Kessel, who won",
        "Vaal, 24,"): the strongest of a person's words, which a place is never given."""
        return bool(_WHO_AFTER.match(text, end) or _AGE_AFTER.match(text, end))

    def body_voice(self, text: str, start: int, end: int) -> bool:
        """Words that make the name a body's, too weak to cue a mention alone (round 36,
        ``NameGraphResolver._bodied_kind``): "Kessel shares", "Vaal's chief executive", "a
        spokesman for Tamsk", "developers Brevik", "Kessel, which", or "its" in its own clause."""
        if self.body_voice_after is None or self.body_voice_before is None:
            return False
        if _THE_BEFORE_NAME.search(text, max(0, start - 5), start) and _WORD_AFTER.match(text, end):
            return False  # "the Kessel review, which ...", "the Vaal report ... its": the noun's
        if self.body_voice_after.match(text, end) or self.body_voice_before.search(text, max(0, start - 40), start):
            return True
        if _WHICH_AFTER.match(text, end):
            # "Kessel, which owns ..."; after a preposition or a list's "and" the "which" is as
            # often the phrase's head's ("the win over Kessel, which", "A, B and Vaal, which raised")
            return not _OBJECT_LEAD.search(text, max(0, start - 12), start)
        # "its" in the clause the name opens as its subject, no other name between ("Kessel said
        # its ..."); after an object ("the rights to Kessel ... its") or further on it is as often
        # another's ("... Kessel. Vaal said its ...")
        if not (opens_sentence(text, start) or _CLAUSE_OPENER.search(text, max(0, start - 12), start)):
            return False
        window = text[end:end + _BODY_PRONOUN_REACH]
        stop = _SENTENCE_STOP.search(window)
        window = window[:stop.start()] if stop else window
        match = _PRONOUN.search(window)
        return (match is not None and match.group(1).lower() in self.body_pronouns
                and not _CAPITALIZED.search(window, 0, match.start())
                and window[:match.start()].strip() != ",")  # "Kessel, its ..." of a list: another's

    def seat_phrase(self, text: str, start: int) -> bool:
        """Round 37: the name starting at ``start`` closes a seat's phrase: "the MP for Kessel",
        "the MP for Vaal and Kessel", "the constituency of Kessel", "his constituency party,
        Kessel" (``seat_leads_before``)."""
        return self.seat_before is not None and bool(self.seat_before.search(text, max(0, start - 80), start))

    def river_after_name(self, text: str, start: int, end: int) -> bool:
        """Round 37: "the Kessel river": a river's head in lower case after the name, "the" before."""
        return (self.river_after is not None and bool(_THE_BEFORE_NAME.search(text, max(0, start - 5), start))
                and bool(self.river_after.match(text, end)))

    def maker_work(self, text: str, start: int, end: int) -> bool:
        """Round 37: "the Kessel report", "the Vaal reforms": the name modifies a report's noun."""
        return (self.maker_work_after is not None and bool(_THE_BEFORE_NAME.search(text, max(0, start - 5), start))
                and bool(self.maker_work_after.match(text, end)))

    def sited(self, text: str, start: int) -> bool:
        """Round 37: a site's noun and "in" before the name: "a factory in Kessel", "slums in Vaal"."""
        return self.site_before is not None and bool(self.site_before.search(text, max(0, start - 40), start))

    def person_placed(self, text: str, start: int, end: int) -> bool:
        """Round 44: the lone name at ``start``..``end`` stands where a town does and a person
        cannot: after a lower-case word or a figure and "in", "near" or "outside" ("4.8 metres in
        Kessel", "lives near Vaal"), or after a homeland's adjective ("her native Kessel"). Not a
        possessive or the head of a longer name ("in Kessel's novel", "in Kessel Vaal"), nor what
        a person is too ("faith in Kessel", "starred in Vaal": ``person_objects_before_in``)."""
        if self.person_place_before is None or _OWNED_OR_LONGER.match(text, end):
            return False
        match = self.person_place_before.search(text, max(0, start - 40), start)
        return match is not None and (match.group(1) or "") not in self.person_object_words

    def city_placed(self, text: str, start: int, end: int, sport: bool) -> bool:
        """Round 49: the name at ``start``..``end``, one the place table knows, stands where a town
        does: ``person_placed`` ("a camp in Kessel", "lives near Vaal"), or outside a sports report
        after people's origin or settlements near it ("two men from Kessel", "villages close to
        Vaal": ``city_origins_before``; in a match report "from Vaal" is a transfer's). Not a
        possessive nor the head of a longer name."""
        if self.person_placed(text, start, end):
            return True
        if sport or self.city_origin_before is None or _OWNED_OR_LONGER.match(text, end):
            return False
        return bool(self.city_origin_before.search(text, max(0, start - 40), start))

    def peopled(self, text: str, start: int, end: int) -> bool:
        """Round 50: the name at ``start``..``end`` is where people live: "the residents of Kessel",
        "the people of Vaal" (``place_people_before``). A body has staff and members, never
        residents. Not a possessive nor the head of a longer name ("the people of Kessel's firm")."""
        if self.place_people_before is None or _OWNED_OR_LONGER.match(text, end):
            return False
        return bool(self.place_people_before.search(text, max(0, start - 40), start))

    def town_suffix_after(self, text: str, end: int) -> bool:
        """Round 55: a town's suffix glued to the name ending at ``end`` ("the Kessel-born actor",
        "a Vaal-based coach": ``town_suffixes_after``), in any story: a club or a firm is never
        born, and what is based in a name is based in a place."""
        return self.town_suffix is not None and bool(self.town_suffix.match(text, end))

    @staticmethod
    def listed_with(text: str, start: int, end: int) -> list[tuple[int, int]]:
        """Round 50: the spans of the other names of the comma list the name at ``start``..``end``
        stands in ("Kessel, Vaal and Tamsk", "Vaal, Kessel, Tamsk"), none if it stands in none: a
        list's names are of one kind, so its neighbours tell what a name nothing else reads is."""
        before = _NAME_LIST_BEFORE.search(text, max(0, start - _NAME_LIST_REACH), start)
        after = _NAME_LIST_AFTER.match(text, end, min(len(text), end + _NAME_LIST_REACH))
        spans = [(m.start(), m.end()) for m in _NAME_LIST_ITEM.finditer(text, before.start(), start)] if before else []
        if after:
            spans += [(m.start(), m.end()) for m in _NAME_LIST_ITEM.finditer(text, end, after.end())]
        return spans

    def particled_surname(self, name: str) -> bool:
        """Round 37: "El Vaal", "Van der Kessel": a family name opened by its particle."""
        words = name.split()
        return len(words) >= 2 and " ".join(words[:-1]) in self.surname_particles and words[-1][:1].isupper()
    def named_body_voice(self, text: str, start: int, end: int) -> bool:
        """Words that make a name of two words or three a body's (round 37,
        ``NameGraphResolver._bodied_kind``): the one-word name's strongest (``body_voice_after``,
        ``body_voice_before``: "Kessel Vaal shares", "a spokesman for Vaal Tamsk"), a market's or a
        transfer's ("takeover of Kessel Vaal", "signed for Vaal Tamsk"), a trade's plural
        ("auctioneers Vaal Tamsk"), a member's noun before a person's name ("Kessel Vaal singer
        Ann Tamsk"), or a firm's suffix or a body's statement ("Kessel Vaal plc"). Not ", which" nor "its": a person's name is written
        before a work's or a list's ("a trumpet that belonged to Vaal Tamsk, which"). A plural
        verb after a plural name ("Vaal Tamskers have") is a mention's cue already (``cue``)."""
        if self.body_voice_after is None or self.body_voice_before is None:
            return False
        if _THE_BEFORE_NAME.search(text, max(0, start - 5), start) and _WORD_AFTER.match(text, end):
            return False  # "the Kessel Vaal review": the noun's
        if self.body_voice_after.match(text, end) or self.body_voice_before.search(text, max(0, start - 40), start):
            return True
        if self.named_body_before and self.named_body_before.search(text, max(0, start - 40), start):
            return True
        if self.body_member_after and self.body_member_after.match(text, end):
            return True
        return bool(self.named_body_after and self.named_body_after.match(text, end))

    def outlet_voice(self, text: str, start: int, end: int) -> bool:
        """Round 38: words that make the name a news outlet's: a publication's or a broadcast's
        noun or a reporting verb after it ("Kessel reported", "Vaal's editor", "the Tamsk
        newspaper"), an interview's or a source's words before it ("told Kessel", "according to
        Vaal", "writing in Tamsk")."""
        if self.outlet_voice_after is None or self.outlet_voice_before is None:
            return False
        return bool(self.outlet_voice_after.match(text, end)
                    or self.outlet_voice_before.search(text, max(0, start - 40), start))

    def news_voice(self, text: str, start: int, end: int) -> bool:
        """Round 54: words that make the name news media's, narrower than ``outlet_voice`` (a
        channel's "show" or "viewers" are an entertainment firm's too): a report's, a
        publication's or a newsroom's noun after it ("Kessel reported", "Vaal's correspondent"),
        an interview's or a source's words before it ("told Kessel", "according
        to Vaal", "speaking on Tamsk"), or a person's name after its possessive ("Kessel's Jo
        Brann": its journalist, as a reader takes it)."""
        if self.news_after is None or self.news_before is None:
            return False
        if self.news_after.match(text, end) or self.news_before.search(text, max(0, start - 40), start):
            return True
        staff = _POSSESSED_NAME.match(text, end)
        return bool(staff and self.gender is not None and self.gender.is_given_name(staff.group(1)))

    def show_voice(self, text: str, start: int, end: int) -> bool:
        """Round 54: words that make the name an entertainment firm's: a channel's, a network's
        or a show's noun after it ("the Kessel network", "Vaal's comedy series"), a channel's
        noun or a screening's words before it ("music channel Kessel", "shown on Vaal")."""
        if self.show_after is None or self.show_before is None:
            return False
        return bool(self.show_after.match(text, end) or self.show_before.search(text, max(0, start - 40), start))

    @staticmethod
    def place_qualifier(text: str, start: int, end: int) -> str:
        """The larger place written after the name with a comma, where it reads as a town's
        qualifier ("from Kessel, Vaalshire,", "in Kessel, Tamsk.", "the Kessel, Tamsk-based
        firm"), or "". A list ("Kessel, Vaal, Tamsk") has no lead word; whether the qualifier
        is a place is the corpus's to say (``NameGraphResolver._qualified_place_kind``)."""
        match = _QUALIFIER_AFTER.match(text, end)
        if match is None:
            return ""
        before = text[max(0, start - 12):start]
        if _QUALIFIED_LEAD.search(before) or (match.group(2) and _THE_LEAD.search(before)):
            return match.group(1)
        return ""

    def speaks(self, text: str, end: int) -> bool:
        """A verb of speech right after the name ending at ``end``: "Kessel said"."""
        return bool(self.speech_after.match(text, end))

    def acts(self, text: str, end: int) -> bool:
        """A verb only an agent takes right after the name ending at ``end``: "Kessel aims to",
        "Vaal expects" (a drug or a format is withdrawn or used, never hopes or plans)."""
        return bool(self.agent_after.match(text, end))

    def used(self, text: str, start: int, end: int, label: str = "") -> bool:
        """Words of use around ``text[start:end]``: "users of Kessel", "starred in Vaal", "using
        Brevik", "Tamsk users", and since round 60 a product's kind after it ("Kessel stout":
        ``product_kind``). A product's, a program's or a film's; a firm's service is "used"
        too, so only the corpus vote reads it, against the name's agency (``_used_things``). A
        name the model calls a person is no thing by "using" ("the coach is using Vaal wide")."""
        if self.use_before is None or self.use_verb_before is None or self.use_after is None:
            return False
        before = text[max(0, start - 40):start]
        leads = self.use_before.search(before) or (label != "PERSON" and self.use_verb_before.search(before))
        if leads and _ends_title(text, end) and not _POSSESSIVE_AFTER.match(text, end):
            return True  # "users of Kessel's network" are the firm's
        return bool(self.use_after.match(text, end) or self.product_kind(text, end))

    def product_kind(self, text: str, end: int) -> bool:
        """Round 60: the noun of a product's kind right after the name ending at ``end``
        ("Kessel stout", "the Vaal toy", "the Tamsk brand of soap": ``product_kind_nouns_after``),
        unless a trade's word follows it ("Vaal handset giant": ``product_kind_trades_after``).
        A brewer or a maker named like its goods is read so too, so only the corpus vote reads
        it, against the name's agency anywhere (``_used_things``)."""
        return bool(self.product_kind_after and self.product_kind_after.match(text, end))

    def names_prize(self, text: str, end: int) -> bool:
        """Round 63: a contest's or a prize's noun right after the name ending at ``end``, maybe a
        second name or a distance between ("Kessel champion", "Vaal and Tamsk champion", "Kessel
        100m silver": ``prize_nouns_after``), and no holder's word after it ("a Vaal title bid":
        ``prize_nouns_blocked_after``). The name is the contest's; only the corpus vote reads it
        (``NameGraphResolver._event_named_things``), on every mention of a name."""
        return bool(self.prize_after and self.prize_after.match(text, end))

    def names_work_part(self, text: str, start: int, end: int) -> bool:
        """Round 68: the name ending at ``end`` holds a part, a run or a box of a show, a game or
        a platform ("the Kessel sketch", "Vaal's second series", "Tamsk set-top boxes") or the words
        before it make it the work a part is of ("the latest series of Kessel"). A body has no
        episodes, sketches or sequels; only the corpus vote reads it
        (``NameGraphResolver._work_part_things``), against any agency of the name."""
        if self.work_part_after is not None and self.work_part_after.match(text, end):
            return True
        return bool(self.work_part_before is not None and self.work_part_before.search(text[max(0, start - 40):start])
                    and _ends_title(text, end) and not _POSSESSIVE_AFTER.match(text, end))

    def names_place_event(self, text: str, end: int) -> bool:
        """Round 63: an event's noun right after the name ending at ``end`` ("Kessel victims",
        "the Vaal air crash": ``place_event_nouns_after``); read only of a name typed a place,
        on every mention (``NameGraphResolver._event_named_things``)."""
        return bool(self.place_event_after and self.place_event_after.match(text, end))

    def makes(self, text: str, end: int) -> bool:
        """A maker's or a firm's verb right after the name: "Kessel launched", "Vaal has signed"
        (a product is launched, never launches)."""
        return bool(self.maker_after and self.maker_after.match(text, end))

    def modifies_thing(self, text: str, end: int) -> bool:
        """A thing's noun right after the name ending at ``end``: "Kessel slots", "Vaal attacks"
        (the name is the thing's kind: a connector, a kind of attack, an award)."""
        return bool(self.thing_modified_after.match(text, end))

    def spelt_thing(self, text: str, start: int, end: int) -> bool:
        """The mention is an acronym the words in brackets beside it spell as a technology, or those
        words themselves: "IPTV (Internet Protocol TV)", "Kessel Subscriber Line (KSL)". The words
        spell the acronym (``_spells``), one of them is a technology's (``acronym_thing_words``:
        "protocol", "subscriber"), and they are no body's name: none is "of" or "for" ("Institute of
        Technology") and the last is no body's head ("Telephone Preference Service")."""
        name = text[start:end]
        if _ACRONYM.fullmatch(name):
            after = _BRACKETED_AFTER.match(text, end)
            before = _BRACKETED_BEFORE.search(text, max(0, start - 80), start)
            if after:
                return self._technology_spelt(name, after.group(1).split())
            # the words before the bracket may follow others ("known as Kessel Subscriber Line (KSL)")
            words = before.group(1).split() if before else []
            return any(self._technology_spelt(name, words[-k:]) for k in range(2, len(words) + 1))
        acronym = _BRACKETED_ACRONYM.match(text, end)
        if acronym:
            return self._technology_spelt(acronym.group(1), name.split())
        # round 55: the words inside the brackets after their acronym ("KSL (Kessel Subscriber Line)")
        opened = _ACRONYM_OPENING.search(text, max(0, start - 12), start)
        return bool(opened) and text[end:end + 1] == ")" and self._technology_spelt(opened.group(1), name.split())

    def named_condition(self, text: str, start: int, end: int) -> bool:
        """The mention is an acronym in brackets right after a lower-case noun of an illness
        (``condition_nouns_before_acronym``): "mad cow disease (KVD)", "a wasting syndrome (VS)".
        The words before it need not spell the letters (a disease is often known by its common
        name and abbreviated by its medical one); a body's name ends in a capitalized head
        ("the Kessel Disease Society (KDS)"), which the lower-case noun excludes."""
        name = text[start:end]
        if self.condition_before is None or not (2 <= len(name) <= 6 and name.isalnum() and name[0].isupper()):
            return False
        return text[end:end + 1] == ")" and bool(self.condition_before.search(text, max(0, start - 40), start))

    def spelt_acronyms(self, texts: Iterable[str]) -> frozenset[str]:
        """Acronyms, as written, that some text spells as a technology beside them in brackets
        (``spelt_thing``): "known as IPTV (Internet Protocol TV)" makes "IPTV" a thing in every
        story, as a story spells an acronym once and writes it bare after (and the model may tag
        the spelled mention nothing)."""
        found: set[str] = set()
        for text in texts:
            for m in _SPELT_AFTER_ACRONYM.finditer(text):
                if self._technology_spelt(m.group(1), m.group(2).split()):
                    found.add(m.group(1))
            for m in _ACRONYM_AFTER_SPELT.finditer(text):
                words = m.group(1).split()
                if any(self._technology_spelt(m.group(2), words[-k:]) for k in range(2, len(words) + 1)):
                    found.add(m.group(2))
        return frozenset(found) | self._lower_case_acronyms(texts)

    def _lower_case_acronyms(self, texts: Iterable[str]) -> frozenset[str]:
        """Round 55: acronyms some text spells in lower-case words before them in brackets
        ("kessel platform module (KPM)", "tamsk and vaal technology (TVT)":
        ``defined_in_lower_case``), less those any text spells with a body's head word ("the
        Kessel Policy Institute (KPI)" beside "the kessel price index (KPI)"): the same letters
        may name a body in another story, and a body is no thing."""
        lower: set[str] = set()
        bodies: set[str] = set()
        for text in texts:
            lower |= lower_case_spelt(text)
            for m in _BRACKETED_LETTERS.finditer(text):
                if self._body_spelt(m.group(1), _DEFINING_WORDS.findall(text[max(0, m.start() - 80):m.start()])):
                    bodies.add(m.group(1))
        return frozenset(lower - bodies)

    def _body_spelt(self, acronym: str, words: list[str]) -> bool:
        """Some last words before the bracket spell ``acronym`` and one of them is a body's head
        ("Kessel Policy Institute (KPI)"; "Confederation of Kessel Industry" holds none)."""
        letters = acronym.lower()
        for k in range(2, min(len(words), 8) + 1):
            span = words[-k:]
            initials = [w[0].lower() for w in span if w.lower() not in ("and", "of", "for", "the")]
            if (initials and _spells(letters, initials) and len(initials) >= len(letters) - 1
                    and any(w.lower() in self.body_heads for w in span)):
                return True
        return False

    def _technology_spelt(self, acronym: str, words: list[str]) -> bool:
        """``words`` spell ``acronym`` by their initials and name a technology, no body."""
        lower = [w.lower() for w in words]
        if not (2 <= len(words) <= 6) or {"of", "for"} & set(lower) or lower[-1] in self.body_heads:
            return False
        initials = [w[0] for w in lower if w not in ("and", "&")]
        return (bool(self.acronym_thing_words & set(lower))
                and _spells(acronym.lower(), initials))

    @staticmethod
    def owns(text: str, end: int) -> bool:
        """A possessive right after the name ending at ``end``: "Kessel's" owns or does something."""
        return bool(_POSSESSIVE_AFTER.match(text, end))

    def _seat(self, name: str, before: str, text: str, end: int, label: str) -> bool:
        """A seat's noun right after a name the model calls a group (or a person, untitled),
        after a determiner or a possessive: "the Kessel Vaal seat", "his Brevik constituency".
        A constituency is a place. A party's seat is written so too ("a Labour seat"): a name of
        the alias table (the parties' names) takes no cue, nor does a titled name ("the Mr Vaal
        seat" of a panel)."""
        if label not in ("ORG", "PERSON") or name.lower() in self.party_names:
            return False
        if label == "PERSON" and name.split()[0].rstrip(".") in self.honorifics:
            return False
        return bool(_SEAT_DETERMINER.search(before) and self.seat_after.match(text, end))

    def _event_venue(self, name: str, before: str) -> bool:
        """Round 46: a name of capitalised words ending in a hall's head ("Kessel Centre", "Vaal
        Odeon") written right after an event's lead ("held at the", "a packed audience at Tamsk's",
        "recorded at"): the hall the event took place in. These heads name bodies too ("the Kessel
        Policy Centre"), whose events are talks ("a speech at"), not leads of the table."""
        words = name.split()
        return (len(words) >= 2 and words[-1] in self.event_venue_heads and all(w[:1].isupper() for w in words)
                and self.event_venue_before is not None and bool(self.event_venue_before.search(before)))

    def _capital_role_before(self, text: str, name: str, before: str, end: int) -> bool:
        """Round 46: a person's role written in capitals right before a full name that ends there
        ("dance DJ Kessel Vaal"): the mention stage's role nouns are read in lower case only. Not
        a one-word name ("the DJ Awards") nor one a capitalised word goes on ("DJ Kessel Vaal
        Show"), and not after an article ("the DJ Kessel Vaal" is often a programme's title)."""
        if self.role_capitals is None or not self.role_capitals.search(before):
            return False
        return bool(_FULL_NAME.fullmatch(name)) and not _CAPITAL_WORD_AFTER.match(text, end)

    def _role_opens(self, before: str) -> bool:
        """A person's role right before the name opens its sentence, maybe after a word or two
        of its kind ("Rapper Kessel", "Hip-hop performer Kessel", "Veteran jazz singer Vaal")."""
        role = self.role_opening.search(before)
        if not role:
            return False
        opening = _ROLE_MODIFIERS.search(before, 0, role.start())
        start = opening.start() if opening else role.start()
        return before[start:start + 1].isupper() and bool(_SENTENCE_START.search(before[:start]))

    def lineup_item(self, line: str, start: int, end: int) -> bool:
        """``line[start:end]`` is one of the names listed on a line-up's line: the line bears a
        line-up's mark (a substitute with his minute, "(capt)", a label such as "Subs:"), and
        the name stands between its separators, or inside a substitute's brackets ("Vaal (Tamm
        67)"). Whether an unlabelled line is a team sheet at all is the caller's test."""
        if not (self.lineup_label.match(line) or self.lineup_mark.search(line)):
            return False
        if _LINEUP_BEFORE.search(line, 0, start) and _LINEUP_AFTER.match(line, end):
            return True
        return bool(line[:start].rstrip().endswith("(") and _MINUTE_CLOSE.match(line, end))

    def plural_side(self, name: str, text: str, start: int, end: int) -> bool:
        """``_plural_subject`` for callers outside: "Kessel are", "Vaal were beaten"."""
        return self._plural_subject(name, text, start, end)

    def _plural_subject(self, name: str, text: str, start: int, end: int) -> bool:
        """A plural verb right after the name, which is its whole subject: not one of a list
        ("Vaal, Kessel are", "A and lyricist Kessel are", "stars such as Kessel have"), nor a
        plural itself ("Kessels are": a family; "Kemari authorities are": people described)."""
        words = name.split()
        if words[-1][:1].islower() or (len(words) == 1 and name.endswith("s")):
            return False
        if not self.plural_after.match(text, end):
            return False
        before = text[max(0, start - 120):start]
        clause = _CLAUSE_START.split(before)[-1]
        return not (self.plural_blocked.search(before) or _NAME_LISTED.search(before)
                    or _COORDINATED.search(clause))


def _alias_names() -> frozenset[str]:
    """Every name and alias of the alias table, in lower case: "Labour", "Tories", "SNP"."""
    names = set()
    for entry in load_yaml("aliases.yaml").get("actors", ()):
        names.add(str(entry["name"]).lower())
        names.update(str(a).lower() for a in entry.get("aliases", ()))
    return frozenset(names)


def defined_in_lower_case(text: str, start: int, end: int) -> bool:
    """The mention is an acronym in brackets right after the lower-case words it stands for:
    "digital terrestrial TV (DTT)", "two megabits per second (Mbps)". A body's or a person's name
    is written with capitals ("the Kessel Energy Agency (KEA)"); lower-case words spell a thing, a
    unit or a technology, no actor. The words' initials must spell the acronym in order (one
    letter may come from inside a word: "megabits" gives "Mb"), the first word in lower case."""
    name = text[start:end]
    if not (2 <= len(name) <= 6 and name.isalnum() and name[0].isupper()):
        return False
    if text[start - 1:start] != "(" or text[end:end + 1] != ")":
        return False
    words = _DEFINING_WORDS.findall(text[max(0, start - 80):start - 1])
    letters = name.lower()
    for k in range(max(2, len(letters) - 1), min(len(letters) + len(_SPELT_JOINERS), len(words)) + 1):
        span = words[-k:]
        # common words: in lower case, or in capitals only ("TV"); "of National Statistics" is a name
        if not (all(w.islower() or w.isupper() for w in span) and span[0].islower()):
            continue
        # round 55: a joiner may give no letter ("tamsk and vaal technology (TVT)")
        if _spells(letters, [w[0].lower() for w in span]) or _spells(
                letters, [w[0].lower() for w in span if w not in _SPELT_JOINERS]):
            return True
    return False


def lower_case_spelt(text: str) -> frozenset[str]:
    """Round 55: the acronyms ``text`` spells in lower-case words before them in brackets
    ("kessel platform module (KPM)": ``defined_in_lower_case``). In its own story such an
    acronym is that thing, whatever another story spells by the same letters."""
    return frozenset(m.group(1) for m in _BRACKETED_LETTERS.finditer(text)
                     if defined_in_lower_case(text, m.start(1), m.end(1)))


def _spells(letters: str, initials: list[str]) -> bool:
    """The initials are the acronym's letters in order, from its first letter, with at most one
    letter of the acronym left over."""
    if initials[0] != letters[0]:
        return False
    at = 0
    for initial in initials:
        at = letters.find(initial, at)
        if at < 0:
            return False
        at += 1
    return len(letters) - len(initials) <= 1


def surname_spelling() -> re.Pattern:
    """A lone word spelt like a Gaelic or Norman surname ("McKessel", "O'Vaal"; not "Macedonia")."""
    prefixes = _alternatives(load_yaml("kind_contexts.yaml").get("surname_prefixes", ()))
    return re.compile(rf"(?:{prefixes})[A-Z][a-z]+")


def after_amount(text: str, start: int) -> bool:
    """An amount is written right before the mention ("3.35m Kessos", "885,000 Vaals")."""
    return bool(_AMOUNT_BEFORE.search(text, max(0, start - 20), start))


def opens_sentence(text: str, start: int) -> bool:
    """The mention is the first word of its sentence, line or quotation."""
    return bool(_SENTENCE_START.search(text[max(0, start - 6):start]))


@lru_cache(maxsize=1)
def _title_joints() -> tuple[re.Pattern, frozenset[str]]:
    """The small words that join a title's first word to its capitalized rest ("Kessel on Vaal
    13", "Tamsk of Fire"), and the words that make the rest a date instead ("on Monday", "on
    Boxing Day"), from ``name_fragments.yaml``."""
    table = load_yaml("name_fragments.yaml")
    joints = _alternatives(table.get("title_joints", ()))
    dates = {str(w).lower() for key in ("calendar_words", "date_heads") for w in table.get(key, ())}
    return re.compile(rf" (?:{joints}) (?:the )?([A-Z][a-z][\w'-]*)(?: ([A-Z][a-z]+))?"), frozenset(dates)


def _title_opened(text: str, start: int, end: int, named) -> bool:
    """Round 47: the mention opens a longer title the model cut after its first word: "Kessel on
    Vaal 13", "Tamsk of Fire" (``title_joints``), the joined word no mention's (a place's "in
    Kessel on Saturday" is a date; "Lord Vaal of Tamsk" is titled: a capitalized word right
    before the mention keeps it, as "Chancellor Kessel" does)."""
    pattern, dates = _title_joints()
    joined = pattern.match(text, end)
    if not joined or named is None or named(joined.start(1)):
        return False
    if {w.lower() for w in joined.groups() if w} & dates:
        return False
    return not _CAPITAL_WORD_BEFORE.search(text, max(0, start - 30), start)


def glued(text: str, start: int, end: int, label: str, named=None) -> bool:
    """The mention is written against another capitalized word of the same name: one after it
    ("Duran" of "Duran Duran", "Donmar" of "Donmar Warehouse", "Group" of "Group B"), or, for a name the model does
    not call a person, one before it that does not open the sentence ("Go Digital", "Prisoner
    of Kessel"), or the last of coordinated words in a body's name ("Department for Vaal and
    Kessel"), or a word joined by "and" that no mention holds, before or after it (``named(offset)``
    says whether a mention covers the offset): "Belle and Kessel", "Kessel and Demons" are one
    name, "Tamsk and Kessel" two; or the first word of a title joined to its rest by "on" or "of"
    (``_title_opened``: "Kessel on Vaal 13"). A person's name after a capitalized word is titled
    ("Chancellor Kessel"), not cut."""
    after = _CAPITAL_WORD_AFTER.match(text, end)
    if after or _title_opened(text, start, end, named):
        return True
    if label == "PERSON":
        return False
    if _NAMED_COORDINATION.search(text, max(0, start - 80), start):
        return True  # "Skills" of "the Department for Education and Skills"
    joined = _JOINED_BEFORE.search(text, max(0, start - 30), start)
    if (joined and named is not None and not named(joined.start(1))
            and not opens_sentence(text, joined.start(1)) and not _LIST_BEFORE.search(text, max(0, joined.start(1) - 12), joined.start(1))):
        return True  # "Belle and Kessel": a capitalized word no mention holds, joined to the name
    joined = _JOINED_AFTER.match(text, end)
    if (joined and named is not None and not named(joined.start(1)) and not _THE_BEFORE.search(text, max(0, start - 4), start)
            and not _CAPITAL_WORD_AFTER.match(text, joined.end(1))
            and not _LIST_BEFORE.search(text, max(0, start - 12), start)):
        return True  # "Kessel and Demons", "Kessel and the Vaal": a title's words no mention holds
    before = _CAPITAL_WORD_BEFORE.search(text, max(0, start - 30), start)
    # a title's "The" ("The Kessels", a band or a show) tells nothing of which
    return bool(before) and before.group(1) != "The" and not opens_sentence(text, before.start())


def word_after(text: str, end: int) -> str | None:
    """Round 69: the lower-case word right after a name ("Kessel prices" -> "prices"), None when
    the next word is capitalized, joined by a hyphen or missing."""
    after = _WORD_AFTER.match(text, end)
    return after.group(1) if after else None


def written_in_lower_case(phrase: str, texts: Iterable[str]) -> bool:
    """Round 69: whether some text of the corpus writes ``phrase`` (lower-case words) as such,
    not glued to a word before it ("house prices", not "warehouse prices")."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(phrase)}\b")
    return any(pattern.search(text) for text in texts)


def word_cases(texts) -> tuple[Counter, Counter]:
    """How often each word is written in lower case, and capitalized, in the corpus (keys in
    lower case; one pass over the texts)."""
    lower: Counter = Counter()
    capital: Counter = Counter()
    for text in texts:
        lower.update(_WORD.findall(text))
        capital.update(w.lower() for w in _CAPITALIZED.findall(text))
    return lower, capital


# A word written in capitals only ("WAS", "OSCAR?", "EMPTY-HANDED"), its punctuation aside
_SHOUTED_WORD = re.compile(r"[\"'(\u2018\u201c]*([A-Z][A-Z'\u2019-]*[A-Z])[\"'),:;.?!\u2019\u201d]*")
SHOUTED_RUN_MIN = 3  # a subhead is a phrase: the name and two capitalized words about it


def shouted_run(text: str, start: int, end: int) -> list[str]:
    """The other words, in lower case, of a run of words written all in capitals around the
    mention on its line and in its sentence ("WHO WAS OSCAR?", "THE STARS WHO LEFT EARLY"), when
    the run holds SHOUTED_RUN_MIN words at least: a subhead or a list's heading set in capitals,
    where the model reads a common word as a name (round 40). Empty otherwise."""
    own = text[start:end].split()
    if not own or not all(_SHOUTED_WORD.fullmatch(token) for token in own):
        return []
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    left: list[str] = []
    for token in reversed(text[line_start:start].split()):
        word = _SHOUTED_WORD.fullmatch(token)
        if word is None or token[-1] in ".?!":
            break  # "the MC. WHO WAS ...": a full stop closes the sentence before
        left.append(word.group(1).lower())
    right: list[str] = []
    for token in text[end:line_end].split():
        word = _SHOUTED_WORD.fullmatch(token)
        if word is None:
            break
        right.append(word.group(1).lower())
        if token[-1] in ".?!":
            break
    run = left + right
    return run if len(run) + len(own) >= SHOUTED_RUN_MIN else []
