"""Event and name-span rules of the twelfth round (issues 17, 18): companies named after their
founders, talks with a third party, courts, on sentences written for the test (fictional actors)."""

from __future__ import annotations


def on(events, trigger):
    return [(kind, source, target) for kind, source, found, target, _ in events if found == trigger and kind]


def test_a_firm_named_after_its_founder_keeps_its_possessive(events_of):
    found = on(events_of("Tamsk Wines rejected an offer from Hallor's Group on Monday."), "rejected")
    assert found == [("REJECT", "Tamsk Wines", "Hallor's Group")]


def test_a_possessive_before_of_and_a_place_is_part_of_the_name(events_of):
    text = "The head of Christie's of London criticised the Vostran Audit Office."
    found = on(events_of(text), "criticised")
    assert found == [("ACCUSE", "Christie's of London", "Vostran Audit Office")]


def test_a_state_owning_a_named_body_is_still_split_from_it(events_of):
    found = on(events_of("Kemaria's Farmers Party criticised Vostrana's Finance Ministry."), "criticised")
    assert found == [("ACCUSE", "Farmers Party", "Finance Ministry")]


def test_a_firm_whose_last_word_the_model_calls_a_person_is_one_name(events_of):
    found = on(events_of("Brevik Aerospace was sued by Dolvane Martin after its rival accused it of espionage."), "sued")
    assert [(kind, target) for kind, _, target in found] == [("ACCUSE", "Brevik Aerospace")]
    assert found[0][1] in ("Dolvane Martin", None)  # never the bare "Martin"


def test_two_sides_each_talking_with_a_third_are_not_each_others_counterpart(events_of):
    found = on(events_of("Both Dexaro Holdings and rival Venmark Capital held talks with the Tamsk exchange last week."),
               "talks")
    assert ("CONSULT", "Dexaro Holdings", "Venmark Capital") not in found
    assert all(target != "Venmark Capital" for _, _, target in found)


def test_two_sides_talking_with_no_third_are_each_others_counterpart(events_of):
    found = on(events_of("Kemaria and Vostrana held talks in the capital on Monday."), "talks")
    assert found == [("CONSULT", "Kemaria", "Vostrana")]


def test_a_states_court_does_not_stand_for_the_state(events_of):
    found = on(events_of("The Open Press League has asked Britain's high court to stop the ministry."), "asked")
    assert all(target != "Britain" for _, _, target in found)



def test_a_title_case_line_keeps_a_linking_word_inside_a_name(analyze):
    result = analyze("Banc of Tamsk Securities Sues Kemaria\n\nThe bank sued Kemaria on Monday, the lawyers said.")
    assert result.mentions[0].text == "Banc of Tamsk Securities"


def test_a_second_object_hung_on_the_verb_from_a_later_clause_is_not_its_target(events_of):
    text = ("At a rally in Tamsk, Mr Brell accused shadow chancellor Dorian Vask of plotting cuts that were the "
            "equivalent of firing every teacher, GP and nurse in the land.")
    assert on(events_of(text), "accused") == [("ACCUSE", "Brell", "Dorian Vask")]


def test_a_states_lawmakers_do_not_stand_for_the_state(events_of):
    found = on(events_of("Many US lawmakers blame China for the loss of factory jobs."), "blame")
    assert all(source != "US" for _, source, _ in found)


def test_a_state_s_troops_still_stand_for_the_state(events_of):
    assert on(events_of("Kemaria's troops attacked Vostrana."), "attacked") == [("ASSAULT", "Kemaria", "Vostrana")]


def test_the_owner_of_a_firm_is_not_the_firm(events_of):
    found = on(events_of("The majority owner of embattled oil firm Vantor has sued the Kemarian government for $2bn."),
               "sued")
    assert all(source != "Vantor" for _, source, _ in found)


def test_a_title_ending_in_the_holders_name_is_still_the_person(events_of):
    found = on(events_of("Labour's minister for women Dana Vask criticised the Tamsk Group."), "criticised")
    assert found == [("ACCUSE", "Dana Vask", "Tamsk Group")]


def test_bodies_clashing_in_a_political_report_are_no_assault(events_of):
    text = ("The Vostran Parliament has already clashed with the Kemarian Union on the issue, and MPs say the vote "
            "in parliament was undemocratic, with the election campaign under way.")
    assert on(events_of(text), "clashed") == []


def test_two_sides_phoning_people_are_not_each_others_counterpart(events_of):
    found = on(events_of("Kemaria and Vostrana are still telephoning thousands of voters who signed up."), "telephoning")
    assert ("CONSULT", "Kemaria", "Vostrana") not in found
