"""Claim speakers, round 38 (branch spk50): joint speakers — a phrase joining two speakers
("X and Y said", "Both the A and X said") is the pair or nobody, never one of them alone, and
never the piece after "and" of one longer name. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import speakers


def test_both_a_bank_and_unnamed_managers_is_not_the_bank_alone(analyze):
    result = analyze("Loans\n\nThe fund cut its forecast on Monday.\n\n"
                     "Both Kestrel Bank and the fund's managers said growth would slow.")
    found = speakers(result, "said")
    assert found and found[-1][1] is None


def test_a_person_and_his_agent_is_not_the_person_alone(analyze):
    result = analyze("Football\n\nA transfer fell through on Monday.\n\n"
                     "Mark Holt and his agent said the move was off.")
    found = speakers(result, "said")
    assert found and found[-1][1] is None


def test_a_name_with_and_inside_stays_whole(analyze):
    result = analyze("Travel\n\nHoliday bookings rose in March.\n\n"
                     "The World Rowing and Sailing Federation said the race would go ahead.")
    found = speakers(result, "said")
    assert found and found[-1][1] == "World Rowing and Sailing Federation"


def test_two_tagged_names_keep_the_pair(analyze):
    result = analyze("Parties\n\nA plan was published.\n\n"
                     "Helen Dunmore and Peter Krall said the plan was unfair.")
    found = [c for c in result.claims if c.cue == "said"]
    assert found and len(found[-1].speakers or []) == 2


def test_a_name_and_his_partner_is_not_the_partner_alone(analyze):
    result = analyze("Film\n\nA new studio opened in Leeds.\n\n"
                     "The director himself and his producer Tomas Varga said the budget was tight.")
    found = speakers(result, "said")
    assert found and found[-1][1] is None


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


def test_the_two_word_national_is_the_one_person_stated_of_that_people(analyze):
    result = analyze("Rugby\n\nNew Zealand flanker John Mitchell scored twice as Leeds beat Bath.\n\n"
                     "Bath were poor. The New Zealander said the pitch had been heavy.")
    found = speakers(result, "said")
    assert found and found[-1][1] == "John Mitchell"


def test_the_two_word_national_after_a_named_person_of_another_people_stays_null(analyze):
    result = analyze("Golf\n\nSwiss Tomas Berka won the title by a shot on Sunday.\n\n"
                     "The wind dropped late. The South African said the greens had been slow.")
    found = speakers(result, "said")
    assert found and found[-1][1] is None
