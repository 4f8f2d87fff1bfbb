"""Actor kinds (issue 18, round 62, branch kind96): one-reading clubs typed GPE. A name the vote
calls a place, every mention in a sports report, that the place table does not know and that is
no person's surname in the corpus turns a club (ORG) on one club reading ("a win over X", "joined
Y from X", "X 2-1 Y") when none of its mentions reads as a town, in sport or out of it ("in X",
"flew to X"): ``NameGraphResolver._sport_club_kind``, ``_placed_or_surname``,
``NameSenses.sport_club`` (``placed``), ``unplaced_town_read``. A known town or country, a
surname, a name outside sport keep their kind. Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import resolved_kinds as _kinds

from newsgraph.resolve.contexts import KindContexts
from newsgraph.resolve.domains import StoryDomains
from newsgraph.resolve.senses import NameSenses

_MATCH = ("The striker scored twice in the league match and the manager praised the goalkeeper. "
          "The midfielder and the defender were booked before half-time in the football cup tie.")


def _report(sentence: str) -> str:
    return f"{sentence} {_MATCH}"


def _senses() -> NameSenses:
    return NameSenses.from_data(KindContexts.from_data(), StoryDomains.from_data())


def _at(text: str, name: str) -> tuple[str, int, int]:
    start = text.index(name)
    return text, start, start + len(name)


# fail on the base: one club reading of a name no place table knows


def test_a_club_named_once_as_a_beaten_side_is_a_club():
    docs = {"a": (_report("Tamskby lost ground after Brevton's 3-0 win over Kesselvoort on Sunday."),
                  {"Kesselvoort": "GPE", "Brevton": "ORG", "Tamskby": "ORG"})}
    assert _kinds(docs)["Kesselvoort"] == "ORG"


def test_a_club_a_player_left_and_a_beaten_side_is_a_club():
    docs = {"a": (_report("Jo Brann joined Brevton from Kesselvoort in 2003."),
                  {"Kesselvoort": "GPE", "Brevton": "ORG", "Jo Brann": "PERSON"}),
            "b": (_report("Brevton hope to beat Kesselvoort in the group."),
                  {"Kesselvoort": "GPE", "Brevton": "ORG"})}
    assert _kinds(docs)["Kesselvoort"] == "ORG"


def test_the_club_a_player_left_is_a_club_reading_not_a_town():
    senses = _senses()
    text = "Jo Brann joined Brevton from Kesselvoort in 2003."
    assert senses.sport_club_read(*_at(text, "Kesselvoort"))
    assert not senses.unplaced_town_read(*_at(text, "Kesselvoort"))
    assert senses.unplaced_town_read(*_at("Jo Brann flew to Kesselvoort on Monday.", "Kesselvoort"))


# guards: what must not change


def test_a_known_town_with_one_club_reading_stays_a_place():
    docs = {"a": (_report("Tamskby lost ground after Brevton's 3-0 win over Leeds on Sunday."),
                  {"Leeds": "GPE", "Brevton": "ORG", "Tamskby": "ORG"})}
    assert _kinds(docs)["Leeds"] == "GPE"


def test_a_runners_surname_beaten_in_a_race_is_no_club():
    docs = {"a": (_report("Ann Kesselvoort led at the bell. Jo Brann won by beating Kesselvoort in the final "
                          "strides."),
                  {"Ann Kesselvoort": "PERSON", "Kesselvoort": "GPE", "Jo Brann": "PERSON"})}
    assert _kinds(docs).get("Kesselvoort", "PERSON") != "ORG"


def test_an_unknown_name_read_as_a_town_elsewhere_stays_a_place():
    docs = {"a": (_report("Brevton hope to beat Kesselvoort in the group."),
                  {"Kesselvoort": "GPE", "Brevton": "ORG"}),
            "b": (_report("The squad flew to Kesselvoort on Monday."), {"Kesselvoort": "GPE"})}
    assert _kinds(docs)["Kesselvoort"] == "GPE"


def test_an_unknown_name_outside_sport_stays_a_place():
    docs = {"a": (_report("Brevton hope to beat Kesselvoort in the group."),
                  {"Kesselvoort": "GPE", "Brevton": "ORG"}),
            "b": ("The council of Kesselvoort raised its tax on homes, the budget papers show.",
                  {"Kesselvoort": "GPE"})}
    assert _kinds(docs)["Kesselvoort"] == "GPE"


def test_a_country_beaten_once_stays_a_place():
    docs = {"a": (_report("Ann Vaal scored a try in the win over Fiji."), {"Fiji": "GPE", "Ann Vaal": "PERSON"})}
    assert _kinds(docs)["Fiji"] == "GPE"


def test_an_unknown_name_with_no_club_reading_stays_a_place():
    docs = {"a": (_report("Jo Brann was born and raised near Kesselvoort."),
                  {"Kesselvoort": "GPE", "Jo Brann": "PERSON"})}
    assert _kinds(docs)["Kesselvoort"] == "GPE"


def test_a_surname_whose_full_name_the_model_called_a_place_is_no_club():
    docs = {"a": (_report("Ann Kesselvoort led at the bell. Jo Brann won by beating Kesselvoort in the final "
                          "strides."),
                  {"Ann Kesselvoort": "LOC", "Kesselvoort": "GPE", "Jo Brann": "PERSON"})}
    assert _kinds(docs).get("Kesselvoort", "PERSON") != "ORG"
