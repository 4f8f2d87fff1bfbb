"""Round 59 (branch spk104): a speaker phrase that is a person's relation or post ("His mother",
"the work's author", "The woman's lawyer") whose holder the story names in apposition right after
it — a lone given name the model typed a body after a family noun, a three-word name with a
middle initial typed a body, and a name after a title that a trade only a person bears closes
(", US playwright X,"). The owner is never given as the speaker of his relation's words; a lone
name after a noun of no family, a body's name after a body's title and an unnamed relation stay
as they were. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import claim_with, speaker_of


def test_lone_given_name_apposed_to_a_family_noun_is_the_speaker(analyze):
    result = analyze("Games row\n\nViolent games were blamed by the parents of Tomas Vaal, who was killed "
                     "in Tamsk in May. His mother, Odile, said the killer had copied the game.\n")
    claim = claim_with(result, "killer had copied")
    assert speaker_of(result, claim) == "Odile"
    assert claim.anonymous is False


def test_name_after_a_title_closed_by_a_persons_trade_is_the_speaker(analyze):
    result = analyze("Play banned\n\nThe council in Tamsk has banned the play. \"It is obscene,\" councillor "
                     "Piet Vaal told the assembly.\n\nBut the work's author, US playwright Eva Kessel, says it "
                     "is all about freedom.\n")
    assert speaker_of(result, claim_with(result, "all about freedom")) == "Eva Kessel"


def test_the_owner_before_is_not_given_for_an_apposed_author(analyze):
    result = analyze("Play banned\n\nThe council in Tamsk has banned the play. \"It is obscene,\" councillor "
                     "Piet Vaal told the assembly.\n\nBut the work's author, US playwright Eva Kessel, says it "
                     "is all about freedom.\n")
    assert speaker_of(result, claim_with(result, "all about freedom")) != "Piet Vaal"


def test_name_with_a_middle_initial_apposed_to_a_lawyer_is_the_speaker(analyze):
    result = analyze("Star will not be charged\n\nProsecutors in Tamsk said there was not enough evidence "
                     "to charge the singer. The woman's lawyer, Lucrezia M Tamsini, said her client was "
                     "likely to sue.\n")
    assert speaker_of(result, claim_with(result, "likely to sue")) == "Lucrezia M Tamsini"


def test_owner_is_never_the_speaker_of_his_relations_words(analyze):
    result = analyze("Singer in hospital\n\nThe singer Jo Brann was taken to hospital in Kessel on Friday. "
                     "His mother said he was recovering well.\n")
    assert speaker_of(result, claim_with(result, "recovering well")) != "Jo Brann"


def test_lone_name_after_a_noun_of_no_family_is_not_taken(analyze):
    result = analyze("Club fined\n\nThe league fined the club on Monday. Its sponsor, Vaalco, said it "
                     "would review the deal.\n")
    assert speaker_of(result, claim_with(result, "review the deal")) in ("Vaalco", None)


def test_body_after_a_bodys_title_stays_the_body(analyze):
    result = analyze("Steel deal\n\nThe mill will close next year. The buyer, steel maker Kessel Works, "
                     "said the jobs would be moved to Tamsk.\n")
    assert speaker_of(result, claim_with(result, "jobs would be moved")) == "Kessel Works"


def test_she_after_an_apposed_name_typed_a_body_goes_on_with_that_person(analyze):
    result = analyze("Star will not be charged\n\nProsecutors in Tamsk said there was not enough evidence "
                     "to charge the singer. District Attorney Piet L Vaal Jr said the case was closed. "
                     "The woman's lawyer, Lucrezia M Tamsini, said her client would probably sue. \"It is "
                     "the only way open to her.\" She also said the woman had given more evidence.\n")
    assert speaker_of(result, claim_with(result, "given more evidence")) == "Lucrezia M Tamsini"
