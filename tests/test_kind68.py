"""Actor kinds (round 46, branch kind68): a full name the model calls a body or a place is a
person when it is written as only a person is: before two tennis sets ("beat Ana Vask 6-3 7-5"),
before an adult's age that opens a clause ("Ana Vask, 41, whom"), as a row of a ranked list of
players and their countries ("12 Ana Vask (Chile)"), or after a role written in capitals ("DJ Ana
Vask"). A land after "of" before the sets, a side's single score, a bracketed word that is no
country, a list too short to be one, and a show's title after "the DJ" keep the model's kind.
Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import resolved_kinds as _kinds


def test_a_name_before_two_sets_is_a_player():
    text = "In the second round Lio Dask beat Ana Vask 6-3 7-5 in a little over an hour."
    kinds = _kinds({"a": (text, {"Lio Dask": "PERSON", "Ana Vask": "ORG"})})
    assert kinds.get("Ana Vask") == "PERSON"


def test_sets_with_a_tie_break_are_read_too():
    text = "Top seed Lio Dask lost to Ana Vask 4-6 7-6 (7-3) 6-2 on the clay courts of Tarnby."
    kinds = _kinds({"a": (text, {"Lio Dask": "PERSON", "Ana Vask": "ORG"})})
    assert kinds.get("Ana Vask") == "PERSON"


def test_a_land_after_of_before_the_sets_keeps_its_kind():
    text = "Lio Dask beat Ana Vask of Brellia 6-1 6-4 and meets the holder next."
    kinds = _kinds({"a": (text, {"Lio Dask": "PERSON", "Ana Vask": "PERSON", "Brellia": "GPE"})})
    assert kinds.get("Brellia") == "GPE"


def test_a_side_with_one_score_keeps_its_kind():
    text = "Tarnby Rovers beat Vessford Town 2-1 and stay top of the table."
    kinds = _kinds({"a": (text, {"Tarnby Rovers": "ORG", "Vessford Town": "ORG"})})
    assert kinds.get("Vessford Town") == "ORG"


def test_an_adult_age_after_a_full_name_is_a_person():
    text = "He had gone to see his partner Ana Vask, 41, whom he met at a clinic in Tarnby."
    kinds = _kinds({"a": (text, {"Ana Vask": "ORG", "Tarnby": "GPE"})})
    assert kinds.get("Ana Vask") == "PERSON"


def test_a_ranked_list_of_players_and_countries_makes_persons():
    text = ("The seeds for the Tarnby event:\n"
            "1 Lio Dask (Chile)\n"
            "2 Ana Vask (Spain)\n"
            "3 Tom Prell (Japan)\n"
            "4 Jo Marten Sook (Italy)\n")
    kinds = _kinds({"a": (text, {"Lio Dask": "PERSON", "Ana Vask": "ORG", "Tom Prell": "LOC",
                                 "Jo Marten Sook": "PERSON"})})
    assert kinds.get("Ana Vask") == "PERSON"
    assert kinds.get("Tom Prell") == "PERSON"


def test_two_rows_make_no_list():
    text = "Seeds:\n1 Lio Dask (Chile)\n2 Ana Vask (Spain)\n"
    kinds = _kinds({"a": (text, {"Lio Dask": "PERSON", "Ana Vask": "ORG"})})
    assert kinds.get("Ana Vask") == "ORG"


def test_rows_whose_brackets_hold_no_country_are_not_read():
    text = ("Fund managers of the year:\n"
            "1 Vask Capital (Tarnby)\n"
            "2 Prell Partners (Vessford)\n"
            "3 Dask Holdings (Brellia)\n")
    kinds = _kinds({"a": (text, {"Vask Capital": "ORG", "Prell Partners": "ORG", "Dask Holdings": "ORG"})})
    assert kinds.get("Prell Partners") == "ORG"


def test_a_dj_before_a_full_name_is_a_person():
    text = "The late show goes to dance DJ Ana Da Vask on Fridays from next month."
    kinds = _kinds({"a": (text, {"Ana Da Vask": "ORG"})})
    assert kinds.get("Ana Da Vask") == "PERSON"


def test_the_dj_before_a_title_keeps_its_kind():
    text = "Listeners voted the DJ Tarnby Awards the best night of the year."
    kinds = _kinds({"a": (text, {"Tarnby Awards": "ORG"})})
    assert kinds.get("Tarnby Awards") == "ORG"


def test_a_hall_after_an_event_lead_is_the_venue():
    text = "To a packed audience at Tarnby's Vask Centre, Ana Vask said the cuts would hurt."
    kinds = _kinds({"a": (text, {"Tarnby": "GPE", "Vask Centre": "ORG", "Ana Vask": "PERSON"})})
    assert kinds.get("Vask Centre") == "FAC"


def test_an_awards_night_held_at_a_hall_names_the_venue():
    text = "This year's music awards will be held at the Prell Hall in Vessford in March."
    kinds = _kinds({"a": (text, {"Prell Hall": "ORG", "Vessford": "GPE"})})
    assert kinds.get("Prell Hall") == "FAC"


def test_a_centre_someone_works_at_stays_a_body():
    text = "Ana Vask, a director at the Tarnby Policy Centre, said the plan was flawed."
    kinds = _kinds({"a": (text, {"Ana Vask": "PERSON", "Tarnby Policy Centre": "ORG"})})
    assert kinds.get("Tarnby Policy Centre") == "ORG"


def test_a_speech_at_a_centre_is_no_event_lead():
    text = "In a speech at the Tarnby Policy Centre, Ana Vask said growth would slow."
    kinds = _kinds({"a": (text, {"Ana Vask": "PERSON", "Tarnby Policy Centre": "ORG"})})
    assert kinds.get("Tarnby Policy Centre") == "ORG"


def test_a_ranked_list_of_clubs_and_countries_keeps_its_kinds():
    text = ("Top clubs by coefficient:\n"
            "1 Tarnby United (Spain)\n"
            "2 Vessford Rovers (Italy)\n"
            "3 Real Brellia (France)\n")
    kinds = _kinds({"a": (text, {"Tarnby United": "ORG", "Vessford Rovers": "ORG", "Real Brellia": "ORG"})})
    assert kinds.get("Vessford Rovers") == "ORG"
