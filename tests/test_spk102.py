"""Round 58 (branch spk102): reports and minutes whose maker the story names left with no
speaker — "the Kessel Institute research found ... The report reveals", "Vaal's Paying the
Toll report said ... The report said", "the rate-setting body of the Tamsk Reserve voted 7-2,
minutes have shown", "research suggests. | ..., according to a report by Tamsk think-tank
Kessel Forum". Two makers of the nouns, a joint survey, minutes in a sentence naming two
bodies and minutes inside someone's words stay as they were. Short fictional sentences."""

from __future__ import annotations

from claim_helpers import claim_with, speaker_of


def test_the_report_is_the_body_whose_named_research_came_before(analyze):
    result = analyze("Old phones get a second life\n\nResearch has found that old handsets can help "
                     "poorer towns. The Kessel Institute research found that the phones can be used "
                     "for years. But the Institute found that more should be done to collect them.\n\n"
                     "The report reveals that about 9 million phones go out of use each year.\n")
    claim = claim_with(result, "about 9 million phones go out of use")
    assert speaker_of(result, claim) == "Kessel Institute"
    assert not claim.anonymous


def test_the_report_is_the_body_owning_a_titled_report(analyze):
    result = analyze("Aid pledges fall short\n\nRich nations are failing the poor. Vaal Aid's "
                     "Paying the Toll report this week said that aid budgets had halved.\n\n"
                     "The charity's director, Jo Brann, said: \"This is the year to act.\"\n\n"
                     "The report said the richest nations had promised more in 1970.\n")
    claim = claim_with(result, "the richest nations had promised more")
    assert speaker_of(result, claim) == "Vaal Aid"


def test_minutes_are_the_one_body_the_sentence_names(analyze):
    result = analyze("Bank split on rates\n\nThe decision to hold rates at 4% was passed 7-2 by "
                     "the Tamsk Reserve Bank's rate-setting board, minutes have shown.\n\n"
                     "Worries over weak spending were behind the decision, the minutes showed.\n")
    assert speaker_of(result, claim_with(result, "passed 7-2")) == "Tamsk Reserve Bank"
    later = claim_with(result, "Worries over weak spending")
    assert speaker_of(result, later) == "Tamsk Reserve Bank"
    assert not later.anonymous


def test_lead_research_is_the_think_tank_of_a_report_by_placed_noun(analyze):
    result = analyze("Fast links change habits\n\nFast web links are making people write more "
                     "online, research suggests.\n\nA quarter of users keep their own sites, "
                     "according to a report by Tamsk think-tank Kessel Forum.\n")
    claim = claim_with(result, "making people write more online")
    assert speaker_of(result, claim) == "Kessel Forum"


def test_two_bodies_owning_reports_stay_unnamed(analyze):
    # guard: two bodies each own a report; "the report" may be either's
    result = analyze("Aid pledges fall short\n\nRich nations are failing the poor. Vaal Aid's "
                     "Paying the Toll report came out on Monday. Kessel Relief's Open Hands report "
                     "came out on Tuesday.\n\n"
                     "The charity's director, Jo Brann, said: \"This is the year to act.\"\n\n"
                     "The report said the richest nations had promised more in 1970.\n")
    claim = claim_with(result, "the richest nations had promised more")
    assert speaker_of(result, claim) is None


def test_a_joint_survey_stays_unnamed(analyze):
    # guard: the survey is two bodies' together; neither alone made it
    result = analyze("Networks left open\n\nFirms are careless with wireless links, the annual "
                     "Kessel Security and Vaal Net survey shows.\n\nMost firms guard their "
                     "links well, but the survey found that a third left them open.\n")
    claim = claim_with(result, "a third left them open")
    assert speaker_of(result, claim) is None


def test_minutes_in_a_sentence_naming_two_bodies_stay_unnamed(analyze):
    # guard: which body's meeting it was, the sentence does not say
    result = analyze("Rates held\n\nThe Tamsk Reserve Bank and the Vaal Treasury agreed to hold "
                     "rates at 4%, minutes have shown.\n")
    claim = claim_with(result, "agreed to hold rates")
    assert speaker_of(result, claim) is None


def test_minutes_a_named_economist_reads_are_left(analyze):
    # guard: inside an economist's words the minutes are his reading, not the bank's claim
    result = analyze("Bank split on rates\n\nThe Tamsk Reserve Bank's board voted 7-2 to hold "
                     "rates, minutes have shown.\n\nJo Brann, an economist at Kessel Capital, said "
                     "he was surprised. He said the minutes seemed to be \"preparing the market "
                     "for a rise\".\n")
    found = [c for c in result.claims if "preparing the market" in c.text and c.speaker_text == "the minutes"]
    assert all(speaker_of(result, c) != "Tamsk Reserve Bank" for c in found)


def test_a_report_by_a_people_word_stays_unnamed(analyze):
    # guard: "by Tamsk researchers" names no body; the lead's research keeps no speaker
    result = analyze("Fast links change habits\n\nFast web links are making people write more "
                     "online, research suggests.\n\nA quarter of users keep their own sites, "
                     "according to a report by Tamsk researchers.\n")
    claim = claim_with(result, "making people write more online")
    assert speaker_of(result, claim) is None


def test_her_lawsuit_is_the_one_plaintiff_named(analyze):
    result = analyze("Runner sues coach\n\nJo Brann has lodged a defamation lawsuit against "
                     "coach Ivo Kessel over his claims about her.\n\nKessel said he stood by his "
                     "words. Her lawsuit, filed in a Tamsk court, said the runner had passed every "
                     "test.\n")
    claim = claim_with(result, "the runner had passed every test")
    assert speaker_of(result, claim) == "Jo Brann"


def test_her_lawsuit_with_two_plaintiffs_stays_unnamed(analyze):
    # guard: two people are suing; whose "her lawsuit" it is, the rule does not guess
    result = analyze("Runners sue coach\n\nJo Brann is suing coach Ivo Kessel over his claims. "
                     "Mia Holt is suing the Tamsk club over a lost contract.\n\nHer lawsuit, filed "
                     "in a Tamsk court, said the runner had passed every test.\n")
    claim = claim_with(result, "the runner had passed every test")
    assert speaker_of(result, claim) is None
