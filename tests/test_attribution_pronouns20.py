"""Pronoun speakers of round 20 (issue 19), on short fictional sentences written here."""

from __future__ import annotations

from test_attribution import claims_of, only, speaker_name


def test_he_is_not_the_person_his_quote_calls_by_the_given_name(analyze):
    # the manager talks of the striker by his given name: "he" is not the striker
    text = ("The manager wants a move for striker Dario Vance. "
            "\"Dario is the kind of player the fans love,\" he told the local radio.")
    result = claims_of(analyze, text)
    claim = only(result.claims, speaker_text="he")
    assert speaker_name(result, claim) is None, speaker_name(result, claim)


def test_he_after_a_participle_phrase_is_not_the_name_inside_it(analyze):
    text = ("Club chairman Ivo Renner said the stadium plans were on course. "
            "Responding to criticism from the pundit Dana Kell, he insisted talks were going on.")
    result = claims_of(analyze, text)
    claim = only(result.claims, speaker_text="he")
    assert speaker_name(result, claim) == "Ivo Renner", speaker_name(result, claim)


def test_it_goes_on_with_the_body_opening_the_sentence_before_not_an_earlier_paper(analyze):
    text = ("The Daily Vale newspaper reported that the dam builder had ignored the order.\n\n"
            "Only a few projects have complied so far. The Kessel Dam Corporation could now face a fine. "
            "Last week, it denied that its projects broke the rules.")
    result = claims_of(analyze, text)
    claim = only(result.claims, speaker_text="it")
    assert speaker_name(result, claim) == "Kessel Dam Corporation", speaker_name(result, claim)


def test_we_outside_direct_speech_is_the_writer_not_a_body_named_before(analyze):
    text = ("The Velmora Times praised the band. Perhaps we should have called their music something else. "
            "\"We will keep playing,\" said singer Jo Pike.")
    result = claims_of(analyze, text)
    for claim in result.claims:
        if claim.speaker_text == "we":
            assert claim.speaker is None


def test_a_capitalized_they_inside_a_sentence_is_a_title_word(analyze):
    text = "The Velmora Trust released Can They Hear The Rain, which raises money for flood victims."
    result = claims_of(analyze, text)
    assert all(c.speaker is None for c in result.claims if c.speaker_text == "They")


def test_it_after_an_opening_phrase_naming_a_person_is_the_body_of_the_subject(analyze):
    text = ("Kessel Foods has lost its licence.\n\n"
            "Under President Dana Kell, the Vardan government has taken over several firms. "
            "It recently said all mining contracts would be reviewed.")
    result = claims_of(analyze, text)
    claim = only(result.claims, speaker_text="It")
    assert speaker_name(result, claim) in ("Vardan", "Vardan government"), speaker_name(result, claim)
