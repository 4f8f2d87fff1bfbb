"""Round 48 (branch spk70): a document whose maker a body's possessive word names left with a null
speaker — "According to its estimate, ..." after the body spoke, "X, director at Y, said its
figures suggested", "In its latest report, the Y cut ..."; two bodies before, or "their" past a
person's name, stay null. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import claim_at, claim_with, speaker_of


def test_its_estimate_after_the_body_spoke_is_that_body(analyze):
    result = analyze("Flood losses\n\nThe Marlow Lenders Association said the floods had washed away "
                     "homes that secured loans. According to its estimate, a tenth of the farm loans "
                     "made in the valley will never be repaid.\n")
    assert speaker_of(result, claim_with(result, "never be repaid")) == "Marlow Lenders Association"


def test_its_figures_after_the_firm_in_the_same_sentence_is_the_firm(analyze):
    result = analyze("Game players\n\nTom Reddle, program director at Brackwell Software Inc, said its "
                     "figures suggested that puzzle games drew most older players.\n")
    assert speaker_of(result, claim_at(result, "suggested")) == "Brackwell Software Inc"


def test_its_report_opening_the_sentence_is_the_clause_subject(analyze):
    # the Council named before is not the owner: the clause after the phrase gives its own body
    result = analyze("Growth cut\n\nThe Kelso Trade Council met on Monday. In its latest yearly report, "
                     "the Varden Economic Forum cut its growth forecasts for the region.\n")
    assert speaker_of(result, claim_with(result, "growth forecasts")) == "Varden Economic Forum"


def test_its_estimate_after_two_bodies_stays_unnamed(analyze):
    # either body may own the estimate: naming one would be a guess
    result = analyze("Flood losses\n\nThe Marlow Lenders Association and the Tamsk Farmers Union met "
                     "on Friday. According to its estimate, a tenth of the farm loans made in the "
                     "valley will never be repaid.\n")
    assert speaker_of(result, claim_with(result, "never be repaid")) is None


def test_their_figures_past_a_person_stay_unnamed(analyze):
    # "their" may be people's: the named person and his staff, not the body
    result = analyze("Pay\n\nPay Board chairwoman Helen Marsh met the Kessler Pay Board on Monday. "
                     "Women earn a fifth less than men, according to their figures.\n")
    assert speaker_of(result, claim_with(result, "a fifth less")) is None


def test_its_report_opening_a_clause_of_an_unnamed_body_stays_unnamed(analyze):
    # the clause's subject owns the report; the association named before is someone else
    result = analyze("Growth cut\n\nThe Marlow Lenders Association met on Monday. In its latest yearly "
                     "report, the regulator cut its growth forecasts for the region.\n")
    assert speaker_of(result, claim_with(result, "growth forecasts")) is None
