"""Claim speakers, round 37 (branch spk49): description speakers the story names — "the Scot",
"the Australian" (the one person the story states is of that people), "a spokesman for the
firm" (the one firm the story names) and "the club" (the one club the story names). Short
fictional sentences written here."""

from __future__ import annotations

from claim_helpers import speakers, speakers_with_anonymous


def test_the_national_is_the_one_person_stated_of_that_people(analyze):
    result = analyze("Tennis upset\n\nTop seed Tomas Berka lost to Argentine Marco Vidal in Rotterdam.\n\n"
                     "Berka served well in the first set. The Argentine said the wind had helped him.")
    found = speakers(result, "said")
    assert found and found[-1][1] == "Marco Vidal"


def test_the_national_by_brackets_is_that_person(analyze):
    result = analyze("Marathon\n\nThe race was won by Pieter Lund (Denmark) ahead of Tomas Berka.\n\n"
                     "Berka faded late on. The Dane said the course had been flat and fast.")
    found = speakers(result, "said")
    assert found and found[-1][1] == "Pieter Lund"


def test_two_people_of_that_people_give_no_speaker(analyze):
    result = analyze("Golf\n\nScottish golfers Ewan Bright and Colin Marr both reached the last round.\n\n"
                     "Play was slow. The Scot said the greens were too fast.")
    found = speakers(result, "said")
    assert found and found[-1][1] is None


def test_a_person_of_another_people_is_no_national(analyze):
    result = analyze("Tennis\n\nSwiss Tomas Berka beat Paul Grant in two sets.\n\n"
                     "Berka was pleased. \"I played well,\" said the American.")
    found = speakers(result, "said")
    assert found and found[-1][1] is None
