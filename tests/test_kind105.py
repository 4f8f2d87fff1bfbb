"""Actor kinds (round 66, branch kind105): "network", "agency" and "channel" govern the names of
bodies, services and file-sharing networks as often as media's ("the Kessel peer-to-peer
network", "the Tamsk Protection Agency (TPA)", "the Vaal Library's network"): the name they
govern is read as an outlet only when a media word also modifies the noun ("the Kessel news
agency", "the Vaal television network"). The other outlet nouns ("newspaper", "magazine") are
read as before. Sentences and names written for these tests."""

from __future__ import annotations

import pytest

from newsgraph.mentions.rules import EntityRules
from newsgraph.mentions.spans import in_outlet_context


@pytest.fixture(scope="module")
def rules() -> EntityRules:
    return EntityRules.from_data()


def _context(nlp, rules: EntityRules, sentence: str, name: str) -> bool:
    doc = nlp(sentence)
    start = sentence.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    return in_outlet_context(span, rules)


# --- the fix: fails on the base (ea7acff1) -------------------------------------------------

def test_a_file_sharing_network_is_no_outlet(nlp, rules):
    sentence = "The two men ran hubs across the Kesselnet peer-to-peer network for years."
    assert not _context(nlp, rules, sentence, "Kesselnet")


def test_an_agency_initials_after_its_name_are_no_outlet(nlp, rules):
    sentence = "Homes waste power, said the Tamsk Environmental Protection Agency (TEPA) on Monday."
    assert not _context(nlp, rules, sentence, "TEPA")


def test_a_library_owning_a_network_is_no_outlet(nlp, rules):
    sentence = "Staff logged on through the Vaal Library's own network."
    assert not _context(nlp, rules, sentence, "Vaal Library")


# --- guards: what must not change ----------------------------------------------------------

def test_a_news_agency_is_still_an_outlet(nlp, rules):
    sentence = "An official told the Kemarpress news agency that talks had failed."
    assert _context(nlp, rules, sentence, "Kemarpress")


def test_a_television_network_is_still_an_outlet(nlp, rules):
    sentence = "The plans were drawn up by the Brannvision television network last year."
    assert _context(nlp, rules, sentence, "Brannvision")


def test_a_newspaper_is_still_an_outlet(nlp, rules):
    sentence = "Jo Brann told the Tamsk Herald newspaper that he would stay."
    assert _context(nlp, rules, sentence, "Tamsk Herald")


def test_the_table_holds_the_shared_nouns_only(rules):
    assert {"network", "agency", "channel"} <= rules.outlet_nouns_needing_news
    assert not {"newspaper", "magazine", "tabloid"} & rules.outlet_nouns_needing_news
