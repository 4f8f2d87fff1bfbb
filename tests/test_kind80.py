"""Actor kinds (issue 18, round 50, branch kind80): places no table holds, typed a person or a
group. A one-word name the model typed PERSON or ORG that stands in a comma list of known places
outside sports stories ("visits X, Y, Z and W"), that the story writes where people live ("the
residents of X", "the people of X") or that a lower-case "area" or "borough" follows ("the X
area") is a place (GPE). Lists of persons, of firms or of names the table does not know, sports
stories' lists, names of more words, given names and "people at X" keep their kind. Sentences
written for these tests; the listed towns are real ones the place table holds, none of them in
the BBC set; the other names are made up."""

from __future__ import annotations

from mention_helpers import kinds_with_teams
from mention_helpers import resolved_kinds as _kinds

from newsgraph.resolve.contexts import KindContexts

_TOWNS = {"Ballarat": "GPE", "Bendigo": "GPE", "Mildura": "GPE"}


def test_an_unknown_name_in_a_list_of_towns_is_a_place():
    docs = {"a": ("The senator will tour Ballarat, Bendigo, Mildura and Brackmoorby next week.",
                  {**_TOWNS, "Brackmoorby": "PERSON"})}
    assert _kinds(docs)["Brackmoorby"] == "GPE"


def test_an_unknown_name_typed_a_group_in_the_middle_of_a_list_is_a_place():
    docs = {"a": ("Rallies were held in Ballarat, Quenmore, Bendigo and Mildura on Friday.",
                  {**_TOWNS, "Quenmore": "ORG"})}
    assert _kinds(docs)["Quenmore"] == "GPE"


def test_the_residents_of_a_name_make_it_a_place():
    docs = {"a": ("The 4,000 residents of Ostervinde voted on the plan. Most people of Ostervinde were against it.",
                  {"Ostervinde": "ORG"})}
    assert _kinds(docs)["Ostervinde"] == "GPE"


def test_a_name_before_area_or_borough_is_a_place():
    docs = {"a": ("Floods hit homes in the Drummerley area overnight.", {"Drummerley": "ORG"}),
            "b": ("Turnout was low in Drummerley borough this year.", {"Drummerley": "ORG"})}
    assert _kinds(docs)["Drummerley"] == "GPE"


def test_a_list_of_persons_keeps_the_persons_kind():
    # the table knows these as towns too, but the model calls the list's names persons
    docs = {"a": ("The prize went to Ballarat, Bendigo, Mildura and Brackmoorby, the four finalists.",
                  {"Ballarat": "PERSON", "Bendigo": "PERSON", "Mildura": "PERSON", "Brackmoorby": "PERSON"})}
    assert _kinds(docs)["Brackmoorby"] == "PERSON"


def test_a_list_of_names_the_table_does_not_know_keeps_the_kind():
    docs = {"a": ("Shares in Zorventa, Quastelle and Brackmoorby fell on Monday.",
                  {"Zorventa": "GPE", "Quastelle": "GPE", "Brackmoorby": "ORG"})}
    assert _kinds(docs)["Brackmoorby"] == "ORG"


def test_a_list_in_a_sports_story_keeps_the_kind():
    # a match report's lists are of clubs
    docs = {"a": ("Kemaria beat Vaalia in the rugby match. Ballarat, Bendigo, Mildura and Brackmoorby "
                  "will play in the cup.", {**_TOWNS, "Brackmoorby": "ORG"})}
    assert kinds_with_teams(docs, [("a", "Kemaria"), ("a", "Vaalia")])["Brackmoorby"] == "ORG"


def test_a_name_of_more_words_in_a_list_of_towns_keeps_its_kind():
    # "the X, Y and Z Marathons": an event's name, not a town
    docs = {"a": ("She has won the Ballarat, Bendigo, Mildura and Brackmoorby Marathons in turn.",
                  {**_TOWNS, "Brackmoorby Marathons": "ORG"})}
    assert _kinds(docs)["Brackmoorby Marathons"] == "ORG"


def test_a_given_name_in_a_list_of_towns_keeps_the_persons_kind():
    docs = {"a": ("Flights to Ballarat, Bendigo, Mildura and Harriet were cancelled.",
                  {**_TOWNS, "Harriet": "PERSON"})}
    assert _kinds(docs)["Harriet"] == "PERSON"


def test_the_peopled_and_listed_readings():
    contexts = KindContexts.from_data()
    text = "The residents of Ostervinde met the people at Brackmoorby and the people of Quenmore's firm."
    def peopled(name):
        start = text.index(name)
        return contexts.peopled(text, start, start + len(name))
    assert peopled("Ostervinde")
    assert not peopled("Brackmoorby")  # "people at": a firm's staff
    assert not peopled("Quenmore")  # a possessive: the head is the firm
    listed = "They visit Ballarat, Bendigo and Mildura today."
    start = listed.index("Bendigo")
    spans = contexts.listed_with(listed, start, start + len("Bendigo"))
    assert [listed[s:e] for s, e in spans] == ["Ballarat", "Mildura"]
    assert contexts.listed_with("He met Ballarat today.", 7, 15) == []
