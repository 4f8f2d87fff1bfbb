"""Round 60 (spk108): a passive of judging, accusing, telling or urging ("X was criticised for ...")
has the one judged as its subject; without a "by" agent the text names no speaker, and neither the
subject nor a name the parse reaches before it speaks. Short fictional sentences written here."""

from __future__ import annotations

import pytest


def _cues(result) -> list[tuple[str, str | None]]:
    return [(claim.cue, claim.speaker_text) for claim in result.claims]


# fail on the base: the tag of the sentence before, or a title's pronoun, was given as the judge
@pytest.mark.parametrize("text", [
    '"He is ready for it," said Vaal.\n\nKemaria have been criticised for their slow play in their wins over Tamsk.',
    "Mixing samples of Red Door by The Vaals and the Kessel Five's I Want You Home respectively, "
    "the songs were credited with bringing soul back into folk music.",
])
def test_an_agentless_judging_passive_has_no_speaker(analyze, text):
    assert all(cue not in ("criticised", "credited") for cue, _ in _cues(analyze(text)))


def test_the_quote_before_keeps_its_tag(analyze):
    text = '"He is ready for it," said Vaal.\n\nKemaria have been criticised for their slow play in their wins over Tamsk.'
    assert _cues(analyze(text)) == [("said", "Vaal")]


# guards: what must not change
@pytest.mark.parametrize("text, cue, speaker", [
    ("Jo Brann was criticised by the Kessel Herald for the late penalty.", "criticised", "the Kessel Herald"),
    ("The plan was described by Jo Brann as a disgrace.", "described", "Jo Brann"),
    ("Jo Brann is reported to have said that the team would win.", "said", "Jo Brann"),
    ("Jo Brann, who was criticised last week, said the team would improve.", "said", "Jo Brann"),
    ("The Tamsk Times reported that Jo Brann was accused of lying.", "reported", "The Tamsk Times"),
])
def test_the_agent_or_the_real_speaker_stays(analyze, text, cue, speaker):
    assert (cue, speaker) in _cues(analyze(text))


def test_an_agentless_telling_passive_stays_unsourced(analyze):
    (claim,) = analyze("Jo Brann was told that she would start on Sunday.").claims
    assert (claim.cue, claim.speaker_text, claim.anonymous) == ("told", None, True)


@pytest.mark.parametrize("text", [
    "Jo Brann was criticised for the late penalty.",
    "Jo Brann has been blamed for the defeat.",
])
def test_the_judged_subject_never_speaks(analyze, text):
    assert all(speaker != "Jo Brann" for _, speaker in _cues(analyze(text)))


def test_the_table_holds_the_judging_verbs():
    from newsgraph.attribution.cues import CueLexicon

    lexicon = CueLexicon.from_data()
    assert {"criticise", "accuse", "credit", "warn"} <= lexicon.judged_passive_cues
    assert "quote" not in lexicon.judged_passive_cues  # "was quoted as saying": the subject speaks
