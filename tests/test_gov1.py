"""Round 35 (branch gov1): "the government said" stands for the state the story makes clear.

- a seat of government ("Downing Street", "the Kremlin") or "the government of X", "X's
  government", "the X government" before the claim points at one state: its mention speaks;
- with no such pointer, the only state the document names (before the claim) speaks;
- two states pointed at, or two states named with no pointer: nobody;
- a part of a state ("Wales") is no state of its own; a state pointed at but never named: nobody.

Sentences written for these tests."""

from __future__ import annotations

from claim_helpers import linked_speakers, speakers
from newsgraph.coref import CorefLexicon, DocumentCoref
from newsgraph.coref.governments import state_of_government
from newsgraph.model import Mention


def _mention(text: str, word: str, label: str = "GPE", nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Mention(doc="d", start=start, end=start + len(word), text=word, label=label, key=word.lower(), full_name=word,
                   sentence=0)


def _coref(text: str, *names: tuple[str, str]) -> DocumentCoref:
    mentions = sorted((_mention(text, word, label) for word, label in names), key=lambda m: m.start)
    return DocumentCoref(text, mentions, CorefLexicon.from_data())


# --- the coref lookup -------------------------------------------------------------------------

def test_a_seat_points_at_its_state_among_others_named():
    text = "Downing Street welcomed the deal Britain made with France. The government said it was fair."
    coref = _coref(text, ("Britain", "GPE"), ("France", "GPE"))
    found = state_of_government(coref, text.index("The government"))
    assert found is not None and coref.mentions[found].text == "Britain"


def test_the_government_of_a_state_points_at_it():
    text = "The government of Peru met envoys from Chile. The government said the talks went well."
    coref = _coref(text, ("Peru", "GPE"), ("Chile", "GPE"))
    found = state_of_government(coref, text.index("The government said"))
    assert found is not None and coref.mentions[found].text == "Peru"


def test_a_demonym_government_points_at_its_state():
    text = "The Chilean government hosted ministers from Peru in Chile. The government said the visit helped."
    coref = _coref(text, ("Peru", "GPE"), ("Chile", "GPE"))
    found = state_of_government(coref, text.index("The government said"))
    assert found is not None and coref.mentions[found].text == "Chile"


def test_two_states_pointed_at_give_nobody():
    text = "The Kremlin and the government of Peru disagreed over Russia and Peru. The government said no."
    coref = _coref(text, ("Russia", "GPE"), ("Peru", "GPE"))
    assert state_of_government(coref, text.index("The government said")) is None


def test_a_seat_qualified_by_another_word_points_nowhere():
    text = "The German Foreign Office met envoys from Chile. The government said the talks went well."
    coref = _coref(text, ("Chile", "GPE"))
    found = state_of_government(coref, text.index("The government said"))
    assert found is not None and coref.mentions[found].text == "Chile"  # not the United Kingdom


def test_a_state_pointed_at_but_never_named_gives_nobody():
    text = "Downing Street held talks with France. The government said the talks went well."
    coref = _coref(text, ("France", "GPE"))
    assert state_of_government(coref, text.index("The government said")) is None  # not France


def test_a_part_of_a_state_is_no_state():
    text = "Schools in Wales will get more money. The government said the plan was fair."
    coref = _coref(text, ("Wales", "GPE"))
    assert state_of_government(coref, text.index("The government said")) is None


def test_a_part_of_a_state_does_not_hide_the_state():
    text = "Schools in Wales and across the UK will get more money. The government said the plan was fair."
    coref = _coref(text, ("Wales", "GPE"), ("UK", "GPE"))
    found = state_of_government(coref, text.index("The government said"))
    assert found is not None and coref.mentions[found].text == "UK"


def test_two_states_named_without_a_pointer_give_nobody():
    text = "Chile sold copper to Peru last year. The government said the price was fair."
    coref = _coref(text, ("Chile", "GPE"), ("Peru", "GPE"))
    assert state_of_government(coref, text.index("The government said")) is None


def test_a_demonym_counts_as_a_state_named():
    text = "Chile sold copper to Bolivian firms last year. The government said the price was fair."
    coref = _coref(text, ("Chile", "GPE"), ("Bolivian", "NORP"))
    assert state_of_government(coref, text.index("The government said")) is None


def test_a_state_named_only_after_the_claim_gives_nobody():
    # round 58: a state named after the claim in its own paragraph or the headline now speaks
    # (tests/test_spk99.py); one named only in a later paragraph still does not
    text = "Price row\n\nThe government said the price was fair.\n\nFarmers in Chile disagreed."
    coref = _coref(text, ("Chile", "GPE"))
    assert state_of_government(coref, text.index("The government said")) is None


# --- the document stage -----------------------------------------------------------------------

def test_the_government_of_the_only_state_named_speaks(analyze):
    result = analyze("Copper tax\n\nCopper output in Chile rose by a tenth last year. The government said "
                     "the new tax on mines would be fair.")
    assert speakers(result, "said") == [("The government", "Chile")]


def test_the_government_among_two_states_is_nobody(analyze):
    result = analyze("Copper row\n\nChile and Peru have argued over copper prices for a year. The government "
                     "said the new tax on mines would be fair.")
    assert linked_speakers(result, "said") == [None]


def test_his_government_is_the_state_the_story_makes_clear(analyze):
    result = analyze("Copper tax\n\nPresident Ana Ruiz visited copper mines in Chile on Monday. Her government "
                     "said the new tax on mines would be fair.")
    assert speakers(result, "said") == [("Her government", "Chile")]  # not the president herself


def test_a_seat_in_a_document_naming_no_state_gives_nobody_and_no_error():
    text = "Downing Street backed the plan. The government said the plan was fair."
    coref = _coref(text)
    assert state_of_government(coref, text.index("The government said")) is None
