"""Actor kinds (round 43, branch kind58): a name ending in a lettered model code ("the Vaalmac
G4 computer") is a product, no actor, whether or not its first part is an actor of its own; a
bare number, a side's age group and a place's name before the code keep the actor. Sentences
and names written for these tests."""

from __future__ import annotations

from mention_helpers import resolved_kinds as _kinds


def test_a_lettered_code_after_a_product_line_is_no_actor():
    text = "Designers showed off the Tarnmac G7 computer, which sold well in its first year."
    kinds = _kinds({"a": (text, {"Tarnmac G7": "ORG"})})
    assert "Tarnmac G7" not in kinds


def test_a_lettered_code_with_a_plural_or_letter_suffix_is_a_model_too():
    text = "Engineers praised the Corvex Q80b at the fair in Leeds."
    assert "Corvex Q80b" not in _kinds({"a": (text, {"Corvex Q80b": "ORG"})})


def test_a_bare_number_after_an_unknown_name_keeps_the_actor():
    text = "Fans cheered as Pellow 182 played their new single in Leeds."
    assert _kinds({"a": (text, {"Pellow 182": "ORG"})}).get("Pellow 182") == "ORG"


def test_a_sides_age_group_keeps_the_actor():
    text = "The Marisca U21 side beat their rivals 3-1 on Saturday."
    assert _kinds({"a": (text, {"Marisca U21": "ORG"})}).get("Marisca U21") == "ORG"


def test_a_code_after_a_place_keeps_the_actor():
    text = ("The Tarrow Vale K9 team won again. Tarrow Vale is a town in the north, "
            "and people in Tarrow Vale cheered.")
    kinds = _kinds({"a": (text, {"Tarrow Vale K9": "ORG", "Tarrow Vale": "GPE"})})
    assert kinds.get("Tarrow Vale K9") == "ORG"


def test_a_coded_name_that_speaks_stays():
    text = "Tamsk B52 said on Monday that it would open two new offices in Leeds."
    assert _kinds({"a": (text, {"Tamsk B52": "ORG"})}).get("Tamsk B52") == "ORG"


def test_a_model_codes_plural_after_its_maker_is_no_band():
    text = ("Corvex said it would build more jets. A carrier cut its order for Corvex K300s "
            "from 40 planes to 25.")
    kinds = _kinds({"a": (text, {"Corvex": "ORG", "Corvex K300s": "ORG"})})
    assert "Corvex K300s" not in kinds
    assert kinds.get("Corvex") == "ORG"
