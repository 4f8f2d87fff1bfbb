"""Round 54 (branch spk85): a body's unnamed spokesman whose body is named beside him.

(a) "a spokesman for X said ... the spokesman added": the later "the spokesman" goes on with X
(``SpeakerResolver._earlier_voice`` read only a phrase closing on the noun). (b) "a bank
spokesman": the description noun before the voice's means the story's bank as "a spokesman for
the bank" does; besides the existing rules, the one body the cue's own sentence names whose name
holds the noun (``_class_named_beside``). (c) "On Friday X, the ... maker, said ... A spokesman
said": the one body that spoke by name in the sentence before
(``_named_speaker_before``). (d) "a spokeswoman for X's Leeds office": a part of the body
(``body_unit_nouns``) still speaks for it. Officials, sources, two bodies, and a body's event
stay null. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import speakers, speakers_with_anonymous


def test_the_spokesman_goes_on_after_a_spokesman_for_the_body(analyze):
    result = analyze("Row\n\nKessel Group faced criticism on Monday.\n\nA spokesman for Kessel Group said "
                     "the plan was fair. \"We will act soon,\" said the spokesman.\n")
    assert speakers_with_anonymous(result, "said") == [
        ("A spokesman for Kessel Group", "Kessel Group", True), ("the spokesman", "Kessel Group", True)]


def test_a_bank_spokesman_with_the_bank_named_in_his_sentence(analyze):
    result = analyze("Bank losses\n\nKessel Bank wrote off a third of its farm loans after the floods, "
                     "a bank spokesman told Reuters.\n")
    assert speakers_with_anonymous(result, "told") == [("a bank spokesman", "Kessel Bank", True)]


def test_a_spokesman_after_a_named_body_with_a_time_before_it(analyze):
    result = analyze("Talks\n\nVaal Motors may sell its bus arm.\n\nOn Friday Vaal Motors, the largest lorry "
                     "maker in Tamsk, said that talks had begun. A spokesman said the price was still open.\n")
    assert speakers(result, "said")[-1] == ("A spokesman", "Vaal Motors")


def test_a_spokeswoman_for_an_office_of_the_body(analyze):
    result = analyze("Fines\n\nTwo brokers face fines, a spokeswoman for the Kemaria Securities Commission's "
                     "Leeds office told the BBC.\n")
    assert speakers(result, "told") == [("a spokeswoman for the Kemaria Securities Commission's Leeds office",
                                         "Kemaria Securities Commission")]


def test_a_bank_spokesman_between_two_bodies_stays_null(analyze):
    # guard: a buyer and a bank named, which one's spokesman the sentence does not say
    result = analyze("Deal\n\nTamsk Capital bought Kessel Bank on Monday, a bank spokesman said.\n")
    assert speakers_with_anonymous(result, "said") == [("a bank spokesman", None, True)]


def test_a_bank_spokesman_beside_a_body_not_named_a_bank_stays_null(analyze):
    # guard: the name does not hold the noun, so the sentence does not show it is the bank meant
    result = analyze("Loans\n\nLenders cut rates on Monday. Rates at Kessel fell to 3%, a bank spokesman said.\n")
    assert [linked for _, linked, _ in speakers_with_anonymous(result, "said")] == [None]


def test_a_spokesman_after_a_body_accusing_another_stays_null(analyze):
    # guard: two bodies in the sentence before; the spokesman may be either's
    result = analyze("Row\n\nOn Tuesday Vaal Motors said Kessel Group had copied its engine. But a "
                     "spokesman said the claims were false.\n")
    assert speakers(result, "said")[-1] == ("a spokesman", None)


def test_a_spokesman_for_a_body_s_summit_stays_null(analyze):
    # guard: a summit is no part of the body (not in body_unit_nouns)
    result = analyze("Talks\n\nThe talks went badly, a spokesman for the Tamsk Union's World Summit on Water said.\n")
    assert [linked for _, linked, _ in speakers_with_anonymous(result, "said")] == [None]


def test_a_company_official_stays_null(analyze):
    # guard: an official speaks for himself, not as the body's voice
    result = analyze("Bank losses\n\nKessel Bank wrote off a third of its farm loans after the floods, "
                     "a bank official told Reuters.\n")
    assert [linked for _, linked, _ in speakers_with_anonymous(result, "told")] == [None]


def test_a_conservative_spokeswoman_is_the_party_s_voice(analyze):
    # (e) a party name the model typed a people: the alias seeds give it a body (ORG)
    result = analyze("Calls\n\nThe Tories were accused of breaking the rules on calls.\n\n"
                     "A Conservative spokeswoman said the party had kept to the rules.\n")
    assert speakers_with_anonymous(result, "said") == [("A Conservative spokeswoman", "Conservative", True)]


def test_the_tory_spokesman_stays_null(analyze):
    # guard: "the Tory spokesman" is mostly a frontbencher speaking for himself
    result = analyze("Leaflets\n\nThe Tories attacked the leaflets on Monday.\n\n"
                     "The Tory spokesman also criticised the cost of the leaflets.\n")
    assert [linked for _, linked, _ in speakers_with_anonymous(result, "criticised")] in ([None], [])


def test_a_people_s_spokesman_stays_null(analyze):
    # guard: a people is no body with one voice
    result = analyze("Talks\n\nThe talks ended on Monday.\n\nA Kemarian spokesman said the talks had failed.\n")
    assert [linked for _, linked, _ in speakers_with_anonymous(result, "said")] == [None]
