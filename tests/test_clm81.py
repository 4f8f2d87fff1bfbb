"""A later quote joined to a claim that belongs to another statement, round 59 (branch clm81):
a free-standing quote after the reporter's own sentence with a speaker and a cue of its own
("“A,” he said. Kessel warned his side of X. “B.”") goes on with that sentence's statement,
not with the claim before it. A quote split around its own tag, and one going on right after
its tag's sentence, stay one claim. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import claim_with, speaker_of


def _result(analyze, text: str):
    return analyze("Harbour\n\n" + text)


# --- a quote after another statement's sentence is not the claim before it --------------------

def test_a_quote_after_a_warned_sentence_leaves_the_claim_before_it(analyze):
    text = ("\"We played well in the first half and deserved the lead,\" Kessel said. "
            "But Vaal warned his players against any complacency before the return match. "
            "\"Nobody here thinks the tie is over yet.\"")
    result = _result(analyze, text)
    first = claim_with(result, "deserved the lead")
    assert "Nobody here" not in first.text
    assert not first.pieces


def test_the_quote_after_the_warned_sentence_is_that_speakers_claim(analyze):
    text = ("\"We played well in the first half and deserved the lead,\" Kessel said. "
            "But Vaal warned his players against any complacency before the return match. "
            "\"Nobody here thinks the tie is over yet.\"")
    result = _result(analyze, text)
    later = claim_with(result, "Nobody here thinks")
    assert later.text == "Nobody here thinks the tie is over yet."
    assert later.speaker_text == "Vaal" and speaker_of(result, later) == "Vaal"
    assert later.kind == "direct"


def test_a_quote_after_a_hailed_sentence_is_the_hailers_own(analyze):
    text = ("\"The whole squad has worked hard for this,\" said Jo Brann. "
            "Tamsk also hailed the young goalkeeper, who came on for the injured captain. "
            "\"He was calm and brave all night and that is what we need.\"")
    result = _result(analyze, text)
    first = claim_with(result, "whole squad")
    assert first.speaker_text == "Jo Brann"
    assert "calm and brave" not in first.text
    later = claim_with(result, "calm and brave")
    assert later.speaker_text == "Tamsk"


def test_a_plural_speaker_between_leaves_the_quote_to_no_one(analyze):
    text = ("\"The port will reopen on Monday,\" said Jo Brann, the harbour master. "
            "Local traders have complained about the closure for weeks. "
            "\"It has cost us thousands.\"")
    result = _result(analyze, text)
    first = claim_with(result, "port will reopen")
    assert "cost us thousands" not in first.text
    assert all(c.speaker_text != "Jo Brann" for c in result.claims if "cost us thousands" in c.text)


# --- guards: what stays one claim ---------------------------------------------------------------

def test_a_quote_split_around_its_tag_stays_one_claim(analyze):
    text = ("\"The talks were hard,\" Jo Brann said, referring to the Tamsk meeting, "
            "\"but we have a deal that works for both towns.\"")
    result = _result(analyze, text)
    claim = claim_with(result, "The talks were hard")
    assert claim.pieces and len(claim.pieces) == 2
    assert "deal that works" in claim.text


def test_a_quote_going_on_after_its_tag_sentence_stays_one_claim(analyze):
    text = ("\"We are ready for the vote,\" said Kessel. \"The members have had their say and "
            "the board will listen.\"")
    result = _result(analyze, text)
    claim = claim_with(result, "ready for the vote")
    assert claim.pieces and len(claim.pieces) == 2
    assert "board will listen" in claim.text


def test_a_quote_after_a_reporters_sentence_with_no_cue_still_goes_on(analyze):
    text = ("\"We are ready for the vote,\" said Kessel. The ballot closes on Friday. "
            "\"The members have had their say.\"")
    result = _result(analyze, text)
    claim = claim_with(result, "ready for the vote")
    assert "members have had their say" in claim.text
