"""Claim speakers, round 34 (issue 19, branch clm37): a document's maker, a share's percent
sign, a speaker's moment of travel, and "reportedly" with its outlets in the next sentence.
Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import speakers, speakers_with_anonymous


def test_a_share_keeps_its_percent_sign(analyze):
    result = analyze("Cycling to work\n\nA study by the Norland Cycle Trust found that riders save money. "
                     "In the towns, 47% said they rode to work each week.")
    said = speakers_with_anonymous(result, "said")
    assert said and said[0][0] == "47%"
    assert said[0][1] == "Norland Cycle Trust" and said[0][2] is False


def test_a_moment_of_travel_is_cut_from_the_speaker(analyze):
    result = analyze("Coach hails squad\n\nThe side won all four of its autumn games. "
                     "\"Nobody can call themselves the best now,\" declared coach Mark Evans on arrival "
                     "back in Perth.")
    declared = speakers(result, "declared")
    assert declared and declared[0][0] == "coach Mark Evans"


def test_a_dated_survey_keeps_its_maker_in_the_speaker(analyze):
    result = analyze("Batteries\n\nA poll carried out in 2003 by Norland Surveys found that most drivers "
                     "wanted longer battery life.")
    found = speakers(result, "found")
    assert found and found[0][0].endswith("by Norland Surveys") and found[0][1] == "Norland Surveys"


def test_a_report_with_a_time_before_its_maker(analyze):
    result = analyze("Shops\n\nShoppers cut back on big purchases, according to a report last Tuesday "
                     "from the Norland Retail Forum.")
    said = speakers(result, "according to")
    assert said and said[0][1] == "Norland Retail Forum"


def test_a_poll_made_for_a_body_is_the_body_s_when_no_maker_is_named(analyze):
    result = analyze("Town centres\n\nA poll for the Valdor Trust found that shoppers want more benches.")
    found = speakers(result, "found")
    assert found and found[0][1] == "Valdor Trust"


def test_the_maker_outranks_the_body_it_was_made_for(analyze):
    result = analyze("Town centres\n\nA poll for the Valdor Trust by Kessel Research found that shoppers "
                     "want more benches.")
    found = speakers(result, "found")
    assert found and found[0][1] == "Kessel Research"


def test_the_poll_takes_the_maker_of_the_survey_named_just_before(analyze):
    result = analyze("Gadgets\n\nA separate survey by Kessel Research last month found that people want more "
                     "gadgets. The poll of 9,000 adults found that 40% wanted a new phone.")
    found = speakers(result, "found")
    assert len(found) == 2 and found[1][1] == "Kessel Research"


def test_reportedly_takes_the_papers_named_next(analyze):
    result = analyze("Club bid\n\nThe two owners will reportedly turn down any bid for the club. "
                     "The Guardian and the Daily Mirror say the pair will oppose a takeover.")
    reported = [c for c in result.claims if c.cue == "reportedly"]
    assert reported and reported[0].speaker is not None and reported[0].anonymous is False
    assert [result.mentions[i].text for i in reported[0].speakers] == ["Guardian", "Daily Mirror"]


def test_reportedly_takes_the_paper_closing_the_next_sentence(analyze):
    result = analyze("Bank loss\n\nTwo managers at a big bank have reportedly vanished after funds went missing. "
                     "The pair both worked at its branch in Harbin, the Evening Courier newspaper reported.")
    reported = [c for c in result.claims if c.cue == "reportedly"]
    assert reported and reported[0].speaker is not None and reported[0].anonymous is False


def test_reportedly_with_no_outlet_next_stays_unnamed(analyze):
    result = analyze("Club bid\n\nThe two owners will reportedly turn down any bid for the club. "
                     "The club's shares fell by 3% on Monday.")
    reported = [c for c in result.claims if c.cue == "reportedly"]
    assert reported and reported[0].speaker is None and reported[0].anonymous is True
