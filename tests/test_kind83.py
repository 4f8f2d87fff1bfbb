"""Actor-hood (round 52, branch kind83): spans that name no one actor. A tournament's group named
by its letter ("Group C", "Pool B") is a competition's part; two names the model joined across
"and" ("Dorvik and Halsen", two players the corpus names each on its own) are no body; a run the
model read across a sentence's or a clause's stop ("Tamsk-Q. Each", "Orvik City: Halsen") is no
name. Firms written with an ampersand elsewhere, places, initials and abbreviations stay.
Sentences and names written for these tests."""

from __future__ import annotations

import pytest
from mention_helpers import resolved_kinds as _kinds

from newsgraph.mentions.rules import EntityRules
from newsgraph.mentions.spans import _level_competition
from newsgraph.resolve.fragments import and_pair, closes_name_list, crosses_stop

_KEPT_WHOLE = frozenset({"St.", "Capt.", "Mr."})
_JOINTS = frozenset({"of", "for", "and", "on"})


@pytest.fixture(scope="module")
def rules() -> EntityRules:
    return EntityRules.from_data()


# -- (1) a tournament's group -------------------------------------------------------------------

@pytest.mark.parametrize("name", ["Group C", "Pool B", "Group Four", "Kessel Cup Group A"])
def test_a_group_named_by_its_letter_is_a_competition(rules, name):
    assert _level_competition(name.split(), rules)


@pytest.mark.parametrize("name", ["Group 4", "Pool Re", "First Group", "Kessel Group", "Group", "Pool"])
def test_firms_and_bare_heads_are_not_read_as_groups(rules, name):
    assert not _level_competition(name.split(), rules)


def test_the_league_divisions_still_read_as_before(rules):
    assert _level_competition("League Two".split(), rules)
    assert not _level_competition("First Division Association".split(), rules)


# -- (2) two names joined by "and" --------------------------------------------------------------

def test_and_pair_reads_two_capitalized_names():
    assert and_pair("Dorvik and Halsen") == ("Dorvik", "Halsen")
    assert and_pair("Tamsk Rovers and Vaal Town") == ("Tamsk Rovers", "Vaal Town")


def test_and_pair_leaves_ampersands_and_lower_case_words():
    assert and_pair("Marvell & Quist") is None
    assert and_pair("Institute of Arts and Letters") is None
    assert and_pair("Dorvik") is None


def test_a_pair_closing_a_comma_list_of_names():
    text = 'He added: "Brannigan, Dorvik and Halsen have all left the squad."'
    assert closes_name_list(text, text.index("Dorvik"), _JOINTS)


def test_a_comma_item_hanging_on_of_is_a_longer_name():
    text = "Figures from the Ministry of Kessland, Mining and Power showed a fall."
    assert not closes_name_list(text, text.index("Mining"), _JOINTS)
    text = "Figures from the Kessel ministry showed a fall, Mining and Power said."
    assert not closes_name_list(text, text.index("Mining"), _JOINTS)


def test_two_players_the_corpus_names_apart_leave_the_actors():
    docs = {"a": ("Coach Ivo Ranek said Dorvik and Halsen would miss the trip to Tamsk.",
                  {"Dorvik and Halsen": "ORG", "Ivo Ranek": "PERSON", "Tamsk": "GPE"}),
            "b": ("Dorvik scored twice as the visitors won.", {"Dorvik": "PERSON"}),
            "c": ("Halsen limped off before half-time.", {"Halsen": "PERSON"})}
    kinds = _kinds(docs)
    assert "Dorvik and Halsen" not in kinds
    assert kinds.get("Dorvik") == "PERSON" and kinds.get("Halsen") == "PERSON"
    assert kinds.get("Ivo Ranek") == "PERSON"


def test_two_names_closing_a_list_leave_the_actors_when_one_is_named_apart():
    docs = {"a": ('He added: "Brannigan, Pell and Halsen have all left the squad."',
                  {"Pell and Halsen": "ORG", "Brannigan": "PERSON"}),
            "b": ("Halsen limped off before half-time.", {"Halsen": "PERSON"})}
    assert "Pell and Halsen" not in _kinds(docs)


def test_a_firm_the_corpus_writes_with_an_ampersand_stays():
    docs = {"a": ("Shares in Marvell and Quist rose after the results.", {"Marvell and Quist": "ORG"}),
            "b": ("Marvell & Quist cut 300 jobs.", {"Marvell & Quist": "ORG"}),
            "c": ("Marvell was born in Tamsk.", {"Marvell": "PERSON", "Tamsk": "GPE"}),
            "d": ("Quist won the vote.", {"Quist": "PERSON"})}
    assert "Marvell and Quist" in _kinds(docs)


def test_a_pair_with_one_side_named_and_no_list_stays():
    docs = {"a": ("Shares in Pell and Halsen rose after the results.", {"Pell and Halsen": "ORG"}),
            "b": ("Halsen limped off before half-time.", {"Halsen": "PERSON"})}
    assert _kinds(docs).get("Pell and Halsen") == "ORG"


def test_a_place_pair_stays():
    docs = {"a": ("She is the member for Orbury and Stent in the new parliament.", {"Orbury and Stent": "GPE"}),
            "b": ("Orbury voted for the plan.", {"Orbury": "GPE"}),
            "c": ("Stent voted against it.", {"Stent": "GPE"})}
    assert "Orbury and Stent" in _kinds(docs)


# -- (3) a run across a stop --------------------------------------------------------------------

def test_runs_across_a_stop_are_read():
    assert crosses_stop("Tamsk-Q. Each", _KEPT_WHOLE)
    assert crosses_stop("Orvik City: Halsen", _KEPT_WHOLE)
    assert crosses_stop("m. Kessland", _KEPT_WHOLE)


def test_initials_letters_and_abbreviations_are_no_stop():
    assert not crosses_stop("Jo K. Vaal", _KEPT_WHOLE)
    assert not crosses_stop("St. Kessel", _KEPT_WHOLE)
    assert not crosses_stop("U.S. Kessel Corp", _KEPT_WHOLE)
    assert not crosses_stop("Capt. Ivo Ranek", _KEPT_WHOLE)
    assert not crosses_stop("Orvik Motors", _KEPT_WHOLE)


def test_a_run_across_a_clause_stop_leaves_the_actors():
    docs = {"a": ("Line-ups. Orvik City: Halsen, Pell, Dorvik.", {"Orvik City: Halsen": "ORG"})}
    assert "Orvik City: Halsen" not in _kinds(docs)


def test_a_run_across_a_full_stop_leaves_the_actors_but_an_initial_stays():
    docs = {"a": ("The record was made with Tamsk-Q. Each track lasts an hour.", {"Tamsk-Q. Each": "ORG"}),
            "b": ("The album was produced by Jo K. Vaal in Kessland.", {"Jo K. Vaal": "PERSON", "Kessland": "GPE"})}
    kinds = _kinds(docs)
    assert "Tamsk-Q. Each" not in kinds
    assert kinds.get("Jo K. Vaal") == "PERSON"
