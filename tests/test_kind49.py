"""Actor kinds (round 38, branch kind49): things that are not actors. A division named by its
level ("League Two", "Second Division", "Serie A") is a competition, and a sport's name alone
("Athletics' governing body", "Tennis player Jo Vaal") is a sport: neither is an actor. Bodies whose
names hold those words stay ("First Division Association"), and so does a town of a sport's name.
Sentences and names written for these tests."""

from __future__ import annotations

import pytest

from newsgraph.mentions.rules import EntityRules
from newsgraph.mentions.spans import _level_competition


def _names(result) -> set[str]:
    """Texts of the mentions the stage keeps as actors (an event's span is not one)."""
    return {m.text for m in result.mentions if m.label not in ("EVENT",)}


@pytest.fixture(scope="module")
def rules() -> EntityRules:
    return EntityRules.from_data()


@pytest.mark.parametrize("name", ["League Two", "Kessel League One", "Second Division", "Division Three",
                                  "Serie A", "Ligue 1", "La Liga", "Primera Liga"])
def test_a_division_named_by_its_level_is_a_competition(rules, name):
    assert _level_competition(name.split(), rules)


@pytest.mark.parametrize("name", ["First Division Association", "Premier League", "Football League",
                                  "Joy Division", "League", "Kessel Division"])
def test_other_names_with_a_league_word_are_not_read_so(rules, name):
    assert not _level_competition(name.split(), rules)


def test_a_side_placed_in_league_two_leaves_no_league_actor(analyze):
    result = analyze("Tamsk Rovers sit third in League Two after a home win over Vaal Town.")
    assert "League Two" not in _names(result)


def test_a_foreign_division_is_no_actor(analyze):
    result = analyze("Marek Vaal moved to a Serie A side from Kessel last summer.")
    assert "Serie A" not in _names(result)


def test_a_sport_opening_a_sentence_is_no_actor(analyze):
    result = analyze("Athletics' governing body will meet in Kessel next week to pick a new head.")
    assert "Athletics" not in _names(result)


def test_a_sport_before_a_role_noun_is_no_actor(analyze):
    result = analyze("Tennis player Mira Kessel opened a new court in Vaal on Monday.")
    assert "Tennis" not in _names(result)
    assert "Mira Kessel" in _names(result)


def test_a_town_named_like_a_sport_stays(analyze):
    result = analyze("The firm will open a depot in Rugby, Warwickshire, next spring.")
    assert "Rugby" in _names(result)


def test_a_side_named_like_a_sport_after_a_determiner_stays(nlp, rules):
    from newsgraph.mentions.spans import relabel
    doc = nlp("The Athletics won again at home on Sunday.")
    assert relabel(doc[1:2], "ORG", rules) == "ORG"
    assert relabel(nlp("Athletics chiefs met on Sunday.")[0:1], "ORG", rules) == "NOT_ACTOR"
