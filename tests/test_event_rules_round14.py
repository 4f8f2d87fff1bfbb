"""Event rules of the fourteenth round (issue 17 follow-ups found by the v0.10 judges): a
to-clause that belongs to a plan noun, documents signed, districts visited, a long body's
director named after it; on sentences written for the test (fictional actors)."""

from __future__ import annotations


def on(events, trigger):
    return [(kind, source, target) for kind, source, found, target, _ in events if found == trigger and kind]


def test_a_to_clause_of_a_plan_does_not_take_the_worried_subject(events_of):
    text = ("Sir Gareth was among those worried about plans, backed by Norland, to lift the trade ban "
            "imposed on Vestria after the riots.")
    assert all(source != "Gareth" for _, source, _ in on(events_of(text), "lift"))


def test_a_purpose_clause_keeps_its_subject(events_of):
    found = on(events_of("Sir Gareth was in Vestria to meet President Orlo."), "meet")
    assert found == [("CONSULT", "Gareth", "Orlo")]


def test_the_document_signed_is_no_counterpart(events_of):
    found = on(events_of("While Norland has signed the Charter, it has never ratified it."), "signed")
    assert all(target is None for _, _, target in found)


def test_a_deal_signed_with_a_state_keeps_the_state(events_of):
    found = on(events_of("Norland signed a deal with Vestria."), "signed")
    assert found == [("AGREE", "Norland", "Vestria")]


def test_the_director_named_after_a_long_body_name_is_the_source(events_of):
    text = ("But the director of the Orrin Society of Victims of Crime, Tom Baxley, accused Judge Kestrel "
            "of contempt.")
    assert on(events_of(text), "accused") == [("ACCUSE", "Tom Baxley", "Kestrel")]


def test_visiting_a_constituency_is_no_meeting(analyze):
    result = analyze("On Tuesday Mr Kendall will visit Derby North, where Labour MP Sam Pike won the seat last year.")
    visits = [e for e in result.events if e.trigger == "visit"]
    assert visits and all(e.confidence < 0.5 for e in visits)


def test_a_headline_noun_read_as_a_singular_verb_after_two_names_is_no_event(events_of):
    text = "Kemaria and Vostrana in WTO talks\n\nThe World Trade Organization has opened talks with Kemaria and Vostrana."
    found = on(events_of(text), "talks")
    assert ("CONSULT", "Kemaria", "Vostrana") not in found
    assert ("CONSULT", "World Trade Organization", "Kemaria") in found


def test_a_plural_verb_after_two_names_is_still_their_event(events_of):
    found = on(events_of("Kemaria and Vostrana sign border deal\n\nThe two states signed a deal."), "sign")
    assert found == [("AGREE", "Kemaria", "Vostrana")]


def test_one_councillor_of_a_party_does_not_stand_for_the_party(events_of):
    found = on(events_of("A Labour councillor has also defended Mr Brell."), "defended")
    assert all(source != "Labour" for _, source, _ in found)


def test_a_partys_spokesman_and_a_groups_commander_still_stand_for_it(events_of):
    assert on(events_of("A Labour spokesman criticised Mr Brell."), "criticised") == [("ACCUSE", "Labour", "Mr Brell")]
    assert on(events_of("A Hamas commander threatened Israel."), "threatened") == [("THREATEN", "Hamas", "Israel")]


def test_a_deal_signed_is_one_agreement_not_two(events_of):
    found = [(kind, source, trigger, target) for kind, source, trigger, target, _ in events_of(
        "Norland signed a deal with Vestria.") if kind]
    assert found == [("AGREE", "Norland", "signed", "Vestria")]


def test_a_deal_rejected_is_still_the_deal_noun_apart_from_the_rejection(events_of):
    kinds = sorted(kind for kind, *_ in events_of("Norland rejected a deal with Vestria.") if kind)
    assert kinds == ["AGREE", "REJECT"]


def test_a_firm_named_with_a_possessive_keeps_it_before_a_verb(analyze):
    result = analyze("Kellan's said on Monday it would cut jobs.")
    assert [m.text for m in result.mentions if m.label == "ORG"] == ["Kellan's"]
    result = analyze("Vodafone's profits rose in the quarter.")
    assert [m.text for m in result.mentions if m.label == "ORG"] == ["Vodafone"]  # an owner before its noun
