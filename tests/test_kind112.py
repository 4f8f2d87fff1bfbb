"""A firm's name of two words joined by "and" or "&" (round 70, branch kind112): the model cut
"Harrow and Dunmere" into a person and a place; with a cue of one firm on a writing of the pair
in the document (its initials in brackets after it, a singular firm noun just before it, or the
pair closing a list of bodies after an "and") it is one ORG mention wherever the document writes
it. Two people, two places, two firms named with a plural noun and a country stay apart.
Sentences and names written for these tests."""

from __future__ import annotations


def _mentions(analyze, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in analyze("Harbour\n\n" + text).mentions]


# --- the fix: fails on the base (b22f7386) ---------------------------------------------------

def test_a_pair_with_its_initials_after_it_is_one_firm(analyze):
    text = ("The biggest brewer in the north, Harrow and Dunmere (H&D), is to buy a stake in a "
            "Kemarian beer maker. Harrow and Dunmere said profits rose.")
    mentions = _mentions(analyze, text)
    assert mentions.count(("Harrow and Dunmere", "ORG")) == 2
    assert not any(name in ("Harrow", "Dunmere") for name, _ in mentions)


def test_a_pair_closing_a_list_of_bodies_is_one_firm(analyze):
    text = ("Among the accused were Vantorix Group, Kessel Tobacco, Brevik Group and Harman and "
            "Tillson. The firms deny it.")
    mentions = _mentions(analyze, text)
    assert ("Harman and Tillson", "ORG") in mentions
    assert ("Harman", "PERSON") not in mentions and ("Tillson", "PERSON") not in mentions


def test_a_pair_after_a_singular_firm_noun_is_one_firm(analyze):
    mentions = _mentions(analyze, "The tobacco firm Harman and Tillson said sales fell.")
    assert mentions == [("Harman and Tillson", "ORG")]


# --- guards: what must not change ------------------------------------------------------------

def test_two_people_saying_together_stay_two_people(analyze):
    text = "Jo Brann and Ann Vaal met at the hotel. Brann and Vaal said they were happy."
    mentions = _mentions(analyze, text)
    assert ("Brann", "PERSON") in mentions and ("Vaal", "PERSON") in mentions
    assert not any(" and " in name for name, _ in mentions)


def test_two_firms_after_a_plural_noun_stay_two(analyze):
    mentions = _mentions(analyze, "Firms such as Marlow and Tennick said sales fell.")
    assert not any(" and " in name for name, _ in mentions)


def test_a_firm_and_a_countrys_firm_stay_apart(analyze):
    mentions = _mentions(analyze, "The energy giant Kessmark and Kemaria's Vaal Oil will sign a deal.")
    assert not any(" and " in name for name, _ in mentions)


def test_two_towns_without_a_firm_cue_stay_two_places(analyze):
    text = "Jo Brann said flights between Harrow and Dunmere would resume in May."
    mentions = _mentions(analyze, text)
    assert not any(" and " in name for name, _ in mentions)


def test_an_items_list_ending_in_two_names_without_a_body_before_stays(analyze):
    text = "The prize went to Jo Brann, Ann Vaal and Tom Kessel and Lena Rask."
    mentions = _mentions(analyze, text)
    assert not any(" and " in name for name, _ in mentions)


def test_a_firm_and_a_peoples_word_after_a_firm_noun_stay_apart(analyze):
    text = "A group of the press distributor Kessmark and Kemarian printers wants a bigger stake."
    mentions = _mentions(analyze, text)
    assert not any(" and " in name for name, _ in mentions)
