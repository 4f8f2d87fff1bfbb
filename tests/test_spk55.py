"""Speaking names with no mention where they speak, round 39 (branch spk55): a one-word body the
model tagged elsewhere in the document but not in the speaker's words ("Vaal said" after "the
Vaal index"), a name apposed to a speaker's noun ("market analysts Vaal predicts"), the subject of
a saying verb joined to its first verb ("Vaal has charted X and says"), and the subject of a
finding ("monitoring firm Vaal found"). Short fictional sentences written here, parsed by hand so
the outcome does not hang on what the statistical tagger happens to miss."""

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


def _doc(nlp, words, tags, deps, heads, lemmas):
    """A parse written by hand: no entity, the given tags, dependencies, heads and lemmas."""
    spaces = [i + 1 < len(words) and words[i + 1] not in (",", ".") for i in range(len(words))]
    return Doc(nlp.vocab, words=words, spaces=spaces, tags=tags, deps=deps, heads=heads, lemmas=lemmas,
               pos=[_POS.get(tag, "X") for tag in tags], sent_starts=[i == 0 for i in range(len(words))])


_POS = {"NNP": "PROPN", "NN": "NOUN", "NNS": "NOUN", "VBD": "VERB", "VBZ": "VERB", "VBN": "VERB",
        "DT": "DET", "JJ": "ADJ", "CC": "CCONJ", ".": "PUNCT", ",": "PUNCT", "IN": "ADP", "RP": "ADP"}


def _run(nlp, evidence, text_before: str, doc, found=()):
    """The helper on one chunk after ``text_before`` (a first line and context of the document)."""
    text = text_before + doc.text
    return untagged_speakers([(len(text_before), doc, doc.text)], text, evidence,
                             WordStats.from_docs([doc]), NameGender.from_data(), list(found), lambda _: 0)


def _said(name: str):
    """"<name> said the deal was off ." parsed by hand."""
    return dict(words=[name, "said", "the", "deal", "was", "off", "."],
                tags=["NNP", "VBD", "DT", "NN", "VBD", "RP", "."],
                deps=["nsubj", "ROOT", "det", "nsubj", "ccomp", "prt", "punct"],
                heads=[1, 1, 3, 4, 1, 4, 1], lemmas=[name, "say", "the", "deal", "be", "off", "."])


def test_a_one_word_body_tagged_elsewhere_speaks_where_the_model_missed_it(nlp, evidence):
    before = "Deal off\n\nThe Zentrivo index rose in May. "
    found = [Candidate(14, 22, "Zentrivo", "ORG", 0)]
    added = _run(nlp, evidence, before, _doc(nlp, **_said("Zentrivo")), found)
    assert [(c.text, c.label, c.start) for c in added] == [("Zentrivo", "ORG", len(before))]
    assert added[0].speaks


def test_a_word_tagged_a_body_and_a_place_is_left_to_the_resolver(nlp, evidence):
    before = "Deal off\n\nThe Zentrivo index rose in Zentrivo in May. "
    found = [Candidate(14, 22, "Zentrivo", "ORG", 0), Candidate(39, 47, "Zentrivo", "GPE", 0)]
    assert _run(nlp, evidence, before, _doc(nlp, **_said("Zentrivo")), found) == []


def test_a_word_tagged_only_inside_a_longer_name_is_no_one_word_body(nlp, evidence):
    before = "Deal off\n\nZentrivo Holdings grew in May. "
    found = [Candidate(10, 27, "Zentrivo Holdings", "ORG", 0)]
    assert _run(nlp, evidence, before, _doc(nlp, **_said("Zentrivo")), found) == []


def test_a_name_apposed_to_a_speaking_plural_with_a_body_noun_is_a_body(nlp, evidence):
    # "Market analysts Quarembo predicts sales will fall ."
    doc = _doc(nlp, words=["Market", "analysts", "Quarembo", "predicts", "sales", "will", "fall", "."],
               tags=["NN", "NNS", "NNP", "VBZ", "NNS", "MD", "VB", "."],
               deps=["compound", "nsubj", "appos", "ROOT", "nsubj", "aux", "ccomp", "punct"],
               heads=[1, 3, 1, 3, 6, 6, 3, 3],
               lemmas=["market", "analyst", "Quarembo", "predict", "sale", "will", "fall", "."])
    added = _run(nlp, evidence, "Sales fall\n\nShops had a bad May. ", doc)
    assert [(c.text, c.label) for c in added] == [("Quarembo", "ORG")]


def test_the_subject_of_a_joined_saying_verb_speaks(nlp, evidence):
    # "Research firm Quarembo has charted the trend and says it will go on ."
    words = ["Research", "firm", "Quarembo", "has", "charted", "the", "trend", "and", "says", "it", "will", "go",
             "on", "."]
    doc = _doc(nlp, words=words,
               tags=["NN", "NN", "NNP", "VBZ", "VBN", "DT", "NN", "CC", "VBZ", "PRP", "MD", "VB", "RP", "."],
               deps=["compound", "compound", "nsubj", "aux", "ROOT", "det", "dobj", "cc", "conj", "nsubj", "aux",
                     "ccomp", "prt", "punct"],
               heads=[1, 2, 4, 4, 4, 6, 4, 4, 4, 11, 11, 8, 11, 4],
               lemmas=["research", "firm", "Quarembo", "have", "chart", "the", "trend", "and", "say", "it", "will",
                       "go", "on", "."])
    added = _run(nlp, evidence, "Web use\n\nMore people are online. ", doc)
    assert [(c.text, c.label) for c in added] == [("Quarembo", "ORG")]


def test_the_subject_of_a_finding_with_a_firm_noun_is_a_body(nlp, evidence):
    # "Monitoring firm Quarembo found the sites were slow ."
    doc = _doc(nlp, words=["Monitoring", "firm", "Quarembo", "found", "the", "sites", "were", "slow", "."],
               tags=["NN", "NN", "NNP", "VBD", "DT", "NNS", "VBD", "JJ", "."],
               deps=["compound", "compound", "nsubj", "ROOT", "det", "nsubj", "ccomp", "acomp", "punct"],
               heads=[1, 2, 3, 3, 5, 6, 3, 6, 3],
               lemmas=["monitoring", "firm", "Quarembo", "find", "the", "site", "be", "slow", "."])
    added = _run(nlp, evidence, "Spam war\n\nThe plan drew fire. ", doc)
    assert [(c.text, c.label) for c in added] == [("Quarembo", "ORG")]


def test_a_finding_without_evidence_of_kind_adds_nothing(nlp, evidence):
    # "Quarembo found the sites were slow ." with nothing that says what Quarembo is
    doc = _doc(nlp, words=["Quarembo", "found", "the", "sites", "were", "slow", "."],
               tags=["NNP", "VBD", "DT", "NNS", "VBD", "JJ", "."],
               deps=["nsubj", "ROOT", "det", "nsubj", "ccomp", "acomp", "punct"],
               heads=[1, 1, 3, 4, 1, 4, 1],
               lemmas=["Quarembo", "find", "the", "site", "be", "slow", "."])
    assert _run(nlp, evidence, "Spam war\n\nThe plan drew fire. ", doc) == []


def test_an_apposed_name_of_a_plain_plural_without_a_body_noun_adds_nothing(nlp, evidence):
    # "Fans Quarembo said the game was dull ." : "fans" says nothing of what the name is
    doc = _doc(nlp, words=["Fans", "Quarembo", "said", "the", "game", "was", "dull", "."],
               tags=["NNS", "NNP", "VBD", "DT", "NN", "VBD", "JJ", "."],
               deps=["nsubj", "appos", "ROOT", "det", "nsubj", "ccomp", "acomp", "punct"],
               heads=[2, 0, 2, 4, 5, 2, 5, 2],
               lemmas=["fan", "Quarembo", "say", "the", "game", "be", "dull", "."])
    assert _run(nlp, evidence, "Match\n\nThe game ended 0-0. ", doc) == []


def test_a_one_word_body_speaking_after_a_capitalized_word_is_left_out(nlp, evidence):
    # "Lord Zentrivo said the deal was off ." : a title or a longer name, not the body's repeat
    before = "Deal off\n\nThe Zentrivo index rose in May. "
    found = [Candidate(14, 22, "Zentrivo", "ORG", 0)]
    doc = _doc(nlp, words=["Lord", "Zentrivo", "said", "the", "deal", "was", "off", "."],
               tags=["NNP", "NNP", "VBD", "DT", "NN", "VBD", "RP", "."],
               deps=["compound", "nsubj", "ROOT", "det", "nsubj", "ccomp", "prt", "punct"],
               heads=[1, 2, 2, 4, 5, 2, 5, 2], lemmas=["Lord", "Zentrivo", "say", "the", "deal", "be", "off", "."])
    assert _run(nlp, evidence, before, doc, found) == []


def test_a_one_word_body_after_a_number_is_part_of_a_longer_name(nlp, evidence):
    # "Rapper 90 Zentrivo said ..." : the body's word closes a stage name, no repeat of the body
    before = "Deal off\n\nThe Zentrivo index rose in May. "
    found = [Candidate(14, 22, "Zentrivo", "ORG", 0)]
    doc = _doc(nlp, words=["90", "Zentrivo", "said", "the", "deal", "was", "off", "."],
               tags=["CD", "NNP", "VBD", "DT", "NN", "VBD", "RP", "."],
               deps=["nummod", "nsubj", "ROOT", "det", "nsubj", "ccomp", "prt", "punct"],
               heads=[1, 2, 2, 4, 5, 2, 5, 2], lemmas=["90", "Zentrivo", "say", "the", "deal", "be", "off", "."])
    assert _run(nlp, evidence, before, doc, found) == []


def test_a_word_the_document_writes_as_a_persons_surname_is_no_body(nlp, evidence):
    # the model called "Zentrivo" a body once, but "Tobias Zentrivo" is a person's full name
    before = "Deal off\n\nZentrivo backs plan. Tobias Zentrivo led the talks. "
    found = [Candidate(10, 18, "Zentrivo", "ORG", 0)]
    assert _run(nlp, evidence, before, _doc(nlp, **_said("Zentrivo")), found) == []
