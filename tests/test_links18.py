"""Round 18 of links: a town the model cut from its club's name ("X Wednesday"), a country that
meets a named opponent as its side. Sentences and names are invented for these tests."""

from __future__ import annotations

from mention_helpers import team_sense
from newsgraph.mentions import join_club_heads
from newsgraph.mentions.spans import Candidate

_HEADS = frozenset({"Wednesday", "United", "Rovers"})


def _town(text: str, name: str, label: str = "GPE") -> Candidate:
    at = text.index(name)
    return Candidate(start=at, end=at + len(name), text=name, label=label, sentence=0)


def test_a_town_before_a_club_head_word_is_the_club_s_name():
    """"Tamsk Wednesday manager": the model tags the day a date and leaves the town alone."""
    text = "The Tamsk Wednesday manager turned the job down."
    (joined,) = join_club_heads(text, [_town(text, "Tamsk")], _HEADS, frozenset(), sport=True)
    assert (joined.text, joined.label, joined.team) == ("Tamsk Wednesday", "ORG", False)


def test_a_town_before_a_club_head_word_outside_sport_stays_a_town():
    text = "The Tamsk Wednesday market opens at noon."
    (kept,) = join_club_heads(text, [_town(text, "Tamsk")], _HEADS, frozenset(), sport=False)
    assert kept.text == "Tamsk"


def test_a_head_word_that_opens_a_longer_name_or_follows_a_country_is_not_joined():
    text = "The Tamsk United Council met the Kemaria United squad."
    candidates = [_town(text, "Tamsk"), _town(text, "Kemaria")]
    out = join_club_heads(text, candidates, _HEADS, frozenset({"Kemaria"}), sport=True)
    assert [c.text for c in out] == ["Tamsk", "Kemaria"]


def test_a_head_word_the_model_already_tagged_is_left_to_it():
    text = "Tamsk Rovers beat Brevik."
    rovers = _town(text, "Rovers", "ORG")
    out = join_club_heads(text, [_town(text, "Tamsk"), rovers], _HEADS, frozenset(), sport=True)
    assert [c.text for c in out] == ["Tamsk", "Rovers"]


def test_a_country_that_meets_a_named_opponent_is_its_side(nlp):
    """"Britain could end years of failure against Australia": the national side, not the state."""
    assert team_sense(nlp, "Britain could end ten years of failure against Australia with a win.", "Britain")
    assert not team_sense(nlp, "Norway protested against the decision of the judges.", "Norway")


def _mention(doc, text, label="ORG", start=0):
    from newsgraph.model import Mention
    from newsgraph.names import name_key
    return Mention(doc=doc, start=start, end=start + len(text), text=text, label=label,
                   key=name_key(text), full_name=text, sentence=0)


def test_a_country_branch_that_names_no_parent_joins_no_other_story_s_branch():
    """"Velmora's US affiliate" of a drug maker's story is no "US chapter" of a bankruptcy story."""
    from newsgraph.resolve import get_resolver
    mentions = [_mention("d1", "Velmora"), _mention("d1", "Velmora's US affiliate", start=30),
                _mention("d2", "US chapter")]
    ids = get_resolver("name-graph.v1")(mentions, ()).actor_of_mention
    assert ids[2] != ids[1]


def test_a_country_branch_that_names_no_parent_joins_it_in_the_same_story():
    from newsgraph.resolve import get_resolver
    mentions = [_mention("d1", "Velmora"), _mention("d1", "Velmora's US affiliate", start=30),
                _mention("d1", "US affiliate", start=90)]
    ids = get_resolver("name-graph.v1")(mentions, ()).actor_of_mention
    assert ids[2] == ids[1]


def test_a_party_the_alias_data_names_is_no_surname_of_a_headline_s_fused_person():
    """"Velo Labour" (a headline the model ran together) does not take the story's "Labour"."""
    from newsgraph.mentions.linking import link_short_forms
    from newsgraph.names import name_key
    text = "Velo Labour record\nThe former Labour leader spoke."
    candidates = [_town(text, "Velo Labour", "PERSON"),
                  Candidate(start=text.index("Labour", 12), end=text.index("Labour", 12) + 6, text="Labour",
                            label="ORG", sentence=1)]
    assert link_short_forms(candidates, [name_key(c.text) for c in candidates], text=text) == [0, 1]


def test_a_country_an_athlete_plays_or_competes_for_is_its_side(nlp):
    assert team_sense(nlp, "He has never run for Kemaria but could still compete for Britain.", "Britain")
    assert team_sense(nlp, "The firm will supply Britain squads with kit.", "Britain")
    assert not team_sense(nlp, "They voted for Britain to leave.", "Britain")


def test_a_party_word_tagged_a_person_is_still_no_surname_of_a_fused_span():
    from newsgraph.mentions.linking import link_short_forms
    from newsgraph.names import name_key
    text = "the purpose ofVelo Labour today. Angry Labour MPs spoke."
    candidates = [_town(text, "ofVelo Labour", "PERSON"),
                  Candidate(start=text.index("Labour", 25), end=text.index("Labour", 25) + 6, text="Labour",
                            label="PERSON", sentence=1)]
    assert link_short_forms(candidates, [name_key(c.text) for c in candidates], text=text) == [0, 1]


def test_a_title_of_two_names_set_against_each_other_gives_no_surname():
    """"Brevik Vs Tamsin", a film typed a person, does not take the story's "Tamsin Kell"."""
    from newsgraph.mentions.linking import link_short_forms
    from newsgraph.names import name_key
    text = "The killer Tamsin Kell returns. The film Brevik Vs Tamsin opened. Then Tamsin struck."
    names = [("Tamsin Kell", 0), ("Brevik Vs Tamsin", 0), ("Tamsin", text.index("Then") + 5)]
    candidates = []
    for name, after in names:
        at = text.index(name, after)
        candidates.append(Candidate(start=at, end=at + len(name), text=name, label="PERSON", sentence=0))
    assert link_short_forms(candidates, [name_key(c.text) for c in candidates], text=text)[2] == 0
