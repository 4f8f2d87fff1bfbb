"""Round 63 (branch spk117): the members of a committee named in lower case ("the Commons
harbour committee", "the harbour select committee") speak for it — "the committee said ... / The
MPs said", "The Commons harbour committee was responding ... . The MPs also call for ... / They
say" give the committee; "Labour MPs", "MSPs" after a Commons committee, a committee with no house
word, and MPs after someone else spoke stay null. Sentences written for these tests
(``coref.members`` on hand-made mentions and claims)."""

from __future__ import annotations

from test_spk56 import speakers_of

COMMONS = ("Commons harbour committee", "ORG", "Commons harbour committee")
SELECT = ("harbour select committee", "ORG", "harbour select committee")
BARE = ("harbour committee", "ORG", "harbour committee")
CAPITAL = ("Harbour Affairs Committee", "ORG", "Harbour Affairs Committee")
VALE = ("Tom Vale", "PERSON", "Tom Vale")
BANK = ("Kessel Bank", "ORG", "Kessel Bank")


def test_the_mps_after_a_select_committee_speaks_are_the_committee():
    text = ("Tamsk fees\n\nThe fees were too high, the harbour select committee said. "
            "The MPs said boats were being turned away. Tolls should fall, MPs said.")
    assert speakers_of(text, [SELECT], [("harbour select committee", "harbour select committee"),
                                        ("The MPs", None), ("MPs", None)]) == ["harbour select committee"] * 3


def test_they_going_on_from_the_mps_of_a_commons_committee_is_the_committee():
    text = ("Tamsk fees\n\nThe Commons harbour committee said the fees were too high. "
            "Boats were being turned away, the MPs said. They said the port should publish its accounts.")
    assert speakers_of(text, [COMMONS], [("Commons harbour committee", "Commons harbour committee"),
                                         ("the MPs", None), ("They", None)]) == ["Commons harbour committee"] * 3


def test_the_mps_after_the_committee_opens_the_sentence_before_are_the_committee():
    text = ("Tamsk fees\n\nThe influential Commons harbour committee was responding to the new tolls. "
            "The MPs also call for lower fees. They say boats are being turned away.")
    assert speakers_of(text, [COMMONS], [("The MPs", None), ("They", None)]) == ["Commons harbour committee"] * 2


def test_a_capitalised_committee_opening_the_sentence_before_gives_its_mps():
    text = ("Tamsk fees\n\nThe Harbour Affairs Committee was responding to the new tolls. "
            "The MPs also call for lower fees.")
    assert speakers_of(text, [CAPITAL], [("The MPs", None)]) == ["Harbour Affairs Committee"]


# --- guards: what must stay null ----------------------------------------------------------------

def test_another_houses_members_stay_null():
    # MSPs do not sit on a Commons committee
    text = ("Tamsk fees\n\nThe Commons harbour committee said the fees were too high. "
            "Boats were being turned away, the MSPs said.")
    assert speakers_of(text, [COMMONS], [("Commons harbour committee", "Commons harbour committee"),
                                         ("the MSPs", None)])[1] is None


def test_a_committee_with_no_house_word_gives_no_members():
    text = ("Tamsk fees\n\nThe harbour committee said the fees were too high. "
            "Boats were being turned away, the MPs said.")
    assert speakers_of(text, [BARE], [("harbour committee", "harbour committee"), ("the MPs", None)])[1] is None


def test_party_mps_after_a_lower_case_committee_stay_null():
    text = ("Tamsk fees\n\nThe Commons harbour committee said the fees were too high. "
            "The port was right, Labour MPs said.")
    assert speakers_of(text, [COMMONS], [("Commons harbour committee", "Commons harbour committee"),
                                         ("Labour MPs", None)])[1] is None


def test_mps_after_someone_else_spoke_stay_null():
    text = ("Tamsk fees\n\nThe Commons harbour committee was responding to the tolls. Tom Vale said the "
            "fees would fall. The MPs criticised him last year.")
    assert speakers_of(text, [COMMONS, VALE], [("Tom Vale", "Tom Vale"), ("The MPs", None)])[1] is None


def test_mps_after_another_name_past_the_committee_stay_null():
    text = ("Tamsk fees\n\nThe Commons harbour committee met Kessel Bank on Monday. "
            "The MPs also call for lower fees.")
    assert speakers_of(text, [COMMONS, BANK], [("The MPs", None)]) == [None]


def test_mps_two_sentences_past_the_committee_stay_null():
    text = ("Tamsk fees\n\nThe Commons harbour committee was responding to the tolls. Fees rose in May. "
            "The MPs also call for lower fees.")
    assert speakers_of(text, [COMMONS], [("The MPs", None)]) == [None]


def test_mps_after_a_committee_that_is_no_sentence_opener_stay_null():
    # the committee is named inside another's sentence: whose members speak next is not said
    text = ("Tamsk fees\n\nTom Vale gave evidence to the Commons harbour committee on Monday. "
            "The MPs also call for lower fees.")
    assert speakers_of(text, [COMMONS, VALE], [("The MPs", None)]) == [None]
