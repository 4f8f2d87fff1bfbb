"""Round 41 of links (branch link30): a bare surname goes to the bearer whose stories its story
meets clearly most often, even when another bearer's stories meet it a little (two sides' reports
share a player or two). All names are invented."""

from __future__ import annotations

from mention_helpers import mentions_in

from newsgraph.model import Mention
from newsgraph.names import name_key
from newsgraph.resolve import get_resolver

_CLUBS = ("Karst Rovers", "Ode Harriers", "Velm Athletic", "Brask Town")


def _mention(doc: str, text: str, label: str = "PERSON", start: int = 0) -> Mention:
    return Mention(doc=doc, start=start, end=start + len(text), text=text, label=label,
                   key=name_key(text), full_name=text, sentence=0)


def _named(docs: list[str], names: tuple[str, ...]) -> list[Mention]:
    return [_mention(d, name, "ORG", start=100 + 40 * k) for d in docs for k, name in enumerate(names)]


def _two_bearers(bare_story: tuple[str, ...]) -> tuple[list[Mention], int, int, int]:
    """Ake Quist's stories name four clubs, Gerda Quist's two of them; one story says "Quist"."""
    ake_docs, gerda_docs = [f"r{i}" for i in range(3)], [f"p{i}" for i in range(3)]
    mentions = [_mention(d, "Ake Quist") for d in ake_docs] + _named(ake_docs, _CLUBS)
    mentions += [_mention(d, "Gerda Quist") for d in gerda_docs] + _named(gerda_docs, _CLUBS[:2])
    bare = len(mentions)
    mentions += [_mention("x1", "Quist")] + _named(["x1"], bare_story)
    return mentions, bare, 0, len(ake_docs) + len(ake_docs) * len(_CLUBS)


def _ids(mentions: list[Mention]) -> list[str]:
    return get_resolver("name-graph.v1")(mentions, (), texts={}).actor_of_mention


def test_a_bare_surname_goes_to_the_bearer_met_twice_as_often():
    mentions, bare, ake, gerda = _two_bearers(_CLUBS)
    ids = _ids(mentions)
    assert mentions[ake].text == "Ake Quist" and mentions[gerda].text == "Gerda Quist"
    assert ids[bare] == ids[ake] != ids[gerda]


def test_a_bare_surname_met_about_as_often_by_two_bearers_stays_alone():
    mentions, bare, ake, gerda = _two_bearers(_CLUBS[:3])  # three clubs shared against two
    ids = _ids(mentions)
    assert ids[bare] not in (ids[ake], ids[gerda])


def test_a_bare_surname_only_one_bearer_meets_still_joins_it():
    mentions, bare, ake, gerda = _two_bearers(_CLUBS[2:])  # the clubs Gerda Quist's stories never name
    ids = _ids(mentions)
    assert ids[bare] == ids[ake] != ids[gerda]


def test_channels_both_stories_name_tell_no_bearer():
    """A presenter's story and a novelist's story both name two channels: no people in common."""
    channels = ("BBC One", "BBC Four")
    gerda_docs, ake_docs = [f"p{i}" for i in range(3)], [f"r{i}" for i in range(3)]
    mentions = [_mention(d, "Gerda Quist") for d in gerda_docs] + _named(gerda_docs, channels)
    mentions += [_mention(d, "Ake Quist") for d in ake_docs] + _named(ake_docs, _CLUBS)
    bare = len(mentions)
    mentions += [_mention("x1", "Quist")] + _named(["x1"], channels)
    ids = _ids(mentions)
    assert ids[bare] not in (ids[0], ids[len(gerda_docs) * (1 + len(channels))])


def test_people_both_stories_name_still_tell_the_bearer_beside_a_channel():
    mentions, bare, ake, gerda = _two_bearers(_CLUBS[2:] + ("BBC One",))
    ids = _ids(mentions)
    assert ids[bare] == ids[ake] != ids[gerda]


def test_a_place_tagged_apart_before_a_surname_is_no_part_of_the_name():
    """"in Kessland Vale said": the model tagged the place on its own; Vale stays Mira Vale."""
    text = ("Mira Vale won the final on Sunday. Speaking in Kessland Vale said the crowd had carried "
            "her through the last set.")
    at = text.index("Vale", text.index("Kessland"))
    mentions = (mentions_in("a", text, {"Mira Vale": "PERSON", "Kessland": "GPE"})
                + [Mention(doc="a", start=at, end=at + 4, text="Vale", label="PERSON", key=name_key("Mira Vale"),
                           full_name="Mira Vale", sentence=0)])
    ids = get_resolver("name-graph.v1")(mentions, (), texts={"a": text}).actor_of_mention
    assert ids[-1] == ids[0]
