"""Claim speakers, round 68 (branch spk131): a "he" / "she" after a sentence that opens with a
name ending in "s" owning a titled person by the apostrophe alone ("Jonas' lawyer Edward Varn
filed ...") goes on with the titled person, as after "Vaal's lawyer": the owner is no subject
(``DocumentCoref._owner_of_named``). Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import speakers

BARE = ("Spam case\n\nProsecutors asked for ten years in jail for Piet Jonas. But Jonas' lawyer "
        "Edward Varn filed an appeal in Tamsk on Friday. He said the firm had stopped its "
        "mailings in May.")


def test_a_he_after_a_bare_apostrophe_owner_goes_on_with_the_titled_person(analyze):
    assert speakers(analyze(BARE), "said") == [("He", "Edward Varn")]


def test_a_she_after_a_bare_apostrophe_owner_and_a_comma_goes_on_with_the_titled_person(analyze):
    text = ("Court news\n\nA court heard the case of Ms Ana Morris on Monday. Morris' lawyer, "
            "Lena Kovic, filed an appeal in Tamsk. She said the ban was harsh.")
    assert speakers(analyze(text), "said") == [("She", "Lena Kovic")]


def test_a_he_goes_on_with_the_titled_person_when_the_owner_is_named_again(analyze):
    text = BARE.replace("on Friday.", "on Friday with Jonas' agreement.")
    assert speakers(analyze(text), "said") == [("He", "Edward Varn")]


def test_guard_the_s_possessive_still_goes_on_with_the_titled_person(analyze):
    assert speakers(analyze(BARE.replace("Jonas' lawyer", "Jonas's lawyer")), "said") == [("He", "Edward Varn")]


def test_guard_a_plain_subject_after_a_bare_apostrophe_object_stays(analyze):
    text = ("Court news\n\nLena Kovic met Ana Morris' lawyer, Eva Lind, in Tamsk on Monday. "
            "She said the ban was harsh.")
    assert speakers(analyze(text), "said") == [("She", "Lena Kovic")]
