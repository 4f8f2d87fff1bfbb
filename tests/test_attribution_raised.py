"""A passive report that raises the speaker ("X is reported to have said that ..."): the claim is
X's, told through the inner verb of speech. Short fictional sentences written here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("Mr Grant was reported to have suggested that the ferry tax would go within a year.",
     "suggested", "Mr Grant", "the ferry tax would go within a year"),
    ("Ms Oduya is alleged to have said that the count in Harwell had been rigged.",
     "said", "Ms Oduya", "the count in Harwell had been rigged"),
    ("The coach is said to have told his players that he would stay.",
     "told", "The coach", "he would stay"),
])
def test_the_raised_subject_speaks(analyze, text, cue, speaker, content):
    (claim,) = analyze(text).claims
    assert (claim.cue, claim.speaker_text, claim.anonymous) == (cue, speaker, False)
    assert claim.text == content


def test_a_report_of_an_event_stays_unsourced(analyze):
    (claim,) = analyze("It was reported that the bridge over the Lune had closed.").claims
    assert (claim.cue, claim.speaker_text, claim.anonymous) == ("reported", None, True)


def test_the_reporter_named_by_by_is_not_the_speaker(analyze):
    (claim,) = analyze("Mr Grant was reported by the Courier to have said that fares would fall.").claims
    assert (claim.cue, claim.speaker_text, claim.text) == ("said", "Mr Grant", "fares would fall")
