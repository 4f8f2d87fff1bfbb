"""Round 55 (branch spk88): a described speaker whom the story names right beside the description
or as the next sentence's speaker, missed by the apposition rule and by the next-sentence pass —
a body's short form in brackets before the apposed name, a run of ranks or styles before it
(", the Rt Rev Dr X", ", Acting Detective Chief Superintendent, X"), a name closed by "of <place>",
"one of the <set>, X - ... - said", a post the person table lacks ("its co-chairman") and an
indefinite "one analyst" whom the next sentence names under that same noun. The indefinite
description with no such noun, with another person given that noun, or with a different apposed
role stays unnamed. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import claim_with, speaker_of


def test_name_after_a_bodys_bracketed_short_form_is_the_speaker(analyze):
    result = analyze("Board picks new head\n\nThe region's water supply will be reviewed this year, the new "
                     "chair of the Tamsk Valley Water Board (TVWB), Jo Brann, says.\n")
    assert speaker_of(result, claim_with(result, "will be reviewed")) == "Jo Brann"


def test_name_after_a_run_of_ranks_set_off_by_a_comma_is_the_speaker(analyze):
    result = analyze("Fraud ring broken\n\nPolice in Kessel have charged six people over a card fraud. "
                     "The head of the Kessel fraud unit, Acting Detective Chief Superintendent, Marek Vaal, "
                     "said: \"This inquiry has been long and hard.\"\n")
    assert speaker_of(result, claim_with(result, "inquiry has been long")) == "Marek Vaal"


def test_name_after_a_rank_and_closed_by_his_country_is_the_speaker(analyze):
    result = analyze("Trade talks stall\n\nThe talks on the new trade rules are far from over, and the "
                     "chairman of the working group, Ambassador Lars Brenner of Kemaria, warned that there "
                     "was still a lot of work to do.\n")
    assert speaker_of(result, claim_with(result, "still a lot of work")) == "Lars Brenner"


def test_name_closed_by_its_firm_after_according_to_is_the_speaker(analyze):
    result = analyze("Oil claim\n\nThe firm is claiming $20bn. According to its Paris lawyer, Emil Garnier "
                     "of Tessel and Vaal, the claim is based on the value of its oil fields.\n")
    assert speaker_of(result, claim_with(result, "value of its oil")) == "Emil Garnier"


def test_one_of_a_named_set_with_an_apposed_name_is_that_person(analyze):
    result = analyze("Apology for jailings\n\nThe premier apologised on Tuesday to the families of those "
                     "wrongly jailed. However, one of the so-called Tamsk Four, Piet Kessel - who was wrongly "
                     "convicted of the fire - said the families were pleased with the apology.\n")
    claim = claim_with(result, "families were pleased")
    assert speaker_of(result, claim) == "Piet Kessel"
    assert claim.anonymous is False


def test_post_the_person_table_lacks_named_next_sentence_is_that_person(analyze):
    result = analyze("Party door open for peer\n\nThe Vaal Party would deal kindly with any bid by the "
                     "jailed peer to come back, its co-chairman has said.\n\nDr Ana Kessel told a radio "
                     "programme there was no place for spite in politics.\n")
    assert speaker_of(result, claim_with(result, "deal kindly")) == "Ana Kessel"


def test_indefinite_analyst_named_next_under_the_same_noun_is_that_person(analyze):
    result = analyze("Retailer for sale\n\nTamsk Stores has put itself up for sale, its board said on "
                     "Monday. Its shares rose 10% in early trading.\n\nOne analyst suggested that a bidding "
                     "war may now begin for the chain. Jo Brann, a retail analyst at Kessel Securities, said "
                     "he expected other buyers to come forward.\n")
    claim = claim_with(result, "bidding war")
    assert speaker_of(result, claim) == "Jo Brann"
    assert claim.anonymous is False


# guards: what must not move


def test_indefinite_minister_named_next_with_no_noun_stays_unnamed(analyze):
    # "a minister" with no "minister" beside the next name: usually an unnamed one
    result = analyze("Harbour plan\n\nThe Kessel harbour will be sold next year. Its buyers were not "
                     "named.\n\nThe sale will raise less than hoped, a Tamsk minister has said. Ana Vaal "
                     "said the buyers had cut their offer.\n")
    assert speaker_of(result, claim_with(result, "less than hoped")) is None


def test_indefinite_analyst_when_another_analyst_is_named_stays_unnamed(analyze):
    result = analyze("Retailer for sale\n\nTamsk Stores has put itself up for sale, analyst Piet Orrel "
                     "said on Monday. Its shares rose 10% in early trading.\n\nOne analyst suggested that a "
                     "bidding war may now begin for the chain. Jo Brann, a retail analyst at Kessel "
                     "Securities, said he expected other buyers to come forward.\n")
    assert speaker_of(result, claim_with(result, "bidding war")) is None


def test_indefinite_analyst_named_next_with_another_role_stays_unnamed(analyze):
    result = analyze("Retailer for sale\n\nTamsk Stores has put itself up for sale, its board said on "
                     "Monday. Its shares rose 10% in early trading.\n\nOne analyst suggested that a bidding "
                     "war may now begin for the chain. Jo Brann, a spokesman for Kessel Securities, said "
                     "the firm would not bid.\n")
    assert speaker_of(result, claim_with(result, "bidding war")) is None


def test_definite_role_named_next_with_another_apposed_role_stays_unnamed(analyze):
    result = analyze("Rents to rise\n\nRents on the Dunmore estate will rise by 8%, the landlord's chief "
                     "executive said. Lena Brandt, a lawyer for the tenants, said the rise broke their "
                     "leases.\n")
    assert speaker_of(result, claim_with(result, "rise by 8%")) is None


def test_apposed_name_of_a_speaker_already_named_is_unchanged(analyze):
    # a named speaker keeps his own name: the apposed one after "of Kemaria," is no one's
    result = analyze("Trade talks stall\n\nThe talks are far from over, Lars Brenner, the envoy of "
                     "Kemaria, warned on Monday.\n")
    assert speaker_of(result, claim_with(result, "far from over")) == "Lars Brenner"
