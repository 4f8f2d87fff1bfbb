"""Round 64 (issue 19, branch spk119): a person's apposition that ties her to someone else.

"Ms Vaal, a friend of the Tory leader, said ...": the post after "of" is the other person's, so a
later "the Tory leader" is the one the story titled so, not Ms Vaal (coref.yaml apposition_ties,
coref.DocumentCoref._apposition_head). An apposition whose head is the post ("X, the Tory leader",
"X, a lawyer for the family") still introduces X by it.

Sentences written for these tests."""

from __future__ import annotations

from claim_helpers import linked_speakers

_FRIEND = ("Tamsk rebuts critics\n\n"
           "Tory leader Ben Kessel has defended his plans for the Tamsk bypass. "
           "Broadcaster Ria Vaal, a friend of the Tory leader, said he was \"a shy man\". "
           "Ms Vaal added that he liked cats. "
           "The Tory leader dismisses such talk as \"nonsense\", arguing that the bypass will be built.")


def test_the_leader_is_not_the_friend_of_the_leader(analyze):
    assert linked_speakers(analyze(_FRIEND), "arguing") == ["Ben Kessel"]


def test_an_actor_is_not_the_mother_who_inspired_him_to_become_one(analyze):
    text = ("Kessel honoured\n\n"
            "Actor Jo Brann has been given a star on the Vaal Walk of Fame. "
            "The 40-year-old came to the ceremony with his mother, Mara, and thanked her for helping him to become an actor. "
            "The actor, who was born in Tamsk, also spoke of his early days. \"It was hard,\" he said.")
    assert linked_speakers(analyze(text), "said") == ["Jo Brann"]


def test_an_apposition_headed_by_the_post_still_introduces_it(analyze):
    text = ("Kemaria vote\n\n"
            "Ola Dunmore, the Kemaria Party leader, met voters in Tamsk on Monday. "
            "The Kemaria Party leader said the vote would be close.")
    assert linked_speakers(analyze(text), "said") == ["Ola Dunmore"]


def test_a_post_before_its_tie_word_still_introduces_it(analyze):
    text = ("Tamsk trial\n\n"
            "Ana Vaal, a singer with the Kessel band, spoke outside the court on Friday. "
            "The singer said the band would appeal.")
    assert linked_speakers(analyze(text), "said") == ["Ana Vaal"]


def test_the_leader_is_not_the_spokesman_for_the_leader(analyze):
    text = ("Kessel bypass\n\n"
            "Conservative leader Cal Moray visited Tamsk on Monday. "
            "Ed Brannock, a spokesman for the Conservative leader, said the visit had gone well. "
            "The Conservative leader said the town deserved better roads.")
    assert linked_speakers(analyze(text), "said")[-1] == "Cal Moray"
