"""Document-level coreference: which named mention a referring expression stands for.

One mechanism for every stage that meets "he", "the minister", "the group" or a bare surname
where it needs a named actor: attribution uses it for speakers; events can use it for their
sources and targets (nothing here depends on attribution).

Input: a document's text and its :class:`~newsgraph.model.Mention` list (names only, in text
order). Output: mention indexes. Every lookup reads only the text *before* the expression
(news introduces a person in full before it says "he" or "the minister") and answers ``None``
rather than guess: a wrong actor misleads more than a missing one.

- :meth:`DocumentCoref.name` — a surname or short form ("Wenger") -> the one person mention
  whose name carries it.
- :meth:`DocumentCoref.description` — "the minister", "the Arsenal boss", "the group" -> the
  nearest earlier mention introduced with that noun ("Foreign Minister X", "X, the group ...").
- :meth:`DocumentCoref.pronoun` — "he" / "they" -> the nearest earlier mention of that kind.

The words are in ``data/coref.yaml``. :mod:`newsgraph.coref.offices` adds the one corpus-wide
lookup: the corpus's own table of office holders, for "the home secretary" of a story that never
ties the title to a name (run by the graph stage, after actors are resolved).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Sequence

from newsgraph.data import load_lines, load_yaml
from newsgraph.model import Mention
from newsgraph.names import NameGender, name_key
from newsgraph.coref.governments import state_of_government
from newsgraph.coref.nationals import nationals_before, people_places_before, place_of_people, untagged_nationals

# a phrase opening a sentence with a preposition just before a name ("In California, ...")
_OPENING_PHRASE = re.compile(r"(?:^|[.!?\n]\s*)(?:In|At|From|Across|Throughout|Within|Outside|Inside|Beyond|"
                             r"On|Over|Under|By|After|Before|During|For)\s+(?:the\s+)?$")
__all__ = ["CorefLexicon", "DocumentCoref", "seeded_body_kind"]

DATA_FILE = "coref.yaml"
_WORD = re.compile(r"[\w'’-]+")
_MAX_BLOCK_CHARS = 600  # how far back a description between a pronoun and its antecedent is read
_TITLE_WORDS = 4
_NAME_PLACE = re.compile(r"^\s+of\s+[A-Z][\w'’-]*")  # "Lord X of Y": a name's place part
_AGE_APPOSED = re.compile(r"^\s*,\s*\d{1,3}\s*(?=,)")  # "X, 23, a nurse": the age before an apposition
_SALIENT_MIN = 2  # "the company" takes the firm named at least twice before it ...
_SALIENT_RATIO = 2  # ... and at least twice as often as any other organisation
_CONNECTIVES = frozenset({"but", "and", "however", "meanwhile", "the", "now", "so", "yet", "also", "still"})
# a sentence opening with a definite epithet ("The 31-year-old", "But the veteran actor"), after
# a connective at most: the sentence's subject, whoever it names after it
_EPITHET_OPENING = re.compile(r"\s*(?:(?:And|But|So|Yet|However),?\s+)?(?P<epithet>[Tt]he(?:\s+[\w'’-]+){1,3})")
_AGE = re.compile(r"\b\d{1,3}-year-old\b", re.IGNORECASE)  # "the 67-year-old": a person by age
_PREDICATE = re.compile(r"\s+(?:is|was|has\s+been|had\s+been|became|remains)\s+(?:the|a|an)\s")
_BORN = re.compile(r"\b[A-Za-z]+-born\b")  # "the Uruguayan-born researcher": a person by birthplace
_NOT_FIRMS = frozenset({"GPE", "LOC", "FAC", "NORP"})  # places and peoples, which a firm's noun never means
# "'s" and a title of lower-case words after a name ("Vaal's lawyer, "), up to the name it titles;
# a name ending in "s" may own with the apostrophe alone ("Jonas' lawyer, "): the same possessive
_OWNED_TITLE = re.compile(r"(?:['’]s|(?<=s)['’])\s+(?P<title>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*),?\s+")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[\"“A-Z])")  # a full stop before the next sentence
# what opens a clause right before an epithet that is its subject ("X is linked with Y, but the
# striker said", "X himself, the star is"); "a bet on the 39-year-old actor" is an object, maybe another
_CLAUSE_OPENING = re.compile(r"(?:,|\b(?:but|and|while|yet|so))\s*$", re.IGNORECASE)
# the lower-case word right before a name, after a blank only: "airline X" (not "airline's X")
_NOUN_BEFORE = re.compile(r"(?<![\w'’-])([a-z][a-z-]*)\s+$")
# a quote closed after its own full stop, question or exclamation mark, then a capital: the
# sentence after the quote starts there ('... at home." Ana Ruiz denied it': Ruiz opens it)
_QUOTE_END = re.compile(r"[.!?][\"”]\s+(?=[A-Z])")
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC", "DATE", "TIME"})  # where, not who  # "former Foreign Minister", "Arsenal boss": the words of a title before a name


# CorefLexicon fields read from coref.yaml as sets of lower-case words or phrases
_WORD_SETS = (
    "person_nouns", "group_nouns", "determiners", "salient_nouns", "capitalized_bodies",
    "title_qualifiers", "government_nouns", "past_titles", "office_nouns", "specified_offices",
    "national_offices", "focus_nouns", "title_breaks", "holder_nouns", "kin_nouns", "party_nouns",
    "apposition_ties",
    "generic_firm_nouns", "sole_firm_nouns", "body_titles", "collective_people", "opening_participles",
    "print_nouns", "print_head_words", "opening_prepositions", "opening_words",
    "not_person_phrases", "attributive_nouns", "follows_person", "named_body_nouns", "sentence_links", "oblique_words",
    "member_plurals", "member_bodies", "described_body_heads",
    "group_quantifiers", "group_people", "people_from_prepositions",
    "role_nouns", "role_shared_nouns", "epithet_nouns", "any_post_nouns", "voice_nouns", "not_states",
    "post_nouns", "spoken_body_shown", "spoken_body_sole", "state_possessors", "voiced_body_reports",
    "named_before_object_words",
)


@dataclass(frozen=True)
class CorefLexicon:
    """The words of coreference (see ``data/coref.yaml``)."""

    pronouns: dict[str, str]
    person_nouns: frozenset[str]
    group_nouns: frozenset[str]
    determiners: frozenset[str]
    context_chars: int
    person_labels: frozenset[str]
    group_labels: frozenset[str]
    pronoun_genders: dict[str, str]
    predicate_links: tuple[str, ...] = ()
    link_adverbs: frozenset[str] = frozenset()  # "has also been": words a link may hold, see coref.yaml
    salient_nouns: frozenset[str] = frozenset()
    salient_labels: frozenset[str] = frozenset({"ORG"})
    capitalized_bodies: frozenset[str] = frozenset()
    title_qualifiers: frozenset[str] = frozenset()
    government_nouns: frozenset[str] = frozenset()  # "the government": one body, see coref.yaml
    past_titles: frozenset[str] = frozenset()  # "former chancellor X" holds the office no longer
    office_nouns: frozenset[str] = frozenset()  # heads of titles of one office ("prime minister")
    specified_offices: frozenset[str] = frozenset()  # office nouns that need a word before them ("minister")
    national_offices: frozenset[str] = frozenset()  # "the prime minister": a state's one office, see coref.yaml
    focus_nouns: frozenset[str] = frozenset()  # "the actor", "the striker": the person talked about
    capitals: dict[str, str] = field(default_factory=dict)  # "washington" -> "united states"
    # "scot" -> "scotland": a people's words the demonym rules do not form (round 37, coref.nationals)
    person_demonyms: dict[str, str] = field(default_factory=dict)
    # "Downing Street" -> "united kingdom": seats news uses for one state's government (names, as written)
    government_seats: dict[str, str] = field(default_factory=dict)
    not_states: frozenset[str] = frozenset()  # "wales": part of a state, no government "the government" is
    state_possessors: frozenset[str] = frozenset()  # "the country's government": the story's state's (round 58)
    title_breaks: frozenset[str] = frozenset()  # "The paper said X": "said" ends the title before X
    holder_nouns: frozenset[str] = frozenset()  # heads of titles the corpus's office table resolves
    apposition_ties: frozenset[str] = frozenset()  # "X, a friend of the Tory leader": X is no leader (round 64)
    kin_nouns: frozenset[str] = frozenset()  # "his son": family, no rival of the one whose family it is
    party_nouns: frozenset[str] = frozenset()  # "the party": the party named last, see coref.yaml
    generic_firm_nouns: frozenset[str] = frozenset()  # "the company": any firm, see coref.yaml
    sole_firm_nouns: frozenset[str] = frozenset()  # "the retailer": only a firm, see coref.yaml (round 48)
    body_titles: frozenset[str] = frozenset()  # "X frontman Y": a post in a body, X that body
    collective_people: frozenset[str] = frozenset()  # "the couple": several people, a "they" of their own
    group_quantifiers: frozenset[str] = frozenset()  # "every activist": an unnamed group (round 64)
    group_people: frozenset[str] = frozenset()  # "residents": plural people nouns, see coref.yaml (round 64)
    people_from_prepositions: frozenset[str] = frozenset()  # "councillors from X": X no "they" (round 64)
    opening_participles: frozenset[str] = frozenset()  # "Asked about X, he said": X is not "he"
    opening_prepositions: frozenset[str] = frozenset()  # "During X's visit, he": -ing words that are no participle
    opening_words: frozenset[str] = frozenset()  # "On Monday, X said": X is the subject after the phrase
    not_person_phrases: frozenset[str] = frozenset()  # "the general election": a person noun naming no person
    print_nouns: frozenset[str] = frozenset()  # "the paper": an outlet, see coref.yaml
    print_head_words: frozenset[str] = frozenset()  # "Times" of "the Kessel Times": a paper's name
    attributive_nouns: frozenset[str] = frozenset()  # "the official organisation": an adjective, see coref.yaml
    follows_person: frozenset[str] = frozenset()  # "the official said": words after a noun used as one
    named_body_nouns: frozenset[str] = frozenset()  # "the commission": a body whose own name holds the noun
    role_nouns: frozenset[str] = frozenset()  # "the lock": a role the corpus's title table may resolve
    role_shared_nouns: frozenset[str] = frozenset()  # "the player": a role many share, never by the table
    epithet_nouns: frozenset[str] = frozenset()  # "the Oscar winner": what one person is, see coref.yaml
    any_post_nouns: frozenset[str] = frozenset()  # "captain", "athlete": beside any position, see coref.yaml
    voice_nouns: frozenset[str] = frozenset()  # "the spokesman": many a story's voices, see coref.yaml
    oblique_words: frozenset[str] = frozenset()  # "X lost to Y": Y is no subject, see coref.yaml
    sentence_links: frozenset[str] = frozenset()  # "But he ...": words before a sentence's subject, see coref.yaml
    member_plurals: frozenset[str] = frozenset()  # "the MPs": members of a body speaking as one, see coref.yaml
    member_bodies: frozenset[str] = frozenset()  # "Committee": heads of such bodies' names, see coref.yaml
    post_nouns: frozenset[str] = frozenset()  # "producer": a post a title before a name gives, see coref.yaml
    title_long_forms: dict[str, str] = field(default_factory=dict)  # "pm" -> "prime minister", see coref.yaml
    same_posts: tuple[frozenset[str], ...] = ()  # nouns of one post ("minister", "secretary"), see coref.yaml
    same_bodies: tuple[frozenset[str], ...] = ()  # nouns of one kind of body ("watchdog", "regulator"), see coref.yaml
    # round 56: "the station" -> the corpus kinds of the body that just spoke it may stand for (coref.bodies)
    spoken_body_nouns: dict[str, frozenset[str]] = field(default_factory=dict)
    spoken_body_shown: frozenset[str] = frozenset()  # of those, nouns the speaker's name must show
    spoken_body_sole: frozenset[str] = frozenset()  # ... or show, or be the story's one body of the kinds
    # round 62: "the bank" given a body named further back, right after another spoke (coref.bodies)
    respoken_body_nouns: dict[str, frozenset[str]] = field(default_factory=dict)
    # round 58: "the festival" -> the words a name of such a body holds ("festival"), see coref.yaml
    described_body_names: dict[str, frozenset[str]] = field(default_factory=dict)
    # "commons": {"mps"}: the members' plural of a lower-case committee's house word, see coref.yaml
    committee_house_members: dict[str, frozenset[str]] = field(default_factory=dict)
    described_body_heads: frozenset[str] = frozenset()  # "the union organisation": a noun after the body's
    described_body_kinds: frozenset[str] = frozenset()  # corpus kinds such a body may have
    # round 60: "A spokesman said" right after one body spoke: the corpus kinds that body may have,
    # and the cue words of a press report (whose maker is not whom the spokesman speaks for)
    voiced_body_kinds: frozenset[str] = frozenset()
    voiced_body_reports: frozenset[str] = frozenset()
    # round 61: "according to the site" right after a sentence naming one body the noun fits: noun ->
    # the corpus kinds it may stand for, and the words before a name that make it a preposition's object
    named_before_nouns: dict[str, frozenset[str]] = field(default_factory=dict)
    named_before_object_words: frozenset[str] = frozenset()
    # round 69: "the board" -> the corpus kinds of the body whose organ it is (coref.bodies.resolve_organ_bodies)
    organ_nouns: dict[str, frozenset[str]] = field(default_factory=dict)
    # gaps between two names that say they are one ("X, aka Y"): name_structure.yaml's alias links
    alias_gaps: tuple[re.Pattern, ...] = ()

    @classmethod
    def from_data(cls) -> "CorefLexicon":
        from newsgraph.mentions.structure import NameStructure  # the mention stage owns the patterns

        gaps = tuple(link.gap for link in NameStructure.from_data().links
                     if link.relation == "alias" and link.after is None
                     and not link.either_descriptor and not link.acronym_must_match)
        return replace(cls.from_tables(load_yaml(DATA_FILE)), alias_gaps=gaps)

    @classmethod
    def from_tables(cls, tables: dict[str, Any]) -> "CorefLexicon":
        words = {key: frozenset(" ".join(str(w).lower().split()) for w in tables.get(key) or ())
                 for key in _WORD_SETS}
        return cls(pronouns={str(k).lower(): str(v) for k, v in (tables.get("pronouns") or {}).items()},
                   context_chars=int(tables.get("context_chars", 80)),
                   person_labels=frozenset(tables.get("person_labels") or ("PERSON",)),
                   group_labels=frozenset(tables.get("group_labels") or ("ORG",)),
                   pronoun_genders={str(k).lower(): str(v) for k, v in (tables.get("pronoun_genders") or {}).items()},
                   predicate_links=tuple(str(w).lower() for w in tables.get("predicate_links") or ()),
                   link_adverbs=frozenset(str(w).lower() for w in tables.get("link_adverbs") or ()),
                   salient_labels=frozenset(tables.get("salient_labels") or ("ORG",)),
                   capitals={str(k).lower(): str(v).lower() for k, v in (tables.get("capitals") or {}).items()},
                   person_demonyms={str(k).lower(): str(v) for k, v in (tables.get("person_demonyms") or {}).items()},
                   government_seats={str(k): str(v).lower() for k, v in (tables.get("government_seats") or {}).items()},
                   title_long_forms={str(k).lower(): " ".join(str(v).lower().split())
                                     for k, v in (tables.get("title_long_forms") or {}).items()},
                   same_posts=tuple(frozenset(str(w).lower() for w in group) for group in tables.get("same_posts") or ()),
                   same_bodies=tuple(frozenset(str(w).lower() for w in group) for group in tables.get("same_bodies") or ()),
                   spoken_body_nouns=_kinds_of_nouns(tables.get("spoken_body_nouns") or {}),
                   respoken_body_nouns=_kinds_of_nouns(tables.get("respoken_body_nouns") or {}),
                   described_body_names={str(k).lower(): frozenset(str(w).lower() for w in v or ())
                                         for k, v in (tables.get("described_body_names") or {}).items()},
                   committee_house_members={str(k).lower(): frozenset(str(w).lower() for w in v or ())
                                            for k, v in (tables.get("committee_house_members") or {}).items()},
                   described_body_kinds=frozenset(tables.get("described_body_kinds") or ()),
                   voiced_body_kinds=frozenset(tables.get("voiced_body_kinds") or ()),
                   named_before_nouns=_kinds_of_nouns(tables.get("named_before_nouns") or {}),
                   organ_nouns=_kinds_of_nouns(tables.get("organ_nouns") or {}),
                   **words)

    def body_synonyms(self, noun: str) -> tuple[str, ...]:
        """``noun`` and the other nouns of its kind of body ("watchdog": also "regulator"), sorted."""
        noun = noun.lower()
        return tuple(sorted({noun}.union(*(g for g in self.same_bodies if noun in g))))

    def kind_of_noun(self, lemma: str) -> str | None:
        """ "person" for "minister", "group" for "company", else None."""
        lemma = lemma.lower()
        if lemma in self.person_nouns:
            return "person"
        if lemma in self.group_nouns:
            return "group"
        return None


# an outlet that is told, or talked to: "told (the) X", "an interview with X", "speaking to X"
_HEARER_BEFORE = re.compile(r"\b(?:told|tells|tell|telling|to|with)\s+(?:the\s+)?$", re.IGNORECASE)
_SOURCE_SINCE = re.compile(r"\b[Aa]ccording to\s+(?:the\s+)?[A-Z]")
# the labels of what "the paper" may stand for: an outlet, or a body the model gave no outlet label
_PRINT_LABELS = frozenset({"OUTLET", "ORG"})


class DocumentCoref:
    """The coreference lookups of one document; cheap to build (one pass over the mentions)."""

    def __init__(self, text: str, mentions: Sequence[Mention], lexicon: CorefLexicon,
                 quoted: Sequence[tuple[int, int]] = ()):
        """``quoted``: spans of direct speech; a name inside a quote is what the speaker talks
        about, so it is never the antecedent of a pronoun outside it ("“Nas is a fraud,” he said")."""
        self.text = text
        self.mentions = list(mentions)
        self.starts = [m.start for m in self.mentions]
        self.lexicon = lexicon
        self.quoted = sorted(quoted)
        nouns = "|".join(sorted((re.escape(n) for n in lexicon.person_nouns), key=len, reverse=True))
        self._person_description = re.compile(
            rf"\b(?:the|a|an|his|her|their)\s+(?:[\w'’-]+\s+){{0,2}}?(?P<noun>(?:{nouns})s?)\b", re.IGNORECASE)
        self._firm_keys: frozenset[str] | None = None  # see _firms
        self._titled_keys: frozenset[str] | None = None  # see titled_body
        self._by_word: dict[str, set[str]] = {}  # a word of a person's name -> the keys carrying it
        self._gender: dict[str, str] = {}  # a person's key -> "m" / "f", from a title or given name
        genders = self.genders = _name_gender()
        self._bodies = _body_keys()
        self._labels: dict[str, list[str]] = {}  # a key -> the labels the model gave its mentions
        self._person_keys: dict[str, bool] = {}  # a key -> speaks_as_person, once
        for mention in self.mentions:
            self._labels.setdefault(mention.key, []).append(mention.label)
        for mention in self.mentions:
            if self.is_person(mention):
                for word in _words(mention.full_name or mention.text):
                    self._by_word.setdefault(word, set()).add(mention.key)
                    if "-" in word:  # "al-Maqdisi", "Smith-Jones": the last part alone names him too
                        self._by_word.setdefault(word.rsplit("-", 1)[1], set()).add(mention.key)
                name = mention.full_name or mention.text
                # "Mrs Quinn" keyed by the full name "Kim Quinn": the title in the mention's own
                # words counts too, not only the full name's
                gender = genders.of_title(self._title_before(mention) + name) \
                    or genders.of_title(mention.text) or genders.of_name(name)
                if gender and self._gender.setdefault(mention.key, gender) != gender:
                    self._gender[mention.key] = "?"  # the text disagrees with itself: no agreement check

    def is_person(self, mention: Mention) -> bool:
        """A mention of a person: a person label, and no name the alias seeds give another kind
        ("Labour", which the model may tag as a person, is a party: no "he" stands for it)."""
        return mention.label in self.lexicon.person_labels and mention.key not in self._bodies

    # --- names ------------------------------------------------------------------------------

    def fits_title(self, name: str, index: int) -> bool:
        """Can ``name`` ("Mr Ancram", "Mrs Howard") stand for the mention at ``index``: no
        gendered title of the one against the other's title or given name."""
        mention = self.mentions[index]
        full = mention.full_name or mention.text
        titled = self._title_before(mention) + full
        return self.genders.compatible(name, titled if self.genders.of_title(titled) else full)

    def untitled(self, name: str) -> str:
        """``name`` without a gendered title ahead of it: "Mr Ancram" -> "Ancram"."""
        words = name.split()
        if len(words) > 1 and self.genders.of_title(name):
            return " ".join(words[1:])
        return name

    def name(self, words: str, at: int) -> int | None:
        """The person mention a bare name stands for ("Wenger" -> "Arsene Wenger"): the words are
        all in the name of exactly one person of the document; the mention nearest before
        ``at`` (else the first after it)."""
        tokens = _words(words)
        if not tokens:
            return None
        keys = set.intersection(*(self._by_word.get(t, set()) for t in tokens))
        if len(keys) != 1:
            return None  # nobody, or two people share the name: do not guess
        key = next(iter(keys))
        owners = [i for i, m in enumerate(self.mentions) if m.key == key and m.label in self.lexicon.person_labels]
        before = [i for i in owners if self.mentions[i].start < at]
        return before[-1] if before else owners[0]

    def full_name(self, index: int, spoke: frozenset[int] = frozenset()) -> int | None:
        """The mention naming in full the person a short name stands for ("Mr Katwala" after
        "Sundar Katwala") when the two keep apart keys: the one other name of the document that
        ends with the short one's words, of a person, or of a name that spoke (``spoke``: the
        model may label a speaker's full name a building or a body); the mention nearest before
        (else the first). None when the name is itself the longest or two names fit."""
        mention = self.mentions[index]
        if not self.is_person(mention):
            return None
        titled = self._titled_namesake(index)
        if titled is not None:
            return titled
        written = self._title_before(mention) + mention.text
        if self.genders.peerage(written) or self.genders.royal(written) or self.genders.peerage(mention.text) \
                or self.genders.royal(mention.text):
            return None  # "Lord Pellow", "Prince Edwin": a title the commoner "Dai Pellow" lacks
        short = _words(self.untitled(mention.full_name or mention.text))
        if not short or len(_words(mention.key)) > len(short):
            return None  # "Blair" already keyed by "Tony Blair": resolved, no other Blair to find
        found = [i for i, m in enumerate(self.mentions) if m.key != mention.key
                 and (self.is_person(m) or (i in spoke and m.label not in ("GPE", "LOC", "NORP")))
                 and len(_words(m.full_name or m.text)) > len(short)
                 and _words(m.full_name or m.text)[-len(short):] == short
                 and self.fits_title(self._title_before(mention) + mention.text, i)]
        if len({self.mentions[i].key for i in found}) != 1:
            return None  # nobody, or two people share the surname: do not guess
        before = [i for i in found if self.mentions[i].start < mention.start]
        return before[-1] if before else found[0]

    def _titled_namesake(self, index: int) -> int | None:
        """A name written after a title its mention left out ("Lord" before "Roberts of Conwy")
        and another name written with that title in the mention itself ("Lord Roberts"), under
        another key: the titled one is the person meant, not a namesake the short name was
        keyed to ("Sion Roberts")."""
        mention = self.mentions[index]
        title = self._title_before(mention).strip()
        if not title[:1].isupper() or title.lower() in self.lexicon.determiners:
            return None
        titled = f"{title} {mention.text}"
        found = [i for i, m in enumerate(self.mentions) if m.key != mention.key and m.label == mention.label
                 and (m.text == titled or m.text.startswith(titled + " of "))]
        if len({self.mentions[i].key for i in found}) != 1:
            return None
        before = [i for i in found if self.mentions[i].start < mention.start]
        return before[-1] if before else found[0]

    def acronym(self, word: str, at: int) -> int | None:
        """The organisation an acronym the mention finder missed stands for ("the IAAF" after
        "International Association of Athletics Federations"): the one group name whose
        capitalized words' initials spell it; the mention nearest before ``at``."""
        if not (2 <= len(word) <= 8 and word.isalpha() and word.isupper()):
            return None
        found = [i for i, m in enumerate(self.mentions) if m.label in self.lexicon.group_labels
                 and _initials(m.full_name or m.text) == word]
        if len({self.mentions[i].key for i in found}) != 1:
            return None  # nobody, or two bodies with those initials: do not guess
        before = [i for i in found if self.mentions[i].start < at]
        return before[-1] if before else found[0]

    def seeded_body(self, words: str, at: int) -> int | None:
        """ "Tories say" with no mention there: a body's everyday name that the alias seeds know
        ("Tories" of the Conservative Party) -> the document's mention of that body under any of
        its names, nearest before ``at`` (else the first); None when the document has none."""
        keys = _seed_names().get(name_key(words))
        if not keys:
            return None
        found = [i for i, m in enumerate(self.mentions) if m.key in keys or name_key(m.full_name or m.text) in keys]
        before = [i for i in found if self.mentions[i].start < at]
        return before[-1] if before else (found[0] if found else None)

    def is_seeded_body(self, words: str) -> bool:
        return name_key(words) in _seed_names()

    # --- descriptions -------------------------------------------------------------------------

    def description(self, noun: str, at: int, *, kind: str | None = None, salient: bool = True,
                    holder: bool = False) -> int | None:
        """The mention "the <noun>" stands for: the nearest earlier mention of the noun's kind
        whose introducing words (just before it, or its apposition just after) hold the noun;
        else, for the nouns of a story's firm and unless ``salient`` is False (the phrase names
        a body of its own: "the online bank X"), the organisation the story is about. With
        ``holder`` the phrase means the office's present holder: not one introduced as its
        former holder ("former Chancellor X")."""
        kind = kind or self.lexicon.kind_of_noun(noun)
        if kind is None:
            return None
        labels = self.lexicon.person_labels if kind == "person" else self.lexicon.group_labels
        # "the paper" is also the one introduced as a "newspaper": a noun of five letters or more
        # may close a compound word
        prefix = r"\w*" if len(noun) >= 5 else ""
        # "Market regulator X ... the watchdog said": a noun of the same kind of body introduces it too
        nouns = "|".join(re.escape(n) for n in self.lexicon.body_synonyms(noun))
        pattern = re.compile(rf"\b{prefix}(?:{nouns})(?:s|es)?\b")
        singular = re.compile(rf"\b{prefix}(?:{nouns})\b")
        firm_noun = noun.lower() in self.lexicon.salient_nouns
        if salient and noun.lower() in self.lexicon.party_nouns:
            return self.party(at, noun, pattern)
        printed = noun.lower() in self.lexicon.print_nouns
        for index in self._before(at):
            mention = self.mentions[index]
            if printed and mention.label not in _PRINT_LABELS:
                continue  # "US magazine X ... the magazine": X, never the US
            # a place or a people is no "firm": "X, of Arlington, Virginia, heads a group of firms",
            # "the UK firm X", "Turkish firms"; unless the model tagged a firm so and the noun
            # stands before its name ("Italian airline Alitalia")
            place = firm_noun and mention.key not in self._firms() and mention.label in _NOT_FIRMS
            if place and (mention.label == "NORP" or (mention.full_name or mention.text).lower() in _countries()):
                continue
            if noun.lower() in self.lexicon.named_body_nouns \
                    and not singular.search((mention.full_name or mention.text).lower()):
                continue  # "the tribunal" is the "X Tribunal" named, not the UK of "a tribunal in the UK"
            if mention.label in labels and self._introduced_with(index, pattern, at, before_only=place,
                                                                 adjacent=kind != "person", head_only=kind == "person") \
                    and not self.qualified_title(index, noun, holder):
                if kind == "person" and not self._introduced_with(index, singular, at, head_only=True):
                    continue  # "fellow stars A and B": "the star" may be either, or the one they join
                if kind != "person" and self._introduced_as_rival(index):
                    # "Rival club Y has pleaded ... X's response ... the club said": the story's
                    # own body, named since, not the rival it mentioned in passing
                    story = self._story_body_since(index, at, labels)
                    return index if story is None else story
                return index
        if kind == "person" and self.is_office(noun):
            # "The prime minister said ... Prime Minister Ana Ruiz later": one office has one
            # holder, whom the document may introduce with the title only after this
            for index in range(bisect.bisect_left(self.starts, at), len(self.mentions)):
                if self.mentions[index].label in labels and self._titled(index, pattern) \
                        and not self.qualified_title(index, noun, holder):
                    return index
        if kind == "person":
            ahead = self._titled_next(at, pattern, labels)
            if ahead is not None and not self.qualified_title(ahead, noun, holder):
                return ahead
        if salient and noun.lower() in self.lexicon.salient_nouns:
            return self.salient(at, noun)
        # "the UK-based journal X": a phrase naming its own outlet is that one, not one before
        return self.paper_before(noun, at) if printed and salient else None

    def paper_before(self, noun: str, at: int) -> int | None:
        """The outlet "the paper" stands for when none was introduced as one: the nearest outlet
        before ``at`` whose name holds a word of a paper's name ("according to the Kessel
        Times ... the newspaper said"). An outlet nearer than it that only heard ("told Radio
        Vaal") is passed over; one that may have reported ("according to the KT") ends the search
        with no answer, as does another publication come up since ("a paper by two doctors")."""
        for index in self._before(at):
            mention = self.mentions[index]
            if mention.label != "OUTLET":
                continue
            name = f" {(mention.full_name or mention.text).lower()} "
            if any(f" {word} " in name for word in self.lexicon.print_head_words):
                since = self.text[mention.end:at].lower()
                other = re.search(rf"\b(?:a|an|another)\s+(?:[\w-]+\s+){{0,3}}\w*{re.escape(noun.lower())}\b", since)
                # "according to the KT": a source since that is no mention may be the paper meant
                unnamed = _SOURCE_SINCE.search(self.text[mention.end:at])
                return None if other or unnamed else index
            if not _HEARER_BEFORE.search(self.text[max(0, mention.start - 30):mention.start]):
                return None
        return None

    def party(self, at: int, noun: str, pattern: re.Pattern) -> int | None:
        """The party "the party" stands for: the one named last before ``at`` (outside quotes),
        a body whose name or alias seeds hold the noun ("Labour" is the "Labour Party") or one
        introduced with it; none when another party is named in that mention's sentence or
        since ("Labour and the Tories clashed. The party said": either)."""
        parties = [i for i in self._before(at) if not self.in_quote(self.mentions[i].start)
                   and (self._is_party(self.mentions[i], noun) or (self.mentions[i].label in self.lexicon.group_labels
                                                                  and self._introduced_with(i, pattern, at)))]
        if not parties:
            return None
        last = parties[0]
        since = self._sentence_start(self.mentions[last].start)
        if any(self.mentions[i].key != self.mentions[last].key and self.mentions[i].start >= since for i in parties):
            return None
        return last

    def names_party(self, index: int, noun: str) -> bool:
        """Mention ``index`` names a body the seeds (or its own name) call by ``noun`` ("Labour"
        is the "Labour Party"), whatever label the model gave it."""
        return self._is_party(self.mentions[index], noun)

    def _is_party(self, mention: Mention, noun: str) -> bool:
        names = _seed_names().get(mention.key) or _seed_names().get(name_key(mention.full_name or mention.text)) \
            or frozenset({mention.key})
        return mention.label in self.lexicon.group_labels | self.lexicon.person_labels \
            and any(noun in key.split() for key in names)

    def _titled_next(self, at: int, pattern: re.Pattern, labels: frozenset[str]) -> int | None:
        """ "The Peruvian archbishop said ... Archbishop Tomas Ferreira added": the next person
        named after ``at`` (outside quotes), when the title stands right before the name or
        opens it, in the same paragraph and within ``_MAX_BLOCK_CHARS``; None when another
        person is named first (either may be the one described)."""
        for index in range(bisect.bisect_left(self.starts, at), len(self.mentions)):
            mention = self.mentions[index]
            if mention.start - at > _MAX_BLOCK_CHARS or "\n" in self.text[at:mention.start]:
                return None
            if self.in_quote(mention.start) or not self.is_person(mention):
                continue
            if mention.label not in labels:
                return None
            own = re.match(rf"{pattern.pattern}\s", mention.text.lower()) is not None
            return index if own or self._titled(index, pattern) else None
        return None

    def focus_person(self, at: int) -> int | None:
        """The person a description that introduces nobody stands for ("Film star Ana Ruiz
        held a party. The actor said ...", "The 67-year-old said"): the person named (outside
        quotes) in the nearest earlier sentence that names one, when that sentence and the text
        after it name no other person, it lies within ``_MAX_BLOCK_CHARS``, and no other person is
        described in between ("the minister"); else None."""
        people = [i for i in self._before(at) if self.mentions[i].label in self.lexicon.person_labels
                  and not self.in_quote(self.mentions[i].start)]
        if not people or at - self.mentions[people[0]].end > _MAX_BLOCK_CHARS:
            return None
        sentence = self.mentions[people[0]].sentence
        since = [i for i in people if self.mentions[i].sentence >= sentence]
        if len({self.mentions[i].key for i in since}) != 1:
            return None  # two people in that sentence (or after it): either may be meant
        chosen = min(since)
        if not self.opens_sentence(chosen):
            return None  # "She will meet X.", "Y has signed midfielder X.": X is not who is talked about
        if self.other_person_between(self.mentions[people[0]].end, at, chosen):
            return None
        return chosen

    def people_named_before(self, at: int, size: int) -> tuple[int, ...]:
        """ "X ended his feud with Y as the pair said": the ``size`` people named (outside
        quotes) in the nearest sentences before ``at`` that name anyone, within
        ``_MAX_BLOCK_CHARS``, when exactly that many are named there (more: either may be
        meant); their first mentions there, in text order. Else ()."""
        people: dict[str, int] = {}
        sentence = None
        for index, mention in self._unquoted_within_block(at):
            if not self.is_person(mention):
                continue
            if sentence is not None and mention.sentence != sentence and len(people) >= size:
                break  # the sentences read so far name enough people
            sentence = mention.sentence
            people[mention.key] = index  # nearest first: ends at the first mention of each
        if len(people) != size:
            return ()
        return tuple(sorted(people.values()))

    def firms_named_before(self, at: int, sizes: range, skip: frozenset[int] = frozenset()) -> tuple[int, ...]:
        """ "X and Y jumped on talk of a merger. The firms denied it": the organisations (names
        labelled one at least once, no country, outside quotes, not at ``skip``: the sources of
        earlier claims, who report on the firms) named in the nearest sentence before ``at``
        that names one, within ``_MAX_BLOCK_CHARS``, when their number is in ``sizes``; their
        first mentions there, in text order. Else ()."""
        firms = self._firms()
        found: dict[str, int] = {}
        sentence = None
        for index, mention in self._unquoted_within_block(at):
            if mention.key not in firms or mention.label not in self.lexicon.salient_labels or index in skip:
                continue
            if sentence is not None and mention.sentence != sentence:
                break
            sentence = mention.sentence
            found[mention.key] = index
        return tuple(sorted(found.values())) if len(found) in sizes else ()

    def _unquoted_within_block(self, at: int):
        """(index, mention) of the mentions before ``at``, nearest first, outside quotes, up to
        ``_MAX_BLOCK_CHARS`` back."""
        for index in self._before(at):
            mention = self.mentions[index]
            if at - mention.end > _MAX_BLOCK_CHARS:
                return
            if not self.in_quote(mention.start):
                yield index, mention

    def opens_sentence(self, index: int) -> bool:
        """The mention is what its sentence is about: nothing before it but capitalized words,
        a connective, and a title of at most three lower-case words ending in a noun of a person
        ("Hollywood film star X", "Spain coach X", "The Halifax, meanwhile, said"); not an object
        ("She will meet X", "Y signed midfielder X", "the star of A and X")."""
        mention = self.mentions[index]
        return self._title_words_only(self.text[self._sentence_start(mention.start):mention.start].split())

    def title_words_only(self, words: list[str]) -> bool:
        """Whether ``words`` before a name are only what may stand before its sentence's subject
        (capitalized words, a connective, a short title; see :meth:`opens_sentence`)."""
        return self._title_words_only(words)

    def _title_words_only(self, words: list[str]) -> bool:
        """The words before a name hold nothing but capitalized words, a connective and a title
        of at most three lower-case words ending in a noun of a person (see ``opens_sentence``)."""
        words = list(words)
        while words and words[0].lower().strip(",") in _CONNECTIVES:
            words.pop(0)
        lower = [i for i, word in enumerate(words) if not word[:1].isupper()]
        if not lower:
            return True
        title = [w.lower().strip(",") for w in words[lower[0]:]]
        nouns = self.lexicon.person_nouns | self.lexicon.focus_nouns
        return lower == list(range(lower[0], len(words))) and len(title) <= 3 and self._unprefixed(title[-1]) in nouns

    def _unprefixed(self, word: str) -> str:
        """ "co-chairman" -> "chairman", "ex-minister" -> "minister": a title noun without a
        qualifier or past word joined to it by a hyphen (``title_qualifiers``, ``past_titles``)."""
        prefix, _, rest = word.partition("-")
        return rest if rest and prefix in self.lexicon.title_qualifiers | self.lexicon.past_titles else word

    def nationals(self, word: str, at: int) -> tuple[int | None, ...] | None:
        """ "the Scot", "the Australian" (``word``: the people's word) at ``at``: the latest
        mention before ``at`` of each person the document states to be of that place ("Scottish
        X", "X (Scotland)", "X of Scotland"; coref.nationals), nearest first, then a None for each
        such person the model did not tag; None when the word names no place."""
        place = place_of_people(self, word)
        if place is None:
            return None
        tagged = tuple(sorted(nationals_before(self, place, at).values(), reverse=True))
        # "Scottish golfer X" with X untagged: one more person of the place (None), never a speaker
        return tagged + (None,) * len(untagged_nationals(self, place, at))

    def other_national(self, index: int, word: str, at: int) -> bool:
        """Whether the document states, before ``at``, that the person of mention ``index`` is of
        a place and never of the one ``word`` names ("Swiss X" is no "the American")."""
        place = place_of_people(self, word)
        stated = people_places_before(self, at).get(self.mentions[index].key, set())
        return place is not None and bool(stated) and place not in stated

    def country_of_capital(self, index: int, at: int) -> int | None:
        """ "Washington says", "Beijing has warned": the country whose capital the mention at
        ``index`` names, as a mention of the document (nearest before ``at``, else the first);
        None when the document does not name that country, or when another name holds the
        capital's word ("Berlin Film Festival": "Berlin" may be the festival)."""
        name = (self.mentions[index].full_name or self.mentions[index].text).lower()
        country = self.lexicon.capitals.get(name)
        names = {(m.full_name or m.text).lower() for m in self.mentions}
        if country is None or any(name in other and other != name for other in names):
            return None
        if re.search(rf"\b{re.escape(self.mentions[index].text)}\s+[A-Z]", self.text):
            return None  # "Berlin Film Festival", "Washington Post" the model did not take as names
        found = [i for i, m in enumerate(self.mentions) if (m.full_name or m.text).lower() == country]
        before = [i for i in found if self.mentions[i].start < at]
        return before[-1] if before else (found[0] if found else None)

    def is_focus_noun(self, words: str) -> bool:
        """ "the actor", "the Oscar-winning actress", "the 34-year-old": a description by what
        the person is (``focus_nouns``, an age, or a birthplace before a noun of a person: "the
        Peruvian-born researcher"), no tie to another person."""
        tokens = words.lower().split()
        return bool(tokens) and (tokens[-1] in self.lexicon.focus_nouns or _AGE.search(words) is not None
                                 or (_BORN.search(words) is not None and tokens[-1] in self.lexicon.person_nouns))

    def _titled(self, index: int, pattern: re.Pattern) -> bool:
        """The title stands right before the name ("Prime Minister Ana Ruiz", "Chancellor Mr X")."""
        mention = self.mentions[index]
        before = self.text[max(0, mention.start - self.lexicon.context_chars):mention.start].lower()
        return re.search(rf"{pattern.pattern}\s+(?:(?:mr|mrs|ms|dr|sir)\.?\s+)?$", before) is not None

    def government(self, noun: str, at: int) -> int | None:
        """ "the government" -> the nearest earlier name (outside quotes) that is itself a
        government ("the French government", "Welsh Assembly Government"), else the state the
        document makes clear (``coref.governments``); None when there is none."""
        for index in self._before(at):
            mention = self.mentions[index]
            words = _words(mention.full_name or mention.text)
            if mention.label in self.lexicon.group_labels and len(words) >= 2 and words[-1] == noun.lower() \
                    and not self.in_quote(mention.start) and not re.search(
                        r"\b(?:a|an|any|another|future|next|last|previous|former)\s+$",
                        self.text[max(0, mention.start - 12):mention.start], re.IGNORECASE):
                return index  # not "a Labour government would": one that may be, or was
        found = self._country_government(noun, at)
        return found if found is not None else state_of_government(self, at)

    def _country_government(self, noun: str, at: int) -> int | None:
        """ "the US government said ... The government says": the model often finds only the
        country in "the US government", so no mention ends with the noun; the nearest earlier
        country (outside quotes) that the noun follows ("US government", "Italy's government") is
        the government's country. Only a country: "the Blair government" is no state, and a
        hypothetical or past one ("a Labour government") is nobody's."""
        follows = re.compile(rf"(?:['’]s?)?\s+{re.escape(noun.lower())}\b", re.IGNORECASE)
        for index in self._before(at):
            mention = self.mentions[index]
            if mention.label != "GPE" or self.in_quote(mention.start) \
                    or (mention.full_name or mention.text).lower() not in _countries() \
                    or not follows.match(self.text, mention.end):
                continue
            if re.search(r"\b(?:a|an|any|another|future|next|last|previous|former)\s+$",
                         self.text[max(0, mention.start - 12):mention.start], re.IGNORECASE):
                return None  # "a French government would": the nearest one is hypothetical
            return index
        return None

    def is_office(self, title: str) -> bool:
        """ "prime minister", "the chancellor", "Tory leader": a title of one office and its one
        holder (the office noun with the words that specify it), not "a spokesman" or "an
        official", who may be anyone."""
        words = title.lower().split()
        return bool(words) and words[-1] in self.lexicon.office_nouns and (len(words) > 1 or words[-1] not in
                                                                         self.lexicon.specified_offices)

    def qualified_title(self, index: int, title: str, holder: bool = False) -> bool:
        """The person was introduced with a qualified form of ``title`` ("Deputy Prime Minister
        X", "shadow chancellor X"): "the prime minister" / "the chancellor" is someone else."""
        words = title.lower().split()
        if not words or words[0] in self.lexicon.title_qualifiers:
            return False
        mention = self.mentions[index]
        before = re.split(r"[.,;:()\n]", self.text[max(0, mention.start - self.lexicon.context_chars):mention.start])
        tokens = before[-1].lower().split()
        for at in range(len(tokens) - len(words), -1, -1):
            if [w.rstrip("s") for w in tokens[at:at + len(words)]] == [w.rstrip("s") for w in words]:
                qualifiers = self.lexicon.title_qualifiers | (self.lexicon.past_titles if holder else frozenset())
                # "ex-Labour chancellor X": a past title by its prefix, too
                return at > 0 and (tokens[at - 1] in qualifiers or (holder and tokens[at - 1].startswith("ex-")))
        return False

    def salient(self, at: int, noun: str = "") -> int | None:
        """The organisation a story is about, for "the company" / "the firm" when no mention was
        introduced with that noun: business news names its firm by name and then calls it "the
        company". Only when one organisation clearly dominates the text before ``at`` (at least
        ``_SALIENT_MIN`` mentions and ``_SALIENT_RATIO`` times the next one): with two firms of
        similar weight "the company" may be either, and no answer is safer."""
        # the model labels one firm ORG here and GPE there: a name labelled an organisation
        # once counts with all its mentions (a country labelled ORG by mistake never does)
        firms = self._firms()
        counts: dict[str, int] = {}
        nearest: dict[str, int] = {}
        own: dict[str, int] = {}
        for index in self._before(at):
            mention = self.mentions[index]
            if mention.key in firms and not self.in_quote(mention.start):
                root = self._firm_root(mention.key)
                counts[root] = counts.get(root, 0) + 1
                nearest.setdefault(root, index)
                if mention.key == root:  # the firm by its own name, before a longer one's ("GMAC" of GM)
                    own.setdefault(root, index)
        ranked = sorted(counts.values(), reverse=True)
        if not ranked or ranked[0] < _SALIENT_MIN or (len(ranked) > 1 and ranked[0] < _SALIENT_RATIO * ranked[1]):
            return None
        top = next(key for key, count in counts.items() if count == ranked[0])
        if noun and self.unnamed_rival(noun, self.mentions[nearest[top]].end, at):
            return None
        found = own.get(top, nearest[top])
        if self._other_name_in_sentence(top, at):
            return None  # "In a statement from X, the company denied": X, if anyone
        if self._other_firm_just_before(top, self.mentions[found].end, at):
            return None  # "Y, meanwhile, said ... The lender said": Y may be the one meant
        return found

    def spoken_firm(self, at: int, noun: str, spoke: frozenset[int]) -> int | None:
        """The firm "the company" stands for when no one firm dominates the count (:meth:`salient`):
        the one organisation that has itself spoken before ``at`` (``spoke``: mentions of earlier
        named speakers), the story's subject ("X said profits rose ... The company said"), while
        others were only talked about (its unit, its product, a rival, a regulator). None when
        two firms spoke, or with the same doubts as :meth:`salient` (an unnamed one of the noun
        since, another name in the sentence, another firm opening a sentence just before)."""
        firms = self._firms()
        speakers = [i for i in self._before(at) if i in spoke and self.mentions[i].key in firms
                    and self.mentions[i].label in self.lexicon.salient_labels]
        if noun.lower() not in self.lexicon.generic_firm_nouns:
            return None  # "the bank": only one introduced so (:meth:`description`), not any firm
        if not speakers:
            return None
        nearest = speakers[0]
        root = self._firm_root(self.mentions[nearest].key)
        if not all(self._one_firm(root, self._firm_root(self.mentions[i].key)) for i in speakers):
            return None  # two firms spoke: either may be meant
        if self.unnamed_rival(noun, self.mentions[nearest].end, at) \
                or self._other_name_in_sentence(root, at, lambda key: self._one_firm(root, key)) \
                or self._other_firm_just_before(root, self.mentions[nearest].end, at, lambda key: self._one_firm(root, key)):
            return None
        return nearest

    def sole_firm(self, at: int, noun: str) -> int | None:
        """ "Building group X has agreed to pay ... after the firm said": the one organisation
        named before ``at`` (outside quotes; one firm written two ways counts once), a subject
        opening its sentence at least once, for a noun of any firm; with :meth:`salient`'s doubts."""
        if noun.lower() not in self.lexicon.generic_firm_nouns:
            return None
        firms = self._firms()
        named = [i for i in self._before(at) if self.mentions[i].key in firms
                 and self.mentions[i].label in self.lexicon.salient_labels and not self.in_quote(self.mentions[i].start)]
        if not named:
            return None
        root = self._firm_root(self.mentions[named[0]].key)
        if not all(self._one_firm(root, self._firm_root(self.mentions[i].key)) for i in named) \
                or not any(self._firm_subject(i) for i in named):
            return None
        if self.unnamed_rival(noun, self.mentions[named[0]].end, at) \
                or self._other_name_in_sentence(root, at, lambda key: self._one_firm(root, key)):
            return None
        return named[0]

    def firm_subject(self, index: int) -> bool:
        """Public form of :meth:`_firm_subject` (round 48, ``coref.firms``)."""
        return self._firm_subject(index)

    def _firm_subject(self, index: int) -> bool:
        """The firm opens its sentence, bare or after a description ending in a noun of groups
        ("Australian building products group X has agreed")."""
        if self.opens_sentence(index):
            return True
        words = self.text[self._sentence_start(self.mentions[index].start):self.mentions[index].start].split()
        return 0 < len(words) <= 5 and self.lexicon.kind_of_noun(words[-1].strip(",")) == "group"

    @staticmethod
    def _one_firm(a: str, b: str) -> bool:
        """Two keys of one firm written two ways: "TimeWarner" and "Time Warner", "Kessel" and
        "Kessel Steel" (the words of one open the other's)."""
        words_a, words_b = a.split(), b.split()
        shorter = min(len(words_a), len(words_b))
        return a.replace(" ", "") == b.replace(" ", "") or words_a[:shorter] == words_b[:shorter]

    def _other_name_in_sentence(self, key: str, at: int, same: Callable[[str], bool] | None = None) -> bool:
        """A name other than ``key`` (not a place; by ``same`` when given) earlier in the
        sentence of ``at``: the description may be that one's."""
        start = max(self.text.rfind(". ", 0, at), self.text.rfind("\n", 0, at)) + 1
        same = same or key.__eq__
        return any(not same(self._firm_root(self.mentions[i].key)) and self.mentions[i].label not in _PLACE_LABELS
                   and self.mentions[i].start >= start for i in self._before(at))

    def _other_firm_just_before(self, key: str, since: int, at: int, same: Callable[[str], bool] | None = None) -> bool:
        """Another organisation (than ``key``; by ``same`` when given) opening a sentence
        (outside quotes) after ``since``, in the sentence before ``at`` or earlier in its own:
        the nearer one may be what "the company" means."""
        start = max(since, self._sentence_start(self._sentence_start(at) - 1))
        firms = self._firms()
        same = same or key.__eq__
        # the other firm as its sentence's subject ("The Halifax, meanwhile, said"); one named in
        # passing ("its rival Y", "an analyst at Y") leaves the story's firm in focus
        return any(not same(self._firm_root(self.mentions[i].key)) and self.mentions[i].key in firms
                   and self.mentions[i].start >= start
                   and not self.in_quote(self.mentions[i].start) and self.opens_sentence(i) for i in self._before(at))

    def sentence_start(self, at: int) -> int:
        return self._sentence_start(at)

    def _sentence_start(self, at: int) -> int:
        """Where the sentence holding ``at`` starts (after a full stop or a line break; blanks
        before ``at`` skipped), by the text alone."""
        head = self.text[:max(at, 0)]  # nothing at or after ``at`` is a boundary before it
        end = len(head.rstrip()) + 1  # the blank after a full stop counts
        start = max(head.rfind(". ", 0, end), head.rfind("\n", 0, end)) + 1
        # the capital after the quote may be at ``at`` itself: looked at in the text, up to it
        closed = [m.start() + 2 for m in _QUOTE_END.finditer(self.text, start, min(len(self.text), max(at, 0) + 1))
                  if m.end() <= max(at, 0)]
        return max([start] + closed)

    def _firms(self) -> frozenset[str]:
        """Keys of the names labelled an organisation at least once (not countries), by the model
        or by the words of their sentence (a mention's cue: "shares in X" where the model said
        a person or a place); once."""
        if self._firm_keys is None:
            self._firm_keys = frozenset(m.key for m in self.mentions
                                        if (m.label in self.lexicon.salient_labels or m.cue in self.lexicon.salient_labels)
                                        and (m.full_name or m.text).lower() not in _countries())
        return self._firm_keys

    def _firm_root(self, key: str) -> str:
        """The shortest firm name whose words open ``key``'s, for a name written once: "Kessel
        Foods" introduced in full and then called "Kessel" is one firm. A longer name written
        again ("Kessel Finance ... Kessel Finance") is a firm of its own, a unit of the other."""
        if sum(m.key == key for m in self.mentions) != 1:
            return key
        words = key.split()
        roots = [k for k in self._firms() if words[:len(k.split())] == k.split()]
        return min(roots, key=len) if roots else key

    def _introduced_as_rival(self, index: int) -> bool:
        """ "Rival local club Y", "its German rival Y": the name's title holds "rival"."""
        start = self.mentions[index].start
        before = re.split(r"[.,;:()\n\"“”]", self.text[max(0, start - 40):start])[-1]
        return re.search(r"\brivals?\s+(?:[\w'’-]+\s+){0,2}$", before, re.IGNORECASE) is not None

    def _story_body_since(self, rival: int, at: int, labels: Sequence[str]) -> int | None:
        """The body a story is about, named between the rival's mention and ``at`` (outside
        quotes): its nearest mention there, when it is named (outside quotes) before ``at`` more
        often than the rival and more often than any other body named there. Else None."""
        rival_key = self.mentions[rival].key
        counts: dict[str, int] = {}
        nearest: dict[str, int] = {}
        for index in self._before(at):
            mention = self.mentions[index]
            if mention.label not in labels or self.in_quote(mention.start):
                continue
            counts[mention.key] = counts.get(mention.key, 0) + 1
            if index > rival and mention.key != rival_key:
                nearest.setdefault(mention.key, index)
        ranked = sorted(nearest, key=lambda key: counts[key], reverse=True)
        if not ranked or counts[ranked[0]] <= counts[rival_key] \
                or (len(ranked) > 1 and counts[ranked[1]] == counts[ranked[0]]):
            return None
        return nearest[ranked[0]]

    def unnamed_rival(self, noun: str, start: int, end: int) -> bool:
        """ "X bought a small software firm. The firm said": an unnamed one of that noun brought
        in since the salient one was last named may be the one meant."""
        start = max(start, end - _MAX_BLOCK_CHARS)
        pattern = rf"\b(?:a|an|another|one)\s+(?:[\w'’-]+\s+){{0,3}}?{re.escape(noun.lower())}\b"
        return re.search(pattern, self.text[start:end], re.IGNORECASE) is not None

    def introduced_as(self, index: int, noun: str, at: int) -> bool:
        """Whether mention ``index`` is introduced (title, apposition, own name) with ``noun`` or a
        noun of the same kind of body (``same_bodies``)."""
        nouns = "|".join(re.escape(n) for n in self.lexicon.body_synonyms(noun))
        return self._introduced_with(index, re.compile(rf"\b(?:{nouns})(?:s|es)?\b"), at)

    def _introduced_with(self, index: int, pattern: re.Pattern, at: int, before_only: bool = False,
                         adjacent: bool = False, head_only: bool = False) -> bool:
        """The noun is in the title just before the name ("Foreign Minister X": at most
        ``_TITLE_WORDS`` words, not past another name or a full stop), in its apposition, or in
        the name itself ("the ministry" for "Ministry of Communications"). With ``head_only`` (a
        person's post) the apposition counts only up to its first tie word ("X, a friend of the
        Tory leader": the leader is someone else)."""
        mention = self.mentions[index]
        reach = self.lexicon.context_chars
        floor = max(0, mention.start - reach)
        if index > 0:
            previous = self.mentions[index - 1]
            # "Tory leader X", "Home Secretary X": a body's name inside the title is part of it
            # (floor at its start); another name before ends the title (floor at its end)
            inside = previous.label not in self.lexicon.person_labels and re.fullmatch(
                r"\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+", self.text[previous.end:mention.start]) is not None
            floor = max(floor, min(previous.start if inside else previous.end, mention.start))
        before = self.text[floor:mention.start]
        before = re.split(r"[.,;:()\n]", before)[-1]
        words = before.split()
        breaks = [i for i, w in enumerate(words) if w.lower() in self.lexicon.title_breaks]
        before = " ".join(words[breaks[-1] + 1:] if breaks else words)  # "The paper said X": no title of X
        before = " ".join(before.split()[-_TITLE_WORDS:])
        after = self.text[mention.end:min(at, mention.end + reach)]
        classifier = re.match(r"\s[\w-]+", after)  # "The Mirror newspaper", "the Labour party"
        classifier = classifier.group(0) if classifier else ""
        opens_sentence_phrase = _OPENING_PHRASE.search(self.text[max(0, mention.start - 40):mention.start])
        # "In California, the company ...": after an opening phrase the comma ends the phrase,
        # and the noun after it is the clause's subject, no apposition of the name
        apposition = after.startswith((",", " (")) and not (after.startswith(",") and opens_sentence_phrase)
        if apposition and any(w in self.lexicon.title_breaks for w in _words(after[:_clause_end(after)])):
            # "Echoing Secretary of State X, the prime minister said ...": the noun phrase after
            # the comma is the subject of a verb of saying, no apposition of X
            apposition = False
        # "Lena Varga is the new treasurer": a copula and a description say what she is, up to
        # a preposition ("X is the son of the minister" is no minister)
        predicate = _PREDICATE.match(after) if not apposition else None
        after = after[:_clause_end(after)] if apposition else \
            re.split(r"\s(?:of|for|to|at|with|by|from|and|or)\s", after[:_clause_end(after)])[0] if predicate else classifier
        if apposition and head_only:
            after = self._apposition_head(after)
        following = self.mentions[index + 1] if index + 1 < len(self.mentions) else None
        if following is not None and following.label in self.lexicon.person_labels \
                and mention.end < following.start < mention.end + len(after):
            # "X, Aid minister Y and Deputy Prime Minister Z": another person's name ends X's
            # apposition ("X, the Texas attorney general": a place's does not)
            after = after[:self.mentions[index + 1].start - mention.end]
        own = mention.full_name or mention.text  # "the ministry" -> "Ministry of Communications"
        if adjacent:
            # a body's title ends right before its name, or before capitalised words of it ("media
            # giant X", "regulator the X"); "Watchdog eyes X", "A watchdog has fined X": a verb
            # between says the noun is another body, not X's title
            before = _adjacent_title(before, pattern)
        # round 69: "X, the company's US unit", "the firm's chief Y": the noun names X's owner
        before, after = _without_owners(before), _without_owners(after)
        if before_only:  # a place's apposition or classifier ("Virginia, heads ... firms") is no title
            return bool(pattern.search(before.lower()))
        return bool(pattern.search(before.lower()) or pattern.search(after.lower()) or pattern.search(own.lower()))

    def _apposition_head(self, apposition: str) -> str:
        """An apposition up to its first tie word: "a friend of the Tory leader" says what X is
        (a friend), and the post after "of" is another person's; "the leader of the party" keeps
        its head."""
        words = apposition.split(" ")
        for i, word in enumerate(words):
            if i > 1 and word.lower() in self.lexicon.apposition_ties:
                return " ".join(words[:i])
        return apposition

    # --- pronouns -----------------------------------------------------------------------------

    def pronoun(self, word: str, at: int) -> int | None:
        """The antecedent of a pronoun at ``at``: among the earlier mentions of its kind that
        agree in gender ("she" never takes a "Mr" or a "Michael") and lie outside direct quotes,
        the first of the nearest sentence holding one — the subject, mostly ("Baros denied a row
        with Benitez. He said ..." -> Baros); None when there is none, or when a person described
        but not named comes between ("the prime minister"): the pronoun may mean that person.
        A name inside the participle phrase that opens the pronoun's own sentence ("Responding to
        criticism from X, he said") is never its antecedent: the phrase's subject is the pronoun."""
        kind = self.lexicon.pronouns.get(word.lower())
        if kind is None:
            return None
        opening = self._participle_opening(at)
        candidates = [i for i in self._before(at) if self._fits_pronoun(i, kind, word)
                      and not opening[0] <= self.mentions[i].start < opening[1]]
        if not candidates:
            return None
        nearest = candidates[0]
        sentence = self.mentions[nearest].sentence
        same = [i for i in candidates if self.mentions[i].sentence == sentence]
        chosen = min(same) if kind != "person" else self._subject_among(same)
        if chosen is None and kind == "person":
            # two people in that sentence, neither its subject: either may be meant, unless the
            # sentence's subject is a description the document resolves ("The 31-year-old came
            # second behind X and Y. She said": the one the 31-year-old stands for)
            return self._epithet_subject(self.mentions[nearest].start, at, word)
        if chosen is None:
            return None
        opening = self._pronoun_subject(self.mentions[nearest].start, word)
        if kind == "person" and opening is not None and not self.subject_of_sentence(chosen):
            # "X will partner Y. She will then face Z. She added": the pronoun goes on with the
            # one the sentence's own "she" stands for, not with the person it names after it
            return self.pronoun(word, opening)
        if kind == "person" and self.other_person_between(self.mentions[nearest].end, at, chosen, word):
            if self._own_epithet_only(chosen, nearest, at, word):
                # "Talk linked X with a move, but the England striker said ... He added": the
                # epithet in X's own sentence, which names nobody else, is X, no rival
                return chosen
            # "X backed it. It prompted the prime minister to act. He said": not X; the person a
            # description opening the nearest sentence stands for, when the document says who
            return self.described_subject(self.mentions[nearest].end, at, word)
        if kind == "person":
            # "X beat Y. The seventh seed, who is due to meet Z, is confident. He said": the
            # epithet that is Z's sentence's subject goes on with X, and so does the "he"
            carried = self._epithet_carried(chosen, word)
            return chosen if carried is None else carried
        return chosen

    def _epithet_carried(self, chosen: int, word: str) -> int | None:
        """The person a "he" / "she" goes on with when the sentence of its antecedent ``chosen``
        names it only after the subject, that subject being an epithet by what a person is ("The
        seventh seed, who is due to meet Z, ...", "The 21-year-old was hurt in a tackle by Z"): the
        person the epithet continues (``_continued_subject``), when that is not ``chosen``; else
        None (the antecedent stands)."""
        mention = self.mentions[chosen]
        if self.subject_of_sentence(chosen):
            return None
        opening = self._epithet_opening(mention.start)
        if opening is None:
            return None
        start, end, words = opening
        if any(re.search(r"['’]s?$", w) for w in words):
            return None  # "the seed's coach", "the club's star" (others)
        before = " ".join(self.text[end:mention.start].lower().split())
        if any(before == link or before.endswith(" " + link) for link in self.lexicon.predicate_links):
            return None  # "The star witness is X", "The seed, X,": the epithet describes X, no one else
        index = self._continued_subject(start, words[-1])
        if index is None or self.mentions[index].key == mention.key or not self.speaks_as_person(index) \
                or not self.agrees(index, word) or not self._plainly_a_person(index):
            return None
        return index

    def _plainly_a_person(self, index: int) -> bool:
        """The mention's person is known to be one by more than the model's label: a gender
        the document gives it (a title, a given name) or a name of two words at least. A one-word
        name labelled a person may be a band or a club ("Tamsk played on"), whom no epithet of a
        person continues."""
        mention = self.mentions[index]
        return self._gender.get(mention.key) in ("m", "f") or len(_words(mention.full_name or mention.text)) > 1

    def _continued_subject(self, at: int, noun: str) -> int | None:
        """The person an epithet at ``at`` continues: the subject (``_subject_among``, opening its
        sentence or the clause after an opening phrase) of the nearest earlier sentence that names
        a person outside quotes, within ``_MAX_BLOCK_CHARS``, with no person described between.
        None when that sentence has no such subject, or when another person in it is introduced
        by the epithet's noun ("X signed striker Y. The striker ...": Y may be meant)."""
        people = [i for i in self._before(at) if self.mentions[i].label in self.lexicon.person_labels
                  and not self.in_quote(self.mentions[i].start)]
        if not people or at - self.mentions[people[0]].end > _MAX_BLOCK_CHARS:
            return None
        sentence = self.mentions[people[0]].sentence
        same = [i for i in people if self.mentions[i].sentence == sentence]
        subject = self._subject_among(same)
        if subject is None or not self.subject_of_sentence(subject):
            return None
        rivals = [i for i in same if self.mentions[i].key != self.mentions[subject].key]
        if any(self.introduced_as(i, noun, at) for i in rivals):
            return None
        if self.other_person_between(self.mentions[people[0]].end, at, subject):
            return None
        return subject

    def _own_epithet_only(self, chosen: int, nearest: int, at: int, word: str) -> bool:
        """The only people described between the antecedent's sentence and the pronoun are
        epithets by what a person is ("the England striker", "the 29-year-old": ``is_focus_noun``,
        after "the", opening a clause after a comma or "but"/"and", no name or possessive after it)
        inside that sentence, which names (outside quotes) nobody but the antecedent: a reader
        takes the epithet for the one just named ("a bet on the actor" may be another). An
        office ("the minister") may be another holder; any description after that sentence may be
        someone else (``other_person_between``)."""
        start = self.mentions[nearest].end
        ends = [m.end() for m in _SENTENCE_END.finditer(self.text, start, at) if not self.in_quote(m.start())]
        end = ends[0] if ends else at
        if self.other_person_between(end, at, chosen, word) or not self._names_only(chosen, nearest):
            return False
        for match in self._person_description.finditer(self.text, start, end):
            if self.in_quote(match.start()) or match.group("noun").lower() not in self.lexicon.person_nouns:
                continue  # quoted words and plurals: no rival for "he" (as ``other_person_between``)
            if match.group(0).split()[0].lower() != "the" or not self.is_focus_noun(match.group(0)) \
                    or self._named_after(match.end()) or re.match(r"['’]s?\b", self.text[match.end():match.end() + 2]) \
                    or not _CLAUSE_OPENING.search(self.text, max(0, match.start() - 12), match.start()):
                return False
        return True

    def _names_only(self, chosen: int, nearest: int) -> bool:
        """The sentence of mention ``nearest`` names (outside quotes) no person but the one of
        mention ``chosen``."""
        sentence = self.mentions[nearest].sentence
        return all(m.key == self.mentions[chosen].key for m in self.mentions
                   if m.sentence == sentence and m.label in self.lexicon.person_labels and not self.in_quote(m.start))

    def _epithet_opening(self, before: int) -> tuple[int, int, list[str]] | None:
        """Where the sentence holding offset ``before`` opens, outside quotes, with an epithet by
        what a person is and no name ("The 31-year-old", "the veteran actor", "The seventh seed"),
        ending before ``before``: its start, its end and its words (the shortest opening that is an
        epithet); else None. Not "the actor Ana Ruiz" (a name) nor "the actor's wife" (someone else)."""
        found = _EPITHET_OPENING.match(self.text, self._sentence_start(before))
        if found is None or self.in_quote(found.start("epithet")):
            return None
        words = found.group("epithet").split()
        size = next((n for n in range(2, len(words) + 1) if self.is_focus_noun(" ".join(words[:n]))), None)
        if size is None:
            return None
        start = found.start("epithet")
        end = start + len(" ".join(words[:size]))  # one space between words, mostly
        if self.text[start:end].split() != words[:size] or end > before \
                or self._named_after(end) or re.match(r"['’]s?\b", self.text[end:end + 2]):
            return None
        return start, end, words[:size]

    def _epithet_subject(self, inside: int, at: int, word: str) -> int | None:
        """The person a "he" / "she" at ``at`` goes on with when the sentence holding ``inside``
        names people only after its subject, and that subject is an epithet of nobody else ("The
        31-year-old came second behind X and Y. She said", "But the actor lost to X and Y"): the
        one the epithet stands for (``focus_person``), agreeing with ``word``; else None."""
        opening = self._epithet_opening(inside)
        if opening is None:
            return None
        start, end, _ = opening
        index = self.focus_person(start)
        if index is None or not self.speaks_as_person(index) or not self.agrees(index, word) \
                or self.other_person_between(end, at, index, agreeing=word):
            return None
        return index

    def _pronoun_subject(self, at: int, word: str) -> int | None:
        """Where the sentence holding ``at`` opens with ``word`` as its subject, after connectives
        at most ("She will then ...", "But he ..."), outside quotes: the pronoun's offset."""
        start = self._sentence_start(at)
        opening = rf"\s*((?:[A-Za-z]+,?\s+){{0,2}}?)({re.escape(word)})\b"  # "But he", "However, she"
        found = re.match(opening, self.text[start:at], re.IGNORECASE)
        if found is None or self.in_quote(start + found.start(2)):
            return None
        head = found.group(1).replace(",", " ").split()
        return start + found.start(2) if all(w.lower() in _CONNECTIVES for w in head) else None

    def described_subject(self, start: int, at: int, word: str) -> int | None:
        """ "Tory leader Ana Ruiz ... Mr Vale spoke. The Tory leader countered ... She said": the
        person the description ``subject_description`` finds stands for (``description``, or
        ``focus_person`` for "the 24-year-old"), agreeing with ``word``; None when there is no
        such description or it resolves to nobody."""
        found = self.subject_description(start, at)
        if found is None:
            return None
        # the whole title, not its noun alone: "the foreign secretary" is no "Home Secretary X"
        title = " ".join(found.group(0).lower().split()[1:])
        index = self.description(title, found.end(), kind="person", holder=True)
        if index is None and self.is_focus_noun(found.group(0)):
            index = self.focus_person(found.start())
        return index if index is not None and self.speaks_as_person(index) and self.agrees(index, word) else None

    def pronoun_description(self, word: str, at: int) -> re.Match | None:
        """The description a person pronoun at ``at`` goes on with (``subject_description``)
        after its nearest named candidate, for a lookup the document cannot make itself (the
        corpus's office holders: :mod:`newsgraph.coref.offices`)."""
        if self.lexicon.pronouns.get(word.lower()) != "person":
            return None
        candidates = [i for i in self._before(at) if self._fits_pronoun(i, "person", word)]
        return self.subject_description(self.mentions[candidates[0]].end if candidates else 0, at)

    def subject_description(self, start: int, at: int) -> re.Match | None:
        """A definite singular description of one person ("the chancellor", "But the Tory
        leader") opening the last sentence (outside quotes) that holds one between ``start``
        and ``at``, that sentence the one of ``at`` or the one just before; None when none does,
        when a later description of a person comes in another sentence before ``at`` (that one
        is nearer), and for "his lawyer" (someone's), "the minister Dana Kell" (a name) and "the
        chancellor's plans" (the plans are the subject)."""
        found = [m for m in self._person_description.finditer(self.text, max(start, at - _MAX_BLOCK_CHARS), at)
                 if not self.in_quote(m.start()) and m.group("noun").lower() in self.lexicon.person_nouns
                 and not (m.group("noun").lower() in self.lexicon.capitalized_bodies and m.group("noun")[:1].isupper())
                 and not self._in_thing_phrase(m) and not self._word_of_name(m)]
        subjects = [m for m in found if self._opens_with_description(m)]
        if not subjects:
            return None
        last = subjects[-1]
        sentence = self._sentence_start(last.end())  # a point inside: the start itself reads as the end before
        if any(self._sentence_start(m.end()) != sentence for m in found if m.start() > last.start()):
            return None  # "The chancellor spoke. It angered the minister. He said": either may be meant
        ends = [m for m in _SENTENCE_END.finditer(self.text, last.end(), at + 1) if not self.in_quote(m.start())]
        if len(ends) > 1:
            return None  # a sentence between may be about someone the mention finder missed
        if last.group(0).split()[0].lower() != "the" or self._named_after(last.end()) \
                or re.match(r"['’]s?\b", self.text[last.end():last.end() + 2]):
            return None
        return last

    def _opens_with_description(self, match: re.Match) -> bool:
        """The description is its sentence's subject: only connectives before it ("But the
        chancellor", "However, the minister")."""
        head = self.text[self._sentence_start(match.end()):match.start()]
        if all(w.lower() in _CONNECTIVES for w in head.replace(",", " ").split()):
            return True
        # "Turning to the economy, the chancellor pledged": after an opening phrase closed by a
        # comma, as ``subject_of_sentence`` reads a name there
        first = re.match(r"\s*(?:(?:And|But|So|Yet)\s+)?([A-Za-z]+)", head)
        return head.count(",") == 1 and head.rstrip().endswith(",") and not re.search(r"[\"“”]", head) \
            and first is not None and self._opening_word(first.group(1).lower())

    def _opening_word(self, word: str) -> bool:
        """A word that opens a phrase before a sentence's subject: a preposition or a time word
        (``opening_words``), a participle ("Speaking", "Asked")."""
        # "Formerly one of X's aides, Y hinted": an adverb in -ly opens such a phrase as well
        return word in self.lexicon.opening_words or word in self.lexicon.opening_participles \
            or (len(word) > 5 and word.endswith(("ing", "ed"))) or (len(word) > 6 and word.endswith("ly"))

    def subject_of_sentence(self, index: int) -> bool:
        """The mention is its sentence's subject by its place: it opens the sentence
        (``opens_sentence``: after capitalized words, a connective or a title), or the clause after
        an opening phrase closed by a comma ("On Monday, X said", "In talks with Y, Foreign
        Minister X said"), with only such words between that comma and the name."""
        if self.opens_sentence(index):
            return True
        mention = self.mentions[index]
        head = self.text[self._sentence_start(mention.start):mention.start]
        # a sentence after a quote's or a question's end (`yet." X picked`), which the text's
        # full stops alone do not show
        head = re.split(r"[.!?][\"”’']?\s+", head)[-1]
        if self._title_words_only(head.split()):
            return True
        if head.count(",") != 1 or re.search(r"[\"“”]", head):
            return False
        opening, rest = head.split(",")
        first = re.match(r"\s*(?:(?:And|But|So|Yet)\s+)?([A-Za-z]+)", opening)
        if first is None or not self._opening_word(first.group(1).lower()):
            return False  # "X met Y in Chatham, Kent": no opening phrase, the comma is a name's
        # "On Friday, former South African president X": capitalized words and a title's words
        words = [w.lower() for w in rest.split() if not w[:1].isupper()]
        nouns = self.lexicon.person_nouns | self.lexicon.focus_nouns
        titles = nouns | self.lexicon.past_titles | self.lexicon.title_qualifiers | {"the"}
        return len(rest.split()) <= 5 and all(w in titles for w in words) and (not words or words[-1] in nouns
                                                                                or words == ["the"])

    def _subject_among(self, same: list[int]) -> int | None:
        """Of the people of one sentence, the one a "he" goes on with: the only one, else the
        sentence's subject ("In talks with X, Y agreed. He said": Y), else None."""
        if len({self.mentions[i].key for i in same}) == 1 or self._one_by_alias(sorted(same)):
            return min(same)
        return next((i for i in sorted(same) if self.subject_of_sentence(i) and not self._owner_of_named(i)), None)

    def _owner_of_named(self, index: int) -> bool:
        """ "Vaal's lawyer, Jo Brann, said ...": the name owns a person ("'s", or "'" after a final
        "s" as in "Jonas' lawyer", and a title of at
        most three lower-case words ending in a noun of a person) whom the next mention names
        (right after it, or after a comma). It opens the sentence, but the one the sentence is
        about, and a "he" after it goes on with, is the person named after the title."""
        mention = self.mentions[index]
        owned = _OWNED_TITLE.match(self.text, mention.end)
        if owned is None or not self._title_words_only(owned.group("title").split()):
            return False
        following = index + 1
        return following < len(self.mentions) and self.mentions[following].start == owned.end() \
            and self.mentions[following].label in self.lexicon.person_labels

    def _one_by_alias(self, ordered: list[int]) -> bool:
        """The names are one person by what the text states between each and the next ("X,
        aka Y", "X, also known as Y"): no rival for a pronoun."""
        return all(any(gap.fullmatch(self.text, self.mentions[a].end, self.mentions[b].start)
                       for gap in self.lexicon.alias_gaps) for a, b in zip(ordered, ordered[1:]))

    def undecided(self, word: str, at: int) -> bool:
        """True when the nearest sentence before ``at`` names two people a person pronoun fits
        and neither is its subject: no earlier speaker is safer than they are."""
        same = self.nearest_candidates(word, at)
        return bool(same) and self._subject_among(same) is None

    def nearest_candidates(self, word: str, at: int) -> list[int]:
        """The people a person pronoun at ``at`` may stand for in the nearest sentence before it
        that names one (outside quotes, agreeing, not in a participle phrase opening the
        pronoun's sentence); [] for other pronouns or when there is none."""
        if self.lexicon.pronouns.get(word.lower()) != "person":
            return []
        opening = self._participle_opening(at)
        candidates = [i for i in self._before(at) if self._fits_pronoun(i, "person", word)
                      and not opening[0] <= self.mentions[i].start < opening[1]]
        if not candidates:
            return []
        sentence = self.mentions[candidates[0]].sentence
        return [i for i in candidates if self.mentions[i].sentence == sentence]

    def _fits_pronoun(self, index: int, kind: str, word: str) -> bool:
        """The mention may be what a pronoun of ``kind`` stands for: of its labels, outside
        quotes, agreeing in gender; a person ("he") by what the document says of the name, a body
        ("they", "it") never a name the document gives a person."""
        mention = self.mentions[index]
        labels = self.lexicon.person_labels if kind == "person" else self.lexicon.group_labels
        if mention.label not in labels or self.in_quote(mention.start) or not self.agrees(index, word):
            return False
        return self.speaks_as_person(index) if kind == "person" else not self.named_person(index)

    def speaks_as_person(self, index: int) -> bool:
        """A mention a "he" / "she" may stand for: a person's name (``is_person``) that the
        document does not show to be a body — by most of its mentions under other labels
        ("Yukos" tagged a person once among organisations), or by its use before a post held in
        a body and another person's name ("X frontman Y", "X chief executive Y"). A gendered
        title or pronoun of the name ("Mr X") keeps it a person."""
        mention = self.mentions[index]
        if not self.is_person(mention):
            return False
        if mention.key not in self._person_keys:
            self._person_keys[mention.key] = self._person_by_use(mention.key)
        return self._person_keys[mention.key]

    def _person_by_use(self, key: str) -> bool:
        if self._gender.get(key):
            return True
        labels = self._labels.get(key, [])
        if sum(label in self.lexicon.person_labels for label in labels) * 2 < len(labels):
            return False
        return not any(self._title_modifier(i) for i, m in enumerate(self.mentions) if m.key == key)

    def firm_typed_otherwise(self, index: int) -> bool:
        """A mention the model typed a person or a place that names a firm of the story: its name
        is labelled an organisation elsewhere in the document (:meth:`_firms`: not a country), at
        least as often as it is labelled so ("Skyvane said ..." tagged a person, "Skyvane" an
        organisation after), and a person's name shows no gender (a "Mr X" is a person)."""
        mention = self.mentions[index]
        if mention.label not in self.lexicon.person_labels | {"GPE"} or mention.key not in self._firms():
            return False
        if self._gender.get(mention.key):
            return False
        labels = self._labels.get(mention.key, [])
        firm = sum(label in self.lexicon.salient_labels for label in labels)
        return firm * 2 >= len(labels) or (self.is_person(mention) and not self.speaks_as_person(index))

    def titled_body(self, index: int) -> bool:
        """A name the model typed no organisation that the story writes, once at least, right
        after a lower-case noun of bodies ("marketing company X", "budget airline X", "consumer
        group X": ``group_nouns``): a body by the story's own word, which an "it" may stand for;
        never a name with a gender ("Mr X")."""
        mention = self.mentions[index]
        if mention.label in self.lexicon.salient_labels or self._gender.get(mention.key):
            return False
        if self._titled_keys is None:
            self._titled_keys = frozenset(m.key for m in self.mentions if self._after_body_noun(m))
        return mention.key in self._titled_keys

    def _after_body_noun(self, mention: Mention) -> bool:
        """The word right before the mention is a singular noun of bodies, in lower case."""
        noun = _NOUN_BEFORE.search(self.text, max(0, mention.start - 40), mention.start)
        return noun is not None and noun.group(1) in self.lexicon.group_nouns

    def named_person(self, index: int) -> bool:
        """A body-labelled mention whose name the document gives a person as often as not
        ("Britney" in a headline, "Britney Spears" after): no "they" or "it" stands for it."""
        labels = self._labels.get(self.mentions[index].key, [])
        return sum(label in self.lexicon.person_labels for label in labels) * 2 >= len(labels)

    def _title_modifier(self, index: int) -> bool:
        """ "Valdor chief executive Ana Ruiz", "Kessel frontman Jo Pike": the name stands before
        lower-case words holding a post in a body (``body_titles``) and right after them another
        person's name: the name is that body, a modifier of the post."""
        if index + 1 >= len(self.mentions):
            return False
        mention, following = self.mentions[index], self.mentions[index + 1]
        between = re.fullmatch(r"(?:['’]s?)?((?:\s+[a-z][\w-]*){1,4})\s+", self.text[mention.end:following.start])
        return (between is not None and following.key != mention.key and self.is_person(following)
                and any(w in self.lexicon.body_titles for w in between.group(1).split()))

    def _participle_opening(self, at: int) -> tuple[int, int]:
        """The span of a participle phrase opening the sentence of ``at`` and closed by a comma
        right before it ("Asked about X's remarks, ", "Responding to criticism from X, "): its
        subject is what stands at ``at``. (0, 0) when there is none."""
        start = self._sentence_start(at)
        head = self.text[start:at]
        # ``at`` may be the pronoun itself or a word after it ("..., he insisted")
        found = re.fullmatch(r"\s*(?:(?:And|But|So)\s+(?P<after>[a-z]+)|(?P<verb>[A-Z][a-z]+))\b[^.;:!?\"“”]*"
                             r"(?P<comma>,)\s*(?:(?:he|she|it|they|we)\b[^.;:!?,\"“”]*)?", head)
        if found is None:
            return (0, 0)
        verb = (found.group("after") or found.group("verb")).lower()
        # "During X's visit, he", "Following X's defeat, he": prepositions, whose names may be "he"
        participle = verb.endswith("ing") and len(verb) > 5 and verb not in self.lexicon.opening_prepositions
        if not participle and verb not in self.lexicon.opening_participles:
            return (0, 0)
        return (start, start + found.start("comma"))

    def other_people_between(self, start: int, end: int) -> bool:
        """True when between ``start`` and ``end`` (outside quotes) the text names several people
        by a definite plural ("the couple", "the two men", "the players"): a "they" after it may
        mean them, not a body named before."""
        start = max(start, end - _MAX_BLOCK_CHARS)
        nouns = "|".join(sorted((re.escape(n) for n in self.lexicon.collective_people), key=len, reverse=True))
        pattern = rf"\b(?:the|both|these|those)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{nouns})\b" if nouns else None
        if pattern:
            for match in re.finditer(pattern, self.text[start:end], re.IGNORECASE):
                if not self.in_quote(start + match.start()):
                    return True
        for match in self._person_description.finditer(self.text, start, end):
            noun = match.group("noun").lower()
            plural = noun.endswith("s") and noun[:-1] in self.lexicon.person_nouns and noun not in self.lexicon.person_nouns
            if plural and match.group(0).split()[0].lower() == "the" and not self.in_quote(match.start()):
                return True
        return False

    def quantified_people_between(self, start: int, end: int) -> bool:
        """True when between ``start`` and ``end`` (outside quotes) a quantifier heads a noun of
        people ("every activist I spoke to", "many voters"): an unnamed group a "they" after it
        may stand for, so no body named before is safe, and the "they" is an unnamed voice (round 64)."""
        start = max(start, end - _MAX_BLOCK_CHARS)
        quantifiers = "|".join(re.escape(w) for w in sorted(self.lexicon.group_quantifiers))
        people = self.lexicon.person_nouns | self.lexicon.group_people
        nouns = "|".join(sorted((re.escape(n) for n in people), key=len, reverse=True))
        if not quantifiers or not nouns:
            return False
        pattern = rf"\b(?:{quantifiers})\s+(?:[\w'’-]+\s+)??(?:{nouns})s?\b"
        return any(not self.in_quote(start + match.start())
                   for match in re.finditer(pattern, self.text[start:end], re.IGNORECASE))

    def people_from(self, index: int) -> bool:
        """True when mention ``index`` is the place a plural noun of people comes from, right
        before it in its sentence ("a party of councillors from X", "residents in X"): a "they"
        after it stands for those unnamed people, never for X (round 64). Not "members of X",
        whose voice is the body's (``people_from_prepositions`` holds no "of"), nor people from
        a body the text names ("researchers from X University")."""
        mention = self.mentions[index]
        prepositions = "|".join(re.escape(w) for w in sorted(self.lexicon.people_from_prepositions))
        if not prepositions or self.in_quote(mention.start):
            return False
        before = self.text[self.sentence_start(mention.start):mention.start]
        found = re.search(rf"\b(?P<noun>[\w'’-]+)\s+(?:{prepositions})\s+(?:the\s+)?$", before, re.IGNORECASE)
        if found is None:
            return False
        noun = found.group("noun").lower()
        if mention.label in ("GPE", "LOC"):  # "researchers in Kessel": any plural of people
            return noun.endswith("s") and noun[:-1] in self.lexicon.person_nouns or noun in self.lexicon.group_people
        # a body's name ("researchers from Kessel University") speaks for its people, anonymous, as
        # schema.md says: only nouns of a place's people, before one word no body seed knows
        # ("councillors from Kessel", the town typed a body)
        return noun in self.lexicon.group_people and len(mention.text.split()) == 1 \
            and not self.is_seeded_body(mention.text)

    def other_person_between(self, start: int, end: int, antecedent: int | None, word: str = "",
                             agreeing: str = "") -> bool:
        """True when between ``start`` and ``end`` (outside quotes) the text describes one person
        ("the prime minister", "a spokesman") that is not ``antecedent`` and is not named there:
        a "he" after it may mean that person, so no named antecedent is safe. With ``agreeing``
        (a pronoun), a description the document resolves to a person of the other gender is none."""
        start = max(start, end - _MAX_BLOCK_CHARS)
        for match in self._person_description.finditer(self.text, start, end):
            noun = match.group("noun").lower()
            if self.in_quote(match.start()) or noun not in self.lexicon.person_nouns or self._in_thing_phrase(match):
                continue  # quoted words, a plural ("the players"), "the general election": no rival for "he"
            possessive = match.group(0).split()[0].lower()
            genders = self.lexicon.pronoun_genders
            if possessive in ("his", "her") and noun in self.lexicon.kin_nouns and antecedent is not None \
                    and word and genders.get(word.lower()) == genders.get(possessive) \
                    and self.agrees(antecedent, possessive):
                # "X thanked them for his son's release. He added": the family of the antecedent,
                # who stays in focus ("One woman said her husband ... him": not his)
                continue
            if noun in self.lexicon.capitalized_bodies and match.group("noun")[:1].isupper():
                continue  # "the Scottish Executive": a body's name, no person
            if self._own_relation_before(match, end, word or agreeing):
                continue  # "In a letter to his agent he wrote": the agent is his, never the "he"
            if self._named_after(match.end()):
                continue  # "the minister Dana Kell": a name the antecedent search has seen
            if self._word_of_name(match):
                continue  # "the Uncle Joe's Cup": the noun is a word of a name, no person
            if self._describes_antecedent(start, match.start(), antecedent):
                continue  # "Kell was the minister ...", "Kell, the minister": Kell described
            found = self.description(noun, match.end(), kind="person")
            if found is None and self.is_focus_noun(match.group(0)):
                found = self.focus_person(match.start())  # "the star of the film": the one just named
            if found is not None and self.lexicon.pronoun_genders.get(agreeing.lower()) \
                    and self._gender.get(self.mentions[found].key) in ("m", "f") and not self.agrees(found, agreeing):
                continue  # "Ms X said ... the mayor [Mr Y] ... She said": a man is no rival for "she"
            if found is None or antecedent is None or self.mentions[found].key != self.mentions[antecedent].key:
                return True
        return False

    def _own_relation_before(self, match: re.Match, at: int, word: str) -> bool:
        """The description is "his/her <person noun>" in the pronoun's own sentence, before it
        and outside quotes, its possessive of the pronoun's gender ("In a letter to his agent he
        wrote", "After her coach left, she said"): the sentence's "he" owns that person and is
        not that person, so it is no rival. Another sentence's "his agent" stays one."""
        possessive = match.group(0).split()[0].lower()
        genders = self.lexicon.pronoun_genders
        if possessive not in ("his", "her") or not word or genders.get(word.lower()) != genders.get(possessive):
            return False
        return self._sentence_start(match.start()) == self._sentence_start(at)

    def _in_thing_phrase(self, match: re.Match) -> bool:
        """The description's noun is part of a phrase naming no person ("the general election",
        "the city centre": ``not_person_phrases``), with the word before or after it."""
        before = self.text[max(0, match.start("noun") - 30):match.start("noun")].split()[-1:]
        after = re.match(r"\s+([A-Za-z-]+)", self.text[match.end():match.end() + 30])
        noun = match.group("noun").lower()
        phrases = {f"{before[0].lower()} {noun}"} if before else set()
        if after:
            phrases.add(f"{noun} {after.group(1).lower()}")
        return bool(phrases & self.lexicon.not_person_phrases) or self._attributive(match) \
            or self._attributive_before_name(match)

    def _attributive(self, match: re.Match) -> bool:
        """ "the official organisation", "the chief concern": a noun English also uses as an
        adjective (``attributive_nouns``) right before a lower-case word that is no person noun
        ("the chief executive") and no word that goes on from a person (``follows_person``:
        "the official said", "the chief of")."""
        noun = match.group("noun").lower()
        after = re.match(r" ([a-z][a-z-]*)\b", self.text[match.end():match.end() + 30])
        if noun not in self.lexicon.attributive_nouns or after is None:
            return False
        word = after.group(1)
        return word not in self.lexicon.follows_person and self.lexicon.kind_of_noun(word) != "person" \
            and self.lexicon.kind_of_noun(word.rstrip("s")) != "person"

    def _attributive_before_name(self, match: re.Match) -> bool:
        """ "the official Kessel Says No campaign": a noun English also uses as an adjective
        (``attributive_nouns``) right before a capitalized word that is no person's — no given
        name, no title, no mention the model tagged (those are :meth:`_named_after`) — modifies the
        name of a campaign or a thing, and describes no person (round 67)."""
        noun = match.group("noun").lower()
        after = re.match(r" ([A-Z][\w'’-]*)", self.text[match.end():match.end() + 30])
        if noun not in self.lexicon.attributive_nouns or after is None:
            return False
        word, genders = after.group(1).lower().rstrip("."), self.genders
        return word not in genders.female_names | genders.male_names | genders.either_names \
            | genders.female_titles | genders.male_titles | genders.given_name_titles \
            | genders.peerage_titles | genders.royal_titles

    def _describes_antecedent(self, name_end: int, description_start: int, antecedent: int | None) -> bool:
        """The description follows the name it describes, joined by a copula or a comma: right
        after the mention, or after a word of the antecedent's name the model did not tag."""
        # "Lord Kell of Arden, who was a minister": the place of a title ends the name, no link word;
        # "Ana Ruiz, 23, a nurse": the age between the name and its apposition, neither
        link = _AGE_APPOSED.sub("", _NAME_PLACE.sub("", self.text[name_end:description_start], count=1), count=1)
        if len(link) < 30 and self._without_adverbs(link) in self.lexicon.predicate_links:
            return True
        if antecedent is None:
            return False
        before = self._without_adverbs(self.text[max(0, description_start - 50):description_start])
        for phrase in self.lexicon.predicate_links:
            found = re.search(rf"([\w'’-]+)\s*{re.escape(phrase)}\s*$", before)
            words = _words(found.group(1)) if found else []
            if words and self.mentions[antecedent].key in self._by_word.get(words[-1], set()):
                return True
        return False

    def _without_adverbs(self, link: str) -> str:
        """``link`` lower-cased, one space between words, without the adverbs a copula may hold
        ("has also been" -> "has been", ``link_adverbs``): the link a reader hears."""
        return " ".join(w for w in link.lower().split() if w not in self.lexicon.link_adverbs)

    def _word_of_name(self, match: re.Match) -> bool:
        """The description's noun is a word of a name that is no person's: inside a mention of
        another label ("the Uncle Joe's Cup", the finder holding the body "Uncle Joe")."""
        at = match.start("noun")
        index = bisect.bisect_right(self.starts, at) - 1
        return index >= 0 and self.mentions[index].start <= at < self.mentions[index].end \
            and self.mentions[index].label not in self.lexicon.person_labels

    def _named_after(self, offset: int) -> bool:
        at = bisect.bisect_left(self.starts, offset)
        return at < len(self.mentions) and self.mentions[at].start - offset <= 3

    def pronoun_kind(self, word: str) -> str | None:
        return self.lexicon.pronouns.get(word.lower())

    def agrees(self, index: int, word: str) -> bool:
        """False when the pronoun's gender is known and the mention's person is known to be of
        the other one; True otherwise (unknown is no evidence)."""
        wanted = self.lexicon.pronoun_genders.get(word.lower())
        known = self._gender.get(self.mentions[index].key)
        return wanted is None or known in (None, "?") or known == wanted

    def titled_gender(self, index: int) -> str | None:
        """ "m" / "f" for a full name the model tagged as no person's ("Vince Kell" an
        organisation) that the document also writes as its surname after a gendered title ("Mr
        Kell"): the person the title names, of its gender. None for a person's mention already, a
        one-word or lower-case name, a body the alias seeds know, when a person's full name of the
        document ends with that surname too (the title may be theirs), or when titles disagree."""
        mention = self.mentions[index]
        words = _words(mention.text)
        if self.is_person(mention) or mention.key in self._bodies or len(words) < 2 \
                or not all(w[:1].isupper() for w in mention.text.split()):
            return None
        surname = words[-1]
        found: set[str] = set()
        for other in self.mentions:
            if not self.is_person(other):
                continue
            short = _words(self.untitled(other.text))
            if len(short) > 1 and short[-1] == surname:
                return None  # "Ana Kell" a person too: "Mrs Kell" may be hers
            gender = self.genders.of_title(self._title_before(other) + other.text) or self.genders.of_title(other.text)
            if short == [surname] and gender:
                found.add(gender)
        return next(iter(found)) if len(found) == 1 else None

    def in_quote(self, offset: int) -> bool:
        at = bisect.bisect_right(self.quoted, (offset, float("inf"))) - 1
        return at >= 0 and self.quoted[at][0] <= offset < self.quoted[at][1]

    def _title_before(self, mention: Mention) -> str:
        """ "Mr " / "Mrs " just before a name: the title word and a space, else ""."""
        words = self.text[max(0, mention.start - 12):mention.start].split()
        return words[-1] + " " if words and self.text[mention.start - 1:mention.start] == " " else ""

    # --- helpers ------------------------------------------------------------------------------

    def _before(self, at: int) -> range:
        """Indexes of the mentions ending before ``at``, nearest first."""
        high = bisect.bisect_left(self.starts, at)
        return range(high - 1, -1, -1)


def _kinds_of_nouns(table: dict[str, Any]) -> dict[str, frozenset[str]]:
    """A table of kind -> nouns read as noun -> the kinds it may stand for."""
    kinds: dict[str, set[str]] = {}
    for kind, nouns in table.items():
        for noun in nouns or ():
            kinds.setdefault(str(noun).lower(), set()).add(str(kind))
    return {noun: frozenset(found) for noun, found in kinds.items()}


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    return frozenset(name.lower() for name in load_lines("countries.txt"))


@lru_cache(maxsize=1)
def _body_keys() -> frozenset[str]:
    """The name keys (names and aliases) that the alias seeds (``data/aliases.yaml``) give a kind
    other than a person: parties, clubs, institutions under their everyday short names."""
    keys = set()
    for entry in load_yaml("aliases.yaml").get("actors") or []:
        kind = str(entry.get("kind") or "")
        if kind and kind != "PERSON":
            keys.update(name_key(str(name)) for name in [entry["name"], *(entry.get("aliases") or [])])
    return frozenset(keys)


@lru_cache(maxsize=1)
def _seed_names() -> dict[str, frozenset[str]]:
    """Each name key of a body in the alias seeds -> the keys of all that body's names."""
    names: dict[str, frozenset[str]] = {}
    for entry in load_yaml("aliases.yaml").get("actors") or []:
        if str(entry.get("kind") or "PERSON") == "PERSON":
            continue
        keys = frozenset(name_key(str(n)) for n in [entry["name"], *(entry.get("aliases") or [])])
        for key in keys:
            names[key] = keys
    return names


def seeded_body_kind(words: str) -> str | None:
    """The kind (ORG, OUTLET) the alias seeds give a body one of whose names ``words`` is
    ("Conservative": ORG, of the Conservative Party); None for a name of no seeded body."""
    return _seed_kinds().get(name_key(words))


@lru_cache(maxsize=1)
def _seed_kinds() -> dict[str, str]:
    """Each name key of a body in the alias seeds -> that body's kind."""
    kinds: dict[str, str] = {}
    for entry in load_yaml("aliases.yaml").get("actors") or []:
        kind = str(entry.get("kind") or "PERSON")
        if kind != "PERSON":
            for name in [entry["name"], *(entry.get("aliases") or [])]:
                kinds[name_key(str(name))] = kind
    return kinds


@lru_cache(maxsize=1)
def _name_gender() -> NameGender:
    """The actors' table of gendered titles and given names (``data/name_gender.yaml``), once."""
    return NameGender.from_data()


def _initials(name: str) -> str:
    """ "International Labour Organisation" -> "ILO"; "" for a one-word name (no acronym)."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isupper()]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


_OWNER_WORD = re.compile(r"[\w-]+(?:['’]s\b|s['’](?!\w))")  # "company's", "firms'"


def _without_owners(words: str) -> str:
    """A title or apposition with its possessive words blanked: in "X, the company's American
    arm" or "the group's chief executive X" the noun names the body X belongs to, so it does not
    introduce X as one (round 69: "The company" was given the unit, not its parent)."""
    return _OWNER_WORD.sub(lambda found: " " * len(found.group(0)), words)


def _words(name: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(name)]


def _adjacent_title(before: str, pattern: re.Pattern) -> str:
    """``before`` when its last match of ``pattern`` is followed only by capitalised words
    (or "the"), else the empty string."""
    matches = list(pattern.finditer(before.lower()))
    if not matches:
        return before
    rest = before[matches[-1].end():].split()
    return before if all(w[:1].isupper() or w[:1].isdigit() or w.lower() == "the" for w in rest) else ""


def _clause_end(text: str) -> int:
    """Where an apposition after a name ends: the next comma, bracket or sentence end after its
    first character."""
    ends = [p for p in (text.find(c, 1) for c in (",", ")", ".", ";", "\n")) if p > 0]
    return min(ends) if ends else len(text)
