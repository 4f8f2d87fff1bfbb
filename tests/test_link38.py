"""Round 49, branch link38: a country's national sides across stories are grouped by sport, in
an order-free way — every rugby report's "Norway team" is one side, a cricket report's "Norway
team" another even when the two reports name the same people, and a report of no clear sport
joins the one sport's side whose reports name the same people. Sentences are invented; the
country names are real ones (the rule reads only countries of ``data/countries.txt``)."""

from __future__ import annotations

from newsgraph.model import Mention
from newsgraph.names import name_key
from newsgraph.resolve import get_resolver
from newsgraph.resolve.domains import StorySports

_RUGBY = ("Norway lost a bruising rugby match on Saturday. The fly-half kicked two penalties, the "
          "scrum-half was sin-binned and the coach blamed the line-out. The captain said the team "
          "would fight on, and the fans cheered the side after the game. {people}")
_CRICKET = ("Norway lost a tense cricket match on Saturday. The batsman made a slow innings, the "
            "bowler took two wickets and the coach blamed the batting. The captain said the team "
            "would fight on, and the fans cheered the side after the game. {people}")
_FOOTBALL = ("Norway lost a dull football match on Saturday. The striker missed twice, the "
             "goalkeeper was beaten by a header and the coach blamed the midfielder. The captain "
             "said the team would fight on, and the fans cheered the side after the game. {people}")
_UNCLEAR = ("Norway lost again on Saturday. The coach said the team would fight on, the captain "
            "praised the fans and the players left the game quietly. {people}")


def _story(doc: str, template: str, people: tuple[str, ...]) -> tuple[str, list[Mention]]:
    text = template.format(people=" and ".join(people) + " spoke afterwards.")
    mentions = [Mention(doc=doc, start=0, end=6, text="Norway", label="ORG", key="norway team",
                        full_name="Norway", sentence=0)]
    for person in people:
        start = text.index(person)
        mentions.append(Mention(doc=doc, start=start, end=start + len(person), text=person,
                                label="PERSON", key=name_key(person), full_name=person, sentence=3))
    return text, mentions


def _resolve(stories: list[tuple[str, str, tuple[str, ...]]]) -> dict[str, str]:
    """Each story's "Norway team" actor id, by document."""
    texts, mentions = {}, []
    for doc, template, people in stories:
        texts[doc], found = _story(doc, template, people)
        mentions += found
    resolution = get_resolver("name-graph.v1")(mentions, (), texts=texts)
    return {m.doc: a for m, a in zip(mentions, resolution.actor_of_mention) if m.key == "norway team"}


def test_rugby_reports_naming_no_same_people_are_one_side():
    sides = _resolve([("r1", _RUGBY, ("Ola Brekke", "Per Vang")), ("r2", _RUGBY, ("Kai Moe", "Jon Lie")),
                      ("r3", _RUGBY, ("Eli Dahl", "Tor Hauge"))])
    assert len(set(sides.values())) == 1, sides


def test_a_cricket_side_never_joins_the_rugby_side_even_with_the_same_people():
    """The two reports name the same two people: by context alone they would be one side."""
    people = ("Ola Brekke", "Per Vang")
    sides = _resolve([("r1", _RUGBY, people), ("c1", _CRICKET, people)])
    assert sides["r1"] != sides["c1"], sides


def test_sides_of_three_sports_stay_three_whatever_the_order():
    stories = [("r1", _RUGBY, ("Ola Brekke", "Per Vang")), ("c1", _CRICKET, ("Ola Brekke", "Per Vang")),
               ("f1", _FOOTBALL, ("Ola Brekke", "Per Vang")), ("r2", _RUGBY, ("Kai Moe", "Jon Lie"))]
    for order in (stories, stories[::-1]):
        sides = _resolve(order)
        assert sides["r1"] == sides["r2"], sides
        assert len({sides["r1"], sides["c1"], sides["f1"]}) == 3, sides


def test_a_report_of_no_clear_sport_joins_the_side_whose_reports_name_its_people():
    sides = _resolve([("r1", _RUGBY, ("Ola Brekke", "Per Vang")), ("f1", _FOOTBALL, ("Kai Moe", "Jon Lie")),
                      ("u1", _UNCLEAR, ("Ola Brekke", "Per Vang"))])
    assert sides["u1"] == sides["r1"] != sides["f1"], sides


def test_a_report_of_no_clear_sport_naming_no_same_people_stays_apart():
    """One sport's side is not enough: the report may be of another sport the words miss."""
    sides = _resolve([("r1", _RUGBY, ("Ola Brekke", "Per Vang")), ("u1", _UNCLEAR, ("Kai Moe", "Jon Lie"))])
    assert sides["u1"] != sides["r1"], sides


def test_a_sport_needs_a_clear_lead_of_its_words():
    sports = StorySports.from_data()
    assert sports.of_text("The rugby side won: a try from the scrum-half and a late conversion.") == "rugby"
    assert sports.of_text("The football union's rugby and football chiefs met.") is None
    assert sports.of_text("The minister met the bank's chief.") is None
