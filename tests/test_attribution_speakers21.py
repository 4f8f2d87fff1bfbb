"""Claim speakers, round 20 short (issue 19, branch spk21): an "according to X" that sources an
agentless passive, a hyphen typed as a dash closing the speaker phrase, and a place that only
opens a paper's name. Short fictional sentences written here."""

from __future__ import annotations


def name(result, index):
    return result.mentions[index].text if index is not None else None


def test_according_to_sources_an_agentless_passive(analyze):
    result = analyze("Sales of tablets rose last year. It is estimated that 40% of pensioners own one, "
                     "according to Valdor Research, but younger buyers still lead.")
    assert not [c for c in result.claims if c.anonymous and "pensioners" in c.text], \
        [(c.speaker_text, c.cue, c.text) for c in result.claims]
    sourced = [c for c in result.claims if c.cue == "according to"]
    assert len(sourced) == 1 and name(result, sourced[0].speaker) == "Valdor Research"
    assert sourced[0].text.startswith("40% of pensioners")  # the reporter's "it is estimated that" is not X's


def test_a_spaced_hyphen_closes_the_speaker_phrase(analyze):
    result = analyze("But Kessel Bank - which has a 20% share of the Irish mortgage market - said that "
                     "while growth was slowing, demand was strong.")
    found = [c for c in result.claims if c.cue == "said"]
    assert len(found) == 1 and found[0].speaker_text == "Kessel Bank", [(c.speaker_text, c.cue) for c in found]
    assert name(result, found[0].speaker) == "Kessel Bank"


def test_a_place_opening_a_papers_name_is_not_the_speaker(analyze):
    result = analyze("The mill was sold in March. The firm made a loss of $4m last year, the Denver Ledger reports.")
    found = [c for c in result.claims if c.cue == "reports"]
    assert len(found) == 1, [(c.speaker_text, c.cue) for c in result.claims]
    assert name(result, found[0].speaker) != "Denver"


def test_a_spaced_hyphen_before_names_keeps_them(analyze):
    result = analyze("Two of the biggest lenders in Norland - Kessel Bank and Valdor Trust - said rates would rise.")
    found = [c for c in result.claims if c.cue == "said"]
    assert len(found) == 1 and "Kessel Bank" in found[0].speaker_text, [(c.speaker_text, c.cue) for c in found]
