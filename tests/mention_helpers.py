"""Mentions written by hand for resolution tests: every occurrence of each name in a text."""

from __future__ import annotations

from newsgraph.model import Mention
from newsgraph.names import name_key


def mentions_in(doc: str, text: str, names: dict[str, str], whole_words: bool = True) -> list[Mention]:
    """Every occurrence of each name in ``text``, with its label; with ``whole_words``, not one
    a letter follows ("Kess" in "Kessel")."""
    out = []
    for name, label in names.items():
        at = text.find(name)
        while at >= 0:
            if not whole_words or not text[at + len(name):at + len(name) + 1].isalpha():
                out.append(Mention(doc=doc, start=at, end=at + len(name), text=name, label=label,
                                   key=name_key(name), full_name=name, sentence=0))
            at = text.find(name, at + 1)
    return out


def team_sense(nlp, text: str, name: str) -> bool:
    """Whether the one-word place ``name`` in ``text`` reads as its sports side (in a sports report)."""
    from spacy.tokens import Span

    from newsgraph.mentions.rules import EntityRules
    from newsgraph.mentions.senses import Senses

    doc = nlp(text)
    first = next(t.i for t in doc if t.text == name)
    return Senses.from_rules(EntityRules.from_data()).is_team(Span(doc, first, first + 1, label="GPE"), True)


def kind_cue(sentence: str, name: str, label: str) -> str:
    """The kind the context table reads around ``name`` in ``sentence`` ("" for none)."""
    from newsgraph.resolve.contexts import KindContexts
    start = sentence.index(name)
    return KindContexts.from_data().cue(sentence, start, start + len(name), label)


def resolve_docs(docs: dict[str, tuple[str, dict[str, str]]]):
    """The name-graph resolution of the named mentions of each ``doc: (text, names)``."""
    from newsgraph.resolve import get_resolver
    mentions = [m for doc, (text, names) in docs.items() for m in mentions_in(doc, text, names)]
    texts = {doc: text for doc, (text, _) in docs.items()}
    return get_resolver("name-graph.v1")(mentions, [], texts=texts)


def resolved_kinds(docs: dict[str, tuple[str, dict[str, str]]]) -> dict[str, str]:
    """Actor name -> kind after resolving the named mentions of each ``doc: (text, names)``."""
    return {a.name: a.kind for a in resolve_docs(docs).actors}


def kinds_of_name(docs: dict[str, tuple[str, dict[str, str]]], name: str) -> set[str]:
    """The kinds of the actors the mentions written ``name`` went to."""
    result = resolve_docs(docs)
    mentions = [m for doc, (text, names) in docs.items() for m in mentions_in(doc, text, names)]
    ids = {actor for m, actor in zip(mentions, result.actor_of_mention) if m.text == name and actor}
    return {a.kind for a in result.actors if a.id in ids}


def cut_mention(doc: str, text: str, word: str, occurrence: int, full: str, label: str) -> Mention:
    """The mention of ``word`` at its ``occurrence``-th place in ``text``, linked to ``full``: a
    piece the model cut out of a longer written name."""
    at = -1
    for _ in range(occurrence + 1):
        at = text.index(word, at + 1)
    return Mention(doc=doc, start=at, end=at + len(word), text=word, label=label, key=name_key(full),
                   full_name=full, sentence=0)


def resolve_texts(mentions: list[Mention], texts: dict[str, str]):
    """The name-graph resolver over ``mentions`` with their documents' texts."""
    from newsgraph.resolve import get_resolver

    return get_resolver("name-graph.v1")(mentions, [], texts=texts)


def kinds_with_teams(docs: dict[str, tuple[str, dict[str, str]]], teams=()) -> dict[str, str]:
    """Each actor's kind, by name, from hand-written mentions; ``teams``: (doc, side) pairs whose
    national-side mention makes the doc a sports story."""
    from newsgraph.resolve import get_resolver

    mentions = [m for doc, (text, names) in docs.items() for m in mentions_in(doc, text, names)]
    for doc, side in teams:
        text = docs[doc][0]
        at = text.index(side)
        mentions.append(Mention(doc=doc, start=at, end=at + len(side), text=side, label="GPE",
                                key=f"{name_key(side)} team", full_name=f"{side} team", sentence=0))
    texts = {doc: text for doc, (text, _) in docs.items()}
    return {a.name: a.kind for a in get_resolver("name-graph.v1")(mentions, [], texts=texts).actors}


def name_senses():
    """The corpus sense splitter with the packaged tables (``resolve.senses.NameSenses``)."""
    from newsgraph.resolve.contexts import KindContexts
    from newsgraph.resolve.domains import StoryDomains
    from newsgraph.resolve.senses import NameSenses

    return NameSenses.from_data(KindContexts.from_data(), StoryDomains.from_data())


def sense_split(docs: dict[str, tuple[str, dict[str, str]]]) -> dict[tuple[str, int], str]:
    """The sense ``NameSenses.split`` gives each hand-written mention, by (document, start)."""
    mentions = [m for doc, (text, names) in docs.items() for m in mentions_in(doc, text, names)]
    texts = {doc: text for doc, (text, _) in docs.items()}
    senses = name_senses().split(mentions, texts, frozenset())
    return {(mentions[i].doc, mentions[i].start): s for i, s in senses.items()}
