"""Round 65 (branch clm86): "according to" that sorts, measures or follows a wish, not a source.
A head noun of ``criterion_nouns`` ("grouped according to their age / voting intention",
"According to his wishes, ...") or a clause opened by a word of ``criterion_clause_words``
("paid according to how much they sell") gives no claim; an owner that is a name or a noun
("the council's wishes") is still the source, and documents, bodies and people still are.
Short fictional sentences written here."""

from __future__ import annotations


def _according(analyze, text: str) -> list:
    result = analyze("Harbour\n\n" + text)
    return [c for c in result.claims if (c.cue or "").lower() == "according to"]


def test_voters_sorted_by_intention_give_no_claim(analyze):
    found = _according(analyze, "The Tamsk voters are put in 12 groups according to their last known "
                                "voting intention, from firm backers to waverers.")
    assert found == [], [c.speaker_text for c in found]


def test_a_wish_gives_no_claim(analyze):
    found = _according(analyze, "Jo Brann died in Kessel on Monday. According to his wishes, there will "
                                "be no public memorial service.")
    assert found == [], [c.speaker_text for c in found]


def test_homes_graded_by_value_give_no_claim(analyze):
    found = _according(analyze, "Homes in Vaal are still graded according to their value in 1990, "
                                "which critics call unfair.")
    assert found == [], [c.speaker_text for c in found]


def test_a_code_gives_no_claim(analyze):
    found = _according(analyze, "The Kemarian guilds work according to an old code of silence.")
    assert found == [], [c.speaker_text for c in found]


def test_a_how_clause_gives_no_claim(analyze):
    found = _according(analyze, "Tamsk agents were paid according to how much grain they sold "
                                "to the Kessel mills.")
    assert found == [], [c.speaker_text for c in found]


def test_a_named_owner_of_wishes_is_the_source(analyze):
    found = _according(analyze, "According to the Kessel council's wishes, the Tamsk bridge will close "
                                "in June for repairs.")
    assert len(found) == 1 and "council" in found[0].speaker_text, [c.speaker_text for c in found]


def test_a_report_is_still_a_source(analyze):
    found = _according(analyze, "Grain exports from Vaal fell by 12% last year, according to a report "
                                "by the Kemarian farm ministry.")
    assert len(found) == 1 and found[0].text.startswith("Grain exports from Vaal fell"), found


def test_a_person_is_still_a_source(analyze):
    found = _according(analyze, "According to Jo Brann, the Tamsk mine will reopen in the spring.")
    assert len(found) == 1 and found[0].speaker_text == "Jo Brann", [c.speaker_text for c in found]


def test_what_officials_said_is_still_a_source(analyze):
    found = _according(analyze, "The Vaal dam was never inspected, according to what officials told "
                                "the Kessel inquiry.")
    assert len(found) == 1, [c.speaker_text for c in found]


def test_a_plan_stays_no_source(analyze):
    # guard: the older ``not_sources`` table is unchanged
    found = _according(analyze, "The Kessel works will close in June, according to the plan.")
    assert found == [], [c.speaker_text for c in found]
