"""Round 52 (branch spk79): a speaker described by a role ("the campaign's director", "its
co-chairman", "the head of X's panel") left null though the very next sentence names the person
for the first time as its speaker — a story introduces its source by role, then by name. A name
given a role of its own, a sentence bringing in another voice ("But X said"), a bare "the lawyer"
and another person named between stay as they were. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import claim_with, speaker_of


def test_role_of_an_owner_named_next_sentence_is_that_person(analyze):
    result = analyze("Park ban protest grows\n\nMore than 4,000 people have signed a petition against the "
                     "dog ban in Hollin Park. About half of the signers live beside the park, the campaign's "
                     "director told reporters. Tamsin Orrell said the council had not listened to anyone.\n")
    assert speaker_of(result, claim_with(result, "live beside the park")) == "Tamsin Orrell"
    assert speaker_of(result, claim_with(result, "had not listened")) == "Tamsin Orrell"


def test_lead_role_named_as_the_next_paragraph_opens_is_that_person(analyze):
    result = analyze("Ferry firm to cut routes\n\nThe ferry operator's chairman has said three of its island "
                     "routes will close next year.\n\nIn a letter to staff, Oskar Pelling said the routes "
                     "had lost money for a decade.\n")
    assert speaker_of(result, claim_with(result, "island routes will close")) == "Oskar Pelling"


def test_name_with_a_role_of_its_own_is_another_person(analyze):
    # "Union leader Mara Olsen" answers the chairman: she is not him
    result = analyze("Mill to shed jobs\n\nThe Corvel mill will close two of its lines, the firm's chairman "
                     "said on Monday. Union leader Mara Olsen said the cuts were unfair to older staff.\n")
    assert speaker_of(result, claim_with(result, "close two of its lines")) is None


def test_name_with_an_apposed_role_is_another_person(analyze):
    result = analyze("Rents to rise\n\nRents on the Dunmore estate will rise by 8%, the landlord's chief "
                     "executive said. Lena Brandt, a lawyer for the tenants, said the rise broke their "
                     "leases.\n")
    assert speaker_of(result, claim_with(result, "rise by 8%")) is None


def test_name_in_a_sentence_bringing_in_another_voice_is_another_person(analyze):
    result = analyze("Mill to shed jobs\n\nThe Corvel mill will close two of its lines, the firm's chairman "
                     "said on Monday. But Mara Olsen said the cuts were unfair to older staff.\n")
    assert speaker_of(result, claim_with(result, "close two of its lines")) is None


def test_another_person_named_between_leaves_it_open(analyze):
    # Dean Harrow is named between the description and the name: either may be the director
    result = analyze("Park ban protest grows\n\nAbout half of the signers live beside the park, the "
                     "campaign's director told reporters. After a meeting with Dean Harrow, Tamsin Orrell "
                     "said the council had not listened to anyone.\n")
    assert speaker_of(result, claim_with(result, "live beside the park")) is None


def test_person_named_before_the_description_is_not_taken(analyze):
    # Tamsin Orrell was named first: the next sentence's "Orrell" is no introduction of the director
    result = analyze("Park ban protest grows\n\nTamsin Orrell and Dean Harrow both signed the petition "
                     "against the dog ban. About half of the signers live beside the park, the campaign's "
                     "director told reporters. Tamsin Orrell said the council had not listened to anyone.\n")
    assert speaker_of(result, claim_with(result, "live beside the park")) is None
