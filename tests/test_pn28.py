"""Plain reports the parser hides, round 35 (branch pn28), read from misses of a PolNeAR train
draw (seed 2720) kept apart from the train check: a "that" clause the parser hangs on the
occasion noun ("told reporters during a briefing that ..."), and a subject described by a
participle that the parser makes the cue's clausal subject ("Voters going to the polls said
..."). Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import claims_of


def _read(analyze, sentence: str, cue: str) -> list[tuple]:
    text = "Town news\n\n" + sentence
    return [(c.speaker_text, text[c.start:c.end]) for c in claims_of(analyze, text, cue)]


def test_a_that_clause_on_a_briefing_is_what_was_told(analyze):
    claims = _read(analyze, "The minister told reporters during a briefing that the tax would rise.", "told")
    assert claims == [("The minister", "the tax would rise")]


def test_a_that_clause_after_two_phrases_of_time_and_occasion(analyze):
    claims = _read(analyze, "Olsen said earlier on Monday during a press conference that he may wait "
                            "until March to decide.", "said")
    assert claims == [("Olsen", "he may wait until March to decide")]


def test_a_real_relative_clause_of_the_occasion_is_not_taken(analyze):
    # "that" is the speech's own relative: what she gave, not what she said
    claims = _read(analyze, "The minister said in the speech that she gave on Monday.", "said")
    assert all(content != "she gave on Monday" for _, content in claims)


def test_a_letter_keeps_one_claim(analyze):
    claims = _read(analyze, "The mayor told the council in a letter that the budget was tight.", "told")
    assert claims == [("The mayor", "the budget was tight")]


def test_a_subject_described_by_a_participle_speaks(analyze):
    claims = _read(analyze, "Voters going to the polls on Tuesday said they support a ban on the new tax.",
                   "said")
    assert claims == [("Voters", "they support a ban on the new tax")]


def test_a_gerund_subject_without_a_noun_is_no_speaker(analyze):
    assert _read(analyze, "Stopping the plant said a lot about the firm.", "said") == []


def test_a_described_subject_the_parser_reads_well_is_unchanged(analyze):
    claims = _read(analyze, "Residents living near the plant said the smell was awful.", "said")
    assert claims == [("Residents living near the plant", "the smell was awful")]
