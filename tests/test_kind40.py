"""A town and its club when the town's name is also a person's surname, and a hometown's own
words (round 35, branch kind40: ``resolve/senses.py``, ``place_sense_words_after`` in
``data/kind_contexts.yaml``). Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import sense_split

from newsgraph.resolve.senses import CLUB, PLACE

MATCH = ("Kessmoor beat Vaalby 2-1 in the league match on Saturday. The former Kessmoor player scored "
         "a penalty before half-time and the striker added a second goal. The referee booked the "
         "goalkeeper and the manager praised the squad after the cup tie.")
SACKED = ("Kessmoor manager Ann Vaal was sacked after the league defeat. The club's striker and goalkeeper "
          "were dropped for the cup match, and Kessmoor fans booed the squad at half-time.")
VISIT = "The minister told voters in Kessmoor on Friday that taxes would not rise, the party said."
SINGER = "The radio presenter Jo Kessmoor said on Monday that the charity concert had sold out."
SINGER_AGAIN = "Jo Kessmoor will host the evening show again next year, the station said."




def test_a_town_named_like_a_once_named_person_parts_from_its_club():
    # "Jo Kessmoor" named once: the club's words in two sports reports outnumber her
    senses = sense_split({"m": (MATCH, {"Kessmoor": "ORG"}), "s": (SACKED, {"Kessmoor": "ORG"}),
                     "v": (VISIT, {"Kessmoor": "PERSON"}), "p": (SINGER, {"Jo Kessmoor": "PERSON"})})
    assert senses[("v", VISIT.index("Kessmoor"))] == PLACE
    assert senses[("s", SACKED.index("Kessmoor"))] == CLUB


def test_a_surname_named_as_often_as_the_clubs_words_still_keeps_the_name_whole():
    # the full names outnumber the club's words: "Kessmoor fans" may be the presenter's
    many = SINGER + " " + SINGER_AGAIN + " Colleagues of Jo Kessmoor praised her work."
    senses = sense_split({"m": (MATCH, {"Kessmoor": "ORG"}), "s": (SACKED, {"Kessmoor": "ORG"}),
                     "v": (VISIT, {"Kessmoor": "PERSON"}), "p": (many, {"Jo Kessmoor": "PERSON"})})
    assert senses == {}


def test_a_hometowns_member_architect_and_hometown_read_the_town():
    seat = "The Kessmoor MP has been cleared over a conflict of interest by the standards watchdog."
    design = "Kessmoor architect Bo Tamm drew up the plans for the new library, the council said."
    home = "The two women were attacked in their Kessmoor hometown last October, police said."
    docs = {"m": (MATCH, {"Kessmoor": "ORG"}), "s": (SACKED, {"Kessmoor": "ORG"}),
            "a": (seat, {"Kessmoor": "ORG"}), "b": (design, {"Kessmoor": "ORG"}),
            "c": (home, {"Kessmoor": "ORG"})}
    senses = sense_split(docs)
    assert senses[("a", 4)] == PLACE
    assert senses[("b", 0)] == PLACE
    assert senses[("c", home.index("Kessmoor"))] == PLACE
    assert senses[("m", 0)] == CLUB


def test_a_clubs_architect_of_a_win_in_a_sports_report_stays_the_club():
    # the hometown words are read outside sports reports only
    report = ("Kessmoor architect of the comeback, the striker, scored twice in the league match and "
              "the goalkeeper saved a penalty in the cup tie.")
    senses = sense_split({"m": (MATCH, {"Kessmoor": "ORG"}), "s": (SACKED, {"Kessmoor": "ORG"}),
                     "v": (VISIT, {"Kessmoor": "GPE"}), "r": (report, {"Kessmoor": "ORG"})})
    assert senses[("r", 0)] == CLUB
