"""Actor kinds (round 48, branch kind71): a ground the model calls a body, written with a
ground's own parts after its bare name ("the X stands", "outside the X ground", "the X pitch")
as well as after "at" in match reports, is the ground (FAC). A club's staff or rooms ("the X
boss", "the X dressing room") read no ground; a name a story writes "in X" stays a town's.
Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import kinds_with_teams

_MATCH = "Kemaria beat Vaalia in the rugby match. "
_SIDES = [("a", "Kemaria"), ("b", "Kemaria"), ("c", "Vaalia")]


def test_stands_and_a_ground_after_the_name_make_it_the_ground():
    # two "at" readings of five mentions fall short of half; the stands and the ground make four
    docs = {"a": (_MATCH + "Kemaria won at Brackmoor. A fan in the Brackmoor stands was hurt.",
                  {"Brackmoor": "ORG"}),
            "b": (_MATCH + "Fans gathered outside the Brackmoor ground. Brackmoor has a new owner.",
                  {"Brackmoor": "ORG"}),
            "c": (_MATCH + "Vaalia lost at Brackmoor again.", {"Brackmoor": "ORG"})}
    assert kinds_with_teams(docs, _SIDES)["Brackmoor"] == "FAC"


def test_a_ground_outside_sports_stories_is_read_by_its_parts():
    # a business story has no "at" reading; its ground's noun still reads the ground
    docs = {"a": (_MATCH + "The final at Brackmoor is sold out.", {"Brackmoor": "ORG"}),
            "b": ("The tycoon bought the club. Protesters marched outside the Brackmoor ground. "
                  "The Brackmoor pitch was ruined by the march.", {"Brackmoor": "ORG"})}
    assert kinds_with_teams(docs, [("a", "Kemaria")])["Brackmoor"] == "FAC"


def test_a_tunnel_after_the_name_is_the_grounds():
    docs = {"a": (_MATCH + "A row broke out in the Brackmoor tunnel after the game.", {"Brackmoor": "ORG"}),
            "b": (_MATCH + "The sides meet again at Brackmoor on Sunday.", {"Brackmoor": "ORG"}),
            "c": (_MATCH + "Brackmoor has a new owner.", {"Brackmoor": "ORG"})}
    assert kinds_with_teams(docs, _SIDES)["Brackmoor"] == "FAC"


def test_a_clubs_boss_and_dressing_room_read_no_ground():
    docs = {"a": (_MATCH + "The Brackmoor boss was angry. Kemaria won at Brackmoor.", {"Brackmoor": "ORG"}),
            "b": (_MATCH + "The Brackmoor dressing room was quiet.", {"Brackmoor": "ORG"}),
            "c": (_MATCH + "Brackmoor has a new owner.", {"Brackmoor": "ORG"})}
    assert kinds_with_teams(docs, _SIDES)["Brackmoor"] != "FAC"


def test_a_town_written_in_a_town_phrase_keeps_its_kind():
    docs = {"a": (_MATCH + "Kemaria won at Brackmoor. The Brackmoor pitch was heavy.", {"Brackmoor": "ORG"}),
            "b": (_MATCH + "Flooding in Brackmoor closed roads.", {"Brackmoor": "GPE"}),
            "c": (_MATCH + "Vaalia lost at Brackmoor again.", {"Brackmoor": "ORG"})}
    assert kinds_with_teams(docs, _SIDES)["Brackmoor"] != "FAC"


def test_stands_as_a_verb_after_a_body_read_no_ground():
    # "X stands ready": a lower-case verb, no ground; the body has too few readings
    docs = {"a": (_MATCH + "Brackmoor stands ready to help. Brackmoor said so.", {"Brackmoor": "ORG"}),
            "b": (_MATCH + "Brackmoor has a new owner.", {"Brackmoor": "ORG"}),
            "c": (_MATCH + "Vaalia won at Brackmoor.", {"Brackmoor": "ORG"})}
    assert kinds_with_teams(docs, _SIDES)["Brackmoor"] != "FAC"


def test_at_in_a_club_match_report_without_a_national_side_reads_the_ground():
    # no national side makes these sports stories; their words do (``news_domains.yaml``)
    report = "The striker scored a penalty and the keeper saved a late goal in the league match. "
    docs = {"a": (report + "Rovers won 2-0 at Brackmoor.", {"Brackmoor": "ORG"}),
            "b": (report + "The sides meet again at Brackmoor in the cup.", {"Brackmoor": "ORG"}),
            "c": (report + "Brackmoor has a new owner.", {"Brackmoor": "ORG"})}
    assert kinds_with_teams(docs)["Brackmoor"] == "FAC"


def test_at_a_body_in_a_business_story_reads_no_ground():
    memo = "Shares in the firm fell after profits and sales dropped, analysts said. "
    docs = {"a": (memo + "An economist at Brackmoor said so.", {"Brackmoor": "ORG"}),
            "b": (memo + "Investors at Brackmoor were unhappy.", {"Brackmoor": "ORG"}),
            "c": (memo + "Brackmoor has a new owner.", {"Brackmoor": "ORG"})}
    assert kinds_with_teams(docs)["Brackmoor"] != "FAC"


def test_a_ground_a_story_gives_its_club_keeps_the_votes_kind():
    # the ground's name stands for the club in one mention ("his career at X"): left to the vote
    # (the stands and one "at" would make two readings of four without it)
    docs = {"a": (_MATCH + "Kemaria won at Brackmoor. The Brackmoor stands were full.", {"Brackmoor": "ORG"}),
            "b": (_MATCH + "The defender ended his career at Brackmoor.", {"Brackmoor": "ORG"}),
            "c": (_MATCH + "Brackmoor has a new owner.", {"Brackmoor": "ORG"})}
    assert kinds_with_teams(docs, _SIDES)["Brackmoor"] != "FAC"


def test_a_ground_named_for_its_outfit_keeps_the_votes_kind():
    docs = {"a": (_MATCH + "The Brackmoor outfit lost. A fan in the Brackmoor stands was hurt.",
                  {"Brackmoor": "ORG"}),
            "b": (_MATCH + "The sides meet again at Brackmoor on Sunday.", {"Brackmoor": "ORG"}),
            "c": (_MATCH + "Brackmoor has a new owner.", {"Brackmoor": "ORG"})}
    assert kinds_with_teams(docs, _SIDES)["Brackmoor"] != "FAC"
