"""Actor kinds (round 40, branch kind54): places and bodies the corpus vote left with the model's
wrong kind. A state or a province of a federal country (``regions`` of ``kind_contexts.yaml``)
the model calls a person or a group is the place; a country's name it calls a person, a people
or an outlet is the state, unless a person bears the name or the stories are sports reports;
letters the model calls a body that spell the initials of a person their story names in full
are that person. Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import kinds_of_name



def test_an_indian_state_typed_a_person_is_the_place():
    docs = {"a": ("The new plant will be built in the southern state of Kerala next year.",
                  {"Kerala": "PERSON"})}
    assert kinds_of_name(docs, "Kerala") == {"GPE"}


def test_a_us_state_typed_a_group_is_the_place():
    docs = {"a": ("Voters in Nebraska will decide the measure in March.", {"Nebraska": "ORG"}),
            "b": ("A storm hit Nebraska on Sunday night.", {"Nebraska": "ORG"})}
    assert kinds_of_name(docs, "Nebraska") == {"GPE"}


def test_a_territory_typed_a_group_is_the_place():
    docs = {"a": ("Aid workers said trade in the West Bank had slowed.", {"West Bank": "ORG"})}
    assert kinds_of_name(docs, "West Bank") == {"GPE"}


def test_a_state_a_person_may_bear_is_not_in_the_table():
    docs = {"a": ("Virginia said the plan would work, and she thanked the staff.", {"Virginia": "PERSON"})}
    assert kinds_of_name(docs, "Virginia") == {"PERSON"}


def test_a_country_typed_a_people_is_the_state():
    docs = {"a": ("Only Tuvalu and the Comoros have signed the accord so far.", {"Comoros": "NORP"}),
            "b": ("The Comoros agreed to the new loan terms.", {"Comoros": "NORP"})}
    assert kinds_of_name(docs, "Comoros") == {"GPE"}


def test_a_country_typed_a_person_is_the_state():
    docs = {"a": ("Textile mills in Tonga closed after the quota ended.", {"Tonga": "PERSON"}),
            "b": ("Tonga exports fell by a third.", {"Tonga": "PERSON"})}
    assert kinds_of_name(docs, "Tonga") == {"GPE"}


def test_a_country_a_person_bears_as_a_surname_stays_the_models():
    docs = {"a": ("Chad said he would sign the deal.", {"Chad": "PERSON"}),
            "b": ("Orla Chad said the vote was close.", {"Orla Chad": "PERSON"})}
    assert kinds_of_name(docs, "Chad") == {"PERSON"}


def test_initials_of_a_person_the_story_names_are_the_person():
    docs = {"a": ("Marta Lenz-Varo spoke first. What MLV wants is a smaller council, "
                  "said one of her aides.", {"Marta Lenz-Varo": "PERSON", "MLV": "ORG"})}
    assert kinds_of_name(docs, "MLV") == {"PERSON"}


def test_initials_a_body_shares_stay_the_bodys():
    docs = {"a": ("Marta Varo joined Mercer Vantage in May. MV said profits rose.",
                  {"Marta Varo": "PERSON", "Mercer Vantage": "ORG", "MV": "ORG"})}
    assert kinds_of_name(docs, "MV") == {"ORG"}


def test_initials_with_no_person_to_spell_stay_a_body():
    docs = {"a": ("The KLM flight landed late after Anna Berg boarded it.",
                  {"KLM": "ORG", "Anna Berg": "PERSON"})}
    assert kinds_of_name(docs, "KLM") == {"ORG"}


def test_a_square_typed_a_person_is_the_site():
    docs = {"a": ("Crowds gathered in Harlow Square on Friday.", {"Harlow Square": "PERSON"}),
            "b": ("Harlow Square was closed to traffic.", {"Harlow Square": "PERSON"})}
    assert kinds_of_name(docs, "Harlow Square") == {"FAC"}


def test_a_pavilion_typed_a_body_is_the_site():
    docs = {"a": ("The gala moved to the Marlow Kent Pavilion this year.", {"Marlow Kent Pavilion": "ORG"})}
    assert kinds_of_name(docs, "Marlow Kent Pavilion") == {"FAC"}


def test_a_person_named_like_a_hall_stays_a_person():
    docs = {"a": ("Nora Hall said the vote would be close.", {"Nora Hall": "PERSON"})}
    assert kinds_of_name(docs, "Nora Hall") == {"PERSON"}


def test_initials_written_before_the_persons_name_stay_a_body():
    docs = {"a": ("BA said fares would rise. Bella Arnott, a passenger, was unhappy.",
                  {"BA": "ORG", "Bella Arnott": "PERSON"})}
    assert kinds_of_name(docs, "BA") == {"ORG"}
