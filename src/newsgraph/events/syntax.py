"""Who does what to whom, read off spaCy's dependency parse (ClearNLP labels).

Input: a trigger token (a verb or an event noun). Output: the tokens that head its source
and target arguments. Nothing here knows about actors; ``events/arguments.py`` maps the
tokens to mentions.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from newsgraph.events.lexicon import EventLexicon

SUBJECTS = frozenset({"nsubj", "csubj", "expl"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
OBJECTS = frozenset({"dobj", "dative", "attr", "oprd"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that"})
# a verb without a subject of its own takes one from the verb it hangs from
INHERITING = frozenset({"xcomp", "advcl", "conj", "pcomp", "prep", "pobj", "dobj", "relcl", "acomp"})
# prepositions of a verb's object noun that name the event's target: "restore ties with X",
# "declared war on X", "imposed sanctions against X", "fired shells at X"
OBJECT_TARGET_PREPOSITIONS = frozenset({"with", "on", "against", "to", "toward", "towards", "at"})
CLIMB_LIMIT = 6
TIME_ENTITIES = frozenset({"DATE", "TIME"})


@dataclass
class Roles:
    """The heads of an event's arguments, each with its coordinated siblings already expanded."""

    sources: list[Token] = field(default_factory=list)
    targets: list[Token] = field(default_factory=list)
    passive: bool = False
    named_only: bool = False  # targets read off a to-clause count only when they name an actor
    modifier_source: bool = False  # the source is a word before an event noun ("a US lawsuit"): a guess


def with_conjuncts(tokens: list[Token]) -> list[Token]:
    """Each token followed by its coordinated siblings ("Hamas and Egypt"), once each; a list
    of names the parser read as an apposition with conjuncts ("the US, Russia, and Switzerland")
    counts as coordinated too."""
    seen: list[Token] = []
    for token in tokens:
        listed = [a for a in token.children if a.dep_ == "appos" and a.pos_ == "PROPN" and token.pos_ == "PROPN"
                  and a.conjuncts]
        for item in (token, *token.conjuncts, *(x for a in listed for x in (a, *a.conjuncts))):
            if item not in seen:
                seen.append(item)
    return seen


def verb_roles(verb: Token, lexicon: EventLexicon, clause_target: bool = False, comment: bool = False) -> Roles:
    """``clause_target``: the subject of the verb's that-clause is its target ("alleged that X
    knew": X), as for accusations; for other verbs it is what was said, not whom it was done to.
    ``comment``: the verb judges the event its object names ("condemned the attack on X"): whom
    that event was done to is no target of the verb."""
    # a past participle only: the model sometimes reads the "IS" of "IS Sinai helped" as auxpass
    passive = verb.tag_ == "VBN" and (verb.dep_ == "acl"  # "the militants arrested by Hamas"
                                      or any(c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.children))
    # "was arrested and beheaded": the second participle shares the first one's passive
    shared = verb.dep_ == "conj" and verb.tag_ in ("VBN", "VBD") and not passive and verb.head.tag_ == "VBN" \
        and not any(c.dep_ in SUBJECTS or c.dep_ in OBJECTS for c in verb.children) \
        and any(c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.head.children)
    passive = passive or shared
    roles = Roles(passive=passive)
    if passive:
        roles.sources = [pobj for c in verb.children if c.dep_ == "agent" for pobj in _objects_of(c)]
        roles.targets = [c for c in (verb.head if shared else verb).children if c.dep_ in PASSIVE_SUBJECTS]
    else:
        roles.sources = subjects_of(verb, lexicon)
        roles.targets = _first_direct_object([c for c in verb.children if c.dep_ in OBJECTS and c.pos_ != "ADP"])
        # "provide support to X": the parser may label the preposition itself a dative
        roles.targets += [pobj for c in verb.children if c.dep_ == "dative" and c.pos_ == "ADP"
                          for pobj in _objects_of(c)]
    if not roles.targets and verb.dep_ == "acl" and verb.tag_ == "VBN":
        roles.targets = [verb.head]  # "the militants arrested by Hamas"
    if not roles.targets:
        roles.targets = _complement_subjects(verb, clause_target)  # "helped Hamas move weapons"
    by_preposition = [_beside_time(pobj) for c in verb.children if c.dep_ == "prep"
                      and c.lower_ in lexicon.target_prepositions for pobj in _objects_of(c)]
    by_preposition = [pobj for pobj in by_preposition if pobj is not None]  # "on Thursday"
    # "met in Paris with X": the parser may hang the "with" on the named place
    by_preposition += [inner for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "in")
                       for place in _objects_of(c) if place.pos_ == "PROPN"
                       for w in place.children if w.dep_ == "prep" and w.lower_ == "with" for inner in _objects_of(w)]
    if not by_preposition:  # "fired rockets at X", but "teamed up with X at the University" is a place
        by_preposition = [pobj for c in verb.children if c.dep_ == "prep"
                          and c.lower_ in lexicon.weak_target_prepositions for pobj in _objects_of(c)]
    roles.targets += by_preposition
    roles.targets += [pobj for o in verb.children if o.dep_ in ("dobj", "nsubjpass")
                      and _names_the_event(verb, o, lexicon, own_entry_only=comment)
                      for c in o.children if c.dep_ == "prep" and c.lower_ in OBJECT_TARGET_PREPOSITIONS
                      for pobj in _objects_of(c)]
    if not roles.targets and not passive:
        roles.targets = _shared_objects(verb)  # "arrested and questioned the smugglers"
    if not roles.targets and not passive:
        roles.targets = _complement_objects(verb, lexicon)  # "refused to support X", "threatened to attack X"
        roles.named_only = bool(roles.targets)
    roles.sources = [_antecedent(t, verb) for t in with_conjuncts(roles.sources)]
    roles.targets = [_antecedent(t, verb) for t in with_conjuncts(roles.targets) if not _next_clause_subject(t)]
    return roles


def _first_direct_object(objects: list[Token]) -> list[Token]:
    """A verb has one direct object: a second the parser hung on it from a later clause ("accused
    X of plotting cuts ..., sacking every teacher, Y and Z") is not the verb's."""
    direct = [o for o in objects if o.dep_ == "dobj"]
    return [o for o in objects if o.dep_ != "dobj" or o is direct[0]]


def _next_clause_subject(token: Token) -> bool:
    """A conjunct the parser hung on the object that is the subject of the next clause: "donated
    to X and actor Y pledged ...": a finite verb without a subject of its own follows Y."""
    if token.dep_ != "conj":
        return False
    after = token.i + 1
    if after >= len(token.doc):
        return False
    verb = token.doc[after]
    # only a clause the parser hung as a second clause ("... and Y pledged"); a root or a
    # verb read as a noun's modifier without a subject is a parse gone wrong elsewhere ("the
    # talks between X and Y stalled")
    return verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBZ", "VBP") and verb.dep_ in ("advcl", "conj") \
        and not any(c.dep_ in SUBJECTS or c.dep_ in PASSIVE_SUBJECTS for c in verb.children)


def _shared_objects(verb: Token) -> list[Token]:
    """The object of a later coordinated verb that has no subject of its own."""
    for other in verb.conjuncts:
        if other.i > verb.i and other.pos_ == "VERB" and not any(c.dep_ in SUBJECTS for c in other.children):
            objects = [c for c in other.children if c.dep_ == "dobj"]
            if objects:
                return objects
    return []


def subjects_of(verb: Token, lexicon: EventLexicon) -> list[Token]:
    """The subject of ``verb``, or, for a verb without one, the subject it shares by control
    ("began to repair", "traveled to Egypt to meet"; the object of an ``object_control`` verb:
    "urged Hamas to stop", but "met X to discuss" is the subject's purpose), coordination,
    a relative clause or a phrase it sits in ("are in the process of negotiating")."""
    current = verb
    for _ in range(CLIMB_LIMIT):
        own = [c for c in current.children
               if c.dep_ in SUBJECTS or (current is not verb and c.dep_ in PASSIVE_SUBJECTS)]
        if own:
            return own
        if current.dep_ == "relcl":
            return [current.head]
        if current.dep_ not in INHERITING or current.head is current:
            return []
        if current.dep_ == "xcomp" and current.head.lemma_.lower() in lexicon.object_control:
            controller = [c for c in current.head.children if c.dep_ == "dobj"]
            if controller:
                return controller
        if _noun_infinitive(current, lexicon):
            return []
        current = current.head
    return []


def _noun_infinitive(clause: Token, lexicon: EventLexicon) -> bool:
    """A to-clause the parser hung on a verb that belongs to a noun before it: "was worried
    about plans, backed by X, to lift the ban": the plans lift it, not the worried subject.
    Read off the last word before the clause: a plan noun among its heads, after the verb and
    not its object ("announced plans, with X, to cut ...": the announcer's own plans)."""
    if clause.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    before = clause.left_edge.i - 1
    while before > clause.head.i and clause.doc[before].is_punct:
        before -= 1
    word = clause.doc[before]
    while word.i > clause.head.i and word is not clause.head:
        if word.pos_ == "NOUN" and word.lemma_.lower() in lexicon.infinitive_nouns:
            return word.head is not clause.head
        word = word.head
    return False


def received_roles(verb: Token, lexicon: EventLexicon) -> Roles:
    """ "X received weapons from Y": Y did it, to X."""
    # "from" on the verb, or on its object ("received ministers from X")
    holders = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    sources = [pobj for h in holders for c in h.children if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by")
               for pobj in _objects_of(c)]
    targets = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS] or subjects_of(verb, lexicon)
    return Roles(sources=with_conjuncts(sources), targets=with_conjuncts(targets))


def headline_passive_roles(verb: Token) -> Roles | None:
    """ "Minister criticised over deal": a headline's past form with a subject, no auxiliary and
    no object is a passive with its auxiliary left out; the subject is the target, a "by" phrase
    the source. None when the verb has an object or an auxiliary (then it reads as written)."""
    prepositions = [c.i for c in verb.children if c.dep_ == "prep"]
    # "criticised over Vostrana deal": the parser may take the preposition's noun for an object
    objects = [c for c in verb.children if c.dep_ == "dobj" and not any(i < c.i for i in prepositions)]
    if verb.tag_ not in ("VBD", "VBN") or objects \
            or any(c.dep_ in ("aux", "auxpass", "ccomp", "xcomp") for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS and c.dep_ != "expl"]
    if not subjects:
        return None
    sources = [pobj for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" for pobj in _objects_of(c)]
    return Roles(sources=with_conjuncts(sources), targets=with_conjuncts(subjects), passive=True)


def noun_roles(noun: Token, lexicon: EventLexicon, target_prepositions: frozenset[str] = frozenset()) -> Roles:
    """Arguments of an event noun: "the arrests of dozens of jihadists by Hamas forces",
    "cooperation between Hamas and Egypt", "Israel's retaliation", "an attack on X";
    ``target_prepositions`` of the noun's own sense add to the lexicon's ("a warrant for X")."""
    roles = Roles()
    between: list[Token] = []
    for child in noun.children:
        if child.dep_ == "poss":
            roles.sources.append(child)
        elif child.dep_ == "prep" and child.lower_ == "between":
            between = with_conjuncts(_objects_of(child))
        elif child.dep_ in ("prep", "agent") and child.lower_ in lexicon.noun_source_prepositions:
            roles.sources += _objects_of(child)
        elif child.dep_ == "prep" and child.lower_ in lexicon.noun_target_prepositions | target_prepositions:
            roles.targets += [t for t in map(_beside_time, _objects_of(child)) if t is not None]  # "on Saturday"
    if not roles.sources:
        roles.sources = _agent_below(noun, lexicon)
    receiver = _receiving_verb(noun, lexicon)
    if receiver is not None:  # "X received aid from Y", "X faces pressure from Y": Y did it to X
        if not roles.sources:
            roles.sources = [pobj for c in receiver.children if c.dep_ in ("prep", "agent")
                             and c.lower_ in lexicon.noun_source_prepositions for pobj in _objects_of(c)]
        if not roles.targets:
            roles.targets = subjects_of(receiver, lexicon)
        roles.sources, roles.targets = with_conjuncts(roles.sources), with_conjuncts(roles.targets)
        return roles
    support = _support_verb(noun, lexicon)
    if support is not None and roles.sources and all(s.dep_ == "poss" and s.pos_ == "PRON" for s in roles.sources):
        # "gave his support to X": the giver, when the support verb has a subject of its own
        roles.sources = [c for c in support.children if c.dep_ in SUBJECTS] or roles.sources
    if not roles.sources and support is not None:
        roles.sources = subjects_of(support, lexicon)  # "Hamas launched an attack on ...", "engaged in clashes with"
    if not roles.targets and support is not None:  # "held talks on Monday with X", "engaged X in a firefight"
        roles.targets = [pobj for c in support.children if c.dep_ in ("prep", "dative")  # "gave support to X"
                         and c.lower_ in lexicon.target_prepositions | target_prepositions and noun not in c.subtree for pobj in map(_beside_time, _objects_of(c)) if pobj is not None]
        roles.targets += [c for c in support.children if c.dep_ == "dobj" and c is not noun]
    roles.sources = with_conjuncts(roles.sources)
    roles.targets = with_conjuncts(roles.targets)
    if between and not roles.sources:  # "cooperation between Hamas and Egypt"
        roles.sources, roles.targets = between[:1], between[1:] + roles.targets
    return roles


def _support_verb(noun: Token, lexicon: EventLexicon) -> Token | None:
    """The light verb whose object the event noun is: "launched an attack", "held talks",
    "engaged in clashes"."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in ("in", "into"):
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    return verb if verb.pos_ == "VERB" and lexicon.lemma(verb) in lexicon.light_verbs else None


def _receiving_verb(noun: Token, lexicon: EventLexicon) -> Token | None:
    """The verb whose subject undergoes the event its object noun names: "received aid",
    "faces pressure", "came under attack"."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "under":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in lexicon.receiving_verbs else None


def _agent_below(noun: Token, lexicon: EventLexicon) -> list[Token]:
    """A "by" phrase the parser hung lower in the noun's phrase: "the arrests of dozens of
    jihadists by Hamas forces"."""
    for token in noun.subtree:
        if token.dep_ == "prep" and token.lower_ == "by" and token.head is not noun and token.head.pos_ == "NOUN" \
                and lexicon.noun_type((token.head.lower_, token.head.lemma_.lower())) is None:
            return _objects_of(token)
    return []


def left_modifiers(noun: Token) -> list[Token]:
    """The words before a noun inside its phrase ("Hamas-IS" in "Hamas-IS cooperation")."""
    return [t for t in noun.doc[noun.left_edge.i:noun.i] if t.dep_ != "det"]


def governing_chain(trigger: Token) -> list[Token]:
    """The trigger and the verbs above it that can change its mode ("intends to set up",
    "could help", "launched an attack"), nearest first."""
    chain = [trigger]
    current = trigger
    for _ in range(CLIMB_LIMIT):
        purpose = current.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)
        if not purpose and current.dep_ not in ("xcomp", "dobj", "pobj", "pcomp", "prep", "conj") \
                or current.head is current:
            break
        current = current.head
        chain.append(current)
    return chain


def _beside_time(pobj: Token) -> Token | None:
    """The object of a preposition, unless it is a time ("on Thursday"); a name the parser
    glued to a following day ("met with President X Tuesday": "Tuesday" heads X) is that name."""
    if pobj.ent_type_ not in TIME_ENTITIES:
        return pobj
    glued = [c for c in pobj.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < pobj.i
             and c.ent_type_ not in TIME_ENTITIES]
    return glued[-1] if glued else None


def _objects_of(preposition: Token) -> list[Token]:
    objects = [c for c in preposition.children if c.dep_ in ("pobj", "pcomp")]
    return objects


def _names_the_event(verb: Token, noun: Token, lexicon: EventLexicon, own_entry_only: bool = False) -> bool:
    """The verb's object is what the event is ("declared war", "imposed sanctions", "restored
    ties"): an event noun, or an entry of the verb with that object (only the entry, with
    ``own_entry_only``: "presented evidence against X", but not "condemned the attack on X")."""
    if noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    return f"{verb.lemma_.lower()} {lemma}" in lexicon.verbs \
        or (not own_entry_only and lexicon.noun_type((noun.lower_, lemma)) is not None)


def _complement_objects(verb: Token, lexicon: EventLexicon) -> list[Token]:
    """The object of the to-clause a verb governs: its action is what the verb is about."""
    for clause in verb.children:
        if clause.dep_ == "xcomp" and clause.pos_ == "VERB":
            objects = [c for c in clause.children if c.dep_ in ("dobj", "dative")]
            if objects:
                return objects
    return []


def _complement_subjects(verb: Token, clause_target: bool) -> list[Token]:
    """The subject of a clause after the verb ("helped Hamas move weapons"); not the subject of
    reported words ("X would stand up for ..., Y pledged", "pledged that X would") unless
    ``clause_target``."""
    return [s for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i
            and (clause_target or not any(m.dep_ == "mark" for m in c.children))
            for s in c.children if s.dep_ == "nsubj"]


def _antecedent(token: Token, verb: Token) -> Token:
    """A relative pronoun stands for the noun its clause describes ("Hamas, which arrested")."""
    if token.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head
    return token


# --- which clause a time dates ------------------------------------------------------------------

# A time dates the clause it sits in and, by default, the clauses below that one: "X, who was
# elected in 2001, attacked Y" does not date the attack to 2001.
CONJUNCT_RANK = 50  # "arrested X and charged him on Monday": a conjoined verb's time, after any other


def clause_of(token: Token) -> Token:
    """The verb heading the clause that holds ``token`` (the root if no verb is above it)."""
    current = token
    while current.pos_ not in ("VERB", "AUX") and current.head.i != current.i:
        current = current.head
    return current


def clause_closeness(trigger: Token, time: Token) -> int | None:
    """How far up from the trigger's clause the clause of ``time`` is: 0 for the same clause,
    n for the n-th clause above it, :data:`CONJUNCT_RANK` for a verb conjoined below it, None
    for a time in any other clause (a relative clause, a reported clause, a sibling)."""
    # spaCy makes a new Token object on each access: compare positions, not identities
    own, dated = clause_of(trigger).i, clause_of(time)
    current, steps = clause_of(trigger), 0
    while True:
        if current.i == dated.i:
            return steps
        if current.head.i == current.i:
            break
        current, steps = clause_of(current.head), steps + 1
    below = dated
    while (below.dep_ == "conj" or bare_participle(below)) and below.head.i != below.i:
        below = clause_of(below.head)
        if below.i == own:
            return CONJUNCT_RANK
    return None


def bare_participle(verb: Token) -> bool:
    """An adverbial participle with no word that sets it apart in time ("Speaking on Monday, X
    said"; not "after taking office in 2001"): it happens when its governing verb does."""
    return verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN") \
        and not any(c.dep_ in ("mark", "advmod", "aux", "auxpass") for c in verb.children)
