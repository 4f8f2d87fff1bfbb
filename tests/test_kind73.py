"""Round 48, branch kind73: a country named right after a match's score and the preposition of
the opponent in a sports report ("were beaten 21-14 by Fiji", "lost 2-1 to Chile", "a 3-1 win
over Norway") is the national side met, not the state; also in a short match report the sports
count misses, when sport's words stand in it. A town there keeps its bare key. Sentences are
invented for these tests; the place names are real ones (the rule reads ``countries.txt``)."""

from __future__ import annotations

import pytest

_CLUB_REPORT = (
    "Vale double lifts City\n\n"
    "Tom Vale scored twice as his side came from behind to claim a 3-1 {result} {prep} {first} on "
    "Saturday. The striker, who joined in the summer, has now scored nine goals in the league. Last "
    "week the team {lost} {second} after a late penalty, and the manager said the players had "
    "answered his call. The midfielder and the keeper were booked."
)


def _keys(result, name: str) -> dict[int, str]:
    return {m.start: m.key for m in result.mentions if m.text == name}


def test_a_town_after_a_score_keeps_its_name_key(analyze):
    """"a 3-1 win over Newcastle", "lost 2-1 to Swansea": a town's club is often an actor under
    the bare name, so no side key splits it off (countries only)."""
    text = _CLUB_REPORT.format(result="win", prep="over", first="Newcastle", lost="lost 2-1 to", second="Swansea")
    result = analyze(text)
    assert _keys(result, "Newcastle").get(text.index("Newcastle")) == "newcastle", _keys(result, "Newcastle")
    assert _keys(result, "Swansea").get(text.index("Swansea")) == "swansea", _keys(result, "Swansea")


def test_a_country_after_a_win_over_is_its_side(analyze):
    """"a 3-1 win over Norway", "lost 2-1 to Chile": the national sides met, not the states."""
    text = _CLUB_REPORT.format(result="win", prep="over", first="Norway", lost="lost 2-1 to", second="Chile")
    result = analyze(text)
    assert _keys(result, "Norway").get(text.index("Norway")) == "norway team", _keys(result, "Norway")
    assert _keys(result, "Chile").get(text.index("Chile")) == "chile team", _keys(result, "Chile")


def test_a_country_after_an_outcome_noun_and_by_is_its_side(analyze):
    """"were beaten 2-1 by Chile" after "a 3-1 victory over Norway"."""
    text = _CLUB_REPORT.format(result="victory", prep="over", first="Norway", lost="were beaten 2-1 by",
                               second="Chile")
    result = analyze(text)
    assert _keys(result, "Chile").get(text.index("Chile")) == "chile team", _keys(result, "Chile")


def test_a_country_after_beaten_score_by_is_its_side(analyze):
    """"Scotland were beaten 21-14 by Fiji": the sevens side that won, not the state."""
    text = (
        "Hartley rescues point for Rovers\n\n"
        "Scotland were beaten 21-14 by Fiji in the plate semi-final in Dubai, and the coach admitted "
        "his side had been poor. The sevens squad travel to Hong Kong next month, where the captain "
        "hopes the forwards will find their form in the pool matches against strong opponents."
    )
    result = analyze(text)
    assert _keys(result, "Fiji").get(text.index("Fiji")) == "fiji team", _keys(result, "Fiji")
    assert _keys(result, "Dubai").get(text.index("Dubai")) == "dubai", "the venue stays the place"


def test_a_win_at_a_place_is_no_cue(analyze):
    """"a 3-1 win at Leeds" may name the ground or a venue: no cue; "the police in Leeds" is the town."""
    text = (
        "Vale double lifts Rovers\n\n"
        "Tom Vale scored twice as his side came from behind to claim a 3-1 win at Leeds on Saturday. "
        "The striker, who joined in the summer, has now scored nine goals in the league, and the "
        "manager praised the midfielder and the keeper. The team's fans travelled to Norwich in "
        "numbers to see the match in the cup, and the club thanked the police in Leeds."
    )
    result = analyze(text)
    keys = _keys(result, "Leeds")
    assert keys and all(key == "leeds" for key in keys.values()), keys


def test_a_players_country_after_the_score_stays_the_country(analyze):
    """"went down 6-3 to Spain's Rosa Mendez": the possessive makes Spain her country, no side."""
    text = (
        "Vale falls in Paris\n\n"
        "Ana Vale went down 6-3 to Spain's Rosa Mendez in the second round of the tournament on "
        "Tuesday. The seed had won her first match in straight sets, and the coach said the defeat "
        "would not change her plans for the clay season. She hopes to win the title in the summer."
    )
    result = analyze(text)
    assert _keys(result, "Spain").get(text.index("Spain")) == "spain", _keys(result, "Spain")


def test_a_score_outside_sport_makes_no_side(analyze):
    """A business story's "fell 12-10 to Germany" of a vote: no sports report, no side."""
    text = (
        "Vote goes against plan\n\n"
        "The proposal fell 12-10 to Germany and its allies in a vote of finance ministers on Monday. "
        "The bank said the markets had expected the result and shares in the group rose slightly. "
        "Officials will meet again next month to discuss the budget and the tax rules."
    )
    result = analyze(text)
    keys = _keys(result, "Germany")
    assert keys and all(not key.endswith(" team") for key in keys.values()), keys
