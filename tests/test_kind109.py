"""Actor kinds (round 69, branch kind109): a name the vote calls a place (GPE) that the corpus
writes as a region's or a natural area's land ("the Orrendale region", "the eastern region of
Orrendale", "floods spread to the Orrendale,") is land (LOC), when half of its mentions at least
read so and none reads as a polity acting (a speaker, a cue, "Orrendale's government", "the
governor of Orrendale"). A country, a city or a state the place tables know, and a name with a
polity's word ("the Orrendale Republic"), stay GPE. Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import kind_cue, resolved_kinds

from newsgraph.resolve.contexts import KindContexts


def _reads(sentence: str, name: str) -> tuple[bool, bool]:
    contexts = KindContexts.from_data()
    start = sentence.index(name)
    return (contexts.region_read(sentence, start, start + len(name)),
            contexts.polity_read(sentence, start, start + len(name)))


# --- the fix: fails on the base (d80209ac) --------------------------------------------------

def test_a_region_written_with_its_noun_and_article_is_land():
    docs = {"a": ("Aid workers reached the Orrendale region on Monday. Orrendale has had no rain.",
                  {"Orrendale": "GPE"}),
            "b": ("Storms hit the northern region of Orrendale, farmers said.", {"Orrendale": "GPE"})}
    assert resolved_kinds(docs)["Orrendale"] == "LOC"


def test_a_region_written_bare_after_the_is_land():
    docs = {"a": ("Heavy snow fell across the Pellmoor Uplands, closing roads.", {"Pellmoor Uplands": "GPE"}),
            "b": ("Ski firms in the Pellmoor Uplands and beyond expect a busy season.",
                  {"Pellmoor Uplands": "GPE"})}
    assert resolved_kinds(docs)["Pellmoor Uplands"] == "LOC"


def test_a_nature_reserve_named_after_its_area_is_land():
    docs = {"a": ("Rangers counted forty cranes in the Marsh Wendley reserve this spring.",
                  {"Marsh Wendley": "GPE"}),
            "b": ("Birdwatchers flock to the Marsh Wendley, where the reeds grow tall.",
                  {"Marsh Wendley": "GPE"})}
    assert resolved_kinds(docs)["Marsh Wendley"] == "LOC"


def test_region_readings_of_one_mention():
    assert _reads("Rain fell on the Orrendale valley.", "Orrendale") == (True, False)
    assert _reads("Rain spread to the Orrendale, then east.", "Orrendale") == (True, False)
    assert _reads("the southern region of Orrendale", "Orrendale") == (True, False)


# --- guards: what must not change ----------------------------------------------------------

def test_a_region_whose_government_acts_stays_a_place():
    docs = {"a": ("Aid workers reached the Orrendale region on Monday.", {"Orrendale": "GPE"}),
            "b": ("Relief reached the Orrendale, officials said. Orrendale's government asked for more tents.",
                  {"Orrendale": "GPE"})}
    assert resolved_kinds(docs)["Orrendale"] == "GPE"


def test_polity_readings_of_one_mention():
    assert _reads("Orrendale's government resigned.", "Orrendale") == (False, True)
    assert _reads("the governor of Orrendale signed it", "Orrendale") == (False, True)
    assert _reads("The Orrendale authorities refused.", "Orrendale") == (False, True)


def test_a_known_country_written_with_the_stays_a_place():
    docs = {"a": ("Tourists flew to the Netherlands, then home.", {"Netherlands": "GPE"}),
            "b": ("Tulip growers in the Netherlands and Belgium expect a good year.", {"Netherlands": "GPE"})}
    assert resolved_kinds(docs)["Netherlands"] == "GPE"


def test_a_known_city_in_a_region_phrase_stays_a_place():
    docs = {"a": ("Commuters poured into the London region, where fares rose.", {"London": "GPE"}),
            "b": ("Rents in the London area and beyond climbed again.", {"London": "GPE"})}
    assert resolved_kinds(docs)["London"] == "GPE"


def test_a_name_with_a_polity_word_stays_a_place():
    docs = {"a": ("Traders left the Orrendale Republic, fearing unrest.", {"Orrendale Republic": "GPE"}),
            "b": ("Elections in the Orrendale Republic and its neighbours are due.", {"Orrendale Republic": "GPE"})}
    assert resolved_kinds(docs)["Orrendale Republic"] == "GPE"


def test_a_people_acting_after_the_is_no_region():
    # a verb after "the Tarrowmen" reads a body or a people acting, not an area
    docs = {"a": ("The Tarrowmen might help with the relief work.", {"Tarrowmen": "GPE"}),
            "b": ("Officers said the Tarrowmen will arrive soon.", {"Tarrowmen": "GPE"})}
    assert resolved_kinds(docs)["Tarrowmen"] != "LOC"


def test_one_region_reading_in_three_keeps_the_place():
    docs = {"a": ("Aid reached the Orrendale region on Monday.", {"Orrendale": "GPE"}),
            "b": ("Buses from Orrendale were late.", {"Orrendale": "GPE"}),
            "c": ("She grew up in Orrendale before moving south.", {"Orrendale": "GPE"})}
    assert resolved_kinds(docs)["Orrendale"] == "GPE"


def test_a_lone_mention_keeps_the_place():
    docs = {"a": ("Aid reached the Orrendale region on Monday.", {"Orrendale": "GPE"})}
    assert resolved_kinds(docs)["Orrendale"] == "GPE"


def test_the_cue_table_is_unchanged_for_a_region_noun():
    # the mention stage's cue reads nothing new: the vote lives in the resolver only
    assert kind_cue("Aid reached the Orrendale region on Monday.", "Orrendale", "GPE") == ""
