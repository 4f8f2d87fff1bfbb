"""Actor kinds (issue 18, round 55): technologies and processes named by an acronym the corpus
spells out as a common-noun phrase ("kessel platform module (KPM)", "Vaal Loop Unbundling, (VLU)",
"Tamsk Mouse Adapter (TMA)", "tamsk and vaal technology (TVT)") are no actors; the same letters
spelled by a body's name elsewhere, a spelled acronym that speaks, and one whose cues outnumber
its spellings stay actors. Sentences and names written for these tests."""

from __future__ import annotations

from dataclasses import replace

from mention_helpers import mentions_in, resolved_kinds as _kinds

from newsgraph.resolve import get_resolver
from newsgraph.resolve.contexts import KindContexts, defined_in_lower_case


def _defined(text: str, name: str) -> bool:
    at = text.index(f"({name})") + 1
    return defined_in_lower_case(text, at, at + len(name))


def _actor_names(docs: dict[str, tuple[str, dict[str, str]]], cued: dict[str, int] = None) -> set[str]:
    """Names of the resolved actors; ``cued``: name -> the occurrence the parse gave an ORG cue."""
    mentions = [m for doc, (text, names) in docs.items() for m in mentions_in(doc, text, names)]
    for name, occurrence in (cued or {}).items():
        at = [i for i, m in enumerate(mentions) if m.text == name][occurrence]
        mentions[at] = replace(mentions[at], cue="ORG")
    texts = {doc: text for doc, (text, _) in docs.items()}
    return {a.name for a in get_resolver("name-graph.v1")(mentions, [], texts=texts).actors}


# --- spelled in lower-case words, joiners giving no letter -----------------------------------

def test_a_joiner_in_lower_case_words_gives_no_letter():
    assert _defined("Firms rank high in tamsk and vaal technology (TVT) use.", "TVT")
    assert _defined("Shops sold kessel and brevik goods (KBG) in May.", "KBG")
    # the base reading stays: all words may give a letter
    assert _defined("Links carry ten megabits per second (Mbps) now.", "Mbps")


def test_capitals_still_spell_a_body_with_a_joiner():
    assert not _defined("The Kessel and Vaal Trust (KVT) said so.", "KVT")


def test_an_acronym_spelled_in_lower_case_once_is_a_thing_in_every_story():
    spelled = "The chip holds a kessel platform module (KPM) for keys."
    bare = "Every new laptop will carry the KPM next year. The KPM is cheap."
    kinds = _kinds({"a": (spelled, {}), "b": (bare, {"KPM": "ORG"})})
    assert "KPM" not in kinds


def test_lower_case_spelled_with_a_joiner_names_no_actor():
    text = ("Firms rank high in tamsk and vaal technology (TVT). Small firms use TVT more. "
            "Spending on TVT grew.")
    assert "TVT" not in _kinds({"a": (text, {"TVT": "ORG"})})


def test_a_body_spelled_with_the_same_letters_keeps_the_acronym():
    # "KPI" spelled as a price index in one story and as an institute in another: the body wins
    contexts = KindContexts.from_data()
    texts = ["Prices rose as the kessel price index (KPI) showed.",
             "The Kessel Policy Institute (KPI) published a paper."]
    assert "KPI" not in contexts.spelt_acronyms(texts)
    assert "KPI" in contexts.spelt_acronyms(texts[:1])


# --- title-case spellings with a technology's word -------------------------------------------

def test_an_adapter_and_an_unbundling_spelled_in_capitals_are_things():
    contexts = KindContexts.from_data()
    texts = ["The Tamsk Mouse Adapter (TMA) helps users.",
             "Vaal Loop Unbundling, (VLU), lets rivals use exchanges."]
    assert contexts.spelt_acronyms(texts) == frozenset({"TMA", "VLU"})


def test_a_body_named_with_a_technology_word_and_a_body_head_is_no_thing():
    contexts = KindContexts.from_data()
    assert contexts.spelt_acronyms(["The Kessel Adapter Association (KAA) met."]) == frozenset()


# --- the vote: spellings against a modifier's cue --------------------------------------------

_SPELLED = ("Calls go over the kessel transfer route (KTR) now. KTR carries voice. "
            "KTR carries video. Net-based KTR services grow. Few users know KTR.")


def test_a_spelled_acronym_outvotes_a_lone_modifier_cue():
    # the parse read "KTR services" as a firm's: four spelled mentions outvote it
    assert "KTR" not in _actor_names({"a": (_SPELLED, {"KTR": "ORG"})}, cued={"KTR": 3})


def test_a_cue_on_the_actors_other_name_keeps_it():
    text = ("The Kessel Transfer Route said it grew. " + _SPELLED)
    names = _actor_names({"a": (text, {"KTR": "ORG", "Kessel Transfer Route": "ORG"})},
                         cued={"Kessel Transfer Route": 0})
    assert "Kessel Transfer Route" in names or "KTR" in names


def test_cues_near_the_spellings_keep_the_actor():
    text = "The firm backs kessel transfer route (KTR) work. KTR hired staff. KTR opened offices."
    assert "KTR" in _actor_names({"a": (text, {"KTR": "ORG"})}, cued={"KTR": 1})


def test_a_spelled_acronym_that_speaks_stays_an_actor():
    text = ("Calls go over the kessel transfer route (KTR) now. KTR said its sales rose. "
            "KTR carries video. Few users know KTR.")
    assert "KTR" in _kinds({"a": (text, {"KTR": "ORG"})})


def test_a_body_spelled_in_capitals_stays_an_actor():
    text = "The Vaal Energy Agency (VEA) met. VEA raised its forecast. The VEA expects growth."
    assert _kinds({"a": (text, {"VEA": "ORG", "Vaal Energy Agency": "ORG"})})


# --- the spelled words inside brackets after their acronym -----------------------------------

def test_spelled_words_in_brackets_after_the_acronym_are_a_thing():
    contexts = KindContexts.from_data()
    text = "Homes on VCD (Vaal Crystal Display) screens grew. Firms sell KRG (Kessel Role Game) kits."
    for words in ("Vaal Crystal Display", "Kessel Role Game"):
        at = text.index(words)
        assert contexts.spelt_thing(text, at, at + len(words))
    kinds = _kinds({"a": (text, {"Vaal Crystal Display": "ORG"})})
    assert "Vaal Crystal Display" not in kinds


def test_a_bodys_name_in_brackets_after_its_acronym_stays_a_name():
    contexts = KindContexts.from_data()
    text = "Figures from KDA (Kessel Display Association) came out."
    at = text.index("Kessel Display Association")
    assert not contexts.spelt_thing(text, at, at + len("Kessel Display Association"))


def test_a_story_spelling_the_letters_in_lower_case_reads_its_own_mentions_as_the_thing():
    # another story spells "KPI" as a body; this one spells it as an index, and its KPI is that
    own = "Prices rose, the kessel price index (KPI) showed. The KPI would argue for a rate rise."
    body = "The Kessel Policy Institute (KPI) said costs rose. The KPI called for reform."
    resolution = _actor_names({"a": (own, {"KPI": "ORG"}),
                               "b": (body, {"KPI": "ORG", "Kessel Policy Institute": "ORG"})})
    assert "Kessel Policy Institute" in resolution or "KPI" in resolution
    alone = _actor_names({"a": (own, {"KPI": "ORG"})})
    assert "KPI" not in alone
