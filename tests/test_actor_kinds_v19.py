"""Actor kinds (issue 18, round 19): constituencies named before "seat", firms the model calls
people (a chief executive, a founding, a joint venture). Sentences and names written for these
tests."""

from __future__ import annotations

from mention_helpers import kind_cue, resolved_kinds


def _cue(text: str, name: str, label: str = "ORG") -> str:
    return kind_cue(text, name, label)


def _kinds(docs: dict[str, tuple[str, dict[str, str]]]) -> dict[str, str]:
    return resolved_kinds(docs)


# ------------------------------------------------------------------ constituencies

def test_a_seat_after_a_name_makes_it_a_constituency():
    assert _cue("She hopes to hold the Kessel Vaal seat at the election.", "Kessel Vaal") == "GPE"
    assert _cue("He won his Brevik constituency by 300 votes.", "Brevik", "PERSON") == "GPE"


def test_a_partys_seat_a_seat_of_a_place_and_a_titled_name_take_no_seat_cue():
    # a party of the alias table, a plural, a seat "of" a place, a seat belt, a panel's chair
    assert _cue("It has been a Labour seat for decades.", "Labour") != "GPE"
    assert _cue("The Kessel seats fell in the north.", "Kessel") != "GPE"
    assert _cue("They took the Vaal seat of Brevik from the rival party.", "Vaal") != "GPE"
    assert _cue("Drivers checked the Tamsk seat belts.", "Tamsk") != "GPE"
    assert _cue("Who will fill the Mr Vaal seat on the panel?", "Mr Vaal", "PERSON") != "GPE"
    # no determiner: "Brevik seat" of a headline says nothing
    assert _cue("Brevik seat race tightens.", "Brevik") != "GPE"


def test_a_constituency_the_model_calls_a_group_resolves_to_a_place():
    kinds = _kinds({
        "a": ("Voters in the Kessel Vaal seat go to the polls.", {"Kessel Vaal": "ORG"}),
        "b": ("Kessel Vaal has a large student vote.", {"Kessel Vaal": "ORG"}),
    })
    assert kinds["Kessel Vaal"] == "GPE"


# ------------------------------------------------------------------ firms the model calls people

def test_a_chief_executive_or_a_founding_after_a_person_tagged_name_makes_it_a_firm():
    assert _cue("Ann Brask chief executive Ola Tamm is stepping down.", "Ann Brask", "PERSON") == "ORG"
    assert _cue("Ann Brask was founded in a small town in 1950.", "Ann Brask", "PERSON") == "ORG"
    assert _cue("Ann Brask went into administration last week.", "Ann Brask", "PERSON") == "ORG"
    # a person is sold or bought by a club, not founded
    assert _cue("Ann Brask was sold to a rival club.", "Ann Brask", "PERSON") == ""


def test_a_joint_venture_named_after_its_noun_is_a_firm():
    assert _cue("Profits at the joint venture Kessel Vaal rose.", "Kessel Vaal", "PERSON") == "ORG"


def test_a_founders_firm_the_model_calls_a_person_resolves_to_a_firm():
    kinds = _kinds({
        "a": ("Ann Brask was founded by its namesake decades ago.", {"Ann Brask": "PERSON"}),
        "b": ("Ann Brask opened a new store in the city.", {"Ann Brask": "PERSON"}),
        "c": ("Ann Brask chief executive Ola Tamm spoke.", {"Ann Brask": "PERSON"}),
    })
    assert kinds["Ann Brask"] == "ORG"


def test_a_seat_in_a_year_or_after_whose_is_still_a_constituency():
    assert _cue("He first fought the Kessel Vaal seat in 1974 and lost.", "Kessel Vaal") == "GPE"
    assert _cue("The candidate, whose Brevik constituency is marginal, spoke.", "Brevik") == "GPE"
    assert _cue("It is a Tory target: the Vaal seat in Brevik.", "Vaal") != "GPE"


# ------------------------------------------------------------------ one-name players

def test_a_players_body_or_drugs_test_after_a_one_word_name_makes_it_a_person():
    assert _cue("Kessinho's hamstring has not healed.", "Kessinho") == "PERSON"
    assert _cue("The ruling on Vaalu's failed drugs test came late.", "Vaalu") == "PERSON"
    # a longer name keeps its vote: a side's name is often two words
    assert _cue("Tamsk United's knee-jerk sacking drew anger.", "Tamsk United") != "PERSON"


def test_a_compound_word_after_the_possessive_is_no_body_part():
    assert _cue("Kessel's knee-jerk sacking drew anger.", "Kessel") != "PERSON"
