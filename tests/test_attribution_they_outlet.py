"""A "they" is never the news outlet that carried the story (issue 19, wrong speakers): an
outlet is an "it", and "They have all denied" after "X told the Kessel News Agency" means the
people the story is about. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import linked_speakers as speaker_names


def test_they_after_an_agencys_report_is_not_the_agency(analyze):
    result = analyze("Four banks and two auditors are being sued by investors in Ohio, Reuters reported "
                     "on Monday. They have all denied any wrongdoing.")
    assert speaker_names(result, "denied") == [None]


def test_they_after_a_firm_that_spoke_is_still_the_firm(analyze):
    result = analyze("Kesselwerk said on Monday that its profits had doubled. They added that more jobs "
                     "would follow in the spring.")
    assert speaker_names(result, "added") == ["Kesselwerk"]
