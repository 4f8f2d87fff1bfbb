"""Round 30 (sense31): a work's reading of a name stays with the mentions that carry it.

"the Kessel virus" makes "Kessel" a thing there, yet "Kessel said" of the same story is the
body that speaks: no work speaks, nor has a spokesman. Sentences written for these tests.
"""

from __future__ import annotations

from newsgraph.mentions import WORK, drop_works
from newsgraph.mentions.spans import Candidate


def _candidate(start: int, label: str, **flags) -> Candidate:
    return Candidate(start, start + 8, "Vantorix", label, sentence=start // 100, **flags)


def test_a_mention_that_speaks_outlives_the_work_reading():
    kept = drop_works([_candidate(10, WORK), _candidate(120, "ORG", speaks=True), _candidate(240, "ORG")])
    assert [c.start for c in kept] == [120]


def test_a_mention_with_an_actor_cue_outlives_the_model_s_thing_votes():
    kept = drop_works([_candidate(10, "PRODUCT"), _candidate(120, "PRODUCT"), _candidate(240, "ORG", cue="ORG")])
    assert [c.start for c in kept] == [240]


def test_a_silent_mention_of_a_work_stays_dropped():
    assert drop_works([_candidate(10, WORK), _candidate(120, "PERSON")]) == []


def test_the_body_a_virus_is_named_after_still_speaks(analyze):
    result = analyze("Thousands of people were sent e-mails carrying the so-called Interpol virus last week. "
                     "The messages claim to come from the agency. Interpol said on Tuesday that it never "
                     "sends such e-mails to the public.")
    speakers = {c.speaker_text: c.speaker for c in result.claims}
    assert speakers.get("Interpol") is not None
    assert [m.text for m in result.mentions if m.text == "Interpol"] == ["Interpol"]


def test_a_film_s_title_that_acts_is_still_no_actor(analyze):
    result = analyze("Critics praised the film Harbour Nights at the festival. Harbour Nights won three "
                     "awards on Saturday, its producers said.")
    assert not [m for m in result.mentions if m.text == "Harbour Nights"]


def test_a_body_the_model_calls_a_work_of_art_speaks(analyze):
    result = analyze("Ministers want suspects held at home without trial. The Law Society dubbed the plans "
                     "'a shameful retreat from justice'.")
    assert [(m.text, m.label) for m in result.mentions] == [("Law Society", "ORG")]
    assert [c.speaker is not None for c in result.claims] == [True]
