"""Round 23 (issue 19): a title line's claim is the desk's label of the story, hidden by default;
"it had been expected that ..." is the reporter's forecast; "X is expected to be told ..." is
speech still to come. Short fictional texts written here."""

from __future__ import annotations

import pytest

from newsgraph.attribution import CueLexicon
from newsgraph.parse.headlines import title_line

SHOWN = 0.5


def test_a_title_lines_denial_is_hidden_and_the_bodys_is_shown(analyze):
    text = ("Mayor denies taking bribes from builders\n\n"
            "The mayor of Kessel has denied that she took money from builders last year.\n")
    claims = [c for c in analyze(text).claims if c.stance == "deny"]
    title = [c for c in claims if c.cue_span[0] < text.index("\n")]
    body = [c for c in claims if c.cue_span[0] > text.index("\n")]
    assert title and all(c.confidence < SHOWN for c in title)
    assert body and all(c.confidence >= SHOWN for c in body)


def test_a_lead_sentence_on_the_first_line_is_no_title():
    assert title_line("The mayor denied the plan.\nShe spoke on Monday.\n") is None
    assert title_line("Mayor denies toll rise plan\nThe mayor spoke.\n") == (0, 27)
    assert title_line("Only one line with no body") is None


def test_headline_confidence_is_checked_in_user_files(tmp_path):
    bad = tmp_path / "cues.yaml"
    bad.write_text("headline_confidence: 2\n", encoding="utf-8")
    with pytest.raises(Exception, match="headline_confidence"):
        CueLexicon.from_data([bad])
    good = tmp_path / "ok.yaml"
    good.write_text("headline_confidence: 1.0\n", encoding="utf-8")
    assert CueLexicon.from_data([good]).headline_confidence == 1.0


def test_it_had_been_expected_is_the_reporters_forecast(analyze):
    text = "It had been expected that the smallest of the four banks would be sold first."
    (claim,) = [c for c in analyze(text).claims if c.cue == "expected"]
    assert claim.act == "forecast" and claim.speaker is None and claim.confidence < SHOWN


def test_speech_still_expected_is_no_claim(analyze):
    text = "The manager is expected to be told there will be no money for new players."
    assert not [c for c in analyze(text).claims if c.cue == "told"]


def test_the_hearer_is_no_speaker(analyze):
    claims = analyze("The court has heard that the bank knew of the losses for a year.").claims
    assert not [c for c in claims if c.cue == "heard"]
