"""Round 47 (issue 19, branch spk69): a spokesman who speaks for one named person puts out that
person's position, as a body's unnamed voice does: the person is the claim's speaker and its
affiliation, the words stay the spokesman's and the claim stays anonymous. A principal the story
does not resolve to exactly one person leaves the speaker null. Sentences written here."""

from __future__ import annotations

from claim_helpers import speakers_with_anonymous as speakers


def _affiliation(result, cue: str):
    claim = [c for c in result.claims if c.cue == cue][0]
    return result.mentions[claim.speaker_affiliation].text if claim.speaker_affiliation is not None else None


# --- the principal named ------------------------------------------------------------------------

def test_a_named_persons_official_spokesman_gives_that_person(analyze):
    result = analyze("Tax row\n\nLabour leader Nia Varga spoke in Leeds. Ms Varga's official spokesman said "
                     "the tax was fair.")
    found = speakers(result, "said")
    assert found[-1][0] == "Ms Varga's official spokesman" and found[-1][1] in ("Varga", "Ms Varga", "Nia Varga")
    assert found[-1][2] is True
    assert _affiliation(result, "said") == found[-1][1]


def test_a_spokesman_for_a_titled_name_gives_that_person(analyze):
    result = analyze("Vote row\n\nLabour leader Michael Dale was at the rally. A spokesman for Mr Dale said "
                     "the claims were false.")
    assert speakers(result, "said") == [("A spokesman for Mr Dale", "Dale", True)]


def test_his_spokesman_is_the_person_the_pronoun_stands_for(analyze):
    result = analyze("Tax row\n\nPrime Minister Ivo Dent spoke in Leeds on Monday. His spokesman later said "
                     "the plan was sound.")
    assert speakers(result, "said") == [("His spokesman", "Ivo Dent", True)]


def test_an_office_resolved_to_its_named_holder(analyze):
    result = analyze("Tax row\n\nPrime Minister Ivo Dent spoke in Leeds. The prime minister's official "
                     "spokesman said the tax was fair.")
    assert speakers(result, "said") == [("The prime minister's official spokesman", "Ivo Dent", True)]


# --- null, as before ----------------------------------------------------------------------------

def test_an_office_nobody_in_the_story_holds_stays_null(analyze):
    result = analyze("Budget\n\nGreen party spokesman Ansel Fiore attacked the budget on Monday. "
                     "The prime minister's official spokesman said the budget was fair.")
    assert [linked for _, linked, _ in speakers(result, "said")] == [None]


def test_a_former_spokesman_speaks_for_himself(analyze):
    result = analyze("Vote row\n\nLabour leader Michael Dale was at the rally. Mr Dale's former spokesman "
                     "said the claims were false.")
    assert [linked for _, linked, _ in speakers(result, "said")] == [None]


def test_a_spokesman_for_two_people_stays_null(analyze):
    result = analyze("Court case\n\nNia Holt and Rico Dale were charged in May. A spokesman for Ms Holt and "
                     "Mr Dale said the charges were false.")
    assert [linked for _, linked, _ in speakers(result, "said")] == [None]


def test_a_spokesman_for_a_persons_lawyers_stays_null(analyze):
    result = analyze("Court case\n\nNia Holt was charged in May. A spokesman for her lawyers said the charges "
                     "were false.")
    assert [linked for _, linked, _ in speakers(result, "said")] == [None]


def test_a_spokesman_for_a_named_body_still_gives_the_body(analyze):
    result = analyze("Plant closure\n\nThe plant will shut in June, a spokesman for Kessler Motors said.")
    assert speakers(result, "said") == [("a spokesman for Kessler Motors", "Kessler Motors", True)]


# --- the corpus stage: a spokesman the next sentence names still wins ----------------------------

def _corpus_stage(text: str, named_as: str) -> tuple[str | None, bool]:
    """The lead claim "his spokesman" given its principal (as the document stage does), then the
    office pass run on it with the next sentence's speaker: who the lead claim ends with."""
    from newsgraph.coref.offices import resolve_described
    from test_coref import mentions_of
    from test_coref_offices import LEXICON, actors_of, claim, table_of

    mentions = mentions_of(text, [("Nia Holt", "PERSON", "Nia Holt"), ("Rico Dale", "PERSON", "Rico Dale")])
    holt = next(i for i, m in enumerate(mentions) if m.text == "Nia Holt")
    lead = claim(text, "his spokesman")
    lead.anonymous, lead.speaker, lead.speaker_affiliation = True, holt, holt
    follow = claim(text, named_as)
    follow.cue_span = [follow.speaker_span[1] + 1, follow.speaker_span[1] + 5]
    follow.speaker = next(i for i, m in enumerate(mentions) if m.text == "Rico Dale")
    resolve_described(text, [lead, follow], mentions, actors_of(mentions), table_of([]), LEXICON)
    return (mentions[lead.speaker].text if lead.speaker is not None else None), lead.anonymous


def test_the_spokesman_named_next_replaces_the_principal():
    text = ("Singer held\n\nSinger Nia Holt was held after a show, his spokesman has said.\n\n"
            "A fan ran on stage, label spokesman Rico Dale said.")
    assert _corpus_stage(text, "Rico Dale") == ("Rico Dale", False)


def test_the_principal_stays_when_the_next_speaker_is_no_spokesman():
    text = ("Singer held\n\nSinger Nia Holt was held after a show, his spokesman has said.\n\n"
            "A fan ran on stage, club owner Rico Dale said.")
    assert _corpus_stage(text, "Rico Dale") == ("Nia Holt", True)


# --- the corpus stage: an office's spokesman, its holder from the corpus's own titles -------------

DENT = ("Ivo Dent", "PERSON", "Ivo Dent")
HOLDER_STORIES = [("Prime Minister Ivo Dent opened the bridge. ", [DENT]),
                  ("The plan was backed by Ivo Dent, the prime minister, on Monday. ", [DENT])]


def _office_voice(text: str, names, speaker_words: str) -> tuple[str | None, bool]:
    from functools import partial

    from newsgraph.attribution.cues import CueLexicon
    from newsgraph.coref.offices import resolve_described, resolve_office_voices
    from newsgraph.graph import _office_of_voice
    from test_coref import mentions_of
    from test_coref_offices import LEXICON, actors_of, claim, table_of

    mentions = mentions_of(text, names)
    found = claim(text, speaker_words)
    found.anonymous = True
    table = table_of(HOLDER_STORIES)
    resolve_described(text, [found], mentions, actors_of(mentions), table, LEXICON)
    resolve_office_voices(text, [found], mentions, actors_of(mentions), table, LEXICON,
                          partial(_office_of_voice, cues=CueLexicon.from_data()))
    return (mentions[found.speaker].full_name if found.speaker is not None else None), found.anonymous


def test_the_office_holders_spokesman_takes_the_holder_the_corpus_names():
    text = "Mr Dent flew to Oslo. The prime minister's official spokesman said the talks went well."
    assert _office_voice(text, [("Dent", "PERSON", "Ivo Dent")], "The prime minister's official spokesman") \
        == ("Ivo Dent", True)


def test_the_office_spokesman_stays_null_when_the_story_names_no_holder():
    text = "Mr Vale flew to Oslo. The prime minister's official spokesman said the talks went well."
    assert _office_voice(text, [("Vale", "PERSON", "Ted Vale")], "The prime minister's official spokesman") \
        == (None, True)


def test_a_deputys_spokesman_is_not_the_prime_ministers():
    text = "Mr Dent flew to Oslo. The deputy prime minister's spokesman said the talks went well."
    assert _office_voice(text, [("Dent", "PERSON", "Ivo Dent")], "The deputy prime minister's spokesman") \
        == (None, True)
