"""Round 39 (branch spk54): description speakers whose person the story names — the subject of the
sentence before when it names others only after a preposition or in a clause of their own ("X lost
to Y. The 31-year-old said"), the person before one or two sentences about "he" / "she", an age as
an epithet, a definite voice ("his spokesman") or a possessor's description ("X's lawyer") flagged
anonymous and named in the next sentence; and "a spokesman for <person>" is never that person.
Sentences written for these tests (``coref.offices`` on hand-made mentions, the document stage
through ``analyze``)."""

from __future__ import annotations

from claim_helpers import speakers_with_anonymous
from newsgraph.coref.offices import resolve_described
from test_coref import mentions_of
from test_coref_offices import LEXICON, actors_of, claim, resolved, table_of

HOLT = ("Nia Holt", "PERSON", "Nia Holt")
ORR = ("Max Orr", "PERSON", "Max Orr")
DALE = ("Rico Dale", "PERSON", "Rico Dale")
STORIES = [("Varne fly-half Max Orr kicked three goals. ", [("Varne", "ORG", "Varne RFC"), ORR]),
           ("Varne fly-half Max Orr was injured. ", [("Varne", "ORG", "Varne RFC"), ORR])]


# --- the subject of the sentence before -------------------------------------------------------

def test_the_subject_is_the_epithet_when_the_other_is_after_a_preposition():
    text = "Nia Holt lost to Rico Dale in the final. The 31-year-old said the wind had been strong."
    assert resolved(text, [HOLT, DALE], "The 31-year-old", STORIES) == "Nia Holt"
    text = "Nia Holt claimed that Rico Dale had agreed. But the Kessel striker added that talks went on."
    assert resolved(text, [HOLT, DALE], "the Kessel striker", STORIES) == "Nia Holt"


def test_an_object_or_a_second_subject_keeps_it_null():
    text = "Nia Holt beat Rico Dale in the final. The 31-year-old said the wind had been strong."
    assert resolved(text, [HOLT, DALE], "The 31-year-old", STORIES) is None
    text = "Nia Holt and Rico Dale met in the final. The striker said the wind had been strong."
    assert resolved(text, [HOLT, DALE], "The striker", STORIES) is None


def test_a_subject_the_story_gives_another_post_is_not_the_epithet():
    # a director is no international: the epithet is someone else, so nobody
    text = "Club director Nia Holt held talks with Rico Dale. The former Kessel international said little."
    assert resolved(text, [HOLT, DALE], "The former Kessel international", STORIES) is None


# --- past sentences about "he" / "she" --------------------------------------------------------

def test_a_sentence_opened_by_he_is_passed_for_the_person_before_it():
    text = ("Nia Holt is ready to sign a new deal. She was once dropped by coach Rico Dale. "
            "The defender said she wanted to stay.")
    assert resolved(text, [HOLT, DALE], "The defender", STORIES) == "Nia Holt"


def test_a_pronoun_in_a_quote_is_not_passed():
    text = ("Nia Holt is ready to sign a new deal. \"She was once dropped by coach Rico Dale.\" "
            "The defender said she wanted to stay.")
    assert resolved(text, [HOLT, DALE], "The defender", STORIES) is None


# --- named in the next sentence, though flagged anonymous -------------------------------------

def _next(text: str, names, described: str, named: str) -> tuple[str | None, bool]:
    mentions = mentions_of(text, names)
    lead = claim(text, described)
    lead.anonymous = True
    follow = claim(text, named)
    follow.cue_span = [follow.speaker_span[1] + 1, follow.speaker_span[1] + 5]
    follow.speaker = next(i for i, m in enumerate(mentions) if m.text == named)
    resolve_described(text, [lead, follow], mentions, actors_of(mentions), table_of([]), LEXICON)
    return (mentions[lead.speaker].full_name if lead.speaker is not None else None), lead.anonymous


def test_his_spokesman_is_the_spokesman_the_next_sentence_introduces():
    text = ("Singer held\n\nSinger Nia Holt was held after a show, his spokesman has said.\n\n"
            "A fan ran on stage, label spokesman Rico Dale said.")
    assert _next(text, [HOLT, DALE], "his spokesman", "Rico Dale") == ("Rico Dale", False)


def test_a_speaker_introduced_by_another_noun_is_not_the_spokesman():
    text = ("Singer held\n\nSinger Nia Holt was held after a show, his spokesman has said.\n\n"
            "A fan ran on stage, club owner Rico Dale said.")
    assert _next(text, [HOLT, DALE], "his spokesman", "Rico Dale") == (None, True)


def test_a_possessors_lawyer_is_the_person_the_next_sentence_opens_with():
    text = ("Holt case\n\nNia Holt's lawyer has asked for the charges to be dropped.\n\n"
            "Rico Dale has given the court new papers.")
    names = [("Holt", "PERSON", "Nia Holt"), HOLT, DALE]
    assert _next(text, names, "Nia Holt's lawyer", "Rico Dale") == ("Rico Dale", False)


# --- document stage: a spokesman for a person -------------------------------------------------

def test_a_spokesman_for_a_named_person_speaks_for_that_person(analyze):
    # round 47 (spk69): his spokesman puts out his position; the claim stays anonymous
    result = analyze("Vote row\n\nLabour leader Michael Dale was at the rally. A spokesman for Mr Dale said "
                     "the claims were false.")
    assert speakers_with_anonymous(result, "said") == [("A spokesman for Mr Dale", "Dale", True)]


def test_a_spokesman_for_a_portfolio_with_a_name_is_that_name(analyze):
    result = analyze("Sport plan\n\nShadow spokesman for sport Rico Dale said the plan was late.")
    found = speakers_with_anonymous(result, "said")
    assert found and found[0][1] == "Rico Dale"
