"""Round 54 (branch spk87): a relative pronoun speaker ("which", "that", "who") or a document
left with a null speaker though its own sentence names who made it or whom it speaks for —
"X released statistics which showed ...", "a <journal> article that claimed ...", "X, which
concluded in a report that ...", "said an X spokesman, who added ...". A state's figures, a
document with no maker named and a report another body wrote stay as they were. Short fictional
sentences written here."""

from __future__ import annotations

from claim_helpers import claim_with, speaker_of


def test_statistics_a_firm_released_which_showed_are_the_firm(analyze):
    result = analyze("Bot numbers soar\n\nHome computers are being taken over at a growing rate. In "
                     "March Tamsk Holdings released statistics which showed that the number of hijacked "
                     "machines had doubled.\n")
    assert speaker_of(result, claim_with(result, "hijacked machines had doubled")) == "Tamsk Holdings"


def test_survey_a_body_published_that_found_is_the_body(analyze):
    # guard: an earlier rule already gives the maker here; the "that" path must keep it
    result = analyze("Shoppers wary\n\nHigh street sales slowed in the spring. The Tamsk Institute "
                     "published a survey that found most shoppers were worried about prices.\n")
    assert speaker_of(result, claim_with(result, "most shoppers were worried")) == "Tamsk Institute"


def test_journal_article_that_claimed_is_the_journal(analyze):
    result = analyze("Drug maker hits back\n\nThe drug maker Kessel Pharma has bought adverts in "
                     "several papers. The move answers a Vaal Medical Journal article that claimed "
                     "the pill was linked to heart trouble.\n")
    claim = claim_with(result, "linked to heart trouble")
    assert claim.speaker_text == "that"
    assert speaker_of(result, claim) == "Vaal Medical Journal"


def test_report_a_body_concluded_in_is_the_body(analyze):
    result = analyze("Ink prices probed\n\nThe ink market has been examined by the Kessel Trading "
                     "Office (KTO), which concluded in a 1999 report that sellers needed to make "
                     "prices clearer.\n")
    assert speaker_of(result, claim_with(result, "sellers needed to make")) == "Kessel Trading Office"


def test_spokesman_who_added_speaks_for_the_body(analyze):
    result = analyze("Tour halted\n\nThe band had to cut short its show in Tamsk, said a Brannock "
                     "Records spokesman, who added that the singer was now resting at home.\n")
    claim = claim_with(result, "the singer was now resting")
    assert claim.speaker_text == "who"
    assert speaker_of(result, claim) == "Brannock Records"
    assert claim.anonymous


def test_figures_a_state_released_stay_unnamed(analyze):
    # guard: a state puts figures out through officials the text does not name
    result = analyze("Growth slows\n\nThe economy grew less than expected. Tamsk released figures "
                     "which showed that exports fell in the last quarter.\n")
    assert speaker_of(result, claim_with(result, "exports fell")) is None


def test_research_with_no_maker_stays_unnamed(analyze):
    # guard: "recent research which suggests" names no maker
    result = analyze("Broadband booms\n\nThe scheme is supported by recent research which suggests that "
                     "broadband use has doubled in two years.\n")
    assert speaker_of(result, claim_with(result, "broadband use has doubled")) is None


def test_report_by_another_body_is_not_the_citing_body(analyze):
    # guard: "said in a report by Y": the report is Y's; the citing body never gets it
    result = analyze("Fish stocks shrink\n\nThe Marrow Fishing League said in a report by the Tessel "
                     "Institute that cod stocks needed ten years to recover.\n")
    claim = next((c for c in result.claims if "ten years to recover" in c.text and c.kind == "document"), None)
    if claim is not None:
        assert speaker_of(result, claim) != "Marrow Fishing League"


def test_lyrics_that_call_for_stay_as_they_were(analyze):
    # guard: a "that" whose antecedent is no document keeps the old path (no speaker)
    result = analyze("Singers face boycott\n\nA campaign against the singer Jo Brann has been waged over "
                     "lyrics that allegedly call for rivals to be attacked.\n")
    found = [c for c in result.claims if "rivals to be attacked" in c.text]
    assert all(speaker_of(result, c) is None for c in found)
