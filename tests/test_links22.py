"""Round 22 (link22): a bare one-word name whose stories form a world of their own (a
namesake's) is kept from the full name it would join across documents. Sentences and names
are invented for these tests."""

from __future__ import annotations

from newsgraph.model import Mention
from newsgraph.names import name_key
from newsgraph.resolve import get_resolver

_FULL = "Winger Tomas Quaresvo of Harbour Rovers set up both goals, and Piet Kessel scored them."
_BARE = "Striker Quaresvo scored twice for Vale Athletic, and Jon Brask added a third in the cup tie."
_HOME = "Harbour Rovers won again, as Quaresvo crossed and Piet Kessel headed in."


def _mention(doc: str, text: str, name: str, label: str = "PERSON", full_name: str | None = None) -> Mention:
    start = text.index(name)
    full = full_name or name
    return Mention(doc=doc, start=start, end=start + len(name), text=name, label=label,
                   key=name_key(full), full_name=full, sentence=0)


def _corpus(bare: str = _BARE, worlds: int = 3):
    texts, mentions = {}, []
    for doc in ("f1", "f2", "f3"):  # the full name's stories: five mentions
        texts[doc] = _FULL
        mentions += [_mention(doc, _FULL, "Tomas Quaresvo"), _mention(doc, _FULL, "Harbour Rovers", "ORG"),
                     _mention(doc, _FULL, "Piet Kessel")]
    mentions += [_mention("f1", _FULL, "Tomas Quaresvo"), _mention("f2", _FULL, "Tomas Quaresvo")]
    texts["h1"] = _HOME  # a bare story that names the full name's club and team-mate
    mentions += [_mention("h1", _HOME, "Harbour Rovers", "ORG"), _mention("h1", _HOME, "Quaresvo"),
                 _mention("h1", _HOME, "Piet Kessel")]
    for n in range(worlds):  # bare stories of another club, naming same people among themselves
        doc = f"w{n}"
        texts[doc] = bare
        mentions += [_mention(doc, bare, "Quaresvo"), _mention(doc, bare, "Vale Athletic", "ORG"),
                     _mention(doc, bare, "Jon Brask")]
    return mentions, texts


def _actor_of(resolution, mentions, doc: str, name: str):
    i = next(i for i, m in enumerate(mentions) if m.doc == doc and m.text == name)
    return next(a for a in resolution.actors if a.id == resolution.actor_of_mention[i])


def test_a_bare_name_of_another_club_s_stories_is_a_namesake():
    mentions, texts = _corpus()
    resolution = get_resolver("name-graph.v1")(mentions, (), texts=texts)
    full = _actor_of(resolution, mentions, "f1", "Tomas Quaresvo")
    other = _actor_of(resolution, mentions, "w0", "Quaresvo")
    assert other is not full
    assert _actor_of(resolution, mentions, "w2", "Quaresvo") is other  # one namesake in its world
    assert _actor_of(resolution, mentions, "h1", "Quaresvo") is full  # the story that meets his joins
    assert any("namesake" in kept["reason"] for kept in full.kept_apart)  # explain shows why


def test_two_stray_stories_are_no_world():
    """Two stories alike are often one article printed twice: the bare name still joins."""
    mentions, texts = _corpus(worlds=2)
    resolution = get_resolver("name-graph.v1")(mentions, (), texts=texts)
    assert _actor_of(resolution, mentions, "w0", "Quaresvo") is _actor_of(resolution, mentions, "f1", "Tomas Quaresvo")


def test_a_titled_bare_name_is_the_office_holder_a_reader_knows():
    bare = "President Quaresvo met Jon Brask of Vale Athletic to talk about the new budget."
    mentions, texts = _corpus(bare)
    resolution = get_resolver("name-graph.v1")(mentions, (), texts=texts)
    assert _actor_of(resolution, mentions, "w0", "Quaresvo") is _actor_of(resolution, mentions, "f1", "Tomas Quaresvo")
