"""Actor kinds (issue 18, round 27): things the text names bare after one cue per story — a
drug, a technology — leave the actor graph when nothing gives them agency. Sentences and names
written for these tests."""

from __future__ import annotations

from mention_helpers import resolved_kinds as _kinds


def _drug_story(extra: str = "", name_label: str = "ORG") -> dict[str, tuple[str, dict[str, str]]]:
    text = ("Regulators approved the arthritis drug Velmora on Monday. Velmora was tested on 900 "
            "patients. Doctors will prescribe Velmora from May. " + extra)
    return {"a": (text, {"Velmora": name_label, "Brannock Labs": "ORG"})}


def test_a_name_its_one_story_calls_a_drug_once_and_names_bare_after_is_no_actor():
    # one cued mention in three: too few for the share vote, but each story naming it cues it
    kinds = _kinds(_drug_story("Brannock Labs makes it."))
    assert "Velmora" not in kinds
    assert kinds["Brannock Labs"] == "ORG"


def test_a_cued_thing_that_speaks_stays_an_actor():
    assert "Velmora" in _kinds(_drug_story("Velmora said it would appeal."))


def test_a_story_that_names_it_with_no_thing_cue_keeps_it_an_actor():
    docs = _drug_story()
    docs["b"] = ("Velmora opened an office in the city.", {"Velmora": "ORG"})
    assert "Velmora" in _kinds(docs)


def test_an_amount_before_a_name_is_no_thing_cue_for_a_society_of_members():
    text = "More than 40,000 Dunmere Mutual members will get a payout. Dunmere Mutual kept its rate."
    assert _kinds({"a": (text, {"Dunmere Mutual": "ORG"})})["Dunmere Mutual"] == "ORG"


def test_a_full_person_name_after_a_thing_noun_stays_a_person():
    text = "The robot Anna Kessler was shown. Anna Kessler walked across the stage."
    assert _kinds({"a": (text, {"Anna Kessler": "PERSON"})})["Anna Kessler"] == "PERSON"
