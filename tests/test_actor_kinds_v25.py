"""Actor kinds (issue 18, round 26): a venue's cue and an airline's body cue win the vote when no
mention contradicts them, however few the cued mentions. Sentences and names written for these
tests."""

from __future__ import annotations

from dataclasses import replace

from mention_helpers import kind_cue as _cue
from mention_helpers import mentions_in
from mention_helpers import resolved_kinds as _kinds

from newsgraph.resolve import get_resolver


def test_a_hotels_noun_after_a_name_is_a_building_unless_a_business_noun_follows():
    assert _cue("Police were called to the Brevmoor hotel on Friday.", "Brevmoor", "ORG") == "FAC"
    assert _cue("The Brevmoor hotel chain cut jobs.", "Brevmoor", "ORG") == ""
    assert _cue("Vaalton stadium manager Ann Tamm spoke.", "Vaalton", "ORG") == ""


def _venue_docs(extra: str) -> dict[str, tuple[str, dict[str, str]]]:
    docs = {"a": ("Guests left the Brevmoor hotel at dawn.", {"Brevmoor": "ORG"})}
    for k, sentence in enumerate(["The prize was handed out at the Brevmoor on Sunday.",
                                  "Stars met at the Brevmoor for the gala.",
                                  "A dinner at the Brevmoor raised funds.",
                                  "The Brevmoor was sold for a record sum.",
                                  "The ball at the Brevmoor ended late.", extra]):
        docs[f"d{k}"] = (sentence, {"Brevmoor": "ORG"})
    return docs


def test_a_venues_cue_no_mention_contradicts_makes_it_a_building():
    # one cued mention in seven: too few for the share vote, but nothing says otherwise
    assert _kinds(_venue_docs("Dancers filled the Brevmoor."))["Brevmoor"] == "FAC"


def test_a_venue_that_speaks_or_a_town_read_as_a_place_keeps_its_label():
    assert _kinds(_venue_docs("The Brevmoor said it would reopen."))["Brevmoor"] == "ORG"
    assert _kinds(_venue_docs("She grew up in Brevmoor."))["Brevmoor"] == "ORG"


def _airline_kind(extra: str) -> str:
    sentences = ["Shares rose after airline Kelvara cut fares.", "Kelvara lost money last year.",
                 "Kelvara cut 500 jobs.", "Rivals accused Kelvara of taking aid.",
                 "Kelvara plans new routes.", "Kelvara will restructure.", extra]
    mentions, texts = [], {}
    for k, sentence in enumerate(sentences):
        found = mentions_in(f"d{k}", sentence, {"Kelvara": "GPE"})
        if k == 0:  # the mention stage's cue: "airline Kelvara"
            found = [replace(m, cue="ORG") for m in found]
        mentions += found
        texts[f"d{k}"] = sentence
    actors = get_resolver("name-graph.v1")(mentions, [], texts=texts).actors
    return next(a.kind for a in actors if a.name == "Kelvara")


def test_a_place_tagged_name_one_body_cue_and_no_place_reading_is_the_body():
    assert _airline_kind("Kelvara flew more people in May.") == "ORG"


def test_a_place_tagged_name_read_as_a_place_keeps_its_label():
    assert _airline_kind("Floods hit towns in Kelvara.") == "GPE"
    assert _airline_kind("Kelvara's government denied it.") == "GPE"
