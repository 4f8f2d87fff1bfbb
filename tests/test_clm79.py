"""A judging verb's bare label shown as what was said, round 59 (branch clm79): round 50 hid the
label when the next sentence of its paragraph opens with the judge's words; the label may also
go on with prepositional phrases to its sentence's end, the words may open the next paragraph,
and a judging participle may open the sentence whose speaker gives the words. Short fictional
sentences written here, invented names."""

from __future__ import annotations

from claim_helpers import claim_at, claims_of


def _first(analyze, text: str, cue: str):
    claims = claims_of(analyze, "Harbour\n\n" + text, cue)
    assert claims, text
    return claims[0]


def test_a_label_with_a_tail_then_a_quote_is_hidden(analyze):
    text = 'Jo Brann criticised the council\'s stance on the Kessel ferry. "They have let the islands down."'
    claim = _first(analyze, text, "criticised")
    assert claim.act == "position"
    assert claim.confidence < 0.5


def test_a_label_then_a_quote_in_the_next_paragraph_is_hidden(analyze):
    text = ('Mr Tamsk defended the plans against criticism from his own councillors.\n\n'
            '"We cannot keep a quay open that nobody uses," he said.')
    claim = _first(analyze, text, "defended")
    assert claim.act == "position"
    assert claim.confidence < 0.5


def test_a_short_label_then_a_quote_in_the_next_paragraph_is_hidden(analyze):
    text = 'The Vaal coach praised his players.\n\n"They never stopped running," he said.'
    assert _first(analyze, text, "praised").act == "position"


def test_a_judging_participle_before_the_tag_is_hidden(analyze):
    text = 'Defending the plans, he told the Kessel Herald: "Nobody will lose a ferry."'
    result = analyze("Harbour\n\n" + text)
    assert claim_at(result, "Defending", 0).act == "position"
    assert claim_at(result, "told", 0).act == "statement"


def test_the_quote_after_the_label_keeps_its_own_claim(analyze):
    text = ('Mr Tamsk defended the plans against criticism from his own councillors.\n\n'
            '"We cannot keep a quay open that nobody uses," he said.')
    result = analyze("Harbour\n\n" + text)
    said = claim_at(result, "said", 0)
    assert said.act == "statement" and said.text.startswith("We cannot keep")


def test_a_label_with_a_tail_then_the_reporters_words_stays(analyze):
    text = "Jo Brann criticised the council's stance on the Kessel ferry. The council meets on Friday."
    assert _first(analyze, text, "criticised").act == "statement"


def test_a_reason_after_for_stays_a_statement(analyze):
    text = 'Ms Vaal praised the crews for their courage in the storm. "They saved every passenger."'
    assert _first(analyze, text, "praised").act == "statement"


def test_a_label_then_a_paragraph_of_the_reporters_words_stays(analyze):
    text = 'The Vaal coach praised his players.\n\nThe club plays Tamsk on Saturday.'
    assert _first(analyze, text, "praised").act == "statement"


def test_a_tail_holding_a_clause_stays_a_statement(analyze):
    text = ('Mr Kessel hailed the deal as proof that the islands can thrive.\n\n'
            '"It is a good day," he said.')
    assert _first(analyze, text, "hailed").act == "statement"


def test_a_participle_with_a_long_object_stays(analyze):
    text = ('Praising the crews who worked through the night to clear the quay, he told the Herald: '
            '"They were magnificent."')
    result = analyze("Harbour\n\n" + text)
    assert claim_at(result, "Praising", 0).act == "statement"


def test_a_short_label_with_an_ing_adjective_stays_hidden(analyze):
    text = 'Jo Brann criticised the existing rules. "They punish the smaller islands."'
    assert _first(analyze, text, "criticised").act == "position"


def test_an_ing_form_in_the_tail_stays_a_statement(analyze):
    text = 'Mr Tamsk hailed the council\'s success in keeping the ferry. "It is a fine result."'
    assert _first(analyze, text, "hailed").act == "statement"
