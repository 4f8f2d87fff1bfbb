"""Round 61 (issue 19, branch spk112): a speaker phrase opening its sentence with a common noun
the model took for a one-word name ("Media reports in both countries said", "Law lords said")
was given an actor of that name. The word only qualifies the phrase's lower-case noun, so the
phrase describes unnamed sources: speaker null, anonymous true (``common_word_names``,
SpeakerResolver._common_word_name). Real names holding the word, the word inside the sentence
and other one-word names stay linked. Sentences written here."""

from __future__ import annotations

from claim_helpers import speakers_with_anonymous

# --- a common noun opening the sentence: no actor (linked on the base) ---------------------------


def test_media_reports_opening_a_sentence_have_no_speaker(analyze):
    result = analyze("Kemaria and Tamsk agreed a new border deal on Monday. Media reports in both "
                     "countries said the deal was a breakthrough.")
    assert speakers_with_anonymous(result, "said") == [("Media reports in both countries", None, True)]


def test_law_lords_opening_a_sentence_have_no_speaker(analyze):
    result = analyze("The Vaal court freed the two men last week. Law lords said the detention of "
                     "the men was unlawful.")
    assert speakers_with_anonymous(result, "said") == [("Law lords", None, True)]


def test_bare_media_reports_after_a_person_stay_unnamed(analyze):
    result = analyze("Jo Brann spoke in Kessel on Monday. Media reports said he would resign within a month.")
    assert speakers_with_anonymous(result, "said") == [("Media reports", None, True)]


# --- guards: real names and other shapes keep their speaker ---------------------------------------


def test_a_firm_whose_name_ends_in_the_word_keeps_its_speaker(analyze):
    result = analyze("Tamsk Media said on Monday that its profits had doubled.")
    assert speakers_with_anonymous(result, "said") == [("Tamsk Media", "Tamsk Media", False)]


def test_analysts_at_a_named_firm_stay_as_before(analyze):
    result = analyze("Analysts at Tamsk Media said profits would rise.")
    assert speakers_with_anonymous(result, "said") == [("Analysts at Tamsk Media", None, True)]


def test_a_one_word_name_not_in_the_table_keeps_its_speaker(analyze):
    result = analyze("Kessel said on Monday that its profits had doubled.")
    assert [linked for _, linked, _ in speakers_with_anonymous(result, "said")] == ["Kessel"]
