"""Round 54 (branch clm74): a claim's content cut before the rest of what was said, when the said
sentence stands before its tag ("..., he said"). The parser may hang the sentence's last words on
the cue instead of on the said clause (an adverbial clause, a list's other items, a second clause
after "but" / "and", the sentence's last word), so the clause's subtree stopped short; the span now runs on to the comma
before the tag. Words the clause's own rules leave out, another cue, a source phrase and where
it was said stay out. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import first_content


def test_a_reason_clause_before_the_tag_is_kept(analyze):
    text = ('The Tamsk plan was a "wise step", since he was speaking of trade and jobs '
            'at the time, Mr Brann told reporters.')
    assert first_content(analyze, text, "told") == (
        'The Tamsk plan was a "wise step", since he was speaking of trade and jobs at the time')


def test_the_rest_of_a_list_before_the_tag_is_kept(analyze):
    text = ("Vaal exports are being held back by recent rate rises, the strength of the kessel and "
            "high fuel prices, the group noted.")
    assert first_content(analyze, text, "noted") == (
        "Vaal exports are being held back by recent rate rises, the strength of the kessel and high fuel prices")


def test_a_second_clause_after_but_before_the_tag_is_kept(analyze):
    text = "The risks are real but the reward is halting the slide in turnout at elections, he argues."
    assert first_content(analyze, text, "argues") == (
        "The risks are real but the reward is halting the slide in turnout at elections")


def test_a_second_clause_after_a_quote_and_and_is_kept(analyze):
    text = 'Vaal was "very poor at working with anyone" and Tamsk had its own troubles, Ms Brann said.'
    assert first_content(analyze, text, "said") == 'Vaal was "very poor at working with anyone" and Tamsk had its own troubles'


def test_the_last_word_of_the_said_sentence_is_kept(analyze):
    text = ("If Jo Brann refused to take part, the channels might carry on with a vacant seat or "
            "cancel the debate and explain their reasons why, Lord Kessel said.")
    assert first_content(analyze, text, "said").endswith("explain their reasons why")


def test_a_participle_before_the_tag_stays_kept(analyze):
    text = "Output in Kemaria dropped steeply in November, thus flattering the figures for December, analysts said."
    assert first_content(analyze, text, "said") == (
        "Output in Kemaria dropped steeply in November, thus flattering the figures for December")


def test_a_time_phrase_before_the_tag_stays_kept(analyze):
    text = "The Vaal deficit is set to hit a record $5bn this year, officials in Tamsk said on Tuesday."
    assert first_content(analyze, text, "said") == "The Vaal deficit is set to hit a record $5bn this year"


def test_another_cue_before_the_tag_stays_out_of_the_first(analyze):
    text = "Prices in Vaal will rise sharply, the union fears, the Tamsk Herald said."
    assert first_content(analyze, text, "fears") == "Prices in Vaal will rise sharply"


def test_an_occasion_before_the_tag_stays_out(analyze):
    text = "Prices in Vaal will rise sharply, in a statement on Monday, the firm said."
    assert first_content(analyze, text, "said") == "Prices in Vaal will rise sharply"


def test_the_words_after_the_tag_stay_out(analyze):
    text = "Sales in Tamsk rose 5%, she said, and profits doubled."
    assert first_content(analyze, text, "said") == "Sales in Tamsk rose 5%"


def test_a_speakers_apposition_stays_out(analyze):
    text = "The Kessel plant will close in June, Jo Brann, the firm's chief, said."
    assert first_content(analyze, text, "said") == "The Kessel plant will close in June"


def test_a_tag_with_an_occasion_after_it_keeps_the_said_sentence(analyze):
    text = "Sales in Tamsk rose 5% in the year, Jo Brann said in an interview."
    assert first_content(analyze, text, "said") == "Sales in Tamsk rose 5% in the year"
