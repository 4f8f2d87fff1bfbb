"""Round 27 (link25): in-document joins a group-shaped span kept from a person's short name,
and a surname's presidency read as a person. All sentences and people are invented."""

from __future__ import annotations

from newsgraph.mentions.repeats import widen_name_fragments
from newsgraph.mentions.spans import Candidate


def _actor_texts(result, text: str) -> set[str]:
    """The full names the mentions of ``text`` stand for."""
    return {m.full_name for m in result.mentions if m.text == text}


def test_a_surname_widened_onto_a_presidency_is_a_body():
    text = "Critics said the plan was the costliest of the Vaal Presidency so far."
    start = text.index("Vaal")
    (widened,) = widen_name_fragments(text, [Candidate(start, start + 4, "Vaal", "PERSON", 0)],
                                      frozenset({"mr"}), frozenset(), frozenset({"Presidency"}))
    assert (widened.text, widened.label) == ("Vaal Presidency", "ORG")


def test_a_bare_surname_does_not_join_the_presidency_of_its_name(analyze):
    result = analyze("President Kessler unveiled the budget. Critics said it was the toughest budget "
                     "of the Kessler Presidency but Kessler said it was fair.")
    assert "Kessler Presidency" not in _actor_texts(result, "Kessler")
    assert {m.label for m in result.mentions if m.text == "Kessler Presidency"} == {"ORG"}


def test_a_role_noun_inside_a_group_span_opens_the_person_after_it(nlp):
    """"Tamsk Labs boss Victor Brevik" read as one group: the body, then the person."""
    from newsgraph.mentions.rules import EntityRules
    from newsgraph.mentions.spans import cut_span
    doc = nlp("The sprinter sued Tamsk Labs boss Victor Brevik on Monday.")
    pieces = cut_span(doc[3:8], "ORG", EntityRules.from_data())
    assert [p.text for p in pieces] == ["Tamsk Labs", "Victor Brevik"]
    # a role noun with no person's own name after it leaves the span to the other rules
    doc = nlp("The fans cheered Tamsk Labs boss Brevik on Monday.")
    assert [p.text for p in cut_span(doc[3:7], "ORG", EntityRules.from_data())] == ["Tamsk Labs boss Brevik"]


def test_a_full_name_the_text_calls_a_person_takes_the_bare_surname():
    """"goalkeeper Tom Vaal" tagged a group but cued a person: "Vaal" is him."""
    from newsgraph.mentions.linking import link_short_forms
    from newsgraph.names import name_key
    text = "The club hopes goalkeeper Tom Vaal returns soon. Vaal has been out since May."
    full = text.index("Tom Vaal")
    short = text.rindex("Vaal")
    candidates = [Candidate(full, full + 8, "Tom Vaal", "ORG", 0, cue="PERSON"),
                  Candidate(short, short + 4, "Vaal", "ORG", 1)]
    assert link_short_forms(candidates, [name_key(c.text) for c in candidates], text=text) == [0, 0]


def test_a_full_name_tagged_a_group_with_no_person_cue_takes_no_surname():
    from newsgraph.mentions.linking import link_short_forms
    from newsgraph.names import name_key
    text = "Shares in Tom Vaal rose. Vaal has been out since May."
    full, short = text.index("Tom Vaal"), text.rindex("Vaal")
    candidates = [Candidate(full, full + 8, "Tom Vaal", "ORG", 0), Candidate(short, short + 4, "Vaal", "ORG", 1)]
    assert link_short_forms(candidates, [name_key(c.text) for c in candidates], text=text) == [0, 1]


def _given_corpus(bare: str, rival: str | None = None, meet: bool = True):
    """Four stories of Rafael Kessel at Tamsk Rovers and Vaal United, a story calling someone
    by the given name alone."""
    from test_resolution_links9 import _mention
    mentions = []
    for i in range(4):
        mentions += [_mention(f"d{i}", "Rafael Kessel"), _mention(f"d{i}", "Tamsk Rovers", "ORG", start=40),
                     _mention(f"d{i}", "Vaal United", "ORG", start=60)]
    if rival:
        mentions += [_mention("r", rival), _mention("r", "Brevik Theatre", "ORG", start=40)]
    clubs = ("Tamsk Rovers", "Vaal United") if meet else ("Orlen Hall", "Pesk Opera")
    mentions += [_mention("b", bare), _mention("b", clubs[0], "ORG", start=40), _mention("b", clubs[1], "ORG", start=60)]
    from newsgraph.resolve import get_resolver
    actors = get_resolver("name-graph.v1")(mentions, ()).actor_of_mention
    return actors[0], actors[-3]


def test_a_lone_given_name_is_the_one_full_name_opening_so_when_stories_meet():
    full, bare = _given_corpus("Rafael")
    assert full == bare
    full, bare = _given_corpus("Rafa")  # a listed short form of the full given name
    assert full == bare


def test_a_lone_given_name_stays_apart_from_stories_that_do_not_meet():
    assert len(set(_given_corpus("Rafael", meet=False))) == 2


def test_of_two_full_names_opening_so_the_one_whose_stories_meet_takes_it():
    """"Rafael Brevik" of a theatre story does not meet the club stories: the coach takes it."""
    full, bare = _given_corpus("Rafael", rival="Rafael Brevik")
    assert full == bare


def test_two_full_names_whose_stories_both_meet_are_not_guessed_between():
    from test_resolution_links9 import _mention
    from newsgraph.resolve import get_resolver
    mentions = []
    for name in ("Rafael Kessel", "Rafael Brevik"):
        for i in range(3):
            doc = f"{name}{i}"
            mentions += [_mention(doc, name), _mention(doc, "Tamsk Rovers", "ORG", start=40),
                         _mention(doc, "Vaal United", "ORG", start=60)]
    mentions += [_mention("b", "Rafael"), _mention("b", "Tamsk Rovers", "ORG", start=40),
                 _mention("b", "Vaal United", "ORG", start=60)]
    actors = get_resolver("name-graph.v1")(mentions, ()).actor_of_mention
    assert actors[-3] not in (actors[0], actors[9])


def test_a_lone_word_that_ends_a_full_name_is_left_to_the_surname_rules():
    assert len(set(_given_corpus("Rafael", rival="Tomas Rafael"))) == 2
