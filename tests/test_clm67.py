"""A claim's content cut short to a bare label, round 48 (branch clm67): the object of a verb
that places it ("likened X to Y", "blamed X on Y", "credit X with Y") stopped before the phrase
the parser hung on the cue, though that phrase is what is said; and a charge's second gerund
("accused X of lying and then attacking ...") the parser joined to the finite cue. Short fictional
sentences written here."""

from __future__ import annotations

from claim_helpers import first_content


def test_a_likening_keeps_what_it_likens_to(analyze):
    text = "The harbour master likened the new ferry timetable to a game of chance."
    assert first_content(analyze, text, "likened") == "the new ferry timetable to a game of chance"


def test_a_likening_keeps_a_quoted_comparison_whole(analyze):
    text = 'Ms Orla Penrick likened the rival mayor to a "clockwork soldier".'
    assert first_content(analyze, text, "likened") == 'the rival mayor to a "clockwork soldier"'


def test_a_blame_keeps_what_it_is_blamed_on(analyze):
    text = "The mill owners blamed the closures on the end of cheap cotton quotas."
    assert first_content(analyze, text, "blamed") == "the closures on the end of cheap cotton quotas"


def test_a_credit_keeps_what_it_credits(analyze):
    text = "Supporters credit the mayor with ending the long dock strike."
    assert first_content(analyze, text, "credit") == "the mayor with ending the long dock strike"


def test_a_likening_then_a_second_act_stays_out(analyze):
    text = "Mr Vale likened the plan for a harbour trust to a travelling circus and said everyone could gain."
    content = first_content(analyze, text, "likened")
    assert content.endswith("to a travelling circus")
    assert "said" not in content


def test_a_blame_with_a_time_phrase_keeps_the_time_out(analyze):
    text = "The ferry company blamed the delays on the storm on Tuesday."
    assert "on Tuesday" not in first_content(analyze, text, "blamed")


def test_a_charge_keeps_its_second_gerund(analyze):
    text = "Dr Vale accused the mayor of telling lies about the harbour plans and then attacking the lies."
    assert first_content(analyze, text, "accused").endswith("of telling lies about the harbour plans and then attacking the lies")


def test_a_charge_then_the_accusers_own_act_stays_out(analyze):
    text = "Mr Tamsk accused the board of hiding the losses and resigned."
    assert first_content(analyze, text, "accused") == "the board of hiding the losses"


def test_a_charge_then_a_comma_gerund_stays_out(analyze):
    text = "Mr Tamsk accused the board of hiding the losses, saying the accounts were false."
    assert "saying" not in first_content(analyze, text, "accused")
