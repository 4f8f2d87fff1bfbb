"""Claim speakers, round 38 (branch spk51): a "he" / "she" whose sentence names the pronoun's
own relation before it ("In a letter to his agent he wrote") — that person is the pronoun's,
never the pronoun, so no rival to the one person named just before. Short fictional sentences
written here."""

from __future__ import annotations

from claim_helpers import linked_speakers


def test_his_agent_before_he_is_no_rival(analyze):
    result = analyze("Politics\n\nMark Dalton worked in the city between 1990 and 1992. "
                     "In a letter to his local chairman he wrote: \"It is time to go.\"")
    assert linked_speakers(result, "wrote") == ["Mark Dalton"]


def test_her_coach_before_she_is_no_rival(analyze):
    result = analyze("Tennis\n\nSarah Moore lost in three sets on Friday. "
                     "After her coach left, she said the wind had been too strong.")
    assert linked_speakers(result, "said") == ["Sarah Moore"]


def test_his_chairman_in_another_sentence_stays_a_rival(analyze):
    # the sentence before names his chairman: either may be the next "he", so no speaker
    result = analyze("Politics\n\nMark Dalton served as a minister between 1990 and 1992. "
                     "He wrote to his local chairman. He said it was time to go.")
    assert linked_speakers(result, "said") == [None]


def test_the_post_he_served_as_is_no_rival(analyze):
    # "served as a minister" describes the man named, as "was a minister" does
    result = analyze("Politics\n\nMark Dalton served as a minister between 1990 and 1992. "
                     "In a letter to his local chairman he wrote: \"It is time to go.\"")
    assert linked_speakers(result, "wrote") == ["Mark Dalton"]
