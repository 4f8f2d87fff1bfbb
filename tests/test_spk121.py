"""Round 64 (issue 19, branch spk121): a relative clause the writer set on a speaker's name with
no comma before it ("Jo Brann who runs the firm said ...") ran into the speaker's words; a name
already picks the speaker out, so the words stop before "who" / "which"
(``attribution.syntax._without_relative_on_name``). A noun's relative clause ("the surgeon who
operated on him") tells who speaks and stays. Sentences written here."""

from __future__ import annotations

from claim_helpers import claim_at, speakers


def test_relative_clause_on_a_person_name_is_cut(analyze):
    result = analyze("Kessel talks\n\nJo Brann who runs the Tamsk ferry line said fares would rise in May.")
    assert claim_at(result, "said").speaker_text == "Jo Brann"


def test_relative_clause_on_a_titled_name_is_cut(analyze):
    result = analyze("Vaal deal\n\nMr Orrin who is visiting Kemaria this week said the deal was close to done.")
    assert claim_at(result, "said").speaker_text == "Mr Orrin"


def test_relative_clause_on_a_firm_name_is_cut(analyze):
    result = analyze("Tamsk sales\n\nMeanwhile, Kesselcorp which posted its third loss in a row said it would cut 500 jobs.")
    assert claim_at(result, "said").speaker_text == "Kesselcorp"


def test_relative_clause_on_a_noun_stays(analyze):
    result = analyze("Vaal injury\n\nThe surgeon who operated on the Vaal striker said he would be fit by March.")
    assert claim_at(result, "said").speaker_text == "The surgeon who operated on the Vaal striker"


def test_relative_pronoun_that_heads_the_cue_keeps_its_name(analyze):
    result = analyze("Kemaria vote\n\nThe vote was won by Ann Kessel, who said the result was a fair one.")
    assert [text for text, _ in speakers(result, "said")] == ["who"]


def test_name_with_a_comma_aside_is_unchanged(analyze):
    result = analyze("Tamsk port\n\nJo Brann, who runs the port, said the strike would end soon.")
    assert claim_at(result, "said").speaker_text == "Jo Brann"
