"""Round 44 (branch spk64): a "he" / "she" after a sentence whose subject is an epithet ("The
29-year-old finished third behind X and Y") goes on with the person the epithet stands for, not
with nobody: the names after the subject are objects. Null stays when the epithet stands for
nobody the story names alone, when a name follows it, or when another person is described
between. Sentences written for these tests, run through the document stage (``analyze``)."""

from __future__ import annotations

from claim_helpers import claim_at, speaker_of

RACE = ("Sarah Kendle will skip the indoor meeting in Glasgow. "
        "The 29-year-old finished third behind Laura Finch and Emma Dowd last week. ")


def test_she_after_an_aged_subject_with_two_names_after_it_is_the_one_named_before(analyze):
    result = analyze(RACE + '"I was tired and my legs were heavy," she said.')
    assert speaker_of(result, claim_at(result, "said")) == "Sarah Kendle"


def test_he_after_an_epithet_subject_with_two_names_after_it(analyze):
    text = ("Tom Reddick has joined Leeds on a two-year deal. "
            "The veteran striker scored twice against Mark Bowes and Paul Tiller in a friendly. "
            "He said the squad was ready for the new season.")
    result = analyze(text)
    assert speaker_of(result, claim_at(result, "said")) == "Tom Reddick"


def test_two_people_before_the_epithet_keep_it_null(analyze):
    text = ("Sarah Kendle and Jane Hollis trained together in Glasgow. "
            "The 29-year-old finished third behind Laura Finch and Emma Dowd last week. "
            '"I was tired and my legs were heavy," she said.')
    result = analyze(text)
    assert speaker_of(result, claim_at(result, "said")) is None


def test_a_name_after_the_epithet_is_not_passed_over(analyze):
    # the epithet introduces a new person by name: the sentence does not go on with Sarah Kendle
    text = ("Sarah Kendle will skip the indoor meeting in Glasgow. "
            "The 29-year-old Laura Finch finished ahead of Emma Dowd and Jane Hollis last week. "
            '"I was tired and my legs were heavy," she said.')
    result = analyze(text)
    assert speaker_of(result, claim_at(result, "said")) != "Sarah Kendle"


def test_another_person_described_between_keeps_it_null(analyze):
    result = analyze(RACE + "The coach was furious with the result. "
                     '"I was tired and my legs were heavy," she said.')
    assert speaker_of(result, claim_at(result, "said")) is None
