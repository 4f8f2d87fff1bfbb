"""Actor kinds (issue 18, round 29): places, buildings and people with the wrong kind — names
listed before a facility's plural, a hospital's noun, an initialled player of a line-up, a
painter before a work of art. Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import kind_cue as _cue
from mention_helpers import resolved_kinds as _kinds


def test_names_listed_before_a_facilitys_plural_are_the_facilities():
    sentence = "Flights were cut at Kessmoor, Vaalby and Tamsfield airports on Monday."
    assert _cue(sentence, "Kessmoor", "GPE") == "FAC"
    assert _cue(sentence, "Vaalby", "GPE") == "FAC"
    assert _cue(sentence, "Tamsfield", "ORG") == "FAC"
    assert _cue("Trains stopped between the Brevham and Ostley stations.", "Ostley", "GPE") == "FAC"


def test_a_lone_name_before_a_facilitys_plural_or_a_chains_plural_is_no_facility():
    assert _cue("Passengers at Kessmoor airports faced delays.", "Kessmoor", "GPE") == ""
    assert _cue("Rooms at Vaalstar and Tamsinn hotels were full.", "Vaalstar", "ORG") != "FAC"
    assert _cue("Wards at Kessmoor and Vaalby hospitals were shut.", "Kessmoor", "GPE") == ""


def test_a_village_named_for_its_airport_is_the_airport():
    text = ("Ministers backed a new runway at Brevhall. Noise is worst near Brevhall. "
            "Fees will rise at Ostmoor, Brevhall and Lindcombe airports.")
    assert _kinds({"a": (text, {"Brevhall": "GPE"})})["Brevhall"] == "FAC"


def test_a_town_named_often_keeps_its_kind_after_one_listed_airport():
    text = ("Kessmoor is a market town. Kessmoor voted on Monday. The mayor of Kessmoor spoke. "
            "Shops in Kessmoor closed early. Roads to Kessmoor were shut. "
            "Fees will rise at Ostmoor and Kessmoor airports.")
    assert _kinds({"a": (text, {"Kessmoor": "GPE"})})["Kessmoor"] == "GPE"


def test_a_hospitals_noun_after_a_name_is_the_hospital_but_not_its_trust():
    assert _cue("He said Ravensholme hospital was struggling financially.", "Ravensholme", "PERSON") == "FAC"
    assert _cue("The Ravensholme hospital trust said it would appeal.", "Ravensholme", "ORG") == ""


def test_an_initialled_player_listed_in_a_line_up_is_a_person():
    text = ("Kemaria: P Daltre, R Vosk, T Armel, L Quennet; D Brask, A Holm; "
            "F Tamm, G Rilke (capt), M Sorbe, N Ulvar.")
    assert _kinds({"a": (text, {"D Brask": "LOC"})})["D Brask"] == "PERSON"


def test_an_initialled_country_in_brackets_after_a_player_is_no_person():
    text = ("Team: J Daltre (S Kemaria), R Vosk (Vaalia); T Armel (S Kemaria), L Quennet (Tamsia), "
            "D Brask (Vaalia).")
    assert _kinds({"a": (text, {"S Kemaria": "GPE"})})["S Kemaria"] == "GPE"


def test_a_painters_name_before_a_work_of_art_is_the_painter():
    assert _cue("The sale included a Marvell painting of a harbour.", "Marvell", "ORG") == "PERSON"
    assert _cue("The sale included a Marvell painting of a harbour.", "Marvell", "GPE") == ""


def test_a_list_of_facilities_in_the_next_sentence_gives_no_cue():
    sentence = "Residents of Kessmoor and Vaalby objected. At Ostmoor and Lindcombe airports, queues grew."
    assert _cue(sentence, "Vaalby", "GPE") == ""
    assert _cue(sentence, "Ostmoor", "GPE") == "FAC"


def _town_docs(extra: str = "") -> dict[str, tuple[str, dict[str, str]]]:
    return {"a": ("She grew up in Drenford before moving away.", {"Drenford": "GPE"}),
            "b": ("The Drenford band sold out. Fans flew in from Drenford and beyond. " + extra,
                  {"Drenford": "ORG"})}


def test_a_name_mostly_read_as_a_place_is_the_town_its_band_or_club_is_named_after():
    assert _kinds(_town_docs())["Drenford"] == "GPE"


def test_a_name_that_speaks_or_takes_a_clubs_cue_keeps_the_groups_kind():
    assert _kinds(_town_docs("Drenford said it would tour."))["Drenford"] == "ORG"
    assert _kinds(_town_docs("A striker on loan from Drenford scored."))["Drenford"] == "ORG"


def test_a_group_the_model_never_tags_a_place_keeps_its_kind():
    text = "Shares in Orvalis rose. Work went to Orvalis in May. Orvalis staff met in March."
    assert _kinds({"a": (text, {"Orvalis": "ORG"})})["Orvalis"] == "ORG"
