"""Actor kinds (round 69, branch kind108): a band or a group the vote calls a person, when two of
its mentions at least read it as a group in words one person's name never has — a plural verb
right after it ("Drellmark are to tour": the mention stage already cues most of these), a
member's or a founder's words before it ("members of Drellmark", "she formed Drellmark"):
``KindContexts.person_group_read`` — and none reads it as a person (a title, a given name opening it, ", who", an age, "he"/"she" after it). Sentences and
names written for these tests."""

from __future__ import annotations

from mention_helpers import kinds_of_name

from newsgraph.resolve.contexts import KindContexts


def _group_read(text: str, name: str) -> bool:
    start = text.index(name)
    return KindContexts.from_data().person_group_read(name, text, start, start + len(name))


# --- the fix -------------------------------------------------------------------------------------

def test_a_band_whose_members_are_named_twice_is_a_body():
    # "members of X" in two stories: no plural verb, no band noun, no lead singer
    docs = {"a": ("The four members of Drellmark met in a Vaal school. Drellmark sold out the hall.",
                  {"Drellmark": "PERSON"}),
            "b": ("Two members of Drellmark wrote the record. Drellmark played Tamsk.", {"Drellmark": "PERSON"})}
    assert kinds_of_name(docs, "Drellmark") == {"ORG"}


def test_a_band_its_founders_formed_is_a_body():
    docs = {"a": ("Ann Vosk formed Drellmark in Vaal. Drellmark sold out the hall.",
                  {"Drellmark": "PERSON", "Ann Vosk": "PERSON"}),
            "b": ("Jon Brask formed Drellmark with a friend. Drellmark played Tamsk.",
                  {"Drellmark": "PERSON", "Jon Brask": "PERSON"})}
    assert kinds_of_name(docs, "Drellmark") == {"ORG"}


def test_a_groups_readings():
    assert _group_read("Drellmark are to tour the north.", "Drellmark")
    assert _group_read("Drellmark have released a record.", "Drellmark")
    assert _group_read("Two former members of Drellmark sued.", "Drellmark")
    assert _group_read("She formed Drellmark at college.", "Drellmark")


# --- guards: what must not change ---------------------------------------------------------------

def test_a_listed_or_joined_subject_is_no_groups_reading():
    # the plural verb belongs to the list or the pair, not to the name
    assert not _group_read("Ann Vosk and Drellmark are friends.", "Drellmark")
    assert not _group_read("Stars such as Tamsk, Vaal, Drellmark are due.", "Drellmark")
    assert not _group_read("Drellmark is to tour the north.", "Drellmark")


def test_a_member_of_a_persons_team_is_no_groups_reading():
    assert not _group_read("A member of Drellmark's staff spoke.", "Drellmark")
    assert not _group_read("He joined Drellmark on stage.", "Drellmark")
    assert not _group_read("Ann Vosk had formed\nDrellmark wrote songs", "Drellmark")


def test_a_name_a_pronoun_goes_on_from_stays_a_person():
    # "he" right after one mention: one person, whatever the other mentions say
    docs = {"a": ("The members of Drellmark met in a Vaal school. Drellmark said he was ready.",
                  {"Drellmark": "PERSON"}),
            "b": ("Two members of Drellmark wrote the record. Drellmark played Tamsk.", {"Drellmark": "PERSON"})}
    assert kinds_of_name(docs, "Drellmark") == {"PERSON"}


def test_a_name_with_an_age_stays_a_person():
    docs = {"a": ("The members of Drellmark met in a Vaal school. Drellmark, 24, sang.", {"Drellmark": "PERSON"}),
            "b": ("Ann Vosk formed Drellmark with a friend. Drellmark played Tamsk.",
                  {"Drellmark": "PERSON", "Ann Vosk": "PERSON"})}
    assert kinds_of_name(docs, "Drellmark") == {"PERSON"}


def test_one_groups_reading_is_not_enough():
    docs = {"a": ("The members of Drellmark met in Vaal. Drellmark sold out the hall.", {"Drellmark": "PERSON"}),
            "b": ("Drellmark played in Tamsk.", {"Drellmark": "PERSON"})}
    assert kinds_of_name(docs, "Drellmark") == {"PERSON"}
