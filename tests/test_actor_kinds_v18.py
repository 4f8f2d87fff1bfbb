"""Actor kinds (issue 18, round 18): titles listed after a plural noun of works or products,
and a name that speaks is never a work. Sentences and names written for these tests."""

from __future__ import annotations

from newsgraph.resolve.works import WorkFinder
from mention_helpers import kind_cue, resolved_kinds


def _titles(text: str) -> list[str]:
    return WorkFinder.from_data().titles(text)


def _kinds(docs: dict[str, tuple[str, dict[str, str]]]) -> dict[str, str]:
    return resolved_kinds(docs)


# ------------------------------------------------------------------ titles in a list of works

def test_every_title_of_a_list_after_a_plural_work_noun_is_a_work():
    text = "She has made nine films, including Kessel Road, Do the Tamsk Thing and Vaal Nights. Then she rested."
    assert {"Kessel Road", "Do the Tamsk Thing", "Vaal Nights"} <= set(_titles(text))
    text = "Old arcade classics such as Brevik Raiders, Moon Tamsker and Kessoids are back."
    assert {"Brevik Raiders", "Moon Tamsker", "Kessoids"} <= set(_titles(text))


def test_a_makers_possessive_is_no_part_of_a_listed_product():
    text = "Demand grew for consoles such as Tamsko's VaalStation and Brevik's Kessbox in the winter."
    titles = _titles(text)
    assert {"VaalStation", "Kessbox"} <= set(titles)
    assert not any("Tamsko" in t or "Brevik" in t for t in titles)


def test_a_list_ends_at_its_first_item_that_is_no_title():
    text = "He made films including Kessel Road and 1990 hit Vaal Nights for the studio."
    titles = _titles(text)
    assert "Kessel Road" in titles and "Vaal Nights" not in titles
    # companies and a verb's "like" open no list of works
    assert _titles("Firms such as Kessel and Vaal have grown.") == []
    assert _titles("Boxes that record programmes like Kessel+ sold well.") == []


def test_a_film_named_bare_elsewhere_and_listed_among_films_leaves_the_actor_graph():
    kinds = _kinds({
        "a": ("The director made more than 20 movies, including Vessel Fever and Tamsk Days.",
              {"Vessel Fever": "ORG"}),
        "b": ("Critics still talk about Vessel Fever and its soundtrack.", {"Vessel Fever": "ORG"}),
    })
    assert "Vessel Fever" not in kinds


# ------------------------------------------------------------------ a name that speaks is no work

def test_a_firm_listed_among_products_that_speaks_stays_an_actor():
    kinds = _kinds({
        "a": ("Shops sold gadgets such as Kesslo and Vaalpad over Christmas.", {"Kesslo": "ORG"}),
        "b": ("Kesslo said it would hire 200 engineers next year.", {"Kesslo": "ORG"}),
    })
    assert kinds.get("Kesslo") == "ORG"


# ------------------------------------------------------------------ a work's cast after its title

def _cue(sentence: str, name: str, label: str = "ORG") -> str:
    return kind_cue(sentence, name, label)


def test_a_works_cast_or_creator_after_a_name_makes_it_a_work():
    assert _cue("Former Tamsk Lane actress Ola Vaal has joined the play.", "Tamsk Lane") == "NONE"
    assert _cue("The Kessel Nights creator said he was proud.", "Kessel Nights", "PERSON") == "NONE"
    # a place's actor is the place's
    assert _cue("The Vaalburg actor moved abroad.", "Vaalburg", "GPE") == ""
    assert _cue("The Kessel actor-manager opened a theatre.", "Kessel") == ""


def test_a_show_named_by_its_cast_twice_leaves_the_actor_graph():
    kinds = _kinds({
        "a": ("Tamsk Lane actress Ola Vaal is leaving the cast.", {"Tamsk Lane": "ORG"}),
        "b": ("A former Tamsk Lane actor has written a book.", {"Tamsk Lane": "ORG"}),
        "c": ("Ratings for Tamsk Lane fell this week.", {"Tamsk Lane": "ORG"}),
    })
    assert "Tamsk Lane" not in kinds


# ------------------------------------------------------------------ one-name players

def test_a_players_touch_or_booking_after_a_one_word_name_makes_it_a_person():
    assert _cue("Kessinho's header hit the bar before the break.", "Kessinho") == "PERSON"
    assert _cue("Vaalo was booked for a late tackle.", "Vaalo", "GPE") == "PERSON"
    # a side's penalty or goal says nothing; a longer name or a people keeps its vote
    assert _cue("Tamsk's penalty appeal was waved away.", "Tamsk") != "PERSON"
    assert _cue("Tamsk United's header came late.", "Tamsk United") != "PERSON"
    assert _cue("The Kemari was sent off.", "Kemari", "NORP") != "PERSON"


def test_a_one_name_player_the_model_calls_a_body_resolves_to_a_person():
    kinds = _kinds({
        "a": ("Kessinho's header gave the visitors the lead.", {"Kessinho": "ORG"}),
        "b": ("Kessinho was booked soon after.", {"Kessinho": "ORG"}),
        "c": ("The crowd chanted for Kessinho all night.", {"Kessinho": "ORG"}),
        "d": ("Kessinho signed a new deal.", {"Kessinho": "ORG"}),
    })
    assert kinds["Kessinho"] == "PERSON"


# ------------------------------------------------------------------ products: a sequel, a maker's product

def test_a_sequels_number_after_a_title_makes_it_a_work():
    assert _cue("Vaalquest 2 has sold well since its launch.", "Vaalquest") == "NONE"
    # a score, a formula's "1" and a person's name say nothing
    assert _cue("Result: Kessel 2 Brevik 1.", "Kessel") == ""
    assert _cue("The Formula 1 teams met in March.", "Formula") == ""
    assert _cue("Tries: Vaal 2, Tamsk. Cons: Brevik 3.", "Vaal", "PERSON") == ""
    assert _cue("Hit games such as Vaalquest 2, which came out in May, sold well.", "Vaalquest", "PERSON") == "NONE"


def test_a_makers_product_between_its_possessive_and_its_noun_is_a_thing():
    assert _cue("Sales of Kessko's Vaalbox console rose.", "Vaalbox") == "NONE"
    assert _cue("Brevik's Tamsk-Go game phone failed.", "Tamsk-Go") == "NONE"
    # a firm's person or unit takes no product noun
    assert _cue("Kessko's Vaal Labs said it would grow.", "Vaal Labs") == ""
    assert _cue("Kessko's Ann Vaal show was cancelled.", "Ann Vaal", "PERSON") == ""


# ------------------------------------------------------------------ prizes: an apposition, a field's awards

def test_a_prize_in_apposition_or_before_a_fields_awards_is_an_award():
    from newsgraph.resolve.works import AwardContext
    awards = AwardContext.from_data()

    def said(sentence: str, name: str) -> bool:
        start = sentence.index(name)
        return awards(sentence, start, start + len(name))

    assert said("Ten films compete for the festival's top prize, the Golden Kessel.", "Golden Kessel")
    assert said("The Vaal Tamsk Film Awards are held in March.", "Vaal Tamsk")
    # a speaker after the prize's noun goes on with a verb
    assert not said("It won the prize, the Kessel Trust said on Monday.", "Kessel Trust")


def test_a_prize_named_twice_in_apposition_leaves_the_actor_graph():
    kinds = _kinds({
        "a": ("Nine films are up for its top prize, the Silver Vessel.", {"Silver Vessel": "FAC"}),
        "b": ("They will compete for the festival's main award, the Silver Vessel.", {"Silver Vessel": "FAC"}),
    })
    assert "Silver Vessel" not in kinds


# ------------------------------------------------------------------ buildings

def test_a_buildings_noun_after_a_group_makes_it_a_building():
    assert _cue("Fans left the Vaalbeu stadium early.", "Vaalbeu") == "FAC"
    assert _cue("He is held in Kesmarsh prison in the south.", "Kesmarsh", "PERSON") == "FAC"
    # a town's airport is the town's
    assert _cue("They landed at Tamsk airport.", "Tamsk", "GPE") == ""
    assert _cue("Fans left Brevik United's Vaalbeu stadium.", "Vaalbeu", "GPE") == "FAC"


def test_an_age_in_commas_or_a_persons_kin_after_a_one_word_name_makes_it_a_person():
    assert _cue("Kessinho, 31, has asked for talks.", "Kessinho") == "PERSON"
    assert _cue("Vaalo's agent confirmed the offer.", "Vaalo", "GPE") == "PERSON"
    # a result's or a date's number in commas says nothing
    assert _cue("Tamsk, 2, Brevik, 1.", "Tamsk") != "PERSON"
    assert _cue("Vaalo's lawyers filed the claim.", "Vaalo") != "PERSON"


def test_a_persons_death_after_a_one_word_name_makes_it_a_person():
    assert _cue("Vaalstra's death shocked the country.", "Vaalstra") == "PERSON"
    assert _cue("Tamsk's killing of the envoy was condemned.", "Tamsk") != "PERSON"
    # a role noun after "the" is nobody's name
    assert _cue("The show has run since the DJ's death.", "DJ") != "PERSON"


def test_a_seat_after_mp_for_is_a_place():
    assert _cue("The Tory MP for Kessford and Vaal spoke.", "Kessford") == "GPE"


def test_a_sequel_after_a_title_makes_it_a_work():
    assert _cue("The Vaalquest sequel improves on the first game.", "Vaalquest") == "NONE"
