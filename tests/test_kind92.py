"""Actor kinds (issue 18, round 59, branch kind92): a town that also names its club, kept as one
actor. The sense split (``resolve/senses.py``) now reads a letter-writer's or a resident's town
outside sports reports ("Jo Brann, of Kessmoor, said", "Andrew in Kessmoor complains":
``resident_leads_before``) and either side of a fixture ("Kessmoor v Vaalby":
``club_sense_fixture_marks``) as the club, so a club named in a cup draw's list parts from the
town its readers' letters name. Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import name_senses, sense_split

from newsgraph.resolve.senses import CLUB, PLACE

DRAW = ("The football draw for the fifth round of the cup was made on Monday. The league leaders, whose "
        "striker scored a penalty and whose goalkeeper kept a clean sheet, face a replay.\n\n"
        "Kessmoor v Vaalby or Tamsk\n\nBrevton v Kessmoor\n\nThe referee, the midfielder and the "
        "defender were all booked in the earlier match.")
DRAW_2 = ("Cup fixtures for the next round of football, after the striker's penalty and the goalkeeper's "
          "save in the league match.\n\nKessmoor v Brevton\n\nThe midfielder and the defender will be "
          "rested by the manager.")
LETTER = ("Your views on the minimum wage.\n\nJo Brann, of Kessmoor, said the rise would cost jobs in "
          "small shops.")
LETTER_VERB = "Your views on the minimum wage.\n\nAndrew in Kessmoor complains that the rise is too late."




def _club_read(text: str, name: str = "Kessmoor") -> bool:
    start = text.index(name)
    return name_senses().club_read(text, start, start + len(name))


def _resident_read(text: str, name: str = "Kessmoor") -> bool:
    start = text.index(name)
    return name_senses().resident_read(text, start, start + len(name))


def test_either_side_of_a_fixture_reads_the_club():
    assert _club_read("Kessmoor v Vaalby or Tamsk")
    assert _club_read("Brevton v Kessmoor")
    assert _club_read("Brevton vs Kessmoor")


def test_a_bare_v_with_no_name_beside_it_reads_no_club():
    assert not _club_read("Kessmoor won the vote.")
    assert not _club_read("The plan for Kessmoor v2 was shelved.")  # a version's "v", no side after it


def test_a_letter_writer_of_a_town_reads_the_town():
    assert _resident_read(LETTER)
    assert _resident_read(LETTER_VERB)
    assert _resident_read("Ann Vaal, from Kessmoor, developed the gear changer.")


def test_no_resident_reading_without_a_name_before_or_a_close_after():
    assert not _resident_read("Shares of Kessmoor fell.")  # no capitalised word before "of"
    assert not _resident_read("Jo Brann, of Kessmoor City, said")  # the name runs on
    assert not _resident_read("Jo Brann, of Kessmoor-based Vaal, said")


def test_a_draw_list_and_a_letter_split_the_town_from_its_club():
    senses = sense_split({"a": (DRAW, {"Kessmoor": "ORG"}), "b": (DRAW_2, {"Kessmoor": "ORG"}),
                     "c": (LETTER, {"Kessmoor": "ORG"})})
    assert senses[("c", LETTER.index("Kessmoor"))] == PLACE
    assert senses[("a", DRAW.index("Kessmoor"))] == CLUB
    assert senses[("b", DRAW_2.index("Kessmoor"))] == CLUB


def test_a_letter_writer_s_town_with_a_verb_after_it_splits_too():
    senses = sense_split({"a": (DRAW, {"Kessmoor": "ORG"}), "b": (DRAW_2, {"Kessmoor": "ORG"}),
                     "c": (LETTER_VERB, {"Kessmoor": "ORG"})})
    assert senses[("c", LETTER_VERB.index("Kessmoor"))] == PLACE


def test_a_letter_alone_splits_nothing_without_the_club_s_readings():
    # guard: no club reading in a sports report, no split (one entity is never split)
    assert sense_split({"c": (LETTER, {"Kessmoor": "ORG"}),
                   "d": ("Prices rose in Kessmoor on Monday.", {"Kessmoor": "ORG"})}) == {}


def test_a_player_of_a_club_in_a_sports_report_stays_the_club():
    # guard: in a sports report "Jo Brann, of Kessmoor," is a player's club, never the town
    report = ("Jo Brann, of Kessmoor, scored twice in the football league match and the goalkeeper "
              "was sent off before the striker came on.")
    senses = sense_split({"a": (DRAW, {"Kessmoor": "ORG"}), "b": (DRAW_2, {"Kessmoor": "ORG"}),
                     "c": (LETTER, {"Kessmoor": "ORG"}), "e": (report, {"Kessmoor": "ORG"})})
    assert senses[("e", report.index("Kessmoor"))] == CLUB
