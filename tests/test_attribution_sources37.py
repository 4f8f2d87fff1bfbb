"""Claim speakers, round 31 (issue 19, branch spk37): a study's respondents say what the study
found, so their claims are its named author's; two sources joined by "and" both speak.
Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import speakers_with_anonymous


def _grouped(result, cue: str) -> list[list[str] | None]:
    return [[result.mentions[i].text for i in c.speakers] if c.speakers else None
            for c in result.claims if c.cue == cue]


def test_a_share_of_respondents_is_the_named_study_author(analyze):
    result = analyze("Tablets in the kitchen\n\nA study by analysts Brennick Research found that families cook "
                     "with tablets. In homes with children, 40% said they read recipes on a screen.")
    said = speakers_with_anonymous(result, "said")
    assert said and said[0][1] == "Brennick Research" and said[0][2] is False


def test_those_questioned_are_the_study_author_paragraphs_later(analyze):
    result = analyze("Phones at home\n\nResearch by phone maker Valdor shows that people keep landlines.\n\n"
                     "The research showed that landlines were used for long calls.\n\n"
                     "In Spain many of those interviewed said they trusted the landline more than a mobile.")
    said = speakers_with_anonymous(result, "said")
    assert said and said[0][1] == "Valdor" and said[0][2] is False


def test_respondents_of_an_unnamed_survey_stay_unnamed(analyze):
    result = analyze("Phones at home\n\nPeople keep landlines, a survey has found.\n\n"
                     "Many of those questioned said they trusted the landline more than a mobile.")
    said = speakers_with_anonymous(result, "said")
    assert said and said[0][1] is None


def test_a_share_far_from_any_study_is_no_study_author(analyze):
    result = analyze("Farm sales\n\nA report by the Grain Council found that seed sales fell.\n\n"
                     "Prices rose in the spring.\n\nThe markets were quiet in May.\n\n"
                     "Farmers met in the town hall on Monday.\n\nHalf of the farmers said they would sell less.")
    said = speakers_with_anonymous(result, "said")
    assert said and said[0][1] != "Grain Council"


def test_a_country_before_researchers_is_not_the_author(analyze):
    result = analyze("Music online\n\nThe study by US researchers suggests musicians like the net.")
    assert speakers_with_anonymous(result, "suggests")[0][1] is None


def test_a_body_that_conducted_the_survey_is_its_author(analyze):
    result = analyze("Music online\n\nMusicians like the net. The Harlow Institute conducted an online survey of "
                     "2,000 musicians in May. The survey found that most musicians sold songs online.")
    assert speakers_with_anonymous(result, "found")[0][1] == "Harlow Institute"


def test_according_to_two_joined_firms_gives_both(analyze):
    result = analyze("Housing holds up\n\nThe housing market remains strong, according to mortgage lender "
                     "Kessel Bank and insurer Valdor Group.")
    assert _grouped(result, "according to")[0] == ["Kessel Bank", "Valdor Group"]


def test_surveys_from_two_bodies_give_both(analyze):
    result = analyze("House prices\n\nPrices fell in May. But the latest surveys from Kessel Bank and Valdor Bank "
                     "have indicated the market may recover.")
    assert _grouped(result, "indicated")[0] == ["Kessel Bank", "Valdor Bank"]


def test_a_name_joined_inside_the_content_is_no_second_speaker(analyze):
    result = analyze("Bank talks\n\nKessel Bank said it would merge with Valdor Bank and Harlow Bank next year.")
    assert _grouped(result, "said")[0] is None


def test_our_correspondent_is_the_outlets_reporter_quoted_just_before(analyze):
    result = analyze("Markets calm\n\nShares rose in Rome on Monday, says the BBC's Ana Ruiz in Rome. "
                     "But the rise may not last, our correspondent says.")
    said = speakers_with_anonymous(result, "says")
    assert said[-1] == ("our correspondent", "Ana Ruiz", False)


def test_our_correspondent_unnamed_is_no_anonymous_source(analyze):
    result = analyze("Markets calm\n\nShares rose in Rome on Monday. The rise may not last, our correspondent says.")
    said = speakers_with_anonymous(result, "says")
    assert said and said[-1][1] is None and said[-1][2] is False


def test_an_owned_thing_that_shows_inside_a_claim_is_the_speakers_reading(analyze):
    result = analyze("Campaign row\n\nTory chairman Ivo Renner said Labour's plans showed the minister was "
                     "afraid of scrutiny.")
    assert speakers_with_anonymous(result, "showed")[0][1] == "Ivo Renner"


def test_an_owned_thing_that_shows_alone_is_not_given_a_speaker_from_elsewhere(analyze):
    result = analyze("Campaign row\n\nIvo Renner spoke on Monday. Labour's plans showed the party was ready.")
    showed = speakers_with_anonymous(result, "showed")
    assert not showed or showed[0][1] != "Ivo Renner"


def test_respondents_asked_by_a_named_pollster_are_that_pollster(analyze):
    result = analyze("Voters doubt\n\nMost voters doubt ministers, a new poll for the Daily Post suggests. "
                     "And 70% of the 1,000 adults quizzed by Harlow Polling for the Daily Post said ministers broke "
                     "their promises.")
    said = speakers_with_anonymous(result, "said")
    assert said and said[0][1] == "Harlow Polling"


def test_people_believing_in_a_poll_are_no_study_for_later_respondents(analyze):
    result = analyze("Gloom spreads\n\nCitizens of many nations surveyed in a Valdor poll believe prices will rise. "
                     "Most respondents also said their wages were falling.")
    said = speakers_with_anonymous(result, "said")
    assert said and said[0][1] is None


def test_our_correspondent_is_the_reporter_introduced_with_the_noun(analyze):
    result = analyze("Defence costs\n\nA senior official, speaking to the BBC's defence correspondent Tom Vale, said "
                     "the costs were too high. The figures contain few surprises, our correspondent said.")
    said = speakers_with_anonymous(result, "said")
    assert said[-1] == ("our correspondent", "Tom Vale", False)


def test_the_firm_that_interviewed_the_people_is_the_polls_maker(analyze):
    result = analyze("Voters doubt\n\nA second poll for the Daily Post found that support for the parties was unchanged. "
                     "Valdor Research Ltd interviewed 600 people. Some 80% said the minister had done well.")
    said = speakers_with_anonymous(result, "said")
    assert said and said[0][1] == "Valdor Research Ltd"
