"""Claim content and non-claims, round 20 (issue 19): a speaker's second act or another source's
claim parsed into the content, a sentence of the reporter's run into a quote, and what is no
claim: news heard, a relative clause after the cue, a list after a colon, an indirect question,
deeds that prove. Short fictional sentences written here."""

from __future__ import annotations

import pytest

from newsgraph.model import DEFAULT_MIN_CONFIDENCE

from claim_helpers import claims_of


def content(text: str, claim) -> str:
    return text[claim.start:claim.end]


@pytest.mark.parametrize("text, first, second, said", [
    ("The mayor said the two depots had no room for more buses and added that the council had ignored her warnings.",
     "said", "added", "the two depots had no room for more buses"),
    ("She said the clinic had lost its funding and called for an inquiry into the decision.",
     "said", "called", "the clinic had lost its funding"),
    ("He believes the rivalry between the two shops is exaggerated and instead thinks the true fight is elsewhere.",
     "believes", "thinks", "the rivalry between the two shops is exaggerated"),
    ("The steel maker said it was postponing its share sale as demand was weak, adding it would raise prices.",
     "said", "adding", "it was postponing its share sale as demand was weak"),
])
def test_a_second_act_of_the_speaker_is_cut_off_and_keeps_the_speaker(analyze, text, first, second, said):
    (claim,) = claims_of(analyze, text, first)
    (other,) = claims_of(analyze, text, second)
    assert content(text, claim) == said
    assert other.speaker_text == claim.speaker_text


@pytest.mark.parametrize("text, cue, said", [
    ('But the minister defended the move saying it would give the wardens "a bit of an edge".', "defended", "the move"),
    ("Staff criticised the plan - which may close two depots - saying the firm was profitable.", "criticised",
     "the plan - which may close two depots"),
])
def test_a_saying_participle_hung_on_the_object_is_its_own_claim(analyze, text, cue, said):
    (claim,) = claims_of(analyze, text, cue)
    (saying,) = claims_of(analyze, text, "saying")
    assert content(text, claim) == said
    assert saying.speaker_text == claim.speaker_text


def test_a_saying_inside_a_quote_is_not_the_tagged_speakers_next_act(analyze):
    text = 'The coach said: "I had a message from him after the final, saying he was keen to play again."'
    assert all(c.speaker_text != "The coach" for c in claims_of(analyze, text, "saying"))
    (claim,) = claims_of(analyze, text, "said")
    assert "saying he was keen" in content(text, claim)


def test_an_announced_decision_stays_a_claim(analyze):
    assert len(claims_of(analyze, "Mr Vance announced his decision to quit the party at a meeting last week.",
                         "announced")) == 1


def test_two_acts_of_the_reported_subject_stay_in_the_content(analyze):
    text = "The inspector said the firm had denied any fault and promised to repair the roof."
    (claim,) = claims_of(analyze, text, "said")
    assert content(text, claim).endswith("promised to repair the roof")


def test_another_sources_claim_after_and_is_its_own(analyze):
    text = "The union says the managers are acting like spoilt children and the owners claim greed is ruining the club."
    (claim,) = claims_of(analyze, text, "says")
    (other,) = claims_of(analyze, text, "claim")
    assert content(text, claim) == "the managers are acting like spoilt children"
    assert other.speaker_text == "the owners" and content(text, other) == "greed is ruining the club"


def test_a_reporters_sentence_before_a_quote_is_left_out(analyze):
    text = 'The island has an income of $660m. "The repairs could cost more than that," he said.'
    (claim,) = claims_of(analyze, text, "said")
    assert content(text, claim) == "The repairs could cost more than that"


@pytest.mark.parametrize("text, cue", [
    ('"I have been treated like a thief," said Marsh on hearing he had been fined for his remarks.', "hearing"),
    ("But anyone visiting the page it mentions who then opens the attached file will lose their data.", "mentions"),
    ("The academy revealed which actors had been shortlisted for its top prize.", "revealed"),
    ('The board had "failed" to act on the warnings and shown a "lack of leadership", the auditors found.', "shown"),
    ("The panel must now ratify the fine and has until next week to announce its verdict.", "announce"),
])
def test_no_claim(analyze, text, cue):
    assert claims_of(analyze, text, cue) == []


def test_a_list_after_a_colon_is_no_claim(analyze):
    text = ("As part of the plan the minister has announced:\n\n- Lower taxes on small farms\n"
            "- More money for rural buses\n\nThe opposition said the plan was too timid.\n")
    assert claims_of(analyze, text, "announced") == []
    assert len(claims_of(analyze, text, "said")) == 1


def test_a_free_relative_subject_is_still_said(analyze):
    text = "The coach said what happened on Saturday was a disgrace."
    (claim,) = claims_of(analyze, text, "said")
    assert content(text, claim) == "what happened on Saturday was a disgrace"


def test_deeds_that_prove_are_a_hidden_finding(analyze):
    (claim,) = claims_of(analyze, "The home team proved again that they can win away from home.", "proved")
    assert claim.act == "finding" and claim.confidence < DEFAULT_MIN_CONFIDENCE


@pytest.mark.parametrize("text", [
    "Dawes rejected a move to the northern club after the fee was agreed.",
    "The draft law stalled when Norway rejected its adoption twice in a month.",
])
def test_a_rejected_proposal_is_a_hidden_position(analyze, text):
    (claim,) = claims_of(analyze, text, "rejected")
    assert claim.act == "position" and claim.stance == "assert" and claim.confidence < DEFAULT_MIN_CONFIDENCE


def test_rejected_claims_stay_a_denial(analyze):
    (claim,) = claims_of(analyze, "The union rejected claims that the strike was illegal.", "rejected")
    assert claim.act == "statement" and claim.stance == "deny"


def test_highlighted_plans_are_no_claim_but_a_highlighted_fact_is(analyze):
    assert claims_of(analyze, "The party on Monday highlighted its plans for lower fuel duty.", "highlighted") == []
    assert len(claims_of(analyze, "The party highlighted that fuel duty had risen twice.", "highlighted")) == 1


def test_a_quoted_phrase_before_the_participle_does_not_hide_the_second_act(analyze):
    text = 'Sir Hugh said "real progress" was achieved in May, adding that it was "only a start".'
    (claim,) = claims_of(analyze, text, "said")
    (adding,) = claims_of(analyze, text, "adding")
    assert "adding" not in content(text, claim) and adding.speaker_text == "Sir Hugh"
