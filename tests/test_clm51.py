"""Claim content cut short, round 38 (branch clm51): a verbless second half after a said-tag
("..., the survey said, and 60% a post office") is a second piece of the same claim; an
accusation's object runs on to its charge when the parse hangs the "of" past a phrase between;
a caution's hearer runs on to its "against" advice. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import claims_of


def test_a_gapped_half_after_a_tag_is_a_second_piece(analyze):
    text = "Buses\n\nHalf the town now has a bus stop, the survey said, and 60% a post office."
    (claim,) = claims_of(analyze, text, "said")
    assert claim.text == "Half the town now has a bus stop … 60% a post office"
    assert claim.pieces is not None and len(claim.pieces) == 2


def test_a_gapped_half_when_the_cue_is_the_root(analyze):
    text = "Trade\n\nExports rose 5% in May, the bureau said, and imports 2%."
    (claim,) = claims_of(analyze, text, "said")
    assert claim.text == "Exports rose 5% in May … imports 2%"


def test_a_second_clause_with_its_own_verb_stays_out(analyze):
    # a finite clause after the tag may be the reporter's narration: not joined
    text = "Markets\n\nPrices rose, she said, and wages fell."
    (claim,) = claims_of(analyze, text, "said")
    assert claim.text == "Prices rose"
    assert not claim.pieces


def test_a_second_name_after_an_inverted_tag_is_not_a_piece(analyze):
    text = "Banks\n\nSales rose, said Mr Bell, and Mrs Dunn of the bank."
    (claim,) = claims_of(analyze, text, "said")
    assert claim.text == "Sales rose"


def test_an_accusation_runs_on_to_its_charge_past_a_time_phrase(analyze):
    text = "Football\n\nThe coach accused the league during the 2010 final of bias against small clubs."
    (claim,) = claims_of(analyze, text, "accused")
    assert claim.text == "the league during the 2010 final of bias against small clubs"


def test_an_accusation_charge_behind_commas_is_left(analyze):
    text = "Towns\n\nHe accused the council, on Monday, of waste."
    (claim,) = claims_of(analyze, text, "accused")
    assert claim.text == "the council"


def test_an_of_inside_a_clause_between_is_no_charge(analyze):
    text = "Courts\n\nThey accused the firm in a suit filed by the city of fraud."
    claims = claims_of(analyze, text, "accused")
    assert all("city" not in c.text for c in claims)


def test_a_caution_runs_on_to_its_advice(analyze):
    text = "Parliament\n\nThe speaker cautioned members against using phones in the chamber."
    (claim,) = claims_of(analyze, text, "cautioned")
    assert claim.text == "members against using phones in the chamber"
