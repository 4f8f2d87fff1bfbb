"""Letters the language uses for a thing (round 70, branch lnk43): "CCTV footage" (closed-circuit
television), "GM crops" (genetically modified), "PC users", "AAA batteries" are no mentions of
the body the same letters name elsewhere (a broadcaster, a carmaker, an athletics association);
``thing_acronym_phrases`` in entity_rules.yaml lists the letters with the nouns they so modify.
"GM said", "GM's chief", "GM engines" stay the body's. Sentences and names written for these tests."""

from __future__ import annotations

from newsgraph.mentions.rules import EntityRules
from newsgraph.mentions.spans import Candidate


def _kept(text: str, letters: str) -> bool:
    """Whether the first ``letters`` of ``text``, given as an ORG candidate, survives the filter."""
    from newsgraph.mentions import drop_thing_acronyms  # new in this round

    start = text.index(letters)
    candidate = Candidate(start, start + len(letters), letters, "ORG", 0)
    phrases = EntityRules.from_data().thing_acronym_phrases
    return candidate in drop_thing_acronyms(text, [candidate], phrases)


def _mention_texts(analyze, text: str) -> list[str]:
    return [m.text for m in analyze("Harbour\n\n" + text).mentions]


# --- the fix: fails on the base (b22f7386) ---------------------------------------------------

def test_closed_circuit_footage_is_no_broadcaster(analyze):
    text = "Police in Dallowby said CCTV footage showed two men near the Vessa depot."
    assert "CCTV" not in _mention_texts(analyze, text)


def test_closed_circuit_cameras_are_no_actor():
    assert not _kept("The Tamsk council put CCTV cameras on every bridge.", "CCTV")


def test_modified_crops_are_no_carmaker():
    assert not _kept("Farmers in Kessland oppose GM crops and GM food imports.", "GM")


def test_computers_and_batteries_are_no_bodies():
    assert not _kept("PC users in Orrendale face a new virus.", "PC")
    assert not _kept("A single AAA battery runs the Vaal player for a day.", "AAA")
    assert not _kept("Buyers order SIM cards online from Brevik Mobile.", "SIM")


# --- guards: the same letters as a body stay ---------------------------------------------------

def test_the_carmaker_speaking_stays():
    assert _kept("GM said sales of its Tamsk models fell.", "GM")


def test_the_carmakers_possessive_and_its_goods_stay():
    assert _kept("GM's chief met Vaal officials.", "GM")
    assert _kept("Fiat will fit GM engines to the Kessel range.", "GM")


def test_the_broadcaster_named_in_apposition_stays(analyze):
    text = "China Central Television (CCTV), the broadcaster run by the state, says it reaches Vessa."
    assert "CCTV" in _mention_texts(analyze, text)


def test_letters_not_listed_stay():
    assert _kept("BBC footage showed the Tamsk flood.", "BBC")
    assert _kept("The AAA champion Ann Vosk won in Dallowby.", "AAA")
