"""Actor kinds (round 58, branch kind91): a firm the model calls a person or a place, named as one
of a set of firms after a comma or a copula ("Tarvik, one of Kemaria's biggest games publishers,",
"Vestrel is one of the largest brewers in ..."): only a body is one of a set of firms
(``KindContexts.body_apposed``, ``body_set_plurals``). Sentences and names written for these
tests."""

from __future__ import annotations

from mention_helpers import kind_cue, kinds_of_name

from newsgraph.resolve.contexts import KindContexts


def _apposed(text: str, name: str) -> bool:
    end = text.index(name) + len(name)
    return KindContexts.from_data().body_apposed(text, end)


# --- the fix: one of a set of firms ---------------------------------------------------------------

def test_one_of_a_lands_games_publishers_is_a_firm():
    text = "Kemaria's Tarvik, one of Tamsk's biggest video game publishers, has fought a takeover."
    assert kind_cue(text, "Tarvik", "GPE") == "ORG"


def test_one_of_a_lands_whisky_firms_is_a_firm():
    text = "Vaal Drinks tried to buy Glenbrannoch, one of Kemaria's finest whisky firms, and failed."
    assert kind_cue(text, "Glenbrannoch", "PERSON") == "ORG"


def test_a_copula_and_a_follower_after_the_plural():
    assert _apposed("Vestrel is one of the largest brewers in Kemaria.", "Vestrel")
    assert _apposed("Brannoch, one of the top providers of web advertising, warned.", "Brannoch")


def test_a_name_typed_a_place_and_called_one_of_a_set_of_firms_is_a_firm():
    docs = {"a": ("Tarvik, one of the biggest games publishers in Tamsk, fought off a bid.",
                  {"Tarvik": "GPE"}),
            "b": ("Shops sold titles from Tarvik over the holidays.", {"Tarvik": "GPE"})}
    assert kinds_of_name(docs, "Tarvik") == {"ORG"}


# --- guards: what must not change -----------------------------------------------------------------

def test_one_of_a_firms_people_stays_a_person():
    assert kind_cue("Jo Brann, one of the bank's lawyers, said the deal was sound.", "Jo Brann",
                    "PERSON") == ""
    assert kind_cue("Ann Vaal, one of the game developers laid off by Tarvik, spoke.", "Ann Vaal",
                    "PERSON") == ""


def test_one_of_the_founders_of_the_firms_stays_a_person():
    assert kind_cue("Ann Vaal, one of the founders of the firms, said so.", "Ann Vaal", "PERSON") == ""


def test_one_of_a_set_of_people_or_places_is_no_firm():
    assert kind_cue("Jo Brann is one of the finest players on the tour.", "Jo Brann", "PERSON") == ""
    assert kind_cue("Kemaria, one of the poorest countries in the region, asked for aid.", "Kemaria",
                    "GPE") == ""


def test_a_plural_that_does_not_end_the_phrase_is_no_set():
    # "one of the firms' directors" is a person: the plural leads on to what it owns
    assert kind_cue("Ann Vaal, one of the firms' directors, resigned.", "Ann Vaal", "PERSON") == ""
