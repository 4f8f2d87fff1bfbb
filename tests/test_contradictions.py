"""Contradictions on synthetic records: denials, cooperation against conflict in one period,
and declined comments; plus the PLOVER quad table they rest on."""

from __future__ import annotations

from newsgraph.graph.contradictions import ContradictionSettings, find_contradictions
from newsgraph.plover import Plover


def claim(claim_id, doc, text, speaker, stance="assert", sentence=0, start=0, **extra) -> dict:
    record = {"id": claim_id, "doc": doc, "start": start, "end": start + len(text), "text": text,
              "speaker": speaker, "speaker_text": speaker, "speaker_affiliation": None,
              "anonymous": False, "stance": stance, "parent": None, "sentence": sentence, "kind": "indirect"}
    return {**record, **extra}


def event(event_id, doc, source, target, type_, value=None, mode="asserted", claim_id=None,
          text="", sentence=0, start=0, negated=False) -> dict:
    return {"id": event_id, "doc": doc, "start": start, "end": start + max(len(text), 1), "text": text,
            "type": type_, "source": source, "target": target, "mode": mode, "negated": negated,
            "time": {"text": value, "value": value} if value else None, "claim": claim_id, "sentence": sentence}


def mention(actor, doc, start, end) -> dict:
    return {"actor": actor, "doc": doc, "start": start, "end": end}


def kinds(found) -> list[tuple[str, list[str]]]:
    return [(c["kind"], c["items"]) for c in found]


def test_plover_has_sixteen_types_in_four_quads():
    plover = Plover.from_data()
    assert len(plover.types) == 16
    assert set(plover.types.values()) == {"verbal_cooperation", "material_cooperation",
                                           "verbal_conflict", "material_conflict"}
    assert plover.side("CONSULT") == "cooperation" and plover.side("COERCE") == "conflict"
    assert plover.quad("RETREAT") == "material_cooperation" and plover.side(None) is None


def test_plover_user_file_extends_the_table(tmp_path):
    extra = tmp_path / "plover.yaml"
    extra.write_text("types:\n  HOST: {quad: verbal_cooperation, description: host a visit}\n")
    assert Plover.from_data([extra]).side("HOST") == "cooperation"


# --- (a) denial ---------------------------------------------------------------------------------

ASSERTED = "Hamas has been paying the Sinai group to smuggle weapons through the tunnels"
DENIED = "Hamas never paid the Sinai group to smuggle weapons through tunnels"


def test_a_denial_of_the_same_content_about_the_same_actor():
    claims = [claim("c1", "d1", ASSERTED, "institute"), claim("c2", "d2", DENIED, "hamas", stance="deny")]
    mentions = [mention("hamas", "d1", 0, 5), mention("hamas", "d2", 0, 5)]
    found = find_contradictions([], claims, mentions=mentions)
    assert kinds(found) == [("denial", ["c1", "c2"])]
    assert found[0]["actors"] == ["hamas"] and found[0]["overlap"] >= 0.5


def test_a_denial_of_an_asserted_event():
    events = [event("e1", "d1", "hamas", "sinai", "AID", text=ASSERTED)]
    claims = [claim("c2", "d2", DENIED, "hamas", stance="deny")]
    assert kinds(find_contradictions(events, claims)) == [("denial", ["e1", "c2"])]


def test_no_denial_without_shared_actor_or_shared_content():
    other_actor = [claim("c1", "d1", ASSERTED, "institute"), claim("c2", "d2", DENIED, "egypt", stance="deny")]
    assert find_contradictions([], other_actor) == []
    other_content = [claim("c1", "d1", "Hamas opened a new school in the southern district", "mayor"),
                     claim("c2", "d2", DENIED, "hamas", stance="deny")]
    mentions = [mention("hamas", "d1", 0, 5)]
    assert find_contradictions([], other_content, mentions=mentions) == []


def test_the_denied_events_inside_the_denial_are_not_its_contradiction():
    claims = [claim("c2", "d2", DENIED, "hamas", stance="deny")]
    events = [event("e1", "d2", "hamas", "sinai", "AID", mode="denied", claim_id="c2", text=DENIED),
              event("e2", "d2", "hamas", "sinai", "AID", claim_id="c2", text=DENIED)]
    assert find_contradictions(events, claims) == []


def test_a_denial_that_points_back_takes_the_nearest_assertion_before_it():
    claims = [claim("c0", "d1", "Hamas built a stadium", "reporter", sentence=1, start=10),
              claim("c1", "d1", "an IS commander met Hamas leaders in Gaza", "channel-2", sentence=4, start=200),
              claim("c2", "d1", "the report", "hamas", stance="deny", sentence=5, start=300)]
    mentions = [mention("hamas", "d1", 10, 15), mention("hamas", "d1", 225, 230)]
    assert kinds(find_contradictions([], claims, mentions=mentions)) == [("denial", ["c1", "c2"])]


# --- (b) cooperation against conflict -------------------------------------------------------

def test_cooperation_and_conflict_of_one_pair_in_one_period():
    events = [event("e1", "d1", "hamas", "egypt", "CONSULT", "2016-01-03"),
              event("e2", "d2", "egypt", "hamas", "COERCE", "2016-01-20"),
              event("e3", "d3", "hamas", "egypt", "AGREE", "2016-06-01"),
              event("e4", "d3", "hamas", "israel", "ASSAULT", "2016-01-05")]
    found = find_contradictions(events, [])
    assert kinds(found) == [("cooperation_vs_conflict", ["e1", "e2"])]
    assert found[0]["actors"] == ["egypt", "hamas"]
    assert found[0]["cooperation"] == ["e1"] and found[0]["conflict"] == ["e2"]
    assert found[0]["period"] == ["2016-01-03", "2016-01-20"]


def test_undated_events_take_their_documents_date_or_are_left_out():
    events = [event("e1", "d1", "hamas", "egypt", "COOPERATE"), event("e2", "d2", "hamas", "egypt", "ACCUSE"),
              event("e3", "d3", "hamas", "egypt", "THREATEN")]
    documents = [{"id": "d1", "published": "2016-01-05"}, {"id": "d2", "published": "2016-01-09"},
                 {"id": "d3", "published": None}]
    assert kinds(find_contradictions(events, [], documents=documents)) == [("cooperation_vs_conflict", ["e1", "e2"])]


def test_hypothetical_negated_and_far_apart_events_do_not_contradict():
    events = [event("e1", "d1", "hamas", "egypt", "AGREE", "2016-01-03", mode="hypothetical"),
              event("e2", "d1", "hamas", "egypt", "AGREE", "2016-01-03", negated=True),
              event("e3", "d2", "egypt", "hamas", "COERCE", "2016-01-04"),
              event("e4", "d3", "hamas", "egypt", "AGREE", "2016-09-01")]
    assert find_contradictions(events, []) == []
    assert find_contradictions(events, [], settings=ContradictionSettings(period_days=400)) != []


# --- (c) declined comment ---------------------------------------------------------------------

def test_a_claim_and_its_subject_declining_to_comment():
    claims = [claim("c1", "d1", "Hamas is negotiating a truce with the Salafist groups", "sources", start=0),
              claim("c2", "d1", "on the report", "hamas", stance="decline_comment", start=400),
              claim("c3", "d1", "Hamas was blamed", "hamas", start=600)]
    mentions = [mention("hamas", "d1", 0, 5), mention("hamas", "d1", 600, 605)]
    found = find_contradictions([], claims, mentions=mentions)
    assert kinds(found) == [("declined_comment", ["c1", "c2"])]
    assert found[0]["actors"] == ["hamas"]


def test_a_decline_in_another_document_needs_the_same_content():
    claims = [claim("c1", "d1", "Hamas is negotiating a truce with the Salafist groups", "sources"),
              claim("c2", "d2", "on the talks", "hamas", stance="decline_comment"),
              claim("c3", "d3", "on the Salafist truce negotiations", "hamas", stance="decline_comment")]
    mentions = [mention("hamas", "d1", 0, 5)]
    assert kinds(find_contradictions([], claims, mentions=mentions)) == [("declined_comment", ["c1", "c3"])]


def test_affiliation_of_an_anonymous_decliner_is_its_subject():
    claims = [claim("c1", "d1", "Hamas is negotiating a truce with the Salafist groups", "sources"),
              claim("c2", "d1", "on the report", None, stance="decline_comment", anonymous=True,
                    speaker_affiliation="hamas")]
    mentions = [mention("hamas", "d1", 0, 5)]
    assert kinds(find_contradictions([], claims, mentions=mentions)) == [("declined_comment", ["c1", "c2"])]


def test_nothing_in_nothing_out():
    assert find_contradictions([], []) == []


def test_the_denial_verb_itself_is_not_what_the_denial_contradicts():
    from newsgraph.graph.contradictions import _is_the_act_of

    denial = {"id": "d:c1", "doc": "d", "cue_span": [6, 12]}
    assert _is_the_act_of({"id": "d:e1", "doc": "d", "trigger_span": [6, 12]}, denial)
    assert not _is_the_act_of({"id": "d:e2", "doc": "d", "trigger_span": [30, 36]}, denial)
    assert not _is_the_act_of({"id": "x:e1", "doc": "x", "trigger_span": [6, 12]}, denial)
