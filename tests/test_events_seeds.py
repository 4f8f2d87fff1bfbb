"""Acceptance of the events stage on the seed corpus (read from ../shared/corpus/seeds).

Actors are found through the mentions that name them, never by id, so the tests do not
depend on how the resolver names actors.
"""

from __future__ import annotations

import pytest

import newsgraph


@pytest.fixture(scope="module")
def seeds(seeds_dir, tmp_path_factory):
    return newsgraph.build([seeds_dir], out=tmp_path_factory.mktemp("events-seeds") / "out")


def actor_of(graph, text):
    ids = {m["actor"] for m in graph.mentions if m["text"] == text}
    assert len(ids) == 1, f"{text!r}: {sorted(ids)}"
    return ids.pop()


def events_with(graph, trigger, source=None, target=None):
    found = [e for e in graph.events if e["trigger"].lower() == trigger
             and (source is None or e["source"] == source) and (target is None or e["target"] == target)]
    assert found, f"no {trigger!r} event from {source} to {target}: " + repr(
        [(e["source"], e["target"]) for e in graph.events if e["trigger"].lower() == trigger])
    return found


def test_idf_retaliation_against_hamas(seeds):
    idf, hamas = actor_of(seeds, "Israel Defense Forces"), actor_of(seeds, "Hamas")
    (event,) = events_with(seeds, "retaliated", idf, hamas)
    assert event["type"] == "ASSAULT" and event["target_text"] == "two Hamas targets"


def test_hamas_arresting_salafists(seeds):
    hamas = actor_of(seeds, "Hamas")
    arrests = [e for e in seeds.events if e["type"] == "COERCE" and e["subtype"] == "arrest" and e["source"] == hamas]
    targets = {e["target_text"] for e in arrests}
    assert any("Salafist" in (t or "") or "jihadist" in (t or "") for t in targets), targets
    assert any("Salafist" in (m["text"]) for e in arrests if e["target"]
               for m in seeds.mentions if m["actor"] == e["target"])


def test_is_sinai_helping_hamas_move_weapons(seeds):
    sinai, hamas = actor_of(seeds, "IS Sinai"), actor_of(seeds, "Hamas")
    events = events_with(seeds, "helped", sinai, hamas)
    assert {e["type"] for e in events} == {"AID"}
    assert {e["time"]["value"] for e in events} == {"P2Y"}


def test_wilayat_sinai_intercepting_a_hamas_arms_shipment(seeds):
    sinai, hamas = actor_of(seeds, "Wilayat Sinai"), actor_of(seeds, "Hamas")
    (event,) = events_with(seeds, "intercepted", sinai, hamas)
    assert (event["type"], event["subtype"]) == ("COERCE", "seize")
    assert event["target_text"] == "a Hamas arms shipment"


def test_abu_marzook_traveling_to_egypt_to_meet_officials(seeds):
    marzook, egypt = actor_of(seeds, "Mousa Abu Marzook"), actor_of(seeds, "Egypt")
    (visit,) = events_with(seeds, "traveled", marzook, egypt)
    assert (visit["type"], visit["subtype"]) == ("CONSULT", "visit")
    (meet,) = events_with(seeds, "meet", marzook)
    assert meet["type"] == "CONSULT" and meet["target_text"] == "senior intelligence officials"


def test_killing_of_maqdisi_by_hamas_forces_from_a_passive(seeds):
    hamas, maqdisi = actor_of(seeds, "Hamas"), actor_of(seeds, "Imam Abu Noor al-Maqdisi")
    events = events_with(seeds, "killed", hamas, maqdisi)
    assert {(e["type"], e["subtype"], e["rule"], e["target_text"]) for e in events} == {
        ("ASSAULT", "kill", "passive", "he")}
    assert {e["time"]["value"] for e in events} == {"2009-08-15"}


def test_every_event_points_to_its_sentence(seeds):
    texts = {d["id"]: d["text"] for d in seeds.documents}
    assert seeds.events
    for event in seeds.events:
        assert texts[event["doc"]][event["start"]:event["end"]] == event["text"]
        start, end = event["trigger_span"]
        assert texts[event["doc"]][start:end] == event["trigger"]
        if event["source_span"]:
            assert texts[event["doc"]][slice(*event["source_span"])] == event["source_text"]


def test_relations_carry_their_events_and_balance(seeds):
    sinai, hamas = actor_of(seeds, "IS Sinai"), actor_of(seeds, "Hamas")
    (aid,) = [r for r in seeds.relations if (r["source"], r["target"], r["type"]) == (sinai, hamas, "AID")]
    assert aid["documents"] == 2 and aid["quad"] == "material_cooperation"
    # both documents print the same recycled think-tank paragraph: one source, not two
    assert aid["independent_sources"] == 1
    (pair,) = [p for p in seeds.pairs if {p["a"], p["b"]} == {sinai, hamas}]
    assert pair["cooperation"] > pair["conflict"]


# The key events of issue 17, each with its source and target (found by the actors' names).

def test_hamas_clashing_with_isis_supporters_behind_a_light_verb(seeds):
    hamas, supporters = actor_of(seeds, "Hamas"), actor_of(seeds, "ISIS supporters")
    events = events_with(seeds, "clashes", hamas, supporters)
    assert {(e["type"], e["subtype"]) for e in events} == {("ASSAULT", "clash")}


def test_isis_declaring_war_on_israel_and_on_hamas(seeds):
    isis = actor_of(seeds, "ISIS")
    for target in (actor_of(seeds, "Israel"), actor_of(seeds, "Hamas")):
        events = events_with(seeds, "declared", isis, target)
        assert {(e["type"], e["subtype"]) for e in events} == {("THREATEN", "declare-war")}


def test_hamas_providing_training_to_is_sinai_fighters(seeds):
    hamas, fighters = actor_of(seeds, "Hamas"), actor_of(seeds, "IS Sinai fighters")
    (event,) = events_with(seeds, "provided", hamas, fighters)
    assert (event["type"], event["subtype"]) == ("AID", "military")
    assert event["target_text"] == "IS Sinai fighters"


def test_jihadists_demanding_release_of_men_held_by_hamas(seeds):
    jihadists, hamas = actor_of(seeds, "Wilayat Sinai jihadists"), actor_of(seeds, "Hamas")
    (event,) = events_with(seeds, "demand", jihadists, hamas)
    assert event["type"] == "REQUEST"


def test_appeal_to_the_leader_just_addressed_by_name(seeds):
    muhajir, baghdadi = actor_of(seeds, "Al-Muhajir"), actor_of(seeds, "Abu Bakr al-Baghdadi")
    (event,) = events_with(seeds, "appeals", muhajir, baghdadi)
    assert event["type"] == "REQUEST" and event["target_text"] == "his leader"


def test_no_warning_read_as_a_threat(seeds):
    threats = [e for e in seeds.events if e["type"] == "THREATEN"]
    assert threats  # the seeds do hold threats: a declaration of war, "threatens"
    warnings = [e["trigger"] for e in threats if e["trigger"].lower().startswith(("warn", "caution", "predict", "fear"))]
    assert not warnings
