"""Round 44 (branch spk62): pronoun and description speakers — a sentence that opens right after a
closed quote ('... again." Ana Ruiz said') is a sentence of its own in the shared coreference, while a
quoted sentence about "he" / "she" is still never passed on the way back to a name; and a "he" after
a claim spoken by someone below the sentence's subject (a possessor in the object, "X backed Y's
view"; a "who" inside X's words) goes on with X, the one who speaks. Sentences written here."""

from __future__ import annotations

from claim_helpers import claim_at, speaker_of
from test_coref_offices import resolved

KERR = ("Oona Kerr", "PERSON", "Oona Kerr")
VANCE = ("Bram Vance", "PERSON", "Bram Vance")
STORIES = [("Tarn winger Lew Pike scored twice. ", [("Tarn", "ORG", "Tarn FC"), ("Lew Pike", "PERSON", "Lew Pike")]),
           ("Tarn winger Lew Pike was rested. ", [("Tarn", "ORG", "Tarn FC"), ("Lew Pike", "PERSON", "Lew Pike")])]


# --- a sentence after a closed quote ----------------------------------------------------------

def test_a_sentence_starts_after_a_closed_quote():
    from newsgraph.coref import DocumentCoref

    class _Text:
        text = 'The rain held off. "We played well today." Oona Kerr smiled. "Who knows?" Bram Vance asked.'

    for name in ("Oona", "Bram"):
        at = _Text.text.index(name)
        assert _Text.text[DocumentCoref._sentence_start(_Text, at):at].strip() == ""
    at = _Text.text.index("smiled")  # a word inside that sentence: it opens at the name
    assert _Text.text[DocumentCoref._sentence_start(_Text, at):at].strip() == "Oona Kerr"


def test_a_focus_description_after_a_quote_is_the_one_who_opens_the_sentence(analyze):
    result = analyze("Cup run\n\nOona Kerr knocked out the holder in straight sets on Friday.\n\n"
                     '"I felt calm out there. The crowd helped me." Kerr looked fresh all week. '
                     '"It was my best match," said the 26-year-old.')
    assert speaker_of(result, claim_at(result, "said")) in ("Kerr", "Oona Kerr")


def test_a_name_opening_the_sentence_after_a_closed_quote_is_not_quoted():
    # the quote runs over two sentences, the second opened by a mark of its own: counting the
    # marks of the paragraph took the name after it for quoted words
    rico = ("Rico Dale", "PERSON", "Rico Dale")
    text = ('Rico Dale spoke on Monday. "I made an offer. "I kept my word." Rico Dale said the coach had agreed. '
            'The 31-year-old added that talks went on.')
    assert resolved(text, [rico], "The 31-year-old", STORIES) == "Rico Dale"


def test_a_quote_alone_between_keeps_the_description_null():
    text = 'Oona Kerr lost to Bram Vance in the final. "I was tired." The 26-year-old said she would rest.'
    assert resolved(text, [KERR, VANCE], "The 26-year-old", STORIES) is None


def test_a_quoted_pronoun_sentence_is_still_not_passed():
    # whom the quoted "she" means, the text does not say: the description stays null
    text = 'Oona Kerr will sign again. "She was left out by coach Bram Vance." The defender said she would stay.'
    assert resolved(text, [KERR, VANCE], "The defender", STORIES) is None
    text = 'Oona Kerr will sign again. "It was hard. She was left out by Bram Vance." The defender said she would stay.'
    assert resolved(text, [KERR, VANCE], "The defender", STORIES) is None


# --- the one who speaks, not the one below him -------------------------------------------------

def test_he_after_a_possessor_in_the_object_is_the_subject(analyze):
    result = analyze("League row\n\nTarn manager Peter Marsh backed Tom Reed's view that the season was far too long. "
                     '"We simply play too many games in a month," he told local radio.')
    assert speaker_of(result, claim_at(result, "told")) == "Peter Marsh"


def test_he_after_a_who_inside_the_subjects_words_is_the_subject(analyze):
    result = analyze("Film deal\n\nDan Hale said he had met Olek Varga, who told him that the script would change. "
                     'He added: "I see no reason to make the villain any softer."')
    assert speaker_of(result, claim_at(result, "added")) == "Dan Hale"


def test_he_after_a_who_that_no_claim_holds_stays_with_that_speaker(analyze):
    # the subject only met him; the one who spoke is the man of the relative clause
    result = analyze("Strike\n\nDan Hale met union leader Olek Varga, who said that the plan was unfair. "
                     'He added: "Nobody asked the workers about any of this."')
    assert speaker_of(result, claim_at(result, "added")) == "Olek Varga"


def test_he_after_a_possessor_opening_a_longer_speaker_phrase_is_the_subject(analyze):
    result = analyze("Inquiry\n\nFormer minister Dan Hale said Olek Varga's admission that the figures were wrong "
                     'suggested voters had been misled. "Somebody must answer for all of this," he said.')
    assert speaker_of(result, claim_at(result, "said")) == "Dan Hale"
