"""Actor kinds (round 36, branch kind41): works, products and events named by a work's kin or
platform ("the X sequel", "the X console", "X on PC"), by a noun and a verb of naming ("a report
entitled X") or by a time's possessive ("this year's X"), voted over the corpus with the cues of
``resolve/works.py``; a name that acts anywhere, a place or an outlet stays an actor. Sentences
and names written for these tests."""

from __future__ import annotations

from mention_helpers import resolved_kinds as _kinds

from newsgraph.resolve.works import WorkFinder


def _trail_keys(text: str) -> set[str]:
    return WorkFinder.from_data().trails.keys(text)


def _titles(text: str) -> list[str]:
    return WorkFinder.from_data().titles(text)


# --- the cues ----------------------------------------------------------------------------------

def test_a_works_kin_or_platform_after_its_title_is_a_cue():
    assert "quorra strike" in _trail_keys("The new Quorra Strike sequel sold out in a day.")
    assert "quorra strike" in _trail_keys("Quorra Strike on PC looked sharper.")
    assert "velt" in _trail_keys("Fans queued for the Velt franchise's next film.")


def test_letters_may_be_a_title_before_a_console():
    keys = _trail_keys("Brevik's new KX console goes on sale in March.")
    assert "kx" in keys
    assert "brevik" not in keys  # the maker before its possessive is no work


def test_letters_before_an_actor_noun_are_still_no_title():
    assert not _trail_keys("US actor Pia Holt said no.")


def test_a_times_possessive_names_an_event_but_not_a_modifier():
    assert "tamsk gala" in _trail_keys("She won two prizes at last year's Tamsk Gala.")
    assert "vst" in _trail_keys("Phones were everywhere at this year's VST, the trade show.")
    assert not _trail_keys("Next season's Tamsk Rovers squad will be younger.")  # a noun follows


def test_a_work_noun_and_a_verb_of_naming_give_the_title():
    assert "Grey Lantern Street" in _titles("The report, entitled Grey Lantern Street, was published.")
    assert "Salt Winter" in _titles("His song titled Salt Winter topped the chart.")


def test_a_body_named_so_or_an_object_called_so_is_no_title():
    assert not _titles("He set up a new company entitled Orvel Partners in 2001.")
    assert not _titles("The report called Ivo Lund 'reckless' and unfit.")


# --- the vote ----------------------------------------------------------------------------------

def test_a_game_named_with_its_platform_and_bare_elsewhere_is_no_actor():
    cue = "Quorra Strike on PC was slower than the console version."
    bare = "Quorra Strike has sharp graphics."
    kinds = _kinds({"a": (cue, {"Quorra Strike": "ORG"}), "b": (bare, {"Quorra Strike": "ORG"})})
    assert "Quorra Strike" not in kinds


def test_a_report_entitled_so_is_no_actor():
    text = "The think-tank's report, entitled Grey Lantern Street, is long. Grey Lantern Street asks for cuts."
    kinds = _kinds({"a": (text, {"Grey Lantern Street": "GPE"})})
    assert "Grey Lantern Street" not in kinds


def test_an_event_of_this_year_is_no_actor():
    text = "Many stars walked the carpet at this year's Tamsk Gala. The Tamsk Gala ended at midnight."
    assert "Tamsk Gala" not in _kinds({"a": (text, {"Tamsk Gala": "ORG"})})


def test_a_console_maker_that_acts_stays_an_actor():
    cue = "The Brevik console was cheaper than its rivals."
    acts = "Brevik said on Monday that sales had doubled."
    kinds = _kinds({"a": (cue, {"Brevik": "ORG"}), "b": (acts, {"Brevik": "ORG"})})
    assert kinds.get("Brevik") == "ORG"


def test_a_side_of_this_season_that_acts_stays_an_actor():
    cue = "Nobody expected this season's Tovra Rovers, who lost twice."
    acts = "Tovra Rovers signed a new striker on Friday."
    kinds = _kinds({"a": (cue, {"Tovra Rovers": "ORG"}), "b": (acts, {"Tovra Rovers": "ORG"})})
    assert kinds.get("Tovra Rovers") == "ORG"


def test_a_firms_successes_listed_are_works():
    titles = _titles("The studio's successes such as Harrow Lights and The Quill Game made money.")
    assert {"Harrow Lights", "Quill Game"} <= set(titles)


def test_festivals_listed_after_like_are_events():
    keys = _trail_keys("Smaller festivals like Brenfest and Tamsk Screen, which run the same week, grew.")
    assert {"brenfest", "tamsk screen"} <= keys
