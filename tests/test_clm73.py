"""Claim content running past what the speaker said, round 54 (branch clm73): a reporting frame
closing the content ("..., the Vaal Times reports", "..., he told activists", "..., X has
reportedly said"), a later quote joined as a piece although a colon tag of its own sentence opens
it ("..., but Y countered: “...”"), and "He added:" kept inside a quote whose closing mark the
text lost. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import claim_at, claims_of
from newsgraph.attribution import CueLexicon
from newsgraph.attribution.quotes import find_quotes

TAG_VERBS = CueLexicon.from_data().colon_tag_verbs


def _result(analyze, text: str):
    return analyze("Harbour\n\n" + text)


# --- a reporting frame closing the content ---------------------------------------------------

def test_an_outlets_frame_leaves_the_content(analyze):
    text = ("Kemaria says none of the money will go to the owners of Tamsk Motors, who have been "
            "criticised by unions, the Vaal Times reports. \"Kemaria wants the cash spent on the plant,\" "
            "the paper quotes a source close to the firm.")
    claim = claim_at(_result(analyze, text), "says")
    assert claim.text == ("none of the money will go to the owners of Tamsk Motors, who have been "
                          "criticised by unions")
    assert claim.pieces is None  # the paper's quote of another source is no piece of it


def test_a_pronoun_frame_with_its_hearers_leaves_the_content(analyze):
    text = ("At the Kessel rally, the minister said the cuts planned by the opposition were the same "
            "as closing every school in the region, he told activists.")
    claim = claim_at(_result(analyze, text), "said")
    assert claim.text == "the cuts planned by the opposition were the same as closing every school in the region"


def test_a_reportedly_frame_leaves_the_content(analyze):
    text = "Kemaria no longer needs the loan offered by the Vaal bank, finance minister Jo Brann has reportedly said."
    (claim,) = claims_of(analyze, "Harbour\n\n" + text, "reportedly")
    assert claim.text == "Kemaria no longer needs the loan offered by the Vaal bank"


def test_the_frames_own_claim_keeps_its_words(analyze):
    text = ("Kemaria says none of the money will go to the owners of Tamsk Motors, the Vaal Times reports.")
    claim = claim_at(_result(analyze, text), "reports")
    assert (claim.speaker_text, claim.text) == ("the Vaal Times", "none of the money will go to the owners of Tamsk Motors")


def test_a_clause_after_a_comma_is_no_frame(analyze):
    # guard: "the council is promising X" is what the party said, not a tag closing it
    text = ("The Tamsk party said that since barely a third of pupils swim each week, the council is "
            "promising something it cannot deliver.")
    claim = claim_at(_result(analyze, text), "said", 0)
    assert claim.text.endswith("the council is promising something it cannot deliver")


# --- a later quote opened by a colon tag of its own sentence ----------------------------------

def test_a_rivals_countered_quote_is_no_piece(analyze):
    text = ("The mayor said: \"The plan is good for the town.\" Some residents were unhappy, but Tom Vaal "
            "countered: \"It will ruin the old square.\"")
    claim = claim_at(_result(analyze, text), "said", 0)
    assert (claim.text, claim.pieces) == ("The plan is good for the town.", None)


def test_a_quote_after_a_long_tag_of_another_name_is_no_piece(analyze):
    # guard: a quote whose tag the parse reads keeps going to that tag
    text = ("\"We fought a very positive campaign,\" said Jo Brann.\n\n"
            "In a speech to the Kessel forum Mr Tamsk said of the mayor: \"She is clever but not wise.\"")
    claims = [c for c in _result(analyze, text).claims if "positive campaign" in c.text]
    assert [(c.speaker_text, c.text) for c in claims] == [("Jo Brann", "We fought a very positive campaign")]


def test_a_quote_going_on_without_a_tag_stays_a_piece(analyze):
    # guard: the speaker going on in the next quote, nothing between but her own tag
    text = "\"The harbour will open in May,\" said Jo Brann. \"We have waited long enough.\""
    claim = claim_at(_result(analyze, text), "said")
    assert claim.text == "The harbour will open in May … We have waited long enough."


def test_a_quote_split_around_its_own_tag_keeps_both_halves(analyze):
    # guard: "“A,” she said, “B”" is one claim with its two pieces
    text = "\"The harbour,\" Jo Brann said, \"will open in May.\""
    claim = claim_at(_result(analyze, text), "said")
    assert claim.pieces is not None and len(claim.pieces) == 2


# --- "He added:" inside a quote whose closing mark was lost -----------------------------------

def test_he_added_inside_an_open_quote_starts_a_new_claim(analyze):
    text = ("Mr Orlo, who says he is not angry, said: \"I have lost two years of my life because of this. "
            "He added: \"The council wanted to break me but they failed.\"")
    result = _result(analyze, text)
    assert claim_at(result, "said").text == "I have lost two years of my life because of this."
    added = claim_at(result, "added")
    assert added.text == "The council wanted to break me but they failed."


def test_find_quotes_ends_an_open_quote_before_a_colon_tag():
    text = 'She said: "We lost the vote. She added: "We will stand again."'
    words = [text[q.start:q.end] for q in find_quotes(text, TAG_VERBS)]
    assert words == ["We lost the vote.", "We will stand again."]


def test_find_quotes_without_tag_verbs_is_unchanged():
    # guard: callers that pass no verbs read the quotes as before
    text = 'She said: "We lost the vote. She added: "We will stand again."'
    assert len(find_quotes(text)) == 1


def test_the_speakers_own_told_him_stays_inside_the_quote():
    # guard: "I told him:" inside a quote is the speaker's own story, not the reporter's tag
    text = 'He said: "I went to the office. I told him: "Go home." Then I left.'
    words = [text[q.start:q.end] for q in find_quotes(text, TAG_VERBS)]
    assert words[0].startswith("I went to the office. I told him:")


def test_colon_tag_verbs_table():
    assert {"said", "added", "countered", "replied", "told"} <= TAG_VERBS
    assert "saying" not in TAG_VERBS  # the -ing tags are colon_tag_participles (round 48)
