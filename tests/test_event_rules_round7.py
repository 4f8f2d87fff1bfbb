"""Event rules of the seventh round (issue 17): one-ended senses cut, refusals, new lexicon
entries and argument readings, on sentences written for the test (fictional actors)."""

from __future__ import annotations

import newsgraph


def on(events, trigger):
    return [(kind, source, target) for kind, source, found, target, _ in events if found == trigger and kind]


# --- refusals and arguments ------------------------------------------------------------------

def test_cooperation_an_actor_says_it_will_not_give_is_a_rejection(events_of):
    assert on(events_of("Omar Haddad insisted that he will not supply arms to Vostrana."), "supply") == \
        [("REJECT", "Omar Haddad", "Vostrana")]


def test_a_name_glued_to_a_weekday_is_still_the_target(events_of):
    found = on(events_of("Kemaria's national security adviser met with President Omar Haddad Tuesday."), "met")
    assert found == [("CONSULT", "Kemaria", "Omar Haddad")]


def test_a_misread_lemma_does_not_hide_a_support_verb(events_of):
    found = on(events_of("Dune Brigade activists staged a protest in the capital on Monday."), "protest")
    assert found and found[0][0] == "PROTEST" and found[0][1] == "Dune Brigade activists"


def test_an_unknown_name_owning_a_role_noun_is_the_actor(events_of):
    found = on(events_of("Arnoria border officials have restored ties with Gondaria police."), "restored")
    assert [(kind, source) for kind, source, _ in found] == [("COOPERATE", "Arnoria")]


def test_a_list_read_as_an_apposition_is_coordinated(events_of):
    found = on(events_of("The Kemaria, Vostrana, and Tessaly met on Friday."), "met")
    assert ("CONSULT", "Kemaria", "Vostrana") in found or ("CONSULT", "Vostrana", "Tessaly") in found


# --- senses that name no event between two actors ---------------------------------------------

def test_meetings_of_a_body_have_no_counterpart(events_of):
    events = events_of("Omar Haddad flew home after meetings of the trade committee of Kemaria.")
    assert on(events, "meetings") == []


def test_assistance_to_no_one_named_is_no_aid_event(events_of):
    events = events_of("The park is run by the council with assistance from the Tessaly Trust.")
    assert on(events, "assistance") == []


def test_people_accused_by_no_one_are_no_accusation(events_of):
    events = events_of("Nadia Sorel hoped that Vostrani officials accused of fraud would be tried.")
    assert on(events, "accused") == []


def test_condemning_an_allegation_is_a_denial_not_an_accusation(events_of):
    events = events_of("Kemaria condemned as unacceptable the allegations by Vostrana.")
    assert on(events, "condemned") == [] and on(events, "allegations") == []


# --- lexicon entries ------------------------------------------------------------------------------

def test_hosting_a_guest_is_a_visit(events_of):
    assert on(events_of("Kemaria will host Vostrana next week."), "host") == [("CONSULT", "Kemaria", "Vostrana")]


def test_contributing_money_to_an_actor_is_aid(events_of):
    assert on(events_of("Kemaria will contribute ten million dollars to Vostrana."), "contribute") == \
        [("AID", "Kemaria", "Vostrana")]


def test_contributing_to_a_debate_is_no_aid(events_of):
    assert on(events_of("Kemaria contributed to the debate on Monday."), "contributed") == []


def test_extradition_is_coercion(events_of):
    assert on(events_of("Kemaria extradited Omar Haddad to Vostrana."), "extradited")[0][:2] == ("COERCE", "Kemaria")


def test_breaking_relations_is_a_sanction(events_of):
    assert on(events_of("Kemaria has broken relations with Vostrana."), "broken") == \
        [("SANCTION", "Kemaria", "Vostrana")]


def test_what_an_actor_receives_from_another_is_done_by_the_giver(events_of):
    assert on(events_of("The Dune Brigade received weapons from Kemaria."), "received") == \
        [("AID", "Kemaria", "Dune Brigade")]


def test_ministers_received_from_a_government_are_a_visit(events_of):
    found = on(events_of("The Dune Brigade received ministers from the Kemarian government."), "received")
    assert found and found[0][0] == "CONSULT" and found[0][2] == "Dune Brigade"


def test_an_arrest_warrant_for_a_person_is_coercion(events_of):
    found = on(events_of("A Vostrani court has issued an arrest warrant for Omar Haddad."), "warrant")
    assert found and found[0][0] == "COERCE" and found[0][2] == "Omar Haddad"


def test_claiming_that_an_actor_attacked_is_an_accusation(events_of):
    assert on(events_of("Kemaria claimed that Vostrana had attacked its border posts."), "claimed") == \
        [("ACCUSE", "Kemaria", "Vostrana")]


def test_claiming_something_peaceful_is_no_accusation(events_of):
    assert on(events_of("Kemaria claimed that Vostrana had won the vote."), "claimed") == []


def test_opposing_an_actor_is_disapproval(events_of):
    assert on(events_of("Kemaria opposed Vostrana at the summit."), "opposed") == \
        [("ACCUSE", "Kemaria", "Vostrana")]


def test_a_stated_intent_to_attack_is_a_threat(events_of):
    events = events_of("Kemaria plans to invade Vostrana.")
    assert on(events, "invade") == [("THREATEN", "Kemaria", "Vostrana")] and on(events, "plans") == []


def test_a_forecast_attack_is_no_threat(events_of):
    assert [kind for kind, _, _ in on(events_of("Kemaria will attack Vostrana, analysts said."), "attack")] != \
        ["THREATEN"]


def test_a_passive_that_will_not_help_is_no_refusal(events_of):
    events = events_of("The Kemari campaign would not be helped by the new tax proposals, Omar Haddad added.")
    assert [kind for kind, _, _ in on(events, "helped")] in ([], ["AID"])


def test_an_agreement_not_to_meet_is_no_refusal(events_of):
    assert [kind for kind, _, _ in on(events_of("Kemaria and Vostrana agreed not to discuss the border."),
                                      "discuss")] in ([], ["CONSULT"])


def test_permission_granted_is_a_concession_and_withheld_a_refusal(events_of):
    assert on(events_of("Kemaria granted permission to Vostrana to open a consulate."), "granted") == \
        [("CONCEDE", "Kemaria", "Vostrana")]
    assert on(events_of("Omar Haddad stated he will not grant permission to Vostrana to build a dam."), "grant") == \
        [("REJECT", "Omar Haddad", "Vostrana")]


def test_an_unknown_name_behind_from_owns_its_soldiers(events_of):
    found = on(events_of("Troops from Gondaria cordoned off the border villages on Monday."), "cordoned")
    assert found and found[0][:2] == ("COERCE", "Gondaria")


# --- BBC error classes: names, lists, claims, places, people ------------------------------------

def test_a_headline_surname_is_the_person_the_article_then_names_in_full(tmp_path):
    # the headline's "Haddock" is a mention of its own (the document repeats the surname of the
    # full name), which resolution joins to the person the article names in full
    article = tmp_path / "dam.txt"
    article.write_text("Haddock criticises Vostrana over dam\n\n"
                       "Former minister Lord Omar Haddock has criticised Vostrana over the dam.\n", encoding="utf-8")
    graph = newsgraph.build([article], out=tmp_path / "out")
    names = {a.id: a.name for a in graph.actors}
    (event,) = [e for e in graph.events if e["trigger"] == "criticises"]
    assert (event["type"], names[event["source"]], names[event["target"]]) == ("ACCUSE", "Omar Haddock", "Vostrana")


def test_the_subject_of_the_next_clause_is_no_second_target(events_of):
    events = events_of("Nadia Sorel gave $2m to the Tessaly Trust and singer Omar Haddad promised food "
                       "aid to the Dune Fund.")
    assert on(events, "gave") == []  # "give" names no event alone
    events = events_of("Nadia Sorel donated $2m to the Tessaly Trust and singer Omar Haddad promised food aid.")
    assert on(events, "donated") == [("AID", "Nadia Sorel", "Tessaly Trust")]


def test_an_event_only_claimed_is_weighed_as_hearsay(events_of):
    from newsgraph.events.confidence import DEFAULT_MIN_CONFIDENCE
    events = events_of("Omar Haddad dismissed claims of a clash between Kemaria and Vostrana on Monday.")
    clashes = [e for _, _, trigger, _, e in events if trigger == "clash"]
    assert clashes and all(e.confidence < DEFAULT_MIN_CONFIDENCE for e in clashes)


def test_a_name_the_model_calls_a_place_anywhere_in_the_story_is_a_destination(events_of):
    events = events_of("Foreign Secretary Omar Haddad will visit Belzow for the anniversary. "
                       "Thousands died at Belzow, a camp in the south.")
    visits = [e for _, _, trigger, _, e in events if trigger == "visit"]
    assert visits and all(e.confidence < 0.5 for e in visits)


def test_one_person_attacking_another_is_criticism(events_of):
    assert on(events_of("Omar Haddad attacked Nadia Sorel over the budget on Monday."), "attacked") == \
        [("ACCUSE", "Omar Haddad", "Nadia Sorel")]


def test_defectors_of_a_party_are_a_group_of_their_own(events_of):
    assert on(events_of("The Kemari Party may sue Dune Alliance defectors."), "sue") == \
        [("ACCUSE", "Kemari Party", "Dune Alliance defectors")]


def test_celebrating_with_another_actor_is_a_meeting_and_the_occasion_no_counterpart(events_of):
    assert on(events_of("Kemaria celebrated Easter with Vostrana at the border."), "celebrated") == \
        [("CONSULT", "Kemaria", "Vostrana")]
    assert on(events_of("Kemaria celebrated Vostrana's defeat."), "celebrated") == []


def test_a_with_phrase_hung_on_a_named_place_is_the_counterpart(events_of):
    assert on(events_of("Omar Haddad met in Belzow with Nadia Sorel."), "met") == \
        [("CONSULT", "Omar Haddad", "Nadia Sorel")]


def test_a_group_noun_after_an_unknown_name_stays_a_group_of_its_own(events_of):
    found = on(events_of("Dune Valley Orvan jihadists ambushed Kemaria on Monday."), "ambushed")
    assert found and found[0][1] == "Dune Valley Orvan jihadists"


def test_talks_between_two_sides_keep_the_second_side_when_the_parse_hangs_a_verb_on_them(events_of):
    events = events_of("The Orvan talks between the government and the Dune Front stalled last month.")
    assert any(target == "Dune Front" for _, _, target in on(events, "talks"))


# --- round 8: regret as disapproval ----------------------

def test_regretting_another_actors_decision_is_disapproval(events_of):
    found = on(events_of("Kemaria regretted Vostrana's decision to close the border."), "regretted")
    assert found == [("ACCUSE", "Kemaria", "Vostrana")]


def test_regretting_an_inconvenience_is_no_event(events_of):
    assert on(events_of("Nadia Sorel said she regretted the delay."), "regretted") == []
