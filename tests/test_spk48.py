"""Claim speakers, round 36 (issue 19, branch spk48): "the report" / "the survey" whose maker
the story names — with a verb of making ("was carried out by X", "X, which commissioned the
survey"), or as the body whose "it" claims run on just before. Short fictional sentences
written here."""

from __future__ import annotations

from claim_helpers import speakers


def test_the_survey_takes_the_maker_named_with_a_verb_after_it(analyze):
    result = analyze("Bicycle locks\n\nMost riders worry about theft, a survey suggests.\n\n"
                     "The survey found that 60% of riders had lost a bicycle. "
                     "The survey of 3,000 riders was carried out by consultancy group Brennick Partners.")
    found = speakers(result, "found")
    assert found and found[0][0] == "The survey" and found[0][1] == "Brennick Partners"


def test_the_report_takes_the_body_which_commissioned_it(analyze):
    result = analyze("Junk mail\n\nPeople still open junk mail, a study says.\n\n"
                     "\"Nobody should open such mail,\" said Ana Ruiz, a spokeswoman for the Kessel Mail Council, "
                     "which commissioned the research.\n\n"
                     "The research found that one in five people clicked a link.")
    found = speakers(result, "found")
    assert found and found[-1][1] == "Kessel Mail Council"


def test_a_maker_outranks_the_body_which_commissioned_it(analyze):
    result = analyze("Junk mail\n\nPeople still open junk mail, a study says.\n\n"
                     "The Kessel Mail Council, which commissioned the research, wants tougher laws.\n\n"
                     "The research found that one in five people clicked a link. "
                     "The research was conducted by Valdor Polling on behalf of the council.")
    found = speakers(result, "found")
    assert found and found[-1][1] == "Valdor Polling"


def test_two_makers_joined_give_no_speaker(analyze):
    result = analyze("Film jobs\n\nWomen earn less in film, a study says.\n\n"
                     "The research was carried out by the Norland Film Board and the Kessel Skills Trust. "
                     "The research found that few women worked as camera operators.")
    found = speakers(result, "found")
    assert found and found[-1][1] is None


def test_a_second_study_keeps_the_survey_null(analyze):
    result = analyze("Phones\n\nPeople lose their phones often, a survey says.\n\n"
                     "The survey found that one in three people had lost a phone. "
                     "Another study, carried out by Valdor Polling last year, found the same.")
    found = speakers(result, "found")
    assert found and found[0][0] == "The survey" and found[0][1] is None


def test_the_report_goes_on_from_the_body_s_it_claims(analyze):
    result = analyze("Growth\n\nThe Norland Economic Council said growth would slow this year. "
                     "It added that prices would rise. However, the report warned that jobs were safe.")
    warned = speakers(result, "warned")
    assert warned and warned[0][0] == "the report" and warned[0][1] == "Norland Economic Council"


def test_the_report_after_they_stays_null(analyze):
    result = analyze("Growth\n\nThe two councils said growth would slow this year. "
                     "They added that prices would rise. However, the report warned that jobs were safe.")
    warned = speakers(result, "warned")
    assert warned and warned[0][1] is None


def test_a_maker_together_with_another_gives_no_speaker(analyze):
    result = analyze("Moods\n\nPeople feel gloomy, a poll says.\n\n"
                     "The poll found that most people expected prices to rise. "
                     "The poll was conducted by Valdor Polling, together with the Kessel Institute.")
    found = speakers(result, "found")
    assert found and found[0][1] is None


def test_the_charity_is_the_one_body_that_spoke_before(analyze):
    result = analyze("Debates\n\nBroadcasters should hold a televised debate before the election, "
                     "according to the Kessel Society.\n\n"
                     "It would then be up to the three leaders to take part, the charity said.")
    said = speakers(result, "said")
    assert said and said[-1][0] == "the charity" and said[-1][1] == "Kessel Society"


def test_the_charity_after_two_bodies_spoke_stays_null(analyze):
    result = analyze("Debates\n\nBroadcasters should hold a televised debate before the election, "
                     "according to the Kessel Society. The Norland Trust said such debates were a bad idea.\n\n"
                     "It would then be up to the three leaders to take part, the charity said.")
    said = speakers(result, "said")
    assert said and said[-1][0] == "the charity" and said[-1][1] is None


def test_the_charity_after_a_person_spoke_since_stays_null(analyze):
    result = analyze("Debates\n\nBroadcasters should hold a televised debate before the election, "
                     "according to the Kessel Society. Ana Ruiz, a lecturer, said such debates were a bad idea.\n\n"
                     "It would then be up to the three leaders to take part, the charity said.")
    said = speakers(result, "said")
    assert said and said[-1][0] == "the charity" and said[-1][1] is None


def test_places_of_the_survey_are_no_makers(analyze):
    result = analyze("Tags\n\nShoppers fear radio tags, a survey says.\n\n"
                     "The survey showed that few shoppers knew about the tags. The survey of shoppers in France, "
                     "Spain and Italy was carried out by consultancy group Capwick.\n\n"
                     "People in Spain were most worried, said the survey.")
    showed, said = speakers(result, "showed"), speakers(result, "said")
    assert showed and showed[0][1] == "Capwick"
    assert said and said[0][1] == "Capwick"
