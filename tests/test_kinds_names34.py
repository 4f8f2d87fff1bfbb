"""Actor kinds (issue 18, round 32): a player's position written with a hyphen ("Kemaria
full-back Jon Vaal") or a player's noun the parser does not tag a noun ("Kemaria international
Jon Vaal") before a name states a person. Sentences and names written for these tests."""

from __future__ import annotations

from newsgraph.mentions.rules import EntityRules
from newsgraph.mentions.spans import person_cue

_RULES = EntityRules.from_data()


def _cue_of(nlp, text: str, name: str) -> bool:
    """Whether the person cue reads ``name`` (a span of ``text``) as a person."""
    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    return person_cue(span, _RULES)


def _cued(analyze, text: str, name: str) -> set[str]:
    return {m.cue for m in analyze(text).mentions if m.text == name}


def test_a_hyphenated_position_before_a_full_name_is_a_person_cue(nlp):
    assert _cue_of(nlp, "The kick was charged down after Kemaria full-back Teodor Vaalsen slipped.",
                   "Teodor Vaalsen")
    assert _cue_of(nlp, "Brenton fly-half Aled Tamsin kicked three penalties.", "Aled Tamsin")
    assert _cue_of(nlp, "Former Kemaria scrum-half Rhodri Ostrel will coach the side.", "Rhodri Ostrel")


def test_a_team_mate_before_a_name_is_a_person_cue(nlp):
    assert _cue_of(nlp, "His team-mate Jorvan Keld scored twice on Saturday.", "Jorvan Keld")


def test_a_hyphenated_role_written_with_spaces_is_no_cue(nlp):
    # "full - back" spaced is no compound of the table
    assert not _cue_of(nlp, "It went full - back Teodor Vaalsen said later.", "Teodor Vaalsen")


def test_an_international_after_a_side_is_a_person_cue(nlp):
    assert _cue_of(nlp, "Former Kemaria international Finnick Ostrel said the game was lost.", "Finnick Ostrel")


def test_a_forward_after_a_club_is_a_person_cue(nlp):
    assert _cue_of(nlp, "Brenton forward Miro Tamsk scored in the second half.", "Miro Tamsk")


def test_international_before_a_body_with_no_side_is_no_cue(nlp):
    # no capitalized side before the word: "the international Kessel Group" is a body's name
    assert not _cue_of(nlp, "The deal was signed by the international Kessel Group on Monday.", "Kessel Group")


def test_a_side_before_its_position_keeps_no_person_cue(nlp):
    # the side itself is not cued a person by the noun after it
    assert not _cue_of(nlp, "Kemaria full-back Teodor Vaalsen slipped.", "Kemaria")


def test_the_full_back_mention_takes_a_person_cue_in_a_story(analyze):
    text = ("Brenton lost 20-13 on Saturday. The try came after Kemaria full-back Teodor Vaalsen "
            "dropped the ball near his own line.")
    assert _cued(analyze, text, "Teodor Vaalsen") == {"PERSON"}


# --- a body the model calls a people ---------------------------------------------------------

def _norp_cue(nlp, text: str, name: str) -> str:
    from spacy.tokens import Span

    from newsgraph.mentions.spans import kind_cue
    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    return kind_cue(Span(doc, span.start, span.end, label="NORP"), "NORP", False, _RULES, None)


def test_a_proper_name_before_a_spokesman_is_a_body_cue_for_a_people_label(nlp):
    assert _norp_cue(nlp, "Vesslix spokesman Rob Tamsin said the rules were clear.", "Vesslix") == "ORG"
    assert _norp_cue(nlp, "Last month Kessnext chairman Ana Brask resigned.", "Kessnext") == "ORG"


def test_a_peoples_adjective_before_a_role_keeps_no_cue(nlp):
    assert _norp_cue(nlp, "Arsenal's Brazilian midfielder Edson Vaal has signed.", "Brazilian") == ""
    assert _norp_cue(nlp, "He spoke with the Bulgarian manager on Monday.", "Bulgarian") == ""


def test_a_people_cued_only_as_a_body_resolves_as_the_body():
    from dataclasses import replace

    from mention_helpers import mentions_in
    from newsgraph.resolve import get_resolver
    text = "Vesslix spokesman Rob Tamsin said so. Vesslix fined two firms. Vesslix acted fast."
    mentions = mentions_in("d1", text, {"Vesslix": "NORP"})
    mentions = [replace(m, cue="ORG") if i == 0 else m for i, m in enumerate(mentions)]
    result = get_resolver("name-graph.v1")(mentions, [], texts={"d1": text})
    assert {a.name: a.kind for a in result.actors}["Vesslix"] == "ORG"


def test_a_listed_demonym_cued_as_a_body_stays_a_people():
    from dataclasses import replace

    from mention_helpers import mentions_in
    from newsgraph.resolve import get_resolver
    text = "The Dutch coach said so. The Dutch were pleased. Dutch fans sang."
    mentions = mentions_in("d1", text, {"Dutch": "NORP"})
    mentions = [replace(m, cue="ORG") if i == 0 else m for i, m in enumerate(mentions)]
    result = get_resolver("name-graph.v1")(mentions, [], texts={"d1": text})
    assert {a.name: a.kind for a in result.actors}["Dutch"] == "NORP"
