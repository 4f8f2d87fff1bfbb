"""Argument resolution and sense constraints of the events stage (issue 17, fifth round), on
sentences written for the test (fictional actors), through the real parse."""

from __future__ import annotations

from newsgraph.events.confidence import DEFAULT_MIN_CONFIDENCE


def on(events, trigger):
    return [(kind, source, target) for kind, source, found, target, _ in events if found == trigger and kind]


def shown(events, trigger):
    return [(kind, source, target) for kind, source, found, target, event in events
            if found == trigger and kind and event.confidence >= DEFAULT_MIN_CONFIDENCE]


# --- arguments: coreference, appositions, coordinations -------------------------------------

def test_definite_role_noun_with_a_demonym_is_the_person_the_document_introduced(events_of):
    text = "Kemari leader Omar Haddad arrived in Tessaly on Monday. Nadia Sorel held talks with the Kemari leader."
    assert on(events_of(text), "talks") == [("CONSULT", "Nadia Sorel", "Omar Haddad")]


def test_title_words_pick_the_right_person(events_of):
    text = ("Prime Minister Omar Haddad and Finance Minister Nadia Sorel arrived. "
            "Tessaly accused the prime minister of lying.")
    assert on(events_of(text), "accused") == [("ACCUSE", "Tessaly", "Omar Haddad")]


def test_an_indefinite_role_noun_is_no_earlier_person_but_speaks_for_its_group(events_of):
    text = "Spokesman Rami Vell said so. A spokesman for the Dune Brigade called on Omar Haddad to resign."
    assert on(events_of(text), "called") == [("REQUEST", "Dune Brigade", "Omar Haddad")]


def test_apposition_names_the_actor_of_a_role_noun(events_of):
    assert on(events_of("Nadia Sorel praised her deputy, Omar Haddad, on Monday."), "praised") == \
        [("SUPPORT", "Nadia Sorel", "Omar Haddad")]


def test_two_people_read_as_one_name_become_one_event_each(events_of):
    text = "Nadia Sorel and Omar Haddad spoke. Haddad and Sorel were criticised by the Dune Brigade."
    found = on(events_of(text), "criticised")
    assert {(kind, source) for kind, source, _ in found} == {("ACCUSE", "Dune Brigade")}
    assert sorted(target.split()[-1] for _, _, target in found) == ["Haddad", "Sorel"]


def test_a_private_person_from_a_place_is_not_the_place(events_of):
    events = events_of("A man from Tessaly was arrested by Kemari police.")
    assert all(target is None for _, _, target in on(events, "arrested"))


def test_a_papers_journalist_is_not_the_paper(events_of):
    events = events_of("Nadia Sorel accused a Tessaly Gazette reporter of lying about her.")
    assert all(target is None for _, _, target in on(events, "accused"))
    assert on(events_of("Nadia Sorel accused the Tessaly Gazette of lying about her."), "accused") == \
        [("ACCUSE", "Nadia Sorel", "Tessaly Gazette")]


def test_receiving_verb_makes_its_subject_the_target(events_of):
    assert on(events_of("The Dune Brigade received aid from Kemaria."), "aid") == \
        [("AID", "Kemaria", "Dune Brigade")]


def test_meeting_someone_to_discuss_keeps_the_purpose_with_the_subject(events_of):
    events = events_of("Omar Haddad met Nadia Sorel to discuss the border.")
    assert on(events, "met") == [("CONSULT", "Omar Haddad", "Nadia Sorel")]
    assert not on(events, "discuss")


# --- senses as data -------------------------------------------------------------------------

def test_training_at_a_school_is_no_aid(events_of):
    assert not on(events_of("Omar Haddad trained at the Kemari Military Academy."), "trained")


def test_a_shot_with_someone_is_no_assault(events_of):
    assert not on(events_of("Omar Haddad shot hoops with students at the Kemari school."), "shot")


def test_visiting_a_website_of_a_person_is_no_visit(events_of):
    assert not on(events_of("Web users visited Omar Haddad's campaign website."), "visited")


def test_supplying_a_commodity_is_no_aid_but_supplying_weapons_is(events_of):
    assert not on(events_of("The Kemari firm Dalco will supply gas to Tessaly next year."), "supply")
    assert on(events_of("Kemaria supplied weapons to the Dune Brigade."), "supplied") == \
        [("AID", "Kemaria", "Dune Brigade")]


def test_rejecting_an_allegation_is_a_denial_not_a_rejection(events_of):
    text = "Omar Haddad rejected the allegation that Nadia Sorel had misled the Kemari parliament."
    assert not on(events_of(text), "rejected")


def test_a_preposition_before_the_verb_is_not_its_particle(events_of):
    text = "In the days before his arrest, Omar Haddad gave interviews to the Kemari Herald."
    assert not on(events_of(text), "gave")  # no "give in"


def test_shells_fired_at_a_target(events_of):
    assert on(events_of("Kemaria fired two shells at Tessaly on Monday."), "fired") == \
        [("ASSAULT", "Kemaria", "Tessaly")]


def test_an_event_someone_is_banned_from_is_hidden(events_of):
    assert not shown(events_of("The Dalco company was banned from suing Omar Haddad."), "suing")


def test_asking_someone_if_is_a_question_not_a_request(events_of):
    events = events_of("Omar Haddad was heard asking Nadia Sorel if she is a critic.")
    assert not on(events, "asking")
    assert on(events_of("Nadia Sorel asked Omar Haddad to resign."), "asked") == \
        [("REQUEST", "Nadia Sorel", "Omar Haddad")]


def test_providing_figures_is_no_aid(events_of):
    assert not on(events_of("The Dalco company provided the Kemari Herald with the figures."), "provided")


def test_an_actor_is_no_target_of_its_own_event(events_of):
    text = "Omar Haddad, the shadow chancellor, spoke. Mr Haddad accused the chancellor of using fancy statistics."
    assert all(source != target for _, source, target in on(events_of(text), "accused"))


def test_militias_named_by_their_people_are_a_group(events_of):
    found = on(events_of("Dozens of villagers were killed by Tessalian militias."), "killed")
    assert [(kind, source) for kind, source, _ in found] == [("ASSAULT", "Tessalian militias")]


def test_a_system_named_like_an_actor_is_a_thing(events_of):
    assert not on(events_of("The Dalco company has supported the operating system Kemix."), "supported")


def test_a_nationality_adjective_before_a_body_is_no_actor_to_show(events_of):
    events = events_of("The Dalco company asked a local Kemarian court to stop the strike.")
    assert not shown(events, "asked")


def test_the_mayor_of_the_city_of_a_place_stands_for_the_place(events_of):
    found = on(events_of("Kemaria on Wednesday released the mayor of the northern city of Tessaly."), "released")
    assert [(kind, target) for kind, _, target in found] == [("RETREAT", "Tessaly")]


def test_calling_someone_a_name_is_no_request(events_of):
    assert not on(events_of("Omar Haddad called the Dune Brigade a machine for talking about things."), "called")
    assert on(events_of("The Dune Brigade called on Omar Haddad to resign."), "called") == \
        [("REQUEST", "Dune Brigade", "Omar Haddad")]


def test_the_prime_minister_is_not_the_deputy_prime_minister(events_of):
    text = "Deputy Prime Minister Jon Prell and Omar Haddad spoke. Nadia Sorel accused the prime minister of lying."
    assert all(target != "Jon Prell" for _, _, target in on(events_of(text), "accused"))


def test_an_apposition_introduces_the_title(events_of):
    text = "Shadow chancellor Omar Haddad spoke. Jon Prell, the chancellor, replied. Haddad accused the chancellor of lying."
    assert on(events_of(text), "accused") == [("ACCUSE", "Haddad", "Jon Prell")]


def test_bombarded_with_requests_is_no_assault(events_of):
    assert not on(events_of("MPs bombarded Minister Omar Haddad with a barrage of requests."), "bombarded")
    assert on(events_of("Kemaria bombarded Tessaly with rockets."), "bombarded")


def test_a_named_model_of_a_company_is_not_shown_as_the_company(events_of):
    assert not shown(events_of("Rami Vell praised the Toyota Accura as the best car yet."), "praised")


def test_a_second_participle_shares_the_passive(events_of):
    found = on(events_of("Rami Vell, 21, was arrested and beheaded with his brother, Jon, in 1943."), "beheaded")
    assert [(kind, source) for kind, source, _ in found] == [("ASSAULT", None)]
    assert all(target in (None, "Rami Vell") for _, _, target in found)


def test_agreeing_about_what_happened_is_an_opinion(events_of):
    assert not on(events_of("Lord Haddad and Lord Prell agreed about what happened in practice."), "agreed")
    assert on(events_of("Kemaria and Tessaly agreed on a ceasefire."), "agreed")


def test_creditors_of_a_firm_are_a_group_of_their_own(events_of):
    text = "Dalco's creditors have threatened parent group Kemco with penalties if it fails to pay."
    assert [source for _, source, _ in on(events_of(text), "threatened")] == ["Dalco's creditors"]


def test_a_title_ending_in_a_name_is_that_person(events_of):
    text = "Kemari deputy minister for women Nadia Sorel accused the Dune Brigade of lying."
    assert on(events_of(text), "accused") == [("ACCUSE", "Nadia Sorel", "Dune Brigade")]


def test_a_visit_to_a_city_is_a_trip_but_a_visit_to_a_country_meets_its_state(events_of):
    # "not_places" in the lexicon: the destination of a visit is an actor only as a country;
    # a city visited is kept in the graph as a destination, below the default confidence
    trip = events_of("Prime Minister Tony Blair visited Sheffield on Monday.")
    assert on(trip, "visited") == [("CONSULT", "Tony Blair", "Sheffield")] and shown(trip, "visited") == []
    assert shown(events_of("Prime Minister Tony Blair visited China on Monday."), "visited") == \
        [("CONSULT", "Tony Blair", "China")]
