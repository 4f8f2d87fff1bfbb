"""Kinds of real actors the model's label gets wrong and no cue corrected (round 36, branch kind43):
a one-word body the vote calls a person that no mention shows as one (``_bodied_kind``, words
``body_voices_after`` / ``body_voices_before`` / ``body_pronouns`` / ``person_pronouns`` in
``data/kind_contexts.yaml``), and a town written with the larger place it lies in
(``_qualified_place_kind``). Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import resolved_kinds as _kinds

from newsgraph.resolve.contexts import KindContexts


# --- a body the model calls a person ---------------------------------------------------------

def test_a_one_word_name_with_a_bodys_words_and_no_persons_is_a_body():
    text = ("Talvexo shares rose 4% on Monday. Analysts expect the deal to close soon. "
            "Talvexo made its offer for the rival chain last week.")
    assert _kinds({"a": (text, {"Talvexo": "PERSON"})})["Talvexo"] == "ORG"


def test_a_spokesman_for_the_name_and_a_which_make_a_body():
    text = ("A spokesman for Brunvik declined to comment on the figures. "
            "The regulator fined Brunvik, which runs 40 depots, in March.")
    assert _kinds({"a": (text, {"Brunvik": "PERSON"})})["Brunvik"] == "ORG"


def test_a_persons_pronoun_keeps_the_person():
    # "his" first after the name, no other name between: a person, whatever the shares say
    text = ("Talvexo shares rose 4% on Monday. Talvexo said his family would keep its stake.")
    assert _kinds({"a": (text, {"Talvexo": "PERSON"})})["Talvexo"] == "PERSON"


def test_a_title_or_an_age_keeps_the_person():
    titled = "A spokesman for Mr Orvanne said the talks had ended. Orvanne shares were sold."
    assert _kinds({"a": (titled, {"Orvanne": "PERSON"})})["Orvanne"] == "PERSON"
    aged = "Orvanne, 54, sold the firm. Orvanne shares were later listed in Vaalburg."
    assert _kinds({"a": (aged, {"Orvanne": "PERSON"})})["Orvanne"] == "PERSON"


def test_another_bodys_its_or_a_nouns_which_is_no_voice():
    # "its" after an object or past another name is not the name's; "the Kessary review, which"
    # is the review's "which"
    objected = "The court ruled for Melvane and the union said its members would strike."
    assert _kinds({"a": (objected, {"Melvane": "PERSON"})})["Melvane"] == "PERSON"
    review = "Ministers rejected the Kessary review, which called for a new exam. The Kessary report sank."
    assert _kinds({"a": (review, {"Kessary": "PERSON"})})["Kessary"] == "PERSON"
    # "which" after a preposition or a list's "and" is the phrase's
    owned = "The museum bought a violin that belonged to Tamberlo, which will go on show in May."
    assert _kinds({"a": (owned, {"Tamberlo": "PERSON"})})["Tamberlo"] == "PERSON"
    listed = "The gala starred Orsi, Brandt and Tamberlo, which raised a record sum."
    assert _kinds({"a": (listed, {"Tamberlo": "PERSON"})})["Tamberlo"] == "PERSON"


def test_a_persons_pronoun_past_another_name_is_not_read():
    # "he" stands for the analyst named between: the name's own words make it a body
    text = ("\"Fees will rise at Dovrelle,\" said Ann Tamm, an analyst. He said Dovrelle shares were cheap.")
    assert _kinds({"a": (text, {"Dovrelle": "PERSON", "Ann Tamm": "PERSON"})})["Dovrelle"] == "ORG"


def test_a_full_persons_name_is_never_voted_a_body():
    text = "A spokesman for Ann Selvik declined to comment. Ann Selvik shares rose on Monday."
    assert _kinds({"a": (text, {"Ann Selvik": "PERSON"})})["Ann Selvik"] == "PERSON"


def test_the_body_voice_words():
    contexts = KindContexts.from_data()
    text = "The deal lifted Korvath shares. Developers Korvath hired staff."
    at = text.index("Korvath")
    assert contexts.body_voice(text, at, at + 7)
    blocked = "Analysts met Korvath staff on Monday."
    at = blocked.index("Korvath")
    assert not contexts.body_voice(blocked, at, at + 7)


# --- a town with the larger place it lies in -------------------------------------------------

def test_a_town_written_with_its_county_is_a_place():
    text = ("A man from Brackwell, Vaalshire, was arrested. Floods hit Vaalshire on Monday. "
            "Police in Vaalshire said roads were shut.")
    kinds = _kinds({"a": (text, {"Brackwell": "ORG", "Vaalshire": "GPE"})})
    assert kinds["Brackwell"] == "GPE"


def test_a_firm_based_in_a_town_and_its_state_names_the_town():
    text = ("The Morrowby, Kessland-based firm cut 200 jobs. Storms hit Kessland. "
            "Farmers in Kessland lost crops.")
    kinds = _kinds({"a": (text, {"Morrowby": "ORG", "Kessland": "GPE"})})
    assert kinds["Morrowby"] == "GPE"


def test_a_list_a_ground_or_a_body_in_its_town_keeps_the_kind():
    # no lead word: a list of clubs
    listed = "Rivals Torbrook, Kessland and Vaalby all won. Storms hit Kessland. Torbrook signed a striker."
    assert _kinds({"a": (listed, {"Torbrook": "ORG", "Kessland": "GPE"})})["Torbrook"] == "ORG"
    # a college in its town: a body, and a name of two words
    college = "She is a fellow of Brask College, Kessland. Storms hit Kessland."
    assert _kinds({"a": (college, {"Brask College": "ORG", "Kessland": "GPE"})})["Brask College"] == "ORG"
    # a ground: "at Torbrook" of a match
    ground = "The game at Torbrook was off. Fans from Torbrook, Kessland, went home. Storms hit Kessland."
    assert _kinds({"a": (ground, {"Torbrook": "ORG", "Kessland": "GPE"})})["Torbrook"] == "ORG"
