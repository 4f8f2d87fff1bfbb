"""Firms named like people and outlets by reading only (round 38, branch kind47): a lone word the
model calls a body in many stories weighed against its namesakes' full names corpus-wide
(``_surname_kind``), a founder-shaped name ("Ann Vaal") whose body words clearly outnumber its
person words (``_founder_shaped`` / ``_founder_named_kind``), and an outlet by the mention
stage's reading that a body's words and no news words surround (``_outlet_bodied_kind``,
``KindContexts.outlet_voice``, words ``outlet_voices_after`` / ``outlet_voices_before`` in
``data/kind_contexts.yaml``). Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import resolve_docs
from mention_helpers import resolved_kinds as _kinds

from newsgraph.resolve.contexts import KindContexts

# --- a lone word the model calls a body in many stories ------------------------------------

_NAMESAKES = {
    "a": ("Film director Oskar Valdane said he would retire. Oskar Valdane made twelve films.",
          {"Oskar Valdane": "PERSON"}),
    "f": ("The painter Ruth Valdane opened a show in Leeds. Ruth Valdane sold ten works.",
          {"Ruth Valdane": "PERSON"}),
}
_FIRM_STORIES = {
    "b": ("Shares in Valdane rose 3% after the studio raised its forecast.", {"Valdane": "ORG"}),
    "c": ("Cinemas showed cartoons made by Valdane over the holiday.", {"Valdane": "ORG"}),
    "d": ("The rival studios Korvex and Valdane both lost market share in May.",
          {"Valdane": "ORG", "Korvex": "ORG"}),
    "e": ("Valdane opened a theme park in Spain last year.", {"Valdane": "ORG"}),
    "g": ("Valdane sold its music arm last week.", {"Valdane": "ORG"}),
}


def test_a_word_the_model_calls_a_body_in_more_stories_than_its_namesakes_names_stays_a_body():
    # four mentions of two people's full names; five stories name the studio alone, each story's
    # bare word an actor of its own: every one stays the body the model says
    actors = resolve_docs({**_NAMESAKES, **_FIRM_STORIES}).actors
    kinds = {a.kind for a in actors if a.name == "Valdane"}
    assert kinds == {"ORG"}
    assert {a.kind for a in actors if a.name.endswith(" Valdane")} == {"PERSON"}


def test_a_word_the_model_calls_a_body_less_often_than_its_bearers_are_named_is_their_surname():
    # two stories with the bare word tagged a body, four full-name mentions: the people's surname
    few = {k: _FIRM_STORIES[k] for k in ("b", "c")}
    actors = resolve_docs({**_NAMESAKES, **few}).actors
    assert {a.kind for a in actors if a.name == "Valdane"} == {"PERSON"}


# --- a firm named after its founder ---------------------------------------------------------

def test_a_founder_named_firm_with_a_spokesman_in_two_stories_is_a_body():
    docs = {
        "a": ('"The odds have shortened," said Simon Marrow spokesman Ian Pell.',
              {"Simon Marrow": "PERSON", "Ian Pell": "PERSON"}),
        "b": ("Punters backed the outsider, a Simon Marrow spokesman said on Friday.",
              {"Simon Marrow": "PERSON"}),
        "c": ("The favourite is 3-1 with Simon Marrow for the title.", {"Simon Marrow": "PERSON"}),
    }
    assert _kinds(docs)["Simon Marrow"] == "ORG"


def test_a_founder_named_firm_with_three_body_words_in_one_story_is_a_body():
    text = ("A Simon Marrow spokesman said trading was strong. Simon Marrow shares rose 4%. "
            "Analysts expect Simon Marrow plc to open twenty shops.")
    assert _kinds({"a": (text, {"Simon Marrow": "PERSON"})})["Simon Marrow"] == "ORG"
    # two in one story are as often a man's spokesman and a slip: round 36's guard holds
    two = "A Simon Marrow spokesman said trading was strong. Simon Marrow shares rose 4%."
    assert _kinds({"a": (two, {"Simon Marrow": "PERSON"})})["Simon Marrow"] == "PERSON"


def test_a_founder_named_firm_with_one_body_word_stays_a_person():
    docs = {
        "a": ('"The odds have shortened," said Simon Marrow spokesman Ian Pell.',
              {"Simon Marrow": "PERSON", "Ian Pell": "PERSON"}),
        "b": ("The favourite is 3-1 with Simon Marrow for the title.", {"Simon Marrow": "PERSON"}),
        "c": ("Simon Marrow opened the new season on Friday.", {"Simon Marrow": "PERSON"}),
    }
    assert _kinds(docs)["Simon Marrow"] == "PERSON"


def test_a_title_or_more_person_words_keep_the_person():
    titled = {
        "a": ("Simon Marrow shares fell. A Simon Marrow spokesman said little.", {"Simon Marrow": "PERSON"}),
        "b": ("Mr Simon Marrow denied the claim.", {"Simon Marrow": "PERSON"}),
    }
    assert _kinds(titled)["Simon Marrow"] == "PERSON"
    voiced = {
        "a": ("A Simon Marrow spokesman declined to comment.", {"Simon Marrow": "PERSON"}),
        "b": ("A Simon Marrow spokesman said sales were up.", {"Simon Marrow": "PERSON"}),
        "c": ("Simon Marrow, who is 54, said he would stay.", {"Simon Marrow": "PERSON"}),
        "d": ("Simon Marrow said his son would run the shops.", {"Simon Marrow": "PERSON"}),
    }
    assert _kinds(voiced)["Simon Marrow"] == "PERSON"


def test_a_surname_written_alone_is_no_founders_firm():
    from newsgraph.resolve import get_resolver
    resolver = get_resolver("name-graph.v1")
    assert resolver._founder_shaped({"Simon Marrow"})
    assert not resolver._founder_shaped({"Simon Marrow", "Marrow"})
    assert not resolver._founder_shaped({"Korvane Drax"})  # no given name: round 37's vote
    assert not resolver._founder_shaped({"Mr Simon Marrow"})


# --- an outlet by reading only --------------------------------------------------------------

def test_news_words_around_a_name_are_an_outlets_voice():
    contexts = KindContexts.from_data()
    for sentence, name in [("The minister told Harbour Lamp on Sunday.", "Harbour Lamp"),
                           ("Harbour Lamp reported the deal first.", "Harbour Lamp"),
                           ("according to the Harbour Lamp, sales fell", "Harbour Lamp"),
                           ("Harbour Lamp editor Jo Venn wrote the piece.", "Harbour Lamp")]:
        start = sentence.index(name)
        assert contexts.outlet_voice(sentence, start, start + len(name)), sentence
    sentence = "Shares in Harbour Lamp fell 2%."
    start = sentence.index("Harbour Lamp")
    assert not contexts.outlet_voice(sentence, start, start + len("Harbour Lamp"))


def test_an_outlet_by_reading_with_a_body_word_and_no_news_word_is_a_body():
    text = ("Investors bought shares in Varnel Express on Monday. "
            "Varnel Express will cut its card fees next year.")
    assert _kinds({"a": (text, {"Varnel Express": "OUTLET"})})["Varnel Express"] == "ORG"


def test_an_outlet_with_a_news_word_or_a_known_outlet_stays_an_outlet():
    text = ("Investors bought shares in Varnel Express on Monday. "
            "The minister told Varnel Express that fees would fall.")
    assert _kinds({"a": (text, {"Varnel Express": "OUTLET"})})["Varnel Express"] == "OUTLET"
    known = "Investors bought shares in Reuters. A spokesman for Reuters said profits were up."
    assert _kinds({"a": (known, {"Reuters": "OUTLET"})})["Reuters"] == "OUTLET"


def test_an_outlet_by_reading_with_no_body_word_stays_an_outlet():
    text = "Varnel Express will cut its card fees next year."
    assert _kinds({"a": (text, {"Varnel Express": "OUTLET"})})["Varnel Express"] == "OUTLET"
