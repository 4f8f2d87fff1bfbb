"""Actor kinds (round 44, branch kind61): places the vote typed a person or a body. A one-word
name the model calls a person that stands where a town does ("4.8 metres in Kessel", "her native
Vaal") is the town; a state that no longer exists ("the collapse of the Kessel Union") is a state
outside sports reports. Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import kinds_of_name



# --- a town the model calls a person -------------------------------------------------------

def test_a_town_after_a_figure_and_in_is_a_place():
    docs = {"a": ("She cleared 4.80 metres in Brovnik on Friday to break the record.", {"Brovnik": "PERSON"})}
    assert kinds_of_name(docs, "Brovnik") == {"GPE"}


def test_a_native_town_is_a_place():
    docs = {"a": ("Set in her native Tarnholt, the film follows a young mother.", {"Tarnholt": "PERSON"}),
            "b": ("The director, from Tarnholt, won the short film prize.", {"Tarnholt": "PERSON"})}
    assert kinds_of_name(docs, "Tarnholt") == {"GPE"}


def test_a_town_a_person_lives_in_is_a_place():
    docs = {"a": ("The engineer grew up abroad but now lives in Quelmont with his family.",
                  {"Quelmont": "PERSON"})}
    assert kinds_of_name(docs, "Quelmont") == {"GPE"}


def test_a_person_people_have_faith_in_stays_a_person():
    docs = {"a": ("The board said it still had faith in Varnock to turn the business round.",
                  {"Varnock": "PERSON"})}
    assert kinds_of_name(docs, "Varnock") == {"PERSON"}


def test_a_possessive_after_in_stays_a_person():
    docs = {"a": ("The villain in Varnock's latest novel is a banker.", {"Varnock": "PERSON"})}
    assert kinds_of_name(docs, "Varnock") == {"PERSON"}


def test_a_person_who_speaks_stays_a_person():
    docs = {"a": ("The prize was shared with Varnock in Madrid. Varnock said he was delighted.",
                  {"Varnock": "PERSON"}),
            "b": ("Crowds gathered near Varnock as he signed copies.", {"Varnock": "PERSON"})}
    assert kinds_of_name(docs, "Varnock") == {"PERSON"}


def test_a_person_apposed_with_who_stays_a_person():
    docs = {"a": ("The award went to a designer in Varnock, who works in Paris.", {"Varnock": "PERSON"})}
    assert kinds_of_name(docs, "Varnock") == {"PERSON"}


def test_a_name_after_a_capitalised_word_and_in_stays_a_person():
    # "The Woman in X": a title's words, no place's
    docs = {"a": ("Reviews of The Lady in Varnock were warm.", {"Varnock": "PERSON"})}
    assert kinds_of_name(docs, "Varnock") == {"PERSON"}


def test_a_given_name_after_in_stays_a_person():
    docs = {"a": ("The coach saw a great talent in Michael from the start.", {"Michael": "PERSON"})}
    assert kinds_of_name(docs, "Michael") == {"PERSON"}


# --- a state that no longer exists ---------------------------------------------------------

def test_a_former_state_the_model_calls_a_group_is_a_state():
    docs = {"a": ("Industry declined after the collapse of the Soviet Union in 1991.", {"Soviet Union": "ORG"}),
            "b": ("Kazakhstan was part of the Soviet Union until its break-up.", {"Soviet Union": "ORG"})}
    assert kinds_of_name(docs, "Soviet Union") == {"GPE"}


def test_a_union_of_states_still_in_being_stays_a_body():
    docs = {"a": ("The European Union agreed new rules on Tuesday.", {"European Union": "ORG"})}
    assert kinds_of_name(docs, "European Union") == {"ORG"}


def test_a_persons_hometown_written_of_them_stays_a_person():
    # "the hometown of X" names the person whose town it is
    docs = {"a": ("Crowds filled the hometown of Varnock for the anniversary.", {"Varnock": "PERSON"})}
    assert kinds_of_name(docs, "Varnock") == {"PERSON"}
