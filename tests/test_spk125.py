"""Round 66 (issue 19, branch spk125): a body described, not named, as the speaker ("Kemaria's
biggest oil exploration firm", "the world's largest carrier") whose name the text sets right after
the phrase in commas with its letters in brackets ("..., Tamsk Petroleum Corporation (TPC),
says") was left null (or given the possessive's place): the bracket was read as no closing of the
apposition. After a noun of ``named_body_nouns`` the organisation now speaks
(SpeakerResolver._short_form_closed). Sentences written here."""

from __future__ import annotations

from claim_helpers import speakers_with_anonymous


def _first(result, cue="says"):
    return speakers_with_anonymous(result, cue)[0]


# --- named right there, letters in brackets: the body speaks (null or the place on the base) -----


def test_world_superlative_firm_named_with_short_form(analyze):
    result = analyze("The world's biggest oil exploration firm, Tamsk Petroleum Corporation (TPC), says "
                     "it has bid for a refinery in Vaal.")
    assert _first(result)[1:] == ("Tamsk Petroleum Corporation", False)


def test_country_superlative_firm_named_with_short_form(analyze):
    result = analyze("Norway's biggest oil exploration firm, Tamsk Petroleum Corporation (TPC), says it "
                     "has bid for a refinery in Vaal.")
    assert _first(result)[1:] == ("Tamsk Petroleum Corporation", False)


def test_possessive_place_gives_way_to_the_named_firm(analyze):
    result = analyze("Kemaria's biggest oil exploration firm, Tamsk Petroleum Corporation (TPC), says it "
                     "has bid for a refinery in Vaal.")
    assert _first(result)[1] == "Tamsk Petroleum Corporation"


# --- guards: as on the base -------------------------------------------------------------------------


def test_named_firm_without_brackets_still_speaks(analyze):
    result = analyze("The world's biggest oil exploration firm, Tamsk Petroleum Corporation, says it has "
                     "bid for a refinery in Vaal.")
    assert _first(result)[1] == "Tamsk Petroleum Corporation"


def test_bare_description_without_a_name_stays_null(analyze):
    result = analyze("Tamsk could lose its ferry link by spring, a security firm has warned.")
    assert _first(result, "warned")[1] is None


def test_two_firms_after_the_description_are_not_one_name(analyze):
    result = analyze("Kemaria's biggest carrier, Tamsk Air and Vaal Airways, says fares will rise.")
    assert _first(result)[1] not in ("Tamsk Air", "Vaal Airways")


def test_spokesman_for_a_bracketed_body_stays_its_anonymous_voice(analyze):
    result = analyze("Prices rose again in March. A spokesman for the Kessel Trade Council (KTC) said "
                     "the rise would not last.")
    assert _first(result, "said")[1:] == ("Kessel Trade Council", True)


def test_noun_outside_the_table_keeps_its_null_speaker(analyze):
    result = analyze("The tournament's sponsor, Kessel Motors (KM), says it will stay for three more years.")
    assert _first(result)[1:] == (None, True)
