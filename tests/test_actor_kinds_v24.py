"""Actor kinds (issue 18, round 25): a lone word is a person's surname by its spelling, not its
sound; a virus, a disease and a performer's tour are things. Sentences and names written for
these tests."""

from __future__ import annotations

from mention_helpers import kind_cue as _cue
from mention_helpers import resolved_kinds as _kinds

from newsgraph.resolve.contexts import NONE
from newsgraph.resolve.works import AwardContext


def test_a_group_word_that_only_sounds_like_a_surname_stays_a_group():
    # "Orvik" and "Arvek" fold to one sound key; no full name ends in "Orvik"
    kinds = _kinds({"a": ("The survey was run by Orvik, a policy unit. Orvik staff wrote it.", {"Orvik": "ORG"}),
                    "b": ("Ann Arvek won the race. Ann Arvek was glad.", {"Ann Arvek": "PERSON"}),
                    "c": ("Coach Ann Arvek has quit. Ann Arvek left on Monday.", {"Ann Arvek": "PERSON"})})
    assert kinds["Orvik"] == "ORG"


def test_a_group_word_that_is_a_surname_as_written_is_a_person():
    kinds = _kinds({"a": ("Tamsker served well and Tamsker won.", {"Tamsker": "ORG"}),
                    "b": ("Ann Tamsker won the final. Ann Tamsker was glad.", {"Ann Tamsker": "PERSON"}),
                    "c": ("Ann Tamsker has lost. Ann Tamsker left on Monday.", {"Ann Tamsker": "PERSON"})})
    assert kinds["Tamsker"] == "PERSON"


def test_malicious_software_named_before_its_noun_is_a_thing():
    assert _cue("Experts said the Zorvik virus spread by e-mail.", "Zorvik", "ORG") == NONE
    assert _cue("A new Brevko worm hit banks on Friday.", "Brevko", "PERSON") == NONE
    assert _cue("Kessel said it had found the flaw.", "Kessel", "ORG") == ""


def test_a_disease_after_a_verb_of_illness_is_a_thing():
    assert _cue("Two men were diagnosed with Vaalosis in May.", "Vaalosis", "ORG") == NONE
    assert _cue("An outbreak of Tamsko fever was reported.", "Tamsko", "GPE") != NONE  # a longer name
    assert _cue("An outbreak of Tamsko in the north was reported.", "Tamsko", "GPE") == NONE


def test_a_name_before_tour_is_a_tours_name():
    tour = AwardContext.tours_from_data()
    text = "She cancelled her Kessel Nights tour after a fall."
    start = text.index("Kessel Nights")
    assert tour(text, start, start + len("Kessel Nights"))


def test_a_tour_named_twice_leaves_the_actor_graph_but_a_band_that_speaks_stays():
    kinds = _kinds({"a": ("She cancelled her Kessel Nights tour in June.", {"Kessel Nights": "PERSON"}),
                    "b": ("The Kessel Nights tour was a costly show.", {"Kessel Nights": "ORG"}),
                    "c": ("The Vaalmen tour starts in May. The Vaalmen tour sold out.", {"Vaalmen": "ORG"}),
                    "d": ("The Vaalmen said they were thrilled.", {"Vaalmen": "ORG"})})
    assert "Kessel Nights" not in kinds
    assert kinds["Vaalmen"] == "ORG"


def test_a_channels_noun_before_a_name_makes_it_an_outlet():
    assert _cue("Ads will run on music channel Vaalbeat from May.", "Vaalbeat", "ORG") == "OUTLET"
    assert _cue("She hosts a show on radio station Kessel FM.", "Kessel FM", "ORG") == "OUTLET"
    # a presenter is a broadcaster too: no outlet cue
    assert _cue("Comedian and broadcaster Ann Vaal has died.", "Ann Vaal", "PERSON") == ""


def _outlet_story(doc: str, name: str) -> tuple[str, dict[str, str]]:
    return (f"A statement from {name} said the plan was off. {name} said so twice.", {name: "OUTLET"})


def test_an_outlet_by_one_storys_reading_that_other_stories_call_a_body_is_a_body():
    kinds = _kinds({"a": _outlet_story("a", "Brevka Net"),
                    "b": ("Brevka Net cut 300 jobs in May.", {"Brevka Net": "ORG"}),
                    "c": ("Shares in Brevka Net fell.", {"Brevka Net": "PERSON"})})
    assert kinds["Brevka Net"] == "ORG"


def test_an_outlet_most_stories_read_or_a_sentence_calls_a_publication_stays_an_outlet():
    kinds = _kinds({"a": _outlet_story("a", "Tamsk Post"), "b": _outlet_story("b", "Tamsk Post"),
                    "c": ("The Tamsk Post hired 30 staff.", {"Tamsk Post": "ORG"})})
    assert kinds["Tamsk Post"] == "OUTLET"
    kinds = _kinds({"a": ("He told the Vaal Courier newspaper he would stay.", {"Vaal Courier": "OUTLET"}),
                    "b": ("Vaal Courier cut 30 jobs.", {"Vaal Courier": "ORG"}),
                    "c": ("Vaal Courier was sold in May.", {"Vaal Courier": "ORG"})})
    assert kinds["Vaal Courier"] == "OUTLET"
