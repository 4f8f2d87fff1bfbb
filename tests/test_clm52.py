"""Claims that are no statement, round 39 (branch clm52): a verb of speech in another sense — a
state that "continues", a form "confirmed" by a deed, a bare reflexive object ("defend
themselves", "list itself"), a title participle ("Defending champion X"), a gesture "to the spot"
— an indirect question after a finding verb ("revealed how quickly", "shows whether", "knew
exactly what"), a hedge on a noun ("money thought to be held") and a purpose clause ("so that")
as content. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import claims_of


def test_a_state_that_continues_is_no_claim(analyze):
    text = "Mail\n\nThanks to new filters, junk mail continued to be a nuisance in 2009."
    assert claims_of(analyze, text, "continued") == []


def test_a_state_that_continues_without_a_quote_is_no_claim(analyze):
    text = "Fuel\n\nHeating bills are rising across the north, as the frost and the snow continue."
    assert claims_of(analyze, text, "continue") == []


def test_a_quote_tagged_by_continued_stays_a_claim(analyze):
    text = "Farms\n\n\"The harvest was the worst in years,\" the farmer said. \"We will replant,\" he continued."
    (claim,) = claims_of(analyze, text, "continued")
    assert claim.text == "We will replant"


def test_continued_with_an_adding_participle_stays_a_claim(analyze):
    text = "Farms\n\n\"The harvest was poor,\" he continued, adding that prices would rise."
    assert claims_of(analyze, text, "continued") != []


def test_continued_before_a_colon_stays_a_claim(analyze):
    text = "Farms\n\nThe farmer was calm. He continued: \"We will replant in the spring.\""
    (claim,) = claims_of(analyze, text, "continued")
    assert "replant" in claim.text


def test_a_form_confirmed_by_a_deed_is_no_claim(analyze):
    text = "Hockey\n\nChile confirmed their fine form in the sport by recording a late win over Peru."
    assert claims_of(analyze, text, "confirmed") == []


def test_a_plan_confirmed_by_saying_stays_a_claim(analyze):
    text = "Roads\n\nThe mayor confirmed the plan by saying the new bridge would open in May."
    assert claims_of(analyze, text, "confirmed") != []


def test_a_bare_reflexive_object_is_no_claim(analyze):
    text = "Markets\n\nThe exchange operator plans to sell shares and list itself on the market it runs."
    assert claims_of(analyze, text, "list") == []


def test_a_reflexive_with_its_phrase_stays_a_claim(analyze):
    text = "Votes\n\nThe senator described himself as a lifelong liberal."
    (claim,) = claims_of(analyze, text, "described")
    assert claim.text == "himself as a lifelong liberal"


def test_a_title_participle_before_a_name_is_no_claim(analyze):
    text = "Tennis\n\nThe draw was kind. Defending champion and top seed Ana Ruiz beat Mia Hall in two sets."
    assert [c for c in analyze(text).claims if c.cue.lower() == "defending"] == []


def test_a_gesture_to_a_place_is_no_claim(analyze):
    text = "Football\n\nThe visitors wanted a penalty but the referee waved play on and pointed to the centre-circle."
    assert claims_of(analyze, text, "pointed") == []


def test_pointing_to_a_fact_stays_a_claim(analyze):
    text = "Crime\n\nMinisters pointed to the fall in burglaries over the past year."
    (claim,) = claims_of(analyze, text, "pointed")
    assert claim.text.startswith("the fall in burglaries")


def test_a_degree_question_after_revealed_is_no_claim(analyze):
    text = "Printers\n\nThe laboratory trial also revealed how quickly the machines printed pages."
    assert claims_of(analyze, text, "revealed") == []


def test_whether_after_shows_is_no_claim(analyze):
    text = "Polls\n\nThe survey shows whether voters trust the party on tax."
    assert claims_of(analyze, text, "shows") == []


def test_a_manner_after_shows_stays_a_claim(analyze):
    # "how" with a clause of its own states the manner (round 20 kept it): not a degree asked
    text = "Tax\n\nThe figures show how firms shelter their profits abroad."
    assert claims_of(analyze, text, "show") != []


def test_knew_exactly_what_is_no_claim(analyze):
    text = "Raids\n\nThe theft needed people who knew exactly what they were doing."
    assert claims_of(analyze, text, "knew") == []


def test_knows_that_stays_a_claim(analyze):
    text = "Plans\n\nThe minister knows that the plan will fail."
    (claim,) = claims_of(analyze, text, "knows")
    assert claim.text == "the plan will fail"


def test_a_hedged_noun_is_no_claim(analyze):
    text = ("Banks\n\nThe dairy group collapsed in May. The firm failed after it emerged that 2bn dollars "
            "thought to be held in an island account did not in fact exist.")
    assert claims_of(analyze, text, "thought") == []


def test_a_purpose_clause_is_not_what_is_written(analyze):
    text = "Games\n\nFans have written programs for Windows so that the old games can still run."
    assert claims_of(analyze, text, "written") == []
