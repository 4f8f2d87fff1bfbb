"""A forecast's or a finding's object cut before the date phrase that closes it, round 45 (branch
clm63): "forecast a fall in rents during 2006", "have confirmed a slump in orders in late 2003".
The parser hangs the date on the cue, but the date is the period forecast or found, part of what
is said. A past report or announcement keeps its date outside ("reported a loss in May": when it
was reported). Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import first_content


def test_a_forecast_keeps_its_period(analyze):
    text = "Estate agents in Marlow forecast a fall in harbour rents during 2006."
    assert first_content(analyze, text, "forecast") == "a fall in harbour rents during 2006"


def test_a_forecast_in_progress_keeps_its_year(analyze):
    text = "The fishing board is forecasting steady growth of 3% across the northern ports in 2007."
    assert first_content(analyze, text, "forecasting").endswith("across the northern ports in 2007")


def test_figures_that_confirm_keep_the_period_found(analyze):
    text = "Port figures have confirmed a sharp slump in ferry bookings in late 2003."
    assert first_content(analyze, text, "confirmed").endswith("ferry bookings in late 2003")


def test_a_survey_that_showed_keeps_its_month(analyze):
    text = "However, a survey by the Harbour Traders Guild showed a 0.4% fall in ferry ticket sales during March."
    assert first_content(analyze, text, "showed").endswith("ferry ticket sales during March")


def test_a_past_report_keeps_its_date_outside(analyze):
    text = "Marlow Ferries reported a sharp fall in its profits in May."
    assert "May" not in first_content(analyze, text, "reported")


def test_a_past_confirmation_keeps_its_date_outside(analyze):
    text = "The harbour trust confirmed the sale of the old lighthouse in March."
    assert "March" not in first_content(analyze, text, "confirmed")


def test_the_day_of_speaking_stays_outside(analyze):
    text = "The fishing board has confirmed a cut in quotas on Tuesday."
    assert "Tuesday" not in first_content(analyze, text, "confirmed")


# A said clause cut before its second verb, round 45: the verb agrees with the said clause's
# subject, not with the speaker ("said his remarks may have been rude but were not racist"), so it
# is no act of the speaker's.

def test_a_plural_verb_after_a_singular_speaker_goes_on(analyze):
    text = "Mr Hale said his comments may have been unkind but were not racist."
    assert first_content(analyze, text, "said") == "his comments may have been unkind but were not racist"


def test_a_singular_verb_after_plural_speakers_goes_on(analyze):
    text = "The councillors said the new ferry would cost £5m but was worth every penny."
    assert first_content(analyze, text, "said").endswith("but was worth every penny")


def test_the_speakers_own_number_is_still_cut(analyze):
    text = "Mr Hale said the fares would rise but was not sure when."
    assert first_content(analyze, text, "said") == "the fares would rise"


def test_the_reporters_second_verb_is_still_cut(analyze):
    text = "The mayor said the new rules would be harsh, but gave no reason."
    assert first_content(analyze, text, "said") == "the new rules would be harsh"


def test_the_speakers_next_act_after_the_kept_verb_is_still_cut(analyze):
    text = ("Mr Hale has said his comments may have been unkind but were not racist, and said "
            "on Monday that no apology would come from him whatever the mayor asked.")
    assert first_content(analyze, text, "said") == "his comments may have been unkind but were not racist"
