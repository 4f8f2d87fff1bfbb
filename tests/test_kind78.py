"""Actor kinds (round 50, branch kind78): a fictional character that each story names as a part
played in a work ("who plays Dex Harlow in Harbour Lights", a title some story calls a film;
"playing Pell in a remake of ...") is no actor; a rival a player plays "in the final" or "in a
city", a biopic's hero named as himself in another story, and a person whose relative is the part
stay. Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import resolved_kinds as _kinds

_FILM = "The film Harbour Lights opens in June across the country."


def _played_in_work(text: str, name: str, corpus_texts: dict[str, str] | None = None) -> bool:
    from newsgraph.resolve.works import RoleContext, WorkFinder  # imported here: the tests run on older trees

    corpus = WorkFinder.from_data().scan(corpus_texts or {"a": text})
    start = text.index(name)
    return RoleContext.from_data().played_in_work(text, start, start + len(name), corpus)


# --- the context ---------------------------------------------------------------------------------

def test_a_part_played_in_a_title_the_corpus_calls_a_work():
    text = "Ada Voss, who plays Dex Harlow in Harbour Lights, is nominated."
    assert _played_in_work(text, "Dex Harlow", {"a": text, "b": _FILM})
    assert not _played_in_work(text, "Dex Harlow", {"a": text})  # no story calls it a work


def test_a_part_played_in_a_work_by_its_noun():
    assert _played_in_work("Ada Voss is playing Pell in a remake of an old fable.", "Pell")
    assert _played_in_work("He played Orla in the new stage version.", "Orla")


def test_a_rival_played_in_a_match_or_a_city_is_no_part():
    assert not _played_in_work("Ada Voss will play Mira Kell in the final on Sunday.", "Mira Kell")
    assert not _played_in_work("Ada Voss plays Mira Kell in the second round.", "Mira Kell")
    assert not _played_in_work("Ada Voss plays Mira Kell in Port Selby on Tuesday.", "Mira Kell")


def test_a_possessive_after_the_name_is_no_part_of_it():
    assert not _played_in_work("Ada Voss plays Mira Kell's sister in the film.", "Mira Kell")


# --- the vote ------------------------------------------------------------------------------------

def test_a_character_played_in_a_film_in_its_only_story_is_no_actor():
    text = "Ada Voss, who plays Dex Harlow in Harbour Lights, said the shoot was long."
    kinds = _kinds({"a": (text, {"Dex Harlow": "PERSON", "Ada Voss": "PERSON"}),
                    "b": (_FILM, {})})
    assert "Dex Harlow" not in kinds
    assert kinds.get("Ada Voss") == "PERSON"


def test_a_character_played_in_a_remake_is_no_actor():
    text = "Ada Voss is set to star again next year, playing Pell Onder in a remake of the fable."
    kinds = _kinds({"a": (text, {"Pell Onder": "PERSON", "Ada Voss": "PERSON"})})
    assert "Pell Onder" not in kinds


def test_a_rival_played_in_a_final_stays_a_person():
    text = "Ada Voss will play Mira Kell in the final of the Port Selby Open on Sunday."
    kinds = _kinds({"a": (text, {"Mira Kell": "PERSON", "Ada Voss": "PERSON"})})
    assert kinds.get("Mira Kell") == "PERSON"


def test_a_biopic_hero_named_as_herself_in_another_story_stays_a_person():
    first = "Ada Voss, who plays Mira Kell in Harbour Lights, is nominated."
    second = "Mira Kell recorded her first album in 1961 and toured for a decade."
    kinds = _kinds({"a": (first, {"Mira Kell": "PERSON", "Ada Voss": "PERSON"}),
                    "b": (second, {"Mira Kell": "PERSON"}), "c": (_FILM, {})})
    assert kinds.get("Mira Kell") == "PERSON"


def test_a_played_part_that_speaks_stays():
    text = ("Ada Voss plays Dex Harlow in a remake of the fable. \"I am ready,\" Dex Harlow said "
            "at the launch on Monday.")
    kinds = _kinds({"a": (text, {"Dex Harlow": "PERSON", "Ada Voss": "PERSON"})})
    assert kinds.get("Dex Harlow") == "PERSON"
