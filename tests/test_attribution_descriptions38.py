"""Round 32: a definite description speaker the story never ties to a name ("But the Varne
chairman added", "The minister also confirmed") is the one person named in the nearest sentence
before it, as a reader takes it (``coref.offices._epithet_holder``); the "he" / "she" going on
with it follows. Sentences written for these tests."""

from __future__ import annotations

from newsgraph.coref.offices import resolve_described
from test_coref import mentions_of
from test_coref_offices import LEXICON, actors_of, claim, resolved, table_of

HOLT = ("Nia Holt", "PERSON", "Nia Holt")
DALE = ("Rico Dale", "PERSON", "Rico Dale")
ORR = ("Max Orr", "PERSON", "Max Orr")
VENN = ("Tam Venn", "PERSON", "Tam Venn")

STORIES = [("Varne fly-half Max Orr kicked three goals. ", [("Varne", "ORG", "Varne RFC"), ORR]),
           ("Varne fly-half Max Orr was injured. ", [("Varne", "ORG", "Varne RFC"), ORR]),
           ("Former champion Tam Venn retired. ", [VENN]),
           ("Transport Secretary Rico Dale spoke. ", [DALE]),
           ("Transport Secretary Rico Dale left. ", [DALE])]


def test_the_one_person_of_the_sentence_before_is_the_chairman_the_story_never_calls_so():
    text = "Nia Holt said the offer was fair. But the Kessel chairman added that it had been refused."
    assert resolved(text, [HOLT], "the Kessel chairman", STORIES) == "Nia Holt"


def test_an_inverted_cue_after_a_quote_takes_the_person_named_before_the_quote():
    text = ("Nia Holt was named player of the year. \"It means a great deal to me,\" said the 31-year-old "
            "singer.")
    assert resolved(text, [HOLT], "the 31-year-old singer", STORIES) == "Nia Holt"


def test_a_possessor_named_between_does_not_block_the_subject():
    text = "Nia Holt praised Max Orr for the pass. \"It was a lovely ball,\" said the Kessel striker."
    assert resolved(text, [HOLT, ORR], "the Kessel striker", STORIES) is None  # Orr is named, not only a possessor
    text = "Nia Holt was full of praise for Orr's pass. \"It was a lovely ball,\" said the Kessel striker."
    assert resolved(text, [HOLT, ("Orr", "PERSON", "Max Orr")], "the Kessel striker", STORIES) == "Nia Holt"


def test_only_a_possessor_before_gives_nobody():
    text = "His time was well short of Max Orr's record. \"I trained well,\" said the indoor champion."
    assert resolved(text, [ORR], "the indoor champion", STORIES) is None


def test_two_people_named_in_the_sentence_before_give_neither():
    text = "Nia Holt met Rico Dale in the capital. The minister said the talks went well."
    assert resolved(text, [HOLT, DALE], "The minister", STORIES) is None


def test_a_name_inside_a_quote_is_no_antecedent():
    text = "\"Nia Holt was brilliant,\" the crowd sang. The coach said the side was ready."
    assert resolved(text, [HOLT], "The coach", STORIES) is None


def test_the_corpus_knowing_another_holder_or_another_role_keeps_it_null():
    # the corpus knows Dale as the transport secretary: Holt is not described so
    text = "Nia Holt visited the port. The transport secretary said it would grow."
    assert resolved(text, [HOLT], "The transport secretary", STORIES) is None
    # Orr is the Varne fly-half: "the Kessel fly-half" is someone else
    text = "Max Orr was unhappy. The Kessel fly-half said they would come back."
    assert resolved(text, [ORR], "The Kessel fly-half", STORIES) is None
    # Venn is a former champion, never "the champion"
    text = "Tam Venn watched the final. The champion said it was close."
    assert resolved(text, [VENN], "The champion", STORIES) is None


def test_a_possessive_or_family_description_is_someone_else():
    text = "Nia Holt gave a speech. The minister's wife said it went well."
    assert resolved(text, [HOLT], "The minister's wife", STORIES) is None
    text = "Nia Holt gave a speech. The daughter said it went well."
    assert resolved(text, [HOLT], "The daughter", STORIES) is None


def test_no_person_within_two_sentences_gives_nobody():
    text = ("Nia Holt opened the hall.\n\nThe roof leaked.\n\nThe rain fell all week.\n\nThe weather was poor. "
            "The manager said repairs were due.")
    assert resolved(text, [HOLT], "The manager", STORIES) is None


def test_the_pronoun_going_on_with_the_epithet_takes_the_same_person():
    text = "Nia Holt visited the school. The minister said it was well run. She added that funds would rise."
    mentions = mentions_of(text, [HOLT])
    first = claim(text, "The minister")
    second = claim(text, "She")
    second.cue_span = [second.speaker_span[0] + 4, second.speaker_span[0] + 9]
    resolve_described(text, [first, second], mentions, actors_of(mentions), table_of(STORIES), LEXICON)
    assert first.speaker == 0 and second.speaker == 0


def test_a_description_that_is_no_subject_is_nobody_renamed():
    text = "Nia Holt was fined on Monday. She was called \"a reckless pirate\" by the sentencing judge."
    assert resolved(text, [HOLT], "the sentencing judge", STORIES) is None


def test_a_post_by_another_noun_in_the_story_is_someone_else_but_one_of_the_same_post_is_him():
    # the coach is no athlete; since round 39 (spk54) the subject, Holt, whom the coach entered,
    # is (the coach named after "by" is no rival)
    text = "Nia Holt was entered by coach Max Orr. The athlete said she would not run."
    assert resolved(text, [HOLT, ORR], "The athlete", STORIES) == "Nia Holt"
    text = "The race was hard. Coach Nia Holt watched it. The athlete said she would not run."
    assert resolved(text, [HOLT], "The athlete", STORIES) is None
    text = "Schools Minister Nia Holt visited. The Kessel secretary said it was well run."
    assert resolved(text, [HOLT], "The Kessel secretary", STORIES) == "Nia Holt"


def test_a_past_post_may_be_held_beside_a_present_one():
    text = "Commissioner Nia Holt took her seat. The former Kessel leader said it was an honour."
    assert resolved(text, [HOLT], "The former Kessel leader", STORIES) == "Nia Holt"


def test_what_a_player_is_besides_his_position_is_no_other_post_but_a_coach_is():
    text = ("Kessel have been criticised. Captain Nia Holt stressed the game would be won up front. "
            "The lock said they were ready.")
    assert resolved(text, [HOLT], "The lock", STORIES) == "Nia Holt"
    text = "Sprinter Nia Holt will not compete. The Kessel athlete said she was resting."
    assert resolved(text, [HOLT], "The Kessel athlete", STORIES) == "Nia Holt"
    text = "The squad was short. Coach Nia Holt watched it. The athlete said she would not run."
    assert resolved(text, [HOLT], "The athlete", STORIES) is None
