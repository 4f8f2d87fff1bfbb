"""Round 44 of links (branch link32): a full person name of a match report and of a story of no
clear domain that uses not one word of sport (a health board's, a court's) is two namesakes
when the stories name no same person or group. Sentences and names are invented."""

from __future__ import annotations

from newsgraph.model import Mention
from newsgraph.names import name_key
from newsgraph.resolve import get_resolver
from newsgraph.resolve.domains import StoryDomains

_MATCH = ("Karst Rovers have signed the scrum-half Orin Dallow on a short-term deal. The captain "
          "said the squad needed cover for the league season after an injury, and the coach "
          "praised the player's kick.")
# a hospital's story: no domain clearly ahead, and no word of sport
_HOSPITAL = ("The hospital has dropped its plan to remove patients from waiting lists. Orin Dallow, "
             "chief executive of the Vale Health Board, said he had written to the trust to insist "
             "it treat the patients. Doctors had feared delays for hip operations.")
# the same kind of story with one sport word ("team") in it
_HOSPITAL_TEAM = _HOSPITAL + " A team of nurses will review the lists."
_MINISTRY = ("The minister told the parliament the government would publish the bill. Orin Dallow, "
             "the party's spokesman, said the election campaign and the vote on the policy came "
             "next, and the opposition leader agreed.")


def _mention(doc: str, text: str, name: str, label: str = "PERSON") -> Mention:
    start = text.index(name)
    return Mention(doc=doc, start=start, end=start + len(name), text=name, label=label,
                   key=name_key(name), full_name=name, sentence=0)


def _actors(texts: dict[str, str], names: tuple[tuple[str, str], ...] = (("Orin Dallow", "PERSON"),)) -> list[str]:
    mentions = [_mention(doc, text, name, label) for doc, text in texts.items() for name, label in names
                if name in text]
    return get_resolver("name-graph.v1")(mentions, (), texts=texts).actor_of_mention


def test_the_stories_read_as_the_rule_needs():
    domains = StoryDomains.from_data()
    assert domains.leading(_MATCH) == {"sport"}
    assert not domains.leading(_HOSPITAL) and domains.words_of_domain(_HOSPITAL, "sport") == 0
    assert domains.words_of_domain(_HOSPITAL_TEAM, "sport") == 1


def test_a_scrum_half_and_a_health_chief_of_one_name_are_two_people():
    ids = _actors({"s1": _MATCH, "h1": _HOSPITAL})
    assert ids[0] != ids[1]


def test_two_match_reports_and_a_sportless_story_split_the_same_way():
    second = _MATCH.replace("signed", "recalled")
    ids = _actors({"s1": _MATCH, "s2": second, "h1": _HOSPITAL})
    assert ids[0] == ids[1] != ids[2]


def test_a_sportless_story_that_names_the_same_group_stays_the_same_person():
    """"Karst Rovers" in both stories: the player's club runs a health campaign, say."""
    hospital = _HOSPITAL + " Karst Rovers backed the board's appeal."
    ids = _actors({"s1": _MATCH, "h1": hospital}, (("Orin Dallow", "PERSON"), ("Karst Rovers", "ORG")))
    people = [ids[0], ids[2]]  # the person's mention of each story (the club's come between)
    assert people[0] == people[1]


def test_a_story_of_no_clear_domain_with_a_word_of_sport_is_still_of_any_part():
    ids = _actors({"s1": _MATCH, "h1": _HOSPITAL_TEAM})
    assert ids[0] == ids[1]


def test_a_political_story_and_a_sportless_one_are_not_split_by_this_rule():
    """No match report among the stories: the line of sport is not crossed, one person."""
    ids = _actors({"p1": _MINISTRY, "h1": _HOSPITAL})
    assert ids[0] == ids[1]


def test_a_people_s_word_the_model_tagged_a_group_in_both_stories_does_not_make_them_meet():
    """"Belgian" tagged a group in each story ("Belgian region", "'Belgian' plan"), a people
    elsewhere: a people's word, no same person or group; the two are still two people."""
    match = _MATCH + " The Belgian region had let him go."
    hospital = _HOSPITAL.replace("to remove", "to end the 'Belgian' plan and remove")
    people_story = "Belgian voters went to the polls. Belgian turnout was high, and Belgian parties gained."
    mentions = [_mention("s1", match, "Orin Dallow"), _mention("s1", match, "Belgian", "ORG"),
                _mention("h1", hospital, "Orin Dallow"), _mention("h1", hospital, "Belgian", "ORG")]
    for nth in range(3):
        start = [i for i in range(len(people_story)) if people_story.startswith("Belgian", i)][nth]
        mentions.append(Mention(doc="n1", start=start, end=start + 7, text="Belgian", label="NORP",
                                key="belgian", full_name="Belgian", sentence=0))
    texts = {"s1": match, "h1": hospital, "n1": people_story}
    ids = get_resolver("name-graph.v1")(mentions, (), texts=texts).actor_of_mention
    assert ids[0] != ids[2]
