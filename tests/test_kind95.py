"""Actor kinds (issue 18, round 60, branch kind95): sports clubs typed GPE. A name the vote calls
a place whose every mention stands in a sports report, none read as the town ("in X", "X's
mayor") and at least two, a quarter of all, read as a club ("a clash with X", "leaders X", "the
X game", "X 2-1 Y", "X manager", "X are") is the club (ORG): ``NameGraphResolver._sport_club_kind``
with ``NameSenses.sport_club``. A venue's town, a country, a name written once outside sport and a
name with one club reading keep GPE. Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import resolved_kinds as _kinds

from newsgraph.resolve.contexts import KindContexts
from newsgraph.resolve.domains import StoryDomains
from newsgraph.resolve.senses import NameSenses

_MATCH = ("The striker scored twice in the league match and the manager praised the goalkeeper. "
          "The midfielder and the defender were booked before half-time in the football cup tie.")


def _report(sentence: str) -> str:
    return f"{sentence} {_MATCH}"


def _senses() -> NameSenses:
    return NameSenses.from_data(KindContexts.from_data(), StoryDomains.from_data())


def _club_read(text: str, name: str = "Kessmoor") -> bool:
    start = text.index(name)
    return _senses().sport_club_read(text, start, start + len(name))


def test_a_club_named_only_as_an_opponent_in_sports_reports_is_a_club():
    docs = {"a": (_report("Brevton face Kessmoor at home on Saturday."), {"Kessmoor": "GPE", "Brevton": "ORG"}),
            "b": (_report("Jo Brann is out of the Kessmoor game with a knee injury."),
                  {"Kessmoor": "GPE", "Jo Brann": "PERSON"}),
            "c": (_report("Ann Vaal scored a penalty against Kessmoor last week."),
                  {"Kessmoor": "GPE", "Ann Vaal": "PERSON"})}
    assert _kinds(docs)["Kessmoor"] == "ORG"


def test_a_score_line_and_a_leaders_reading_make_a_club():
    docs = {"a": (_report("Kessmoor 2-1 Tamskby\n\nA late goal won it."), {"Kessmoor": "GPE", "Tamskby": "ORG"}),
            "b": (_report("Tamskby are six points behind leaders Kessmoor after the draw."),
                  {"Kessmoor": "GPE", "Tamskby": "ORG"}),
            "c": (_report("Jo Brann joined the club last summer, and Kessmoor want him back."),
                  {"Kessmoor": "GPE", "Jo Brann": "PERSON"})}
    assert _kinds(docs)["Kessmoor"] == "ORG"


def test_the_club_readings_of_a_sports_report():
    assert _club_read("Brevton take on Kessmoor on Wednesday.")
    assert _club_read("Jo Brann missed the Kessmoor clash.")
    assert _club_read("Vaalby 0-1 Kessmoor")
    assert _club_read("a 3-0 win over Kessmoor in the cup")
    assert not _club_read("The final will be played in Kessmoor next year.")
    assert not _club_read("The Kessmoor meeting drew a record crowd.")  # an athletics venue's meeting
    assert not _club_read("The Kessmoor Games open in May.")  # a capital: a name's part, no match noun


def test_a_venue_town_read_in_a_sports_report_stays_a_place():
    docs = {"a": (_report("Brevton face Kessmoor at home on Saturday."), {"Kessmoor": "GPE", "Brevton": "ORG"}),
            "b": (_report("Ann Vaal scored a penalty against Kessmoor last week."),
                  {"Kessmoor": "GPE", "Ann Vaal": "PERSON"}),
            "c": (_report("The final will be played in Kessmoor next May."), {"Kessmoor": "GPE"})}
    assert _kinds(docs)["Kessmoor"] == "GPE"


def test_a_name_written_outside_sports_reports_stays_a_place():
    docs = {"a": (_report("Brevton face Kessmoor at home on Saturday."), {"Kessmoor": "GPE", "Brevton": "ORG"}),
            "b": (_report("Ann Vaal scored a penalty against Kessmoor last week."),
                  {"Kessmoor": "GPE", "Ann Vaal": "PERSON"}),
            "c": ("The council of Kessmoor raised its tax on homes, the budget papers show.", {"Kessmoor": "GPE"})}
    assert _kinds(docs)["Kessmoor"] == "GPE"


def test_a_country_stays_a_place_whatever_its_club_readings():
    docs = {"a": (_report("Brevton face Fiji at home on Saturday."), {"Fiji": "GPE", "Brevton": "ORG"}),
            "b": (_report("Ann Vaal scored a try against Fiji last week."), {"Fiji": "GPE", "Ann Vaal": "PERSON"})}
    assert _kinds(docs)["Fiji"] == "GPE"


def test_one_club_reading_among_many_mentions_moves_nothing():
    docs = {"a": (_report("Brevton face Kessmoor at home on Saturday."), {"Kessmoor": "GPE", "Brevton": "ORG"}),
            "b": (_report("Jo Brann flew to Kessmoor on Monday."), {"Kessmoor": "GPE", "Jo Brann": "PERSON"}),
            "c": (_report("Ann Vaal grew up near Tamskby, a drive from Kessmoor."),
                  {"Kessmoor": "GPE", "Ann Vaal": "PERSON", "Tamskby": "GPE"})}
    assert _kinds(docs)["Kessmoor"] == "GPE"
