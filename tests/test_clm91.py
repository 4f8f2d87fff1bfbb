"""Cues whose object is an act received, round 69 (branch clm91): "acknowledge" with an apology,
applause, thanks or a crowd as its object ("acknowledged the minister's apology") takes in an act
done to the subject, nothing is held true; "acknowledged the problem / his mistakes / that ..."
stay claims. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import claims_of


def _claims(analyze, text: str, cue: str):
    return claims_of(analyze, "Harbour\n\n" + text, cue)


# --- an act received: no claim ----------------------------------------------------------------

def test_acknowledging_an_apology_says_nothing(analyze):
    text = "Tamsk party leader Jo Brann acknowledged the count's apology but said more was needed."
    assert _claims(analyze, text, "acknowledged") == []


def test_acknowledging_the_applause_says_nothing(analyze):
    text = "Lena Vaal acknowledged the applause of the Kemaria crowd as she left the court."
    assert _claims(analyze, text, "acknowledged") == []


def test_acknowledging_the_crowd_says_nothing(analyze):
    text = "After his third goal, Brann acknowledged the crowd at the Vaal Park ground."
    assert _claims(analyze, text, "acknowledged") == []


def test_acknowledging_thanks_says_nothing(analyze):
    text = "The Kessel mayor, Ann Roth, acknowledged the thanks of the flooded villages on Friday."
    assert _claims(analyze, text, "acknowledged") == []


# --- what is admitted stays a claim ----------------------------------------------------------

def test_acknowledging_a_problem_stays_a_claim(analyze):
    text = "Tamsk finance minister Jo Brann acknowledged the problem of rising rents in the capital."
    assert len(_claims(analyze, text, "acknowledged")) == 1


def test_acknowledging_a_clause_stays_a_claim(analyze):
    text = "Lena Vaal acknowledged that the apology had come too late for the Kemaria families."
    claims = _claims(analyze, text, "acknowledged")
    assert len(claims) == 1 and claims[0].speaker_text == "Lena Vaal"


def test_acknowledging_mistakes_stays_a_claim(analyze):
    text = "In a letter to staff, Kessel boss Ann Roth acknowledged her mistakes over the merger."
    assert len(_claims(analyze, text, "acknowledged")) == 1


def test_praising_an_apology_stays_a_claim(analyze):
    text = "Tamsk party leader Jo Brann praised the count's apology as a brave first step."
    assert len(_claims(analyze, text, "praised")) == 1
