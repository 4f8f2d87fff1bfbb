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
