"""Actor kinds (issue 18, round 28): a name the corpus writes only as the modifier of a thing's
noun ("no Kessel slots", "Vaal attacks") is a thing, unless a mention gives it agency. Sentences
and names written for these tests."""

from __future__ import annotations

from mention_helpers import resolved_kinds as _kinds


def _connector_story(extra: str = "") -> dict[str, tuple[str, dict[str, str]]]:
    text = ("The laptop has two Zentrix ports at the back. The cheaper model has no Zentrix slots. "
            + extra)
    return {"a": (text, {"Zentrix": "ORG"})}


def test_a_name_only_modifying_a_things_noun_is_no_actor():
    assert "Zentrix" not in _kinds(_connector_story("Buyers may not mind."))


def test_a_modifier_that_speaks_acts_or_owns_stays_an_actor():
    assert "Zentrix" in _kinds(_connector_story("Zentrix said sales were strong."))
    assert "Zentrix" in _kinds(_connector_story("Zentrix plans a new chip."))
    assert "Zentrix" in _kinds(_connector_story("Zentrix's shares rose."))


def test_a_firm_named_with_its_people_or_goods_stays_an_actor():
    # "Zentrix phones" are a maker's goods, "Zentrix engineers" its people: no thing's noun
    text = "Zentrix phones sold well. Zentrix engineers built two Zentrix ports into each."
    assert "Zentrix" in _kinds({"a": (text, {"Zentrix": "ORG"})})


def test_one_modifier_in_several_mentions_is_too_few():
    text = "Hackers launched Morvane attacks on the sites. Police traced Morvane to a flat in the city."
    assert "Morvane" in _kinds({"a": (text, {"Morvane": "ORG"})})


def test_a_benchmark_named_only_before_its_grade_is_no_actor():
    text = "Traders said Norvane crude rose in London. In Asia, Norvane crude fell later."
    assert "Norvane" not in _kinds({"a": (text, {"Norvane": "ORG"})})


def test_an_awards_acronym_in_brackets_and_its_nominations_are_no_actor():
    text = ("She won two Tamsic nominations last year. The Tamsic Music Honours (Tamsic) Awards "
            "are held in May.")
    assert "Tamsic" not in _kinds({"a": (text, {"Tamsic": "ORG"})})
