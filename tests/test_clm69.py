"""Round 50 (branch clm69): a claim's content running on past what its speaker said. A
comma participle of saying or believing with its own "that" clause ("..., hoping only that ...")
is the speaker's next act; a claim noun after a comma with a clause of its own ("..., a claim
denied by X") is the reporter's label on the words; when a share of those asked speaks, a verb
with another share as its subject ("... and 35% disagreed") is that share's answer. Short
fictional sentences written here."""

from __future__ import annotations

from claim_helpers import claim_at, first_content


def test_a_comma_participle_with_its_own_that_clause_is_the_speakers_next_act(analyze):
    text = "Mr Orrin said it was far too soon to judge the ferry crash, hoping only that the crew would be found."
    assert first_content(analyze, text, "said") == "it was far too soon to judge the ferry crash"


def test_the_participles_own_words_stay_a_claim(analyze):
    text = "Mr Orrin said it was far too soon to judge the ferry crash, hoping only that the crew would be found."
    claim = claim_at(analyze("Harbour\n\n" + text), "hoping")
    assert "the crew would be found" in claim.text


def test_a_participle_with_an_infinitive_goes_on(analyze):
    text = "The bakery chain said it was closing four shops, hoping to cut its rent bill."
    assert first_content(analyze, text, "said") == "it was closing four shops, hoping to cut its rent bill"


def test_a_claim_noun_after_a_comma_is_the_reporters_label(analyze):
    text = "Harbour traders say there is a £4m gap in the port budget, a claim denied by the mayor."
    assert first_content(analyze, text, "say") == "there is a £4m gap in the port budget"


def test_a_noun_that_is_no_claim_goes_on(analyze):
    text = "The engineer said the bridge needed a new deck, a job the council would pay for."
    assert first_content(analyze, text, "said").endswith("a job the council would pay for")


def test_a_claim_noun_without_a_clause_of_its_own_goes_on(analyze):
    text = "The coach said the boys had given a fine display, a real credit to the town."
    assert first_content(analyze, text, "said").endswith("a real credit to the town")


def test_another_share_of_those_asked_is_no_part_of_the_first_shares_answer(analyze):
    text = "In the survey, 41% said Mr Vaal was a good mayor and 35% disagreed."
    assert first_content(analyze, text, "said") == "Mr Vaal was a good mayor"


def test_a_said_clause_with_its_own_and_conjunct_goes_on(analyze):
    text = "The mayor said the ferry would run in May and the new bridge would follow in June."
    assert first_content(analyze, text, "said") == "the ferry would run in May and the new bridge would follow in June"


def test_a_share_speakers_second_said_clause_goes_on(analyze):
    text = "In the survey, 41% said the tram was too slow and the buses would be better."
    assert first_content(analyze, text, "said") == "the tram was too slow and the buses would be better"

