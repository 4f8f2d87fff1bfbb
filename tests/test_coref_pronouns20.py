"""Pronouns of round 20 (issue 19): what a "he", "she", "they" or "it" may stand for, on
sentences written for these tests, with the labels a model might give the names."""

from __future__ import annotations

from dataclasses import replace

from newsgraph.coref import CorefLexicon, DocumentCoref
from test_coref import coref, mentions_of


def relabelled(text: str, names, index: int, label: str) -> DocumentCoref:
    """The document's coreference with the mention at ``index`` given ``label`` (a model's slip)."""
    mentions = mentions_of(text, names)
    mentions[index] = replace(mentions[index], label=label)
    return DocumentCoref(text, mentions, CorefLexicon.from_data())


def test_a_name_before_a_post_and_another_name_is_a_body_for_he():
    # "Velmora frontman Jo Pike": the band, tagged a person by the model, is no "he"
    text = "Velmora frontman Jo Pike spoke in Leeds. He said the tour would go on. He said more."
    c = coref(text, [("Velmora", "PERSON", "Velmora"), ("Jo Pike", "PERSON", "Jo Pike")])
    assert c.mentions[c.pronoun("he", text.rindex("He said"))].full_name == "Jo Pike"


def test_a_name_tagged_a_person_once_among_body_labels_is_no_he():
    text = ("Kessoil filed for bankruptcy. Kessoil has assets in Texas. The judge heard Kessoil. "
            "He said the papers were late.")
    c = relabelled(text, [("Kessoil", "ORG", "Kessoil")], -1, "PERSON")  # "heard Kessoil" as a person
    assert c.pronoun("he", text.rindex("He said")) is None


def test_a_gendered_title_keeps_a_name_before_a_post_a_person():
    # "Mr Tovey's chief of staff": Mr Tovey is a person though a post follows his name
    text = "Mr Tovey chief of staff Ana Ruiz left. Mr Tovey spoke later. He said he was sorry."
    c = coref(text, [("Mr Tovey", "PERSON", "Mr Tovey"), ("Ana Ruiz", "PERSON", "Ana Ruiz")])
    assert c.mentions[c.pronoun("he", text.rindex("He said"))].full_name == "Mr Tovey"


def test_they_never_stands_for_a_name_the_document_gives_a_person():
    # a headline's "Marisa" tagged a body, the same name a person later: no "they" for her
    text = "Marisa attacks magazines. The singer Marisa wrote that they printed lies. More followed."
    c = relabelled(text, [("Marisa", "ORG", "Marisa")], 1, "PERSON")
    assert c.pronoun("they", text.index("they printed")) is None


def test_a_name_inside_an_opening_participle_phrase_is_not_the_pronoun():
    text = ("Ivo Renner runs the club. Responding to criticism from the pundit Dana Kell, he said "
            "talks were going on.")
    c = coref(text, [("Ivo Renner", "PERSON", "Ivo Renner"), ("Dana Kell", "PERSON", "Dana Kell")])
    assert c.mentions[c.pronoun("he", text.index("he said"))].full_name == "Ivo Renner"


def test_asked_about_opens_a_participle_phrase_too():
    text = "Ana Ruiz spoke on Friday. Asked about Ivo Renner's plans, she said little."
    c = coref(text, [("Ana Ruiz", "PERSON", "Ana Ruiz"), ("Ivo Renner", "PERSON", "Ivo Renner")])
    assert c.mentions[c.pronoun("she", text.index("she said"))].full_name == "Ana Ruiz"


def test_a_preposition_ending_in_ing_opens_no_participle_phrase():
    # "During Kell's visit, he said": Kell may well be "he"
    text = "During Dana Kell's visit to Leeds, he said the port would stay open."
    c = coref(text, [("Dana Kell", "PERSON", "Dana Kell")])
    assert c.mentions[c.pronoun("he", text.index("he said"))].full_name == "Dana Kell"


def test_a_definite_plural_of_people_stands_between_a_body_and_they():
    text = "Velmora Press printed photos. The couple married in May. They said nobody asked them."
    c = coref(text, [("Velmora Press", "ORG", "Velmora Press")])
    assert c.other_people_between(text.index("printed"), text.index("They said"))
    assert not c.other_people_between(0, text.index("The couple"))


def test_he_after_two_people_takes_the_subject_after_an_opening_phrase():
    text = "In talks with Ivo Renner on Monday, Dana Kell agreed to wait. He said the port would stay open."
    c = coref(text, [("Ivo Renner", "PERSON", "Ivo Renner"), ("Dana Kell", "PERSON", "Dana Kell")])
    assert c.mentions[c.pronoun("he", text.index("He said"))].full_name == "Dana Kell"


def test_he_after_two_people_neither_the_subject_is_left_unresolved():
    text = "The prize went to Ivo Renner after a vote by Dana Kell and the jury. He said it was fair."
    c = coref(text, [("Ivo Renner", "PERSON", "Ivo Renner"), ("Dana Kell", "PERSON", "Dana Kell")])
    assert c.pronoun("he", text.index("He said")) is None


def test_he_after_two_people_takes_the_one_opening_the_sentence():
    text = "Ivo Renner met Dana Kell in Leeds. He said the port would stay open."
    c = coref(text, [("Ivo Renner", "PERSON", "Ivo Renner"), ("Dana Kell", "PERSON", "Dana Kell")])
    assert c.mentions[c.pronoun("he", text.index("He said"))].full_name == "Ivo Renner"


def test_a_comma_inside_a_place_name_opens_no_clause():
    # "in Chatham, Kent": the name after that comma is no subject of the sentence
    text = ("The mayor spoke about Ivo Renner at a rally in Marlow, Dana Kell. He said more.")
    c = coref(text, [("Ivo Renner", "PERSON", "Ivo Renner"), ("Dana Kell", "PERSON", "Dana Kell")])
    assert c.pronoun("he", text.index("He said")) is None


def test_a_sentence_after_a_closing_quote_opens_with_its_subject():
    text = ('The team flew home. "We were lucky to be there." Dana Kell won the vote, beating Ana Ruiz '
            'and Eva Sand. She said she was delighted.')
    c = coref(text, [("Dana Kell", "PERSON", "Dana Kell"), ("Ana Ruiz", "PERSON", "Ana Ruiz"),
                     ("Eva Sand", "PERSON", "Eva Sand")])
    assert c.mentions[c.pronoun("she", text.index("She said"))].full_name == "Dana Kell"


def test_a_subject_after_an_opening_phrase_may_carry_a_long_title():
    text = ("At a dinner on Friday, former Vardan president Ivo Renner backed Dana Kell's plan when he "
            "urged the ministers to act.")
    c = coref(text, [("Ivo Renner", "PERSON", "Ivo Renner"), ("Dana Kell", "PERSON", "Dana Kell")])
    assert c.mentions[c.pronoun("he", text.index("he urged"))].full_name == "Ivo Renner"


def test_two_names_the_text_states_as_one_person_are_no_rivals_for_he():
    # "X, aka Y": one man under two names; the pronoun after them is that man, not "nobody"
    text = ("A banner shows the name of Sheikh Omar Dalan, aka Sheikh Rami Haddo. "
            "A week later he was arrested by the police.")
    c = coref(text, [("Omar Dalan", "PERSON", "Omar Dalan"), ("Rami Haddo", "PERSON", "Rami Haddo")])
    assert c.mentions[c.pronoun("he", text.index("he was"))].full_name == "Omar Dalan"


def test_two_names_side_by_side_without_an_alias_stay_rivals():
    text = "A banner shows the names of Omar Dalan and Rami Haddo. A week later he was arrested."
    c = coref(text, [("Omar Dalan", "PERSON", "Omar Dalan"), ("Rami Haddo", "PERSON", "Rami Haddo")])
    assert c.pronoun("he", text.index("he was")) is None
