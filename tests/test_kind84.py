"""Actor kinds (round 52, branch kind84): a firm the model calls a place or a people because of its
name, when two of its mentions at least read it as a firm ("Vestrel's competitors", "rivals to
Vestrel", "a Tarvik spokesman", "telecoms giant Vestrel": ``KindContexts.firm_read``) and none
reads it as a place ("a village near Orvell", "Orvell people": ``KindContexts.town_read``). Not a
name the place, country or demonym tables know. Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import kinds_of_name

from newsgraph.resolve.contexts import KindContexts



def _reads(text: str, name: str) -> tuple[bool, bool]:
    """(firm read, town read) of the first ``name`` in ``text``."""
    start = text.index(name)
    contexts = KindContexts.from_data()
    return contexts.firm_read(text, start, start + len(name)), contexts.town_read(text, start, start + len(name))


# --- the fix: firm readings, no place reading -------------------------------------------------

def test_a_phone_company_typed_a_place_with_two_firm_readings_is_a_firm():
    docs = {"a": ("Vestrel said line rental would rise in May. Vestrel's competitors called the move "
                  "unfair, and Vestrel will publish its figures next week.",
                  {"Vestrel": "GPE"}),
            "b": ("Smaller rivals to Vestrel have cut their prices twice this year.", {"Vestrel": "GPE"})}
    assert kinds_of_name(docs, "Vestrel") == {"ORG"}


def test_a_games_maker_typed_a_people_is_a_firm():
    docs = {"a": ("A Tarvik spokesman said the patch would be ready soon. Players who bought "
                  "copies from Tarvik can download it.", {"Tarvik": "NORP"}),
            "b": ("Publishers such as Holm Media and developers like Tarvik plan new titles. "
                  "Tarvik's board met on Friday.", {"Tarvik": "NORP"})}
    assert kinds_of_name(docs, "Tarvik") == {"ORG"}


def test_an_oil_unit_sold_and_bought_typed_a_place_is_a_firm():
    docs = {"a": ("The court halted the forced sale of Brannoch last month.", {"Brannoch": "GPE"}),
            "b": ("Lenders financed the purchase of Brannoch last winter. Brannoch pumps oil.",
                  {"Brannoch": "GPE"})}
    assert kinds_of_name(docs, "Brannoch") == {"ORG"}


def test_a_games_maker_named_after_its_trade_is_a_firm_reading():
    assert _reads("Games maker Tarvik closed the accounts.", "Tarvik") == (True, False)


def test_a_trade_giant_and_a_plc_suffix_are_firm_readings():
    assert _reads("Shares in telecoms giant Brannoch fell.", "Brannoch") == (True, False)
    assert _reads("The deal valued Brannoch plc at a record sum.", "Brannoch") == (True, False)


def test_a_firm_is_read_from_it_and_to_it_without_a_place_reading():
    # "from X" and "to X": a service comes from a firm and a call goes to one
    assert _reads("They get broadband from Vestrel and talk to Vestrel often.", "Vestrel")[1] is False


# --- guards: what must not change ---------------------------------------------------------------

def test_a_town_no_table_knows_read_as_a_place_stays_a_place():
    docs = {"a": ("Orvell's board approved the plan. Orvell plc was not mentioned.", {"Orvell": "GPE"}),
            "b": ("Floods hit a village near Orvell overnight.", {"Orvell": "GPE"})}
    assert kinds_of_name(docs, "Orvell") == {"GPE"}


def test_a_place_whose_people_are_named_stays_a_place():
    docs = {"a": ("Harnwick's board met. Rivals to Harnwick complained. Harnwick people were angry.",
                  {"Harnwick": "GPE"})}
    assert kinds_of_name(docs, "Harnwick") == {"GPE"}


def test_one_firm_reading_is_not_enough():
    docs = {"a": ("Vestrel's competitors called the move unfair.", {"Vestrel": "GPE"}),
            "b": ("Vestrel will publish its figures next week.", {"Vestrel": "GPE"})}
    assert kinds_of_name(docs, "Vestrel") == {"GPE"}


def test_a_country_with_a_firms_words_stays_a_country():
    docs = {"a": ("Germany's board of trade met. Rivals to Germany complained about Germany's competitors.",
                  {"Germany": "GPE"})}
    assert kinds_of_name(docs, "Germany") == {"GPE"}


def test_a_demonym_with_a_firms_words_stays_a_people():
    docs = {"a": ("Danish shareholders sold. Danish customers complained. Firms such as Danish ones cut prices.",
                  {"Danish": "NORP"})}
    assert kinds_of_name(docs, "Danish") == {"NORP"}


def test_a_person_with_a_spokesman_and_a_board_stays_a_person():
    docs = {"a": ("A spokesman for Ann Pellow said she would stay. Ann Pellow's board seat is safe.",
                  {"Ann Pellow": "PERSON"})}
    assert kinds_of_name(docs, "Ann Pellow") == {"PERSON"}


def test_a_local_rivalry_is_no_firm_reading():
    assert _reads("The cup tie against Orvell rivals Dunmarrow was postponed.", "Orvell")[0] is False
