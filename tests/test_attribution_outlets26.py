"""Claim speakers, round 25 (issue 19, branch spk26): outlets and publications as speakers —
a listed outlet or a publication's title the model tagged nothing ("the Observer reported",
"Kessel Magazine said") is a mention; "the paper" / "the magazine" after it is that outlet,
never a place or a people; an outlet that only hears ("told the Observer") never speaks.
Short fictional sentences written here."""

from __future__ import annotations


def speaker(result, cue):
    return [(c.speaker_text, result.mentions[c.speaker].text if c.speaker is not None else None)
            for c in result.claims if c.cue == cue]


def labels(result, text):
    return {m.label for m in result.mentions if m.text == text}


def test_a_listed_outlet_after_the_article_is_an_outlet_mention_and_speaks(analyze):
    result = analyze("Plans for a new tram line in Leeds were dropped last week. The Observer reported "
                     "on Sunday that the council had run out of money for the scheme.")
    assert labels(result, "Observer") == {"OUTLET"}
    assert speaker(result, "reported") == [("The Observer", "Observer")]


def test_a_listed_outlet_needing_its_article_is_no_outlet_without_it(analyze):
    result = analyze("Sun said its new servers would go on sale in March at a lower price than before.")
    assert "OUTLET" not in labels(result, "Sun")


def test_a_title_before_magazine_is_an_outlet_that_speaks(analyze):
    result = analyze("The band topped a poll of readers this week. Kessel Magazine said: \"Nobody "
                     "expected a debut to sell so well.\"")
    assert labels(result, "Kessel Magazine") == {"OUTLET"}
    assert speaker(result, "said") == [("Kessel Magazine", "Kessel Magazine")]


def test_the_paper_after_a_newspaper_named_before_is_that_newspaper(analyze):
    result = analyze("The mayor will quit in May, according to the Sunday Telegraph. The paper said "
                     "he had told friends that he was tired of the job.")
    assert speaker(result, "said") == [("The paper", "Sunday Telegraph")]


def test_the_magazine_after_a_title_with_a_country_before_it_is_not_the_country(analyze):
    result = analyze("The old laptop was named the best gadget ever by US magazine Mobile Kessel. "
                     "\"It changed how people worked,\" said the magazine.")
    assert speaker(result, "said") == [("the magazine", "Mobile Kessel")]


def test_the_paper_is_not_a_broadcaster_named_nearer(analyze):
    result = analyze("The mayor will quit in May, according to the Sunday Telegraph. His deputy told "
                     "Radio Kessel that she would stand. The paper said he had told friends that he "
                     "was tired of the job.")
    assert speaker(result, "said") == [("The paper", "Sunday Telegraph")]


def test_the_paper_after_another_paper_came_up_is_not_the_newspaper(analyze):
    result = analyze("The Observer reported the findings first. A paper by two doctors in Lyon looked "
                     "at 300 patients. The paper said that the drug had cut deaths by a third.")
    assert speaker(result, "said") != [("The paper", "Observer")]


def test_an_outlet_that_only_hears_never_speaks(analyze):
    result = analyze("Officials in Leeds are worried. Mr Dunn told the Observer that the plan would "
                     "fail without more money.")
    assert speaker(result, "told") == [("Mr Dunn", "Dunn")]
    assert [c.outlet for c in result.claims if c.cue == "told"] == ["the Observer"]


def test_a_title_that_is_a_country_in_other_case_is_no_country(analyze):
    result = analyze("The singer lost her case against the paper. Us magazine stood by its pictures, saying: "
                     "\"Stars cannot choose their own coverage.\"")
    assert all(s != "United States" and s != "US" for _, s in speaker(result, "saying"))
    assert "GPE" not in labels(result, "Us")



def test_the_paper_after_an_unrecognised_source_is_not_an_older_paper(analyze):
    result = analyze("The mayor will quit in May, the Sunday Telegraph reported. According to the "
                     "KWT, his deputy will stand. Her campaign has begun, the paper said.")
    assert ("the paper", "Sunday Telegraph") not in speaker(result, "said")


def test_a_people_before_newspaper_is_no_outlet(analyze):
    result = analyze("Dutch newspaper Algemeen Kessel said the coach would leave in June.")
    assert "OUTLET" not in labels(result, "Dutch")


def test_a_phrase_naming_its_own_journal_is_that_journal(analyze):
    result = analyze("Sales grew, the Sunday Telegraph reported. Games sales will top $1bn next year, "
                     "according to the London-based journal Kessel Digest.")
    assert speaker(result, "according to") == [("the London-based journal Kessel Digest", "Kessel Digest")]
