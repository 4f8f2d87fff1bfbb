"""Round 55 (branch spk89): the respondents of a survey or poll ("more than half of 2,000
people surveyed said", "28% of the managers polled for the survey say") and the lead's "a survey
suggests" left with a null speaker though the story names the one body that made the survey.
Respondents of a survey whose maker is unnamed, of a story with two studies, or of a survey two
bodies made jointly, and a survey brought in outside the lead, stay as they were. Short
fictional sentences written here."""

from __future__ import annotations

from claim_helpers import claim_with, speaker_of


def test_respondents_after_a_lead_survey_are_its_stated_maker(analyze):
    result = analyze("Worry over tags\n\nShoppers are uneasy about tracking tags in stores, a survey "
                     "says.\n\nOver half of 3,000 people surveyed said they had worries about the "
                     "tags. The survey of shoppers in Tamsk and Vaal was carried out by consultancy "
                     "group Kessel Partners.\n")
    claim = claim_with(result, "they had worries about the tags")
    assert speaker_of(result, claim) == "Kessel Partners"
    assert not claim.anonymous


def test_respondents_polled_for_the_survey_are_the_asking_firm(analyze):
    result = analyze("Bosses upbeat\n\nMost large firms are hopeful about next year, a survey of 900 "
                     "managers suggests.\n\nAbout 28% of the managers polled for the survey say that "
                     "they have moved work abroad. For the survey, Brannock Advisers interviewed 912 "
                     "managers around the world.\n")
    claim = claim_with(result, "they have moved work abroad")
    assert speaker_of(result, claim) == "Brannock Advisers"
    assert not claim.anonymous
    # the lead's "a survey of 900 managers suggests" is the same survey: its maker too
    assert speaker_of(result, claim_with(result, "hopeful about next year")) == "Brannock Advisers"


def test_respondents_of_a_poll_a_firm_carried_out_are_the_firm(analyze):
    result = analyze("Trust in shops falls\n\nTrust in online shops is falling. Almost 70% of those "
                     "asked in a poll said that shops were not doing enough to protect buyers. Buyers "
                     "are growing wary, said security firm Tamsk Guard, which carried out the poll.\n")
    claim = claim_with(result, "shops were not doing enough")
    assert speaker_of(result, claim) == "Tamsk Guard"


def test_respondents_with_no_maker_named_stay_unnamed(analyze):
    # guard: the survey's maker is never named; the respondents stay an unnamed source
    result = analyze("Worry over tags\n\nShoppers are uneasy about tracking tags in stores, a survey "
                     "says.\n\nOver half of 3,000 people surveyed said they had worries about the "
                     "tags. Kessel Stores has used the tags for a year.\n")
    claim = claim_with(result, "they had worries about the tags")
    assert speaker_of(result, claim) is None
    assert claim.anonymous


def test_respondents_of_a_story_with_two_surveys_stay_unnamed(analyze):
    # guard: a second survey comes in; which one these people answered is not certain
    result = analyze("Trust in shops falls\n\nTrust in online shops is falling. Almost 70% of those "
                     "asked in a poll said that shops were not doing enough to protect buyers. A "
                     "separate survey found buyers used one password. Buyers are growing wary, said "
                     "security firm Tamsk Guard, which carried out the poll.\n")
    claim = claim_with(result, "shops were not doing enough")
    assert speaker_of(result, claim) is None


def test_respondents_of_a_joint_survey_stay_unnamed(analyze):
    # guard: two bodies made it together; neither alone is the speaker
    result = analyze("Gloom abroad\n\nThe economy is slowing. Most respondents in a poll of 9,000 people "
                     "said their own country was doing badly. The poll was conducted by the polling firm "
                     "Vaal Research, together with the Kessel Institute.\n")
    claim = claim_with(result, "their own country was doing badly")
    assert speaker_of(result, claim) is None


def test_respondents_in_a_poll_one_firm_conducted_are_the_firm(analyze):
    result = analyze("Gloom abroad\n\nThe economy is slowing. Most respondents in a poll of 9,000 people "
                     "said their own country was doing badly. The poll was conducted by the polling firm "
                     "Vaal Research.\n")
    claim = claim_with(result, "their own country was doing badly")
    assert speaker_of(result, claim) == "Vaal Research"
    assert not claim.anonymous


def test_respondents_after_a_named_survey_keep_its_maker(analyze):
    # guard: the earlier rule (the last study claim's named maker) is unchanged
    result = analyze("Savers cautious\n\nA survey by Brannock Bank found savers were cautious. Nearly "
                     "half of those questioned said they would keep their money at home.\n")
    claim = claim_with(result, "keep their money at home")
    assert speaker_of(result, claim) == "Brannock Bank"


def test_lead_survey_is_the_maker_the_story_names(analyze):
    # guard: an earlier rule already gives this one (the lead read on past a sentence naming nobody)
    result = analyze("Callers lose patience\n\nCallers are quicker to hang up on help lines, a survey "
                     "suggests.\n\nMost callers wait about a minute. The survey was conducted by Vaal "
                     "Insight on behalf of Kessel Data, and is based on questionnaires of 166 firms.\n")
    claim = claim_with(result, "quicker to hang up")
    assert speaker_of(result, claim) == "Vaal Insight"
    assert not claim.anonymous


def test_pupils_a_named_survey_interviewed_are_its_maker(analyze):
    result = analyze("Teens shrug at politics\n\nTeenagers know little about politics. The Brannock Research "
                     "survey interviewed 110 pupils for the schools watchdog. Nearly half those pupils polled "
                     "said it did not matter to them to learn more.\n")
    claim = claim_with(result, "it did not matter")
    assert speaker_of(result, claim) == "Brannock Research"


def test_lead_survey_outside_the_lead_stays_unnamed(analyze):
    # guard: a survey brought in further down may be another one than the story's
    result = analyze("Callers lose patience\n\nCallers are quicker to hang up on help lines.\n\nMost callers "
                     "wait about a minute.\n\nFirms are hiring more staff.\n\nStaff are leaving sooner, a "
                     "survey suggests.\n\nTraining has been cut at many firms. Pay is low.\n\nThe study was "
                     "conducted by Vaal Insight for Kessel Data.\n")
    claim = claim_with(result, "Staff are leaving sooner")
    assert speaker_of(result, claim) is None
