"""Bodies the model types a person and the corpus vote leaves one (round 37, branch kind45): a name
of two or three words with a body's voice and no person's (``_bodied_kind`` / ``_body_named``,
``KindContexts.named_body_voice``, words ``named_body_voices_before`` / ``named_body_voices_after``
in ``data/kind_contexts.yaml``), and the words of a name itself that close or open a body's name
(``org_head_words``, ``team_head_words``, ``org_lead_words`` in ``data/entity_rules.yaml``).
Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import resolved_kinds as _kinds

from newsgraph.mentions.rules import EntityRules
from newsgraph.mentions.spans import relabel
from newsgraph.resolve.contexts import KindContexts


def _label(text: str, label: str = "PERSON") -> str:
    return relabel(type("S", (), {"text": text})(), label, EntityRules.from_data())


# --- a name of two or three words with a body's voice ---------------------------------------

def test_a_takeover_of_a_two_word_name_makes_a_body():
    text = ("The takeover of Korvane Drax was agreed on Tuesday. "
            "Korvane Drax plans to open ten more depots next year.")
    assert _kinds({"a": (text, {"Korvane Drax": "PERSON"})})["Korvane Drax"] == "ORG"


def test_a_firms_suffix_after_the_name_makes_a_body():
    text = "Brevo Tamsk plc reported higher sales. Brevo Tamsk will pay a dividend in May."
    assert _kinds({"a": (text, {"Brevo Tamsk": "PERSON"})})["Brevo Tamsk"] == "ORG"


def test_a_signing_for_the_name_makes_a_club():
    text = "The striker signed for Orvik Dalen in January after a trial."
    assert _kinds({"a": (text, {"Orvik Dalen": "PERSON"})})["Orvik Dalen"] == "ORG"


def test_a_members_noun_or_a_trades_plural_makes_a_body():
    member = "Former Velvet Harrowmen singer Ann Tosca released a solo record in May."
    assert _kinds({"a": (member, {"Velvet Harrowmen": "PERSON", "Ann Tosca": "PERSON"})})["Velvet Harrowmen"] == "ORG"
    trade = "The sale was run by auctioneers Korvane Drax in Leeds."
    assert _kinds({"a": (trade, {"Korvane Drax": "PERSON"})})["Korvane Drax"] == "ORG"


def test_a_persons_pronoun_or_title_keeps_a_two_word_person():
    pronoun = "The takeover of Korvane Drax failed. Korvane Drax said he would not sell his stake."
    assert _kinds({"a": (pronoun, {"Korvane Drax": "PERSON"})})["Korvane Drax"] == "PERSON"
    # "Mr X of X Ltd": the founder stays a person, his firm is another name
    titled = "Mr Selvo Brandt of Selvo Brandt Ltd said sales had doubled."
    kinds = _kinds({"a": (titled, {"Selvo Brandt": "PERSON"})})
    assert kinds["Selvo Brandt"] == "PERSON"


def test_a_surname_written_alone_or_a_given_name_keeps_the_person():
    from newsgraph.resolve import get_resolver
    resolver = get_resolver("name-graph.v1")
    assert not resolver._body_named({"Korvane Drax", "Drax"})  # the surname alone: a person's
    assert not resolver._body_named({"Mr Korvane Drax"})
    assert not resolver._body_named({"Jay-Z. Soul"})  # two sentences' words
    assert resolver._body_named({"Korvane Drax", "Korvane"})
    given = "A spokesman for Peter Wollaby declined to comment. Peter Wollaby plc shares were flat."
    assert _kinds({"a": (given, {"Peter Wollaby": "PERSON"})})["Peter Wollaby"] == "PERSON"


def test_a_which_or_an_its_is_no_voice_for_a_two_word_name():
    # a person's name comes before a work's "which" or a list's; the one-word voices stay one-word
    text = "The museum bought a guitar that belonged to Korvane Drax, which will be shown in May."
    assert _kinds({"a": (text, {"Korvane Drax": "PERSON"})})["Korvane Drax"] == "PERSON"


def test_the_named_body_voice_words():
    contexts = KindContexts.from_data()
    text = "Fund managers sold their shares in Ostra Melk last year."
    at = text.index("Ostra Melk")
    assert contexts.named_body_voice(text, at, at + 10)


# --- the name's own words ---------------------------------------------------------------------

def test_club_letters_closing_a_name_make_a_club():
    assert _label("Tamsk AK") == "ORG"
    assert _label("Vaalby FK") == "ORG"
    assert _label("Kessel CF") == "ORG"


def test_club_words_opening_a_name_make_a_club():
    assert _label("Racing Vaalby") == "ORG"
    assert _label("Spartak Tamsk") == "ORG"
    # initials that are also club letters open a person's name: left to the model
    assert _label("AS Kessel") == "PERSON"


def test_a_fellowship_and_firms_named_by_their_head_word():
    assert _label("Gamblers Anonymous") == "ORG"
    assert _label("Korvane Labs") == "ORG"
    assert _label("Tamsk Foods") == "ORG"
    assert _label("Brevo Films") == "ORG"
