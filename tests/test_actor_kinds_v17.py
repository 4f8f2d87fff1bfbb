"""Actor kinds (issue 18, round 17): a publication's noun before its name, a point of the
compass before a place, a work's release year in brackets. Sentences and names written for
these tests."""

from __future__ import annotations

from mention_helpers import kind_cue, resolved_kinds


def _cue(sentence: str, name: str, label: str = "ORG") -> str:
    return kind_cue(sentence, name, label)


def _kinds(docs: dict[str, tuple[str, dict[str, str]]]) -> dict[str, str]:
    return resolved_kinds(docs)


# ------------------------------------------------------------------ a publication's noun before its name

def test_a_publications_noun_before_a_name_makes_it_an_outlet():
    assert _cue("The deal was first reported by trade magazine Vessel Weekly on Monday.", "Vessel Weekly") == "OUTLET"
    assert _cue("She spoke to the newspaper the Brevik Herald about it.", "Brevik Herald", "PERSON") == "OUTLET"
    assert _cue("He told sports daily Kessport that he would stay.", "Kessport") == "OUTLET"
    # an adjective "daily" or a capitalized word of a title says nothing
    assert _cue("He wrote for a daily Brevik paper for years.", "Brevik", "GPE") == ""
    assert _cue("The Kessel Magazine Awards went to Vaalcorp this year.", "Vaalcorp") == ""


def test_an_industry_magazine_the_model_calls_a_firm_resolves_to_an_outlet():
    kinds = _kinds({
        "a": ("An editor at industry magazine Tamsk Aviation said the jet was late.", {"Tamsk Aviation": "ORG"}),
        "b": ("Tamsk Aviation has reported on the order.", {"Tamsk Aviation": "ORG"}),
    })
    assert kinds["Tamsk Aviation"] == "OUTLET"


# ------------------------------------------------------------------ a point of the compass before a place

def test_a_lower_case_compass_point_before_a_group_makes_it_a_place():
    assert _cue("She grew up in a small east Vessmoor village by the sea.", "Vessmoor") == "GPE"
    assert _cue("The storm hit south Vessmoor on Friday.", "Vessmoor", "PERSON") == "GPE"
    # the capitalized word is the name's own; a people or a region keeps its label
    assert _cue("He joined West Vessmoor last year.", "Vessmoor") != "GPE"
    assert _cue("Trade across southern Kessia rose.", "Kessia", "LOC") == ""


def test_a_county_the_model_calls_a_body_resolves_to_a_place_by_its_compass_point():
    kinds = _kinds({
        "a": ("The boy is from south Vessmoor and sings in a choir.", {"Vessmoor": "ORG"}),
        "b": ("Floods hit Vessmoor again this week.", {"Vessmoor": "ORG"}),
    })
    assert kinds["Vessmoor"] == "GPE"


# ------------------------------------------------------------------ a work's release year

def test_a_year_in_brackets_after_a_name_makes_it_a_work():
    assert _cue("His roles include The Kessel Road (1996) and others.", "Kessel Road") == "NONE"
    assert _cue("Vaalberg (1971) was followed by two more novels.", "Vaalberg", "PERSON") == "NONE"
    # a person's dates are a span
    assert _cue("The painter Ola Vaalberg (1901-1977) lived here.", "Ola Vaalberg", "PERSON") != "NONE"


def test_films_listed_with_their_years_leave_the_actor_graph():
    text = ("She starred in The Kessel Road (1996), Tamsk Nights (1999) and later in "
            "a remake of The Kessel Road (2004).")
    kinds = _kinds({"a": (text, {"Kessel Road": "ORG", "Tamsk Nights": "PERSON"})})
    assert "Kessel Road" not in kinds
