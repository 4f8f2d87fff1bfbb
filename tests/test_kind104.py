"""Actor kinds (round 66, branch kind104): a person the vote calls a body, a place or a people.
A name half of whose mentions a person's role opens ("rapper Kessel", "number eight Jon Vaal")
or an age follows ("Tamsk, 13,") is a person, unless a mention reads as a body's ("Kessel
shares", "Kessel's Stores", "the billionaire Kessel owner") or the role is a capitalised part of
the name inside a sentence ("Captain Vaal"). Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import kinds_of_name


# --- a person's role or age: PERSON -----------------------------------------------------------

def test_a_rapper_typed_a_people_is_a_person():
    docs = {"a": ("The song was made with rapper Kessmo and a choir from Tamsk.", {"Kessmo": "NORP"})}
    assert kinds_of_name(docs, "Kessmo") == {"PERSON"}


def test_a_number_eight_typed_a_body_is_a_person():
    docs = {"a": ("Number eight Jorin Vaalberg has been dropped from the squad for the Kemaria game.",
                  {"Jorin Vaalberg": "ORG"}),
            "b": ("Coach Brann said number eight Jorin Vaalberg was fit again.", {"Jorin Vaalberg": "ORG"})}
    assert kinds_of_name(docs, "Jorin Vaalberg") == {"PERSON"}


def test_a_boy_with_an_age_typed_a_people_is_a_person():
    docs = {"a": ("The film follows Tamsko, 13, on a journey across Kemaria.", {"Tamsko": "NORP"})}
    assert kinds_of_name(docs, "Tamsko") == {"PERSON"}


def test_an_analyst_typed_a_body_is_a_person():
    docs = {"a": ("\"The risks are real,\" said Tamsk Bank analyst Ivor Kesselring.", {"Ivor Kesselring": "ORG"})}
    assert kinds_of_name(docs, "Ivor Kesselring") == {"PERSON"}


def test_half_the_mentions_role_named_is_enough():
    docs = {"a": ("Flanker Orvel Tasker was named in the side. Orvel Tasker played in the final.",
                  {"Orvel Tasker": "ORG"})}
    assert kinds_of_name(docs, "Orvel Tasker") == {"PERSON"}


# --- guards: kinds that stay ------------------------------------------------------------------

def test_a_firm_its_owner_is_named_by_stays_a_body():
    docs = {"a": ("Jo Brann, the billionaire Vessko owner, said he would not bid.", {"Vessko": "ORG"})}
    assert kinds_of_name(docs, "Vessko") == {"ORG"}


def test_a_shop_chain_named_by_a_possessive_stays_a_body():
    docs = {"a": ("Ann Vaal and her sister Marlo went home.", {"Marlo": "ORG"}),
            "b": ("Jewellery seller Marlo's Stores also suffered a slow Christmas.", {"Marlo": "ORG"})}
    assert kinds_of_name(docs, "Marlo") == {"ORG"}


def test_a_capitalised_role_inside_a_sentence_is_the_names_own():
    docs = {"a": ("There was a new Captain Tarvo cartoon made two years ago.", {"Tarvo": "ORG"})}
    assert kinds_of_name(docs, "Tarvo") == {"ORG"}


def test_a_role_not_right_before_the_name_leaves_the_kind():
    docs = {"a": ("The mascot of Kesselmark is a rapper, Kesselmark, who sings. Kesselmark won a prize. "
                  "Fans of Kesselmark cheered.",
                  {"Kesselmark": "ORG"})}
    assert kinds_of_name(docs, "Kesselmark") == {"ORG"}


def test_a_body_without_a_role_keeps_its_kind():
    docs = {"a": ("The Vaalmark Trust gave money to the school in Tamsk.", {"Vaalmark Trust": "ORG"})}
    assert kinds_of_name(docs, "Vaalmark Trust") == {"ORG"}
