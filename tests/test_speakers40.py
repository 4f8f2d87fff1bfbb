"""Round 33 (issue 19, branch spk40): description speakers whose person the story names nearby.

- a speaker phrase whose head the parser put on a hyphen prefix keeps the whole word ("its
  co-chairman", not "its co"), so an apposed name after it is found;
- an honorific the model leaves out of an apposed name ("said its chairman, Sir X") keeps the
  apposition;
- a lead's description ("Ruritania's president has defended ...") is the person first named in
  the next sentence, when he speaks or opens it there and nobody else is named before
  (``coref.offices._named_next``).

Sentences written for these tests."""

from __future__ import annotations

from claim_helpers import speakers
from newsgraph.coref.offices import resolve_described
from test_coref import mentions_of
from test_coref_offices import LEXICON, actors_of, claim

KRELL = ("Anton Krell", "PERSON", "Anton Krell")
MOYLE = ("Dan Moyle", "PERSON", "Dan Moyle")
OLSEN = ("Marta Olsen", "PERSON", "Marta Olsen")
NONE_TABLE = []


# --- document stage: the speaker phrase and its apposed name -----------------------------------

def test_a_hyphenated_post_is_one_word_and_its_apposed_name_speaks(analyze):
    result = analyze("Loss at Pelham\n\nThe firm blamed weak demand for the loss, said its co-chairman, Ivan Dresner.")
    assert speakers(result, "said") == [("its co-chairman", "Ivan Dresner")]


def test_a_hyphenated_post_without_a_name_stays_unlinked(analyze):
    result = analyze("Stadium plan\n\nThe Varne vice-chairman told reporters the talks were over.")
    assert speakers(result, "told") == [("The Varne vice-chairman", None)]


def test_an_honorific_before_the_apposed_name_keeps_the_apposition(analyze):
    result = analyze("Exam body warns\n\nThe exam board urged ministers to keep the diploma whole. "
                     "\"A partial plan would harm it,\" said its chairman, Sir Alan Pybus.")
    assert speakers(result, "said") == [("its chairman", "Alan Pybus")]


# --- corpus stage: the lead's description named in the next sentence --------------------------

def _resolve(text: str, names, described: str, named: str) -> str | None:
    mentions = mentions_of(text, names)
    lead = claim(text, described)
    follow = claim(text, named)
    follow.cue_span = [follow.speaker_span[1] + 1, follow.speaker_span[1] + 5]
    follow.speaker = next(i for i, m in enumerate(mentions) if m.text == named)
    from test_coref_offices import table_of
    resolve_described(text, [lead, follow], mentions, actors_of(mentions), table_of(NONE_TABLE), LEXICON)
    return mentions[lead.speaker].full_name if lead.speaker is not None else None


def test_a_leads_description_is_the_speaker_named_in_the_next_sentence():
    text = ("Mine sale backed\n\nRuritania's president has defended the sale of the state mine.\n\n"
            "Anton Krell said the deal followed market rules.")
    assert _resolve(text, [KRELL], "Ruritania's president", "Anton Krell") == "Anton Krell"


def test_a_description_after_the_quote_it_frames_is_named_next():
    text = ("Rights chief speaks\n\nThe rights movement has failed, Freedom Watch's chief has said.\n\n"
            "Marta Olsen said rights had been ignored.")
    assert _resolve(text, [OLSEN], "Freedom Watch's chief", "Marta Olsen") == "Marta Olsen"


def test_a_person_named_before_the_description_keeps_it_null():
    text = ("Court row\n\nKessel's top official has defended the courts after criticism from Dan Moyle.\n\n"
            "Anton Krell said the surface was fine.")
    assert _resolve(text, [MOYLE, KRELL], "Kessel's top official", "Anton Krell") is None
    text = ("Court row\n\nDan Moyle complained about the courts. Kessel's top official has defended them.\n\n"
            "Anton Krell said the surface was fine.")
    assert _resolve(text, [MOYLE, KRELL], "Kessel's top official", "Anton Krell") is None


def test_another_person_in_the_headline_keeps_it_null():
    text = ("Moyle wins in Varne\n\nThe 28-year-old said she was thrilled.\n\n"
            "Anton Krell said the title was deserved.")
    assert _resolve(text, [MOYLE, KRELL], "The 28-year-old", "Anton Krell") is None


def test_a_spokesman_is_never_the_next_sentences_speaker():
    text = ("Firm replies\n\nKessel's spokesman said sales were strong.\n\n"
            "Anton Krell said the figures were wrong.")
    assert _resolve(text, [KRELL], "Kessel's spokesman", "Anton Krell") is None


def test_a_name_two_paragraphs_on_is_not_taken():
    text = ("Mine sale backed\n\nRuritania's president has defended the sale.\n\nThe mine employs 900.\n\n"
            "Anton Krell said the deal followed market rules.")
    assert _resolve(text, [KRELL], "Ruritania's president", "Anton Krell") is None


def test_a_possessor_in_the_descriptions_sentence_is_no_rival():
    text = ("Mine sale backed\n\nRuritania's president has defended the sale of Moyle's stake in the mine.\n\n"
            "Anton Krell said the deal followed market rules.")
    assert _resolve(text, [("Moyle", "PERSON", "Moyle"), KRELL], "Ruritania's president", "Anton Krell") == "Anton Krell"


def test_a_name_opening_the_next_sentence_counts_after_the_lead_only():
    text = "Prize night\n\nThe singer said she was thrilled.\n\nLia Vega won the prize."
    vega = ("Lia Vega", "PERSON", "Lia Vega")
    mentions = mentions_of(text, [vega])
    lead = claim(text, "The singer")
    from test_coref_offices import table_of
    resolve_described(text, [lead], mentions, actors_of(mentions), table_of(NONE_TABLE), LEXICON)
    assert lead.speaker == 0
    text = "Prize night\n\nThe show ended late. The singer said she was thrilled.\n\nLia Vega won the prize."
    mentions = mentions_of(text, [vega])
    lead = claim(text, "The singer")
    resolve_described(text, [lead], mentions, actors_of(mentions), table_of(NONE_TABLE), LEXICON)
    assert lead.speaker is None


def test_a_possessor_says_whose_post_so_other_stories_holders_are_no_rivals():
    from test_coref_offices import table_of
    stories = [("Justice minister Rico Dale spoke. ", [("Rico Dale", "PERSON", "Rico Dale")]),
               ("Justice minister Rico Dale left. ", [("Rico Dale", "PERSON", "Rico Dale")])]
    text = ("Fans warned\n\nKessel's justice minister has warned football fans.\n\n"
            "Marta Olsen said bans were planned.")
    mentions = mentions_of(text, [OLSEN])
    lead = claim(text, "Kessel's justice minister")
    follow = claim(text, "Marta Olsen")
    follow.cue_span = [follow.speaker_span[1] + 1, follow.speaker_span[1] + 5]
    follow.speaker = 0
    resolve_described(text, [lead, follow], mentions, actors_of(mentions), table_of(stories), LEXICON)
    assert lead.speaker == 0
