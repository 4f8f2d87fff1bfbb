"""Claim content running past the speaker's words into the reporter's, round 68 (branch clm89): a
trailing "-ing" verb of saying the parse hung deep inside the said clause ("said it was hopeful it
could keep the mill by selling it, saying ...", "said he blamed A, saying B", "said it would fight
the plan, calling it Y") and an "-ing" act joined to the clause under an "-ing" cue ("with X
stressing that A and attacking B") are the speaker's next acts, not what was said. Short fictional
sentences written here."""

from __future__ import annotations

from claim_helpers import claim_at


def _content(analyze, text: str, cue: str, which: int = 0) -> str:
    return claim_at(analyze("Harbour\n\n" + text), cue, which).text


# --- the speaker's next act is cut off ------------------------------------------------------

def test_saying_participle_deep_in_the_clause_is_cut(analyze):
    text = ("The Tamsk mill said it was confident that it could keep 80 jobs by selling the plant, "
            "saying it had had offers from two buyers.")
    assert _content(analyze, text, "said") == "it was confident that it could keep 80 jobs by selling the plant"


def test_saying_participle_after_a_said_verb_is_cut(analyze):
    text = 'Mr Brann said he blamed "bad luck not bad faith", saying he saw no plot in the vote.'
    assert _content(analyze, text, "said") == 'he blamed "bad luck not bad faith"'


def test_calling_participle_is_cut(analyze):
    text = 'But the Kessel fund said it continued to oppose the Vaal plan, calling its figures "wild".'
    assert _content(analyze, text, "said") == "it continued to oppose the Vaal plan"


def test_second_act_under_an_ing_cue_is_cut(analyze):
    text = ("The talks went on, with Mr Brann stressing that ministers should not rush the deal "
            "and attacking the plans of Lena Vaal for new tolls.")
    assert _content(analyze, text, "stressing") == "ministers should not rush the deal"


# --- guards: what the speaker said stays whole ------------------------------------------------

def test_named_said_subject_keeps_a_deep_participle(analyze):
    text = ("Police said Jo Brann was hopeful that he could keep the Tamsk farm by selling its barns, "
            "saying he had two buyers.")
    assert "saying he had two buyers" in _content(analyze, text, "said")


def test_other_pronoun_keeps_a_deep_participle(analyze):
    text = ("She said he was hopeful that he could keep the Tamsk farm by selling its barns, "
            "saying he had two buyers.")
    assert "saying he had two buyers" in _content(analyze, text, "said")


def test_quoted_participle_is_kept(analyze):
    text = 'Mr Brann said: "We will keep the mill open, saying no to every buyer who calls."'
    assert "saying no" in claim_at(analyze("Harbour\n\n" + text), "said").text


def test_both_and_list_under_an_ing_cue_is_kept(analyze):
    text = ("Ms Vaal spoke at Kessel, saying growth means both higher wages "
            "and ensuring better Tamsk schools.")
    assert "ensuring better" in _content(analyze, text, "saying")


def test_ing_conjunct_of_an_ing_clause_is_kept(analyze):
    text = "Mr Brann, arguing the firm was cutting costs and selling its ships, left the Tamsk talks."
    assert "selling its ships" in _content(analyze, text, "arguing")
