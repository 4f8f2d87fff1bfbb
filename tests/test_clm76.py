"""Claim content holding its own cue, round 55 (branch clm76): the reporter's hedge inside an
unsourced claim ("X reportedly did Y", "X is said to be Y", "X, who is said to have ...") is
cut out, the words around it kept as two pieces, and a passive's agent with the verb's
preposition ("was described by X as “...”") is no word of the quote. Short fictional sentences
written here."""

from __future__ import annotations

from claim_helpers import claim_at


def _result(analyze, text: str):
    return analyze("Harbour\n\n" + text)


def _shown(result, claim) -> tuple:
    """The content as shown and whether the cue's words lie inside any piece of it."""
    spans = claim.pieces or [[claim.start, claim.end]]
    inside = any(s <= claim.cue_span[0] and claim.cue_span[1] <= e for s, e in spans)
    return claim.text, inside


# --- a press adverb inside the clause ----------------------------------------------------------

def test_an_adverb_is_cut_out_of_its_clause(analyze):
    result = _result(analyze, "The Vaal bank reportedly held talks with Kessel Motors in March.")
    claim = claim_at(result, "reportedly")
    assert _shown(result, claim) == ("The Vaal bank … held talks with Kessel Motors in March", False)
    assert len(claim.pieces) == 2


def test_a_relative_pronoun_before_the_adverb_stands_for_its_noun(analyze):
    result = _result(analyze, "Tamsk, which reportedly cost $20m to build, opened on Monday.")
    claim = claim_at(result, "reportedly")
    assert _shown(result, claim) == ("Tamsk … cost $20m to build", False)


def test_a_charge_adverb_in_a_main_clause_is_cut_out_too(analyze):
    result = _result(analyze, "Two Kessel traders allegedly hid losses of $9m from the Vaal bank.")
    claim = claim_at(result, "allegedly")
    assert claim.text == "Two Kessel traders … hid losses of $9m from the Vaal bank"


# --- a passive hedge between the subject and its infinitive ------------------------------------

def test_is_said_to_is_cut_out(analyze):
    result = _result(analyze, "Kemaria's finance minister is said to be furious about the Tamsk deal.")
    claim = claim_at(result, "said")
    assert claim.speaker is None
    assert _shown(result, claim) == ("Kemaria's finance minister … be furious about the Tamsk deal", False)


def test_are_reported_to_is_cut_out(analyze):
    result = _result(analyze, "The two firms are reported to have agreed a merger worth £3bn.")
    claim = claim_at(result, "reported")
    assert claim.text == "The two firms … have agreed a merger worth £3bn"


def test_a_relative_pronoun_subject_stands_for_its_noun(analyze):
    result = _result(analyze, "Jo Brann, who is said to have cried at the film, was not available.")
    claim = claim_at(result, "said")
    assert claim.text == "Jo Brann … have cried at the film"


def test_a_name_the_parse_hung_on_the_verb_stays_in_the_first_piece(analyze):
    result = _result(analyze, "Late film star Jo Brann is said to have turned down the role of Kessel.")
    claim = claim_at(result, "said")
    assert claim.text == "Late film star Jo Brann … have turned down the role of Kessel"


def test_a_relative_pronoun_and_its_auxiliary_give_way_to_the_noun(analyze):
    result = _result(analyze, "The Vaal bank blamed spammers who have reportedly redirected traffic to the Tamsk site.")
    claim = claim_at(result, "reportedly")
    assert claim.text == "spammers … redirected traffic to the Tamsk site"


# --- a passive's agent before the quote --------------------------------------------------------

def test_the_agent_and_as_are_no_words_of_the_quote(analyze):
    result = _result(analyze, 'The new tablet was described by Jo Brann as "a small box that does everything".')
    claim = claim_at(result, "described")
    assert (claim.speaker_text, claim.text) == ("Jo Brann", "a small box that does everything")


# --- guards: what must not change ---------------------------------------------------------------

def test_an_adverb_opening_the_sentence_keeps_one_span(analyze):
    result = _result(analyze, "Reportedly, the Vaal bank held talks with Kessel Motors in March.")
    claim = claim_at(result, "Reportedly")
    assert (claim.text, claim.pieces) == ("the Vaal bank held talks with Kessel Motors in March", None)


def test_only_an_auxiliary_before_the_adverb_is_left_whole(analyze):
    # no subject to show before the hedge: the content is left as it was
    result = _result(analyze, "The Kessel band have played with many singers but have reportedly not toured.")
    assert claim_at(result, "reportedly").text == "have reportedly not toured"


def test_a_quote_under_the_adverb_is_left_to_the_quote_joining(analyze):
    result = _result(analyze, 'The document reportedly said: "We want the old empire back."')
    assert claim_at(result, "said").text == "We want the old empire back"
    assert claim_at(result, "reportedly").pieces is None


def test_it_was_reported_that_keeps_its_clause(analyze):
    result = _result(analyze, "It was reported that the Vaal bank held talks with Kessel Motors in March.")
    claim = claim_at(result, "reported")
    assert (claim.text, claim.pieces) == ("the Vaal bank held talks with Kessel Motors in March", None)


def test_a_reporters_forecast_is_unchanged(analyze):
    # the hidden forecast act keeps its one span (left: see docs/accuracy.md, round 55)
    result = _result(analyze, "The Vaal bank is expected to raise rates in May.")
    claim = claim_at(result, "expected")
    assert (claim.text, claim.act) == ("The Vaal bank is expected to raise rates in May", "forecast")


def test_an_active_description_keeps_its_object(analyze):
    result = _result(analyze, 'Jo Brann described the tablet as "a small box that does everything".')
    claim = claim_at(result, "described")
    assert claim.text.startswith("the tablet as ")


def test_a_raised_speaker_keeps_the_inner_claim(analyze):
    result = _result(analyze, "Jo Brann is reported to have said that the Vaal plant will close.")
    claim = claim_at(result, "said")
    assert (claim.speaker_text, claim.text) == ("Jo Brann", "the Vaal plant will close")
