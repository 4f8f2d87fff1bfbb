"""Claim speakers, round 69 (branch spk133): a "he" / "she" right after a claim whose speaker's
name is followed by a description of its own posts running to the end of the sentence ("said
Lena Kovic, chair of the panel and the Herald's literary editor. '...,' she added") goes on
with that speaker: the second post, joined by "and", is hers, no rival person for the pronoun
(``SpeakerResolver._speaker_apposition_end``). Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import speakers

PANEL = ("Book prize\n\nThe jury met in Tamsk on Monday. \"The list was strong this year,\" said Ms "
         "Lena Kovic, chair of the panel and the Herald's literary editor. \"Most of the jury "
         "liked the winner,\" she added.")

FORUM = ("Phone rules\n\nA new code for ringtone sellers comes in next month. \"Every seller must keep "
         "to the code,\" said Piet Varn, policy head of the Forum and executive chairman of the "
         "messaging firm Brevlink.\n\n\"It is about being open with buyers,\" he said.")


def test_a_she_after_a_speaker_with_two_posts_goes_on_with_that_speaker(analyze):
    assert speakers(analyze(PANEL), "added") == [("she", "Ms Lena Kovic")]


def test_a_he_in_the_next_paragraph_after_a_speaker_with_two_posts_goes_on(analyze):
    assert speakers(analyze(FORUM), "said")[-1] == ("he", "Piet Varn")


def test_guard_a_person_named_in_the_apposition_keeps_the_pronoun_undecided(analyze):
    text = FORUM.replace("executive chairman of the messaging firm Brevlink",
                         "an aide to the minister Ivo Renner")
    assert speakers(analyze(text), "said")[-1] == ("he", None)


def test_guard_a_person_described_in_a_later_sentence_stays_a_rival(analyze):
    text = PANEL.replace("literary editor. ", "literary editor. The prime minister was not pleased. ")
    assert speakers(analyze(text), "added") == [("she", None)]


def test_guard_a_description_set_off_by_a_second_comma_stays_a_rival(analyze):
    text = PANEL.replace("chair of the panel and the Herald's literary editor.",
                         "chair of the panel, and the Herald's literary editor agreed.")
    assert speakers(analyze(text), "added") == [("she", None)]
