"""Round 37 of links (branch link24): a team sheet's surname that two people of the story bear,
and a lone law head word that is no surname of a law the model took for a person.
Sentences are invented for these tests."""

from __future__ import annotations

from newsgraph.mentions.linking import link_short_forms
from newsgraph.mentions.spans import Candidate
from newsgraph.model import Mention
from newsgraph.names import NameGender, name_key
from newsgraph.resolve.namegraph import _sheet_links_checked

_PROSE = ("Vaalby defender Tom Kessel is called up. Defenders Ian Brask and Rob Kessel are doubts, "
          "and Ed Tamm is with the under-21s while Lee Tamm may win a first cap.\n\n")


def _mention(text: str, words: str, at: int = 0, full: str = "") -> Mention:
    start = text.index(words, at)
    full = full or words
    return Mention(doc="d", start=start, end=start + len(words), text=words, label="PERSON",
                   key=name_key(full), full_name=full, sentence=0)


def _sheet_keys(line: str, entries: list[tuple[str, int, str]]) -> list[str]:
    """Keys after the check of sheet ``entries`` (surname, nth occurrence in the line, the full
    name the in-text linking gave it)."""
    text = _PROSE + line
    full_names = [_mention(text, n) for n in ("Tom Kessel", "Rob Kessel", "Ian Brask", "Ed Tamm", "Lee Tamm")]
    listed = []
    for surname, nth, linked in entries:
        at = text.index(surname, len(_PROSE))
        for _ in range(nth - 1):
            at = text.index(surname, at + 1)
        listed.append(_mention(text, surname, at, full=linked))
    out = _sheet_links_checked(full_names + listed, {"d": text})
    return [m.key for m in out[len(full_names):]]


_LINE = "Ord (Tamsk), Kessel (Vaalby), Tamm (Orrin), Brask (Tamsk), Kessel (Hove), Pell (Orrin).\n"


def test_the_club_in_brackets_picks_the_bearer_the_story_writes_it_before():
    """"Kessel (Vaalby)" is the "Vaalby defender Tom Kessel", not the nearer Rob Kessel."""
    keys = _sheet_keys(_LINE, [("Kessel", 1, "Rob Kessel")])
    assert keys == ["tom kessel"]


def test_a_surname_listed_twice_names_the_other_bearer_too():
    """The second "Kessel (Hove)" of the same sheet is the Kessel the first entry did not take."""
    keys = _sheet_keys(_LINE, [("Kessel", 1, "Rob Kessel"), ("Kessel", 2, "Rob Kessel")])
    assert keys == ["tom kessel", "rob kessel"]


def test_a_shared_surname_no_club_decides_keeps_the_most_recent_full_name():
    """"Tamm (Orrin)": neither Ed nor Lee Tamm is written after Orrin; Lee Tamm was named last."""
    keys = _sheet_keys(_LINE, [("Tamm", 1, "Lee Tamm")])
    assert keys == ["lee tamm"]


def test_a_surname_one_person_of_the_story_bears_keeps_its_link():
    keys = _sheet_keys(_LINE, [("Brask", 1, "Ian Brask")])
    assert keys == ["ian brask"]


def test_a_shared_surname_in_running_text_is_left_to_the_in_text_link():
    text = _PROSE + "Kessel said he was ready for the match on Saturday.\n"
    full_names = [_mention(text, n) for n in ("Tom Kessel", "Rob Kessel")]
    short = _mention(text, "Kessel", len(_PROSE), full="Rob Kessel")
    out = _sheet_links_checked(full_names + [short], {"d": text})
    assert out[-1].key == "rob kessel"


def _cand(text: str, words: str, label: str, at: int = 0) -> Candidate:
    start = text.index(words, at)
    return Candidate(start, start + len(words), words, label, 0)


def test_a_lone_bill_is_no_surname_of_another_bill_tagged_a_person():
    """"the Vaal Reform Bill and the Kessel Cards Bill" cut so that the second is a lone "Bill"."""
    text = "Ministers will push through the Reform Bill and the cards Bill before the spring."
    cands = [_cand(text, "Reform Bill", "PERSON"), _cand(text, "Bill", "PERSON", at=text.index("cards"))]
    targets = link_short_forms(cands, [name_key(c.text) for c in cands], NameGender.from_data(), text=text)
    assert targets[1] == 1


def test_a_person_s_surname_still_links_beside_a_law():
    text = "Tom Kessel drafted the Reform Bill. Kessel said it would pass."
    cands = [_cand(text, "Tom Kessel", "PERSON"), _cand(text, "Reform Bill", "PERSON"),
             _cand(text, "Kessel", "PERSON", at=text.index("Kessel said"))]
    targets = link_short_forms(cands, [name_key(c.text) for c in cands], NameGender.from_data(), text=text)
    assert targets[2] == 0


def test_a_relative_the_model_tagged_a_group_takes_the_surname_written_after_it():
    """"Felipe Vasko" tagged ORG, "Manuel Vasko" named later: the fly-half between is Felipe."""
    text = ("Teams lined up as Ramiro Vasko watched. Fly-half Felipe Vasko kicked early. "
            "Vasko then kicked a penalty. Centre Manuel Vasko came on late.")
    cands = [_cand(text, "Ramiro Vasko", "PERSON"), _cand(text, "Felipe Vasko", "ORG"),
             _cand(text, "Vasko", "PERSON", at=text.index("Vasko then")), _cand(text, "Manuel Vasko", "PERSON")]
    targets = link_short_forms(cands, [name_key(c.text) for c in cands], NameGender.from_data(), text=text)
    assert targets[2] == 1
    assert cands[1].label == "PERSON"  # the relative is a person, and so is the surname that stands for him


def test_a_people_word_before_a_surname_is_no_relative():
    """"American Vasko" tagged NORP beside "Lia Vasko": a nationality, not a second Vasko."""
    text = "Lia Vasko won in the first round. American Vasko then lost her temper. Vasko said sorry."
    cands = [_cand(text, "Lia Vasko", "PERSON"), _cand(text, "American Vasko", "NORP"),
             _cand(text, "Vasko", "PERSON", at=text.index("Vasko said"))]
    targets = link_short_forms(cands, [name_key(c.text) for c in cands], NameGender.from_data(), text=text)
    assert targets[2] == 0


def test_a_word_the_story_writes_in_lower_case_is_no_given_name():
    text = "Rock singer Pat Vasko is back. Rocker Vasko has a new band, and the rocker is happy. Vasko smiled."
    cands = [_cand(text, "Pat Vasko", "PERSON"), _cand(text, "Rocker Vasko", "ORG"),
             _cand(text, "Vasko", "PERSON", at=text.index("Vasko smiled"))]
    targets = link_short_forms(cands, [name_key(c.text) for c in cands], NameGender.from_data(), text=text)
    assert targets[2] == 0
