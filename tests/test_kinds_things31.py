"""Actor kinds (issue 18, round 31): things that are no actors — an award named by its winners
and nominees ("a Kessel winner"), a format lent to another thing ("a Vaal-style contest"), an
acronym the corpus spells as a technology ("KTV (Kessel Transfer Protocol)"), and a capitalized
plural of a word the corpus writes in lower case ("the Budgets"). Sentences and names written for
these tests."""

from __future__ import annotations

from mention_helpers import kind_cue, resolved_kinds as _kinds

from newsgraph.resolve.contexts import KindContexts


# --- an award by its winners and nominees -----------------------------------------------------

def test_an_award_named_by_its_winners_and_nominations_is_no_actor():
    text = ("The actor is a three-time Marrow winner. His film earned four Marrow nominations "
            "this year.")
    assert "Marrow" not in _kinds({"a": (text, {"Marrow": "ORG"})})


def test_a_club_whose_late_winner_is_named_stays_an_actor_when_it_acts():
    # "the Kessel winner" of a match report: the club acts in the story's other sentences
    text = ("Vantor scored the Kessel winner in the last minute. Kessel have signed two players. "
            "Kessel winner celebrations went on late.")
    assert _kinds({"a": (text, {"Kessel": "ORG"})}).get("Kessel") == "ORG"


# --- a format lent to another thing ----------------------------------------------------------

def test_a_show_named_as_a_style_or_type_is_no_actor():
    text = ("The channel has made a Quarrel Star-style contest for chefs. A Quarrel Star type "
            "show for writers follows in May.")
    assert "Quarrel Star" not in _kinds({"a": (text, {"Quarrel Star": "ORG"})})


def test_a_style_named_after_someone_who_speaks_keeps_the_person():
    text = ("Critics mocked the Dornan-style speech. Dornan said he was proud of it. "
            "A Dornan-type campaign is planned.")
    assert _kinds({"a": (text, {"Dornan": "PERSON"})}).get("Dornan") == "PERSON"


def test_the_style_word_is_read_after_a_hyphen_or_a_space_only():
    contexts = KindContexts.from_data()
    text = "a Vessa-style show, a Vessa type show, Vessa typed it, Vessa stylesheet"
    ends = [i + len("Vessa") for i in range(len(text)) if text.startswith("Vessa", i)]
    assert [contexts.modifies_thing(text, end) for end in ends] == [True, True, False, False]


# --- acronyms the corpus spells as a technology ----------------------------------------------

def test_an_acronym_spelled_as_a_technology_is_no_actor_in_any_story():
    spelled = "Homes may soon get KTP (Kessel Transfer Protocol) over their phone lines."
    bare = "Broadcasters see KTP as a threat. KTP could bring more channels."
    kinds = _kinds({"a": (spelled, {"KTP": "ORG"}), "b": (bare, {"KTP": "ORG"})})
    assert "KTP" not in kinds


def test_the_spelled_words_before_the_acronym_count_and_name_no_actor():
    text = "The firm sells Portable Vaal Recorders (PVRs) to shops. PVRs sold well."
    kinds = _kinds({"a": (text, {"PVRs": "ORG", "Portable Vaal Recorders": "ORG"})})
    assert "PVRs" not in kinds and "Portable Vaal Recorders" not in kinds


def test_a_bodys_spelled_name_is_no_technology():
    contexts = KindContexts.from_data()
    texts = ["the Kessel Institute of Technology (KIT) said", "the Vaal Software Association (VSA) said",
             "the Tamsk Protocol Service (TPS)"]
    assert contexts.spelt_acronyms(texts) == frozenset()


def test_a_spelled_technology_that_speaks_stays_an_actor():
    # a firm named like its product: "KTP said" outvotes the spelling
    text = "KTP (Kessel Transfer Protocol) is new. KTP said its sales rose."
    assert "KTP" in _kinds({"a": (text, {"KTP": "ORG"})})


def test_the_acronyms_letters_must_be_spelled():
    contexts = KindContexts.from_data()
    assert contexts.spelt_acronyms(["the QRX (Kessel Transfer Protocol) trial"]) == frozenset()


# --- a capitalized plural of a common word ---------------------------------------------------

_LOWER = " ".join(["Councils set their ledgers early; the ledgers are read in May."] * 3)


def test_a_capitalized_plural_the_corpus_writes_in_lower_case_is_no_actor():
    text = (_LOWER + " In the Ledgers that were given before the vote, taxes fell. "
            "The Ledgers of past years were kinder.")
    assert "Ledgers" not in _kinds({"a": (text, {"Ledgers": "ORG"})})


def test_a_band_named_by_a_common_plural_that_acts_stays_an_actor():
    text = (_LOWER + " The Ledgers are touring in May. Fans bought the Ledgers' new album.")
    assert "Ledgers" in _kinds({"a": (text, {"Ledgers": "ORG"})})


def test_a_capitalized_plural_the_corpus_seldom_writes_in_lower_case_stays():
    text = ("In the Harrows that were given before the vote, taxes fell. "
            "The Harrows of past years were kinder. Harrows won again.")
    assert "Harrows" in _kinds({"a": (text, {"Harrows": "ORG"})})


def test_kind_cues_are_unchanged_for_an_award_noun():
    # the per-mention cue reader is not the vote: "winner" adds no cue of its own
    assert kind_cue("He is a Marrow winner.", "Marrow", "ORG") == ""
