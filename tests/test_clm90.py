"""Denials whose content is not what is denied, round 69 (branch clm90): a denial with its own
object whose clause, as parsed, opens with the speaker's next act after a comma ("denied the
story, repeating his view that ...": the object is what is denied, not the rebuttal), and a charge
cut before its infinitive of purpose ("accused X of hiding A to meet B"; a denial pointing at the
charge gets the whole of it). Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import claim_at


def _result(analyze, text: str):
    return analyze("Harbour\n\n" + text)


# --- a charge runs on to its purpose -----------------------------------------------------------

def test_charge_keeps_its_purpose(analyze):
    text = ("Critics accused the Vaal board of excluding pension debts from its accounts to reach "
            "the goal of raising profits.")
    claim = claim_at(_result(analyze, text), "accused")
    assert claim.text == ("the Vaal board of excluding pension debts from its accounts to reach "
                          "the goal of raising profits")


def test_denied_charge_is_the_whole_charge(analyze):
    text = ("But Greens have accused the governor of excluding road costs from earlier budgets to "
            "meet the aim of cutting the debt, a charge which the council denies.")
    result = _result(analyze, text)
    charged = "the governor of excluding road costs from earlier budgets to meet the aim of cutting the debt"
    assert claim_at(result, "accused").text == charged
    denial = claim_at(result, "denies")
    assert denial.stance == "deny" and denial.text == charged and denial.object_text == "a charge"


def test_denied_charge_of_another_body_is_whole(analyze):
    text = ("But Kessel unions have accused the minister of excluding pension costs from past budgets "
            "to meet the aim of halving the deficit, a charge which the ministry denies.")
    denial = claim_at(_result(analyze, text), "denies")
    assert denial.text.endswith("to meet the aim of halving the deficit")


# --- a rebuttal after the denied object is not what is denied ----------------------------------

def test_rebuttal_after_the_object_is_not_denied(analyze):
    text = ("Critics say the two ministers now run rival camps that never talk to each other. The "
            "prime minister denied the story as well, repeating his view that it was unthinkable the "
            "budget and the port would not be at the heart of the Tamsk poll.")
    denial = claim_at(_result(analyze, text), "denied")
    assert denial.stance == "deny" and not denial.text.startswith("repeating")
    assert "unthinkable" not in denial.text


# --- guards: what stays ------------------------------------------------------------------------

def test_charge_with_a_comma_before_the_phrase_stays(analyze):
    text = "Union leaders accused the Vaal board of cutting jobs, to the anger of staff."
    assert claim_at(_result(analyze, text), "accused").text == "the Vaal board of cutting jobs"


def test_charge_with_purpose_hung_on_the_gerund_stays(analyze):
    text = "Union leaders accused the Vaal board of cutting jobs to please its shareholders."
    assert claim_at(_result(analyze, text), "accused").text == \
        "the Vaal board of cutting jobs to please its shareholders"


def test_denial_with_its_own_clause_stays(analyze):
    text = "The Tamsk mayor denied that he had sold the harbour land to his brother."
    denial = claim_at(_result(analyze, text), "denied")
    assert denial.stance == "deny" and denial.text == "he had sold the harbour land to his brother"


def test_pointing_denial_before_a_rebuttal_keeps_the_claim_it_answers(analyze):
    text = "Rivals claim the Vaal firm hid its losses. The firm denied it, saying its books were sound."
    result = _result(analyze, text)
    denial = claim_at(result, "denied")
    assert denial.text == "the Vaal firm hid its losses" and denial.object_text == "it"
    assert claim_at(result, "saying").text == "its books were sound"


def test_label_denial_before_insisting_keeps_the_label(analyze):
    text = "The Kessel minister denied all that, insisting it was unthinkable the port would close."
    result = _result(analyze, text)
    assert claim_at(result, "denied").text == "all that"
    assert claim_at(result, "insisting").text == "it was unthinkable the port would close"
