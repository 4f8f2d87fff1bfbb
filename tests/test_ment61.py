"""Round 63 (ment61): a title alone after "the" stands for the story's one named bearer."""

from newsgraph.mentions import to_mentions
from newsgraph.mentions.linking import link_short_forms, lone_title_targets
from newsgraph.mentions.spans import Candidate
from newsgraph.names import name_key


def _candidates(text: str, spans: list[tuple[str, str]]) -> tuple[list[Candidate], list[str]]:
    """Candidates for the written names, in order, each found after the one before."""
    found, at = [], 0
    for name, label in spans:
        start = text.index(name, at)
        found.append(Candidate(start=start, end=start + len(name), text=name, label=label, sentence=0))
        at = start + len(name)
    return found, [name_key(c.text) for c in found]


def test_bishop_links_to_the_named_bishop_after_a_styled_run():
    text = "The Bishop of Tamsk, the Rt Rev Dr Jo Brann, spoke. Later the Bishop said it was fine."
    cands, keys = _candidates(text, [("Rt Rev Dr", "PERSON"), ("Jo Brann", "PERSON"), ("Bishop", "ORG")])
    targets = link_short_forms(cands, keys, text=text)
    assert targets[2] == 1
    assert [m.key for m in to_mentions("d", cands, keys, text=text)][-1] == "jo brann"


def test_cardinal_links_to_the_titled_name_and_makes_it_a_person():
    text = "Cardinal Ivo Kessel-Vaal wrote to Tamsk. On Sunday the Cardinal will ask for calm."
    cands, keys = _candidates(text, [("Kessel-Vaal", "ORG"), ("Tamsk", "GPE"), ("Cardinal", "ORG")])
    mentions = to_mentions("d", cands, keys, text=text)
    assert mentions[-1].key == "kessel vaal" and mentions[-1].label == "PERSON"


def test_lord_chancellor_links_to_the_apposed_peer():
    text = "The Lord Chancellor, Lord Vaal, agreed the plan was late."
    cands, keys = _candidates(text, [("Chancellor", "PERSON"), ("Vaal", "PERSON")])
    assert lone_title_targets(cands, keys, text) == {0: 1}


def test_title_after_a_comma_names_the_bearer():
    text = "Jo Brann, Bishop of Kessel, wrote a letter. The Bishop said peace was near."
    cands, keys = _candidates(text, [("Jo Brann", "PERSON"), ("letter", "ORG"), ("Bishop", "PERSON")])
    cands, keys = [cands[0], cands[2]], [keys[0], keys[2]]  # "letter" only moves the search past the title
    assert lone_title_targets(cands, keys, text) == {1: 0}


def test_no_bearer_makes_no_actor():
    text = "Next week the Cardinal plans to ask Tamsk to pray."
    cands, keys = _candidates(text, [("Cardinal", "ORG"), ("Tamsk", "GPE")])
    assert [m.key for m in to_mentions("d", cands, keys, text=text)] == ["tamsk"]


def test_two_bearers_make_no_actor():
    text = "Bishop Jo Brann and Bishop Ivo Kessel met. The Bishop said nothing."
    cands, keys = _candidates(text, [("Jo Brann", "PERSON"), ("Ivo Kessel", "PERSON"), ("Bishop", "PERSON")])
    assert lone_title_targets(cands, keys, text) == {2: None}


def test_guard_surname_in_a_list_is_no_lone_title():
    # a player called Bishop in a line-up: no "the" before it, it keeps its own actor
    text = "Vaal, Brann, Bishop; Kessel, Tamsk."
    cands, keys = _candidates(text, [("Bishop", "PERSON")])
    assert lone_title_targets(cands, keys, text) == {}
    assert [m.key for m in to_mentions("d", cands, keys, text=text)] == ["bishop"]


def test_guard_title_with_and_between_is_no_bearer():
    # "the Cardinal and Archbishop Jo Brann": the archbishop is no cardinal
    text = "Peace talks. Both the Cardinal and Archbishop of Tamsk Dr Jo Brann spoke."
    cands, keys = _candidates(text, [("Cardinal", "ORG"), ("Jo Brann", "PERSON")])
    assert lone_title_targets(cands, keys, text) == {0: None}


def test_a_lone_title_linked_to_its_bearer_is_no_alias_of_his():
    # merge (round 65): the mention "the Cardinal" stays Jo Vaal's, but "Cardinal" alone names
    # other bearers in other stories: no alias (the reader of v0.38 marked "Chancellor" so)
    from mention_helpers import resolve_texts

    from newsgraph.model import Mention

    text = "Cardinal Jo Vaal spoke in Tamsk. Next week the Cardinal plans to ask Tamsk to pray."
    full = Mention(doc="a", start=0, end=16, text="Cardinal Jo Vaal", label="PERSON", key=name_key("Jo Vaal"),
                   full_name="Cardinal Jo Vaal", sentence=0)
    at = text.index("Cardinal plans")
    lone = Mention(doc="a", start=at, end=at + 8, text="Cardinal", label="PERSON", key=name_key("Jo Vaal"),
                   full_name="Cardinal Jo Vaal", sentence=1)
    result = resolve_texts([full, lone], {"a": text})
    actor = next(a for a in result.actors if a.id == result.actor_of_mention[1])
    assert actor.id == result.actor_of_mention[0]
    assert actor.name == "Jo Vaal"
    assert "Cardinal" not in actor.aliases
