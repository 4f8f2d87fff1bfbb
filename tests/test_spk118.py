"""Round 63 (branch spk118): unnamed press reports whose outlet the next sentences name —
"Shares fell on a report that ... | The Tamsk Herald news agency reported that ...", "Shares
climbed on a press report that ... | ... would say nothing about the report in the Tamsk
Times". Two outlets holding the reports, another unnamed report in between, an outlet named
only in a quote and a report past the lead whose next sentence an agency opens stay as they were. Short fictional sentences."""

from __future__ import annotations

from claim_helpers import claim_with, speaker_of


def test_a_report_is_the_outlet_news_agency_that_reported_next(analyze):
    result = analyze("Miner hit by contract report\n\nShares in Vaal Mining fell by half on a report "
                     "that the firm had lost a contract in Kemaria.\n\nThe Tamsk Herald news agency "
                     "reported that the Kemarian ministry had chosen two other firms.\n")
    claim = claim_with(result, "the firm had lost a contract")
    assert speaker_of(result, claim) == "Tamsk Herald"
    assert not claim.anonymous


def test_a_press_report_is_the_outlet_holding_the_report_two_sentences_on(analyze):
    result = analyze("Bank shares climb\n\nShares in Kessel Bank rose on Monday after a weekend "
                     "press report that it was in talks to merge with Vaal Bank.\n\nA tie-up would "
                     "create a big lender. Kessel Bank would say nothing about the report in the "
                     "Tamsk Times, saying it did not respond to speculation.\n")
    claim = claim_with(result, "it was in talks to merge")
    assert speaker_of(result, claim) == "Tamsk Times"


def test_reports_held_by_two_outlets_stay_unnamed(analyze):
    result = analyze("Poll date talk\n\nReports that the premier plans a snap election in May were "
                     "called idle talk by his office.\n\nA spokesman said he did not know where the "
                     "reports in the Tamsk Times and the Kessel Post had come from.\n")
    claim = claim_with(result, "the premier plans a snap election")
    assert speaker_of(result, claim) is None


def test_another_unnamed_report_in_between_leaves_it(analyze):
    result = analyze("Miner hit by contract report\n\nShares in Vaal Mining fell on a report that "
                     "the firm had lost a contract.\n\nA separate report from analysts said costs "
                     "were rising. The firm denied the report in the Tamsk Times.\n")
    claim = claim_with(result, "the firm had lost a contract")
    assert speaker_of(result, claim) is None


def test_a_report_in_an_outlet_named_only_in_a_quote_is_not_it(analyze):
    result = analyze("Miner hit by contract report\n\nShares in Vaal Mining fell on a report that "
                     "the firm had lost a contract.\n\nJo Brann said: \"The report in the Tamsk "
                     "Times is wrong.\"\n")
    claim = claim_with(result, "the firm had lost a contract")
    assert speaker_of(result, claim) is None


def test_a_report_past_the_lead_is_not_the_agency_reporting_next(analyze):
    result = analyze("Miner hit by contract report\n\nShares in Vaal Mining fell by half.\n\nTrading "
                     "was thin all day.\n\nThe firm had earlier lost a contract, a report said. The "
                     "Tamsk Herald news agency reported that the ministry had chosen two other firms.\n")
    claim = claim_with(result, "The firm had earlier lost a contract")
    assert speaker_of(result, claim) is None
