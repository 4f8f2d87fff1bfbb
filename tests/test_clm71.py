"""Round 52 (branch clm71): a claim's content cut before the rest of what was said. After a said
clause whose subject is a person's pronoun, a second clause the parser hangs on the cue with the
same pronoun as its subject, whose verb is a state or an attitude (``own_state_verbs``) in the
cue's tense, goes on with the reported speech ("said he did not expect trouble but he wanted to
..."); so does a subject-less verb under "would" / "could" the parser hangs on a past cue ("said
A, but would rise to ..."). A source phrase closing the said words ("..., according to a
statement") is the reporter's citing, not what was said. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import first_content


def test_the_same_pronouns_wish_after_but_goes_on(analyze):
    text = "Judge Amos Pellew said he did not expect any trouble but he wanted to settle the point first."
    assert first_content(analyze, text, "said") == (
        "he did not expect any trouble but he wanted to settle the point first")


def test_the_same_pronouns_state_after_a_comma_and_but_goes_on(analyze):
    text = "Ms Varga said she had never met the buyer, but she was keen to hear his offer."
    assert first_content(analyze, text, "said") == "she had never met the buyer, but she was keen to hear his offer"


def test_a_present_cue_goes_on_with_a_present_state(analyze):
    text = "The striker says he is fit but he wants a rest before the derby."
    assert first_content(analyze, text, "says") == "he is fit but he wants a rest before the derby"


def test_a_present_state_after_a_past_cue_stays_out(analyze):
    text = "The striker said he was fit but he wants a rest before the derby."
    assert first_content(analyze, text, "said") == "he was fit"


def test_an_event_of_the_speakers_life_stays_out(analyze):
    text = "Ms Harrow said she would retire in June, but she had a change of heart."
    assert first_content(analyze, text, "said") == "she would retire in June"


def test_another_pronoun_stays_out(analyze):
    text = "The striker said he was fit but they wanted him to rest before the derby."
    assert first_content(analyze, text, "said") == "he was fit"


def test_a_pronoun_after_a_said_clause_with_a_noun_subject_stays_out(analyze):
    text = "Mr Dace said the bridge over the Wend was safe, but he was unaware of the latest survey."
    assert first_content(analyze, text, "said") == "the bridge over the Wend was safe"


def test_a_backshifted_modal_without_a_subject_goes_on(analyze):
    text = ("The gallery said it was not trying to copy the old show, but would rise to the task of "
            "keeping its spirit alive with new artists.")
    assert first_content(analyze, text, "said") == (
        "it was not trying to copy the old show, but would rise to the task of keeping its spirit alive with new artists")


def test_a_backshifted_modal_of_saying_stays_out(analyze):
    text = "The gallery said it was not trying to copy the old show, but would not say who would curate it."
    assert first_content(analyze, text, "said") == "it was not trying to copy the old show"


def test_a_modal_with_an_adverb_of_the_telling_stays_out(analyze):
    text = "The gallery said it was not trying to copy the old show, but would later drop the plan."
    assert first_content(analyze, text, "said") == "it was not trying to copy the old show"


def test_a_negated_modal_stays_out(analyze):
    text = "The gallery said it was not trying to copy the old show, but could not find a curator."
    assert first_content(analyze, text, "said") == "it was not trying to copy the old show"


def test_a_modal_after_a_present_cue_stays_out(analyze):
    text = "The gallery says it is not trying to copy the old show, but would welcome new artists."
    assert first_content(analyze, text, "says") == "it is not trying to copy the old show"


def test_a_closing_source_phrase_is_the_reporters(analyze):
    text = "Mr Orme said the ferries would run, according to a statement from the operator."
    assert first_content(analyze, text, "said") == "the ferries would run"


def test_a_closing_rule_phrase_stays(analyze):
    text = "The minister said the tax would be collected, according to the rules."
    assert first_content(analyze, text, "said") == "the tax would be collected, according to the rules"


def test_a_source_phrase_inside_a_quote_stays(analyze):
    text = 'Mr Orme said: "The ferries will run, according to the operator."'
    assert "according to the operator" in first_content(analyze, text, "said")
