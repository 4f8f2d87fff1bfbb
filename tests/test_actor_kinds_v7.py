"""Actor kinds and generic names (issue 18, round 7): what the sentence says a name is
(company cues), technologies and diseases as no actors, fixtures as teams, generic
institution names kept per country, look-alike full names kept apart unless their stories
meet. Sentences and names written for these tests."""

from __future__ import annotations

from newsgraph.model import Mention
from newsgraph.names import name_key
from newsgraph.resolve import get_resolver

SPORT = ("The match was tense and the coach praised his squad after the final whistle. "
         "The players scored two goals in the league cup tournament.")


def _mention(doc, text, label="PERSON", start=0, full_name=None, cue=""):
    full = full_name or text
    return Mention(doc=doc, start=start, end=start + len(text), text=text, label=label,
                   key=name_key(full), full_name=full, sentence=0, cue=cue)


def _resolve(mentions):
    return get_resolver("name-graph.v1")(mentions, [])


def _actor(mentions, resolution, text, doc=None):
    ids = {a for m, a in zip(mentions, resolution.actor_of_mention) if m.text == text and (doc is None or m.doc == doc)}
    assert len(ids) == 1, ids
    (actor_id,) = ids
    return next(a for a in resolution.actors if a.id == actor_id)


# ------------------------------------------------------------------ company cues (mention stage)

def test_company_noun_before_a_name_is_a_company_cue(analyze):
    result = analyze("Engineering firm Brevik Kessel said it would appeal.")
    cues = {m.text: m.cue for m in result.mentions}
    assert cues.get("Brevik Kessel") == "ORG"


def test_shares_in_a_name_is_a_company_cue(analyze):
    result = analyze("Investors bought shares in Vantorix on Monday.")
    assert {m.text: m.cue for m in result.mentions}.get("Vantorix") == "ORG"


def test_a_persons_name_without_company_words_has_no_cue(analyze):
    result = analyze("Pascal Brevik said he would appeal against the ruling.")
    assert {m.text: m.cue for m in result.mentions}.get("Pascal Brevik") == ""


def test_company_suffix_makes_a_group(analyze):
    result = analyze("Dorrin Pharma said the drug was safe.")
    labels = {m.text: m.label for m in result.mentions}
    assert labels.get("Dorrin Pharma") == "ORG"


# ------------------------------------------------------------------ company cues (corpus vote)

def test_one_cued_mention_in_five_makes_a_place_tagged_name_a_company():
    mentions = [_mention(f"d{i}", "Vantorix", "GPE") for i in range(4)]
    mentions.append(_mention("d9", "Vantorix", "GPE", cue="ORG"))
    resolution = _resolve(mentions)
    assert _actor(mentions, resolution, "Vantorix").kind == "ORG"


def test_a_rare_cue_does_not_outvote_many_place_mentions():
    mentions = [_mention(f"d{i}", "Vantorix", "GPE") for i in range(9)]
    mentions.append(_mention("d9", "Vantorix", "GPE", cue="ORG"))
    resolution = _resolve(mentions)
    assert _actor(mentions, resolution, "Vantorix").kind == "GPE"


def test_a_titled_person_keeps_person_whatever_the_cue():
    mentions = [_mention("d1", "Mr Brevik", full_name="Mr Brevik"),
                _mention("d1", "Brevik", cue="ORG", full_name="Mr Brevik")]
    resolution = _resolve(mentions)
    assert _actor(mentions, resolution, "Brevik").kind == "PERSON"


# ------------------------------------------------------------------ no actors, teams

def test_technology_and_disease_names_are_no_actors(analyze):
    result = analyze("The phone works over GPRS and has a USB port. Farmers fear MRSA.")
    assert not {"GPRS", "USB", "MRSA"} & {m.text for m in result.mentions}


def test_a_fixture_keeps_both_names(analyze):
    result = analyze("Fixtures: Leeds v Bristol on Saturday. " + SPORT)
    assert {"Leeds", "Bristol"} <= {m.text for m in result.mentions}


def test_places_either_side_of_v_in_a_sports_report_are_teams(analyze):
    result = analyze("Next weekend: Portugal v Norway in the group. " + SPORT)
    keys = {m.text: m.key for m in result.mentions}
    assert keys.get("Portugal") == "portugal team"
    assert keys.get("Norway") == "norway team"


# ------------------------------------------------------------------ generic institution names

def _doc(doc, country, body, label="ORG"):
    return [_mention(doc, country, "GPE", start=0), _mention(doc, country, "GPE", start=20),
            _mention(doc, body, label, start=40)]


def test_a_generic_body_name_is_one_actor_per_country():
    mentions = _doc("a", "Peru", "Congress") + _doc("b", "Ghana", "Congress") + _doc("c", "Peru", "Congress")
    resolution = _resolve(mentions)
    assert _actor(mentions, resolution, "Congress", "a").id == _actor(mentions, resolution, "Congress", "c").id
    assert _actor(mentions, resolution, "Congress", "a").id != _actor(mentions, resolution, "Congress", "b").id


def test_a_generic_body_and_its_party_name_join_only_within_one_country():
    mentions = _doc("a", "Peru", "Congress") + _doc("b", "Ghana", "Congress Party")
    resolution = _resolve(mentions)
    assert _actor(mentions, resolution, "Congress").id != _actor(mentions, resolution, "Congress Party").id


def test_a_named_body_is_one_actor_across_countries():
    mentions = _doc("a", "Peru", "Brevik Foundation") + _doc("b", "Ghana", "Brevik Foundation")
    resolution = _resolve(mentions)
    assert len({a for m, a in zip(mentions, resolution.actor_of_mention) if m.text == "Brevik Foundation"}) == 1


def test_generic_short_name_joins_a_longer_name_only_when_the_stories_meet():
    mentions = [_mention("a", "International Tessal Federation", "ORG"), _mention("a", "Orla Vantis", start=50),
                _mention("b", "International Federation", "ORG"), _mention("b", "Dan Korrel", start=50)]
    resolution = _resolve(mentions)
    assert (_actor(mentions, resolution, "International Federation").id
            != _actor(mentions, resolution, "International Tessal Federation").id)


# ------------------------------------------------------------------ look-alike full names

def test_full_names_a_letter_apart_in_unrelated_stories_stay_apart():
    mentions = [_mention("a", "Tom Kessler"), _mention("a", "Vantorix", "ORG", start=30),
                _mention("b", "Tom Kesler"), _mention("b", "Dorrin Pharma", "ORG", start=30)]
    resolution = _resolve(mentions)
    assert _actor(mentions, resolution, "Tom Kessler").id != _actor(mentions, resolution, "Tom Kesler").id


def test_full_names_a_letter_apart_in_one_story_are_one_person():
    mentions = [_mention("a", "Tom Kessler"), _mention("a", "Vantorix", "ORG", start=30),
                _mention("b", "Tom Kesler"), _mention("b", "Vantorix", "ORG", start=30)]
    resolution = _resolve(mentions)
    assert _actor(mentions, resolution, "Tom Kessler").id == _actor(mentions, resolution, "Tom Kesler").id


# ------------------------------------------------------------------ works in one document

def test_a_name_called_a_work_is_no_actor_anywhere_in_its_document(analyze):
    result = analyze("Critics loved the film Kessel Harbour. Kessel Harbour made $40m in its first week.")
    assert "Kessel Harbour" not in {m.text for m in result.mentions}


def test_drop_works_keeps_a_name_the_model_mostly_calls_an_actor():
    from newsgraph.mentions import drop_works
    from newsgraph.mentions.spans import Candidate

    def cand(label, start):
        return Candidate(start=start, end=start + 5, text="Vanto", label=label, sentence=0)
    kept = drop_works([cand("ORG", 0), cand("PRODUCT", 10), cand("ORG", 20)])
    assert [c.start for c in kept] == [0, 20]
    assert [c.start for c in drop_works([cand("PRODUCT", 0), cand("ORG", 10)])] == [10]  # one tag is no vote
    assert drop_works([cand("ORG", 0), cand("PRODUCT", 10), cand("PRODUCT", 20)]) == []


def test_the_owner_of_a_work_is_no_work(analyze):
    result = analyze("Director Pascal Kessel said little. He gave her a role in Kessel's film.")
    assert "Kessel" in {m.text for m in result.mentions}


def test_a_persons_show_does_not_make_the_person_an_outlet(analyze):
    result = analyze("Listeners loved the Martin Kessel show on the radio. Martin Kessel died last year.")
    labels = {m.text: m.label for m in result.mentions}
    assert labels.get("Martin Kessel") == "PERSON"


def test_car_maker_before_a_name_is_a_company_cue(analyze):
    result = analyze("British car maker Vantorix Brevik has cut prices.")
    assert {m.text: m.cue for m in result.mentions}.get("Vantorix Brevik") == "ORG"


def test_film_maker_before_a_name_is_no_company_cue(analyze):
    result = analyze("Veteran film maker Pascal Brevik has cut his new film.")
    assert {m.text: m.cue for m in result.mentions}.get("Pascal Brevik") == ""


def test_subsidiary_after_a_name_is_a_company_cue(analyze):
    result = analyze("The group sold its Vantorix subsidiary on Friday.")
    assert {m.text: m.cue for m in result.mentions}.get("Vantorix") == "ORG"


def test_one_cue_in_eight_makes_a_person_tagged_name_a_company():
    mentions = [_mention(f"d{i}", "Orla Vantis") for i in range(7)]
    mentions.append(_mention("d9", "Orla Vantis", cue="ORG"))
    assert _actor(mentions, _resolve(mentions), "Orla Vantis").kind == "ORG"


def test_a_citys_shares_are_its_market_not_a_company(analyze):
    result = analyze("Tokyo shares fell sharply on Monday while London shares rose.")
    cues = {m.text: m.cue for m in result.mentions}
    assert cues.get("Tokyo", "") == "" and cues.get("London", "") == ""


def test_a_people_has_no_executive(analyze):
    result = analyze("The party's Scottish executive voted against the plan.")
    assert all(m.cue == "" for m in result.mentions)


def test_a_given_name_keeps_a_person_against_a_minority_of_cues():
    mentions = [_mention(f"d{i}", "Pascal Vantis") for i in range(4)]
    mentions.append(_mention("d9", "Pascal Vantis", cue="ORG"))
    assert _actor(mentions, _resolve(mentions), "Pascal Vantis").kind == "PERSON"


def test_a_name_the_document_calls_a_company_is_no_surname(analyze):
    # a real company is used here: the small model does not tag an invented one in this sentence
    result = analyze("Ford, the car company, reported higher profits. Chairman Bill Ford said sales rose.")
    keys = {m.key for m in result.mentions if m.text == "Ford"}
    assert keys == {"ford"}


def test_apposition_with_a_company_noun_is_a_company_cue(analyze):
    result = analyze("Brevik, the engineering company, cut jobs.")
    assert {m.text: m.cue for m in result.mentions}.get("Brevik") == "ORG"


def test_a_translated_council_name_joins_a_generic_council_only_when_the_stories_meet():
    mentions = _doc("a", "Peru", "Majlis") + _doc("b", "Ghana", "Council")
    resolution = _resolve(mentions)
    assert _actor(mentions, resolution, "Majlis").id != _actor(mentions, resolution, "Council").id


def test_a_country_with_a_singular_match_verb_is_the_nation(analyze):
    result = analyze("Japan faces stiff competition from Chile to host the event. " + SPORT)
    assert {m.key for m in result.mentions if m.text == "Japan"} == {"japan"}


def test_a_country_with_a_plural_match_verb_is_its_side(analyze):
    result = analyze("Japan face Chile in the final on Sunday. " + SPORT)
    assert {m.key for m in result.mentions if m.text == "Japan"} == {"japan team"}
