"""Actor kinds (issue 18, round 22): what the corpus says of a name makes it a publication or a
broadcaster's programme (OUTLET), or a product (no actor). Sentences and names written for these
tests."""

from __future__ import annotations

from mention_helpers import kind_cue as _cue
from mention_helpers import resolved_kinds as _kinds

from newsgraph.resolve.contexts import NONE


def test_a_publications_noun_after_a_groups_name_makes_it_an_outlet():
    assert _cue("Her agent told the Kesselford Herald newspaper she was well.", "Kesselford Herald", "ORG") == "OUTLET"
    assert _cue("The review ran in the weekly Vaalpost magazine on Friday.", "Vaalpost", "ORG") == "OUTLET"
    assert _cue("The Tamsk Press news agency quoted two officials.", "Tamsk Press", "ORG") == "OUTLET"


def test_a_publications_noun_after_a_place_a_person_or_a_publisher_is_no_outlet_cue():
    assert _cue("A Kessovan newspaper printed the list on Monday.", "Kessovan", "NORP") == ""
    assert _cue("She wrote for a Vaalburg newspaper for years.", "Vaalburg", "GPE") == ""
    assert _cue("Staff at every Arjen Vaal newspaper were told to wait.", "Arjen Vaal", "PERSON") == ""
    assert _cue("Shares in the Kesselpress newspaper group fell 4%.", "Kesselpress", "ORG") != "OUTLET"


def test_a_publications_staff_after_its_name_make_it_an_outlet():
    assert _cue("Vaalpost journalist Ann Brevik said the deal was done.", "Vaalpost", "ORG") == "OUTLET"


def test_a_known_outlets_programme_is_an_outlet():
    assert _cue("He told BBC One's Kessel at Nine programme he would stay.", "Kessel at Nine", "ORG") == "OUTLET"
    assert _cue("She told the BBC's Vaal Hour programme that it was unfair.", "Vaal Hour", "ORG") == "OUTLET"
    # a scheme of a party or a government is no programme of an outlet; a presenter is a person
    assert _cue("He praised the party's New Vaal programme in a speech.", "New Vaal", "ORG") == ""
    assert _cue("He told ITV1's Arjen Vaal programme he would stay.", "Arjen Vaal", "PERSON") == ""


def test_a_name_the_corpus_calls_a_publication_is_an_outlet_actor():
    kinds = _kinds({"a": ("Her agent told the Kesselford Herald newspaper she was well.", {"Kesselford Herald": "ORG"}),
                    "b": ("The Kesselford Herald said the minister had quit.", {"Kesselford Herald": "ORG"}),
                    "c": ("Later the Kesselford Herald printed the letter.", {"Kesselford Herald": "ORG"})})
    assert kinds == {"Kesselford Herald": "OUTLET"}


def test_a_products_noun_ending_an_apposition_makes_a_thing():
    assert _cue("The grid runs on Vaalix, the operating system owned by Kessel.", "Vaalix", "GPE") == NONE
    assert _cue("Fans queued for Tamsk Rally, a racing game, all night.", "Tamsk Rally", "ORG") == NONE
    # a maker's noun after the product's is a firm
    assert _cue("Brevik, the Finnish handset maker, cut jobs.", "Brevik", "ORG") != NONE


def test_a_name_appositions_call_a_product_leaves_the_actor_graph():
    kinds = _kinds({"a": ("The grid runs on Vaalix, the operating system owned by Kessel Data.",
                          {"Vaalix": "GPE", "Kessel Data": "ORG"}),
                    "b": ("Users of Vaalix, the operating system, must update it.", {"Vaalix": "GPE"})})
    assert kinds == {"Kessel Data": "ORG"}


def test_an_outlet_label_with_a_publications_words_counts_in_the_corpus_vote():
    # the mention stage read one story's "Tamsk Courier" as an outlet; the model calls it a group
    # in three others
    kinds = _kinds({"a": ("He wrote in the Tamsk Courier newspaper that the plan had failed.", {"Tamsk Courier": "OUTLET"}),
                    "b": ("The Tamsk Courier said the minister had quit.", {"Tamsk Courier": "ORG"}),
                    "c": ("Later the Tamsk Courier printed the letter.", {"Tamsk Courier": "ORG"}),
                    "d": ("A source close to him spoke to the Tamsk Courier.", {"Tamsk Courier": "ORG"})})
    assert kinds == {"Tamsk Courier": "OUTLET"}


def test_a_plural_noun_of_firms_before_a_list_makes_each_listed_name_a_firm():
    text = "Research by security firms Kesselnet and Vaalroot found the flaw."
    assert _cue(text, "Vaalroot", "NORP") == "ORG"
    text = "Rival companies such as Tamsk Data, Brevix and Kesselcom made the same offer."
    assert _cue(text, "Brevix", "PERSON") == "ORG"
    assert _cue(text, "Kesselcom", "GPE") == "ORG"
    # a possessive after the name lists the firm it owns, not the name
    assert _cue("Firms such as Vaalmark's Tamsk Air and Kemaria's Brevik Jets bid.", "Kemaria", "GPE") == ""
