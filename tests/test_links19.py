"""Round 19 of links: a father named beside his initialled son. Sentences and names are
invented for these tests."""

from __future__ import annotations

from newsgraph.model import Mention
from newsgraph.names import name_key


def _ids(mentions: list[Mention]) -> list[str]:
    from newsgraph.resolve import get_resolver
    return get_resolver("name-graph.v1")(mentions, ()).actor_of_mention


def _person(doc: str, text: str, start: int, sentence: int = 0) -> Mention:
    return Mention(doc=doc, start=start, end=start + len(text), text=text, label="PERSON",
                   key=name_key(text), full_name=text, sentence=sentence)


def test_a_name_beside_itself_with_a_middle_initial_is_a_namesake():
    """"She served Presidents Tom K Vale and Tom Vale": the father, not the initialled son whom
    other stories write without the initial."""
    mentions = [_person("d1", "Tom K Vale", 20), _person("d1", "Tom Vale", 35),
                _person("d2", "Tom K Vale", 0), _person("d3", "Tom Vale", 0), _person("d4", "Tom Vale", 0)]
    ids = _ids(mentions)
    assert ids[1] != ids[0]
    assert ids[3] == ids[4] == ids[0] == ids[2]


def test_the_initial_left_out_in_another_sentence_is_the_same_man():
    mentions = [_person("d1", "Tom K Vale", 0, sentence=0), _person("d1", "Tom Vale", 80, sentence=3),
                _person("d2", "Tom Vale", 0)]
    ids = _ids(mentions)
    assert ids[0] == ids[1] == ids[2]
