"""Round 59 (ment59): a body's name closed by a list ("Department for X, Y and Z") kept whole,
and a speaker phrase the parse cut at the list's first comma run on to the name's end."""

from newsgraph.mentions.runs import widen_body_runs
from newsgraph.mentions.spans import Candidate

HEADS = frozenset({"Department", "Ministry", "Centre", "Office"})
COUNTRIES = frozenset({"Kemaria", "Tamsk", "Vaal"})


def _widen(text: str, names: list[tuple[str, str]]) -> list[tuple[str, str]]:
    candidates = []
    for name, label in names:
        at = text.index(name)
        candidates.append(Candidate(at, at + len(name), name, label, 0))
    out = widen_body_runs(text, candidates, HEADS, COUNTRIES, lambda name: False)
    return [(c.text, c.label) for c in out]


def test_list_closes_a_department_name():
    text = "A spokesman for the Department for Farming, Fishing and Forests said no sale was planned."
    assert _widen(text, [("Department for Farming", "ORG"), ("Fishing", "ORG"), ("Forests", "ORG")]) == [
        ("Department for Farming, Fishing and Forests", "ORG")]


def test_list_with_serial_comma_and_two_items():
    text = "Figures from the Ministry of Mining, Ports, Roads, and Rail showed a fall."
    assert _widen(text, [("Ministry of Mining", "ORG")]) == [("Ministry of Mining, Ports, Roads, and Rail", "ORG")]


def test_list_word_written_elsewhere_is_left():
    # "Fishing" is a name of its own further on: the list may be three bodies
    text = "The Department for Farming, Fishing and Forests met. Fishing groups walked out."
    assert _widen(text, [("Department for Farming", "ORG")]) == [("Department for Farming", "ORG")]


def test_list_of_countries_is_left():
    text = "The Office for Trade, Kemaria and Tamsk signed the pact."
    assert _widen(text, [("Office for Trade", "ORG")]) == [("Office for Trade", "ORG")]


def test_list_after_a_body_without_a_link_is_left():
    text = "Kessel Holdings, Vaalmark and Brann said sales rose."
    assert _widen(text, [("Kessel Holdings", "ORG")]) == [("Kessel Holdings", "ORG")]


def test_list_going_on_into_another_name_is_left():
    text = "The Department for Farming, Fishing and Forests Board met."
    assert _widen(text, [("Department for Farming", "ORG")]) == [("Department for Farming", "ORG")]


def test_speaker_phrase_runs_to_the_listed_name_end():
    from newsgraph.attribution import _speaker_to_name_end
    from newsgraph.attribution.syntax import Found
    from newsgraph.model import Mention
    text = "A spokesman for the Department for Farming, Fishing and Forests said no sale was planned."
    name = "Department for Farming, Fishing and Forests"
    at = text.index(name)
    mention = Mention(doc="d", start=at, end=at + len(name), text=name, label="ORG", key="x", full_name=name, sentence=0)
    cut = text.index(",")
    item = Found(cue=(text.index("said"), text.index("said") + 4), stance="assert", kind="indirect",
                 sentence=(0, len(text)), speaker=(0, cut))
    assert _speaker_to_name_end(item, [mention]).speaker == (0, at + len(name))
    whole = Found(cue=item.cue, stance="assert", kind="indirect", sentence=item.sentence, speaker=(0, at + len(name)))
    assert _speaker_to_name_end(whole, [mention]).speaker == (0, at + len(name))
