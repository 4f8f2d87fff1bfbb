"""Round 69 (branch spk135): "the company" / "the board" as speaker given the wrong one of two
related bodies or left null.

- A unit introduced by its owner's noun in the possessive ("Vaal Mobile, the company's Tamsk
  arm") is no longer taken as introduced as "the company" (``DocumentCoref._introduced_with``
  through ``_without_owners``): "The company said" goes to the parent the story is about.
- A bare "the board" left null speaks as the body whose board it is: the one body written as the
  board's owner ("the board of Kessel"), else the one named in the sentence before
  (``coref.bodies.resolve_organ_bodies``).

Sentences invented here."""

from __future__ import annotations

from test_coref import coref, mentions_of
from test_coref_offices import LEXICON, actors_of

from newsgraph.coref.bodies import resolve_organ_bodies
from newsgraph.model import Claim

KESSEL = ("Kessel Telecom", "ORG", "Kessel Telecom")
VAAL = ("Vaal Mobile", "ORG", "Vaal Mobile")
BRANN = ("Brann Rovers", "ORG", "Brann Rovers")
TAMSK = ("Tamsk Foods", "ORG", "Tamsk Foods")
ORVO = ("Orvo Dunn", "PERSON", "Orvo Dunn")
KINDS = {"kessel telecom": "ORG", "vaal mobile": "ORG", "brann rovers": "ORG", "tamsk foods": "ORG",
         "orvo dunn": "PERSON"}


def _described(text: str, names, noun: str, phrase: str) -> str | None:
    c = coref(text, names)
    found = c.description(noun, text.index(phrase))
    return c.mentions[found].full_name if found is not None else None


# --- a unit named with its owner's noun in the possessive (the unit on the base) ----------------

def test_unit_apposed_with_the_company_s_is_not_the_company():
    text = ("Kessel Telecom posted a profit on Monday. Kessel Telecom sold two stakes. "
            "Vaal Mobile, the company's Tamsk mobile arm, grew fast. Analyst Orvo Dunn said the results were good. "
            "The company said it would pay a dividend.")
    assert _described(text, [KESSEL, VAAL, ORVO], "company", "The company said") == "Kessel Telecom"


def test_unit_titled_with_the_firm_s_is_not_the_firm():
    text = ("Kessel Telecom posted a profit on Monday. Kessel Telecom sold two stakes. "
            "Sales at the firm's mobile arm Vaal Mobile rose. Analyst Orvo Dunn said the results were good. "
            "The firm said it would pay a dividend.")
    assert _described(text, [KESSEL, VAAL, ORVO], "firm", "The firm said") == "Kessel Telecom"


# --- guards: a body introduced with the noun itself keeps it -------------------------------------

def test_unit_apposed_as_a_company_keeps_it():
    text = ("Kessel Telecom posted a profit on Monday. "
            "Vaal Mobile, a mobile company based in Tamsk, grew fast. The company said it would hire staff.")
    assert _described(text, [KESSEL, VAAL], "company", "The company said") == "Vaal Mobile"


def test_world_s_biggest_firm_still_introduces_the_firm():
    text = ("Orvo Dunn spoke on Monday. "
            "Vaal Mobile, the world's biggest mobile firm, grew fast. The firm said it would hire staff.")
    assert _described(text, [ORVO, VAAL], "firm", "The firm said") == "Vaal Mobile"


# --- "the board" ---------------------------------------------------------------------------------

def _board_claim(text: str, phrase: str = "the board", cue: str = "said") -> Claim:
    start = text.rindex(phrase)  # the last one: the claim's
    at = text.index(cue, start + len(phrase))
    end = text.index(".", at)
    return Claim(id="d:c0", doc="d", start=at + len(cue) + 1, end=end, text=text[at + len(cue) + 1:end],
                 speaker=None, speaker_text=phrase, speaker_span=[start, start + len(phrase)], anonymous=False,
                 cue=cue, cue_span=[at, at + len(cue)], stance="assert", outlet=None,
                 sentence=text.count(". ", 0, start), kind="indirect")


def _board_speaker(text: str, names, phrase: str = "the board") -> str | None:
    mentions = mentions_of(text, names)
    actors = actors_of(mentions)
    claim = _board_claim(text, phrase)
    resolve_organ_bodies(text, [claim], mentions, actors, KINDS, LEXICON)
    return actors[claim.speaker] if claim.speaker is not None else None


def test_board_of_a_named_firm_speaks_as_the_firm():
    text = ("The board of Tamsk grocer Tamsk Foods agreed a buy-back. Orvo Dunn opposed it. "
            "The board said the move would lift the shares.")
    assert _board_speaker(text, [TAMSK, ORVO], "The board") == "tamsk foods"


def test_board_after_the_club_named_in_the_sentence_before():
    text = ("Orvo Dunn made a bid. In May, Brann Rovers said they had received an approach. "
            "However, the board said the debt was too high.")
    assert _board_speaker(text, [ORVO, BRANN]) == "brann rovers"


def test_possessive_board_owner_wins_over_another_body_just_before():
    text = ("Kessel Telecom's board met on Monday. Vaal Mobile and Orvo Dunn made offers. "
            "The board said neither offer was enough.")
    assert _board_speaker(text, [KESSEL, VAAL, ORVO], "The board") == "kessel telecom"


# --- guards: "the board" stays null ---------------------------------------------------------------

def test_board_with_two_bodies_just_before_stays_null():
    text = ("Orvo Dunn spoke first. Kessel Telecom made an offer for Vaal Mobile on Monday. "
            "The board said the offer was too low.")
    assert _board_speaker(text, [ORVO, KESSEL, VAAL], "The board") is None


def test_board_with_no_body_named_stays_null():
    text = ("Orvo Dunn took over the team in May. Players will hear what is expected. "
            "The board said the aim was promotion.")
    assert _board_speaker(text, [ORVO], "The board") is None


def test_board_of_two_owners_stays_null():
    text = ("The board of Kessel Telecom met. The board of Vaal Mobile met too. "
            "The board said talks would go on.")
    assert _board_speaker(text, [KESSEL, VAAL], "The board") is None
