"""Word senses, argument constructions and confidence of the events stage, on sentences
written for the test (fictional actors), through the real parse."""

from __future__ import annotations

import pytest

from newsgraph.errors import NewsgraphError
from newsgraph.events.confidence import DEFAULT_MIN_CONFIDENCE
from newsgraph.events.lexicon import EventLexicon, compile_lexicon, merge_tables
from newsgraph.graph.relations import build_relations, evidence_confidence


def typed(events, trigger):
    return [item for item in events if item[2] == trigger and item[0] is not None]


# --- senses ---------------------------------------------------------------------------------


def test_warn_as_caution_is_no_threat(events_of):
    events = events_of("Omar Haddad warned that fuel prices in Kemaria could rise next year.")
    assert typed(events, "warned") == []


def test_warn_with_the_threatened_action_is_a_threat(events_of):
    (found,) = typed(events_of("Omar Haddad warned Vostrana of retaliation."), "warned")
    assert (found[0], found[1]) == ("THREATEN", "Omar Haddad")
    (found,) = typed(events_of("Omar Haddad warned that Kemaria would strike if Vostrana moved its troops."),
                     "warned")
    assert found[0] == "THREATEN"


def test_agreeing_with_a_view_is_an_opinion_not_an_agreement(events_of):
    assert typed(events_of("Omar Haddad agreed that the Kemari plan was fair."), "agreed") == []
    (found,) = typed(events_of("Kemaria agreed to a ceasefire with Vostrana."), "agreed")
    assert found[0] == "AGREE"


def test_refusing_to_say_and_denying_a_report_are_no_rejection(events_of):
    events = events_of("Omar Haddad refused to say whether Kemaria had paid Vostrana. "
                       "The Kemari embassy denied a report about Vostrana.")
    assert typed(events, "refused") == [] and typed(events, "denied") == []


def test_denying_a_request_is_a_rejection(events_of):
    (found,) = typed(events_of("Kemaria denied the Vostran request for access."), "denied")
    assert (found[0], found[1]) == ("REJECT", "Kemaria")


def test_a_lawsuit_is_an_accusation(events_of):
    (found,) = typed(events_of("Omar Haddad sued the Tessaly Front in March."), "sued")
    assert (found[0], found[1], found[3]) == ("ACCUSE", "Omar Haddad", "Tessaly Front")


def test_help_needs_an_actor_to_help(events_of):
    assert typed(events_of("The new rules helped the economy of Kemaria."), "helped") == []
    (found,) = typed(events_of("The Tessaly Front helped Omar Haddad."), "helped")
    assert (found[0], found[1], found[3]) == ("AID", "Tessaly Front", "Omar Haddad")


def test_releasing_a_product_is_no_release(events_of):
    assert typed(events_of("Kemaria Telecom released a new phone on Monday."), "released") == []
    (found,) = typed(events_of("The Tessaly Front released Omar Haddad on Monday."), "released")
    assert (found[0], found[4].subtype, found[3]) == ("RETREAT", "release", "Omar Haddad")


def test_signing_up_and_player_contracts_are_no_agreement(events_of):
    assert typed(events_of("Millions of customers in Kemaria signed up to the Vostran service."), "signed") == []
    (found,) = typed(events_of("Kemaria signed a peace accord with Vostrana."), "signed")
    assert (found[0], found[1], found[3]) == ("AGREE", "Kemaria", "Vostrana")


def test_a_storm_is_no_actor(events_of):
    events = events_of("Hurricane Ivan killed four people in Kemaria on Monday.")
    assert typed(events, "killed") == []


MATCH_REPORT = ("Kemaria beat Vostrana 3-1 in the cup final on Saturday. The striker scored two goals "
                "before half-time and the coach praised the squad. Kemaria attacked from the start of the match, "
                "and the team met Vostrana again in the league. Fans in the stadium celebrated the title.")


def test_sport_senses_make_no_political_events(events_of):
    events = events_of(MATCH_REPORT)
    assert typed(events, "attacked") == [] and typed(events, "met") == []
    assert [e for e in events if e[2] == "beat"] == []  # a result is no interaction


ELECTION_REPORT = ("The Kemari Labour leader will attack the Conservatives in a speech on Monday. The party "
                   "hopes the election campaign will win back voters, and its candidates say the poll "
                   "is close. The minister said the government policy would help voters before the vote.")


def test_attack_in_an_election_report_is_criticism(events_of):
    (found,) = typed(events_of(ELECTION_REPORT), "attack")
    assert (found[0], found[4].subtype) == ("ACCUSE", "criticize")


# --- constructions --------------------------------------------------------------------------


def test_light_verb_engage_in_clashes_with(events_of):
    (found,) = typed(events_of("In May, the Tessaly Front engaged in deadly clashes with Kemari police."), "clashes")
    assert (found[0], found[1]) == ("ASSAULT", "Tessaly Front")
    assert "Kemari" in found[3]


def test_light_verb_hold_talks_with(events_of):
    (found,) = typed(events_of("Kemaria held talks with Vostrana on Monday."), "talks")
    assert (found[0], found[1], found[3]) == ("CONSULT", "Kemaria", "Vostrana")


def test_declare_war_on_gives_the_target_in_the_nouns_preposition(events_of):
    events = typed(events_of("The Tessaly Front declared war on Kemaria and Vostrana."), "declared")
    assert {(e[0], e[1], e[3]) for e in events} == {("THREATEN", "Tessaly Front", "Kemaria"),
                                                   ("THREATEN", "Tessaly Front", "Vostrana")}


def test_sanctions_against_an_actor(events_of):
    (found,) = typed(events_of("Kemaria imposed sanctions against Vostrana."), "imposed")
    assert (found[0], found[1], found[3]) == ("SANCTION", "Kemaria", "Vostrana")


def test_restore_ties_between_unknown_names(events_of):
    # names no model knows, in an actor's position, are actors
    (found,) = typed(events_of("Arnavia is about to restore full diplomatic ties with Grelland."), "restore")
    assert (found[0], found[1], found[3]) == ("COOPERATE", "Arnavia", "Grelland")


def test_demanding_the_release_of_people_held_by_an_actor_targets_that_actor(events_of):
    (found,) = typed(events_of("Vostrana demanded the release of the prisoners held by the Tessaly Front."),
                     "demanded")
    assert (found[0], found[1], found[3]) == ("REQUEST", "Vostrana", "Tessaly Front")


def test_refusing_to_act_on_an_actor_targets_that_actor(events_of):
    (found,) = typed(events_of("Kemaria refused to recognize Vostrana."), "refused")
    assert (found[0], found[1], found[3]) == ("REJECT", "Kemaria", "Vostrana")


# --- confidence ----------------------------------------------------------------------------


def test_every_event_has_a_confidence_and_named_arguments_weigh_more(events_of):
    events = events_of("The Tessaly Front arrested Omar Haddad. Later they were arrested in the north.")
    by_trigger = {e[2] + str(e[4].trigger_span[0]): e[4] for e in events}
    assert all(0 <= e.confidence <= 1 for e in by_trigger.values())
    named = next(e for e in by_trigger.values() if e.source is not None and e.target is not None)
    assert named.confidence >= DEFAULT_MIN_CONFIDENCE
    assert all(e.confidence < named.confidence for e in by_trigger.values() if e.source is None or e.target is None)


def test_sport_domain_lowers_every_event(events_of):
    plain = typed(events_of("The Tessaly Front arrested Omar Haddad."), "arrested")[0][4]
    sport = typed(events_of("The Tessaly Front arrested Omar Haddad. " + MATCH_REPORT), "arrested")[0][4]
    assert sport.confidence < plain.confidence


def test_an_event_told_only_in_a_claim_weighs_less(events_of):
    plain = typed(events_of("The Tessaly Front arrested Omar Haddad."), "arrested")[0][4]
    claimed = typed(events_of("Vostrana said the Tessaly Front arrested Omar Haddad."), "arrested")[0][4]
    assert claimed.claim is not None and claimed.confidence < plain.confidence


def test_relation_confidence_is_the_noisy_or_of_its_independent_origins():
    assert evidence_confidence([0.5, 0.5]) == 0.75
    assert evidence_confidence([]) == 0.0

    def aid(doc: str, number: int, confidence: float) -> dict:
        return {"id": f"{doc}:e{number}", "doc": doc, "source": "a", "target": "b", "type": "AID",
                "mode": "asserted", "negated": False, "time": None, "confidence": confidence}

    quads = {"AID": "material_cooperation"}
    (two_sources,) = build_relations([aid("d1", 0, 0.6), aid("d2", 0, 0.5)], quads)
    assert (two_sources["independent_sources"], two_sources["confidence"]) == (2, 0.8)
    # one origin telling it twice is as sure as its surer telling, no surer
    (one_source,) = build_relations([aid("d1", 0, 0.6), aid("d1", 1, 0.5)], quads)
    assert (one_source["independent_sources"], one_source["confidence"]) == (1, 0.6)


# --- the lexicon as data --------------------------------------------------------------------


def test_sense_entries_load_and_bad_roles_are_refused():
    lexicon = EventLexicon.from_data()
    warn = lexicon.verbs["warn"]
    assert warn.type == "THREATEN" and "retaliation" in warn.sense.complement and "source" in warn.sense.requires
    from newsgraph.data import load_yaml

    tables = load_yaml("event_lexicon.yaml")
    merge_tables(tables, {"verbs": {"outflank": {"type": "ASSAULT", "requires": ["victim"]}}})
    with pytest.raises(NewsgraphError):
        compile_lexicon(tables)


def test_two_actors_agreeing_that_is_an_agreement_between_them(events_of):
    (found,) = typed(events_of("Kemaria and Vostrana agree that the border dispute should be settled by arbitration."),
                     "agree")
    assert (found[0], found[1], found[3]) == ("AGREE", "Kemaria", "Vostrana")


def test_at_names_a_target_only_without_another_one(events_of):
    (found,) = typed(events_of("The Tessaly Front fired two rockets at Kemaria on Thursday."), "fired")
    assert (found[0], found[1], found[3]) == ("ASSAULT", "Tessaly Front", "Kemaria")
    events = typed(events_of("Omar Haddad teamed up with Nadia Sorel at the University of Vostrana."), "teamed")
    assert {(e[0], e[1], e[3]) for e in events} == {("COOPERATE", "Omar Haddad", "Nadia Sorel")}


def test_light_verb_with_its_object_as_the_target(events_of):
    (found,) = typed(events_of("Tessaly Front rebels engaged Kemari peacekeepers in a firefight on Saturday."),
                     "firefight")
    assert found[0] == "ASSAULT" and "Kemari" in found[3] and "Tessaly" in found[1]


def test_a_threat_word_deep_in_a_long_clause_makes_no_threat(events_of):
    text = ("Omar Haddad warned Vostrana that the plan could be unlawful and that it would be safer "
            "to seek a second resolution sanctioning military action.")
    assert typed(events_of(text), "warned") == []


def test_a_verb_and_object_entry_names_one_event_not_two(events_of):
    events = events_of("The Tessaly Front declared war on Kemaria.")
    assert [(e[0], e[2]) for e in events if e[0]] == [("THREATEN", "declared")]


@pytest.mark.parametrize("text, trigger, expected", [
    ("Kemaria is conducting military exercises near the border.", "conducting", ("MOBILIZE", "Kemaria", None)),
    ("The Tessaly Front launched missiles at Kemaria.", "launched", ("ASSAULT", "Tessaly Front", "Kemaria")),
    ("Vostrana presented evidence against Kemaria.", "presented", ("ACCUSE", "Vostrana", "Kemaria")),
    ("Omar Haddad is being pressured by Kemaria to resign.", "pressured", ("REQUEST", "Kemaria", "Omar Haddad")),
    ("Kemaria lifted sanctions on Vostrana.", "lifted", ("RETREAT", "Kemaria", "Vostrana")),
    ("Kemaria cut ties with Vostrana.", "cut", ("SANCTION", "Kemaria", "Vostrana")),
])
def test_plover_coverage_entries(events_of, text, trigger, expected):
    (found,) = typed(events_of(text), trigger)
    assert (found[0], found[1], found[3]) == expected


def test_attack_in_a_war_report_with_leaders_and_ministers_stays_an_assault(events_of):
    text = ("The leader of the Dune Brigade militia threatened to attack Tessaly Front positions. The defence "
            "minister said the government and the opposition party would meet the militia leader on Friday.")
    (found,) = typed(events_of(text), "attack")
    assert found[0] == "ASSAULT"


def test_a_short_form_of_a_name_given_in_full_is_that_actor(events_of):
    events = events_of("Nadia Sorel leads the Dune Brigade. Later Sorel accused Vostrana of lying.")
    (found,) = typed(events, "accused")
    assert (found[0], found[1], found[3]) == ("ACCUSE", "Nadia Sorel", "Vostrana")
