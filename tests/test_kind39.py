"""Actor kinds (round 35, branch kind39): works named by what trails their title or by their
maker — "X (1994)", "X, directed by", "X actress", "X won best film", "director Y's X" — voted over the corpus with the noun cues of ``resolve/works.py``; a name that acts
anywhere, a place or an outlet stays an actor. Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import resolved_kinds as _kinds

from newsgraph.resolve.works import WorkFinder


def _trail_keys(text: str) -> set[str]:
    return WorkFinder.from_data().trails.keys(text)


# --- the cues ----------------------------------------------------------------------------------

def test_a_year_in_brackets_names_the_title_not_the_person_before_it():
    keys = _trail_keys("Critics still praise Jo Vaal in Kessel Nights (1994) as her best role.")
    assert "kessel nights" in keys
    assert "jo vaal" not in keys


def test_credits_and_prizes_after_a_title_are_cues():
    assert "tamsk road" in _trail_keys("Tamsk Road, directed by Ola Brevik, opens on Friday.")
    assert "tamsk road" in _trail_keys("Tamsk Road written and directed by Ola Brevik is long.")
    assert "vaal dreams" in _trail_keys("Last year Vaal Dreams won best film at the gala.")
    assert "marrow lane" in _trail_keys("Former Marrow Lane actress Pia Holt has a new role.")


def test_a_makers_possessive_is_a_cue_and_a_makers_verb_is_not():
    assert "glass orchard" in _trail_keys("Director Ivo Lund's The Glass Orchard is a hit.")
    assert not _trail_keys("He was directing Pia Holt in Glass Orchard.")  # a verb names the actor


def test_no_cue_without_a_title_or_with_a_person_appositive():
    assert not _trail_keys("Pia Holt, actress and singer, lives in the town.")
    assert not _trail_keys("Tovra Rovers star Pia Holt scored twice.")  # a side has stars
    assert not _trail_keys("US actor Pia Holt said no.")  # letters are no title
    assert not _trail_keys("The director's Kessel Group paid for it.")  # no name before the possessive
    assert not _trail_keys("He directed Ivo's campaign last year.")  # a lower-case noun follows


# --- the vote ----------------------------------------------------------------------------------

def test_a_film_named_by_its_year_and_bare_elsewhere_is_no_actor():
    year = "Fans recall Morrow Bay (1987) fondly."
    bare = "Morrow Bay is shown again tonight."
    kinds = _kinds({"a": (year, {"Morrow Bay": "ORG"}), "b": (bare, {"Morrow Bay": "ORG"})})
    assert "Morrow Bay" not in kinds


def test_a_show_whose_actress_is_named_is_no_actor():
    text = "Quillet Street actress Pia Holt has left the cast. Quillet Street returns in May."
    assert "Quillet Street" not in _kinds({"a": (text, {"Quillet Street": "ORG", "Pia Holt": "PERSON"})})


def test_a_name_that_acts_stays_an_actor():
    film = "Harwell, directed by Ivo Lund, is long."
    firm = "Harwell said on Monday that profits rose."
    kinds = _kinds({"a": (film, {"Harwell": "ORG"}), "b": (firm, {"Harwell": "ORG"})})
    assert kinds.get("Harwell") == "ORG"


def test_a_place_before_an_actor_noun_stays_a_place():
    text = "Dunmore actor Ivo Lund was born there. Dunmore lies on the coast."
    assert _kinds({"a": (text, {"Dunmore": "GPE", "Ivo Lund": "PERSON"})}).get("Dunmore") == "GPE"


def test_one_cued_story_of_many_is_too_few():
    cued = {"a": ("Brenna Hill (1990) was filmed there.", {"Brenna Hill": "ORG"})}
    bare = {f"d{i}": (f"Brenna Hill opened office number {i}.", {"Brenna Hill": "ORG"}) for i in range(6)}
    assert _kinds({**cued, **bare}).get("Brenna Hill") == "ORG"


def test_a_list_after_like_names_works_but_the_verb_does_not():
    keys = _trail_keys("Older games like Vaal Quest and Tamsk Racer sold well.")
    assert {"vaal quest", "tamsk racer"} <= keys
    assert not _trail_keys("Fans who like Tamsk Rovers went to the match.")


def test_a_role_in_a_title_is_a_cue_but_not_in_a_body_after_a_determiner():
    assert "glass orchard" in _trail_keys("She won praise for her role in The Glass Orchard.")
    assert not _trail_keys("He denied any role in the Vaal Party's campaign.")
