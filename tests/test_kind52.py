"""Actor kinds (round 39, branch kind52): events that borrow a place's, a people's or a body's
name. A festival named by its town ("at Vaalbury", "headlined Vaalbury"), an awards night named
by a people's plural ("at the Aussies" of "the Aussie Awards"), a league's competition named like
the body that runs it ("top of the Kessel League") and a show's title holding a place ("CSI:
Tamsk") leave the actor graph one mention at a time; the town, the people and the body keep every
mention where they are themselves. Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import mentions_in, resolve_docs

from newsgraph.resolve.eventsenses import EventSenses, spread, without_mentions
from newsgraph.model import Link


def _by_doc(docs, name: str) -> dict[str, str]:
    """doc -> the actor id of the (last) mention written ``name`` there ("" when none)."""
    result = resolve_docs(docs)
    mentions = [m for doc, (text, names) in docs.items() for m in mentions_in(doc, text, names)]
    out = {}
    for m, actor in zip(mentions, result.actor_of_mention):
        if m.text == name:
            out[m.doc] = actor
    return out


def _actor(docs, name: str):
    result = resolve_docs(docs)
    return {a.name: a for a in result.actors}.get(name)


FESTIVAL = {
    "f": ("The Vaalbury Festival sold out within a day this year.", {"Vaalbury": "ORG"}),
    "g": ("The band played at Vaalbury and headlined the main stage in June.", {"Vaalbury": "ORG"}),
}


def test_a_festival_named_by_its_town_in_a_festival_sentence_is_no_actor():
    assert _by_doc(FESTIVAL, "Vaalbury")["g"] == ""


def test_the_town_itself_stays_where_it_is_the_town():
    docs = {**FESTIVAL,
            "t": ("Floods reached homes in Vaalbury on Tuesday, the council said.", {"Vaalbury": "GPE"})}
    by_doc = _by_doc(docs, "Vaalbury")
    assert by_doc["t"] and by_doc["g"] == ""
    town = _actor(docs, "Vaalbury")
    assert town is not None and town.kind == "GPE" and town.mention_count == 1


def test_a_festivals_noun_after_the_town_takes_the_mention():
    docs = {
        "a": ("Tickets for the Tamsk festival went on sale on Friday.", {"Tamsk": "GPE"}),
        "b": ("The mayor of Tamsk opened a new bridge.", {"Tamsk": "GPE"}),
        "c": ("Two rock bands joined the Tamsk line-up this week.", {"Tamsk": "GPE"}),
    }
    by_doc = _by_doc(docs, "Tamsk")
    assert by_doc["c"] == "" and by_doc["b"]


def test_the_town_the_model_tags_before_festival_keeps_its_festival():
    docs = {
        "a": ("Tickets for the Tamsk festival went on sale on Friday.", {"Tamsk": "GPE"}),
        "b": ("The mayor of Tamsk opened a new bridge.", {"Tamsk": "GPE"}),
    }
    by_doc = _by_doc(docs, "Tamsk")
    assert by_doc["a"] and by_doc["a"] == by_doc["b"]  # round 12: a place's festival is the place's


def test_a_festival_the_model_calls_a_body_leaves_with_its_noun():
    docs = {
        "a": ("Tickets for the Vaalbury festival went on sale on Friday.", {"Vaalbury": "ORG"}),
        "b": ("Floods reached homes in Vaalbury on Tuesday.", {"Vaalbury": "GPE"}),
    }
    by_doc = _by_doc(docs, "Vaalbury")
    assert by_doc["a"] == "" and by_doc["b"]


def test_a_town_in_a_sentence_of_another_festival_stays():
    docs = {
        "a": ("Crowds came to the Tamsk Film Festival again.", {"Tamsk": "GPE"}),
        "b": ("The Ostrava festival moves to Tamsk's new arena next year.", {"Tamsk": "GPE"}),
    }
    assert _by_doc(docs, "Tamsk")["b"]


def test_a_peoples_festival_leaves_the_people_alone():
    docs = {
        "a": ("The Kemari festival opened with a parade.", {"Kemari": "NORP"}),
        "b": ("Many Kemari voted for the reform.", {"Kemari": "NORP"}),
    }
    assert _by_doc(docs, "Kemari")["a"]


CEREMONY = {
    "a": ("The Aussie Awards are handed out each spring in a big hall.", {}),
    "b": ("She won best newcomer at the Aussies on Sunday night.", {"Aussies": "NORP"}),
    "c": ("We Aussies love a long weekend, he joked.", {"Aussies": "NORP"}),
}


def test_an_awards_night_named_by_a_peoples_plural_is_no_actor():
    by_doc = _by_doc(CEREMONY, "Aussies")
    assert by_doc["b"] == ""


def test_the_people_keep_their_own_plural():
    by_doc = _by_doc(CEREMONY, "Aussies")
    assert by_doc["c"]


def test_a_sides_plural_is_no_ceremony():
    docs = {
        "a": ("The Tiger Awards go to three new directors.", {}),
        "b": ("He still wants to play for the Tigers next season.", {"Tigers": "ORG"}),
    }
    assert _by_doc(docs, "Tigers")["b"]


LEAGUE = {
    "a": ("The Kessel League fined the club on Monday.", {"Kessel League": "ORG"}),
    "b": ("A Kessel League spokesman said the rules were clear.", {"Kessel League": "ORG"}),
    "c": ("The Rovers are now top of the Kessel League after the win.", {"Kessel League": "ORG"}),
}


def test_a_leagues_competition_leaves_its_body():
    by_doc = _by_doc(LEAGUE, "Kessel League")
    assert by_doc["c"] == "" and by_doc["a"] and by_doc["a"] == by_doc["b"]
    body = _actor(LEAGUE, "Kessel League")
    assert body is not None and body.kind == "ORG" and body.mention_count == 2
    assert body.documents == ["a", "b"]


def test_a_league_club_is_the_competitions():
    docs = {**LEAGUE, "d": ("He joined a Kessel League club in May.", {"Kessel League": "ORG"})}
    assert _by_doc(docs, "Kessel League")["d"] == ""


def test_a_place_inside_a_shows_title_is_no_actor():
    docs = {
        "a": ("The crime drama CSI: Tamsk returns to screens tonight.", {"Tamsk": "GPE"}),
        "b": ("Heavy snow closed the roads around Tamsk.", {"Tamsk": "GPE"}),
    }
    by_doc = _by_doc(docs, "Tamsk")
    assert by_doc["a"] == "" and by_doc["b"]


def test_a_countrys_letters_before_a_colon_keep_the_place():
    senses = EventSenses.from_data()
    text = "UK: Tamsk votes on its new mayor today."
    mentions = mentions_in("a", text, {"Tamsk": "GPE"})
    assert not senses(mentions, {"a": text}, frozenset({"uk"}))


def test_links_are_renumbered_past_a_taken_mention():
    mentions = mentions_in("a", "Ann Vaal met Bo Kell and Cy Brevik.",
                           {"Ann Vaal": "PERSON", "Bo Kell": "PERSON", "Cy Brevik": "PERSON"})
    links = [Link("a", "alias", 0, 2, None, "test", 0, 0), Link("a", "alias", 0, 1, None, "test", 0, 0)]
    kept, kept_links = without_mentions(mentions, links, frozenset({1}))
    assert [m.text for m in kept] == ["Ann Vaal", "Cy Brevik"]
    assert [(link.source, link.target) for link in kept_links] == [(0, 1)]
    assert spread(["x", "y"], 3, frozenset({1})) == ["x", "", "y"]
