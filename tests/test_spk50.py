"""Claim speakers, round 38 (branch spk50): joint speakers — a phrase joining two speakers
("X and Y said", "Both the A and X said") is the pair or nobody, never one of them alone, and
never the piece after "and" of one longer name. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import speakers


def test_both_and_is_never_the_second_alone(analyze):
    result = analyze("Loans\n\nThe Orvane Fund cut its forecast on Monday.\n\n"
                     "Both the Orvane Fund and Kestrel Bank said growth would slow next year.")
    found = speakers(result, "said")
    assert found and found[-1][1] != "Kestrel Bank"


def test_a_piece_after_and_of_a_longer_name_is_no_speaker(analyze):
    result = analyze("Travel\n\nHoliday bookings rose in March.\n\n"
                     "The Brindle Rail and Harbour Council said bookings would keep rising.")
    found = speakers(result, "said")
    assert found and found[-1][1] not in ("Harbour Council", "Brindle Rail")


def test_a_name_and_his_partner_is_not_the_partner_alone(analyze):
    result = analyze("Film\n\nA new studio opened in Leeds.\n\n"
                     "The director himself and his producer Tomas Varga said the budget was tight.")
    found = speakers(result, "said")
    assert found and found[-1][1] is None


def test_two_named_firms_stay_the_pair(analyze):
    result = analyze("Phones\n\nTwo makers agreed a deal.\n\n"
                     "Kelvar and Montreux Systems said the phones would go on sale in May.")
    found = [c for c in result.claims if c.cue == "said"]
    assert found and (found[-1].speaker is None or len(found[-1].speakers or []) == 2)


def test_a_title_with_and_keeps_its_person(analyze):
    result = analyze("Trade\n\nExports rose last month.\n\n"
                     "Trade and Industry Secretary Helen Marsh said exports would keep rising.")
    found = speakers(result, "said")
    assert found and found[-1][1] == "Helen Marsh"


def test_a_body_whose_head_noun_follows_keeps_its_name(analyze):
    result = analyze("Schools\n\nExam results improved this year.\n\n"
                     "A Department for Farming and Fisheries spokeswoman said results were welcome.")
    found = speakers(result, "said")
    assert found and found[-1][1] != "Fisheries"


def test_a_possessive_firm_before_and_keeps_the_analyst(analyze):
    result = analyze("Markets\n\nShares fell in Tokyo.\n\n"
                     "Barlow and Finch's analyst Mira Dunn said the fall would not last.")
    found = speakers(result, "said")
    assert found and found[-1][1] == "Mira Dunn"
