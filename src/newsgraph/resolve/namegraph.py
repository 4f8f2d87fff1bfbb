"""The ``name-graph.v1`` resolver: one actor under all its names, look-alikes kept apart.

Input: every mention of the corpus and the links the documents state between mentions.
Output: a :class:`~newsgraph.resolve.Resolution` whose actors carry their affiliations and
the reason for every merge.

How: mentions with one name key form a *name node*. Rules propose merges between nodes
found through blocking dictionaries (never all pairs): alias seeds, spelling variants
(phonetic keys), different word splits, acronyms, short forms, branch names, and the
aliases the text states ("X, also known as Y"). A constrained union-find accepts a merge
unless it would put two different full person names or a "distinct" pair into one actor.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Sequence

from spacy.lang.en.tokenizer_exceptions import TOKENIZER_EXCEPTIONS

from newsgraph.bulk import no_cycle_collection
from newsgraph.coref import CorefLexicon
from newsgraph.coref.people_words import ONE_OF_PEOPLE
from newsgraph.data import load_lines, load_yaml
from newsgraph.model import Actor, Link, Mention, ThingName
from newsgraph.names import TEAM_SUFFIX, NameGender, initials, name_key, slug
from newsgraph.resolve import UNTAGGED_LABEL, Resolution, make_actor, register, unique_id
from newsgraph.resolve.aliases import AliasTable
from newsgraph.resolve.clusters import Clusters, Merge
from newsgraph.resolve.contexts import (NONE, KindContexts, after_amount, defined_in_lower_case, glued,
                                        lower_case_spelt, opens_sentence, shouted_run, surname_spelling, word_after,
                                        word_cases, written_in_lower_case)
from newsgraph.resolve.domains import StoryDomains, StorySports
from newsgraph.resolve.eventsenses import EventSenses, spread, without_mentions
from newsgraph.resolve.fragments import (FragmentWords, aliases_without, and_pair, closes_name_list, crosses_stop, cut_out_alone,
                                         cut_spans_widened, fragments_rekeyed, kin_given_names_unlinked,
                                         lower_case_words, pair_links_undone, shared_word_links_undone, slash_pair)
from newsgraph.resolve.places import PlaceTable
from newsgraph.resolve.senses import CLUB, MIN_CLUB_CUES, PEOPLE, PLACE, NameSenses
from newsgraph.resolve.variants import NameVariants
from newsgraph.resolve.works import (AwardContext, ChannelShowContext, CorpusWorks, CutTitleContext, FranchiseContext,
                                     GatheringContext, RoleContext, ThingUseContext, WorkFinder, WorkUseContext)

FAMILIES = {"PERSON": "person", "ORG": "group", "NORP": "group", "OUTLET": "group",
            "GPE": "place", "LOC": "place", "FAC": "place"}
_ACRONYM = re.compile(r"^[A-Z](?:\.?[A-Z]){1,5}\.?$")
_MIN_ACRONYM = 3  # two-letter acronyms (GM, PE, SA) are too ambiguous to expand unasked
_MIN_SKELETON = 5  # consonants a name needs before its skeleton alone may join two spellings
_MIN_SHORT_FORM = 4  # letters a short form needs before it may stand for a longer name
# A one-word name joins another one-word spelling only from this length, unless transliterated:
# short English names differ by a letter (Sony / Sonny, Toure / Tory); 5 keeps Masri / Masry.
_MIN_ONE_WORD_SPELLING = 5
# A surname several full names share goes to the one that has this many times the mentions of
# all the others together (and at least DOMINANT_MIN mentions): the referent a reader assumes.
DOMINANCE = 4
DOMINANT_MIN = 5
# A bare surname of one story goes to a dominant bearer whose stories it does not meet only
# when that bearer has this many times the others' mentions (Blair, not Brown: the tobacco
# firm and the footballers share that name).
CLEAR_DOMINANCE = 10
# Full names (distinct given words) a surname may have in the corpus for a short given name in
# stories of its own to join the full form ("Rafa Kessel" / "Rafael Kessel"): past it, the
# surname is common enough that a "Steve" and a "Stephen" of it are often two people.
GIVEN_FORM_MAX_BEARERS = 4
# Full-name mentions after an office title ("President X Kessel") that make their bearer the
# holder a bare "President Kessel" names: one could be a cut span or a namesake's title.
OFFICE_HOLDER_MIN = 2
# One mention in this many whose sentence states the kind ("shares in X") decides it.
CUE_SHARE = 5
# A compass word's initial in a country's short form ("S Kemaria", "N Vaalia") and the words it
# stands for.
_COMPASS_WORDS = {"N": ("North", "Northern"), "S": ("South", "Southern"), "E": ("East", "Eastern"),
                  "W": ("West", "Western")}
CUE_SHARE_PERSON = 8
# A name the model calls a place that the sentences call a company or a club (no country: the
# mention stage gives those no cue) needs one such mention in this many, and CUE_MIN_PLACE at
# least: a place lends its name to nothing the cues read ("Kessel shares" of a city is a market,
# no cue), while a company's or a club's name is tagged a place by the model in most stories.
CUE_SHARE_PLACE = 10
# round 38: a name a given name opens ("Ann Vaal") is a firm named after its founder when this
# many of its mentions have a body's word, or two mentions in this many stories (two words of one
# story are as often a man's spokesman and a slip), this many times as many as have a person's
FOUNDER_BODY_MIN = 3
FOUNDER_BODY_STORIES = 2
FOUNDER_DOMINANCE = 2
# round 38: mentions with a person's words a one-word name the vote calls a place needs
VOICED_PERSON_MIN = 2
CUE_MIN_PLACE = 2
# round 52: mentions with a firm's words ("Kessel's competitors", "rivals to Vaal") a name the vote
# calls a place or a people, none of them read as a place, needs to be the firm (``_firm_read_kind``):
# one may be a slip of the sentence ("the Kessel board" of a tourist office)
FIRM_READ_MIN = 2
# round 56: readings a person never has ("Kessel shares", "the band Vaal") a name the vote calls a
# person, with no person's reading, needs to be the firm or the band (``_firm_read_person_kind``):
# one may be a cut span or a slip ("a stake in Ann Vaal's club" cut to "Vaal")
FIRM_READ_PERSON_MIN = 2
# round 63: the kinds a name the text calls a firm in so many words is wrongly given (``_firm_titled_kind``)
FIRM_TITLED_KINDS = frozenset({"GPE", "NORP", "PERSON"})
# A lone place- or outlet-tagged word is a person when full person names with it as surname or
# given name are named this many times as often as the word alone.
NAME_PART_SHARE = 3
NAME_PART_MIN = 5  # and at least this many
# A place-tagged word this long at least may be read as another place's demonym ("Iraqi"); a
# shorter one ("Chin" beside "China") is too often a place of its own.
DEMONYM_MIN_LENGTH = 5
# round 44: letters a city's name needs before its "-er" is read as its people ("Kessel Vaaler")
CITY_DEMONYM_MIN_STEM = 4
# round 40: a person's initials as a story writes them for short ("AKV"): two to four capitals
INITIALS_RE = re.compile(r"[A-Z]{2,4}")
# Sports reports naming this many same people or clubs speak of one side ("England team").
TEAM_CONTEXT_MIN = 2
# People or groups two stories must both name before full names a silent e apart ("Quarl" /
# "Quarle") are taken for one person: Clark and Clarke are two surnames too.
SPELLING_CONTEXT_MIN = 2
# A line-up's surname whose stories meet two bearers' goes to the one met at least this many
# times as often as any other: two sides' reports share a player or two, its own club all of them.
STORY_PERSON_LEAD = 2
# Round 69: a place read as a region's land needs this many mentions at least: one mention's
# "the Kessel," is as often a town's or a country's short name (``_region_read_kind``).
REGION_READ_MIN_MENTIONS = 2
# A name is a place when at least one of this many of its mentions is labelled one.
PLACE_SHARE = 4
MAX_EVIDENCE = 20  # evidence spans kept per affiliation
# A full person name of at most this many stories may be two namesakes when the stories' domains
# differ and they name no same person or group (see _namesake_domains).
NAMESAKE_MAX_DOCS = 6
# A bare one-word name's stories that name same people among themselves and none that the full
# name's stories name are a namesake's world when they are this many at least (two stories are
# often one article printed twice).
WORLD_MIN_DOCS = 3
# the domain of news_domains.yaml whose stories are a world of their own: a name of match reports
# and of a story of two equal domains without sport is two namesakes (_sport_apart)
SPORT_DOMAIN = "sport"
# round 39: a firm whose name is a surname is one node across the stories of one domain when
# the model tags its bare name a body in at least this many of them
FIRM_MIN_DOCS = 2
# Names that tell two stories apart: those in at most this many documents, or this share of the
# corpus (the BBC, a country's government or a big party are named in every kind of story).
CONTEXT_MIN_DOCS = 30
CONTEXT_SHARE = 0.02
MAX_SHORT_FORM_BLOCK = 64  # longer names a short form may be compared with
STATED_RULES = ("stated-alias", "alias-seed")  # merges the text or the user asserts
# A name one story in this many calls a work ("the film X") is a work in every story (films in
# award lists are named bare far more often); a full person name needs one in three (a biopic
# is named after its hero).
WORK_DOC_SHARE = 5
WORK_DOC_SHARE_PERSON = 3
# Round 44: a series named after its hero ("the third Kessel Vaal film", ``FranchiseContext``):
# this many such mentions at least, in FRANCHISE_MIN_DOCS stories, one in FRANCHISE_SHARE of the
# name's mentions (a star's "the new Jo Vaal movie" is one mention in many).
FRANCHISE_MIN = 3
FRANCHISE_MIN_DOCS = 2
FRANCHISE_SHARE = 5
FRANCHISE_OVER_CUES = 4  # franchise frames per kind-cued mention that outvote the cue (round 46)
# An award by its sentences ("the Golden Kessel award", "won the Silver Tamsk"): this many such
# mentions at least, and one in AWARD_SHARE of the name's mentions.
AWARD_MIN = 2
# An event by the words around it ("the Kessel was held", "during the Vaal"; ``_headed_things``):
# this many such mentions at least, and one in GATHERING_SHARE (a town "takes place" once in
# many mentions; agency anywhere outvotes the cues as well).
GATHERING_MIN = 2
GATHERING_SHARE = 2
AWARD_SHARE = 3
# A thing by the model's own labels pooled over the corpus: the documents where it tags the name
# a work, a product, an event or a law are this many at least, and one in THING_LABEL_SHARE of the
# documents naming it (a film is named bare, and tagged a person or a group, in many stories).
THING_LABEL_MIN = 2
THING_LABEL_SHARE = 2
# ... and one kind of thing holds two in THING_LABEL_AGREE of those labels (a film once and a law
# once are slips); the stage's own work cue and the model's work label are one kind.
THING_LABEL_AGREE = 3
_THING_FAMILY = {"WORK": "WORK_OF_ART"}
# A thing by the words around it ("tested positive for X", "the X 100 index"): this many such
# mentions at least, one in THING_SHARE of the name's mentions, and more than its actor cues.
THING_MIN = 2
THING_SHARE = 3
# Round 55: an acronym the text spells as a thing ("kessel platform module (KPM)") whose bare
# mentions outnumber this many times the ones a parse gives an actor's kind ("net-based KPM
# services" read as a firm's) is the thing: the spelling states what it is, a modifier does not
DEFINED_OVER_CUED = 3
# A thing by the noun it modifies ("Kessel slots", "Vaal attacks"): this many such mentions at
# least, one in MODIFIER_SHARE of the name's mentions, none an agent's (``_story_thing_clusters``).
MODIFIER_MIN = 2
MODIFIER_SHARE = 2
# A thing by its cues in some stories ("the drug Kessel" in one story, "Kessel" bare in two more):
# one story in STORY_THING_SHARE naming it holds a thing cue (not a modified noun: "the Kessel
# Guild awards" name a body's prize), and no mention anywhere speaks, acts, owns ("Kessel's") or
# takes an actor's cue (``_thing_in_share``).
STORY_THING_SHARE = 3
# ... in this many stories at least: of two stories, the bare one is as likely a firm named like
# its product ("Kessel opened an office")
STORY_THING_MIN_DOCS = 3
# A lone word written against another capitalized word ("Duran" of "Duran Duran") in FRAGMENT_SHARE
# of its mentions (and FRAGMENT_MIN at least) is a piece of a longer name, no actor.
FRAGMENT_MIN = 2
FRAGMENT_SHARE = 2 / 3
# A lone word that opens the sentence in every mention is a common word capitalized there
# ("Digital music downloads ...") when the corpus writes it in lower case this many times as
# often as capitalized, and LOWER_MIN times at least.
LOWER_SHARE = 3
LOWER_MIN = 5
_PLACE_KINDS = frozenset({"GPE", "LOC", "FAC", "NORP"})
# Round 60: the model's kinds a character's name takes by its look ("Kessel" a body, "Vaal" a
# town): the part-in-a-work vote (``_part_in_work_each_story``) reads them; the model's person has
# round 46's votes already
_PART_IN_WORK_KINDS = frozenset({"ORG", "GPE", "FAC"})
# Before a law's head word alone (``_lone_laws``): a determiner, maybe one lower-case word
# between ("the Bill", "a hybrid Bill"; not "that": "said that Bill would", not "no": "I told
# him no Bill, not tonight", nor two words: "the coach told Bill"), a lower-case possessive ("the
# government's Bill") or a bracketed title's end ("(X Provisions) Bill")
_LAW_DETERMINED = re.compile(
    r"(?:(?<![\w'\u2019-])(?i:the|a|an|this|each|every|any|its|whose)\s+(?:[a-z][\w-]*\s+)?"
    r"|\b[a-z][\w-]*['\u2019]s\s+|\)\s+)$")
# round 44: a lower-case word, a number or a hyphen right before a name ("the autumn Tests",
# "from 14 Tests", "three-Test"): the name is no sentence's first word nor a given name's surname
_LOWER_WORD_BEFORE = re.compile(r"(?:(?<![\w'\u2019-])(?:[a-z][\w'\u2019]*|\d+)\s+|\w-)$")
# A thing by its use ("users of Kessel", "starred in Vaal"; ``_used_things``): one such mention
# at least, and none of the name's mentions anywhere an agent's or a maker's; against possessives
# ("Kessel's"), USE_OVER_OWN uses for each, USE_OWNED_MIN at least. A share of stories
# was tried: a product is named bare far more often than used ("the Kessel mini" in forty
# mentions, "sales of the Kessel" once), and its maker's verbs, not the share, tell a firm.
USE_OVER_OWN = 3
USE_OWNED_MIN = 3
# Round 68 (kind107): mentions reading as a show's, a game's or a platform's part or run ("the
# Kessel sketch", "Vaal's second series", "episodes of Tamsk") a name needs over the corpus, in
# one story of WORK_PART_DOC_SHARE of its stories at least, before it leaves the actor graph
# (``_work_part_things``), and the kinds that vote may read.
WORK_PART_MIN = 2
WORK_PART_DOC_SHARE = 2
_WORK_PART_KINDS = frozenset({"ORG", "GPE", "PERSON", "NORP", "LOC"})
# A model's number or code after its maker's name: "7610", "A380", "N91", "V3" (``_model_names``)
_MODEL_CODE = re.compile(r"[A-Z]{0,2}\d{2,4}[a-z]?|[A-Z]{1,2}\d")
# Round 43: a code of capitals and digits both ("G4", "A380", "N91"): a model's whether or not
# its maker is an actor ("the PowerMac G4": a product line, no actor); a bare number is not
# ("Channel 4", a band's "Kessel 182")
_LETTERED_CODE = re.compile(r"[A-Z]{1,2}\d{1,4}[a-z]?")
# Kinds of a name that a lettered code after it does not make a product: "Kessel U21" of a land
_NOT_MAKER_KINDS = frozenset({"GPE", "LOC", "NORP", "PERSON", "FAC"})
_YEAR = re.compile(r"(?:19|20)\d\d")
# endings of a people's name ("Kemarian", "Vaalese", "Kesselish", "Vaali"): a word so spelt the
# model tags NORP stays a people though a person bears it as a given name (``_name_part_kind``)
_PEOPLE_ENDINGS = ("an", "ese", "ish", "i", "ic")
# A ground by "at" (``_venue_kind``): this many mentions at least, this many of them after "at"
# in sports stories ("at Kessel" twice of a name named twice may be an away game at a club's)
VENUE_MIN = 3
VENUE_AT_MIN = 2
# Round 42 (kind57): kinds a two-word name opened by a given name leaves for PERSON
# (``_given_named_kind``), and kinds a family's surname leaves for PERSON (``_family_kind``)
GIVEN_NAMED_KINDS = frozenset({"NORP", "LOC", "FAC", "OUTLET"})
FAMILY_KINDS = frozenset({"NORP", "ORG", "GPE"})
# Round 66 (kind104): kinds a name a person's role or age marks on half its mentions leaves for
# PERSON (``_role_named_kind``)
ROLE_NAMED_KINDS = frozenset({"ORG", "GPE", "NORP"})


@dataclass(slots=True)
class NameNode:
    """All mentions sharing one name key."""

    key: str
    mentions: list[int] = field(default_factory=list)
    texts: Counter = field(default_factory=Counter)  # full names
    surface: Counter = field(default_factory=Counter)  # mention texts (short forms included)
    labels: Counter = field(default_factory=Counter)
    family: str = "other"
    weak: bool = False  # a lone word the model was unsure about: may join any family
    words: tuple[str, ...] = ()  # strong fold: for blocking
    mild: tuple[str, ...] = ()  # mild fold: equality that is always safe
    translit: bool = False  # shows signs of transliteration: the strong fold may decide
    acronym: bool = False
    canonical: str | None = None  # alias-table key
    docs: set = field(default_factory=set)  # documents of its mentions
    generic: bool = False  # a generic institution name ("Congress", "Economy Ministry")
    team: bool = False  # a place's side in one sports report ("England team"): one node per document
    story: bool = False  # one node per document: a side, or a bare surname several people bear
    listed: bool = False  # a bare surname only in a team sheet's list: joins only a bearer its stories meet
    apart: bool = False  # a full name its sentence sets beside itself with a middle initial: a namesake
    world: bool = False  # a bare name's stories that never meet its full name's: a namesake (_bare_worlds)
    kin: bool = False  # a lone name after "sons of": the parent a group or family is named for, no one's short form
    country: str = ""  # for a generic name: the country of its documents
    shorts: list[int] = field(default_factory=list)  # mentions whose text is a short form of the full name
    sense: str = ""  # of a name read both as a town (a people) and as its club: PLACE, PEOPLE or CLUB (resolve/senses.py)

    @property
    def text(self) -> str:
        return min(self.texts, key=lambda t: (-self.texts[t], t))


@dataclass
class OfficeTitles:
    """Office titles read before person mentions, by name node (``_office_titles``)."""

    bare: dict[int, str] = field(default_factory=dict)  # nodes always written after this one title
    held: dict[int, Counter] = field(default_factory=dict)  # every node: its mentions by title before them


@register("name-graph.v1")
class NameGraphResolver:
    """See the module docstring. ``aliases`` are user alias files (``--aliases``)."""

    def __init__(self, aliases: Sequence[Path] = ()):
        self.aliases = AliasTable.from_data(aliases)
        self.variants = NameVariants.from_data(self.aliases.name_variants)
        entity_rules = load_yaml("entity_rules.yaml")
        self.titles = frozenset(str(t) for t in entity_rules["person_titles"])
        self._lower_titles = frozenset(t.lower() for t in self.titles)
        # "United", "City": a club's generic last word names no one club on its own
        self.generic_short = frozenset(str(w).lower() for w in entity_rules.get("team_head_words", []))
        self.gender = NameGender.from_data()
        # titles a canonical name drops; a monarch's or pope's style stays ("King Abdullah")
        self.display_titles = self.titles - {"King", "Queen", "Prince", "Princess", "Pope", "Emir", "Sultan"}
        # "Bishop", "Chancellor" alone: the story's bearer's mention, no name of his (round 65)
        self.bare_titles = frozenset(str(t) for t in entity_rules.get("lone_title_bearer_titles", ()))
        variants = load_yaml("name_variants.yaml")
        self.generic_words = frozenset(str(w) for w in variants.get("generic_body_words", ())) | frozenset(
            str(w) for w in variants.get("group_stopwords", ()))
        self.country_keys = frozenset(name_key(c) for c in load_lines("countries.txt"))
        self.family_plurals = frozenset(str(w).lower() for w in variants.get("family_plurals", ()))
        self.kin_of_nouns = frozenset(str(w).lower() for w in variants.get("kin_of_nouns", ()))
        # "Old", "New": a word of an era or a wing before a name makes no person's given name
        self.era_words = frozenset(str(w).lower() for w in variants.get("era_words", ()))
        # "rafa" -> ("rafael",): a given name's short forms, and the full forms each stands for
        self.given_forms = {str(k).lower(): tuple(str(f).lower() for f in v)
                            for k, v in (variants.get("given_name_forms") or {}).items()}
        self.works = WorkFinder.from_data()
        self.work_uses = WorkUseContext.from_data()  # "Kessel tells the story of" (round 39)
        self.thing_uses = ThingUseContext.from_data()  # "the Kessel robot", "aboard the Vaal" (round 42)
        self.cut_titles = CutTitleContext.from_data()  # "Jo And" of "Jo And His Magic Kessel" (round 42)
        self.channel_shows = ChannelShowContext.from_data()  # "Kessel Two's Morning Vaal" (round 42)
        self.franchises = FranchiseContext.from_data()  # "the third Kessel Vaal film" (round 44)
        self.roles = RoleContext.from_data()  # "took the role of Kessel Vaal" (round 44)
        self.awards = AwardContext.from_data()
        self.meetings = AwardContext.meetings_from_data()
        self.tours = AwardContext.tours_from_data()
        self.outlet_keys = frozenset(name_key(o) for o in load_lines("outlets.txt"))  # known outlets
        self.competitions = AwardContext.competitions_from_data()
        self.event_heads = frozenset(str(w) for w in entity_rules.get("event_head_words", ()))
        self.competition_heads = frozenset(str(w) for w in entity_rules.get("competition_head_words", ()))
        # gatherings and contests a body may also be named after, read with agency (``_headed_things``)
        self.gathering_heads = frozenset(str(w) for w in entity_rules.get("corpus_event_heads", ()))
        self.malware_heads = frozenset(str(w) for w in entity_rules.get("corpus_malware_heads", ()))
        # a law's head read like malware's: a given name first keeps a person (round 42)
        self.law_heads = frozenset(str(w) for w in entity_rules.get("corpus_law_heads", ()))
        # round 52: ... also before a small word that opens its subject ("Convention on Vaal Rights")
        self.law_head_joiners = frozenset(str(w) for w in entity_rules.get("corpus_law_head_joiners", ()))
        # round 44: a contest's, a match's or a market event's head ("the Kessel Idol", "an Initial
        # Public Offering"), read like a law's; and a contest's noun after the name ("a Vaal event")
        self.contest_heads = frozenset(str(w) for w in entity_rules.get("corpus_contest_heads", ()))
        self.contests = AwardContext.contests_from_data()
        self.gatherings = GatheringContext.from_data()
        self.event_senses = EventSenses.from_data()
        self.lone_laws = frozenset(str(w) for w in load_yaml("kind_contexts.yaml").get("lone_law_nouns", ()))
        self.lone_matches = frozenset(str(w) for w in load_yaml("kind_contexts.yaml").get("lone_match_nouns", ()))
        # round 44: states that no longer exist ("the collapse of the Kessel Union") are states
        # to the kind votes only: countries.txt's other uses (sides, fragments) stay current lands
        self.state_keys = self.country_keys | frozenset(
            name_key(s) for s in load_yaml("kind_contexts.yaml").get("former_states", ()))
        self.games_adjectives = frozenset(str(w) for w in load_yaml("kind_contexts.yaml").get("games_adjectives", ()))
        self.office_heads = tuple(str(t).split() for t in load_yaml("kind_contexts.yaml").get("office_heads_before_names", ()))
        self.body_heads = frozenset(str(w) for w in load_yaml("kind_contexts.yaml").get("body_heads_not_outlets", ()))
        self.lone_titles = frozenset(str(t).lower() for t in entity_rules.get("lone_title_people", ()))
        offices = sorted((str(t) for t in entity_rules.get("office_titles", ())), key=len, reverse=True)
        alternatives = "|".join(map(re.escape, offices)) or "(?!)"
        self._office_before = re.compile(r"\b(" + alternatives + r")\s+$")
        self._office_opening = re.compile(r"(" + alternatives + r")\s+(?=\S)")
        # nouns of a role many people hold ("MP", "the directors"): coreference's person nouns
        self.role_nouns = CorefLexicon.from_data().person_nouns - {t.lower() for t in self.titles} - self.lone_titles
        self.domains = StoryDomains.from_data()
        self.sports = StorySports.from_data()
        self.contexts = KindContexts.from_data()
        # round 48: whether a name is a real place at all, asked before firm words may cue a
        # name the model calls a place; built once per resolver, on first need (about a second)
        self._places: PlaceTable | None = None
        self.name_senses = NameSenses.from_data(self.contexts, self.domains)
        # countries and continents: a firm's "Kessel Europe" the model calls a person makes no
        # surname of the land's own name (``_shared_surnames``)
        self.land_keys = self.country_keys | frozenset(name_key(c) for c in self.contexts.continents)
        self.surname_spelling = surname_spelling()
        # words written beside a name that are no part of it: "Actress Kessel" is no cut name
        self.fragment_words = FragmentWords.from_data(self._lower_titles | self.role_nouns)
        self.family_nouns = frozenset(str(w).lower() for w in load_yaml("entity_rules.yaml").get("family_nouns", ()))
        # round 52: the words that glue a longer name across a comma ("Ministry of X, Y and Z"),
        # and the abbreviations whose full stop ends no sentence ("St.", "Capt.": the parser's own)
        self.name_list_joints = frozenset(str(w).lower()
                                          for w in load_yaml("name_fragments.yaml").get("name_list_joints", ()))
        self.kept_whole = frozenset(load_lines("abbreviations.txt")) | frozenset(
            word for word in TOKENIZER_EXCEPTIONS if word.endswith("."))

    reads_texts = True  # Graph.assemble passes the documents' texts (see _senses_in_context)

    def __call__(self, mentions: Sequence[Mention], links: Sequence[Link] = (),
                 texts: dict[str, str] | None = None, things: Sequence[ThingName] = ()):
        # Nodes, keys and clusters are millions of small acyclic objects on a large corpus.
        with no_cycle_collection():
            # round 39: a festival, an awards night, a league's competition or a title named by a
            # place, a people or a body leaves before any node is built, one mention at a time
            # round 70: "the Vaskan won" (one player, not the people) is resolved with no cue, as
            # before, so that the people's actor and its other mentions stay as they were; it leaves
            # its actor only after the resolution (``_one_person_words_unlinked``)
            one_person = frozenset(i for i, m in enumerate(mentions) if m.cue == ONE_OF_PEOPLE)
            mentions = [replace(m, cue="") if i in one_person else m for i, m in enumerate(mentions)]
            if not texts:
                return self._resolve(mentions, links, texts, things)
            taken = self.event_senses(mentions, texts, self.country_keys,
                                      frozenset(name_key(d) for d in self.variants.demonyms))
            taken |= self._lone_laws(mentions, texts)  # round 40: "the Bill was passed"
            taken |= self._lone_matches(mentions, texts)  # round 44: "the first Test"
            taken |= self._games_adjectives(mentions)  # round 44: "Kessel Olympic 100m champion"
            taken |= self._office_titles_before_names(mentions, texts)  # round 45: "Kessel MP Jo Vaal"
            kept, kept_links = without_mentions(mentions, links, taken)
            resolution = self._resolve(kept, kept_links, texts, things)
            actor_of = spread(resolution.actor_of_mention, len(mentions), taken)
            # a league's competition ("top of the Kessel League") leaves its body after the votes
            resolution = _without_senses(resolution.actors, actor_of, mentions,
                                         self.event_senses.competitions(mentions, texts))
            resolution = _one_person_words_unlinked(resolution, mentions, one_person)
            # round 42: "Africa" of "South Africa's" in South Africa is written "South Africa"
            actors, spans = cut_spans_widened(mentions, resolution.actor_of_mention, resolution.actors,
                                              texts, self.fragment_words)
            return Resolution(actors, resolution.actor_of_mention, spans)

    def _lone_laws(self, mentions: Sequence[Mention], texts: dict[str, str]) -> frozenset[int]:
        """Mentions that are a law's head word alone (``lone_law_nouns``) after a determiner, a
        possessive or a law's bracketed title: "the Bill", "a hybrid Bill", "the government's
        Bill", "(Miscellaneous Provisions) Bill". "Bill said", "said Bill" are a man's."""
        return frozenset(i for i, m in enumerate(mentions)
                         if m.text in self.lone_laws and (text := texts.get(m.doc))
                         and _LAW_DETERMINED.search(text, max(0, m.start - 60), m.start))

    def _lone_matches(self, mentions: Sequence[Mention], texts: dict[str, str]) -> frozenset[int]:
        """Mentions that are a match's name alone (``lone_match_nouns``) after a lower-case word, a
        number or a hyphen: "the first Test", "14 Tests", "a three-Test series". A capital before
        it ("Jo Test", a sentence's "Test said") may be a surname's."""
        return frozenset(i for i, m in enumerate(mentions)
                         if m.text in self.lone_matches and (text := texts.get(m.doc))
                         and _LOWER_WORD_BEFORE.search(text, max(0, m.start - 30), m.start))
    def _office_titles_before_names(self, mentions: Sequence[Mention], texts: dict[str, str]) -> frozenset[int]:
        """Mentions the model calls no person that end in a one-holder office
        (``office_heads_before_names``) and sit one space before a person-labelled mention:
        "Kessel MP" of "Kessel MP Jo Vaal". The title describes the person named next; no body."""
        person_starts = {(m.doc, m.start) for m in mentions if m.label == "PERSON"}
        return frozenset(i for i, m in enumerate(mentions)
                         if m.label != "PERSON" and self._ends_in_office(m.text)
                         and (m.doc, m.end + 1) in person_starts
                         and texts.get(m.doc, "")[m.end:m.end + 1] == " ")

    def _ends_in_office(self, name: str) -> bool:
        words = name.split()
        return any(len(words) >= len(head) and words[-len(head):] == head for head in self.office_heads)

    def _games_adjectives(self, mentions: Sequence[Mention]) -> frozenset[int]:
        """Person-labelled mentions whose last word is the Games' adjective (``games_adjectives``):
        "Kessel Olympic" of "Kessel Olympic champion", "Olympic" of "the Olympic final". No person
        bears that word last; a club of that name is labelled a body and is not read here."""
        return frozenset(i for i, m in enumerate(mentions)
                         if m.label == "PERSON" and self.games_adjectives.intersection(m.text.split()[-1:]))

    def _resolve(self, mentions: Sequence[Mention], links: Sequence[Link],
                 texts: dict[str, str] | None, thing_names: Sequence[ThingName] = ()):
        mentions = pair_links_undone(self._styled_links_undone(mentions))
        things: frozenset[int] = frozenset()
        defined: frozenset[int] = frozenset()
        stated: frozenset[int] = frozenset()
        speaking: frozenset[int] = frozenset()
        if texts:
            # "Korea" cut out of "South Korea" is that country, not another actor's short form
            mentions = fragments_rekeyed(mentions, texts, self.fragment_words,
                                         self.land_keys | frozenset(self.variants.demonyms), _team_sheet_line)
            # "Universal" of a story that calls "Vivendi Universal" "Vivendi": another bearer of the word
            mentions = shared_word_links_undone(mentions, lower_case_words(texts.values()), self.gender.is_given_name)
            # round 42: "his son Nick" is not the story's later "Nick Vaughan"
            mentions = kin_given_names_unlinked(mentions, texts, self.family_nouns)
            mentions = self._senses_in_context(mentions, texts)
            mentions = _sheet_links_checked(mentions, texts)
            stated = frozenset(i for i, m in enumerate(mentions) if m.cue)  # cues the parse read
            # a name that speaks is an actor, whatever its other mentions' thing cues say
            speaking = self._speaking(mentions, texts)
            mentions, things, defined = self._context_cued(mentions, texts)
        # a town and the club named after it: two nodes, never one actor (resolve/senses.py)
        senses = self.name_senses.split(mentions, texts, self.country_keys | frozenset(self.variants.demonyms)) \
            if texts else {}
        club_worded = self.name_senses.club_worded(mentions, texts, senses) if texts else frozenset()
        namesakes = self._namesake_domains(mentions, texts or {})
        listed = _listed_mentions(mentions, texts or {}) | self._listed_lands(mentions, texts or {})
        firms = self._firm_parts(mentions, listed, texts or {})
        nodes, node_of = self._nodes(mentions, listed, namesakes,
                                     _initialled_namesakes(mentions), self._bare_worlds(mentions, texts or {}), senses,
                                     firms, self._kin_named(mentions, texts or {}))
        global_links = _global_links(mentions, links)
        clusters = Clusters(len(nodes), self._conflict_test(nodes, _affiliated_pairs(global_links, node_of)))
        rules = _Rules(self, nodes, node_of, clusters, club_worded)
        rules.titled = self._titled_nodes(mentions, node_of, texts or {})
        rules.offices = self._office_titles(mentions, node_of, texts or {})
        rules.texts = texts or {}
        rules.run(global_links)
        groups = clusters.groups()
        cluster_of = {n: i for i, members in enumerate(groups) for n in members}
        order = sorted(range(len(groups)), key=lambda i: (
            -sum(len(nodes[n].mentions) for n in groups[i]), nodes[groups[i][0]].key))
        used: set[str] = set()
        surnames = Counter(node.words[-1] for node in nodes if node.family == "person" and len(node.words) >= 2)
        # mentions of full person names by their last word, mildly folded: the strong fold is a
        # sound key ("Pipa" would meet "Pape"), safe for blocking only
        surname_uses: Counter = Counter()
        for node in nodes:
            if node.family == "person" and len(node.mild) >= 2 and not self.gender.of_title(node.text):
                surname_uses[node.mild[-1]] += len(node.mentions)
        # mentions of full person names by their first and last words as written (the folded
        # words are sound keys: "Korea" would meet "Carey")
        # round 38: the model's group label on a lone word across the corpus ("Kessel" a
        # firm in ten stories): each story's actor is voted alone, so one story's count is no
        # measure of how often the word names a body
        lone_group_uses: Counter = Counter()
        for node in nodes:
            if len(node.mild) == 1:
                lone_group_uses[node.mild[0]] += node.labels.get("ORG", 0)
        given_uses: Counter = Counter()
        last_uses: Counter = Counter()
        for node in nodes:
            if node.family == "person" and len(node.words) >= 2 and not self.gender.of_title(node.text):
                words = node.key.split()
                given_uses[words[0]] += len(node.mentions)
                last_uses[words[-1]] += len(node.mentions)
                written = node.text.split()[-1]
                if "-" in written.strip("-"):  # "Kessel" alone stands for "Ann Kessel-Vaal" too
                    last_uses[name_key(written.split("-")[0])] += len(node.mentions)
        determined = _determined_keys(mentions, texts or {})
        places = {node.key: node.key for node in nodes if node.family == "place"}
        sport_docs = frozenset(d for node in nodes if node.team for d in node.docs)
        in_sport = frozenset(i for i, m in enumerate(mentions) if m.doc in sport_docs)
        person_initials = _person_initials(nodes, mentions)
        actors: list[Actor] = [None] * len(groups)  # type: ignore[list-item]
        untyped: set[int] = set()  # untagged names nothing gives a kind: no actors
        mention_at = _mentions_at(mentions)
        for i in order:
            members = [mentions[m] for n in groups[i] for m in nodes[n].mentions]
            preferred = self._preferred_names(nodes, groups[i])
            actor = make_actor("", members, preferred, self.display_titles, self.bare_titles)
            voted = self._surname_kind(
                nodes, groups[i], self._voted_kind(nodes, groups[i], actor.kind, surnames), surname_uses,
                lone_group_uses)
            voted = self._demonym_kind(nodes, groups[i], voted, places)
            voted = self._city_demonym_kind(nodes, groups[i], voted, places, determined)
            voted = self._name_part_kind(nodes, groups[i], voted, last_uses, given_uses, determined)
            voted = self._country_kind(nodes, groups[i], voted, in_sport)
            voted = self._land_person_kind(nodes, groups[i], voted, in_sport, surnames)
            voted = self._initials_kind(nodes, groups[i], members, voted, person_initials)
            voted = self._surname_spelt_kind(nodes, groups[i], voted)
            voted = self._collective_kind(nodes, groups[i], voted)
            voted = self._story_outlet_kind(nodes, groups[i], members, voted)
            if all(nodes[n].key in self.lone_titles for n in groups[i]):
                voted = "PERSON"  # "the Cardinal": the one person the story names by the title
            actor.kind = (self._data_kind(nodes, groups[i]) or _sense_kind(nodes, groups[i], voted, club_worded)
                          or self._sport_club_kind(nodes, groups[i], mentions, voted, texts or {})
                          or self._unsplit_town_kind(nodes, groups[i], mentions, voted, texts or {}, speaking)
                          or self._region_kind(nodes, groups[i], voted, in_sport)
                          or self._headword_kind(nodes, groups[i], mentions, voted, texts or {}, in_sport)
                          or self._river_kind(nodes, groups[i], mentions, voted, texts or {}, speaking)
                          or self._listed_demonym(nodes, groups[i], voted)
                          or self._compass_country(nodes, groups[i])
                          or self._uncontested_kind(members, voted, texts or {},
                                                    any(m in speaking for n in groups[i] for m in nodes[n].mentions))
                          or self._firm_read_kind(nodes, groups[i], mentions, voted, texts or {})
                          or self._unplaced_body_kind(nodes, groups[i], mentions, voted, texts or {}, in_sport)
                          or self._place_read_kind(nodes, groups[i], mentions, voted, texts or {},
                                                   speaking, in_sport)
                          or self._venue_kind(nodes, groups[i], mentions, voted, texts or {}, speaking, in_sport)
                          or self._qualified_place_kind(nodes, groups[i], mentions, voted, texts or {}, speaking,
                                                        places)
                          or self._seat_kind(nodes, groups[i], mentions, voted, texts or {}, speaking)
                          or self._report_maker_kind(nodes, groups[i], mentions, voted, texts or {}, speaking)
                          or self._sited_place_kind(nodes, groups[i], mentions, voted, texts or {}, speaking)
                          or self._placed_person_kind(nodes, groups[i], mentions, voted, texts or {}, speaking)
                          or self._tabled_city_kind(nodes, groups[i], mentions, voted, texts or {}, speaking,
                                                    in_sport)
                          or self._listed_place_kind(nodes, groups[i], mentions, voted, texts or {}, speaking,
                                                     in_sport, mention_at)
                          or self._tabled_town_org_kind(nodes, groups[i], mentions, voted, texts or {}, speaking,
                                                        in_sport, mention_at)
                          or self._cued_kind(nodes, groups[i], members, voted))
            if actor.kind in FIRM_TITLED_KINDS and texts:
                actor.kind = self._firm_titled_kind(nodes, groups[i], mentions, actor.kind, texts) or actor.kind
            if actor.kind == "PERSON" and texts:
                actor.kind = (self._bodied_kind(nodes, groups[i], members, texts)
                              or self._firm_read_person_kind(nodes, groups[i], members, texts) or actor.kind)
            if actor.kind == "OUTLET" and texts:
                actor.kind = (self._outlet_bodied_kind(nodes, groups[i], members, texts)
                              or self._show_maker_kind(nodes, groups[i], members, texts) or actor.kind)
            if actor.kind == "GPE" and texts:
                actor.kind = self._voiced_person_kind(nodes, groups[i], members, texts) or actor.kind
            if actor.kind in GIVEN_NAMED_KINDS and texts:
                actor.kind = self._given_named_kind(nodes, groups[i], members, actor.kind, texts) or actor.kind
            if actor.kind in FAMILY_KINDS and texts:
                actor.kind = self._family_kind(nodes, groups[i], members, texts) or actor.kind
            if actor.kind in ROLE_NAMED_KINDS and texts:
                actor.kind = self._role_named_kind(nodes, groups[i], members, texts) or actor.kind
            if actor.kind == "GPE" and texts:  # round 69: last, so only a place every vote kept turns land
                actor.kind = self._region_read_kind(nodes, groups[i], mentions, texts, speaking) or actor.kind
            if actor.kind == UNTAGGED_LABEL:
                actor.kind = self._untagged_kind(nodes, groups[i], members) or UNTAGGED_LABEL
                if actor.kind == UNTAGGED_LABEL:
                    untyped.add(i)
            actor.id = unique_id(slug(name_key(actor.name)), used)
            actors[i] = actor
        self._explain(actors, groups, cluster_of, clusters, nodes, mentions)
        _Affiliations(rules, cluster_of, actors, mentions).collect(global_links)
        corpus = self.works.scan(texts) if texts else CorpusWorks()
        works = self._work_clusters(nodes, groups, actors, mentions, texts, corpus, speaking) if texts else set()
        if texts:
            works |= self._no_name_clusters(nodes, groups, actors, mentions, texts, things, stated | speaking,
                                            given_uses, last_uses, works, defined, speaking)
        if thing_names:
            works |= self._labelled_things(nodes, groups, actors, mentions, thing_names, speaking, works)
        if texts:
            # an amount before the name is no thing cue here: "800,000 Kessel Society members"
            # counts the members (``_no_name_clusters`` reads currencies by the corpus's case)
            named_things = frozenset(m for m in things
                                     if not after_amount(texts.get(mentions[m].doc, ""), mentions[m].start))
            acting = frozenset(i for i, m in enumerate(mentions)
                               if (text := texts.get(m.doc)) and self.contexts.acts(text, m.end))
            # an actor's cue the words state ("Kessel reporters") or an owner's "Kessel's" is agency too
            agency = stated | speaking | acting | frozenset(
                i for i, m in enumerate(mentions)
                if m.cue or ((text := texts.get(m.doc)) and self.contexts.owns(text, m.end)))
            modifying = frozenset(i for i, m in enumerate(mentions)
                                  if (text := texts.get(m.doc)) and self.contexts.modifies_thing(text, m.end))
            works |= self._story_thing_clusters(nodes, groups, actors, mentions, named_things,
                                                stated | speaking | acting, works, modifying, agency)
            # issue 18: a product, a program or a film by how the corpus uses it ("users of X",
            # "starred in X"), and a maker's model ("Kessel 7610"); a maker's verb is agency here
            # round 39: what the sentence tells of a work or a product ("X tells the story of", "the
            # premiere of X", "browsers such as X") is a use as well
            # round 42: a product's, a vehicle's, a law's or an illness's words ("the Kessel robot",
            # "aboard the Vaal", "diagnosed with Tamsk", "Brevik went on sale") as well
            told = frozenset(i for i, m in enumerate(mentions)
                             if (text := texts.get(m.doc)) and (self.work_uses(text, m.start, m.end, m.label)
                                                                or self.thing_uses(text, m.start, m.end, m.label)))
            used = told | frozenset(i for i, m in enumerate(mentions)
                                    if (text := texts.get(m.doc)) and self.contexts.used(text, m.start, m.end, m.label))
            makers = agency | frozenset(i for i, m in enumerate(mentions)
                                        if (text := texts.get(m.doc)) and self.contexts.makes(text, m.end))
            owned = frozenset(i for i, m in enumerate(mentions)
                              if not m.cue and (text := texts.get(m.doc)) and self.contexts.owns(text, m.end))
            # round 42: the noun that says what a thing is ("the ship Kessel", "Vaal, a markup
            # language") outvotes the thing's own possessives ("Kessel's top speed")
            thing_named = frozenset(i for i in told if self.thing_uses.names(texts[mentions[i].doc],
                                                                             mentions[i].start, mentions[i].end,
                                                                             mentions[i].label))
            # round 44: a medicine its owner names ("its Kessel drug") opens the vote to a name the
            # model calls a place, unless a mention reads as the town ("in Kessel")
            medicines = frozenset(i for i in thing_named if self.thing_uses.owned_medicine(
                texts[mentions[i].doc], mentions[i].start, mentions[i].end))
            placed = frozenset(i for i, m in enumerate(mentions)
                               if (text := texts.get(m.doc)) and self.contexts.placed_in(text, m.start))
            works |= self._used_things(nodes, groups, actors, mentions, used, named_things,
                                       makers - owned, owned, works, told, thing_named, medicines, placed)
            # round 63: a name read only as its contest's or its event's ("Kessel champion",
            # "Vaal victims")
            works |= self._event_named_things(nodes, groups, actors, mentions, texts, makers, placed, works)
            works |= self._model_names(nodes, groups, actors, makers, works)
            works |= self._trailed_works(nodes, groups, actors, mentions, corpus, makers, works)
            # round 68: a show's, a game's or a platform's part or run with no work noun naming
            # it ("the Kessel sketch", "Vaal's second series", "Tamsk set-top boxes")
            works |= self._work_part_things(nodes, groups, actors, mentions, texts, used, makers, placed, works)
            works |= self._headed_things(nodes, groups, actors, mentions, texts, stated | speaking | acting, works)
        works |= untyped | self._role_clusters(nodes, groups)
        if works:
            _drop_affiliations(actors, {actors[i].id for i in works})
        # the actor id of each node first: a mention then costs one look-up, not three
        node_actor = [actors[c].id if (c := cluster_of[n]) not in works else "" for n in range(len(nodes))]
        actor_of = [node_actor[n] for n in node_of]
        return Resolution([actors[i] for i in order if i not in works], actor_of)

    def _work_clusters(self, nodes: list[NameNode], groups: list[list[int]], actors: list[Actor],
                       mentions: Sequence[Mention], texts: dict[str, str], corpus: CorpusWorks,
                       speaking: frozenset[int] = frozenset()) -> set[int]:
        """Actors the corpus calls works (see ``resolve/works.py``): one story in
        WORK_DOC_SHARE names it "the film X" (a full person name: one in WORK_DOC_SHARE_PERSON),
        or most of its mentions lie inside a longer title a story calls a work ("Atomic Kessel"
        of "How to Mend an Atomic Kessel"), or its sentences call it an award (``_called_award``). Not a country, a name of the alias data, an outlet,
        a titled person ("Mr X") nor a name a sentence gives a kind ("X shares"); a name that speaks
        (``speaking``: "X said") is no work a story calls so (a firm named like its product, listed
        among products; a brand's conference may still be the gathering's, a band's tour not). Its mentions
        leave the actor graph; events and claims keep their text and lose the actor."""
        found: set[int] = set()
        surnames = _person_surnames(nodes)
        for i, members in enumerate(groups):
            if actors[i].kind == "OUTLET" or any(self._not_work(nodes[n]) for n in members):
                continue
            ms = [mentions[m] for n in members for m in nodes[n].mentions]
            speaks = any(m in speaking for n in members for m in nodes[n].mentions)
            # round 48: "the Kessels" is the family a show of its name follows ("reality show The
            # Kessels"): a genre's bare noun is no vote on a family's name
            family = self._family_name(actors[i].name, surnames)
            if any(m.cue for m in ms):
                if not speaks and actors[i].kind == "PERSON" and self._franchise_over_cues(ms, texts):
                    found.add(i)
                continue
            if ((not speaks and self._called_work(nodes, members, corpus, bare=not family))
                    or self._inside_titles(ms, corpus, texts)
                    or (not speaks and (self._cut_title(ms, corpus, texts) or self._channel_show(ms, texts)))
                    or (not speaks and actors[i].kind == "PERSON" and self._franchise(ms, texts))
                    or (not speaks and actors[i].kind == "PERSON"
                        and (self._role_only(ms, texts) or self._role_each_story(ms, texts, corpus)))
                    or (not speaks and actors[i].kind in _PART_IN_WORK_KINDS
                        and self._part_in_work_each_story(ms, texts, corpus))
                    or self._called_award(ms, texts, self.awards)
                    or (actors[i].kind not in _PLACE_KINDS and self._called_award(ms, texts, self.meetings))
                    or (not speaks and actors[i].kind not in _PLACE_KINDS and self._called_award(ms, texts, self.tours))
                    or (actors[i].name.split()[-1] in self.competition_heads
                        and self._called_award(ms, texts, self.competitions))):
                found.add(i)
        return found

    def _labelled_things(self, nodes: list[NameNode], groups: list[list[int]], actors: list[Actor],
                         mentions: Sequence[Mention], things: Sequence[ThingName],
                         speaking: frozenset[int], works: set[int]) -> set[int]:
        """Actors the model itself calls things over the corpus: the documents where it tags the
        name a work, a product, an event or a law (``things``: the mention stage drops those
        mentions, so each story alone may keep a stray ORG or PERSON of it) are THING_LABEL_SHARE
        of all the documents naming it, THING_LABEL_MIN at least: "Kessel Nights" tagged a film in
        four stories and a person in two is the film. Agency outvotes the labels: a name that
        speaks ("X said"), that a sentence gives an actor's kind ("X shares", "X's chief
        executive": a cue or an affiliation), a full person name with a given name, a country,
        a side, a titled person or a name of the alias data stays an actor."""
        thing_docs: dict[str, set[str]] = defaultdict(set)
        thing_labels: dict[str, Counter] = defaultdict(Counter)
        for thing in things:
            thing_docs[thing.key].add(thing.doc)
            thing_labels[thing.key][_THING_FAMILY.get(thing.label, thing.label)] += 1
        affiliated = {a["actor"] for actor in actors for a in actor.affiliations}
        found: set[int] = set()
        for i, members in enumerate(groups):
            if (i in works or actors[i].kind == "OUTLET" or any(self._not_work(nodes[n]) for n in members)
                    or self._plural_name(actors[i].name)):
                continue
            tagged = set().union(*(thing_docs.get(nodes[n].key, set()) for n in members))
            if len(tagged) < THING_LABEL_MIN:
                continue
            labels = sum((thing_labels[nodes[n].key] for n in members), Counter())
            if labels.most_common(1)[0][1] * THING_LABEL_AGREE < 2 * sum(labels.values()):
                continue  # a film once, a law once: the model's slips, no thing it knows
            named = set().union(*(nodes[n].docs for n in members))
            if len(tagged) * THING_LABEL_SHARE < len(tagged | named):
                continue
            indices = [m for n in members for m in nodes[n].mentions]
            if (any(mentions[m].cue for m in indices) or any(m in speaking for m in indices)
                    or actors[i].affiliations or actors[i].id in affiliated
                    or any(self._given_name_person(nodes[n]) for n in members)):
                continue
            found.add(i)
        return found

    def _story_thing_clusters(self, nodes: list[NameNode], groups: list[list[int]], actors: list[Actor],
                              mentions: Sequence[Mention], things: frozenset[int], agency: frozenset[int],
                              works: set[int], modifying: frozenset[int] = frozenset(),
                              owned_or_cued: frozenset[int] = frozenset()) -> set[int]:
        """Actors each story naming them calls a thing once, with no sign of agency anywhere: a
        drug, a game or a technology is named bare after its one cue ("the new drug Kessel ...
        Kessel was approved"), so ``_no_name_clusters``' share of cued mentions misses it. Two
        signals agree: every document naming the actor holds a thing cue (``things``: "drug X",
        "X technology"; not an amount), and none of its mentions speaks, acts ("X aims to") or
        takes an actor's cue (``agency``); it has no affiliation, and it is no full person name,
        side, country, outlet or band (a plural name). A name used as the modifier of a thing's
        noun (``modifying``: "Kessel slots", "Vaal attacks") in MODIFIER_MIN mentions, one in
        MODIFIER_SHARE, is a thing as well when no mention speaks, acts, owns ("Kessel's") or takes
        an actor's cue (``owned_or_cued``: "Kessel reporters" are a firm's people). A name the model
        calls a group with a thing cue in fewer stories is one when no mention anywhere is an
        agent's, an owner's or cued an actor (``_thing_in_share``)."""
        affiliated = {a["actor"] for actor in actors for a in actor.affiliations}
        found: set[int] = set()
        for i, members in enumerate(groups):
            indices = [m for n in members for m in nodes[n].mentions]
            if (i in works or (actors[i].kind == "OUTLET" and not self._outlet_by_reading(nodes, members, mentions, indices))
                    or any(self._not_work(nodes[n]) for n in members)
                    or self._plural_name(actors[i].name) or actors[i].affiliations or actors[i].id in affiliated
                    or any(self._given_name_person(nodes[n]) for n in members)):
                continue
            cued_docs = {mentions[m].doc for m in indices if m in things}
            if (cued_docs and cued_docs == {mentions[m].doc for m in indices}
                    and not any(m in agency for m in indices)):
                found.add(i)
            elif self._modifier_only(indices, modifying, agency | owned_or_cued):
                found.add(i)
            elif actors[i].kind == "ORG" and self._thing_in_share(
                    indices, mentions, things, agency | owned_or_cued):
                found.add(i)
        return found

    def _thing_vote_open(self, nodes: list[NameNode], members: list[int], actor: Actor,
                         affiliated: set[str], outlet_read: bool = False, plural_read: bool = False,
                         medicine_read: bool = False) -> bool:
        """A cluster the use votes may read: no place (but one a mention calls its owner's
        medicine: ``medicine_read``, round 44), outlet (but one only by the mention
        stage's reading: ``outlet_read``), side, band (a plural name, but one read as a work:
        ``plural_read``), full person name, name of the alias data, and no affiliation (a firm's
        people name it)."""
        return not ((actor.kind in _PLACE_KINDS and not medicine_read) or (actor.kind == "OUTLET" and not outlet_read)
                    or any(self._not_work(nodes[n]) for n in members)
                    or (self._plural_name(actor.name) and not plural_read) or actor.affiliations or actor.id in affiliated
                    or any(self._given_name_person(nodes[n]) for n in members))

    def _used_things(self, nodes: list[NameNode], groups: list[list[int]], actors: list[Actor],
                     mentions: Sequence[Mention], used: frozenset[int], things: frozenset[int],
                     makers: frozenset[int], owned: frozenset[int], works: set[int],
                     told: frozenset[int] = frozenset(), thing_named: frozenset[int] = frozenset(),
                     medicines: frozenset[int] = frozenset(), placed: frozenset[int] = frozenset()) -> set[int]:
        """Actors the corpus uses as things (``KindContexts.used``: "users of X", "X users",
        "starred in X", "using X"), while no mention anywhere speaks, acts, makes ("X launched",
        "X signed") or takes an actor's cue ("X shares": ``makers``). One use is enough for a
        name no mention owns, and so are USE_OWNED_MIN thing cues (one, "the drug X" in one story
        of two, is not: ``_thing_in_share``); a possessive ("X's", ``owned``) is an owner's or a thing's ("the
        program's ability"), so USE_OVER_OWN uses or thing cues (``things``) for each,
        USE_OWNED_MIN at least, outvote it. A mixed vote keeps the actor: a firm and its
        browser of one name speak and launch somewhere in the corpus, so the firm stays. An
        outlet only by the mention stage's reading may be voted too ("the program Kessel"), and so
        may a plural name (a band's, elsewhere) when half its mentions at least tell of a work
        (``told``: "His Kessel Materials, designed by", "a remake of Vaals"): no band premieres or
        tells a story. A mention whose sentence says what the thing is (``thing_named``: "the
        ship X", "X, a markup language", round 42) outvotes possessives too, as no body is so
        named. Round 44: a name the model calls a place is voted when a mention is a medicine its
        owner names (``medicines``: "its Kessel drug") and none reads as a town (``placed``:
        "in Kessel")."""
        affiliated = {a["actor"] for actor in actors for a in actor.affiliations}
        found: set[int] = set()
        for i, members in enumerate(groups):
            indices = [m for n in members for m in nodes[n].mentions]
            outlet_read = actors[i].kind == "OUTLET" and self._outlet_by_reading(nodes, members, mentions, indices)
            telling = sum(m in told for m in indices)
            medicine_read = any(m in medicines for m in indices) and not any(m in placed for m in indices)
            if i in works or not self._thing_vote_open(nodes, members, actors[i], affiliated, outlet_read,
                                                       plural_read=2 * telling >= len(indices) > 0,
                                                       medicine_read=medicine_read):
                continue
            uses = sum(m in used or m in things for m in indices)
            owns = sum(m in owned for m in indices)
            if (not any(m in used for m in indices) and uses < USE_OWNED_MIN) or any(m in makers for m in indices):
                continue
            if (not owns or (uses >= USE_OWNED_MIN and uses >= USE_OVER_OWN * owns)
                    or any(m in thing_named for m in indices)):
                found.add(i)
        return found

    def _work_part_things(self, nodes: list[NameNode], groups: list[list[int]], actors: list[Actor],
                          mentions: Sequence[Mention], texts: dict[str, str], used: frozenset[int],
                          makers: frozenset[int], placed: frozenset[int], works: set[int]) -> set[int]:
        """Round 68: actors the corpus reads as a show, a game or a platform with no work noun
        beside the title: a part, a run or a box of it after the name or its possessive, or the
        words before it make it the work a part is of (``KindContexts.names_work_part``: "the
        Kessel sketch", "Vaal's second series", "the latest series of Tamsk"). WORK_PART_MIN such
        mentions at least, with the use cues of ``_used_things`` (``used``: "Kessel users", "starred
        in Vaal"), in one story of WORK_PART_DOC_SHARE of the name's stories; a place's name is read
        too (the model calls a show "Little" something a place), since the vote needs no mention
        placed as a town ("in Kessel": ``placed``). Precision first: one mention that speaks, acts,
        makes, owns but a part (``makers``) or takes an actor's cue keeps the actor, and so do a
        person with a given name, a country, a side, an affiliation and a name of the alias data
        (``_thing_vote_open``, asked of a place as if it were a body)."""
        affiliated = {a["actor"] for actor in actors for a in actor.affiliations}
        found: set[int] = set()
        for i, members in enumerate(groups):
            kind = actors[i].kind
            if i in works or kind not in _WORK_PART_KINDS:
                continue
            open_as = replace(actors[i], kind="ORG") if kind in _PLACE_KINDS else actors[i]
            if not self._thing_vote_open(nodes, members, open_as, affiliated):
                continue
            indices = [m for n in members for m in nodes[n].mentions]
            parts = {m for m in indices
                     if (text := texts.get(mentions[m].doc)) and self.contexts.names_work_part(
                         text, mentions[m].start, mentions[m].end)}
            if not parts or any((m in makers and m not in parts) or m in placed or mentions[m].cue for m in indices):
                continue
            read = parts | {m for m in indices if m in used}
            stories = {mentions[m].doc for m in indices}
            read_stories = {mentions[m].doc for m in read}
            if len(read) >= WORK_PART_MIN and WORK_PART_DOC_SHARE * len(read_stories) >= len(stories):
                found.add(i)
        return found

    def _event_named_things(self, nodes: list[NameNode], groups: list[list[int]], actors: list[Actor],
                            mentions: Sequence[Mention], texts: dict[str, str], makers: frozenset[int],
                            placed: frozenset[int], works: set[int]) -> set[int]:
        """Round 63: actors every mention of which names a contest or an event by its noun right
        after it, and so names no actor: a body's name before a prize's noun ("the Kessel
        champion", "Vaal 100m silver": ``KindContexts.names_prize``), a place's before an
        event's ("Tamsk victims", "the Brevik air crash": ``names_place_event``; a body before
        them may be the attacker, so only places). Precision first: one other reading keeps the
        actor ("Kessel authors" of the same name), and so do a mention that speaks, acts or
        takes an actor's cue (``makers``), one read as a town ("in Tamsk": ``placed``), a
        person, a people, an outlet, a country, a side, a name of the alias data and an
        affiliation (``_thing_vote_open`` but for places)."""
        affiliated = {a["actor"] for actor in actors for a in actor.affiliations}
        found: set[int] = set()
        for i, members in enumerate(groups):
            kind = actors[i].kind
            if i in works or kind in {"PERSON", "NORP", "OUTLET"}:
                continue
            place = kind in _PLACE_KINDS
            # the use votes are closed to places; this one reads places by their own cue, so the
            # other closures are asked of the actor as if it were a body
            open_as = replace(actors[i], kind="ORG") if place else actors[i]
            if not self._thing_vote_open(nodes, members, open_as, affiliated):
                continue
            indices = [m for n in members for m in nodes[n].mentions]
            if not indices or any(m in makers or m in placed or mentions[m].cue for m in indices):
                continue
            read = self.contexts.names_place_event if place else self.contexts.names_prize
            if all((text := texts.get(mentions[m].doc)) and read(text, mentions[m].end) for m in indices):
                found.add(i)
        return found

    def _trailed_works(self, nodes: list[NameNode], groups: list[list[int]], actors: list[Actor],
                       mentions: Sequence[Mention], corpus: CorpusWorks, agency: frozenset[int],
                       works: set[int]) -> set[int]:
        """Actors the corpus names as works by a trail or a maker ("X (1994)", "X, directed by",
        "X actress", "director Y's X": ``CorpusWorks.followed``), with the noun cues of
        ``_work_clusters`` in the same count: the documents so calling it are one in
        WORK_DOC_SHARE of its documents (a full person name: one in WORK_DOC_SHARE_PERSON). These
        cues are weaker than a noun's ("Jo Vaal actress" may be a person's first job), so agency
        outvotes them: a name that speaks, acts, signs or makes anywhere (``agency``), a cue of
        an actor, a place, an outlet (but one only by the mention stage's reading: "the Kessel TV
        shows" read like a channel's), an affiliated actor stays an actor."""
        if not corpus.followed:
            return set()
        affiliated = {a["actor"] for actor in actors for a in actor.affiliations}
        found: set[int] = set()
        for i, members in enumerate(groups):
            if (i in works or actors[i].kind in _PLACE_KINDS
                    or any(self._not_work(nodes[n]) for n in members)
                    or not any(nodes[n].key in corpus.followed for n in members)):
                continue
            indices = [m for n in members for m in nodes[n].mentions]
            if actors[i].kind == "OUTLET" and not self._outlet_by_reading(nodes, members, mentions, indices):
                continue
            if (any(mentions[m].cue or m in agency for m in indices)
                    or actors[i].affiliations or actors[i].id in affiliated):
                continue
            merged = CorpusWorks()
            for n in members:
                merged.cued[nodes[n].key] |= corpus.cued.get(nodes[n].key, set()) | corpus.followed.get(nodes[n].key, set())
            if self._called_work(nodes, members, merged):
                found.add(i)
        return found

    def _headed_things(self, nodes: list[NameNode], groups: list[list[int]], actors: list[Actor],
                       mentions: Sequence[Mention], texts: dict[str, str], agency: frozenset[int],
                       works: set[int]) -> set[int]:
        """Gatherings, contests and malware the mention stage keeps as names, by their head word
        or by the words around them. A name of two words or more whose written head states a
        gathering or a contest ("the Kessel Lecture", "the General Election", "the Vaal
        Conference": ``corpus_event_heads``) or malware ("the Tamsk Trojan":
        ``corpus_malware_heads``; not a person's name, "Jo Trojan") or a law (round 42: "the
        Kessel Act", "the Finance Bill": ``corpus_law_heads``, read alike; round 52: or that head
        before "on" or "against" inside the name, "the Kessel Convention on Vaal Rights":
        ``_law_head_before_joiner``) or a contest or a market
        event (round 44: "the Kessel Idol", "an Initial Public Offering": ``corpus_contest_heads``,
        alike); or a name, no person's, whose sentences read it as an event (``GatheringContext``:
        "the Kessel was held", "during the Vaal") on GATHERING_MIN mentions and one in
        GATHERING_SHARE; or a name, no place's, a contest's noun follows (round 44,
        ``_read_as_contest``: "a Tamsk event", "the Vaal tournament"). The mention stage keeps
        these heads (a body bears them too: "the Vaal Conference said", "Conference side
        Kessel"), so any sign of a body outvotes them: a mention that speaks, acts or takes an
        actor's cue (``agency``), an affiliation, a name of the alias data, a country, a side, a
        titled person or an outlet. One word alone is no headed name ("the Conference" is a
        football league too)."""
        affiliated = {a["actor"] for actor in actors for a in actor.affiliations}
        found: set[int] = set()
        for i, members in enumerate(groups):
            if (i in works or actors[i].kind == "OUTLET" or any(self._not_work(nodes[n]) for n in members)
                    or actors[i].affiliations or actors[i].id in affiliated):
                continue
            indices = [m for n in members for m in nodes[n].mentions]
            if any(m in agency or mentions[m].cue for m in indices):
                continue
            words = actors[i].name.split()
            given_named = any(self._given_name_person(nodes[n]) for n in members)
            headed = len(words) >= 2 and (words[-1] in self.gathering_heads or (
                (words[-1] in (self.malware_heads | self.law_heads | self.contest_heads)
                 or self._law_head_before_joiner(words)) and not given_named))
            ms = [mentions[m] for m in indices]
            if headed or (actors[i].kind != "PERSON" and self._read_as_gathering(ms, texts)) or (
                    actors[i].kind not in _PLACE_KINDS and not given_named
                    and self._read_as_contest(ms, texts, actors[i].kind == "PERSON")):
                found.add(i)
        return found

    def _law_head_before_joiner(self, words: list[str]) -> bool:
        """Round 52: a law's head right before a small word that opens its subject, inside the
        name ("the Kessel Convention on Vaal Rights", "a Treaty on Tamsk Union":
        ``corpus_law_head_joiners``); the last word there is the subject's, no head ("Rights")."""
        return any(words[at] in self.law_head_joiners and words[at - 1] in self.law_heads
                   for at in range(1, len(words) - 1))

    def _read_as_contest(self, ms: list[Mention], texts: dict[str, str], person: bool) -> bool:
        """Round 44: a contest's noun right after the name (``contests``: "a Kessel event", "the
        Vaal tournament") on every mention of a name named once or twice (a one-off contest is
        named once), else on AWARD_MIN mentions and one in AWARD_SHARE. The model's person needs
        every mention and two at least: "a Vaal event" of a man named once is his campaign's."""
        cued = sum(self.contests(texts.get(m.doc, ""), m.start, m.end) for m in ms)
        if person:
            return cued == len(ms) >= AWARD_MIN
        return (cued == len(ms) <= AWARD_MIN) or (cued >= AWARD_MIN and cued * AWARD_SHARE >= len(ms))

    def _read_as_gathering(self, ms: list[Mention], texts: dict[str, str]) -> bool:
        """Event cues (``GatheringContext``) on GATHERING_MIN mentions and one in GATHERING_SHARE:
        "Madrid" is named before "takes place" once in many mentions and stays."""
        cued = sum(self.gatherings(texts.get(m.doc, ""), m.start, m.end) for m in ms)
        return cued >= GATHERING_MIN and cued * GATHERING_SHARE >= len(ms)

    def _model_names(self, nodes: list[NameNode], groups: list[list[int]], actors: list[Actor],
                     makers: frozenset[int], works: set[int]) -> set[int]:
        """A maker's name and a model's word or number ("Kessel 7610", "Vaal Phone", "Tamsk
        A380") while the maker is an ORG actor of its own: the product, no actor, when none of
        its mentions speaks, acts, makes, owns or takes an actor's cue. A year is no model
        ("Kessel 2005" names an event), nor a single capital ("Vaal B"). Round 43: a lettered code
        ("G4", ``_lettered_code``) needs no maker actor ("the Vaalmac G4 computer": the line is
        no actor), only a first part that is no place, people, person or building actor ("Kessel
        U21" is a side, and its code a side's age)."""
        makers_named = {nodes[n].key for i, members in enumerate(groups)
                        if i not in works and actors[i].kind == "ORG" for n in members}
        not_makers = {nodes[n].key for i, members in enumerate(groups)
                      if actors[i].kind in _NOT_MAKER_KINDS for n in members}
        affiliated = {a["actor"] for actor in actors for a in actor.affiliations}
        found: set[int] = set()
        for i, members in enumerate(groups):
            if i in works or actors[i].kind == "PERSON" or not self._thing_vote_open(nodes, members, actors[i], affiliated):
                continue
            words = actors[i].name.split()
            if len(words) < 2 or not (self._model_word(words[-1])):
                continue
            maker = name_key(" ".join(words[:-1]))
            if maker not in makers_named and not (self._lettered_code(words[-1]) and maker not in not_makers):
                continue
            if not any(m in makers for n in members for m in nodes[n].mentions):
                found.add(i)
        return found

    def _lettered_code(self, word: str) -> bool:
        """Round 43: "G4", "A380": a model's code even after a name that is no actor; not a
        side's age group ("U21": ``team_age_codes``)."""
        return bool(_LETTERED_CODE.fullmatch(word)) and word not in self.contexts.team_age_codes

    def _model_word(self, word: str) -> bool:
        """A model's number or code ("7610", "A380", "N91") or word ("Phone"), no year."""
        return word in self.contexts.product_models or (
            bool(_MODEL_CODE.fullmatch(word)) and not _YEAR.fullmatch(word))

    def _outlet_by_reading(self, nodes: list[NameNode], members: list[int], mentions: Sequence[Mention],
                           indices: list[int]) -> bool:
        """An outlet only by the mention stage's reading of its stories ("nicknamed Kessel", "the
        Vaal shows" read like a source's name): no known outlet (``outlets.txt``), no name of the
        alias data and no mention a sentence calls a publication (an OUTLET cue: "the Kessel
        newspaper"). Such a name may still be a thing its sentences call one ("the Kessel program")."""
        return (not any(mentions[m].cue == "OUTLET" for m in indices)
                and not any(nodes[n].canonical is not None or nodes[n].key in self.outlet_keys for n in members))

    @staticmethod
    def _thing_in_share(indices: list[int], mentions: Sequence[Mention], cued: frozenset[int],
                        agency: frozenset[int]) -> bool:
        """A name that one story in STORY_THING_SHARE naming it calls a thing (``cued``: "the drug
        Kessel", "pirated copies of Vaal") and no mention anywhere shows as an agent, an owner or
        an actor's kind (``agency``): "the drug Kessel" in one story, "Kessel" bare in
        two more is the drug. The model's ORG only: a person or a place named bare has no cue to
        lose (a role "playing Kessel", "the Vaal version" of a town)."""
        docs = {mentions[m].doc for m in indices}
        cued_docs = {mentions[m].doc for m in indices if m in cued}
        return (bool(cued_docs) and len(docs) >= STORY_THING_MIN_DOCS
                and len(cued_docs) * STORY_THING_SHARE >= len(docs)
                and not any(m in agency for m in indices))

    @staticmethod
    def _modifier_only(indices: list[int], modifying: frozenset[int], agency: frozenset[int]) -> bool:
        """A name the corpus writes as a thing's modifier ("no Kessel slots", "Vaal attacks") in
        MODIFIER_MIN mentions at least, one in MODIFIER_SHARE, and nowhere as an agent."""
        modifiers = sum(m in modifying for m in indices)
        return (modifiers >= MODIFIER_MIN and modifiers * MODIFIER_SHARE >= len(indices)
                and not any(m in agency for m in indices))

    def _plural_name(self, name: str) -> bool:
        """A name ending in a plural ("Kessel Roses", "the Vaals", "Law Lords") names people: a
        band, a family, a bench. The model calls bands works; a plural of a meeting ("Games",
        "Awards": ``event_head_words``) is still a thing, and so is a model code's ("Kessel
        A300s", round 43)."""
        last = name.split()[-1] if name.split() else ""
        return (len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is", "'s"))
                and last not in self.event_heads and not _LETTERED_CODE.fullmatch(last))

    def _family_name(self, name: str, surnames: frozenset[str]) -> bool:
        """Round 48: a one-word plural whose singular is a person's surname in the corpus ("the
        Kessels" beside "Jo Kessel"): a family, or a show named after one; a genre's bare noun
        ("reality show The Kessels") does not tell them apart, a determiner's cue ("the cartoon The
        Kessels") does."""
        key = name_key(name)
        return " " not in key and self._plural_name(name) and key[:-1] in surnames

    def _given_name_person(self, node: NameNode) -> bool:
        """A person's name by its shape: it opens with a given name ("Alfred Kessel", or "Serena"
        alone: the hero of a biopic named after him is still a person) or, in a longer name, with
        an initial ("CA Vaal" of a team sheet)."""
        words = node.key.split()
        written = node.text.split()
        if len(words) == 1:  # "Serena" the model calls a place in one story is still the player
            return self.gender.is_given_name(words[0])
        return node.family == "person" and (
            self.gender.is_given_name(words[0]) or (len(written[0]) <= 2 and written[0].isupper()))

    def _context_cued(self, mentions: Sequence[Mention], texts: dict[str, str]
                      ) -> tuple[list[Mention], frozenset[int], frozenset[int]]:
        """Mentions the mention stage gave no cue take the one their raw words state (see
        ``resolve/contexts.py``): "Rapper X", "X are favourites", "the X bench" are voted by
        ``_cued_kind`` like the stage's own cues; the indices of mentions the words call a thing
        ("tested positive for X") are returned for ``_no_name_clusters``, and those of acronyms
        defined by lower-case words ("digital terrestrial TV (DTT)": ``defined_in_lower_case``)."""
        out = list(mentions)
        things = set()
        defined = set()
        spelt = self.contexts.spelt_acronyms(texts.values())  # "IPTV (Internet Protocol TV)"
        own: dict[str, frozenset[str]] = {}  # document -> the acronyms it spells in lower case
        for i, mention in enumerate(mentions):
            text = texts.get(mention.doc)
            if text and mention.doc not in own:
                own[mention.doc] = lower_case_spelt(text)
            written = mention.text.strip()
            if not mention.cue and (written in spelt or written in own.get(mention.doc, ())):
                defined.add(i)  # the corpus (round 55: or its own story) spells the acronym as a thing:
                # bare, it is that thing
            if text and not mention.cue and mention.label == "OUTLET":
                # the mention stage's outlet label is one story's reading; the words around it
                # stating a publication ("the Kessel newspaper") count in the corpus vote, so a
                # paper the model calls a group in its other stories is the outlet
                cue = self.contexts.cue(text, mention.start, mention.end, mention.label)
                if cue == "OUTLET":
                    out[i] = replace(mention, cue="OUTLET")
                elif cue == NONE and not self.contexts.after_owner(text, mention.start):
                    # "a technology called Kessel": the stage's outlet reading may be a thing; a
                    # channel's own programme ("Tamsk's Kessel show": no known outlet) stays an outlet
                    things.add(i)
                continue
            if (not text or mention.cue or mention.label == "OUTLET" or mention.key in self.country_keys
                    or mention.key in self.variants.demonyms):
                continue  # a country's side takes no cue: "Kemaria are favourites" is its team; nor
                # does a people: "the Kemari are favourites" says the country's side, no body's name
            cue = self.contexts.cue(text, mention.start, mention.end, mention.label)
            if not cue and mention.label in ("ORG", "GPE", "LOC", "FAC") and _initialled_in_sheet(mention, text):
                cue = "PERSON"  # "A Kessel" of a team sheet: an initial opens a person's name
            if not cue and self._lineup_player(mention, text):
                cue = "PERSON"  # "Kessel, Vaal (Tamm 67), Brevik": a line-up lists players (a stated
                # person outvotes the model's ORG for the same surname in a line of bookings)
            if defined_in_lower_case(text, mention.start, mention.end) or self.contexts.spelt_thing(
                    text, mention.start, mention.end) or self.contexts.named_condition(text, mention.start, mention.end):
                defined.add(i)  # "(DTT)" of "digital terrestrial TV", "IPTV (Internet Protocol TV)", "(KVD)"
                # of "mad cow disease"
            if cue == NONE:
                things.add(i)
            elif cue:
                out[i] = replace(mention, cue=cue)
        for i in self._unplaced_firms(out, texts):
            out[i] = replace(out[i], cue="ORG")
        return out, frozenset(things), frozenset(defined)

    def _unplaced_firms(self, mentions: Sequence[Mention], texts: dict[str, str]) -> list[int]:
        """Round 48: mentions the model calls a place, left uncued, that a firm's words follow or
        precede ("Kessel shares", "Vaal's chief executive", "a stake in Tamsk":
        ``KindContexts.firm_owned``), when no place table knows the name (``resolve/places.py``:
        a real town's shares are its market's) and no mention of the same key anywhere reads it
        as a place ("in Kessel", "Vaal province": a village no table lists keeps its kind)."""
        candidates = [i for i, m in enumerate(mentions)
                      if m.label == "GPE" and not m.cue
                      and (text := texts.get(m.doc)) and self.contexts.firm_owned(text, m.start, m.end)]
        if not candidates:
            return []  # most builds of a few stories: the table is never loaded
        places = self._place_table()
        candidates = [i for i in candidates if not places.knows_key(mentions[i].key)]
        keys = {mentions[i].key for i in candidates}
        placed = {m.key for m in mentions if m.key in keys and (text := texts.get(m.doc))
                  and self.contexts.place_read(text, m.start, m.end)}
        return [i for i in candidates if mentions[i].key not in placed]

    def _place_table(self) -> PlaceTable:
        """The place table, built on first need (about a second): most small builds never ask."""
        if self._places is None:
            self._places = PlaceTable.from_data()
        return self._places

    def _speaking(self, mentions: Sequence[Mention], texts: dict[str, str]) -> frozenset[int]:
        """Mentions a verb of speech follows ("Kessel said"): a work or a thing never speaks."""
        return frozenset(i for i, m in enumerate(mentions)
                         if (text := texts.get(m.doc)) and self.contexts.speaks(text, m.end))

    def _listed_lands(self, mentions: Sequence[Mention], texts: dict[str, str]) -> frozenset[int]:
        """A country's name as a player's in a line-up ("Subs not used: Kessel, Jordan"), whatever
        the model's label: the player of that match, kept off the land, which is one actor across
        stories (``_land_not_person``)."""
        return frozenset(i for i, m in enumerate(mentions)
                         if m.key in self.land_keys and m.label != "PERSON" and (text := texts.get(m.doc))
                         and self._lineup_player(m, text))

    def _lineup_player(self, mention: Mention, text: str) -> bool:
        """A lone name listed on a team sheet's line that a line-up's marks make a match's
        line-up (``KindContexts.lineup_item``)."""
        if " " in mention.text.strip() and not self.contexts.particled_surname(mention.text):
            return False  # a listed name is one word, or a family name opened by its particle ("El Vaal")
        start = text.rfind("\n", 0, mention.start) + 1
        end = text.find("\n", mention.end)
        line = text[start:end if end >= 0 else len(text)]
        # a labelled line ("Subs not used: Vaal, Tamm") may list two names only
        return (self.contexts.lineup_item(line, mention.start - start, mention.end - start)
                and (self.contexts.lineup_label.match(line) is not None or _team_sheet_line(line)))

    @staticmethod
    def _acronym_cues(indices: list[int], stated: frozenset[int], defined: frozenset[int],
                      mentions: Sequence[Mention]) -> bool:
        """Round 55: every cued mention is written as the spelled acronym ("hardware-based KPM
        will work" of "kessel platform module (KPM)"): a cue on another name of the actor
        (its own full name, said to act) is no modifier's slip, and keeps it."""
        spelt = {mentions[m].text.strip() for m in indices if m in defined}
        return all(mentions[m].text.strip() in spelt for m in indices if m in stated)

    def _no_name_clusters(self, nodes: list[NameNode], groups: list[list[int]], actors: list[Actor],
                          mentions: Sequence[Mention], texts: dict[str, str], things: frozenset[int],
                          stated: frozenset[int], given_uses: Counter, last_uses: Counter,
                          works: set[int] = frozenset(), defined: frozenset[int] = frozenset(),
                          speaking: frozenset[int] = frozenset()) -> set[int]:
        """Actors that are no actor by the words around all their mentions: a thing (THING_MIN
        mentions "tested positive for X", "the X index", one in THING_SHARE, more than its actor
        cues), a piece of a longer name (a lone word written inside a longer name the corpus
        names, or against another capitalized word, in FRAGMENT_SHARE of its mentions: "Duran" of
        "Duran Duran", "Skills" of "Department for Education and Skills"), or a common word that
        opens every sentence it is in and that the corpus writes mostly in lower case ("Digital
        music ..."). Never a country, a name of the alias data, an outlet (but two outlets the
        model joined, ``_no_one_name``: round 53), a side, a titled
        person, nor a lone word full person names of the corpus bear ("Young" opens "Young
        said"); a thing or a common word never where a parsed sentence gives the name a kind
        (``stated``; a piece may have one: "the Six Kessel squad" is the whole name's), and none
        of them a name that speaks (``speaking``: "Kessel said"). An acronym the text spells out
        in lower-case words (``defined``: "megabits per second (Mbps)") is a thing; round 55:
        also against the parse's cues on its letters, when its spelled mentions are
        DEFINED_OVER_CUED times as many ("net-based Kessel services" reads a modifier as a firm)."""
        cases: tuple[Counter, Counter] | None = None
        named_keys: frozenset[str] = frozenset()
        found: set[int] = set()
        lone: dict[int, str] = {}
        for i, members in enumerate(groups):
            if any(self._not_work(nodes[n]) for n in members):
                continue
            indices = [m for n in members for m in nodes[n].mentions]
            if actors[i].kind == "OUTLET":
                # round 53: an outlet's name is no thing, common word or fragment; two papers the
                # model joined ("the Kessel and the Vaal", each named on its own) are no one name
                if not any(m in speaking for m in indices) and any(" " in nodes[n].key for n in members):
                    named_keys = named_keys or frozenset(name_key(m.text) for m in mentions)
                    if self._no_one_name([mentions[m] for m in indices], texts, named_keys):
                        found.add(i)
                continue
            thing = sum(m in things for m in indices)
            cued = sum(m in stated for m in indices)
            # "Kessel said": a thing never speaks (a piece of a longer name may: the whole name's)
            speaks = any(m in speaking for m in indices)
            spelt = sum(m in defined for m in indices)
            if spelt and not speaks and (not cued or (self._acronym_cues(indices, stated, defined, mentions)
                                                      and spelt >= DEFINED_OVER_CUED * cued)):
                found.add(i)  # "two megabits per second (Mbps)": the text spells a thing out
                continue
            if not speaks and any(" " in nodes[n].key for n in members):
                named_keys = named_keys or frozenset(name_key(m.text) for m in mentions)
                if self._no_one_name([mentions[m] for m in indices], texts, named_keys):
                    found.add(i)  # round 52: two names written as one, or a run across a stop
                    continue
            if thing >= THING_MIN and thing * THING_SHARE >= len(indices) and thing > cued and not speaks:
                found.add(i)
                continue
            run = self._shouted_word([mentions[m] for m in indices], texts) if not cued and not speaks else []
            if run:
                cases = cases or word_cases(texts.values())
                if self._common_words(actors[i].name, cases[0], run):
                    found.add(i)  # "WHO WAS OSCAR?": a subhead's common word, no body (round 40)
                    continue
            if any(" " in nodes[n].key or nodes[n].acronym for n in members):
                continue
            key = nodes[members[0]].key
            if not given_uses.get(key) and not last_uses.get(key):
                lone[i] = key
        longer = _longer_names(mentions, set(lone.values()))
        named = _NamedSpans(mentions)
        actor_keys = {nodes[n].key for i, members in enumerate(groups) if i not in works for n in members}
        for i, key in lone.items():
            indices = [m for n in groups[i] for m in nodes[n].mentions]
            ms = [mentions[m] for m in indices]
            # a cue read around a piece is the whole name's ("the Kessel Group's director")
            if self._fragment(ms, texts, longer.get(key, ()), named, actor_keys):
                found.add(i)
                continue
            if len(ms) == 1 and not any(m in speaking for m in indices) and self._cut_alone(ms[0], texts, named):
                found.add(i)  # round 50: a name's one word the model cut, its only mention ("the Drelmo Vaal van")
                continue
            if any(m in stated for m in indices):
                continue
            amounts = sum(after_amount(texts.get(m.doc, ""), m.start) for m in ms)
            if len(ms) >= FRAGMENT_MIN and amounts >= FRAGMENT_SHARE * len(ms):
                # "earned 3.35m Kessos" tagged a person: a currency or goods the corpus writes in
                # lower case too ("a fee of £27m Kessel" is a player: no lower-case "kessel")
                cases = cases or word_cases(texts.values())
                if cases[0][key] >= max(LOWER_MIN, cases[1][key]):
                    found.add(i)
                    continue
            if all(opens_sentence(texts.get(m.doc, ""), m.start) for m in ms):
                cases = cases or word_cases(texts.values())
                lower, capital = cases
                if lower[key] >= max(LOWER_MIN, LOWER_SHARE * capital[key]):
                    found.add(i)
                    continue
                if lower[key] >= LOWER_MIN and _common_phrase_each(key, ms, texts):
                    found.add(i)  # round 69: "House prices fell" where the corpus writes "house prices"
                    continue
            if self._common_plural(actors[i].name, ms, texts):
                cases = cases or word_cases(texts.values())
                lower, capital = cases
                if lower[key] >= max(LOWER_MIN, LOWER_SHARE * capital[key]):
                    found.add(i)  # "the Budgets": the plural of a word the corpus writes in lower case
        return found

    def _no_one_name(self, ms: list[Mention], texts: dict[str, str], named_keys: frozenset[str]) -> bool:
        """Round 52: every mention of the actor is no one name: two names the model joined
        (``_joined_names``) or a run cut across a sentence's or a clause's stop ("Kessel: Vaal",
        ``crosses_stop``)."""
        return bool(ms) and all(self._joined_names(m, texts.get(m.doc, ""), named_keys)
                                or crosses_stop(m.text, self.kept_whole) for m in ms)

    def _joined_names(self, mention: Mention, text: str, named_keys: frozenset[str]) -> bool:
        """Round 52: "A and B" written as one name where the corpus names A and B each on its own
        (two players, two clubs, two prisons), or names one of them and the pair closes a comma
        list of names ("Kessel, Vaal and Tamsk"). Not a place ("Kessland and Vaal" may be a
        constituency or a state) and not a pair the corpus writes with an ampersand too ("Kessel &
        Vaal" is one firm's name)."""
        pair = and_pair(mention.text)
        if not pair or mention.label in ("GPE", "LOC") or name_key(f"{pair[0]} & {pair[1]}") in named_keys:
            return False
        named = sum(name_key(side) in named_keys for side in pair)
        return named == 2 or (named == 1 and closes_name_list(text, mention.start, self.name_list_joints))

    @staticmethod
    def _shouted_word(ms: list[Mention], texts: dict[str, str]) -> list[str]:
        """The other words of the capitals runs every mention lies in (``shouted_run``: a subhead
        set in capitals, "THE STARS WHO LEFT"); empty when one mention is written otherwise (the
        body's letters in running text, "the WHO said", keep it a body)."""
        words: list[str] = []
        for m in ms:
            run = shouted_run(texts.get(m.doc, ""), m.start, m.end)
            if not run:
                return []
            words.extend(run)
        return words

    @staticmethod
    def _common_words(name: str, lower: Counter, run: list[str]) -> bool:
        """Every word of the name, and one word at least of its runs, is a word the corpus writes
        in lower case LOWER_MIN times: "WHO", "DEAD" in "WHO WAS OSCAR?"; "NATO" or "BBC" in a
        capitals heading is a body's letters (no lower-case "nato")."""
        return (all(lower[w] >= LOWER_MIN for w in name.lower().split())
                and any(lower[w] >= LOWER_MIN for w in run))

    def _common_plural(self, name: str, ms: list[Mention], texts: dict[str, str]) -> bool:
        """A lone plural the model calls a group (``_plural_name``: a band or a side is named so),
        in FRAGMENT_MIN mentions at least, none of which acts or owns ("the Kessels played",
        "the Vaals' album"): with the corpus writing the word mostly in lower case (the caller's
        test), it is a common noun capitalized ("the Budgets"), no band."""
        if len(ms) < FRAGMENT_MIN or not self._plural_name(name) or any(m.label != "ORG" for m in ms):
            return False
        return not any((text := texts.get(m.doc, "")) and (self.contexts.acts(text, m.end) or self.contexts.owns(text, m.end))
                       for m in ms)

    @staticmethod
    def _fragment(ms: list[Mention], texts: dict[str, str], longer: Iterable[str], named,
                  actor_keys: set[str]) -> bool:
        """A piece of longer names in FRAGMENT_SHARE of its mentions, none of them the name of
        an actor: "Valley" of "the Sons of the Valley" stands for that group, and leaving the
        graph would lose it (joining them is the merge rules' work)."""
        pieces = 0
        for m in ms:
            text = texts.get(m.doc, "")
            whole = _inside_name(text, m.start, m.end, longer)
            if whole and name_key(whole) in actor_keys:
                return False
            pieces += bool(whole) or glued(text, m.start, m.end, m.label, named(m.doc))
        return pieces >= FRAGMENT_MIN and pieces >= FRAGMENT_SHARE * len(ms)

    def _cut_alone(self, mention: Mention, texts: dict[str, str], named) -> bool:
        """Round 50: the one mention of a lone word is cut out of a longer capitalized run
        (``cut_out_alone``), below the FRAGMENT_MIN that ``_fragment`` asks of a word written so
        often. Not on a team sheet (its initials are the resolver's), not a given name tagged a
        person ("Jo Vaal" cut after "Jo" is the person)."""
        text = texts.get(mention.doc, "")
        if not text or (mention.label == "PERSON" and self.gender.is_given_name(mention.text)):
            return False
        line_end = text.find("\n", mention.end)
        if _team_sheet_line(text[text.rfind("\n", 0, mention.start) + 1:line_end if line_end >= 0 else len(text)]):
            return False
        return cut_out_alone(text, mention.start, mention.end, self.fragment_words, named(mention.doc),
                             self._own_name_word)

    def _own_name_word(self, word: str) -> bool:
        """A word that is a name of its own beside another: a country or a people ("Tamsk"
        of "Tamsk Kessel"), a given name ("Jo" of "Jo Kessel")."""
        key = name_key(word)
        return key in self.land_keys or key in self.variants.demonyms or self.gender.is_given_name(word)

    @staticmethod
    def _called_award(ms: list[Mention], texts: dict[str, str], context: AwardContext) -> bool:
        """Award cues (see ``AwardContext``; or a meeting's: "the Kessel conference") on
        AWARD_MIN mentions and one in AWARD_SHARE: "Sony" is named before "prize" once in a
        hundred mentions and stays. A place's festival is the place's ("the Tamsk festival")."""
        cued = sum(context(texts.get(m.doc, ""), m.start, m.end) for m in ms)
        return cued >= AWARD_MIN and cued * AWARD_SHARE >= len(ms)

    def _not_work(self, node: NameNode) -> bool:
        return (node.canonical is not None or node.key in self.country_keys or node.team
                or any(self.gender.of_title(t) for t in node.surface))

    def _called_work(self, nodes: list[NameNode], members: list[int], corpus: CorpusWorks,
                     bare: bool = True) -> bool:
        """The stories calling the names a work are WORK_DOC_SHARE of their stories; ``bare``:
        counting those only a genre's bare noun calls so ("crime show X", round 48)."""
        cued: set[str] = set()
        docs: set[str] = set()
        for n in members:
            cued |= corpus.cued.get(nodes[n].key, set()) - (set() if bare else corpus.bare.get(nodes[n].key, set()))
            docs |= nodes[n].docs
        if not cued:
            return False
        person = any(nodes[n].family == "person" and len(words := nodes[n].key.split()) >= 2
                     and self.gender.is_given_name(words[0]) for n in members)
        share = WORK_DOC_SHARE_PERSON if person else WORK_DOC_SHARE
        return len(cued) * share >= len(docs | cued)

    def _cut_title(self, ms: list[Mention], corpus: CorpusWorks, texts: dict[str, str]) -> bool:
        """Round 42: most of the actor's mentions are pieces the model cut out of a longer title
        (``CutTitleContext``: "Kessel Nights" of a title some story calls a work, "Tamsk" of "Jo
        And The Tamsk"), or half of them when one ends in a title's small word ("Jo And": no name
        ends so; its other mention is "Jo" of the same title written in lower case). One in two
        is not most otherwise: "Kessel" named alone once may be the actor. The caller keeps a
        name that speaks anywhere."""
        cut = ended = 0
        for m in ms:
            text = texts.get(m.doc, "")
            cut += self.cut_titles(text, m.start, m.end, corpus, m.label)
            ended += self.cut_titles.ends_in_joiner(text, m.start, m.end)
        return cut * 2 > len(ms) or (ended > 0 and cut * 2 >= len(ms))

    def _channel_show(self, ms: list[Mention], texts: dict[str, str]) -> bool:
        """Round 42: most of the actor's mentions follow a channel's possessive ("told Kessel
        Two's Morning Vaal": ``ChannelShowContext``); a programme, no actor. An outlet is left
        to the caller's guard (a news programme is one for the readers)."""
        shown = sum(self.channel_shows(texts.get(m.doc, ""), m.start, m.label) for m in ms)
        return shown * 2 > len(ms)

    def _franchise(self, ms: list[Mention], texts: dict[str, str]) -> bool:
        """Round 44: a series named after its hero, the model's person: FRANCHISE_MIN mentions
        in FRANCHISE_MIN_DOCS stories modify its works' noun (``FranchiseContext``: "the third
        Kessel Vaal film", "the Vaal films"), one in FRANCHISE_SHARE of its mentions. The hero
        acts in its plots, so agency does not outvote this; a name that speaks anywhere does (the
        caller's guard), and a star's or a director's "the new Jo Vaal movie" is one in many."""
        framed = [m for m in ms if self.franchises(texts.get(m.doc, ""), m.start, m.end)]
        return (len(framed) >= FRANCHISE_MIN and len({m.doc for m in framed}) >= FRANCHISE_MIN_DOCS
                and len(framed) * FRANCHISE_SHARE >= len(ms))

    def _franchise_over_cues(self, ms: list[Mention], texts: dict[str, str]) -> bool:
        """Round 46: a series named after its hero whose frames ("the next Kessel Vaal film")
        outnumber FRANCHISE_OVER_CUES times the mentions a sentence gives a kind: a stray cue
        ("wagers on Jo Tamsk as the next Kessel Vaal were void": the plural verb's subject is
        the phrase before the name) does not keep the franchise an actor."""
        cued = sum(1 for m in ms if m.cue)
        framed = sum(1 for m in ms if self.franchises(texts.get(m.doc, ""), m.start, m.end))
        return self._franchise(ms, texts) and framed >= FRANCHISE_OVER_CUES * cued

    def _role_only(self, ms: list[Mention], texts: dict[str, str]) -> bool:
        """Round 44: every mention of the actor is a part played in a work (``RoleContext``:
        "took the role of Kessel Vaal", "his character Vaal", "Tamsk, played by Jo Vaal"): a fictional
        character, no actor, though it acts in its plot. A biopic's hero, named so once, is named
        as himself elsewhere and stays. The model's person only: a body or a place "takes the role
        of" another's task as well."""
        return bool(ms) and all(self.roles(texts.get(m.doc, ""), m.start, m.end) for m in ms)

    def _role_each_story(self, ms: list[Mention], texts: dict[str, str],
                         corpus: CorpusWorks | None = None) -> bool:
        """Round 46: each story that names the actor names it once as a part by a cue no
        biopic's hero gets (``RoleContext.story_part``: "will play the role of Kessel Vaal",
        "will voice Vaal", "Tamsk, played by Jo Vaal"): a fictional character whose other
        mentions tell its plot ("the tale's hero Kessel Vaal", "Tamsk's death"). A real person
        a film portrays is named "her role as Jo Vaal", left to ``_role_only``. Round 50: with
        the corpus's works, "who played Vaal in Tamsk Nights" is such a cue too (a biopic's hero
        is named as himself in other stories, which this vote asks of none)."""
        parted = {m.doc for m in ms if self.roles.story_part(texts.get(m.doc, ""), m.start, m.end, corpus)}
        return bool(ms) and all(m.doc in parted for m in ms)

    def _part_in_work_each_story(self, ms: list[Mention], texts: dict[str, str], corpus: CorpusWorks) -> bool:
        """Round 60: the model's body, place or building that each story naming it names once as
        a part in a work named right after it (``RoleContext.part_in_work``: "who played Vaal in
        Tamsk Nights", "to play the role of Vaal in a film version of ..."): a character the
        model typed by its name's look. Not a bare "the role of Vaal" (a body takes on a task)."""
        parted = {m.doc for m in ms if self.roles.part_in_work(texts.get(m.doc, ""), m.start, m.end, corpus)}
        return bool(ms) and all(m.doc in parted for m in ms)

    @staticmethod
    def _inside_titles(ms: list[Mention], corpus: CorpusWorks, texts: dict[str, str]) -> bool:
        inside = sum(corpus.inside_title(m.doc, texts.get(m.doc, ""), m.start, m.end) for m in ms)
        return inside * 2 > len(ms)

    def _namesake_domains(self, mentions: Sequence[Mention], texts: dict[str, str]) -> dict[tuple[str, str], str]:
        """(full person name key, document) -> the document's domain, for the full names two
        people bear in stories of different domains that name no same person or group: the
        goalkeeper Jon Kessel of match reports and the singer Jon Kessel of the arts pages.
        Only names of a few stories (NAMESAKE_MAX_DOCS), each of a clear domain; a famous name
        met in every domain keeps one node, and so does a name of many stories met in a few of
        another domain, unless those few form a world of their own (_minor_namesakes). Linear:
        one pass over the mentions."""
        if not texts:
            return {}
        docs_of: dict[str, set[str]] = defaultdict(set)
        names_in, key_docs = _names_by_doc(mentions)
        spans: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
        for mention in mentions:
            if mention.label == "PERSON" and len(mention.key.split()) >= 2 and not self.gender.of_title(mention.full_name):
                docs_of[mention.key].add(mention.doc)
                spans[(mention.key, mention.doc)].append((mention.start, mention.end))
        # round 44: a country's or a people's word the model tagged a person or group ("Welsh"
        # of a region and of a plan) is no same person or group of two stories
        lands = self.country_keys | frozenset(self.variants.demonyms)

        def context(key: str, docs: Iterable[str]) -> set[str]:
            return {k for doc in docs for k in names_in[doc]
                    if k != key and key_docs[k] <= CONTEXT_MIN_DOCS and k not in lands}

        found: dict[tuple[str, str], str] = {}
        for key, docs in docs_of.items():
            if len(docs) < 2:
                continue
            domains = {doc: self.domains.of_doc(doc, texts) for doc in docs}
            parts = self._domain_parts(docs, texts) if len(docs) <= NAMESAKE_MAX_DOCS else {}
            if len(parts) >= 2:
                sets = [context(key, part) for part in parts.values()]  # the names of each part's stories
                if all(not (sets[i] & sets[j]) for i in range(len(sets)) for j in range(i + 1, len(sets))):
                    found.update({(key, doc): label for label, part in parts.items() for doc in part})
                    continue
            found.update(self._minor_namesakes(key, domains, context, spans, texts))
        return found

    def _domain_parts(self, docs: Iterable[str], texts: dict[str, str]) -> dict[str, list[str]]:
        """The stories grouped by domain, a story of two equal domains ("a singer arrested": arts
        and crime) going with the stories of either; a part is labelled by its domains. Empty
        when a story names no domain clearly: it may be of any part, unless it uses no word of
        sport at all (round 44: ``_sportless_domains``)."""
        parts: list[tuple[set[str], list[str]]] = []
        tied = False
        for doc in sorted(docs):
            leading = self.domains.leading_of_doc(doc, texts) or self._sportless_domains(doc, texts)
            if not leading:
                return {}
            tied = tied or len(leading) > 1
            meeting = [part for part in parts if part[0] & leading]
            merged = (set(leading), [doc])
            for part in meeting:
                merged[0].update(part[0])
                merged[1].extend(part[1])
                parts.remove(part)
            parts.append(merged)
        if tied and not _sport_apart([found for found, _ in parts]):
            return {}
        return {"+".join(sorted(found)): stories for found, stories in parts}

    def _sportless_domains(self, doc: str, texts: dict[str, str]) -> frozenset[str]:
        """Every domain but sport for a story of no clear domain that uses not one word of
        sport (a health board's story, a court's): it may be of any other part, never of the
        match reports, so a scrum-half Jon Kessel of the sports pages and the health chief Jon
        Kessel of such a story are two (``_sport_apart`` still asks for just those two parts and
        the stories' names apart)."""
        if not texts.get(doc) or self.domains.words_of_domain(texts[doc], SPORT_DOMAIN):
            return frozenset()
        return frozenset(self.domains.names) - {SPORT_DOMAIN}

    def _minor_namesakes(self, key: str, domains: dict[str, str | None], context, spans,
                         texts: dict[str, str]) -> dict[tuple[str, str], str]:
        """A full name of several stories of one domain ("Lib Dem chairman Jon Kessel") met in a
        few stories of another (the match reports of a full-back Jon Kessel): those few are a
        namesake when they name same people among themselves (a world of their own: a famous
        name dropped in one story of another domain is the famous one) and none with the main
        stories, and their sentences that name him use no word of the main domain ("the prime
        minister Jon Kessel" at a match) and share no domain word with those of the main stories
        (the president of the business pages is the president of the political ones).
        Stories of no clear domain stay with the main ones."""
        if key in self.country_keys:
            return {}  # a country the model once tagged a person
        counts = Counter(d for d in domains.values() if d)
        ranked = counts.most_common(2)
        if len(ranked) < 2 or ranked[0][1] == ranked[1][1]:
            return {}
        main = ranked[0][0]
        main_docs = [doc for doc, d in domains.items() if d in (main, None)]
        main_names = context(key, main_docs)
        main_words = self._sentence_words(key, main_docs, spans, texts)
        found: dict[tuple[str, str], str] = {}
        for domain, size in counts.items():
            if domain == main or not 2 <= size <= NAMESAKE_MAX_DOCS:
                continue
            docs = [doc for doc, d in domains.items() if d == domain]
            if not _meet_among(docs, lambda doc: context(key, [doc])):
                continue
            words = self._sentence_words(key, docs, spans, texts)
            if context(key, docs) & main_names or words & main_words or any(
                    main in self.domains.domains_of_word[w] for w in words):
                continue
            found.update({(key, doc): domain for doc in docs})
        return found

    def _bare_worlds(self, mentions: Sequence[Mention], texts: dict[str, str]) -> frozenset[tuple[str, str]]:
        """(one-word person key, document) for the stories of a bare name that are a namesake's
        world: WORLD_MIN_DOCS stories or more (NAMESAKE_MAX_DOCS at most) that name no full name
        ending in the word, name same people or groups among themselves and none that the full
        name's stories or the word's other stories name: the mononym "Kessel" of one club's
        reports is not the Jon Kessel of another club's. Only for a word tagged a person in two
        mentions of three or more, the surname of one given name, whose full names have
        DOMINANT_MIN mentions (a rarer one takes a bare name of other stories only when they
        meet anyway). Kept whole: a common given name ("Harry": any number of people), a
        country, and a world where a title stands before the name ("President Kessel", "Prince
        Kessel": the office holder a reader knows). Linear."""
        if not texts:
            return frozenset()
        names_in, key_docs = _names_by_doc(mentions)

        def context(key: str, docs: Iterable[str]) -> set[str]:
            return {k for doc in docs for k in names_in[doc] if k != key and key_docs[k] <= CONTEXT_MIN_DOCS}

        full_docs: dict[str, set[str]] = defaultdict(set)  # surname -> documents of full names ending so
        full_uses: Counter = Counter()  # surname -> mentions of full names ending so
        bare: dict[str, dict[str, list[Mention]]] = defaultdict(lambda: defaultdict(list))
        labels: Counter = Counter()  # one-word keys: (key, is a person) -> mentions
        for mention in mentions:
            if " " not in mention.key:
                labels[(mention.key, mention.label == "PERSON")] += 1
            if mention.label != "PERSON":
                continue
            words = mention.key.split()
            if len(words) >= 2 and not self.gender.of_title(mention.full_name):
                full_docs[words[-1]].add(mention.doc)
                full_uses[words[-1]] += 1
            elif len(words) == 1:
                bare[mention.key][mention.doc].append(mention)
        shared = self._shared_surnames(mentions)  # decided story by story already (short_forms)
        found: set[tuple[str, str]] = set()
        for key, by_doc in bare.items():
            docs = set(by_doc) - full_docs.get(key, set())
            # a full name of a few mentions takes a bare name of other stories only when they meet
            # anyway; a word tagged otherwise in a third of its mentions ("Devon", a show "Breakfast
            # with Kessel") is no plain bare surname
            if (full_uses[key] < DOMINANT_MIN or key in shared or len(docs) < WORLD_MIN_DOCS
                    or self.gender.is_given_name(key) or key in self.country_keys
                    or labels[(key, True)] < 2 * labels[(key, False)]):
                continue
            world = self._world_of(key, docs, full_docs[key], context)
            if world and not any(self._titled_before(m, texts) for doc in world for m in by_doc[doc]):
                found.update((key, doc) for doc in world)
        return frozenset(found)

    @staticmethod
    def _world_of(key: str, docs: set[str], full_docs: set[str], context) -> list[str]:
        """The bare name's ``docs`` that meet neither the full name's stories nor the bare name's
        other stories but meet one another; [] unless they are WORLD_MIN_DOCS..NAMESAKE_MAX_DOCS.
        Stories meet the full name's or the others' by SPELLING_CONTEXT_MIN names: one club or
        party is named in stories of many people."""
        main = context(key, full_docs)
        strays = sorted(doc for doc in docs if len(context(key, [doc]) & main) < SPELLING_CONTEXT_MIN)
        named = {doc: context(key, [doc]) for doc in strays}
        world = [doc for doc in strays if any(named[doc] & named[o] for o in strays if o != doc)]
        rest = docs - set(world)
        if (not WORLD_MIN_DOCS <= len(world) <= NAMESAKE_MAX_DOCS
                or len(context(key, world) & context(key, rest)) >= SPELLING_CONTEXT_MIN):
            return []
        return world

    def _titled_before(self, mention: Mention, texts: dict[str, str]) -> bool:
        """Is the bare name written after a person title ("President Kessel", "Mr Kessel")?"""
        if mention.text.split()[0].lower().rstrip(".") in self._lower_titles:
            return True
        before = _WORD_BEFORE.search(texts.get(mention.doc, ""), max(0, mention.start - 20), mention.start)
        word = before.group(1).lower() if before else ""
        return word in self._lower_titles or word.removesuffix("s") in self._lower_titles  # "Princes X and Y"

    def _sentence_words(self, key: str, docs: Iterable[str], spans, texts: dict[str, str]) -> set[str]:
        """Domain words of the sentences that name ``key`` in ``docs``."""
        return {word for doc in docs for start, end in spans[(key, doc)]
                for word in self.domains.words_of(_sentence_at(texts[doc], start, end))}

    def _nodes(self, mentions: Sequence[Mention], listed: frozenset[int] = frozenset(),
               namesakes: dict[tuple[str, str], str] | None = None,
               apart: frozenset[int] = frozenset(),
               worlds: frozenset[tuple[str, str]] = frozenset(),
               senses: dict[int, str] | None = None,
               firms: dict[tuple[str, str], str] | None = None,
               kin: frozenset[int] = frozenset()) -> tuple[list[NameNode], list[int]]:
        index: dict[tuple[str, str], int] = {}
        nodes: list[NameNode] = []
        node_of = []
        countries = self._document_countries(mentions)
        shared_surnames = self._shared_surnames(mentions)
        generic: dict[str, bool] = {}
        for i, mention in enumerate(mentions):
            if mention.key not in generic:
                generic[mention.key] = self._generic_body(mention)
            country = countries.get(mention.doc, "") if generic[mention.key] else ""
            team = mention.key.endswith(" " + TEAM_SUFFIX)
            # a country's side differs by sport and squad: one node per report, joined by the rules
            # so is a bare surname several people of the corpus bear, none dominating: "Brown" of
            # one story is not the "Brown" of the next (short_forms may still find its referent)
            # and so is a team sheet's bare surname ("Subs: Kessel, Brevik, ..."): a player of that match
            story = team or mention.key in shared_surnames or i in listed or i in apart
            where = ("doc", mention.doc) if story else country
            if i in apart:
                where = ("apart", mention.doc)  # "George Bush" beside "George W Bush": the father
            elif i in kin:
                where = ("kin", mention.doc)  # "sons of Kessel": the parent, read in its story only
            elif i in listed and mention.key not in shared_surnames:
                where = ("sheet", mention.doc)
            elif namesakes and (mention.key, mention.doc) in namesakes:
                where = ("domain", namesakes[(mention.key, mention.doc)])  # namesakes of other news
            elif (mention.key, mention.doc) in worlds:
                where = ("world",)  # a bare name's own world of stories: another bearer
            elif firms and (mention.key, mention.doc) in firms and i not in listed:
                where = ("firm", firms[(mention.key, mention.doc)])  # one firm across its stories
            sense = senses.get(i, "") if senses and not story else ""
            if sense in (PLACE, PEOPLE):
                where = ("sense", sense)  # "in Kessel" of a name that is a club elsewhere: the town
            n = index.get((mention.key, where))
            if n is None:
                n = index[(mention.key, where)] = len(nodes)
                nodes.append(NameNode(mention.key, generic=generic[mention.key], country=country, team=team,
                                      story=story, listed=i in listed, apart=i in apart,
                                      world=where == ("world",), kin=i in kin))
            node = nodes[n]
            node.sense = node.sense or sense
            node.listed = node.listed and i in listed
            node.mentions.append(i)
            if mention.text != mention.full_name:
                node.shorts.append(i)
            node.texts[mention.full_name] += 1
            node.surface[mention.text] += 1
            node.labels[mention.label] += 1
            node.docs.add(mention.doc)
            node_of.append(n)
        for node in nodes:
            self._describe(node)
        return nodes, node_of

    def _shared_surnames(self, mentions: Sequence[Mention]) -> frozenset[str]:
        """Surnames (name keys of one word) borne by full person names of several given names:
        "brown" of Gordon, Nick and Alex Brown. The referent a bare one stands for is decided
        story by story (short_forms: the bearer its story meets, or a dominant one)."""
        given: dict[str, Counter] = defaultdict(Counter)  # surname -> given name -> mentions
        # a (key, full name) is written many times: counted first, then tested once
        spellings = Counter((m.key, m.full_name) for m in mentions if m.label == "PERSON")
        for (key, full_name), count in spellings.items():
            words = key.split()
            if len(words) >= 2 and len(words[0]) > 1 and not self.gender.of_title(full_name):
                given[words[-1]][words[0]] += count
        return frozenset(surname for surname, counts in given.items()
                         if len(counts) >= 2 and not self._land_not_person(surname, spellings))

    def _firm_parts(self, mentions: Sequence[Mention], listed: frozenset[int],
                    texts: dict[str, str]) -> dict[tuple[str, str], str]:
        """(shared surname key, document) -> a label of the firm the bare word names there: "Fox"
        or "Disney" is a surname of several people, so each story's bare word is a node of its
        own (``_shared_surnames``), and one firm became an actor per story. A story's bare word
        joins the same word of other stories when the story reads it as a firm (``_firm_story``)
        and the stories agree on what it is: they share a clear domain (``_firm_domain_parts``:
        the car maker's business stories are not a rugby side's match reports), FIRM_MIN_DOCS of
        them or more, where the word alone is tagged a body more often than people ending in it
        are named. Two firms of one name in one domain stay one node: the domain is the only
        sense evidence read here. Stories of no clear domain keep their own node."""
        if not texts:
            return {}
        shared = self._shared_surnames(mentions)
        bare: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        bearers: dict[str, Counter] = defaultdict(Counter)  # surname -> document -> full-name mentions
        for i, m in enumerate(mentions):
            words = m.key.split()
            if m.label == "PERSON" and len(words) >= 2 and words[-1] in shared:
                bearers[words[-1]][m.doc] += 1
            elif m.key in shared and len(words) == 1:
                bare[m.key][m.doc].append(i)
        found: dict[tuple[str, str], str] = {}
        for key, by_doc in bare.items():
            docs = [doc for doc, indices in by_doc.items()
                    if not bearers[key][doc] and _firm_story([mentions[i] for i in indices], listed.isdisjoint(indices),
                                                             texts.get(doc, ""))]
            if len(docs) < FIRM_MIN_DOCS:
                continue
            parts = self._firm_domain_parts(docs, texts)
            for label, part in parts.items():
                if len(part) < FIRM_MIN_DOCS:
                    continue
                domains = set(label.split("+"))
                people = sum(n for doc, n in bearers[key].items()
                             if self.domains.leading_of_doc(doc, texts) & domains)
                if sum(len(by_doc[doc]) for doc in part) > people:
                    found.update({(key, doc): label for doc in part})
        return found

    def _firm_domain_parts(self, docs: list[str], texts: dict[str, str]) -> dict[str, list[str]]:
        """The stories that name a clear domain, grouped by it: a story of two equal domains (a
        film studio's DVD format: arts and technology) joins the stories of either; a label is
        the part's domains. Stories of no clear domain, and match reports, are left out."""
        parts: list[tuple[set[str], list[str]]] = []
        for doc in sorted(docs):
            leading = self.domains.leading_of_doc(doc, texts)
            # a match report's lone surname the model calls a body is a player (a line-up's
            # "Not used: Kessel"), not a firm: sport stories keep their own node
            if not leading or SPORT_DOMAIN in leading:
                continue
            merged = (set(leading), [doc])
            for part in [part for part in parts if part[0] & leading]:
                merged[0].update(part[0])
                merged[1].extend(part[1])
                parts.remove(part)
            parts.append(merged)
        return {"+".join(sorted(found)): stories for found, stories in parts}

    def _land_not_person(self, key: str, spellings: Counter) -> bool:
        """A country's or a continent's name that ends firms' names the model calls people
        ("Lycos Europe", "Kessel Labs Europe") is a surname only where the model reads it bare as
        a person somewhere ("Jordan" the player): otherwise each story's bare mention would be an
        actor of its own (a continent split into a node per report), when it is one land."""
        return key in self.land_keys and not any(k == key for k, _ in spellings)

    def _styled_links_undone(self, mentions: Sequence[Mention]) -> list[Mention]:
        """Undo the in-document links a royal style contradicts: "Prince Edwin" is not the
        "Edwin Marsh" of the same story, and a bare "Edwin" there is the prince, not Marsh
        (the one who bears the name as a style is the one a reader takes)."""
        out = list(mentions)
        styled: dict[str, dict[str, Mention]] = defaultdict(dict)  # doc -> own key -> its mention
        # a spelling is written many times: its key and style are worked out once (name_key is
        # the costliest step of this pass, and one call per mention made it a third of resolution)
        seen: dict[str, tuple[str, str | None]] = {}
        for i, mention in enumerate(mentions):
            found = seen.get(mention.text)
            if found is None:
                found = seen[mention.text] = (name_key(mention.text), self.gender.royal(mention.text))
            own, royal = found
            if mention.label == "PERSON" and (
                    (own in self.country_keys and mention.key != own and _opens_with(mention.full_name, own))
                    or (mention.text != mention.full_name and _PAIR.search(mention.full_name))):
                # a country's name is no given name ("Peru" is not short for "Peru Textiles"), and
                # a span of two names ("Ada Quist & Bo Lund") is no full name of either
                out[i] = replace(mention, key=own, full_name=mention.text)
                continue
            if royal and not self.gender.keeps_style(mention.text, mention.full_name):
                own = name_key(mention.text, self.titles)
                out[i] = replace(mention, key=own, full_name=mention.text)
                styled[mention.doc].setdefault(own, out[i])
        if not styled:
            return out
        for i, mention in enumerate(out):
            found = styled.get(mention.doc, {}).get(mention.text.lower())
            full = mention.full_name.split()
            if (found is not None and " " not in mention.text and mention.key != found.key
                    and len(full) > 1 and full[0].lower() == mention.text.lower()):
                out[i] = replace(mention, key=found.key, full_name=found.full_name)
        return out

    def _senses_in_context(self, mentions: Sequence[Mention], texts: dict[str, str]) -> list[Mention]:
        """A lone surname whose sentence uses it for something other than one person is not
        that person: "the Kessel twins" (a pair: the family noun joins the name, a group) and
        "Dana Kell, of Shipton" (a place). The name keeps its own key."""
        out = list(mentions)
        for i, mention in enumerate(mentions):
            if mention.label != "PERSON" or " " in mention.text.strip() or not mention.text[:1].isupper():
                continue
            text = texts.get(mention.doc)
            if not text:
                continue
            initial = _initial_before(text, mention.start)
            if initial and not mention.full_name.startswith(initial):
                # "B Deacon" in a team sheet that the model cut to "Deacon": the initial is part
                # of the name, and another "L Deacon" is someone else
                full = f"{initial} {mention.text}"
                out[i] = replace(mention, key=name_key(full), full_name=full)
                continue
            after = _FAMILY_AFTER.match(text, mention.end)
            if self._after_kin_of(text, mention.start):
                # "the sons of Kessel": Kessel is their parent, not a short form of the story's
                # full name that ends so (the group "Meibion Kessel", a son "Jon Kessel")
                out[i] = replace(mention, key=name_key(mention.text), full_name=mention.text)
            elif after and after.group(1).lower() in self.family_plurals:
                full = f"{mention.text} {after.group(1).lower()}"
                out[i] = replace(mention, key=name_key(full), full_name=full, label="NORP")
            elif _PLACE_BEFORE.search(text[max(0, mention.start - 12):mention.start]) and not _POSSESSIVE_AFTER.match(
                    text, mention.end):
                out[i] = replace(mention, key=name_key(mention.text), full_name=mention.text, label="GPE")
        return out

    def _after_kin_of(self, text: str, start: int) -> bool:
        """Is the name at ``start`` written after a plural family noun and "of" ("sons of",
        "the family of")?"""
        before = _KIN_OF_BEFORE.search(text[max(0, start - 40):start])
        return bool(before) and before.group(1).lower() in self.kin_of_nouns

    def _kin_named(self, mentions: Sequence[Mention], texts: dict[str, str]) -> frozenset[int]:
        """Lone person names written after "sons of" and the like (``_after_kin_of``)."""
        return frozenset(i for i, m in enumerate(mentions)
                         if " " not in m.text.strip() and m.label == "PERSON" and (text := texts.get(m.doc))
                         and self._after_kin_of(text, m.start))

    def _titled_nodes(self, mentions: Sequence[Mention], node_of: list[int], texts: dict[str, str]) -> dict[int, str]:
        """Bare-name nodes written after a gendered title ("Mr Howard", the title outside the
        span), with the title's gender: the word is a surname, never a given name."""
        votes: dict[int, Counter] = defaultdict(Counter)
        for i, mention in enumerate(mentions):
            text = texts.get(mention.doc)
            if not text or mention.label != "PERSON" or " " in mention.text.strip() or " " in mention.key:
                continue  # only bare names: "Mr Tyler" of a story naming Paul Tyler is his
            before = _TITLE_BEFORE.search(text, max(0, mention.start - 12), mention.start)
            sex = self.gender.of_title(f"{before.group(1)} {mention.text}") if before else None
            votes[node_of[i]][sex or ""] += 1
        titled = {}
        for n, vote in votes.items():
            sex, count = vote.most_common(1)[0]
            if sex and count == sum(vote.values()):
                titled[n] = sex
        return titled

    def _office_titles(self, mentions: Sequence[Mention], node_of: list[int], texts: dict[str, str]) -> OfficeTitles:
        """The office titles written before person names ("President Kessel"): for bare names,
        the one title they are always written after; for full names, how often each title is."""
        votes: dict[int, Counter] = defaultdict(Counter)
        for i, mention in enumerate(mentions):
            text = texts.get(mention.doc)
            if text and mention.label == "PERSON":
                votes[node_of[i]][self._office_of(mention, text)] += 1
        offices = OfficeTitles()
        for n, vote in votes.items():
            title, count = vote.most_common(1)[0]
            offices.held[n] = Counter({t: c for t, c in vote.items() if t})
            if title and count == sum(vote.values()):
                offices.bare[n] = title
        return offices

    def _office_of(self, mention: Mention, text: str) -> str:
        """The office title right before the mention, or opening its span ("President Kessel")."""
        inside = self._office_opening.match(mention.text)
        if inside:
            return inside.group(1)
        before = self._office_before.search(text, max(0, mention.start - 30), mention.start)
        return before.group(1) if before else ""

    def _generic_body(self, mention: Mention) -> bool:
        """A group name made only of generic institution words ("Congress", "Economy
        Ministry"), that the alias data does not identify ("Commons", "Fed")."""
        words = mention.key.split()
        return (mention.label in ("ORG", "NORP") and bool(words) and all(w in self.generic_words for w in words)
                and self.aliases.lookup(mention.key, mention.full_name) is None)

    def _document_countries(self, mentions: Sequence[Mention]) -> dict[str, str]:
        """Each document's country: the one it names most (alias names counted as one: "US",
        "America"); a document naming none takes the corpus's most-named country."""
        counts: dict[str, Counter] = defaultdict(Counter)
        for mention in mentions:
            if mention.label == "GPE" and mention.key in self.country_keys:
                counts[mention.doc][self.aliases.lookup(mention.key, mention.text) or mention.key] += 1
        chosen = {doc: min(c, key=lambda k: (-c[k], k)) for doc, c in counts.items()}
        overall = Counter(chosen.values())
        default = min(overall, key=lambda k: (-overall[k], k)) if overall else ""
        return defaultdict(lambda: default, chosen)

    def _describe(self, node: NameNode) -> None:
        kind = majority_kind(node.labels, node.key)
        node.family = FAMILIES.get(kind, "other")
        node.acronym = bool(_ACRONYM.match(node.text))
        if node.acronym:  # letters, not sounds: "EU" is not "EA"
            node.words = node.mild = (node.key,)
        else:
            if node.family == "person":
                node.words = tuple(self.variants.person_words(node.key, text=node.text))
                node.mild = tuple(self.variants.person_words(node.key, "mild", text=node.text))
            else:
                node.words, node.mild = tuple(self.variants.group_words(node.key)), tuple(
                    self.variants.group_words(node.key, "mild"))
        node.translit = self.variants.transliterated(node.key, node.text)
        node.weak = len(node.words) == 1 and (kind == "PERSON" or len(node.labels) > 1)
        node.canonical = self.aliases.lookup(node.key, node.text)

    def _conflict_test(self, nodes: list[NameNode], affiliated: dict[int, set[int]]):
        """Two clusters conflict when they hold a "distinct" pair, a member or part and its
        group ("Saraya al-Jabal, the armed wing of the KLF"), or full person names of which
        none matches any on the other side (Abu Baker Almuhajer / Abu Abdallah Al-Muhajir)."""
        kunya = {self.variants.phonetic(k) for k in self.variants.kunya_markers}
        # the given-name short forms in the strong fold the full names are compared in
        folded_forms = {self.variants.phonetic(k): tuple(self.variants.phonetic(f) for f in v)
                        for k, v in self.given_forms.items()}

        def full_person(n: int) -> tuple[str, ...] | None:
            """Given name and surname; a kunya alone ("Abu Hamza") is not a full name."""
            node = nodes[n]
            if node.family != "person" or len(node.words) < 2 or self.gender.of_title(node.text):
                return None  # "Mrs Howard" is a title and a surname, not a full name
            if len(node.words) == 2 and node.words[0] in kunya:
                return None
            words = node.key.split()  # a silent final e is no other name ("Quarl" / "Quarle")
            return tuple(self.variants.person_words(" ".join(words[:-1] + [_SILENT_E.sub("", words[-1])]),
                                                    text=node.text)) if _SILENT_E.search(words[-1]) else node.words

        def conflict(a: list[int], b: list[int], merge: Merge) -> str | None:
            keys_a = {nodes[n].canonical or nodes[n].key for n in a}
            keys_b = {nodes[n].canonical or nodes[n].key for n in b}
            for key in keys_a:
                for other in keys_b:
                    if self.aliases.are_distinct(key, other):
                        return f"'{key}' and '{other}' are listed as distinct"
            members_b = set(b)
            for n in a:
                for m in affiliated.get(n, ()):
                    if m in members_b:
                        return f"the text makes '{nodes[n].text}' and '{nodes[m].text}' member and group"
            senses_a = {nodes[n].sense for n in a if nodes[n].sense}
            senses_b = {nodes[n].sense for n in b if nodes[n].sense}
            if senses_a and senses_b and senses_a != senses_b:
                return "a town and the club named after it (resolve/senses.py)"
            if merge.rule in STATED_RULES:
                return None
            world = next((nodes[n] for n in (merge.a, merge.b) if nodes[n].world), None)
            if world:
                return (f"'{world.text}' of {len(world.docs)} stories that name same people among themselves and "
                        "none the other name's stories name: a namesake")
            # generic names ("Economy Ministry", "Ministry of Economy") of two countries: two bodies,
            # whatever their wording
            countries_a = {nodes[n].country for n in a if nodes[n].country}
            for n in b:
                node = nodes[n]
                if node.country and countries_a - {node.country}:
                    return f"'{node.text}' names a body of another country ({node.country})"
            demonym = self._demonym_pair(nodes, a, b)
            if demonym:
                return demonym
            people_a = {w for n in a if (w := full_person(n))}
            people_b = {w for n in b if (w := full_person(n))}
            if people_a and people_b and not any(_same_person(p, q, folded_forms)
                                                 for p in people_a for q in people_b):
                p, q = min(people_a), min(people_b)
                return f"different full names ({' '.join(p)} / {' '.join(q)})"
            return None
        return conflict

    def _demonym_pair(self, nodes: list[NameNode], a: list[int], b: list[int]) -> str | None:
        """"Kemari" (the people) and "Kemaria" (the state) stay two actors, linked by part_of."""
        for first, second in ((a, b), (b, a)):
            places = {nodes[n].key: nodes[n].key for n in second if " " not in nodes[n].key}
            if not places:
                continue
            for n in first:
                key = nodes[n].key
                if " " not in key and key not in places and self.variants.place_of_demonym(key, places):
                    return f"'{nodes[n].text}' is the demonym of a place"
        return None

    def _demonym_kind(self, nodes: list[NameNode], members: list[int], kind: str, places: dict[str, str]) -> str:
        """A lone word the model calls a place or a group that is the demonym of another place
        of the corpus, by the demonym table or its spelling rules ("Kemari" beside "Kemaria",
        "Somali" beside "Somalia"), is the people: NORP, linked part_of the place."""
        if kind not in ("GPE", "LOC", "ORG") or any(len(nodes[n].words) != 1 for n in members):
            return kind
        key = nodes[members[0]].key
        listed = key in self.variants.demonyms or key.removesuffix("s") in self.variants.demonyms
        if len(key) < DEMONYM_MIN_LENGTH and not listed:  # the table's own short words ("Kiwi") are sure
            return kind
        place = self.variants.place_of_demonym(key, places)
        return "NORP" if place is not None and place != key else kind

    @staticmethod
    def _city_demonym_kind(nodes: list[NameNode], members: list[int], kind: str, places: dict[str, str],
                           determined: set[str]) -> str:
        """Round 44: a name the model calls a body or a place that is a place of the corpus with
        "-er" ("Kessel Vaaler" beside "Kessel Vaal") names a person of that city: "Kessel Vaaler
        Jo Tamsk", "a Kessel Vaaler". A people (NORP). Not one some story writes after "the"
        (``determined``, or "The" in the name: a magazine or a paper is so named), nor a plural
        ("the Vaalers" is a club's nickname as often)."""
        if kind not in ("ORG", "GPE", "LOC"):
            return kind
        for n in members:
            node = nodes[n]
            stem = node.key[:-2] if node.key.endswith("er") else ""
            if (len(stem) < CITY_DEMONYM_MIN_STEM or stem not in places or node.key in determined
                    or any(text.lower().startswith("the ") for text in node.surface)):
                return kind
        return "NORP"

    def _surname_kind(self, nodes: list[NameNode], members: list[int], kind: str, surnames: Counter,
                      lone_groups: Counter | None = None) -> str:
        """A lone word the model calls a group that is the surname of more full person
        names' mentions in the corpus than it has itself ("Federer" tagged ORG twice, "Roger
        Federer" named fifty times) is a person; "Disney", named more often alone, stays.
        Round 38: "alone" counts the word's group-labelled mentions in the whole corpus
        (``lone_groups``), not this actor's only: a firm's bare name written in twenty stories
        is voted story by story, and one story's mention is fewer than its founder's name."""
        if kind != "ORG" or any(len(nodes[n].mild) != 1 for n in members):  # places are surnames too (Jordan)
            return kind
        word = nodes[members[0]].mild[0]
        own = max(sum(len(nodes[n].mentions) for n in members), (lone_groups or Counter()).get(word, 0))
        return "PERSON" if surnames.get(word, 0) > own else kind

    def _name_part_kind(self, nodes: list[NameNode], members: list[int], kind: str, last_uses: Counter,
                        given_uses: Counter, determined: set[str] = frozenset()) -> str:
        """A lone word the model calls a place or an outlet (a group: by given names only) that
        is the surname or the given name of full person names the corpus names NAME_PART_SHARE
        times as often as the word alone ("Dorrin" tagged GPE twice beside "Dorrin Vaal" named a
        dozen times) is a person.
        A country is no one's name part here; "Paris" named a hundred times stays a place, and so
        does a name a story writes with "the" ("the Hague", "the West"), or an acronym."""
        if kind not in ("GPE", "LOC", "OUTLET", "ORG", "NORP") or any(len(nodes[n].words) != 1 for n in members):
            return kind
        key = nodes[members[0]].key
        if kind == "NORP" and self._demonym_like(key):
            return kind  # "Christian" is a faith's people before it is anyone's given name
        if (key in self.country_keys or key in determined or any(nodes[n].canonical or nodes[n].acronym for n in members)):
            return kind
        own = sum(len(nodes[n].mentions) for n in members)
        # a group-tagged word goes by given names only ("Arjen" of "Arjen Vaal"): a surname is
        # a firm's or a club's name as often ("Fox", "Brown"), and _surname_kind weighs those
        # a people-tagged word too goes by given names only ("Arjen" cut from "Arjen Vaal")
        uses = (given_uses.get(key, 0) if kind in ("ORG", "NORP")
                else max(last_uses.get(key, 0), given_uses.get(key, 0)))
        return "PERSON" if uses >= max(NAME_PART_SHARE * own, NAME_PART_MIN) else kind

    def _listed_people(self, key: str) -> bool:
        """A word the demonym table lists, or its plural ("American", "Americans"): a people's
        name, never a family's or a person's. Round 42 (kind57)."""
        return key in self.variants.demonyms or key.removesuffix("s") in self.variants.demonyms

    def _demonym_like(self, key: str) -> bool:
        """A word the demonym table lists, or spelt like a people's name ("-an", "-ese", "-ish",
        "-i": endings a given name rarely has)."""
        bare = key.removesuffix("s")
        return bare in self.variants.demonyms or key in self.variants.demonyms or bare.endswith(_PEOPLE_ENDINGS)

    def _collective_kind(self, nodes: list[NameNode], members: list[int], kind: str) -> str:
        """A group-tagged actor every mention of which is a place's word before a lower-case
        plural noun of people ("Velonian authorities", "UK troops") is people described, no
        named body: GROUP. A written name keeps its capital ("Police Authorities", "Border
        Guards" of a named force) and stays an ORG."""
        if kind != "ORG":
            return kind
        for n in members:
            for text in nodes[n].surface:
                words = text.split()
                if not 2 <= len(words) <= 3 or words[-1] not in self.variants.collective_words:
                    return kind
                if not all(w[:1].isupper() for w in words[:-1]):
                    return kind
        return "GROUP"

    def _story_outlet_kind(self, nodes: list[NameNode], groups: list[int], members: Sequence[Mention],
                           kind: str) -> str:
        """An outlet by the mention stage's reading of fewer stories than those giving it another
        label is a body, no publication (ORG): the stage marks a name used like an outlet in one
        story ("a statement from Kessel Europe", "told Kessel"), many times over, and a firm's or
        a club's name is so used too; the other stories' labels (a lone word's PERSON, a town's
        GPE) are the model's guesses, while the stage's reading says a body speaks. Not a name a
        sentence calls a publication (an OUTLET cue: "the Kessel newspaper"), a known outlet
        (``outlets.txt``) or a name of the alias data."""
        if kind != "OUTLET" or any(m.cue == "OUTLET" for m in members):
            return kind
        if any(nodes[n].canonical is not None or nodes[n].key in self.outlet_keys for n in groups):
            return kind
        stories: dict[str, set[str]] = defaultdict(set)
        for m in members:
            if m.label != UNTAGGED_LABEL:
                stories[m.label].add(m.doc)
        outlet = stories.pop("OUTLET", set())
        others = set().union(*stories.values()) - outlet
        return "ORG" if len(others) > len(outlet) else kind

    def _country_kind(self, nodes: list[NameNode], members: list[int], kind: str,
                      in_sport: frozenset[int] = frozenset()) -> str:
        """A country's name the model calls a region or a building ("Ivory Coast" as LOC) is the
        state; its side in a sports report is another node (``team``). One the model calls a
        group ("Kemaria" as ORG) is the state too, unless half its mentions are in sports reports
        (``in_sport``: mentions in stories naming a side), where the mention stage may have
        missed the side. Round 44: a former state (``former_states``) is read so too."""
        if not all(nodes[n].key in self.state_keys and not nodes[n].team for n in members):
            return kind
        if kind in ("LOC", "FAC"):
            return "GPE"
        indices = [m for n in members for m in nodes[n].mentions]
        if kind == "ORG" and 2 * sum(m in in_sport for m in indices) < len(indices):
            return "GPE"
        return kind

    def _land_person_kind(self, nodes: list[NameNode], members: list[int], kind: str,
                          in_sport: frozenset[int], surnames: Counter) -> str:
        """Round 40: a country's name the vote calls a person, a people or an outlet ("Lesotho
        textile workers", "the Seychelles have", "moved to the Isle of Man") is the state. Not
        where a person may bear it: the surname of a full person name in the corpus ("Jordan"), a
        title before it; nor where half its mentions are in sports reports (``in_sport``): there
        the name is its side, which the mention stage may have missed ("beat Kemaria")."""
        if kind not in ("PERSON", "NORP", "OUTLET"):
            return kind
        if not all(nodes[n].key in self.country_keys and not nodes[n].team for n in members):
            return kind
        if any(len(nodes[n].words) == 1 and surnames.get(nodes[n].words[0]) for n in members):
            return kind
        if any(self.gender.of_title(t) for n in members for t in nodes[n].surface):
            return kind
        indices = [m for n in members for m in nodes[n].mentions]
        return "GPE" if 2 * sum(m in in_sport for m in indices) < len(indices) else kind

    def _initials_kind(self, nodes: list[NameNode], members: list[int], mentions: Sequence[Mention],
                       kind: str, person_initials: dict[str, dict[str, int]]) -> str:
        """Round 40: letters the model calls a body that are the initials of a person every one
        of its stories names in full before them ("Ann Kessel-Vaal ... AKV") are that person's:
        a body's letters spell its own name, which the story names too (``person_initials``
        holds a document's letters only when no other name there has them). Not letters of the
        alias data ("GM"): a body's, whoever the story names."""
        if kind not in ("ORG", "NORP", "OUTLET", "GPE") or any(nodes[n].canonical for n in members):
            return kind
        surfaces = {t for n in members for t in nodes[n].surface}
        if not surfaces or not all(INITIALS_RE.fullmatch(t) for t in surfaces):
            return kind
        if all((first := person_initials.get(m.doc, {}).get(m.text)) is not None and first < m.start
               for m in mentions):
            return "PERSON"
        return kind

    def _voted_kind(self, nodes: list[NameNode], members: list[int], kind: str, surnames: Counter) -> str:
        """A lone word the model mostly calls a person, that is nobody's surname in the corpus
        and never follows a title ("Yukos", "Multiplex"), is what its other labels say, when
        they say anything: the model's PERSON is one voice among the corpus's cues."""
        if kind != "PERSON" or any(len(nodes[n].words) != 1 or surnames.get(nodes[n].words[0]) for n in members):
            return kind
        labels: Counter = Counter()
        for n in members:
            labels.update(nodes[n].labels)
        if any(self.gender.of_title(t) for n in members for t in nodes[n].surface):
            return kind
        total = sum(labels.values())
        others = [(count, k) for k, count in labels.items() if k != "PERSON"]
        if others and max(others)[0] * 20 >= total:  # one other vote in twenty
            return max(others)[1]
        return kind

    def _bodied_kind(self, nodes: list[NameNode], group: list[int], members: Sequence[Mention],
                     texts: dict[str, str]) -> str | None:
        """Round 36: a one-word name the vote calls a person none of whose mentions shows a
        person, and one of which at least a body ("Kessel shares rose", "a spokesman for Vaal",
        "Tamsk said its ...": ``KindContexts.body_voice``), is a body (ORG). The model's PERSON
        is its guess for an unknown word ("Vaalsoft", an agency written like a name); the body's
        words are too weak to outvote a person's, so any person's word keeps the kind: a title, a
        person's cue, ", who", an age, "he"/"she" first after the name
        (``KindContexts.person_voice``). Round 37: a name of two or three words (``_body_named``)
        is voted by stronger words only (``KindContexts.named_body_voice``: no ", which", no "its")."""
        surfaces = {text.strip() for n in group for text in nodes[n].surface}
        named = any(" " in text for text in surfaces)
        if any(m.cue and m.cue != "ORG" for m in members):
            return None
        if named and not self._body_named(surfaces):
            return self._founder_named_kind(members, texts) if self._founder_shaped(surfaces) else None
        voice = self.contexts.named_body_voice if named else self.contexts.body_voice
        bodied = False
        for m in members:
            text = texts.get(m.doc)
            if text is None or self._titled_before(m, texts) or self.contexts.person_voice(text, m.start, m.end):
                return None
            bodied = bodied or voice(text, m.start, m.end)
        return "ORG" if bodied else None

    def _firm_read_person_kind(self, nodes: list[NameNode], group: list[int], members: Sequence[Mention],
                               texts: dict[str, str]) -> str | None:
        """Round 56: a name the vote calls a person whose mentions read it as a firm or a band
        FIRM_READ_PERSON_MIN times at least with words a person never has ("Kessel shares", "Vaal
        plc", "drinks firm Tamsk", "the band Brevik", "Kessel's lead singer":
        ``KindContexts.person_firm_read``; round 69 adds a group's readings, "Kessel are to tour",
        "members of Vaal": ``KindContexts.person_group_read``) and never as a person is the body
        (ORG). The model calls an unknown firm's or band's name a person; ``_bodied_kind`` leaves a name of two words whose
        last word the story writes alone ("Kessel Vaal" and "Vaal"), taking it for a surname. Any
        person's reading keeps the kind: a title, a given name of the tables opening a written form
        ("Ann Vaal": a founder's firm is named so too, but a person far more often), a person's
        cue, ", who", an age, "he"/"she" first after it (``KindContexts.person_voice``). A side
        keeps its kind."""
        if any(nodes[n].team for n in group) or any(m.cue == "PERSON" for m in members):
            return None
        surfaces = {text.strip() for n in group for text in nodes[n].surface}
        if any(self.gender.of_title(text) or (len(words := text.split()) >= 2 and self.gender.is_given_name(words[0]))
               for text in surfaces):
            return None
        firm = 0
        for m in members:
            text = texts.get(m.doc)
            if text is None or self._titled_before(m, texts) or self.contexts.person_voice(text, m.start, m.end):
                return None
            firm += (self.contexts.person_firm_read(text, m.start, m.end)
                     or self.contexts.person_group_read(m.text, text, m.start, m.end))
        return "ORG" if firm >= FIRM_READ_PERSON_MIN else None

    def _voiced_person_kind(self, nodes: list[NameNode], group: list[int], members: Sequence[Mention],
                            texts: dict[str, str]) -> str | None:
        """Round 38: a one-word name the vote calls a place (GPE) is a person when the corpus
        speaks of it as one and never as a place: VOICED_PERSON_MIN mentions at least, half of
        them at least, with a person's words (``KindContexts.person_voice``: ", who", an age,
        "he"/"she" first after it), one of them ", who" or an age (``person_apposed``), and no
        mention a place's reading ("in Kessel", "Vaal's government": ``reads_as_place``) or a
        cue but a person's. The model calls an unknown one-word name (a stage name, a blogger's
        handle, a foreign surname) a place; a country, a region of the data, a side, or a name
        of the alias data keeps the model's kind (a place has a "he" in the next sentence too)."""
        if any(len(nodes[n].words) != 1 or nodes[n].team or nodes[n].canonical is not None
               or nodes[n].key in self.country_keys for n in group):
            return None
        if any(m.cue and m.cue != "PERSON" for m in members):
            return None
        voiced = apposed = 0
        for m in members:
            text = texts.get(m.doc)
            if text is None or self.contexts.reads_as_place(text, m.start, m.end):
                return None
            if self.contexts.person_voice(text, m.start, m.end):
                voiced += 1
                apposed += self.contexts.person_apposed(text, m.end)
        return ("PERSON" if voiced >= VOICED_PERSON_MIN and voiced * 2 >= len(members) and apposed
                else None)

    def _given_named_kind(self, nodes: list[NameNode], group: list[int], members: Sequence[Mention], kind: str,
                          texts: dict[str, str]) -> str | None:
        """Round 42: a name of two capitalised words a given name of the tables opens ("Ann
        Vaal"), written so in every mention, that the vote calls a people, a land, a building or
        an outlet is a person: the model reads a surname that is a people's word ("Christian"), a
        place's ("Samaria") or a paper's closing word ("Courier", "Press") as the name's head.
        Not a last word that heads a street, a ground or a landform ("Victoria Street", "Victoria
        Falls": ``given_named_blocked_lasts``, ``venue_heads_after``), a given name the demonym table
        lists, a people's plural the vote calls NORP ("Christian Democrats"), a name of the alias data or a known outlet; an
        outlet only when no mention is a publication's ("the Jon Courier newspaper", "told Ann
        Press": a cue or ``outlet_voice``). Round 42 (kind57)."""
        if any(nodes[n].canonical is not None or nodes[n].key in self.outlet_keys for n in group):
            return None
        surfaces = {t for n in group for t in nodes[n].surface}
        for text in surfaces:
            words = text.split()
            if len(words) != 2 or not all(w[:1].isupper() and w[1:2].islower() for w in words):
                return None
            if self.gender.of_title(text) or not self.gender.is_given_name(words[0]):
                return None
            if self._listed_people(name_key(words[0])) or (kind == "NORP" and words[1].endswith("s")):
                return None  # "American Airlines"; a people's plural ("Christian Democrats")
            if words[1] in self.contexts.given_named_blocked or words[1] in self.contexts.venue_heads_after:
                return None
        if kind == "OUTLET":
            if any(m.cue == "OUTLET" for m in members):
                return None
            if any((text := texts.get(m.doc)) is None or self.contexts.outlet_voice(text, m.start, m.end)
                   for m in members):
                return None
        return "PERSON"

    def _family_kind(self, nodes: list[NameNode], group: list[int], members: Sequence[Mention],
                     texts: dict[str, str]) -> str | None:
        """Round 42: a name written as one word in every mention ("Vaal", "Vaals": the model may
        key it "Vaal twins") that the vote calls a people or a body, and whose every story writes
        it, or its singular, before a family's plural in lower case ("the Vaal brothers", "the
        Kessel twins": ``KindContexts.family_named``) is the family's persons (PERSON): "the
        Vaals won" is two players. Not a people's word ("Kemari twins" are twins of a people), a
        country, a side or a name of the alias data. Round 42 (kind57)."""
        if any(nodes[n].team or nodes[n].canonical is not None or nodes[n].key in self.country_keys for n in group):
            return None
        for m in members:
            text = texts.get(m.doc)
            word = m.text.strip()
            if " " in word:
                return None
            if text is None or self._listed_people(name_key(word)):
                return None
            singular = word[:-1] if word.endswith("s") and len(word) > 3 else word
            if not (self.contexts.family_named(text, word) or self.contexts.family_named(text, singular)):
                return None
        return "PERSON"

    def _role_named_kind(self, nodes: list[NameNode], group: list[int], members: Sequence[Mention],
                         texts: dict[str, str]) -> str | None:
        """Round 66: a name the vote calls a body, a place or a people is a person's when half its
        mentions at least carry a person's role right before it or an age after it ("rapper
        Kessel", "number eight Jon Vaal", "Tamsk, 13,": ``KindContexts.person_role_named``) and
        no mention a body's words ("Kessel shares", "Vaal, which", "Kessel's Stores":
        ``body_voice``, ``body_name_possessed``) or a cue but a person's. The model calls a
        foreign full name or a stage name it does not know a body or a people; a side, a
        country or a name of the alias data keeps the vote's kind. Round 66 (kind104)."""
        if any(nodes[n].team or nodes[n].canonical is not None or nodes[n].key in self.country_keys for n in group):
            return None
        if any(m.cue and m.cue != "PERSON" for m in members):
            return None
        roled = 0
        for m in members:
            text = texts.get(m.doc)
            if text is None or self.contexts.body_voice(text, m.start, m.end):
                return None
            if self.contexts.body_name_possessed(text, m.end):
                return None
            roled += self.contexts.person_role_named(text, m.start, m.end)
        return "PERSON" if roled and roled * 2 >= len(members) else None

    def _founder_shaped(self, surfaces: set[str]) -> bool:
        """Round 38: a name of two or three capitalised words a given name opens ("Ann Vaal"),
        no title in any form, no sentence stop inside, its last word never written alone: a person's shape, which a firm named
        after its founder shares (a bookmaker, a fashion house)."""
        lasts = {text.split()[-1] for text in surfaces if " " in text}
        opened = False
        for text in surfaces:
            words = text.split()
            if len(words) > 3 or not all(w[:1].isupper() for w in words) or self.gender.of_title(text):
                return False
            if ". " in text or (len(words) == 1 and text in lasts):
                return False  # "Vaal" alone: the story names the man by his surname
            opened = opened or (len(words) > 1 and self.gender.is_given_name(words[0]))
        return opened

    def _founder_named_kind(self, members: Sequence[Mention], texts: dict[str, str]) -> str | None:
        """Round 38: a founder-shaped name (``_founder_shaped``) is a body (ORG) when the
        corpus's body words clearly outnumber its person words: FOUNDER_BODY_MIN mentions at
        least with a body's word ("Ann Vaal spokesman", "shares in Ann Vaal", "Ann Vaal plc":
        ``KindContexts.named_body_voice``) or a body's cue, or such mentions in
        FOUNDER_BODY_STORIES stories, FOUNDER_DOMINANCE times as many as those with a person's
        (``person_voice``: ", who", an age, "he"/"she" first after it), and no mention after a
        title ("Mr Vaal" is the man, whatever his firm's words)."""
        bodies = persons = 0
        stories: set[str] = set()
        for m in members:
            text = texts.get(m.doc)
            if text is None or self._titled_before(m, texts):
                return None
            if m.cue == "ORG" or self.contexts.named_body_voice(text, m.start, m.end):
                bodies += 1
                stories.add(m.doc)
            persons += self.contexts.person_voice(text, m.start, m.end)
        clear = bodies >= FOUNDER_BODY_MIN or len(stories) >= FOUNDER_BODY_STORIES
        return "ORG" if clear and bodies >= FOUNDER_DOMINANCE * persons else None

    def _outlet_bodied_kind(self, nodes: list[NameNode], group: list[int], members: Sequence[Mention],
                            texts: dict[str, str]) -> str | None:
        """Round 38: an outlet by the mention stage's reading only (a site's, a network's or an
        agency's noun after the name, a paper's closing word: "the Kessel website", "Vaal
        Express") is a body (ORG) when one mention at least has a body's word ("shares in Vaal
        Express", "a spokesman for Kessel": ``KindContexts.named_body_voice``) or a body's cue
        ("bank Kessel"), and no mention a news outlet's ("told Kessel", "Vaal reported":
        ``KindContexts.outlet_voice``). A known outlet, a name of the alias data or one a sentence
        calls a publication stays: a paper's owner has shares and a chief executive too."""
        if any(m.cue and m.cue != "ORG" for m in members):
            return None
        if any(nodes[n].canonical is not None or nodes[n].key in self.outlet_keys for n in group):
            return None
        bodied = False
        for m in members:
            text = texts.get(m.doc)
            if text is None or self.contexts.outlet_voice(text, m.start, m.end):
                return None
            bodied = bodied or m.cue == "ORG" or self.contexts.named_body_voice(text, m.start, m.end)
        return "ORG" if bodied else None

    def _show_maker_kind(self, nodes: list[NameNode], group: list[int], members: Sequence[Mention],
                         texts: dict[str, str]) -> str | None:
        """Round 54 (kind86): OUTLET is news media only. An outlet no story reads as news media
        (``KindContexts.news_voice``: "told Kessel", "Vaal reported", "Tamsk's correspondent")
        while one mention at least reads it as a maker or carrier of entertainment
        (``KindContexts.show_voice``: "music channel Kessel", "the Vaal network", "Tamsk's comedy
        series") is an entertainment firm (ORG). A known outlet (``outlets.txt``), a name a known
        outlet's opens ("Kessel One" of a listed "Kessel": the broadcaster that runs news and
        drama channels reports on them too), a name of the alias data and one a sentence calls a
        publication (an OUTLET cue, but a channel's: "music channel Kessel" is cued so too) stay;
        a name a studio's head closes ("Kessel Films": ``studio_heads``) is a firm's, whatever
        opens it, unless a story reads it as news."""
        if any(m.cue and m.cue not in ("ORG", "OUTLET") for m in members):
            return None
        if any(nodes[n].canonical is not None or nodes[n].key in self.outlet_keys for n in group):
            return None
        studio = all(self._studio_named(nodes[n].text) for n in group)
        if not studio and any(self._known_outlet_opens(nodes[n].key) for n in group):
            return None
        shown = studio
        for m in members:
            text = texts.get(m.doc)
            if text is None or self.contexts.news_voice(text, m.start, m.end):
                return None
            show = self.contexts.show_voice(text, m.start, m.end)
            if m.cue == "OUTLET" and not show:
                return None  # "the Kessel newspaper", "radio station Vaal": a publication's noun
            shown = shown or show
        return "ORG" if shown else None

    def _studio_named(self, name: str) -> bool:
        """Round 54: a name of two words or more a studio's or a label's head closes ("Kessel Films")."""
        words = name.split()
        return len(words) >= 2 and words[-1] in self.contexts.studio_heads

    def _known_outlet_opens(self, key: str) -> bool:
        """Round 54: a known outlet's name opens the key ("kessel one" of a listed "Kessel")."""
        words = key.split()
        return any(" ".join(words[:n]) in self.outlet_keys for n in range(1, len(words)))

    def _body_named(self, surfaces: set[str]) -> bool:
        """Round 37: names of two or three capitalised words may be a body's ("Kessel Vaal" the
        firm, "Vaal Tamskers" the band), unless a title or a given name opens one ("Mr Vaal",
        "Ann Vaal": a person's shape; a firm named after its founder keeps it too, and a person
        "shares" a view) or the story writes the last word alone (a surname: "Vaal said")."""
        lasts = {text.split()[-1] for text in surfaces if " " in text}
        for text in surfaces:
            words = text.split()
            if len(words) > 3 or not all(w[:1].isupper() for w in words) or self.gender.of_title(text):
                return False
            if ". " in text:
                return False  # "Kessel. Soul": two sentences' words, no name
            if len(words) > 1 and self.gender.is_given_name(words[0]):
                return False
            if len(words) == 1 and text in lasts:
                return False
        return True

    def _cued_kind(self, nodes: list[NameNode], groups: list[int], members: Sequence[Mention], kind: str) -> str:
        """The kind the corpus's sentences state, when one mention in CUE_SHARE (CUE_SHARE_PERSON
        for a person-tagged name) states it
        ("engineering firm X", "shares in X"): a statement outvotes the model's guesses, which
        call unknown companies places or people. A titled name ("Mr X") stays a person."""
        cues = Counter(m.cue for m in members if m.cue)
        if not cues or kind == "OUTLET":
            return kind
        cue, count = cues.most_common(1)[0]
        if cue != kind and self._cue_seconds_model(members, cue, kind):
            return cue
        # a person's name is a company's more often than a place's ("Kessel Motors" of the Kessels)
        share = CUE_SHARE_PERSON if kind == "PERSON" else CUE_SHARE
        if kind in ("GPE", "LOC") and cue == "ORG" and count >= CUE_MIN_PLACE:
            share = CUE_SHARE_PLACE
        if cue == kind or count * share < len(members):
            return kind
        if kind == "PERSON" and any(self.gender.of_title(t) for n in groups for t in nodes[n].surface):
            return kind
        if kind == "PERSON" and count * 2 < len(members) and any(
                len(words := nodes[n].key.split()) in (2, 3) and self.gender.is_given_name(words[0]) for n in groups):
            return kind  # "games maker Pascal Kessel": a given name opens a person's name, unless most cues say not
        return cue

    def _uncontested_kind(self, members: Sequence[Mention], kind: str, texts: dict[str, str],
                          speaks: bool) -> str | None:
        """A building's cue ("the Kessel stadium", "the Vaal hotel") for a name the model calls a
        group, or a body's ("airline Kessel") for one it calls a place, when no other cue and no
        mention contradicts it, whatever the share of cued mentions: a venue is named bare
        ("at Kessel") far more often than with its noun, and an airline's "flew with Vaal" states
        nothing. A venue never speaks; no mention may read the name as a place ("in Kessel",
        "Vaal's government": ``KindContexts.reads_as_place``). A name the model calls a people
        whose only cue is a body's ("Kessnext spokesman X", cued by ``spans._proper_body_role_after``
        only for a proper noun) is that body: a people has no spokesman of its own name."""
        cues = {m.cue for m in members if m.cue}
        if kind == "NORP" and cues == {"ORG"}:
            return "ORG"  # "Kessnext chief X": a body the model calls a people (listed demonyms kept before)
        if not ((kind == "ORG" and cues == {"FAC"} and not speaks) or (kind == "GPE" and cues == {"ORG"})):
            return None
        if any((text := texts.get(m.doc)) is None or self.contexts.reads_as_place(text, m.start, m.end)
               for m in members):
            return None  # "in Kessel": a town's hotel ("the Kessel hotel"), a town a firm names
        return "FAC" if kind == "ORG" else "ORG"


    def _firm_read_kind(self, nodes: list[NameNode], group: list[int], mentions: Sequence[Mention], kind: str,
                        texts: dict[str, str]) -> str | None:
        """Round 52: a name the vote calls a place or a people (the model's guess for a firm it
        does not know: "Kessel" of a phone company, "Vaal" of a games maker) whose mentions read
        it as a firm FIRM_READ_MIN times at least ("Kessel's competitors", "rivals to Vaal",
        "Tamsk spokesman", "oil giant Brevik": ``KindContexts.firm_read``), none as a place
        ("a village near Kessel", "Vaal people": ``KindContexts.town_read``), is the firm (ORG).
        Not a name the place table or the countries know, nor one holding a people's word ("North
        Kemari", "Danish": ``_demonym_like``): a country's shares and board are its market's and its
        side's, and a known town is read so elsewhere. A side or a split sense keeps its kind."""
        if kind not in ("GPE", "NORP", "LOC") or not self._plain_unpeopled(nodes, group):
            return None
        indices = [m for n in group for m in nodes[n].mentions]
        firm = 0
        for i in indices:
            mention = mentions[i]
            text = texts.get(mention.doc)
            if text is None or self.contexts.town_read(text, mention.start, mention.end):
                return None  # "a village near Kessel": the place, whatever its firm's words
            firm += self.contexts.firm_read(text, mention.start, mention.end)
        if firm < FIRM_READ_MIN:
            return None
        return None if self._place_known(nodes, group) else "ORG"

    def _unplaced_body_kind(self, nodes: list[NameNode], group: list[int], mentions: Sequence[Mention], kind: str,
                            texts: dict[str, str], in_sport: frozenset[int]) -> str | None:
        """Round 62: a name the vote calls a place that one mention at least reads as a body only
        a firm is ("its Kemari subsidiary Kessel", "Vaal's UK sales director":
        ``KindContexts.unplaced_body_read``) and no mention reads as a place ("in Kessel", "a
        village near Vaal": ``place_read``, ``town_read``) is the body (ORG). Not a name the place
        table, the countries or the demonyms know, nor a side or a split sense, nor one a sports
        report names (a club's town: another vote's). A town the tables miss keeps its kind
        unless a body's word is said of it: the absence of a place's words is no cue."""
        if kind != "GPE" or not self._plain_unpeopled(nodes, group):
            return None
        indices = [m for n in group for m in nodes[n].mentions]
        if any(i in in_sport for i in indices):
            return None
        bodied = False
        for i in indices:
            mention = mentions[i]
            text = texts.get(mention.doc)
            if text is None or self.contexts.place_read(text, mention.start, mention.end) or self.contexts.town_read(
                    text, mention.start, mention.end):
                return None  # "in Kessel": a place, whatever its firm's words
            bodied = bodied or self.contexts.unplaced_body_read(text, mention.start, mention.end)
        if not bodied:
            return None
        return None if self._place_known(nodes, group) else "ORG"

    def _firm_titled_kind(self, nodes: list[NameNode], group: list[int], mentions: Sequence[Mention], kind: str,
                          texts: dict[str, str]) -> str | None:
        """Round 63: a name the vote calls a place, a people or a person that more than half of its
        mentions call a firm or a body in so many words ("property investment fund Kessel", "a
        land's budget airline, Vaal", "Tamsk, the game's developer": ``KindContexts.firm_titled``)
        is the body (ORG): the model types an unknown firm's name by its sound, and one mention is
        often all a story gives it, too few for ``_firm_read_kind`` or ``_firm_read_person_kind``.
        Nothing may read it otherwise: no mention a place's ("in Kessel", "a village near Vaal") or
        a person's ("Mr Vaal", ", who", "he" after it, a given name of the tables opening a written
        form), no name the place table, the countries or the demonyms know, no side nor split sense."""
        if not self._plain_unpeopled(nodes, group):
            return None
        surfaces = {text.strip() for n in group for text in nodes[n].surface}
        if any(self.gender.of_title(text) or (len(words := text.split()) >= 2 and self.gender.is_given_name(words[0]))
               for text in surfaces):
            return None
        indices = [m for n in group for m in nodes[n].mentions]
        titled = 0
        for i in indices:
            mention = mentions[i]
            text = texts.get(mention.doc)
            if text is None or mention.cue == "PERSON" or self._titled_before(mention, texts):
                return None
            if any(read(text, mention.start, mention.end) for read in (
                    self.contexts.place_read, self.contexts.town_read, self.contexts.person_voice)):
                return None  # "in Kessel", "Vaal, who ...": a place's or a person's reading
            titled += self.contexts.firm_titled(text, mention.start, mention.end, kind == "PERSON")
        if 2 * titled <= len(indices):
            return None
        return None if self._place_known(nodes, group) else "ORG"

    def _plain_unpeopled(self, nodes: list[NameNode], group: list[int]) -> bool:
        """No node of the group is a side or a split sense (their kinds are other votes'), and no
        name of it is a country or holds a people's word ("North Kemari", "Danish"): the firm
        votes (``_firm_read_kind``, ``_unplaced_body_kind``, ``_firm_titled_kind``) leave those."""
        return not any(nodes[n].team or nodes[n].sense or self._demonym_worded(nodes[n].key)
                       or nodes[n].key in self.country_keys for n in group)

    def _place_known(self, nodes: list[NameNode], group: list[int]) -> bool:
        """The place table knows a name of the group: a town is read so elsewhere. Asked last by
        the firm votes: most names never get this far, and the table loads on first use."""
        return any(self._place_table().knows_key(nodes[n].key) for n in group)

    def _demonym_worded(self, key: str) -> bool:
        """A word of the name ``key`` is a people's by the demonym table or its spelling ("north
        kemari", "danish": ``_demonym_like``)."""
        return any(self._demonym_like(word) for word in key.replace("-", " ").split())

    def _place_read_kind(self, nodes: list[NameNode], group: list[int], mentions: Sequence[Mention], kind: str,
                         texts: dict[str, str], speaking: frozenset[int], in_sport: frozenset[int]) -> str | None:
        """A name the vote calls a group that the model tags a town in one mention at least, half
        of whose mentions read it as a place ("born in Kessel", "flights to Vaal",
        ``KindContexts.reads_as_place``) and none of which states a body's kind or speaks, is the
        place: the model's ORG follows a town's club, band or council ("Kessel band", "Vaal
        police chief") in the stories that also say "in Kessel". A club named so ("on loan from
        Kessel", "at home to Vaal") takes a club's cue and keeps its kind; in a sports story
        (``in_sport``) only "in Kessel" reads the town, "a move back to Vaal" is a transfer."""
        indices = [m for n in group for m in nodes[n].mentions]
        members = [mentions[m] for m in indices]
        if kind != "ORG" or any(m in speaking for m in indices) or any(m.cue and m.cue != "GPE" for m in members):
            return None
        if not any(m.label == "GPE" for m in members):
            return None
        places = sum(1 for i, m in zip(indices, members) if (text := texts.get(m.doc)) is not None
                     and self.contexts.reads_as_place(text, m.start, m.end)
                     and (i not in in_sport or _IN_BEFORE.search(text, max(0, m.start - 8), m.start)))
        return "GPE" if 2 * places >= len(members) else None

    def _region_read_kind(self, nodes: list[NameNode], group: list[int], mentions: Sequence[Mention],
                          texts: dict[str, str], speaking: frozenset[int]) -> str | None:
        """Round 69: a name the vote calls a place (GPE) that the corpus writes as a region's or a
        natural area's land is land (LOC): REGION_READ_MIN_MENTIONS mentions at least, half of
        them at least read so (``KindContexts.region_read``: "the Kessel region", "the eastern
        region of Vaal", "spread to the Tamsk,"), and none as a polity acting: none speaks, none
        carries a cue, none has a government's word (``polity_read``: "Kessel's government",
        "the president of Vaal"). A country or a state of the data, a place the place table
        knows (its cities, countries, US states), a name with a polity's word ("the Kessel
        Republic": ``polity_name_words``) or a side stays GPE: readers count a region a polity
        only when it governs, and the model calls every area it does not know a GPE."""
        indices = [m for n in group for m in nodes[n].mentions]
        if len(indices) < REGION_READ_MIN_MENTIONS or any(nodes[n].team for n in group):
            return None
        if any(m in speaking or mentions[m].cue for m in indices):
            return None
        regions = 0
        for m in indices:
            text = texts.get(mentions[m].doc)
            if text is None or self.contexts.polity_read(text, mentions[m].start, mentions[m].end):
                return None
            regions += self.contexts.region_read(text, mentions[m].start, mentions[m].end)
        if not regions or 2 * regions < len(indices):
            return None
        return None if any(self._polity_named(nodes[n]) for n in group) else "LOC"

    def _polity_named(self, node: NameNode) -> bool:
        """Round 69: a name that is a state's or a city's whatever its readings: a country or a
        former state of the data, a place of the place table, or a polity's word in it."""
        if node.key in self.state_keys or self._place_table().knows_key(node.key):
            return True
        return any(word in self.contexts.polity_name_words for text in node.surface for word in text.split())

    def _region_kind(self, nodes: list[NameNode], group: list[int], kind: str,
                     in_sport: frozenset[int]) -> str | None:
        """A region or a county of the data (``kind_contexts.yaml``: ``regions``) the vote calls
        a group, a building, a people or a person is the place: the model's ORG follows the
        region's police, council or derby ("Vaalside police", "the Vaalside derby"), and nobody
        else bears the name. A county a sports club is named after (``club_regions``) is the
        place only when fewer than half of its mentions are in sports stories (``in_sport``):
        there the county's name is its club's ("Kessel-shire signed a bowler")."""
        if kind not in ("ORG", "FAC", "NORP", "PERSON") or any(nodes[n].team for n in group):
            return None
        names = {text for n in group for text in nodes[n].surface}
        if names <= self.contexts.regions:
            return "GPE"
        if not names <= self.contexts.club_regions:
            return None
        indices = [m for n in group for m in nodes[n].mentions]
        return "GPE" if 2 * sum(m in in_sport for m in indices) < len(indices) else None

    def _headword_kind(self, nodes: list[NameNode], group: list[int], mentions: Sequence[Mention], kind: str,
                       texts: dict[str, str], in_sport: frozenset[int]) -> str | None:
        """A kind the name's own head word states (``kind_contexts.yaml``, round 34): a
        continent is land, a name with a place's head word ("Vaal province") a place, one with a
        ground's head word ("Stade de Vaal", "Kessel Arena") a venue, whatever the model's
        ORG/PERSON/NORP. Not a side (``team``): "Europe" of a golf cup is its team."""
        if any(nodes[n].team for n in group):
            return None
        names = {text for n in group for text in nodes[n].surface}
        indices = [m for n in group for m in nodes[n].mentions]
        sporty = 2 * sum(m in in_sport for m in indices) >= len(indices)
        if names <= self.contexts.continents:  # held against the later cue votes ("Europe's biggest firm")
            return "LOC" if not sporty else None
        if kind == "OUTLET" and all(self._body_headed(name) for name in names):
            return "ORG"  # round 45: "told the Kessel Select Committee" is no outlet
        if kind not in ("ORG", "PERSON", "NORP", "GPE", "FAC"):
            return None
        if kind != "GPE" and all(self._place_headed(name) for name in names):
            return "GPE"
        if kind != "FAC" and all(self._venue_headed(name, sporty and kind == "ORG") for name in names):
            return "FAC"
        if kind in ("ORG", "PERSON", "FAC"):  # not NORP: "the Kessel province" of a rugby side's people
            followed = sum(1 for m in indices if (text := texts.get(mentions[m].doc)) is not None
                           and self.contexts.place_head_after(text, mentions[m].end))
            if followed and 2 * followed >= len(indices):
                return "GPE"
        return None

    def _body_headed(self, name: str) -> bool:
        """ "Kessel Select Committee", "Vaal Commission": capitalised words and a body's head."""
        words = name.split()
        return len(words) >= 2 and all(w[:1].isupper() for w in words[:-1]) and words[-1] in self.body_heads

    def _place_headed(self, name: str) -> bool:
        """ "Vaal province", "Kessel Vaal Province": capitalised words and a place's head."""
        words = name.split()
        if len(words) < 2 or not all(w[:1].isupper() for w in words[:-1]):
            return False
        return words[-1] in self.contexts.place_heads or words[-1] in self.contexts.place_heads_capital

    def _venue_headed(self, name: str, sport: bool) -> bool:
        """ "Stade de Vaal", "Estadio Kessel", "Vaal Arena"; "Kessel Park" in sport only."""
        words = name.split()
        if len(words) < 2:
            return False
        if any(name.startswith(head + " ") and name[len(head) + 1:][:1].isupper()
               for head in self.contexts.venue_heads_before):
            return True
        if not words[-2][:1].isupper():
            return False
        return words[-1] in self.contexts.venue_heads_after or (sport and words[-1] in self.contexts.venue_heads_after_sport)

    def _venue_kind(self, nodes: list[NameNode], group: list[int], mentions: Sequence[Mention], kind: str,
                    texts: dict[str, str], speaking: frozenset[int], in_sport: frozenset[int]) -> str | None:
        """A name the vote calls a group, VENUE_MIN of whose mentions and half at least are
        written right after "at" in sports stories ("won at Kessel", "the game at Vaal":
        ``KindContexts.at_venue``; round 48: wider readings, ``_read_ground_kind``), none of
        which speaks or states a body's kind, is the ground (FAC): a stadium is named bare,
        where its club is the subject of the story ("Kessel won", "Kessel's striker") and is
        written after "at" only now and then. Not a side (``team``), nor a name the model tags
        a town in half its mentions or the story writes after "in" ("at Vaal" of a race is the
        town's): the vote's GPE or the place reading decides those (round 42: a GPE label in
        fewer mentions no longer vetoes the ground)."""
        if kind != "ORG" or any(nodes[n].team for n in group):
            return None
        indices = [m for n in group for m in nodes[n].mentions]
        members = [mentions[m] for m in indices]
        if len(members) < VENUE_MIN or any(m in speaking for m in indices):
            return None
        club_cued = [m for m in members if m.cue == "ORG" and self._club_worded(m, texts)]
        if any(m.cue and m.cue != "FAC" for m in members if m not in club_cued):
            return None
        # round 42: the model's GPE in a minority of mentions is its guess for a ground named
        # like a town ("at Kessel" twenty times, GPE in ten); a town is written "in Kessel" too,
        # or tagged GPE in most mentions ("the race at Vaal")
        towns = sum(m.label == "GPE" for m in members)
        if 2 * towns >= len(members) or towns and any(
                (text := texts.get(m.doc)) is not None and self.contexts.placed_in(text, m.start) for m in members):
            return None
        grounds = sum(1 for i, m in zip(indices, members) if i in in_sport and (text := texts.get(m.doc)) is not None
                      and self.contexts.at_venue(text, m.start))
        if grounds >= VENUE_AT_MIN and 2 * grounds >= len(members) and not club_cued:
            return "FAC"
        return self._read_ground_kind(indices, members, texts, in_sport)

    def _club_worded(self, mention: Mention, texts: dict[str, str]) -> bool:
        """Round 68: the mention's body cue comes from a club's word after it ("the Kessel Lane
        boss": ``KindContexts.club_read``), the metonymy ``_read_ground_kind`` weighs against
        the ground's readings, not a body's own voice."""
        text = texts.get(mention.doc)
        return text is not None and self.contexts.club_read(text, mention.start, mention.end)

    def _read_ground_kind(self, indices: list[int], members: list[Mention], texts: dict[str, str],
                          in_sport: frozenset[int]) -> str | None:
        """Round 48: the same vote with wider readings of a ground: "at Kessel" in a story the
        sport's words lead (``StoryDomains``: a club's match report has no national side), and a
        ground's part after the name in any story ("the Vaal stands", "outside the club's Tamsk
        ground": ``KindContexts.ground_part_after``). A name one mention of which stands for its
        club ("his career at Kessel", "the Vaal outfit": ``KindContexts.club_read``) keeps the
        vote's kind: the ground's name is then the club's as often as the ground's — unless the
        ground reading is clear (round 68, ``_ground_outreads_club``)."""
        grounds = clubs = parts = 0
        for i, m in zip(indices, members):
            text = texts.get(m.doc)
            if text is None:
                return None
            if self.contexts.club_read(text, m.start, m.end):
                clubs += 1
                continue
            sport = i in in_sport or SPORT_DOMAIN in self.domains.leading_of_doc(m.doc, texts)
            part = self.contexts.ground_part_after(text, m.start, m.end)
            parts += part
            grounds += bool((sport and self.contexts.at_venue(text, m.start)) or part)
        if grounds < VENUE_AT_MIN or 2 * grounds < len(members):
            return None
        return "FAC" if not clubs or _ground_outreads_club(grounds, clubs, parts) else None

    def _qualified_place_kind(self, nodes: list[NameNode], group: list[int], mentions: Sequence[Mention], kind: str,
                              texts: dict[str, str], speaking: frozenset[int], places: dict[str, str]) -> str | None:
        """Round 36: a one-word name the vote calls a group or a person, half of whose mentions
        at least are written with the larger place they lie in ("from Kessel, Vaalshire", "in
        Kessel, Tamsk", "the Kessel, Tamsk-based firm": ``KindContexts.place_qualifier``), the
        larger place a country or a name the model tags a place in the corpus, is that town
        (GPE): the model's ORG follows a town named for its club or its firm. No mention may
        speak, be written right after "at" (a ground: "the game at Kessel") or state another
        kind than a place's, but the qualified mention's own: "the Kessel, Tamsk-based firm" cues
        the firm (the vote's GPE is kept against that cue)."""
        if kind not in ("ORG", "PERSON", "GPE") or any(nodes[n].team for n in group):
            return None
        if any(" " in text.strip() for n in group for text in nodes[n].surface):
            return None  # "Kessel College, Vaal": a body in its town
        indices = [m for n in group for m in nodes[n].mentions]
        if any(m in speaking for m in indices):
            return None
        qualified = 0
        for m in (mentions[i] for i in indices):
            text = texts.get(m.doc)
            if text is None or self.contexts.at_venue(text, m.start):
                return None
            larger = self.contexts.place_qualifier(text, m.start, m.end)
            key = name_key(larger) if larger else ""
            if key and key != m.key and (key in self.country_keys or key in places or larger in self.contexts.regions
                                         or larger in self.contexts.club_regions):
                qualified += 1
            elif m.cue and m.cue != "GPE":
                return None
        return "GPE" if qualified and 2 * qualified >= len(indices) else None

    def _seat_kind(self, nodes: list[NameNode], group: list[int], mentions: Sequence[Mention], kind: str,
                   texts: dict[str, str], speaking: frozenset[int]) -> str | None:
        """Round 37: a name the vote calls a group or a person, one mention of which at least
        closes a seat's phrase ("the MP for Kessel", "the MP for Vaal and Kessel", "the
        constituency now known as Kessel": ``KindContexts.seat_phrase``) and half of which at
        least are so written or read as a place ("in Kessel"), is the constituency: a place
        (GPE). The model's ORG follows the seat's party and council, its PERSON the member
        named beside it. Not a party's name (the alias data: "candidate for Labour"), a side,
        a titled name, a full person's name ("Ann Vaal"), nor a name that speaks outside a
        seat's phrase or that a mention states another kind of (but a place's)."""
        if kind not in ("ORG", "PERSON") or any(nodes[n].team for n in group):
            return None
        names = {text.strip() for n in group for text in nodes[n].surface}
        if any(name.lower() in self.contexts.party_names or self.gender.of_title(name)
               or self.gender.is_given_name(name.split()[0].lower()) for name in names):
            return None
        indices = [m for n in group for m in nodes[n].mentions]
        seats = places = 0
        for i in indices:
            m = mentions[i]
            text = texts.get(m.doc)
            if text is None or (m.cue and m.cue != "GPE"):
                return None
            if self.contexts.seat_phrase(text, m.start):
                seats += 1  # "the MP for Kessel said": the member speaks, not the seat
            elif i in speaking:
                return None
            elif self.contexts.reads_as_place(text, m.start, m.end):
                places += 1
        return "GPE" if seats and 2 * (seats + places) >= len(indices) else None

    def _sited_place_kind(self, nodes: list[NameNode], group: list[int], mentions: Sequence[Mention], kind: str,
                          texts: dict[str, str], speaking: frozenset[int]) -> str | None:
        """Round 37: a one-word name the vote calls a group or a person, half of whose mentions
        at least follow a site's noun and "in" ("a factory in Kessel", "slums in Vaal", "a
        concert in Tamsk": ``KindContexts.sited``), is a place (GPE): the model's ORG is its guess
        for a town it does not know, and no GPE label of its own lets ``_place_read_kind`` read
        it. Not a side; no mention may speak, state another kind than a place's, or carry a
        body's voice ("Kessel shares", "Vaal, which")."""
        if kind not in ("ORG", "PERSON") or any(nodes[n].team for n in group):
            return None
        if any(" " in text.strip() for n in group for text in nodes[n].surface):
            return None  # "Kessel Publications": a body's name
        indices = [m for n in group for m in nodes[n].mentions]
        if any(m in speaking for m in indices):
            return None
        sited = 0
        for m in (mentions[i] for i in indices):
            text = texts.get(m.doc)
            if text is None or (m.cue and m.cue != "GPE") or self.contexts.body_voice(text, m.start, m.end):
                return None
            # round 50: "the residents of Kessel" reads the place as "a factory in Kessel" does
            sited += self.contexts.sited(text, m.start) or self.contexts.peopled(text, m.start, m.end)
        return "GPE" if sited and 2 * sited >= len(indices) else None

    def _bare_one_word(self, group: list[int], nodes: list[NameNode]) -> bool:
        """Every spelling of the group is one word with no title and no given name: a name that
        could be a small town's (the town rules' shared gate)."""
        names = {text.strip() for n in group for text in nodes[n].surface}
        return not any(" " in name or self.gender.of_title(name) or self.gender.is_given_name(name.lower())
                       for name in names)

    def _placed_person_kind(self, nodes: list[NameNode], group: list[int], mentions: Sequence[Mention], kind: str,
                            texts: dict[str, str], speaking: frozenset[int]) -> str | None:
        """Round 44: a one-word name the vote calls a person, half of whose mentions at least
        stand where a town does and a person cannot ("4.8 metres in Kessel", "her native Vaal":
        ``KindContexts.person_placed``), is the town (GPE): the model's PERSON is its guess for a
        small town it does not know. Not a side, a titled name or a given name ("in Ann"); no
        mention may speak, state another kind than a place's or be apposed as a person is
        ("Kessel, who", "Vaal, 31,")."""
        if kind != "PERSON" or any(nodes[n].team for n in group):
            return None
        if not self._bare_one_word(group, nodes):
            return None
        indices = [m for n in group for m in nodes[n].mentions]
        placed = self._town_reads(indices, mentions, texts, speaking,
                                  lambda text, m, i: self.contexts.person_placed(text, m.start, m.end))
        return "GPE" if placed and 2 * placed >= len(indices) else None

    def _town_reads(self, indices: list[int], mentions: Sequence[Mention], texts: dict[str, str],
                    speaking: frozenset[int], reads_as_town) -> int | None:
        """How many of the mentions ``reads_as_town(text, mention, index)`` finds where a town
        stands; None as soon as one speaks, states another kind than a place's or is apposed as
        a person is ("Kessel, who", "Vaal, 31,"): the town votes' shared veto."""
        placed = 0
        for i in indices:
            m = mentions[i]
            text = texts.get(m.doc)
            if text is None or i in speaking or (m.cue and m.cue != "GPE") or self.contexts.person_apposed(text, m.end):
                return None
            placed += reads_as_town(text, m, i)
        return placed

    def _unsplit_town_kind(self, nodes: list[NameNode], group: list[int], mentions: Sequence[Mention], kind: str,
                           texts: dict[str, str], speaking: frozenset[int]) -> str | None:
        """Round 51: one actor holding a town and its club because the sense split found too few
        club readings to part them (``MIN_CLUB_CUES``): the one-word name the place table knows,
        voted a group (ORG) from the model's labels of "the Kessel band", takes the kind of its
        larger sense. With at least one club reading in a sports report ("at home to Kessel": the
        actor does hold the club) and town readings in half its mentions at least
        (``NameSenses.unsplit_reads``), it is the town (GPE); the club's few mentions stay in it,
        as a mention no words decide stays with the larger sense. Not a country (its sides are
        apart), a side, a node the split did part, nor a name a mention of which speaks, unless
        that mention follows "in" ("a lecturer in Kessel said": the parse's misread)."""
        if kind != "ORG" or any(nodes[n].team or nodes[n].sense for n in group):
            return None
        names = {text.strip() for n in group for text in nodes[n].surface}
        if any(" " in name or name_key(name) in self.country_keys for name in names):
            return None
        indices = [m for n in group for m in nodes[n].mentions]
        town, club = self.name_senses.unsplit_reads(mentions, indices, texts)
        if not 0 < club < MIN_CLUB_CUES or 2 * len(town) < len(indices):
            return None
        # "a lecturer at a college in Kessel said": the parse's speaker, but a name after "in" is no voice
        if any(i in speaking and not self.name_senses.after_place_preposition(texts.get(mentions[i].doc, ""),
                                                                               mentions[i].start) for i in indices):
            return None
        places = self._place_table()  # asked last: most names never get this far
        return "GPE" if all(name in places for name in names) else None

    def _sport_club_kind(self, nodes: list[NameNode], group: list[int], mentions: Sequence[Mention], kind: str,
                         texts: dict[str, str]) -> str | None:
        """Round 60: a name the vote calls a place (GPE) whose every mention stands in a sports
        report, none read as the town and enough read as a club ("a clash with Kessel", "Kessel
        manager", "Vaal 2-1 Kessel": ``NameSenses.sport_club``) is the club (ORG): the model's GPE
        follows the town a club is named after, and a name the corpus never uses outside sport
        has no town to keep apart (the sense split needs one). Not a country or a continent (their
        sides are apart: ``node.team``), a side, nor the town (the people) the split parted off; the
        club's sense the split keeps is taken when ``_sense_kind`` found too few of its mentions
        carry the split's own club words ("a clash with Kessel" is no split cue). Round 62: a name
        neither the place table nor the corpus's surnames know needs one club reading only
        (``_placed_or_surname``)."""
        if kind != "GPE" or any(nodes[n].team or nodes[n].sense not in (None, "", CLUB) for n in group):
            return None
        names = {text.strip() for n in group for text in nodes[n].surface}
        if any(name_key(name) in self.land_keys for name in names):
            return None
        indices = [m for n in group for m in nodes[n].mentions]
        if self.name_senses.sport_club(mentions, indices, texts):
            return "ORG"
        # the place table is asked last, for the few names one club reading may decide
        if (self.name_senses.sport_club(mentions, indices, texts, placed=False)
                and not self._placed_or_surname(nodes, group, names, mentions)):
            return "ORG"
        return None

    def _placed_or_surname(self, nodes: list[NameNode], group: list[int], names: set[str],
                           mentions: Sequence[Mention]) -> bool:
        """Round 62: whether a club-or-town name keeps round 60's two club readings: the place
        table knows one of its names (a real town the model's GPE may be right about), or a one-word
        name ends a person's full name anywhere in the corpus (``_ends_person_name``: "beating
        Kessel" of the runner Ann Kessel). Otherwise one club reading decides (``NameSenses.sport_club``).
        Asked for the few names that reach it, so the scan of the mentions is no cost."""
        if any(name in self._place_table() for name in names):
            return True
        keys = {nodes[n].key for n in group if " " not in nodes[n].key}
        return any(self._ends_person_name(m, keys) for m in mentions)

    def _ends_person_name(self, mention: Mention, keys: set[str]) -> bool:
        """A full name ending in one of ``keys`` that is a person's: labelled so, or led by a given
        name (``name_gender.yaml``), whatever the model's label ("Ann Kessel" read as a place)."""
        words = mention.text.split()
        if len(words) < 2 or mention.key.rsplit(" ", 1)[-1] not in keys:
            return False
        return mention.label == "PERSON" or self.name_senses.given_name(words[0])

    def _tabled_city_kind(self, nodes: list[NameNode], group: list[int], mentions: Sequence[Mention], kind: str,
                          texts: dict[str, str], speaking: frozenset[int], in_sport: frozenset[int]) -> str | None:
        """Round 49: a name the vote calls a person or a land (LOC) that the place table knows as
        a town (``resolve/places.py``), half of whose mentions at least stand where a town does
        ("a camp in Kessel", "two men from Vaal": ``KindContexts.city_placed``), is the town (GPE):
        the model's PERSON is its guess for a town it does not know, its LOC a city's it takes for
        a region. The table is what lets a name of two words or one the model never tags a place
        move, which ``_placed_person_kind`` leaves. Not a side, a continent, a titled name or a
        person's given name ("from Ann Vaal"); no mention may speak, state another kind than a
        place's or be apposed as a person is ("Kessel, who")."""
        if kind not in ("PERSON", "LOC") or any(nodes[n].team for n in group):
            return None
        names = {text.strip() for n in group for text in nodes[n].surface}
        if any(name in self.contexts.continents or self.gender.of_title(name)
               or (kind == "PERSON" and self.gender.is_given_name(name.split()[0].lower())) for name in names):
            return None
        indices = [m for n in group for m in nodes[n].mentions]
        placed = self._town_reads(indices, mentions, texts, speaking,
                                  lambda text, m, i: self.contexts.city_placed(text, m.start, m.end, i in in_sport))
        if not placed or 2 * placed < len(indices):
            return None
        places = self._place_table()  # asked last: most names never get this far
        return "GPE" if all(name in places for name in names) else None

    def _listed_place_kind(self, nodes: list[NameNode], group: list[int], mentions: Sequence[Mention], kind: str,
                           texts: dict[str, str], speaking: frozenset[int], in_sport: frozenset[int],
                           mention_at: dict[tuple[str, int], Mention]) -> str | None:
        """Round 50: a one-word name the vote calls a person or a group, half of whose mentions at
        least stand in a comma list of places outside sports stories ("visits Kessel, Vaal, Tamsk
        and Brevik"; ``_place_listed``), is a place (GPE): the model's PERSON or ORG is its guess
        for a town it does not know, written where nothing but its neighbours reads it. Not a
        name of more words ("the Kessel and Vaal Marathons", "Kessel Park Rangers"), a side, a
        titled name or a given name; no mention may speak, state another kind than a place's or
        be apposed as a person is (``_town_reads``)."""
        if kind not in ("PERSON", "ORG") or any(nodes[n].team for n in group):
            return None
        if not self._bare_one_word(group, nodes):
            return None
        indices = [m for n in group for m in nodes[n].mentions]
        listed = self._town_reads(indices, mentions, texts, speaking,
                                  lambda text, m, i: (i not in in_sport
                                                      and SPORT_DOMAIN not in self.domains.leading_of_doc(m.doc, texts)
                                                      and self._place_listed(text, m, mention_at)))
        return "GPE" if listed and 2 * listed >= len(indices) else None

    def _tabled_town_org_kind(self, nodes: list[NameNode], group: list[int], mentions: Sequence[Mention], kind: str,
                              texts: dict[str, str], speaking: frozenset[int], in_sport: frozenset[int],
                              mention_at: dict[tuple[str, int], Mention]) -> str | None:
        """Round 55: a name the vote calls a group (ORG) that the place table knows as a town, half
        of whose mentions at least read the town as the sense split reads one ("a concert in
        Kessel", "flights to Vaal", "born in Tamsk": ``_org_town_read``), one of them at least
        where nothing but a place stands ("sermons in Kessel.", "the Vaal-born actor", "Kessel,
        Vaal and Tamsk" of a list of towns: ``_org_town_read`` with ``strong``; "listen to Vaal",
        "added to Kessel" are a composer's and a program's too), and none of which reads a club,
        a firm or a body ("at home to Kessel", "Vaal shares", "Kessel, which":
        ``_club_or_firm_read``), is the town (GPE): the model's ORG is its guess for a town it
        does not know. The last word of a two-word town the model cut ("Kessel" of "Port
        Kessel") is known when the table holds the whole (``_cut_town``). A town's club named by
        the bare town keeps ORG: it has a club's words, or sports reports name it where only a
        venue's "in Kessel" reads the town, so its readings stay below half. Not a country, a
        continent, a people's word, a side, a split sense, a titled name or one opened by a given
        name; no mention may speak, state another kind than a place's or be apposed as a person
        is (``_town_reads``)."""
        if kind != "ORG" or any(nodes[n].team or nodes[n].sense for n in group):
            return None
        names = {text.strip() for n in group for text in nodes[n].surface}
        if any(name_key(name) in self.country_keys or name in self.contexts.continents or self.gender.of_title(name)
               or self.gender.is_given_name(name.split()[0].lower()) or self._demonym_worded(name_key(name))
               for name in names):
            return None
        indices = [m for n in group for m in nodes[n].mentions]
        if any((text := texts.get(mentions[i].doc)) is None or self._club_or_firm_read(text, mentions[i])
               for i in indices):
            return None

        def reads(strong: bool) -> int | None:
            return self._town_reads(indices, mentions, texts, speaking, lambda text, m, i: self._org_town_read(
                text, m, self._sport_mention(m, i, in_sport, texts), mention_at, strong))

        towns = reads(False)
        if not towns or 2 * towns < len(indices) or not reads(True):
            return None
        places = self._place_table()  # asked last: most names never get this far
        known = all(name in places for name in names) or all(self._cut_town(texts[mentions[i].doc], mentions[i])
                                                               for i in indices)
        return "GPE" if known else None

    def _club_or_firm_read(self, text: str, mention: Mention) -> bool:
        """A club's, a firm's or a body's words around the mention: "at home to Kessel", "his
        spell at Vaal", "the Tamsk bench" (``NameSenses.club_read``, ``KindContexts.club_read``),
        "Kessel shares", "rivals to Vaal", "an analyst at Tamsk" (``KindContexts.firm_read``),
        "Kessel, which", "a spokesman for Vaal" (``KindContexts.body_voice``). A town has none."""
        start, end = mention.start, mention.end
        return (self.name_senses.club_read(text, start, end) or self.contexts.club_read(text, start, end)
                or self.contexts.firm_read(text, start, end) or self.contexts.body_voice(text, start, end))

    def _sport_mention(self, mention: Mention, index: int, in_sport: frozenset[int], texts: dict[str, str]) -> bool:
        """The mention is in a sports report: a story that names a side, or whose leading domain is sport."""
        return index in in_sport or SPORT_DOMAIN in self.domains.leading_of_doc(mention.doc, texts)

    def _org_town_read(self, text: str, mention: Mention, sport: bool,
                       mention_at: dict[tuple[str, int], Mention], strong: bool) -> bool:
        """The mention reads a town: a town's suffix glued to it in any story ("the Kessel-born
        coach": ``town_suffixes_after``), the whole of a two-word town the table knows
        (``_cut_town``), or the sense split's reading (``NameSenses.place_read``: the name heads
        its phrase, no "the" before it, no possessive; in a sports report only a venue's "in
        Kessel" closing its phrase). Outside sports reports also a site's or its people's words
        ("a factory in Kessel", "the residents of Vaal") and a comma list of known places
        (``_place_listed``). ``strong``: only where nothing but a place stands, so not the split's
        bare "to", "from", "into", "visit" (``place_readings_before``: "listen to Kessel", "a
        letter from Vaal" are a composer's and a writer's too)."""
        start, end = mention.start, mention.end
        if self.contexts.town_suffix_after(text, end) or self._cut_town(text, mention):
            return True
        if sport:
            return self.name_senses.place_read(text, start, end, True)
        if not self.name_senses.place_read(text, start, end, self.name_senses.sport_sentence(text, start, end)):
            return (self.contexts.sited(text, start) or self.contexts.peopled(text, start, end)
                    or self._place_listed(text, mention, mention_at))
        return not strong or self.name_senses.after_place_preposition(text, start) or bool(
            self.contexts.place_before.search(text, max(0, start - 40), start))

    def _cut_town(self, text: str, mention: Mention) -> bool:
        """The one-word mention is the last word of a two-word town the model cut ("Port [Kessel]",
        "in Newton [Vaal]"): the capitalised word right before it and the mention together are a
        town the place table knows, the mention alone is not. Not after a title ("Mr Kessel")."""
        before = _CAPITAL_WORD_BEFORE.search(text, max(0, mention.start - 24), mention.start)
        name = mention.text.strip()
        if before is None or " " in name or self.gender.of_title(f"{before.group(1)} {name}"):
            return False
        places = self._place_table()
        return f"{before.group(1)} {name}" in places and name not in places

    def _place_listed(self, text: str, mention: Mention, mention_at: dict[tuple[str, int], Mention]) -> bool:
        """The mention stands in a comma list of two other names at least, every one of which is a
        name the place table or the region data knows as a place, and half of which at least the
        model tags a place there ("Kessel, Vaal and Tamsk"): its labels of a list's towns are
        noisy (a town of such a list is its PERSON or ORG now and then), but a list of persons
        or of firms has most names of their kinds, or names the table does not know."""
        spans = self.contexts.listed_with(text, mention.start, mention.end)
        if len(spans) < _LISTED_PLACES_MIN:
            return False
        others = [mention_at.get((mention.doc, start)) for start, _ in spans]
        if any(other is None or other.end != end or not self._known_place(other.text.strip())
               for other, (_, end) in zip(others, spans)):
            return False
        return 2 * sum(other.label == "GPE" for other in others) >= len(others)

    def _known_place(self, name: str) -> bool:
        """A country, a region or county of the data, or a place the place table knows."""
        return (name in self.contexts.regions or name in self.contexts.club_regions
                or name_key(name) in self.country_keys or name in self._place_table())

    def _river_kind(self, nodes: list[NameNode], group: list[int], mentions: Sequence[Mention], kind: str,
                    texts: dict[str, str], speaking: frozenset[int]) -> str | None:
        """Round 37: a river is land (LOC), whatever the model's group, building or town: a
        name headed by a river's word ("River Kessel", "Vaal River": ``river_heads``) written
        with "the" once at least ("the River Kessel"; a shop chain "River Vaal" is written
        bare), or a name half of whose mentions are written "the Kessel river". Not a side, nor
        a name that speaks or that a mention states a body's or a person's kind of."""
        if kind in ("LOC", "OUTLET") or any(nodes[n].team for n in group):
            return None
        indices = [m for n in group for m in nodes[n].mentions]
        members = [mentions[m] for m in indices]
        if any(m in speaking for m in indices) or any(m.cue in ("ORG", "PERSON", "OUTLET") for m in members):
            return None
        names = {text.strip() for n in group for text in nodes[n].surface}
        headed = all(self._river_headed(name) for name in names)
        written = 0
        for m in members:
            text = texts.get(m.doc)
            if text is None:
                return None
            if headed and _THE_BEFORE.search(text, max(0, m.start - 5), m.start):
                return "LOC"
            written += self.contexts.river_after_name(text, m.start, m.end)
        return "LOC" if written and 2 * written >= len(members) else None

    def _river_headed(self, name: str) -> bool:
        """ "River Kessel", "Vaal River": a river's head word and capitalised words."""
        words = name.split()
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            return False
        return words[0] in self.contexts.river_heads or words[-1] in self.contexts.river_heads

    def _report_maker_kind(self, nodes: list[NameNode], group: list[int], mentions: Sequence[Mention], kind: str,
                           texts: dict[str, str], speaking: frozenset[int]) -> str | None:
        """Round 37: a one-word name the vote calls a group, every mention of which modifies a
        report's noun ("the Kessel report", "the Kessel reforms": ``KindContexts.maker_work``),
        and which the model calls a person as often as a group, is the person who led the
        inquiry (PERSON): the words are a body's and a person's alike, so the model's PERSON,
        which a lone word's weight discounts, decides. No mention speaks or is cued."""
        if kind != "ORG" or any(nodes[n].team for n in group):
            return None
        if any(" " in text.strip() for n in group for text in nodes[n].surface):
            return None
        indices = [m for n in group for m in nodes[n].mentions]
        members = [mentions[m] for m in indices]
        if any(m in speaking for m in indices) or any(m.cue for m in members):
            return None
        if not all((text := texts.get(m.doc)) is not None and self.contexts.maker_work(text, m.start, m.end)
                   for m in members):
            return None
        labels = Counter(m.label for m in members)
        return "PERSON" if labels["PERSON"] and labels["PERSON"] >= labels["ORG"] else None

    @staticmethod
    def _cue_seconds_model(members: Sequence[Mention], cue: str, kind: str) -> bool:
        """The model gave the cued kind to as many mentions as the kind the vote chose, which
        won by weights (a lone word's PERSON counts for less) or by priority: "R&B singer Kessel"
        is a person when the model calls the other "Kessel"s a person as often as a group. The
        sentence breaks the tie between the model's own labels; a cue alone does not decide."""
        labels = Counter(m.label for m in members)
        return labels[cue] >= max(labels[kind], 1) and labels[cue] * 2 >= len(members) - labels[cue]

    def _surname_spelt_kind(self, nodes: list[NameNode], members: list[int], kind: str) -> str:
        """A lone word spelt like a Gaelic or Norman surname ("McKessel") that the model calls a
        people or a place is a person; a group keeps its label ("McVaal" may be the founder's firm)."""
        if kind not in ("NORP", "GPE", "LOC"):
            return kind
        if all(len(nodes[n].words) == 1 and self.surname_spelling.fullmatch(nodes[n].text) for n in members):
            return "PERSON"
        return kind

    def _listed_demonym(self, nodes: list[NameNode], members: list[int], kind: str) -> str | None:
        """A people the demonym table names ("Kemari", "Kemaris") that ``_demonym_kind`` found
        beside its place stays a people: the model's ORG labels and one parsed cue ("the Kemari
        are favourites", of the country's side) do not outvote the table."""
        if kind == "NORP" and all(nodes[n].key.removesuffix("s") in self.variants.demonyms
                                  or nodes[n].key in self.variants.demonyms for n in members):
            return "NORP"
        return None

    def _compass_country(self, nodes: list[NameNode], members: list[int]) -> str | None:
        """A country's name whose compass word is cut to its initial ("S Kemaria" for "South
        Kemaria", as headlines and team sheets write it) is the state, whatever the model's label
        (it reads "S" as a person's initial)."""
        for n in members:
            words = nodes[n].text.split()
            if len(words) < 2 or words[0].rstrip(".") not in _COMPASS_WORDS:
                return None
            rest = " ".join(words[1:])
            if not any(name_key(f"{w} {rest}") in self.country_keys for w in _COMPASS_WORDS[words[0].rstrip(".")]):
                return None
        return "GPE"

    def _role_clusters(self, nodes: list[NameNode], groups: list[list[int]]) -> set[int]:
        """Actors named only by a noun of a role many people hold, singular or plural ("MEP",
        "MPs", "Directors" opening a sentence): a title, no one's name, so no actor. A title
        the corpus uses for one person ("the Cardinal", "the Queen") is no role noun here."""
        return {i for i, members in enumerate(groups)
                if all(self._role_noun(nodes[n].key) for n in members)}

    def _role_noun(self, key: str) -> bool:
        return " " not in key and (key in self.role_nouns or (key.endswith("s") and key[:-1] in self.role_nouns))

    def _untagged_kind(self, nodes: list[NameNode], members: list[int],
                       mentions: Sequence[Mention] = ()) -> str | None:
        """The kind of an actor only the events stage names (UNTAGGED_LABEL: a capitalized word
        in an actor's position the model tagged nothing), when its sentences or its name show
        one: the one kind its mentions' cues state, however few ("rebel leader Kessel", "Arnor's
        troops": the events stage reads those off the parse; too few to outvote a label in
        ``_cued_kind``, but here no label competes); a title or a given name opening it ("Lord
        Kessel", "Arjen Vaal", "Boss Arjen Vaal") is a person, a country's name the state.
        Anything else (a sentence's first word "Officers", an office "MP", a product) is no
        actor the corpus can type: None, and it leaves the graph (the alias data typed it
        before this)."""
        cues = {m.cue for m in mentions if m.cue}
        if len(cues) == 1:
            return cues.pop()
        for n in members:
            words = nodes[n].text.split()
            if len(words) >= 2 and words[1][:1].isupper() and (
                    words[0].rstrip(".") in self.titles or self.gender.of_title(nodes[n].text)
                    or (len(words) <= 3 and self.gender.is_given_name(words[0]))
                    or (len(words) == 3 and words[0].lower() in self.role_nouns
                        and self.gender.is_given_name(words[1]))):  # a role noun opening a sentence
                return "PERSON"
        if all(nodes[n].key in self.country_keys for n in members):
            return "GPE"
        if all(nodes[n].text in self.titles for n in members):
            return "PERSON"  # "asked the Queen": the one person the story names by the title
        return None

    def _data_kind(self, nodes: list[NameNode], members: list[int]) -> str | None:
        """The kind the alias data gives the actor ("Conservative Party": ORG, not NORP)."""
        kinds = {self.aliases.kinds[c] for n in members if (c := nodes[n].canonical) in self.aliases.kinds}
        return min(kinds) if len(kinds) == 1 else None

    def _preferred_names(self, nodes: list[NameNode], members: list[int]) -> set[str]:
        """Names to show the actor under: its alias-table canonical name, if it occurs."""
        return {nodes[n].text for n in members if nodes[n].canonical == nodes[n].key}

    def _explain(self, actors, groups, cluster_of, clusters: Clusters, nodes, mentions) -> None:
        for merge in clusters.merges:
            actor = actors[cluster_of[merge.a]]
            evidence = merge.evidence or _first_evidence(nodes[merge.b], mentions)
            actor.merges.append({
                "a": nodes[merge.a].text, "b": nodes[merge.b].text, "rule": merge.rule,
                "detail": merge.detail,
                "evidence": {"doc": evidence[0], "start": evidence[1], "end": evidence[2]},
            })
        kept: set[tuple[str, str, str, str]] = set()  # (actor, other, rule, reason): a list scan per refusal grew with the actor
        for merge, reason in clusters.refused:
            first, second = actors[cluster_of[merge.a]], actors[cluster_of[merge.b]]
            if first is second:
                continue
            for actor, other in ((first, second), (second, first)):
                if (actor.id, other.id, merge.rule, reason) not in kept:
                    kept.add((actor.id, other.id, merge.rule, reason))
                    actor.kept_apart.append({"actor": other.id, "name": other.name, "rule": merge.rule,
                                             "reason": reason})
        for n, node in enumerate(nodes):
            self._explain_in_document(actors[cluster_of[n]], node, mentions)

    def _explain_in_document(self, actor: Actor, node: NameNode, mentions) -> None:
        """The short forms the mention stage gave a full name inside one document ("Mr Blair"
        -> "Tony Blair"): one merge record per short spelling, with its first mention."""
        texts: set[str] = set()
        keys: set[str] = set()
        for m in node.shorts:  # (``_nodes`` listed them: no re-scan of every mention of every node)
            mention = mentions[m]
            if mention.text == mention.full_name or mention.text in texts:
                continue  # the full name itself: nothing was linked (and name_key is not free)
            texts.add(mention.text)
            short = name_key(mention.text, self.titles)
            if short == node.key or short in keys:
                continue
            keys.add(short)
            actor.merges.append({
                "a": mention.full_name, "b": mention.text, "rule": "in-document",
                "detail": f"'{mention.text}' stands for '{mention.full_name}', the most recent name "
                          "that fits in the same document",
                "evidence": {"doc": mention.doc, "start": mention.start, "end": mention.end},
            })


def _person_initials(nodes: list[NameNode], mentions: Sequence[Mention]) -> dict[str, dict[str, int]]:
    """Round 40: per document, the initials of the full person names of two words at least
    that no other full name of the document shares (a body's name spelling the same letters
    makes them the body's: "Kessel Vaal Holdings" and "KVH"), each with the offset where the
    story first names the person."""
    persons: dict[str, dict[str, int]] = defaultdict(dict)
    others: dict[str, set[str]] = defaultdict(set)
    for node in nodes:
        text = node.text
        if len(text.split()) < 2 or node.acronym:
            continue
        letters = initials(text)  # "Ann Kessel-Vaal": "AKV"
        if len(letters) < 2:
            continue
        if node.family != "person" or not node.labels.get("PERSON", 0):
            for doc in node.docs:
                others[doc].add(letters)
            continue
        for m in (mentions[i] for i in node.mentions):
            named = persons[m.doc]
            named[letters] = min(named.get(letters, m.start), m.start)
    return {doc: {letters: start for letters, start in named.items() if letters not in others.get(doc, ())}
            for doc, named in persons.items()}


def _person_surnames(nodes: list[NameNode]) -> frozenset[str]:
    """The last word of each full person name among the nodes ("kessel" of "jo kessel")."""
    return frozenset(words[-1] for node in nodes
                     if node.family == "person" and len(words := node.key.split()) >= 2)


def _determined_keys(mentions: Sequence[Mention], texts: dict[str, str]) -> set[str]:
    """Keys of names some story writes after "the" ("the Hague", "the West"): no one's name."""
    found: set[str] = set()
    for m in mentions:
        text = texts.get(m.doc)
        if text and m.start >= 4 and text[m.start - 4:m.start].lower() == "the ":
            found.add(m.key)
    return found


class _NamedSpans:
    """Whether a mention covers a character offset of a document (for ``glued``)."""

    def __init__(self, mentions: Sequence[Mention]):
        self.spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for m in mentions:
            self.spans[m.doc].append((m.start, m.end))
        self.starts: dict[str, list[int]] = {}
        for doc, spans in self.spans.items():
            spans.sort()
            self.starts[doc] = [start for start, _ in spans]

    def __call__(self, doc: str):
        spans, starts = self.spans.get(doc, []), self.starts.get(doc, [])

        def covered(offset: int) -> bool:
            i = bisect_right(starts, offset) - 1
            return i >= 0 and spans[i][0] <= offset < spans[i][1]
        return covered


def _common_phrase_each(key: str, ms: list[Mention], texts: dict[str, str]) -> bool:
    """Round 69: a lone word capitalized only because it opens every sentence it is in, each time
    with a lower-case word after it that the corpus also writes as one phrase in lower case
    ("Digital music ..." beside "digital music", "Foster carers" beside "foster carers"): the
    common word's phrase, no name. A name opening its sentences has its own words after it ("Kessel
    said", "Kessel shares"), which no text writes with a lower-case "kessel". The caller asks the
    corpus to write the word itself in lower case LOWER_MIN times at least."""
    phrases: set[str] = set()
    for m in ms:
        after = word_after(texts.get(m.doc, ""), m.end)
        if after is None:
            return False
        phrases.add(f"{key} {after}")
    return all(written_in_lower_case(phrase, texts.values()) for phrase in phrases)


def _longer_names(mentions: Sequence[Mention], words: set[str]) -> dict[str, list[str]]:
    """For each of ``words`` (name keys of lone words), the names of several words the corpus's
    mentions write that hold it as a word (at most MAX_SHORT_FORM_BLOCK: a common word is in
    too many names to tell anything)."""
    found: dict[str, set[str]] = defaultdict(set)
    if not words:
        return {}
    for mention in mentions:
        if " " not in mention.text:
            continue
        for word in mention.text.split():
            if word.lower() in words:
                found[word.lower()].add(mention.text)
    return {w: sorted(names) for w, names in found.items() if len(names) <= MAX_SHORT_FORM_BLOCK}


def _opens_with(full_name: str, word: str) -> bool:
    """Is ``word`` the first of several words of ``full_name`` ("Peru" of "Peru Textiles")?"""
    full = full_name.split()
    return len(full) > 1 and full[0].lower() == word


def _names_by_doc(mentions: Sequence[Mention]) -> tuple[dict[str, set[str]], Counter]:
    """Each document's person and group keys, and each key's number of documents."""
    names_in: dict[str, set[str]] = defaultdict(set)
    key_docs: Counter = Counter()
    for mention in mentions:
        if mention.label in ("PERSON", "ORG"):
            if mention.doc not in names_in or mention.key not in names_in[mention.doc]:
                key_docs[mention.key] += 1
            names_in[mention.doc].add(mention.key)
    return names_in, key_docs


def _meet_among(docs: list[str], names_of) -> bool:
    """Does every document of ``docs`` name a same person or group as another of them?"""
    named = [names_of(doc) for doc in docs]
    return all(any(named[i] & named[j] for j in range(len(docs)) if j != i) for i in range(len(docs)))


def _sentence_at(text: str, start: int, end: int) -> str:
    """The sentence (or headline line) around a span: from the last full stop or line break
    before it to the next one after it."""
    before = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    ends = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return text[before + 1:min(ends) if ends else len(text)]


def _inside_name(text: str, start: int, end: int, names: Iterable[str]) -> str:
    """The longer name written right there in the text that holds the mention's words as
    one of its words, or ""."""
    word = text[start:end]
    for name in names:
        if len(name) <= len(word):
            continue  # the mention's own name ("Dr Kessel" of the key "kessel") is no longer one
        at = name.find(word)
        while at >= 0:
            begin = start - at
            if begin >= 0 and text[begin:begin + len(name)] == name:
                return name
            at = name.find(word, at + 1)
    return ""


def _drop_affiliations(actors: list[Actor], dropped: set[str]) -> None:
    """No affiliation points at an actor that left the graph."""
    for actor in actors:
        if actor.affiliations:
            actor.affiliations = [f for f in actor.affiliations if f.get("actor") not in dropped]
        if actor.kept_apart:
            actor.kept_apart = [k for k in actor.kept_apart if k.get("actor") not in dropped]


def _sense_kind(nodes: list[NameNode], members: list[int], voted: str = "",
                club_worded: frozenset[int] = frozenset()) -> str | None:
    """The kind of a town-or-club name's sense (``resolve/senses.py``): the town read so is a
    place, the people a people, whatever the model's labels. The club's node keeps the vote: it
    also holds the name's mentions no words decide (a sports report's venue "to Kessel"), so it may
    be a place; but never a person: a club named after a town is no one's name (the model's PERSON
    of "Kessel's player of the season" is a misread), so a PERSON vote turns ORG; a GPE vote turns
    ORG only when most of its mentions carry a club's own words (``club_worded``: "a move to
    Kessel", "Kessel manager"), so a node of athletics venues no words decide stays a place."""
    senses = {nodes[n].sense for n in members if nodes[n].sense}
    if senses == {CLUB} and voted == "PERSON":
        return "ORG"
    if senses == {CLUB} and voted == "GPE" and _mostly_club_worded(nodes, members, club_worded):
        return "ORG"
    if senses == {PLACE}:
        return "GPE"
    return "NORP" if senses == {PEOPLE} else None  # "Kessel people" of a name that is a club elsewhere


def _mostly_club_worded(nodes: list[NameNode], members: list[int], club_worded: frozenset[int]) -> bool:
    """Most mentions of these nodes carry a club's own words: a club, whatever the model's labels."""
    held = [m for n in members for m in nodes[n].mentions]
    return 2 * sum(1 for m in held if m in club_worded) > len(held)


def majority_kind(labels: Counter, key: str) -> str:
    """The label most mentions give, a lone one-word PERSON counting for less (see make_actor)."""
    from newsgraph.resolve import KIND_PRIORITY, LONE_PERSON_WEIGHT

    single = " " not in key
    weights = {k: c * (LONE_PERSON_WEIGHT if single and k == "PERSON" else 1.0) for k, c in labels.items()}
    return min(weights, key=lambda k: (-weights[k], KIND_PRIORITY.index(k) if k in KIND_PRIORITY else 99))


def _same_person(p: tuple[str, ...], q: tuple[str, ...], forms: dict[str, tuple[str, ...]] | None = None) -> bool:
    """Full names that may be one person: equal words, or one is the other with a middle name
    left out ("George W Bush" / "George Bush"), or a listed short form of the other's given name
    ("Bill Kessel" / "William Kessel", ``forms``: the given-form rule decides whether they are).
    Whether a whole middle name is the same person ("Jerry Lee Lewis" / "Jerry Lewis") the
    middle-name rule decides from the stories."""
    if p == q:
        return True
    if forms and len(p) == len(q) == 2 and p[1] == q[1]:
        return q[0] in forms.get(p[0], ()) or p[0] in forms.get(q[0], ())
    short, long_ = (p, q) if len(p) < len(q) else (q, p)
    return short[0] == long_[0] and short[-1] == long_[-1] and set(short) <= set(long_)


def _initials_only(long_: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """The words ``long_`` has beyond ``short`` are all initials (one letter)."""
    extra = list(long_)
    for word in short:
        if word in extra:
            extra.remove(word)
    return len(short) + len(extra) == len(long_) and all(len(w) == 1 for w in extra)


def _first_evidence(node: NameNode, mentions: Sequence[Mention]) -> tuple[str, int, int]:
    m = mentions[node.mentions[0]]
    return (m.doc, m.start, m.end)


def _affiliated_pairs(links: list[Link], node_of: list[int]) -> dict[int, set[int]]:
    """Name nodes the text relates as member and group: never one actor."""
    pairs: dict[int, set[int]] = defaultdict(set)
    for link in links:
        if link.relation in ("member_of", "part_of"):
            a, b = node_of[link.source], node_of[link.target]
            if a != b:
                pairs[a].add(b)
                pairs[b].add(a)
    return pairs


def _without_senses(actors: list[Actor], actor_of: list[str], mentions: Sequence[Mention],
                    senses: frozenset[int]) -> Resolution:
    """The resolution with the ``senses`` mentions taken from their actors: each actor they
    leave counts its mentions and documents again, and one left with none is no actor."""
    touched = {actor_of[i] for i in senses if actor_of[i]}
    if not touched:
        return Resolution(actors, actor_of)
    actor_of = ["" if i in senses else a for i, a in enumerate(actor_of)]
    counts: Counter = Counter()
    documents: dict[str, set[str]] = defaultdict(set)
    for mention, actor in zip(mentions, actor_of):
        if actor in touched:
            counts[actor] += 1
            documents[actor].add(mention.doc)
    kept = []
    for actor in actors:
        if actor.id in touched:
            if not counts[actor.id]:
                continue
            actor = replace(actor, mention_count=counts[actor.id], documents=sorted(documents[actor.id]))
        kept.append(actor)
    _drop_affiliations(kept, touched - set(counts))
    return Resolution(kept, actor_of)


def _one_person_words_unlinked(resolution: Resolution, mentions: Sequence[Mention],
                               one_person: frozenset[int]) -> Resolution:
    """The resolution with each ``one_person`` mention ("the Vaskan won": one player) taken off
    the people's actor it was resolved to: no alias of that actor unless another of its mentions
    is written so, and an actor left with no mention is no actor (round 70)."""
    linked = frozenset(i for i in one_person if resolution.actor_of_mention[i])
    if not linked:
        return resolution
    actors = aliases_without(resolution.actors, mentions, resolution.actor_of_mention, linked)
    return _without_senses(actors, list(resolution.actor_of_mention), mentions, linked)


def _global_links(mentions: Sequence[Mention], links: Iterable[Link]) -> list[Link]:
    """Links re-indexed from per-document mention numbers to positions in ``mentions``."""
    first: dict[str, int] = {}
    for i, mention in enumerate(mentions):
        first.setdefault(mention.doc, i)
    out = []
    for link in links:
        base = first.get(link.doc)
        if base is None:
            continue
        out.append(Link(link.doc, link.relation, base + link.source, base + link.target,
                        link.role, link.rule, link.start, link.end))
    return out


class _Rules:
    """The merge rules, each a blocking pass that proposes unions."""

    def __init__(self, resolver: NameGraphResolver, nodes: list[NameNode], node_of: list[int],
                 clusters: Clusters, club_worded: frozenset[int] = frozenset()):
        self.club_worded = club_worded  # mentions of a split name's club sense with a club's own words
        self.variants = resolver.variants
        self.aliases = resolver.aliases
        self.gender = resolver.gender
        self.generic_short = resolver.generic_short
        self.country_keys = resolver.country_keys
        self.given_forms = resolver.given_forms
        self.era_words = resolver.era_words
        self.nodes = nodes
        self.node_of = node_of  # mention index -> node index
        self.clusters = clusters
        # a generic name has a node per country: by key, the most mentioned one
        # (of equal counts the last node; one pass, not a sort of all nodes)
        self.by_key: dict[str, int] = {}
        for i, node in enumerate(nodes):
            best = self.by_key.get(node.key)
            if best is None or len(node.mentions) >= len(nodes[best].mentions):
                self.by_key[node.key] = i
        self.by_country = {(node.key, node.country): i for i, node in enumerate(nodes)}
        self._key_labels: dict[str, Counter] = defaultdict(Counter)  # labels of a key's nodes together
        self._key_nodes: dict[str, list[int]] = defaultdict(list)  # a key's nodes (``_story_club``)
        for n, node in enumerate(nodes):
            self._key_nodes[node.key].append(n)
        for node in nodes:
            self._key_labels[node.key].update(node.labels)
        self._mild_cores: dict[str, tuple[str, ...]] = {}
        self._kunya = {self.variants.phonetic(k) for k in self.variants.kunya_markers}
        self.outlet_keys = frozenset(name_key(o) for o in load_lines("outlets.txt"))
        self.titled: dict[int, str] = {}  # bare-name nodes always written after a gendered title
        self.offices = OfficeTitles()  # office titles before names ("President Kessel")
        self.domains: StoryDomains = resolver.domains
        self.sports: StorySports = resolver.sports
        self.texts: dict[str, str] = {}  # the documents' texts, when the caller gives them
        self._team_seen: dict[tuple[str, int], list[int]] = defaultdict(list)  # (side key, context actor) -> sides
        self._domain_sets: dict[tuple[int, int], set[str]] = {}

    def run(self, links: list[Link]) -> None:
        self.alias_table()
        self.stated_aliases(links)
        self.spelling_variants()
        self.word_splits()
        self.silent_e()
        self.acronyms()
        self.branches()
        self.generic_heads()
        self.middle_names()
        self.given_name_forms()
        self.short_forms()
        self.teams()

    def teams(self) -> None:
        """"England team" of a rugby report and of a cricket report share the name, not the
        squad. A country's sides are grouped by the sport of their stories when the texts are
        known (``_national_sides``); a club's or a town's side (and every side without texts)
        joins the reports naming TEAM_CONTEXT_MIN same people or clubs (players, the coach)."""
        national: list[int] = []
        local: list[int] = []
        sides = self._ordered([n for n, node in enumerate(self.nodes) if node.team])
        for i in sides:
            node = self.nodes[i]
            if self._club_side(i, node):
                continue
            if self.texts and self._side_key(node).rsplit(" ", 1)[0] in self.country_keys:
                national.append(i)
            else:
                local.append(i)
        # the nations first: a town's side meets its other reports through the nations they name
        self._national_sides(national)
        for i in local:
            self._join_by_context(i, self.nodes[i])
        self._story_club_sides(sides)

    def _national_sides(self, sides: list[int]) -> None:
        """A country's side is one actor per sport across stories, whatever their order: every
        report of one clear sport joins the country's other reports of that sport, never a
        report of another sport (the rugby XV's and the cricket XI's players are not shared by
        every report). A report of no clear sport joins the one sport's side whose reports name
        TEAM_CONTEXT_MIN same people or clubs; the reports of no clear sport left join each
        other when they name TEAM_CONTEXT_MIN same ones."""
        around = {i: self._side_context(i) for i in sides}  # read before any union: order-free
        by_sport: dict[tuple[str, str], list[int]] = defaultdict(list)
        unclear: dict[str, list[int]] = defaultdict(list)
        for i in sides:
            side = self._side_key(self.nodes[i])
            sport = self._story_sport(min(self.nodes[i].docs))
            if sport:
                by_sport[(side, sport)].append(i)
            else:
                unclear[side].append(i)
        for (side, sport), group in sorted(by_sport.items()):
            for other in group[1:]:
                self._union_side(group[0], other, f"'{self.nodes[other].text}' of {len(group)} {sport} reports")
        for side, group in sorted(unclear.items()):
            sports = {sport: members for (key, sport), members in by_sport.items() if key == side}
            left: list[int] = []
            for i in group:
                sport = self._sport_of_unclear_side(i, sports, around) if sports else None
                if sport:
                    self._union_side(sports[sport][0], i, f"'{self.nodes[i].text}' of a report of no clear "
                                                          f"sport, beside the {sport} side")
                else:
                    left.append(i)
            self._join_unclear_sides(left, around)

    def _story_sport(self, doc: str) -> str | None:
        """The sport of a story the domains call sport alone; None for other news: a games
        story's "seeded" players, a software story's rugby clips name no side's sport."""
        if self.domains.of_doc(doc, self.texts) != "sport":
            return None
        return self.sports.of_doc(doc, self.texts)

    def _side_context(self, i: int) -> set[int]:
        """The people and groups (their actors) named in side node ``i``'s report."""
        return {self.clusters.find(n) for n in self._context(self.nodes[i].docs)
                if self.nodes[n].labels.most_common(1)[0][0] in ("PERSON", "ORG")} - {self.clusters.find(i)}

    def _sport_of_unclear_side(self, i: int, sports: dict[str, list[int]],
                               around: dict[int, set[int]]) -> str | None:
        """The sport whose side a report of no clear sport joins: the one alone whose reports
        name TEAM_CONTEXT_MIN people or clubs of this report (a country's only sport is not
        enough: "South Africa" of a football story beside the rugby reports)."""
        meeting = [sport for sport, members in sorted(sports.items())
                   if len(around[i] & set().union(*(around[j] for j in members))) >= TEAM_CONTEXT_MIN]
        return meeting[0] if len(meeting) == 1 else None

    def _join_unclear_sides(self, group: list[int], around: dict[int, set[int]]) -> None:
        """Reports of no clear sport that met no sport's side: two join when they name
        TEAM_CONTEXT_MIN same people or clubs (every pair, so the order does not matter)."""
        for a, first in enumerate(group):
            for second in group[a + 1:]:
                shared = len(around[first] & around[second])
                if shared >= TEAM_CONTEXT_MIN:
                    self._union_side(first, second, f"'{self.nodes[second].text}' of reports that name "
                                                    f"{shared} same people or clubs")

    def _union_side(self, first: int, second: int, detail: str) -> None:
        if not self._joined(first, second):
            self.clusters.union(Merge(first, second, "team", detail))

    def _join_by_context(self, i: int, node: NameNode) -> None:
        """A side joins the earlier report of its key that names the most same people or clubs
        (at least TEAM_CONTEXT_MIN). Linear: through an index of the names around them."""
        around = {self.clusters.find(n) for n in self._context(node.docs)
                  if self.nodes[n].labels.most_common(1)[0][0] in ("PERSON", "ORG")}
        side = self._side_key(node)
        shared: Counter = Counter()
        for other in around:
            shared.update({self.clusters.find(j) for j in self._team_seen[(side, other)]})
            self._team_seen[(side, other)].append(i)
        best = min(shared, key=lambda c: (-shared[c], c), default=None)
        if best is not None and shared[best] >= TEAM_CONTEXT_MIN and best != self.clusters.find(i):
            self.clusters.union(Merge(best, i, "team", f"'{node.text}' of reports that name "
                                      f"{shared[best]} same people or clubs"))

    def _story_club_sides(self, sides: list[int]) -> None:
        """Round 49: a town's side whose every report names the club under the bare name
        (``_story_club``) joins that club. The reports are the side's as ``teams`` groups them
        (shared players): a rugby side of the town's name, whose reports mostly name no club of
        that name, stays apart even where one of its reports sits with the football club."""
        groups: dict[int, list[int]] = defaultdict(list)
        for i in sides:
            groups[self.clusters.find(i)].append(i)
        held = {self.clusters.find(n) for n, node in enumerate(self.nodes) if not node.team}
        for root, members in sorted(groups.items()):
            if root in held:
                continue  # already joined to a club or a group by ``_club_side``
            clubs = [self._story_club(self.nodes[i].key.rsplit(" ", 1)[0], self.nodes[i]) for i in members]
            if None in clubs or len({self.clusters.find(c) for c in clubs}) != 1:
                continue
            node = self.nodes[members[0]]
            self.clusters.union(Merge(clubs[0], members[0], "team", f"'{node.text}' is the side of the club "
                                      f"'{self.nodes[clubs[0]].text}' its reports name"))

    def _club_side(self, i: int, node: NameNode) -> bool:
        """"Kessel United team" (a fixture's side the model read as a place) is the club the
        corpus names as a group: a club's side is the club. A country's side is its own actor
        (part_of the place), and so is a town's unless its reports name the club
        (``_story_club_sides``)."""
        place = node.key.rsplit(" ", 1)[0]
        if place in self.country_keys:
            return False  # a country the model calls a group ("Kemaria said") still owns its side
        club = self.by_key.get(self.aliases.lookup(place, node.text) or place)
        if club is None or self.nodes[club].family == "place" or self.is_place(place):
            return False  # a town's side: the club its reports name, if any (``_story_club_sides``)
        if not _is_group(self.nodes[club]) or self.clusters.find(club) == self.clusters.find(i):
            return False
        self.clusters.union(Merge(club, i, "team", f"'{node.text}' is the side of the club '{self.nodes[club].text}'"))
        return True

    def _story_club(self, place: str, side: NameNode) -> int | None:
        """Round 49: a town's side ("Kessel team" of "Kessel v Vaal") in a report whose bare
        "Kessel" the resolver already holds as a club: a node of that key in the same story
        that the model calls a group, or the club's node of a name the sense split parts
        ("Kessel manager", "beat Kessel": ``resolve/senses.py``; the model often calls that node
        a place): ``_held_as_club``. The side is that club, not an actor of its own; a town (a
        GPE node, a PLACE sense) keeps its side apart as before."""
        if place in self.country_keys or len(side.docs) != 1:
            return None
        doc = next(iter(side.docs))
        clubs = [n for n in self._nodes_of_key(place)
                 if doc in self.nodes[n].docs and not self.nodes[n].team and self._held_as_club(n)]
        return clubs[0] if len(clubs) == 1 else None

    def _held_as_club(self, n: int) -> bool:
        """A node the resolver keeps as a club: the model calls it a group, or it is a split
        name's club sense most of whose mentions carry a club's words (``_sense_kind`` makes it
        ORG). A club sense that also holds a town's venues no words decide ("heads for Kessel"
        of an athletics meeting) stays a place, and a side joined to it would make them a club."""
        node = self.nodes[n]
        if node.sense in (PLACE, PEOPLE):
            return False
        return _is_group(node) or (node.sense == CLUB and _mostly_club_worded(self.nodes, [n], self.club_worded))

    def _nodes_of_key(self, key: str) -> list[int]:
        """Every node of ``key`` (a generic name's countries, a split name's senses, a story's own)."""
        return self._key_nodes.get(key, [])

    def _side_key(self, node: NameNode) -> str:
        """The key a side is compared by: its place under the alias table's canonical name, so
        "USA team" and "United States team", "Britain team" and "Great Britain team" of reports
        naming the same players meet (still by their contexts: the country's other sides differ)."""
        place = node.key.rsplit(" ", 1)[0]
        text = node.text[:-len(TEAM_SUFFIX) - 1] if node.text.endswith(" " + TEAM_SUFFIX) else node.text
        return f"{self.aliases.lookup(place, text) or place} {TEAM_SUFFIX}"

    def branch_places(self) -> set[tuple[str, ...]]:
        """Places named in branch-word names ("Raqqa" of "Raqqa Province")."""
        if not hasattr(self, "_branch_places"):
            self._branch_places: set[tuple[str, ...]] = set()
            branch = self.variants.folded_branch_words
            for node in self.nodes:
                if _is_group(node) and any(w in branch for w in node.words):
                    signature = branch_signature(self, node)
                    if signature:
                        self._branch_places.add(signature[1])
        return self._branch_places

    def is_place(self, key: str) -> bool:
        """A place by its family, or by a fair share of place labels ("Jordan"); one stray
        place label in twenty mentions of a surname ("Tamblyn") is the model's slip."""
        found = self.by_key.get(key)
        if found is None:
            return False
        node = self.nodes[found]
        places = node.labels.get("GPE", 0) + node.labels.get("LOC", 0)
        return node.family == "place" or places * PLACE_SHARE >= sum(node.labels.values())

    def _compatible(self, a: int, b: int) -> bool:
        na, nb = self.nodes[a], self.nodes[b]
        return na.family == nb.family or na.weak or nb.weak

    def _ordered(self, block: list[int]) -> list[int]:
        """A block in an order that does not depend on input order: most mentioned first."""
        return sorted(block, key=lambda n: (-len(self.nodes[n].mentions), self.nodes[n].key))

    def _spelling_compatible(self, a: int, b: int) -> bool:
        """Folded spellings are evidence only between names of one family (a person is never
        a party by spelling) and, for one-word names, only when long or transliterated."""
        na, nb = self.nodes[a], self.nodes[b]
        if na.family != nb.family and not ((na.weak or nb.weak) and (na.translit or nb.translit)) and not (
                set(self._spelling_families(na)) & set(self._spelling_families(nb))):
            return False  # only a transliterated lone word the model was unsure about crosses families
        if na.generic != nb.generic:  # "Majlis" is the council of one country, not any "Council"
            return self._shared_context(self._members(a), self._members(b))
        if self._country_article_dropped(na, nb):
            return False
        if self._closing_small_word(na) != self._closing_small_word(nb):
            return False  # "Kessel In", a service, is not the firm "Kessel": the closing word makes the name
        if len(na.words) == 1 and len(nb.words) == 1:
            if na.translit or nb.translit:
                return True
            # English one-word names a letter apart are often two names (Munster / Monster,
            # Hazell / Hazel): long enough, and their stories must meet
            return (min(len(na.key), len(nb.key)) >= _MIN_ONE_WORD_SPELLING
                    and self._shared_context(self._members(a), self._members(b)))
        if (na.family == "person" and not (na.translit or nb.translit) and len(na.words) >= 2
                and na.key.split()[0] == nb.key.split()[0]):
            # one given name and surnames a letter apart are often two people (John Huston the
            # director, John Houston the candidate); a transliteration varies the given name
            # too, and a misspelt surname of one person meets its stories
            return self._shared_context(self._members(a), self._members(b))
        return True

    def _joined(self, a: int, b: int) -> bool:
        """Are nodes ``a`` and ``b`` one actor already (a union would do nothing)?"""
        return self.clusters.find(a) == self.clusters.find(b)

    def _closing_small_word(self, node: NameNode) -> bool:
        """A name of two words or more closing on a small word the fold drops ("In", "Of")."""
        words = node.key.split()
        return len(words) >= 2 and words[-1] in self.variants.group_stopwords

    def _country_article_dropped(self, na: NameNode, nb: NameNode) -> bool:
        """A country's name keeps its article: "El Salvador" is no "Salvador", a city elsewhere
        (the fold drops "el" / "al" for transliterated names)."""
        countries = (na.key in self.country_keys, nb.key in self.country_keys)
        return countries[0] != countries[1] and len(na.key.split()) != len(nb.key.split())

    def _union_block(self, block: list[int], rule: str, detail: str) -> None:
        block = self._ordered(block)
        first = block[0]
        for other in block[1:]:
            # nodes one actor already: the union would do nothing, and the test may read stories
            if not self._joined(first, other) and self._spelling_compatible(first, other):
                self.clusters.union(Merge(first, other, rule, detail))

    def alias_table(self) -> None:
        blocks: dict[str, list[int]] = defaultdict(list)
        for i, node in enumerate(self.nodes):
            if node.canonical:
                blocks[node.canonical].append(i)
        for canonical, block in blocks.items():
            block.sort(key=lambda n: self.nodes[n].key != canonical)
            for other in block[1:]:
                self.clusters.union(Merge(block[0], other, "alias-seed",
                                          f"'{self.nodes[other].text}' is listed as an alias of '{canonical}'"))

    def stated_aliases(self, links: list[Link]) -> None:
        node_of = self.node_of
        for link in links:
            if link.relation != "alias":
                continue
            a, b = node_of[link.source], node_of[link.target]
            if self._foreign_acronym(a, b) or self._foreign_acronym(b, a):
                continue
            self.clusters.union(Merge(a, b, "stated-alias", f"the text says so ({link.rule})",
                                      (link.doc, link.start, link.end)))

    def _foreign_acronym(self, acronym: int, full: int) -> bool:
        """An acronym the alias table spells out ("CPS") joins a name the text spells it out as
        only when the two spelled-out names agree: a phone service written "(CPS)" is no
        prosecution service, and the table's name wins for the acronym's other documents."""
        node, other = self.nodes[acronym], self.nodes[full]
        return (node.acronym and node.canonical is not None and not other.acronym
                and node.canonical not in (other.key, other.canonical))

    def spelling_variants(self) -> None:
        """Names equal under the mild fold; under the strong fold when transliterated."""
        blocks: dict[tuple, list[int]] = defaultdict(list)
        for i, node in enumerate(self.nodes):
            if node.words and not node.story:  # a side joins its namesakes only by its story (teams)
                for family in self._spelling_families(node):
                    blocks[(family, self._spelling_key(node, node.words))].append(i)
        for (_, words), block in blocks.items():
            if len(block) > 1:
                self._union_spelling_block(block, " ".join(words))

    def _spelling_families(self, node: NameNode) -> tuple[str, ...]:
        """The families a name's spelling is compared in: its own, and for a name of two words
        or more that the model reads as a place a third of the time or more, the places too
        ("Mt Kora" tagged a group and a place is the "Mount Kora" of another story)."""
        places = sum(node.labels.get(k, 0) for k in ("GPE", "LOC", "FAC"))
        if node.family == "group" and len(node.words) >= 2 and places * 3 >= sum(node.labels.values()):
            return (node.family, "place")
        return (node.family,)

    def _union_spelling_block(self, block: list[int], folded: str) -> None:
        by_mild: dict[tuple, list[int]] = defaultdict(list)
        for n in self._ordered(block):
            by_mild[self._spelling_key(self.nodes[n], self.nodes[n].mild)].append(n)
        for mild, group in by_mild.items():
            self._union_block(group, "spelling", f"same spelling once vowels are folded ('{' '.join(mild)}')")
        long_groups = [g for g in by_mild.values() if len(self.nodes[g[0]].words) >= 2]
        anchors = [g[0] for g in long_groups if any(self.nodes[n].translit for n in g)]
        if anchors:
            for group in long_groups:
                if not self._joined(anchors[0], group[0]) and self._spelling_compatible(anchors[0], group[0]):
                    self.clusters.union(Merge(anchors[0], group[0], "spelling",
                                              f"transliterations of one name ('{folded}')"))

    def _spelling_key(self, node: NameNode, words: tuple[str, ...]) -> tuple[str, ...]:
        """Folded words; word order kept for people only; a group's plural ("Egyptians") folded."""
        if node.family == "person":
            return words
        words = list(words)
        if node.labels.most_common(1)[0][0] == "NORP" and len(words[-1]) > 4:
            words[-1] = words[-1].removesuffix("s")
        if len(words) >= 3:  # "Guild of Harbour Keepers ..." / "... Keeper ...": a long name's plurals vary
            words = [w[:-1] if len(w) >= 5 and w.endswith("s") and not w.endswith("ss") else w for w in words]
        return tuple(sorted(words))

    def silent_e(self) -> None:
        """"Tobias Quarl" / "Tobias Quarle": full names a silent final e of the surname apart are
        one person when their stories name a same person or group (Clark and Clarke are also
        two surnames: the stories decide)."""
        blocks: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for i, node in enumerate(self.nodes):
            words = node.key.split()
            if node.family == "person" and len(node.mild) >= 2 and not node.story and _SILENT_E.search(words[-1]):
                stripped = " ".join(words[:-1] + [_SILENT_E.sub("", words[-1])])
                blocks[tuple(self.variants.person_words(stripped, "mild"))].append(i)
        for i, node in enumerate(self.nodes):
            if node.family == "person" and len(node.mild) >= 2 and node.mild in blocks:
                blocks[node.mild].append(i)
        for block in blocks.values():
            block = self._ordered(block)
            for other in block[1:]:
                if not self._joined(block[0], other) and self._shared_context(
                        self._members(block[0]), self._members(other), at_least=SPELLING_CONTEXT_MIN):
                    self.clusters.union(Merge(block[0], other, "spelling",
                                              f"'{self.nodes[other].text}' and '{self.nodes[block[0]].text}' "
                                              "differ by a silent final e, in stories that name the same people"))

    def word_splits(self) -> None:
        blocks: dict[tuple, list[int]] = defaultdict(list)
        for i, node in enumerate(self.nodes):
            skeleton = self.variants.skeleton(node.words)
            if len(node.words) >= 2 and len(skeleton) >= _MIN_SKELETON and not node.story:
                blocks[(node.family, skeleton)].append(i)
        for (_, skeleton), block in blocks.items():
            counts = {len(self.nodes[n].words) for n in block}
            if len(block) > 1 and len(counts) > 1:
                self._union_block(block, "word-split", f"same consonants '{skeleton}', words split differently")

    def acronyms(self) -> None:
        by_initials: dict[str, list[int]] = defaultdict(list)
        for i, node in enumerate(self.nodes):
            if _is_group(node) and len(node.key.split()) >= 2:
                by_initials[initials(node.text)].append(i)
        for i, node in enumerate(self.nodes):
            text = node.text
            if node.canonical or not node.acronym or len(text.replace(".", "")) < _MIN_ACRONYM:
                continue
            targets = self._distinct_clusters(_small(by_initials.get(text.replace(".", ""), [])))
            if len(targets) == 1 and self._acronym_supported(text, targets[0]) and self._shared_context(
                    self._members(i), self._members(targets[0])):
                target = targets[0]
                self.clusters.union(Merge(target, i, "acronym",
                                          f"'{text}' are the initials of '{self.nodes[target].text}'"))

    def _acronym_supported(self, acronym: str, target: int) -> bool:
        """Initials alone are weak ("NHS" fits many names): some document must use the acronym
        for that very name (the mention stage then gave it the full name's key), and the
        documents of the bare acronym must name a same person or group ("NEC" the electronics
        maker is not Labour's National Executive Committee)."""
        return self.nodes[target].surface.get(acronym, 0) > 0

    def _distinct_clusters(self, candidates: list[int]) -> list[int]:
        """One representative node per cluster among ``candidates``."""
        seen: dict[int, int] = {}
        for n in candidates:
            seen.setdefault(self.clusters.find(n), n)
        return list(seen.values())

    def short_forms(self) -> None:
        """"Haniyeh" -> "Ismail Haniyeh", "Al-Qassam" -> "Al-Qassam Brigades": when unique."""
        person_ends: dict[str, list[int]] = defaultdict(list)
        group_cores: dict[tuple, list[int]] = defaultdict(list)
        titled = self.gender.female_titles | self.gender.male_titles
        for i, node in enumerate(self.nodes):
            if any(slash_pair(text) for text in node.texts):
                continue  # "Hinckley/Brentford" names two clubs: a bare "Brentford" is short for neither
            if node.family == "person" and len(node.words) >= 2 and node.key.split()[0] not in titled:
                person_ends[node.words[-1]].append(i)
                if node.words[0] in self._kunya and len(node.words) > 2:
                    person_ends[" ".join(node.words[:2])].append(i)
            core = self._core(node)
            if node.family == "group" and core:
                for start in range(len(core)):
                    group_cores[core[start:]].append(i)
                if len(core) == 3:  # "Karst Front" for "Karst Liberation Front"
                    group_cores[(core[0], core[-1])].append(i)
        self._given_uses = self._given_name_uses()
        self._person_ends = person_ends
        for i, node in enumerate(self.nodes):
            self._short_person(i, node, person_ends)
            self._short_group(i, node, group_cores)
            self._lone_given_name(i, node)
        self._lead_words()

    def _lead_words(self) -> None:
        """"the Guild" for "Guild of Harbour Keepers and Engineers": a one-word group name that opens exactly
        one "X of ..." name of the corpus, in stories that name a same person or group. A
        generic word ("Bank", "Council") names a body of any country: not taken."""
        leads: dict[str, list[int]] = defaultdict(list)
        for i, node in enumerate(self.nodes):
            words = node.key.split()
            # four words or more: "Bank of England", "Prince of Wales" or "Budget of 2002" are
            # not the only bank, prince or budget a story means
            if _is_group(node) and len(words) >= 4 and words[1] == "of" and not any(w.isdigit() for w in words):
                leads[words[0]].append(i)
        for i, node in enumerate(self.nodes):
            if (" " in node.key or node.key not in leads or node.generic or node.canonical or node.acronym
                    or node.family != "group" or node.key in self.generic_short or node.key in self.variants.group_heads):
                continue
            targets = [t for t in self._distinct_clusters(_small(leads[node.key]))
                       if self.clusters.find(t) != self.clusters.find(i)]
            if len(targets) == 1 and self._shared_context(self._members(i), self._members(targets[0])):
                self.clusters.union(Merge(targets[0], i, "short-form",
                                          f"'{node.text}' opens '{self.nodes[targets[0]].text}', the only such "
                                          "name, in stories that name the same people"))

    def _given_name_uses(self) -> Counter:
        """Mentions of full person names by their first word: a lone word that is someone's
        given name ("Bruce" of "Bruce Willis") is no unique surname."""
        uses: Counter = Counter()
        self._given_bearers: dict[str, list[int]] = defaultdict(list)
        for n, node in enumerate(self.nodes):
            # a closing initial is a cut span ("Dana U" of "Dana, U.S. envoy"), no given name's bearer
            if (node.family == "person" and len(node.words) >= 2 and node.mild and node.words[0] not in self._kunya
                    and len(node.key.split()[-1]) > 1):
                # the mild fold: "Brian" is no use of "Brown" as a given name
                uses[node.mild[0]] += len(node.mentions)
                self._given_bearers[node.mild[0]].append(n)
        return uses

    def _short_person(self, i: int, node: NameNode, person_ends) -> None:
        if (node.family != "person" and not _mostly_person(node)) or node.acronym or self.is_place(node.key) or node.kin:
            return
        if _given_al(node.text):
            return  # "Al Kessel" is a full name (the father), not "Kessel" short for the son Jim Kessel
        words = node.words if node.family == "person" else tuple(self.variants.person_words(node.key))
        mild = self.variants.person_words(node.key, "mild")
        written = self.gender.of_title(node.text)
        title = written or self.titled.get(i)  # "Mr Howard" with the title outside the span too
        if self.gender.before_given_name(node.text) or self.gender.peerage(node.text) or self.gender.royal(node.text):
            # "Sir Bernard": a given name; "Lord Armstrong": a peer, not the commoner "Bill Armstrong";
            # "Prince Edwin": a royal's given name, never a singer surnamed Edwin
            return
        if written and len(words) == 2:  # "Mrs Howard": the title is no given name
            words, mild = words[1:], mild[1:]
        kunya = len(words) == 2 and words[0] in self._kunya
        # letters counted in the mild fold: the strong one shortens vowel clusters ("Quarl": "karl")
        if not (len(words) == 1 or kunya) or len("".join(mild)) < _MIN_SHORT_FORM:
            return
        matching = [t for t in _small(person_ends.get(" ".join(words), []))
                    if not self._era_of(self.nodes[t], len(words))
                    and (self.nodes[t].translit or self._mild_end(self.nodes[t], mild))
                    and self._surname_spelt_alike(i, t, len(mild))
                    and (not title or self._fits_title(self.nodes[t].text, title, bool(written)))]
        targets = self._distinct_clusters(matching)
        targets = [t for t in targets if self.clusters.find(t) != self.clusters.find(i)]
        if node.listed:
            # a team sheet's "Kennedy" is a player of that match: never the famous Kennedy of
            # other news, only the bearer whose stories name the same clubs and players
            if targets:
                self._story_person(i, node, targets)
            return
        if self._office_holder(i, node, targets):
            return
        # "Mr Howard": a title takes a surname, so the Howards by given name are no rivals
        given = self._given_uses.get(mild[0], 0) if len(words) == 1 and not title else 0
        if len(words) == 1 and not given and self.gender.is_given_name(node.key):
            # a common given name ("Hazel") is a surname only when spelt as the full name's
            targets = [t for t in targets if self.nodes[t].key.split()[-1] == node.key]
        if given and len(targets) == 1 and self._only_story(i, targets[0], self._given_bearers[mild[0]]):
            given = 0  # "Howard": the story is Ron Howard's, not that of any Howard Kessel
        if len(targets) == 1 and not given and self._short_form_supported(i, targets[0]):
            self.clusters.union(Merge(targets[0], i, "short-form",
                                      f"'{node.text}' is part of '{self.nodes[targets[0]].text}', the only such "
                                      "name, in a story that names the same people"))
        elif len(targets) > 1 and node.story and not given and self._story_person(i, node, targets):
            return
        elif targets and (not written or node.story):  # a story's "Mr Blair": its targets fit the title
            self._dominant_person(i, node, targets, given)

    def _lone_given_name(self, i: int, node: NameNode) -> None:
        """"Rafa" or "Paula" alone in a story: the one full name of the corpus that opens with
        the word (or with a full form of it, ``given_name_forms``: "Rafa" for "Rafael Kessel"),
        when no full name ends with it (then it may be a surname) and the stories name
        SPELLING_CONTEXT_MIN same people or groups: a sports page calls a star by the given name
        alone. Of several full names opening so ("Rafael Kessel" the coach, "Rafael Vaal" the
        tennis player) the one whose stories meet when the others' do not meet at all."""
        if (node.family != "person" or len(node.words) != 1 or node.listed or node.acronym or node.apart or node.kin
                or self.titled.get(i) or self.gender.of_title(node.text) or self.is_place(node.key)):
            return
        if node.key in self.country_keys:
            return  # a country the model tagged a person is no given name: "Vessland Hats" is a firm named after it
        if node.words[0] in self._person_ends or len(node.mild) != 1:
            return  # "Howard": a surname of the corpus too; the surname rules decide
        forms = [node.mild[0]] + [folded[0] for form in self.given_forms.get(node.key, ())
                                  if (folded := self.variants.person_words(form, "mild"))]
        bearers = self._distinct_clusters([n for form in dict.fromkeys(forms) for n in self._given_bearers.get(form, ())])
        if not bearers or any(self._joined(b, i) for b in bearers):
            return
        meeting = [b for b in bearers if self._domains_agree(i, b)
                   and self._shared_context([i], self._members(b), at_least=SPELLING_CONTEXT_MIN)]
        if len(meeting) != 1 or any(self._shared_context([i], self._members(b)) for b in bearers if b != meeting[0]):
            return
        target = meeting[0]
        self.clusters.union(Merge(target, i, "given-name-alone",
                                  f"'{node.text}' opens '{self.nodes[target].text}', the only full name "
                                  "opening so, in stories that name the same people"))

    def _era_of(self, target: NameNode, short_words: int) -> bool:
        """Whether ``target`` is a short form with only an era's or a wing's word before it ("Old
        Kessel", "New Kessel" of a party "Kessel"): a name for a time or a faction of the short
        form's bearer, never the full name the short form stands for (round 56)."""
        before = target.key.split()[:-short_words]
        return bool(before) and all(w in self.era_words for w in before)

    def _office_holder(self, i: int, node: NameNode, targets: list[int]) -> bool:
        """"President Kessel" in a story naming no Kessel in full: the one full-name Kessel the
        corpus writes with that office title (OFFICE_HOLDER_MIN times or more), when no other
        bearer of the surname is ever written with it. A title before a surname is evidence a
        story's domain or people need not second: an office has one holder at a time."""
        title = self.offices.bare.get(i)
        if not title or len(node.words) != 1 or len(targets) < 2:
            return False  # one target: the plain short-form rules already decide
        holders = [t for t in targets if self._title_uses(t, title)]
        if len(holders) != 1 or self._title_uses(holders[0], title) < OFFICE_HOLDER_MIN:
            return False
        target = holders[0]
        self.clusters.union(Merge(target, i, "short-form-office",
                                  f"'{title} {node.text}': '{self.nodes[target].text}' is the only person "
                                  f"ending so whom the stories call {title}"))
        return True

    def _title_uses(self, n: int, title: str) -> int:
        """Full-name mentions of ``n``'s cluster written after ``title``."""
        return sum(self.offices.held.get(m, Counter())[title] for m in self.clusters.members[self.clusters.find(n)]
                   if len(self.nodes[m].words) >= 2)

    def _fits_title(self, full: str, title: str, written: bool) -> bool:
        """A titled short form's full name has the title's gender; a title read outside the
        span only rules out the other gender (the lists do not know every given name)."""
        sex = self.gender.of_name(full)
        return sex == title if written else sex in (None, title)

    def _story_person(self, i: int, node: NameNode, targets: list[int]) -> bool:
        """A bare surname of one story that several people bear goes to the one whose stories
        name SPELLING_CONTEXT_MIN same people or groups as this one, when only one does: the
        "Brown" of a rugby report is the Brown of that club's other reports."""
        # a line-up's surname is spelt as written: "Malone" is no "Maloney" of the same match
        targets = [t for t in targets if self.nodes[t].translit or self.nodes[t].key.split()[-1] == node.key.split()[-1]]
        # a channel ("BBC Two") names every programme's story: it tells no presenter from a novelist
        shared = {t: self._shared_count([i], self._members(t), outlets=False) for t in targets}
        meeting = sorted((t for t in targets if shared[t] >= SPELLING_CONTEXT_MIN), key=lambda t: -shared[t])
        if not meeting or (len(meeting) > 1 and shared[meeting[0]] < STORY_PERSON_LEAD * shared[meeting[1]]):
            return False  # none meets, or two meet about as often: no bearer stands out
        self.clusters.union(Merge(meeting[0], i, "short-form-story",
                                  f"'{node.text}' is part of '{self.nodes[meeting[0]].text}', the only one of "
                                  f"{len(targets)} names ending so whose stories name the same people"))
        return True

    def _dominant_person(self, i: int, node: NameNode, targets: list[int], given: int = 0) -> None:
        """"Blair" -> Tony Blair when Tony Blair has nearly all the mentions of the full names
        ending in Blair: the referent a reader assumes when a document names no one else. Full
        names that have the word as a given name count among the others ("Bruce Willis" for
        "Bruce")."""
        sizes = sorted(((self._cluster_size(t), self.nodes[t].key, t) for t in targets), reverse=True)
        top, _, target = sizes[0]
        others = sum(size for size, _, _ in sizes[1:]) + given
        if top < DOMINANT_MIN or top < DOMINANCE * others:
            return
        if node.story and top < CLEAR_DOMINANCE * others and not self._shared_context(
                [i], self._members(target), at_least=SPELLING_CONTEXT_MIN):
            return  # one story's "Brown" (a rugby lock) is the dominant Brown only if the stories meet
        if not self._domains_agree(i, target) and not self._shared_context(
                [i], self._members(target), at_least=SPELLING_CONTEXT_MIN):
            return  # a match report's "Kessel" is not the dominant Kessel of the arts pages
        self.clusters.union(Merge(target, i, "short-form-dominant",
                                  f"'{node.text}' is part of '{self.nodes[target].text}', which has "
                                  f"{top} of the {top + others} mentions of full names ending so"))

    def _cluster_size(self, n: int) -> int:
        return sum(len(self.nodes[m].mentions) for m in self.clusters.members[self.clusters.find(n)])

    def _surname_spelt_alike(self, short: int, target: int, width: int) -> bool:
        """A lone English surname a vowel away from a full name's ("Davies", "David Davis") is
        another family's name unless their stories meet; the mild fold alone decides only for
        transliterated names, whose vowels vary ("Khaled" / "Khalid")."""
        node, other = self.nodes[short], self.nodes[target]
        if width != 1 or other.translit or node.translit:
            return True
        if node.key.split()[-1] == other.key.split()[-1]:
            return True
        return self._shared_context(self._members(short), self._members(target))

    def _mild_end(self, target: NameNode, mild: list[str]) -> bool:
        tail = list(target.mild[-len(mild):])
        return tail == mild or (len(mild) == 2 and list(target.mild[:2]) == mild)

    def _short_group(self, i: int, node: NameNode, group_cores) -> None:
        if (not _is_group(node) and not node.weak) or self.is_place(node.key) or node.acronym or node.canonical:
            return  # an alias-table name is identified already: "European Union" is no short form
        if node.kin:
            return  # "sons of Kessel": the parent the group is named for, not the group
        if node.key in self.generic_short or node.key in self.variants.group_heads:
            return  # "United", "LLC": a generic word names no one group
        if (not node.team and node.family != "group" and node.words and node.words[-1] in self._person_ends
                and self._key_labels[node.key].most_common(1)[0][0] == "PERSON"):
            return  # "Parks", mostly a person's word and the surname of full names, is no short "Texas Parks"
        core = self._core(node) if node.family == "group" else tuple(
            self.variants.fold(w) for w in node.key.split() if w not in self.variants.group_stopwords)
        if not core or len("".join(core)) < _MIN_SHORT_FORM:
            return
        mild = self._mild_core(node)
        longer = [n for n in _small(group_cores.get(core, [])) if n != i and _is_group(self.nodes[n])
                  and len(self._core(self.nodes[n])) > len(core)  # same length: a spelling, not a short form
                  and self._plain_extension(self.nodes[n], core)
                  and (self.nodes[n].translit or self._mild_contains(self._mild_core(self.nodes[n]), mild))]
        targets = [t for t in self._distinct_clusters(longer) if self.clusters.find(t) != self.clusters.find(i)]
        if len(targets) == 1 and (node.generic or not self._ends(targets[0], core)) and not self._shared_context(
                self._members(i), self._members(targets[0])):
            # "International Federation" is any federation's short name, and a name of two words
            # that drops a middle one ("Royal Harbour Society" / "Royal Society") may be a
            # name of its own: the stories must meet
            return
        if len(targets) == 1:
            self.clusters.union(Merge(targets[0], i, "short-form",
                                      f"'{node.text}' is the end of '{self.nodes[targets[0]].text}', the only such name"))

    def _ends(self, longer: int, core: tuple[str, ...]) -> bool:
        """``core`` is the end of the longer name's core (not its first and last words)."""
        return self._core(self.nodes[longer])[-len(core):] == core

    def _mild_core(self, node: NameNode) -> tuple[str, ...]:
        cached = self._mild_cores.get(node.key)
        if cached is None:
            cached = self._mild_cores[node.key] = self._fold_mild_core(node)
        return cached

    def _fold_mild_core(self, node: NameNode) -> tuple[str, ...]:
        words = node.key.split()
        heads = set(self.variants.identity_heads)
        return tuple(self.variants.mild(self.variants.translations.get(w, w)) for w in words
                     if w not in self.variants.group_stopwords and self.variants.translations.get(w, w) not in heads)

    @staticmethod
    def _mild_contains(longer: tuple[str, ...], short: tuple[str, ...]) -> bool:
        """``short`` is the end of ``longer``, or its first and last word."""
        if not short:
            return False
        return longer[-len(short):] == short or (len(short) == 2 and (longer[0], longer[-1]) == short)

    def _core(self, node: NameNode) -> tuple[str, ...]:
        heads = self.variants.folded_heads
        return tuple(w for w in node.words if w not in heads)

    def _plain_extension(self, longer: NameNode, core: tuple[str, ...]) -> bool:
        """The short form is more than a branch word, and the extra leading words are a given
        name: not a place, a group, an alias or a branch word ("IS Sinai" is not "Sinai")."""
        branch = self.variants.folded_branch_words
        if all(w in branch for w in core):
            return False
        longer_core = self._core(longer)
        is_suffix = longer_core[-len(core):] == core
        extra = longer_core[: -len(core)] if is_suffix else longer_core[1:-1]
        if is_suffix and extra and not longer.translit:
            # an English name's last words name something else ("White House"), unless the
            # first words are the club's place, whatever else the corpus calls by them
            return self._place_nickname(longer, core)
        if is_suffix and _follows_link_word(longer.key, len(core), self.variants.link_words):
            return False  # "Reporters Without Borders" is not "Borders"
        return not any(w in branch or w in self._actor_words() for w in extra)

    def _place_nickname(self, longer: NameNode, core: tuple[str, ...]) -> bool:
        """"Port Ellis Falcons" / "Falcons": a club named by its place and a plural nickname;
        the nickname alone names the club. Not a paper ("New York Times" / "Times")."""
        words = [w for w in longer.key.split() if w not in self.variants.group_stopwords]
        if (len(core) != 1 or len(words) != len(self._core(longer)) or len(words) < 2
                or not words[-1].endswith("s") or words[-1].endswith("ss") or longer.labels.get("OUTLET", 0)):
            return False
        place = " ".join(words[:-1])
        # a club is a city's, and its nickname is not named in most of the stories ("Blues" of many
        # clubs); stories, not mentions: a report names its club by the nickname again and again
        found = self.by_key.get(place)
        # a place that several stories name as one (the model calls a shop chain a place too)
        return (found is not None and self.nodes[found].family == "place" and len(self.nodes[found].docs) >= 3
                and place not in self.country_keys
                and len(self._nickname_docs(words[-1])) <= 2 * len(longer.docs))

    def _nickname_docs(self, word: str) -> set:
        found = self.by_key.get(word)
        return self.nodes[found].docs if found is not None else set()

    def _actor_words(self) -> set[str]:
        """Folded one-word names of the corpus and of the alias seeds."""
        if not hasattr(self, "_actor_word_set"):
            words = {node.words[0] for node in self.nodes if len(node.words) == 1}
            words |= {self.variants.fold(key) for key in self.aliases.canonical if " " not in key}
            self._actor_word_set = words
        return self._actor_word_set

    def middle_names(self) -> None:
        """"Raj K Chohan" = "Raj Chohan", "George W Bush" = "George Bush": one full name with a
        middle initial left out, when only one longer name has that first and last word. A whole
        middle name is no evidence: "Jerry Lee Lewis" and "Jerry Lewis" are two people."""
        blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
        for i, node in enumerate(self.nodes):
            if (node.family == "person" and len(node.mild) >= 2 and not self.gender.of_title(node.text)
                    and not node.apart):  # a namesake its sentence tells apart joins neither
                blocks[(node.mild[0], node.mild[-1])].append(i)
        for (first, last), block in blocks.items():
            # two-word spellings already joined ("Tobias Quarl" / "Tobias Quarle") count as one name
            short = self._distinct_clusters([n for n in block if len(self.nodes[n].mild) == 2])
            longer = {self.nodes[n].mild for n in block if len(self.nodes[n].mild) > 2}
            if len(short) != 1 or len(longer) != 1:
                continue
            (long_words,) = longer
            if not _initials_only(long_words, (first, last)) and not self._shared_context(
                    [short[0]], [n for n in block if self.nodes[n].mild == long_words]):
                continue  # "Jerry Lee Lewis" is not "Jerry Lewis" unless their stories meet
            for n in block:
                if n != short[0]:
                    self.clusters.union(Merge(short[0], n, "middle-name",
                                              f"'{self.nodes[n].text}' is '{self.nodes[short[0]].text}' "
                                              "with a middle name"))

    def given_name_forms(self) -> None:
        """"Rafa Kessel" = "Rafael Kessel": a listed short form of a given name and one full form
        it stands for, with the same surname, when the corpus has exactly one full-form Kessel
        the short form may stand for ("Alex Kessel" stays apart when both Alexander and
        Alexandra Kessel are named). Two different given names are never one person otherwise."""
        people: dict[tuple[str, str], list[int]] = defaultdict(list)  # (given word, surname) -> nodes
        for i, node in enumerate(self.nodes):
            words = node.key.split()
            if (node.family == "person" and len(words) == 2 and len(node.mild) == 2 and not node.apart
                    and not self.gender.of_title(node.text)):
                people[(words[0], node.mild[-1])].append(i)
        bearers = Counter(surname for _, surname in people)  # full names (given words) per surname
        for (given, surname), shorts in people.items():
            fulls = [n for form in self.given_forms.get(given, ()) for n in people.get((form, surname), ())]
            targets = [t for t in self._distinct_clusters(fulls)
                       if self.clusters.find(t) != self.clusters.find(shorts[0])]
            if len(self._distinct_clusters(fulls)) != 1 or len(targets) != 1:
                continue
            members = self._members(targets[0])
            together = any(self.nodes[n].docs & self.nodes[m].docs for n in shorts for m in members)
            # a common surname ("Andy Jones" the hooker, "Andrew Jones" the fly-half) needs one story
            # naming both; a rare one, stories that name a same person or group
            if not together and (bearers[surname] > GIVEN_FORM_MAX_BEARERS
                                 or not self._shared_context(shorts, members)):
                continue
            for n in shorts:
                self.clusters.union(Merge(targets[0], n, "given-name-form",
                                          f"'{self.nodes[n].text}' is '{self.nodes[targets[0]].text}' with the "
                                          "given name's short form; no other full form bears the surname"))

    def _only_story(self, short: int, target: int, others: list[int]) -> bool:
        """The short form's stories meet the target's and none of the ``others``'."""
        mine = self._members(short)
        return self._shared_context(mine, self._members(target)) and not any(
            self._shared_context(mine, self._members(o)) for o in others)

    def _short_form_supported(self, short: int, target: int) -> bool:
        """A bare surname from another document stands for the only full name ending so when
        their stories name a same person or group, or when that full name is well known in the
        corpus and at least as common as the bare surname: "Archer" in a story about a peer is
        not the analyst Howard Archer quoted once elsewhere."""
        size = self._cluster_size(target)
        if (size >= DOMINANT_MIN and size >= len(self.nodes[short].mentions) and not self.nodes[short].story
                and self._domains_agree(short, target)):
            return True
        return self._shared_context(self._members(short), self._members(target))

    def _domains_agree(self, short: int, target: int) -> bool:
        """The short form's stories and the target's share a domain (``resolve/domains.py``):
        a rugby report's "Kessel" is not the software executive Jon Kessel of other news."""
        if not self.texts:
            return True
        mine = {d for doc in self.nodes[short].docs if (d := self.domains.of_doc(doc, self.texts))}
        return not mine or not (theirs := self._cluster_domains(target)) or bool(mine & theirs)

    def _cluster_domains(self, n: int) -> set[str]:
        """The domains of the stories of ``n``'s actor so far (cached while the actor does not grow)."""
        root = self.clusters.find(n)
        members = self.clusters.members[root]
        key = (root, len(members))
        if key not in self._domain_sets:
            docs = set().union(*(self.nodes[m].docs for m in members))
            self._domain_sets[key] = {d for doc in docs if (d := self.domains.of_doc(doc, self.texts))}
        return self._domain_sets[key]

    def _members(self, n: int) -> list[int]:
        return list(self.clusters.members[self.clusters.find(n)])

    def _shared_context(self, first: list[int], second: list[int], at_least: int = 1) -> bool:
        """Do the documents of the nodes ``first`` and of the nodes ``second`` name a same
        other person or group? Two people with one given name and surname meet in their
        stories (the same victim, the same court), namesakes do not."""
        return self._shared_count(first, second) >= at_least

    def _shared_count(self, first: list[int], second: list[int], outlets: bool = True) -> int:
        """How many other people or groups the documents of ``first`` and of ``second`` both name
        (without ``outlets``: outlets and their channels left out)."""
        own = {self.clusters.find(n) for n in first + second}
        find = self.clusters.find
        context_a, context_b = (self._context(set().union(*(self.nodes[n].docs for n in nodes))) for nodes in (first, second))
        if not outlets:
            context_a, context_b = ({n for n in c if not self._outlet_named(self.nodes[n].key)} for c in (context_a, context_b))
        around_a = {find(n) for n in context_a} - own
        around_b = {find(n) for n in context_b} - own
        return len(around_a & around_b)  # compared as actors so far: "Daesh" is "Islamic State"

    def _context(self, docs: set) -> set[int]:
        """Person and group nodes named in ``docs`` (places are too common to tell stories apart)."""
        if not hasattr(self, "_doc_nodes"):
            self._doc_nodes: dict[str, set[int]] = defaultdict(set)
            all_docs = {d for node in self.nodes for d in node.docs}
            common = max(CONTEXT_MIN_DOCS, CONTEXT_SHARE * len(all_docs))
            for n, node in enumerate(self.nodes):
                # a bare surname several people bear ("Brown") tells no story apart
                if (node.family in ("person", "group") and not node.weak
                        and (node.team or node.listed or not node.story)
                        and len(node.docs) <= common):
                    for doc in node.docs:
                        self._doc_nodes[doc].add(n)
        return set().union(*(self._doc_nodes.get(d, set()) for d in docs)) if docs else set()

    def _outlet_named(self, key: str) -> bool:
        """An outlet or one of its channels ("BBC Two"): it names the stories of every programme
        or beat it carries, so two stories naming it tell nothing of their people."""
        return any(key == o or key.startswith(o + " ") for o in self.outlet_keys)

    def generic_heads(self) -> None:
        """"Gaza Strip" = "Gaza", "Labour Party" = "Labour": the longer name is the shorter one
        plus a generic head noun, and the shorter one is an actor of the fitting family."""
        for family, heads in (("place", self.variants.place_heads), ("group", self.variants.group_heads)):
            for i, node in enumerate(self.nodes):
                words = node.key.split()
                if len(words) < 2 or words[-1] not in heads or node.family not in (family, "other"):
                    continue
                short_key = " ".join(words[:-1])
                shorter = self.by_country.get((short_key, node.country)) if node.country else self.by_key.get(short_key)
                if shorter is None or self.nodes[shorter].family != family:
                    continue
                if family == "group" and words[-1] in _OWNER_HEADS and (
                        short_key in self.outlet_keys
                        or not self._shared_context(self._members(i), self._members(shorter))):
                    # a paper is not the group that publishes it ("Telegraph" / "Telegraph Group"),
                    # and "X Group" is X only in stories that meet ("World" / "World Group")
                    continue
                self.clusters.union(Merge(i, shorter, "generic-head",
                                          f"'{self.nodes[i].text}' is '{self.nodes[shorter].text}' with the "
                                          f"generic head '{words[-1]}'"))

    def branches(self) -> None:
        """"Sinai Province" = "Wilayat Sinai" = "IS Sinai" = "the Islamic State's Sinai branch"."""
        by_place: dict[tuple, list[tuple[int, int | None]]] = defaultdict(list)
        for i, node in enumerate(self.nodes):
            signature = branch_signature(self, node)
            if signature:
                parent, place = signature
                by_place[place].append((i, self.clusters.find(parent) if parent is not None else None))
        for place, entries in by_place.items():
            parents = {p for _, p in entries if p is not None}
            if len(parents) > 1:
                continue
            anchor = next((n for n, p in entries if p is not None), entries[0][0])
            parent_text = self.nodes[min(parents)].text if parents else None
            detail = f"branch of '{parent_text}' at '{' '.join(place)}'" if parent_text else \
                f"branch at '{' '.join(place)}'"
            for other, parent in entries:
                if other != anchor and (parent is not None or not self._country_branch(other)
                                        or self._branch_meets(other, anchor)):
                    self.clusters.union(Merge(anchor, other, "branch", detail))

    def _country_branch(self, n: int) -> bool:
        """The branch name's place is a country ("US chapter", "Kemaria arm")."""
        branch = self.variants.folded_branch_words
        words = [w for w in self.nodes[n].key.split()
                 if w not in self.variants.group_stopwords and self.variants.fold(w) not in branch]
        return " ".join(words) in self.country_keys

    def _branch_meets(self, other: int, anchor: int) -> bool:
        """A branch in a country that names no parent ("the Kemarian chapter") is the anchor's
        only in its stories or in stories that name a same person or group: every firm and
        movement has its branch in a big country ("Raqqa Province" names one group's)."""
        return bool(self.nodes[other].docs & self.nodes[anchor].docs) or self._shared_context(
            [other], self._members(anchor))


def branch_signature(rules: _Rules, node: NameNode) -> tuple[int | None, tuple[str, ...]] | None:
    """(parent node, place words) of a branch name, or None when the name is not one.

    A branch name holds a branch word ("Sinai Province", "Wilayat Sinai") or a parent group
    followed by a place of the corpus ("IS Sinai", "Islamic State in Sinai").
    """
    if node.family != "group" or node.labels.most_common(1)[0][0] != "ORG":
        return None
    words = node.key.split()
    parent, rest = None, words
    for size in range(len(words) - 1, 0, -1):
        prefix = " ".join(words[:size])
        text_prefix = re.split(r"[\s\-]+", node.text)[:size]
        canonical = rules.aliases.lookup(prefix, " ".join(text_prefix)) or prefix
        found = rules.by_key.get(canonical, rules.by_key.get(prefix))
        if found is not None and _is_group(rules.nodes[found]) and found != rules.by_key[node.key]:
            parent, rest = found, words[size:]
            break
    folded = [rules.variants.fold(w) for w in rest if w not in rules.variants.group_stopwords]
    branch = rules.variants.folded_branch_words
    place = tuple(sorted(w for w in folded if w not in branch))
    has_branch_word = any(w in branch for w in folded)
    if not place or len(place) > 2:
        return None
    place_key = " ".join(w for w in rest if w not in rules.variants.group_stopwords)
    if not has_branch_word and (parent is None or not (
            rules.is_place(place_key) or place in rules.branch_places())):
        return None
    return parent, place


# heads of a company that may own several businesses of the name: "Telegraph Group", "X Holdings"
_OWNER_HEADS = frozenset({"group", "holdings"})
# two names in one span: "Ada Quist & Bo Lund", "Ada Quist and Bo Lund"
_PAIR = re.compile(r"\s(?:&|and)\s")
# the word right after a name: "the Kessel twins"
_FAMILY_AFTER = re.compile(r"\s+([a-z]+)\b")
# "the sons of X", "the family of X": the family noun before the name (``family_plurals``)
_KIN_OF_BEFORE = re.compile(r"\b([A-Za-z]+) of\s+(?:the\s+)?$")
# where a person named just before is from: "Dana Kell, of Shipton" ("in X" is as often a
# person: "confidence in Kell")
_PLACE_BEFORE = re.compile(r"\w,\s+of\s+$")
_POSSESSIVE_AFTER = re.compile(r"['\u2019]")
# a capital initial right before a name, on its line: "B Deacon", "B. Deacon"
_INITIAL_BEFORE = re.compile(r"(?<![\w.'’-])([A-Z])\.? $")
# what after a name lists it: a comma, a semicolon or a bracket ("A Kessel (Vaal), ...")
_LISTED_AFTER = re.compile(r"\s*[,;(]")
# "in" right before a name: the place a match or a race is held in ("won in Kessel")
_IN_BEFORE = re.compile(r"\bin\s+$")
# round 55: the capitalised word right before a mention, no stop between ("Newton [Vaal]"): the
# first word of a two-word town the model cut (``_cut_town``)
_CAPITAL_WORD_BEFORE = re.compile(r"(?<![\w'\u2019-])([A-Z][a-z]+) $")
_LISTED_PLACES_MIN = 2  # round 50: a list of three names at least reads its names' kind (``_place_listed``)
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")  # "the River Kessel": a river's article (``_river_kind``)
# a span opening with an initial and one or two words of a surname ("B Vaal", "A Ter Vaal"), and
# what before it lists it: the line's start or a separator ("; B Vaal")
_INITIALLED_SPAN = re.compile(r"[A-Z]\.? [A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?")
_LISTED_BEFORE = re.compile(r"(?:^|\n|[,;:])\s*$")
# what before such an initial says it opens a sentence: "A" and "I" are words there
_TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]{1,4})\.?\s+$")
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)\.?\s+$")
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?\n][\s\"'’”]*)$")


# a team sheet's line: several names between commas or semicolons, nearly all capitalized
_SHEET_WORD = re.compile(r"[^\W\d_][\w'-]*")
SHEET_SEPARATORS = 4
_SHEET_LABEL = re.compile(r"^[A-Z][\w' ()-]{0,30}:\s")
SHEET_CAPITALS = 0.6
# a club in brackets after a listed surname: "Kessel (Vaalby)"
_BRACKET_AFTER = re.compile(r"\s*\(([A-Z][\w'. -]{1,30})\)")
SHEET_CLUB_WINDOW = 40  # characters before a full name where its club may be written


def _firm_story(bare: list[Mention], unlisted: bool, text: str) -> bool:
    """Does a story that names no person ending in the word read its bare word as a firm? The
    model tags every bare mention a body (ORG or OUTLET), none is on a team sheet, one at least
    stands inside a sentence after no capitalized word, and the story never writes the word in
    lower case."""
    return (unlisted and all(m.label in ("ORG", "OUTLET") for m in bare)
            and not _written_lower(text, bare[0].text) and any(_name_stands_alone(text, m.start) for m in bare))


def _written_lower(text: str, name: str) -> bool:
    """Does the story write the name's word in lower case ("digital", "bill")? Then its capital
    is a sentence's first word or a title's, not a firm's name."""
    word = name.strip().lower()
    return bool(word) and re.search(r"(?<![\w'-])" + re.escape(word) + r"(?![\w-])", text) is not None


def _name_stands_alone(text: str, start: int) -> bool:
    """Is the word at ``start`` written inside a sentence, after no capitalized word? A sentence's
    first word may be capitalized for the sentence ("Digital cameras were ..."), and one after a
    capitalized word is the end of a longer name the model cut ("the programme Go Digital")."""
    before = text[:start].rstrip()
    if not before or before[-1] in '.!?"\'\u201c\u2018:\n' or text[:start].endswith("\n"):
        return False
    last = before.split()[-1]
    return not (len(text[:start]) - len(before) == 1 and last[:1].isupper() and last[-1].isalpha())


def _sport_apart(parts: list[set[str]]) -> bool:
    """Two parts, the match reports and stories of no sport: the one line a story of two equal
    domains is trusted across. A film star met in a political story and in the arts pages (arts
    and politics equal there) is one person; the goalkeeper of the match reports and the drummer
    of a band's arrest (arts and crime) are two."""
    return len(parts) == 2 and sum(part == {SPORT_DOMAIN} for part in parts) == 1 and not any(
        SPORT_DOMAIN in part and part != {SPORT_DOMAIN} for part in parts)


def _initialled_namesakes(mentions: Sequence[Mention]) -> frozenset[int]:
    """Full names whose sentence also names a person with the same first and last words and
    a middle initial between ("she served Presidents Tom K Vale and Tom Vale"): a
    writer does not name one man twice in a sentence, so the shorter name is a namesake (the
    father), not the initialled man that other stories write without the initial."""
    by_sentence: dict[tuple[str, int], list[int]] = defaultdict(list)
    words_of: dict[str, tuple[str, ...]] = {}  # a key is written many times: split once
    for i, mention in enumerate(mentions):
        if mention.label == "PERSON" and mention.text == mention.full_name:
            words = words_of.get(mention.key)
            if words is None:
                words = words_of[mention.key] = tuple(mention.key.split())
            if len(words) >= 2:
                by_sentence[(mention.doc, mention.sentence)].append(i)
    apart = set()
    for members in by_sentence.values():
        if len(members) < 2:
            continue  # a name alone in its sentence has no longer namesake beside it
        names = {i: words_of[mentions[i].key] for i in members}
        for i, short in names.items():
            if len(short) == 2 and any(_middle_initialled(long_, short) for long_ in names.values()):
                apart.add(i)
    return frozenset(apart)


def _middle_initialled(long_: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """``long_`` is ``short`` with middle initials between its first and last words."""
    return (len(long_) > len(short) and long_[0] == short[0] and long_[-1] == short[-1]
            and _initials_only(long_, short))


def _listed_mentions(mentions: Sequence[Mention], texts: dict[str, str]) -> frozenset[int]:
    """Bare person names the document's own full names left alone, written in a team sheet's
    line ("Subs not used: Kessel, Brevik, Vaal, Ode, Tam")."""
    listed = set()
    for i, mention in enumerate(mentions):
        text = texts.get(mention.doc)
        if (not text or mention.label != "PERSON" or " " in mention.text.strip()
                or mention.full_name != mention.text):
            continue
        start = text.rfind("\n", 0, mention.start) + 1
        end = text.find("\n", mention.end)
        if _team_sheet_line(text[start:end if end >= 0 else len(text)]):
            listed.add(i)
    return frozenset(listed)


def _ground_outreads_club(grounds: int, clubs: int, parts: int) -> bool:
    """Round 68 (kind106): a ground named bare stands for its club now and then ("his contract
    at Kessel Lane", "the Kessel Lane boss"), as a landmark does for its tenant; it is still the
    ground (FAC) when the story writes it once at least as the ground itself ("the Kessel Lane
    stands", "outside the Vaal ground": ``parts``) and its ground readings, VENUE_MIN at least,
    outnumber those club readings (round 48's two readings against one stay the club's). A club
    named for its town is seldom written before "stands" or "pitch"."""
    return parts >= 1 and grounds >= VENUE_MIN and grounds > clubs


def _sheet_links_checked(mentions: Sequence[Mention], texts: dict[str, str]) -> list[Mention]:
    """A team sheet's bare surname ("Kessel (Vaalby), Brevik (Tamsk), ...") that the in-text
    linking tied to the nearest of two or more full names of the story ending so. The club in
    brackets outweighs nearness when the story writes it just before one bearer's name ("Vaalby
    defender Tom Kessel"); a surname the sheet lists twice names two people, so an entry no club
    decides takes the bearer the other entry did not, when there are two. Any other entry keeps
    the in-text link: the most recent full name, what a reader takes too."""
    entries = _sheet_surnames(mentions, texts)
    if not entries:
        return list(mentions)
    out = list(mentions)
    bearers = _doc_bearers(mentions, entries)
    for doc, found in entries.items():
        text = texts[doc]
        decided: dict[int, str] = {}
        for i, surname in found:
            club = _BRACKET_AFTER.match(text, mentions[i].end)
            claimed = [key for key, (_, starts) in bearers[doc].get(surname, {}).items()
                       if club and any(_written_before(text, start, club.group(1)) for start in starts)]
            if len(claimed) == 1:
                decided[i] = claimed[0]
        for i, surname in found:
            own = bearers[doc].get(surname, {})
            if len(own) < 2:
                continue  # one bearer: the in-text link stands
            key = decided.get(i)
            taken = {decided[j] for j, other in found if other == surname and j in decided and j != i}
            if key is None and len(own) == 2 and len(taken) == 1:
                key = next(k for k in own if k not in taken)
            if key and key != mentions[i].key:
                out[i] = replace(mentions[i], key=key, full_name=own[key][0])
    return out


def _sheet_surnames(mentions: Sequence[Mention], texts: dict[str, str]) -> dict[str, list[tuple[int, str]]]:
    """By document, the bare person surnames written on a team sheet's line with no initial
    before them (an initial decides by itself: `_senses_in_context`) that the in-text linking
    tied to a full name, with their surname keys."""
    found: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for i, mention in enumerate(mentions):
        text = texts.get(mention.doc)
        if (not text or mention.label != "PERSON" or " " in mention.text.strip() or mention.text == mention.full_name
                or not mention.text[:1].isupper() or " " not in mention.key or _initial_before(text, mention.start)):
            continue
        start = text.rfind("\n", 0, mention.start) + 1
        end = text.find("\n", mention.end)
        if _team_sheet_line(text[start:end if end >= 0 else len(text)]):
            found[mention.doc].append((i, name_key(mention.text)))
    return found


def _doc_bearers(mentions: Sequence[Mention], entries: dict[str, list[tuple[int, str]]]
                 ) -> dict[str, dict[str, dict[str, tuple[str, list[int]]]]]:
    """For each document with sheet entries, the full person names ending in each listed
    surname: doc -> surname -> key -> (the name as written, where it is written)."""
    surnames = {doc: {surname for _, surname in found} for doc, found in entries.items()}
    bearers: dict[str, dict[str, dict[str, tuple[str, list[int]]]]] = {doc: defaultdict(dict) for doc in entries}
    for mention in mentions:
        wanted = surnames.get(mention.doc)
        if not wanted or mention.label != "PERSON" or mention.text != mention.full_name:
            continue
        words = mention.key.split()
        if len(words) >= 2 and words[-1] in wanted:
            bearers[mention.doc][words[-1]].setdefault(mention.key, (mention.full_name, []))[1].append(mention.start)
    return bearers


def _written_before(text: str, start: int, club: str) -> bool:
    """Is ``club`` written among the words right before a name, in its sentence ("uncapped
    Vaalby defender Tom Kessel")?"""
    window = text[max(0, start - SHEET_CLUB_WINDOW):start]
    window = re.split(r"[.!?\n]\s", window)[-1]
    return re.search(rf"\b{re.escape(club.strip())}\b", window) is not None


def _initialled_in_sheet(mention: Mention, text: str) -> bool:
    """A lone name after an initial in a team sheet's line ("..., A Kessel, B Vaal, ..."): a
    player ("S Korean" or "Q Magazine" in running text are no initials of a person). An "A"
    opening the line is an initial there too when the name is listed ("A Kessel (Vaal), B
    Tamm", not "A Kessel spokesman said"). The initial may lie inside the span ("..., B Vaal,
    ...") when the name stands between the list's separators: "(S Kemaria)" in brackets after
    a player is his country."""
    if " " in mention.text.strip():
        if not _initialled_span_listed(mention, text):
            return False
    elif not _initial_before(text, mention.start) and not (
            _INITIAL_BEFORE.search(text, max(0, mention.start - 4), mention.start)
            and _LISTED_AFTER.match(text, mention.end)):
        return False
    start = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end)
    return _team_sheet_line(text[start:end if end >= 0 else len(text)])


def _initialled_span_listed(mention: Mention, text: str) -> bool:
    """The span itself opens with an initial and a surname follows ("B Vaal", "A Ter Vaal"),
    listed: after the line's start or a separator, before a separator or a bracket."""
    return bool(_INITIALLED_SPAN.fullmatch(mention.text.strip())
                and _LISTED_BEFORE.search(text, max(0, mention.start - 3), mention.start)
                and _LISTED_AFTER.match(text, mention.end))


def _team_sheet_line(line: str) -> bool:
    # a labelled list ("Subs not used: Moss, Lund, Kvist") may be short
    needed = SHEET_SEPARATORS // 2 if _SHEET_LABEL.match(line) else SHEET_SEPARATORS
    if line.count(",") + line.count(";") < needed:
        return False
    words = _SHEET_WORD.findall(line)
    return sum(w[0].isupper() for w in words) >= SHEET_CAPITALS * len(words)


def _initial_before(text: str, start: int) -> str:
    """The initial written right before a lone name ("B Deacon"), or "" when there is none
    or it may be a word ("A Deacon spokesman said", "I Deacon" at a sentence's start)."""
    found = _INITIAL_BEFORE.search(text, max(0, start - 4), start)
    if not found:
        return ""
    letter = found.group(1)
    if letter in "AI" and _SENTENCE_BEFORE.search(text, max(0, found.start() - 4), found.start()):
        return ""
    return letter


# a final e after a consonant, in a word of five letters or more: Quarle / Quarl, Browne / Brown
_SILENT_E = re.compile(r"(?<=[a-z]{3}[b-df-hj-np-tv-z])e$")


def _small(block: list[int]) -> list[int]:
    """A candidate block, or nothing when it is too large to hold one unique target: a short
    form shared by that many longer names is ambiguous, and scanning it would make the
    resolver quadratic."""
    return block if len(block) <= MAX_SHORT_FORM_BLOCK else []


def _follows_link_word(key: str, tail_words: int, link_words: frozenset[str]) -> bool:
    """Is the last ``tail_words`` content words of ``key`` preceded by a linking word
    ("for", "of", "without", "and")?"""
    words = key.split()
    seen, i = 0, len(words)
    while i > 0 and seen < tail_words:
        i -= 1
        if words[i] not in link_words:
            seen += 1
    return i > 0 and words[i - 1] in link_words


def _given_al(text: str) -> bool:
    """"Al Kessel": a capitalized "Al" of its own before one surname is a given name (as in
    mentions/linking.py), not the Arabic article the name folding drops."""
    words = text.split()
    return len(words) == 2 and words[0] == "Al"


def _mostly_person(node: NameNode) -> bool:
    """A lone word the model called a person at least half the time ("Blair", not "Trojan"),
    or more often than anything else when its other labels scatter (a surname read as a
    place, a building and a group in turn)."""
    if not node.weak:
        return False
    person = node.labels.get("PERSON", 0)
    others = [c for label, c in node.labels.items() if label != "PERSON"]
    return person * 2 >= sum(node.labels.values()) or (person >= 2 and person > max(others, default=0))


def _is_group(node: NameNode) -> bool:
    return node.labels.most_common(1)[0][0] in ("ORG", "OUTLET")


class _Affiliations:
    """member_of / part_of relations between actors, with the sentences that state them."""

    def __init__(self, rules: _Rules, cluster_of: dict[int, int], actors: list[Actor],
                 mentions: Sequence[Mention]):
        self.rules = rules
        self.variants = rules.variants
        self.aliases = rules.aliases
        self.nodes = rules.nodes
        self.by_key = rules.by_key
        self.cluster_of = cluster_of
        self.actors = actors
        self.mentions = mentions
        self.found: dict[tuple[int, int, str], list[dict]] = defaultdict(list)
        self.roles: dict[tuple[int, int, str], Counter] = defaultdict(Counter)

    def collect(self, links: list[Link]) -> None:
        node_of = self.rules.node_of
        for link in links:
            if link.relation in ("member_of", "part_of"):
                self._add(node_of[link.source], node_of[link.target], link.relation, link.role,
                          (link.doc, link.start, link.end))
        for n, node in enumerate(self.nodes):
            signature = branch_signature(self.rules, node)
            if signature and signature[0] is not None:
                self._add(n, signature[0], "part_of", None, _first_evidence(node, self.mentions))
            self._seeded_parent(n, node)
            self._demonym_parent(n, node)
            self._team_parent(n, node)
        for (source, target, relation), evidence in sorted(self.found.items()):
            roles = self.roles[(source, target, relation)]
            ranked = sorted(roles, key=lambda r: (-roles[r], r))
            self.actors[source].affiliations.append({
                "actor": self.actors[target].id, "relation": relation,
                "role": ranked[0] if ranked else None, "roles": ranked,
                "evidence": evidence[:MAX_EVIDENCE]})

    def _add(self, a: int, b: int, relation: str, role: str | None, evidence: tuple[str, int, int]) -> None:
        source, target = self.cluster_of[a], self.cluster_of[b]
        if source == target:
            return
        records = self.found[(source, target, relation)]
        if role:
            self.roles[(source, target, relation)][role] += 1
        item = {"doc": evidence[0], "start": evidence[1], "end": evidence[2]}
        if item not in records:
            records.append(item)

    def _seeded_parent(self, n: int, node: NameNode) -> None:
        parent_key = self.aliases.part_of.get(node.canonical or "")
        target = self.by_key.get(parent_key or "")
        if target is not None:
            self._add(n, target, "part_of", None, _first_evidence(node, self.mentions))

    def _team_parent(self, n: int, node: NameNode) -> None:
        """"England team" (a side in a sports report) part_of England, never merged with it."""
        words = node.key.split()
        if len(words) < 2 or words[-1] != TEAM_SUFFIX:
            return
        place = self.by_key.get(" ".join(words[:-1]))
        if place is not None and self.nodes[place].family == "place":
            self._add(n, place, "part_of", None, _first_evidence(node, self.mentions))

    def _demonym_parent(self, n: int, node: NameNode) -> None:
        """"Gazan" part_of Gaza; "Egyptian army" part_of Egypt."""
        words = node.key.split()
        variants = self.variants
        if node.family == "person" or not words or (len(words) > 1 and words[-1] not in variants.institution_words):
            return
        place = variants.place_of_demonym(words[0], self._places())
        if place is not None and place != node.key:
            role = " ".join(words[1:]) or None
            self._add(n, self.by_key[place], "part_of", role, _first_evidence(node, self.mentions))

    def _places(self) -> dict[str, str]:
        if not hasattr(self, "_place_keys"):
            self._place_keys = {node.key: node.key for node in self.nodes if node.family == "place"}
        return self._place_keys


def _mentions_at(mentions: Sequence[Mention]) -> dict[tuple[str, int], Mention]:
    """The mentions by (document, start): a list's neighbours (round 50, ``_place_listed``)."""
    return {(m.doc, m.start): m for m in mentions}
