"""A statement cut before its own second item, round 44 (branch clm61): a verb joined to the
said clause under its modal, in the bare form ("could save £40 and cut waiting times": the tagger
calls "cut" a past; "would defy the quota and continue to sail": "continue" is also a verb of
saying), a second "and that" clause read as the reporter's aside, and after a tag, a verb under a
modal with no subject ("X, the director said, and could rise next year"). Each goes on with what
the speaker says. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import first_content


def test_a_bare_verb_that_looks_past_shares_the_modal(analyze):
    text = "The harbour trust says the new locks could save boat owners £40 a month and cut waiting times."
    assert first_content(analyze, text, "says").endswith("£40 a month and cut waiting times")


def test_a_bare_verb_of_saying_shares_the_modal(analyze):
    text = "The fishermen said they would defy the quota and continue to sail."
    assert first_content(analyze, text, "said") == "they would defy the quota and continue to sail"


def test_a_second_that_clause_is_no_aside(analyze):
    text = ("The ferry company added that it was adding two crossings a day, and that it would "
            "continue to run the night boat.")
    assert first_content(analyze, text, "added").endswith("and that it would continue to run the night boat")


def test_a_modal_verb_after_the_tag_goes_on_with_the_statement(analyze):
    text = "The toll is only a first estimate, the port director told reporters, and could rise next year."
    assert first_content(analyze, text, "told") == "The toll is only a first estimate … could rise next year"


def test_a_passive_under_a_modal_after_the_tag_goes_on(analyze):
    text = "The new chair should come from the harbour board, he said, and should be chosen by its members."
    assert first_content(analyze, text, "said").endswith("… should be chosen by its members")


def test_a_past_form_after_the_modal_is_still_the_next_act(analyze):
    text = "The keeper announced he would retire in June, but gave no reason."
    assert first_content(analyze, text, "announced") == "he would retire in June"


def test_the_aside_of_a_pronoun_stays_out(analyze):
    text = "The club said the stand would reopen in May, but it did not say when."
    assert first_content(analyze, text, "said") == "the stand would reopen in May"


def test_a_negated_or_refused_verb_after_the_tag_stays_out(analyze):
    assert first_content(analyze, "Ticket sales were strong, the organiser said, but could not give details.",
                    "said") == "Ticket sales were strong"
    assert first_content(analyze, "Prices will rise, the firm said, but would not say by how much.",
                    "said") == "Prices will rise"


def test_an_act_after_the_tag_stays_out(analyze):
    assert first_content(analyze, "The bridge is safe, the engineer said, and left the site.", "said") == "The bridge is safe"


def test_a_bare_cue_keeps_its_next_act_apart(analyze):
    # with "say" itself bare, "call" may be the critics' next act: this rule leaves the parse alone
    text = "Critics say the scheme would fail and call for a fresh review."
    assert first_content(analyze, text, "say").startswith("the scheme would fail")
