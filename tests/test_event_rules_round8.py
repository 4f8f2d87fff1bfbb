"""Event rules of the eighth round (issue 17): argument readings and lexicon entries, on
sentences written for the test (fictional actors)."""

from __future__ import annotations


def on(events, trigger):
    return [(kind, source, target) for kind, source, found, target, _ in events if found == trigger and kind]


def test_a_quantifier_the_parse_cut_off_its_noun_keeps_the_named_group(events_of):
    # the acronym "IS" is read as a verb, which leaves "some" alone as the object of "to"
    found = on(events_of("Velmont has also provided training to some IS Dorvan fighters and helped with their recruitment."),
               "provided")
    assert found == [("AID", "Velmont", "IS Dorvan fighters")]


def test_an_appeal_to_his_leader_goes_to_the_person_just_addressed(events_of):
    found = on(events_of("Jorin Vask wrote to the movement's founder, Emil Brandt, and appealed to his leader "
                         "to end the feud."), "appealed")
    assert found == [("REQUEST", "Jorin Vask", "Emil Brandt")]


def test_a_possessed_role_noun_is_no_one_named_outside_a_request(events_of):
    found = on(events_of("Jorin Vask thanked Emil Brandt and criticised his coach."), "criticised")
    assert [target for _, _, target in found] == [None]


def test_the_leaders_of_a_state_stand_for_it_where_a_sense_wants_it_named(events_of):
    found = on(events_of("Kemaria celebrated the new year with the leaders of Vostrana."), "celebrated")
    assert found == [("CONSULT", "Kemaria", "Vostrana")]


def test_a_building_of_a_state_does_not_stand_for_it(events_of):
    assert on(events_of("Kemaria visited the embassy of Vostrana."), "visited") == []


def test_breaking_a_treaty_with_an_actor_is_a_sanction(events_of):
    found = on(events_of("Velmont broke its defence treaty with Tarsia on Monday."), "broke")
    assert found == [("SANCTION", "Velmont", "Tarsia")]


def test_tearing_up_a_pact_is_a_sanction_tearing_up_a_page_is_not(events_of):
    assert [kind for kind, _, _ in on(events_of("The Kemari government tore up the pact with Dorvan."), "tore")] == \
        ["SANCTION"]
    assert on(events_of("Jorin Vask tore up the letter from Dorvan."), "tore") == []


def test_allowing_that_something_is_so_is_a_concession(events_of):
    found = on(events_of("Jorin Vask allowed that the Kemari plan had some merit."), "allowed")
    assert found == [("CONCEDE", "Jorin Vask", None)]


def test_allowing_an_actor_to_act_is_no_concession_of_a_point(events_of):
    assert on(events_of("The Velmont council allowed Tarsia to open an office."), "allowed") == []


def test_giving_support_to_an_actor_is_support_with_its_recipient(events_of):
    found = on(events_of("Velmont gave support to Tarsia during the crisis."), "support")
    assert found == [("SUPPORT", "Velmont", "Tarsia")]


def test_extending_a_deal_with_a_state_is_an_agreement_with_it(events_of):
    found = on(events_of("Kemaria and Tarsia have extended a food-for-oil deal."), "deal")
    assert found == [("AGREE", "Kemaria", "Tarsia")]


def test_a_demand_for_a_release_goes_to_the_holder_named_as_agent(events_of):
    found = on(events_of("Velmont demanded the release of Dorvan prisoners held by Tarsia."), "demanded")
    assert found == [("REQUEST", "Velmont", "Tarsia")]


def test_severing_relations_is_a_sanction(events_of):
    assert on(events_of("Kemaria severed diplomatic relations with Tarsia."), "severed") == \
        [("SANCTION", "Kemaria", "Tarsia")]


def test_opening_fire_on_a_group_is_an_assault(events_of):
    found = on(events_of("Kemari forces opened fire on Dorvan protesters."), "opened")
    assert [(kind, target) for kind, _, target in found] == [("ASSAULT", "Dorvan protesters")]


def test_troops_put_on_alert_are_mobilized_a_show_put_on_is_not(events_of):
    assert [kind for kind, _, _ in on(events_of("Kemaria put its troops on high alert."), "put")] == ["MOBILIZE"]
    assert on(events_of("Jorin Vask put on a show for Tarsi fans."), "put") == []


def test_condemning_an_attack_accuses_no_victim(events_of):
    assert on(events_of("Emil Brandt condemned the attack on Kemaria."), "condemned") == [("ACCUSE", "Emil Brandt", None)]


def test_condemning_an_attack_accuses_the_attacker_named_by_by(events_of):
    found = on(events_of("Emil Brandt condemned the attack by Tarsia on Kemaria."), "condemned")
    assert [(kind, target) for kind, _, target in found] == [("ACCUSE", "Tarsia")]


def test_agreeing_to_lift_sanctions_on_a_state_has_it_as_counterpart(events_of):
    assert on(events_of("Kemaria agreed to lift the sanctions on Tarsia."), "agreed") == [("AGREE", "Kemaria", "Tarsia")]


def test_his_support_is_given_by_the_subject_of_the_support_verb(events_of):
    found = on(events_of("Jorin Vask gave his support to Emil Brandt on Monday."), "support")
    assert found == [("SUPPORT", "Jorin Vask", "Emil Brandt")]
