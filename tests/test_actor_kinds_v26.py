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


def test_a_things_noun_and_a_verb_of_naming_before_a_name_make_it_a_thing():
    from mention_helpers import kind_cue as _cue
    assert _cue("Phone makers back a technology known as Corvane, rivals say.", "Corvane", "ORG") == "NONE"
    assert _cue("The new platform is known as Corvane.", "Corvane", "ORG") == "NONE"
    assert _cue("Doctors use a painkiller called Corvane in trials.", "Corvane", "PERSON") == "NONE"
    # a body's noun keeps the body's reading; a person is "a man called X"
    assert _cue("A group known as Corvane claimed the attack.", "Corvane", "ORG") == "ORG"
    assert _cue("A man called Corvane was held.", "Corvane", "PERSON") == ""


def _platform_story(extra: str) -> dict[str, tuple[str, dict[str, str]]]:
    text = ("The digital platform is known as Terravox. Terravox reaches 30% of homes. " + extra)
    return {"a": (text, {"Terravox": "ORG"})}


def test_a_named_platform_is_no_actor_unless_a_mention_acts_as_an_agent():
    assert "Terravox" not in _kinds(_platform_story("Viewers like the picture."))
    assert "Terravox" in _kinds(_platform_story("Terravox aims to sign ten channels."))
    assert "Terravox" in _kinds(_platform_story("Terravox has agreed a deal with two firms."))


def test_names_listed_after_a_plural_of_medicines_are_things():
    text = ("The painkillers are sold under brand names such as Dorvex and Lumira. Lumira was "
            "withdrawn last year. Halvern Pharma makes Dorvex.")
    kinds = _kinds({"a": (text, {"Dorvex": "ORG", "Lumira": "PERSON", "Halvern Pharma": "ORG"})})
    assert "Dorvex" not in kinds and "Lumira" not in kinds
    assert kinds["Halvern Pharma"] == "ORG"
