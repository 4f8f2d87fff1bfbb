"""Round 59 (branch clm82): an indirect content that ran on into the speaker's next act, where the
parse hid that act from ``_second_report``: a past tense the tagger read as a participle ("said the
flats would not be sold and argued tenants had ..."), a verb of saying read as an adjective on the
next clause's subject ("and warned growth would be ..."), a past act after a said clause in the
present whose subject is a pronoun for the speaker ("say they oppose the tax and questioned ..."),
and a "warned that ..." clause the parse hung on the cue after "and" (``_run_on``). Guards pin
what stays: a shared perfect, a "reported" after "and" with its own claim, an adjective participle, a
present conjunct, and a past act after another subject. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import claim_at, first_content


def _text(analyze, text: str, cue: str) -> str:
    return first_content(analyze, text, cue)


def test_a_past_tagged_as_participle_with_its_own_clause_is_cut(analyze):
    text = "The Kessel board said old flats would not be sold and argued tenants already had strong rights."
    assert _text(analyze, text, "said") == "old flats would not be sold"


def test_a_past_tagged_as_participle_with_a_hearer_and_a_task_is_cut(analyze):
    text = ("Kemaria Telecom said it did not believe the fault was widespread and recommended users "
            "to restart their phones.")
    assert _text(analyze, text, "said") == "it did not believe the fault was widespread"


def test_a_verb_of_saying_read_as_an_adjective_is_cut(analyze):
    text = "Kessel Bank said the earlier forecast of 2% was too rosy and warned output would rise only 1% next year."
    assert _text(analyze, text, "said") == "the earlier forecast of 2% was too rosy"


def test_a_verb_of_saying_read_as_an_adjective_after_but_is_cut(analyze):
    text = ("Mr Kessel suggested the vote could be held less often but argued checks were needed "
            "to keep the lists right.")
    assert _text(analyze, text, "suggested") == "the vote could be held less often"


def test_a_past_act_after_a_present_said_clause_is_cut_and_credited(analyze):
    text = "The Vaal Party say they also oppose the new tax and questioned the cost of the plan."
    result = analyze("Harbour\n\n" + text)
    assert claim_at(result, "say").text == "they also oppose the new tax"
    assert claim_at(result, "questioned").speaker_text == "The Vaal Party"


def test_a_warned_clause_hung_on_the_cue_after_and_is_cut(analyze):
    text = ("Jo Brann said that it was still too soon to count the losses and warned that the Vaal fund "
            "would need more money.")
    assert _text(analyze, text, "said") == "it was still too soon to count the losses"


def test_a_shared_perfect_stays(analyze):
    text = "Jo Brann said the firm had denied the report and argued that it was false."
    assert _text(analyze, text, "said") == "the firm had denied the report and argued that it was false"


def test_a_reported_after_and_keeps_its_own_claim(analyze):
    text = "Analysts said costs rose in Tamsk and reported sales fell in Vaal."
    assert _text(analyze, text, "said") == "costs rose in Tamsk"
    assert _text(analyze, text, "reported") == "sales fell in Vaal"


def test_a_present_conjunct_stays(analyze):
    text = "The Vaal Party says it opposes the tax and wants a vote on it."
    assert _text(analyze, text, "says") == "it opposes the tax and wants a vote on it"


def test_a_past_act_after_another_subject_stays(analyze):
    text = "The Kemaria union says its members reject the offer and questioned the figures."
    result = analyze("Harbour\n\n" + text)
    assert claim_at(result, "says").text == "its members reject the offer and questioned the figures"
    assert claim_at(result, "questioned").speaker_text == "its members"


def test_an_adjective_participle_outside_the_table_stays(analyze):
    text = "Jo Brann said the Tamsk plan was too costly and expected gains would not come soon."
    assert _text(analyze, text, "said") == "the Tamsk plan was too costly and expected gains would not come soon"
