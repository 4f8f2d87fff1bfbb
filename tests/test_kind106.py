"""Actor kinds (round 68, branch kind106): a ground named bare that its stories now and then
make stand for its club ("his contract at X", "the X boss") is still the ground (FAC) when the
ground reading is clear: three readings of the ground at least ("won at X", "the X stands"), one
of them the ground's own part, and more of them than club readings. Fewer ground readings, no
ground part, or as many club readings keep the vote's kind (round 48). Sentences and names
written for these tests."""

from __future__ import annotations

from mention_helpers import kinds_with_teams

_MATCH = "Kemaria beat Vaalia in the rugby match. "
_SIDES = [("a", "Kemaria"), ("b", "Kemaria"), ("c", "Vaalia"), ("d", "Vaalia")]


# --- the fix: fails on the base (130d15dc) --------------------------------------------------

def test_a_ground_read_clearly_is_the_ground_despite_a_stay_at_it():
    # two "at" readings of five fall short of half; the stands make three against two stays
    docs = {"a": (_MATCH + "Kemaria won at Dunmarrow. A fan in the Dunmarrow stands was hurt.",
                  {"Dunmarrow": "ORG"}),
            "b": (_MATCH + "The winger wants a long spell at Dunmarrow.", {"Dunmarrow": "ORG"}),
            "c": (_MATCH + "The sides meet again at Dunmarrow on Sunday.", {"Dunmarrow": "ORG"}),
            "d": (_MATCH + "His career at Dunmarrow began in the youth side.", {"Dunmarrow": "ORG"})}
    assert kinds_with_teams(docs, _SIDES)["Dunmarrow"] == "FAC"


def test_a_ground_read_clearly_is_the_ground_despite_its_boss():
    docs = {"a": (_MATCH + "Fans gathered outside the Dunmarrow ground. Kemaria won at Dunmarrow.",
                  {"Dunmarrow": "ORG"}),
            "b": (_MATCH + "The Dunmarrow boss was pleased with the win.", {"Dunmarrow": "ORG"}),
            "c": (_MATCH + "The sides meet again at Dunmarrow on Sunday.", {"Dunmarrow": "ORG"}),
            "d": (_MATCH + "The winger signed a new contract at Dunmarrow. Dunmarrow has a new owner.",
                  {"Dunmarrow": "ORG"})}
    assert kinds_with_teams(docs, _SIDES)["Dunmarrow"] == "FAC"


# --- guards: what must not change ----------------------------------------------------------

def test_two_ground_readings_against_a_club_reading_keep_the_votes_kind():
    docs = {"a": (_MATCH + "Kemaria won at Dunmarrow. The Dunmarrow stands were full.", {"Dunmarrow": "ORG"}),
            "b": (_MATCH + "The defender ended his career at Dunmarrow.", {"Dunmarrow": "ORG"}),
            "c": (_MATCH + "Dunmarrow has a new owner.", {"Dunmarrow": "ORG"})}
    assert kinds_with_teams(docs, _SIDES[:3])["Dunmarrow"] != "FAC"


def test_as_many_club_readings_as_ground_readings_keep_the_club():
    docs = {"a": (_MATCH + "Kemaria won at Dunmarrow. A fan in the Dunmarrow stands was hurt.",
                  {"Dunmarrow": "ORG"}),
            "b": (_MATCH + "The winger signed a new contract at Dunmarrow. The Dunmarrow outfit agreed.",
                  {"Dunmarrow": "ORG"}),
            "c": (_MATCH + "The sides meet again at Dunmarrow. His career at Dunmarrow is over.",
                  {"Dunmarrow": "ORG"})}
    assert kinds_with_teams(docs, _SIDES[:3])["Dunmarrow"] != "FAC"


def test_a_ground_with_a_speaking_mention_keeps_the_votes_kind():
    docs = {"a": (_MATCH + "Kemaria won at Dunmarrow. A fan in the Dunmarrow stands was hurt.",
                  {"Dunmarrow": "ORG"}),
            "b": (_MATCH + "The winger signed a new contract at Dunmarrow.", {"Dunmarrow": "ORG"}),
            "c": (_MATCH + "Dunmarrow said the ticket prices would rise.", {"Dunmarrow": "ORG"}),
            "d": (_MATCH + "Vaalia lost at Dunmarrow last year. The sides meet at Dunmarrow again.",
                  {"Dunmarrow": "ORG"})}
    assert kinds_with_teams(docs, _SIDES)["Dunmarrow"] != "FAC"


def test_a_ground_with_no_club_reading_is_still_the_ground():
    docs = {"a": (_MATCH + "Kemaria won at Dunmarrow. A fan in the Dunmarrow stands was hurt.",
                  {"Dunmarrow": "ORG"}),
            "b": (_MATCH + "The sides meet again at Dunmarrow on Sunday.", {"Dunmarrow": "ORG"}),
            "c": (_MATCH + "Vaalia lost at Dunmarrow last year.", {"Dunmarrow": "ORG"})}
    assert kinds_with_teams(docs, _SIDES[:3])["Dunmarrow"] == "FAC"
