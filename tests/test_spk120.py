"""Round 64 (issue 19, branch spk120): a "they" whose antecedent is an unnamed group of people
was given the place the people come from ("a party of councillors from X ... they said") or a
body named before a quantified group ("every activist I met said they ..."). The place is
no speaker: the claim's speaker is null, anonymous for the councillors (``people_from``,
``people_from_prepositions``, ``group_people``; ``_quantified_people_between``,
``group_quantifiers``). A body's "they" and a named set of people stay. Sentences written here."""

from __future__ import annotations

from test_coref import coref

from claim_helpers import claim_with, speaker_of


def _coref(text: str, names):
    return coref(text, names)


# --- the coref checks themselves -----------------------------------------------------------------


def test_councillors_from_a_place_are_people_from_it():
    text = "A party of councillors from Kessel agreed. They said the town was ready."
    doc = _coref(text, [("Kessel", "ORG", "Kessel")])
    assert doc.people_from(0)


def test_residents_in_a_place_are_people_from_it():
    text = "Residents in Vaal were angry. They said the road was unsafe."
    doc = _coref(text, [("Vaal", "GPE", "Vaal")])
    assert doc.people_from(0)


def test_guard_members_of_a_body_are_no_people_from_it():
    text = "Members of Tamsk Union met on Monday. They said the deal was poor."
    doc = _coref(text, [("Tamsk Union", "ORG", "Tamsk Union")])
    assert not doc.people_from(0)


def test_guard_a_singular_noun_before_from_is_no_group():
    text = "The minister from Kessel spoke. They said the deal was poor."
    doc = _coref(text, [("Kessel", "GPE", "Kessel")])
    assert not doc.people_from(0)


def test_guard_a_thing_from_a_place_is_no_group():
    text = "Imports from Kessel fell. They said the deal was poor."
    doc = _coref(text, [("Kessel", "GPE", "Kessel")])
    assert not doc.people_from(0)


def test_every_activist_between_is_other_people():
    text = "Tamsk Union won the vote. Every activist I met said they were proud."
    doc = _coref(text, [("Tamsk Union", "ORG", "Tamsk Union")])
    assert doc.quantified_people_between(len("Tamsk Union"), text.index("they"))


def test_guard_every_year_is_no_group():
    text = "Tamsk Union meets every year. They said the deal was poor."
    doc = _coref(text, [("Tamsk Union", "ORG", "Tamsk Union")])
    assert not doc.quantified_people_between(len("Tamsk Union"), text.index("They"))


# --- claims end to end ---------------------------------------------------------------------------


def test_they_after_councillors_from_a_place_is_no_place(analyze):
    result = analyze("Kessel Herald\n\nA party of councillors from Kessel agreed that the leader was "
                     "safe, and they were adamant that the party was strong in their city.")
    claim = claim_with(result, "the party was strong")
    assert claim.speaker_text.lower() == "they"
    assert speaker_of(result, claim) is None


def test_guard_they_after_a_body_stays_the_body(analyze):
    result = analyze("Kessel Herald\n\nThe Tamsk Workers Union met on Monday. They said the pay offer "
                     "was far too low.")
    claim = claim_with(result, "pay offer")
    assert speaker_of(result, claim) == "Tamsk Workers Union"


def test_they_after_every_activist_is_an_unnamed_voice(analyze):
    result = analyze("Kessel Herald\n\nThe Tamsk Workers Union won the vote on Monday. Jo Brann said it was "
                     "a fine day. Every activist I met said they were proud of the union. The problem they "
                     "faced, they said, was money.")
    claim = claim_with(result, "was money")
    assert speaker_of(result, claim) is None and claim.anonymous


def test_the_councillors_themselves_are_unnamed_people_of_the_place(analyze):
    result = analyze("Kessel Herald\n\nA party of councillors from Kessel agreed that the leader was safe.")
    claim = claim_with(result, "the leader was safe")
    assert speaker_of(result, claim) is None and claim.anonymous


def test_guard_researchers_from_a_named_university_stay_with_it(analyze):
    result = analyze("Kessel Herald\n\nResearchers from Tamsk University said the drug was safe. They "
                     "said more tests would follow.")
    claim = claim_with(result, "more tests")
    assert speaker_of(result, claim) is None or speaker_of(result, claim) == "Tamsk University"
    assert not claim_with(result, "the drug was safe").anonymous or speaker_of(result, claim) is None


def test_guard_they_after_two_named_people_stays_the_pair(analyze):
    result = analyze("Kessel Herald\n\nJo Brann and Ana Vaal met on Monday. They said the deal was good.")
    claim = claim_with(result, "the deal was good")
    assert claim.speakers is not None and len(claim.speakers) == 2
