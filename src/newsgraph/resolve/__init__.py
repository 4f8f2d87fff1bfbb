"""Resolve: mentions from all documents to actors.

Input: every :class:`~newsgraph.model.Mention` of the corpus. Output: a
:class:`Resolution`, the actors plus the actor id of each mention. Resolvers are registered
by name so a better one replaces the default by configuration (``--resolver``), not by edit.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Collection, Sequence

from newsgraph.model import Actor, Link, Mention
from newsgraph.names import slug

# When mentions of one actor disagree on the label, ties go to the more specific kind.
LONE_PERSON_WEIGHT = 0.25
# The events stage's label of a capitalized word the model tagged nothing ("Arnor restored
# ties"): no kind of the ontology, so any label the model gives the actor's other mentions wins.
UNTAGGED_LABEL = "NAME"
KIND_PRIORITY = ("PERSON", "OUTLET", "ORG", "GPE", "NORP", "LOC", "FAC")


@dataclass
class Resolution:
    actors: list[Actor]
    actor_of_mention: list[str]  # aligned with the mentions given to the resolver
    # mention index -> (start, end, text): a one-word mention cut out of a longer name its actor
    # bears, given the written name's span ("Africa" of "South Africa's": "South Africa")
    spans: dict[int, tuple[int, int, str]] = field(default_factory=dict)


Resolver = Callable[[Sequence[Mention], Sequence[Link]], Resolution]
RESOLVERS: dict[str, Callable[..., Resolver]] = {}
DEFAULT_RESOLVER = "name-graph.v1"


def register(name: str):
    def decorate(factory):
        RESOLVERS[name] = factory
        return factory
    return decorate


def get_resolver(name: str = DEFAULT_RESOLVER, aliases: Sequence[Path] = ()) -> Resolver:
    """The registered resolver ``name``; ``aliases`` are user alias files (``--aliases``)."""
    try:
        factory = RESOLVERS[name]
    except KeyError:
        raise ValueError(f"unknown resolver {name!r}; known: {sorted(RESOLVERS)}") from None
    return factory(aliases=tuple(aliases))


@register("exact-name.v1")
class ExactNameResolver:
    """One actor per normalized name key: "The IDF's" and "IDF" meet, "Sinai Province" and
    "Wilayat Sinai" do not. The baseline that cross-document resolution improves on."""

    def __init__(self, aliases: Sequence[Path] = ()):
        self.aliases = aliases  # accepted for a uniform interface; this baseline uses none

    def __call__(self, mentions: Sequence[Mention], links: Sequence[Link] = ()) -> Resolution:
        groups: dict[str, list[int]] = defaultdict(list)
        for index, mention in enumerate(mentions):
            groups[mention.key].append(index)
        used_ids: set[str] = set()
        actors, actor_of = [], [""] * len(mentions)
        for key in sorted(groups, key=lambda k: (-len(groups[k]), k)):
            members = [mentions[i] for i in groups[key]]
            actor = make_actor(unique_id(slug(key), used_ids), members)
            actors.append(actor)
            for i in groups[key]:
                actor_of[i] = actor.id
        return Resolution(actors, actor_of)


def make_actor(actor_id: str, members: Sequence[Mention], preferred: Collection[str] = (),
               titles: Collection[str] = (), bare_titles: Collection[str] = ()) -> Actor:
    """An actor summarizing its mentions: its name (a preferred one if any, else the commonest
    full name that is not an acronym or shouting capitals, without an honorific), majority
    kind, all spellings. ``titles`` are honorifics no canonical name keeps ("Imam");
    ``bare_titles`` are titles that, written alone ("the Bishop said"), stand for the story's
    bearer: the mention stays the bearer's, but the word is no name of his (other stories' "the
    Chancellor" is someone else), so it is no alias."""
    # one count per (full name, label): a name written a thousand times is weighed once, not
    # a thousand times (first occurrences keep the members' order, so ties break as before)
    spellings = Counter((m.full_name, m.label) for m in members)
    names: Counter[str] = Counter()
    labels: Counter[str] = Counter()
    for (full_name, label), count in spellings.items():
        names[full_name] += count
        labels[label] += count * _label_weight(label, full_name)
    name = min(names, key=lambda n: (n not in preferred, is_description(n), _titled(n, titles),
                                     n.isupper() and len(n) > 1 and " " not in n,
                                     n.isupper() and len(n) > 5, -names[n], -len(n), n))
    kind = min(labels, key=lambda k: (-labels[k], _priority(k)))
    if kind == "PERSON" and _titled(name, titles):  # "Imam Abu Noor al-Maqdisi" -> "Abu Noor al-Maqdisi"
        name = name.split(None, 1)[1]
    aliases = sorted({m.text for m in members} | set(names) - {name})
    return Actor(
        id=actor_id,
        name=name,
        kind=kind,
        aliases=[a for a in aliases if a != name and a not in bare_titles],
        mention_count=len(members),
        documents=sorted({m.doc for m in members}),
    )


def _titled(name: str, titles: Collection[str]) -> bool:
    words = name.split()
    return len(words) > 1 and words[0].rstrip(".") in titles and words[1][:1].isupper()


_NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "of", "the", "in", "for", "and", "de",
                             "la", "le", "du", "da", "van", "von", "der", "den", "y", "e", "and"})


def is_description(name: str) -> bool:
    """A description built on a name ("Hamas' military wing", "the Sinai province") rather
    than a name: it holds a possessive or a lower-case word that is not a name particle."""
    words = re.split(r"[\s\-]+", name)
    possessive = re.search(r"\w['\u2019]s?\s", name) is not None
    return possessive or any(w.islower() and w not in _NAME_PARTICLES for w in words[1:])


def _label_weight(label: str, full_name: str) -> float:
    """A lone capitalized word the model calls PERSON, with no full name it abbreviates,
    is more often a place or group the model did not know ("Sinai"): its vote counts less. An
    untagged name (UNTAGGED_LABEL) has no vote."""
    if label == UNTAGGED_LABEL:
        return 0.0  # chosen only when no mention has another label; the resolver then decides
    lone_person = label == "PERSON" and " " not in full_name.strip()
    return LONE_PERSON_WEIGHT if lone_person else 1.0


def unique_id(base: str, used: set[str]) -> str:
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    used.add(candidate)
    return candidate


def _priority(kind: str) -> int:
    return KIND_PRIORITY.index(kind) if kind in KIND_PRIORITY else len(KIND_PRIORITY)


# Imported last: the module registers the default resolver with the names defined above.
from newsgraph.resolve import namegraph  # noqa: E402,F401
