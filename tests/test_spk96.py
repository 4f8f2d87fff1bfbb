"""Round 57 (issue 19, branch spk96): a speaker phrase that ran on past the speaker into when or
where the speaker spoke — "said X after the draw", "said the group in a statement", "said an
official in a briefing", "X at a summit pledged". The parser hangs the occasion on the speaker's
head; ``_occasion_on_speaker`` (syntax.py) ends the speaker's words before it: an opener that
never belongs to who speaks (``speaker_occasion_preps``) or an occasion noun after
``occasion_preps`` (``occasion_nouns``, ``speaker_occasion_nouns``) with "a"/"an"/"the".

Guards pin what must not change: a workplace after "at" ("X at Vaal Capital", "a source at the
club"), a name's own "of" words, a relative clause on the speaker. Sentences and names written here."""

from __future__ import annotations

from claim_helpers import claim_with


# --- fixed: the occasion is cut off the speaker's words ------------------------------------------

def test_a_statement_after_the_group_is_not_the_speaker(analyze):
    result = analyze('Tamsk news\n\n"The service will be free for a year," said the group in a statement.')
    assert claim_with(result, "free for a year").speaker_text == "the group"


def test_a_briefing_after_an_official_is_not_the_speaker(analyze):
    result = analyze('Kemaria loans\n\n"The loan will have to wait," said a Kemaria Bank official in a briefing on Wednesday.')
    assert claim_with(result, "have to wait").speaker_text == "a Kemaria Bank official"


def test_a_summit_the_leaders_met_at_is_not_the_speaker(analyze):
    result = analyze("Summit\n\nIn 2001, Kemarian leaders at a summit in Vaal pledged the economy would grow.")
    assert claim_with(result, "economy would grow").speaker_text == "Kemarian leaders"


# --- guards: a speaker's own words stay --------------------------------------------------------

def test_a_workplace_after_at_stays(analyze):
    result = analyze('Club\n\n"The offer is different this time," said Jo Brann at Vaal Capital.')
    assert claim_with(result, "different this time").speaker_text == "Jo Brann"


def test_a_source_at_the_club_stays(analyze):
    result = analyze("Club\n\nA senior source at the club told reporters the bid was different this time.")
    assert claim_with(result, "bid was different").speaker_text == "A senior source at the club"


def test_a_title_with_of_stays(analyze):
    result = analyze("Rates\n\nThe governor of the Bank of Kemaria said rates would stay on hold.")
    assert claim_with(result, "rates would stay").speaker_text == "The governor of the Bank of Kemaria"


def test_a_relative_clause_on_the_speaker_stays(analyze):
    result = analyze("Schools\n\nA Tamsk councillor who was at the conference has defended the plan to close two schools.")
    found = [c for c in result.claims if c.speaker_text and "councillor" in c.speaker_text]
    assert all("at the conference" in c.speaker_text for c in found)


# --- fixed: a hyphened title stops no more before the name it describes --------------------------

def test_the_name_after_a_hyphened_title_is_the_speaker(analyze):
    result = analyze("Tamsk\n\nThe party will host a news conference at its London HQ every morning, "
                     'Tamsk co-chairman Jo Brann said. "We want it to be a success."')
    found = claim_with(result, "news conference")
    assert found.speaker_text == "Tamsk co-chairman Jo Brann"
    assert result.mentions[found.speaker].text == "Jo Brann"


def test_a_hyphened_title_with_no_name_stays(analyze):
    result = analyze("Tamsk\n\nIts co-chairman has said the party will not rejoin the alliance.")
    assert claim_with(result, "not rejoin").speaker_text == "Its co-chairman"
