"""Actor kinds (round 37, branch kind44): gatherings, contests, illnesses and malware kept as
actors. A name whose head word states a gathering or a contest the mention stage keeps ("the
Kessel Lecture", "the General Election", "the Vaal Conference") or malware ("the Tamsk Trojan")
leaves the actor graph unless a mention speaks, acts or takes an actor's cue; an acronym in
brackets after a lower-case noun of an illness ("wasting disease (KVD)") is the illness; a name
that only modifies "code" or "horses" is a thing. Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import resolved_kinds as _kinds

from newsgraph.resolve.contexts import KindContexts


# --- head words of gatherings and contests ------------------------------------------------------

def test_a_named_lecture_is_no_actor():
    text = "She gave the annual Orla Venn Lecture in Tamsk. The Orla Venn Lecture honours a judge."
    assert "Orla Venn Lecture" not in _kinds({"a": (text, {"Orla Venn Lecture": "PERSON"})})


def test_the_general_election_is_no_actor():
    one = "Both parties are campaigning hard ahead of the General Election in May."
    two = "Ministers hope the spring Budget will win them votes before the General Election."
    kinds = _kinds({"a": (one, {"General Election": "ORG"}), "b": (two, {"General Election": "ORG"})})
    assert "General Election" not in kinds


def test_a_named_conference_is_no_actor():
    text = "The chip was shown at the Brevik Circuits Conference in Lisbon on Monday."
    assert "Brevik Circuits Conference" not in _kinds({"a": (text, {"Brevik Circuits Conference": "ORG"})})


def test_a_conference_that_speaks_stays_an_actor():
    speaks = "The Kessel Faith Conference said it would back the bill."
    bare = "Members of the Kessel Faith Conference met in Vaal."
    kinds = _kinds({"a": (speaks, {"Kessel Faith Conference": "ORG"}),
                    "b": (bare, {"Kessel Faith Conference": "ORG"})})
    assert kinds.get("Kessel Faith Conference") == "ORG"


def test_a_lone_head_word_stays():
    text = "Conference side Tovra Athletic beat the league leaders on Saturday."
    assert _kinds({"a": (text, {"Conference": "ORG"})}).get("Conference") == "ORG"


def test_a_body_named_before_another_head_stays():
    text = "The Election Commission of Kemaria published the results on Sunday."
    kinds = _kinds({"a": (text, {"Election Commission of Kemaria": "ORG"})})
    assert kinds.get("Election Commission of Kemaria") == "ORG"


# --- malware -----------------------------------------------------------------------------------

def test_a_named_trojan_is_no_actor():
    text = "Last month the Quillon Trojan came to light; it can wipe a phone."
    assert "Quillon Trojan" not in _kinds({"a": (text, {"Quillon Trojan": "ORG"})})


def test_a_person_named_like_malware_stays():
    text = "Envoy Marco Trojan said the talks would go on."
    assert _kinds({"a": (text, {"Marco Trojan": "PERSON"})}).get("Marco Trojan") == "PERSON"


def test_a_name_that_only_modifies_code_or_horses_is_a_thing():
    one = "Viruses, Kessex horses and spam worry the firms."
    two = "Attackers could take over the machine by inserting Kessex code."
    kinds = _kinds({"a": (one, {"Kessex": "ORG"}), "b": (two, {"Kessex": "ORG"})})
    assert "Kessex" not in kinds


# --- illnesses ---------------------------------------------------------------------------------

def test_an_acronym_after_an_illness_noun_is_the_illness():
    contexts = KindContexts.from_data()
    text = "A cow infected with wasting disease (KVD) was found."
    start = text.index("KVD")
    assert contexts.named_condition(text, start, start + 3)


def test_an_acronym_after_a_bodys_name_is_no_illness():
    contexts = KindContexts.from_data()
    text = "The Kessel Disease Society (KDS) said so."
    start = text.index("KDS")
    assert not contexts.named_condition(text, start, start + 3)


def test_an_illness_named_by_its_acronym_leaves_the_actors():
    one = "Fears grew after a herd fell ill with wasting disease (KVD) last spring."
    two = "Farmers fear KVD will spread."
    kinds = _kinds({"a": (one, {"KVD": "ORG"}), "b": (two, {"KVD": "ORG"})})
    assert "KVD" not in kinds


# --- words that read a name as an event ----------------------------------------------------------

def test_words_only_an_event_takes_read_a_name_as_an_event():
    from newsgraph.resolve.works import GatheringContext
    read = GatheringContext.from_data()
    text = "The ten-day Quellfest runs until Sunday. During the Quellfest, bars stay open."
    first = text.index("Quellfest")
    second = text.index("Quellfest", first + 1)
    assert read(text, first, first + 9)
    assert read(text, second, second + 9)


def test_a_noun_or_a_possessive_after_the_name_makes_it_a_modifier():
    from newsgraph.resolve.works import GatheringContext
    read = GatheringContext.from_data()
    text = "During the Tamsk debate, and during the Vaal's visit, nobody spoke."
    tamsk, vaal = text.index("Tamsk"), text.index("Vaal")
    assert not read(text, tamsk, tamsk + 5)
    assert not read(text, vaal, vaal + 4)


def test_a_festival_named_bare_by_its_time_is_no_actor():
    one = "The ten-day Quellfest runs until Sunday."
    two = "Critics loved the films shown during the Quellfest."
    kinds = _kinds({"a": (one, {"Quellfest": "GPE"}), "b": (two, {"Quellfest": "GPE"})})
    assert "Quellfest" not in kinds


def test_a_body_read_as_an_event_once_but_acting_stays():
    one = "Talks took place during the Orvan Council."
    two = "The Orvan Council plans to cut fees. The Orvan Council takes place often."
    kinds = _kinds({"a": (one, {"Orvan Council": "ORG"}), "b": (two, {"Orvan Council": "ORG"})})
    assert kinds.get("Orvan Council") == "ORG"


def test_a_person_is_never_read_as_an_event():
    one = "A rally took place during the Ilsa Brandt visit."
    two = "Ilsa Brandt takes place in a long line of singers. During the Ilsa Brandt, no."
    kinds = _kinds({"a": (one, {"Ilsa Brandt": "PERSON"}), "b": (two, {"Ilsa Brandt": "PERSON"})})
    assert kinds.get("Ilsa Brandt") == "PERSON"


def test_a_venue_before_an_events_verb_is_no_event():
    from newsgraph.resolve.works import GatheringContext
    read = GatheringContext.from_data()
    text = "The final in Orvik takes place on Friday."
    at = text.index("Orvik")
    assert not read(text, at, at + 5)
