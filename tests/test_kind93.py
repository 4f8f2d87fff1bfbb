"""Actor kinds (round 60, branch kind93): a work's title set off by commas right after its noun
("her next single, Kessel, reached", "their debut album, Vaal Nights, sold", "one of his songs,
Tamsk, contains", "two singles, Kessel and Vaal, reached") kept as an actor, since no noun came
right before the title. The comma-closed apposition now reads as a work's cue
(``_ApposedTitles`` in resolve/works.py), voted with the other noun cues: a name that speaks, a
head's holder after a preposition ("the director of the film, Jo Vaal,"), a titled person and a
work already named before its noun keep their actor. Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import resolved_kinds as _kinds

from newsgraph.resolve.works import WorkFinder


def _titles(text: str) -> list[str]:
    return WorkFinder.from_data().titles(text, bare=False)


# --- a title set off after its work's noun is a work -------------------------------------------

def test_a_single_set_off_by_commas_is_no_actor():
    text = "It was her third single, Orla Gate, that took her to the top of the charts in Tamsk."
    assert "Orla Gate" not in _kinds({"a": (text, {"Orla Gate": "GPE"})})


def test_an_album_set_off_by_commas_is_no_actor():
    text = "Their debut album, Vaal Harbour Lights, narrowly missed the top spot in Kemaria last week."
    assert "Vaal Harbour Lights" not in _kinds({"a": (text, {"Vaal Harbour Lights": "ORG"})})


def test_one_of_his_songs_set_off_by_commas_is_no_actor():
    text = "One of his most played songs, Brevik Run, contains lines that angered listeners in Tamsk."
    assert "Brevik Run" not in _kinds({"a": (text, {"Brevik Run": "PERSON"})})


def test_two_singles_set_off_as_a_list_are_works():
    text = "The band tested the water with two singles, Kessel Road and Vaal Dust, which both charted."
    assert _titles(text) == ["Kessel Road and Vaal Dust"]


def test_a_novel_closed_by_a_stop_is_a_work():
    assert _titles("The tale comes from her classic novel, Tamsk Nights.") == ["Tamsk Nights"]


# --- what must stay ----------------------------------------------------------------------------

def test_the_holder_of_a_post_in_a_film_is_no_title():
    text = "The director of the film, Jo Brann, says it offends no one in Kemaria."
    assert _titles(text) == []


def test_a_part_in_a_film_after_in_is_no_title():
    assert _titles("In the film, Vaal, a young farmer, leaves Tamsk for the city.") == []


def test_a_titled_person_after_a_programme_is_no_title():
    assert _titles("Speaking on the radio's morning film, Mr Vaal, who runs Tamsk, agreed.") == []


def test_a_work_named_before_its_noun_is_no_apposition():
    text = "The first Kessel film, Vaal Nights and Brevik's Tamsk will be shown at Christmas."
    assert _titles(text) == []


def test_a_show_s_host_set_off_by_commas_stays_a_person():
    text = "Asked about the show, Jo Brann, its host, said viewers in Tamsk loved it."
    assert _titles(text) == []


def test_a_singer_who_speaks_after_her_album_stays():
    one = "Asked about her new album, Ann Vaal, the singer, said she was proud of it."
    two = "Ann Vaal said she would tour Kemaria and Tamsk in the spring."
    kinds = _kinds({"a": (one, {"Ann Vaal": "PERSON"}), "b": (two, {"Ann Vaal": "PERSON"})})
    assert kinds.get("Ann Vaal") == "PERSON"


# --- a character the model typed a body or a place, played in a work named right after it -------

def test_a_part_typed_a_body_played_in_a_film_version_is_no_actor():
    text = "Jo Brann is set to play the role of Kessmark in a film version of the old police drama."
    assert "Kessmark" not in _kinds({"a": (text, {"Kessmark": "ORG", "Jo Brann": "PERSON"})})


def test_a_part_typed_a_place_played_in_a_work_some_story_names_is_no_actor():
    one = "Ann Vaal, who played Tamskia in Orla Nights, wrote the new pilot."
    two = "The sitcom Orla Nights was shown for ten years in Kemaria."
    kinds = _kinds({"a": (one, {"Tamskia": "GPE", "Ann Vaal": "PERSON"}), "b": (two, {})})
    assert "Tamskia" not in kinds


def test_a_body_taking_on_a_task_stays():
    text = "Kessel Ports will take the role of Vaal Docks in running the harbour from May."
    kinds = _kinds({"a": (text, {"Vaal Docks": "ORG", "Kessel Ports": "ORG"})})
    assert kinds.get("Vaal Docks") == "ORG"


def test_a_side_played_in_the_final_stays():
    text = "Kemaria will play Tamsk in the final of the cup on Sunday in Vaal."
    kinds = _kinds({"a": (text, {"Tamsk": "GPE", "Kemaria": "GPE"})})
    assert kinds.get("Tamsk") == "GPE"


def test_a_part_named_bare_in_another_story_stays():
    one = "Jo Brann, who plays Kessmark in the new stage version, was cheered in Vaal."
    two = "Kessmark shares rose 4% in Tamsk on Monday after the deal."
    kinds = _kinds({"a": (one, {"Kessmark": "ORG"}), "b": (two, {"Kessmark": "ORG"})})
    assert kinds.get("Kessmark") == "ORG"
