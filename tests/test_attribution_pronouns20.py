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
