"""Actor-hood (round 50, branch kind77): a lone word whose only mention the model cut out of a
longer capitalized run ("Drelmo Savika" tagged as "Savika", "Marlow Monologues" tagged as
"Marlow") is a piece of that run, no actor. The word against it must be no title, role or date
("Mr Vask", "the Tarnby President"), held by no other mention, not a sentence's first word, not
a country, a people or a given name ("Danish", "Anna"), and not a body's letters after a place
("the Tarnby WTA event"). Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import resolved_kinds as _kinds

from newsgraph.names import NameGender
from newsgraph.resolve.fragments import FragmentWords, cut_out_alone

_WORDS = FragmentWords.from_data()
_GENDER = NameGender.from_data()


def _own_name(word: str) -> bool:
    return word in {"Danish", "Spain"} or _GENDER.is_given_name(word)


def _cut(text: str, word: str, covered=lambda offset: False) -> bool:
    at = text.index(word)
    return cut_out_alone(text, at, at + len(word), _WORDS, covered, _own_name)


def test_a_word_after_a_capitalized_word_mid_sentence_is_cut():
    assert _cut("Owners of the Drelmo Savika van were told to return it.", "Savika")


def test_a_word_before_a_capitalized_word_is_cut():
    assert _cut("She hopes to stage Marlow Monologues in the spring.", "Marlow")


def test_a_roman_numeral_after_the_word_is_a_title_piece():
    assert _cut("Critics say the Hartvik IV rules cut benefits.", "Hartvik")


def test_a_title_or_a_role_beside_the_word_is_no_run():
    assert not _cut("The plan was backed by Mr Savika last week.", "Savika")
    assert not _cut("Talks with the Tarnby President ended early.", "Tarnby")


def test_a_sentence_first_word_before_is_no_run():
    assert not _cut("Drelmo Savika has risen again.", "Savika")
    assert not _cut("Sales fell. Drelmo Savika has risen again.", "Savika")


def test_a_word_another_mention_holds_is_a_neighbour():
    text = "Speaking in Tarnby Vask said the vote was close."
    at = text.index("Vask")
    assert not _cut(text, "Tarnby", covered=lambda offset: at <= offset < at + 4)


def test_a_people_or_a_given_name_beside_is_its_own_name():
    assert not _cut("The firm opened a Danish Savika plant.", "Savika")
    assert not _cut("The song was sung by Anna Savika at the show.", "Savika")


def test_a_body_letters_after_a_place_keep_the_place():
    assert not _cut("She won the title at the Tarnby WTA event in May.", "Tarnby")


def test_a_one_mention_piece_of_a_product_name_leaves_the_actors():
    docs = {"a": ("Recalls hit the Drelmo Savika van and two cars made by Orvik Motors.",
                  {"Savika": "GPE", "Orvik Motors": "ORG"})}
    kinds = _kinds(docs)
    assert "Savika" not in kinds
    assert kinds.get("Orvik Motors") == "ORG"


def test_a_one_mention_piece_of_a_title_leaves_the_actors():
    docs = {"a": ("The director Lio Dask hopes to stage Marlow Monologues in the spring.",
                  {"Marlow": "ORG", "Lio Dask": "PERSON"})}
    kinds = _kinds(docs)
    assert "Marlow" not in kinds
    assert kinds.get("Lio Dask") == "PERSON"


def test_a_place_before_a_title_and_its_person_stay():
    docs = {"a": ("Speaking in Tarnby Mr Vask said the vote was close.",
                  {"Tarnby": "GPE", "Vask": "PERSON"})}
    kinds = _kinds(docs)
    assert kinds.get("Tarnby") == "GPE"
    assert kinds.get("Vask") == "PERSON"


def test_a_place_before_a_body_letters_stays():
    docs = {"a": ("She won the title at the Tarnby WTA event in May.", {"Tarnby": "GPE"})}
    assert _kinds(docs).get("Tarnby") == "GPE"


def test_a_word_named_twice_is_left_to_the_fragment_share():
    docs = {"a": ("Analysts at Brellco Savika said sales rose. Savika expects more growth.",
                  {"Savika": "ORG"})}
    assert _kinds(docs).get("Savika") == "ORG"
