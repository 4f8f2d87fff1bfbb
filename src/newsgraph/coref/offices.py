"""Office holders learned from the corpus: the person a title names when the story does not say.

"The home secretary said ..." in a story that calls him only "Mr Clarke": the document never
ties the title to a name, so :meth:`DocumentCoref.description` finds nobody; but other stories
of the corpus do ("Home Secretary Charles Clarke", "Charles Clarke, the home secretary,"). This
corpus stage, after actors are resolved across documents, counts for every title the documents
that name each actor with it, and gives an unresolved description speaker ("the home
secretary", "the Gunners manager") the one person of its own document whom the corpus names
with that very title in at least ``MIN_SUPPORT`` documents.

Precision first, so:

- only a person the document itself names: "the prime minister" of a story about another
  country takes nobody when that country's premier is not named in it;
- exactly one such person in the document: a story naming two holders of the title (an old and
  a new home secretary, two managers) gives neither;
- the title as written, qualifiers and all: "the French president" needs a person the corpus
  calls "French president", "the prime minister" is never a "deputy prime minister" and never
  a "former prime minister" (a qualifier or past word before a title keeps it from counting
  for the shorter title).

Last (round 32), a description no title resolves ("But the Chester chairman added") renames the
one person named in the sentence before it, as a reader takes it, unless the table or the story's
own post for that person says he is someone else (:func:`_epithet_holder`). Round 33: a description
the story names only in the sentence after it ("Russia's president has defended ... / X said") is
that person when he speaks there (or opens it, after the lead) and nobody else is named before
(:func:`_named_next`).

Nothing here is a list of people: the table is the corpus's own, rebuilt with every build.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Callable, Iterable, Sequence

from newsgraph.coref import CorefLexicon, DocumentCoref
from newsgraph.coref.nationals import place_of_people, stated_places
from newsgraph.model import Claim, Mention

__all__ = ["OfficeTable", "Role", "learn_offices", "office_titles", "resolve_described", "resolve_office_voices", "role_of_description",
           "title_of_description",
           "titles_in_document"]

MIN_SUPPORT = 2  # documents that name the person with the title: one could be a slip or a namesake
_MAX_TITLE_WORDS = 4
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")  # a word of a title: no possessive ("Blair's chancellor X": "chancellor")
# what ends the words of a title before a name, besides the lexicon's determiners and title breaks
_STOP = frozenset({"a", "an", "of", "for", "to", "by", "with", "in", "at", "on", "from", "and", "or", "but",
                   "as", "his", "her", "their", "its", "our", "my", "your", "when", "while", "after", "before",
                   "met", "meet", "meets", "told", "tell", "asked", "ask", "than", "like", "against", "says"})
# "The home secretary and his deputy X": a description, "and", a person's own title and name
_DESCRIBED_AND = re.compile(r"(?P<described>[Tt]he(?:\s+[A-Za-z-]+){1,4}?)\s+(?:and|&)\s+(?:(?:his|her|the)\s+)?"
                            r"(?:[a-z][\w'’-]*\s+){0,3}(?=(?:(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+)?[A-Z])")
_HONORIFIC = re.compile(r"(?:\s+(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\.?)+\s*$")


@dataclass
class OfficeTable:
    """title -> actor -> the number of documents that name the actor with that title."""

    holders: dict[str, dict[str, int]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(int)))
    # actor -> every title the corpus names it with: the roles a described person may match
    titles: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def holder(self, title: str, actors: Iterable[str]) -> str | None:
        """The one of ``actors`` (a document's people) the corpus names with ``title`` in at
        least ``MIN_SUPPORT`` documents; None when none or several are."""
        counts = self.holders.get(title) or {}
        found = {a for a in actors if counts.get(a, 0) >= MIN_SUPPORT}
        return next(iter(found)) if len(found) == 1 else None


def learn_offices(documents: Iterable[tuple[str, Sequence[Mention], Sequence[str | None]]],
                  lexicon: CorefLexicon) -> OfficeTable:
    """The table of a corpus: ``documents`` are (text, mentions, the actor of each mention)."""
    table = OfficeTable()
    nouns = _title_nouns(lexicon)
    for text, mentions, actors in documents:
        seen: set[tuple[str, str]] = set()
        for index, mention in enumerate(mentions):
            actor = actors[index]
            if not actor or mention.label not in lexicon.person_labels:
                continue
            for title in _titles_of(text, mentions, index, nouns, lexicon) | _group_title(text, mentions, index, actors,
                                                                                         nouns, lexicon):
                seen.add((title, actor))
        for title, actor in seen:
            table.holders[title][actor] += 1
            table.titles[actor].add(title)
    return table


def title_of_description(words: str, lexicon: CorefLexicon) -> str | None:
    """ "The home secretary" -> "home secretary", "the Gunners manager" -> "gunners manager":
    the title of one office (``holder_nouns``; "the flanker" is one of fifteen) that a definite
    singular description names; None for anything else."""
    tokens = words.split()
    if len(tokens) < 2 or len(tokens) > _MAX_TITLE_WORDS + 1 or tokens[0].lower() != "the":
        return None
    rest = [t.lower() for t in tokens[1:]]
    if not all(_WORD.fullmatch(t) for t in rest) or rest[-1] not in lexicon.holder_nouns:
        return None
    if len(rest) == 1 and (rest[0] in lexicon.specified_offices or rest[0] not in lexicon.office_nouns):
        return None  # "the minister", "the manager": which one, the words do not say
    return " ".join(rest)


def office_titles(words: str, lexicon: CorefLexicon) -> list[str]:
    """The titles a description may name, as written first: "the premier" -> ["premier",
    "prime minister"], "The PM" -> ["prime minister"] (round 68: the last word written out by
    ``title_long_forms``, the way the corpus's table counts the title); [] for no title."""
    tokens = words.split()
    long_form = lexicon.title_long_forms.get(tokens[-1].lower()) if tokens else None
    spellings = [words] + ([" ".join(tokens[:-1] + [long_form])] if long_form else [])
    titles = [title_of_description(spelling, lexicon) for spelling in spellings]
    return list(dict.fromkeys(t for t in titles if t is not None))


def _office_holder(words: str, table: OfficeTable, people: set[str], lexicon: CorefLexicon) -> str | None:
    """The one person of ``people`` the corpus names with the first title of ``words``
    (:func:`office_titles`) that has one; None when no title does."""
    return next((a for a in (table.holder(t, people) for t in office_titles(words, lexicon)) if a), None)


def resolve_described(text: str, claims: Sequence[Claim], mentions: Sequence[Mention],
                      actors: Sequence[str | None], table: OfficeTable, lexicon: CorefLexicon) -> None:
    """Give each claim of one document whose speaker is an unresolved description by a title
    the mention of the one person the corpus names with that title (see the module); and the
    "he" / "she" claims right after it in the same paragraph, left without an actor, the same
    one (the document stage gave them the described speaker, who had none); round 46: also after
    a description either stage resolved, past the people named in what that person said."""
    people = {a for m, a in zip(mentions, actors) if a and m.label in lexicon.person_labels}
    # round 47: a person's spokesman the document stage gave its principal is read here as
    # before (no speaker), so the spokesman the next sentence names still wins; the principal
    # comes back only where nothing here names anyone
    principals = _lift_principals(claims, mentions, lexicon)
    chained: int | None = None  # the mention the claim before was given here
    described: Claim | None = None  # the claim before, when a description of one person it resolved speaks it
    last_cue = 0
    coref: DocumentCoref | None = None  # built for the first pronoun that needs it
    for claim in sorted(claims, key=lambda c: c.cue_span[0] if c.cue_span else c.start):
        cue = claim.cue_span[0] if claim.cue_span else claim.start
        unresolved = claim.speaker is None and not claim.anonymous and not claim.speakers \
            and claim.speaker_text is not None and claim.speaker_span is not None
        pronoun = unresolved and lexicon.pronouns.get(claim.speaker_text.lower()) == "person"
        goes_on = None  # the person of a described speaker just before, when nothing between says otherwise
        if pronoun and described is not None:
            coref = coref or DocumentCoref(text, mentions, lexicon, _direct_speech(claims))
            goes_on = _described_goes_on(claim, described, coref, actors, lexicon)
        if pronoun and chained is not None and "\n" not in text[last_cue:cue] \
                and not _other_person_between(mentions, actors, actors[chained], last_cue, cue, lexicon, claim):
            claim.speaker = chained  # "The home secretary said ... He added"
        elif goes_on is not None:
            # round 46: "The minister also confirmed she received support from X. But she denied":
            # a person named in what the described speaker said is no rival for the "she" after it
            claim.speaker = chained = goes_on
        elif pronoun:
            # "The chancellor is on a tour of Africa. But he insisted": the holder of the office
            # the description opening the sentence before names, as for a described speaker
            coref = coref or DocumentCoref(text, mentions, lexicon, _direct_speech(claims))
            claim.speaker = _pronoun_holder(claim, claims, coref, actors, table, lexicon, people)
            chained = claim.speaker
        elif _unnamed_voice(claim, lexicon) or _unnamed_described(claim, lexicon):
            # "his spokesman has said ... / Label spokesman X said", "X's lawyer has called for ...
            # / Y has submitted": the person the story names next (the document stage, with no
            # name, flagged it anonymous)
            coref = coref or DocumentCoref(text, mentions, lexicon, _direct_speech(claims))
            claim.speaker = _voice_named_next(claim, claims, coref, actors, lexicon) \
                if _unnamed_voice(claim, lexicon) else _named_next(claim, claims, coref, actors, table, lexicon, people)
            claim.anonymous = claim.speaker is None
            chained = claim.speaker
        elif claim.speaker is not None and not claim.speakers and claim.speaker_text is not None:
            _add_described_member(claim, mentions, actors, table, lexicon, people)
            if not claim.speakers and _person_epithet(claim.speaker_text, lexicon):
                # round 49: the document stage's "the 28-year-old" against the ages the story writes
                claim.speaker = _age_checked(claim, claims, text, mentions, actors, lexicon, claim.speaker)
            chained = None
        elif unresolved:
            actor = _office_holder(claim.speaker_text, table, people, lexicon)
            claim.speaker = _nearest(mentions, actors, actor, claim.speaker_span[0]) if actor is not None \
                else _role_holder(claim, claims, mentions, actors, table, lexicon)
            if claim.speaker is None and _person_epithet(claim.speaker_text, lexicon):
                coref = coref or DocumentCoref(text, mentions, lexicon, _direct_speech(claims))
                renamed = _epithet_holder(claim, claims, coref, actors, table, lexicon, people)
                # round 49: "X, 28, ... the 28-year-old said": the age the story writes beside a name
                claim.speaker = _age_checked(claim, claims, text, mentions, actors, lexicon, renamed)
            if claim.speaker is None and _lead_description(claim.speaker_text, lexicon):
                coref = coref or DocumentCoref(text, mentions, lexicon, _direct_speech(claims))
                claim.speaker = _named_next(claim, claims, coref, actors, table, lexicon, people)
            if claim.speaker is None:  # "Brando's assistant said ... His assistant, X, said"
                claim.speaker = _introduced_by_role(claim, text, mentions, actors, lexicon)
            if claim.speaker is None:  # round 54: "Producer X said ... added the British producer"
                coref = coref or DocumentCoref(text, mentions, lexicon, _direct_speech(claims))
                claim.speaker = _introduced_by_post(claim, claims, coref, actors)
            # a description inside what another says ("X said the prime minister's view ... he
            # said") is no speaker a later "he" goes on with
            chained = claim.speaker if not _inside_another(claim, claims) else None
        elif _anonymous_owned(claim, mentions):
            # round 54: "The families' solicitor X ... The families' lawyer argued", "Mr Y's son Z
            # ... his son said": the document stage, with no name, flagged the tie anonymous
            coref = coref or DocumentCoref(text, mentions, lexicon, _direct_speech(claims))
            claim.speaker = _introduced_by_post(claim, claims, coref, actors)
            claim.anonymous = claim.speaker is None
            chained = claim.speaker if not _inside_another(claim, claims) else None
        else:
            chained = None
        described = claim if not pronoun and _resolved_description(claim, claims, mentions, lexicon) else None
        last_cue = cue
    _restore_principals(claims, principals)


def _lift_principals(claims: Sequence[Claim], mentions: Sequence[Mention], lexicon: CorefLexicon) -> dict[int, int]:
    """Take back, for the passes above, each principal the document stage gave a person's
    spokesman (``attribution.voices.speak_for_principals``: speaker = affiliation = a person,
    anonymous); id(claim) -> the principal's mention. A body's voice is never a person."""
    lifted: dict[int, int] = {}
    for claim in claims:
        principal = claim.speaker
        if principal is not None and claim.anonymous and not claim.speakers and claim.speaker_affiliation == principal \
                and mentions[principal].label in lexicon.person_labels:
            lifted[id(claim)] = principal
            claim.speaker = claim.speaker_affiliation = None
    return lifted


def _restore_principals(claims: Sequence[Claim], lifted: dict[int, int]) -> None:
    """Give each lifted spokesman's claim that the passes left without a speaker its principal back."""
    for claim in claims:
        principal = lifted.get(id(claim))
        if principal is not None and claim.speaker is None and claim.anonymous:
            claim.speaker = claim.speaker_affiliation = principal


def resolve_office_voices(text: str, claims: Sequence[Claim], mentions: Sequence[Mention],
                          actors: Sequence[str | None], table: OfficeTable, lexicon: CorefLexicon,
                          owner_of: Callable[[str], str | None]) -> None:
    """Round 47: "the prime minister's official spokesman" in a story that never ties the title
    to a name: the spokesman puts out the office holder's position, so the claim takes the one
    person of the story the corpus names with that title, as "the prime minister said" would
    (:func:`resolve_described`); speaker = affiliation = that person, anonymous kept.
    ``owner_of`` gives the owner's words of a person's spokesman phrase ("prime minister"),
    else None. Run after :func:`resolve_described`: a spokesman named next has won already."""
    people = {a for m, a in zip(mentions, actors) if a and m.label in lexicon.person_labels}
    voiced: Claim | None = None  # the claim just before, when it was an office holder's voice
    for claim in claims:
        if _open_anonymous(claim) and voiced is not None and _goes_on_as_pronoun(claim, lexicon):
            # round 60: "the premier's official spokesman said ... But he added": the
            # speaker rules held the "he" for that unnamed spokesman, so it is the same voice
            claim.speaker = claim.speaker_affiliation = voiced.speaker
            voiced = claim
            continue
        if voiced is not None and claim.parent is not None and claim.parent == voiced.id:
            continue  # a claim quoted inside what the spokesman said: he still speaks after it
        voiced = None
        if not _open_anonymous(claim):
            continue
        owner = owner_of(claim.speaker_text)
        actor = _office_holder(f"the {owner}", table, people, lexicon) if owner else None
        if actor is not None:
            claim.speaker = claim.speaker_affiliation = _nearest(mentions, actors, actor, claim.speaker_span[0])
            voiced = claim


def _open_anonymous(claim: Claim) -> bool:
    """An anonymous claim with no speaker, no body and no list, whose speaker's words are given."""
    return claim.speaker is None and claim.anonymous and not claim.speakers and claim.speaker_affiliation is None \
        and claim.speaker_text is not None and claim.speaker_span is not None


def _goes_on_as_pronoun(claim: Claim, lexicon: CorefLexicon) -> bool:
    """A "he" / "she" left anonymous with no body: the speaker rules held it for the unnamed
    one who spoke just before (an unnamed source's pronoun has no person of its own)."""
    return (claim.speaker_text or "").lower() in lexicon.pronoun_genders


@dataclass(frozen=True)
class Role:
    """What a description says its person is: the head noun, the names before it (capitalised
    words, or a group's actor as ``@actor``: whose the role is) and its past or qualifier words
    ("former", "assistant"). Other lower-case words ("world", "central") only say what kind."""

    noun: str
    names: tuple[str, ...]
    marks: tuple[str, ...]
    kinds: tuple[str, ...] = ()

    def of(self, titles: Iterable[str], lexicon: CorefLexicon, *, exact: bool = False) -> bool:
        """Whether a person the corpus gives ``titles`` has the role: a title in the noun with
        the same past and qualifier words ("former champion" is no "champion", "boss" no
        "assistant boss") that holds the names too; or, when none of those titles says whose
        the role is (no group in it: "defender"), one with the names unchecked. ``exact``: one
        title holds every word of the description ("top seed" of "the top seed")."""
        fitting = [t.split() for t in titles if self._fits(t.split(), lexicon)]
        named = [w for w in fitting if all(n in w for n in self.names)]
        if exact:
            return any(all(k in w for k in self.kinds) for w in named)
        return bool(named) or (bool(fitting) and not any(w[0].startswith("@") for w in fitting))

    def _fits(self, words: list[str], lexicon: CorefLexicon) -> bool:
        marked = {w for w in words if w in lexicon.past_titles or w in lexicon.title_qualifiers}
        return words[-1] == self.noun and marked == set(self.marks)


def role_of_description(words: str, lexicon: CorefLexicon) -> Role | None:
    """ "the Gloucester fly-half" -> fly-half with "gloucester"; "the @liberal-democrats leader"
    (a group's name put as its actor) -> leader with that group. None for an indefinite or
    possessive phrase, a role many share ("the player"), and a post in a body that does not say
    whose ("the chairman")."""
    tokens = words.split()
    if len(tokens) < 2 or len(tokens) > _MAX_TITLE_WORDS + 1 or tokens[0].lower() != "the" \
            or not all(_WORD.fullmatch(t) or t.startswith("@") for t in tokens[1:]) or tokens[-1].startswith("@"):
        return None
    noun = tokens[-1].lower()
    whose = any(w[0].isupper() or w.startswith("@") for w in tokens[1:-1])
    alone = noun in lexicon.focus_nouns or noun in lexicon.role_nouns
    post = noun in lexicon.holder_nouns or noun in lexicon.body_titles
    if noun in lexicon.role_shared_nouns or not (alone or (post and whose)):
        return None
    marks = lexicon.past_titles | lexicon.title_qualifiers
    names = tuple(w if w[0] == "@" else w.lower() for w in tokens[1:-1] if w[0].isupper() or w[0] == "@")
    return Role(noun, names, tuple(w.lower() for w in tokens[1:-1] if w.lower() in marks),
                tuple(w.lower() for w in tokens[1:-1] if w[0].islower()))


def _role_holder(claim: Claim, claims: Sequence[Claim], mentions: Sequence[Mention], actors: Sequence[str | None],
                 table: OfficeTable, lexicon: CorefLexicon) -> int | None:
    """The mention of the one person named before an unresolved description ("the Gloucester
    fly-half said") whom one title of the corpus, of this story or another, gives its role
    (:func:`role_of_description`); None when none or several are, when the description is
    inside what another says, or when another person whose role the corpus does not know may be
    the one described: named between, or for a bare noun ("the singer") named before at all."""
    # the words as written ("the England captain": "England captain X") or with the group's
    # actor for its name ("the Lib Dem leader": "Liberal Democrat leader X")
    roles = [r for r in {role_of_description(claim.speaker_text, lexicon),
                         role_of_description(_with_groups(claim, mentions, actors, lexicon), lexicon)} if r is not None]
    if not roles or _inside_another(claim, claims):
        return None
    at = claim.speaker_span[0]
    named = [i for i, m in enumerate(mentions) if m.start < at and actors[i] and m.label in lexicon.person_labels]
    found = set()
    for exact in (True, False):  # the people one title fits word for word, else by noun and names
        found = {actors[i] for i in named
                 if any(role.of(table.titles.get(actors[i], ()), lexicon, exact=exact) for role in roles)}
        if found:
            break
    if len(found) != 1:
        return None
    actor = found.pop()
    last = max(i for i in named if actors[i] == actor)
    # a rival the corpus titles otherwise is known not to be the one described ("manager X")
    rivals = [a if a and not table.titles.get(a) else actor for a in actors]
    # "the Varne fly-half" says whose: a rival named before the one it fits is no longer one
    since = mentions[last].end if roles[0].names else 0
    return None if _other_person_between(mentions, rivals, actor, since, at, lexicon, claim) else last


# how many sentences back an epithet looks for the person it renames
_EPITHET_SENTENCES = 2
_EPITHET_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*")  # "the 74-year-old comedian"; no possessive
# where an epithet may stand: opening its sentence or a clause ("But the X added", ", but the X
# appears"), or as the speaker of a frame after what is said ('," said the X', "..., the X has said");
# round 58: also right after the close of its own quote ('," the X told', "?'\" the X said"), the
# same frame with the verb after the speaker
_EPITHET_OPENS = re.compile(r"(?:^|[,;]\s*|^(?:but|and|yet|so|however|meanwhile|now|later|still)\b\s*,?\s*"
                            r"|[,;]\s*(?:but|and|yet|while|though|although)|[,.!?]['’]?[\"”’](?:\s*[a-z]+){0,2})$",
                            re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"['’](?:s\b|\s)")


def _person_epithet(words: str, lexicon: CorefLexicon) -> bool:
    """ "the Chester chairman", "The MEP", "the 74-year-old comedian": a definite singular
    phrase of at most four words after "the", headed by a noun of one person; not a possessive
    ("the prime minister's wife" is someone else), a relative or several people."""
    tokens = words.split()
    if not 2 <= len(tokens) <= _MAX_TITLE_WORDS + 1 or tokens[0].lower() != "the" \
            or not all(_EPITHET_WORD.fullmatch(t) for t in tokens[1:]):
        return False
    noun = tokens[-1].lower()
    # round 39: an age ("the 66-year-old") is one person too
    person = noun in lexicon.person_nouns or noun in lexicon.role_nouns or noun in lexicon.focus_nouns \
        or noun in lexicon.holder_nouns or noun in lexicon.epithet_nouns or _AGE.fullmatch(noun) is not None
    return person and noun not in lexicon.kin_nouns and noun not in lexicon.collective_people \
        and words.lower() not in lexicon.not_person_phrases


def _epithet_holder(claim: Claim, claims: Sequence[Claim], coref: DocumentCoref, actors: Sequence[str | None],
                    table: OfficeTable, lexicon: CorefLexicon, people: set[str]) -> int | None:
    """The person a reader takes an epithet for when the story never ties its words to a name
    ("Vaughan claimed the offer was agreed. But the Chester chairman added"): the one person
    named (not only as a possessor, not inside a quote) in the nearest sentence before it, up to
    ``_EPITHET_SENTENCES`` back and one paragraph, that names any. None when that sentence names
    two people, a person with no actor, or only possessors ("Greene's record": whose record is
    no one renamed), or when another person of the story is known by a title in the epithet's
    noun and this one is not (the epithet may be that one's)."""
    if _inside_another(claim, claims):
        return None
    at = claim.speaker_span[0]
    opening = coref.sentence_start(at)
    start = _after_closed_quote(coref.text, opening, at)
    # after a quote the epithet renames only the person quoted ('"...," X said. "..." The singer'):
    # an unattributed quote says nothing of whom the reporter goes on with. The quote may close
    # inside the parse's sentence or, as coreference now starts a sentence there, right before it
    after_quote = _CLOSED_QUOTE_BEFORE.search(coref.text, max(0, start - 4), start) is not None
    quoted_by = _quote_speaker(claims, actors, start) if after_quote else None
    if after_quote and quoted_by is None:
        return None
    if not _EPITHET_OPENS.search(coref.text[start:at].strip()):
        return None  # "called a pirate by the sentencing judge": no subject, no renaming
    chosen: list[int] = []
    pronouns: list[str] = []  # the "he" / "she" opening sentences passed on the way back
    back = 0
    while True:
        named = [i for i, m in enumerate(coref.mentions) if start <= m.start < at and m.label in lexicon.person_labels
                 and not coref.in_quote(m.start) and not _quoted_in_sentence(coref.text, start, m.start)]
        pronoun = _opening_pronoun(_last_sentence(coref.text[start:at]), lexicon) if back else None
        if back and quoted_by is None and _QUOTE_ALONE.fullmatch(coref.text, start, at):
            # '"She was once dropped by X." The defender said', '"I am fit." The 26-year-old ...':
            # a quote makes a sentence of its own (coref's sentence start); whom its words are
            # about or who spoke them the text leaves open, so no one before it is a safe holder
            return None
        if back and pronoun is None and _opens_with_person_description(_last_sentence(coref.text[start:at]), lexicon):
            # round 58: "The Spaniard thought the caller was X. '...,' the 21-year-old told": a
            # sentence about a described person names others as objects; who that is, it does not say
            return None
        if named and pronoun is None:
            chosen = named
            break
        if pronoun is not None:
            # "Holt is ready to stay. He was once dropped by coach X. The defender said": a
            # sentence about "he" names its others as objects; the one it is about is further back
            pronouns.append(pronoun)
        elif back >= _EPITHET_SENTENCES:
            return None
        back += 1
        if start == 0 or coref.text.count("\n\n", start, claim.speaker_span[0]) > 1 or len(pronouns) > _PRONOUN_SENTENCES:
            return None
        at, start = start, coref.sentence_start(max(start - 2, 0))
    own = [i for i in chosen if not _POSSESSIVE_AFTER.match(coref.text, coref.mentions[i].end)]
    if len({actors[i] for i in own}) > 1:  # "Varne cap holder X": a place the model called a person is no rival
        own = [i for i in own if coref.named_person(i) and not _modifies_next_name(coref, i, lexicon)]
    if len({actors[i] for i in own}) > 1:
        own = _sentence_subject(own, coref, actors, claim.speaker_text, lexicon)
    holders = {actors[i] for i in own}
    if len(holders) != 1 or None in holders or (quoted_by is not None and holders != {quoted_by}):
        return None
    actor = next(iter(holders))
    # a holder the story introduces right after ("On Saturday, the party's chief executive said
    # ... / X told reporters") is as much a rival as one named before; not one named further on
    known = _next_sentence_end(coref.text, claim.speaker_span[1])
    before = {a for m, a in zip(coref.mentions, actors) if a and m.start < known and m.label in lexicon.person_labels}
    age = _AGE.fullmatch(claim.speaker_text.split()[-1]) is not None  # "the 66-year-old": any post's holder
    if not _may_be_called(actor, claim.speaker_text, table, people, lexicon, rivals=before) \
            or (not age and _other_post(coref, actors, actor, claim.speaker_text, lexicon)) \
            or not all(coref.agrees(max(own), word) for word in pronouns):
        return None
    return max(own)


# an age the story writes right beside a person's name: "X, 28, said", "X (28)"; in brackets only
# two digits, as a match report writes a scorer's goals there ("Rivaldo (2)")
_AGE_BESIDE = re.compile(r"\s*(?:,\s*(?P<comma>\d{1,3})\s*(?=[,;:)]|\.\s)|\(\s*(?P<paren>\d{2})\s*\))")
_AGE_NUMBER = re.compile(r"\b(\d{1,3})-year-old\b", re.IGNORECASE)


def _age_checked(claim: Claim, claims: Sequence[Claim], text: str, mentions: Sequence[Mention],
                 actors: Sequence[str | None], lexicon: CorefLexicon, found: int | None) -> int | None:
    """Round 49: the holder of an epithet by age ("the 28-year-old", "the 17-year-old singer")
    as the ages the story writes beside its people's names before it ("X, 28,", "X (28)") say:
    the one person written with that very age (whoever the document stage or the epithet rule
    ``found``); none when two are, or when ``found`` is written with another age ("Y, 63, ...
    the 42-year-old said" is not Y); ``found`` when no age is written, or none of this one."""
    age = _AGE_NUMBER.search(claim.speaker_text)
    if age is None or claim.speaker_span is None or _inside_another(claim, claims):
        return found
    written = _ages_beside_names(text, mentions, actors, lexicon, claim.speaker_span[0])
    aged = [actor for actor, ages in written.items() if ages == {age.group(1)}]
    if len(aged) > 1:
        return None  # precision first: two people of that age
    if aged:
        return found if found is not None and actors[found] == aged[0] \
            else _nearest(mentions, actors, aged[0], claim.speaker_span[0])
    return None if found is not None and actors[found] in written else found


def _ages_beside_names(text: str, mentions: Sequence[Mention], actors: Sequence[str | None],
                       lexicon: CorefLexicon, before: int) -> dict[str, set[str]]:
    """Actor -> the ages the story writes beside that person's name (outside quotes) before ``before``."""
    written: dict[str, set[str]] = {}
    for mention, actor in zip(mentions, actors):
        if mention.start >= before or not actor or mention.label not in lexicon.person_labels \
                or _quoted(text, mention.start):
            continue
        found = _AGE_BESIDE.match(text, mention.end)
        if found is not None:
            written.setdefault(actor, set()).add(found.group("comma") or found.group("paren"))
    return written


# the close of a quoted sentence: a stop, the closing quote, a space
_CLOSED_QUOTE = re.compile(r"[.!?][\"”’]\s+")
# the same close ending right before a sentence's start
_CLOSED_QUOTE_BEFORE = re.compile(r"[.!?][\"”’]\s*$")


def _after_closed_quote(text: str, start: int, at: int) -> int:
    """Where the sentence of an epithet at ``at`` starts when the parse ran a quote's last
    sentence into it ('"... to the table." The defender added': the epithet opens its own
    sentence, and the quote before is the sentence a reader looks back past); ``start``
    otherwise. Round 44."""
    closes = list(_CLOSED_QUOTE.finditer(text, start, at))
    return closes[-1].end() if closes else start


def _quote_speaker(claims: Sequence[Claim], actors: Sequence[str | None], after_close: int) -> str | None:
    """The actor of the claim a piece of which is the quote closing right before ``after_close``
    ("He added ... \"I was glad.\"": the quote is a piece of his claim), or None."""
    for claim in claims:
        pieces = claim.pieces or [(claim.start, claim.end)]
        if claim.speaker is not None \
                and any(0 <= after_close - end <= 4 for _, end in pieces):
            return actors[claim.speaker] or None
    return None


# how many sentences opened by "he" / "she" an epithet looks past for the person they are about
_PRONOUN_SENTENCES = 2
_OPENING_PRONOUN = re.compile(r"\s*(?:(?P<link>[A-Za-z]+),?\s+)?(?P<word>[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b")


def _opening_pronoun(sentence: str, lexicon: CorefLexicon) -> str | None:
    """ "He", "She", "His", "Her" opening a sentence (after a connective, "But he"): the word;
    the sentence is about that person, so a name later in it is someone else's."""
    found = _OPENING_PRONOUN.match(sentence)
    if found is None or (found.group("link") and found.group("link").lower() not in lexicon.sentence_links):
        return None
    return found.group("word").lower()


# a sentence that is one quote, opened and closed by its marks ('"I am fit."'), nothing outside
_QUOTE_ALONE = re.compile(r"\s*[\"“][^\"“”]*[.!?][\"”]\s*")


# a definite description opening a sentence, after a connective at most ("But the Olympic champion")
_OPENING_DESCRIPTION = re.compile(r"\s*(?:(?P<link>[A-Za-z]+),?\s+)?[Tt]he(?P<words>(?:\s+[A-Za-z0-9][A-Za-z0-9-]*){1,4})")


def _opens_with_person_description(sentence: str, lexicon: CorefLexicon) -> bool:
    """The sentence opens with "the" and a description of one person: a noun of a person or an
    age (``_person_epithet``: "The Olympic champion", "The 28-year-old") or a people's noun of one
    person (``person_demonyms``: "The Spaniard"; not an adjective, "The Kenyan team" is a body).
    Round 58: such a sentence is about that person, as one opened by "he" is."""
    found = _OPENING_DESCRIPTION.match(sentence)
    if found is None or (found.group("link") and found.group("link").lower() not in lexicon.sentence_links):
        return False
    words = found.group("words").split()
    return any(_person_epithet(" ".join(["the", *words[:size]]), lexicon)
               or words[size - 1].lower() in lexicon.person_demonyms for size in range(1, len(words) + 1))


def _quoted_in_sentence(text: str, start: int, at: int) -> bool:
    """``at`` is inside quotation marks (``_quoted``), unless its sentence opens right after a
    closed quote ('... employees." X claimed') and no quote mark comes before ``at`` in it: a
    quote closed by its full stop ends there, whatever the marks of the paragraph before say (a
    quote run on over two sentences opens the second with a mark of its own, so counting marks
    takes what follows for quoted)."""
    after_quote = re.search(r"[.!?][\"”]\s*$", text[max(0, start - 4):start]) is not None
    if after_quote and not re.search(r"[\"“”]", text[start:at]):
        return False
    return _quoted(text, at)


_TITLE_GAP = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,4}")


def _modifies_next_name(coref: DocumentCoref, index: int, lexicon: CorefLexicon) -> bool:
    """ "Varne record cap holder X", "Kessel boss X": the name stands before lower-case title
    words and right after them another person's name, so it says whose post that is."""
    if index + 1 >= len(coref.mentions):
        return False
    mention, following = coref.mentions[index], coref.mentions[index + 1]
    gap = _TITLE_GAP.fullmatch(coref.text, mention.end, following.start)
    words = gap.group(0).split() if gap is not None else ["with"]
    # "X has pleaded with Y", "X beat Y": a verb or a preposition between, two people; a title
    # ends in a noun of a person or of one who does something ("holder")
    return following.key != mention.key and following.label in lexicon.person_labels \
        and not any(w in lexicon.follows_person or w in _STOP or w.endswith("ed") for w in words) \
        and (_person_noun(words[-1], lexicon) or words[-1].endswith(("er", "or")))


def _next_sentence_end(text: str, at: int) -> int:
    """Where the sentence after the one holding ``at`` ends."""
    stop = _SENTENCE_STOP.search(text, at)
    stop = _SENTENCE_STOP.search(text, stop.end()) if stop is not None else None
    return stop.end() if stop is not None else len(text)


@lru_cache(maxsize=4)
def _oblique_pattern(words: frozenset[str]) -> re.Pattern:
    """A gap before a name that ends with one of ``words`` and at most four more (an article,
    a title, a country, a band: "ahead of Kessel's X", "by the club's new manager X")."""
    alternatives = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\s+(?:[\w'’.-]+\s+){{0,4}}$")


def _last_sentence(chunk: str) -> str:
    """The last sentence of a chunk the document's splitter left whole ('"We won." X said'
    is two: the quote and what the reporter says after it)."""
    stops = list(_SENTENCE_STOP.finditer(chunk))
    return chunk[stops[-1].end():] if stops else chunk


def _sentence_subject(own: list[int], coref: DocumentCoref, actors: Sequence[str | None], words: str,
                      lexicon: CorefLexicon) -> list[int]:
    """Of the people a sentence names, the one it is about when he opens it ("X claimed Y had
    agreed. But the Kessel chairman added": X), and the story gives him no post that
    says he is not the one the epithet describes ("Club director X spoke to Y. The former
    Kessel international ...": a director is no international); else none."""
    first = min(own, key=lambda i: coref.mentions[i].start)
    mention = coref.mentions[first]
    opening = _last_sentence(coref.text[coref.sentence_start(mention.start):mention.start])
    # the others only after a preposition or in a clause of their own ("X lost to Y", "X said
    # that Y ..."): an object ("X met Y", "X praised Y") or a second subject ("X and Y") may be the one
    others = [coref.mentions[i] for i in own if actors[i] != actors[first]]
    oblique = _oblique_pattern(lexicon.oblique_words)
    if any(not oblique.search(coref.text, mention.end, other.start) for other in others):
        return []
    if not coref.title_words_only(opening.split()) or not coref.named_person(first) or not _post_fits(coref, actors, actors[first], words, lexicon):
        return []
    return [i for i in own if actors[i] == actors[first]]


def _post_fits(coref: DocumentCoref, actors: Sequence[str | None], actor: str | None, words: str,
               lexicon: CorefLexicon) -> bool:
    """Whether every post the story gives ``actor`` may be what ``words`` call him: none given,
    the epithet's noun or one of the same post, or, for what a player is besides his position
    ("the Sale player", "the 26-year-old"), a position."""
    noun = words.split()[-1].lower()
    keys = {m.key for m, a in zip(coref.mentions, actors) if a == actor}
    posts = {t.split()[-1] for key in keys for t in titles_in_document(coref.text, coref.mentions, key, lexicon)}
    posts -= lexicon.any_post_nouns  # "Liverpool legend X": what he is besides any post
    same = {noun}.union(*(g for g in lexicon.same_posts if noun in g))
    if _AGE.fullmatch(noun):
        return True  # "Spain coach X ... The 66-year-old": an age fits any post
    if noun in lexicon.any_post_nouns:
        same |= lexicon.focus_nouns | lexicon.role_nouns
    return posts <= same


_AGE = re.compile(r"\d+-year-old")


# "Russia's president", "Amnesty's chief", "the Kessel chairman": a definite description of one
# person, by a possessor ("X's", "X'") or "the"; the possessor's words are checked apart
_LEAD_DESCRIPTION = re.compile(r"(?:[Tt]he|(?P<owner>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:['’]s?)))"
                               r"(?P<words>(?:\s+[A-Za-z0-9][A-Za-z0-9-]*){1,4})")


def _lead_description(words: str, lexicon: CorefLexicon) -> bool:
    """ "Russia's president", "Kessel's tax chief", "the 28-year-old": a description of one
    person that a lead may use before it names him; not a spokesman, aide or other role that ties
    one person to another (``role_shared_nouns``), kin, or several people."""
    found = _LEAD_DESCRIPTION.fullmatch(words)
    if found is None:
        return False
    noun = found.group("words").split()[-1].lower()
    return _person_epithet("the" + found.group("words"), lexicon) and noun not in lexicon.role_shared_nouns \
        and _AGE.fullmatch(noun) is None  # an age is anyone's: the next sentence's speaker may be another


def _named_next(claim: Claim, claims: Sequence[Claim], coref: DocumentCoref, actors: Sequence[str | None],
                table: OfficeTable, lexicon: CorefLexicon, people: set[str]) -> int | None:
    """The person a story names only in the sentence after the description that opens its
    account of him ("Russia's president has defended the sale. / Vladimir Putin said ..."): the
    first person named (outside quotes) in the next sentence, within one paragraph break, when he
    speaks there (a claim's speaker), is named nowhere before the description but in the
    headline, and no one else is: before it (the headline and the description's own possessor
    aside), or in the headline. Precision first: a description with someone named before may be
    that one, so it is left to :func:`_epithet_holder`."""
    if _inside_another(claim, claims):
        return None
    at, end = claim.speaker_span
    headline = coref.text.find("\n")
    candidate = _next_sentence_speaker(claim, claims, coref, lexicon)
    if candidate is None or actors[candidate] is None:
        return None
    actor = actors[candidate]
    owners = {actors[i] for i, m in enumerate(coref.mentions) if at <= m.start < end} - {None}
    for index, mention in enumerate(coref.mentions):
        if mention.start >= at or mention.label not in lexicon.person_labels or at <= mention.start < end:
            continue  # after the description, no person, or its possessor ("Kenteris' lawyer")
        if mention.start < headline and actors[index] in owners and actors[index] != actor:
            continue  # round 39: the possessor in the headline ("Plea to free X" / "X's lawyer")
        if mention.start >= headline or actors[index] != actor:
            return None  # someone named before, in the story or the headline, may be the one described
    found = _LEAD_DESCRIPTION.fullmatch(claim.speaker_text)
    words = "the " + found.group("words").strip()
    if not _may_be_called(actor, words, table, people, lexicon, owned=found.group("owner") is not None) \
            or _other_post(coref, actors, actor, words, lexicon):
        return None
    return candidate


# "his spokesman", "Mr X's spokeswoman", "the spokesman": one voice, definite, of whom the words say
_DEFINITE_VOICE = re.compile(r"(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s?)"
                             r"(?:\s+[a-z][\w-]*){0,2}\s+(?P<noun>[a-z]+)")


def _unnamed_voice(claim: Claim, lexicon: CorefLexicon) -> bool:
    """An anonymous claim of a definite voice of no body ("his spokesman"; not "a spokesman")."""
    if claim.speaker is not None or not claim.anonymous or claim.speakers or claim.speaker_affiliation is not None \
            or claim.speaker_text is None or claim.speaker_span is None:
        return False
    found = _DEFINITE_VOICE.fullmatch(claim.speaker_text)
    return found is not None and found.group("noun") in lexicon.voice_nouns


def _unnamed_described(claim: Claim, lexicon: CorefLexicon) -> bool:
    """An anonymous claim of a possessor's description of one person ("Kessel's lawyer"), no body's."""
    return claim.speaker is None and claim.anonymous and not claim.speakers and claim.speaker_affiliation is None \
        and claim.speaker_text is not None and claim.speaker_span is not None \
        and not claim.speaker_text.lower().startswith(("the ", "his ", "her ", "its ", "their ")) \
        and _lead_description(claim.speaker_text, lexicon)


def _voice_named_next(claim: Claim, claims: Sequence[Claim], coref: DocumentCoref, actors: Sequence[str | None],
                      lexicon: CorefLexicon) -> int | None:
    """The person who speaks in the next sentence when the story introduces him there by the
    description's own voice noun ("his spokesman has said ... / Label spokesman X said", "X, the
    spokesman, said"), nobody in the story before him has that noun in a title, and he is not the
    description's possessor. Precision first: another voice noun, or a voice introduced later,
    may be anyone's."""
    if _inside_another(claim, claims):
        return None
    noun = _DEFINITE_VOICE.fullmatch(claim.speaker_text).group("noun")
    candidate = _next_sentence_speaker(claim, claims, coref, lexicon)
    if candidate is None or actors[candidate] is None:
        return None
    at, end = claim.speaker_span
    if any(actors[i] == actors[candidate] for i, m in enumerate(coref.mentions) if m.start < coref.mentions[candidate].start
           and (m.start < at or at <= m.start < end)):
        return None  # named before, or the possessor ("Mr X's spokesman ... X said"): not introduced here
    if not any(title and title[-1] == noun for title in _introduced_titles(coref.text, coref.mentions, candidate, lexicon)):
        return None
    titled = [i for i, m in enumerate(coref.mentions) if m.start < at and m.label in lexicon.person_labels
              and any(t and t[-1] == noun for t in _introduced_titles(coref.text, coref.mentions, i, lexicon))]
    return None if titled else candidate


def _next_sentence_speaker(claim: Claim, claims: Sequence[Claim], coref: DocumentCoref,
                           lexicon: CorefLexicon) -> int | None:
    """The first person named (outside quotes) in the sentence after the claim's speaker's
    sentence, within one paragraph break, when a claim of that sentence has him as its speaker."""
    text = coref.text
    stop = _SENTENCE_STOP.search(text, claim.speaker_span[1])
    if stop is None:
        return None
    start = stop.end()
    if text.count("\n\n", claim.speaker_span[1], start) > 1:
        return None
    close = _SENTENCE_STOP.search(text, start)
    finish = close.end() if close is not None else len(text)
    named = [i for i, m in enumerate(coref.mentions) if start <= m.start < finish
             and m.label in lexicon.person_labels and not coref.in_quote(m.start) and not _quoted(text, m.start)]
    if not named:
        return None
    first = named[0]
    mention = coref.mentions[first]
    if any(m.label in lexicon.person_labels and not _POSSESSIVE_AFTER.match(text, m.end)
           for m in coref.mentions if claim.speaker_span[1] <= m.start < start):
        return None  # "... has defended the courts after criticism from X": a rival in its own sentence
    speaks = any(c is not claim and c.speaker_span and c.speaker_span[0] <= mention.start < c.speaker_span[1]
                 and start <= (c.cue_span or [c.start])[0] < finish for c in claims)
    # "X was speaking to pupils" after the lead: the name opening the sentence is its subject,
    # as a speaker is; news names there the person its lead describes (elsewhere only a speaker)
    opens = _OPENING_NAME.fullmatch(text[start:mention.start]) is not None and _in_lead(text, claim.speaker_span[0])
    return first if speaks or opens else None


def _in_lead(text: str, at: int) -> bool:
    """Whether ``at`` is in the first sentence after the headline (the first line)."""
    headline = text.find("\n")
    if headline < 0 or at < headline:
        return False
    body = len(text) - len(text[headline:].lstrip())
    stop = _SENTENCE_STOP.search(text, body)
    return at < (stop.start() if stop is not None else len(text))


# the end of a sentence: a full stop (or ! ?), maybe a closing quote, then blanks
_SENTENCE_STOP = re.compile(r"[.!?][\"”’']?\s+")
# what may come before a name that opens its sentence: nothing, or capitalised title words
_OPENING_NAME = re.compile(r"(?:[A-Z][\w'’-]*\s+){0,4}")


def _other_post(coref: DocumentCoref, actors: Sequence[str | None], actor: str, words: str,
                lexicon: CorefLexicon) -> bool:
    """Whether the story gives ``actor`` a post ("coach X", "X, the minister") by a noun other
    than the epithet's and not one of the same post (``same_posts``): "the athlete" after "coach
    X" is the athlete he coached."""
    tokens = [w.lower() for w in words.split()]
    if any(w in lexicon.past_titles for w in tokens):
        return False  # "the former Labour leader": a past post, beside the present one
    noun = tokens[-1]
    same = {noun}.union(*(g for g in lexicon.same_posts if noun in g))
    keys = {m.key for m, a in zip(coref.mentions, actors) if a == actor}
    posts = {t.split()[-1] for key in keys for t in titles_in_document(coref.text, coref.mentions, key, lexicon)}
    # a player's position and what he is besides ("captain", "athlete") never tell two people apart
    generic = noun in lexicon.any_post_nouns
    positions = lexicon.focus_nouns | lexicon.role_nouns
    posts = {p for p in posts if p in lexicon.holder_nouns
             or (not generic and p not in lexicon.any_post_nouns and p in positions)}
    return bool(posts) and not posts & same


def _quoted(text: str, at: int) -> bool:
    """Whether ``at`` is inside quotation marks opened in its paragraph (speech no claim holds:
    '"X was brilliant," the crowd sang')."""
    paragraph = text[text.rfind("\n", 0, at) + 1:at]
    return (paragraph.count('"') + paragraph.count("“") + paragraph.count("”")) % 2 == 1


def _may_be_called(actor: str, words: str, table: OfficeTable, people: set[str], lexicon: CorefLexicon,
                   *, owned: bool = False, rivals: set[str] | None = None) -> bool:
    """Whether nothing the corpus knows says ``actor`` is not the one ``words`` ("the Kessel
    fly-half") describes: no one else holds that very title in ``MIN_SUPPORT`` stories, no other
    person of the story is titled in its noun unless he is too, and when his own titles use the
    noun, one holds every capitalised word and the same past or qualifier words ("Varne
    fly-half X" is no "Kessel fly-half", "former champion X" no "champion"). ``owned``: a
    possessor said whose post it is ("Kessel's justice minister"), so holders of the bare title
    in other stories (other states' justice ministers) are no rivals."""
    tokens = words.split()[1:]
    noun = tokens[-1].lower()
    title = " ".join(tokens).lower()
    # a position many hold ("the defender", "the England striker") says nothing by its holders in
    # other stories when the epithet renames the person just named (``rivals`` given)
    shared = rivals is not None and noun in lexicon.focus_nouns and noun not in lexicon.holder_nouns
    # round 44: nor a post written bare that says not which ("the minister", "the chairman"):
    # its holders in other stories hold other ministries and chairs
    shared = shared or (rivals is not None and len(tokens) == 1 and noun in lexicon.specified_offices)
    if not owned and not shared \
            and any(a != actor and n >= MIN_SUPPORT for a, n in (table.holders.get(title) or {}).items()):
        return False
    marks = lexicon.past_titles | lexicon.title_qualifiers
    marked = {w.lower() for w in tokens if w.lower() in marks}
    # "former champion X" is no "champion", "champion X" no "former champion"
    own = [t.split() for t in table.titles.get(actor, ()) if t.split()[-1] == noun]
    if own and not any({w for w in t if w in marks} == marked for t in own):
        return False
    own = [t for t in own if {w for w in t if w in marks} == marked]
    # ``rivals``: the people a reader knows at the description (the story's others come later)
    # round 44: a rival holds the noun with the same past and qualifier words ("Rovers boss Y" is
    # no rival for "the Rovers assistant boss", "former coach Y" none for "the coach")
    titled = {a for a in (people if rivals is None else people & rivals)
              if any(t.split()[-1] == noun and {w for w in t.split() if w in marks} == marked
                     for t in table.titles.get(a, ()))}
    if titled and actor not in titled:
        return False
    names = [w.lower() for w in tokens[:-1] if w[0].isupper()]
    # with ``rivals`` given, his bare title ("chairman X") says nothing against "the Chester chairman"
    # (every title of his in the noun is that noun alone: none says whose post it is)
    bare = rivals is not None and all(not [w for w in t if w not in marks and w != noun] for t in own)
    return not own or bare or any(all(n in t for n in names) for t in own)


def _with_groups(claim: Claim, mentions: Sequence[Mention], actors: Sequence[str | None],
                 lexicon: CorefLexicon) -> str:
    """The speaker's words with the name of a group inside them put as its actor ("The Lib Dem
    leader" -> "The @liberal-democrats leader"), as :func:`_titles_of` learns a group's titles."""
    start, end = claim.speaker_span
    words = claim.speaker_text
    for index in reversed(range(len(mentions))):
        mention = mentions[index]
        if start < mention.start and mention.end <= end and actors[index] \
                and mention.label not in lexicon.person_labels and words[mention.start - start - 1] == " ":
            words = f"{words[:mention.start - start]}{_group_token(actors[index])}{words[mention.end - start:]}"
    return words


def _pronoun_holder(claim: Claim, claims: Sequence[Claim], coref: DocumentCoref, actors: Sequence[str | None],
                    table: OfficeTable, lexicon: CorefLexicon, people: set[str]) -> int | None:
    """The mention of the one person the corpus names with the title of the description an
    unresolved "he" / "she" goes on with (``DocumentCoref.pronoun_description``), when that
    person agrees with the pronoun and no other person is named between the two. Round 40:
    with no such holder, the person the description renames as an epithet would
    (:func:`_epithet_holder`: "Lord X said ... The constitutional affairs secretary outlined the
    plans. He denied": X, the one person of the sentence before it)."""
    at = claim.speaker_span[0]
    found = coref.pronoun_description(claim.speaker_text, at)
    actor = _office_holder(found.group(0), table, people, lexicon) if found is not None else None
    if actor is None and found is not None and _person_epithet(found.group(0), lexicon):
        described = replace(claim, speaker=None, speaker_text=found.group(0), speaker_span=[found.start(), found.end()])
        renamed = _epithet_holder(described, claims, coref, actors, table, lexicon, people)
        actor = actors[renamed] if renamed is not None else None
    if actor is None or _other_person_between(coref.mentions, actors, actor, found.end(), at, lexicon, claim):
        return None
    holder = _nearest(coref.mentions, actors, actor, at)
    return holder if coref.agrees(holder, claim.speaker_text) else None


def _resolved_description(claim: Claim, claims: Sequence[Claim], mentions: Sequence[Mention],
                          lexicon: CorefLexicon) -> bool:
    """A claim spoken by a description of one person ("The minister", "the United boss") that
    the document or the corpus resolved to a person, one speaker, not inside what another says."""
    return claim.speaker is not None and not claim.speakers and claim.speaker_text is not None \
        and claim.speaker_span is not None and _person_epithet(claim.speaker_text, lexicon) \
        and mentions[claim.speaker].label in lexicon.person_labels and not _inside_another(claim, claims)


def _described_goes_on(claim: Claim, described: Claim, coref: DocumentCoref, actors: Sequence[str | None],
                       lexicon: CorefLexicon) -> int | None:
    """The person a "he" / "she" goes on with right after a claim of a resolved description
    speaker ("The minister also confirmed she had support from X. But she denied"): that
    person, when the pronoun is in the same paragraph, agrees with him, and no other person is
    named or described from the end of what he said to the pronoun's own claim. Those named in
    what he said are what he talks about, as in "X's plan failed, he insisted" (round 46)."""
    holder = described.speaker
    since = max(described.end, described.speaker_span[1], *(end for _, end in described.pieces or []))
    until = min(claim.start, claim.speaker_span[0])
    if since > until or "\n" in coref.text[since:until] or not coref.agrees(holder, claim.speaker_text):
        return None
    if _other_person_between(coref.mentions, actors, actors[holder], since, until, lexicon) \
            or coref.other_person_between(since, until, holder, claim.speaker_text, claim.speaker_text):
        return None
    return holder


def titles_in_document(text: str, mentions: Sequence[Mention], key: str, lexicon: CorefLexicon) -> set[str]:
    """The titles one document gives the person of ``key`` by any of its mentions, as the table
    counts them ("Home Secretary X": "home secretary", "secretary"; "shadow chancellor X": that
    whole, never "chancellor"): what a description of that person may be."""
    nouns = _title_nouns(lexicon)
    return {title for index, mention in enumerate(mentions) if mention.key == key
            for title in _titles_of(text, mentions, index, nouns, lexicon)}


def _direct_speech(claims: Sequence[Claim]) -> list[tuple[int, int]]:
    """The spans of what the document quotes: the pieces of its direct claims."""
    return sorted(tuple(piece) for c in claims if c.kind == "direct" for piece in (c.pieces or [(c.start, c.end)]))


def _add_described_member(claim: Claim, mentions: Sequence[Mention], actors: Sequence[str | None],
                          table: OfficeTable, lexicon: CorefLexicon, people: set[str]) -> None:
    """ "The home secretary and his deputy Tom Vale said", kept by the document stage as Vale
    alone (the document never ties the title to a name): the title's one holder the corpus
    knows among the document's people speaks too, first, as the phrase says."""
    match = _DESCRIBED_AND.match(claim.speaker_text)
    if match is None or mentions[claim.speaker].text not in claim.speaker_text[match.end():] \
            or not claim.speaker_text.endswith(mentions[claim.speaker].text):
        return
    actor = _office_holder(match.group("described"), table, people, lexicon)
    if actor is None or actor == actors[claim.speaker] or claim.speaker_span is None:
        return
    holder = _nearest(mentions, actors, actor, claim.speaker_span[0])
    claim.speakers = [holder, claim.speaker]
    claim.speaker = holder


def _inside_another(claim: Claim, claims: Sequence[Claim]) -> bool:
    start = claim.speaker_span[0] if claim.speaker_span else claim.start
    return claim.parent is not None or any(o is not claim and o.start <= start < o.end for o in claims)


def _other_person_between(mentions: Sequence[Mention], actors: Sequence[str | None], actor: str | None,
                          start: int, end: int, lexicon: CorefLexicon, claim: Claim | None = None) -> bool:
    """A person other than ``actor`` named between ``start`` and ``end``; not one named in what
    ``claim`` (the pronoun's own) says: "X's plan failed, he insisted" talks about X."""
    said = [] if claim is None else [tuple(p) for p in claim.pieces or [(claim.start, claim.end)]]
    return any(start <= m.start < end and m.label in lexicon.person_labels and a != actor
               and not any(s <= m.start < e for s, e in said)
               for m, a in zip(mentions, actors))


def _nearest(mentions: Sequence[Mention], actors: Sequence[str | None], actor: str, at: int) -> int:
    """The actor's mention nearest before ``at``, else its first one."""
    own = [i for i, a in enumerate(actors) if a == actor]
    before = [i for i in own if mentions[i].start < at]
    return before[-1] if before else own[0]


def _title_nouns(lexicon: CorefLexicon) -> frozenset[str]:
    return lexicon.person_nouns | lexicon.office_nouns | lexicon.focus_nouns


def _titles_of(text: str, mentions: Sequence[Mention], index: int, nouns: frozenset[str],
               lexicon: CorefLexicon) -> set[str]:
    """The titles the text gives the person at ``index``: every ending (in the noun) of the
    words just before the name ("Home Secretary Charles Clarke": "home secretary",
    "secretary") and of a definite apposition after it ("X, the home secretary, said")."""
    mention = mentions[index]
    floor = max(0, mention.start - lexicon.context_chars)
    if index > 0:
        previous = mentions[index - 1]
        # "Arsenal manager X", "Tory leader X": a body's name inside the title is part of it;
        # another person's name ends the title
        inside = previous.label not in lexicon.person_labels and re.fullmatch(
            r"\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+", text[previous.end:mention.start]) is not None
        floor = max(floor, min(previous.start if inside else previous.end, mention.start))
    before = _HONORIFIC.sub("", text[floor:mention.start])
    before = re.split(r"[.,;:()\n\"“”]", before)[-1]
    titles = _endings(before.split(), nouns, lexicon)
    after = text[mention.end:mention.end + lexicon.context_chars]
    apposition = re.match(r",\s+the\s+([^,.;:()\n\"“”]*)", after, re.IGNORECASE)
    following = mentions[index + 1].start if index + 1 < len(mentions) else len(text)
    if apposition and mention.end + apposition.end() <= following:  # no other name inside it
        words = re.split(r"\s+(?:of|for|at|in|to|and|who|said|says)\b", apposition.group(1))[0].split()
        if len(words) <= _MAX_TITLE_WORDS:
            titles |= _endings(words, nouns, lexicon)
    return titles


def _group_title(text: str, mentions: Sequence[Mention], index: int, actors: Sequence[str | None],
                 nouns: frozenset[str], lexicon: CorefLexicon) -> set[str]:
    """ "Lib Dem leader Charles Kennedy": "@liberal-democrats leader", the title with the group
    named in it put as the group's actor, which a description naming the group by another of its
    names ("the Liberal Democrat leader") matches too (:func:`_with_groups`)."""
    if index == 0 or not actors[index - 1] or mentions[index - 1].label in lexicon.person_labels:
        return set()
    between = text[mentions[index - 1].end:mentions[index].start]
    words = [w.lower() for w in between.split()]
    if re.fullmatch(r"\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+", between) is None or words[-1] not in nouns \
            or any(w in _STOP or w in lexicon.determiners for w in words):
        return set()
    return {" ".join([_group_token(actors[index - 1]), *words])}


def _group_token(actor: str) -> str:
    """A group's actor as one word of a title: "@liberal-democrats"."""
    return "@" + "-".join(actor.split())


def _endings(words: list[str], nouns: frozenset[str], lexicon: CorefLexicon) -> set[str]:
    """The endings of the title words whose last word is a noun of a person, after the last
    stop word; none that a qualifier or past word opens the office of ("deputy", "former")."""
    tokens = [w.lower() for w in words]
    stops = _STOP | lexicon.determiners | lexicon.title_breaks
    cut = max((i for i, w in enumerate(tokens) if w in stops or not _WORD.fullmatch(w)), default=-1)
    tokens = tokens[cut + 1:][-_MAX_TITLE_WORDS:]
    if not tokens or tokens[-1] not in nouns:
        return set()
    qualified = [i for i, w in enumerate(tokens) if w in lexicon.title_qualifiers or w in lexicon.past_titles
                 or w.startswith("ex-")]
    # "deputy prime minister", "former chancellor": the office after the qualifier is another's
    first = qualified[-1] + 1 if qualified else len(tokens)
    return {" ".join(tokens[start:]) for start in range(min(first, len(tokens)))}


# --- round 34 (spk44): a description whose person the story introduces by that role elsewhere --

_POSSESSIVE_WORDS = frozenset({"his", "her", "its", "their"})
_NAME_TITLE_STOP = re.compile(r"[.;:()\n\"“”,]")
_AFTER_NAME_TITLE = re.compile(r",\s+the\s+([^,.;:()\n\"“”]*)", re.IGNORECASE)
_APPOSED_TO_NAME = re.compile(r",\s*$")
_BEFORE_NAME_TITLE = re.compile(r"([^.;:()\n\"“”,]*),\s*$")


def _introduced_by_role(claim: Claim, text: str, mentions: Sequence[Mention], actors: Sequence[str | None],
                        lexicon: CorefLexicon) -> int | None:
    """The one person the story introduces by the very words of an unresolved description, before
    or after it: "Brando's assistant said ... His assistant, X, said", "the union official ...
    union official X", "X, the star witness": every word of the description after "the" or its
    possessor is a word of a title the story gives X (before his name, in ", the ..." after it,
    or in an apposition ending right before it), with the description's noun closing that title.
    None when another person is introduced by such a title too, or when X is the description's
    own possessor. Precision first: the title must hold every word ("the 74-year-old comedian"
    is no "comedian X"), and a role many share by one voice (a spokesman) is left alone."""
    words = _described_words(claim.speaker_text, lexicon)
    if words is None:
        return None
    at, end = claim.speaker_span
    if _APPOSED_TO_NAME.search(text, max(0, at - 3), at) and any(
            m.end <= at and not text[m.end:at].strip(" ,") and m.label in lexicon.person_labels for m in mentions):
        return None  # "to Ivo Dent, the flanker showed": apposed to the name right before it
    owners = {actors[i] for i, m in enumerate(mentions) if at <= m.start < end}
    found: dict[str, list[int]] = {}
    for index, mention in enumerate(mentions):
        actor = actors[index]
        if mention.label not in lexicon.person_labels or at <= mention.start < end or _quoted(text, mention.start):
            continue
        if any(_holds(title, words) for title in _introduced_titles(text, mentions, index, lexicon)):
            found.setdefault(str(actor), []).append(index)
    if len(found) != 1 or "None" in found:
        return None
    actor, indices = next(iter(found.items()))
    if actor in owners:
        return None  # "Kell's coach" is not Kell
    return indices[0]


def _described_words(words: str, lexicon: CorefLexicon) -> list[str] | None:
    """The words of a description of one person after its determiner or possessor, lower case,
    ending with a noun of a person; None for anything else (a bare noun, a voice of a body)."""
    tokens = words.split()
    if len(tokens) < 2 or len(tokens) > _MAX_TITLE_WORDS + 1:
        return None
    first = tokens[0].lower()
    if first != "the" and first not in _POSSESSIVE_WORDS and not re.search(r"['’]s?$", tokens[0]):
        return None
    rest = [t.lower() for t in tokens[1:]]
    if not all(_EPITHET_WORD.fullmatch(t) for t in rest):
        return None
    noun = rest[-1]
    if not _person_noun(noun, lexicon) or noun in lexicon.voice_nouns:
        return None
    return rest


def _person_noun(noun: str, lexicon: CorefLexicon) -> bool:
    """A noun of one person by post, role or what he is; "his assistant", "the deputy": a
    qualifier closing the phrase is the post. Not kin, nor several people."""
    person = noun in lexicon.person_nouns or noun in lexicon.role_nouns or noun in lexicon.focus_nouns \
        or noun in lexicon.holder_nouns or noun in lexicon.any_post_nouns or noun in lexicon.role_shared_nouns \
        or noun in lexicon.title_qualifiers
    return person and noun not in lexicon.kin_nouns and noun not in lexicon.collective_people


def _holds(title: list[str], words: list[str]) -> bool:
    """Whether a title the story gives someone has the description's noun last and all its words;
    a bare noun ("the minister") only the very title ("minister X"), not a post it is part of
    ("First Minister X" is not every minister of the story)."""
    if len(words) == 1:
        return title == words
    return bool(title) and title[-1] == words[-1] and set(words) <= set(title)


def _introduced_titles(text: str, mentions: Sequence[Mention], index: int, lexicon: CorefLexicon) -> list[list[str]]:
    """The titles the story gives the person at ``index`` in words, lower case: the words right
    before the name ("union official X"), an apposition right before it ("His assistant, X") and
    one after it ("X, the star witness")."""
    mention = mentions[index]
    floor = mentions[index - 1].end if index > 0 else 0
    floor = max(floor, mention.start - 80)
    before = _HONORIFIC.sub("", text[floor:mention.start])
    titles = []
    piece = _NAME_TITLE_STOP.split(before)[-1].split()
    if piece and before[-1:].isspace():
        titles.append(_title_words(piece[-_MAX_TITLE_WORDS - 1:]))
    apposed = _BEFORE_NAME_TITLE.search(before)
    if apposed:
        titles.append(_title_words(apposed.group(1).split()[-_MAX_TITLE_WORDS - 1:]))
    following = mentions[index + 1].start if index + 1 < len(mentions) else len(text)
    after = _AFTER_NAME_TITLE.match(text, mention.end)
    if after and after.end() <= following:
        words = re.split(r"\s+(?:of|for|at|in|to|and|who|said|says|has|had|is|was)\b", after.group(1))[0].split()
        # ", the flanker showed his nous": the title ends at its first noun of a person
        ends = [i for i, w in enumerate(words[:_MAX_TITLE_WORDS]) if _person_noun(w.lower(), lexicon)]
        if ends:
            titles.append(_title_words(words[:ends[0] + 1]))
    return [t for t in titles if t]


def _title_words(words: list[str]) -> list[str]:
    """Lower-case words of a title, without a possessive determiner or an article before it."""
    lowered = [w.lower() for w in words]
    cuts = [i for i, w in enumerate(lowered) if w in _POSSESSIVE_WORDS or w in ("the", "a", "an")]
    return lowered[cuts[-1] + 1:] if cuts else lowered  # "Later his assistant": "assistant"



# --- round 54 (spk84): a description whose person the story introduced under a second title ----

# a word that owns what follows it: "Nogar's", "families'"
_OWNER_MARK = re.compile(r"(?:['’]s|(?<=s)['’])$")
_OWNER_PRONOUNS = frozenset({"his", "her", "its", "their"})
# the pronouns whose owner a description may take from the story ("his son"); "its", "their"
# stand for bodies and several people, whose titled people are not told apart here
_PERSON_OWNERS = frozenset({"his", "her"})
# words that end what stands before a title ("said", "a", "the"): the title is what follows
_TITLE_CUTS = frozenset({"the", "a", "an", "his", "her", "its", "their", "said", "says", "told", "added", "and"})


@dataclass(frozen=True)
class _Post:
    """A description of one person, or a title a story gives a name, cut into its parts: "The
    Iraqi families' lawyer" is owned by "iraqi families", "his son" by the pronoun "his", "the
    British producer" by no one with "british" before its noun."""
    noun: str  # the head noun, lower case
    words: tuple[str, ...] = ()  # the words between the owner (or "the") and the noun, as written
    owner: tuple[str, ...] = ()  # the owner's words, lower case, without the possessive mark
    pronoun: str | None = None  # "his", "her", "its", "their" when a pronoun owns it
    owner_span: tuple[int, int] | None = None  # where the owner's words stand in the text


def _post_of(words: str, at: int, *, title: bool = False) -> _Post | None:
    """``words`` (written at offset ``at``) as a description of one person: "the", a possessive
    pronoun or an owner's possessive, then at most four words, the last a noun; None for
    anything else (a relative clause, "of ...", two owners). ``title``: the words before a
    name, of which only those after the last stop word ("with", "the", "said") are the title."""
    tokens = [(m.group(), at + m.start()) for m in re.finditer(r"\S+", words)]
    if title:
        stops = _STOP | _TITLE_CUTS
        cut = max((i for i, (t, _) in enumerate(tokens) if t.lower() in stops), default=-1)
        tokens = tokens[cut:] if cut >= 0 and tokens[cut][0].lower() in _OWNER_PRONOUNS | {"the"} else tokens[cut + 1:]
    if not tokens or len(tokens) > _MAX_TITLE_WORDS + 2:
        return None
    pronoun = tokens[0][0].lower() if tokens[0][0].lower() in _OWNER_PRONOUNS else None
    if pronoun or tokens[0][0].lower() == "the":
        tokens = tokens[1:]
    owned = [i for i, (token, _) in enumerate(tokens) if _OWNER_MARK.search(token)]
    if not tokens or len(owned) > 1 or (pronoun and owned) or (owned and owned[0] == len(tokens) - 1):
        return None
    cut = owned[0] + 1 if owned else 0
    owner = tuple(_OWNER_MARK.sub("", t).lower() for t, _ in tokens[:cut])
    span = (tokens[0][1], tokens[cut - 1][1] + len(tokens[cut - 1][0])) if owned else None
    rest = [t for t, _ in tokens[cut:]]
    if not all(_EPITHET_WORD.fullmatch(t) for t in rest):
        return None
    return _Post(rest[-1].lower(), tuple(rest[:-1]), owner, pronoun, span)


def _anonymous_owned(claim: Claim, mentions: Sequence[Mention]) -> bool:
    """An anonymous claim of an owned description no stage named ("his son", "The families'
    lawyer"): the document stage flags such ties anonymous when it finds no name. An
    affiliation it took from the phrase's own words ("Iraqi") is no body speaking."""
    if claim.speaker is not None or not claim.anonymous or claim.speakers or claim.speaker_text is None \
            or claim.speaker_span is None:
        return False
    affiliation = claim.speaker_affiliation
    if affiliation is not None and not claim.speaker_span[0] <= mentions[affiliation].start < claim.speaker_span[1]:
        return False
    words = claim.speaker_text.split()
    return words[0].lower() in _PERSON_OWNERS or any(_OWNER_MARK.search(w) for w in words[:-1])


def _introduced_by_post(claim: Claim, claims: Sequence[Claim], coref: DocumentCoref,
                        actors: Sequence[str | None]) -> int | None:
    """The one person the story introduced before an unresolved description under a second
    title of the same post, or under the same tie to the same owner: "Producer X said ...
    added the British producer", "The families' solicitor X ... The Iraqi families' lawyer
    argued", "Economics Minister X ... The Indonesian Economics Minister", "Mr Y's son Z said
    ... his son said" (the "his" standing for Y). The nouns are one post (the same, or one group
    of ``same_posts``); every other word of the title is in the description, and what the
    description adds is only a people's word ("British") that the story states of no other
    place for him. None when the story titles anyone else by that post in words the description
    may stand for (before or after; "Welfare Minister Y" is no rival of "the Economics
    Minister"), when he owns the description, or when it is inside what another says. Precision first: a
    capitalised word the title lacks ("the Toon boss" after "Magpies manager X"), a word of
    rank or time ("the former producer") or a title owned otherwise leaves it."""
    lexicon = coref.lexicon
    at, end = claim.speaker_span
    described = _post_of(claim.speaker_text, at)
    if described is None or _inside_another(claim, claims) or not _post_noun(described.noun, lexicon) \
            or described.pronoun not in _PERSON_OWNERS | {None}:
        return None
    if _APPOSED_TO_NAME.search(coref.text, max(0, at - 3), at) and any(
            m.end <= at and not coref.text[m.end:at].strip(" ,") and m.label in lexicon.person_labels
            for m in coref.mentions):
        return None  # "to Ivo Dent, the flanker showed": apposed to the name right before it
    same = {described.noun}.union(*(g for g in lexicon.same_posts if described.noun in g))
    titled: dict[str, list[tuple[int, _Post]]] = {}
    for index, mention in enumerate(coref.mentions):
        if mention.label not in lexicon.person_labels or not actors[index] or at <= mention.start < end \
                or _quoted(coref.text, mention.start):
            continue
        for title in _posts_given(coref, index):
            # "Welfare Minister Y" is no "Economics Minister": a title with a word the
            # description lacks is another post, no rival
            if title.noun in same and {w.lower() for w in title.words} <= {w.lower() for w in described.words}:
                titled.setdefault(actors[index], []).append((index, title))
    if len(titled) != 1:
        return None  # nobody, or two people the words may describe: either may be the one
    actor, given = next(iter(titled.items()))
    owner = _owner_actor(coref, actors, described, at)
    if actor == owner or any(at <= m.start < end for m, a in zip(coref.mentions, actors) if a == actor):
        return None  # "Kell's coach" is not Kell
    fits = [index for index, title in given if coref.mentions[index].start < at
            and _same_owner(coref, actors, described, title, owner) and _words_fit(coref, index, described, title)]
    if not fits:
        return None
    return max(i for i, m in enumerate(coref.mentions) if actors[i] == actor and m.start < at)


def _post_noun(noun: str, lexicon: CorefLexicon) -> bool:
    """A noun of one person's post or tie (``_person_noun``, kin, ``post_nouns``); no voice of
    a body ("spokesman": many a story's)."""
    return (_person_noun(noun, lexicon) or noun in lexicon.kin_nouns or noun in lexicon.post_nouns) \
        and noun not in lexicon.voice_nouns


def _posts_given(coref: DocumentCoref, index: int) -> list[_Post]:
    """The titles the story writes right before the name at ``index`` ("The families' solicitor
    X", "Mr Y's son X", "Producer X") or in a definite or owned apposition after it ("X, the
    producer,", "X, his son,"), as :class:`_Post`."""
    text, mention = coref.text, coref.mentions[index]
    floor = max(0, mention.start - 80)
    piece = _NAME_TITLE_STOP.split(text[floor:mention.start])[-1]
    start = mention.start - len(piece)
    piece = _HONORIFIC.sub(" ", piece)  # "Economics Minister Dr X": the title before the honorific
    posts = []
    before = _post_of(piece, start, title=True)
    if before is not None and piece[-1:].isspace():
        posts.append(before)
    after = re.match(r",\s+((?:the|his|her)\s+[^,.;:()\n\"“”]*),", text[mention.end:mention.end + 80], re.IGNORECASE)
    if after is not None:
        apposed = _post_of(after.group(1), mention.end + after.start(1))
        if apposed is not None:
            posts.append(apposed)
    return posts


def _owner_actor(coref: DocumentCoref, actors: Sequence[str | None], post: _Post, at: int) -> str | None:
    """The actor who owns a description or title: the name inside its owner's words ("Mr Y's"),
    or the antecedent of its pronoun ("his"); None when neither is known."""
    if post.pronoun is not None:
        found = coref.pronoun(post.pronoun, at)
        return actors[found] if found is not None else None
    if post.owner_span is None:
        return None
    # the name the possessive mark closes ("Mr Y's"), not a people's word before it ("Iraqi families'")
    closing = post.owner_span[1] - len(_OWNER_MARK.search(coref.text, 0, post.owner_span[1]).group())
    inside = [a for m, a in zip(coref.mentions, actors) if post.owner_span[0] <= m.start and m.end == closing and a]
    return inside[-1] if inside else None


def _same_owner(coref: DocumentCoref, actors: Sequence[str | None], described: _Post, title: _Post,
                owner: str | None) -> bool:
    """Whether a title is owned as the description is: neither owned; a pronoun's antecedent
    the name owning the title ("his son" of Y, "Mr Y's son X"); or the same owner, by its
    actor or by its words (the description may add a people's word: "Iraqi families")."""
    if not described.owner and described.pronoun is None:
        return not title.owner and title.pronoun is None
    if title.pronoun is not None or not title.owner:
        return False  # "his assistant X": whose, the title does not say
    title_owner = _owner_actor(coref, actors, title, 0)
    if owner is not None or title_owner is not None:
        return owner is not None and owner == title_owner
    if described.pronoun is not None:
        return False
    extra = [w for w in described.owner if w not in title.owner]
    return set(title.owner) <= set(described.owner) and all(place_of_people(coref, w) for w in extra)


def _words_fit(coref: DocumentCoref, index: int, described: _Post, title: _Post) -> bool:
    """Whether the description's words say no more than the title's: every word of the title is
    in the description, and each word the description adds is a people's word ("British") of a
    place the story states for the person at ``index``, or states none for him."""
    said = {w.lower() for w in described.words}
    if not {w.lower() for w in title.words} <= said:
        return False
    places = stated_places(coref, index)
    for word in said - {w.lower() for w in title.words}:
        original = next(w for w in described.words if w.lower() == word)
        place = place_of_people(coref, original) if original[:1].isupper() else None
        if place is None or (places and place not in places):
            return False
    return True
