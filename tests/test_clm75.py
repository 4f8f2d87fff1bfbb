"""Quotes left with no claim of their own though a tag the reader sees at once opens or closes
them, round 55 (branch clm75): a colon tag whose verb the parser left without a subject ("In a
statement issued on Wednesday Lord X said:", "Responding to the speech, <title>, X, said:"), a
colon tag whose verb was no cue ("but Y countered:"), and an inverted tag after the quote whose
name the parser hung on a clause it made of the tag's words. Short fictional sentences written
here."""

from __future__ import annotations

from claim_helpers import claim_at, claims_of, speakers
from newsgraph.attribution import CueLexicon


def _result(analyze, text: str):
    return analyze("Harbour\n\n" + text)


# --- a colon tag whose verb the parser left without a subject ---------------------------------

def test_a_name_after_a_dated_opener_speaks_its_colon_tag(analyze):
    text = ("In a statement put out on Friday Lord Brann said: \"I have no doubt that the new panel "
            "has improved the final guidelines.\"")
    result = _result(analyze, text)
    claim = claim_at(result, "said")
    assert claim.text == "I have no doubt that the new panel has improved the final guidelines."
    assert speakers(result, "said") == [("Lord Brann", "Brann")]
    assert claim.stance == "assert" and claim.anonymous is False


def test_a_name_set_off_by_commas_after_its_title_speaks_its_colon_tag(analyze):
    text = ("Replying to the speech, shadow minister for the Treasury, Jo Brann, said: "
            "\"This was more talk from the chancellor.\"")
    result = _result(analyze, text)
    assert claim_at(result, "said").text == "This was more talk from the chancellor."
    assert speakers(result, "said") == [("Jo Brann", "Jo Brann")]


# --- "countered:" and "retorted:" tag a quote ---------------------------------------------------

def test_countered_with_a_colon_tags_the_quote(analyze):
    text = ("The plan was attacked by fans, but Jo Brann countered: \"This is the best deal the club "
            "has ever had.\"")
    result = _result(analyze, text)
    claim = claim_at(result, "countered")
    assert claim.text == "This is the best deal the club has ever had."
    assert speakers(result, "countered") == [("Jo Brann", "Jo Brann")]


def test_countered_after_a_connective_tags_the_quote(analyze):
    text = "However, Ann Vaal countered: \"He has never run a race like that in his life.\""
    result = _result(analyze, text)
    assert claim_at(result, "countered").text == "He has never run a race like that in his life."
    assert speakers(result, "countered") == [("Ann Vaal", "Ann Vaal")]


def test_countered_with_an_object_and_no_quote_says_nothing(analyze):
    text = "The firm countered criticism of the timing of the announcement."
    assert claims_of(analyze, "Harbour\n\n" + text, "countered") == []


def test_counter_and_retort_are_speech_only_beside_a_quote():
    lexicon = CueLexicon.from_data()
    assert {"counter", "retort"} <= lexicon.quote_only_verbs
    assert lexicon.speech_verbs["counter"] == "assert" and lexicon.speech_verbs["retort"] == "assert"
    assert {"person", "org"} == set(lexicon.colon_tag_name_labels)


# --- guards: tags the parse already reads keep their speakers ----------------------------------

def test_an_inverted_tag_with_a_title_keeps_its_speaker(analyze):
    text = "\"This is typical of the council's hypocrisy,\" said Kessel shadow housing secretary Ann Vaal."
    result = _result(analyze, text)
    assert claim_at(result, "said").text == "This is typical of the council's hypocrisy"
    assert speakers(result, "said") == [("Kessel shadow housing secretary Ann Vaal", "Ann Vaal")]


def test_an_inverted_tag_with_an_apposition_keeps_its_speaker(analyze):
    text = ("\"She built it all by hand, which took a huge effort,\" said Jo Brann, one of the Tamsk "
            "researchers behind the project.")
    result = _result(analyze, text)
    assert speakers(result, "said") == [("Jo Brann", "Jo Brann")]


def test_a_colon_tag_with_a_subject_keeps_it(analyze):
    result = _result(analyze, "In a speech, the minister said: \"We will act.\"")
    assert speakers(result, "said") == [("the minister", None)]
    result = _result(analyze, "Fans of Kessel United said: \"We want our club back.\"")
    assert speakers(result, "said") == [("Fans of Kessel United", None)]


def test_a_participle_opener_with_its_subject_keeps_it(analyze):
    text = ("Welcoming the ruling, Maeve Tamsk, chief executive of the Kessel Refugee Council, said: "
            "\"This is a victory for common sense and fairness.\"")
    result = _result(analyze, text)
    assert speakers(result, "said") == [("Maeve Tamsk", "Maeve Tamsk")]
