"""Round 55 (issue 19, branch spk90): a counted plural standing for the bodies or people the story
listed — "The three firms claim" after "Kessel, Vaal and Tamsk have released ...", "Both sides
hope" after "A and B have agreed", "both candidates pledged" after the two were named, "All three
men said" after each of the three had spoken.

- bodies and states (``SpeakerResolver._counted_list``, ``counted_body_labels`` in
  attribution_cues.yaml): the one list of exactly that many names, in the lead or the sentence
  before;
- people: a person noun of coref that is also a proposal's noun counts ("candidates":
  ``_counted_noun``), and the people named far apart count when the story names exactly that many
  and each has spoken (``_all_people_spoke``).

Guards pin what must not change: two lists of the size, a count the list does not match, a
list that is a title's, another firm opening a sentence in between, a described plural, a fourth
person named, a person who never spoke. Sentences and names written here."""

from __future__ import annotations

from claim_helpers import claim_with, speaker_names



# --- fixed: bodies counted after their list ---------------------------------------------------

def test_the_three_firms_are_the_three_of_the_lead(analyze):
    result = analyze("Chip details\n\nSome details of the new chip have been revealed.\n\n"
                     "Kessel Systems, Vaal Electronics and Tamsk Corp have released data about the chip. "
                     "The chip will be shown at the Brann Electronics Fair in Vaal.\n\n"
                     "The three firms claim that the chip will be ten times faster than its rivals.")
    found = claim_with(result, "ten times faster")
    assert speaker_names(result, found) == ["Kessel Systems", "Vaal Electronics", "Tamsk Corp"]
    assert not found.anonymous


def test_both_sides_are_the_two_named_in_the_sentence_before(analyze):
    result = analyze("Trade talks\n\nThe EU and Kemaria have agreed to begin talks on farm subsidies.\n\n"
                     "Both sides hope to reach a deal by the summer.")
    found = claim_with(result, "reach a deal")
    assert speaker_names(result, found) == ["EU", "Kemaria"]


# --- fixed: people counted ----------------------------------------------------------------------

def test_both_candidates_are_the_two_named_before(analyze):
    result = analyze("Budget race\n\nSenator Jo Brann attacked Governor Piet Vaal over jobs. Governor Vaal "
                     "focused on growth. As for the future, both candidates pledged to cut the deficit.")
    found = claim_with(result, "cut the deficit")
    assert sorted(speaker_names(result, found)) == ["Jo Brann", "Piet Vaal"]
    assert not found.anonymous


def test_all_three_men_are_the_three_who_spoke(analyze):
    result = analyze("Music phones\n\nPhones will sell more music than players, experts say.\n\n"
                     "Jo Brann, who runs a music service, said phones were the future. "
                     "The market grew fast last year. Sales rose in Europe and in Asia. Shops sold more phones "
                     "than ever before, and the cheapest models sold out in a week.\n\n"
                     "Piet Vaal, a record label boss, said prices had to fall. "
                     "Downloads doubled in the spring. Prices fell again in the summer. Many buyers waited "
                     "for the autumn, when the new models came out with larger screens.\n\n"
                     "Ivo Kessel, an analyst, said batteries were still too weak. "
                     "Batteries have improved slowly. Memory has grown cheaper every year. "
                     "Networks are faster than they were. Most buyers now expect a phone to play music "
                     "all day, and few will pay more for a player that only plays songs.\n\n"
                     "All three men said that sharing songs would drive the market.")
    found = claim_with(result, "sharing songs")
    assert speaker_names(result, found) == ["Jo Brann", "Piet Vaal", "Ivo Kessel"]
    assert not found.anonymous


# --- guards: left as they were ------------------------------------------------------------------

def test_two_lists_of_two_clubs_leave_both_clubs_null(analyze):
    result = analyze("Transfer row\n\nKessel United and Vaal Rovers have been charged.\n\nTamsk City and "
                     "Brann Athletic were charged last year. The league met on Monday. Both clubs said "
                     "that they would co-operate with the inquiry.")
    found = claim_with(result, "co-operate")
    assert found.speaker is None and not found.speakers


def test_a_count_the_list_does_not_match_stays_null(analyze):
    result = analyze("Chip details\n\nKessel Systems, Vaal Electronics and Tamsk Corp have released data.\n\n"
                     "The two firms said that the chip would be faster.")
    found = claim_with(result, "would be faster")
    assert not found.speakers


def test_a_list_before_a_persons_name_is_a_title_not_the_clubs(analyze):
    result = analyze("Transfer row\n\nKessel United and Vaal Rovers striker Jo Brann has been charged.\n\n"
                     "The league met on Monday. Both clubs said that they would co-operate with the inquiry.")
    found = claim_with(result, "co-operate")
    assert not found.speakers


def test_another_firm_opening_a_sentence_between_leaves_it_null(analyze):
    result = analyze("Deal\n\nKessel Systems and Vaal Electronics have held talks.\n\nTamsk Corp bought a "
                     "stake in the venture on Monday. Shares rose. The two firms said that the deal would close soon.")
    found = claim_with(result, "would close soon")
    assert not found.speakers


def test_a_described_plural_is_not_counted(analyze):
    # "the two northern clubs": a description the listed names may not fit
    result = analyze("Transfer row\n\nKessel United and Vaal Rovers have been charged.\n\nThe two northern "
                     "clubs said that they would co-operate with the inquiry.")
    found = claim_with(result, "co-operate")
    assert not found.speakers


def test_both_clubs_after_their_list_are_the_two_clubs(analyze):
    # the same story with the bare count: the list of the sentence before
    result = analyze("Transfer row\n\nKessel United and Vaal Rovers have been charged.\n\nBoth "
                     "clubs said that they would co-operate with the inquiry.")
    found = claim_with(result, "co-operate")
    assert speaker_names(result, found) == ["Kessel United", "Vaal Rovers"]


def test_four_people_named_leave_all_three_men_null(analyze):
    result = analyze("Music phones\n\nPhones will sell more music than players, experts say. Anna Tamsk "
                     "runs a phone shop.\n\n"
                     "Jo Brann, who runs a music service, said phones were the future. "
                     "The market grew fast last year. Sales rose in Europe and in Asia. Shops sold more phones "
                     "than ever before, and the cheapest models sold out in a week.\n\n"
                     "Piet Vaal, a record label boss, said prices had to fall. "
                     "Downloads doubled in the spring. Prices fell again in the summer. Many buyers waited "
                     "for the autumn, when the new models came out with larger screens.\n\n"
                     "Ivo Kessel, an analyst, said batteries were still too weak. "
                     "Batteries have improved slowly. Memory has grown cheaper every year. "
                     "Networks are faster than they were. Most buyers now expect a phone to play music "
                     "all day, and few will pay more for a player that only plays songs.\n\n"
                     "All three men said that sharing songs would drive the market.")
    found = claim_with(result, "sharing songs")
    assert not found.speakers


def test_one_of_three_who_never_spoke_leaves_all_three_men_null(analyze):
    result = analyze("Music phones\n\nPhones will sell more music than players, experts say.\n\n"
                     "Jo Brann, who runs a music service, said phones were the future. "
                     "The market grew fast last year. Sales rose in Europe and in Asia. Shops sold more phones "
                     "than ever before, and the cheapest models sold out in a week.\n\n"
                     "Piet Vaal runs a record label. "
                     "Downloads doubled in the spring. Prices fell again in the summer. Many buyers waited "
                     "for the autumn, when the new models came out with larger screens.\n\n"
                     "Ivo Kessel, an analyst, said batteries were still too weak. "
                     "Batteries have improved slowly. Memory has grown cheaper every year. "
                     "Networks are faster than they were. Most buyers now expect a phone to play music "
                     "all day, and few will pay more for a player that only plays songs.\n\n"
                     "All three men said that sharing songs would drive the market.")
    found = claim_with(result, "sharing songs")
    assert not found.speakers
