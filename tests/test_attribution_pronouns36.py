"""Claim speakers, round 31 (issue 19, branch spk36): a "he" / "she" in a run of quotes is the
person who spoke just before, as a reader takes it. When that person got no person actor — an
unnamed source ("one London-based broker"), a description the rules left unresolved ("the former
Wales international"), or a person's name the model typed a body ("E Hayot") — the pronoun is
that speaker (null, or the same name), never a company or a person only named before. "one X" is
one unnamed person, not a plural part. Short fictional sentences written here."""

from __future__ import annotations

import pytest

from claim_helpers import speakers, speakers_with_anonymous

BROKER = ("Bourse bid\n\nVeltrix, a second market operator, says it could bid for the Kessel "
          "exchange too. Traders met on Monday.\n\n\"I doubt the offer changes much at all,\" said "
          "one London-based broker. He forecast the bid would succeed.")


def test_a_he_after_one_unnamed_broker_is_that_broker_not_the_firm(analyze):
    result = analyze(BROKER)
    assert speakers_with_anonymous(result, "said")[-1] == ("one London-based broker", None, True)
    assert speakers_with_anonymous(result, "forecast") == [("He", None, True)]


def test_one_broker_is_one_person_not_a_plural(analyze):
    result = analyze(BROKER)
    claim = [c for c in result.claims if c.cue == "said" and c.speaker_text == "one London-based broker"][0]
    assert claim.anonymous and claim.speaker is None


CLUB = ("Coach talks\n\n\"It would be a difficult job for anybody,\" Gordon Pell told reporters. "
        "Club director Terry Vance held initial talks with Pell on Saturday. The former Wales "
        "international added that moving to the city rivals was an unwise step for him. \"I have too "
        "many memories of the other side,\" he said.")


def test_a_he_after_an_unresolved_description_is_not_the_person_named_before_it(analyze):
    result = analyze(CLUB)
    assert speakers(result, "said") == [("he", None)]


def test_a_he_after_a_description_takes_the_person_who_spoke_before(analyze):
    result = analyze("Jobs plan\n\nMs Anna Marsh, the trade minister, said the plan would help. "
                     "The minister told delegates that sexism was wrong.\n\n\"It is simply wrong,\" "
                     "she said.")
    assert speakers(result, "said")[-1] == ("she", "Anna Marsh")


BLOG = ("Game habits\n\nStuart Vane, a player from Leeds, said he played every day. Many games "
        "reward grinding. E Halvor, writing in a culture blog, said recently: \"I used to play "
        "a lot.\"\n\nHe says that such behaviour \"was not unusual\". \"You cancel dinners,\" he "
        "wrote.")


def test_a_he_after_a_name_typed_a_body_goes_on_with_that_name(analyze):
    result = analyze(BLOG)
    halvor = [c for c in result.claims if c.cue == "said" and c.speaker_text == "E Halvor"]
    assert halvor, "the blogger's claim"
    mention = result.mentions[halvor[0].speaker] if halvor[0].speaker is not None else None
    if mention is not None and mention.label in ("PERSON", "NAME"):
        # PERSON: the model tagged him a person and the older rules carry the pronoun on; NAME:
        # round 58's spk98 made the mention from the speaker's words after the pronoun rules ran
        # (test_a_he_after_a_name_only_the_speaker_words_made_goes_on below)
        return
    linked = mention.text if mention is not None else None
    assert speakers(result, "says") == [("He", linked)]
    assert speakers(result, "wrote") == [("he", linked)]


def test_the_speaker_words_alone_name_the_blogger(analyze):
    result = analyze(BLOG)
    assert ("E Halvor", "E Halvor") in speakers(result, "said")  # round 58 (spk98): no mention before it


@pytest.mark.xfail(strict=True, reason="known gap (round 58): the name spk98 makes from the speaker's "
                   "words comes after the pronoun rules, so a later 'he' stays null (safe, not wrong)")
def test_a_he_after_a_name_only_the_speaker_words_made_goes_on(analyze):
    result = analyze(BLOG)
    assert speakers(result, "says") == [("He", "E Halvor")]


def test_a_person_named_after_the_claim_keeps_the_older_rules(analyze):
    result = analyze("Match report\n\n\"We were unlucky,\" said one Leeds fan. Manager Tom Reid "
                     "watched from the stand. \"We will come back,\" he said.")
    assert speakers(result, "said")[-1] == ("he", "Tom Reid")


def test_a_named_speaker_before_goes_on_as_before(analyze):
    result = analyze("Budget row\n\nMr John Carver said the budget was unfair. \"It hurts families,\" "
                     "he said.")
    assert speakers(result, "said") == [("Mr John Carver", "John Carver"), ("he", "John Carver")]


def test_a_he_after_a_name_with_a_particle_and_an_apposed_role_goes_on_with_it(analyze):
    result = analyze("Loan deal\n\nThe two sides reached agreement. Rodrigo de Sola, the fund's managing "
                     "director, said the loan would help. \"I believe the programme will help growth,\" "
                     "he said.")
    sola = [c for c in result.claims if c.speaker_text == "Rodrigo de Sola"]
    assert sola and sola[0].speaker is not None
    assert speakers(result, "said")[-1] == ("he", result.mentions[sola[0].speaker].text)


def test_a_he_after_an_unnamed_spokesman_chain_stays_that_unnamed_source(analyze):
    result = analyze("Phone calls\n\nA Labour Party spokesman told reporters the party avoided those "
                     "lists. \"We have very clear legal advice,\" he said.\n\nHe said the party always "
                     "asked people first.")
    # round 33 (spk41): an unnamed spokesman speaks for the body he is named with; the pronouns
    # that go on with him stay unnamed (anonymous) and speak for that body too
    assert speakers_with_anonymous(result, "said") == [("he", "Labour Party", True), ("He", "Labour Party", True)]
