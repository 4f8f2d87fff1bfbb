"""Claim speakers, round 24 short (issue 19, branch spk25): a "she added" whose nearest sentence
opens with "She" goes on with that pronoun's person, not with a person named after it; a
description noun inside a body's name ("the Uncle Toby's event") is no rival person.
Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import speakers


def test_a_pronoun_after_a_sentence_opened_by_the_same_pronoun_is_its_person(analyze):
    result = analyze("Maria Kovacs has defended her decision to play on next season. Kovacs will partner "
                     "Elena Rossi at the Uncle Toby's Hardcourts event in Brisbane, which begins on Monday. "
                     "She will then team up with Jana Novak for the doubles. "
                     "\"I might enter some singles events too,\" she added.")
    assert speakers(result, "added") == [("she", "Maria Kovacs")]


def test_a_pronoun_after_a_sentence_opened_by_a_name_is_still_that_person(analyze):
    result = analyze("Maria Kovacs has defended her decision to play on next season. Elena Rossi will "
                     "partner Jana Novak in Brisbane. \"I might enter some singles events too,\" she added.")
    assert speakers(result, "added") != [("she", "Maria Kovacs")]


def test_he_after_he_met_someone_is_the_one_who_met(analyze):
    result = analyze("Tom Berg backed the new plan for the harbour. But he met Carl Vinter on Monday to "
                     "hear the objections. \"We agreed on most of it,\" he said.")
    assert speakers(result, "said") == [("he", "Tom Berg")]
