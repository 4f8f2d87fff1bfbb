"""Actor kinds (issue 18, round 44): medicines and programmes whose owner's possessive names
them ("its Velmora drug", "Brannock's Velmora mouth spray", "its Tamsk Online initiative", "the
government's Kessel Renewal Programme") leave the actor graph, even when the model calls a
medicine a place; "X, the pensions programme on which ..." and "the anti-depressant X" as well.
A bare "the X drug" or "the drug X" in one story of two stays round 29's: a firm may be named
like its product. Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import resolved_kinds as _kinds


def _one(text: str, names: dict[str, str]) -> dict[str, str]:
    return _kinds({"a": (text, names)})


# ------------------------------------------------------------------ medicines an owner names

_OWNED_DRUG = ("Shares in Brannock slid when its Velmora drug was dropped after a late trial. "
               "Velmora did no better than a dummy pill in 800 patients.")


def test_a_drug_its_owner_names_is_no_actor_and_the_owner_stays():
    kinds = _one(_OWNED_DRUG, {"Velmora": "ORG", "Brannock": "ORG"})
    assert "Velmora" not in kinds
    assert kinds["Brannock"] == "ORG"


def test_a_drug_its_owner_names_leaves_though_the_model_calls_it_a_place():
    assert "Velmora" not in _one(_OWNED_DRUG, {"Velmora": "GPE", "Brannock": "ORG"})


def test_a_spray_after_a_firms_possessive_is_a_medicine():
    text = ("Brannock's Velmora mouth spray could be on sale by May. Regulators will rule on "
            "Velmora this spring, and delays have held back Velmora's launch.")
    assert "Velmora" not in _one(text, {"Velmora": "GPE", "Brannock": "ORG"})


def test_a_place_the_story_also_puts_things_in_stays_a_place():
    # "in Velmora" reads the name as a town: a medicine's head once is no reason to drop it
    text = ("Brannock opened a plant in Velmora last year. Critics said its Velmora drug plant "
            "was too small, and its Velmora drug.")
    assert _one(text, {"Velmora": "GPE", "Brannock": "ORG"}).get("Velmora") == "GPE"


def test_an_owned_drug_that_speaks_elsewhere_stays_an_actor():
    docs = {"a": (_OWNED_DRUG, {"Velmora": "ORG", "Brannock": "ORG"}),
            "b": ("Velmora said its new plant would open in June.", {"Velmora": "ORG"})}
    assert "Velmora" in _kinds(docs)


def test_a_drug_named_after_a_bare_the_may_be_its_makers_and_stays():
    # "the Velmora drug" with no owner named: Velmora may be the maker (a firm named like its product)
    text = "Trials of the Velmora drug ended early. Velmora gained 4% in early trade."
    assert "Velmora" in _one(text, {"Velmora": "ORG"})


def test_a_drug_head_that_modifies_a_noun_is_no_medicine():
    # "its Velmora drug unit" is the owner's unit of that name
    text = "Brannock sold its Velmora drug unit last year. Velmora employs 300 staff."
    assert "Velmora" in _one(text, {"Velmora": "ORG", "Brannock": "ORG"})


def test_an_anti_depressant_named_before_in_every_story_is_no_actor():
    docs = {"a": ("Doctors often prescribe the anti-depressant Corvane for long spells.", {"Corvane": "PERSON"}),
            "b": ("Sales of its anti-depressant drug Corvane have fallen. Patients who take Corvane were warned.",
                  {"Corvane": "ORG"})}
    assert "Corvane" not in _kinds(docs)


# ------------------------------------------------------------------ programmes an owner names

def test_an_initiative_its_owner_names_is_no_actor():
    text = ("The Commission has launched its Tamsk Online (TO) initiative. TO will fund "
            "broadband in rural schools.")
    kinds = _one(text, {"Tamsk Online": "ORG", "TO": "ORG"})
    assert "Tamsk Online" not in kinds


def test_a_programme_head_ending_the_name_after_an_owner_is_no_actor():
    text = ("Absence fell at 90 schools through the government's Kessel Renewal Programme. "
            "Ministers want to widen it.")
    assert "Kessel Renewal Programme" not in _one(text, {"Kessel Renewal Programme": "ORG"})
    text = "Parents will get vouchers through its new Vaal Savings Fund, which is tax free."
    assert "Vaal Savings Fund" not in _one(text, {"Vaal Savings Fund": "ORG"})


def test_a_programme_named_body_that_speaks_stays_an_actor():
    text = ("Pupils joined the council's Kessel Renewal Programme. The Kessel Renewal Programme said "
            "it would hire ten more teachers.")
    assert "Kessel Renewal Programme" in _one(text, {"Kessel Renewal Programme": "ORG"})


def test_a_project_after_a_place_or_a_person_keeps_the_name():
    # a place's or a person's project: the owner's project is named after them
    text = "Output at its Dunmere project rose. Dunmere lies on the coast."
    assert _one(text, {"Dunmere": "GPE"}).get("Dunmere") == "GPE"
    text = "The club's Brevikson project failed. Brevikson left in May."
    assert _one(text, {"Brevikson": "PERSON"}).get("Brevikson") == "PERSON"


def test_a_contraction_of_is_names_no_owner():
    # "That's Kessel project" is no possessive: nothing owns the name
    text = "That's Varnholt project work, a spokesman joked. Varnholt shares rose."
    assert "Varnholt" in _one(text, {"Varnholt": "ORG"})


def test_a_programme_apposed_before_a_relative_clause_is_no_actor():
    text = ("The budget leaves out reform of Tamsk Care, the housing programme on which many "
            "families rely. Tamsk Care costs grow each year.")
    assert "Tamsk Care" not in _one(text, {"Tamsk Care": "ORG"})
