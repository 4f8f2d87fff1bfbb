"""Round 60 (branch clm83): a reported sentence its tag interrupts keeps its second half. After
"A, he said, and/but ..." a clause with its own subject whose verb is in the backshift (a past modal
or the past perfect) goes on with what was said (``_backshifted_other_subject``); so does a verbless
noun phrase with a relative clause ("and a few that had won before": ``_noun_phrase_with_relative``).
Guards pin what stays: the reporter's simple past after the tag, a second verb of saying, a subject
that is the speaker again, and a tag before the said words. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import first_content


def _text(analyze, text: str, cue: str) -> str:
    return first_content(analyze, text, cue)


def test_a_past_perfect_half_after_the_tag_is_kept(analyze):
    text = "The Tamsk party stood against the dam, he said, and they had also fought the new road tax."
    assert _text(analyze, text, "said") == "The Tamsk party stood against the dam … they had also fought the new road tax"


def test_a_modal_half_with_its_own_subject_after_the_tag_is_kept(analyze):
    text = "Rents in Kessel rose 2% last year, the agency said, and prices would fall further in the spring."
    assert _text(analyze, text, "said") == \
        "Rents in Kessel rose 2% last year … prices would fall further in the spring"


def test_a_noun_phrase_with_a_relative_clause_after_the_tag_is_kept(analyze):
    text = "There were many new teams in the Vaal cup this year, Jo Brann added, and some that had won it before."
    assert _text(analyze, text, "added") == \
        "There were many new teams in the Vaal cup this year … some that had won it before"


def test_the_reporters_simple_past_after_the_tag_stays_out(analyze):
    text = "The Tamsk mill had lost money for years, he said, and the workers left the hall in silence."
    assert _text(analyze, text, "said") == "The Tamsk mill had lost money for years"


def test_a_second_verb_of_saying_after_the_tag_stays_out(analyze):
    text = "The Kessel plan had failed, she said, but her deputy would argue the opposite on Monday."
    assert _text(analyze, text, "said") == "The Kessel plan had failed"


def test_a_tag_before_the_said_words_gets_no_second_half(analyze):
    text = "Jo Brann said the Vaal bridge was safe, and the council would reopen it in May."
    assert "council" not in _text(analyze, text, "said") or "…" not in _text(analyze, text, "said")


def test_a_noun_phrase_half_after_a_root_tag_following_a_quote_is_kept(analyze):
    text = ('Jo Brann, who has run the Vaal cup for years, said he was not surprised. "The cup always '
            'draws a crowd," he said. There were many new teams in the cup this year, he added, and a '
            'few that had won it before.')
    claims = [c for c in analyze("Harbour\n\n" + text).claims if c.cue == "added"]
    assert [c.text for c in claims] == ["There were many new teams in the cup this year … a few that had won it before"]


def test_a_noun_phrase_with_an_infinitive_after_the_tag_is_kept(analyze):
    text = "This was not a plan for Tamsk alone, she said, but a wish from all the towns to have a road that runs all year."
    assert _text(analyze, text, "said") == \
        "This was not a plan for Tamsk alone … a wish from all the towns to have a road that runs all year"


def test_a_noun_phrase_without_a_tag_comma_stays_out(analyze):
    text = "Jo Brann said there were many new teams in the cup and a few that had won it before."
    assert "…" not in _text(analyze, text, "said")
