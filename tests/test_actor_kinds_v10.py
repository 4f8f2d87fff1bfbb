"""Actor kinds (issue 18, round 10): works found across the corpus leave the actor graph.
Sentences and names written for these tests."""

from __future__ import annotations

from newsgraph.model import Mention
from newsgraph.names import name_key
from newsgraph.resolve import get_resolver
from newsgraph.resolve.works import WorkFinder
from mention_helpers import mentions_in


def _mentions(doc: str, text: str, names: dict[str, str]) -> list[Mention]:
    return mentions_in(doc, text, names, whole_words=False)


def _resolve(docs: dict[str, tuple[str, dict[str, str]]]):
    mentions = [m for doc, (text, names) in docs.items() for m in _mentions(doc, text, names)]
    texts = {doc: text for doc, (text, _) in docs.items()}
    return get_resolver("name-graph.v1")(mentions, [], texts=texts), mentions


def _names(resolution) -> set[str]:
    return {a.name for a in resolution.actors}


# ------------------------------------------------------------------ cues read from the text

def test_work_cues_need_a_determiner_before_the_noun():
    finder = WorkFinder.from_data()
    text = ("Her new album Blue Harbour Nights sold well. The film Lake Drive opens today. "
            "They will film Dorrin Vaal next week. Tamsk starred in The Long Road to Vaal.")
    assert finder.titles(text) == ["Blue Harbour Nights", "Lake Drive", "The Long Road to Vaal"]


def test_a_full_stop_ends_a_title():
    finder = WorkFinder.from_data()
    assert finder.titles("He sang on the hit single Paper Moons. Vaal agreed.") == ["Paper Moons"]


# ------------------------------------------------------------------ the corpus-wide vote

def test_a_name_one_story_calls_a_film_is_no_actor_in_the_others():
    resolution, mentions = _resolve({
        "d1": ("Critics praised the film Lake Drive on Friday.", {}),  # dropped here by the mention stage
        "d2": ("Lake Drive won three awards. Lake Drive was shot in Tamsk.", {"Lake Drive": "ORG", "Tamsk": "GPE"}),
    })
    assert "Lake Drive" not in _names(resolution)
    assert "Tamsk" in _names(resolution)
    dropped = [m.text for m, actor in zip(mentions, resolution.actor_of_mention) if not actor]
    assert dropped == ["Lake Drive", "Lake Drive"]


def test_a_name_named_bare_in_many_stories_outvotes_one_cue():
    docs = {"d0": ("The album Vantorix released sold badly.", {"Vantorix": "ORG"})}
    for i in range(1, 7):
        docs[f"d{i}"] = ("Vantorix signed a new singer.", {"Vantorix": "ORG"})
    resolution, _ = _resolve(docs)
    assert "Vantorix" in _names(resolution)


def test_a_titled_person_is_never_a_work():
    text = "The documentary Dorrin Vaal was shown. Mr Dorrin Vaal said he liked it."
    mentions = [Mention(doc="d1", start=text.find(name), end=text.find(name) + len(name), text=name,
                        label="PERSON", key="dorrin vaal", full_name="Dorrin Vaal", sentence=0)
                for name in ("Mr Dorrin Vaal",)]
    resolution = get_resolver("name-graph.v1")(mentions, [], texts={"d1": text})
    assert "Dorrin Vaal" in _names(resolution)


def test_a_fragment_of_a_work_title_is_no_actor():
    text = "Fans bought the album How to Mend an Atomic Kessel. Atomic Kessel topped the charts in Brevia."
    resolution, _ = _resolve({"d1": (text, {"Atomic Kessel": "PERSON", "Brevia": "GPE"})})
    # the second "Atomic Kessel" stands alone, the first lies inside the title: one in two is not most
    assert "Atomic Kessel" in _names(resolution)
    text = "Fans bought the album How to Mend an Atomic Kessel, and How to Mend an Atomic Kessel sold."
    resolution, _ = _resolve({"d1": (text, {"Atomic Kessel": "PERSON"})})
    assert "Atomic Kessel" not in _names(resolution)


# ------------------------------------------------------------------ name parts and countries

def _plain(doc, text, label):
    return Mention(doc=doc, start=0, end=len(text), text=text, label=label, key=name_key(text),
                   full_name=text, sentence=0)


def _kinds(mentions):
    return {a.name: a.kind for a in get_resolver("name-graph.v1")(mentions, []).actors}


def test_a_place_tagged_given_name_of_a_corpus_person_is_a_person():
    mentions = [_plain(f"d{i}", "Mefor Dwyn", "PERSON") for i in range(6)]
    mentions += [_plain("d7", "Mefor", "GPE"), _plain("d8", "Mefor", "GPE")]
    assert _kinds(mentions)["Mefor"] == "PERSON"


def test_an_outlet_tagged_surname_of_a_corpus_person_is_a_person():
    mentions = [_plain(f"d{i}", "Sonn Parrick", "PERSON") for i in range(6)]
    mentions += [_plain("d7", "Parrick", "OUTLET"), _plain("d8", "Parrick", "OUTLET")]
    assert _kinds(mentions)["Parrick"] == "PERSON"


def test_a_place_named_often_stays_a_place_beside_a_namesake():
    mentions = [_plain(f"d{i}", "Tamsk", "GPE") for i in range(5)]
    mentions += [_plain(f"e{i}", "Tamsk Hollis", "PERSON") for i in range(6)]
    assert _kinds(mentions)["Tamsk"] == "GPE"


def test_a_country_tagged_as_a_region_is_a_state():
    mentions = [_plain("d1", "Ivory Coast", "LOC"), _plain("d2", "Ivory Coast", "LOC")]
    assert _kinds(mentions)["Ivory Coast"] == "GPE"


def test_a_club_nickname_ending_a_person_tagged_name_makes_a_club(analyze):
    result = analyze("Dorrin Vaal scored twice for Brevik Sharks at the weekend, and Brevik Sharks won.")
    labels = {m.text: m.label for m in result.mentions}
    assert labels.get("Brevik Sharks") == "ORG"


def test_a_title_a_lower_case_noun_follows_is_a_modifier_not_a_work():
    finder = WorkFinder.from_data()
    assert finder.titles("It was the blockbuster Kessel End musicals that won.") == []
    assert finder.titles("The film Lake Drive on Friday was a hit.") == ["Lake Drive on Friday"]


def test_a_place_a_story_writes_after_the_is_no_persons_name():
    docs = {f"p{i}": ("Dorrin Vaal spoke. Dorrin Vaal left.", {"Dorrin Vaal": "PERSON"}) for i in range(4)}
    docs["d1"] = ("The court in the Vaal ruled on Monday.", {"Vaal": "GPE"})
    resolution, _ = _resolve(docs)
    assert {a.name: a.kind for a in resolution.actors}["Vaal"] == "GPE"


def test_a_title_written_alone_is_a_person():
    mentions = [_plain("d1", "Cardinal", "ORG"), _plain("d2", "Cardinal", "ORG")]
    assert _kinds(mentions)["Cardinal"] == "PERSON"


def test_a_show_is_an_event_not_an_actor(analyze):
    result = analyze("Carmakers unveiled new models at the Tamsk Motor Show on Monday.")
    assert "Tamsk Motor Show" not in {m.text for m in result.mentions}
