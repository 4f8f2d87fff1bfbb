"""Claim speakers, round 27 (issue 19, branch spk30): a "he" / "she" after a named speaker is
left null less often. A full name the model tags as a body ("Vince Kell") that the document also
writes after a gendered title ("Mr Kell") is a person a pronoun may go on with, of the title's
gender; a person described between (an office holder the document names) is no rival for a
pronoun of the other gender. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import speakers

SHOW = ("Tech show\n\nThe future belongs to small devices, according to Carly Fenwick, head of the "
        "firm Helix. \"People want to share their stories,\" she told delegates.{after}")


def test_a_body_tagged_name_written_after_ms_is_a_person_for_she(analyze):
    result = analyze(SHOW.format(after="\n\nMs Fenwick also said prices would fall."))
    # the model reads the name as a body; since round 70 (lnk44) the titled surname makes it a person
    assert [m.label for m in result.mentions if m.text == "Carly Fenwick"] == ["PERSON"]
    assert speakers(result, "told") == [("she", "Carly Fenwick")]


def test_without_a_titled_surname_the_body_tagged_name_speaking_just_before_takes_she(analyze):
    # round 31 (spk36): a name the model typed a body, written as a person's (a given name that
    # agrees with the pronoun) and speaking just before, is whom the "she" goes on with
    assert speakers(analyze(SHOW.format(after="")), "told") == [("she", "Carly Fenwick")]


def test_the_titles_gender_is_kept(analyze):
    result = analyze(SHOW.format(after="\n\nMr Fenwick also said prices would fall."))
    assert speakers(result, "told") == [("she", None)]


MAYOR = ("Mayor row\n\nMayor {mayor} Hale was criticised on Monday. Deputy Mayor Nina Ross said "
         "she thought the remarks were unwise, but she did not think the mayor was cruel. She "
         "said: \"I work closely with the council and know it well.\"")


def test_a_man_described_between_is_no_rival_for_she(analyze):
    assert speakers(analyze(MAYOR.format(mayor="Tom")), "said")[-1] == ("She", "Nina Ross")


def test_a_woman_described_between_stays_a_rival_for_she(analyze):
    assert speakers(analyze(MAYOR.format(mayor="Anne")), "said")[-1] == ("She", None)


# --- a given name and a surname the model tagged nothing, or a work's title (mentions/titled.py)

def test_a_given_name_with_an_apposed_role_that_speaks_is_a_person(analyze):
    result = analyze("Phone sales\n\n\"Cheap handsets will keep selling well next year,\" "
                     "Simon Yates, a senior analyst for Kessel, said. \"Local makers will win the "
                     "battle,\" he said.")
    assert speakers(result, "said") == [("Simon Yates", "Simon Yates"), ("he", "Simon Yates")]
    assert [m.label for m in result.mentions if m.text == "Simon Yates"] == ["PERSON"]


def test_an_untagged_given_name_and_surname_that_speak_are_a_person(analyze):
    result = analyze("Pay row\n\nTheresa May, shadow secretary for work, said: \"Families deserve "
                     "their money on time.\"")
    assert speakers(result, "said") == [("Theresa May", "Theresa May")]


def test_a_given_name_in_a_title_that_does_not_speak_is_no_person(analyze):
    result = analyze("Book prize\n\nThe novel Simon Yates sold well, critics said.")
    assert not [m for m in result.mentions if m.text == "Simon Yates"]
