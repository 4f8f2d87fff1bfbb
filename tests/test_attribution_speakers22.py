"""Claim speakers, round 21 short (issue 19, branch spk22): a description that goes on with the
last speaker ("the coach added"), and "the report" of the body speaking just before. Short
fictional sentences written here."""

from __future__ import annotations

from claim_helpers import speakers


def test_a_description_adding_goes_on_with_the_last_speaker(analyze):
    result = analyze("Marco Ruiz said his side must train harder at set pieces. However, the Norland "
                     "coach added that the draw still gave the squad hope.\n\n"
                     "\"Our passing in the opening hour was as sharp as I have seen,\" he said.")
    assert speakers(result, "added") == [("the Norland coach", "Marco Ruiz")]
    assert ("he", "Marco Ruiz") in speakers(result, "said")


def test_a_description_adding_after_another_role_is_left_alone(analyze):
    result = analyze("Defence lawyer Ana Kell said the ban was unfair. The judge added that an appeal "
                     "could be heard in May.")
    assert speakers(result, "added") == [("The judge", None)]


def test_a_description_that_spoke_before_goes_on_itself(analyze):
    result = analyze("The judge said the evidence was strong.\n\nDefence lawyer Ana Kell said the ban "
                     "was unfair. The judge added that an appeal could be heard in May.")
    assert speakers(result, "added") == [("The judge", None)]


def test_the_report_is_the_body_speaking_just_before(analyze):
    result = analyze("The Norland Monetary Fund said the storm damage was put at $2bn. \"The overall "
                     "impact will be large,\" the Fund said. Exports are expected to suffer. \"Farming "
                     "has been hit hard,\" the report said.")
    found = [c for c in result.claims if c.speaker_text == "the report"]
    assert len(found) == 1 and "Fund" in result.mentions[found[0].speaker].text


def test_the_report_after_another_body_or_a_new_report_has_no_author(analyze):
    result = analyze("The Norland Monetary Fund said the damage was put at $2bn. Valdor Bank has also "
                     "looked at the damage. \"Farming has been hit hard,\" the report said.\n\n"
                     "The Norland Monetary Fund said growth would slow. A new report was published on "
                     "Monday. \"Tourism will fall,\" the report said.")
    assert speakers(result, "said")[1] == ("the report", None)
    assert speakers(result, "said")[-1] == ("the report", None)


def test_the_report_after_a_pronoun_speaker_has_no_author(analyze):
    result = analyze("The study, paid for by Valdor Trust, spoke to farmers and traders. They said costs "
                     "were rising. The research said that one farm in ten was for sale.")
    assert speakers(result, "said")[-1] == ("The research", None)
