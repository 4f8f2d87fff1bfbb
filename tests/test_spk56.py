"""Round 40 (branch spk56): members speaking for their body — "MPs have said ... / The Kessel
Affairs Committee said", "the committee found ..., the MPs said. / They said" give the committee;
"Labour MPs", MPs after a minister, or a "they" past another name stay null. And a "he" past an
office description ("X said. The harbour affairs secretary outlined ... He denied") is the person
the description renames when the corpus knows no holder of that title.
Sentences written for these tests (``coref.members`` on hand-made mentions and claims)."""

from __future__ import annotations

from newsgraph.coref.members import resolve_members
from newsgraph.coref.offices import resolve_described
from newsgraph.model import Claim
from test_coref import mentions_of
from test_coref_offices import LEXICON, actors_of, table_of

COMMITTEE = ("Harbour Affairs Committee", "ORG", "Harbour Affairs Committee")
BANK = ("Kessel Bank", "ORG", "Kessel Bank")
VALE = ("Tom Vale", "PERSON", "Tom Vale")


def said(text: str, speaker: str, after: int = 0) -> Claim:
    start = text.index(speaker, after)
    return Claim(id=f"d:c{start}", doc="d", start=0, end=1, text="", speaker=None, speaker_text=speaker,
                 speaker_span=[start, start + len(speaker)], anonymous=False, cue="said",
                 cue_span=[start + len(speaker) + 1, start + len(speaker) + 5], stance="assert", outlet=None,
                 sentence=0, kind="indirect")


def speakers_of(text: str, names, spoken: list[tuple[str, str | None]]) -> list[str | None]:
    """Each claim's speaker after the stage: ``spoken`` holds (speaker words, the name of the
    mention the document stage linked it to, or None)."""
    mentions = mentions_of(text, names)
    claims, after = [], 0
    for words, linked in spoken:
        claim = said(text, words, after)
        after = claim.speaker_span[1]
        if linked is not None:
            claim.speaker = next(i for i, m in enumerate(mentions) if m.text == linked and m.start == claim.speaker_span[0])
        claims.append(claim)
    resolve_members(text, claims, mentions, actors_of(mentions), LEXICON)
    return [mentions[c.speaker].full_name if c.speaker is not None else None for c in claims]


def test_the_mps_after_the_committee_speaks_are_the_committee():
    text = ("Harbour fees\n\nThe Harbour Affairs Committee said the fees were too high. "
            "The port should publish its accounts, the MPs said.")
    assert speakers_of(text, [COMMITTEE], [("Harbour Affairs Committee", "Harbour Affairs Committee"),
                                           ("the MPs", None)]) == ["Harbour Affairs Committee"] * 2


def test_the_leads_mps_are_the_committee_speaking_in_the_next_sentence():
    text = ("Harbour fees\n\nHarbour fees are too high, MPs have said.\n\n"
            "Harbour Affairs Committee said the port should publish its accounts.")
    assert speakers_of(text, [COMMITTEE], [("MPs", None), ("Harbour Affairs Committee", "Harbour Affairs Committee")]) \
        == ["Harbour Affairs Committee"] * 2


def test_they_going_on_from_the_mps_is_the_committee():
    text = ("Harbour fees\n\nThe Harbour Affairs Committee said the fees were too high. "
            "Boats were being turned away, the MPs said.\n\nThey said the port should publish its accounts.")
    assert speakers_of(text, [COMMITTEE], [("Harbour Affairs Committee", "Harbour Affairs Committee"),
                                           ("the MPs", None), ("They", None)]) == ["Harbour Affairs Committee"] * 3


def test_mps_after_a_minister_stay_null():
    # the minister answered the committee: which MPs speak next, the text does not say
    text = ("Harbour fees\n\nThe Harbour Affairs Committee said the fees were too high. "
            "Tom Vale said the fees would fall. The fees were a tax, the MPs said.")
    assert speakers_of(text, [COMMITTEE, VALE], [("Harbour Affairs Committee", "Harbour Affairs Committee"),
                                                 ("Tom Vale", "Tom Vale"), ("the MPs", None)])[2] is None


def test_a_party_or_some_mps_stay_null():
    text = ("Harbour fees\n\nThe Harbour Affairs Committee said the fees were too high. "
            "The port was right, Labour MPs said.")
    assert speakers_of(text, [COMMITTEE], [("Harbour Affairs Committee", "Harbour Affairs Committee"),
                                           ("Labour MPs", None)])[1] is None


def test_a_body_that_is_no_committee_gives_no_members():
    text = "Harbour fees\n\nKessel Bank said the fees were too high. The port was wrong, the MPs said."
    assert speakers_of(text, [BANK], [("Kessel Bank", "Kessel Bank"), ("the MPs", None)])[1] is None


def test_they_past_another_name_stays_null():
    text = ("Harbour fees\n\nThe Harbour Affairs Committee said the fees were too high. "
            "Boats were being turned away, the MPs said. Kessel Bank lent the port money. "
            "They said the loan was too small.")
    assert speakers_of(text, [COMMITTEE, BANK], [("Harbour Affairs Committee", "Harbour Affairs Committee"),
                                                 ("the MPs", None), ("They", None)])[2] is None


# --- a "he" past an office the story never ties to a name -------------------------------------

def test_he_past_an_office_description_is_the_one_person_before_it():
    text = ("Harbour fees\n\nThe fees will rise, Lord Vale said. The harbour affairs secretary outlined "
            "the plans on Monday. He denied that boats would leave.")
    names = [("Lord Vale", "PERSON", "Lord Vale")]
    assert pronoun_after(text, names, "He", ("Lord Vale", "Lord Vale")) == "Lord Vale"


def test_he_past_an_office_another_holds_in_the_corpus_stays_null():
    text = ("Harbour fees\n\nThe fees will rise, Lord Vale said. The harbour affairs secretary outlined "
            "the plans on Monday. He denied that boats would leave.")
    names = [("Lord Vale", "PERSON", "Lord Vale"), ("Jo Pike", "PERSON", "Jo Pike")]
    stories = [("Harbour Affairs Secretary Jo Pike sailed. ", [("Jo Pike", "PERSON", "Jo Pike")]),
               ("Harbour Affairs Secretary Jo Pike swam. ", [("Jo Pike", "PERSON", "Jo Pike")])]
    assert pronoun_after(text, names, "He", ("Lord Vale", "Lord Vale"), stories) is None


def test_he_past_an_office_after_two_people_stays_null():
    text = ("Harbour fees\n\nLord Vale met Tom Dunne at the port. The harbour affairs secretary outlined "
            "the plans on Monday. He denied that boats would leave.")
    names = [("Lord Vale", "PERSON", "Lord Vale"), ("Tom Dunne", "PERSON", "Tom Dunne")]
    assert pronoun_after(text, names, "He", None) is None


def pronoun_after(text: str, names, pronoun: str, spoken: tuple[str, str] | None, stories=()) -> str | None:
    """The speaker ``resolve_described`` gives a "he" claim, after an optional claim of ``spoken``
    (speaker words, linked name)."""
    mentions = mentions_of(text, names)
    claims = []
    if spoken is not None:
        first = said(text, spoken[0])
        first.speaker = next(i for i, m in enumerate(mentions) if m.text == spoken[1])
        first.start, first.end = text.index("The fees"), text.index(", Lord")
        claims.append(first)
    he = said(text, pronoun, text.index("Monday"))
    he.start, he.end = he.speaker_span[1] + 8, len(text) - 1
    claims.append(he)
    resolve_described(text, claims, mentions, actors_of(mentions), table_of(list(stories)), LEXICON)
    return mentions[he.speaker].full_name if he.speaker is not None else None
