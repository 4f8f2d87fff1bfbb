"""Actor kinds (round 60, branch kind94): a brand or a model the corpus names only by the noun of
its product's kind right after it ("Tarvik stout", "a Brannoch Vell guitar", "its Vestrel
encyclopaedia") or as what its makers make ("Kessop makers take ...") leaves the actor graph, as the
other uses do (``KindContexts.product_kind``, ``product_kind_nouns_after``, ``maker`` /
``makers`` in ``thing_uses_after``; voted by ``_used_things``); a brewer or a maker named like
its goods that speaks, sells or is called a firm anywhere stays. Sentences and names written for
these tests."""

from __future__ import annotations

from mention_helpers import kinds_of_name

from newsgraph.resolve.contexts import KindContexts


def _product_kind(text: str, name: str) -> bool:
    end = text.index(name) + len(name)
    return KindContexts.from_data().product_kind(text, end)


# --- the fix: a product's kind after its brand ----------------------------------------------------

def test_a_drinks_brand_in_a_makers_list_is_no_actor():
    docs = {"a": ("Vaal Drinks owns brands such as Kessop gin and Tarvik stout, and sells wine.",
                  {"Vaal Drinks": "ORG", "Tarvik": "ORG", "Kessop": "ORG"}),
            "b": ("Tourists visit the Tarvik brewery by the harbour.", {"Tarvik": "ORG"})}
    assert kinds_of_name(docs, "Tarvik") == set()
    assert kinds_of_name(docs, "Kessop") == set()


def test_a_guitar_model_typed_a_person_is_no_actor():
    docs = {"a": ("A Brannoch Vell guitar hung on the studio wall.",
                  {"Brannoch Vell": "PERSON"}),
            "b": ("Collectors rate the Brannoch Vell above any other.", {"Brannoch Vell": "PERSON"})}
    assert kinds_of_name(docs, "Brannoch Vell") == set()


def test_an_encyclopaedia_and_a_chip_are_no_actors():
    docs = {"a": ("Tamsk Soft bundles its Vestrel encyclopaedia with each school licence.",
                  {"Tamsk Soft": "ORG", "Vestrel": "ORG"}),
            "b": ("The Kemari Quill chip runs hot in the new laptops.", {"Kemari Quill": "ORG"})}
    assert kinds_of_name(docs, "Vestrel") == set()
    assert kinds_of_name(docs, "Kemari Quill") == set()


def test_a_shows_makers_name_the_show():
    docs = {"a": ("Kessop Swap makers take rival to court", {"Kessop Swap": "PERSON"})}
    assert kinds_of_name(docs, "Kessop Swap") == set()


def test_the_cue_reads_the_noun_alone():
    assert _product_kind("Diners drank Tarvik stout all night.", "Tarvik")
    assert _product_kind("The Vestrel toy is hard to find.", "Vestrel")
    # a trade's word after the noun makes a maker or a market, no product
    assert not _product_kind("Kemari handset giant Vaal said it would cut jobs.", "Kemari")
    assert not _product_kind("The Tarvik whisky firm was sold.", "Tarvik")
    # a hyphen or a possessive runs on into another word
    assert not _product_kind("Vaal computer-aided design is old.", "Vaal")
    # a club's player and a brand of cars are no product's noun here
    assert not _product_kind("He is a Kessop player now.", "Kessop")
    assert not _product_kind("Sales of the Vestrel brand of small cars fell.", "Vestrel")


# --- guards: what must not change -----------------------------------------------------------------

def test_a_brewer_named_like_its_lager_stays_a_firm():
    docs = {"a": ("Sales of Tarvik lager rose in Kemaria.", {"Tarvik": "ORG"}),
            "b": ("Tarvik said profits fell 3% last year.", {"Tarvik": "ORG"})}
    assert kinds_of_name(docs, "Tarvik") == {"ORG"}


def test_a_car_makers_brand_that_trades_stays_a_firm():
    docs = {"a": ("The Vestrel brand of small cars sold well.", {"Vestrel": "ORG"}),
            "b": ("Vestrel made a loss in each of its years of trade.", {"Vestrel": "ORG"})}
    assert kinds_of_name(docs, "Vestrel") == {"ORG"}


def test_a_place_before_a_products_noun_stays_a_place():
    docs = {"a": ("Shoppers in Kemaria bought the Tamsk handheld for 99 euros.", {"Kemaria": "GPE"}),
            "b": ("Kemaria computer sales rose.", {"Kemaria": "GPE"})}
    assert kinds_of_name(docs, "Kemaria") == {"GPE"}
