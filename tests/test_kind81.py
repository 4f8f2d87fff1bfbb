"""Actor kinds (issue 18, round 51, branch kind81): one actor holding a town and its club. A
one-word name the place table knows, which the sense split left whole because it found fewer
than ``MIN_CLUB_CUES`` club readings in sports reports, and which the model's labels vote a group
(ORG), takes its larger sense: with town readings in half its mentions at least and one club
reading, it is the town (GPE). Names with no club reading, with fewer town readings, or a
mention that speaks keep their kind. Sentences written for these tests; the town is a real one
the place table holds, not in the BBC set."""

from __future__ import annotations

from mention_helpers import resolved_kinds as _kinds

_HOME_TIE = ("b", ("The football club were held 1-1 at home to Geelong in the league match on Saturday. "
                   "Their striker missed a penalty and the coach said the players lacked goals.", {"Geelong": "ORG"}))


def _docs(*extra):
    docs = {"a": ("The Geelong band will play a charity show in Geelong.", {"Geelong": "ORG"}),
            "c": ("House prices rose sharply in Geelong.", {"Geelong": "ORG"})}
    docs.update(dict(extra))
    return docs


def test_a_town_holding_one_club_reading_is_the_town():
    assert _kinds(_docs(_HOME_TIE))["Geelong"] == "GPE"


def test_a_name_after_in_that_the_parse_makes_speak_is_no_voice():
    docs = _docs(_HOME_TIE, ("d", ("A lecturer at the art college in Geelong said the show would sell out.",
                                   {"Geelong": "ORG"})))
    assert _kinds(docs)["Geelong"] == "GPE"


def test_a_name_with_no_club_reading_is_left_to_the_town_readings():
    # no club reading: this round's rule leaves it. Since round 55 (kind88, ``_tabled_town_org_kind``)
    # a name the table knows with no club, firm or body reading and town readings in two of its
    # three mentions ("a charity show in Geelong", "prices rose in Geelong") is the town
    assert _kinds(_docs())["Geelong"] == "GPE"
    # a firm's reading keeps the group's kind
    firm = ("d", ("Geelong shares fell after the results.", {"Geelong": "ORG"}))
    assert _kinds(_docs(firm))["Geelong"] == "ORG"


def test_a_name_with_town_readings_in_fewer_than_half_its_mentions_keeps_its_kind():
    docs = _docs(_HOME_TIE, ("d", ("Geelong announced a new chairman. Geelong also cut prices.", {"Geelong": "ORG"})),
                 ("e", ("Geelong opened two shops on Monday.", {"Geelong": "ORG"})))
    assert _kinds(docs)["Geelong"] == "ORG"


def test_a_name_that_speaks_keeps_its_kind():
    docs = _docs(_HOME_TIE, ("d", ("Geelong said the show would sell out.", {"Geelong": "ORG"})))
    assert _kinds(docs)["Geelong"] == "ORG"
