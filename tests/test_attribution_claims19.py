"""What is a claim, round 19 (issue 19): numbers and research as the speaker, the article's own
hedge, "see X as Y", and a passive "was asked about". Short fictional sentences written here."""

from __future__ import annotations

import pytest

from newsgraph.model import DEFAULT_MIN_CONFIDENCE

from claim_helpers import claims_of


@pytest.mark.parametrize("text, cue", [
    ("Figures show that bus fares in the valley rose by a tenth last winter.", "show"),
    ("New statistics suggest fewer pupils are walking to school.", "suggest"),
    ("Parents were given guidance which suggests lunches should be smaller.", "suggests"),
    ("Research found that the paint dried faster in cold rooms.", "found"),
])
def test_numbers_with_no_named_body_are_a_finding(analyze, text, cue):
    (claim,) = claims_of(analyze, text, cue)
    assert claim.act == "finding" and claim.confidence < DEFAULT_MIN_CONFIDENCE


@pytest.mark.parametrize("text, cue", [
    ("Figures from the Ferrington Institute show that bus fares rose by a tenth.", "show"),
    ("A survey by Marlow Polling found that most drivers back the new lanes.", "found"),
    ("Its figures showed that ticket sales fell in the spring.", "showed"),
    ("The inspector said the lift had been serviced in May.", "said"),
])
def test_a_named_body_or_a_person_makes_a_statement(analyze, text, cue):
    (claim,) = claims_of(analyze, text, cue)
    assert claim.act == "statement"


@pytest.mark.parametrize("text, cue", [
    ("It seems that the ferry will not sail again this year.", "seems"),
    ("It appears the two clubs have already agreed a fee.", "appears"),
])
def test_the_articles_hedge_has_no_speaker(analyze, text, cue):
    (claim,) = claims_of(analyze, text, cue)
    assert claim.speaker is None and claim.speaker_text in (None, "")


def test_a_hedge_by_a_person_keeps_the_person(analyze):
    (claim,) = claims_of(analyze, "The coach seemed to suggest that the keeper would be dropped.", "seemed")
    assert claim.speaker_text == "The coach"


@pytest.mark.parametrize("text, cue, content", [
    ("Many farmers see the new levy as an attack on their living.", "see", "the new levy as an attack on their living"),
    ("The council regards the old mill as a danger to children.", "regards", "the old mill as a danger to children"),
])
def test_seeing_x_as_y_is_a_position(analyze, text, cue, content):
    (claim,) = claims_of(analyze, text, cue)
    assert claim.act == "position" and text[claim.start:claim.end] == content


@pytest.mark.parametrize("text", [
    "It remains to be seen whether the bridge will open on time.",
    "Walkers came to see the old mill before it was knocked down.",
    "Some may see the new levy as a tax on walkers.",
    "The manager would not say whether he sees the young keeper as his first choice.",
])
def test_seeing_without_as_is_no_claim(analyze, text):
    assert not [c for c in analyze(text).claims if c.cue in ("seen", "see")]


def test_was_asked_about_is_a_question(analyze):
    text = "The mayor was asked about the cost of the new stadium on Monday."
    (claim,) = claims_of(analyze, text, "asked")
    assert claim.act == "question" and claim.speaker is None
    assert text[claim.start:claim.end].startswith("the cost of the new stadium")


@pytest.mark.parametrize("text, cue", [
    ("Research by two dental schools revealed that most children skip brushing at night.", "revealed"),
    ("The survey found that most drivers back the new lanes.", "found"),
])
def test_an_author_or_a_document_named_before_keeps_the_statement(analyze, text, cue):
    (claim,) = claims_of(analyze, text, cue)
    assert claim.act == "statement"
