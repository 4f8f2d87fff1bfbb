"""Claim content spans, round 33 (issue 19): a second clause with its own subject that the parser
hangs on the cue ("said A and it was B") goes on with what was said when it is in the tense of
reported speech; the reporter's story after "and" stays out. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import claims_of


def test_a_past_state_after_and_is_still_said(analyze):
    text = "The engineer said nothing had changed in the design and it was a matter for the board."
    (claim,) = claims_of(analyze, text, "said")
    assert claim.text == "nothing had changed in the design and it was a matter for the board"


def test_a_present_state_after_but_is_still_said(analyze):
    text = "The union says its members would accept a small rise but the current offer is an insult."
    (claim,) = claims_of(analyze, text, "says")
    assert claim.text.endswith("the current offer is an insult")


def test_a_simple_past_event_after_and_is_the_reporters(analyze):
    text = "The minister said she was stepping down, and the premier named a successor within hours."
    (claim,) = claims_of(analyze, text, "said")
    assert "successor" not in claim.text


def test_a_reaction_with_its_agent_is_the_reporters(analyze):
    text = "The central bank said it had raised rates to cool prices but the move was attacked by exporters."
    (claim,) = claims_of(analyze, text, "said")
    assert "attacked" not in claim.text


def test_another_source_after_and_stays_out(analyze):
    text = "The council said the road would reopen in May and the residents say they do not believe it."
    claims = claims_of(analyze, text, "said")
    assert claims and "residents" not in claims[0].text


def test_the_speaker_again_after_and_stays_out(analyze):
    text = "The coach said the pitch had been poor, but he was happy with the result."
    (claim,) = claims_of(analyze, text, "said")
    assert "happy" not in claim.text


def test_a_consequence_participle_is_the_reporters(analyze):
    text = "The toy maker said its winter sales fell by a tenth, prompting traders to sell its shares."
    (claim,) = claims_of(analyze, text, "said")
    assert claim.text == "its winter sales fell by a tenth"


def test_raising_hopes_is_the_reporters(analyze):
    text = "The laboratory said it had grown a new kind of crystal, raising hopes of cheaper solar panels."
    (claim,) = claims_of(analyze, text, "said")
    assert claim.text == "it had grown a new kind of crystal"


def test_a_forecast_consequence_stays_with_the_speaker(analyze):
    text = "Brokers believe the rival may now bid for the brewer, prompting a contest for its pubs."
    (claim,) = claims_of(analyze, text, "believe")
    assert "contest" in claim.text


def test_a_participle_of_another_kind_stays(analyze):
    text = "The coach said his players had trained hard all week, preparing for the final."
    (claim,) = claims_of(analyze, text, "said")
    assert "preparing for the final" in claim.text


def test_a_passive_of_what_followed_is_the_reporters(analyze):
    text = "The carmaker said it would build 5,000 vans a year, but the goal was quickly passed."
    (claim,) = claims_of(analyze, text, "said")
    assert "goal" not in claim.text


def test_this_after_but_is_the_reporters(analyze):
    text = "The agency says the rule would cut waste, but this has caused some debate among farmers."
    (claim,) = claims_of(analyze, text, "says")
    assert "debate" not in claim.text


def test_a_participle_before_the_tag_is_the_sources(analyze):
    text = "Ticket sales doubled in March, prompting a second tour, said the promoters."
    claims = claims_of(analyze, text, "said")
    assert claims and "second tour" in claims[0].text


def test_a_second_clause_after_an_indirect_question_is_not_pulled_in(analyze):
    text = "Nobody knows exactly how many shops have shut, but it is plain that the high street is struggling."
    for claim in claims_of(analyze, text, "knows"):
        assert "struggling" not in claim.text


def test_a_reason_clause_hung_on_the_cue_is_still_said(analyze):
    text = "The farmers' union said it was happy with the deal, because it showed that buyers would listen to growers."
    (claim,) = claims_of(analyze, text, "said")
    assert claim.text == "it was happy with the deal, because it showed that buyers would listen to growers"


def test_the_speakers_own_reason_for_acting_stays_out(analyze):
    text = "The chairman knew the merger would anger investors, so he tried to sell it to them first."
    for claim in claims_of(analyze, text, "knew"):
        assert "tried" not in claim.text


def test_a_reason_after_what_a_record_shows_stays_out(analyze):
    text = "The survey shows shoppers use several price sites because, said Ms Reed, no single site lists every shop."
    for claim in claims_of(analyze, text, "shows"):
        assert "single site" not in claim.text
