"""Round 62: committees named in lower case after their house ("the Commons Tamsk affairs committee")."""

from __future__ import annotations

from newsgraph.mentions import MentionFinder
from newsgraph.mentions.committees import committee_mentions
from newsgraph.mentions.rules import EntityRules
from newsgraph.mentions.spans import Candidate

FINDER = MentionFinder(EntityRules.from_data())


def _added(text: str, candidates=()) -> list[tuple[str, str]]:
    out = committee_mentions(text, list(candidates), lambda offset: 0, FINDER._committees)
    return [(c.text, c.label) for c in out]


def test_a_house_then_lower_case_topic_then_committee_is_one_body():
    assert _added("MPs on the Commons work and pensions committee met.") == [
        ("Commons work and pensions committee", "ORG")]


def test_the_house_word_the_model_tagged_gives_way_to_the_committee():
    text = "The Commons fisheries select committee said the plan failed."
    commons = Candidate(4, 11, "Commons", "ORG", 0)
    assert _added(text, [commons]) == [("Commons fisheries select committee", "ORG")]


def test_a_select_committee_needs_no_house_word():
    assert _added("The Vaal rivers select committee said so.".replace("Vaal ", "")) == [
        ("rivers select committee", "ORG")]


def test_a_possessive_committee_keeps_its_name():
    assert _added("in the Senate shipping panel's report") == [("Senate shipping panel", "ORG")]


def test_the_committee_alone_or_indefinite_stays_unnamed():
    assert _added("The committee said a Commons committee would meet.") == []
    assert _added("the disciplinary committee of Kessel Rovers") == []


def test_two_bodies_joined_by_and_are_no_committee_name():
    assert _added("the commissioner and the select committee said") == []


def test_a_longer_name_the_model_tagged_stays():
    text = "the Commons Kessel affairs committee"
    kessel = Candidate(4, 25, "Commons Kessel affairs", "ORG", 0)  # a capitalized topic: the model's own name
    longer = Candidate(0, 36, "the Commons Kessel affairs committee", "ORG", 0)
    assert _added(text, [longer]) == [("the Commons Kessel affairs committee", "ORG")]
    assert _added(text, [kessel]) == [("Commons Kessel affairs", "ORG")]


def test_the_house_itself_is_unchanged():
    assert _added("the House of Commons voted on Tuesday.") == []


def test_the_committee_speaks_where_its_phrase_is_the_speaker(analyze):
    result = analyze("Ferries to Tamsk are failing, the Commons island transport committee said on Monday. "
                     "It said the operator Kessel Lines had ignored warnings.\n")
    speakers = {c.speaker_text: c.speaker for c in result.claims}
    assert speakers["the Commons island transport committee"] is not None
    assert "Commons island transport committee" in {m.text for m in result.mentions}
    assert "Commons" not in {m.text for m in result.mentions}
