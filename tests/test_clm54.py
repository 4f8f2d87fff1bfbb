"""Pieces of one claim share one speaker, round 40 (branch clm54): a quote joined to the last
speaker's words as a piece is cut when another named voice takes it — a sentence between with
its own speaker and cue, a colon tag the parse read no cue in, or a tag right after the quote
that names someone else. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import claims_of

from newsgraph.attribution.cues import CueLexicon
from newsgraph.attribution.pieces import cut_other_voices
from newsgraph.model import Claim, Mention


def test_a_quote_after_another_speakers_sentence_is_no_piece(analyze):
    text = ("Parks\n\nCouncillor Anna Berg said the park would stay open, adding that "
            "it would get new benches.\n\nOpposition leader Tom Hale criticised the plan. "
            "\"There is no money for benches in this budget.\"")
    (claim,) = claims_of(analyze, text, "adding")
    assert claim.text == "it would get new benches"
    assert not claim.pieces


def _claim(text: str, cue: str, pieces: list[str], speaker: int) -> Claim:
    spans = [[text.index(p), text.index(p) + len(p)] for p in pieces]
    at = text.index(cue)
    return Claim(id="d:c0", doc="d", start=spans[0][0], end=spans[0][1], text="", speaker=speaker,
                 speaker_text="x", speaker_span=None, anonymous=False, cue=cue, cue_span=[at, at + len(cue)],
                 stance="assert", outlet=None, sentence=0, kind="direct", pieces=spans)


def _mention(text: str, name: str, key: str) -> Mention:
    at = text.index(name)
    return Mention(doc="d", start=at, end=at + len(name), text=name, label="PERSON", key=key,
                   full_name=name, sentence=0)


def test_a_quote_after_a_colon_tag_of_another_name_is_no_piece():
    # the parse read no cue in the tag: the mention before "said:" names the quote's speaker
    text = ("Ann Lee said, adding that it was sure of it. When asked, Bob Ray said: "
            "\"we will fix the road first\".")
    mentions = [_mention(text, "Ann Lee", "ann lee"), _mention(text, "Bob Ray", "bob ray")]
    claim = _claim(text, "adding", ["it was sure of it", "we will fix the road first"], 0)
    cut_other_voices(text, [claim], [0], mentions, CueLexicon.from_data())
    assert (claim.pieces, text[claim.start:claim.end]) == (None, "it was sure of it")


def test_a_colon_tag_of_the_same_name_cuts_the_piece_too():
    # round 54 (clm73): was "keeps the piece". A colon tag in a sentence of its own gives the quote
    # a cue of its own, whoever speaks: the v0.31 readers counted a second quote joined under its
    # own tag ("Parry countered:") as content running on, and pieces are one statement's parts
    text = ("Ann Lee said, adding that it was sure of it. When asked, Ann Lee said: "
            "\"we will fix the road first\".")
    second = text.rindex("Ann Lee")
    mentions = [_mention(text, "Ann Lee", "ann lee"),
                Mention(doc="d", start=second, end=second + 7, text="Ann Lee", label="PERSON", key="ann lee",
                        full_name="Ann Lee", sentence=1)]
    claim = _claim(text, "adding", ["it was sure of it", "we will fix the road first"], 0)
    cut_other_voices(text, [claim], [0], mentions, CueLexicon.from_data())
    assert (claim.pieces, text[claim.start:claim.end]) == (None, "it was sure of it")


def test_a_same_name_tag_that_is_no_colon_tag_keeps_the_piece():
    # the speaker going on after a sentence of hers with no tag of the quote's own
    text = ("Ann Lee said, adding that it was sure of it. Ann Lee smiled. "
            "\"we will fix the road first\".")
    second = text.rindex("Ann Lee")
    mentions = [_mention(text, "Ann Lee", "ann lee"),
                Mention(doc="d", start=second, end=second + 7, text="Ann Lee", label="PERSON", key="ann lee",
                        full_name="Ann Lee", sentence=1)]
    claim = _claim(text, "adding", ["it was sure of it", "we will fix the road first"], 0)
    cut_other_voices(text, [claim], [0], mentions, CueLexicon.from_data())
    assert len(claim.pieces) == 2


def test_a_claim_with_no_resolved_speaker_is_left_but_for_a_colon_tag():
    # round 54 (clm73): a colon tag of its own sentence cuts with no speaker to compare; a tag
    # after the quote still needs one
    text = "He said, adding that it was sure of it. Then Bob Ray said: \"we will fix the road first\"."
    mentions = [_mention(text, "Bob Ray", "bob ray")]
    claim = _claim(text, "adding", ["it was sure of it", "we will fix the road first"], None)
    cut_other_voices(text, [claim], [None], mentions, CueLexicon.from_data())
    assert claim.pieces is None
    text = "He said, adding that it was sure of it. \"We will fix the road first,\" Bob Ray added."
    mentions = [_mention(text, "Bob Ray", "bob ray")]
    claim = _claim(text, "adding", ["it was sure of it", "We will fix the road first"], None)
    cut_other_voices(text, [claim], [None], mentions, CueLexicon.from_data())
    assert len(claim.pieces) == 2


def test_a_question_tagged_by_another_name_is_no_piece(analyze):
    text = ("Trial\n\nThe lawyer asked the witness about the ledger. \"Not that I recall,\" "
            "Mr Holt replied. \"Did you ever see the ledger?\" Mr Varga pressed.")
    (claim,) = claims_of(analyze, text, "replied")
    assert claim.text == "Not that I recall"
    assert not claim.pieces


def test_a_quote_the_same_speaker_goes_on_with_stays_a_piece(analyze):
    text = ("Mill\n\n\"The mill will close in March,\" said owner Ruth Kemp. "
            "\"We tried everything to keep it going.\"")
    (claim,) = claims_of(analyze, text, "said")
    assert claim.text == "The mill will close in March … We tried everything to keep it going."


def test_a_quote_after_the_same_persons_sentence_stays_a_piece(analyze):
    text = ("Mill\n\n\"The mill will close in March,\" said owner Ruth Kemp. Ms Kemp thanked the staff. "
            "\"We tried everything to keep it going.\"")
    (claim,) = claims_of(analyze, text, "said")
    assert claim.text.endswith("We tried everything to keep it going.")
