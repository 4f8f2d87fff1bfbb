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
