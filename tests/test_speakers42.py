"""Untagged speaking names, round 33 (issue 19, branch spk42): a capitalized name in a speaker
position that the model tagged nowhere becomes a mention when the document says its kind (a
full name elsewhere, a title, an apposed role or company noun); common nouns opening a sentence
("Analysts said") never do. Short fictional sentences written here; the helper is also tested on
hand-built parses so the outcome does not hang on what the statistical tagger happens to miss."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsgraph.mentions.rules import EntityRules
from newsgraph.mentions.spans import Candidate, WordStats
from newsgraph.mentions.untagged import SpeakerEvidence, untagged_speakers
from newsgraph.names import NameGender


@pytest.fixture(scope="module")
def evidence():
    return SpeakerEvidence.from_rules(EntityRules.from_data())


def _doc(nlp, words, tags, deps, heads, lemmas=None):
    """A parse written by hand: no entity, the given tags, dependencies and heads (token indexes)."""
    doc = Doc(nlp.vocab, words=words, spaces=[w not in (",", ".") and i + 1 < len(words) and words[i + 1] not in (",", ".")
                                              for i, w in enumerate(words)],
              tags=tags, deps=deps, heads=heads, lemmas=lemmas or [w.lower() for w in words],
              sent_starts=[i == 0 for i in range(len(words))])
    return doc


def _run(nlp, evidence, text_before: str, doc, found=()):
    """The helper on one chunk after ``text_before`` (a first line and context of the document)."""
    text = text_before + doc.text
    return untagged_speakers([(len(text_before), doc, doc.text)], text, evidence,
                             WordStats.from_docs([doc]), NameGender.from_data(), list(found), lambda _: 0)


def _said(name: str, tag: str = "NNP"):
    """"<name> said the deal was off ." parsed by hand."""
    words = [name, "said", "the", "deal", "was", "off", "."]
    return dict(words=words, tags=[tag, "VBD", "DT", "NN", "VBD", "RP", "."],
                deps=["nsubj", "ROOT", "det", "nsubj", "ccomp", "prt", "punct"],
                heads=[1, 1, 3, 4, 1, 4, 1], lemmas=[name, "say", "the", "deal", "be", "off", "."])


def test_a_surname_joins_a_full_name_written_elsewhere(nlp, evidence):
    doc = _doc(nlp, **_said("Quarembo"))
    added = _run(nlp, evidence, "Deal off\n\nTobias Quarembo led the talks for a year. ", doc)
    assert [(c.text, c.label) for c in added] == [("Tobias Quarembo", "PERSON"), ("Quarembo", "PERSON")]
    assert added[1].speaks


def test_a_surname_after_a_title_elsewhere_is_a_person(nlp, evidence):
    doc = _doc(nlp, **_said("Quarembo"))
    added = _run(nlp, evidence, "Deal off\n\nTalks with Dr Quarembo ended in May. ", doc)
    assert [(c.text, c.label) for c in added] == [("Quarembo", "PERSON")]


def test_a_company_noun_before_the_name_elsewhere_makes_a_body(nlp, evidence):
    doc = _doc(nlp, **_said("Zentrivo"))
    added = _run(nlp, evidence, "Deal off\n\nThe software firm Zentrivo made an offer. ", doc)
    assert [(c.text, c.label) for c in added] == [("Zentrivo", "ORG")]


def test_no_evidence_no_mention(nlp, evidence):
    doc = _doc(nlp, **_said("Zentrivo"))
    assert _run(nlp, evidence, "Deal off\n\nTalks ran for a year. ", doc) == []


def test_a_plural_common_noun_never_speaks_as_a_name(nlp, evidence):
    doc = _doc(nlp, **_said("Analysts", "NNS"))
    assert _run(nlp, evidence, "Deal off\n\nThe analysts firm Analysts ... Mr Analysts. ", doc) == []


def test_a_name_the_model_tagged_elsewhere_is_left_to_the_resolver(nlp, evidence):
    doc = _doc(nlp, **_said("Quarembo"))
    before = "Deal off\n\nTobias Quarembo led the talks for a year. "
    found = [Candidate(10, 25, "Tobias Quarembo", "ORG", 0)]
    assert _run(nlp, evidence, before, doc, found) == []


def test_a_headline_name_is_left_out(nlp, evidence):
    doc = _doc(nlp, **_said("Quarembo"))
    text = doc.text
    added = untagged_speakers([(0, doc, text)], text + "\n\nTobias Quarembo led the talks.", evidence,
                              WordStats.from_docs([doc]), NameGender.from_data(), [], lambda _: 0)
    assert added == []


def test_apposed_role_makes_a_two_word_name_a_person(analyze):
    # end to end: whichever step finds the name, the claim's speaker is the person
    result = analyze("Sales slip\n\nShop sales fell again in April. Irmelin Vasquor, deputy chief economist "
                     "at Halbrook Bank, said demand was weak.")
    claims = [c for c in result.claims if c.cue == "said"]
    assert claims and claims[0].speaker is not None
    assert result.mentions[claims[0].speaker].text == "Irmelin Vasquor"


def test_common_nouns_opening_sentences_stay_unlinked(analyze):
    result = analyze("Jobs data\n\nHiring slowed in May. Analysts said the growth was weak. "
                     "Officials said more jobs were coming. Critics say the figures are wrong.")
    assert all(c.speaker is None for c in result.claims)
    assert not any(m.text in ("Analysts", "Officials", "Critics") for m in result.mentions)


def _described(nlp, ents=None):
    """"Irmelin Vasquors , chief economist at Halbrook , said sales fell ." parsed by hand; the
    surname tagged a plural, the name optionally read as a work's title."""
    words = ["Irmelin", "Vasquors", ",", "chief", "economist", "at", "Halbrook", ",", "said", "sales", "fell", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[True, False, True, True, True, True, False, True, True, True, False, False],
              tags=["NNP", "NNPS", ",", "JJ", "NN", "IN", "NNP", ",", "VBD", "NNS", "VBD", "."],
              deps=["compound", "nsubj", "punct", "amod", "appos", "prep", "pobj", "punct", "ROOT", "nsubj",
                    "ccomp", "punct"],
              heads=[1, 8, 1, 4, 1, 4, 5, 1, 8, 10, 8, 8],
              lemmas=["Irmelin", "Vasquors", ",", "chief", "economist", "at", "Halbrook", ",", "say", "sale", "fall", "."],
              sent_starts=[i == 0 for i in range(len(words))], ents=ents)
    return doc


def test_an_apposed_role_makes_a_person_of_a_plural_tagged_surname(nlp, evidence):
    added = _run(nlp, evidence, "Sales fall\n\n", _described(nlp))
    assert [(c.text, c.label) for c in added] == [("Irmelin Vasquors", "PERSON")]


def test_an_apposed_role_takes_a_name_the_model_read_as_a_work(nlp, evidence):
    ents = ["B-WORK_OF_ART", "I-WORK_OF_ART"] + ["O"] * 10
    work = Candidate(12, 28, "Irmelin Vasquors", "WORK_OF_ART", 0)
    added = _run(nlp, evidence, "Sales fall\n\n", _described(nlp, ents), [work])
    assert [(c.text, c.label) for c in added] == [("Irmelin Vasquors", "PERSON")]
