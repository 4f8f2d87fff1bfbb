"""Actor kinds (round 52, branch kind82): a treaty or a convention named with its subject after
its head word ("the Kessel Convention on Vaal Rights", "the Treaty on Tamsk Union", "the
Convention against Brevik") kept as an actor, because the law's head word was read only when it
closes the name. The head before "on" or "against" now reads as the law's head too; agency, a
given name and the other small words ("of", "for": bodies' names as often) keep their actor.
Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import resolved_kinds as _kinds


# --- a law's head before "on" or "against" ------------------------------------------------------

def test_a_convention_on_its_subject_is_no_actor():
    one = "The court ruled the order broke the Orvane Convention on Civic Rights."
    two = "Ministers want to opt out of part of the Orvane Convention on Civic Rights."
    kinds = _kinds({"a": (one, {"Orvane Convention on Civic Rights": "ORG"}),
                    "b": (two, {"Orvane Convention on Civic Rights": "ORG"})})
    assert "Orvane Convention on Civic Rights" not in kinds


def test_a_treaty_on_its_subject_is_no_actor():
    text = "Voters will be asked whether to ratify the Treaty on Kemarian Union next spring."
    assert "Treaty on Kemarian Union" not in _kinds({"a": (text, {"Treaty on Kemarian Union": "ORG"})})


def test_a_convention_against_a_harm_is_no_actor():
    text = "The charity said the deportations would breach the Convention against Brevik Torture."
    assert "Convention against Brevik Torture" not in _kinds(
        {"a": (text, {"Convention against Brevik Torture": "PERSON"})})


# --- what must stay --------------------------------------------------------------------------

def test_a_convention_that_speaks_stays_an_actor():
    speaks = "The Tamsk Convention on Local Services said it would fight the cuts."
    bare = "Members of the Tamsk Convention on Local Services met in Vaal on Friday."
    kinds = _kinds({"a": (speaks, {"Tamsk Convention on Local Services": "ORG"}),
                    "b": (bare, {"Tamsk Convention on Local Services": "ORG"})})
    assert kinds.get("Tamsk Convention on Local Services") == "ORG"


def test_a_convention_of_members_stays_an_actor():
    text = "A deal was struck with the Convention of Vaal Local Authorities on Tuesday."
    kinds = _kinds({"a": (text, {"Convention of Vaal Local Authorities": "ORG"})})
    assert kinds.get("Convention of Vaal Local Authorities") == "ORG"


def test_a_body_named_after_a_treaty_stays():
    text = "Troops from the Kessel Treaty Organisation arrived in Vaal on Monday."
    kinds = _kinds({"a": (text, {"Kessel Treaty Organisation": "ORG"})})
    assert kinds.get("Kessel Treaty Organisation") == "ORG"


def test_a_person_whose_name_holds_a_law_word_stays():
    text = "Bill on Ravensworth, the founder, spent a week in Tamsk before the vote."
    kinds = _kinds({"a": (text, {"Bill on Ravensworth": "PERSON"})})
    assert kinds.get("Bill on Ravensworth") == "PERSON"
