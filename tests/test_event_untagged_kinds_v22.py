"""Names that act in events with no label of the model (round 22, branch ev22): the events stage
reads a kind off the sentence ("Ulmgard troops", "Ulmgard, a rival firm,") as the untagged
mention's cue, and the resolver types the actor by it; with no such evidence it still leaves the
graph. Sentences and names written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest
from mention_helpers import mentions_in

from newsgraph.resolve import get_resolver


def _untagged(result, name: str):
    found = [m for m in result.mentions if m.text == name and m.label == "NAME"]
    if not found:
        pytest.skip(f"the model tagged {name!r} itself: no untagged name to read")
    return found[0]


def _actor_kinds(result, text: str) -> dict[str, str]:
    resolution = get_resolver("name-graph.v1")(result.mentions, [], texts={result.document.id: text}, things=[])
    return {a.name: a.kind for a in resolution.actors}


@pytest.mark.parametrize("text", ["Yesterday Ulmgard troops attacked Tamsk.",
                                  "Later the Ulmgard government criticised Tamsk over the talks."])
def test_a_noun_only_a_state_has_makes_its_untagged_owner_a_state(analyze, text):
    result = analyze(text)
    assert _untagged(result, "Ulmgard").cue == "GPE"
    assert _actor_kinds(result, text).get("Ulmgard") == "GPE"


def test_a_person_noun_in_apposition_makes_an_untagged_name_a_person(analyze):
    text = "Ulmgard, the group's leader, attacked Tamsk."
    result = analyze(text)
    assert _untagged(result, "Ulmgard").cue == "PERSON"
    assert _actor_kinds(result, text).get("Ulmgard") == "PERSON"


def test_a_body_noun_in_apposition_makes_an_untagged_name_a_body(analyze):
    text = "Ulmgard, a rival firm, sued Tamsk in March."
    result = analyze(text)
    assert _untagged(result, "Ulmgard").cue == "ORG"
    assert _actor_kinds(result, text).get("Ulmgard") == "ORG"


@pytest.mark.parametrize("text", ["Ulmgard criticised the plan on Monday, and said he would fight it.",
                                  "Ulmgard rejected the plan. He said it was unfair."])
def test_a_gendered_pronoun_taking_up_an_untagged_subject_makes_it_a_person(analyze, text):
    result = analyze(text)
    assert _untagged(result, "Ulmgard").cue == "PERSON"
    assert _actor_kinds(result, text).get("Ulmgard") == "PERSON"


@pytest.mark.parametrize("text", ["Tom Berg arrived late. Ulmgard rejected the plan, he said.",
                                  "Ulmgard criticised the minister, who said he would fight it."])
def test_a_pronoun_another_person_may_take_up_says_nothing(analyze, text):
    result = analyze(text)
    assert _untagged(result, "Ulmgard").cue == ""
    assert "Ulmgard" not in _actor_kinds(result, text)


@pytest.mark.parametrize("text", ["Ulmgard attacked Tamsk on Monday, its army said.",
                                  "Ulmgard is to restore ties with Tamsk years after crowds trashed its embassy."])
def test_its_owning_a_noun_only_a_state_has_makes_an_untagged_subject_a_state(analyze, text):
    result = analyze(text)
    assert _untagged(result, "Ulmgard").cue == "GPE"
    assert _actor_kinds(result, text).get("Ulmgard") == "GPE"


def test_officials_say_nothing_of_their_untagged_owner():
    """Parties, firms and militias have officials and leaders too: no state, no cue."""
    from newsgraph.events.lexicon import EventLexicon
    lexicon = EventLexicon.from_data()
    assert {"troops", "government", "embassy"} <= lexicon.state_owned
    assert not {"officials", "leaders", "forces", "spokesman"} & lexicon.state_owned


def _kinds(docs: dict[str, tuple[str, dict[str, str], dict[int, str]]]) -> dict[str, str]:
    """Actor name -> kind of hand-written mentions; ``cues`` gives a cue to the n-th mention."""
    mentions = []
    for doc, (text, names, cues) in docs.items():
        found = mentions_in(doc, text, names)
        mentions += [replace(m, cue=cues.get(n, "")) for n, m in enumerate(found)]
    texts = {doc: text for doc, (text, _, _) in docs.items()}
    resolution = get_resolver("name-graph.v1")(mentions, [], texts=texts, things=[])
    return {a.name: a.kind for a in resolution.actors}


def test_one_stated_kind_types_an_untagged_name_however_many_its_mentions():
    text = "Ulmgard troops shelled the port. Ulmgard denied it. Ulmgard blamed rebels. Ulmgard won. Ulmgard lost."
    assert _kinds({"a": (text, {"Ulmgard": "NAME"}, {0: "GPE"})}) == {"Ulmgard": "GPE"}


def test_untagged_mentions_that_disagree_on_the_kind_leave_the_graph():
    text = ("Ulmgard troops shelled the port. Later Ulmgard, the firm, denied it. Ulmgard won. Ulmgard lost. "
            "Ulmgard blamed rebels. Ulmgard waited. Ulmgard left.")
    assert _kinds({"a": (text, {"Ulmgard": "NAME"}, {0: "GPE", 1: "ORG"})}) == {}
