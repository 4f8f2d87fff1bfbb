"""Round 67 (issue 19, branch spk127): a "he" / "she" that coreference gives the right person was
left with no speaker when a noun English also uses as an adjective stood between the earlier
claim and the pronoun, before a capitalized word that is no person's ("branding the official
Kessel Says No campaign ...": ``DocumentCoref._attributive_before_name``), or in "the leader
article" (a paper's editorial, ``not_person_phrases``): the attribution's rival rule took it
for another person the "he" might mean. A real description, a name after the noun, stays a
rival. Sentences written here, names invented."""

from __future__ import annotations

from claim_helpers import claim_with, speaker_of

_HEADLINE = "Vote row in Tamsk\n\n"


# --- fixed: the adjective before a campaign's name is no rival -----------------------------------


def test_official_before_a_campaign_name_is_no_rival(analyze):
    result = analyze(_HEADLINE + "\"It is a bad deal,\" said Mr Ed Kell. "
                     "On Monday, Mr Jo Brann provoked anger by branding the official No "
                     "Campaign \"a club of snobs\" outside its office. \"The campaign is run by people "
                     "who never visit the valley,\" he said.")
    claim = claim_with(result, "never visit the valley")
    assert "Brann" in (speaker_of(result, claim) or "")


def test_leader_article_is_no_rival(analyze):
    result = analyze(_HEADLINE + "Mr Jo Brann said the town was not to blame. "
                     "The magazine blamed the town in the leader article on the flood. "
                     "Mr Brann told the radio: \"We said sorry for some things ... but not for all of them,\" "
                     "he said.")
    claim = claim_with(result, "not for all of them")
    assert "Brann" in (speaker_of(result, claim) or "")


# --- guards: a person described between stays a rival --------------------------------------------


def test_official_who_ran_the_count_is_still_a_rival(analyze):
    result = analyze(_HEADLINE + "Mr Jo Brann said the scheme was dead. The official who ran the count "
                     "came out of the hall. \"We will look again at the costs,\" he said.")
    claim = claim_with(result, "look again at the costs")
    assert speaker_of(result, claim) is None


def test_party_leader_described_between_is_still_a_rival(analyze):
    result = analyze(_HEADLINE + "Mr Jo Brann said the scheme was dead. The Vaal Party leader was not "
                     "at the meeting. \"We will look again at the costs,\" he said.")
    claim = claim_with(result, "look again at the costs")
    assert speaker_of(result, claim) is None

