"""Actor kinds and spans (issue 18): works, teams, party names, lists of people, and the
resolution data files read as YAML 1.1. Sentences written for these tests."""

import pytest
import yaml

from newsgraph.data import load_yaml

SPORT = ("The match was tense and the coach praised his squad after the final whistle. "
         "The players scored two goals in the league cup tournament.")


def _by_text(result):
    return {m.text: m for m in result.mentions}


@pytest.mark.parametrize("name", ["name_variants.yaml", "aliases.yaml", "entity_rules.yaml", "name_gender.yaml",
                                  "coref.yaml", "attribution_cues.yaml"])
def test_word_tables_hold_no_yaml_booleans(name):
    """A word list must stay words: no true/false in it (the packaged loader reads a bare on, off,
    yes or no as words, test_the_table_loader_keeps_yaml_1_1_booleans_as_words)."""
    def walk(value):
        if isinstance(value, bool):
            return [value]
        if isinstance(value, dict):
            return [b for k, v in value.items() for b in walk(k) + walk(v)]
        if isinstance(value, list):
            return [b for v in value for b in walk(v)]
        return []
    assert walk(load_yaml(name)) == []


def test_link_words_keep_on():
    assert "on" in load_yaml("name_variants.yaml")["link_words"]
    assert yaml.safe_load("[on]") == [True]  # the trap the quoting avoids


def test_place_that_plays_in_a_sports_report_is_its_team(analyze):
    result = analyze("Kessel lost to France in the final in Paris. The France coach was happy. " + SPORT)
    mentions = [m for m in result.mentions if m.text == "France"]
    assert {m.key for m in mentions} == {"france team"}
    assert {m.label for m in mentions} == {"ORG"}
    assert all(m.full_name == "France team" for m in mentions)


def test_place_outside_a_sports_report_stays_the_place(analyze):
    result = analyze("Britain beat France to the contract. The France coach company sold buses.")
    assert {m.key for m in result.mentions if m.text == "France"} == {"france"}


def test_place_as_a_location_in_a_sports_report_stays_the_place(analyze):
    result = analyze("The final was played in France on Sunday. " + SPORT)
    assert {m.key for m in result.mentions if m.text == "France"} == {"france"}


@pytest.mark.parametrize("text", [
    "She starred in the film Kessel Nights last year.",
    "Controversial biopic Brevik won five nominations.",
    "The musical Sweet Harbour has closed on Broadway.",
])
def test_title_after_a_work_noun_is_no_actor(analyze, text):
    names = set(_by_text(analyze(text)))
    assert not names & {"Kessel Nights", "Brevik", "Sweet Harbour"}


def test_law_is_no_actor(analyze):
    assert "Mental Capacity Bill" not in _by_text(analyze("Critics said the Mental Capacity Bill was flawed."))


def test_party_name_cut_by_the_model_is_mended_from_the_alias_data(analyze):
    result = analyze("It was 14,738 votes for the Liberal Democrat candidate Peter Kessel.")
    mentions = _by_text(result)
    assert "Liberal Democrat" in mentions
    assert "Democrat" not in mentions and "Liberal" not in mentions


def test_elided_coordination_of_a_group_name_keeps_the_first_name(analyze):
    mentions = _by_text(analyze("Its channels such as BBC Three and News 24 can be seen."))
    assert "BBC Three and News" not in mentions
    assert "BBC Three" in mentions


@pytest.mark.parametrize("text, name", [
    ("Kelly will be up against Carolina Brevik in the pentathlon.", "Carolina Brevik"),
    ("Arsenal fans aimed their anger at Pascal Vessen.", "Pascal Vessen"),
])
def test_given_name_makes_a_person_whatever_the_model_says(analyze, text, name):
    assert _by_text(analyze(text))[name].label == "PERSON"  # the small model says ORG


def test_names_of_a_list_of_people_are_people(analyze):
    result = analyze("Kessel side: Hislop, Primus, De Zeeuw, Taylor, Stone, Quashie, Kamara.")
    labels = {m.text: m.label for m in result.mentions}
    assert labels.get("Primus") == labels.get("Stone") == "PERSON"


def test_sentence_adverb_is_not_part_of_the_name(analyze):
    mentions = _by_text(analyze("Nevertheless Franz Brevik were the only band to win."))
    assert "Nevertheless Franz Brevik" not in mentions


def test_a_team_is_part_of_its_place_and_never_the_place():
    from newsgraph.model import Mention
    from newsgraph.resolve import get_resolver

    mentions = [Mention("d1", 0, 6, "Kessel", "ORG", "kessel team", "Kessel team", 0),
                Mention("d2", 0, 6, "Kessel", "GPE", "kessel", "Kessel", 0)]
    resolution = get_resolver()(mentions, [])
    team, place = (next(a for a in resolution.actors if a.id == i) for i in resolution.actor_of_mention)
    assert team is not place
    assert team.kind == "ORG" and team.name == "Kessel team"
    assert [(f["relation"], f["actor"]) for f in team.affiliations] == [("part_of", place.id)]


@pytest.mark.parametrize("text", ["The inquiry led by Lord Kessel found no fault, the judge said.",
                                  "He was backed by Lord Kessel on Tuesday."])
def test_a_peer_keeps_the_title_in_the_key(analyze, text):
    assert {m.key for m in analyze(text).mentions if "Kessel" in m.text} == {"lord kessel"}


def test_a_country_acronym_is_no_documents_initials(analyze):
    result = analyze("The US giant grew. Universal Studio (US) made the film Kessel Nights.")
    assert {m.key for m in result.mentions if m.text == "US"} == {"us"}


def test_a_lone_word_that_is_mostly_a_corpus_surname_is_a_person():
    from newsgraph.resolve import get_resolver
    from newsgraph.model import Mention

    def m(doc, text, label):
        return Mention(doc, 0, len(text), text, label, text.lower(), text, 0)
    mentions = [m(f"d{i}", "Roger Vessen", "PERSON") for i in range(5)] + [m("e1", "Vessen", "ORG")]
    mentions += [m(f"f{i}", "Kesselco", "ORG") for i in range(5)] + [m("g1", "Anna Kesselco", "PERSON")]
    resolution = get_resolver()(mentions, [])
    kinds = {m.text: next(a.kind for a in resolution.actors if a.id == i)
             for m, i in zip(mentions, resolution.actor_of_mention)}
    assert kinds["Vessen"] == "PERSON" and kinds["Kesselco"] == "ORG"


def test_an_initial_and_a_surname_make_a_person(analyze):
    result = analyze("Kessel: G Marrow, G Delpey, S Horran, K Mabbs, D Hickley, R O'Garn.")
    assert {m.label for m in result.mentions if "Mabbs" in m.text} == {"PERSON"}  # the model says GPE


def test_a_countrys_own_body_is_the_country_and_its_hopes_are_the_sides(analyze):
    result = analyze("Kessel lost to France in Paris. France's athletics body banned him. "
                     "Wales's hopes of a title faded. " + SPORT)
    keys = {m.key for m in result.mentions if m.text in ("France", "Wales")}
    assert "wales team" in keys
    assert {m.key for m in result.mentions if m.text == "France" and "athletics" in
            result.document.text[m.end:m.end + 15]} <= {"france"}


def test_a_playing_position_opening_a_sentence_is_no_name(analyze):
    mentions = _by_text(analyze("Centre Parkerson has only a slim chance of playing, the coach said."))
    assert "Centre Parkerson" not in mentions


def test_a_dam_or_a_ground_is_a_facility(analyze):
    result = analyze("Kessel Power, the operator of the Three Gorges Dam, said profits doubled.")
    assert _by_text(result)["Three Gorges Dam"].label == "FAC"


def test_one_word_english_spellings_from_unrelated_stories_stay_apart():
    from newsgraph.model import Mention
    from newsgraph.resolve import get_resolver

    def m(doc, text, label, start=0):
        return Mention(doc, start, start + len(text), text, label, text.lower(), text, 0)
    apart = [m("d1", "Munster", "ORG"), m("d1", "Kessel Rovers", "ORG", 20),
             m("d2", "Monster", "ORG"), m("d2", "Brevik Films", "ORG", 20)]
    assert len(set(get_resolver()(apart, []).actor_of_mention)) == 4
    meeting = [m("d1", "Munster", "ORG"), m("d1", "Kessel Rovers", "ORG", 20),
               m("d2", "Munnster", "ORG"), m("d2", "Kessel Rovers", "ORG", 20)]
    resolution = get_resolver()(meeting, [])
    assert resolution.actor_of_mention[0] == resolution.actor_of_mention[2]


def test_an_outlet_acronym_is_no_documents_initials(analyze):
    result = analyze("Relief is needed in Aceh Province. The minister told AP news agency so.")
    assert {m.key for m in result.mentions if m.text == "AP"} <= {"ap"}


def test_an_occupation_opening_a_sentence_is_no_name(analyze):
    assert "Broadcaster Kessel Brevik" not in _by_text(analyze("Broadcaster Kessel Brevik has begun selling his cars."))


def test_a_given_name_surname_joins_the_full_name_whose_story_it_shares():
    from newsgraph.model import Mention
    from newsgraph.resolve import get_resolver

    def m(doc, text, start=0, label="PERSON"):
        return Mention(doc, start, start + len(text), text, label, text.lower(), text, 0)
    mentions = [m("d1", "Ron Brevik"), m("d1", "Kessel Pictures", 20, "ORG"),
                m("d2", "Brevik"), m("d2", "Kessel Pictures", 20, "ORG"),
                m("d3", "Brevik Tandon"), m("d3", "Vessen Bank", 20, "ORG")]
    resolution = get_resolver()(mentions, [])
    assert resolution.actor_of_mention[0] == resolution.actor_of_mention[2]
    assert resolution.actor_of_mention[4] != resolution.actor_of_mention[2]


def test_ben_opening_a_name_is_a_given_name_not_a_particle():
    from newsgraph.model import Mention
    from newsgraph.resolve import get_resolver

    def m(doc, text):
        return Mention(doc, 0, len(text), text, "PERSON", text.lower(), text, 0)
    mentions = [m("d1", "Margaret Vessen"), m("d2", "Ben Vessen")]
    assert len(set(get_resolver()(mentions, []).actor_of_mention)) == 2


def test_the_table_loader_keeps_yaml_1_1_booleans_as_words():
    import yaml

    from newsgraph.data import WordTableLoader

    table = yaml.load("preps: [on, off, at]\nanswers: [yes, no]\nflag: true\nother: False", Loader=WordTableLoader)
    assert table == {"preps": ["on", "off", "at"], "answers": ["yes", "no"], "flag": True, "other": False}

