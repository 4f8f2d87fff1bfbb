"""Round 68 (branch spk130): a document as speaker — "a new book says", "The new book claims",
"according to the book" — left with no speaker though the story names the one person or body
that made it ("The book, by Kessel Post writer Ann Vaal", "Ann Vaal's new book"): now that maker
(``SpeakerResolver._sole_document_maker``). And a place owning an unnamed maker ("figures released
by the Tamsk toy industry's trade body") is no author. Two makers, a joint maker, a new "a <noun>"
after the one named, and a document read inside another claim stay as they were. Short fictional
sentences, names invented."""

from __future__ import annotations

from claim_helpers import claim_with, speaker_of

_HEADLINE = "Kessel row deepens\n\n"


# --- fixed: the one maker the story names ------------------------------------------------------


def test_new_book_then_its_author_in_the_same_paragraph(analyze):
    result = analyze(_HEADLINE + "A new book says Mr Bo Tarran broke his promise to the mayor. "
                     "The book by Kessel Post writer Ann Vaal said the two men no longer spoke.\n")
    claim = claim_with(result, "broke his promise")
    assert speaker_of(result, claim) == "Ann Vaal"


def test_definite_book_after_its_owner(analyze):
    result = analyze(_HEADLINE + "Councillors were angry about claims in Ann Vaal's new book.\n\n"
                     "Mr Bo Tarran said he had not read it.\n\n"
                     "The new book claims Mr Tarran hid the plans from the council.\n")
    claim = claim_with(result, "hid the plans")
    assert speaker_of(result, claim) == "Ann Vaal"


def test_a_new_book_then_the_book_by_its_author_later(analyze):
    result = analyze(_HEADLINE + "According to a new book, Mr Bo Tarran kept the plans secret.\n\n"
                     "Mr Tarran denied it on Sunday.\n\n"
                     "The book, by Kessel Post writer Ann Vaal, is out next week.\n")
    claim = claim_with(result, "kept the plans secret")
    assert speaker_of(result, claim) == "Ann Vaal"


def test_place_of_an_unnamed_trade_body_is_no_author(analyze):
    result = analyze("Toy sales rise\n\nShoppers spent more on toys in 2004, according to figures "
                     "released by the Tamsk toy industry's trade body.\n")
    claim = claim_with(result, "spent more on toys")
    assert speaker_of(result, claim) != "Tamsk"


# --- guards: stay as they were -----------------------------------------------------------------


def test_two_makers_of_the_noun_give_none(analyze):
    # the makers after the phrase in its paragraph: only this round's rule could read them
    result = analyze(_HEADLINE + "The book claims Mr Bo Tarran hid the plans. "
                     "The book by Ann Vaal sold well. The book by Tom Orrin did not.\n")
    claim = claim_with(result, "hid the plans")
    assert speaker_of(result, claim) is None


def test_joint_makers_give_none(analyze):
    result = analyze(_HEADLINE + "The study was carried out by the Kessel Institute and the Vaal Trust.\n\n"
                     "Mr Bo Tarran spoke on Monday.\n\n"
                     "The study found that most farms were losing money.\n")
    claim = claim_with(result, "losing money")
    assert speaker_of(result, claim) not in ("Kessel Institute", "Vaal Trust")


def test_a_new_report_after_a_named_one_is_not_it(analyze):
    result = analyze(_HEADLINE + "A report by the Kessel Institute said rents would rise.\n\n"
                     "Mr Bo Tarran agreed.\n\n"
                     "A further report said that most farms were losing money.\n")
    claim = claim_with(result, "losing money")
    assert speaker_of(result, claim) is None


def test_document_read_inside_another_claim_is_left(analyze):
    result = analyze(_HEADLINE + "Ann Vaal's video was withdrawn on Monday.\n\n"
                     "Mr Bo Tarran said the video implied that his school was a prison.\n")
    claim = claim_with(result, "his school was a prison")
    assert speaker_of(result, claim) != "Ann Vaal"
