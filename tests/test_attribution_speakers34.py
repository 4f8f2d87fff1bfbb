"""Claim speakers, round 29 (issue 19, branch spk34): a named speaker the mention finder missed
here is linked to the one longer name of the document its words close ("Varnholt said" after
"Group Varnholt"), never to an outlet's nor when two names fit. Short fictional sentences
written here."""

from __future__ import annotations

from claim_helpers import speakers

COURT = "Oil deal\n\nThe court ruled against {names} on Monday. \"We will fight this in court,\" Varnholt said."


def test_a_bare_name_closing_one_body_name_is_that_body(analyze):
    result = analyze(COURT.format(names="Group Varnholt"))
    assert [m.text for m in result.mentions] == ["Group Varnholt"]  # the model misses the bare name
    assert speakers(result, "said") == [("Varnholt", "Group Varnholt")]


def test_it_goes_on_for_every_claim_of_the_bare_name(analyze):
    result = analyze("Oil deal\n\nThe court ruled against Group Varnholt on Monday. Varnholt has "
                     "already asked the buyer to repay a loan, and said the state's actions broke the treaty.")
    assert speakers(result, "asked") == [("Varnholt", "Group Varnholt")]
    assert speakers(result, "said") == [("Varnholt", "Group Varnholt")]


def test_a_bare_name_closing_two_names_stays_unlinked(analyze):
    assert speakers(analyze(COURT.format(names="Group Varnholt and Bank Varnholt")), "said") == [("Varnholt", None)]


def test_a_bare_name_never_goes_to_an_outlet_ending_with_it(analyze):
    assert speakers(analyze(COURT.format(names="BBC Radio Varnholt")), "said") == [("Varnholt", None)]


# --- initials joined by "&" (mentions/spans.looks_like_name): one token the model tags a body

def test_initials_joined_by_an_ampersand_are_a_body_that_speaks(analyze):
    result = analyze("Ratings\n\nThe ratings agency K&V said the government finances were sound. "
                     "K&V also said debt was falling.")
    assert [(m.text, m.label) for m in result.mentions] == [("K&V", "ORG"), ("K&V", "ORG")]
    assert speakers(result, "said") == [("The ratings agency K&V", "K&V"), ("K&V", "K&V")]


def test_a_general_ampersand_abbreviation_is_no_actor():
    from newsgraph.mentions.rules import EntityRules

    assert {"R&B", "R&D", "Q&A"} <= EntityRules.from_data().not_actors


# --- a body's initials the model tagged nothing (mentions/titled.initials_speakers)

BANS = "Doping\n\nThe two sprinters were banned on Monday. {sentence}"


def test_untagged_initials_that_speak_are_a_body(analyze):
    result = analyze(BANS.format(sentence="But the KVTA said it was surprised by the verdict."))
    assert [(m.text, m.label) for m in result.mentions] == [("KVTA", "ORG")]
    assert speakers(result, "said") == [("the KVTA", "KVTA")]


def test_untagged_initials_after_according_to_are_a_body(analyze):
    result = analyze(BANS.format(sentence="Downloads doubled last year, according to the KVTA."))
    assert speakers(result, "according to") == [("the KVTA", "KVTA")]


def test_initials_apposed_to_a_noun_of_analysts_are_the_firm(analyze):
    result = analyze(BANS.format(sentence="According to technology analysts KVTA, a fifth of drives were sold abroad."))
    assert speakers(result, "According to") == [("technology analysts KVTA", "KVTA")]


def test_a_posts_initials_are_no_body(analyze):
    result = analyze("Firm\n\nProfits fell on Monday. Its CEO said costs had risen.")
    assert "CEO" not in [m.text for m in result.mentions]



# --- a firm's apposition of coordinated nouns is read by its last noun (mentions/senses._work_noun)

def _is_work(nlp, text: str, name: str) -> bool:
    from spacy.tokens import Span

    from newsgraph.mentions.rules import EntityRules
    from newsgraph.mentions.senses import Senses

    doc = nlp(text)
    at = next(t.i for t in doc if t.text == name)
    return Senses.from_rules(EntityRules.from_data()).is_work(Span(doc, at, at + 1, label="ORG"))


def test_a_maker_of_handsets_and_networks_is_no_work(nlp):
    # the parse heads the apposition with "handset" and joins "maker" to it
    text = ("The phone will not reach shops until next year, but Brevicom, the Finnish mobile handset "
            "and network maker, showed it to operators.")
    assert not _is_work(nlp, text, "Brevicom")


def test_a_name_apposed_to_one_handset_is_still_a_work(nlp):
    text = "The phone will not reach shops until next year, but Brevicom, the new handset, held up well in tests."
    assert _is_work(nlp, text, "Brevicom")
