"""Non-claims and the anonymous flag, round 22 (issue 19): the reporter's "allegedly" on a second
charge or in a relative clause, a relative pronoun speaker whose noun phrase is a description,
a body's "its". Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import claims_of


def test_allegedly_on_a_second_joined_charge_is_the_reporters_hedge(analyze):
    text = ("The firm, which has been fined for cutting supplies during a heat wave and allegedly "
            "failing to invest in its pipes, has a tense relationship with the state.")
    assert not claims_of(analyze, text, "allegedly")


def test_allegedly_in_a_relative_clause_is_the_reporters_hedge(analyze):
    assert not claims_of(analyze, "The two men, who allegedly hid from the inspectors, were arrested on Monday.", "allegedly")
    (claim,) = claims_of(analyze, "The minister allegedly lied to the committee.", "allegedly")
    assert claim.speaker is None


def test_who_after_a_description_is_not_an_unnamed_source(analyze):
    text = 'The union leader, who argues he is ensuring fairness, said: "We do not lie."'
    (claim,) = claims_of(analyze, text, "argues")
    assert not claim.anonymous


def test_who_after_unnamed_people_stays_anonymous(analyze):
    (claim,) = claims_of(analyze, "Investors, who thought the offer was too low, sold their shares.", "thought")
    assert claim.anonymous
    text = "A spokesman for the club, who said the player was injured, declined to give details."
    (claim,) = claims_of(analyze, text, "said")
    assert claim.anonymous


def test_who_after_a_name_is_that_person(analyze):
    text = "Mr Tom Vale, who said he was tired, left early."
    (claim,) = claims_of(analyze, text, "said")
    assert not claim.anonymous and claim.speaker is not None


def test_its_admission_is_not_an_unnamed_source(analyze):
    text = "Kell Holdings collapsed in May. The collapse followed its admission in 2002 that it had inflated its profits."
    (claim,) = claims_of(analyze, text, "admission")
    assert not claim.anonymous


def test_voicing_a_feeling_with_no_clause_is_a_position(analyze):
    (claim,) = claims_of(analyze, "The commissioner voiced concerns over the plan.", "voiced")
    assert claim.act == "position"
    (claim,) = claims_of(analyze, "Ms Holt expressed her sympathy for the families.", "expressed")
    assert claim.act == "position"


def test_voicing_a_feeling_that_states_something_stays_a_statement(analyze):
    (claim,) = claims_of(analyze, "The commissioner voiced concern that the plan would fail.", "voiced")
    assert claim.act == "statement"
    (claim,) = claims_of(analyze, "Ms Holt expressed the view that the plan would fail.", "expressed")
    assert claim.act == "statement"


def test_reportedly_in_a_relative_clause_still_tells_of_reports(analyze):
    (claim,) = claims_of(analyze, "The site was hit by spammers who have reportedly moved their servers abroad.", "reportedly")
    assert claim.anonymous


def test_a_definite_description_is_no_unnamed_source(analyze):
    (claim,) = claims_of(analyze, "The Oscar winner said the film would take years.", "said")
    assert not claim.anonymous
    (claim,) = claims_of(analyze, "The commissioner voiced concern that the plan would fail.", "voiced")
    assert not claim.anonymous


def test_the_spokesman_and_a_description_opened_with_a_stay_unnamed(analyze):
    (claim,) = claims_of(analyze, "Mr Vale left. The spokesman said the firm would recover.", "said")
    assert claim.anonymous
    text = "A panel of experts met in the city. The panel also insisted that gamers were loyal."
    (claim,) = claims_of(analyze, text, "insisted")
    assert claim.anonymous
    (claim,) = claims_of(analyze, "The council's spokesperson said the road would close.", "said")
    assert claim.anonymous


def test_a_named_owners_office_holder_is_no_unnamed_source(analyze):
    text = "Norland's justice minister has warned fans that she will ban them from matches."
    (claim,) = claims_of(analyze, text, "warned")
    assert not claim.anonymous


def test_a_description_by_a_deed_or_a_share_stays_unnamed(analyze):
    text = "The surgeon who operated on his knee said the winger was fit."
    (claim,) = claims_of(analyze, text, "said")
    assert claim.anonymous
    text = "Mr Vale said the majority of those polled believed the tags were safe."
    (claim,) = claims_of(analyze, text, "believed")
    assert claim.anonymous


def test_a_subject_the_parse_hung_on_the_cue_opens_the_content(analyze):
    text = "Holt admitted poor passing from Vale and Dunn, who lost the ball six times between them, had been decisive."
    (claim,) = claims_of(analyze, text, "admitted")
    assert text[claim.start:claim.end].startswith("poor passing from Vale and Dunn")
    assert text[claim.start:claim.end].endswith("had been decisive")
    text = "Holt said on Tuesday the plan had failed."
    (claim,) = claims_of(analyze, text, "said")
    assert text[claim.start:claim.end] == "the plan had failed"
