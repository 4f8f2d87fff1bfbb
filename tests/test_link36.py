"""Round 46 of links (branch link36): a bare body head ("the Council") is not guessed to be the
one name of the story that closes on it when the story also names a body after the same head
("the Council of Elders"); a country's name the model tagged a person is no given name of the
one "full name" opening with it (a firm named after the country, "<Country> Hats"). Sentences
and names are invented; the countries are the table's."""

from __future__ import annotations

from newsgraph.mentions.linking import link_short_forms
from newsgraph.mentions.spans import Candidate
from newsgraph.names import name_key


def _cand(text: str, words: str, label: str, at: int = 0) -> Candidate:
    start = text.index(words, at)
    return Candidate(start, start + len(words), words, label, 0)


def _targets(text: str, cands: list[Candidate]) -> list[int]:
    return link_short_forms(cands, [name_key(c.text) for c in cands], text=text)


_TWO_COUNCILS = ("The Council of Elders will vote first. The league asked the Council to wait "
                 "until the Northern Council had met.")


def test_a_bare_head_is_not_guessed_when_a_body_is_named_after_the_same_head():
    cands = [_cand(_TWO_COUNCILS, "Council of Elders", "ORG"),
             _cand(_TWO_COUNCILS, "Council", "ORG", at=_TWO_COUNCILS.index("the Council") + 4),
             _cand(_TWO_COUNCILS, "Northern Council", "ORG")]
    assert _targets(_TWO_COUNCILS, cands)[1] == 1


def test_a_bare_head_written_after_both_bodies_is_not_guessed_either():
    text = "The Northern Council met the Court of Claims. The Court said the Northern Court was wrong."
    cands = [_cand(text, "Northern Council", "ORG"), _cand(text, "Court of Claims", "ORG"),
             _cand(text, "Court", "ORG", at=text.index("The Court") + 4), _cand(text, "Northern Court", "ORG")]
    assert _targets(text, cands)[2] == 2


def test_a_bare_head_still_joins_the_one_body_that_closes_on_it():
    """Guard: a body named after another head ("Board of Trade") is no rival of "the Council"."""
    text = "The Board of Trade wrote to the Northern Council. The Council said it would reply."
    cands = [_cand(text, "Board of Trade", "ORG"), _cand(text, "Northern Council", "ORG"),
             _cand(text, "Council", "ORG", at=text.index("The Council") + 4)]
    assert _targets(text, cands)[2] == 1


def test_a_head_word_that_opens_a_firm_s_name_is_no_rival():
    """Guard: "of" must follow the head itself; a firm whose name opens on the head
    ("Council Housing Group") is no body named after it."""
    text = "Council Housing Group sold flats. The Northern Council approved it. The Council met."
    cands = [_cand(text, "Council Housing Group", "ORG"), _cand(text, "Northern Council", "ORG"),
             _cand(text, "Council", "ORG", at=text.index("The Council") + 4)]
    assert _targets(text, cands)[2] == 1


def _country_corpus(bare: str, full: str) -> tuple[str, str]:
    """Four stories naming a firm "<full>" (tagged a person) beside two firms, and a story that
    names ``bare`` (tagged a person) beside the same two firms."""
    from test_resolution_links9 import _mention
    from newsgraph.resolve import get_resolver
    mentions = []
    for i in range(4):
        mentions += [_mention(f"d{i}", full), _mention(f"d{i}", "Tamsk Weaving", "ORG", start=40),
                     _mention(f"d{i}", "Vaal Textiles", "ORG", start=60)]
    mentions += [_mention("b", bare), _mention("b", "Tamsk Weaving", "ORG", start=40),
                 _mention("b", "Vaal Textiles", "ORG", start=60)]
    actors = get_resolver("name-graph.v1")(mentions, ()).actor_of_mention
    return actors[0], actors[-3]


def test_a_country_tagged_a_person_is_no_given_name_of_a_firm_named_after_it():
    firm, country = _country_corpus("Eritrea", "Eritrea Hats")
    assert firm != country


def test_a_given_name_alone_still_joins_the_full_name_opening_with_it():
    """Guard: the same corpus with a given name that names no country."""
    full, bare = _country_corpus("Rafael", "Rafael Kessel")
    assert full == bare
