"""Claim content boundaries, round 23 (issue 19): the hearer of "warned fans that ..." and the
occasion of the cue ("..., in an interview") are no part of what was said. Short fictional
sentences written here."""

from __future__ import annotations

from claim_helpers import claims_of


def test_the_hearer_before_that_is_not_content(analyze):
    (claim,) = claims_of(analyze, "The coach warned anxious fans that he wants to win at any cost.", "warned")
    assert claim.text == "he wants to win at any cost"
    (claim,) = claims_of(analyze, "He told a jury that the claims were false.", "told")
    assert claim.text == "the claims were false"


def test_the_hearer_before_an_embedded_quote_is_not_content(analyze):
    (claim,) = claims_of(analyze, 'The expert told the review board that "there is no need for a ban".', "told")
    assert claim.text == "there is no need for a ban"


def test_a_relative_clause_of_the_hearer_stays_with_the_hearer(analyze):
    for claim in claims_of(analyze, "The minister warned firms that fail to pay that they would be fined.", "warned"):
        assert not claim.text.startswith("fail to pay")


def test_the_occasion_closing_the_said_words_is_the_cues(analyze):
    (claim,) = claims_of(analyze, "The mayor said the plan was a mistake at a press conference on Tuesday.", "said")
    assert claim.text == "the plan was a mistake"
    (claim,) = claims_of(analyze, "She claimed the rule would hurt farmers, in an interview on local radio.", "claimed")
    assert claim.text == "the rule would hurt farmers"
    (claim,) = claims_of(analyze, "He told reporters the club will sign two players, speaking at a press conference.", "told")
    assert claim.text == "the club will sign two players"


def test_an_occasion_of_the_said_words_stays(analyze):
    (claim,) = claims_of(analyze, "He said the firm had admitted the errors in a letter to customers.", "said")
    assert claim.text.endswith("in a letter to customers")
    (claim,) = claims_of(analyze, "The mayor said she would explain the plan at a press conference on Tuesday.", "said")
    assert claim.text.endswith("at a press conference on Tuesday")
    (claim,) = claims_of(analyze, "The aide said the talks were useful at the next briefing.", "said")
    assert claim.text.endswith("at the next briefing")


def test_an_occasion_of_a_deeper_verb_stays(analyze):
    text = "The band said it was asked to play whenever guests talked too long during their speeches."
    (claim,) = claims_of(analyze, text, "said")
    assert claim.text.endswith("during their speeches")


def test_an_occasion_opening_the_said_words_is_the_cues(analyze):
    (claim,) = claims_of(analyze, "The firm said, in a statement, the ruling would not stand.", "said")
    assert claim.text == "the ruling would not stand"


def test_the_hearer_named_in_two_objects_is_not_content(analyze):
    text = "She rejected the charge, telling Channel 5's breakfast programme that the party was not worried."
    (claim,) = claims_of(analyze, text, "telling")
    assert claim.text == "the party was not worried"


def test_an_abbreviation_stop_does_not_end_the_said_words(analyze):
    (claim,) = claims_of(analyze, "Capt. Tom Lee said the ship was approx. 40 miles off the coast when it sank.", "said")
    assert claim.text == "the ship was approx. 40 miles off the coast when it sank"
    assert claim.speaker_text == "Capt. Tom Lee"


def test_a_title_abbreviation_keeps_its_sentence(nlp):
    doc = nlp("Police said Sgt. Ann Holt had been hurt in the crash.")
    assert len(list(doc.sents)) == 1
