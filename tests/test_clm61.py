"""A said clause cut before its own second item, round 44 (branch clm61): "says the plans could
save £100 and cut deaths" (a bare verb the tagger calls a past), "said they would ignore the ban
and continue to march" (a bare verb that is also a verb of saying), "added that A, and that B"
(a second "that" clause read as the reporter's aside). The second verb shares the first one's
modal, so it is still what the speaker says. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import claims_of


def _content(analyze, text: str, cue: str) -> str:
    claims = claims_of(analyze, "Harbour\n\n" + text, cue)
    assert claims, text
    return claims[0].text


def test_a_bare_verb_that_looks_past_shares_the_modal(analyze):
    text = "The party says the plans could save the average pensioner £100 a year and cut winter deaths."
    assert _content(analyze, text, "says").endswith("and cut winter deaths")


def test_a_bare_verb_of_saying_shares_the_modal(analyze):
    text = "Protesters said they would ignore the ban and continue to march."
    assert _content(analyze, text, "said") == "they would ignore the ban and continue to march"


def test_a_second_that_clause_is_no_aside(analyze):
    text = "The firm added that it was raising its dividend by 5%, and that it would continue with buybacks."
    assert _content(analyze, text, "added").endswith("and that it would continue with buybacks")


def test_a_past_form_after_the_modal_is_still_the_next_act(analyze):
    text = "The keeper announced he would retire in June, but gave no reason."
    assert _content(analyze, text, "announced") == "he would retire in June"


def test_the_aside_of_a_pronoun_stays_out(analyze):
    text = "The club said the stand would reopen in May, but it did not say when."
    assert _content(analyze, text, "said") == "the stand would reopen in May"


def test_a_bare_cue_keeps_its_next_act_apart(analyze):
    # with "say" itself bare, "call" may be the critics' next act: this rule leaves the parse alone
    text = "Critics say the scheme would fail and call for a fresh review."
    assert _content(analyze, text, "say").startswith("the scheme would fail")
