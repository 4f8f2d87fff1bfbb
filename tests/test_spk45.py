"""Round 35 (branch spk45): a body's description speaker and the body the story names.

- "the watchdog" / "the regulator" is a body the story shows as one: by a word of its name
  ("... Authority") or a title of that kind ("market regulator X", "X, the watchdog"); a
  watchdog is never the firm that opened the sentence before, and with none shown, nobody;
- "the watchdog" stands for a body introduced as a "regulator" too (``coref.yaml`` ``same_bodies``);
- a body's title ends at its name: "A watchdog has fined X" does not introduce X as a watchdog;
- a firm the model typed a person where it opens a sentence, and an organisation elsewhere, is
  still the body "the carrier said" / "a spokesman said" means.

Sentences written for these tests."""

from __future__ import annotations

from claim_helpers import linked_speakers, speakers


def test_the_watchdog_is_the_body_introduced_as_a_regulator(analyze):
    result = analyze("Fine\n\nMarket regulator Kestra has fined Bolton Foods over its accounts. Bolton Foods "
                     "has said it will appeal. The watchdog said the accounts were misleading.")
    assert speakers(result, "said")[-1] == ("The watchdog", "Kestra")


def test_a_regulator_named_by_its_classifier_is_the_watchdog(analyze):
    result = analyze("Fine\n\nThe Kestra regulator has fined Bolton Foods over its accounts. Bolton Foods "
                     "has said it will appeal. The watchdog said the accounts were misleading.")
    assert speakers(result, "said")[-1] == ("The watchdog", "Kestra")


def test_the_watchdog_is_never_the_firm_it_fined(analyze):
    result = analyze("Fine\n\nA watchdog has fined Bolton Foods over its accounts. Bolton Foods has said "
                     "it will appeal. The watchdog said the accounts were misleading.")
    assert speakers(result, "said")[-1] == ("The watchdog", None)


def test_a_headline_verb_does_not_make_the_firm_a_watchdog(analyze):
    result = analyze("Watchdog eyes Bolton Foods\n\nAn unnamed regulator has opened a case against "
                     "Bolton Foods. Bolton Foods has said it did nothing wrong. The watchdog is said to "
                     "believe the accounts were false.")
    assert linked_speakers(result, "believe") == [None]


def test_the_regulator_with_authority_in_its_name_opening_the_sentence_before(analyze):
    result = analyze("Fine\n\nBolton Foods was fined on Monday. The Food Standards Authority has found its "
                     "labels wrong. The regulator said the fine would be paid in a month.")
    assert speakers(result, "said")[-1] == ("The regulator", "Food Standards Authority")


def test_a_firm_typed_a_person_at_the_opening_is_the_carrier(analyze):
    result = analyze("Airline results\n\nSkyvane said the new planes would cut its costs. The carrier "
                     "reported a drop in profit, and Skyvane chief Tom Voss said fuel was to blame.")
    assert speakers(result, "reported") == [("The carrier", "Skyvane")]


def test_a_person_named_like_nothing_else_is_no_carrier(analyze):
    result = analyze("Airline results\n\nMr Tom Voss said the new planes would cut costs. The carrier "
                     "reported a drop in profit.")
    assert linked_speakers(result, "reported") == [None]


def test_a_lead_watchdog_is_the_one_commission_named_next(analyze):
    result = analyze("Votes\n\nDogs may end up on the voting lists, the UK ballot watchdog has warned.\n\n"
                     "The Kessel Electoral Commission says people should register one by one.")
    assert speakers(result, "warned") == [("the UK ballot watchdog", "Kessel Electoral Commission")]


def test_a_lead_watchdog_with_two_such_bodies_is_nobody(analyze):
    result = analyze("Votes\n\nDogs may end up on the voting lists, the UK ballot watchdog has warned.\n\n"
                     "The Kessel Electoral Commission and the Data Protection Authority both looked at the lists.")
    assert linked_speakers(result, "warned") == [None]
