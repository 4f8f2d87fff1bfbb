"""Actor kinds (issue 18, round 49): works named only in an award's list. A line that an award's
category opens, its head a work's noun ("Best new musical - X", "Best comedy programme: X, Y",
"Album of the year: X"), calls the titles it lists works in the corpus-wide vote; a category of
people ("Best actor - Jo Vaal for X") lists people and stays out, and so does a winner's name
before "for". A title followed only by its channels in brackets ("X (BBC Three)") is a work's
trail, voted where agency outvotes it. Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import resolved_kinds as _kinds
from newsgraph.resolve.works import WorkFinder


def _listed(text: str) -> list[str]:
    return WorkFinder.from_data().titles(text)


def _trailed(text: str) -> set[str]:
    return WorkFinder.from_data().trails.keys(text)


# ------------------------------------------------------------------ the reading

def test_a_work_category_line_lists_works():
    assert "Harbour Lights" in _listed("The winners:\n - Best new musical - Harbour Lights at the Corran Theatre\n")
    assert "Quiet Shore" in _listed("Prizes went out on Sunday.\n\nBest drama: Quiet Shore\n")


def test_a_category_line_lists_several_titles():
    titles = _listed("Best comedy programme: Velmar Street, Orvine Road and Tallis Lane\n")
    assert {"Velmar Street", "Orvine Road", "Tallis Lane"} <= set(titles)


def test_of_the_year_category_lists_its_title_not_its_maker():
    titles = _listed("Album of the year: Grey Harbour by Jo Marrin\n")
    assert "Grey Harbour" in titles
    assert "Jo Marrin" not in titles


def test_a_category_of_people_lists_no_works():
    assert not _listed("Best actor - Jo Marrin for Harbour Lights at the Corran\n")
    assert not _listed("Best new band: The Velmars\n")
    assert not _listed("Best supporting role in a musical - Ana Corran for Harbour Lights\n")


def test_a_winner_before_for_is_no_title():
    assert "Jo Marrin" not in _listed("Best film: Jo Marrin for Harbour Lights\n")


def test_a_sentence_with_a_dash_is_no_category():
    assert not _listed("He loved the film - Jo Marrin said so.\n")
    assert not _listed("The film: Jo Marrin explains why it matters.\n")


def test_a_title_with_only_its_channel_in_brackets_is_a_trail():
    keys = _trailed("It beat Velmar Street (BBC One) and a show from Orvine Road (Channel 4/E4).")
    assert {"velmar street", "orvine road"} <= keys


def test_brackets_holding_more_than_a_channel_are_no_trail():
    assert "jo marrin" not in _trailed("Jo Marrin (Harbour Lights, BBC One) was nominated.")
    assert "dunmore pictures" not in _trailed("Harbour Lights (Dunmore Pictures) won.")


# ------------------------------------------------------------------ the vote

def test_a_musical_named_in_an_award_list_is_no_actor():
    docs = {"a": ("The awards were handed out on Sunday.\n\n - Best new musical - Harbour Lights at the Corran\n",
                  {"Harbour Lights": "ORG"}),
            "b": ("Harbour Lights won three prizes on Sunday.", {"Harbour Lights": "ORG"}),
            "c": ("Tickets for Harbour Lights sold out in a day.", {"Harbour Lights": "ORG"})}
    assert "Harbour Lights" not in _kinds(docs)


def test_a_show_with_its_channel_in_brackets_is_no_actor():
    docs = {"a": ("The comedy prize went to Velmar Street, ahead of Orvine Road (BBC Two).",
                  {"Orvine Road": "ORG", "Velmar Street": "ORG"}),
            "b": ("Orvine Road drew five million viewers.", {"Orvine Road": "ORG"})}
    assert "Orvine Road" not in _kinds(docs)


def test_a_person_with_a_channel_in_brackets_who_speaks_stays():
    docs = {"a": ("The nominees were Jo Marrin (BBC One) and others.", {"Jo Marrin": "PERSON"}),
            "b": ('"I am thrilled," Jo Marrin said.', {"Jo Marrin": "PERSON"})}
    assert _kinds(docs).get("Jo Marrin") == "PERSON"


def test_a_band_listed_under_a_people_category_stays():
    docs = {"a": ("Best new band: The Velmars\n", {"Velmars": "ORG"}),
            "b": ("The Velmars played two sold-out nights.", {"Velmars": "ORG"})}
    assert _kinds(docs).get("Velmars") == "ORG"
