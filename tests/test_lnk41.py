"""Links (round 67, branch lnk41): a place's or a people's name the model tagged alone out of a
body's longer name ("the Kemarian Executive", "the Tamsk Stock Exchange", "Kemaria
e-Universities") is widened to the body's name, so the body is its own mention and actor, not the
country's or the people's. Head words of such names are data (``place_body_heads``). Sentences and
names written for these tests."""

from __future__ import annotations

from newsgraph.data import load_yaml
from newsgraph.mentions.runs import widen_body_runs
from newsgraph.mentions.spans import Candidate

_RULES = load_yaml("entity_rules.yaml")
HEADS = frozenset(str(w) for w in _RULES["org_head_words"])
STATE = frozenset(str(w) for w in _RULES["state_body_heads"])
PLACE = frozenset(str(w) for w in _RULES.get("place_body_heads", ()))
TITLES = frozenset(str(w) for w in _RULES["person_titles"])
COUNTRIES = frozenset({"Kemaria", "Tamsk"})


def _widen(text: str, name: str, label: str = "GPE") -> tuple[str, str]:
    at = text.index(name)
    out = widen_body_runs(text, [Candidate(at, at + len(name), name, label, 0)], HEADS, COUNTRIES,
                          lambda n: False, STATE, place_heads=PLACE, titles=TITLES)
    return out[0].text, out[0].label


# --- widened: the body's own name -------------------------------------------------------------

def test_people_before_executive_is_the_executive():
    assert _widen("Ministers in the Kemarian Executive met on Monday.", "Kemarian", "NORP") == \
        ("Kemarian Executive", "ORG")


def test_place_before_stock_exchange_is_the_exchange():
    assert _widen("Shares fell on the Tamsk Stock Exchange in early trading.", "Tamsk") == \
        ("Tamsk Stock Exchange", "ORG")


def test_place_before_brand_cased_body_is_the_body():
    assert _widen('She added: "Kemaria e-Universities was a bold project."', "Kemaria") == \
        ("Kemaria e-Universities", "ORG")


def test_place_before_brand_cased_university_is_the_body():
    assert _widen("The Kemaria e-University scheme closed last year.", "Kemaria") == \
        ("Kemaria e-University", "ORG")


def test_people_before_library_is_the_library():
    assert _widen("Scholars at the Tamskian Library studied the maps.", "Tamskian", "NORP") == \
        ("Tamskian Library", "ORG")


# --- left: a post, a state, a longer run, a name already tagged -------------------------------

def test_chief_executive_after_a_place_is_a_post():
    text = "The Kemaria Chief Executive resigned."
    assert _widen(text, "Kemaria") == ("Kemaria", "GPE")


def test_government_after_a_place_stays_the_state():
    assert _widen("The Kemaria Government said it would act.", "Kemaria") == ("Kemaria", "GPE")


def test_executive_before_a_person_is_left():
    """A capitalised word goes on: "Executive Jo Brann" may be a post before a name."""
    assert _widen("The Kemarian Executive Jo Brann spoke.", "Kemarian", "NORP") == ("Kemarian", "NORP")


def test_body_word_already_tagged_is_left():
    text = "He wrote to the Tamsk Library on Monday."
    at, lib = text.index("Tamsk"), text.index("Library")
    out = widen_body_runs(text, [Candidate(at, at + 5, "Tamsk", "GPE", 0), Candidate(lib, lib + 7, "Library", "ORG", 0)],
                          HEADS, COUNTRIES, lambda n: False, STATE, place_heads=PLACE, titles=TITLES)
    assert [(c.text, c.label) for c in out] == [("Tamsk", "GPE"), ("Library", "ORG")]


def test_firm_before_executive_is_left():
    """Only a place or a people: "Vaal Executive" of a firm is no body read here."""
    assert _widen("The Vaal Executive range sold well.", "Vaal", "ORG") == ("Vaal", "ORG")


def test_plain_lower_case_word_after_a_place_is_left():
    assert _widen("The Kemaria executive met.", "Kemaria") == ("Kemaria", "GPE")


# --- end to end -------------------------------------------------------------------------------

def _keys(analyze, text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.label, m.key) for m in analyze(text).mentions}


def test_people_word_before_executive_becomes_the_body(analyze):
    """The model tags a real people's word alone here; an invented one it tags whole."""
    keys = _keys(analyze, "Jo Brann said the Scottish Executive would publish its plans on Monday.")
    assert keys.get("Scottish Executive") == ("ORG", "scottish executive")
    assert "Scottish" not in keys


def test_city_before_stock_exchange_becomes_the_exchange(analyze):
    keys = _keys(analyze, "Shares in Vaalco rose 3% on the New York Stock Exchange on Tuesday.")
    assert keys.get("New York Stock Exchange", ("", ""))[0] == "ORG"
    assert "New York" not in keys


def test_country_before_brand_cased_body_becomes_the_body(analyze):
    keys = _keys(analyze, 'Jo Brann said: "UK e-Universities failed as a model for Tamsk."')
    assert keys.get("UK e-Universities", ("", ""))[0] == "ORG"
    assert "UK" not in keys


def test_country_before_a_post_and_a_name_stays_the_country(analyze):
    keys = _keys(analyze, "The UK Foreign Secretary Jo Brann flew to Tamsk on Monday.")
    assert "UK Foreign Secretary" not in keys
