"""Claims that are no claims, and claim content taken from the wrong words, round 35 (branch
clm38): a won title after a sentence the parser hung on it, "showed" by a person or a work, a
quoted term before a cue with its own clause, a negated "going to reveal". Short fictional
sentences written here."""

from __future__ import annotations

from claim_helpers import claims_of


def test_a_title_won_after_a_hung_sentence_is_no_claim(analyze):
    text = "Swim\n\nIvo Berg was fifth in the 400m. They claimed the relay trophies."
    assert claims_of(analyze, text, "claimed") == []


def test_a_title_won_is_still_no_claim(analyze):
    text = "Chess\n\nOn Friday, Nina Kask claimed the trophy at the open in Tallinn."
    assert claims_of(analyze, text, "claimed") == []


def test_a_claim_with_its_clause_after_the_cue_stays(analyze):
    text = "Swim\n\nIvo Berg was fifth in the 400m. They claimed the clocks had been faulty."
    claims = claims_of(analyze, text, "claimed")
    assert len(claims) == 1 and claims[0].text == "the clocks had been faulty" and claims[0].act == "statement"


def test_an_album_that_showed_something_is_a_hidden_finding(analyze):
    text = "Album\n\nThe band put out a debut album which showed they could write a tune."
    claims = claims_of(analyze, text, "showed")
    assert len(claims) == 1 and claims[0].act == "finding" and claims[0].confidence < 0.5


def test_a_runner_who_showed_something_is_a_hidden_finding(analyze):
    text = "Chess form\n\nMaria Lopez showed that she can beat any grandmaster with a fine win on Sunday. She was pleased."
    claims = claims_of(analyze, text, "showed")
    assert len(claims) == 1 and claims[0].act == "finding"


def test_a_survey_that_showed_something_stays_a_statement(analyze):
    text = "Data\n\nThe survey showed that most people walk to work."
    claims = claims_of(analyze, text, "showed")
    assert len(claims) == 1 and claims[0].act == "statement"


def test_a_named_body_that_showed_something_is_left_as_it_was(analyze):
    text = "Data\n\nThe Valdor Bank showed that lending fell in May."
    claims = claims_of(analyze, text, "showed")
    assert len(claims) == 1 and claims[0].act == "statement"


def test_a_quoted_term_before_a_cue_is_not_its_content(analyze):
    text = ("Harbour\n\nAfter a neighbour's remark about \"noisy boats\", claiming the harbour fees were too "
            "high, Ana Ruiz left the meeting early. \"We will fight this,\" she told the crowd.")
    claims = claims_of(analyze, text, "claiming")
    assert len(claims) == 1
    assert claims[0].text == "the harbour fees were too high"
    assert claims[0].pieces is None


def test_a_quote_tagged_by_the_cue_after_it_still_joins(analyze):
    text = "Speech\n\n\"We will win this,\" claimed Ana Ruiz, who led the party."
    claims = claims_of(analyze, text, "claimed")
    assert len(claims) == 1 and claims[0].text == "We will win this"


def test_not_going_to_reveal_is_unsaid(analyze):
    text = "Boats\n\nThe skipper was not going to reveal that the yacht had been sold."
    claims = claims_of(analyze, text, "reveal")
    assert len(claims) == 1 and claims[0].act == "unsaid" and claims[0].confidence < 0.5


def test_going_to_reveal_is_still_a_forecast(analyze):
    text = "Boats\n\nThe skipper is going to reveal that the yacht has been sold."
    claims = claims_of(analyze, text, "reveal")
    assert len(claims) == 1 and claims[0].act == "forecast"


def test_minutes_and_a_team_of_researchers_still_state_what_they_show(analyze):
    minutes = claims_of(analyze, "Bank\n\nWorries over growth were behind the decision, the minutes showed.", "showed")
    team = claims_of(analyze, "Brain\n\nA team of researchers has shown that the cap can move a cursor.", "shown")
    assert [c.act for c in minutes] == ["statement"] and [c.act for c in team] == ["statement"]
