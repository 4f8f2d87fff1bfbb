"""Claims the parse hides, round 33 (issue 19, branch pn27): three misparses of a plain "X said
Y" sentence. A tag after a comma ("…, said Ms X") whose reported sentence the parser made a
second subject; a subject with a relative aside ("X, whose firm …, said …") that the parser
hangs on the verb as a clause; a "that" clause after an aside ("said on radio, where he works,
that …") hung on the aside's noun. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import claims_of


def _read(analyze, sentence: str) -> list[tuple]:
    text = "Town news\n\n" + sentence
    return [(c.speaker_text, text[c.start:c.end]) for c in claims_of(analyze, text, "said")]


def test_a_tag_after_a_quoted_fragment_names_the_speaker_not_the_sentence(analyze):
    claims = _read(analyze, 'The decision to close the plant signals "the start of a long decline" '
                            'for the town, said Maria Gonzalez, leader of the local council.')
    assert claims == [("Maria Gonzalez", 'The decision to close the plant signals "the start of a '
                                         'long decline" for the town')]


def test_a_subject_with_a_whose_aside_speaks(analyze):
    claims = _read(analyze, "Tom Ridley, whose newest company, Databox, helps shops find suppliers, "
                            "said the minister was a candidate of the old school.")
    assert claims == [("Tom Ridley", "the minister was a candidate of the old school")]


def test_a_that_clause_after_an_aside_is_what_was_said(analyze):
    claims = _read(analyze, "Peter Long, a rival whom the party dropped last year, said on radio, "
                            "where he now works as a pundit, that the leader should resign.")
    assert claims == [("Peter Long", "the leader should resign")]


def test_a_relative_clause_of_the_aside_is_not_taken(analyze):
    # "that" here is the aside's own relative pronoun: the radio show's, not what Long said
    claims = _read(analyze, "Peter Long said on the radio show that he hosts each week.")
    assert all(content != "he hosts each week" for _, content in claims)


def test_a_plain_tag_keeps_its_sentence(analyze):
    claims = _read(analyze, "The dam held through the night, said the engineer.")
    assert claims == [("the engineer", "The dam held through the night")]
