"""Round 70 (branch lnk44): one person split into two or three actors inside one story. Three
causes of the document's short-form linking (``mentions/linking.py``) are fixed:

- a name word that is also an Arabic particle ("ash", "ben") was dropped from the name, so "Mr
  Ash" had no name left and "Ben Vosk" counted as one word, no full name a "Mr Vosk" could take;
- a surname linked to a middle-length written form ("Brandt" -> a cut "Per Brandt") stayed there
  while that form itself stood for the longer name ("Ola Per Brandt");
- a titled surname ("Ms Vosk") found no bearer when the story's one "Lenka Vosk" was tagged a
  group by the model.

Sentences and names are invented for these tests."""

from __future__ import annotations

import pytest

from newsgraph.mentions.linking import link_short_forms
from newsgraph.mentions.spans import Candidate
from newsgraph.names import NameGender


@pytest.fixture(scope="module")
def gender() -> NameGender:
    return NameGender.from_data()


def _cand(text: str, words: str, label: str, at: int = 0, title: str = "") -> Candidate:
    start = text.index(words, at)
    return Candidate(start, start + len(words), words, label, 0, title=title)


def _targets(text: str, cands: list[Candidate], keys: list[str], gender: NameGender) -> list[int]:
    return link_short_forms(cands, keys, gender, text=text)


# --- fixed: fail on the base (b22f7386) ---------------------------------------------------------------


def test_a_surname_that_is_a_particle_word_links_to_the_full_name(gender):
    text = "Gil Ash, a planner at Kelbrook Homes, spoke first. The scheme is late, said Mr Ash."
    cands = [_cand(text, "Gil Ash", "PERSON"), _cand(text, "Mr Ash", "PERSON")]
    assert _targets(text, cands, ["gil ash", "ash"], gender) == [0, 0]


def test_a_given_name_that_is_a_particle_word_opens_a_full_name(gender):
    text = "Ben Vosk, an analyst at Tamsk Data, said sales fell. Mr Vosk said prices would rise."
    cands = [_cand(text, "Ben Vosk", "PERSON"), _cand(text, "Mr Vosk", "PERSON")]
    assert _targets(text, cands, ["ben vosk", "vosk"], gender) == [0, 0]


def test_particle_words_kept_where_they_are_no_particle(gender):
    from newsgraph.mentions.linking import person_name_words

    assert person_name_words("gil ash", gender) == ["gil", "ash"]
    assert person_name_words("ben vosk", gender) == ["ben", "vosk"]
    assert person_name_words("ash", gender) == ["ash"]


def test_a_surname_follows_a_cut_name_to_the_longest_one(gender):
    text = ("Poet Ola Per Brandt was born in Vessby. Per Brandt wrote plays too. "
            "Critics say Brandt changed the form.")
    cands = [_cand(text, "Ola Per Brandt", "PERSON"), _cand(text, "Per Brandt", "PERSON"),
             _cand(text, "Brandt", "PERSON", at=text.index("say Brandt"))]
    assert _targets(text, cands, ["ola per brandt", "per brandt", "brandt"], gender) == [0, 0, 0]


def test_a_titled_surname_takes_the_one_full_name_the_model_tagged_a_group(gender):
    text = "He had been to see his partner Lenka Vosk, 41, that night. Ms Vosk was not hurt."
    cands = [_cand(text, "Lenka Vosk", "ORG"), _cand(text, "Ms Vosk", "PERSON")]
    targets = _targets(text, cands, ["lenka vosk", "vosk"], gender)
    assert targets == [0, 0]
    assert cands[0].label == "PERSON"  # a titled surname's bearer is a person


# --- guards: pass on the base and on the branch ------------------------------------------------------


def test_a_woman_s_title_still_refuses_a_man_s_full_name(gender):
    text = "Tom Kessel leads the party. Mrs Kessel will tour the towns alone."
    cands = [_cand(text, "Tom Kessel", "PERSON"), _cand(text, "Mrs Kessel", "PERSON")]
    assert _targets(text, cands, ["tom kessel", "kessel"], gender)[1] == 1


def test_two_mistagged_bearers_leave_the_titled_surname_alone(gender):
    text = "Lenka Vosk and her sister Mira Vosk run the shop. Ms Vosk said trade was slow."
    cands = [_cand(text, "Lenka Vosk", "ORG"), _cand(text, "Mira Vosk", "ORG"), _cand(text, "Ms Vosk", "PERSON")]
    targets = _targets(text, cands, ["lenka vosk", "mira vosk", "vosk"], gender)
    assert targets[2] == 2
    assert cands[0].label == "ORG" and cands[1].label == "ORG"


def test_a_peer_s_title_takes_no_mistagged_name(gender):
    text = "Tamsk Vosk Holdings grew. Adam Vosk founded it. Lord Vosk said the firm would grow."
    cands = [_cand(text, "Adam Vosk", "ORG"), _cand(text, "Lord Vosk", "PERSON")]
    targets = _targets(text, cands, ["adam vosk", "vosk"], gender)
    assert targets[1] == 1
    assert cands[0].label == "ORG"


def test_a_mistagged_name_opened_by_a_people_word_is_no_bearer(gender):
    text = "The Dutch Vosk prize went to a poet. Mr Vosk said the jury was wise."
    cands = [_cand(text, "Dutch Vosk", "ORG"), _cand(text, "Mr Vosk", "PERSON")]
    assert _targets(text, cands, ["dutch vosk", "vosk"], gender)[1] == 1


def test_a_real_particle_before_a_name_is_still_dropped(gender):
    from newsgraph.mentions.linking import person_name_words  # new in round 70

    assert person_name_words("bin tamar", gender) == ["tamar"]
    assert person_name_words("omar bin tamar", gender) == ["omar", "tamar"]


def test_the_pipeline_links_a_titled_surname_to_a_ben_full_name(analyze):
    result = analyze("Prices in Tamsk\n\nBen Vosk, an analyst at Tamsk Data, said sales fell in May. "
                     "\"It will pass,\" said Mr Vosk.")
    vosk = [m for m in result.mentions if m.text.endswith("Vosk")]
    assert len(vosk) == 2 and {m.full_name for m in vosk} == {"Ben Vosk"}


def test_a_surname_does_not_follow_a_name_to_a_pair_of_names(gender):
    text = "Best duo: Ann Kell & Ola Brandt. Ola Brandt thanked the crew. Brandt said it was fun."
    cands = [_cand(text, "Ann Kell & Ola Brandt", "PERSON"), _cand(text, "Ola Brandt", "PERSON", at=text.index("Ola Brandt thanked")),
             _cand(text, "Brandt", "PERSON", at=text.index("Brandt said"))]
    targets = _targets(text, cands, ["ann kell ola brandt", "ola brandt", "brandt"], gender)
    assert targets[2] == 1
