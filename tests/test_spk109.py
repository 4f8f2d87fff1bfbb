"""Round 60 (issue 19, branch spk109): a "he" / "she" going on with an unnamed spokesman is that
spokesman's voice too: a person's spokesman ("X's official spokesman said ... He added") gives
the person as the pronoun's speaker, and a body's spokesman keeps his body past a claim nested in
what he said ("A spokesman for Acme said: 'Rivals claim ...' He said"). Unnamed officials,
sources and executives of a body keep a null speaker. Sentences written here."""

from __future__ import annotations

from claim_helpers import speakers_with_anonymous as speakers


# --- a person's spokesman goes on ---------------------------------------------------------------

def test_he_after_a_named_persons_official_spokesman_is_that_person(analyze):
    result = analyze("Tax row\n\nPrime Minister Ivo Dent spoke in Tamsk on Monday. Ivo Dent's official "
                     "spokesman declined to say whether the minister backed the plans. He said: \"We will "
                     "wait for the review to finish.\"")
    assert speakers(result, "said") == [("He", "Ivo Dent", True)]


def test_he_added_after_the_offices_spokesman_is_its_holder(analyze):
    result = analyze("Vote row\n\nPrime Minister Ivo Dent met union leaders in Kessel. The prime minister's "
                     "official spokesman said the talks had been useful. But he added: \"Nobody can settle "
                     "every issue in one day.\"")
    assert speakers(result, "added") == [("he", "Ivo Dent", True)]


# --- a body's spokesman goes on past what he quoted ---------------------------------------------

def test_he_after_a_quote_nested_in_a_body_spokesmans_words_is_the_body(analyze):
    result = analyze("Piracy\n\nThe Vaal Software Alliance has campaigned for years. A spokesman for the Vaal "
                     "Software Alliance said: \"Tamsk members claim they made no money at all. But they did "
                     "profit.\" He said the groups were fostering a culture of copying.")
    found = speakers(result, "said")
    assert found[-1] == ("He", "Vaal Software Alliance", True)


# --- guards: what must not change ---------------------------------------------------------------

def test_he_after_a_body_spokesman_still_goes_on(analyze):
    result = analyze("Loans\n\nKessel Bank cut its rates on Monday. A Kessel Bank spokesman said the cut was "
                     "overdue. He added that more cuts could follow.")
    assert speakers(result, "added") == [("He", "Kessel Bank", True)]


def test_an_unnamed_executive_of_a_firm_stays_null(analyze):
    result = analyze("Merger\n\nKessel Bank has bid for Vaal Trust. A senior Kessel Bank executive said the bid "
                     "would succeed.")
    assert [(linked, anonymous) for _, linked, anonymous in speakers(result, "said")] == [(None, True)]


def test_an_official_then_he_stays_null(analyze):
    result = analyze("Talks\n\nKessel Bank has bid for Vaal Trust. A Kessel Bank official said the bid would "
                     "succeed. He added that staff would keep their jobs.")
    assert [linked for _, linked, _ in speakers(result, "added")] == [None]


def test_she_after_a_named_person_is_not_the_principal(analyze):
    result = analyze("Vote row\n\nPrime Minister Ivo Dent spoke in Kessel. Ivo Dent's official spokesman said "
                     "the plan was sound. Jo Brann, the opposition leader, disagreed. She said the plan was "
                     "too costly.")
    assert [linked for _, linked, _ in speakers(result, "said")][-1] == "Jo Brann"


# --- the corpus stage: an office's spokesman, then "he" -----------------------------------------

def _office_voices(text: str, words: list[str], anonymous: list[bool]) -> list[tuple[str | None, bool]]:
    from functools import partial

    from newsgraph.attribution.cues import CueLexicon
    from newsgraph.coref.offices import resolve_office_voices
    from newsgraph.graph import _office_of_voice
    from test_coref import mentions_of
    from test_coref_offices import LEXICON, actors_of, claim, table_of
    from test_spk69 import HOLDER_STORIES

    mentions = mentions_of(text, [("Dent", "PERSON", "Ivo Dent")])
    found, after = [], 0
    for number, (phrase, unnamed) in enumerate(zip(words, anonymous)):
        item = claim(text, phrase, after)
        item.id, item.anonymous, after = f"d:c{number}", unnamed, item.speaker_span[1]
        found.append(item)
    resolve_office_voices(text, found, mentions, actors_of(mentions), table_of(HOLDER_STORIES), LEXICON,
                          partial(_office_of_voice, cues=CueLexicon.from_data()))
    return [((mentions[c.speaker].full_name if c.speaker is not None else None), c.anonymous) for c in found]


def test_he_after_the_office_holders_spokesman_takes_the_holder_too():
    text = "Mr Dent flew to Oslo. The prime minister's official spokesman told reporters the talks went well. He added more."
    assert _office_voices(text, ["The prime minister's official spokesman", "He"], [True, True]) \
        == [("Ivo Dent", True), ("Ivo Dent", True)]


def test_a_named_he_after_the_office_holders_spokesman_is_left_alone():
    text = "Mr Dent flew to Oslo. The prime minister's official spokesman told reporters the talks went well. He added more."
    assert _office_voices(text, ["The prime minister's official spokesman", "He"], [True, False]) \
        == [("Ivo Dent", True), (None, False)]


def test_he_after_an_unresolved_office_spokesman_stays_null():
    text = "Mr Dent flew to Oslo. The deputy prime minister's spokesman said the talks went well. He added more."
    assert _office_voices(text, ["The deputy prime minister's spokesman", "He"], [True, True]) \
        == [(None, True), (None, True)]
