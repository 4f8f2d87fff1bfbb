"""Round 40 of links (branch link28): a one-word name the model cut out of a longer written name
is that longer name, never the short form of another actor ending or opening with the word; an
"A/B" name of two bearers is the full name of neither. Sentences and names are invented."""

from __future__ import annotations

from mention_helpers import cut_mention, mentions_in, resolve_docs, resolve_texts

from newsgraph.model import Mention
from newsgraph.resolve.fragments import FragmentWords, slash_pair, written_around


def _actor(result, mentions: list[Mention], doc: str, start: int) -> str:
    return next(a for m, a in zip(mentions, result.actor_of_mention) if m.doc == doc and m.start == start)


def test_a_cut_name_joins_the_longer_name_the_corpus_tags_whole():
    texts = {"a": "South Norland signed the treaty with its neighbours on Monday.",
             "b": "Exports from South Norland rose by a fifth last year, officials said.",
             "c": "Norland is the larger country, and its ministers met in the capital."}
    mentions = (mentions_in("a", texts["a"], {"South Norland": "GPE"})
                + [cut_mention("b", texts["b"], "Norland", 0, "Norland", "GPE")]
                + mentions_in("c", texts["c"], {"Norland": "GPE"}))
    result = resolve_texts(mentions, texts)
    cut = _actor(result, mentions, "b", texts["b"].index("Norland"))
    assert cut == _actor(result, mentions, "a", 0)
    assert cut != _actor(result, mentions, "c", 0)


def test_a_cut_name_is_not_the_other_contest_its_story_named():
    """"Star" of "Quill Star" is not the story's "Pen Star"."""
    text = ("The Pen Star contest made its makers rich. Now the inaugural Quill Star prize has gone to "
            "a poet from the coast, who read aloud from her book.")
    mentions = (mentions_in("a", text, {"Pen Star": "ORG"})
                + [cut_mention("a", text, "Star", 1, "Pen Star", "PERSON")])
    result = resolve_texts(mentions, {"a": text})
    assert _actor(result, mentions, "a", text.index("Quill Star") + 6) != _actor(result, mentions, "a", 4)


def test_a_role_word_before_a_surname_is_no_part_of_the_name():
    text = "Actress Vale wins stage award\n\nThe actress Mira Vale won the prize for her role on Friday."
    mentions = (mentions_in("a", text, {"Mira Vale": "PERSON"})
                + [cut_mention("a", text, "Vale", 0, "Mira Vale", "PERSON")])
    result = resolve_texts(mentions, {"a": text})
    assert _actor(result, mentions, "a", 8) == _actor(result, mentions, "a", text.index("Mira Vale"))


def test_a_sentence_opener_is_no_part_of_the_name():
    text = "Mira Vale won the prize. But Vale said she would retire next year."
    mentions = (mentions_in("a", text, {"Mira Vale": "PERSON"})
                + [cut_mention("a", text, "Vale", 1, "Mira Vale", "PERSON")])
    result = resolve_texts(mentions, {"a": text})
    assert _actor(result, mentions, "a", text.index("But Vale") + 4) == _actor(result, mentions, "a", 0)


def test_a_slash_pair_is_the_full_name_of_neither_side():
    """A tie "Ashby/Kelton" (to be decided) names two clubs: a bare "Kelton" is the club."""
    fixtures = "Dunmore v Ashby/Kelton\n\nKelton won the replay at home."
    report = "Kelton beat their rivals at home on Saturday, and the manager said the side was strong."
    texts = {"a": fixtures, "b": report}
    mentions = (mentions_in("a", fixtures, {"Dunmore": "ORG", "Ashby/Kelton": "ORG"})
                + [cut_mention("a", fixtures, "Kelton", 1, "Ashby/Kelton", "ORG")]
                + [Mention(doc="b", start=0, end=6, text="Kelton", label="ORG", key="kelton", full_name="Kelton",
                           sentence=0)])
    result = resolve_texts(mentions, texts)
    pair = _actor(result, mentions, "a", fixtures.index("Ashby/Kelton"))
    bare = _actor(result, mentions, "a", fixtures.index("\nKelton") + 1)
    assert bare != pair
    assert _actor(result, mentions, "b", 0) != pair


def test_written_around_reads_the_words_beside_a_name():
    words = FragmentWords.from_data()
    text = "On Friday Kessel met the Lit Kessel panel and Actress Kessel."
    assert written_around(text, 10, 16, words) == []  # a day is no part of a name
    at = text.index("Lit Kessel") + 4
    assert [longer for longer, _ in written_around(text, at, at + 6, words)] == ["Lit Kessel"]
    at = text.index("Actress Kessel") + 8
    assert written_around(text, at, at + 6, words) == []


def test_slash_pairs():
    assert slash_pair("Ashby/Kelton") == ("Ashby", "Kelton")
    assert slash_pair("Ashby Town/Kelton Rovers") == ("Ashby Town", "Kelton Rovers")
    assert slash_pair("Kelton") is None
    assert slash_pair("HIV/aids") is None


COMMON = ("The universal charger fits a universal socket, and universal access is promised. The brown "
          "box and the brown bag sat on a brown table.")


def test_a_common_word_a_firm_shares_is_another_bearer_when_the_story_calls_the_firm_by_its_first_word():
    """"Universal" is the film studio of another story, not "Varnell Universal", which the
    story calls "Varnell"."""
    text = ("Varnell Universal, the media group, said profits grew. Shares in Varnell rose. "
            "Universal, a film studio, backs the rival disc format.")
    studio = "Universal released the comedy on Friday, the film studio said."
    texts = {"a": text, "b": studio, "c": COMMON}
    mentions = (mentions_in("a", text, {"Varnell Universal": "PERSON"})
                + [cut_mention("a", text, "Varnell", 1, "Varnell Universal", "PERSON"),
                   cut_mention("a", text, "Universal", 1, "Varnell Universal", "PERSON")]
                + mentions_in("b", studio, {"Universal": "ORG"}))
    result = resolve_texts(mentions, texts)
    bare = _actor(result, mentions, "a", text.index(". Universal") + 2)
    assert bare != _actor(result, mentions, "a", 0)
    assert bare == _actor(result, mentions, "b", 0)
    assert _actor(result, mentions, "a", text.index("in Varnell") + 3) == _actor(result, mentions, "a", 0)


def test_a_person_s_surname_keeps_its_link_though_the_given_name_stands_alone():
    text = "Gordon Brown set out the budget. Gordon, as colleagues call him, smiled. Brown said growth was strong."
    texts = {"a": text, "c": COMMON}
    mentions = (mentions_in("a", text, {"Gordon Brown": "PERSON"})
                + [cut_mention("a", text, "Gordon", 1, "Gordon Brown", "PERSON"),
                   cut_mention("a", text, "Brown", 1, "Gordon Brown", "PERSON")])
    result = resolve_texts(mentions, texts)
    assert _actor(result, mentions, "a", text.index("Brown said")) == _actor(result, mentions, "a", 0)
