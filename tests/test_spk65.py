"""Round 45 (branch spk65): a "he" / "she" whose nearest named antecedent is the one person of
its sentence, and whose only rival is an epithet by what a person is ("the England striker",
"the 29-year-old") inside that same sentence, goes on with that person: the epithet is the one
just named. An office ("the minister"), an epithet in a later sentence, a second person in the
sentence or an epithet with a name after it keep the pronoun null as before. Sentences written
for these tests, run through the document stage (``analyze``)."""

from __future__ import annotations

from claim_helpers import claim_at, speaker_of


def test_he_after_an_epithet_in_the_one_named_persons_own_sentence(analyze):
    text = ("Rumours have tied Dan Morrow to a return to Spain, but the England striker is settled "
            "at the club. He said: \"I am happy here and I want to win the league.\"")
    result = analyze(text)
    assert speaker_of(result, claim_at(result, "said")) == "Dan Morrow"


def test_she_after_an_aged_epithet_in_the_same_sentence(analyze):
    text = ("Critics have written off Clara Vint this season, yet the 31-year-old won again on "
            "Sunday. She said the win proved the doubters wrong.")
    result = analyze(text)
    assert speaker_of(result, claim_at(result, "said")) == "Clara Vint"


def test_an_office_in_the_same_sentence_keeps_it_null(analyze):
    text = ("Rumours have tied Dan Morrow to a new post, but the minister insisted the job was "
            "filled. He said the matter was closed.")
    result = analyze(text)
    assert speaker_of(result, claim_at(result, "said")) is None


def test_a_description_after_the_sentence_keeps_it_null(analyze):
    # a person described after the name's own sentence may be the one who speaks
    text = ("Rumours have tied Dan Morrow to a return to Spain, but the England striker is settled "
            "at the club. The coach was furious with the rumours. He said the matter was closed.")
    result = analyze(text)
    assert speaker_of(result, claim_at(result, "said")) is None


def test_a_second_person_in_the_sentence_keeps_it_null(analyze):
    text = ("Rumours have tied Dan Morrow and Lee Hart to a return to Spain, but the England "
            "striker insisted he was settled. He added: \"I am happy here.\"")
    result = analyze(text)
    assert speaker_of(result, claim_at(result, "added")) is None


def test_a_name_after_the_epithet_is_not_the_one_before(analyze):
    text = ("Rumours have tied Dan Morrow to a return to Spain, but the England striker Sam Pell "
            "insisted he was settled. He added: \"I am happy here.\"")
    result = analyze(text)
    assert speaker_of(result, claim_at(result, "added")) != "Dan Morrow"


def test_an_epithet_that_opens_no_clause_is_not_taken_for_the_one_named():
    # "a bet on the 40-year-old actor": an object, maybe someone named further back; only an
    # epithet opening a clause ("..., but the striker", "himself, the star") is the one named
    from newsgraph.coref import _CLAUSE_OPENING
    assert _CLAUSE_OPENING.search("placed a bet on ") is None
    assert _CLAUSE_OPENING.search("X himself, ") is not None
    assert _CLAUSE_OPENING.search("to Spain, but ") is not None
