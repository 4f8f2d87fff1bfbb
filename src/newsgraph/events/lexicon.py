"""The event lexicon (``data/event_lexicon.yaml``) compiled for lookup.

Knowledge of which words name which PLOVER event, and which words around them change the
event's mode, lives in the YAML; this module only loads, merges and indexes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

from newsgraph.data import load_lines, load_yaml, read_user_yaml
from newsgraph.errors import Errors, NewsgraphError
from newsgraph.plover import Plover

DATA_FILE = "event_lexicon.yaml"
_MERGED_LISTS = ("acting_owners", "hearsay_nouns", "alleging_verbs", "hearsay_adverbs", "target_prepositions", "weak_target_prepositions", "owners", "groups", "person_pronouns", "not_events", "light_verbs",
                 "receiving_verbs", "object_control", "private_persons", "loose_title_words", "place_nouns",
                 "needs_actor_object", "state_owned", "state_nouns",
                 "gendered_pronouns")
_TABLES = ("comment_types", "addressed_types", "headline_passive_types", "things", "domains", "confidence", "untyped", "clause_target_types", "refused_cooperation", "lemma_fixes",
           "intended_force")
ROLES = frozenset({"source", "target"})


@dataclass(frozen=True)
class Sense:
    """When a trigger word names its event, and how sure that reading is.

    ``requires``: roles whose argument must be an actor ("release" a person, not a phone);
    ``complement``: lemmas, one of which must stand among the trigger's dependents ("warn"
    threatens only "of retaliation" or "if ..."); ``not_in_domains``: article domains where
    the word has another sense ("beat" in sport); ``no_clause``: a that-clause makes it an
    opinion ("agreed that the plan was fair"); ``confidence``: how often the word, read
    this way, is right; ``domain_types``: the type the word names in a domain ("attack" a
    rival in an election report is criticism); ``target_prepositions``: the only prepositions
    that may give the target (None: any of the lexicon's; [] only an object: "trained X", not
    "trained at a college"; [at]: "shot at X", not "shot hoops with X"); ``direct``: roles whose
    actor must be named by the argument itself, not own it ("visited X", not "X's website");
    ``excludes``: lemmas that, among the word's dependents, give it another sense ("asked X if");
    ``not_places``: roles whose actor may not be a place other than a country ("visited
    Sheffield" is a trip, no meeting with anyone; "visited China" is a state visit);
    ``person_type``: the type the word names when both its ends are named people ("Haddad
    attacked Sorel" in the news is criticism; armed groups and states attack with force);
    ``object_not_target``: the verb's object is what it is about, never its counterpart
    ("celebrated Easter with X");
    ``received``: the verb's subject undergoes the event its object names, done by the object
    of "from" ("received weapons from X": X armed the subject). For a noun,
    ``target_prepositions`` also names prepositions that give its target ("warrant for X")."""

    requires: frozenset[str] = frozenset()
    complement: frozenset[str] = frozenset()
    not_in_domains: frozenset[str] = frozenset()
    no_clause: bool = False
    confidence: float | None = None
    domain_types: tuple[tuple[str, str], ...] = ()  # (domain, "TYPE/subtype"): another type there
    target_prepositions: frozenset[str] | None = None
    direct: frozenset[str] = frozenset()
    excludes: frozenset[str] = frozenset()
    not_places: frozenset[str] = frozenset()
    received: bool = False
    object_not_target: bool = False  # "celebrated Easter with X": the object is the occasion
    person_type: str | None = None  # "TYPE/subtype" when both ends are people ("X attacked Y": words)


@dataclass(frozen=True)
class EventType:
    """A PLOVER type (None: an event of unknown type) and its optional sub-mode."""

    type: str | None
    subtype: str | None = None
    is_event: bool = True
    sense: Sense = Sense()

    @classmethod
    def parse(cls, value: Any) -> "EventType":
        if isinstance(value, dict):  # {type: THREATEN, complement: [...], ...}
            found = cls.parse(value.get("type"))
            return cls(found.type, found.subtype, found.is_event, _sense(value))
        if str(value).strip() == "-":
            return cls(None, None, is_event=False)
        if value is None or str(value).lower() in ("null", "none", ""):
            return cls(None)
        kind, _, subtype = str(value).partition("/")
        return cls(kind.strip().upper(), subtype.strip() or None)


@dataclass(frozen=True)
class Modality:
    hypothetical_auxiliaries: frozenset[str]
    planned_auxiliaries: frozenset[str]
    hypothetical_markers: frozenset[str]
    planned_governors: frozenset[str]
    hypothetical_governors: frozenset[str]
    ongoing_governors: frozenset[str]
    ongoing_phrases: tuple[str, ...]
    negations: frozenset[str]
    negating_governors: frozenset[str]
    historical_days: int
    negated_implications: frozenset[str] = frozenset()
    planned_predicates: frozenset[str] = frozenset()
    deed_subjects: frozenset[str] = frozenset()
    future_time_words: frozenset[str] = frozenset()
    past_time_words: frozenset[str] = frozenset()
    dating_prepositions: frozenset[str] = frozenset()
    noun_time_prepositions: frozenset[str] = frozenset()
    perfect_auxiliaries: frozenset[str] = frozenset()
    years_back_units: frozenset[str] = frozenset()
    age_start_verbs: frozenset[str] = frozenset()
    later_prepositions: frozenset[str] = frozenset()


@dataclass(frozen=True)
class EventLexicon:
    """Trigger words to event types, plus the word lists the argument and mode rules use."""

    quads: dict[str, str]
    verbs: dict[str, EventType]
    nouns: dict[str, EventType]
    target_prepositions: frozenset[str]
    noun_source_prepositions: frozenset[str]
    noun_target_prepositions: frozenset[str]
    modality: Modality
    owners: frozenset[str]
    groups: frozenset[str]
    person_pronouns: frozenset[str]
    not_events: frozenset[str]
    light_verbs: frozenset[str]
    needs_actor_object: frozenset[str]
    thing_labels: frozenset[str] = frozenset()
    thing_words: frozenset[str] = frozenset()
    calendar_words: frozenset[str] = frozenset()
    weak_target_prepositions: frozenset[str] = frozenset()
    domains: dict[str, frozenset[str]] = field(default_factory=dict)
    domain_min_words: int = 3
    confidence: dict[str, Any] = field(default_factory=dict)
    untyped: EventType = EventType(None)
    demonyms: frozenset[str] = frozenset()  # "pakistani", "egyptians" (data/demonyms.tsv)
    # names that are no actors (entity_rules.yaml's not_actors: products, doctrines ...), as
    # written: an argument naming one takes no "unknown name" actor
    not_actor_names: frozenset[str] = frozenset()
    clause_target_types: frozenset[str] = frozenset()  # types whose that-clause subject is the target
    receiving_verbs: frozenset[str] = frozenset()  # "received aid from Y": the subject is the target
    object_control: frozenset[str] = frozenset()  # "urged X to stop": X is the to-clause's subject
    infinitive_nouns: frozenset[str] = frozenset()  # "plans to lift X": the to-clause is the plan's
    private_persons: frozenset[str] = frozenset()  # "a man from X": never stands for X
    place_nouns: frozenset[str] = frozenset()  # "the city of X": the place is X
    district_suffixes: frozenset[str] = frozenset()  # "Leicester South": a name ending so is a place
    loose_title_words: frozenset[str] = frozenset()  # "the former minister": "former" is no part of the title
    countries: frozenset[str] = frozenset()  # data/countries.txt, lower case: places that act as states
    hearsay_nouns: frozenset[str] = frozenset()  # "claims of a clash": the event is only said to happen
    alleging_verbs: frozenset[str] = frozenset()  # "was accused of attacking X": only alleged
    hearsay_adverbs: frozenset[str] = frozenset()  # "allegedly attacked X"
    refused_cooperation: str | None = None  # the type of "would not support X": a refusal
    lemma_fixes: dict[str, str] = field(default_factory=dict)  # word forms the model lemmatizes wrongly
    intended_force: EventType | None = None  # "wants to attack X": a threat (its type)
    intent_governors: frozenset[str] = frozenset()  # the verbs of intent that make it one
    forceful_types: frozenset[str] = frozenset()  # the types of force a stated intent threatens
    comment_types: frozenset[str] = frozenset()  # "condemned the attack on X": X is no target
    acting_owners: frozenset[str] = frozenset()  # "the leaders of X" act as X ("celebrated with the leaders of X")
    addressed_types: frozenset[str] = frozenset()  # types whose "his leader" may name the person just addressed
    headline_passive_types: frozenset[str] = frozenset()  # "Minister criticised over deal": a passive
    state_owned: frozenset[str] = frozenset()  # "Arnor's troops": an untagged owner of these is a state
    state_nouns: frozenset[str] = frozenset()  # "Arnor, a small kingdom": an apposition that makes a state
    gendered_pronouns: frozenset[str] = frozenset()  # "Ulmgard said he ...": only a person takes these

    @classmethod
    def from_data(cls, extra_paths: Sequence[Path] = ()) -> "EventLexicon":
        """The packaged lexicon extended by the user's files (``--lexicon``)."""
        tables = load_yaml(DATA_FILE)
        for path in extra_paths:
            merge_tables(tables, read_user_lexicon(Path(path)))
        return compile_lexicon(tables)

    def in_domain(self, event_type: EventType, domain: str | None) -> EventType:
        """The entry's type as the article's domain reads it (``Sense.domain_types``)."""
        for name, value in event_type.sense.domain_types:
            if name == domain:
                other = EventType.parse(value)
                return EventType(other.type, other.subtype, event_type.is_event, event_type.sense)
        return event_type

    def lemma(self, token) -> str:
        """The token's lemma, lower case, with the model's known slips corrected ("staged" is no
        form of "stag")."""
        return self.lemma_fixes.get(token.lower_) or token.lemma_.lower()

    def is_cooperation(self, event_type: str | None) -> bool:
        return bool(event_type) and "cooperation" in (self.quads.get(event_type) or "")

    def quad(self, event_type: str | None) -> str | None:
        return self.quads.get(event_type) if event_type else None

    def verb_type(self, lemma: str, companions: Iterable[str]) -> EventType | None:
        """The type of verb ``lemma``; an entry naming one of its particles, prepositions or
        object lemmas (``companions``) wins over the bare lemma."""
        for word in companions:
            found = self.verbs.get(f"{lemma} {word}")
            if found:
                return found
        return self.verbs.get(lemma)

    def noun_type(self, words: Iterable[str]) -> EventType | None:
        """The type of the first of ``words`` (surface form, then lemma) that is an event noun."""
        for word in words:
            found = self.nouns.get(word)
            if found:
                return found
        return None


def compile_lexicon(tables: dict[str, Any]) -> EventLexicon:
    quads = Plover.from_data().types
    verbs = _typed_entries(tables.get("verbs") or {}, quads, "verbs")
    nouns = _typed_entries(tables.get("nouns") or {}, quads, "nouns")
    arguments = tables.get("noun_arguments") or {}
    mode = tables.get("modality") or {}
    return EventLexicon(
        quads=quads, verbs=verbs, nouns=nouns,
        target_prepositions=_words(tables.get("target_prepositions")),
        noun_source_prepositions=_words(arguments.get("source")),
        noun_target_prepositions=_words(arguments.get("target")),
        modality=Modality(
            hypothetical_auxiliaries=_words(mode.get("hypothetical_auxiliaries")),
            planned_auxiliaries=_words(mode.get("planned_auxiliaries")),
            hypothetical_markers=_words(mode.get("hypothetical_markers")),
            planned_governors=_words(mode.get("planned_governors")),
            hypothetical_governors=_words(mode.get("hypothetical_governors")),
            ongoing_governors=_words(mode.get("ongoing_governors")),
            ongoing_phrases=tuple(str(p).lower() for p in mode.get("ongoing_phrases") or ()),
            negations=_words(mode.get("negations")),
            negating_governors=_words(mode.get("negating_governors")),
            historical_days=int(mode.get("historical_days", 365)),
            negated_implications=_words(mode.get("negated_implications")),
            planned_predicates=_words(mode.get("planned_predicates")),
            deed_subjects=_words(mode.get("deed_subjects")),
            future_time_words=_words(mode.get("future_time_words")),
            past_time_words=_words(mode.get("past_time_words")),
            dating_prepositions=_words(mode.get("dating_prepositions")),
            noun_time_prepositions=_words(mode.get("noun_time_prepositions")),
            perfect_auxiliaries=_words(mode.get("perfect_auxiliaries")),
            years_back_units=_words(mode.get("years_back_units")),
            age_start_verbs=_words(mode.get("age_start_verbs")),
            later_prepositions=_words(mode.get("later_prepositions")),
        ),
        owners=_words(tables.get("owners")), groups=_words(tables.get("groups")),
        person_pronouns=_words(tables.get("person_pronouns")),
        not_events=_words(tables.get("not_events")), light_verbs=_words(tables.get("light_verbs")),
        needs_actor_object=_words(tables.get("needs_actor_object")),
        thing_labels=frozenset(str(v).upper() for v in (tables.get("things") or {}).get("labels") or ()),
        thing_words=_words((tables.get("things") or {}).get("words")),
        calendar_words=_words((tables.get("things") or {}).get("calendar")),
        weak_target_prepositions=_words(tables.get("weak_target_prepositions")),
        domains={str(name): _words(words) for name, words in ((tables.get("domains") or {}).get("words") or {}).items()},
        domain_min_words=int((tables.get("domains") or {}).get("min_words", 3)),
        confidence=dict(tables.get("confidence") or {}),
        untyped=EventType.parse({**(tables.get("untyped") or {}), "type": None}),
        demonyms=_demonyms(),
        not_actor_names=_not_actor_names(),
        receiving_verbs=_words(tables.get("receiving_verbs")),
        object_control=_words(tables.get("object_control")),
        infinitive_nouns=_words(tables.get("infinitive_nouns")),
        private_persons=_words(tables.get("private_persons")),
        loose_title_words=_words(tables.get("loose_title_words")),
        place_nouns=_words(tables.get("place_nouns")),
        district_suffixes=_words(tables.get("district_suffixes")),
        countries=frozenset(line.strip().lower() for line in load_lines("countries.txt")),
        clause_target_types=frozenset(str(t).upper() for t in tables.get("clause_target_types") or ()),
        hearsay_nouns=_words(tables.get("hearsay_nouns")),
        alleging_verbs=_words(tables.get("alleging_verbs")),
        hearsay_adverbs=_words(tables.get("hearsay_adverbs")),
        refused_cooperation=str(tables["refused_cooperation"]).upper() if tables.get("refused_cooperation") else None,
        lemma_fixes={str(k).lower(): str(v).lower() for k, v in (tables.get("lemma_fixes") or {}).items()},
        intended_force=EventType.parse((tables.get("intended_force") or {}).get("type")) if tables.get("intended_force") else None,
        intent_governors=_words((tables.get("intended_force") or {}).get("governors")),
        forceful_types=frozenset(str(t).upper() for t in (tables.get("intended_force") or {}).get("types") or ()),
        acting_owners=_words(tables.get("acting_owners")),
        comment_types=frozenset(str(t).upper() for t in tables.get("comment_types") or ()),
        addressed_types=frozenset(str(t).upper() for t in tables.get("addressed_types") or ()),
        headline_passive_types=frozenset(str(t).upper() for t in tables.get("headline_passive_types") or ()),
        state_owned=_words(tables.get("state_owned")),
        state_nouns=_words(tables.get("state_nouns")),
        gendered_pronouns=_words(tables.get("gendered_pronouns")),
    )


def merge_tables(base: dict[str, Any], extra: dict[str, Any]) -> None:
    """Add a user table to the packaged one: mappings merge key by key, lists extend."""
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            merge_tables(base[key], value)
        elif isinstance(value, list) and isinstance(base.get(key), list):
            base[key] = base[key] + value
        else:
            base[key] = value


def read_user_lexicon(path: Path) -> dict[str, Any]:
    return read_user_yaml(path, {"version", "verbs", "nouns", "noun_arguments", "modality", *_MERGED_LISTS, *_TABLES})


def _typed_entries(entries: dict[str, Any], quads: dict[str, str], section: str) -> dict[str, EventType]:
    typed = {}
    for key, value in entries.items():
        event_type = EventType.parse(value)
        if event_type.type is not None and event_type.type not in quads:
            raise NewsgraphError(Errors.BAD_DATA_FILE.format(
                path=f"{section}: {key}", reason=f"{event_type.type} is not a PLOVER type ({', '.join(quads)})"))
        typed[" ".join(str(key).lower().split())] = event_type
    return typed


def _demonyms() -> frozenset[str]:
    words = {line.split("\t")[0].strip().lower() for line in load_lines("demonyms.tsv")}
    return frozenset(words | {w + "s" for w in words})


def _sense(entry: dict[str, Any]) -> Sense:
    requires, direct = _words(entry.get("requires")), _words(entry.get("direct"))
    not_places = _words(entry.get("not_places"))
    if not (requires | direct | not_places) <= ROLES:
        raise NewsgraphError(Errors.BAD_DATA_FILE.format(
            path=f"requires: {sorted(requires | direct | not_places)}",
            reason="an entry names only the roles source and target"))
    prepositions = entry.get("target_prepositions")
    confidence = entry.get("confidence")
    return Sense(requires=requires, complement=_words(entry.get("complement")),
                 not_in_domains=_words(entry.get("not_in_domains")), no_clause=bool(entry.get("no_clause")),
                 confidence=float(confidence) if confidence is not None else None,
                 domain_types=tuple((str(k), str(v)) for k, v in (entry.get("domain_types") or {}).items()),
                 target_prepositions=_words(prepositions) if prepositions is not None else None, direct=direct,
                 excludes=_words(entry.get("excludes")), not_places=not_places,
                 received=bool(entry.get("received")), object_not_target=bool(entry.get("object_not_target")),
                 person_type=str(entry["person_type"]) if entry.get("person_type") else None)


def _words(values: Iterable[Any] | None) -> frozenset[str]:
    return frozenset(str(v).lower() for v in values or ())


def _not_actor_names() -> frozenset[str]:
    """Names no argument's actor bears: the listed non-actors and the sports' names ("Tennis
    player Vaal was named": the sport is no unknown name's actor)."""
    rules = load_yaml("entity_rules.yaml")
    return frozenset(str(n) for key in ("not_actors", "sport_names") for n in rules.get(key) or ())
