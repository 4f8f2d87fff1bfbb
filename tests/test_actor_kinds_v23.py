"""Actor kinds (issue 18, round 24): bodies the model calls people or places, named by what the
sentence says of them (a body's noun in an apposition or before a verb of naming, an analyst
"for" a firm). Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import kind_cue as _cue


def test_a_bodys_noun_ending_an_apposition_makes_a_person_or_place_a_body():
    assert _cue("Brevak, the Kemarian car maker, cut output in May.", "Brevak", "PERSON") == "ORG"
    assert _cue("Tamsko-Vel, the venture capital arm of a bank, sold its stake.", "Tamsko-Vel", "PERSON") == "ORG"
    assert _cue("Kesselwick, a rock band from the coast, will headline.", "Kesselwick", "GPE") == "ORG"
    assert _cue("Orvain, the retailer which owns 40 shops, is for sale.", "Orvain", "PERSON") == "ORG"


def test_a_persons_apposition_with_a_bodys_noun_inside_is_no_body_cue():
    assert _cue("Ann Brevak, a guitarist with the band, left in May.", "Ann Brevak", "PERSON") == ""
    assert _cue("Ann Brevak, a member of the group, said little.", "Ann Brevak", "PERSON") == ""
    assert _cue("Ann Brevak, the group's chairman, said little.", "Ann Brevak", "PERSON") == ""
    assert _cue("Ann Brevak, the founder of the firm, said little.", "Ann Brevak", "PERSON") == ""
    assert _cue("Ann Brevak, the film maker, said little.", "Ann Brevak", "PERSON") == ""


def test_a_bodys_noun_before_a_verb_of_naming_makes_the_name_a_body():
    assert _cue("Fires were blamed on a shadowy group known as Tarn Vessa.", "Tarn Vessa", "PERSON") == "ORG"
    assert _cue("She joined a band called Orvain at school.", "Orvain", "PERSON") == "ORG"
    assert _cue("A man called Orvain knocked at the door.", "Orvain", "PERSON") == ""


def test_an_analyst_for_a_name_makes_it_a_firm_but_not_a_place():
    assert _cue("Sales will slow, said Ann Vaal, a senior analyst for Kesselby.", "Kesselby", "PERSON") == "ORG"
    assert _cue("Ann Vaal, chief strategist for Europe, was upbeat.", "Europe", "LOC") == ""
    assert _cue("Ann Vaal, chief strategist for Kemaria, was upbeat.", "Kemaria", "GPE") == ""


def test_a_stake_in_a_persons_name_makes_it_a_firm_but_not_in_a_place():
    assert _cue("Shares in Orvain rose 4% on the news.", "Orvain", "PERSON") == "ORG"
    assert _cue("The bank took a 20% stake in Brevak Tamm last year.", "Brevak Tamm", "PERSON") == "ORG"
    assert _cue("Shares in Kemaria rose 4% on the news.", "Kemaria", "GPE") == ""


def test_a_list_after_a_plural_of_firms_may_follow_a_dash_and_carry_initials():
    assert _cue("Other retailers - including Vaalmart, Orvain and Tesk - did well.", "Orvain", "GPE") == "ORG"
    assert _cue("Car firms Kessel Motors (KM) and Brevak cut output.", "Brevak", "PERSON") == "ORG"


def test_a_bands_noun_before_the_name_makes_it_a_band():
    assert _cue("Fans of the band Orvain queued all night.", "Orvain", "PERSON") == "ORG"
    assert _cue("The line-up has bands such as Orvain and Tesk.", "Tesk", "GPE") == "ORG"
