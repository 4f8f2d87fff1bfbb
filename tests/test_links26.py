"""Round 26: a bare surname after an office title ("President Kessel") is the corpus's one
full-name bearer of the surname written with that title. All sentences and people are invented."""

from __future__ import annotations

from newsgraph.resolve import get_resolver
from test_resolution_links9 import _mention


def _corpus(holder_title: str, rival_title: str, bare: str):
    """Six stories on Ivo Kessel, three on the singer Mira Kessel, one story's bare "Kessel"."""
    texts, mentions = {}, []
    for i in range(6):
        texts[f"p{i}"] = f"{holder_title} Ivo Kessel signed the trade bill on Monday."
        mentions.append(_mention(f"p{i}", "Ivo Kessel", start=len(holder_title) + 1))
    for i in range(3):
        texts[f"s{i}"] = f"{rival_title} Mira Kessel sang her new album to a full hall."
        mentions.append(_mention(f"s{i}", "Mira Kessel", start=len(rival_title) + 1))
    texts["b"] = f"Film studios hope {bare} Kessel will back the copyright plan."
    start = texts["b"].index("Kessel")
    mentions.append(_mention("b", "Kessel", start=start))
    resolution = get_resolver("name-graph.v1")(mentions, (), texts=texts)
    return resolution.actor_of_mention


def test_a_titled_surname_is_the_one_holder_of_that_title():
    actors = _corpus("President", "The singer", "President")
    assert actors[-1] == actors[0] != actors[6]


def test_a_gendered_title_is_no_office():
    """"Mr Kessel": many people are Mr; the singer's stories keep the surname ambiguous."""
    actors = _corpus("President", "The singer", "Mr")
    assert actors[-1] not in (actors[0], actors[6])


def test_a_title_two_bearers_hold_decides_nothing():
    actors = _corpus("Senator", "Senator", "Senator")
    assert actors[-1] not in (actors[0], actors[6])


def test_a_surname_s_presidency_is_no_person():
    """"the Kessel Presidency" tagged PERSON: the office and its term, not the man."""
    from test_actor_kinds_v11 import _label
    assert _label("Kessel Presidency", "PERSON") == "ORG"
    assert _label("Kessel Administration", "PERSON") == "ORG"


def test_a_short_given_name_is_the_one_full_form_with_that_surname():
    """"Rafa Kessel" and "Rafael Kessel": one man; "Alex Vaal" with both an Alexander and an
    Alexandra Vaal stays apart, and "Rafa Kessel" never joins "Ramon Kessel"."""
    mentions = [_mention("d1", "Rafael Kessel"), _mention("d1", "Tamsk Rovers", "ORG", start=40),
                _mention("d2", "Rafa Kessel"), _mention("d2", "Tamsk Rovers", "ORG", start=40), _mention("d3", "Ramon Kessel"),
                _mention("e1", "Alexander Vaal"), _mention("e2", "Alexandra Vaal"), _mention("e3", "Alex Vaal")]
    actors = get_resolver("name-graph.v1")(mentions, ()).actor_of_mention
    assert actors[0] == actors[2] != actors[4]
    assert len({actors[5], actors[6], actors[7]}) == 3


def test_a_short_given_name_in_stories_that_do_not_meet_stays_apart():
    """Stories of "Andy Kessel" and "Andrew Kessel" that name no same person or group: two men."""
    mentions = [_mention("d1", "Andrew Kessel"), _mention("d1", "Tamsk Rovers", "ORG", start=40),
                _mention("d2", "Andy Kessel"), _mention("d2", "Vaal Theatre", "ORG", start=40)]
    actors = get_resolver("name-graph.v1")(mentions, ()).actor_of_mention
    assert actors[0] != actors[2]
