"""Actor kinds (issue 18, round 49, branch kind74): a town the model typed a person or a land
(LOC) that the place table (``resolve/places.py``) knows as a city, half of whose mentions stand
where a town does ("a camp in X", "two men from X", "villages close to X"), is the town (GPE).
Names the table does not know, persons (a given name, ", who"), a sports report's "from X" (a
transfer), a show's "Ticket to X" and a possessive ("in X's view") keep their kind. Sentences
written for these tests; the towns are real ones the table lists, none of them in the BBC set."""

from __future__ import annotations

from mention_helpers import kinds_with_teams
from mention_helpers import resolved_kinds as _kinds

from newsgraph.resolve.contexts import KindContexts


def test_a_town_typed_a_person_after_from_is_the_town():
    docs = {"a": ("Police said two men from Ballarat were held on Tuesday.", {"Ballarat": "PERSON"})}
    assert _kinds(docs)["Ballarat"] == "GPE"


def test_a_town_typed_a_person_after_close_to_is_the_town():
    docs = {"a": ("The quake hit villages close to Toowoomba overnight.", {"Toowoomba": "PERSON"})}
    assert _kinds(docs)["Toowoomba"] == "GPE"


def test_a_city_typed_a_land_after_in_is_the_city():
    # the model's LOC is a region's kind; the table knows a city of the name
    docs = {"a": ("The runners refused to attend a training camp in Invercargill.", {"Invercargill": "LOC"}),
            "b": ("Talks were held in Invercargill last week.", {"Invercargill": "LOC"})}
    assert _kinds(docs)["Invercargill"] == "GPE"


def test_a_two_word_town_typed_a_person_is_the_town():
    # ``_placed_person_kind`` reads one-word names only; the table makes two words safe
    docs = {"a": ("There were blasts in Palmerston North on Friday.", {"Palmerston North": "PERSON"})}
    assert _kinds(docs)["Palmerston North"] == "GPE"


def test_a_name_the_table_does_not_know_keeps_its_kind():
    docs = {"a": ("Police said two men from Brackmoorby were held on Tuesday.", {"Brackmoorby": "PERSON"})}
    assert _kinds(docs)["Brackmoorby"] == "PERSON"


def test_a_person_apposed_keeps_the_persons_kind():
    docs = {"a": ("A letter came from Bendigo, who wrote it in prison. Bendigo, who is 40, denied it.",
                  {"Bendigo": "PERSON"})}
    assert _kinds(docs)["Bendigo"] == "PERSON"


def test_a_given_name_keeps_the_persons_kind():
    # a person whose first name is a given name, whatever town shares the rest
    docs = {"a": ("The cup went to a rider from Victoria Mildura.", {"Victoria Mildura": "PERSON"})}
    assert _kinds(docs)["Victoria Mildura"] == "PERSON"


def test_from_in_a_sports_report_is_a_transfer_not_a_town():
    docs = {"a": ("Kemaria beat Vaalia in the rugby match. The winger signed from Kuopio last year.",
                  {"Kuopio": "PERSON"})}
    assert kinds_with_teams(docs, [("a", "Kemaria"), ("a", "Vaalia")])["Kuopio"] == "PERSON"


def test_a_shows_title_after_to_keeps_its_kind():
    # "to" is no city's reading here: a show's title ("Ticket to X") and a camp's number take it
    docs = {"a": ("The quiz show Ticket to Whangarei will not return. Ticket to Whangarei ended.",
                  {"Whangarei": "LOC"})}
    assert _kinds(docs).get("Whangarei") != "GPE"  # a work (no actor) or the land, never the town


def test_the_city_reading_words():
    contexts = KindContexts.from_data()
    text = "Two men from Tromso and a woman living near Kuopio met in Bendigo's old hall."
    def placed(name):
        start = text.index(name)
        return contexts.city_placed(text, start, start + len(name), False)
    assert placed("Tromso") and placed("Kuopio")
    assert not placed("Bendigo")  # a possessive: the head is the hall
    start = text.index("Tromso")
    assert not contexts.city_placed(text, start, start + 6, True)  # a sports report's "from"


def test_a_writers_readings_and_a_politicians_sources_keep_the_persons_kind():
    # a bare "from" or "close to" is said of persons too: only people's origin or a settlement's
    # nearness reads the town
    docs = {"a": ("The night closes with readings from Tromso.", {"Tromso": "PERSON"}),
            "b": ("Sources close to Kristiansand denied the report.", {"Kristiansand": "PERSON"})}
    kinds = _kinds(docs)
    assert kinds["Tromso"] == "PERSON" and kinds["Kristiansand"] == "PERSON"
