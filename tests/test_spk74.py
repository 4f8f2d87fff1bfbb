"""Round 49 (branch spk74): a description of one person by what he is ("the Oscar winner",
"the former teacher", "the marathon record holder") or by an age ("the 28-year-old") left with a
null speaker though the story names that person just before. The corpus stage
(``coref.offices.resolve_described``) on the document stage's result: ``epithet_nouns``
(``data/coref.yaml``) join the epithet rule, and an age the story writes beside exactly one name
("Lena Voss, 28, ...") names the person of "the 28-year-old". Short fictional sentences written
here."""

from __future__ import annotations

import pytest

from claim_helpers import claim_with, speaker_of
from newsgraph.coref.offices import learn_offices, resolve_described
from test_coref_offices import LEXICON


def _corpus_stage(analyze, text: str):
    """The document stage, then the corpus stage with each name its own actor and no other story."""
    result = analyze(text)
    actors = [m.key for m in result.mentions]
    resolve_described(result.document.text, result.claims, result.mentions, actors, learn_offices([], LEXICON),
                      LEXICON)
    return result


@pytest.mark.parametrize("epithet", ["The Oscar winner", "The former teacher", "The marathon world record holder",
                                     "The Olympic gold medallist"])
def test_an_epithet_by_what_he_is_renames_the_one_person_of_the_lead(analyze, epithet):
    text = ("Film plans\n\nDirector Marek Solvig has bought the rights to a novel about the Tamsk floods.\n\n"
            f"{epithet} said the film would be shot in the north next spring.")
    result = _corpus_stage(analyze, text)
    assert speaker_of(result, claim_with(result, "shot")) == "Marek Solvig"


# the sentence before the age names others: the document stage's nearest person is not the one
RACE = ("Varne sprint\n\nLena Voss, 28, won the Varne sprint on Sunday.\n\n"
        "Coach Ivo Renner watched as Dana Kell finished second in the final.\n\n")


def test_an_age_written_beside_one_name_names_the_age_epithet(analyze):
    result = _corpus_stage(analyze, RACE + "The 28-year-old said she would run in Tamsk next month.")
    assert speaker_of(result, claim_with(result, "run in Tamsk")) == "Lena Voss"


def test_an_age_written_beside_no_one_of_that_age_is_not_that_person(analyze):
    result = _corpus_stage(analyze, RACE + "The 31-year-old said she would run in Tamsk next month.")
    assert speaker_of(result, claim_with(result, "run in Tamsk")) != "Lena Voss"


def test_two_people_written_with_that_age_stay_null(analyze):
    text = RACE.replace("Dana Kell finished", "Dana Kell, 28, finished")
    result = _corpus_stage(analyze, text + "The 28-year-old said she would run in Tamsk next month.")
    assert claim_with(result, "run in Tamsk").speaker is None


def test_the_person_just_named_with_another_age_is_not_the_age_epithet(analyze):
    text = ("Fraud trial\n\nTom Brack, 63, has always said he knew nothing of the hidden debts.\n\n"
            "The 42-year-old said Mr Brack knew about the false entries.")
    result = _corpus_stage(analyze, text)
    assert claim_with(result, "false entries").speaker is None
