"""Claim speakers, round 20 (issue 19): named bodies behind nominal cues and descriptions — the
one firm that spoke as "the company", the giver of "the statement", a name in apposition after
a described role, a name with a dashed apposition, and firms joined as one speaker. Short
fictional sentences written here."""

from __future__ import annotations


def claims(analyze, text: str):
    result = analyze(text)
    return result, result.claims


def one(result, cue: str, speaker_text: str):
    found = [c for c in result.claims if c.cue == cue and c.speaker_text == speaker_text]
    assert len(found) == 1, [(c.speaker_text, c.cue, c.text) for c in result.claims]
    return found[0]


def name(result, index):
    return result.mentions[index].text if index is not None else None


def test_the_company_is_the_one_firm_that_spoke(analyze):
    result, _ = claims(analyze, "Shares in Valdor Foods fell on Monday after Kessel Bank cut its rating. "
                                "Valdor Foods said sales were flat. Analysts at Kessel Bank expect more cuts.\n\n"
                                "The company said it would close two plants in the spring.")
    claim = one(result, "said", "The company")
    assert name(result, claim.speaker) == "Valdor Foods"


def test_the_company_is_not_a_firm_named_in_what_it_says(analyze):
    result, _ = claims(analyze, "Shares in Valdor Foods fell on Monday after Kessel Bank cut its rating. "
                                "Valdor Foods said sales were flat. Analysts at Kessel Bank expect more cuts.\n\n"
                                "But the company said it would sue Valdor over the unpaid bills.")
    claim = one(result, "said", "the company")
    assert claim.speaker is None


def test_the_bank_needs_a_firm_introduced_as_a_bank(analyze):
    result, _ = claims(analyze, "Shares in Valdor Foods fell on Monday after Kessel Bank cut its rating. "
                                "Valdor Foods said sales were flat. Analysts at Kessel Bank expect more cuts.\n\n"
                                "The lender said it would close two plants in the spring.")
    claim = one(result, "said", "The lender")
    assert name(result, claim.speaker) != "Valdor Foods"


def test_the_statement_is_the_one_a_named_body_gave(analyze):
    result, _ = claims(analyze, "The pier at Marrow Bay has been shut since the storm. In a statement, the "
                                "Harbour Trust said the pier would reopen in May. \u201cRepairs will take a "
                                "month,\u201d said the statement.")
    claim = one(result, "said", "the statement")
    assert name(result, claim.speaker) in ("Harbour Trust", "the Harbour Trust")


def test_a_described_role_named_in_apposition_is_that_person(analyze):
    result, _ = claims(analyze, "The chairman of the Norland Rowing Club's finance committee, Piet Varga, "
                                "said the boathouse would be sold next year.")
    claim = one(result, "said", "The chairman of the Norland Rowing Club's finance committee")
    assert name(result, claim.speaker) == "Piet Varga"
    assert claim.anonymous is False


def test_a_name_with_a_dashed_apposition_speaks(analyze):
    result, _ = claims(analyze, "Fund manager Ilse Brandt - the club's largest shareholder - said she would "
                                "sell her stake by the summer.")
    claim = [c for c in result.claims if c.cue == "said"][0]
    assert name(result, claim.speaker) == "Ilse Brandt"


def test_the_companies_are_the_list_that_opens_the_sentence(analyze):
    result, _ = claims(analyze, "Brannock Motors and Kessel Steel, the two firms which own Norport Airways, "
                                "welcomed the ruling on Friday. \u201cWe are pleased the court has listened,\u201d "
                                "the companies said in a joint statement.")
    claim = one(result, "said", "the companies")
    assert [name(result, i) for i in claim.speakers or []] == ["Brannock Motors", "Kessel Steel"]


def test_names_joined_are_both_though_one_was_missed_there(analyze):
    # the mention finder misses the first name in the second sentence; it is written so before
    result, _ = claims(analyze, "Shares in Valdor fell on Monday. Valdor and Kessel Steel accuse each other "
                                "of copying designs, court papers show.")
    claim = one(result, "accuse", "Valdor and Kessel Steel")
    assert claim.anonymous is False
    assert [name(result, i) for i in claim.speakers or []] == ["Valdor", "Kessel Steel"]


def test_the_report_is_the_one_introduced_by_its_author(analyze):
    result, _ = claims(analyze, "Fewer families will own a car by 2030, predicts the report by transport "
                                "group Brannock Holdings. Bus use will double in towns, the report says.")
    claim = one(result, "says", "the report")
    assert name(result, claim.speaker) == "Brannock Holdings"


def test_the_report_after_an_unnamed_one_is_not_the_authored_one(analyze):
    result, _ = claims(analyze, "Fewer families will own a car by 2030, predicts the report by transport "
                                "group Brannock Holdings. A second report came out in May. Bus use will "
                                "double in towns, the report says.")
    claim = one(result, "says", "the report")
    assert claim.speaker is None


def test_analysts_named_right_after_their_noun_are_that_firm(analyze):
    result, _ = claims(analyze, "Sales of phones rose by a tenth last year, market analysts Brannock Research "
                                "said. Analysts at Kessel Bank said sales would fall.")
    named = one(result, "said", "market analysts Brannock Research")
    assert name(result, named.speaker) == "Brannock Research" and named.anonymous is False
    unnamed = one(result, "said", "Analysts at Kessel Bank")
    assert unnamed.speaker is None and unnamed.anonymous is True


def test_bodies_joined_after_the_are_both(analyze):
    # both also named on their own: two bodies, not one name holding "and"
    result, _ = claims(analyze, "The Greens won two seats in May. The Liberals lost one.\n\n"
                                "But the Greens and the Liberals insist voters face higher taxes under the plan.")
    claim = one(result, "insist", "the Greens and the Liberals")
    assert [name(result, i) for i in claim.speakers or []] == ["Greens", "Liberals"]


def test_people_joined_with_their_own_titles_are_both(analyze):
    result, _ = claims(analyze, "At the same time, French President Alain Morel and Italian Prime Minister "
                                "Paolo Renzetti voiced concerns about the strength of the euro.")
    claim = [c for c in result.claims if c.cue == "voiced"][0]
    assert [name(result, i) for i in claim.speakers or []] == ["Alain Morel", "Paolo Renzetti"]


def test_a_name_then_a_title_of_a_place_is_no_list(analyze):
    result, _ = claims(analyze, "Bath and England centre Tom Pellow believes he can make the tour this summer.")
    claim = [c for c in result.claims if c.cue == "believes"][0]
    assert not claim.speakers and name(result, claim.speaker) == "Tom Pellow"


def test_an_apposed_name_whose_closing_comma_is_missing(analyze):
    result, _ = claims(analyze, "The chairman of the Norland Bar Council, Piet Varga warned there was a real "
                                "risk that the courts would close.")
    claim = [c for c in result.claims if c.cue == "warned"][0]
    assert name(result, claim.speaker) == "Piet Varga"


def test_the_two_firms_are_the_two_a_sentence_names(analyze):
    result, _ = claims(analyze, "Brannock Motors has struck a deal to supply Kessel Steel with 3,000 vans.\n\n"
                                "The two firms signed a letter of intent, and say they expect a final deal by May.")
    claim = [c for c in result.claims if c.cue == "say"][0]
    assert [name(result, i) for i in claim.speakers or []] == ["Brannock Motors", "Kessel Steel"]


def test_one_firm_written_two_ways():
    from newsgraph.coref import DocumentCoref

    assert DocumentCoref._one_firm("timewarner", "time warner")
    assert DocumentCoref._one_firm("kessel", "kessel steel")
    assert not DocumentCoref._one_firm("british airways", "british telecom")


def test_one_body_whose_name_holds_and_is_no_list(analyze):
    result, _ = claims(analyze, "Tourism provides jobs for millions of people, the Northern Travel and Leisure "
                                "Council said on Monday.")
    claim = [c for c in result.claims if c.cue == "said"][0]
    assert not claim.speakers


def test_the_firm_is_the_one_firm_the_lead_names(analyze):
    result, _ = claims(analyze, "Building group Brannock Holdings has agreed to pay $1bn to former workers.\n\n"
                                "The deal follows protests after the firm said a previous fund was running out.")
    claim = [c for c in result.claims if c.speaker_text == "the firm"][0]
    assert name(result, claim.speaker) == "Brannock Holdings"


def test_the_firm_is_no_one_when_two_firms_were_named(analyze):
    result, _ = claims(analyze, "Building group Brannock Holdings has agreed to pay $1bn to Kessel Steel.\n\n"
                                "The deal follows protests after the firm said a previous fund was running out.")
    claim = [c for c in result.claims if c.speaker_text == "the firm"][0]
    assert claim.speaker is None


def test_one_of_a_group_named_with_a_dashed_apposition(analyze):
    result, _ = claims(analyze, "However, one of the so-called Harbour Six, Tomas Brenner - who was wrongly "
                                "jailed in 1990 - said the families were delighted.")
    claim = [c for c in result.claims if c.cue == "said"][0]
    assert name(result, claim.speaker) == "Tomas Brenner"
