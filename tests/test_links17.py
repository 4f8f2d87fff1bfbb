"""Round 17 of links: an acronym of the alias table that a story spells out as another name,
a line-up's surname that is a spelling variant of a player's, a town cut from a club's longer
name. Sentences and names are invented for these tests."""

from __future__ import annotations

from newsgraph.model import Link, Mention
from newsgraph.names import name_key
from newsgraph.resolve import get_resolver
from mention_helpers import team_sense


def _mention(doc, text, label="PERSON", start=0, full_name=None):
    full = full_name or text
    return Mention(doc=doc, start=start, end=start + len(text), text=text, label=label,
                   key=name_key(full), full_name=full, sentence=0)


def _names(resolution, i):
    actor = next(a for a in resolution.actors if a.id == resolution.actor_of_mention[i])
    return actor.name, set(actor.aliases)


def test_a_table_acronym_spelt_out_as_another_name_keeps_the_table_s_name():
    """"Call Path Service (CPS)" in a phone story is no Crown Prosecution Service."""
    mentions = [_mention("d1", "Crown Prosecution Service", "ORG"), _mention("d1", "CPS", "ORG", start=40),
                _mention("d2", "Call Path Service", "ORG"), _mention("d2", "CPS", "ORG", start=19)]
    links = [Link("d2", "alias", 0, 1, None, "parenthesis", 0, 23)]
    resolution = get_resolver("name-graph.v1")(mentions, links)
    name, aliases = _names(resolution, 0)
    assert name == "Crown Prosecution Service"
    assert "Call Path Service" not in aliases
    assert resolution.actor_of_mention[2] != resolution.actor_of_mention[0]


def test_a_table_acronym_spelt_out_as_its_own_name_still_joins():
    mentions = [_mention("d1", "Crown Prosecution Service", "ORG"), _mention("d1", "CPS", "ORG", start=40)]
    links = [Link("d1", "alias", 0, 1, None, "parenthesis", 0, 30)]
    resolution = get_resolver("name-graph.v1")(mentions, links)
    assert resolution.actor_of_mention[0] == resolution.actor_of_mention[1]


_SHEET = "Rovers: Kessel, Brevne, Tamm, Vaal, Ode.\nSubs: Marsh, Dorrin.\n"
_REPORT = ("Rovers won the match 2-1 at the stadium. Tomas Brevney and Piet Kessel scored, and the coach "
           "praised the squad after the league game.")


def test_a_line_up_s_surname_does_not_join_a_player_spelt_differently():
    """"Brevne" of a team sheet is no "Tomas Brevney" of the same match, however alike."""
    text = _REPORT + "\n" + _SHEET
    at = len(_REPORT) + 1
    mentions = [_mention("m1", "Tomas Brevney", start=text.index("Tomas")),
                _mention("m1", "Piet Kessel", start=text.index("Piet")),
                _mention("m1", "Rovers", "ORG", start=0),
                _mention("m1", "Brevne", start=text.index("Brevne", at)),
                _mention("m1", "Kessel", start=text.index("Kessel", at))]
    ids = get_resolver("name-graph.v1")(mentions, (), texts={"m1": text}).actor_of_mention
    assert ids[3] != ids[0]




def test_a_town_cut_from_a_club_s_longer_name_is_no_side(nlp):
    assert not team_sense(nlp, "The former Leeds Thursday manager turned the offer down.", "Leeds")
    assert team_sense(nlp, "The former Leeds manager turned the offer down.", "Leeds")
