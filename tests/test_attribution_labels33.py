"""Claim content of a bare label, round 32 (issue 19): a label owned by a pronoun ("rejected
his comments") and a charge the reporter stated before ("faces charges of ... He denies the
charges"). Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import claims_of


def test_a_pronoun_owners_comments_are_his_words_just_before(analyze):
    text = ("Marco Velden said he was tired of asking the league to change the schedule, "
            "but the league's chairman Anna Brook rejected his comments.")
    (claim,) = claims_of(analyze, text, "rejected")
    assert claim.text == "he was tired of asking the league to change the schedule"
    assert text[claim.object_span[0]:claim.object_span[1]] == claim.object_text == "his comments"


def test_a_pronoun_label_after_someone_else_spoke_stays(analyze):
    text = ("Marco Velden said the pitch was too hard. Anna Brook said the club had tried everything. "
            "Paul Grant rejected his comments.")
    (claim,) = claims_of(analyze, text, "rejected")
    assert claim.text == "his comments" and claim.object_span is None


def test_a_pronoun_label_of_the_speakers_own_words_stays(analyze):
    text = "Marco Velden said the pitch was too hard. Later he repeated his comments to reporters."
    claims = [c for c in analyze(text).claims if c.cue == "repeated"]
    assert all(c.object_span is None for c in claims)


def test_a_pronoun_label_with_nothing_said_before_stays(analyze):
    text = "The club rejected his comments about the pitch."
    claims = [c for c in analyze(text).claims if c.cue == "rejected"]
    assert all(c.object_span is None for c in claims)


def test_the_claims_answer_what_was_claimed_sentences_before(analyze):
    text = ("Omar Lind claimed he was kept in a dark cell for a month. He said guards had taken his shoes. "
            'He added: "I will not forget it." "I want an apology." The army denied the claims.')
    (claim,) = claims_of(analyze, text, "denied")
    assert claim.text == "he was kept in a dark cell for a month"
    assert claim.object_text == "the claims"


def test_a_label_with_no_statement_of_its_verb_stays(analyze):
    text = ('Omar Lind said the cell was dark. He added: "I will not forget it." "I want an apology." '
            '"Nobody helped me." The army denied the claims.')
    (claim,) = claims_of(analyze, text, "denied")
    assert claim.text == "the claims" and claim.object_span is None


def test_charges_the_reporter_states_are_what_is_denied(analyze):
    text = ("Coach Bill Stone faces charges of hiding doping tests and lying to officials. "
            "He has repeatedly denied the charges.")
    (claim,) = claims_of(analyze, text, "denied")
    assert claim.text == "hiding doping tests and lying to officials"
    assert claim.object_text == "the charges"


def test_allegations_reported_without_that(analyze):
    text = ("Mark Dale spoke to a local radio station last week. The interview came out before "
            "allegations he had misused party funds. The allegations, which he has denied, are now being examined.")
    (claim,) = claims_of(analyze, text, "denied")
    assert claim.text == "he had misused party funds"


def test_a_charge_reported_long_before_stays_a_label(analyze):
    text = ("Coach Bill Stone faces charges of hiding doping tests. The hearing opened on Monday. "
            "The court sat for three hours. He denied the charges.")
    (claim,) = claims_of(analyze, text, "denied")
    assert claim.text == "the charges" and claim.object_span is None


def test_a_charge_against_another_person_stays_a_label(analyze):
    text = ("Tom Hale and Ann Rees were banned for a year. Their coach Bill Stone was also banned. "
            "He faces charges of hiding doping tests. Ann Rees has repeatedly denied the allegations.")
    (claim,) = claims_of(analyze, text, "denied")
    assert claim.text == "the allegations" and claim.object_span is None
