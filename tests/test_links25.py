"""Round 25: national sides the sense cues missed (a side named by its standing, a result it
takes, a result noun after it, a result "for" it), a place cut from an event's name, and one
side written under two names of its country. All sentences and people are invented."""

from __future__ import annotations

from mention_helpers import team_sense
from test_resolution_links9 import _mention, _resolve


def test_a_country_named_by_its_standing_is_the_side(nlp):
    """"favourites the X", "holders X": the side, whatever the parser attaches the name to."""
    assert team_sense(nlp, "The young four held off favourites the USA to take the gold.", "USA")
    assert team_sense(nlp, "Holders Japan were knocked out in the second round.", "Japan")
    assert not team_sense(nlp, "The holders of the bonds in Japan were paid in full.", "Japan")


def test_a_country_that_takes_a_result_is_the_side(nlp):
    """"helped X claim a 2-0 win", "X kept the final alive": the side; a share of the gold market is no result."""
    assert team_sense(nlp, "Her two goals helped the US claim a 2-0 win over Canada.", "US")
    assert team_sense(nlp, "France kept the cup final alive with a late win in the doubles.", "France")
    assert not team_sense(nlp, "Germany claimed a share of the gold market last year.", "Germany")


def test_a_country_before_a_result_noun_is_the_side(nlp):
    """"keep US hopes alive": the side's hopes; "US gold reserves" are the country's."""
    assert team_sense(nlp, "Two late goals keep US hopes alive in the group.", "US")
    assert not team_sense(nlp, "The US gold reserves fell for a third month.", "US")


def test_a_result_for_a_country_is_the_side_s(nlp):
    """"a third success for Britain" of a team meeting: the side scores it."""
    assert team_sense(nlp, "There was a third success for Britain when Ann Vale won the 800m.", "Britain")
    assert not team_sense(nlp, "There was a new law for Britain when the act was passed.", "Britain")


def test_one_side_written_under_two_names_of_its_country_is_one_actor():
    """"USA team" and "United States team" of reports naming the same players: one side, still
    apart from the country."""
    mentions = [_mention("d1", "USA", "ORG", key="usa team", full_name="USA team"),
                _mention("d1", "Ada Quist", start=30), _mention("d1", "Bo Lund", start=60),
                _mention("d2", "United States", "ORG", key="united states team", full_name="United States team"),
                _mention("d2", "Ada Quist", start=30), _mention("d2", "Bo Lund", start=60),
                _mention("d2", "United States", "GPE", start=90)]
    resolution = _resolve(mentions)
    sides = {a for m, a in zip(mentions, resolution.actor_of_mention) if m.key.endswith(" team")}
    country = {a for m, a in zip(mentions, resolution.actor_of_mention) if m.label == "GPE"}
    assert len(sides) == 1 and not sides & country


def test_sides_of_two_names_of_a_country_with_no_same_players_stay_apart():
    mentions = [_mention("d1", "USA", "ORG", key="usa team", full_name="USA team"),
                _mention("d1", "Ada Quist", start=30), _mention("d1", "Bo Lund", start=60),
                _mention("d2", "United States", "ORG", key="united states team", full_name="United States team"),
                _mention("d2", "Cy Moran", start=30), _mention("d2", "Di Voss", start=60)]
    resolution = _resolve(mentions)
    assert len({a for m, a in zip(mentions, resolution.actor_of_mention) if m.key.endswith(" team")}) == 2


def test_a_club_s_side_in_a_fixture_is_the_club():
    """"Kessel Rovers" read as a place in a fixture line ("Kessel Rovers team") is the club the
    corpus names as a group; a town's side stays apart from the town."""
    mentions = [_mention("d1", "Kessel Rovers", "ORG"), _mention("d1", "Ada Quist", start=30),
                _mention("d2", "Kessel Rovers", "GPE", key="kessel rovers team", full_name="Kessel Rovers team"),
                _mention("d3", "Tamsk", "GPE"), _mention("d4", "Tamsk", "GPE"),
                _mention("d4", "Tamsk", "GPE", key="tamsk team", full_name="Tamsk team", start=40)]
    resolution = _resolve(mentions)
    club = {a for m, a in zip(mentions, resolution.actor_of_mention) if m.text == "Kessel Rovers"}
    town = {a for m, a in zip(mentions, resolution.actor_of_mention) if m.text == "Tamsk"}
    assert len(club) == 1 and len(town) == 2


def test_a_defeat_to_a_country_is_to_its_side(nlp):
    assert team_sense(nlp, "The win made up for last year's final defeat to Japan in the cup.", "Japan")


def test_a_place_cut_from_an_event_s_name_is_no_mention(nlp):
    """"US" of "the US Open champion" names a tournament, not the country; "the US team" still the place."""
    from newsgraph.mentions.rules import EntityRules
    from newsgraph.mentions.spans import _opens_event_name

    rules = EntityRules.from_data()
    doc = nlp("She beat the US Open champion in two sets on Sunday.")
    us = next(t.i for t in doc if t.text == "US")
    assert _opens_event_name(doc[us:us + 1], rules)
    doc = nlp("The event will join the US and Kessel Opens in paying equal prize money.")
    us = next(t.i for t in doc if t.text == "US")
    assert _opens_event_name(doc[us:us + 1], rules)
    doc = nlp("She left the US. Open talks had failed.")
    us = next(t.i for t in doc if t.text == "US")
    assert not _opens_event_name(doc[us:us + 1], rules)


def test_a_country_the_model_calls_a_group_keeps_its_side_apart():
    """"Kemaria" tagged ORG in most stories is still a country: its side is no club of it."""
    mentions = [_mention("d1", "Slovenia", "ORG"), _mention("d2", "Slovenia", "ORG"),
                _mention("d3", "Slovenia", "GPE", key="slovenia team", full_name="Slovenia team")]
    resolution = _resolve(mentions)
    assert len(set(resolution.actor_of_mention)) == 2
