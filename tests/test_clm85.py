"""Round 62 (branch clm85): an unquoted reported sentence that the speaker's tag splits between
commas, the words after the tag going on with the report: a coordinated clause with its own subject
("A, he said, but there was now B"; ``split_tag_coordinations``) or a "with" phrase holding a figure
("A, the survey said, with nearly 40% B"; ``split_tag_figure_preps``) joins the claim as a second
piece. A person's pronoun or a bare verb after the conjunction (``split_tag_non_subjects``), a word of
saying or another cue in the half, "according to X" before a "but", and a "with" phrase without a
figure stay out. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import claim_at


def _claim(analyze, text: str, cue: str):
    return claim_at(analyze("Harbour\n\n" + text), cue, 0)


def test_a_but_clause_after_the_tag_joins(analyze):
    claim = _claim(analyze, "The Vaal fishing rules had caused bitter trade rows, he said, "
                            "but there was now a deal to end the quotas.", "said")
    assert claim.text == ("The Vaal fishing rules had caused bitter trade rows … "
                          "but there was now a deal to end the quotas")


def test_an_and_clause_after_the_tag_stays_out(analyze):
    # "and B" after the tag reads as often as the reporter's own narrative (test_clm74, test_clm83)
    claim = _claim(analyze, "Running costs at the Tamsk mine were £2 per tonne, Kessel Coal said, "
                            "and the average price was just £1.50 per tonne.", "said")
    assert claim.text == "Running costs at the Tamsk mine were £2 per tonne", claim.text


def test_a_with_figure_after_the_tag_joins(analyze):
    claim = _claim(analyze, "Kemarian cheese sales are growing fast, the farm ministry said, "
                            "with exports in 2003 up 25% at 40m crowns.", "said")
    assert claim.text.endswith("… with exports in 2003 up 25% at 40m crowns"), claim.text


def test_a_but_with_a_persons_pronoun_stays_out(analyze):
    claim = _claim(analyze, "The Vaal fishing rules had caused bitter trade rows, Jo Brann said, "
                            "but she left the talks early on Friday.", "said")
    assert "left the talks" not in claim.text, claim.text


def test_a_but_with_a_bare_verb_stays_out(analyze):
    claim = _claim(analyze, "Freight traffic through the Tamsk tunnel is improving, Kessel Rail said, "
                            "but warned that its own trade was falling.", "said")
    assert "falling" not in claim.text, claim.text


def test_a_but_with_a_word_of_saying_stays_out(analyze):
    claim = _claim(analyze, "Vaal Motors had sent test cars to the dealers, said Jo Brann, "
                            "but the dealers believe the cars are too dear.", "said")
    assert "dear" not in claim.text, claim.text


def test_a_but_after_according_to_stays_out(analyze):
    claim = _claim(analyze, "Ticket sales in Tamsk fell by a third last year, according to Kessel Arts, "
                            "but the new hall is still full most nights.", "according to")
    assert "full most nights" not in claim.text, claim.text


def test_a_with_phrase_without_a_figure_stays_out(analyze):
    claim = _claim(analyze, "The Kemarian harvest was the best in a decade, Jo Brann said, "
                            "with a broad smile on her face.", "said")
    assert "smile" not in claim.text, claim.text


def test_a_dependent_if_clause_still_joins(analyze):
    claim = _claim(analyze, "Deficits in Kemaria should rise, Jo Brann argued, "
                            "if the country meets its own spending rules.", "argued")
    assert claim.text.endswith("… if the country meets its own spending rules"), claim.text


def test_a_but_telling_of_others_and_the_speaker_stays_out(analyze):
    claim = _claim(analyze, "The Tamsk bridge plan would fail, said Jo Brann, "
                            "but the council quarrelled with her over the cost.", "said")
    assert "quarrelled" not in claim.text, claim.text


def test_a_with_figure_naming_the_us_joins(analyze):
    claim = _claim(analyze, "Sales of Kessel tablets rose tenfold in 2004, the trade body said, "
                            "with 2 million sold in the US and Kemaria.", "said")
    assert claim.text.endswith("… with 2 million sold in the US and Kemaria"), claim.text
