"""Actor kinds (round 46, branch kind67): a fictional character that each story names once as a
part played ("will play the role of Tobin Marsh", "Orla, played by Ada Voss", "will voice
Pell"), its other mentions telling its plot, is no actor; a real person a film portrays ("her
role as Mira Kell") and a person named as a part in one story only stay. Sentences and names
written for these tests."""

from __future__ import annotations

from mention_helpers import resolved_kinds as _kinds


def _story_part(text: str, name: str) -> bool:
    from newsgraph.resolve.works import RoleContext  # imported here: the tests run on older trees

    start = text.index(name)
    return RoleContext.from_data().story_part(text, start, start + len(name))


# --- the context ---------------------------------------------------------------------------------

def test_a_part_by_a_cue_no_biopic_gets_is_a_story_part():
    assert _story_part("Ada Voss will play the role of Tobin Marsh next winter.", "Tobin Marsh")
    assert _story_part("Orla, played by Ada Voss, sails away at the end.", "Orla")
    assert _story_part("A young singer will voice Pell in the cartoon.", "Pell")


def test_a_role_as_is_no_story_part():
    # a biopic's hero is named so as well: only the every-mention vote of round 44 reads it
    assert not _story_part("She won praise for her role as Mira Kell in the biopic.", "Mira Kell")
    assert not _story_part("Ada Voss plays Mira Kell in the second round.", "Mira Kell")


# --- the vote ------------------------------------------------------------------------------------

def test_a_character_named_as_a_part_once_in_its_story_is_no_actor():
    text = ("The novel follows its hero Tobin Marsh across a frozen sea. Ada Voss said she will "
            "play the role of Tobin Marsh in the film, due out in the spring.")
    kinds = _kinds({"a": (text, {"Tobin Marsh": "PERSON", "Ada Voss": "PERSON"})})
    assert "Tobin Marsh" not in kinds
    assert kinds.get("Ada Voss") == "PERSON"


def test_a_soap_character_whose_death_the_story_tells_is_no_actor():
    text = ("Orla's death drew nine million viewers to the long-running serial. Fans first met "
            "Orla, played by Ada Voss, in the village pub a decade ago.")
    kinds = _kinds({"a": (text, {"Orla": "PERSON", "Ada Voss": "PERSON"})})
    assert "Orla" not in kinds


def test_a_character_parted_in_each_of_two_stories_is_no_actor():
    first = "Pell first appears in chapter two. A young singer will voice Pell in the cartoon."
    second = "The studio said Ada Voss will voice Pell, and Pell now gets a song of his own."
    kinds = _kinds({"a": (first, {"Pell": "PERSON"}),
                    "b": (second, {"Pell": "PERSON", "Ada Voss": "PERSON"})})
    assert "Pell" not in kinds


def test_a_biopic_hero_named_twice_in_one_story_stays_a_person():
    text = ("Ada Voss was nominated for her role as Mira Kell in a new biopic. "
            "Mira Kell recorded her first album in 1961.")
    kinds = _kinds({"a": (text, {"Mira Kell": "PERSON", "Ada Voss": "PERSON"})})
    assert kinds.get("Mira Kell") == "PERSON"


def test_a_name_a_part_in_one_story_and_not_in_another_stays():
    first = "Ada Voss will play the role of Dex Harlow on stage."
    second = "Dex Harlow opened a bakery in Leeds on Friday and hired ten staff."
    kinds = _kinds({"a": (first, {"Dex Harlow": "PERSON", "Ada Voss": "PERSON"}),
                    "b": (second, {"Dex Harlow": "PERSON"})})
    assert kinds.get("Dex Harlow") == "PERSON"


def test_a_character_that_speaks_stays():
    text = ("Ada Voss will play the role of Dex Harlow. \"I am ready,\" Dex Harlow said at the "
            "launch on Monday.")
    kinds = _kinds({"a": (text, {"Dex Harlow": "PERSON", "Ada Voss": "PERSON"})})
    assert kinds.get("Dex Harlow") == "PERSON"


# --- a franchise over a stray kind cue -----------------------------------------------------------

# the plural verb after the name gives it a body's cue, though its subject is the wagers
_WAGERS = "Wagers on Ada Voss as the next Tobin Marsh were void."


def test_a_franchise_outvotes_one_stray_plural_verb_cue():
    first = (_WAGERS + " The next Tobin Marsh film opens in May, the 12th Tobin Marsh film in all. "
             "Tobin Marsh drives a fast car.")
    second = ("Gamers bought the Tobin Marsh games in their millions. The first Tobin Marsh film "
              "and the two previous Tobin Marsh films sold well, and the Tobin Marsh books too.")
    third = "Tobin Marsh fights a villain on a train. The latest Tobin Marsh film was shot in Prague."
    kinds = _kinds({"a": (first, {"Tobin Marsh": "PERSON", "Ada Voss": "PERSON"}),
                    "b": (second, {"Tobin Marsh": "PERSON"}), "c": (third, {"Tobin Marsh": "PERSON"})})
    assert "Tobin Marsh" not in kinds
    assert kinds.get("Ada Voss") == "PERSON"


def test_a_cue_for_every_two_frames_keeps_the_actor():
    first = _WAGERS + " The next Tobin Marsh film opens in May."
    second = "Tobin Marsh were fined on Monday. The first Tobin Marsh film sold well."
    third = "Tobin Marsh were beaten on Sunday. The latest Tobin Marsh film was shot in Prague."
    kinds = _kinds({"a": (first, {"Tobin Marsh": "PERSON"}), "b": (second, {"Tobin Marsh": "PERSON"}),
                    "c": (third, {"Tobin Marsh": "PERSON"})})
    assert "Tobin Marsh" in kinds
