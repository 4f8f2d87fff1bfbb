"""Actor kinds (round 56, branch kind90): a firm or a band the vote calls a person, when two of its
mentions at least read it with words a person never has ("Tarnquill's frontman", "the band
Tarnquill", "shares in Orlen Vask", "Orlen Vask plc": ``KindContexts.person_firm_read``) and none
reads it as a person (a title, a given name opening it, ", who", an age, "he"/"she" after it).
Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import kinds_of_name

from newsgraph.resolve.contexts import KindContexts


def _read(text: str, name: str) -> bool:
    start = text.index(name)
    return KindContexts.from_data().person_firm_read(text, start, start + len(name))


# --- the fix -------------------------------------------------------------------------------------

def test_a_band_typed_a_person_with_two_band_readings_is_a_body():
    # a lead singer and a frontman: too few of five mentions for the cue vote (one in eight)
    docs = {"a": ("Tarnquill played in Kemaria on Friday. Tarnquill's lead singer thanked the crowd. "
                  "Tarnquill will tour Vaal next.", {"Tarnquill": "PERSON"}),
            "b": ("Tarnquill topped the chart again. Tarnquill's frontman wrote the song.", {"Tarnquill": "PERSON"})}
    assert kinds_of_name(docs, "Tarnquill") == {"ORG"}


def test_a_firm_whose_last_word_the_story_writes_alone_is_a_body():
    # "Orlen Vask" and "Vask": the shape of a person's full name and surname, but a firm's words
    docs = {"a": ("Orlen Vask has ordered 30 planes. Vask's chief executive signed the deal in Tamsk.",
                  {"Orlen Vask": "PERSON", "Vask": "PERSON"}),
            "b": ("Orlen Vask was set up last year. Orlen Vask's managing director is Ann Brask. Orlen Vask "
                  "will fly to Kessel.", {"Orlen Vask": "PERSON", "Vask": "PERSON"})}
    assert kinds_of_name(docs, "Orlen Vask") == {"ORG"}


def test_the_readings_a_person_never_has():
    assert _read("Drinks firm Vellaro expanded.", "Vellaro")
    assert _read("Vellaro plc was floated.", "Vellaro")
    assert _read("Vellaro's chief executive resigned.", "Vellaro")
    assert _read("Tarnquill's lead singer left.", "Tarnquill")
    assert _read("Vellaro, which makes spirits, grew.", "Vellaro")


# --- guards: what must not change ---------------------------------------------------------------

def test_a_singer_or_a_spokesman_reading_is_no_firm_reading():
    assert not _read("Tarnquill's new album sold well.", "Tarnquill")
    assert not _read("A spokesman for Tarnquill declined to comment.", "Tarnquill")
    assert not _read("Tarnquill's drummer joined him on stage.", "Tarnquill")
    assert not _read("Tarnquill shares his views freely.", "Tarnquill")


def test_a_founder_named_by_a_given_name_stays_a_person():
    docs = {"a": ("Jo Brann, the founder, sold a stake in Brann last year. Brann shares fell on Monday.",
                  {"Jo Brann": "PERSON", "Brann": "PERSON"})}
    assert kinds_of_name(docs, "Jo Brann") == {"PERSON"}


def test_a_person_a_pronoun_goes_on_from_stays_a_person():
    docs = {"a": ("Orlen Vask bought a stake in Kessel. Vask shares the view of his board, and "
                  "he said so.", {"Orlen Vask": "PERSON", "Vask": "PERSON"}),
            "b": ("Orlen Vask sold a stake in Tamsk. Vask said he would stay.", {"Orlen Vask": "PERSON",
                                                                                   "Vask": "PERSON"})}
    assert kinds_of_name(docs, "Orlen Vask") == {"PERSON"}


def test_a_headline_noun_is_no_reading_of_the_next_line():
    assert not _read("Mogul backs Kemari rap band\n\nJo Brann, the mogul, spoke.", "Jo Brann")


def test_one_firm_reading_is_not_enough():
    docs = {"a": ("Orlen Vask has agreed to buy a Tamsk brewery. Analysts expect Vask shares to rise.",
                  {"Orlen Vask": "PERSON", "Vask": "PERSON"})}
    assert kinds_of_name(docs, "Orlen Vask") == {"PERSON"}
