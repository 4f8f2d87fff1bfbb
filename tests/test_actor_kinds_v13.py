"""Actor kinds (issue 18, round 13): companies named like people, told by a trade's group noun
before the name or a chair after it. Sentences and names written for these tests."""

from __future__ import annotations

from newsgraph.mentions.rules import EntityRules
from newsgraph.mentions.spans import kind_cue


def _cue(nlp, sentence: str, name: str, label: str = "PERSON") -> str:
    doc = nlp(sentence)
    start = sentence.index(name)
    span = doc.char_span(start, start + len(name))
    return kind_cue(span, label, False, EntityRules.from_data(), None)


def test_a_trade_group_before_a_persons_name_is_a_company_cue(nlp):
    assert _cue(nlp, "Garden tools group Martin Brevik has agreed to pay its former staff.", "Martin Brevik") == "ORG"


def test_a_band_before_a_persons_name_is_no_company_cue(nlp):
    assert _cue(nlp, "The rock group Martin Brevik founded played in Tamsk on Friday.", "Martin Brevik") != "ORG"


def test_a_group_after_an_adjective_is_no_company_cue(nlp):
    assert _cue(nlp, "She joined the same group Martin Brevik trained with last year.", "Martin Brevik") != "ORG"


def test_a_chairwoman_after_a_persons_name_is_a_company_cue(nlp):
    assert _cue(nlp, "Martin Brevik chairwoman Ann Solvay said the deal was fair.", "Martin Brevik") == "ORG"


def test_the_chairwoman_herself_keeps_her_person_cue(nlp):
    sentence = "Ann Solvay, chairwoman of Martin Brevik, said the deal was fair."
    assert _cue(nlp, sentence, "Ann Solvay") == "PERSON"


def test_a_record_labels_name_tagged_a_person_is_a_group():
    from newsgraph.mentions.spans import relabel

    rules = EntityRules.from_data()
    for name in ("Brevik Records", "Tamsk Breweries"):
        assert relabel(type("S", (), {"text": name})(), "PERSON", rules) == "ORG"
