"""Round 62 (issue 19, branch spk116): a bare "the bank" / "the company" the document stage gave
a body named further back, right after another body of the noun's kind spoke in the same
paragraph with nothing between: the corpus stage (``coref.bodies.resolve_respoken_bodies``)
gives it the body that just spoke. Everything else keeps its speaker. Sentences written here."""

from __future__ import annotations

from test_coref import mentions_of
from test_coref_offices import LEXICON, actors_of

from newsgraph.attribution.cues import CueLexicon
from newsgraph.coref.bodies import resolve_respoken_bodies
from newsgraph.model import Claim

CUES = CueLexicon.from_data()
KESSEL = ("Kessel Bank", "ORG", "Kessel Bank")
VAAL = ("Vaal", "ORG", "Vaal")
TAMSK = ("Tamsk", "ORG", "Tamsk")
KINDS = {"kessel bank": "ORG", "vaal": "ORG", "tamsk": "ORG", "jo brann": "PERSON"}


def _claim(text: str, number: int, speaker: str, cue: str = "said", after: int = 0) -> Claim:
    """A claim whose speaker phrase is the first ``speaker`` from ``after``, its cue the first
    ``cue`` after that and its content the rest of the sentence."""
    start = text.index(speaker, after)
    at = text.index(cue, start + len(speaker))
    end = text.index(".", at)
    return Claim(id=f"d:c{number}", doc="d", start=at + len(cue) + 1, end=end, text=text[at + len(cue) + 1:end],
                 speaker=None, speaker_text=speaker, speaker_span=[start, start + len(speaker)], anonymous=False,
                 cue=cue, cue_span=[at, at + len(cue)], stance="assert", outlet=None, sentence=0, kind="indirect")


def _last_speaker(text: str, names, phrases: list[str], spoken_by: list[str]) -> str | None:
    """The actor the corpus stage leaves on the last claim; claim i is spoken by ``spoken_by[i]``
    (the last one: the document stage's choice, a mention before the first claim)."""
    mentions = mentions_of(text, names)
    actors = actors_of(mentions)
    claims, after = [], 0
    for number, phrase in enumerate(phrases):
        claims.append(_claim(text, number, phrase, after=after))
        after = claims[-1].cue_span[1]
    for claim, actor in zip(claims, spoken_by):
        claim.speaker = next(i for i, a in enumerate(actors) if a == actor)
    resolve_respoken_bodies(text, claims, mentions, actors, KINDS, LEXICON, CUES.body_description_nouns,
                            CUES.body_name_words)
    last = claims[-1]
    return actors[last.speaker] if last.speaker is not None else None


# --- the body that just spoke (None on the base: no such rule, the further one kept) -----------

def test_the_bank_after_another_lender_spoke_is_that_lender():
    text = ("Kessel Bank said rates would hold. Vaal said prices rose in March. "
            "This was the first rise in a year, the bank said.")
    assert _last_speaker(text, [KESSEL, VAAL], ["Kessel Bank", "Vaal", "the bank"],
                         ["kessel bank", "vaal", "kessel bank"]) == "vaal"


def test_the_company_after_another_firm_spoke_is_that_firm():
    text = ("Kessel Bank said it had made a loss. Tamsk said it would open a plant. "
            "The company said the plant would make parts.")
    assert _last_speaker(text, [KESSEL, TAMSK], ["Kessel Bank", "Tamsk", "The company"],
                         ["kessel bank", "tamsk", "kessel bank"]) == "tamsk"


# --- guards: the document stage's choice kept ---------------------------------------------------

def test_the_chosen_body_named_again_between_keeps_it():
    text = ("Kessel Bank said rates would hold. Vaal said prices rose in March. "
            "Kessel Bank results were weak, the bank said.")
    assert _last_speaker(text, [KESSEL, VAAL], ["Kessel Bank", "Vaal", "the bank"],
                         ["kessel bank", "vaal", "kessel bank"]) == "kessel bank"


def test_the_chosen_name_as_an_untagged_modifier_keeps_it():
    text = ("Kessel Bank said rates would hold. Vaal said prices rose. "
            "The Kessel Bank unit grew, the bank said.")
    names = [KESSEL, VAAL]
    mentions = mentions_of(text, names)[:2]  # the model left the third name untagged
    actors = actors_of(mentions)
    claims = [_claim(text, 0, "Kessel Bank"), _claim(text, 1, "Vaal", after=20), _claim(text, 2, "the bank", after=60)]
    claims[0].speaker, claims[1].speaker, claims[2].speaker = 0, 1, 0
    resolve_respoken_bodies(text, claims, mentions, actors, KINDS, LEXICON, CUES.body_description_nouns,
                            CUES.body_name_words)
    assert actors[claims[2].speaker] == "kessel bank"


def test_another_body_named_between_keeps_it():
    text = ("Kessel Bank said rates would hold. Vaal said it would buy Tamsk. "
            "The company said the deal was fair.")
    assert _last_speaker(text, [KESSEL, VAAL, TAMSK], ["Kessel Bank", "Vaal", "The company"],
                         ["kessel bank", "vaal", "kessel bank"]) == "kessel bank"


def test_a_person_who_spoke_last_keeps_it():
    text = ("Kessel Bank said rates would hold. Jo Brann said prices rose. The bank said more would follow.")
    names = [KESSEL, ("Jo Brann", "PERSON", "Jo Brann")]
    assert _last_speaker(text, names, ["Kessel Bank", "Jo Brann", "The bank"],
                         ["kessel bank", "jo brann", "kessel bank"]) == "kessel bank"


def test_a_speaker_in_the_paragraph_before_keeps_it():
    text = ("Kessel Bank said rates would hold. Vaal said prices rose in March.\n\n"
            "This was the first rise in a year, the bank said.")
    assert _last_speaker(text, [KESSEL, VAAL], ["Kessel Bank", "Vaal", "the bank"],
                         ["kessel bank", "vaal", "kessel bank"]) == "kessel bank"


def test_a_described_central_bank_keeps_it():
    text = ("Kessel Bank said rates would hold. Vaal said prices rose in March. "
            "Rates will rise, the central bank said.")
    assert _last_speaker(text, [KESSEL, VAAL], ["Kessel Bank", "Vaal", "the central bank"],
                         ["kessel bank", "vaal", "kessel bank"]) == "kessel bank"


def test_the_group_keeps_it():
    text = ("Kessel Bank said rates would hold. Vaal said prices rose in March. "
            "The group said more would follow.")
    assert _last_speaker(text, [KESSEL, VAAL], ["Kessel Bank", "Vaal", "The group"],
                         ["kessel bank", "vaal", "kessel bank"]) == "kessel bank"
