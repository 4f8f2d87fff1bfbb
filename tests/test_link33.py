"""Round 44 of links (branch link33): a one-word name right before a drink's noun ("Kessel
lager") is the drink's brand there, never a short form of a longer group name the same story
gives ("Kessel Airways"). Sentences and names are invented for these tests."""

from __future__ import annotations

from newsgraph.mentions.linking import link_short_forms
from newsgraph.mentions.spans import Candidate
from newsgraph.names import NameGender, name_key


def _cand(text: str, words: str, label: str = "ORG", at: int = 0) -> Candidate:
    start = text.index(words, at)
    sentence = text.count(". ", 0, start)  # the test sentences hold no other full stop
    return Candidate(start, start + len(words), words, label, sentence)


def _targets(text: str, cands: list[Candidate]) -> list[int]:
    return link_short_forms(cands, [name_key(c.text) for c in cands], NameGender.from_data(), text=text)


def test_a_lager_brand_is_not_the_airline_of_the_same_word():
    text = ("Tamsk Brewing makes the popular Vessa lager brand. "
            "Its owner also runs Vessa Airways, a young carrier.")
    cands = [_cand(text, "Tamsk Brewing"), _cand(text, "Vessa"), _cand(text, "Vessa Airways")]
    assert _targets(text, cands)[1] == 1


def test_a_beer_brand_is_not_the_firm_of_the_same_word():
    text = "Brevik Holdings rose on Monday. Sales of Brevik beer fell in the north."
    cands = [_cand(text, "Brevik Holdings"), _cand(text, "Brevik", at=text.index("Brevik beer"))]
    assert _targets(text, cands)[1] == 1


def test_the_same_word_alone_still_stands_for_the_airline():
    """Guard: with no drink's noun after it the lone word keeps its group's long name."""
    text = "Passengers praised Vessa Airways this year. Vessa said it would add routes."
    cands = [_cand(text, "Vessa Airways"), _cand(text, "Vessa", at=text.index("Vessa said"))]
    assert _targets(text, cands)[1] == 0


def test_a_drink_noun_further_on_is_no_cue():
    """Guard: only the word right after the name counts ("Vessa said the lager ...")."""
    text = "Passengers praised Vessa Airways this year. Vessa sold its lager arm."
    cands = [_cand(text, "Vessa Airways"), _cand(text, "Vessa", at=text.index("Vessa sold"))]
    assert _targets(text, cands)[1] == 0


def test_the_brand_s_next_bare_mention_stays_with_the_brand():
    """The airline is named only after the second bare word: the brand read first keeps it."""
    text = ("Drinkers like Vessa lager in the south. Vessa has a third of the market. "
            "The brewer also owns Vessa Airways, a young carrier.")
    cands = [_cand(text, "Vessa"), _cand(text, "Vessa", at=text.index("Vessa has")),
             _cand(text, "Vessa Airways")]
    assert _targets(text, cands)[1] == 0


def test_a_bare_word_after_the_airline_is_named_keeps_the_airline():
    """Guard: once the longer name is written, a later bare word is its short form again."""
    text = ("Drinkers like Vessa lager in the south. The brewer also owns Vessa Airways, "
            "a young carrier. Vessa said it would add routes.")
    cands = [_cand(text, "Vessa"), _cand(text, "Vessa Airways"),
             _cand(text, "Vessa", at=text.index("Vessa said"))]
    assert _targets(text, cands)[2] == 1
