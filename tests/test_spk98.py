"""Round 58 (issue 19, branch spk98): a speaker phrase that closes with a name the mention finder
missed ("consultancy 4Kessel", "market analysts 2Tamsk") left the claim with no actor.
``SpeakerResolver.name_missed_speakers`` (speakers.py) links the claim to the name's mention when
one spans it exactly, else makes an untagged mention (``UNTAGGED_LABEL``) of it with the kind its
descriptive noun gives (coref's person and body nouns, ``speaker_name_descriptors``); the corpus
stage decides its kind as for the events stage's untagged names.

Guards pin what must not change: a bare one-word name, two names joined by "and", a name after a
preposition or a possessive, a capitalised common noun opening the name. Sentences and names
written here."""

from __future__ import annotations

from claim_helpers import claim_with


def _speaker_mention(result, words):
    claim = claim_with(result, words)
    return None if claim.speaker is None else result.mentions[claim.speaker]


# --- fixed: the name closing the speaker's words is the speaker -------------------------------------

def test_a_consultancy_named_after_its_noun_speaks(analyze):
    result = analyze('Markets\n\n"Rates will rise in spring," said consultancy 4Kessel.')
    mention = _speaker_mention(result, "Rates will rise")
    assert mention is not None and mention.text == "4Kessel"
    assert mention.label == "NAME" and mention.cue == "ORG"


def test_analysts_named_by_their_firm_are_the_firm(analyze):
    result = analyze("Markets\n\nMarket analysts 2Tamsk said sales would rise by 5%.")
    mention = _speaker_mention(result, "sales would rise")
    assert mention is not None and mention.text == "2Tamsk" and mention.cue == "ORG"
    assert claim_with(result, "sales would rise").anonymous is False


def test_a_band_named_after_its_noun_speaks(analyze):
    result = analyze("Band\n\nThe band 4Kessel said the tour would go ahead in May.")
    mention = _speaker_mention(result, "tour would go ahead")
    assert mention is not None and mention.text == "4Kessel"


def test_the_made_mention_comes_after_the_others(analyze):
    result = analyze('Markets\n\nVaal Bank cut rates. "Rates will rise in spring," said consultancy 4Kessel.')
    claim = claim_with(result, "Rates will rise")
    assert claim.speaker == len(result.mentions) - 1
    assert any(m.text == "Vaal Bank" for m in result.mentions[:claim.speaker])


# --- guards: no name is made where the words do not say it speaks --------------------------------

def test_a_bare_one_word_name_is_not_made(analyze):
    result = analyze('Markets\n\n"We are ready," said 4Kessel.')
    assert claim_with(result, "We are ready").speaker is None


def test_two_names_joined_are_not_one_speaker(analyze):
    result = analyze("Pair\n\nFund managers 4Kessel and 5Vaal said the deal was done.")
    assert claim_with(result, "deal was done").speaker is None


def test_a_name_after_of_is_not_the_speaker(analyze):
    result = analyze("Ally\n\nAn ally of 4Kessel said the deal was done.")
    assert claim_with(result, "deal was done").speaker is None


def test_a_name_after_a_possessive_title_is_left(analyze):
    result = analyze("Firm\n\nKessel's consultancy 4Vaal said the deal was done.")
    assert claim_with(result, "deal was done").speaker is None


def test_a_capitalised_common_noun_is_not_made_part_of_a_name(analyze):
    result = analyze("Games\n\nDeveloper 3Vaal said the game would be out in May.")
    assert claim_with(result, "game would be out").speaker is None


def test_the_descriptor_table_loads():
    from newsgraph.attribution import CueLexicon

    lexicon = CueLexicon.from_data()
    assert lexicon.speaker_name_descriptors["consultancy"] == "ORG"
    assert lexicon.speaker_name_descriptors["strategist"] == "PERSON"


def test_a_hedge_about_a_name_makes_no_speaker(analyze):
    result = analyze("Team\n\nJo Maddack keeps going, while 4Kessel Brann seems to be a lively character.")
    for claim in result.claims:
        if claim.speaker is not None:
            assert "4Kessel" not in result.mentions[claim.speaker].text


def test_a_title_before_the_name_is_no_part_of_it(analyze):
    result = analyze("Police\n\nTamsk Chief Constable Jorin Maddack said the officers acted well.")
    mention = _speaker_mention(result, "officers acted well")
    assert mention is not None and mention.text == "Jorin Maddack"
