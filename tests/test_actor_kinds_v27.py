"""Actor kinds (issue 18, round 27): a faith's word that is a given name too opens a person's
name, not a people's; a charity's "Aid" or "Relief" closes a body's name; a theatre, an
auditorium or a gaol closing a name is a building. Sentences and names written for these tests."""

from __future__ import annotations


def _labels(result, text: str) -> list[str]:
    return [m.label for m in result.mentions if m.text == text]


def test_a_faiths_word_that_is_a_given_name_opens_a_persons_name(analyze):
    result = analyze("The forecast was too gloomy, said Christian Vaalberg, an economist at a Kessel bank.")
    assert _labels(result, "Christian Vaalberg") == ["PERSON"]
    assert _labels(result, "Christian") == []


def test_a_peoples_word_before_a_title_is_still_cut_off(analyze):
    result = analyze("Talks were held with Belgian King Baudrik in the capital on Monday.")
    assert "Belgian King Baudrik" not in {m.text for m in result.mentions}


def test_a_charitys_aid_or_relief_closes_a_bodys_name(analyze):
    result = analyze("Christian Aid has warned that the new trade rules will cost poor farmers their work.")
    assert _labels(result, "Christian Aid") == ["ORG"]
    assert _labels(result, "Aid") == []


def test_a_theatre_or_a_gaol_closing_a_name_is_a_building(analyze):
    result = analyze("The awards will be handed out at the Vessmoor Theatre in the city on Sunday night.")
    assert _labels(result, "Vessmoor Theatre") == ["FAC"]


def test_a_jails_noun_after_a_place_tagged_name_is_the_jails():
    from mention_helpers import kind_cue
    assert kind_cue("The men are held in Vessmoor prison without trial.", "Vessmoor", "GPE") == "FAC"
    assert kind_cue("Two Vessmoor prison officers were suspended.", "Vessmoor", "GPE") == "FAC"
    assert kind_cue("The Vessmoor airport reopened.", "Vessmoor", "GPE") == ""  # a town's airport
    assert kind_cue("He spent a night in a Vessmoor jail.", "Vessmoor", "GPE") == ""  # one of the town's


def test_a_jail_named_by_a_place_in_few_mentions_is_a_building():
    from mention_helpers import resolved_kinds
    docs = {"a": ("Nine men are held in Vessmoor prison, lawyers said.", {"Vessmoor": "GPE"}),
            "b": ("The Vessmoor detainees lost their appeal.", {"Vessmoor": "GPE"})}
    assert resolved_kinds(docs)["Vessmoor"] == "FAC"
    many = {f"d{k}": (f"Floods hit Vessmoor again in week {k}.", {"Vessmoor": "GPE"}) for k in range(9)}
    many["a"] = docs["a"]
    assert resolved_kinds(many)["Vessmoor"] == "GPE"  # a town named often, its jail once


def test_shares_in_a_list_of_names_make_each_a_firm():
    from mention_helpers import kind_cue
    assert kind_cue("Shares in Vaalco and Brenna Tamsk fell on Monday.", "Brenna Tamsk", "PERSON") == "ORG"
    assert kind_cue("Shares in Vaalco, Kesso and Brenna Tamsk fell.", "Brenna Tamsk", "PERSON") == "ORG"
    assert kind_cue("Prices in Vaalco and Brenna Tamsk fell.", "Brenna Tamsk", "PERSON") == ""


def test_a_role_before_a_person_whose_surname_closes_outlets_keeps_the_person(analyze):
    result = analyze("The new drama stars the actress Marla Press, who grew up in a small mining town.")
    assert _labels(result, "Marla Press") == ["PERSON"]
    result = analyze("The Vaalton Press said the story was accurate.")
    assert all(m.label != "PERSON" for m in result.mentions if "Press" in m.text)  # no role: the paper's
