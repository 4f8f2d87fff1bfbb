"""Actor kinds (issue 18, round 62, branch kind98): firms typed GPE outside sports reports. A name
the vote calls a place that no place table knows, one of whose mentions has a word only a body has
right before it ("its Kemari subsidiary X", "state-owned X", "a security consultant at X") or a
firm's staff role after its possessive ("X's UK sales director"), and none of whose mentions reads
as a place ("in X", "a village near X"), is the body (ORG): ``NameGraphResolver._unplaced_body_kind``
with ``KindContexts.unplaced_body_read``. A known town, a country, a place read as one and a name
with no body word keep GPE. Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import resolved_kinds as _kinds

from newsgraph.resolve.contexts import KindContexts
from newsgraph.resolve.places import PlaceTable


def _body_read(text: str, name: str) -> bool:
    start = text.index(name)
    return KindContexts.from_data().unplaced_body_read(text, start, start + len(name))


def test_the_invented_names_are_no_known_places():
    places = PlaceTable.from_data()
    assert not any(name in places for name in ("Kessnovo", "Tamskor", "Vaalbrek", "Brannholt"))


def test_a_subsidiary_the_model_calls_a_place_is_a_body():
    docs = {"a": ("Jo Brann said the grocer found accounting errors at its Kemari subsidiary Kessnovo. "
                  "Auditors are still reviewing the books at Kessnovo this month.",
                  {"Jo Brann": "PERSON", "Kessnovo": "GPE"})}
    assert _kinds(docs)["Kessnovo"] == "ORG"


def test_a_sales_director_after_the_possessive_makes_a_body():
    docs = {"a": ('"Demand was strong over the holidays," said Ann Vaal, Tamskor\'s UK sales director.',
                  {"Ann Vaal": "PERSON", "Tamskor": "GPE"})}
    assert _kinds(docs)["Tamskor"] == "ORG"


def test_a_state_owned_name_and_a_consultant_at_it_are_a_body():
    docs = {"a": ("The ministry will invest heavily, while state-owned Vaalbrek will spend $1bn on mines.",
                  {"Vaalbrek": "GPE"}),
            "b": ('"Attacks are rising," said Jo Brann, a security consultant at Brannholt.',
                  {"Jo Brann": "PERSON", "Brannholt": "GPE"})}
    kinds = _kinds(docs)
    assert kinds["Vaalbrek"] == "ORG"
    assert kinds["Brannholt"] == "ORG"


def test_a_place_reading_keeps_the_place():
    # a state-owned plant may sit in a town the tables miss: "in Kessnovo" says the town
    docs = {"a": ("Work stopped at state-owned Kessnovo on Monday. Farmers in Kessnovo said the river was low.",
                  {"Kessnovo": "GPE"})}
    assert _kinds(docs)["Kessnovo"] == "GPE"


def test_no_body_word_keeps_an_unknown_place():
    # a village no table lists and no body word: the absence of a place's words is no cue
    docs = {"a": ("Tamskor voted against the plan. Jo Brann said Tamskor had waited too long.",
                  {"Tamskor": "GPE", "Jo Brann": "PERSON"})}
    assert _kinds(docs)["Tamskor"] == "GPE"


def test_a_known_country_keeps_its_kind():
    docs = {"a": ("Zambia's technical director, Jo Brann, named the squad on Friday.",
                  {"Zambia": "GPE", "Jo Brann": "PERSON"})}
    assert _kinds(docs)["Zambia"] == "GPE"


def test_the_body_readings():
    assert _body_read("accounting errors at its US subsidiary Kessnovo.", "Kessnovo")
    assert _body_read("while state-owned Vaalbrek will spend", "Vaalbrek")
    assert _body_read("said Jo Brann, chief security architect at Brannholt.", "Brannholt")
    assert _body_read("said Ann Vaal, Tamskor's UK sales director.", "Tamskor")
    assert not _body_read("the subsidiary moved to Kessnovo last year", "Kessnovo")  # a noun far from it
    assert not _body_read("Tamskor's director of education resigned.", "Tamskor")  # a council's too
    assert not _body_read("the people of Vaalbrek voted", "Vaalbrek")
