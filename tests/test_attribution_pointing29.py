"""What a denial that only points back denies, round 29 (issue 19): "X claimed A. Y denied the
claims" denies A. The content is the statement answered, the label stays as ``object_span``.
Short fictional sentences written here."""

from __future__ import annotations


def denial(analyze, text: str):
    (claim,) = [c for c in analyze(text).claims if c.stance == "deny"]
    return claim


def test_a_label_denies_the_statement_just_before(analyze):
    text = ("The union claimed the new rota would cut the pay of night nurses. "
            "The hospital board denied the claims on Monday.")
    claim = denial(analyze, text)
    assert claim.text == "the new rota would cut the pay of night nurses"
    assert text[claim.object_span[0]:claim.object_span[1]] == claim.object_text == "the claims"


def test_such_claims_answer_a_statement_of_the_same_sentence(analyze):
    text = "Rivals say the guild is secretive and closed, but its members reject such claims."
    claim = denial(analyze, text)
    assert claim.text == "the guild is secretive and closed"
    assert text[claim.object_span[0]:claim.object_span[1]] == "such claims"


def test_this_denies_what_was_reported(analyze):
    text = ("A local paper reported that the mayor had sold the land to his cousin. "
            "The mayor has always denied this.")
    assert denial(analyze, text).text == "the mayor had sold the land to his cousin"


def test_a_label_with_nothing_said_before_stays(analyze):
    claim = denial(analyze, "The club denied the report and said the player would stay.")
    assert claim.text == "the report" and claim.object_span is None


def test_the_charges_answer_only_a_charge(analyze):
    text = ("The coach said the team had trained hard all winter. "
            "Two of his players denied the charges in court.")
    claim = denial(analyze, text)
    assert claim.text == "the charges" and claim.object_span is None
    text = ("Prosecutors alleged that the firm had hidden its losses from the bank. "
            "The firm denied the charges in court.")
    assert denial(analyze, text).text == "the firm had hidden its losses from the bank"


def test_a_denial_of_a_denial_is_left_alone(analyze):
    text = ("The minister denied that the bridge was unsafe. "
            "Engineers dispute the claim.")
    claims = [c for c in analyze(text).claims if c.stance == "deny"]
    assert all(c.object_span is None for c in claims)


def test_a_refusal_to_say_by_how_much_keeps_the_question(analyze):
    text = "Prices will rise, the minister said, although he would not say by how much."
    (claim,) = [c for c in analyze(text).claims if c.stance == "decline_comment"]
    assert claim.text == "by how much"


def test_a_refusal_to_say_what_share_keeps_the_question(analyze):
    text = "The shop said sales were strong but would not say what share of them came from the web."
    (claim,) = [c for c in analyze(text).claims if c.stance == "decline_comment"]
    assert claim.text == "what share of them came from the web"


def test_a_headline_rejecting_an_offer_read_as_a_plural_verb_is_no_denial(analyze):
    result = analyze("Mayor rejects Green transport offer\n\nThe mayor has turned down a plan from the Greens.")
    assert not [c for c in result.claims if c.stance == "deny"]


def test_a_content_ends_before_a_second_speaker_joined_by_a_connective(analyze):
    text = "The bank said it regretted the limit, while its largest investor declined to comment."
    (said,) = [c for c in analyze(text).claims if c.cue == "said"]
    assert said.text == "it regretted the limit"
    text = "The coach said the delay would be costly and she accused the league of bias."
    (said,) = [c for c in analyze(text).claims if c.cue == "said"]
    assert said.text == "the delay would be costly"


def test_a_clause_inside_what_is_said_stays(analyze):
    text = "He said that while he liked the plan, he did not expect it to pass."
    (said,) = [c for c in analyze(text).claims if c.cue == "said"]
    assert said.text == "while he liked the plan, he did not expect it to pass"
