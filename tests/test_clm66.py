"""Round 48 (branch clm66): a claim's content running on past what its speaker said. A verb
joined to the said clause with no subject of its own, whose form agrees with the speaker and
not with the clause's subject ("said tests had found nothing, but was upbeat"), is the reporter's
next verb for the speaker; a later quote joined as a piece after a colon tag of a quote given
through a citing word ("X was quoted in the paper saying:"), of another name, or of a written
thing ("a poster reading:") is no piece of the claim before it. Short fictional sentences
written here."""

from __future__ import annotations

from claim_helpers import claim_at, first_content


def test_a_singular_verb_after_a_plural_said_subject_is_the_speakers(analyze):
    text = ("The mining firm said tests had shown no gold in one of its northern pits, "
            "but was hopeful about the potential of other sites.")
    assert first_content(analyze, text, "said") == "tests had shown no gold in one of its northern pits"


def test_a_plural_verb_after_a_singular_said_subject_is_the_speakers(analyze):
    text = "The farmers say the new rota has worked well so far, and are now hoping to extend it."
    assert first_content(analyze, text, "say") == "the new rota has worked well so far"


def test_a_verb_agreeing_with_the_said_subject_goes_on(analyze):
    text = "The mayor said the ferry firm had made a loss and was looking for buyers."
    assert first_content(analyze, text, "said") == "the ferry firm had made a loss and was looking for buyers"


def test_a_said_subject_whose_own_verb_agrees_with_the_conjunct_goes_on(analyze):
    text = "Officers believe the two men were in a blue van, maybe a rental, and are asking anyone who saw it to call."
    assert "are asking" in first_content(analyze, text, "believe")


def test_a_joined_said_subject_keeps_a_singular_conjunct(analyze):
    text = "A spokesman said the studio and offices had been used by Kessel for years, and was where he wrote."
    assert first_content(analyze, text, "said").endswith("and was where he wrote")


def test_the_words_before_a_later_tag_are_all_the_speakers(analyze):
    text = "The fake apps, dubbed copycats, look like real banking tools but are traps for savings, say analysts."
    assert "are traps for savings" in first_content(analyze, text, "say")


def test_a_quote_given_through_a_paper_is_no_piece_of_the_speakers_claim(analyze):
    text = ('The harbour master told reporters the ferry would run. "We have checked the hull twice," '
            'he said. Mr Kessel was quoted in the Evening Post saying: "The ferry is a wreck."')
    claim = claim_at(analyze(text), "said")
    assert claim.text == "We have checked the hull twice"
    assert claim.pieces is None


def test_a_posters_words_are_no_piece_of_the_claim_before(analyze):
    text = ("The Marlow party said a new design had proved more popular. It will now test a poster "
            'showing its leader with a blackboard reading: "Vote early."')
    claim = claim_at(analyze(text), "said")
    assert claim.text == "a new design had proved more popular"


def test_a_speaker_going_on_with_saying_stays_one_claim(analyze):
    text = ('"We have checked the hull twice," said Anna Kessel. "The crews are ready," she said. '
            'She went on, saying: "The ferry is sound."')
    contents = [c.text for c in analyze(text).claims]
    assert "The ferry is sound." in " ".join(contents)


def test_a_quote_split_around_its_own_cue_keeps_both_halves(analyze):
    text = '"The ferry will run on Monday," the harbour master said. "The crews are ready and the hull is sound."'
    claim = claim_at(analyze(text), "said")
    assert claim.pieces is not None and len(claim.pieces) == 2
    assert claim.text.endswith("the hull is sound.")


def test_a_second_that_clause_stays_the_speakers(analyze):
    text = "The ferry firm claims that the rights of its owners have been ignored and that it has been punished for their views."
    assert first_content(analyze, text, "claims").endswith("punished for their views")


def test_a_subject_between_the_and_and_the_verb_keeps_the_clause(analyze):
    text = "Her supporters say such a pact never existed and long newspaper columns - and even a film - have been devoted to it."
    assert first_content(analyze, text, "say").endswith("have been devoted to it")
