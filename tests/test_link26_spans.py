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


def test_a_plan_named_after_a_firm_does_not_take_the_firms_acronym(analyze):
    result = analyze("KT offers cheap calls\n\nKT is offering customers cheap calls this winter. To qualify, "
                     "users must be signed up to the KT Together package, the firm said. "
                     "KT hopes the offer will win new users.")
    keys = {m.key for m in result.mentions if m.text == "KT"}
    assert keys == {"kt"}


def test_an_acronym_still_spells_out_a_name_of_other_words():
    from newsgraph.mentions.linking import _spelled_by_initials

    assert _spelled_by_initials("KDF", "Kessel Defence Force")
    assert not _spelled_by_initials("KT", "KT Together")
