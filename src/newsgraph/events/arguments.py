"""From an argument's head token to the actor it names, as a mention of the document.

Input: the document's mentions and a token heading an event argument. Output: an
:class:`Argument`: the words of the argument and the index of its actor's mention, or None
when the argument is not an actor. The rules, in order:

- a pronoun ("he was killed by ...") stands for the person the document's coreference
  (``newsgraph.coref``, shared with attribution) finds shortly before it;
- a definite role noun ("the minister", "the firm", "the Israeli leader") stands for the actor
  the document introduced with that noun, when coreference finds one;
- a token inside a mention is that mention;
- a group noun with a named owner ("ISIS supporters", "Salafists in Gaza", "Gazan militants")
  becomes a mention of its own, labelled GROUP, so the group is an actor and not its owner;
- any other noun with an actor named inside its phrase stands for that actor: the
  commander of Hamas forces, "two Hamas targets", "a Hamas arms shipment", "Israel's jets";
- a thing is no actor, even when named: a product, a film, a law, a storm (the lexicon's
  ``things``);
- a capitalized proper noun the entity model missed ("Arnor restored ties with Gondor")
  becomes a mention of its own, labelled NAME: in an actor's position, a name is an actor.

Each argument carries its ``kind`` (named, group, owner, demonym, role_demonym, description,
pronoun, unknown_name, lone_name, coordinated, place, not_actor), which the event's confidence weighs.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Token

from newsgraph.coref import CorefLexicon, DocumentCoref
from newsgraph.events.lexicon import EventLexicon
from newsgraph.mentions.cutheads import CutHeads
from newsgraph.model import Mention, SourceDocument
from newsgraph.names import name_key

GROUP_LABEL = "GROUP"
NAME_LABEL = "NAME"
DEMONYM_LABEL = "NORP"
# entity types of the parse that are never actors' names (a date, an amount)
NOT_NAME_TYPES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
PRONOUN_REACH_CHARS = 400  # how far back a pronoun looks for the person it stands for
MAX_ARGUMENT_TOKENS = 10
OWNER_PREPOSITIONS = frozenset({"of", "in", "from"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# regions and buildings ("Europe", "the West Bank", "Downing Street") are where things happen,
# seldom who does them: an actor of these labels is a guess
REGION_LABELS = frozenset({"LOC", "FAC"})
QUANTITIES = frozenset({"dozen", "dozens", "score", "scores", "hundred", "hundreds", "thousand", "thousands",
                        "number", "handful", "couple", "group", "some", "many", "several", "few", "most",
                        "all", "one", "two", "three", "members", "member", "rest", "majority"})


@dataclass(frozen=True)
class Argument:
    """An argument's words; ``mention`` is its actor's mention, or None. A group actor not yet
    among the mentions carries ``group`` (its Mention) until an event keeps it."""

    text: str
    start: int
    end: int
    mention: int | None
    group: Mention | None = None
    direct: bool = False  # the words name the actor itself, not a thing or person of it
    kind: str = "not_actor"

    @property
    def is_actor(self) -> bool:
        return self.mention is not None or self.group is not None


class ArgumentActors:
    """Maps argument tokens of one document to its mentions, adding GROUP mentions as needed.

    ``mentions`` is the document's list; new group mentions are appended to ``added`` and
    numbered after it, so earlier indexes stay valid."""

    def __init__(self, document: SourceDocument, mentions: list[Mention], lexicon: EventLexicon,
                 coref: CorefLexicon | None = None):
        self.document = document
        self.mentions = mentions
        self.lexicon = lexicon
        self.added: list[Mention] = []
        self._by_start = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
        self._starts = [mentions[i].start for i in self._by_start]
        # coreference reads the mentions in text order; its answers map back through _by_start
        self.coref = DocumentCoref(document.text, [mentions[i] for i in self._by_start],
                                   coref or CorefLexicon.from_data())
        self._group_index: dict[tuple[int, int], int] = {}
        self._spans: tuple[dict, dict] | None = None  # the mentions by start and by end (_cut_head)

    def argument(self, token: Token, offset: int, sentence: int) -> Argument:
        cut = _noun_cut_off(token)
        if cut is not None:
            return self._cut_off(token, cut, offset, sentence)
        head = self._quantified(token)
        span = _phrase(head)
        start, end = offset + span.start_char, offset + span.end_char
        if head.lower_ in self.lexicon.person_pronouns:
            person = self._pronoun(head.lower_, offset + head.idx)
            return Argument(span.text, start, end, person, direct=True,
                            kind="pronoun" if person is not None else "not_actor")
        inside = self.mention_at(offset + head.idx)
        if self._is_thing(head, inside):
            return Argument(span.text, start, end, None)
        if inside is not None:
            return self._inside(head, inside, span, offset)
        if head.pos_ not in ("NOUN", "PROPN"):
            return Argument(span.text, start, end, None)
        named_beside = self._apposition(head, offset)
        if named_beside is not None:  # "his counterpart, Ariel Sharon": the person, not "his" or a nation
            return Argument(span.text, start, end, named_beside, direct=True, kind="named")
        group = head.lower_ in self.lexicon.groups or head.lemma_.lower() in self.lexicon.groups
        # a place owns its people of a group noun ("dissidents from Myanmar"), not its things
        owner = self._owner(head, offset, places=group)
        if owner is None and head.pos_ == "NOUN" and self._acts_for_owner(head):
            name = _name_before(head)
            if name is not None and name.text in self.lexicon.not_actor_names:
                name = None  # "Xbox owners": a product's, no actor's
            if name is not None:  # "Arnor officials", "Gondor's opposition group": a name the model did not know
                known = self._named_before(name.text, offset + name.start_char)
                if known is not None:
                    return Argument(span.text, start, end, known, direct=self._acts_as_owner(head), kind="owner")
                kind = "unknown_name" if self.document.text.count(name.text) > 1 else "lone_name"
                group = self._group(name[-1], offset, sentence, name, NAME_LABEL, cue=self._state_owner(head))
                return Argument(span.text, start, end, None, group, direct=self._acts_as_owner(head), kind=kind)
        if head.pos_ == "NOUN" and (owner is None or self.mentions[owner].label == DEMONYM_LABEL):
            # "the minister", "the firm", "the Israeli leader", "Tory leader": the actor the
            # document introduced with that noun, never the party or nation word
            described = self._description(head, offset)
            if described is not None:
                return Argument(span.text, start, end, described, direct=True, kind="description")
            if owner is not None and self.coref.lexicon.kind_of_noun(head.lemma_) == "person":
                return Argument(span.text, start, end, owner, kind="role_demonym")
        # a capitalized group noun names its group by itself ("Salafists"), sentence start aside
        named = owner is not None or _proper_compound(head) or (head.text[:1].isupper() and not head.is_sent_start)
        if group and named:
            return Argument(span.text, start, end, None, self._group(head, offset, sentence), direct=True,
                            kind="group")
        if owner is None and _unknown_name(head) and _name_span(head).text in self.lexicon.not_actor_names:
            return Argument(span.text, start, end, None)  # "bought an Xbox": a product, no actor
        if owner is None and _unknown_name(head):
            name = _name_span(head)
            known = self._named_before(name.text, offset + name.start_char)
            if known is not None:  # "Saleem" after "Rania Saleem": the actor named in full
                return Argument(span.text, start, end, known, direct=True, kind="named")
            if self._cut_head(name, offset):
                return Argument(span.text, start, end, None)  # "The [Commission] for Africa's report"
            # a name the document uses once, with no kind known, may be a work or a product
            kind = "unknown_name" if self.document.text.count(name.text) > 1 else "lone_name"
            group = self._group(head, offset, sentence, name, NAME_LABEL, cue=self._stated_kind(head, offset))
            return Argument(span.text, start, end, None, group, direct=True, kind=kind)
        if owner is None:
            return Argument(span.text, start, end, None)
        # "the Scottish Executive", "a Californian court": the adjective is no actor of its own
        kind = "demonym" if self.mentions[owner].label == DEMONYM_LABEL else "owner"
        if kind == "owner" and _unknown_name(head) and self.mentions[owner].end <= offset + head.idx:
            kind = "product"  # "the Honda Accura", "the Kemco X5": a named thing of a company
        return Argument(span.text, start, end, owner, direct=kind == "owner" and self._acts_as_owner(head), kind=kind)

    def _cut_head(self, name, offset: int) -> bool:
        """A body's head word cut from its longer name ("The Commission for Africa", "the Prince's
        Trust"): no actor of its own (mentions/cutheads.py, round 47)."""
        if len(name) != 1:
            return False
        if self._spans is None:
            self._spans = ({m.start: (m.label, m.text) for m in self.mentions},
                           {m.end: (m.label, m.text) for m in self.mentions})
        start = offset + name.start_char
        return CutHeads.from_data().is_cut(self.document.text, start, start + len(name.text), NAME_LABEL,
                                           *self._spans)

    def _acts_as_owner(self, noun: Token) -> bool:
        """People or a body that act as their owner ("the leaders of X", "X's government"): an
        event with them is one with X itself, where a sense wants X named directly; not a thing
        or a place of X ("X's website", "X's embassy")."""
        return bool({noun.lower_, noun.lemma_.lower()} & self.lexicon.acting_owners) \
            or self.coref.lexicon.kind_of_noun(noun.lemma_) == "person"

    def _cut_off(self, quantifier: Token, noun: Token, offset: int, sentence: int) -> Argument:
        """ "some IS Sinai fighters" parsed as "some" + a clause: the words after the quantifier
        up to their noun are the argument; a group noun names its group, else the name's actor."""
        span = quantifier.doc[quantifier.i + 1:noun.i + 1]
        start, end = offset + span.start_char, offset + span.end_char
        if noun.lower_ in self.lexicon.groups or noun.lemma_.lower() in self.lexicon.groups:
            return Argument(span.text, start, end, None, self._group(noun, offset, sentence, span), direct=True,
                            kind="group")
        inside = self.mention_at(start)
        if inside is None or self._is_thing(noun, inside):
            return Argument(span.text, start, end, None)
        return Argument(span.text, start, end, inside, direct=True, kind="named")

    def names_people(self, token: Token) -> bool:
        """A noun for people or a group of them ("voters", "officials"), also behind a quantity
        ("thousands of voters")."""
        heads = [token] + [pobj for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
                           for pobj in prep.children if pobj.dep_ == "pobj"]
        return any({head.lower_, head.lemma_.lower()} & (self.lexicon.private_persons | self.lexicon.groups)
                   or self.coref.lexicon.kind_of_noun(head.lemma_) == "person" for head in heads)

    def _acts_for_owner(self, noun: Token) -> bool:
        """A noun for people or a body that acts for whoever owns it: "officials", "police", "the
        opposition group", a role ("cleric", "minister"); not a group noun, which names a group
        of its own ("Wilayat Sinai jihadists")."""
        words = {noun.lower_, noun.lemma_.lower()}
        if words & (self.lexicon.groups | self.lexicon.private_persons) or self._one_member(noun):
            return False  # a group of its own; people who act for themselves ("the owner of X")
        return bool(words & (self.lexicon.owners | {"group", "party", "movement"})) \
            or self.coref.lexicon.kind_of_noun(noun.lemma_) == "person"

    def _inside(self, head: Token, inside: int, span, offset: int) -> Argument:
        """The argument whose head lies in a mention: that actor, unless the mention is a bare
        role word ("Group", cut from a longer name), two names in one ("Blair and Brown": each
        conjunct is its own argument) or a region or building (no actor by itself)."""
        mention = self.mentions[inside]
        start = offset + span.start_char
        if mention.text.lower() in self.coref.lexicon.group_nouns | self.coref.lexicon.person_nouns:
            described = self.coref.description(mention.text.lower(), mention.start)
            found = self._by_start[described] if described is not None else None
            return Argument(span.text, start, offset + span.end_char, found, direct=True,
                            kind="description" if found is not None else "not_actor")
        coordinated = bool(head.conjuncts) and _spans_coordination(head, mention, offset)
        if coordinated:
            found = self._conjunct(head, offset)
            if found is not None or mention.label == "PERSON":
                return found or self._conjunct_name(head, offset)
        start, end = min(start, mention.start), max(offset + span.end_char, mention.end)
        # the phrase may hold only part of the name: "IS" + "Sinai helped"
        kind = "coordinated" if coordinated else "demonym" if self._is_demonym(inside) \
            else "place" if mention.label in REGION_LABELS else "named"
        return Argument(self.document.text[start:end], start, end, inside, direct=True, kind=kind)

    def _apposition(self, head: Token, offset: int) -> int | None:
        """The named actor in apposition to a role noun ("the party's spokesman, Mark Oaten")."""
        for child in head.children:
            if child.dep_ == "appos" and child.i > head.i:
                found = self.mention_at(offset + child.idx)
                if found is not None and self.mentions[found].label not in self.lexicon.thing_labels \
                        and not self._is_demonym(found):
                    return found
        if self.coref.lexicon.kind_of_noun(head.lemma_) != "person":
            return None
        # "Labour's minister for women Jacqui Smith", "the director of X, Norman Brennan": the
        # title's person, named where the title ends
        last = _phrase_end(head)  # the whole phrase: a long body's name may stand before the person's
        while last > head.i and head.doc[last].is_punct:
            last -= 1
        for token in head.subtree:
            # not the body after "of" ("the owner of firm X"): that is whom the title belongs to
            behind_of = token.dep_ == "pobj" and token.head.lower_ == "of"
            if token.i > head.i and token.pos_ == "PROPN" and (token.dep_ == "appos" or (token.i == last and not behind_of)):
                found = self.mention_at(offset + token.idx)
                if found is not None and self.mentions[found].label == "PERSON":
                    return found
        return None

    def _conjunct(self, head: Token, offset: int) -> Argument | None:
        """One name of a coordination the entity model read as one ("Blair and Brown"): the
        person the document names with it (the shared coreference), else None."""
        name = _name_span(head)
        start, end = offset + name.start_char, offset + name.end_char
        found = self.coref.name(name.text, start)
        if found is None:
            return None
        return Argument(name.text, start, end, self._by_start[found], direct=True, kind="named")

    def _conjunct_name(self, head: Token, offset: int) -> Argument:
        """A name of its own for one conjunct of two people read as one: a guess."""
        name = _name_span(head)
        return Argument(name.text, offset + name.start_char, offset + name.end_char, None,
                        self._group(head, offset, 0, name, NAME_LABEL), direct=True, kind="coordinated")

    def _named_before(self, name: str, char: int) -> int | None:
        """The last mention before ``char`` whose words hold every word of ``name``: a short
        form of a name the document gave in full; else, for a name in the headline or lead the
        model did not know ("Butler attacks ..."), the first such mention after it that names
        a person or body in more words ("Lord Robin Butler"). A gendered title is no word of
        the name ("Mr Ancram" is "Michael Ancram"), but must fit ("Mrs Howard" is not he)."""
        words = set(self.coref.untitled(name).lower().split())
        position = bisect.bisect_left(self._starts, char) - 1
        while position >= 0:
            index = self._by_start[position]
            # the coreference's mentions are in start order: ``position`` is the same mention there
            if words <= self._words_of(index) and self.coref.fits_title(name, position):
                return index
            position -= 1
        for position in range(bisect.bisect_right(self._starts, char), len(self._starts)):
            index = self._by_start[position]
            mention = self.mentions[index]
            if mention.label in ("PERSON", "ORG") and len(mention.text.split()) > len(words) \
                    and words <= self._words_of(index) and self.coref.fits_title(name, position):
                return index
        return None

    def _words_of(self, index: int) -> set[str]:
        text = self.mentions[index].text.lower()
        return set(text.replace("-", " ").split()) | set(text.split())

    def _is_demonym(self, index: int) -> bool:
        """A nationality word ("Pakistani", "Egyptians"): the nation it stands for is a guess."""
        mention = self.mentions[index]
        return mention.label == DEMONYM_LABEL and mention.text.lower() in self.lexicon.demonyms

    def _is_thing(self, head: Token, inside: int | None) -> bool:
        """A storm, a budget, a film: a name labelled as a thing, or a head noun or word of its
        name ("Hurricane Ivan") among the lexicon's ``things``."""
        if head.lower_ in self.lexicon.calendar_words:
            return True
        words = [head] + [c for c in head.children if c.dep_ == "compound"]
        if inside is not None and self.mentions[inside].label in self.lexicon.thing_labels:
            return True
        return any(t.lower_ in self.lexicon.thing_words or t.lemma_.lower() in self.lexicon.thing_words
                   for t in words)

    def nested(self, token: Token, offset: int, sentence: int, avoid: set[int], doer_only: bool = False) -> Argument | None:
        """An actor named inside an argument that is no actor itself, its event's doer first: the
        agent of a participle ("demand the release of prisoners held by X"), or the owner or
        by-phrase of an event noun ("called for an end to X's raids"); else, unless
        ``doer_only``, the first actor named in it ("agreed to lift the sanctions on X"). A
        judgement of the event accuses its doer only: "condemned the attack on X" accuses no X."""
        inside = [t for t in token.subtree if t.i != token.i and t.pos_ in ("PROPN", "NOUN")]
        doers = [t for t in inside if self._doer(t)]
        for inner in doers if doer_only else doers + [t for t in inside if t not in doers]:
            found = self.argument(inner, offset, sentence)
            if found.is_actor and found.kind in ("named", "group") and found.mention not in avoid:
                return Argument(found.text, found.start, found.end, found.mention, found.group, kind="nested")
        return None

    def _doer(self, token: Token) -> bool:
        """The token names who does an event: the object of a passive's "by", or the owner or the
        by/from phrase of an event noun."""
        head = token.head
        if token.dep_ == "pobj" and head.dep_ == "agent":
            return True
        event_noun = head.head if token.dep_ == "pobj" and head.lower_ in self.lexicon.noun_source_prepositions \
            else head if token.dep_ == "poss" and token.pos_ != "PRON" else None
        return event_noun is not None and event_noun.pos_ == "NOUN" \
            and self.lexicon.noun_type((event_noun.lower_, event_noun.lemma_.lower())) is not None

    def addressee_again(self, token: Token, trigger: Token, offset: int) -> Argument | None:
        """ "wrote to the founder, Emil Brandt, and appealed to his leader to ...": a person role
        noun owned by a pronoun ("his leader"), in a clause coordinated with one whose object
        names a person, is that person named again; else None."""
        head = token
        if head.pos_ != "NOUN" or self.coref.lexicon.kind_of_noun(head.lemma_) != "person" \
                or not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children):
            return None
        verb = trigger.head if trigger.dep_ == "conj" and trigger.head.i < trigger.i else None
        if verb is None or verb.pos_ != "VERB":
            return None
        subject = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        people = [found for inner in verb.subtree if inner.i < trigger.i and inner.pos_ == "PROPN"
                  and inner.i not in subject
                  for found in [self.mention_at(offset + inner.idx)] if found is not None and self.is_person(found)]
        if not people:
            return None
        span = _phrase(head)
        return Argument(span.text, offset + span.start_char, offset + span.end_char, people[-1], direct=True,
                        kind="description")

    def is_local_place(self, index: int | None) -> bool:
        """The mention is a place that is not a country: a city, region or building."""
        if index is None or index >= len(self.mentions):
            return False
        mention = self.mentions[index]
        names = {(mention.full_name or mention.text).lower(), mention.text.lower()}
        if names & self.lexicon.countries:
            return False
        # the model may label one name differently through a story ("Auschwitz" a place, an
        # organisation, a person): a place wherever it is one
        labels = {m.label for m in self.mentions if m.key and m.key == mention.key} | {mention.label}
        # "Leicester South": a constituency or district, whatever label the model gave it
        words = mention.text.split()
        return bool(labels & REGION_LABELS) or "GPE" in labels \
            or (len(words) > 1 and words[-1].lower() in self.lexicon.district_suffixes)

    def is_person(self, index: int | None) -> bool:
        return index is not None and index < len(self.mentions) and self.mentions[index].label == "PERSON"

    def same_actor(self, first: int, second: int) -> bool:
        """Two mentions of one name (the same key), or one mention."""
        return first == second or (self.mentions[first].key and self.mentions[first].key == self.mentions[second].key)

    def keep(self, argument: Argument | None) -> int | None:
        """The mention index of a kept argument, adding its group mention on first use."""
        if argument is None:
            return None
        if argument.group is None:
            return argument.mention
        group = argument.group
        if (group.start, group.end) not in self._group_index:
            self.added.append(group)
            self._group_index[(group.start, group.end)] = len(self.mentions) + len(self.added) - 1
        return self._group_index[(group.start, group.end)]

    def mention_at(self, char: int) -> int | None:
        """The mention whose span holds the character ``char``, if any."""
        position = bisect.bisect_right(self._starts, char) - 1
        for candidate in (position, position - 1):  # mentions rarely overlap: two suffice
            if candidate >= 0:
                index = self._by_start[candidate]
                if self.mentions[index].start <= char < self.mentions[index].end:
                    return index
        return None

    def _owner(self, noun: Token, offset: int, places: bool = False) -> int | None:
        """An actor named inside the noun's phrase: before it, or after it behind of/in/from.
        A place owns only the nouns of the ``owners`` list (and group nouns, with ``places``)."""
        if noun.lower_ in self.lexicon.private_persons or noun.lemma_.lower() in self.lexicon.private_persons:
            return None  # "a man from X" is someone from there, not X acting
        if self._one_member(noun):
            return None  # "a Labour councillor defended X": one of its people, not the party
        owned_by_place = places or noun.lower_ in self.lexicon.owners or noun.lemma_.lower() in self.lexicon.owners
        named = [t for t in noun.doc[noun.left_edge.i:noun.i]]
        # "a spokesman for UKIP": a person speaks for the group; "support for X" is not X's
        prepositions = OWNER_PREPOSITIONS | ({"for"} if self.coref.lexicon.kind_of_noun(noun.lemma_) == "person" else set())
        named += [pobj for child in noun.children if child.dep_ == "prep" and child.lower_ in prepositions
                  for pobj in child.children if pobj.dep_ == "pobj"]
        # "the mayor of the city of X": the place behind a word for a place
        named += [inner for pobj in named if pobj.lemma_.lower() in self.lexicon.place_nouns
                  for child in pobj.children if child.dep_ == "prep" and child.lower_ == "of"
                  for inner in child.children if inner.dep_ == "pobj"]
        for token in named:
            found = self.mention_at(offset + token.idx)
            if found is not None and (owned_by_place or self.mentions[found].label not in PLACE_LABELS):
                return found
        return None

    def _one_member(self, noun: Token) -> bool:
        """ "a Labour MP", "an Arnor councillor": one person of a body, who does not stand for it
        the way its spokesman, official or commander does (the ``owners`` nouns)."""
        return noun.tag_ == "NN" and noun.lemma_.lower() not in self.lexicon.owners \
            and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in noun.children) \
            and self.coref.lexicon.kind_of_noun(noun.lemma_) == "person"

    def _state_owner(self, noun: Token) -> str:
        """The kind an untagged name takes from a noun acting for it: a state when only a state
        has such ("Arnor's troops", "the Arnor government": ``state_owned``); else none, since
        parties, firms and militias have officials, leaders and forces too."""
        return "GPE" if {noun.lower_, noun.lemma_.lower()} & self.lexicon.state_owned else ""

    def _stated_kind(self, head: Token, offset: int) -> str:
        """The kind the sentence states of a name the model tagged nothing (UNTAGGED: the
        resolver takes it as a cue; with none the name leaves the graph): a person by a role
        noun before it or opening it ("rebel leader Kessel", "Boss Kessel") or in apposition
        ("Kessel, the interior minister,"); a state or a body by its apposition ("Arnor, a
        small kingdom", "Kessel, a rival firm"). Not when the name's own last word is such a
        noun ("Centre Party", "Kessel Group"): a body's name, not a role before a name."""
        if self.coref.lexicon.kind_of_noun(head.lemma_) is not None:
            return ""
        # the role noun stands before the name or opens it ("Boss Henk Vaal"); one further inside
        # ("Co-Premiers Prince X") leaves the name's span in doubt
        opening = _name_span(head)[0].i
        if any(c.dep_ == "compound" and c.i <= opening and self.coref.lexicon.kind_of_noun(c.lemma_) == "person"
               for c in head.children):
            return "PERSON"
        for child in head.children:
            if child.dep_ != "appos" or child.i < head.i or child.pos_ != "NOUN":
                continue
            if child.lemma_.lower() in self.lexicon.state_nouns:
                return "GPE"
            described = self.coref.lexicon.kind_of_noun(child.lemma_)
            return {"person": "PERSON", "group": "ORG"}.get(described or "", "")
        if head.dep_ not in ("nsubj", "nsubjpass"):
            return ""
        return self._subject_taken_up(head, offset)

    def _subject_taken_up(self, head: Token, offset: int) -> str:
        """How a later pronoun takes up an untagged subject, with no other actor between: "he"
        or "his" (``gendered_pronouns``; in its sentence or the next) makes it a person, when
        the shared coreference finds no person named before for that pronoun; "its" owning a
        noun only a state has ("Ulmgard said its army would ...", in its sentence) a state.
        Any name or person noun between may be the one meant: no kind."""
        doc = head.doc
        sentence = head.sent
        end = sentence.end
        if end < len(doc):
            end = doc[end].sent.end
        for token in doc[head.i + 1:end]:
            if token.lower_ == "its" and token.i < sentence.end and token.dep_ == "poss":
                owned = {token.head.lower_, token.head.lemma_.lower()}
                return "GPE" if owned & self.lexicon.state_owned else ""
            if token.lower_ in self.lexicon.gendered_pronouns:
                known = self.coref.pronoun(token.lower_, offset + token.idx)
                return "PERSON" if known is None else ""
            if self._may_be_meant(token, head, offset):
                return ""
        return ""

    def _may_be_meant(self, token: Token, head: Token, offset: int) -> bool:
        """A word between an untagged subject and a pronoun that may be what the pronoun takes
        up: a named actor (a state's name before "its" aside: "restore ties with Gondor ... its
        embassy" is a state's either way), another capitalized name, a person or body noun."""
        if token.head.i == head.i and token.dep_ == "compound":
            return False
        found = self.mention_at(offset + token.idx)
        if found is not None:
            return self.mentions[found].label != "GPE"
        if token.pos_ == "PROPN" and token.text[:1].isupper():
            return token.ent_type_ not in NOT_NAME_TYPES  # "on Monday" names no one
        return token.pos_ == "NOUN" and self.coref.lexicon.kind_of_noun(token.lemma_) is not None

    def _group(self, noun: Token, offset: int, sentence: int, span=None, label: str = GROUP_LABEL,
               cue: str = "") -> Mention:
        span = span if span is not None else _phrase(noun)
        while len(span) > 1 and span[0].dep_ in ("det", "nummod", "predet"):
            span = span[1:]  # "the two ISIS supporters": the name starts at ISIS
        start, end = offset + span.start_char, offset + span.end_char
        return Mention(doc=self.document.id, start=start, end=end, text=span.text, label=label,
                       key=name_key(span.text) or span.text.lower(), full_name=span.text, sentence=sentence, cue=cue)

    def _pronoun(self, word: str, char: int) -> int | None:
        """The person a pronoun stands for (the shared coreference), when named shortly before."""
        found = self.coref.pronoun(word, char)
        if found is None or self.coref.pronoun_kind(word) != "person":
            return None
        index = self._by_start[found]
        mention = self.mentions[index]
        return index if mention.end <= char and char - mention.end <= PRONOUN_REACH_CHARS else None

    def _description(self, head: Token, offset: int) -> int | None:
        """The actor a definite singular role noun stands for ("the minister", "the firm", "the
        prime minister", "the Israeli leader"): the mention the document introduced with those
        words (the shared coreference). Not "a spokesman" (someone new) nor "ministers" (many)."""
        if head.tag_ not in ("NN", "NNP") or not _definite(head, self.coref.lexicon.determiners):
            return None
        kind = self.coref.lexicon.kind_of_noun(head.lemma_)
        # "the prime minister" is introduced as such; "the Kemari leader" as a leader
        words = [t.lower_ for t in head.children if t.dep_ in ("compound", "amod") and t.i < head.i
                 and self.mention_at(offset + t.idx) is None and t.lower_ not in self.lexicon.loose_title_words]
        words.append(head.lemma_.lower())
        found = self.coref.description(" ".join(words), offset + head.idx, kind=kind) if kind else None
        if found is None:
            return None
        # "the prime minister" is not the person introduced as "Deputy Prime Minister X"
        return None if self.coref.qualified_title(found, " ".join(words)) else self._by_start[found]

    @staticmethod
    def _quantified(token: Token) -> Token:
        """ "dozens of jihadists" is about the jihadists; "one of the leaders" about the leaders."""
        if token.lower_ in QUANTITIES or token.lemma_.lower() in QUANTITIES:
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    objects = [c for c in child.children if c.dep_ == "pobj"]
                    if objects:
                        return objects[0]
        return token


def _noun_cut_off(quantifier: Token) -> Token | None:
    """The noun of "some IS Sinai fighters" when the parse cut the quantifier off its phrase
    (an acronym read as the verb "is"): the last noun of the run of words right after it, when
    that run opens with a capitalized name."""
    if quantifier.lower_ not in QUANTITIES or quantifier.pos_ not in ("PRON", "DET") \
            or any(True for _ in quantifier.children):
        return None
    doc = quantifier.doc
    at = quantifier.i + 1
    if at >= len(doc) or not doc[at].text[:1].isupper() or doc[at].is_sent_start:
        return None
    noun = None
    while at < len(doc) and (doc[at].pos_ in ("PROPN", "NOUN") or (doc[at].text[:1].isupper() and doc[at].is_alpha)):
        noun = doc[at] if doc[at].pos_ in ("PROPN", "NOUN") else noun
        at += 1
    return noun


def _proper_compound(noun: Token) -> bool:
    """A capitalized proper name before the noun ("Wilayat Sinai jihadists")."""
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper() and c.i < noun.i
               for c in noun.children)


def _unknown_name(head: Token) -> bool:
    """A capitalized proper noun that is no date or amount and no all-capital shout, and not
    the first word of a longer name the parse split ("Sons" of "the Sons of the Valley")."""
    longer = any(c.dep_ == "prep" and c.lower_ == "of" and any(o.pos_ == "PROPN" for o in c.subtree)
                 for c in head.children)
    return (head.pos_ == "PROPN" and head.text[:1].isupper() and head.is_alpha and not head.is_stop and not longer
            and head.ent_type_ not in NOT_NAME_TYPES and not (head.is_upper and len(head.text) > 4))


def _name_before(noun: Token):
    """The unknown proper name that owns a noun: before it ("Arnor officials", "Gondor's
    police") or behind of/in/from ("soldiers from Gondor"), as a span, else None."""
    before = [c for c in noun.children if c.dep_ in ("compound", "nmod", "poss") and c.i < noun.i and _unknown_name(c)]
    after = [o for c in noun.children if c.dep_ == "prep" and c.lower_ in OWNER_PREPOSITIONS
             for o in c.children if o.dep_ == "pobj" and _unknown_name(o)]
    return _name_span(before[-1]) if before else _name_span(after[0]) if after else None


def _name_span(head: Token):
    """The proper nouns of the name around ``head``: "Minas Tirith", "Cirith Ungol"."""
    words = [t for t in head.children if t.dep_ == "compound" and t.pos_ == "PROPN" and t.i < head.i]
    left = min([head.i] + [t.i for t in words])
    while left < head.i and not head.doc[left].text[:1].isupper():
        left += 1
    return head.doc[left:head.i + 1]


def _definite(head: Token, determiners: frozenset[str]) -> bool:
    """The noun opens with "the"/"this" or a possessive, or is a bare title ("Tory leader")."""
    for child in head.children:
        if child.dep_ in ("det", "poss"):
            return child.dep_ == "poss" or child.lower_ in determiners
    return True


def _spans_coordination(head: Token, mention: Mention, offset: int) -> bool:
    """The mention holds the head and one of its coordinated siblings: two names read as one."""
    return any(mention.start <= offset + c.idx < mention.end for c in head.conjuncts)


# children that start another phrase: "Hamas [and Egypt]", "the militants [who were arrested]"
_NOT_IN_PHRASE = frozenset({"conj", "cc", "relcl", "acl", "appos", "punct", "advcl"})


def _phrase_end(head: Token) -> int:
    """The index of the last word of the head's own phrase, however long."""
    return max([head.i] + [c.right_edge.i for c in head.children
                           if c.i > head.i and c.dep_ not in _NOT_IN_PHRASE and c.lower_ != "by"
                           and c.pos_ not in ("VERB", "AUX")])


def _phrase(head: Token):
    """The argument's words: its own phrase when short, else up to its head noun."""
    left = head.left_edge.i
    right = _phrase_end(head) + 1
    if right - left > MAX_ARGUMENT_TOKENS:
        right = head.i + 1
    span = head.doc[left:right]
    while len(span) > 1 and (span[-1].is_punct or span[-1].is_space):
        span = span[:-1]
    while len(span) > 1 and (span[0].is_punct or span[0].is_space):
        span = span[1:]
    return span
