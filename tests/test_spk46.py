"""Claim speakers, round 35 (issue 19, branch spk46): pronoun speakers left null although the
story names who speaks. An "it" after a name the document itself calls "the firm" goes on with
that firm, whatever the model typed the name; a "he" / "she" right after a person's claim goes on
past a person named only in what that person said. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import speakers

FIRM = ("Doughnut maker hit\n\nShares in Dunkley Kreme fell after the firm revealed it would "
        "restate its accounts. Dunkley Kreme said its auditors had found errors. The firm said "
        "the board met on Friday.\n\nDunkley Kreme said the errors went back two years. It added "
        "that it would now review its leases.")


def test_an_it_after_a_name_the_document_calls_the_firm_is_that_firm(analyze):
    result = analyze(FIRM)
    assert speakers(result, "added") == [("It", "Dunkley Kreme")]


def test_a_name_with_a_gender_is_no_body_for_it(analyze):
    result = analyze("Shop row\n\nMr Dobbin Varley said the shop would close. The firm said the "
                     "lease had ended. It added that staff would be moved.")
    assert speakers(result, "added")[-1][1] != "Dobbin Varley"


CAPTAIN = ("Captain named\n\nLeeds number ten Peter Brennock says replacing Mark Dawes as captain "
           "will be simple because the squad is full of leaders.\n\n\"I never thought I would "
           "lead the side, but it is an easy job with this group,\" he said.")


def test_a_he_goes_on_past_a_person_named_only_in_what_the_speaker_said(analyze):
    result = analyze(CAPTAIN)
    assert speakers(result, "said") == [("he", "Peter Brennock")]


def test_a_she_does_not_go_on_with_a_man(analyze):
    result = analyze(CAPTAIN.replace("he said.", "she said."))
    assert speakers(result, "said")[-1][1] is None


def test_a_person_named_outside_what_was_said_keeps_the_he_undecided(analyze):
    result = analyze("Captain named\n\nLeeds number ten Peter Brennock told coach Mark Dawes that "
                     "the job would be simple.\n\n\"I never thought I would lead the side, but it "
                     "is an easy job with this group,\" he said.")
    assert speakers(result, "said")[-1][1] is None
