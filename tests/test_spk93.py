"""Claim speakers, round 57 (issue 19, branch spk93): a "he" / "she" after a sentence that opens
with a name owning a person whom the sentence then names ("Vaal's lawyer, Piet Kessel, reacted")
goes on with the person named after the title, not with the owner who opens the sentence.
Guards: an owner of a thing ("Brann's proposal"), an owner whose person is not named, and an
owner who is the only person named keep the pronoun as before. Short fictional sentences."""

from __future__ import annotations

from claim_helpers import speakers

LAWYER = ("Appeal row\n\nThe Kemaria athletics body will appeal against the acquittal of Tomas "
          "Vaal, if the federation does not.\n\nAgency chairman Dirk Brann said: \"I am convinced "
          "the federation will appeal.\" Vaal's lawyer, Piet Kessel, reacted angrily to Brann's "
          "comments. \"Remarks of that sort only shame the governing bodies,\" he told "
          "reporters.")

WIFE = ("House vote\n\nTwo housemates were nominated on Monday. Tomas Vaal's ex-wife Greta Kessel "
        "nominated both of them. She said: \"They are both difficult people to live with.\"")

PROPOSAL = ("Debate plan\n\nLord Tamsk's plan for a debate on television arrives months after Jo "
            "Brann met Piet Kessel on screen. He said it was a risky idea for the country.")

OWNER_ONLY = ("Transfer talk\n\nIvo Renner has ruled out a sale of the club's best player. Renner's "
              "captain missed training on Monday. \"He is not for sale at any price,\" he said.")


def test_a_he_after_an_owners_lawyer_named_is_the_lawyer(analyze):
    assert speakers(analyze(LAWYER), "told") == [("he", "Piet Kessel")]


def test_a_she_after_an_owners_ex_wife_named_is_the_ex_wife(analyze):
    assert speakers(analyze(WIFE), "said") == [("She", "Greta Kessel")]


def test_an_owner_of_a_thing_stays_the_subject(analyze):
    assert speakers(analyze(PROPOSAL), "said") == [("He", "Tamsk")]


def test_an_owner_whose_person_is_unnamed_is_unchanged(analyze):
    # the base leaves it null (the captain, unnamed, may be the "he"): unchanged
    assert speakers(analyze(OWNER_ONLY), "said") == [("he", None)]
