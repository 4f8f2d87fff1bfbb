"""Round 65 (branch spk122): documents a body issued left with no speaker — "An IAKF statement
said" after "the International Association of Kessel Federations" (initials the name finder left untagged, and "The
statement continued" after it), "Vaal said in its submission ... The submission calls for", and
"Tamsk Rail issued a statement on Monday. | The statement said". Two issuers, a quote between,
initials two bodies spell and a second document of the noun stay as they were. Short fictional
sentences."""

from __future__ import annotations

from claim_helpers import claim_with, speaker_of


def test_initials_before_statement_are_the_body_named_in_full(analyze):
    result = analyze("Kessel to appeal ruling\n\nThe International Association of Kessel Federations will "
                     "appeal against the clearing of two sprinters.\n\nThe sprinters were cleared by a national "
                     "panel last month. An IAKF statement said: \"The panel was wrong.\" The statement "
                     "continued: \"The appeal will be heard in March.\"\n")
    first = claim_with(result, "The panel was wrong")
    assert speaker_of(result, first) == "International Association of Kessel Federations"
    assert not first.anonymous
    assert speaker_of(result, claim_with(result, "The appeal will be heard")) == "International Association of Kessel Federations"


def test_initials_two_bodies_spell_stay_unnamed(analyze):
    # guard: two bodies of the story both spell "IAKF"
    result = analyze("Funding row grows\n\nThe International Association of Kessel Federations and the "
                     "Independent Alliance of Kemaria Farmers have fallen out over a grant.\n\n"
                     "An IAKF statement said the grant had been misused.\n")
    claim = claim_with(result, "the grant had been misused")
    assert speaker_of(result, claim) is None


def test_a_place_in_initials_is_no_body(analyze):
    # guard: "a US statement" after no body spelling "US": the rules for places decide, not initials
    result = analyze("Talks stall\n\nThe Vaal Trade Council met on Monday.\n\n"
                     "A US statement said the talks had stalled.\n")
    claim = claim_with(result, "the talks had stalled")
    assert speaker_of(result, claim) != "Vaal Trade Council"


def test_the_submission_is_the_body_that_said_in_its_submission(analyze):
    result = analyze("Call to save factory jobs\n\nThe Vaal Workers Union said in its submission "
                     "ahead of the budget that jobs must be saved. The 20-page submission also urges "
                     "the government to cut fuel taxes.\n")
    claim = claim_with(result, "to cut fuel taxes")
    assert speaker_of(result, claim) == "Vaal Workers Union"


def test_the_statement_is_the_one_body_that_issued_one_the_sentence_before(analyze):
    result = analyze("Rail firm cuts services\n\nTamsk Rail issued a statement on Monday evening "
                     "after the crash.\n\nThe statement said the line would stay closed until Friday.\n")
    claim = claim_with(result, "the line would stay closed")
    assert speaker_of(result, claim) == "Tamsk Rail"
    assert not claim.anonymous


def test_two_issuers_leave_the_statement_unnamed(analyze):
    # guard: two bodies issued a statement; "the statement" may be either's
    result = analyze("Rail firms cut services\n\nTamsk Rail and Kessel Trains issued a statement "
                     "on Monday evening.\n\nThe statement said the line would stay closed until Friday.\n")
    claim = claim_with(result, "the line would stay closed")
    assert speaker_of(result, claim) not in ("Tamsk Rail", "Kessel Trains")


def test_a_quote_between_leaves_the_statement_unnamed(analyze):
    # guard: someone else's words came between the issuing and "the statement"
    result = analyze("Rail firm cuts services\n\nTamsk Rail issued a statement on Monday evening "
                     "as \"a matter of safety\", travellers were told.\n\n"
                     "The statement said the line would stay closed until Friday.\n")
    claim = claim_with(result, "the line would stay closed")
    assert speaker_of(result, claim) != "Tamsk Rail"
