"""Actor kinds (round 42, branch kind57): real actors the vote left with a wrong kind. A name
of two words a given name opens that the vote calls a people, a land, a building or an outlet
is a person; a surname the story writes before "brothers", "twins" or "sisters" is the family's
persons, not a people or a body; a ground the model tags a town in a minority of its mentions
is still the ground. Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import kinds_with_teams, kinds_of_name




# --- two words a given name opens -----------------------------------------------------------

def test_a_given_name_and_a_peoples_word_is_a_person():
    docs = {"a": ("The family's solicitor, Janet Norman, asked for the papers. Janet Norman then left.",
                  {"Janet Norman": "NORP"})}
    assert kinds_of_name(docs, "Janet Norman") == {"PERSON"}


def test_a_given_name_and_a_papers_word_is_a_person():
    docs = {"a": ("Nominees include Lucy Herald, for her first film, and two older actresses.",
                  {"Lucy Herald": "OUTLET"})}
    assert kinds_of_name(docs, "Lucy Herald") == {"PERSON"}


def test_a_given_name_and_a_place_typed_a_building_is_a_person():
    docs = {"a": ("Russia's Helen Torvik finished second in the hurdles final.", {"Helen Torvik": "FAC"})}
    assert kinds_of_name(docs, "Helen Torvik") == {"PERSON"}


def test_a_street_named_after_a_given_name_stays_a_place():
    docs = {"a": ("The old hall on George Street has been empty for years.", {"George Street": "FAC"})}
    assert kinds_of_name(docs, "George Street") == {"FAC"}


def test_a_paper_a_sentence_names_stays_an_outlet():
    docs = {"a": ("The minister told Lucy Herald on Sunday that the plan would go ahead.",
                  {"Lucy Herald": "OUTLET"})}
    assert kinds_of_name(docs, "Lucy Herald") == {"OUTLET"}


def test_a_peoples_plural_after_a_given_name_stays_a_people():
    docs = {"a": ("The Christian Democrats lost seats in the vote.", {"Christian Democrats": "NORP"})}
    assert kinds_of_name(docs, "Christian Democrats") == {"NORP"}


def test_a_given_name_firm_typed_a_body_keeps_its_kind():
    # a bookmaker named after its founder: ORG is not among the kinds the rule reads
    docs = {"a": ("Bookmakers Janet Norman and two rivals cut the odds.", {"Janet Norman": "ORG"})}
    assert kinds_of_name(docs, "Janet Norman") == {"ORG"}


# --- "the X brothers" -----------------------------------------------------------------------

def test_a_surname_before_brothers_is_the_persons():
    docs = {"a": ("The Tarvel brothers won the doubles. Later the Tarvels said they were tired.",
                  {"Tarvel": "NORP", "Tarvels": "NORP"})}
    assert kinds_of_name(docs, "Tarvels") == {"PERSON"}
    assert kinds_of_name(docs, "Tarvel") == {"PERSON"}


def test_a_surname_before_twins_typed_a_body_is_the_persons():
    docs = {"a": ("The paper was bought by the Ormsby twins last year.", {"Ormsby": "ORG"})}
    assert kinds_of_name(docs, "Ormsby") == {"PERSON"}


def test_a_peoples_word_before_twins_stays_a_people():
    docs = {"a": ("American twins won the doubles. American fans cheered.", {"American": "NORP"})}
    assert kinds_of_name(docs, "American") == {"NORP"}


def test_a_firm_named_brothers_in_capitals_keeps_its_kind():
    docs = {"a": ("Tarvel Brothers said profits rose. Tarvel shares rose.", {"Tarvel": "ORG"})}
    assert kinds_of_name(docs, "Tarvel") == {"ORG"}


# --- a ground the model tags a town now and then --------------------------------------------

_MATCH = "Kemaria beat Vaalia in the rugby match. "


def test_a_ground_tagged_a_town_in_a_minority_is_the_ground():
    docs = {"a": (_MATCH + "Kemaria won at Brackwood. The crowd at Brackwood sang.", {"Brackwood": "ORG"}),
            "b": (_MATCH + "The final at Brackwood is sold out.", {"Brackwood": "GPE"}),
            "c": (_MATCH + "Vaalia lost at Brackwood again.", {"Brackwood": "ORG"})}
    assert kinds_with_teams(docs, [("a", "Kemaria"), ("b", "Kemaria"), ("c", "Vaalia")])["Brackwood"] == "FAC"


def test_a_name_written_in_a_town_phrase_is_no_ground():
    docs = {"a": (_MATCH + "Kemaria won at Brackwood. The crowd at Brackwood sang.", {"Brackwood": "ORG"}),
            "b": (_MATCH + "Flooding in Brackwood closed roads.", {"Brackwood": "GPE"}),
            "c": (_MATCH + "Vaalia lost at Brackwood again.", {"Brackwood": "ORG"})}
    assert kinds_with_teams(docs, [("a", "Kemaria"), ("b", "Kemaria"), ("c", "Vaalia")])["Brackwood"] != "FAC"


def test_a_name_the_model_tags_a_town_in_half_is_no_ground():
    docs = {"a": (_MATCH + "Kemaria won at Brackwood. The race at Brackwood was won.", {"Brackwood": "GPE"}),
            "b": (_MATCH + "The final at Brackwood is sold out. Brackwood sang.", {"Brackwood": "ORG"})}
    assert kinds_with_teams(docs, [("a", "Kemaria"), ("b", "Kemaria")])["Brackwood"] != "FAC"
