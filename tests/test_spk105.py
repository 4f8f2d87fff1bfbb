"""Round 60 (issue 19, branch spk105): a bare "a spokesman" / "the spokeswoman" right after a
sentence where one named body spoke — by name, or as "they" / "it" standing for it — left with a
null speaker: the corpus stage (``coref.bodies.resolve_voiced_bodies``) gives it that body as
speaker and affiliation, anonymous true. Another body named since, a person or a press report
speaking in the sentence before, no claim there, and "the spokesman" after another body's
spokesman stay null. Sentences written here."""

from __future__ import annotations

from test_coref import mentions_of
from test_coref_offices import LEXICON, actors_of

from newsgraph.attribution.cues import CueLexicon
from newsgraph.coref.bodies import resolve_voiced_bodies
from newsgraph.model import Claim

CUES = CueLexicon.from_data()
KESSEL = ("Kessel", "ORG", "Kessel")
VAAL_AIR = ("Vaal Air", "ORG", "Vaal Air")
JO_BRANN = ("Jo Brann", "PERSON", "Jo Brann")
KINDS = {"kessel": "ORG", "vaal air": "ORG", "jo brann": "PERSON", "tamsk party": "ORG",
         "vaal tv": "OUTLET", "tamsk herald": "OUTLET"}


def _claim(text: str, speaker: str, sentence: int, cue: str = "said", number: int = 1) -> Claim:
    """A claim spoken by the first ``speaker`` phrase of sentence ``sentence`` (sentences end
    with ". "), its cue the next ``cue``, its content the rest of that sentence or clause (";")."""
    begin = 0
    for _ in range(sentence):
        begin = text.index(". ", begin) + 2
    start = text.index(speaker, begin)
    at = text.index(cue, start + len(speaker))
    end = min(i for i in (text.find(".", at), text.find(";", at)) if i >= 0)
    return Claim(id=f"d:c{number}", doc="d", start=at + len(cue) + 1, end=end, text=text[at + len(cue) + 1:end],
                 speaker=None, speaker_text=speaker, speaker_span=[start, start + len(speaker)],
                 anonymous=speaker.split()[-1] in CUES.body_voice_nouns, cue=cue, cue_span=[at, at + len(cue)],
                 stance="assert", outlet=None, sentence=sentence, kind="indirect")


def _resolve(text: str, names, claims: list[tuple[str, int, str, str | None]]) -> Claim:
    """Build the claims (phrase, sentence, cue, the surface of the mention it resolved to or
    None), resolve, and return the last one (the spokesman's)."""
    mentions = mentions_of(text, names)
    actors = actors_of(mentions)
    built = []
    for number, (phrase, sentence, cue, named) in enumerate(claims, 1):
        claim = _claim(text, phrase, sentence, cue, number)
        if named is not None:
            claim.speaker = min(i for i, m in enumerate(mentions) if m.text == named)
        claim.actors = actors
        built.append(claim)
    resolve_voiced_bodies(text, built, mentions, actors, KINDS, LEXICON, CUES.body_voice_nouns)
    return built[-1]


def _speaker(claim: Claim) -> str | None:
    return None if claim.speaker is None else claim.actors[claim.speaker]


# --- the one body that spoke just before (null on the base) -------------------------------------

def test_a_spokesman_after_the_body_denied_is_its_voice():
    text = "Kessel denied the charge. A spokesman said the firm would appeal the fine. "
    claim = _resolve(text, [KESSEL], [("Kessel", 0, "denied", "Kessel"), ("A spokesman", 1, "said", None)])
    assert _speaker(claim) == "kessel"
    assert claim.anonymous is True and claim.actors[claim.speaker_affiliation] == "kessel"


def test_a_spokesman_after_they_standing_for_a_party_is_the_party():
    text = ("The Tamsk Party backs the plan. They said it was fair to farmers. "
            "A spokesman said the cost would be low. ")
    claim = _resolve(text, [("Tamsk Party", "ORG", "Tamsk Party")],
                     [("They", 1, "said", "Tamsk Party"), ("A spokesman", 2, "said", None)])
    assert _speaker(claim) == "tamsk party" and claim.anonymous is True


def test_a_spokeswoman_after_a_channel_spoke_is_the_channel():
    text = "Vaal TV said the quiz show had ended. A spokeswoman said no new series was planned. "
    claim = _resolve(text, [("Vaal TV", "ORG", "Vaal TV")],
                     [("Vaal TV", 0, "said", "Vaal TV"), ("A spokeswoman", 1, "said", None)])
    assert _speaker(claim) == "vaal tv"


# --- left null --------------------------------------------------------------------------------

def test_another_body_in_the_sentence_before_leaves_it():
    text = "Kessel said it had won the contract from Vaal Air. A spokesman said the price was fair. "
    claim = _resolve(text, [KESSEL, VAAL_AIR], [("Kessel", 0, "said", "Kessel"), ("A spokesman", 1, "said", None)])
    assert claim.speaker is None and claim.speaker_affiliation is None


def test_a_person_speaking_in_the_sentence_before_leaves_it():
    text = "Kessel lost the case. Jo Brann said the ruling was unfair. A spokesman said the firm would appeal. "
    claim = _resolve(text, [KESSEL, JO_BRANN], [("Jo Brann", 1, "said", "Jo Brann"), ("A spokesman", 2, "said", None)])
    assert claim.speaker is None


def test_a_body_and_a_person_both_speaking_before_leaves_it():
    text = "Kessel said sales fell; Jo Brann said prices rose. A spokesman said the year was hard. "
    claim = _resolve(text, [KESSEL, JO_BRANN], [("Kessel", 0, "said", "Kessel"), ("Jo Brann", 0, "said", "Jo Brann"),
                                                ("A spokesman", 1, "said", None)])
    assert claim.speaker is None


def test_a_paper_that_reported_is_not_whose_spokesman_answers():
    text = "The Tamsk Herald reported the plant would close. A spokesman said no decision had been made. "
    claim = _resolve(text, [("Tamsk Herald", "OUTLET", "Tamsk Herald")],
                     [("The Tamsk Herald", 0, "reported", "Tamsk Herald"), ("A spokesman", 1, "said", None)])
    assert claim.speaker is None


def test_no_claim_in_the_sentence_before_leaves_it():
    text = "Kessel denied the charge. Prices rose in Tamsk. A spokesman said the firm would appeal. "
    claim = _resolve(text, [KESSEL], [("Kessel", 0, "denied", "Kessel"), ("A spokesman", 2, "said", None)])
    assert claim.speaker is None


def test_the_spokesman_after_another_bodys_spokesman_goes_on_with_that_one():
    text = ("A spokesman for Vaal Air said fares would rise. Kessel denied it. "
            "The spokesman said the rise was small. ")
    claim = _resolve(text, [KESSEL, VAAL_AIR], [("A spokesman for Vaal Air", 0, "said", "Vaal Air"),
                                                ("Kessel", 1, "denied", "Kessel"), ("The spokesman", 2, "said", None)])
    assert claim.speaker is None


def test_a_person_body_kind_is_no_body():
    text = "Jo Brann denied the charge. A spokesman said she would appeal. "
    claim = _resolve(text, [JO_BRANN], [("Jo Brann", 0, "denied", "Jo Brann"), ("A spokesman", 1, "said", None)])
    assert claim.speaker is None
