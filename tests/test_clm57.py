"""A statement split around its tag, round 42 (branch clm57): "A, X argued, if B" / "A, said X,
because B" / "A, he explained, where B" — the words after the tag hang on the words before it, so
the claim holds both halves as pieces (" … "), whichever half the parse or the quote joining kept.
A "but / and" half, the reporter's "as" and a relative clause after a tag ending on a name stay out.
Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import claims_of


def test_a_condition_after_the_tag_joins_the_main_clause(analyze):
    text = "Harbour\n\nThe harbour would reopen in May, Mr Tarrant argued, if the council paid for the repairs."
    (claim,) = claims_of(analyze, text, "argued")
    assert claim.text == "The harbour would reopen in May … if the council paid for the repairs"
    assert claim.pieces is not None and len(claim.pieces) == 2


def test_a_reason_after_an_inverted_tag_is_a_second_piece(analyze):
    text = "Harbour\n\nThe harbour plan would fail, said Mr Tarrant, because the council had no money left."
    (claim,) = claims_of(analyze, text, "said")
    assert claim.text == "The harbour plan would fail … because the council had no money left"


def test_a_quoted_phrase_in_the_condition_keeps_the_main_clause(analyze):
    text = ("Budget\n\nSpending should be allowed to grow by 2%, Ms Orla Quint argued, "
            "if towns meet several \"strict tests\".")
    (claim,) = claims_of(analyze, text, "argued")
    assert claim.text.startswith("Spending should be allowed to grow by 2% … if towns meet")


def test_the_speakers_own_cue_inside_the_reason_does_not_block_it(analyze):
    text = "Chess\n\nMr Varga left the club in June. He quit the board, he says, because he found the work dull."
    (claim,) = claims_of(analyze, text, "says")
    assert claim.text == "He quit the board … because he found the work dull"


def test_a_relative_clause_after_a_tag_ending_on_its_verb(analyze):
    text = "Trains\n\nThe new timetable is a clever plan, he explained, where fast trains stop at small towns."
    (claim,) = claims_of(analyze, text, "explained")
    assert claim.text == "The new timetable is a clever plan … where fast trains stop at small towns"


def test_a_relative_clause_after_a_name_is_left_out(analyze):
    text = "Trains\n\nMost riders want later trains, said the rail group Tessel Rail, which ran the survey."
    (claim,) = claims_of(analyze, text, "said")
    assert "ran the survey" not in claim.text
    assert not claim.pieces


def test_a_but_half_and_the_reporters_as_stay_out(analyze):
    text = ("Harbour\n\nThe harbour plan would fail, said Mr Tarrant, but the council disagreed with him. "
            "The ferry would sail again in June, Ms Orla Quint said, as she opened the new office.")
    (first,) = claims_of(analyze, text, "said")[:1]
    assert first.text == "The harbour plan would fail"
    quint = [c for c in claims_of(analyze, text, "said") if c.speaker_text == "Ms Orla Quint"]
    assert quint and all("opened" not in c.text for c in quint)


def test_a_quote_closing_before_the_tag_keeps_its_own_words(analyze):
    text = "Harbour\n\n\"The harbour is safe,\" Mr Tarrant said, because the divers had checked the wall."
    (claim,) = claims_of(analyze, text, "said")
    assert claim.text == "The harbour is safe"


def test_a_condition_before_a_speech_tag_is_the_first_piece(analyze):
    text = "Ferry\n\nIf the ferry did sail again, the notice said, it would not stop at the old pier."
    (claim,) = claims_of(analyze, text, "said")
    assert claim.text == "If the ferry did sail again … it would not stop at the old pier"


def test_a_clause_before_according_to_is_left_out(analyze):
    text = ("Trade\n\nAlthough the town's exports are growing, according to the port office, "
            "the council said the harbour was losing money.")
    claims = [c for c in analyze(text).claims if c.cue == "according to"]
    assert all("Although" not in c.text for c in claims)
