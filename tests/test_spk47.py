"""Round 35 (issue 19, branch spk47): a name closing a speaker phrase right after a title.

"Mr X's lawyer Ana Ruiz said", "Danish dock union official Ana Ruiz said": the words before the
name are its title (a possessor may stand in it), the name speaks, even when the model typed it a
body or a people. A verb, a preposition or another person in the title keeps the first noun's
person ("a lawyer defending X chief Y", "an ally of Y", "X and co-star Y").

Sentences written for these tests."""

from __future__ import annotations

from claim_helpers import linked_speakers, speakers_with_anonymous


def test_a_name_after_a_possessor_and_a_post_speaks(analyze):
    # the parse heads the phrase with "lawyer" and the first person is the possessor
    result = analyze("Harbour plan\n\n\"The vote should be delayed,\" Mr Bhandari's lawyer Rohan Mehta said.")
    assert speakers_with_anonymous(result, "said") == [("Mr Bhandari's lawyer Rohan Mehta", "Rohan Mehta", False)]


def test_a_name_the_model_typed_a_people_after_a_post_speaks(analyze):
    # "Christian" makes the model type the whole name a people (NORP)
    result = analyze("Bail hearing\n\nKen Arlott spent a month in custody.  His lawyer Anna Christian said: "
                     "\"My client will appeal against the ruling.\"")
    assert speakers_with_anonymous(result, "said") == [("His lawyer Anna Christian", "Anna Christian", False)]


def test_a_name_after_a_title_with_a_people_in_it_speaks(analyze):
    result = analyze("Plant closures\n\nDanish dock union official Nils Berglund said the plant would close.")
    assert linked_speakers(result, "said") == ["Nils Berglund"]


def test_a_possessor_named_as_a_person_is_not_the_speaker(analyze):
    result = analyze("Bail hearing\n\n\"My client will appeal,\" Mr Kashwar's lawyer Rohan Mehta said.")
    assert linked_speakers(result, "said") == ["Rohan Mehta"]


def test_an_ally_of_a_named_leader_is_not_the_leader(analyze):
    result = analyze("Party row\n\nAn ally of Tory leader Tom Voss said the vote would be lost.")
    assert linked_speakers(result, "said") != ["Tom Voss"]


def test_a_plural_phrase_closed_by_a_name_is_not_that_name_as_a_person(analyze):
    # "market analysts Kestrel Data": many analysts, a firm's name; the rule takes one person only
    result = analyze("Broadband\n\nMarket analysts Kestrel Data welcomed the plan on Monday.")
    assert all(linked != "Kestrel Data" or result.mentions[c.speaker].label != "PERSON"
               for c, linked in zip([c for c in result.claims if c.cue == "welcomed"],
                                    linked_speakers(result, "welcomed")))


# --- an apposed name with a title or letters the model left outside it -------------------------

def test_an_apposed_name_after_a_party_and_post_letters_speaks(analyze):
    result = analyze("Rail fares\n\n\"Passengers deserve better than this,\" said the chairman of the Commons transport "
                     "panel, Labour MP Barry Shearer.")
    assert linked_speakers(result, "said") == ["Barry Shearer"]


def test_an_apposed_name_after_a_title_word_speaks(analyze):
    result = analyze("Angling ban\n\n\"The river will be fished again,\" river bailiff, Captain Ian Fallow, said.")
    assert speakers_with_anonymous(result, "said") == [("river bailiff", "Ian Fallow", False)]


def test_an_apposed_name_before_an_auxiliary_speaks(analyze):
    result = analyze("Water charges\n\nThe head of the Water Users Board, Guy Hollis QC has warned that bills will rise "
                     "next year.")
    assert linked_speakers(result, "warned") == ["Guy Hollis QC"]


def test_a_name_modifying_a_post_does_not_block_the_apposed_name(analyze):
    # the model types the firm's name a person and the apposed name a body
    result = analyze("Mine closure\n\n\"Talks went well on Monday.\" Kessel Hardie chairwoman, Meredith Paley, "
                     "said the compensation fund would open in May.")
    assert linked_speakers(result, "said") == ["Meredith Paley"]


def test_a_list_after_a_comma_is_no_apposed_name(analyze):
    result = analyze("Plans\n\nThe party leader, Labour and the Greens said the plan was wrong.")
    assert linked_speakers(result, "said") == [None]
