"""Claim content that is only a pronoun, round 38 (branch clm50): a bare "this" / "that" the
cue takes points back to what the reporter stated in the sentence before; a pronoun object
finished by its verb's phrase ("blamed this on ...") keeps that phrase. Short fictional
sentences written here."""

from __future__ import annotations

from claim_helpers import claims_of


def test_a_denied_that_after_narrated_rumours_is_the_rumoured_clause(analyze):
    text = ("Rowing\n\nPia Sand joined the crew in 2019. Last week there were rumours Pia Sand would retire "
            "after the regatta.\n\nBut she denied that, saying she felt strong.")
    (claim,) = claims_of(analyze, text, "denied")
    assert claim.stance == "deny"
    assert claim.text == "Pia Sand would retire after the regatta"
    assert claim.object_text == "that"


def test_an_admitted_this_is_the_sentence_before(analyze):
    text = ("Grain\n\nHarvests were poor in May. Stocks are low, but the overall trend is upward. "
            "Even the Grain Board admits this.")
    (claim,) = claims_of(analyze, text, "admits")
    assert claim.text == "Stocks are low, but the overall trend is upward"
    assert claim.object_text == "this"


def test_a_pronoun_after_a_clause_of_its_own_sentence_stays(analyze):
    # the pronoun may mean the clause before it in its own sentence: no guess
    text = "Chess\n\nThe club is short of money. The players pick the team, and the chairman accepts that."
    claims = claims_of(analyze, text, "accepts")
    assert all(c.object_span is None for c in claims)


def test_a_pronoun_after_a_sentence_with_a_claim_is_not_taken_from_narration(analyze):
    # the statement just before is what is answered (point_denials), never the whole sentence
    text = "Ports\n\nTrade slowed. Sales fell, the chief executive said. He later denied that."
    (claim,) = claims_of(analyze, text, "denied")
    assert claim.text == "Sales fell"


def test_a_pronoun_after_a_quote_stays(analyze):
    text = 'Ports\n\nTrade slowed. "We will close two docks," a manager said to staff. Mr Holt denied that.'
    (claim,) = claims_of(analyze, text, "denied")
    assert claim.text != "Trade slowed"


def test_blamed_this_on_keeps_the_cause(analyze):
    text = "Pensions\n\nThe fund is short of cash. The trustees blame this on a rule passed in 2003."
    (claim,) = claims_of(analyze, text, "blame")
    assert claim.text == "this on a rule passed in 2003"


def test_likened_them_to_keeps_the_likeness(analyze):
    text = "Gadgets\n\nSome liken them to pocket radios."
    (claim,) = claims_of(analyze, text, "liken")
    assert claim.text == "them to pocket radios"


def test_referred_to_it_as_keeps_the_label(analyze):
    text = "Games\n\nIn her speech, Ms Ward only referred to it as a small part of her plan."
    (claim,) = claims_of(analyze, text, "referred")
    assert claim.text == "it as a small part of her plan"


def test_describing_it_as_keeps_the_description(analyze):
    text = "Trade\n\nThe minister welcomed the deal, describing it as important as the pact of last year."
    (claim,) = claims_of(analyze, text, "describing")
    assert claim.text.startswith("it as important")


def test_a_pronoun_then_a_time_phrase_stays_bare(analyze):
    # "on Monday" is when, not what: deny takes no phrase of its own
    text = "Ports\n\nThe port will shut, the paper said. The mayor denied it on Monday."
    (claim,) = claims_of(analyze, text, "denied")
    assert "Monday" not in claim.text


def test_a_hyphened_verb_the_parser_splits_stays_whole(analyze):
    text = "Dairy\n\nIvo Marn said the two firms would co-operate fully with the auditors."
    (claim,) = claims_of(analyze, text, "said")
    assert claim.text == "the two firms would co-operate fully with the auditors"


def test_a_hyphened_verb_after_a_modal_keeps_its_object(analyze):
    text = "Rules\n\nThe panel said the ministry should re-submit the draft law."
    (claim,) = claims_of(analyze, text, "said")
    assert claim.text == "the ministry should re-submit the draft law"


def test_hyphened_nouns_in_a_clause_are_untouched(analyze):
    text = "Firms\n\nShe said the well-known firm had a long-term plan."
    (claim,) = claims_of(analyze, text, "said")
    assert claim.text == "the well-known firm had a long-term plan"
