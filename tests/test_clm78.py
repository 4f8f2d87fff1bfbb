"""Round 58 (branch clm78): an indirect content that opened with the reporter's connective and
its comma ("However, sales rose, the firm said"; "According to X, however, ..."): the word ties the
sentence to the story, so the content starts after it (``content_lead_connectives``). Inside a
quote the word is the speaker's and stays; other openers ("Instead", "Though") and "however" as
a degree word stay. And an object whose "since" phrase the parse hung on a cue in a simple tense
("highlighted the lowest rates | since the 1960s") keeps it (round 57's ``perfect_preps`` rule,
here for objects); a perfect cue's phrase stays out. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import first_content


def test_a_leading_however_before_a_tag_is_cut(analyze):
    text = ("Kessel Foods warned of a weak winter. "
            "However, the first weeks of the year had brought better sales in Tamsk, the firm said.")
    assert first_content(analyze, text, "said") == "the first weeks of the year had brought better sales in Tamsk"


def test_a_leading_meanwhile_before_a_tag_is_cut(analyze):
    text = ("Vaal Motors cut its prices in March. "
            "Meanwhile, demand for small cars in Kemaria is expected to rise, the company added.")
    assert first_content(analyze, text, "added") == "demand for small cars in Kemaria is expected to rise"


def test_a_however_after_according_to_is_cut(analyze):
    text = ("Jo Brann says the plan will help farmers. "
            "According to the Tamsk opposition, however, it is all one big trick.")
    assert first_content(analyze, text, "According to") == "it is all one big trick"


def test_a_however_inside_a_quote_stays(analyze):
    text = ('Jo Brann said the Vaal plan had been a success. '
            '"However, a lot is still to be done on the roads of Tamsk," she said.')
    contents = [c.text for c in analyze("Harbour\n\n" + text).claims]
    assert any(c.startswith("However, a lot is still to be done") for c in contents), contents


def test_an_instead_opener_stays(analyze):
    text = ("Kessel had promised new roads for Tamsk. "
            "Instead, only a few villages would benefit, the Vaal council said.")
    assert first_content(analyze, text, "said") == "Instead, only a few villages would benefit"


def test_a_degree_however_stays(analyze):
    text = "The Vaal coach said however hard the Tamsk team tried, it would lose the final in Kessel."
    assert first_content(analyze, text, "said") == "however hard the Tamsk team tried, it would lose the final in Kessel"


def test_a_since_phrase_after_an_object_on_a_simple_tense_cue_is_kept(analyze):
    text = "The Vaal minister highlighted the cheapest borrowing costs since the 1950s."
    assert first_content(analyze, text, "highlighted") == "the cheapest borrowing costs since the 1950s"


def test_a_since_phrase_closing_a_quoted_object_keeps_the_closing_mark(analyze):
    text = 'The Vaal minister highlighted the "cheapest borrowing costs since the 1950s".'
    assert first_content(analyze, text, "highlighted") == 'the "cheapest borrowing costs since the 1950s"'


def test_a_since_phrase_on_a_perfect_cue_stays_out(analyze):
    text = "The Vaal minister has highlighted the high interest rates since 2001."
    assert first_content(analyze, text, "highlighted") == "the high interest rates"
