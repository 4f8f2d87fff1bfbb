"""Round 49 (branch spk72): a "he" / "she" inside what a paper, a body or a person of the other
gender reports, right after the one person those same words name ("The paper said Minister X had
angered staff when he said ..."): that person, not null. The reporter is no "he" for the
pronoun, and the name is in the same reported words as the pronoun, so a reader takes it for
the one meant. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import claim_at, speaker_of

LEAD = "Bridge row\n\nA new bridge at Varne will open a year late, officials have confirmed.\n\n"


def test_he_inside_a_papers_words_after_the_one_man_they_name(analyze):
    text = LEAD + ("The Varne Courier reported that Transport Minister Pavel Dorn had angered staff when he said "
                   "the bridge was a waste of money.")
    result = analyze(text)
    assert speaker_of(result, claim_at(result, "said")) == "Pavel Dorn"


def test_he_inside_a_womans_words_after_the_one_man_they_name(analyze):
    text = LEAD + ("Mrs Lena Hoek said the engineer Tomas Brandt had angered the council when he claimed "
                   "the steel was unsafe.")
    result = analyze(text)
    assert speaker_of(result, claim_at(result, "claimed")) == "Tomas Brandt"


def test_a_person_described_between_keeps_null(analyze):
    # "the mayor" may be the one who claimed: no named antecedent is safe
    text = LEAD + ("Mrs Lena Hoek said Tomas Brandt had angered the mayor when he claimed the steel was "
                   "unsafe.")
    result = analyze(text)
    assert speaker_of(result, claim_at(result, "claimed")) is None


def test_a_man_who_reports_stays_the_speaker(analyze):
    # the rule of round 27: a man who reports another man's words goes on as the "he"
    text = LEAD + ("Karel Visser said Pavel Dorn had angered staff when he said the bridge was a waste "
                   "of money.")
    result = analyze(text)
    assert speaker_of(result, claim_at(result, "said")) == "Karel Visser"
