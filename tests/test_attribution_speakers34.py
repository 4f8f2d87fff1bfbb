"""Claim speakers, round 29 (issue 19, branch spk34): a named speaker the mention finder missed
here is linked to the one longer name of the document its words close ("Varnholt said" after
"Group Varnholt"), never to an outlet's nor when two names fit. Short fictional sentences
written here."""

from __future__ import annotations

from claim_helpers import speakers

COURT = "Oil deal\n\nThe court ruled against {names} on Monday. \"We will fight this in court,\" Varnholt said."


def test_a_bare_name_closing_one_body_name_is_that_body(analyze):
    result = analyze(COURT.format(names="Group Varnholt"))
    assert [m.text for m in result.mentions] == ["Group Varnholt"]  # the model misses the bare name
    assert speakers(result, "said") == [("Varnholt", "Group Varnholt")]


def test_it_goes_on_for_every_claim_of_the_bare_name(analyze):
    result = analyze("Oil deal\n\nThe court ruled against Group Varnholt on Monday. Varnholt has "
                     "already asked the buyer to repay a loan, and said the state's actions broke the treaty.")
    assert speakers(result, "asked") == [("Varnholt", "Group Varnholt")]
    assert speakers(result, "said") == [("Varnholt", "Group Varnholt")]


def test_a_bare_name_closing_two_names_stays_unlinked(analyze):
    assert speakers(analyze(COURT.format(names="Group Varnholt and Bank Varnholt")), "said") == [("Varnholt", None)]


def test_a_bare_name_never_goes_to_an_outlet_ending_with_it(analyze):
    assert speakers(analyze(COURT.format(names="BBC Radio Varnholt")), "said") == [("Varnholt", None)]
