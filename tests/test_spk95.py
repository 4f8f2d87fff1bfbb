"""Round 57 (issue 19, branch spk95): a "they" opening the sentence right after one whose subject
is a list of names ("Kessel Systems and Vaal Electronics have agreed to merge. They said ...") is
that list, as one speaker (``SpeakerResolver._listed_subject_before``; ``list_subject_verbs`` and
``list_subject_adverbs`` in attribution_cues.yaml).

Guards pin what must not change: a list that is an object or a possessor, names of two kinds, a
sentence between, another clause with its own subject, a "they" inside a phrase. Sentences and
names written here."""

from __future__ import annotations

from claim_helpers import claim_with, speaker_names



# --- fixed: the list is the subject of the sentence right before ---------------------------------

def test_two_firms_agreeing_then_they_said(analyze):
    result = analyze("Screen deal\n\nEngineers in Tamsk have long worked on thin screens.\n\n"
                     "Kessel Systems and Vaal Electronics have agreed to share their screen research. "
                     "They said the deal would cut costs for both firms by a fifth.")
    found = claim_with(result, "cut costs")
    assert speaker_names(result, found) == ["Kessel Systems", "Vaal Electronics"]
    assert not found.anonymous


def test_two_politicians_with_a_title_and_a_date(analyze):
    result = analyze("Tax plans\n\nThe opposition is set to publish its tax plans soon.\n\n"
                     "Michael Brann and frontbencher John Renner on Thursday unveiled plans to close forty agencies. "
                     "They say the state is spending far too much on offices.")
    found = claim_with(result, "spending far too much")
    assert speaker_names(result, found) == ["Michael Brann", "John Renner"]


def test_three_parties_listed_then_inevitably_they(analyze):
    result = analyze("Budget row\n\nThe Kemaria Party set out its budget on Monday.\n\n"
                     "The Greens, the Vaal Party and the Tamsk League have attacked the budget as unworkable.\n\n"
                     "Naturally they insist there is no call to raise taxes at all.")
    found = claim_with(result, "no call to raise taxes")
    assert len(found.speakers or []) == 3
    assert found.speaker is not None


# --- guards: what must stay null ------------------------------------------------------------------

def test_list_as_object_is_not_they(analyze):
    result = analyze("Court case\n\nA court in Tamsk heard the case this week.\n\n"
                     "The case against Jo Brann, Ivo Renner and Mia Holt is brought by local campaigners. "
                     "They claim the three broke the rules on election leaflets.")
    found = claim_with(result, "broke the rules")
    assert not found.speakers
    assert found.speaker is None


def test_list_before_another_clause_is_not_they(analyze):
    result = analyze("Screen deal\n\nEngineers in Tamsk have long worked on thin screens.\n\n"
                     "Kessel Systems and Vaal Electronics have agreed to merge, but analysts in Tamsk remain wary. "
                     "They said the deal would cut costs for both firms by a fifth.")
    found = claim_with(result, "cut costs")
    assert not found.speakers


def test_list_two_sentences_back_is_not_they(analyze):
    result = analyze("Screen deal\n\nEngineers in Tamsk have long worked on thin screens.\n\n"
                     "Kessel Systems and Vaal Electronics have agreed to share their research. "
                     "Screen prices have fallen sharply this year. "
                     "They said the deal would cut costs for both firms by a fifth.")
    found = claim_with(result, "cut costs")
    assert not found.speakers


def test_list_of_a_person_and_a_firm_is_not_they(analyze):
    result = analyze("Screen deal\n\nEngineers in Tamsk have long worked on thin screens.\n\n"
                     "Jo Brann and Vaal Electronics have agreed to share their research. "
                     "They said the deal would cut costs for both sides by a fifth.")
    found = claim_with(result, "cut costs")
    assert not found.speakers


def test_names_modifying_a_noun_are_no_subject(analyze):
    result = analyze("Shares fall\n\nMarkets in Tamsk were quiet on Monday.\n\n"
                     "Kessel Systems and Vaal Electronics shares fell on the news of the probe. "
                     "They said the probe would take a year.")
    found = claim_with(result, "take a year")
    assert not found.speakers


def test_a_pair_word_before_the_list(analyze):
    result = analyze("Radio shake-up\n\nThe Tamsk station has changed its weekend line-up.\n\n"
                     "Presenting duo Michael Brann and John Renner are taking over the breakfast show. "
                     "They said the show would add more live music.")
    found = claim_with(result, "more live music")
    assert speaker_names(result, found) == ["Michael Brann", "John Renner"]


def test_they_after_an_opening_phrase_is_left_alone(analyze):
    result = analyze("Tax plans\n\nThe opposition is set to publish its tax plans soon.\n\n"
                     "Michael Brann and John Renner are trying to end their quarrel. "
                     "Along with many of their colleagues, they insist that the party is united.")
    found = claim_with(result, "the party is united")
    assert not found.speakers
