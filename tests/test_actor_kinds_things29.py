"""Actor kinds (issue 18, round 29): a name the model calls a group that one story in three
naming it calls a thing ("the drug Kessel", "pirated copies of Vaal", "installed Tamsk") is a
thing when no mention anywhere speaks, acts, owns or takes an actor's cue. Sentences and names
written for these tests."""

from __future__ import annotations

from mention_helpers import resolved_kinds as _kinds

_DRUG = "Doctors prescribe the drug Velmora for pain. Velmora is taken twice a day."
_BARE = "Patients who take Velmora report headaches. Some stopped taking Velmora in spring."


def _three(bare: str = _BARE, label: str = "ORG") -> dict[str, tuple[str, dict[str, str]]]:
    return {"a": (_DRUG, {"Velmora": label}), "b": (_BARE, {"Velmora": label}), "c": (bare, {"Velmora": label})}


def test_a_thing_cued_in_one_story_of_three_is_no_actor():
    # two stories name the drug bare: every-story cues miss it, the share does not
    assert "Velmora" not in _kinds(_three())


def test_a_thing_cued_in_one_story_of_three_that_speaks_or_owns_stays_an_actor():
    assert "Velmora" in _kinds(_three(_BARE + " Velmora said its trials were sound."))
    assert "Velmora" in _kinds(_three(_BARE + " Velmora's chief executive resigned."))


def test_one_cued_story_of_two_is_too_few_stories():
    assert "Velmora" in _kinds({"a": (_DRUG, {"Velmora": "ORG"}), "b": (_BARE, {"Velmora": "ORG"})})


def test_one_cued_story_in_four_is_too_few():
    stories = {"a": (_DRUG, {"Velmora": "ORG"})}
    for key in "bcd":
        stories[key] = (_BARE, {"Velmora": "ORG"})
    assert "Velmora" in _kinds(stories)


def test_the_share_reads_the_models_groups_only():
    # a person or a place named bare in the other story keeps its kind
    assert "Velmora" in _kinds(_three(label="PERSON"))


def test_copies_and_installs_make_a_program_a_thing():
    text = ("Pirates shared copies of Quillo online. Quillo sold well in shops. "
            "Millions have installed Quillo since May.")
    assert "Quillo" not in _kinds({"a": (text, {"Quillo": "ORG"})})


def test_a_version_of_an_authors_work_is_the_authors():
    # "a version of Marbeck's opera": the possessive makes the name the author's, no copy's
    text = "The film is a version of Marbeck's opera. A later version of Marbeck's song was a hit."
    assert "Marbeck" in _kinds({"a": (text, {"Marbeck": "ORG"})})


def test_a_technology_read_as_an_outlet_is_a_thing():
    # the mention stage may read a name like a source's ("Radio" closes it); a sentence naming
    # it a technology outweighs that reading when no outlet cue and no agency is written
    text = ("The maker has built a technology called Kessel Radio into its phones. "
            "Kessel Radio shows pictures with the songs.")
    assert "Kessel Radio" not in _kinds({"a": (text, {"Kessel Radio": "OUTLET"})})


def test_a_channels_own_show_read_as_an_outlet_stays_one():
    # "Tamsk's Kessel show": a programme after its channel's possessive is no maker's product here
    text = "The minister told Tamsk's Kessel show that taxes would fall. Kessel show guests agreed."
    assert "Kessel" in _kinds({"a": (text, {"Kessel": "OUTLET"})})
