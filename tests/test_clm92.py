"""Claim content that began at the said verb and left its subject outside, round 69 (branch clm92):
in a relative clause on a noun ("the levy, which Ms Dorn says is unfair"; "the choices he says face
the town") the noun the clause hangs on is what the said verb is about, so it is the first piece of
what is said ("the levy … is unfair"). Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import claim_at


def _claim(analyze, text: str, cue: str, which: int = -1):
    return claim_at(analyze("Harbour\n\n" + text), cue, which)


# --- the noun of the relative clause is the first piece ---------------------------------------

def test_which_clause_keeps_its_noun(analyze):
    claim = _claim(analyze, "Tamsk has a new harbour levy, which Ms Dorn says is unfair to fishermen.", "says")
    assert claim.text == "a new harbour levy … is unfair to fishermen"


def test_which_clause_after_a_pronoun_speaker(analyze):
    claim = _claim(analyze, "She praised the new Vexley footbridge, which she said was a marvel of design.", "said")
    assert claim.text.startswith("the new Vexley footbridge …")
    assert claim.text.endswith("was a marvel of design")


def test_who_clause_keeps_its_name(analyze):
    claim = _claim(analyze, "Mr Orvan backed coach Lena Vaal, who he believes was the right choice for the club.",
                   "believes")
    assert claim.text == "coach Lena Vaal … was the right choice for the club"


def test_contact_clause_keeps_its_noun(analyze):
    claim = _claim(analyze, "Mr Orvan listed the choices he says are before the people of Tamsk.", "says")
    assert claim.text == "the choices … are before the people of Tamsk"


# --- guards: what stays as it was ---------------------------------------------------------------

def test_figure_before_which_is_not_taken(analyze):
    claim = _claim(analyze, "Margins at the Kessel mill were 11.2%, which it said could reach 12.5% by 2009.", "said")
    assert claim.text == "could reach 12.5% by 2009"


def test_plain_said_clause_is_unchanged(analyze):
    claim = _claim(analyze, "Ms Dorn said the harbour levy was unfair to fishermen.", "said")
    assert claim.text == "the harbour levy was unfair to fishermen"


def test_which_clause_with_its_own_subject_is_unchanged(analyze):
    claim = _claim(analyze, "Tamsk has a new harbour levy, which Ms Dorn says the council will drop.", "says")
    assert "levy" not in claim.text


def test_noun_inside_a_participle_phrase_is_not_taken(analyze):
    claim = _claim(analyze, "Mr Orvan crossed a footbridge built over the Tamsk canal, which he said was too narrow.",
                   "said")
    assert "canal" not in claim.text
