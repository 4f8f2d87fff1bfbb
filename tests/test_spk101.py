"""Round 58 (issue 19, branch spk101): an "it" speaker after a body's claim and then another
body opening the next sentence as its subject behind a reporter's word ("And the X Group, which
holds ..., has bought ... It has also demanded ..."). ``_subject_body`` looks for the body
opening the sentence before the "it"; ``_sentence_subject`` took only a bare opening or one
closed by a comma, so "And", "But", "Meanwhile" before the name left the "it" null. A word of
``lead_connectives`` / ``time_adverbs`` / ``focus_adverbs`` before the name now counts as no
clause of its own.

Guards pin what must not change: a name inside an opening phrase ("In talks with X the union
...") and a body named only in a person's relative clause stay no subject. Sentences and names
written here."""

from __future__ import annotations

from claim_helpers import claim_with


def _speaker_name(result, claim):
    return result.mentions[claim.speaker].text if claim.speaker is not None else None


# --- fixed: the body after "And" / "Meanwhile" opening the sentence before is the "it" ----------

def test_a_body_after_and_is_the_it(analyze):
    result = analyze("Tamsk bid\n\nThe Tamsk Exchange said the offer was too low. And the Kessel Group, which "
                     "holds 5% of the exchange, has bought more shares this week. It has also demanded that "
                     "the bid be dropped.")
    assert _speaker_name(result, claim_with(result, "bid be dropped")) == "Kessel Group"


def test_a_body_after_meanwhile_is_the_it(analyze):
    result = analyze("Tamsk bid\n\nThe Tamsk Exchange said the offer was too low. Meanwhile the Kessel Group "
                     "has bought more shares in the exchange. It said the bid should be dropped.")
    assert _speaker_name(result, claim_with(result, "bid should be dropped")) == "Kessel Group"


# --- guards: a name that is no subject of the sentence before stays no "it" ---------------------

def test_a_body_inside_an_opening_phrase_stays_null(analyze):
    result = analyze("Tamsk bid\n\nThe Tamsk Exchange said the offer was too low. In talks with the Kessel "
                     "Group the union has bought more shares in the exchange. It said the bid should be dropped.")
    assert claim_with(result, "bid should be dropped").speaker is None


def test_a_body_in_a_persons_relative_clause_stays_null(analyze):
    result = analyze("Tamsk bid\n\nThe Tamsk Exchange said the offer was too low. Jo Brann, who heads the "
                     "Kessel Group, has bought more shares in the exchange. It said the bid should be dropped.")
    assert claim_with(result, "bid should be dropped").speaker is None


def test_the_body_that_spoke_just_before_goes_on(analyze):
    result = analyze("Tamsk bid\n\nThe Tamsk Exchange said on Monday that the offer was too low. It added "
                     "that the bid should be dropped.")
    assert _speaker_name(result, claim_with(result, "bid should be dropped")) == "Tamsk Exchange"


# --- fixed: a body in a "which" clause on a bare name is no rival for the "it" after it ---------

def test_a_body_in_a_which_clause_on_the_speaker_is_no_rival(analyze):
    result = analyze("Kessora buys Tamsk rival\n\nKessora said it would buy the Tamsk wine maker for $300m. "
                     "In July, Kessora, which is listed on the Vaal Stock Exchange, reported a fall in "
                     "turnover. It blamed a weaker dollar for the fall.")
    assert _speaker_name(result, claim_with(result, "weaker dollar")) == "Kessora"


# --- guard: a body in what the bare name said stays a rival ------------------------------------

def test_a_body_in_what_the_name_said_stays_a_rival(analyze):
    result = analyze("Kessora buys Tamsk rival\n\nKessora said it would buy the Tamsk wine maker for $300m. "
                     "In July, Kessora said it had called in the Vaal Stock Exchange. It blamed a weaker "
                     "dollar for the fall.")
    assert claim_with(result, "weaker dollar").speaker is None
