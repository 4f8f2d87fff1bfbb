"""Actor kinds (issue 18, round 63, branch kind100): firms and bodies the model types a place, a
people or a person that the text calls a firm in so many words: a body's head noun after a word of
its trade right before the name ("property investment fund X", "industry training body X"), maybe
with a comma for a name not typed a person ("a land's budget airline, X"), a list after firms'
plural and a comma ("carmakers, including A and X") or a maker's noun apposed after a place-typed
name ("X, the game's developer"). More than half of the mentions must say so and none read the name
as a place or a person: ``NameGraphResolver._firm_titled_kind`` with ``KindContexts.firm_titled``.
Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import resolved_kinds as _kinds

from newsgraph.resolve.contexts import KindContexts
from newsgraph.resolve.places import PlaceTable


def _titled(text: str, name: str, person_named: bool = False) -> bool:
    start = text.index(name)
    return KindContexts.from_data().firm_titled(text, start, start + len(name), person_named)


def test_the_invented_names_are_no_known_places():
    places = PlaceTable.from_data()
    assert not any(name in places for name in ("Brannvex", "Tamskor", "Vaalbrek", "Kessmark", "Jorvalt"))


def test_a_budget_airline_after_a_comma_is_a_firm():
    docs = {"a": ("Shares in tourism fell. Kemaria's budget airline, Brannvex dropped 3%.",
                  {"Kemaria": "GPE", "Brannvex": "GPE"})}
    assert _kinds(docs)["Brannvex"] == "ORG"


def test_an_investment_fund_and_a_training_body_the_model_calls_persons_are_bodies():
    docs = {"a": ("The club owes money to property investment fund Tamskor, which owns the ground.",
                  {"Tamskor": "PERSON"}),
            "b": ("The survey was run by the film council and industry training body Kessmark last year.",
                  {"Kessmark": "PERSON"})}
    kinds = _kinds(docs)
    assert kinds["Tamskor"] == "ORG"
    assert kinds["Kessmark"] == "ORG"


def test_a_games_developer_apposed_to_a_place_typed_name_is_a_firm():
    docs = {"a": ('"Players love it," said Jo Brann, head of marketing at Vaalbrek, the game\'s developer.',
                  {"Jo Brann": "PERSON", "Vaalbrek": "GPE"})}
    assert _kinds(docs)["Vaalbrek"] == "ORG"


def test_a_firm_listed_after_a_comma_is_a_firm():
    docs = {"a": ("Several carmakers, including Kessel Motors, Jorvalt and Tamsk Auto, already build cars there.",
                  {"Kessel Motors": "ORG", "Jorvalt": "PERSON", "Tamsk Auto": "ORG"})}
    assert _kinds(docs)["Jorvalt"] == "ORG"


def test_a_person_with_a_given_name_keeps_its_kind():
    # a firm named after its founder is written so too, but a person far more often
    docs = {"a": ("The pump was supplied by parts maker Ann Vaalbrek, the inquiry said.",
                  {"Ann Vaalbrek": "PERSON"})}
    assert _kinds(docs)["Ann Vaalbrek"] == "PERSON"


def test_a_person_reading_keeps_the_person():
    docs = {"a": ("Kemari outfit Jorvalt, who also wanted him, made no offer. He said Jorvalt was keen.",
                  {"Jorvalt": "PERSON"})}
    assert _kinds(docs)["Jorvalt"] == "PERSON"


def test_a_minority_of_firm_words_keeps_the_kind():
    docs = {"a": ("Tamskor spoke first. Tamskor left early. Later property business Tamskor was sold.",
                  {"Tamskor": "PERSON"})}
    assert _kinds(docs)["Tamskor"] == "PERSON"


def test_a_place_reading_keeps_the_place():
    docs = {"a": ("Kemaria's budget airline, Brannvex flew more people. Farmers in Brannvex were angry.",
                  {"Kemaria": "GPE", "Brannvex": "GPE"})}
    assert _kinds(docs)["Brannvex"] == "GPE"


def test_the_firm_titles():
    assert _titled("selling property business Tamskor for cash", "Tamskor", person_named=True)
    assert _titled("Kemaria's budget airline, Brannvex fell", "Brannvex")
    assert not _titled("Kemaria's budget airline, Brannvex fell", "Brannvex", person_named=True)  # "a bank, Vaal said"
    assert _titled("at Vaalbrek, the game's developer.", "Vaalbrek")
    assert not _titled("at Vaalbrek, the game's developer.", "Vaalbrek", person_named=True)  # a person develops
    assert not _titled("the company sold his business Tamskor", "Tamskor", person_named=True)  # a possessive
    assert not _titled("music publisher Tamskor", "Tamskor", person_named=True)  # a person publishes
    assert _titled("studios, such as Kessel Films, Vaal, and Jorvalt, as well", "Jorvalt", person_named=True)
    assert not _titled("firms, like Jorvalt's Tamsk unit", "Jorvalt", person_named=True)  # the owner's possessive
