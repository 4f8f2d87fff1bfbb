"""Round 28 (link26): an amount glued to a name is no part of it, on sentences written for
these tests."""

from __future__ import annotations


def _texts(result):
    return {m.text for m in result.mentions}


def test_an_amount_after_a_name_ends_it(analyze):
    texts = _texts(analyze("Last week a judge awarded Kessel 3bn pesos ($90m), saying the state owed it."))
    assert "Kessel" in texts
    assert not any("3bn" in t for t in texts)


def test_an_amount_before_a_people_word_is_dropped(analyze):
    texts = _texts(analyze("The group is worth 640bn Indian rupees, its owner said."))
    assert not any("640bn" in t for t in texts)


def test_a_bare_number_stays_in_a_name(analyze):
    texts = _texts(analyze("The drama moves from Radio 4 to a new slot in the spring, the BBC said."))
    assert "Radio 4" in texts
