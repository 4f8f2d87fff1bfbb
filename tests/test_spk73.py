"""Round 49 (branch spk73): "the government said" in a story that names a second state in passing.

- the state the headline and the lead name (alone), named at least twice as often as any other
  state, is the story's: its "the government" is that state's;
- a lead naming two states, or a second state named about as often, leaves it null (round 35);
- the everyday short forms of states the CLDR list names otherwise ("Turkey", "Myanmar",
  "Swaziland", "Cote d'Ivoire" with a plain apostrophe, "East Timor") are states.

Sentences written for these tests."""

from __future__ import annotations

from claim_helpers import linked_speakers, speakers
from newsgraph.coref import CorefLexicon, DocumentCoref
from newsgraph.coref.governments import state_of_government
from newsgraph.data import load_lines
from newsgraph.model import Mention


def _mentions(text: str, word: str, label: str) -> list[Mention]:
    found, start = [], text.find(word)
    while start >= 0:
        found.append(Mention(doc="d", start=start, end=start + len(word), text=word, label=label,
                             key=word.lower(), full_name=word, sentence=0))
        start = text.find(word, start + 1)
    return found


def _coref(text: str, *names: tuple[str, str]) -> DocumentCoref:
    mentions = sorted((m for word, label in names for m in _mentions(text, word, label)), key=lambda m: m.start)
    return DocumentCoref(text, mentions, CorefLexicon.from_data())


def _state(text: str, *names: tuple[str, str]) -> str | None:
    coref = _coref(text, *names)
    found = state_of_government(coref, text.index("The government said"))
    return None if found is None else coref.mentions[found].text


# --- the story's state among others named in passing -----------------------------------------

def test_the_headline_and_lead_state_speaks_beside_a_partner_named_once():
    text = ("Chile reviews mining deals\n\nChile is to review every copper contract it signed. Chile "
            "held talks with Peru last week. Mines in Chile employ many. The government said the review was due.")
    assert _state(text, ("Chile", "GPE"), ("Peru", "GPE")) == "Chile"


def test_a_demonym_in_the_headline_names_the_story_state():
    text = ("Chilean tax on mines\n\nA new tax on copper will start in Chile next year. Chile sold copper "
            "to Peru. Chile needs the money. The government said the tax was fair.")
    assert _state(text, ("Chile", "GPE"), ("Peru", "GPE")) == "Chile"


def test_a_lead_naming_two_states_gives_nobody():
    text = ("Copper row\n\nChile and Peru argued over copper prices. Chile held talks again. Chile "
            "sent envoys. The government said the price was fair.")
    assert _state(text, ("Chile", "GPE"), ("Peru", "GPE")) is None


def test_a_second_state_named_about_as_often_gives_nobody():
    text = ("Chile reviews mining deals\n\nChile is to review every copper contract. Firms from Peru "
            "hold many of them, and Peru objects. Chile disagrees. The government said the review was due.")
    assert _state(text, ("Chile", "GPE"), ("Peru", "GPE")) is None  # 3 against 2


def test_a_lead_naming_no_state_gives_nobody_among_two():
    text = ("Mining deals reviewed\n\nEvery copper contract is to be reviewed. Chile held talks with "
            "Peru. Chile and Chile again. The government said the review was due.")
    assert _state(text, ("Chile", "GPE"), ("Peru", "GPE")) is None


def test_a_state_named_in_a_quote_of_the_lead_does_not_count():
    text = ("Copper deals\n\n\"Chile must act,\" a trader in Peru said. Peru held talks. Peru signed. "
            "The government said the review was due.")
    coref = DocumentCoref(text, sorted(_mentions(text, "Chile", "GPE") + _mentions(text, "Peru", "GPE"),
                                       key=lambda m: m.start), CorefLexicon.from_data(),
                          [(text.index('"'), text.index('," a') + 2)])
    found = state_of_government(coref, text.index("The government said"))
    assert found is not None and coref.mentions[found].text == "Peru"  # Chile only in the quote


# --- the everyday short forms -----------------------------------------------------------------

def test_everyday_short_forms_are_states():
    states = set(load_lines("countries.txt"))
    for name in ("Turkey", "Myanmar", "Swaziland", "Cote d'Ivoire", "Côte d'Ivoire", "East Timor"):
        assert name in states


def test_the_government_of_turkey_alone_is_turkey():
    text = "Fuel tax\n\nTurkey raised its fuel tax on Monday. The government said the rise was needed."
    assert _state(text, ("Turkey", "GPE")) == "Turkey"


# --- the document stage -----------------------------------------------------------------------

def test_the_story_state_speaks_in_the_document_stage(analyze):
    result = analyze("Chile reviews copper deals\n\nChile is to review every copper contract it has signed. "
                     "Officials from Chile met envoys from Peru on Monday. Copper makes up half of what Chile "
                     "sells abroad. The government said the review would take a year.")
    assert speakers(result, "said") == [("The government", "Chile")]


def test_two_states_of_like_weight_stay_null_in_the_document_stage(analyze):
    result = analyze("Copper row\n\nChile and Peru have argued over copper prices for a year. Peru sent "
                     "envoys to Chile. The government said the new tax on mines would be fair.")
    assert linked_speakers(result, "said") == [None]
