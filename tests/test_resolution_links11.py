"""Link rules of round 11: royal styles inside a story, team-sheet surnames and "Mr X"
across stories. All names are invented."""

from __future__ import annotations

from newsgraph.mentions.linking import link_short_forms
from newsgraph.mentions.spans import Candidate
from newsgraph.model import Mention
from newsgraph.names import NameGender, name_key
from newsgraph.resolve import get_resolver


def _c(text, start, title=""):
    return Candidate(start=start, end=start + len(text), text=text, label="PERSON", sentence=0, title=title)


def test_a_royal_given_name_is_never_a_commoner_of_the_same_given_name():
    """"Prince Edwin" (title left out of the span), then a bare "Edwin": both the prince,
    not the politician Edwin Marsh named later in the story."""
    gender = NameGender.from_data()
    candidates = [_c("Edwin", 0, title="Prince"), _c("Edwin", 40), _c("Prince Edwin", 80), _c("Edwin", 120),
                  _c("Edwin Marsh", 160)]
    keys = ["edwin", "edwin", "prince edwin", "edwin", "edwin marsh"]
    assert link_short_forms(candidates, keys, gender) == [2, 2, 2, 2, 4]


def test_a_bare_given_name_still_joins_the_one_full_name_without_a_royal_namesake():
    gender = NameGender.from_data()
    candidates = [_c("Edwin Marsh", 0), _c("Edwin", 40)]
    assert link_short_forms(candidates, ["edwin marsh", "edwin"], gender) == [0, 0]


def _mention(doc, text, label="PERSON", start=0, full_name=None):
    full = full_name or text
    return Mention(doc=doc, start=start, end=start + len(text), text=text, label=label,
                   key=name_key(full), full_name=full, sentence=0)


def _resolve(mentions, texts):
    return get_resolver("name-graph.v1")(mentions, (), texts=texts)


_SHEET = "Rovers: Pike, Holm, Ode, Tam, Brevik.\n\nSubs not used: Moss, Varnell, Lund, Kvist."


def test_a_team_sheet_surname_is_not_the_famous_bearer_of_other_news():
    """The minister Tomas Varnell fills the politics pages; "Varnell" on a football team
    sheet is a player, whatever his dominance."""
    mentions = [_mention(f"p{i}", "Tomas Varnell") for i in range(12)]
    mentions += [_mention(f"p{i}", "Labour Union", "ORG", start=300) for i in range(12)]
    mentions += [_mention("s", "Varnell", start=_SHEET.index("Varnell")),
                 _mention("s", "Karst Rovers", "ORG", start=500)]
    resolution = _resolve(mentions, {"s": _SHEET})
    ids = resolution.actor_of_mention
    assert ids[24] != ids[0]


def test_a_team_sheet_surname_joins_the_player_whose_stories_meet_it():
    mentions = [_mention(f"r{i}", "Jon Varnell") for i in range(3)]
    for club in ("Karst Rovers", "Ode Harriers"):
        mentions += [_mention(d, club, "ORG", start=300) for d in ("r0", "r1", "r2", "s")]
    mentions += [_mention(f"p{i}", "Tomas Varnell") for i in range(12)]
    mentions += [_mention("s", "Varnell", start=_SHEET.index("Varnell"))]
    resolution = _resolve(mentions, {"s": _SHEET})
    ids = resolution.actor_of_mention
    assert ids[-1] == ids[0] != ids[-2]


def test_a_capitalized_al_opening_a_name_is_a_given_name():
    """"Al Vell", the painter's father, is not a short form of the painter Ivo Vell."""
    candidates = [_c("Ivo Vell", 0), _c("Al Vell", 40), _c("Shadi al-Menai", 80), _c("al-Menai", 120)]
    keys = ["ivo vell", "al vell", "shadi al menai", "al menai"]
    assert link_short_forms(candidates, keys) == [0, 1, 2, 2]


def test_mr_and_a_bare_surname_goes_to_the_dominant_bearer_whatever_given_names_share_it():
    """"Mr Varnell" (title outside the span) is a surname: the many people called Varnell by
    given name ("Varnell Quist") are no rivals of the dominant Tomas Varnell."""
    text = "Later Mr Varnell said no."
    mentions = [_mention(f"p{i}", "Tomas Varnell") for i in range(40)]
    mentions += [_mention(f"g{i}", "Varnell Quist") for i in range(10)]
    mentions += [_mention("a", "Ake Varnell"), _mention("b", "Ake Varnell")]
    mentions += [_mention("x", "Varnell", start=text.index("Varnell"))]
    resolution = _resolve(mentions, {"x": text})
    ids = resolution.actor_of_mention
    assert ids[-1] == ids[0]


def test_a_full_name_shortened_after_mr_keeps_its_given_name():
    """"Mr Tyler" stands for Paul Tyler in his story: the node is Paul Tyler, no bare
    "Tyler" that a Paul Tellier of another story could take by spelling."""
    text = "Paul Tyler spoke. Later Mr Tyler said no."
    mentions = [_mention("x", "Paul Tyler"), _mention("x", "Tyler", start=text.index("Tyler said"),
                                                      full_name="Paul Tyler")]
    mentions += [_mention(f"b{i}", "Paul Tellier") for i in range(3)]
    resolution = _resolve(mentions, {"x": text})
    ids = resolution.actor_of_mention
    assert ids[0] == ids[1] != ids[2]
