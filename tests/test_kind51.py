"""Actor kinds (round 39, branch kind51): works and products by what their sentences tell of
them, voted over the corpus with the other uses — a work's or a product's noun after a copula
("X is an enchanting book"), what only a work does ("X tells the story of", "X is based on"), who
made it ("X, starring Y", "X, developed by Y"), a showing of it ("the premiere of X"), an item of
a list a product's plural opens ("browsers such as X, Y and Z"). Any agency anywhere keeps the
actor; a passive participle ("X, developed by") is no maker's verb. Sentences and names written
for these tests."""

from __future__ import annotations

from mention_helpers import resolved_kinds as _kinds

from newsgraph.resolve.contexts import KindContexts
from newsgraph.resolve.works import WorkUseContext


def _told(text: str, name: str, label: str = "ORG") -> bool:
    start = text.index(name)
    return WorkUseContext.from_data()(text, start, start + len(name), label)


# --- the cues, one sentence at a time ------------------------------------------------------------

def test_a_copula_and_a_work_noun_ending_the_phrase_tell_a_work():
    assert _told("Harrow Moon is an enchanting book about foxes.", "Harrow Moon")
    assert _told("Pendle was the browser that most schools chose.", "Pendle")
    assert not _told("Pendle is a film company based in Leeds.", "Pendle")
    assert not _told("Pendle is the film's star.", "Pendle")
    assert not _told("Pendle is a book lover.", "Pendle")


def test_what_only_a_work_does_tells_a_work():
    assert _told("Quarrel Bay tells the story of two sisters.", "Quarrel Bay")
    assert _told("Quarrel Bay is based on a radio play.", "Quarrel Bay")
    assert not _told("Quarrel Bay is based in Leeds.", "Quarrel Bay")


def test_credits_after_the_name_tell_a_work_but_not_an_actor_starring_in_one():
    assert _told("The comedy Tin Lantern, starring Ada Voss, came second.", "Tin Lantern")
    assert _told("Lumio, developed by a university team, is on trial.", "Lumio")
    assert not _told("Ada Voss, starring in a new play, said she was tired.", "Ada Voss")


def test_a_name_ending_a_longer_title_takes_no_cue_of_that_title():
    assert not _told("The comedy Man of the Hollow, starring Ada Voss, came first.", "Hollow")


def test_a_showing_before_the_name_tells_a_work_unless_a_possessive_follows():
    assert _told("Crowds gathered for the UK premiere of Glass Orchard in London.", "Glass Orchard")
    assert not _told("Crowds gathered for a screening of Brantley's new film.", "Brantley")


def test_every_item_of_a_product_list_is_told_a_product():
    text = "Rivals include browsers such as Pendle, Corvo and even Lisk."
    assert _told(text, "Pendle") and _told(text, "Corvo")
    assert _told("Other browser software, like Pendle and Marsh's Corvo, is growing.", "Corvo")
    # firms are no product's plural: a firm is named for its service
    assert not _told("Rivals include firms such as Pendle and Corvo.", "Corvo")


def test_a_passive_participle_is_no_makers_verb():
    contexts = KindContexts.from_data()
    text = "Lumio, developed by a university team, is on trial. Brisco developed a rival."
    assert not contexts.makes(text, text.index("Lumio") + len("Lumio"))
    assert contexts.makes(text, text.index("Brisco") + len("Brisco"))


def test_a_work_noun_right_before_the_title_tells_a_work_on_its_line_only():
    assert _told("Top of the chart was animated fable The Glass Orchard, which opened in May.", "Glass Orchard")
    assert _told("The Ada Voss comedy Tin Lantern made $4m.", "Tin Lantern")
    assert not _told("Stars join charity TV show\n\nQuarrel Bay, a rock band, will play.", "Quarrel Bay")
    assert not _told("Late in the film star Ada Voss said she was tired.", "Ada Voss", "PERSON")
    assert not _told("The new film Ada Voss made is out.", "Ada Voss", "PERSON")


# --- the corpus vote ----------------------------------------------------------------------------

def test_a_book_the_model_calls_a_person_is_no_actor():
    text = ("The rights were sold last week. \"Harrow Moon is an enchanting book,\" the director said. "
            "Harrow Moon tells the story of a boy and a fox.")
    assert "Harrow Moon" not in _kinds({"a": (text, {"Harrow Moon": "PERSON"})})


def test_a_browser_in_a_product_list_is_no_actor():
    text = "Rivals include browsers such as Corvo and Lisk. Lisk is free."
    kinds = _kinds({"a": (text, {"Corvo": "ORG", "Lisk": "PERSON"})})
    assert "Corvo" not in kinds and "Lisk" not in kinds


def test_a_technology_developed_by_a_lab_is_no_actor():
    text = ("Lumio, developed by a university team, is on trial at two galleries. "
            "Curators say technology such as Lumio can help visitors.")
    assert "Lumio" not in _kinds({"a": (text, {"Lumio": "ORG"})})


def test_a_plural_title_told_as_a_work_is_no_actor():
    text = ("Best design went to The Silver Hounds, designed by Ann Kerr. "
            "The Silver Hounds closes in May.")
    assert "Silver Hounds" not in _kinds({"a": (text, {"Silver Hounds": "ORG"})})


def test_a_firm_named_like_its_browser_stays_an_actor_when_it_speaks():
    product = "Rivals include browsers such as Corvo and Lisk."
    firm = "Corvo said on Monday it had hired 40 engineers."
    kinds = _kinds({"a": (product, {"Corvo": "ORG", "Lisk": "ORG"}), "b": (firm, {"Corvo": "ORG"})})
    assert kinds.get("Corvo") == "ORG"
    assert "Lisk" not in kinds


def test_a_band_named_in_the_plural_stays_an_actor_with_one_telling_in_many():
    text = ("The Copper Hounds played Leeds on Friday. The Copper Hounds, starring in a new advert, "
            "were cheered. The Copper Hounds released a single. A remake of The Copper Hounds was planned.")
    assert "Copper Hounds" in _kinds({"a": (text, {"Copper Hounds": "ORG"})})
