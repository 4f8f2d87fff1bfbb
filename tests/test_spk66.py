"""Round 45 (branch spk66): the body that put words out given as the one who said them — an
outlet told, an archive or a paper where a document was released — and the subject of
"In <document>, X ...". Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import claim_with, speaker_of


def test_it_after_an_outlet_told_is_not_the_outlet(analyze):
    result = analyze("Collapse\n\nTorvane Games called in administrators Pell Marsh & Partners on Monday.\n\n"
                     "The administrator told Radio Lenton that the costs of a rescue would be too high. "
                     "It said it hoped to save some 80 jobs by selling the studio.\n")
    claim = claim_with(result, "hoped to save")
    assert speaker_of(result, claim) != "Radio Lenton"


def test_it_after_a_body_that_spoke_keeps_the_body(analyze):
    # the outlet is only skipped: a body named as the speaker before still goes on as "it"
    result = analyze("Sale\n\nBrenco Foods said on Monday it would sell its dairy arm. "
                     "It said the sale would raise £40m.\n")
    assert speaker_of(result, claim_with(result, "raise")) == "Brenco Foods"


def test_papers_released_at_an_archive_are_not_the_archives(analyze):
    result = analyze("Talks\n\nThe two leaders met in secret in 1979.\n\n"
                     "According to the papers released at the Kessmoor Record Office, the meeting "
                     "went well and both men thought a deal was close.\n")
    claim = claim_with(result, "meeting went well")
    assert speaker_of(result, claim) != "Kessmoor Record Office"


def test_report_published_by_a_body_keeps_the_body(analyze):
    result = analyze("Jobs\n\nAccording to a report published by the Dorran Institute, jobless "
                     "numbers will rise next year.\n")
    assert speaker_of(result, claim_with(result, "jobless")) == "Dorran Institute"


def test_interview_published_in_a_magazine_is_the_interviewees(analyze):
    result = analyze("Comedy\n\nTelevision comedy is in decline, critics say.\n\n"
                     "In an interview published in the Lenton Weekly in March, Martha Quell attacked "
                     "comedian Dan Orrey for his \"cruel\" brand of humour.\n")
    claim = claim_with(result, "attacked")
    assert speaker_of(result, claim) == "Martha Quell"


def test_statement_opening_the_sentence_is_its_subjects(analyze):
    result = analyze("Exit\n\nThe chief executive of Harlow Textiles quit on Monday.\n\n"
                     "In a statement issued on Tuesday, Harlow Textiles thanked her for her years "
                     "of service.\n")
    claim = claim_with(result, "thanked")
    assert speaker_of(result, claim) == "Harlow Textiles"


def test_ranked_subject_of_a_survey_is_no_speaker(analyze):
    result = analyze("Poll\n\nThe band topped the list again.\n\n"
                     "In last year's survey, the Velvet Crows were followed by Amber Lane and the Tides.\n")
    for claim in result.claims:
        assert speaker_of(result, claim) != "Velvet Crows"


def test_lead_figures_take_the_body_named_next(analyze):
    result = analyze("Homes\n\nHouse sales in Dorland slowed sharply at the end of the year, official "
                     "figures show.\n\nSales fell 9% in the last quarter, the Dorland Housing Office said.\n")
    claim = claim_with(result, "slowed sharply")
    assert speaker_of(result, claim) == "Dorland Housing Office"
    assert not claim.anonymous


def test_lead_figures_with_two_bodies_next_stay_unnamed(analyze):
    result = analyze("Homes\n\nHouse sales in Dorland slowed sharply at the end of the year, official "
                     "figures show.\n\nThe Dorland Housing Office and the Brask Lenders Guild both said "
                     "sales fell 9%.\n")
    assert speaker_of(result, claim_with(result, "slowed sharply")) is None
