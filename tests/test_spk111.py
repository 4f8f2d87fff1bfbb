"""Round 61 (issue 19, branch spk111): "the site", "the authority", "the company" left null right
after a sentence that names one body the noun fits, without that body speaking there: the corpus
stage (``coref.bodies.resolve_named_bodies``) gives it that body. Two fitting bodies, a body named
only as a preposition's object, a sentence going on about a body described further back, a body
left without an actor, a noun of the wrong kind and "the witness" stay null. Sentences written here."""

from __future__ import annotations

from test_coref import mentions_of
from test_coref_offices import LEXICON, actors_of

from newsgraph.attribution.cues import CueLexicon
from newsgraph.coref.bodies import resolve_named_bodies
from newsgraph.model import Claim

CUES = CueLexicon.from_data()
KINDS = {"kessel watch": "ORG", "vaal air": "ORG", "tamsk": "GPE", "city of tamsk": "GPE", "jo brann": "PERSON",
         "brann games": "ORG", "vaal herald": "OUTLET", "kessel bank": "ORG"}


def _claim(text: str, speaker: str, sentence: int, anonymous: bool = False) -> Claim:
    """A null claim whose speaker phrase is the first ``speaker`` after sentence ``sentence``'s start."""
    begin = 0
    for _ in range(sentence):
        begin = text.index(". ", begin) + 2
    start = text.index(speaker, begin)
    return Claim(id="d:c1", doc="d", start=begin, end=start, text=text[begin:start], speaker=None,
                 speaker_text=speaker, speaker_span=[start, start + len(speaker)], anonymous=anonymous,
                 cue="according to", cue_span=[start - 13, start - 1], stance="assert", outlet=None,
                 sentence=sentence, kind="indirect")


def _speaker(text: str, names, phrase: str, sentence: int, anonymous: bool = False) -> str | None:
    mentions = mentions_of(text, names)
    actors = actors_of(mentions)
    claim = _claim(text, phrase, sentence, anonymous)
    resolve_named_bodies(text, [claim], mentions, actors, KINDS, LEXICON,
                         CUES.body_description_nouns, CUES.body_name_words)
    return None if claim.speaker is None else actors[claim.speaker]


KESSEL_WATCH = ("Kessel Watch", "ORG", "Kessel Watch")
VAAL_AIR = ("Vaal Air", "ORG", "Vaal Air")

# --- one fitting body named in the sentence before (null on the base) ----------------------------


def test_the_site_after_a_fan_website_named_before_is_that_website():
    text = ("Fan website Kessel Watch hopes to raise $5m for a new series. "
            "More than $900 has been pledged, according to the site. ")
    assert _speaker(text, [KESSEL_WATCH], "the site", 1) == "kessel watch"


def test_the_authority_after_a_city_named_before_is_that_city():
    text = ("Now the City of Tamsk wants the old hall moved by March. "
            "Jo Brann said the authority had promised the hall could stay. ")
    names = [("City of Tamsk", "GPE", "City of Tamsk"), ("Jo Brann", "PERSON", "Jo Brann")]
    assert _speaker(text, names, "the authority", 1) == "city of tamsk"


def test_the_company_after_a_firm_named_as_an_object_of_a_verb_is_that_firm():
    text = ("Jo Brann launched a new bid to buy Vaal Air on Monday. "
            "The company said the offer was being studied. ")
    names = [("Jo Brann", "PERSON", "Jo Brann"), VAAL_AIR]
    assert _speaker(text, names, "The company", 1) == "vaal air"


# --- what stays null -----------------------------------------------------------------------------


def test_two_fitting_bodies_named_before_leave_it():
    text = ("Vaal Air signed a deal with Kessel Watch on Friday. "
            "The company said the deal would create jobs. ")
    assert _speaker(text, [VAAL_AIR, KESSEL_WATCH], "The company", 1) is None


def test_a_body_named_only_after_a_preposition_leaves_it():
    text = ("The firm was fighting several lawsuits, most notably against Vaal Air. "
            "The company said the filing would help it settle. ")
    assert _speaker(text, [VAAL_AIR], "The company", 1) is None


def test_a_sentence_going_on_about_a_body_described_before_leaves_it():
    text = ("The company, which makes games for Vaal Air and Kessel Watch fans, is hiring. "
            "The Tamsk-based company said it wanted new voices. ")
    assert _speaker(text, [VAAL_AIR], "The Tamsk-based company", 1) is None


def test_a_person_named_before_the_witness_is_not_the_witness():
    text = ("Jo Brann asked whether the books had been changed. "
            "No, according to the witness. ")
    assert _speaker(text, [("Jo Brann", "PERSON", "Jo Brann")], "the witness", 1) is None


def test_a_noun_of_another_kind_leaves_it():
    text = ("The Vaal Herald printed the letter on Monday. "
            "The letter was genuine, according to the authority. ")
    assert _speaker(text, [("Vaal Herald", "OUTLET", "Vaal Herald")], "the authority", 1) is None


def test_a_name_showing_another_class_of_body_leaves_it():
    text = ("Shares in Kessel Bank rose on Monday. "
            "The deal was agreed, according to the club. ")
    assert _speaker(text, [("Kessel Bank", "ORG", "Kessel Bank")], "the club", 1) is None


def test_a_body_two_sentences_back_is_out_of_reach():
    text = ("Kessel Watch hopes to raise $5m. The fans met on Sunday. "
            "More has been pledged, according to the site. ")
    assert _speaker(text, [KESSEL_WATCH], "the site", 2) is None


def test_a_body_named_in_the_claims_own_words_is_not_its_speaker():
    text = ("Cafes must use filters. "
            "Tamsk is censoring Vaal Air to hide the news, said the group. ")
    mentions = mentions_of(text, [VAAL_AIR])
    actors = actors_of(mentions)
    claim = _claim(text, "the group", 1)
    claim.start, claim.end = text.index("Tamsk"), text.index(", said")
    resolve_named_bodies(text, [claim], mentions, actors, KINDS, LEXICON,
                         CUES.body_description_nouns, CUES.body_name_words)
    assert claim.speaker is None


def test_an_election_campaign_is_no_body():
    text = ("Jo Brann spoke for Kessel Watch on Monday. "
            "Voters care, according to the expected election campaign. ")
    names = [("Jo Brann", "PERSON", "Jo Brann"), KESSEL_WATCH]
    assert _speaker(text, names, "the expected election campaign", 1) is None
