"""Actor kinds (issue 18, round 34): kinds the name's own head word states — a continent, a place
with a head word ("Vaal province"), a ground with one ("Stade de Vaal", "Kessel Arena") — and a
given name the model tags as a people. Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import mentions_in
from mention_helpers import resolved_kinds as _kinds
from newsgraph.model import Mention
from newsgraph.names import name_key

_MATCH = "Kemaria beat Vaalia in the rugby match. "


def _sport_kinds(docs: dict[str, tuple[str, dict[str, str]]]) -> dict[str, str]:
    """Kinds of a sports story: a national side's mention makes each document one."""
    from newsgraph.resolve import get_resolver
    mentions = [m for doc, (text, names) in docs.items() for m in mentions_in(doc, text, names)]
    for doc, (text, _) in docs.items():
        mentions.append(Mention(doc=doc, start=0, end=7, text="Kemaria", label="GPE",
                                key=f"{name_key('Kemaria')} team", full_name="Kemaria team", sentence=0))
    texts = {doc: text for doc, (text, _) in docs.items()}
    return {a.name: a.kind for a in get_resolver("name-graph.v1")(mentions, [], texts=texts).actors}


# --- continents -----------------------------------------------------------------------------

def test_a_continent_the_model_tags_a_body_is_land():
    text = "Bank shares in Asia's big markets fell. Traders in Asia sold early."
    assert _kinds({"a": (text, {"Asia": "ORG"})})["Asia"] == "LOC"


def test_a_continent_in_a_sports_story_may_be_a_side_and_keeps_the_vote():
    text = _MATCH + "Europe won the cup. Europe led from the first day."
    assert _sport_kinds({"a": (text, {"Europe": "ORG"})})["Europe"] == "ORG"


# --- places by their head word ----------------------------------------------------------------

def test_a_name_with_a_place_head_word_is_a_place():
    text = "Floods hit Vaaldara province on Monday. Aid reached Vaaldara province later."
    assert _kinds({"a": (text, {"Vaaldara province": "ORG"})})["Vaaldara province"] == "GPE"
    capital = "The plant in Kessoro Prefecture closed. Kessoro Prefecture lost 300 jobs."
    assert _kinds({"a": (capital, {"Kessoro Prefecture": "ORG"})})["Kessoro Prefecture"] == "GPE"


def test_a_capitalised_county_or_state_may_be_a_club_or_a_college_and_keeps_the_vote():
    club = "Brenham County signed a striker. Brenham County won again."
    assert _kinds({"a": (club, {"Brenham County": "ORG"})})["Brenham County"] == "ORG"
    college = "Ostrava State hired a coach. Ostrava State said the deal was done."
    assert _kinds({"a": (college, {"Ostrava State": "ORG"})})["Ostrava State"] == "ORG"


def test_a_name_followed_by_a_lower_case_place_head_is_a_place():
    text = "Officials in Taluvar state said the dam held. Farmers in Taluvar state were moved."
    assert _kinds({"a": (text, {"Taluvar": "ORG"})})["Taluvar"] == "GPE"


def test_a_firm_once_followed_by_state_funding_keeps_its_kind():
    text = ("Torvane posted a profit. Torvane said sales rose. Torvane hired staff. "
            "The regulator questioned Torvane state aid.")
    assert _kinds({"a": (text, {"Torvane": "ORG"})})["Torvane"] == "ORG"


def test_a_people_before_a_place_head_stays_a_people():
    text = "The Kemari region signed a winger. Kemari fans cheered."
    assert _kinds({"a": (text, {"Kemari": "NORP"})})["Kemari"] == "NORP"


# --- grounds by their head word ----------------------------------------------------------------

def test_a_ground_with_a_head_word_in_any_language_is_a_venue():
    text = "The final was held at the Stade de Vaulmont. The Stade de Vaulmont was full."
    assert _kinds({"a": (text, {"Stade de Vaulmont": "ORG"})})["Stade de Vaulmont"] == "FAC"
    arena = "Tickets for Brenton Arena sold out. Brenton Arena seats 12,000."
    assert _kinds({"a": (arena, {"Brenton Arena": "ORG"})})["Brenton Arena"] == "FAC"


def test_a_club_named_stade_is_no_ground():
    text = "Stade Vaulmontais beat the leaders. Stade Vaulmontais top the table."
    assert _kinds({"a": (text, {"Stade Vaulmontais": "ORG"})})["Stade Vaulmontais"] == "ORG"


def test_park_or_lane_names_a_ground_only_in_sport():
    text = _MATCH + "The game at Brackley Park drew a crowd. Brackley Park was sold out."
    assert _sport_kinds({"a": (text, {"Brackley Park": "ORG"})})["Brackley Park"] == "FAC"
    person = "The actor Tobin Lane spoke. Tobin Lane said he was pleased."
    assert _kinds({"a": (person, {"Tobin Lane": "PERSON"})})["Tobin Lane"] == "PERSON"


# --- a given name tagged a people -----------------------------------------------------------------

def test_a_word_spelt_like_a_people_stays_a_people_beside_a_given_name():
    names = {"Vaalian": "NORP"}
    text = "Vaalian voters were angry. The Vaalian side lost."
    assert _kinds({"a": (text, names)})["Vaalian"] == "NORP"
