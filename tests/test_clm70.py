"""A claim's content wrongly pieced, round 50 (branch clm70): a quote that opens right after the
hearer of its cue ("telling the paper “...”") kept the hearer as its first words; and a judging
verb's bare label ("criticised the plans.") shown as what was said though the next sentence
gives the judge's words. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import claim_at, claims_of, first_content


def _first(analyze, text: str, cue: str):
    claims = claims_of(analyze, "Harbour\n\n" + text, cue)
    assert claims, text
    return claims[0]


def test_a_quote_after_the_hearer_starts_at_the_quote(analyze):
    text = 'He denied the rumours, telling the Vaal Courier "there is no plan to close the quay".'
    assert first_content(analyze, text, "telling") == "there is no plan to close the quay"


def test_a_quote_after_a_longer_hearer_starts_at_the_quote(analyze):
    text = 'Mr Tamsk told the Kessel Herald\'s morning show "we are not leaving the harbour".'
    assert first_content(analyze, text, "told") == "we are not leaving the harbour"


def test_the_speaker_and_kind_stay_with_the_trimmed_quote(analyze):
    text = 'Mr Tamsk told the Kessel Herald "we are not leaving the harbour".'
    claim = _first(analyze, text, "told")
    assert (claim.speaker_text, claim.kind) == ("Mr Tamsk", "direct")
    assert claim.text == "we are not leaving the harbour"


def test_a_hearer_then_that_is_unchanged(analyze):
    text = 'He told the Vaal Courier that "the harbour will shut by June".'
    assert first_content(analyze, text, "told") == "the harbour will shut by June"


def test_a_reported_clause_after_the_hearer_keeps_its_quoted_phrase(analyze):
    text = 'He told reporters the harbour was "a disgrace".'
    assert first_content(analyze, text, "told") == 'the harbour was "a disgrace"'


def test_a_label_then_a_quote_is_a_position(analyze):
    text = 'The harbour master criticised the plans. "If you close the quay you lose the ferry trade."'
    claim = _first(analyze, text, "criticised")
    assert claim.text == "the plans"
    assert claim.act == "position"
    assert claim.confidence < 0.5


def test_a_label_then_a_pronoun_tag_is_a_position(analyze):
    text = 'A spokesman for the ferry firm defended the changes. He said: "Every island gets a daily boat."'
    result = analyze("Harbour\n\n" + text)
    assert claim_at(result, "defended", 0).act == "position"
    assert claim_at(result, "said", 0).act == "statement"


def test_a_label_then_the_reporters_words_stays_a_statement(analyze):
    text = "The harbour master criticised the plans. The council meets again on Friday."
    assert _first(analyze, text, "criticised").act == "statement"


def test_a_judgement_that_says_something_stays_a_statement(analyze):
    text = 'Ms Orla Penrick praised the new quay as the "finest in the north". "It is a triumph."'
    assert _first(analyze, text, "praised").act == "statement"


def test_a_charge_then_a_quote_stays_a_statement(analyze):
    text = 'Mr Vale criticised the council for wasting money. "They never listen to anyone."'
    assert _first(analyze, text, "criticised").act == "statement"
