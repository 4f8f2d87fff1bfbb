"""Round 46 (branch spk68): named sources left null — an "it" that goes on from a document whose
maker the sentence before names ("The X report looked at ... It found"), and an unnamed spokesman
of a body the model left untagged or typed a place in his phrase though the story tags it a body
elsewhere ("a Kessler spokesman", "a spokesman for Kessler"). Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import claim_with, speaker_of

from newsgraph.attribution.cues import CueLexicon
from newsgraph.attribution.speakers import Speaker
from newsgraph.attribution.voices import speak_for_bodies
from newsgraph.coref import CorefLexicon
from newsgraph.model import Claim, Mention


# --- an "it" after a document with its maker ----------------------------------------------------

def test_it_after_a_report_named_by_its_maker_is_the_maker(analyze):
    result = analyze("Net habits\n\nMore families now shop online, a study says.\n\n"
                     "The Harwick Institute report looked at the spending of 2,000 homes. "
                     "It found that most of them bought food on the web at least once a week.\n")
    assert speaker_of(result, claim_with(result, "bought food")) == "Harwick Institute"


def test_it_after_a_report_published_by_a_body_is_that_body(analyze):
    result = analyze("Quango cull\n\nToo many public bodies do the work of charities, a report says.\n\n"
                     "The report was published by the Dorran Policy Unit. "
                     "It says every new body should first be tested against the charities.\n")
    assert speaker_of(result, claim_with(result, "every new body")) == "Dorran Policy Unit"


def test_it_after_research_by_two_bodies_stays_unnamed(analyze):
    # a joint work: two makers given as one would be wrong, null is not
    result = analyze("Pay gap\n\nWomen in theatre earn less than men, research shows.\n\n"
                     "That research, conducted jointly by the Lenton Stage Board and the Skerry Trust, covered 40 venues. "
                     "It also found that women were less likely to be promoted.\n")
    assert speaker_of(result, claim_with(result, "less likely to be promoted")) is None


def test_it_after_a_commissioned_report_is_not_its_payer(analyze):
    result = analyze("Rail link\n\nA new line could pay its way, a study says.\n\n"
                     "The study was commissioned by the Tallis Foundation. "
                     "It found that a half-hourly train would cover its costs.\n")
    assert speaker_of(result, claim_with(result, "half-hourly")) is None


def test_it_after_a_survey_with_no_maker_stays_unnamed(analyze):
    result = analyze("Pupils\n\nFew pupils know what the parties stand for, a survey suggests.\n\n"
                     "The survey also looked at food. It found that chips topped the list.\n")
    assert speaker_of(result, claim_with(result, "chips topped")) is None


# --- a spokesman of a body typed otherwise in his phrase ------------------------------------------

LEXICON = CueLexicon.from_data()
COREF = CorefLexicon.from_data()


def _mention(text: str, start: int, label: str) -> Mention:
    return Mention(doc="d", start=start, end=start + len(text), text=text, label=label,
                   key=text.lower(), full_name=text, sentence=0)


def _voice_claim(words: str, span: list[int]) -> Claim:
    return Claim(id="", doc="d", start=span[1] + 6, end=span[1] + 30, text="", speaker=None,
                 speaker_text=words, speaker_span=span, anonymous=True, cue="said",
                 cue_span=[span[1] + 1, span[1] + 5], stance="assert", outlet=None, sentence=1,
                 kind="indirect")


def _spoken_for(text: str, words: str, mentions: list[Mention], affiliation: int | None = None):
    start = text.index(words)
    claim = _voice_claim(words, [start, start + len(words)])
    speakers = {id(claim): Speaker(None, True, affiliation)}
    speak_for_bodies([claim], speakers, text, mentions, LEXICON, COREF)
    return claim.speaker


def test_an_untagged_body_before_the_noun_is_the_body_tagged_elsewhere():
    text = "Kessler shares fell. A Kessler spokeswoman said the plant would stay open."
    mentions = [_mention("Kessler", 0, "ORG")]
    assert _spoken_for(text, "A Kessler spokeswoman", mentions) == 0


def test_a_body_typed_a_place_after_for_is_the_body_tagged_elsewhere():
    text = "Talks with Varnis broke down. A spokesman for Varnis said the offer was poor."
    mentions = [_mention("Varnis", 11, "ORG"), _mention("Varnis", text.index("Varnis said"), "LOC")]
    assert _spoken_for(text, "A spokesman for Varnis", mentions, affiliation=1) == 0


def test_a_name_the_story_ever_tags_a_state_is_no_body_for_a_voice():
    text = "Varnis voted on Monday. Varnis Telecom grew. A Varnis spokesman said the vote was fair."
    mentions = [_mention("Varnis", 0, "GPE"), _mention("Varnis", 45, "ORG")]
    assert _spoken_for(text, "A Varnis spokesman", mentions) is None


def test_a_voice_with_a_lower_case_head_is_not_read():
    text = "Kessler shares fell. A friend of the Kessler spokesman said the plant would stay open."
    mentions = [_mention("Kessler", 0, "ORG")]
    assert _spoken_for(text, "A friend of the Kessler spokesman", mentions) is None
