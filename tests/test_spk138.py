"""Round 70 (branch spk138): the title of a state's one office that the model tags as a name of
its own ("the Lord Chief Justice, Lord Vaal, said", "the Home Secretary, Jo Brann,") stands for
the story's one bearer written with that title (``lone_office_bearer_titles``, read by
``mentions.linking.lone_title_targets``), so a speaker so written is that person, not an office
actor. With no bearer, or two, the title keeps its own name as before. Sentences written here,
names invented."""

from __future__ import annotations

from newsgraph.mentions import to_mentions
from newsgraph.mentions.linking import lone_title_targets
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


# --- fixed: the office written before its holder's name is that holder ---------------------------


def test_lord_chief_justice_links_to_the_apposed_peer():
    text = "The Lord Chief Justice, Lord Kessel, said the judge had a rare gift."
    cands, keys = _candidates(text, [("Chief Justice", "PERSON"), ("Kessel", "PERSON")])
    assert lone_title_targets(cands, keys, text) == {0: 1}
    assert [m.key for m in to_mentions("d", cands, keys, text=text)] == ["kessel", "kessel"]


def test_foreign_secretary_links_to_the_apposed_holder_and_is_a_person():
    text = "The Foreign Secretary, Jo Brann, has issued no guidance to the Tamsk embassy."
    cands, keys = _candidates(text, [("Foreign Secretary", "ORG"), ("Jo Brann", "PERSON"), ("Tamsk", "GPE")])
    mentions = to_mentions("d", cands, keys, text=text)
    assert mentions[0].key == "jo brann" and mentions[0].label == "PERSON"


def test_later_office_mention_links_to_the_holder_named_with_the_title():
    text = "Critics want the advice of the Home Secretary Ivo Vaal made public. The Home Secretary refused."
    cands, keys = _candidates(text, [("Home Secretary", "ORG"), ("Ivo Vaal", "PERSON"), ("Home Secretary", "ORG")])
    mentions = to_mentions("d", cands, keys, text=text)
    assert [m.key for m in mentions] == ["ivo vaal", "ivo vaal", "ivo vaal"]


def test_speaker_of_the_apposed_office_is_the_holder(analyze):
    result = analyze("Judge honoured in Tamsk\n\n"
                     "The Lord Chief Justice, Lord Kessel, who heads the courts of Tamsk, said the late "
                     "judge had changed the law. \"He was a kind and wise man,\" he said.")
    speakers = {result.mentions[c.speaker].key for c in result.claims if c.speaker is not None}
    assert speakers and all("chief justice" not in s for s in speakers), speakers


# --- guards: with no bearer or two, the office keeps its own name ---------------------------------


def test_office_with_no_bearer_keeps_its_name():
    text = "Campaigners want the letter of the Home Secretary made public, said Jo Brann."
    cands, keys = _candidates(text, [("Home Secretary", "ORG"), ("Jo Brann", "PERSON")])
    assert lone_title_targets(cands, keys, text) == {}
    assert [m.key for m in to_mentions("d", cands, keys, text=text)] == ["home secretary", "jo brann"]


def test_office_named_like_a_body_is_not_linked():
    # "the Attorney General" is an office the tables name like a body: it is left to them
    text = "The Attorney General, Jo Brann, has issued no guidance."
    cands, keys = _candidates(text, [("Attorney General", "ORG"), ("Jo Brann", "PERSON")])
    assert lone_title_targets(cands, keys, text) == {}


def test_office_with_two_bearers_keeps_its_name():
    text = ("Home Secretary Jo Brann replaced Home Secretary Ivo Kessel in May. "
            "The Home Secretary said the law would stay.")
    cands, keys = _candidates(text, [("Jo Brann", "PERSON"), ("Ivo Kessel", "PERSON"), ("Home Secretary", "ORG")])
    assert lone_title_targets(cands, keys, text) == {}
    assert [m.key for m in to_mentions("d", cands, keys, text=text)][-1] == "home secretary"


def test_office_without_the_is_left_alone():
    text = "Lawyers urged Lord Chief Justice and Lord Vaal to hear the case."
    cands, keys = _candidates(text, [("Lord Chief Justice", "PERSON"), ("Vaal", "PERSON")])
    assert lone_title_targets(cands, keys, text) == {}


def test_church_title_with_no_bearer_still_names_nobody():
    text = "Next week the Bishop plans to ask Tamsk to pray."
    cands, keys = _candidates(text, [("Bishop", "ORG"), ("Tamsk", "GPE")])
    assert [m.key for m in to_mentions("d", cands, keys, text=text)] == ["tamsk"]


def test_office_takes_the_peer_key_of_its_bearer():
    # a peer's surname keeps "lord" in its key; the office linked to him must carry the same key
    from newsgraph.names import NameGender

    text = "The Lord Chief Justice, Lord Kessel, said the judge had a rare gift."
    cands, keys = _candidates(text, [("Chief Justice", "PERSON"), ("Kessel", "PERSON")])
    cands[1].title = "Lord"
    mentions = to_mentions("d", cands, keys, gender=NameGender.from_data(), text=text)
    assert mentions[0].key == mentions[1].key
