"""Event modes dated by how long ago an act was (round 38, branch ev26): "two years ago" and the
age of a thing a past act started ("the 12-year-old embargo was imposed after X") make the act
historical even in an undated article. Sentences written for the test."""

from __future__ import annotations

from dataclasses import replace

import pytest


@pytest.fixture(scope="module")
def modes_of(nlp):
    from newsgraph.ingest import BoilerplateFilter, _make_document
    from newsgraph.parse import parse_documents
    from newsgraph.pipeline import BuildSettings, DocumentAnalyzer

    analyzer = DocumentAnalyzer(BuildSettings())

    def run(text: str) -> dict[str, str]:
        document = replace(_make_document("t.txt", text, BoilerplateFilter([]), title=None), published=None)
        (parsed,) = parse_documents(nlp, [document])
        return {e.trigger: e.mode for e in analyzer(parsed).events}

    return run


@pytest.mark.parametrize("sentence, trigger", [
    ("Kemari troops attacked the Vostran border post three years ago.", "attacked"),
    ("Two decades ago Kemaria expelled the Vostran ambassador.", "expelled"),
])
def test_a_past_act_years_ago_is_historical(modes_of, sentence, trigger):
    assert modes_of(sentence)[trigger] == "historical"


def test_a_year_ago_stays_asserted(modes_of):
    assert modes_of("Kemari troops attacked the Vostran border post a year ago.")["attacked"] == "asserted"


def test_years_ago_under_a_future_is_not_historical(modes_of):
    modes = modes_of("Kemaria will sign the pact it drafted two years ago with Vostrana.")
    assert modes.get("sign") != "historical"


def test_the_age_of_a_thing_dates_the_act_that_started_it(modes_of):
    text = "The 12-year-old embargo was imposed after the Kemari army's crackdown on protesters in Orlen."
    assert modes_of(text)["crackdown"] == "historical"


def test_a_persons_age_dates_no_act(modes_of):
    modes = modes_of("Vostran police arrested the 19-year-old Kemari activist Ola Brenn in Orlen.")
    assert modes["arrested"] == "asserted"


def test_a_one_year_old_thing_is_not_old_enough(modes_of):
    text = "The one-year-old embargo was imposed after the Kemari army's crackdown on protesters in Orlen."
    assert modes_of(text)["crackdown"] == "asserted"


def test_an_aged_thing_of_a_verb_that_does_not_start_it(modes_of):
    text = "The 12-year-old embargo was lifted after the Kemari army's crackdown on protesters in Orlen."
    assert modes_of(text)["crackdown"] == "asserted"


def test_years_ago_of_the_point_an_act_follows_does_not_date_the_act(modes_of):
    text = "After the riot in Orlen two years ago Kemari police arrested the Vostran consul."
    assert modes_of(text)["arrested"] == "asserted"
