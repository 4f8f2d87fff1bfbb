"""Round 46 (branch clm64): a said clause's closing ", without giving / saying ..." is the
reporter's aside on what the speaker left out; a verb inside the wh- / "if" / "whether" clause
of a question verb is a word of the question, not anyone's claim. Short fictional sentences
written here."""

from __future__ import annotations

from claim_helpers import claims_of, first_content


def test_without_giving_figures_is_the_reporters_aside(analyze):
    text = "The ferry firm says bookings have beaten forecasts, without giving detailed numbers."
    assert first_content(analyze, text, "says") == "bookings have beaten forecasts"


def test_without_saying_what_it_cost_is_the_reporters_aside(analyze):
    text = "Marlow Council said the bridge would reopen in June, without saying how much the repairs cost."
    assert first_content(analyze, text, "said") == "the bridge would reopen in June"


def test_without_naming_the_buyers_is_the_reporters_aside(analyze):
    text = "The harbour trust said it had sold two old tugs, without naming the buyers."
    assert first_content(analyze, text, "said") == "it had sold two old tugs"


def test_without_and_no_comma_stays_the_speakers(analyze):
    text = "The harbour master said the crews would act without consulting the board."
    assert first_content(analyze, text, "said").endswith("without consulting the board")


def test_without_an_act_of_telling_stays_the_speakers(analyze):
    text = "The skipper said the trawler sank quickly, without anyone noticing the leak."
    assert "without anyone noticing" in first_content(analyze, text, "said")


def test_without_inside_a_quote_stays_the_speakers(analyze):
    text = 'The mayor said: "We cannot go on like this, without giving the town a say."'
    assert first_content(analyze, text, "said").endswith("without giving the town a say.")


def test_a_belief_verb_inside_an_asked_whether_clause_is_no_claim(analyze):
    text = 'Asked whether it was fair to assume the harbour would close, the mayor said: "Nobody knows."'
    assert claims_of(analyze, text, "assume") == []
    assert first_content(analyze, text, "said") == "Nobody knows."


def test_a_verb_inside_an_asked_how_clause_is_no_claim(analyze):
    text = "He asked how the harbour crews were supposed to interpret the new fee rules."
    assert claims_of(analyze, text, "interpret") == []


def test_a_belief_inside_an_asked_whether_clause_of_a_finite_verb_is_no_claim(analyze):
    text = "The mayor asked whether the board believed the ferry would survive, and said he doubted it."
    assert claims_of(analyze, text, "believed") == []
    assert first_content(analyze, text, "said") == "he doubted it"


def test_the_answers_cue_hung_in_the_question_stays_a_cue(analyze):
    text = 'Asked whether the ferry would run he said: "I cannot promise that."'
    assert first_content(analyze, text, "said") == "I cannot promise that."


def test_a_condition_after_a_request_is_not_a_question(analyze):
    text = "The union asked the court to step in if ministers claimed the port was safe."
    assert "if ministers claimed the port was safe" in first_content(analyze, text, "asked")


def test_a_belief_in_a_relative_clause_inside_the_question_stays_a_claim(analyze):
    text = "One wonders whether the new locks will work for skippers who believe that the harbour fees are too high."
    assert first_content(analyze, text, "believe") == "the harbour fees are too high"


def test_a_cue_in_a_participle_after_the_question_stays_a_claim(analyze):
    text = ("The skipper has long wondered whether the port board would treat him well, "
            "indulging in what rivals described as a familiar ploy.")
    assert first_content(analyze, text, "described") == "a familiar ploy"
