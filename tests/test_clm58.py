"""A date of the saying read into what is said, round 42 (branch clm58): "X said on Monday it
would ...", "told staff last week that ...": the date between the cue and the said clause's
subject says when the words were said, so the content starts at the subject. Short fictional
sentences written here."""

from __future__ import annotations

from claim_helpers import claims_of


def _content(analyze, text: str, cue: str) -> str:
    (claim,) = claims_of(analyze, "Harbour\n\n" + text, cue)
    return claim.text


def test_a_weekday_after_the_cue_is_no_part_of_the_content(analyze):
    text = "The ferry firm said on Thursday it had settled its pay row with the dockers."
    assert _content(analyze, text, "said") == "it had settled its pay row with the dockers"


def test_a_pronoun_speaker_and_a_weekday(analyze):
    text = "She said on Friday she hoped to lead the harbour board by summer."
    assert _content(analyze, text, "said") == "she hoped to lead the harbour board by summer"


def test_a_relative_date_of_the_saying(analyze):
    text = "The ferry firm said earlier this month it would cut 200 jobs at its yards."
    assert _content(analyze, text, "said") == "it would cut 200 jobs at its yards"


def test_a_date_and_that(analyze):
    text = "The harbour master said last week that the quay should be looked at again."
    assert _content(analyze, text, "said") == "the quay should be looked at again"


def test_a_date_after_the_hearer(analyze):
    text = "The council told residents on Monday the coast road would reopen soon."
    assert _content(analyze, text, "told") == "the coast road would reopen soon"


def test_a_possessive_date_is_what_is_said(analyze):
    text = "The coach said Saturday's regatta was the hardest of the season."
    assert _content(analyze, text, "said") == "Saturday's regatta was the hardest of the season"


def test_a_date_that_is_the_subject_stays(analyze):
    text = "The mayor said last week was the worst of his time in office."
    assert _content(analyze, text, "said") == "last week was the worst of his time in office"


def test_a_year_may_be_the_clause_s_own_period(analyze):
    text = "The ferry agency said last year its fees had been far too low."
    assert _content(analyze, text, "said") == "last year its fees had been far too low"


def test_a_subject_the_parser_hung_on_the_cue_is_kept(analyze):
    text = "She said around six other members of the rowing club were also planning to leave."
    assert _content(analyze, text, "said") == \
        "around six other members of the rowing club were also planning to leave"


def test_a_long_subject_before_the_said_verb_is_kept(analyze):
    text = "The minister said evidence gathered by the police while the men were abroad was useless in court."
    assert _content(analyze, text, "said") == \
        "evidence gathered by the police while the men were abroad was useless in court"


def test_the_hearer_of_told_is_not_taken_as_a_subject(analyze):
    text = "The coach told the paper his players were tired."
    assert _content(analyze, text, "told") == "his players were tired"
