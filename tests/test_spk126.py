"""Claim speakers, round 66 (issue 19, branch spk126): a "he" / "she" right after a sentence
that names one person and then describes that same person through a copula holding an adverb
("Kessel has also been the clinical director ...") is that person: the post is his, no rival
for the pronoun. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import speakers

ALSO = ("Child post\n\nProf Jo Brann was named the first children's commissioner for Kemaria on "
        "Monday. Prof Brann has also been the clinical director for child services in Tamsk. "
        "He promised to make sure that young voices \"count\".")


def test_a_he_after_has_also_been_the_director_is_the_named_person(analyze):
    assert speakers(analyze(ALSO), "promised") == [("He", "Prof Brann")]


def test_a_he_after_is_now_the_minister_is_the_named_person(analyze):
    text = ("Farm plan\n\nMr Piet Vaal spoke in Tamsk on Friday. Mr Vaal is now the farming "
            "minister of Kemaria. He said the plan would help growers.")
    assert speakers(analyze(text), "said")[-1] == ("He", "Vaal")


def test_guard_a_plain_link_still_describes_the_named_person(analyze):
    text = ("Farm plan\n\nMr Piet Vaal spoke in Tamsk on Friday. Mr Vaal is the farming "
            "minister of Kemaria. He said the plan would help growers.")
    assert speakers(analyze(text), "said")[-1] == ("He", "Vaal")


def test_guard_a_described_other_person_stays_a_rival(analyze):
    text = ("Farm plan\n\nMr Piet Vaal spoke in Tamsk on Friday. The move also prompted the "
            "prime minister to act. He said the plan would help growers.")
    assert speakers(analyze(text), "said")[-1] != ("He", "Piet Vaal")
