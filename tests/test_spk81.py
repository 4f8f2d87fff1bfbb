"""Round 53 (branch spk81): a "he"/"she" claim whose words come before the cue ("The mayor's
plan was rushed, she said") was left null when a person described inside those very words (the
mayor) counted as a rival for the pronoun. Those words are what the pronoun's speaker says, so a
person described there is talked about, no rival: the rival search stops where they start
(``SpeakerResolver._before_own_words``). Short fictional sentences written here."""

from __future__ import annotations

def _speaker_text(result, claim) -> str | None:
    return result.mentions[claim.speaker].text if claim.speaker is not None else None


def _claim_with(result, words: str):
    """The claim whose content holds ``words``."""
    (claim,) = [c for c in result.claims if words in c.text]
    return claim


def test_description_inside_the_pronouns_own_words_is_no_rival(analyze):
    result = analyze("Harbour levy row\n\nCouncillor Mara Voss has attacked the new harbour levy. The levy "
                     "would hurt every fishing family in the town, Ms Voss said. The mayor's plan was rushed "
                     "and badly costed, she said.")
    assert _speaker_text(result, _claim_with(result, "badly costed")) in ("Ms Voss", "Mara Voss")


def test_description_inside_his_own_words_no_rival_for_he(analyze):
    result = analyze("Depot closure\n\nUnion official Pavel Drummond warned against closing the bus depot. "
                     "Forty drivers would lose their jobs, Mr Drummond said. The manager's promise of new "
                     "posts was empty, he added.")
    assert _speaker_text(result, _claim_with(result, "promise of new")) in ("Mr Drummond", "Pavel Drummond")


def test_description_between_the_claims_still_a_rival(analyze):
    # guard: the person is described in the reporter's own sentence, outside what the pronoun's
    # speaker says: the "she" may be that person; the speaker stays null as before
    result = analyze("Harbour levy row\n\nCouncillor Mara Voss has attacked the new harbour levy. The levy "
                     "would hurt every fishing family in the town, Ms Voss said. The mayor was away on holiday "
                     "at the time. The plan was rushed and badly costed, she said.")
    assert _claim_with(result, "badly costed").speaker is None


def test_described_man_between_still_a_rival_for_he(analyze):
    # guard: as above for "he": the depot manager, described by the reporter, may be the "he"
    result = analyze("Depot closure\n\nUnion official Pavel Drummond warned against closing the bus depot. "
                     "Forty drivers would lose their jobs, Mr Drummond said. The depot manager met the drivers "
                     "on Monday. The new posts would be real, he said.")
    assert _claim_with(result, "posts would be real").speaker is None


def test_speaker_reported_inside_other_words_keeps_the_rival(analyze):
    # guard: the man who spoke last is reported inside what a party believes; the office named in
    # the pronoun's own words may be him, talked about by someone else: the "he" stays null
    result = analyze("Ferry row\n\nThe Greens believe Governor Henrik Falsen is using the ferry row to "
                     "suggest his rivals are weak. Why will the island's leader not publish the ferry figures, "
                     "he demanded.")
    assert _claim_with(result, "ferry figures").speaker is None


def test_person_named_between_still_speaks(analyze):
    # guard: a person named in the reporter's sentence between is the nearer "he", as before
    result = analyze("Depot closure\n\nUnion official Pavel Drummond warned against closing the bus depot. "
                     "Forty drivers would lose their jobs, Mr Drummond said. Council leader Tomas Brell "
                     "defended the plan on Monday. The new posts would be real, he said.")
    assert _speaker_text(result, _claim_with(result, "posts would be real")) in ("Tomas Brell", "Brell")
