"""Claim speakers, round 25 (issue 19, branch spk27): person speakers left null although the
document names them. An office description after a named speaker ("X has said ... the Green
leader said") is that speaker, unless set against him ("But the leader said") or he holds
another title; a name inside a pronoun's own said words is no rival antecedent; "the official
organisation" (an adjective) and "X, 23, a shop manager" (an apposition after an age) describe no other
person. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import speakers

from newsgraph.coref.offices import resolve_described
from test_coref import mentions_of
from test_coref_offices import LEXICON, TITLED, actors_of, claim, table_of


def test_an_office_description_after_a_named_speaker_is_that_speaker(analyze):
    result = analyze("Dana Kellaway has said the harbour plan will go ahead in the spring.\n\n"
                     "\"The work on the quay starts in May,\" the Green leader said on Monday.")
    assert speakers(result, "said")[-1] == ("the Green leader", "Dana Kellaway")


def test_an_office_description_set_against_the_speaker_is_not_him(analyze):
    result = analyze("Dana Kellaway has said the harbour plan will go ahead in the spring. "
                     "But the Green leader said the quay would never be finished.")
    assert speakers(result, "said")[-1][1] is None


def test_an_office_description_is_not_a_speaker_with_another_title(analyze):
    result = analyze("Transport Secretary Dana Kellaway has said the harbour plan will go ahead. "
                     "The Green leader said the quay would never be finished.")
    assert speakers(result, "said")[-1][1] is None


def test_a_name_in_the_pronouns_own_words_is_no_rival(analyze):
    result = analyze("Tom Berglund has said the budget will hurt the town.\n\n\"It is a bad day for the town,\" the Green "
                     "leader said. Mr Vale's plan would only raise taxes for families, he added.")
    assert speakers(result, "added") == [("he", "Tom Berglund")]


def test_an_adjective_of_a_person_noun_describes_no_rival(analyze):
    result = analyze("Helen Walsh said the fake site had been reported to the police.\n\n"
                     "The charity was also asking the official organisation to step in. "
                     "The charity's web host was working to shut the site down, she said.")
    assert speakers(result, "said")[-1] == ("she", "Helen Walsh")


def test_an_apposition_after_an_age_describes_the_name(analyze):
    result = analyze("Helen Walsh, 23, a shop manager from Leeds, gave up ballet at the age of ten. "
                     "\"It was not a cool thing to do at school,\" she said.")
    assert speakers(result, "said") == [("she", "Helen Walsh")]


def test_a_pronoun_goes_on_with_the_office_holder_past_a_name_in_its_own_words():
    text = "Mrs Kell visited the docks. The transport secretary said the port would grow. " \
           "Mr Renner's plan would fail, she insisted."
    mentions = mentions_of(text, [("Mrs Kell", "PERSON", "Dana Kell"), ("Mr Renner", "PERSON", "Ivo Renner")])
    found = [claim(text, "The transport secretary"), claim(text, "she")]
    said = text.index("Mr Renner's")
    found[1].start, found[1].end = said, text.index(", she")
    resolve_described(text, found, mentions, actors_of(mentions), table_of(TITLED), LEXICON)
    assert [c.speaker for c in found] == [0, 0]


def test_a_states_one_office_is_not_carried_on_from_a_named_speaker(analyze):
    result = analyze("Tom Berglund has said the budget will hurt the town.\n\n"
                     "The prime minister said the budget would help families.")
    assert speakers(result, "said")[-1][1] is None


def test_an_office_description_inside_a_sentence_is_not_carried_on(analyze):
    result = analyze("Tom Berglund has said the budget will hurt the town. Ships have brought aid and "
                     "the Green leader has said more money would follow.")
    assert speakers(result, "said")[-1][1] is None


def test_a_title_lines_noun_does_not_stop_the_office_going_on(analyze):
    result = analyze("Minister defends harbour plan\n\nThe harbour plan is sound and affordable, Tom Berglund "
                     "has said.\n\nThe harbour minister said the quay would open in May.")
    assert speakers(result, "said")[-1] == ("The harbour minister", "Tom Berglund")


def test_a_name_after_a_hyphenated_title_opens_its_sentence(analyze):
    result = analyze("The party met in Leeds on Friday. Party co-chairman Tom Berglund opened the meeting with "
                     "a speech attacking Carl Vinter's record. The town has been let down for years, he told the hall.")
    assert speakers(result, "told") == [("he", "Tom Berglund")]


def test_a_name_after_an_opening_adverb_phrase_is_the_subject(analyze):
    result = analyze("Formerly one of Carl Vinter's closest aides, Tom Berglund hinted at a tax cut. "
                     "Any rise in rates would not hurt the party, he added.")
    assert speakers(result, "added") == [("he", "Tom Berglund")]


def test_a_description_after_an_opening_phrase_is_its_sentences_subject():
    text = "Mrs Kell spoke for an hour. Turning to the docks, the transport secretary promised a new quay. " \
           "She said the work would start in May."
    mentions = mentions_of(text, [("Mrs Kell", "PERSON", "Dana Kell")])
    found = [claim(text, "She")]
    resolve_described(text, found, mentions, actors_of(mentions), table_of(TITLED), LEXICON)
    assert found[0].speaker == 0
