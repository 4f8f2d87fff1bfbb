"""Claim speakers, round 22 short (issue 19, branch spk23): named sources left without an actor —
an apposed name closing the sentence after an inverted cue, and a firm's name after a plural
trade noun that the model calls a person. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import speakers_with_anonymous as speakers


def test_an_apposed_name_closing_the_sentence_after_an_inverted_cue_speaks(analyze):
    result = analyze("The new version can read pages aloud. \"Our aim was always to serve every reader,\" "
                     "said Norvex spokeswoman, Berit Halvard. \"So we would not exclude anyone.\"")
    assert speakers(result, "said") == [("Norvex spokeswoman", "Berit Halvard", False)]


def test_a_spokesman_with_no_name_after_him_stays_unnamed(analyze):
    result = analyze("The new version can read pages aloud. \"Our aim was always to serve every reader,\" "
                     "said a Norvex spokeswoman. \"So we would not exclude anyone.\"")
    # round 33 (spk41): his words are Norvex's position, so Norvex speaks; no person is named
    assert [s[1:] for s in speakers(result, "said")] == [("Norvex", True)]


def test_a_firm_tagged_a_person_after_plural_analysts_is_the_speaker(analyze):
    result = analyze("Prices will rise again in spring, said analysts Brennick Capital.")
    assert speakers(result, "said") == [("analysts Brennick Capital", "Brennick Capital", False)]


def test_the_firm_after_a_content_naming_a_person_is_the_story_firm(analyze):
    result = analyze("Kessel Foods expects sales to slow this year. Kessel Foods has cut 200 jobs since "
                     "March. Prices must rise to meet what Ana Ruiz has asked for, the firm claims.")
    assert speakers(result, "claims") == [("the firm", "Kessel Foods", False)]


def test_the_firm_after_a_content_stays_open_with_another_firm_just_before(analyze):
    result = analyze("Kessel Foods expects sales to slow this year. Rival Varnholt Group has cut 200 jobs "
                     "since March. Prices must rise to meet what Ana Ruiz has asked for, the firm claims.")
    assert speakers(result, "claims") == [("the firm", None, False)]


def test_a_body_named_with_a_plural_possessive_is_one_name(analyze):
    result = analyze("At the same time, the British Brewers' Association (BBA) said sales were weaker. "
                     "The BBA said output fell.")
    assert speakers(result, "said") == [("the British Brewers' Association", "British Brewers' Association", False),
                                        ("The BBA", "BBA", False)]
    keys = {m.key for m in result.mentions}
    assert "association" not in keys and "british brewers" not in keys
