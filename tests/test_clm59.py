"""A said clause running on into the speaker's next act, round 43 (branch clm59): "said staff
did not want to strike and called for talks", "said she was pleased with the way the season
was going and dismissed talk of ...": the parse hangs the second verb of saying deep inside the
said clause (on its infinitive or a relative clause), so the content ran on into what the second
verb reports. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import claims_of, first_content


def _cases():
    return [
        ("The union leader said dockers did not wish to walk out and called for talks with the port owners.",
         "said", "dockers did not wish to walk out"),
        ("The skipper said she was delighted with the way the season was going and dismissed talk of a move to a rival crew.",
         "said", "she was delighted with the way the season was going"),
    ]


def test_the_next_act_is_cut_from_the_said_clause(analyze):
    for text, cue, expected in _cases():
        assert first_content(analyze, text, cue) == expected, text


def test_a_second_item_of_the_same_verb_stays(analyze):
    text = "The harbour master said the quay was unsafe and that the ferries should stop for a week."
    assert "the ferries should stop" in first_content(analyze, text, "said")


def test_a_relative_speakers_act_is_not_cut(analyze):
    text = "The skipper said the fire was seen by a fisherman who was walking home and told the coastguard."
    assert "told the coastguard" in first_content(analyze, text, "said")


def test_an_act_inside_another_report_stays(analyze):
    text = "The trawlerman said the inspector told him the nets were found in a shed and suggested he had hidden them."
    assert "suggested he had hidden them" in first_content(analyze, text, "said")


def test_the_next_act_keeps_the_first_speaker(analyze):
    text = "The union leader said dockers did not wish to walk out and called for talks with the port owners."
    claims = claims_of(analyze, "Harbour\n\n" + text, "called")
    assert claims and claims[0].speaker_text == "The union leader"
