"""Round 61 (branch clm84): an indirect content that opened with the reporter's words. A "But" /
"And" / "Yet" opening a said sentence before its tag, after a sentence of the reporter's own (no
cue, no quote mark): the word joins the reporter's sentences, so the content starts after it
(``content_lead_conjunctions``). A time phrase right after the cue with no "that" ("said in
November they would ...") says when the speaker spoke: the content starts after it
(``telling_time_nouns``). Inside a quote, after a said sentence, after "that" and a possessive
subject ("said last year's sales ...") stay. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import first_content


def test_a_but_after_the_reporters_sentence_is_cut(analyze):
    text = ("Kessel Foods opened three new shops in Tamsk last spring. "
            "But the cold winter has hurt sales across the region, the firm said.")
    assert first_content(analyze, text, "said") == "the cold winter has hurt sales across the region"


def test_an_and_after_the_reporters_sentence_is_cut(analyze):
    text = ("Shares in Vaal Motors rose sharply on Friday. "
            "And there may be more gains when trading resumes in Kemaria, analysts forecast.")
    assert first_content(analyze, text, "forecast") == "there may be more gains when trading resumes in Kemaria"


def test_a_time_of_the_telling_after_the_cue_is_cut(analyze):
    text = "The Tamsk party said in November they would raise the pay of nurses."
    assert first_content(analyze, text, "said") == "they would raise the pay of nurses"


def test_a_last_year_after_the_cue_is_cut(analyze):
    text = "Jo Brann, head of Kessel Foods, said last year its fares were far too steep."
    assert first_content(analyze, text, "said") == "its fares were far too steep"


def test_a_but_after_a_said_sentence_stays(analyze):
    text = ("Jo Brann said the Vaal plan would help farmers. "
            "But the cost of the plan was still too high, Ms Brann said.")
    contents = [c.text for c in analyze("Harbour\n\n" + text).claims]
    assert any(c.startswith("But the cost of the plan") for c in contents), contents


def test_a_but_inside_a_quote_stays(analyze):
    text = ('Kessel Foods opened three new shops in Tamsk last spring. '
            '"But the cold winter has hurt our sales across the region," the firm said.')
    contents = [c.text for c in analyze("Harbour\n\n" + text).claims]
    assert any(c.startswith("But the cold winter") for c in contents), contents


def test_a_time_after_that_stays(analyze):
    text = "Kessel Bank said that in January house prices in Tamsk went up by 2%."
    assert first_content(analyze, text, "said") == "in January house prices in Tamsk went up by 2%"


def test_a_possessive_time_subject_stays(analyze):
    text = "Organisers say this year's Tamsk festival will be the biggest yet."
    assert first_content(analyze, text, "say") == "this year's Tamsk festival will be the biggest yet"


def test_a_time_before_the_tag_stays(analyze):
    text = "In 2004, growth in Kemaria will be between 4% and 5%, the Vaal ministry said."
    assert first_content(analyze, text, "said") == "In 2004, growth in Kemaria will be between 4% and 5%"


def test_an_and_inside_a_quote_opened_before_stays(analyze):
    text = ('"Vaal wanted a quiet race. I\n\nwas\n\nthe leader and I wanted a real fight," says Jo Brann.')
    contents = [c.text for c in analyze("Harbour\n\n" + text).claims]
    assert not any(c.startswith("I wanted a real fight") for c in contents), contents


def test_a_date_after_a_present_cue_stays(analyze):
    text = "The Kessel memoir says on 13 March Jo Brann met the Vaal envoy in Tamsk."
    assert "13 March Jo Brann met" in first_content(analyze, text, "says")
