"""A pronoun after a description of one person opening the sentence before (round 22, issue 19):
the description's holder, by the document or by the corpus's office table. Sentences written here."""

from __future__ import annotations

from newsgraph.coref.offices import resolve_described
from test_coref import coref
from test_coref_offices import LEXICON, TITLED, actors_of, claim, mentions_of, table_of

KELL = ("Tomas Kell", "PERSON", "Tomas Kell")
VALE = ("Mr Vale", "PERSON", "Ivo Vale")


def test_he_after_a_description_the_document_ties_to_a_name_is_that_person():
    text = ("Opposition leader Tomas Kell attacked the budget. Mr Vale dismissed the attack. "
            "The opposition leader countered that taxes had risen. He said more.")
    found = coref(text, [KELL, VALE])
    index = found.pronoun("He", text.index("He said"))
    assert index is not None and found.mentions[index].full_name == "Tomas Kell"


def test_the_subject_description_wins_over_one_later_in_its_sentence():
    text = ("Opposition leader Tomas Kell attacked the budget. Mr Vale dismissed the attack. "
            "The opposition leader countered that the chancellor had failed. He said more.")
    found = coref(text, [KELL, VALE])
    index = found.pronoun("He", text.index("He said"))
    assert index is not None and found.mentions[index].full_name == "Tomas Kell"


def test_no_antecedent_when_a_later_sentence_describes_another_person():
    text = ("Opposition leader Tomas Kell attacked the budget. Mr Vale dismissed the attack. "
            "The opposition leader countered that taxes had risen. The minister disagreed. He said more.")
    found = coref(text, [KELL, VALE])
    assert found.pronoun("He", text.index("He said")) is None


def test_no_antecedent_for_an_unresolved_or_possessive_description():
    text = "Tomas Kell attacked the budget. The chancellor is on a tour of the north. But he insisted on it."
    assert coref(text, [KELL]).pronoun("he", text.index("he insisted")) is None
    text = ("Opposition leader Tomas Kell attacked the budget. Mr Vale dismissed the attack. "
            "The opposition leader's aides were angry. He said more.")
    assert coref(text, [KELL, VALE]).pronoun("He", text.index("He said")) is None


def test_he_after_an_office_description_is_its_holder_by_the_corpus():
    text = "Dana Kell met Ivo Renner. The transport secretary is on a tour of the north. But before that, he said more."
    mentions = mentions_of(text, [("Dana Kell", "PERSON", "Dana Kell"), ("Ivo Renner", "PERSON", "Ivo Renner")])
    found = [claim(text, "he", text.index("he said"))]
    resolve_described(text, found, mentions, actors_of(mentions), table_of(TITLED), LEXICON)
    assert found[0].speaker is not None and mentions[found[0].speaker].full_name == "Dana Kell"


def test_no_holder_by_the_corpus_after_another_person_is_named():
    text = "Dana Kell met Ivo Renner. The transport secretary is on a tour. Jo Pike came too. He said more."
    names = [("Dana Kell", "PERSON", "Dana Kell"), ("Ivo Renner", "PERSON", "Ivo Renner"), ("Jo Pike", "PERSON", "Jo Pike")]
    mentions = mentions_of(text, names)
    found = [claim(text, "He", text.index("He said"))]
    resolve_described(text, found, mentions, actors_of(mentions), table_of(TITLED), LEXICON)
    assert found[0].speaker is None


def test_no_holder_by_the_corpus_of_the_other_gender():
    text = "Mrs Kell met Ivo Renner. The transport secretary is on a tour of the north. But before that, he said more."
    mentions = mentions_of(text, [("Mrs Kell", "PERSON", "Dana Kell"), ("Ivo Renner", "PERSON", "Ivo Renner")])
    found = [claim(text, "he", text.index("he said"))]
    resolve_described(text, found, mentions, actors_of(mentions), table_of(TITLED), LEXICON)
    assert found[0].speaker is None


def test_a_person_noun_inside_a_phrase_naming_no_person_is_no_rival():
    text = "Tomas Kell says the general election will be held in May. He told the radio more."
    index = coref(text, [KELL]).pronoun("He", text.index("He told"))
    assert index is not None


def test_the_whole_title_must_match_and_the_description_be_in_the_sentence_before():
    # "the foreign secretary" is not the one introduced as home secretary
    text = ("Home Secretary Tomas Kell spoke first. Mr Vale left. The foreign secretary insisted it was wrong. "
            "He said more.")
    assert coref(text, [KELL, VALE]).pronoun("He", text.index("He said")) is None
    # a sentence between, whose subject the mention finder may have missed
    text = ("Opposition leader Tomas Kell attacked the budget. Mr Vale dismissed the attack. "
            "The opposition leader countered that taxes had risen. But peer Lord Arno Tibbs disagreed. He said more.")
    assert coref(text, [KELL, VALE]).pronoun("He", text.index("He said")) is None


def test_a_person_introduced_by_the_plural_of_the_noun_is_not_the_description():
    # "fellow comedy stars A and B": "the comedy star" may be either of them, or the one joining them
    text = ("Comedian Dario Vance has joined fellow comedy stars Ana Ruiz and Mia Holt in attacking television. "
            "Speaking to a magazine, the comedy star said there was too much bad language.")
    names = [("Dario Vance", "PERSON", "Dario Vance"), ("Ana Ruiz", "PERSON", "Ana Ruiz"), ("Mia Holt", "PERSON", "Mia Holt")]
    found = coref(text, names)
    index = found.description("star", text.index("star said") + 4, kind="person")
    assert index is None or found.mentions[index].full_name == "Dario Vance"
