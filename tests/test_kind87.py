"""Actor kinds (round 54, branch kind87): a work named with its subtitle after a colon inside a
sentence ("the prize went to Kessel Run: Tamsk Nights, which ...", "critics praised KR: Vaal
Rising.") kept as an actor, since no noun, trail or maker called it a work. The
colon and a subtitle of two capitalised words or more, closed by a lower-case word or a
sentence's stop, now read as a work's trail (``_TrailFinder``), voted with the other trails:
agency, a place, a team sheet's line and a critic's line keep their actor. Sentences and names
written for these tests."""

from __future__ import annotations

from mention_helpers import resolved_kinds as _kinds

from newsgraph.resolve.works import WorkFinder


def _trail_keys(text: str) -> set[str]:
    return WorkFinder.from_data().trails.keys(text)


# --- a title before its subtitle's colon is a work --------------------------------------------

def test_a_game_named_with_its_subtitle_is_no_actor():
    one = "Judges at the fair in Vaal chose Kessel Run: Tamsk Nights as their pick of the year."
    two = "Shoppers queued for hours at dawn to buy Kessel Run in Vaal on Friday."
    kinds = _kinds({"a": (one, {"Kessel Run": "ORG"}), "b": (two, {"Kessel Run": "ORG"})})
    assert "Kessel Run" not in kinds


def test_a_title_in_letters_before_its_subtitle_is_no_actor():
    text = "Critics in Tamsk praised KR: Vaal Rising when it came out in the spring."
    assert "KR" not in _kinds({"a": (text, {"KR": "ORG"})})


def test_a_subtitle_an_and_closes_marks_its_title():
    text = "Shops in Vaal sold Brevik: Tamsk Agent and Orla Deep, the two games of the week, in a day."
    kinds = _kinds({"a": (text, {"Brevik": "PERSON", "Orla Deep": "ORG"})})
    assert "Brevik" not in kinds


def test_the_subtitle_itself_is_a_work_too():
    text = "She now writes Vaal: Kessel Street Patrol. It returns in May."
    assert "kessel street patrol" in _trail_keys(text)


# --- what must stay --------------------------------------------------------------------------

def test_a_team_sheet_line_is_no_title():
    text = "The visitors held on.\nKessel: Vaal, Tamsk Orla, Brevik, Jo Brann.\nSubs: Ferro."
    assert _trail_keys(text) == set()


def test_a_critics_line_is_no_title():
    text = "- Ann Vaal, Tamsk Weekly: Film - Kessel Nights; director - Jo Brann."
    assert _trail_keys(text) == set()


def test_a_place_a_title_names_after_of_stays():
    text = "Players in Tamsk still talk about Prince of Kemaria: Long Night and little else."
    place = "Troops crossed into Kemaria on Monday, the ministry in Tamsk said."
    kinds = _kinds({"a": (text, {"Kemaria": "GPE"}), "b": (place, {"Kemaria": "GPE"})})
    assert kinds.get("Kemaria") == "GPE"
    assert "kemaria" not in _trail_keys(text)


def test_a_subtitle_cut_by_a_title_word_is_no_cue():
    text = "He told them, Kessel: The Vaal of Tamsk, Brevik and Orla were all there."
    assert _trail_keys(text) == set()


def test_a_person_who_speaks_stays_a_person():
    show = "The documentary, Jo Brann: The Kessel Years was shown on Sunday night."
    said = "Jo Brann said the film had been fair to her and to her family."
    kinds = _kinds({"a": (show, {"Jo Brann": "PERSON"}), "b": (said, {"Jo Brann": "PERSON"})})
    assert kinds.get("Jo Brann") == "PERSON"


def test_a_sentence_opening_name_gives_no_cue():
    text = "The gallery opens in May. Jo Brann: The Making of a Painter will run until June."
    assert _trail_keys(text) == set()
