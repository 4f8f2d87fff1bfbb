"""Round 65 (issue 19, branch spk123): a country's or people's word on a plural of people opened by
a collective ("a team of US researchers", "a group of Kemarian doctors") or a share ("almost a
quarter of a million US consumers") gave the country as the speaker. The people are unnamed people
of that country: speaker null, anonymous true, the country their affiliation
(``attribution.speakers._collective_part``, ``people_collectives``; ``_quantified_part`` no longer
reads "US" as the pronoun "us"). The state's own voices ("a group of US officials") and names in
the phrase keep their rules. Sentences written here."""

from __future__ import annotations

from claim_helpers import claim_at, speakers_with_anonymous


def _affiliation_text(result, claim) -> str | None:
    index = claim.speaker_affiliation
    return result.mentions[index].text if index is not None else None


def test_team_of_national_researchers_is_no_country(analyze):
    result = analyze("Brain cap\n\nA team of US scientists has found that the cap lets people move a cursor.")
    claim = claim_at(result, "found")
    assert (claim.speaker, claim.anonymous) == (None, True)
    assert _affiliation_text(result, claim) == "US"


def test_group_of_demonym_doctors_is_no_people(analyze):
    result = analyze("Tamsk trial\n\nA group of Kemarian doctors warned that the drug was risky for children.")
    assert speakers_with_anonymous(result, "warned") == [("A group of Kemarian doctors", None, True)]


def test_share_of_us_consumers_is_no_country(analyze):
    result = analyze("Card fraud\n\nNearly half a million US shoppers said they had been targeted by fraud.")
    claim = claim_at(result, "said")
    assert (claim.speaker, claim.anonymous) == (None, True)
    assert _affiliation_text(result, claim) == "US"


def test_quantified_us_firms_is_no_country(analyze):
    result = analyze("Vaal sales\n\nSome US firms said sales at their Vaal plants fell in May.")
    claim = claim_at(result, "said")
    assert (claim.speaker, claim.anonymous) == (None, True)


def test_group_of_state_officials_is_unchanged(analyze):
    # guard: the state's voice keeps its rules (the country, as on the base)
    result = analyze("Kessel talks\n\nA group of US officials said talks with Kessel would resume in June.")
    assert speakers_with_anonymous(result, "said") == [("A group of US officials", "US", False)]


def test_bare_national_scientists_are_unchanged(analyze):
    # guard: "German scientists" was already an unnamed source of Germany
    result = analyze("Tamsk drug\n\nGerman scientists said the drug was safe for adults.")
    assert speakers_with_anonymous(result, "said") == [("German scientists", None, True)]


def test_team_with_named_person_is_unchanged(analyze):
    # guard: a person in the phrase is the other rules' work
    result = analyze("Vaal case\n\nA team of lawyers for Jo Brann said he was innocent of the charges.")
    assert speakers_with_anonymous(result, "said") == [("A team of lawyers for Jo Brann", "Jo Brann", False)]


def test_many_of_us_stays_a_pronoun(analyze):
    # guard: a lower-case "us" is still the pronoun, no country
    result = analyze("Tamsk flood\n\nThe water rose fast. Many of us said the warnings came too late.")
    claim = claim_at(result, "said")
    assert claim.speaker_affiliation is None
