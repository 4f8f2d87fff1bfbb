"""Round 38 of links (branch link25): a titled surname the story already gave one bearer keeps
that bearer when a second bearer of the surname is named in passing.
Sentences are invented for these tests."""

from __future__ import annotations

from newsgraph.mentions.linking import link_short_forms
from newsgraph.mentions.spans import Candidate
from newsgraph.names import NameGender, name_key


def _cand(text: str, words: str, label: str = "PERSON", at: int = 0, title: str = "") -> Candidate:
    start = text.index(words, at)
    sentence = text.count(". ", 0, start)  # the test sentences hold no other full stop
    return Candidate(start, start + len(words), words, label, sentence, title=title)


def _targets(text: str, cands: list[Candidate]) -> list[int]:
    return link_short_forms(cands, [name_key(c.text) for c in cands], NameGender.from_data(), text=text)


_TEXT = ("The minister Tom Kessel denied the claim. Mr Kessel said it was false. "
         "His adviser once worked for the mayor of Orrin, Ian Kessel, for six years. "
         "Mr Kessel hired him last spring. Mr Kessel will speak again on Monday.")


def _story() -> list[Candidate]:
    return [_cand(_TEXT, "Tom Kessel"),
            _cand(_TEXT, "Kessel", at=_TEXT.index("Kessel said"), title="Mr"),
            _cand(_TEXT, "Ian Kessel"),
            _cand(_TEXT, "Kessel", at=_TEXT.index("Kessel hired"), title="Mr"),
            _cand(_TEXT, "Kessel", at=_TEXT.index("Kessel will"), title="Mr")]


def test_a_titled_surname_keeps_the_bearer_the_story_gave_it():
    targets = _targets(_TEXT, _story())
    assert targets[1] == 0
    assert targets[3] == 0
    assert targets[4] == 0


def test_a_bare_surname_still_takes_the_most_recent_name():
    """Without a title the in-text rule stands: a sports report's "Kessel" after a second Kessel."""
    text = "Tom Kessel scored first. Kessel then limped off. Ian Kessel came on and Kessel scored twice."
    cands = [_cand(text, "Tom Kessel"), _cand(text, "Kessel", at=text.index("Kessel then")),
             _cand(text, "Ian Kessel"), _cand(text, "Kessel", at=text.index("Kessel scored twice"))]
    assert _targets(text, cands)[3] == 2


def test_a_first_titled_surname_takes_the_most_recent_name():
    """No earlier "Mr Kessel": the nearest full name before wins, as before."""
    text = "Tom Kessel retired in May. Ian Kessel, his cousin, took over. Mr Kessel said he was proud."
    cands = [_cand(text, "Tom Kessel"), _cand(text, "Ian Kessel"),
             _cand(text, "Kessel", at=text.index("Kessel said"), title="Mr")]
    assert _targets(text, cands)[2] == 1


def test_a_title_of_the_other_gender_does_not_carry_the_bearer():
    """"Mrs Kessel" named after "Mr Kessel" is not held to the man the story gave "Mr Kessel"."""
    text = ("Tom Kessel opened the shop. Mr Kessel said trade was good. Ann Kessel runs the till. "
            "Mrs Kessel said the queues were long.")
    cands = [_cand(text, "Tom Kessel"), _cand(text, "Kessel", at=text.index("Kessel said"), title="Mr"),
             _cand(text, "Ann Kessel"), _cand(text, "Kessel", at=text.index("Kessel said the"), title="Mrs")]
    assert _targets(text, cands)[3] == 2


def test_a_founder_s_surname_before_his_firm_s_name_is_the_firm():
    """"Tom Kessel, head of Kessel's Shop Advice Group": the possessive opens the firm's name."""
    text = "Sales were poor, said Tom Kessel, head of Kessel's Shop Advice Group, on Friday."
    cands = [_cand(text, "Tom Kessel"), _cand(text, "Kessel", "GPE", at=text.index("Kessel's")),
             _cand(text, "Shop Advice Group", "ORG")]
    assert _targets(text, cands) == [0, 2, 2]


def test_an_owner_s_possessive_keeps_the_person():
    """Titled ("Mr Kessel's Vaal Holdings") or with no bearer named in the sentence, the
    possessive is the owner: the surname keeps its person."""
    text = "Tom Kessel spoke first. Later Mr Kessel's Vaal Holdings bought it, and Kessel's Tamsk Group sold."
    cands = [_cand(text, "Tom Kessel"), _cand(text, "Kessel", at=text.index("Kessel's Vaal"), title="Mr"),
             _cand(text, "Vaal Holdings", "ORG"), _cand(text, "Kessel", at=text.index("Kessel's Tamsk")),
             _cand(text, "Tamsk Group", "ORG")]
    targets = _targets(text, cands)
    assert targets[1] == 0
    assert targets[3] == 0

