"""Content spans and non-claims, round 27 (issue 19): reported speech the parser ran past a full
stop into the reporter's next sentence; "has not said whether" is no declined comment. Short
fictional sentences written here."""

from __future__ import annotations


def claims_with(analyze, text: str, cue: str) -> list:
    return [c for c in analyze(text).claims if c.cue == cue]


def test_reported_speech_ends_at_a_stop_a_figure_took(analyze):
    # the tokenizer reads "$40m." as "$ 40 m." and the parser runs the two sentences together
    text = ("The bakery chain said it could not yet tell what the flood had cost, after an early guess of $40m. "
            "It plans to reopen its shops in May.")
    (claim,) = claims_with(analyze, text, "said")
    assert claim.text == "it could not yet tell what the flood had cost, after an early guess of $40m"
    text = "Brokers say the shipyard might fetch as much as £12m. Buyers have until March to bid."
    (claim,) = claims_with(analyze, text, "say")
    assert claim.text == "the shipyard might fetch as much as £12m"


def test_a_figure_inside_the_sentence_is_no_stop(analyze):
    text = "The bakery chain said it lost $40m. in the spring and would close two shops."
    (claim,) = claims_with(analyze, text, "said")
    assert claim.text.endswith("would close two shops")


def test_one_sentence_is_left_whole(analyze):
    text = "The bakery said its sales rose by 5% in March and that it would hire ten more staff."
    (claim,) = claims_with(analyze, text, "said")
    assert claim.text == "its sales rose by 5% in March and that it would hire ten more staff"


def test_an_open_question_not_answered_is_no_declined_comment(analyze):
    for text in ("The ministry has not said whether it will appeal against the ruling.",
                 "The two parties have not said how the change would affect the budget.",
                 "The leaflet does not say just how many forms have to be filled in."):
        assert not [c for c in analyze(text).claims if c.stance == "decline_comment"], text


def test_a_refusal_to_say_is_still_a_declined_comment(analyze):
    for text in ("The ministry would not say whether it will appeal against the ruling.",
                 "The ministry declined to say whether it will appeal against the ruling."):
        assert [c for c in analyze(text).claims if c.stance == "decline_comment"], text


def test_a_judged_thing_is_a_position_and_the_participle_says_the_words(analyze):
    text = 'The party chairman derided the rally, saying: "It was the worst show of unity I have seen in years."'
    claims = analyze(text).claims
    (derided,) = [c for c in claims if c.cue == "derided"]
    (saying,) = [c for c in claims if c.cue == "saying"]
    assert (derided.text, derided.act) == ("the rally", "position")
    assert (saying.text, saying.act) == ("It was the worst show of unity I have seen in years.", "statement")
    text = "The bishop criticised the new rules, saying they would hurt the poorest families."
    (criticised,) = [c for c in analyze(text).claims if c.cue == "criticised"]
    assert criticised.act == "position"


def test_a_denial_and_a_reported_figure_keep_their_object(analyze):
    text = "The minister denied the charges, saying he had never met the buyer."
    assert {c.text for c in analyze(text).claims} == {"the charges", "he had never met the buyer"}
    text = "The firm reported a 12% rise in sales and said new orders were strong."
    assert {c.text for c in analyze(text).claims} == {"a 12% rise in sales", "new orders were strong"}


def test_a_shot_struck_hard_is_no_claim(analyze):
    for text in ("The winger blasted the ball home from just outside the box.",
                 "Late on, the striker slammed well over the bar from close range.",
                 "The tennis star blasts an ace to save the first break point."):
        assert not analyze(text).claims, text


def test_a_target_of_criticism_struck_hard_stays_a_claim(analyze):
    for text in ("The union slammed the plan as a betrayal of nurses.",
                 "The mayor blasted the council for its slow response to the floods."):
        assert [c for c in analyze(text).claims if c.cue in ("slammed", "blasted")], text


def test_a_charge_in_the_judged_object_keeps_its_claim(analyze):
    text = "The mayor criticised the board for failing to warn tenants, saying the delay was shameful."
    claims = analyze(text).claims
    (criticised,) = [c for c in claims if c.cue == "criticised"]
    assert "for failing to warn tenants" in criticised.text and criticised.act == "statement"
