"""Actor kinds (round 63, branch kind99): a name read on every mention as its contest's or its
prize's ("the Kessop champion", "Vaal and Tarvik champion", "a Kessop 100m silver medal", "the
Brevik title") or, of a place, as its event's ("Tamsk victims", "the 1979 Tamsk air crash") leaves
the actor graph (``KindContexts.names_prize``, ``names_place_event``; ``prize_nouns_after``,
``prize_words_between``, ``prize_nouns_blocked_after``, ``place_event_nouns_after``; voted by
``_event_named_things``). One other reading, a speaking mention, a person, a people, a country and
a town "in" which something happens keep the actor. Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import kinds_of_name

from newsgraph.resolve.contexts import KindContexts


def _prize(text: str, name: str) -> bool:
    return KindContexts.from_data().names_prize(text, text.index(name) + len(name))


def _place_event(text: str, name: str) -> bool:
    return KindContexts.from_data().names_place_event(text, text.index(name) + len(name))


# --- the fix -------------------------------------------------------------------------------------

def test_a_contest_named_only_before_champion_and_medal_is_no_actor():
    docs = {"a": ("Jo Brann, the Kessop and Northern champion, ran well.",
                  {"Jo Brann": "PERSON", "Kessop": "ORG"}),
            "b": ("She has only a Kessop 100m silver medal so far.", {"Kessop": "ORG"})}
    assert kinds_of_name(docs, "Kessop") == set()


def test_a_town_named_only_for_its_disaster_is_no_actor():
    docs = {"a": ("The fund will compensate Tamsk victims, the minister said.",
                  {"Tamsk": "GPE"}),
            "b": ("Files on the 1979 Tamsk air crash were opened.", {"Tamsk": "GPE"})}
    assert kinds_of_name(docs, "Tamsk") == set()


def test_a_league_named_before_its_title_is_no_actor():
    docs = {"a": ("The Brevik title was settled on the last day.", {"Brevik": "ORG"})}
    assert kinds_of_name(docs, "Brevik") == set()


# --- the cue --------------------------------------------------------------------------------------

def test_the_prize_cue_reads_the_noun_and_its_holders_words():
    assert _prize("Vaal and Tarvik champion Jo Brann won.", "Vaal")
    assert _prize("a Kessop relay gold medallist", "Kessop")
    # the holder's or the hopeful's words make the name an actor's
    assert not _prize("The Brevik title bid faltered.", "Brevik")
    assert not _prize("Kessop title rivals Vaal lost.", "Kessop")
    # plural champions may be the club that won
    assert not _prize("Kessop champions again, the fans sang.", "Kessop")
    # a hyphen runs on into another word
    assert not _prize("Kessop gold-plated taps", "Kessop")


def test_the_place_event_cue():
    assert _place_event("the Tamsk summit ended", "Tamsk")
    assert not _place_event("Tamsk officials said", "Tamsk")


# --- guards ---------------------------------------------------------------------------------------

def test_a_body_with_another_reading_stays():
    docs = {"a": ("The prize is open to Kessop authors.", {"Kessop": "ORG"}),
            "b": ("Jo Brann is the Kessop champion.", {"Jo Brann": "PERSON", "Kessop": "ORG"})}
    assert kinds_of_name(docs, "Kessop") == {"ORG"}


def test_a_speaking_body_before_a_title_stays():
    docs = {"a": ("Vaal United said it would fight for the title.", {"Vaal United": "ORG"}),
            "b": ("The Vaal United title was their third.", {"Vaal United": "ORG"})}
    assert kinds_of_name(docs, "Vaal United") == {"ORG"}


def test_a_country_and_a_people_before_victims_stay():
    docs = {"a": ("France victims were named on Monday.", {"France": "GPE"}),
            "b": ("Kemarian victims were flown home.", {"Kemarian": "NORP"})}
    assert kinds_of_name(docs, "France") == {"GPE"}
    assert kinds_of_name(docs, "Kemarian") == {"NORP"}


def test_a_body_before_a_bombing_stays():
    docs = {"a": ("Police blamed a Vaal Front bombing on the hotel.", {"Vaal Front": "ORG"})}
    assert kinds_of_name(docs, "Vaal Front") == {"ORG"}


def test_a_town_read_as_a_town_stays():
    docs = {"a": ("Tamsk victims were remembered.", {"Tamsk": "GPE"}),
            "b": ("A memorial stands in Tamsk.", {"Tamsk": "GPE"})}
    assert kinds_of_name(docs, "Tamsk") == {"GPE"}


def test_a_person_before_a_title_stays():
    docs = {"a": ("Jo Brann title hopes rest on the final.", {"Jo Brann": "PERSON"}),
            "b": ("Jo Brann gold was expected.", {"Jo Brann": "PERSON"})}
    assert kinds_of_name(docs, "Jo Brann") == {"PERSON"}
