"""Round 45 of links (branch link34): a one-word mention the model cut out of a longer written
name its actor bears, whose longer span would cover another mention the model tagged beside it
("Monday" of "the Monday Ledger Mr X" with "Ledger Mr" tagged too; "NCB" of "NCB Norland Sport"
with "Norland Sport" tagged too), keeps its span but is no alias of the actor: alone the word
names another bearer (a weekday, the parent corporation). Sentences and names are invented."""

from __future__ import annotations

from mention_helpers import cut_mention, mentions_in, resolve_texts

from newsgraph.model import Mention
from newsgraph.names import name_key


def _index(mentions: list[Mention], doc: str, start: int) -> int:
    return next(i for i, m in enumerate(mentions) if m.doc == doc and m.start == start)


def _actor_of(result, i: int):
    return next(a for a in result.actors if a.id == result.actor_of_mention[i])


def _tagged(doc: str, text: str, name: str, label: str) -> Mention:
    at = text.index(name)
    return Mention(doc=doc, start=at, end=at + len(name), text=name, label=label, key=name_key(name),
                   full_name=name, sentence=0)


_PAPER = {"a": "The Monday Ledger said the minister would resign. The Monday Ledger has a new editor.",
          "b": "A party source told the Monday Ledger Mr Tarrow would lead the campaign."}


def _paper_mentions() -> list[Mention]:
    return (mentions_in("a", _PAPER["a"], {"Monday Ledger": "OUTLET"})
            + [cut_mention("b", _PAPER["b"], "Monday", 0, "Monday Ledger", "ORG"),
               _tagged("b", _PAPER["b"], "Ledger Mr", "OUTLET"), _tagged("b", _PAPER["b"], "Tarrow", "PERSON")])


def test_a_cut_weekday_of_a_paper_is_no_alias():
    mentions = _paper_mentions()
    result = resolve_texts(mentions, _PAPER)
    i = _index(mentions, "b", _PAPER["b"].index("Monday"))
    actor = _actor_of(result, i)
    assert actor.name == "Monday Ledger"
    assert "Monday" not in actor.aliases


def test_the_blocked_cut_word_keeps_its_span_and_its_actor():
    """The span is not widened over the other mention; the mention stays with the paper."""
    mentions = _paper_mentions()
    result = resolve_texts(mentions, _PAPER)
    i = _index(mentions, "b", _PAPER["b"].index("Monday"))
    j = _index(mentions, "a", 4)
    assert i not in result.spans
    assert result.actor_of_mention[i] == result.actor_of_mention[j]


_SPORT = {"a": "NCB Norland broadcast the match. NCB Norland said the final drew a record audience.",
          "b": "\"We were poor,\" the coach told NCB Norland Sport after the defeat."}


def test_a_corporation_word_cut_from_its_branch_s_desk_is_no_alias():
    mentions = (mentions_in("a", _SPORT["a"], {"NCB Norland": "OUTLET"})
                + [cut_mention("b", _SPORT["b"], "NCB", 0, "NCB Norland", "OUTLET"),
                   _tagged("b", _SPORT["b"], "Norland Sport", "OUTLET")])
    result = resolve_texts(mentions, _SPORT)
    i = _index(mentions, "b", _SPORT["b"].index("NCB"))
    actor = _actor_of(result, i)
    assert actor.name == "NCB Norland"
    assert "NCB" not in actor.aliases


def test_the_word_written_alone_elsewhere_for_the_actor_keeps_the_alias():
    """A story that writes the bare word alone for the paper keeps it as an alias."""
    texts = dict(_PAPER, c="The Monday Ledger ran the story first. Monday, as staff call it, sold out.")
    mentions = (_paper_mentions() + mentions_in("c", texts["c"], {"Monday Ledger": "OUTLET"})[:1]
                + [cut_mention("c", texts["c"], "Monday", 1, "Monday Ledger", "OUTLET")])
    result = resolve_texts(mentions, texts)
    i = _index(mentions, "b", texts["b"].index("Monday"))
    assert "Monday" in _actor_of(result, i).aliases


def test_a_cut_word_clear_of_other_mentions_is_still_widened():
    """Round 42's widening stands: no mention beside it, the span takes the longer name."""
    texts = {"a": "South Norland signed the treaty with its neighbours on Monday.",
             "b": "Exports from South Norland's farms rose by a fifth last year."}
    mentions = (mentions_in("a", texts["a"], {"South Norland": "GPE"})
                + [cut_mention("b", texts["b"], "Norland", 0, "South Norland", "GPE")])
    result = resolve_texts(mentions, texts)
    i = _index(mentions, "b", texts["b"].index("Norland"))
    start = texts["b"].index("South Norland")
    assert result.spans[i] == (start, start + len("South Norland"), "South Norland")
    assert "Norland" not in _actor_of(result, i).aliases
