"""A quote split around its own tag after a colon tag of the same speaker, round 66 (branch
clm87): "X told the paper: “A,” he said. “B.”" — the colon tag's clause, read over the quote and
its "he said", no longer takes the quote going on after the tag (and drops it with itself): B is
a second piece of the "he said" claim, as in a plain split quote. Short fictional sentences
written here."""

from __future__ import annotations

from claim_helpers import claim_with


def _result(analyze, text: str):
    return analyze("Harbour\n\n" + text)


# --- the quote after a doubled tag goes on with the claim ---------------------------------------

def test_a_quote_after_a_said_colon_tag_and_he_said_is_a_second_piece(analyze):
    text = ("Shadow harbour minister Jo Brann said: \"Everyone who looks at the accounts says the "
            "port is losing money, that there is a hole in the budget,\" he said. \"If the council "
            "is re-elected there will be a large rise in charges after the vote.\"")
    result = _result(analyze, text)
    claim = claim_with(result, "Everyone who looks")
    assert claim.pieces is not None and len(claim.pieces) == 2
    assert "large rise in charges" in claim.text
    assert "he said" not in claim.text


def test_a_leaders_doubled_tag_after_a_party_sentence_joins_the_quote_going_on(analyze):
    text = ("The Kemaria party says the charges will rise. Its leader Piet Kessel said: \"Anyone who "
            "reads the report can see the quay is unsafe,\" he said. \"The council has known for "
            "years and has done nothing.\"")
    result = _result(analyze, text)
    claim = claim_with(result, "quay is unsafe")
    assert "has done nothing" in claim.text
    assert claim_with(result, "charges will rise").pieces is None


def test_a_quote_after_a_said_colon_tag_and_she_said_is_a_second_piece(analyze):
    text = ("Mara Vaal said: \"Everyone in Kemaria knows the bridge has needed repairs for a decade "
            "and more,\" she said. \"The money was promised and then it simply vanished.\"")
    result = _result(analyze, text)
    claim = claim_with(result, "needed repairs for a decade")
    assert "simply vanished" in claim.text
    assert claim.start == text.index("Everyone") + len("Harbour\n\n")


# --- what stays ---------------------------------------------------------------------------------

def test_a_plain_split_quote_stays_one_claim_in_two_pieces(analyze):
    text = ("\"The harbour plan was drawn up far too quickly and nobody asked the fishermen,\" "
            "Jo Brann said. \"If the council goes ahead, the whole quay will close for two years.\"")
    result = _result(analyze, text)
    claim = claim_with(result, "harbour plan was drawn up")
    assert claim.pieces is not None and "whole quay will close" in claim.text


def test_a_continuation_with_another_speakers_tag_is_not_joined(analyze):
    text = ("Jo Brann told the Tamsk Herald: \"The harbour plan was drawn up far too quickly and "
            "nobody asked the fishermen,\" he said. \"The council listened to everyone who wrote "
            "in,\" Piet Kessel replied.")
    result = _result(analyze, text)
    claim = claim_with(result, "harbour plan was drawn up")
    assert "listened to everyone" not in claim.text
    reply = claim_with(result, "listened to everyone")
    assert reply.speaker_text == "Piet Kessel"


def test_a_quote_in_the_next_paragraph_after_a_doubled_tag_is_not_this_rounds_join(analyze):
    text = ("Jo Brann told the Tamsk Herald: \"The harbour plan was drawn up far too quickly and "
            "nobody asked the fishermen,\" he said.\n\nThe council meets on Tuesday to vote on the "
            "plan, which has cost Tamsk more than four million so far.")
    result = _result(analyze, text)
    claim = claim_with(result, "harbour plan was drawn up")
    assert not claim.pieces
    assert "council meets" not in claim.text
