"""Actor kinds (issue 18, round 45): a product line its owner's possessive names ("its Norvella
range", "Brannock's Norvella product range") is the owner's brand, no actor, though the model
calls it a body. A bare "the X range" (a maker's own range, a mountain range), a brand ("its X
brand": as often a carmaker the owner bought) and a range-named body that speaks or acts
elsewhere keep the actor. Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import resolved_kinds as _kinds
from newsgraph.resolve.works import ThingUseContext


def _one(text: str, names: dict[str, str]) -> dict[str, str]:
    return _kinds({"a": (text, names)})


def _owned(text: str, name: str, label: str = "ORG") -> bool:
    start = text.index(name)
    return ThingUseContext.from_data().owned(text, start, start + len(name), label)


# ------------------------------------------------------------------ the reading

def test_a_range_after_an_owners_possessive_is_owned():
    assert _owned("Profits fell on weak sales of its Norvella range.", "Norvella")
    assert _owned("Brannock's Norvella product range sold well.", "Norvella")


def test_a_range_with_no_owner_or_one_that_heads_a_longer_phrase_is_not_owned():
    assert not _owned("Sales of the Norvella range fell.", "Norvella")
    assert not _owned("It closed its Norvella range factory in May.", "Norvella")
    assert not _owned("Profits rose at its Norvella brand.", "Norvella")


def test_a_range_after_a_person_label_is_not_owned():
    # a designer's line in a shop is named after her: the person stays
    assert not _owned("The store's Tamsa Orrell range sold out.", "Tamsa Orrell", "PERSON")


# ------------------------------------------------------------------ the vote

_OWNED_RANGE = ("Brannock said profits fell because of weak demand for its Norvella range. "
                "Sales of Norvella products were hit by new diets, and Norvella diet bars were cut.")


def test_a_range_its_owner_names_is_no_actor_and_the_owner_stays():
    kinds = _one(_OWNED_RANGE, {"Norvella": "ORG", "Brannock": "ORG"})
    assert "Norvella" not in kinds
    assert kinds["Brannock"] == "ORG"


def test_a_range_named_body_that_speaks_elsewhere_stays_an_actor():
    docs = {"a": (_OWNED_RANGE, {"Norvella": "ORG", "Brannock": "ORG"}),
            "b": ("Norvella said it would open a plant in June.", {"Norvella": "ORG"})}
    assert "Norvella" in _kinds(docs)


def test_a_bare_range_may_be_the_makers_and_stays():
    text = "Sales of the Norvella range fell. Norvella cut 200 jobs in March."
    assert "Norvella" in _one(text, {"Norvella": "ORG"})


def test_a_place_before_its_range_stays_a_place():
    # a range after a place's name is the place's hills or the owner's line: the vote is closed to places
    text = "Walkers crossed its Dunmere range. Dunmere lies on the coast."
    assert _one(text, {"Dunmere": "GPE"}).get("Dunmere") == "GPE"
