"""Round 42 of links (branch link31): a one-word mention the model cut out of a longer written
name its actor bears is written with that name's span, so the cut word ("Africa" of "South
Africa", "York" of "New York Senator") is no alias of the actor. Sentences and names are invented."""

from __future__ import annotations

from mention_helpers import cut_mention, mentions_in, resolve_texts

from newsgraph.model import Mention
from newsgraph.names import name_key


def _index(mentions: list[Mention], doc: str, start: int) -> int:
    return next(i for i, m in enumerate(mentions) if m.doc == doc and m.start == start)


def _actor_named(result, actor_id: str):
    return next(a for a in result.actors if a.id == actor_id)


def test_a_cut_country_name_takes_the_written_span_and_leaves_no_alias():
    texts = {"a": "South Norland signed the treaty with its neighbours on Monday.",
             "b": "Exports from South Norland's farms rose by a fifth last year, officials said."}
    mentions = (mentions_in("a", texts["a"], {"South Norland": "GPE"})
                + [cut_mention("b", texts["b"], "Norland", 0, "Norland", "GPE")])
    result = resolve_texts(mentions, texts)
    i = _index(mentions, "b", texts["b"].index("Norland"))
    start = texts["b"].index("South Norland")
    assert result.spans[i] == (start, start + len("South Norland"), "South Norland")
    actor = _actor_named(result, result.actor_of_mention[i])
    assert actor.name == "South Norland"
    assert "Norland" not in actor.aliases


def test_a_cut_word_before_a_title_takes_the_city_the_story_names():
    """"Vark" of "New Vark Senator", linked in its story to "New Vark"."""
    text = "New Vark was quiet on Friday. New Vark Senator Ada Brell said the inquiry would go on."
    mentions = (mentions_in("a", text, {"New Vark": "GPE", "Ada Brell": "PERSON"})[:1]
                + [cut_mention("a", text, "Vark", 1, "New Vark", "GPE")]
                + [m for m in mentions_in("a", text, {"Ada Brell": "PERSON"})])
    result = resolve_texts(mentions, {"a": text})
    i = _index(mentions, "a", text.index("Vark Senator"))
    start = text.index("New Vark Senator")
    assert result.spans[i] == (start, start + len("New Vark"), "New Vark")
    assert "Vark" not in _actor_named(result, result.actor_of_mention[i]).aliases


def test_a_bare_word_written_alone_keeps_its_alias():
    """Another mention written "Norland" alone keeps the alias; only the cut one is widened."""
    texts = {"a": "South Norland signed the treaty. Norland, as locals call it, was pleased.",
             "b": "Exports from South Norland's farms rose by a fifth last year."}
    mentions = (mentions_in("a", texts["a"], {"South Norland": "GPE"})
                + [cut_mention("a", texts["a"], "Norland", 1, "South Norland", "GPE")]
                + [cut_mention("b", texts["b"], "Norland", 0, "Norland", "GPE")])
    result = resolve_texts(mentions, texts)
    j = _index(mentions, "a", texts["a"].index("Norland,"))
    assert j not in result.spans
    assert "Norland" in _actor_named(result, result.actor_of_mention[j]).aliases


def test_a_title_before_a_surname_is_not_taken_into_the_span():
    text = "Mira Vale won the prize. Mr Vale said she would retire next year."
    mentions = (mentions_in("a", text, {"Mira Vale": "PERSON"})
                + [cut_mention("a", text, "Vale", 1, "Mira Vale", "PERSON")])
    result = resolve_texts(mentions, {"a": text})
    assert _index(mentions, "a", text.index("Mr Vale") + 3) not in result.spans


def test_a_longer_name_another_actor_bears_is_not_taken():
    """"Norland" beside "Bank" where the mention's actor is the country, not the bank."""
    texts = {"a": "Norland Bank raised its rates. The Norland Bank board met.",
             "b": "Norland signed the treaty with its neighbours."}
    mentions = (mentions_in("a", texts["a"], {"Norland Bank": "ORG"})[:1]
                + [Mention(doc="a", start=texts["a"].index("Norland Bank board"),
                           end=texts["a"].index("Norland Bank board") + 7, text="Norland", label="GPE",
                           key="norland", full_name="Norland", sentence=1)]
                + mentions_in("b", texts["b"], {"Norland": "GPE"}))
    result = resolve_texts(mentions, texts)
    i = _index(mentions, "a", texts["a"].index("Norland Bank board"))
    actor = _actor_named(result, result.actor_of_mention[i])
    if actor.name != "Norland Bank":
        assert i not in result.spans


def test_the_graph_writes_the_widened_span():
    from newsgraph.graph import _mention_record
    m = Mention(doc="a", start=6, end=13, text="Norland", label="GPE", key="south norland",
                full_name="South Norland", sentence=0)
    record = _mention_record(m, "south-norland", (0, 13, "South Norland"))
    assert (record["start"], record["end"], record["text"]) == (0, 13, "South Norland")
    assert _mention_record(m, "south-norland", None)["text"] == "Norland"


def _linked(doc: str, text: str, word: str, occurrence: int, full: str) -> Mention:
    return cut_mention(doc, text, word, occurrence, full, "PERSON")


def _person(doc: str, text: str, name: str) -> Mention:
    at = text.index(name)
    return Mention(doc=doc, start=at, end=at + len(name), text=name, label="PERSON", key=name_key(name),
                   full_name=name, sentence=0)


def test_a_son_named_before_a_namesake_is_not_the_namesake():
    """"his son Tobin" of Mr Harlow's speech is not the student Tobin Quayle named later."""
    text = ("Mr Harlow spoke for an hour. He had been introduced by his son Tobin, a young teacher. "
            "Later a student, Tobin Quayle, asked him about fees.")
    mentions = [_person("a", text, "Harlow"), _linked("a", text, "Tobin", 0, "Tobin Quayle"),
                _person("a", text, "Tobin Quayle")]
    result = resolve_texts(mentions, {"a": text})
    assert result.actor_of_mention[1] != result.actor_of_mention[2]


def test_a_brother_of_the_family_named_before_keeps_the_link():
    """"Mr Dorrel and his brother Ansel" of "Ansel Dorrel": the surname comes first."""
    text = ("The feud between Mr Dorrel and his brother Ansel went on. Ansel Dorrel runs the other half "
            "of the firm.")
    mentions = [_person("a", text, "Dorrel"), _linked("a", text, "Ansel", 0, "Ansel Dorrel"),
                _person("a", text, "Ansel Dorrel")]
    result = resolve_texts(mentions, {"a": text})
    assert result.actor_of_mention[1] == result.actor_of_mention[2]


def test_a_given_name_without_a_family_noun_keeps_the_link():
    text = "The chairman thanked Tobin, a young teacher. Tobin Quayle said the school would grow."
    mentions = [_linked("a", text, "Tobin", 0, "Tobin Quayle"), _person("a", text, "Tobin Quayle")]
    result = resolve_texts(mentions, {"a": text})
    assert result.actor_of_mention[0] == result.actor_of_mention[1]
