"""Round 58 (issue 19, branch spk97): a description speaker right after the close of its own quote
('"...," the 29-year-old told', "...?'\" the veteran comedian said") was never read as an epithet:
``coref.offices._EPITHET_OPENS`` took a frame after a quote only with a verb between the quote and
the description ('," said the X'). The same frame with the verb after the speaker now renames, by
the same checks (``_epithet_holder``), the one person of the sentence before the quote, and a
"he" / "she" going on from that claim in its paragraph follows (``resolve_described``'s chain).

Guards pin what must not change: two people before the quote, a quote after a sentence naming
nobody, the '," said the X' frame. Sentences and names written here."""

from __future__ import annotations

from newsgraph.coref.offices import resolve_described
from newsgraph.model import Claim
from test_coref import mentions_of
from test_coref_offices import LEXICON, actors_of, claim, table_of

BRANN = ("Jo Brann", "PERSON", "Jo Brann")
MARCH = ("Ada March", "PERSON", "Ada March")



def _claim_at(text: str, speaker: str, after: int = 0) -> Claim:
    return claim(text, speaker, after)


def _resolve_all(text: str, names, speakers: list[tuple[str, int]]) -> list[str | None]:
    """Resolve the claims spoken by ``speakers`` (words, search offset) in one document; the
    full name each gets, in order."""
    mentions = mentions_of(text, names)
    items = [_claim_at(text, words, after) for words, after in speakers]
    resolve_described(text, items, mentions, actors_of(mentions), table_of([]), LEXICON)
    return [mentions[c.speaker].full_name if c.speaker is not None else None for c in items]


# --- fixed: the description after its own quote is the one person named before it -------------

def test_an_age_after_its_own_quote_is_the_player_signed_before():
    text = ("Kessel sign midfielder\n\nKessel have taken Tamsk midfielder Jo Brann on loan for a year.\n\n"
            "\"I never had a doubt,\" the 29-year-old told the club website.")
    assert _resolve_all(text, [BRANN], [("the 29-year-old", 0)]) == ["Jo Brann"]


def test_a_youngster_after_his_own_quote_and_the_he_after_it():
    text = ("Squad named\n\nVaal centre Jo Brann was picked for the Kemaria tour on Monday. "
            "\"It is a dream,\" the youngster said. He said he would call his mother first.")
    at = text.index("He said")
    assert _resolve_all(text, [BRANN], [("the youngster", 0), ("He", at)]) == ["Jo Brann", "Jo Brann"]


def test_a_comedian_after_a_quote_closing_a_nested_question():
    text = ("Comedy row\n\nJo Brann also took aim at game shows on Kemaria TV. "
            "\"Every host asks, 'Who wants to be famous?'\" said the 61-year-old comedian.")
    assert _resolve_all(text, [BRANN], [("the 61-year-old comedian", 0)]) == ["Jo Brann"]


# --- guards: what must not change -----------------------------------------------------------------

def test_two_people_before_the_quote_give_nobody():
    text = ("Squad named\n\nJo Brann and Ada March were both picked by Vaal on Monday. "
            "\"It is a dream,\" the youngster said.")
    assert _resolve_all(text, [BRANN, MARCH], [("the youngster", 0)]) == [None]


def test_a_quote_after_a_sentence_naming_nobody_gives_nobody():
    text = ("Squad named\n\nThe Tamsk squad was named on Monday. The first game is in June. "
            "\"It is a dream,\" the youngster said.")
    assert _resolve_all(text, [], [("the youngster", 0)]) == [None]


def test_the_frame_with_the_verb_before_the_description_is_unchanged():
    text = ("Kessel sign midfielder\n\nKessel have taken Tamsk midfielder Jo Brann on loan for a year.\n\n"
            "\"I never had a doubt,\" said the 29-year-old.")
    assert _resolve_all(text, [BRANN], [("the 29-year-old", 0)]) == ["Jo Brann"]


def test_a_person_named_only_as_an_owner_before_the_quote_gives_nobody():
    # "Brann's coach": whose coach is no one the description renames (the existing check)
    text = ("Squad named\n\nJo Brann's coach was pleased with the pick on Monday. "
            "\"It is a dream,\" the youngster said.")
    assert _resolve_all(text, [BRANN], [("the youngster", 0)]) == [None]


def test_a_sentence_about_a_described_person_gives_none_of_its_objects():
    # "The Spaniard thought X had called": the sentence is about the one described, not X
    text = ("Hoax\n\nThe Spaniard thought the caller was Kessel chairman Jo Brann. "
            "\"I want to move,\" the 21-year-old told a radio station.")
    assert _resolve_all(text, [BRANN], [("the 21-year-old", 0)]) == [None]


def test_a_champion_opening_the_sentence_before_gives_none_of_her_rivals():
    text = ("High jump\n\nThe Olympic champion cleared two metres, ahead of Ada March of Tamsk. "
            "\"I felt light,\" the 22-year-old told reporters.")
    assert _resolve_all(text, [MARCH], [("the 22-year-old", 0)]) == [None]


def test_a_team_opening_the_sentence_before_is_no_described_person():
    # "The Kenyan selectors": a people's adjective before a body, not a person described
    text = ("Relay\n\nThe Kenyan selectors meet on Friday to discuss Ada March. "
            "The 29-year-old has won twice in Vaal this winter, the panel said.")
    assert _resolve_all(text, [MARCH], [("The 29-year-old", 0)]) == ["Ada March"]
