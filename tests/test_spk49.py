"""Claim speakers, round 37 (branch spk49): description speakers the story names — "the Scot",
"the Australian" (the one person the story states is of that people), "a spokesman for the
firm" (the body "the firm" is), "the club" / "the organisation" (the one body of that class the
story names). Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import speakers, speakers_with_anonymous


def _affiliation(result, cue: str) -> list:
    return [result.mentions[c.speaker_affiliation].text if c.speaker_affiliation is not None else None
            for c in result.claims if c.cue == cue]


def test_the_national_is_the_one_person_stated_of_that_people(analyze):
    result = analyze("Tennis upset\n\nTop seed Tomas Berka lost to Australian Mark Dalton in Rotterdam on Friday.\n\n"
                     "Berka served well in the first set. The Australian said the wind had helped him.")
    found = speakers(result, "said")
    assert found and found[-1][1] == "Mark Dalton"


def test_the_national_by_brackets_is_that_person(analyze):
    result = analyze("Marathon\n\nThe race was won by Pieter Lund (Australia) ahead of Tomas Berka.\n\n"
                     "Berka faded late on. The Australian said the course had been flat and fast.")
    found = speakers(result, "said")
    assert found and found[-1][1] == "Pieter Lund"


def test_two_people_of_that_people_give_no_speaker(analyze):
    # the first golfer is a name the model does not tag: still a second Scot
    result = analyze("Golf\n\nScottish golfer Ewan Bright beat Scottish amateur Colin Marr in the last round.\n\n"
                     "Play was slow. The Scot said the greens were too fast.")
    found = speakers(result, "said")
    assert found and found[-1][1] is None


def test_a_person_of_another_people_is_no_national(analyze):
    result = analyze("Tennis\n\nSwiss Tomas Berka beat Paul Grant in two sets.\n\n"
                     "Berka was pleased. \"I played well,\" said the American.")
    found = speakers(result, "said")
    assert found and found[-1][1] is None


def test_a_spokesman_for_the_firm_speaks_for_the_story_s_firm(analyze):
    result = analyze("Car sales\n\nCarmaker Brennick Motors has cut 200 jobs at its Leeds plant after sales fell.\n\n"
                     "Sales of its small cars fell by a third last year. "
                     "A spokesman for the firm said the cuts were painful.")
    found = speakers_with_anonymous(result, "said")
    assert found and found[-1][1] is not None and "Brennick Motors" in found[-1][1] and found[-1][2] is True


def test_a_spokesman_for_the_firm_after_two_firms_stays_null(analyze):
    result = analyze("Car sales\n\nBrennick Motors and Valdor Motors both cut jobs this year.\n\n"
                     "A spokesman for the firm said the cuts were painful.")
    found = speakers(result, "said")
    assert found and found[-1][1] is None


def test_a_source_at_the_club_is_of_the_one_club_named(analyze):
    result = analyze("Football\n\nNorland Rovers FC have sacked their manager after ten defeats.\n\n"
                     "A senior source at the club said the board had lost patience.")
    found = speakers(result, "said")
    assert found and found[-1][1] is None  # a source speaks for himself
    assert _affiliation(result, "said")[-1] == "Rovers FC"


def test_the_club_is_the_one_club_named(analyze):
    result = analyze("Football\n\nNorland Rovers FC have sacked their manager after ten defeats.\n\n"
                     "The side lost again on Saturday. The club said it would name a new manager soon.")
    found = speakers(result, "said")
    assert found and found[-1][1] == "Rovers FC"


def test_the_club_beside_another_name_stays_null(analyze):
    result = analyze("Football\n\nNorland Rovers FC have sacked their manager after a defeat by Kessel.\n\n"
                     "The club said it would name a new manager soon.")
    found = speakers(result, "said")
    assert found and found[-1][1] is None


def test_the_organisation_is_the_one_charity_named(analyze):
    result = analyze("Bird charity\n\nWildlife charity Birdwatch Trust has asked walkers to keep dogs on leads.\n\n"
                     "Nesting starts in March on the moors. The organisation said nesting birds were at risk.")
    found = speakers(result, "said")
    assert found and found[-1][1] == "Birdwatch Trust"


def test_the_club_after_a_person_spoke_since_stays_null(analyze):
    result = analyze("Football\n\nNorland Rovers FC have sacked their manager after ten defeats.\n\n"
                     "Ana Ruiz, a local councillor, said the town deserved better. "
                     "The club said it would name a new manager soon.")
    found = speakers(result, "said")
    assert found and found[-1][1] is None
