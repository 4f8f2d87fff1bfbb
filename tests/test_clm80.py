"""Round 59 (branch clm80): an indirect content cut at the first of two reported clauses joined by
"and" / "but". The parse may hang the second clause on the cue as a second complement ("said there
would be no cuts and the target would be met"), or hang the "and" on the said clause's last noun
so that the clause seemed to end on it; either way the second clause goes on with what was said
when it is a state or a modal in the reported speech's tense (``_clause_going_on``,
``_second_complement_clause``, ``_joins_to_the_cue``). A second speaker's verb, a person's
pronoun as subject, or an event told in the simple past stays out. And a subject-less past
perfect conjunct ("had built ...") after a said clause under a backshifted modal ("could work")
goes on with it (``_backshifted_perfect``), where ``_tensed_conjunct`` cut it as the reporter's
next verb; a simple past ("but did not give a reason") stays cut. Short fictional sentences
written here."""

from __future__ import annotations

from claim_helpers import first_content


def test_a_second_complement_under_a_modal_goes_on(analyze):
    text = ("The Vaal treasury said there would be no easing of spending rules and the budget "
            "target would be met even without the new figures.")
    assert first_content(analyze, text, "said") == (
        "there would be no easing of spending rules and the budget target would be met even without the new figures")


def test_a_second_complement_in_the_past_goes_on(analyze):
    text = "He said room was limited in the old chapel and on some evenings members had to go to Kessel for meetings."
    assert first_content(analyze, text, "said") == (
        "room was limited in the old chapel and on some evenings members had to go to Kessel for meetings")


def test_an_and_hung_on_the_clauses_last_noun_still_joins_a_state(analyze):
    text = "The Kessel group believes pressure for change is rising and the council's present position is untenable."
    assert first_content(analyze, text, "believes") == (
        "pressure for change is rising and the council's present position is untenable")


def test_a_second_speakers_verb_stays_out(analyze):
    text = "The Vaal board said there would be no sale of the plant and Kessel Motors says it will bid again."
    assert first_content(analyze, text, "said") == "there would be no sale of the plant"


def test_the_speakers_pronoun_acting_next_stays_out(analyze):
    text = "Jo Brann said there would be no cuts and she wanted a vote in May."
    assert first_content(analyze, text, "said") == "there would be no cuts"


def test_another_speakers_claim_after_and_stays_out(analyze):
    text = "Jo Brann said the Vaal plan would fail and Kessel says it will work."
    assert first_content(analyze, text, "said") == "the Vaal plan would fail"


def test_a_past_perfect_after_a_backshifted_modal_goes_on(analyze):
    text = "But she argued Jo Brann and Tamsk could work well together and had built a strong economy and better schools."
    assert first_content(analyze, text, "argued") == (
        "Jo Brann and Tamsk could work well together and had built a strong economy and better schools")


def test_a_past_perfect_after_but_and_an_aside_goes_on(analyze):
    text = ("The Vaal judge said that tools from printing to the Kessel phone could be used to copy songs "
            "but had, on balance, been good for society.")
    assert first_content(analyze, text, "said") == (
        "tools from printing to the Kessel phone could be used to copy songs but had, on balance, been good for society")


def test_a_simple_past_after_a_modal_stays_the_reporters(analyze):
    text = "The Kessel team announced they would leave in May, but offered no reason."
    assert first_content(analyze, text, "announced") == "they would leave in May"
