"""Round 57 (branch clm77): a reported clause after its cue whose last words the parse hung on the
cue, outside the clause, so the content stopped short of the sentence's stop: a participle after a
said clause whose verb is a bare "be" ("believe they are, at last, | winning"), a "since" phrase
hung on a cue in a simple tense ("claims he is fitter | since joining"), and a gerund of withholding
read as a gerund of saying ("said X | after denying him a drink"). The reporter's participles,
speaking times and framings stay out. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import first_content


def test_a_progressive_participle_after_a_bare_be_is_kept(analyze):
    text = "Senior Vaal ministers believe they are, at last, beginning to win over the voters of Tamsk."
    assert first_content(analyze, text, "believe") == (
        "they are, at last, beginning to win over the voters of Tamsk")


def test_a_since_phrase_on_a_simple_tense_cue_is_kept(analyze):
    text = "Brann now claims she is at her fittest since finishing second for Vaal at the Kemaria games in 2001."
    assert first_content(analyze, text, "claims") == (
        "she is at her fittest since finishing second for Vaal at the Kemaria games in 2001")


def test_a_withheld_thing_after_a_gerund_is_kept(analyze):
    text = ('The Tamsk writer said the show had acted "like a bully" by mocking Jo Brann '
            'after denying him a glass of water.')
    assert first_content(analyze, text, "said").endswith("after denying him a glass of water")


def test_a_reporters_participle_stays_out(analyze):
    text = "Kessel Motors said sales in Vaal had fallen by a third, citing weak demand for cars."
    assert first_content(analyze, text, "said") == "sales in Vaal had fallen by a third"


def test_a_gerund_of_telling_a_hearer_stays_out(analyze):
    text = "The Vaal minister denied the Tamsk bridge was unsafe after telling reporters the news."
    assert first_content(analyze, text, "denied") == "the Tamsk bridge was unsafe"


def test_a_denial_after_facing_criticism_stays_framed(analyze):
    text = "The Vaal minister denied there was a plot to oust Ms Brann after facing criticism from Tamsk."
    assert first_content(analyze, text, "denied") == "there was a plot to oust Ms Brann"


def test_a_participle_after_a_said_state_stays_out(analyze):
    text = "The Tamsk union says it is ready, warning of strikes across Vaal."
    assert first_content(analyze, text, "says") == "it is ready"


def test_a_gerund_of_telling_after_a_statement_stays_out(analyze):
    text = "Jo Brann said the Tamsk bridge was safe after telling reporters the news."
    assert first_content(analyze, text, "said") == "the Tamsk bridge was safe"
