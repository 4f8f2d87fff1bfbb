"""Attribution recall, round 25 (issue 19): verbs of saying whose object is what is made known
without a clause — figures a body reports ("reported a profit"), a memory a person recalls.
Counts mined on PolNeAR train outside the check sample; short fictional sentences written here."""

from __future__ import annotations

import pytest


def by_cue(analyze, text: str, cue: str):
    return [c for c in analyze(text).claims if c.cue == cue]


@pytest.mark.parametrize("text, speaker, content", [
    ("The bakery chain reported a profit of $3 a share for the quarter.", "The bakery chain",
     "a profit of $3 a share"),
    ("The harbour board reported spending $4m on new cranes.", "The harbour board", "spending $4m on new cranes"),
    ("Rangers reported no injuries after the storm.", "Rangers", "no injuries"),
])
def test_a_reported_figure_is_what_is_made_known(analyze, text, speaker, content):
    (claim,) = by_cue(analyze, text, "reported")
    assert claim.speaker_text == speaker and claim.text.startswith(content)


@pytest.mark.parametrize("text", [
    "A neighbour reported the break-in to the police.",  # passed on, nothing held true
    "Several users reported the post as spam.",  # classed
    "The missing hiker was reported by his brother.",  # passive
    "When it reported the results, the ferry line sounded upbeat.",  # names what, says nothing of it
    "The worm reports its success and the address back to its maker.",  # data passed on
])
def test_a_report_passed_on_is_no_claim(analyze, text):
    assert not by_cue(analyze, text, "reported")


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("Ms Okafor recalled the long winter of her childhood.", "recalled", "Ms Okafor",
     "the long winter of her childhood"),
    ("She recalled her years as a nurse in the valley.", "recalled", "She",
     "her years as a nurse in the valley"),
    ("He recalled sitting in on the early meetings.", "recalled", "He", "sitting in on the early meetings"),
])
def test_a_memory_a_person_tells_is_a_claim(analyze, text, cue, speaker, content):
    (claim,) = by_cue(analyze, text, cue)
    assert claim.speaker_text == speaker and claim.text == content


@pytest.mark.parametrize("text", [
    "The carmaker recalled two million vans over a brake fault.",  # a product recall, no person
    "He could not recall the exact words of the call.",  # nothing told
    "The striker was recalled to the squad for the final.",  # sent for
])
def test_a_recall_that_tells_nothing_is_no_claim(analyze, text):
    assert not [c for c in analyze(text).claims if c.cue in ("recalled", "recall")]
