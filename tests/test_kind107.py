"""Actor kinds (round 68, branch kind107): a show, a game or a platform named with no work noun
beside the title, but with a part, a run or a box of it after the name or its possessive ("the
Kessop sketch", "Vaalmoor's second series", "Tarvik set-top boxes", "the Brevin benchmark") or the
words before it making it the work a part is of ("the latest series of Kessop"), leaves the actor
graph when half its stories at least so read it and no mention speaks, acts, owns otherwise, takes
a cue or is placed as a town (``KindContexts.names_work_part``; ``work_parts_after``,
``work_part_modifiers``, ``work_parts_of_before``; voted by ``_work_part_things``). Sentences and
names written for these tests."""

from __future__ import annotations

from mention_helpers import kinds_of_name

from newsgraph.resolve.contexts import KindContexts


def _part(text: str, name: str) -> bool:
    start = text.index(name)
    return KindContexts.from_data().names_work_part(text, start, start + len(name))


# --- the fix: fails on the base (130d15dc) -----------------------------------------------------

def test_a_comedy_the_model_calls_a_place_is_no_actor():
    docs = {"a": ("Over two million viewers saw the opening episode of the new series of Kessop Lane.",
                  {"Kessop Lane": "GPE"}),
            "b": ("Kessop Lane's second series beat three rivals at the awards.", {"Kessop Lane": "GPE"}),
            "c": ("The prize went to Kessop Lane on Sunday night.", {"Kessop Lane": "GPE"})}
    assert kinds_of_name(docs, "Kessop Lane") == set()


def test_a_platform_sold_in_boxes_is_no_actor():
    docs = {"a": ("Shops sold four million Tarvikview set-top boxes last year.", {"Tarvikview": "ORG"}),
            "b": ("Most Tarvikview boxes lack the new slot.", {"Tarvikview": "ORG"})}
    assert kinds_of_name(docs, "Tarvikview") == set()


def test_a_game_series_typed_a_body_is_no_actor():
    docs = {"a": ("Fans of the old Brevquest games queued early. The Brevquest series began in 1992.",
                  {"Brevquest": "ORG"})}
    assert kinds_of_name(docs, "Brevquest") == set()


# --- the cue -------------------------------------------------------------------------------------

def test_the_part_cue_reads_parts_runs_and_boxes():
    assert _part("a Vaalmoor sketch about a nurse", "Vaalmoor")
    assert _part("Vaalmoor's second series starts soon", "Vaalmoor")
    assert _part("the latest series of Vaalmoor on Friday", "Vaalmoor")
    assert _part("according to the Brevin benchmark", "Brevin")
    # a contest's capital, a side's match and a hyphen run-on are no part
    assert not _part("the Vaalmoor Games opened", "Vaalmoor")
    assert not _part("before the Vaalmoor game on Sunday", "Vaalmoor")
    assert not _part("the Vaalmoor series-winning try", "Vaalmoor")
    # a possessive with no part is the owner's
    assert not _part("Vaalmoor's chief said", "Vaalmoor")


# --- guards: what must not change ----------------------------------------------------------------

def test_a_broadcaster_that_speaks_stays_an_actor():
    docs = {"a": ("The Kessopnet series was a hit, and Kessopnet said it would make more.",
                  {"Kessopnet": "ORG"}),
            "b": ("Kessopnet boxes sold well.", {"Kessopnet": "ORG"})}
    assert kinds_of_name(docs, "Kessopnet") == {"ORG"}


def test_a_town_a_story_is_set_in_stays_a_place():
    docs = {"a": ("A new series of the drama was filmed in Tamsbury last spring.", {"Tamsbury": "GPE"}),
            "b": ("The Tamsbury episode drew crowds.", {"Tamsbury": "GPE"}),
            "c": ("The Tamsbury sketch was cut.", {"Tamsbury": "GPE"})}
    assert kinds_of_name(docs, "Tamsbury") == {"GPE"}


def test_a_name_read_as_a_show_in_one_story_of_three_stays():
    docs = {"a": ("The Orvane sketch was cut. The Orvane sketch returns.", {"Orvane": "ORG"}),
            "b": ("Talks with Orvane went on.", {"Orvane": "ORG"}),
            "c": ("The deal with Orvane was signed on Friday.", {"Orvane": "ORG"})}
    assert kinds_of_name(docs, "Orvane") == {"ORG"}


def test_a_box_office_is_no_part():
    assert _part("the Vaalmoor star Jo Brann", "Vaalmoor")
    assert not _part("the Vaalmoor box office takings", "Vaalmoor")
