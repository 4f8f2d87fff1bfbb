"""Actor kinds (issue 18, round 21): no actor keeps the events stage's untagged label NAME (it
is no kind of the ontology), an office noun is no actor, and a settlement's noun before a name
makes it a place. Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import mentions_in

from newsgraph.resolve import get_resolver


def _kinds(docs: dict[str, tuple[str, dict[str, str]]]) -> dict[str, str]:
    """Actor name -> kind of the mentions of ``docs`` (each ``doc: (text, names)``)."""
    mentions = [m for doc, (text, names) in docs.items() for m in mentions_in(doc, text, names)]
    texts = {doc: text for doc, (text, _) in docs.items()}
    resolution = get_resolver("name-graph.v1")(mentions, [], texts=texts, things=[])
    return {a.name: a.kind for a in resolution.actors}


def test_an_untagged_name_takes_the_models_label_of_its_other_mentions():
    kinds = _kinds({"a": ("Tamsk Vaal cut ties with the council on Monday.", {"Tamsk Vaal": "NAME"}),
                    "b": ("Tamsk Vaal opened two new plants in the north.", {"Tamsk Vaal": "ORG"})})
    assert kinds["Tamsk Vaal"] == "ORG"


def test_an_untagged_name_with_a_title_or_a_given_name_is_a_person():
    kinds = _kinds({"a": ("Lord Kesselby attacked the plan in a long speech.", {"Lord Kesselby": "NAME"}),
                    "b": ("Later John Tamworthy attacked the plan as well.", {"John Tamworthy": "NAME"}),
                    "c": ("Boss Peter Ostrelak blames the weak euro.", {"Boss Peter Ostrelak": "NAME"})})
    assert kinds == {"Lord Kesselby": "PERSON", "John Tamworthy": "PERSON", "Boss Peter Ostrelak": "PERSON"}


def test_an_untagged_lone_title_is_the_person_the_story_names_by_it():
    assert _kinds({"a": ("The premier will ask the Queen to open the session.", {"Queen": "NAME"})}) == \
        {"Queen": "PERSON"}


def test_an_untagged_name_nothing_types_is_no_actor():
    kinds = _kinds({"a": ("Officers arrested two men near the harbour.", {"Officers": "NAME"}),
                    "b": ("Vostrel joined the protest against the new rules.", {"Vostrel": "NAME"})})
    assert "NAME" not in kinds.values()
    assert kinds == {}


def test_an_office_noun_is_no_actor_in_any_number():
    kinds = _kinds({"a": ("MPs voted against the plan, and one MEP called it a disgrace.",
                          {"MPs": "NORP", "MEP": "ORG"}),
                    "b": ("The Directors would take the money, said Arjen Vaal.",
                          {"Directors": "ORG", "Arjen Vaal": "PERSON"})})
    assert kinds == {"Arjen Vaal": "PERSON"}


def test_a_settlement_noun_and_of_before_a_name_make_it_a_place():
    kinds = _kinds({"a": ("Tourists flocked to the seaside resort of Brevmouth this summer.",
                          {"Brevmouth": "PERSON"})})
    assert kinds["Brevmouth"] == "GPE"
