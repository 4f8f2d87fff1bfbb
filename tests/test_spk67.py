"""Round 46 (branch spk67): a "he" / "she" right after a claim whose description speaker ("The
minister also confirmed ...") was resolved goes on with that person, although what that person
said names someone else ("... she had met the union leader X. But she denied ..."). The corpus
stage (``coref.offices.resolve_described``) on the document stage's result; the person named in
the description's own words is what is talked about, not a rival. Short fictional sentences
written here."""

from __future__ import annotations

import pytest

from claim_helpers import claim_at, speaker_of
from newsgraph.coref.offices import learn_offices, resolve_described
from test_coref_offices import LEXICON

LEAD = "Port rules\n\nHarbour Secretary Dana Kell has set out new rules for the docks at Varne.\n\n"
TOLD = "Mrs Kell told reporters the rules would take effect in May. "
MET = "The minister also confirmed she had met the union leader Ivo Renner on Monday."


def _corpus_stage(analyze, text: str):
    """The document stage, then the corpus stage with each name its own actor and no other story."""
    result = analyze(text)
    actors = [m.key for m in result.mentions]
    resolve_described(result.document.text, result.claims, result.mentions, actors, learn_offices([], LEXICON),
                      LEXICON)
    return result


def test_she_after_the_described_speaker_goes_on_past_a_name_in_what_she_said(analyze):
    result = _corpus_stage(analyze, LEAD + TOLD + MET + " But she denied that the rules would cost jobs.")
    assert speaker_of(result, claim_at(result, "confirmed")) == "Mrs Kell"
    assert speaker_of(result, claim_at(result, "denied")) == "Mrs Kell"


def test_he_after_the_described_speaker_goes_on_too(analyze):
    text = ("Ward plans\n\nHealth Secretary Owen Marsh has set out new pay rules for nurses.\n\n"
            "Mr Marsh told reporters the rules would take effect in May. The minister also confirmed he had "
            "met the union leader Ivo Renner on Monday. But he denied that the rules would cost jobs.")
    result = _corpus_stage(analyze, text)
    assert speaker_of(result, claim_at(result, "denied")) == "Marsh"


@pytest.mark.parametrize("between", [
    " The port's chief executive was at the meeting too.",  # another person described between
    "\n\n",  # a new paragraph
])
def test_no_chain_past_a_description_or_a_paragraph(analyze, between):
    text = LEAD + TOLD + MET + between.rstrip(" ") + " But she denied that the rules would cost jobs."
    result = _corpus_stage(analyze, text.replace("\n\n But", "\n\nBut"))
    assert claim_at(result, "denied").speaker is None


def test_a_pronoun_of_the_other_gender_stays_null(analyze):
    result = _corpus_stage(analyze, LEAD + TOLD + MET + " But he denied that the rules would cost jobs.")
    assert claim_at(result, "denied").speaker is None


def test_a_description_inside_another_speakers_words_is_no_antecedent(analyze):
    text = LEAD + ("Ivo Renner said the minister had confirmed she would meet the union on Monday. "
                   "But she denied that the rules would cost jobs.")
    result = _corpus_stage(analyze, text)
    assert claim_at(result, "denied").speaker is None
