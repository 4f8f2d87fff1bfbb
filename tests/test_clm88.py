"""Nominal and unusual cues that are not claims, round 67 (branch clm88): "repeat" with a deed as
its object ("repeated their success", "unable to repeat the feat") is a deed done again, not a
statement; "repeated his call / view / pledge" stays a claim. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import claims_of


def _claims(analyze, text: str, cue: str):
    return claims_of(analyze, "Harbour\n\n" + text, cue)


# --- a deed done again: no claim -------------------------------------------------------------

def test_repeating_a_success_says_nothing(analyze):
    text = "Actors Jo Brann and Lena Vaal have repeated their success at the Kemaria awards in May."
    assert _claims(analyze, text, "repeated") == []


def test_struggling_to_repeat_a_success_says_nothing(analyze):
    text = "But the Tamsk duo has struggled to repeat its success since the 1998 album."
    assert _claims(analyze, text, "repeat") == []


def test_hoping_to_repeat_a_named_success_says_nothing(analyze):
    text = "Kessel actor Jo Brann is hoping to repeat his Vaal Cup success with a win in March."
    assert _claims(analyze, text, "repeat") == []


def test_repeating_the_feat_says_nothing(analyze):
    text = "Brann could not repeat the feat in the 400m race at Kemaria."
    assert _claims(analyze, text, "repeat") == []


# --- what is said again stays a claim ------------------------------------------------------

def test_repeating_a_call_stays_a_claim(analyze):
    text = "On Sunday, Tamsk party leader Jo Brann repeated his call for a halt to the talks."
    claims = _claims(analyze, text, "repeated")
    assert len(claims) == 1 and claims[0].speaker_text == "Tamsk party leader Jo Brann"


def test_repeating_a_view_that_stays_a_claim(analyze):
    text = "Kessel union leader Lena Vaal repeated her view on Monday that every merger cost jobs."
    claims = _claims(analyze, text, "repeated")
    assert len(claims) == 1 and claims[0].speaker_text == "Kessel union leader Lena Vaal"


def test_repeating_innocence_stays_a_claim(analyze):
    text = "In a statement released through her lawyer, Vaal repeated her innocence and vowed to fight."
    assert len(_claims(analyze, text, "repeated")) == 1
