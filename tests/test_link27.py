"""Round 39 of links (branch link27): a firm whose name is also a surname is one actor across
the stories of one domain, not an actor per story; a lone name after "sons of" is the parent,
no short form of the story's group or person. Sentences and names are invented for these tests."""

from __future__ import annotations

from mention_helpers import mentions_in, resolve_docs

from newsgraph.model import Mention
from newsgraph.names import name_key
from newsgraph.resolve import get_resolver

# two people surnamed Harlow: "harlow" is a shared surname, read story by story
PEOPLE = {
    "p1": ("Orla Harlow won the race on Sunday.", {"Orla Harlow": "PERSON"}),
    "p2": ("Bram Harlow said the vote was close.", {"Bram Harlow": "PERSON"}),
}
# business stories (five words or more of the business domain each)
CARS_1 = ("The carmaker said sales and profits rose, and shares in rivals Harlow and Vantor fell as "
          "investors sold stock in the company.")
CARS_2 = ("Profits at the firm fell, the company said, as shares slid. Market analysts said rivals "
          "such as Harlow had cut prices and costs.")


def _actors_of(result, docs, name: str, only: tuple[str, ...] = ()) -> set[str]:
    """The actor ids the mentions written ``name`` went to (in the documents ``only``, if given)."""
    mentions = [(m.doc, m.text) for doc, (text, names) in docs.items() for m in mentions_in(doc, text, names)]
    return {actor for (doc, text), actor in zip(mentions, result.actor_of_mention)
            if text == name and actor and (not only or doc in only)}


def test_a_firm_named_like_a_surname_is_one_actor_across_its_stories():
    docs = {**PEOPLE, "a": (CARS_1, {"Harlow": "ORG"}), "b": (CARS_2, {"Harlow": "ORG"})}
    result = resolve_docs(docs)
    firm = _actors_of(result, docs, "Harlow")
    assert len(firm) == 1
    assert {a.kind for a in result.actors if a.id in firm} == {"ORG"}


def test_the_people_keep_their_own_actors():
    docs = {**PEOPLE, "a": (CARS_1, {"Harlow": "ORG"}), "b": (CARS_2, {"Harlow": "ORG"})}
    result = resolve_docs(docs)
    assert _actors_of(result, docs, "Orla Harlow").isdisjoint(_actors_of(result, docs, "Harlow"))
    assert _actors_of(result, docs, "Bram Harlow").isdisjoint(_actors_of(result, docs, "Harlow"))


def test_a_story_that_names_a_bearer_keeps_its_own_reading():
    """A story naming "Dana Harlow" may use the bare word for her: it is not read as the firm."""
    third = ("Dana Harlow, the chief executive, said profits and sales rose. Shares in Harlow "
             "rose as investors bought stock in the company.")
    docs = {**PEOPLE, "a": (CARS_1, {"Harlow": "ORG"}), "b": (CARS_2, {"Harlow": "ORG"}),
            "c": (third, {"Dana Harlow": "PERSON", "Harlow": "ORG"})}
    result = resolve_docs(docs)
    firm = _actors_of(result, docs, "Harlow", ("a", "b"))
    assert len(firm) == 1
    assert firm.isdisjoint(_actors_of(result, docs, "Harlow", ("c",)))


def test_a_word_the_story_writes_in_lower_case_is_no_firm():
    """"Digital" opening a sentence in a story that writes "digital" is the adjective."""
    one = ("Shares in the firm rose as sales and profits grew. Digital sales helped, the company "
           "said, and digital revenue doubled for investors.")
    two = ("The company said profits and sales rose. Digital sales grew, and digital revenue "
           "pleased investors and the market.")
    docs = {"p1": ("Orla Digital won the race.", {"Orla Digital": "PERSON"}),
            "p2": ("Bram Digital said the vote was close.", {"Bram Digital": "PERSON"}),
            "a": (one, {"Digital": "ORG"}), "b": (two, {"Digital": "ORG"})}
    assert len(_actors_of(resolve_docs(docs), docs, "Digital")) != 1


def test_stories_of_two_domains_keep_two_actors():
    """The car maker of the business pages is not the rugby side of the match reports."""
    match = ("The Harlow flanker scored a try in the match, and the coach said the side won the "
             "game in the league with a late goal before the season ends for the players.")
    match_2 = ("The coach said Harlow won the match and the league game with a try, and the players "
               "cheered the side in the cup before the season ends.")
    docs = {**PEOPLE, "a": (CARS_1, {"Harlow": "ORG"}), "b": (CARS_2, {"Harlow": "ORG"}),
            "s1": (match, {"Harlow": "ORG"}), "s2": (match_2, {"Harlow": "ORG"})}
    result = resolve_docs(docs)
    firm = _actors_of(result, docs, "Harlow", ("a", "b"))
    assert len(firm) == 1
    assert firm.isdisjoint(_actors_of(result, docs, "Harlow", ("s1", "s2")))


def _linked(text: str, full: str, label: str, bare: str, at: str) -> tuple[list[Mention], dict[str, str]]:
    """Mentions of ``full`` and of ``bare`` (written at the sentence part ``at``), the bare one
    linked in its story to the full name, as the mention stage links a short form."""
    mentions = [Mention("a", i, i + len(full), full, label, name_key(full), full, 0)
                for i in range(len(text)) if text.startswith(full, i)]
    start = text.index(at) + at.index(bare)
    mentions.append(Mention("a", start, start + len(bare), bare, "PERSON", name_key(full), full, 0))
    return mentions, {"a": text}


def _same_actor(mentions: list[Mention], texts: dict[str, str]) -> bool:
    result = get_resolver("name-graph.v1")(mentions, [], texts=texts)
    return result.actor_of_mention[-1] == result.actor_of_mention[0]


def test_a_name_after_sons_of_is_not_the_group_named_for_him():
    text = ("Police blamed Meibion Vargan for the fires. Meibion Vargan, which means sons of Vargan, "
            "began its campaign in 1979.")
    assert not _same_actor(*_linked(text, "Meibion Vargan", "PERSON", "Vargan", "sons of Vargan"))


def test_a_name_after_the_family_of_is_not_the_person():
    text = "Tomas Vargan spoke first. Then the family of Vargan thanked the police."
    assert not _same_actor(*_linked(text, "Tomas Vargan", "PERSON", "Vargan", "family of Vargan"))


def test_a_bare_surname_elsewhere_still_joins_its_full_name():
    text = "Police blamed Tomas Vargan for the fires. Vargan denied it on Monday."
    assert _same_actor(*_linked(text, "Tomas Vargan", "PERSON", "Vargan", "Vargan denied"))


def test_a_couple_of_is_no_family_noun():
    """"a couple of Vargan aces": the name is still the player's."""
    text = "Tomas Vargan won in three sets. He hit a couple of Vargan aces late on."
    assert _same_actor(*_linked(text, "Tomas Vargan", "PERSON", "Vargan", "of Vargan aces"))
