"""Claim content spans, round 31 (issue 19): a second verb sharing the said clause's object,
the reporter's aside on what the speaker did not say, "as figures showed", the "arguing"
participle after a judged object, and a named person's label ("echoed Smith's comments").
Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import claims_of


def test_a_second_verb_sharing_the_object_stays_in_the_content(analyze):
    text = "The singer has been sued for $5m by a dancer who claimed he and his manager drugged and robbed her last year."
    (claim,) = claims_of(analyze, text, "claimed")
    assert claim.text == "he and his manager drugged and robbed her last year"


def test_a_second_act_of_asking_is_not_pulled_in(analyze):
    text = "The actress has sued the magazine's editor, who she claimed lied and demanded an apology."
    (claim,) = claims_of(analyze, text, "claimed")
    assert "apology" not in claim.text


def test_but_it_would_not_say_is_the_reporters_aside(analyze):
    text = ("The bakery chain said its new ovens would cut energy use by a third, "
            "but it would not say how much the ovens cost.")
    (claim,) = claims_of(analyze, text, "said")
    assert claim.text == "its new ovens would cut energy use by a third"


def test_a_refusal_in_the_speakers_story_stays(analyze):
    text = ("He said the officer, and a female official, tried to recruit him as an informer, but he refused "
            "and a month later was told he would lose his job at the port.")
    (claim,) = claims_of(analyze, text, "said")
    assert "he refused" in claim.text


def test_an_aside_inside_a_quote_stays(analyze):
    text = 'The chef said: "The ovens will cut costs, but it would not say much about taste."'
    (claim,) = claims_of(analyze, text, "said")
    assert "taste" in claim.text


def test_as_figures_showed_is_the_reporters_context(analyze):
    text = "The nurses' union said staff were close to despair as figures showed 20,000 people were waiting for surgery."
    (claim,) = claims_of(analyze, text, "said")
    assert claim.text == "staff were close to despair"
    (finding,) = claims_of(analyze, text, "showed")
    assert finding.text == "20,000 people were waiting for surgery"


def test_as_before_a_statement_is_the_speakers_reason(analyze):
    text = "Mr Patel said the plan was dead as the council had rejected it."
    (claim,) = claims_of(analyze, text, "said")
    assert claim.text == "the plan was dead as the council had rejected it"


def test_arguing_after_a_judged_object_holds_the_words(analyze):
    text = "Small shops have criticised the new parking charges, arguing that the cost could drive shoppers away."
    (judged,) = claims_of(analyze, text, "criticised")
    assert judged.act == "position"
    (argued,) = claims_of(analyze, text, "arguing")
    assert argued.text == "the cost could drive shoppers away" and argued.act == "statement"


def test_a_named_persons_comments_are_his_words_just_before(analyze):
    text = ('Coach Peter Smith told the BBC: "We played badly but we still won." '
            "Full-back Tom Reilly echoed Smith's comments but admitted the team had been lucky.")
    (claim,) = claims_of(analyze, text, "echoed")
    assert claim.text == "We played badly but we still won."
    assert text[claim.object_span[0]:claim.object_span[1]] == claim.object_text == "Smith's comments"


def test_a_named_label_after_someone_else_spoke_stays(analyze):
    text = ('Coach Peter Smith told the BBC: "We played badly but we still won." '
            "Mary Jones said the fans were quiet. Full-back Tom Reilly echoed Smith's comments.")
    (claim,) = claims_of(analyze, text, "echoed")
    assert claim.text == "Smith's comments" and claim.object_span is None


def test_a_named_label_with_nothing_said_before_stays(analyze):
    text = "The bank dismissed Ms Ray's claims and said she had left of her own accord."
    (claim,) = [c for c in analyze(text).claims if c.cue == "dismissed"]
    assert claim.object_span is None


def test_a_second_clause_under_one_that_is_reported_too(analyze):
    text = ("The governor believes that prices have risen because of strong demand "
            "and the current level reflects real growth.")
    (claim,) = claims_of(analyze, text, "believes")
    assert claim.text == "prices have risen because of strong demand and the current level reflects real growth"


def test_a_second_act_after_a_that_clause_is_not_pulled_in(analyze):
    text = "The governor said that prices had risen because of strong demand and urged banks to lend more."
    (claim,) = claims_of(analyze, text, "said")
    assert "urged" not in claim.text


def test_a_second_that_clause_is_reported_too(analyze):
    text = "The panel agreed that this might soon be real and that for the village shop trade is likely to recover."
    (claim,) = claims_of(analyze, text, "agreed")
    assert claim.text == "this might soon be real and that for the village shop trade is likely to recover"


def test_a_that_clause_of_the_outer_cue_is_not_the_relatives(analyze):
    text = ("A spokesman said Mr Brand knew Ms Lowe, who he described as a keen local campaigner, "
            "and that he was willing to help.")
    (claim,) = claims_of(analyze, text, "described")
    assert claim.text == "a keen local campaigner"


def test_with_a_second_source_saying_ends_the_content(analyze):
    text = ("The awards board announced it would drop the folk prize, "
            "with the board's chairman saying that folk was no longer popular.")
    (claim,) = claims_of(analyze, text, "announced")
    assert claim.text == "it would drop the folk prize"
