"""Event modes dated by the text (round 37, branch ev25): an act the text dates a year or more
before an undated article is historical; a present progressive dated by a time to come is
planned. Sentences written for the test."""

from __future__ import annotations

from dataclasses import replace

import pytest


@pytest.fixture(scope="module")
def modes_of(nlp):
    from newsgraph.ingest import BoilerplateFilter, _make_document
    from newsgraph.parse import parse_documents
    from newsgraph.pipeline import BuildSettings, DocumentAnalyzer

    analyzer = DocumentAnalyzer(BuildSettings())

    def run(text: str, published: str | None = None) -> dict[str, str]:
        document = replace(_make_document("t.txt", text, BoilerplateFilter([]), title=None), published=published)
        (parsed,) = parse_documents(nlp, [document])
        return {e.trigger: e.mode for e in analyzer(parsed).events}

    return run


NOW = "Kemaria's exports rose sharply in 2011, the trade office said. "


@pytest.mark.parametrize("sentence, trigger", [
    ("Kemari troops attacked the Vostran border post in 2008.", "attacked"),
    ("In the 1970s Kemaria expelled the Vostran ambassador.", "expelled"),
    ("The Tessaly Front clashed with Kemari police in March 2009.", "clashed"),
])
def test_a_year_before_the_years_told_as_past_is_historical(modes_of, sentence, trigger):
    assert modes_of(NOW + sentence)[trigger] == "historical"


def test_without_a_past_year_the_undated_article_gives_no_now(modes_of):
    assert modes_of("Kemari troops attacked the Vostran border post in 2008.")["attacked"] == "asserted"


def test_a_year_told_as_future_bounds_nothing(modes_of):
    text = "Kemaria will host the summit in 2012. Kemari troops attacked the Vostran border post in 2010."
    assert modes_of(text)["attacked"] == "asserted"


def test_the_year_told_as_past_itself_is_not_before_itself(modes_of):
    assert modes_of(NOW + "Kemari troops attacked the Vostran border post in 2011.")["attacked"] == "asserted"


def test_a_year_that_only_names_a_treaty_does_not_date_the_act(modes_of):
    modes = modes_of(NOW + "Vostrana accused Kemaria of breaking the 2005 treaty with Tessaly.")
    assert modes["accused"] == "asserted"


def test_a_year_of_a_relative_clause_does_not_date_the_main_act(modes_of):
    modes = modes_of(NOW + "Mr Arlen, who became minister in 2005, criticised Vostrana.")
    assert modes["criticised"] == "asserted"


def test_a_dated_article_keeps_its_own_date(modes_of):
    assert modes_of("Kemari troops attacked the Vostran post in 2008.", "2009-06-01")["attacked"] == "historical"
    assert modes_of("Kemari troops attacked the Vostran post in 2009.", "2009-06-01")["attacked"] == "asserted"


@pytest.mark.parametrize("sentence, trigger", [
    ("Kemaria's foreign minister is meeting the Vostran premier on Thursday.", "meeting"),
    ("The Kemari president is visiting Vostrana next week.", "visiting"),
    ("Kemari envoys are meeting Tessaly Front leaders tomorrow.", "meeting"),
])
def test_a_present_progressive_with_a_time_to_come_is_planned(modes_of, sentence, trigger):
    assert modes_of(sentence)[trigger] == "planned"


@pytest.mark.parametrize("sentence, trigger", [
    ("Kemaria's foreign minister is meeting the Vostran premier this week.", "meeting"),
    ("Kemaria's foreign minister was meeting the Vostran premier on Thursday.", "meeting"),
    ("Kemaria's foreign minister is meeting the Vostran premier.", "meeting"),
])
def test_other_progressives_stay_ongoing(modes_of, sentence, trigger):
    assert modes_of(sentence)[trigger] == "ongoing"


def test_a_time_of_the_saying_does_not_make_the_reported_act_planned(modes_of):
    modes = modes_of("Kemaria said on Friday that its envoy is meeting the Vostran premier.")
    assert modes["meeting"] == "ongoing"


def test_a_dated_article_reads_a_later_day_as_to_come(modes_of):
    modes = modes_of("Kemaria's foreign minister is meeting the Vostran premier on 12 June.", "2024-06-03")
    assert modes["meeting"] == "planned"


@pytest.fixture(scope="module")
def events_of(nlp):
    from newsgraph.ingest import BoilerplateFilter, _make_document
    from newsgraph.parse import parse_documents
    from newsgraph.pipeline import BuildSettings, DocumentAnalyzer

    analyzer = DocumentAnalyzer(BuildSettings())

    def run(text: str) -> dict[str, object]:
        document = _make_document("t.txt", text, BoilerplateFilter([]), title=None)
        (parsed,) = parse_documents(nlp, [document])
        return {e.trigger: e for e in analyzer(parsed).events}

    return run


STATED = "General Arlen attacked Vostrana."


@pytest.mark.parametrize("sentence, trigger", [
    ("General Arlen was accused of attacking Vostrana.", "attacking"),
    ("Tessaly accused General Arlen of attacking Vostrana.", "attacking"),
    ("General Arlen allegedly attacked Vostrana.", "attacked"),
])
def test_an_alleged_act_weighs_as_hearsay(events_of, sentence, trigger):
    stated = events_of(STATED)["attacked"]
    alleged = events_of(sentence)[trigger]
    assert alleged.mode == "asserted" and alleged.confidence <= 0.5 * stated.confidence + 0.01


def test_an_act_of_the_accuser_is_no_allegation(events_of):
    stated = events_of(STATED)["attacked"]
    assert events_of("Tessaly accused Kemaria after General Arlen attacked Vostrana.")["attacked"].confidence \
        == stated.confidence


def test_a_present_perfect_reaches_up_to_now(modes_of):
    text = NOW + "Kemaria won the vote in 2009, but Mr Arlen has since been criticised by Vostrana."
    assert modes_of(text)["criticised"] != "historical"


def test_a_year_of_a_noun_does_not_set_the_past_year(modes_of):
    text = ("Kemari troops attacked the Vostran border post in 2010. "
            "The Tessaly Front missed out on the prize for the best film of 2011.")
    assert modes_of(text)["attacked"] == "asserted"
