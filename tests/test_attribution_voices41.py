"""Claim speakers, round 33 (issue 19, branch spk41): an unnamed spokesman of a named body
speaks for it, so the body is the claim's speaker; the words and the anonymous flag stay the
spokesman's. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import speakers_with_anonymous as speakers


def test_a_spokesman_for_a_named_body_gives_the_body(analyze):
    result = analyze("Plant closure\n\nThe plant will shut in June, a spokesman for Kessler Motors said.")
    assert speakers(result, "said") == [("a spokesman for Kessler Motors", "Kessler Motors", True)]


def test_a_body_named_before_the_noun(analyze):
    result = analyze("Fare rise\n\nA Valdor Rail spokeswoman said the new fares would pay for longer trains.")
    claim = [c for c in result.claims if c.cue == "said"][0]
    assert result.mentions[claim.speaker].text == "Valdor Rail"
    assert claim.speaker_affiliation == claim.speaker and claim.anonymous
    assert claim.speaker_text == "A Valdor Rail spokeswoman"


def test_a_bare_spokesman_after_the_body_opened_the_sentence_before(analyze):
    result = analyze("Files found\n\nKessler Bank said the missing files had been found on Friday. "
                     "A spokesman said no customer had lost money.")
    assert speakers(result, "said")[1] == ("A spokesman", "Kessler Bank", True)


def test_he_going_on_with_the_spokesman_is_the_body_too(analyze):
    result = analyze("Plant closure\n\nA Kessler Motors spokesman said the orders had gone. "
                     "He added that all the staff would be paid.")
    assert [linked for _, linked, _ in speakers(result, "added")] == ["Kessler Motors"]


def test_a_spokesman_with_no_body_stays_without_speaker(analyze):
    result = analyze("Road works\n\nThe works will end in May, a police spokesman said.")
    assert speakers(result, "said") == [("a police spokesman", None, True)]


def test_an_official_of_a_body_is_no_voice_of_it(analyze):
    result = analyze("Plant closure\n\nThe plant will shut in June, a Kessler Motors official said.")
    assert [linked for _, linked, _ in speakers(result, "said")] == [None]


def test_the_spokesman_of_a_person_typed_a_body_speaks_for_him(analyze):
    # round 47 (spk69): no body's voice, but the named person's (attribution/voices.py, speak_for_principals)
    result = analyze("Ivo Dent's official spokesman declined to say whether the minister backed the plans.")
    assert speakers(result, "declined") == [("Ivo Dent's official spokesman", "Ivo Dent", True)]


def test_the_sourcing_profile_still_counts_an_unnamed_person(analyze):
    from newsgraph.attribution import sourcing_profile

    result = analyze("Plant closure\n\nThe plant will shut in June, a spokesman for Kessler Motors said.")
    profile = sourcing_profile(result.claims)
    assert profile["anonymous"] == 1 and profile["named"] == 0


# "the firm said": the one body opening the sentence before, when the noun fits its name

def test_the_firm_is_the_body_that_opened_the_sentence_before(analyze):
    result = analyze("Job cuts\n\nValdor Group sued Kessler Foods last year over a contract. Valdor Group won. "
                     "The judge was new. Kessler Foods cut 200 jobs on Monday. The firm said demand had fallen.")
    assert speakers(result, "said") == [("The firm", "Kessler Foods", False)]


def test_no_body_when_two_bodies_open_the_sentence_before(analyze):
    result = analyze("Job cuts\n\nValdor Group sued Kessler Foods last year over a contract. Valdor Group won. "
                     "Kessler Foods and Brant Mills cut 200 jobs on Monday. The firm said demand had fallen.")
    assert [linked for _, linked, _ in speakers(result, "said")] == [None]


def test_a_club_is_no_bank(analyze):
    result = analyze("Shirt deal\n\nKessler Bank signed a shirt deal with Valdor Rovers last year. Valdor Rovers lost. "
                     "Kessler Bank renewed the deal on Monday. The club said fans would be pleased.")
    assert [linked for _, linked, _ in speakers(result, "said")] != ["Kessler Bank"]


def test_no_body_when_a_rival_is_named_just_before(analyze):
    result = analyze("Job cuts\n\nValdor Group sued Kessler Foods last year over a contract. The judge was new. "
                     "Valdor Group won. Kessler Foods cut 200 jobs on Monday. The firm said demand had fallen.")
    assert [linked for _, linked, _ in speakers(result, "said")] != ["Kessler Foods"]


def test_no_body_when_the_cue_sentence_names_another(analyze):
    result = analyze("Job cuts\n\nValdor Group sued Kessler Foods last year over a contract. Valdor Group won. "
                     "Kessler Foods cut 200 jobs on Monday. The firm said Brant Mills had cancelled its orders.")
    assert [linked for _, linked, _ in speakers(result, "said")] != ["Kessler Foods"]


def test_a_body_the_phrase_only_mentions_in_passing_is_not_given(analyze):
    result = analyze("Tariffs\n\nThe tariff will double, according to a spokesman for the tax regulator "
                     "quoted in the Kessler Times.")
    claims = [c for c in result.claims if c.cue == "according to"]
    assert claims and all(c.speaker is None for c in claims)


def test_the_owner_of_the_body_named_after_the_noun_is_not_given(analyze):
    result = analyze("Summit\n\nBut a spokesman for the UN's Global Forum on Farming said the gap remained real.")
    assert [linked for _, linked, _ in speakers(result, "said")] != ["UN"]


def test_a_voice_is_shown_with_its_body_only_when_its_words_do_not_name_it():
    from newsgraph.model import is_voice, voice_label

    assert voice_label("A Valdor spokesman", "Valdor Rail") == "A Valdor spokesman"
    assert voice_label("a spokesman", "Kessler Bank") == "a spokesman for Kessler Bank"
    assert voice_label("he", "Kessler Bank") == "a source of Kessler Bank"
    assert is_voice({"speaker": "a1", "speaker_affiliation": "a1", "anonymous": True})
    assert not is_voice({"speaker": "a1", "speaker_affiliation": None, "anonymous": False})
