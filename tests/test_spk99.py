"""Round 58 (branch spk99): "the government" left null though the story makes its state clear.

- the only state the story names, named only after the claim, speaks when the headline or the
  claim's own paragraph names it (by any word: the model may miss a headline's name);
- the only state named before the claim speaks though other states come after it;
- "the country's government" is the story's state's, as "his government" is;
- guards: a state named only in a later paragraph, two states before the claim, another state
  named by an untagged word in the claim's own sentence, "the state's government": nobody.

Sentences written for these tests (real state names: the mechanism reads the country list)."""

from __future__ import annotations

from claim_helpers import linked_speakers, speakers
from newsgraph.coref import CorefLexicon, DocumentCoref
from newsgraph.coref.governments import state_of_government
from newsgraph.model import Mention


def _coref(text: str, *names: tuple[str, str, int]) -> DocumentCoref:
    """A coref over ``text`` with a mention of each (word, label, nth occurrence)."""
    mentions = []
    for word, label, nth in names:
        start = -1
        for _ in range(nth + 1):
            start = text.index(word, start + 1)
        mentions.append(Mention(doc="d", start=start, end=start + len(word), text=word, label=label,
                                key=word.lower(), full_name=word, sentence=0))
    return DocumentCoref(text, sorted(mentions, key=lambda m: m.start), CorefLexicon.from_data())


def _state(text: str, *names: tuple[str, str, int]) -> str | None:
    coref = _coref(text, *names)
    found = state_of_government(coref, text.index("The government"))
    return coref.mentions[found].text if found is not None else None


# --- a state named only after the claim ---------------------------------------------------------

def test_a_state_named_after_the_claim_in_its_paragraph_speaks():
    text = "Copper levy\n\nThe government said the levy on mines was fair. Mine owners in Chile disagree."
    assert _state(text, ("Chile", "GPE", 0)) == "Chile"


def test_a_state_the_headline_names_untagged_speaks_when_named_later():
    text = ("Chile raises copper levy\n\nThe government said the levy on mines was fair.\n\n"
            "Jo Brann, who runs Tamsk Mining, said output in Chile would fall.")
    assert _state(text, ("Chile", "GPE", 1)) == "Chile"  # the headline's "Chile" untagged


def test_a_state_named_only_in_a_later_paragraph_gives_nobody():
    text = ("Copper levy\n\nThe government said the levy on mines was fair.\n\n"
            "Jo Brann, who runs Tamsk Mining, said output in Chile would fall.")
    assert _state(text, ("Chile", "GPE", 0)) is None


# --- the only state named before the claim --------------------------------------------------------

def test_the_only_state_named_before_speaks_though_another_comes_after():
    text = ("Copper levy\n\nMine owners in Chile met Kessel Vaal on Monday. The government said the levy was fair."
            "\n\nTamsk Mining also digs in Peru.")
    assert _state(text, ("Chile", "GPE", 0), ("Peru", "GPE", 0)) == "Chile"


def test_two_states_named_before_give_nobody():
    text = ("Copper levy\n\nMine owners in Chile and Peru met on Monday. The government said the levy was fair."
            "\n\nTamsk Mining also digs in Bolivia.")
    assert _state(text, ("Chile", "GPE", 0), ("Peru", "GPE", 0), ("Bolivia", "GPE", 0)) is None


def test_another_state_untagged_in_the_claims_sentence_gives_nobody():
    text = ("Copper levy\n\nMine owners in Chile met on Monday. Under the Peruvian scheme, The government "
            "said the levy was fair.\n\nTamsk Mining also digs in Peru.")
    assert _state(text, ("Chile", "GPE", 0), ("Peru", "GPE", 0)) is None  # "Peruvian" untagged


def test_a_part_of_the_state_in_the_claims_sentence_is_no_rival():
    text = ("Care homes\n\nCare homes in Britain face a new levy. In Wales, The government said the levy was fair."
            "\n\nJo Brann of Kessel Care said firms in France pay less.")
    assert _state(text, ("Britain", "GPE", 0), ("France", "GPE", 0)) == "Britain"


# --- the document stage ---------------------------------------------------------------------------

def test_the_countrys_government_is_the_storys_state(analyze):
    result = analyze("Copper levy\n\nChile closed 300 copper mines last year, the country's government said.")
    assert speakers(result, "said") == [("the country's government", "Chile")]


def test_the_states_government_is_not_taken_for_the_country(analyze):
    result = analyze("Copper levy\n\nChile closed 300 copper mines last year, the state's government said.")
    assert linked_speakers(result, "said") == [None]  # may be a federal state's


def test_the_government_named_after_in_its_paragraph_speaks(analyze):
    result = analyze("Copper levy\n\nThe government said the new levy on mines would be fair, "
                     "though mine owners in Chile disagree.")
    assert linked_speakers(result, "said") == ["Chile"]
