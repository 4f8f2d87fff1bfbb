"""Actor kinds (issue 18, round 9): person cues (role nouns), club and company cues (a
person's role after a name), plural possessives inside group names, things and events that
are no actors, English results tables kept. Sentences and names written for these tests."""

from __future__ import annotations

from newsgraph.model import Mention
from newsgraph.names import name_key
from newsgraph.resolve import get_resolver


def _mention(doc, text, label="PERSON", cue=""):
    return Mention(doc=doc, start=0, end=len(text), text=text, label=label,
                   key=name_key(text), full_name=text, sentence=0, cue=cue)


def _cues(result):
    return {m.text: m.cue for m in result.mentions}


# ------------------------------------------------------------------ person cues (mention stage)

def test_role_noun_before_a_name_is_a_person_cue(analyze):
    result = analyze("The singer Kessel Brevik said she was happy with the tour.")
    assert _cues(result).get("Kessel Brevik") == "PERSON"


def test_role_noun_in_apposition_is_a_person_cue(analyze):
    result = analyze("Dorrin Vaal, chief executive of the Tamsk Cooperative, said sales had risen.")
    assert _cues(result).get("Dorrin Vaal") == "PERSON"


def test_a_company_noun_before_a_name_is_no_person_cue(analyze):
    result = analyze("Engineering firm Brevik Kessel said it would appeal.")
    assert _cues(result).get("Brevik Kessel") == "ORG"


# ------------------------------------------------------------------ club and company cues

def test_a_persons_role_after_a_name_makes_it_a_body(analyze):
    result = analyze("Investors met a Vantorix spokesman in Leeds on Monday.")
    assert _cues(result).get("Vantorix") == "ORG"


def test_chairman_of_a_name_makes_it_a_body(analyze):
    result = analyze("Jon Dorr is the chairman of Vantorix, the papers said.")
    assert _cues(result).get("Vantorix") == "ORG"


def test_a_country_takes_no_body_cue(analyze):
    result = analyze("The Brazil manager said the players were tired.")
    assert _cues(result).get("Brazil", "") == ""


# ------------------------------------------------------------------ corpus vote

def test_person_cues_outvote_the_models_group_label():
    mentions = [_mention(f"d{i}", "Kessel Brevik", "ORG") for i in range(4)]
    mentions.append(_mention("d9", "Kessel Brevik", "ORG", cue="PERSON"))
    resolution = get_resolver("name-graph.v1")(mentions, [])
    assert [a.kind for a in resolution.actors] == ["PERSON"]


def test_a_rare_person_cue_does_not_outvote_the_model():
    mentions = [_mention(f"d{i}", "Kessel Brevik", "ORG") for i in range(9)]
    mentions.append(_mention("d9", "Kessel Brevik", "ORG", cue="PERSON"))
    resolution = get_resolver("name-graph.v1")(mentions, [])
    assert [a.kind for a in resolution.actors] == ["ORG"]


# ------------------------------------------------------------------ possessives in group names

def test_plural_possessive_inside_a_group_name_is_kept(analyze):
    result = analyze("The Tamsk Farmers' Union said the plan was wrong.")
    assert "Tamsk Farmers' Union" in {m.text for m in result.mentions}


def test_a_places_possessive_still_cuts_the_name(analyze):
    result = analyze("Britain's Labour Party won the vote in the spring.")
    texts = {m.text for m in result.mentions}
    assert "Britain" in texts and "Britain's Labour Party" not in texts


# ------------------------------------------------------------------ no actors

def test_a_name_before_worm_is_no_actor(analyze):
    result = analyze("The Kessboot worm infected thousands of computers on Tuesday.")
    assert "Kessboot" not in {m.text for m in result.mentions}


def test_a_hurricane_is_no_actor(analyze):
    result = analyze("Hurricane Dorrin hit the coast of Tamsk on Friday.")
    assert not any("Dorrin" in m.text for m in result.mentions)


def test_a_tax_is_no_actor(analyze):
    result = analyze("The Vantorix Tax will rise by five percent next year, the minister said.")
    assert not any("Tax" in m.text for m in result.mentions)


def test_a_name_the_sentence_calls_a_book_is_no_actor(analyze):
    result = analyze("Dorrin Vale is a gripping book about two sisters, reviewers agree.")
    assert "Dorrin Vale" not in {m.text for m in result.mentions}


def test_a_name_in_apposition_to_a_film_is_no_actor(analyze):
    result = analyze("The studio released its new film, Tamsk Harbour, on Friday.")
    assert "Tamsk Harbour" not in {m.text for m in result.mentions}


def test_a_distributor_noun_before_a_name_is_a_company_cue(analyze):
    result = analyze("Its distributor Vantorix hopes to sell many tickets in the spring.")
    assert _cues(result).get("Vantorix") == "ORG"


def test_a_name_the_sentence_calls_a_singer_has_a_person_cue(analyze):
    result = analyze("Tamsk Vorel is a singer from the north, the paper said.")
    assert _cues(result).get("Tamsk Vorel") == "PERSON"


def test_a_name_the_sentence_calls_a_company_has_a_company_cue(analyze):
    result = analyze("Vantorix is a software company based in the north.")
    assert _cues(result).get("Vantorix") == "ORG"


# ------------------------------------------------------------------ results tables

def test_table_rows_give_their_names_as_teams():
    from newsgraph.mentions.tables import table_names

    text = "League results on Saturday :\nKessel 2 Brenton Vale 1\nDorrin 4 3 1 0 7 4 10\nThe coach said 2 things.\n"
    names = [text[s:e] for s, e in table_names(text)]
    assert names == ["Kessel", "Brenton Vale", "Dorrin"]


def test_results_table_names_are_teams_in_a_sports_report(analyze):
    text = ("Results of league football matches on Saturday, after a tense day for every coach and squad:\n"
            "Kessel 2 Brenton 1\nTamsk 0 Dorrin 3\n"
            "The league cup tournament goes on next week with the players' semi-final match.\n")
    result = analyze(text)
    labels = {m.text: m.label for m in result.mentions}
    assert labels.get("Kessel") == "ORG" and labels.get("Dorrin") == "ORG"


def test_three_result_rows_make_a_table_without_sport_words():
    from newsgraph.mentions.tables import table_names

    text = "Kessel 2 Brenton 1\nTamsk 0 Dorrin 3\nVale 1 Orrin 1\n"
    assert len(table_names(text, sport=False)) == 6
    assert table_names("Kessel 2 Brenton 1\nPrices: Gold 4 3 2\n", sport=False) == []


def test_the_sexes_of_a_results_list_are_no_actors(analyze):
    result = analyze("Women's 200 metres\n1. Anna Kessel (Tamsk) 22.10 seconds\n")
    assert "Women" not in {m.text for m in result.mentions}


def test_dotted_initials_are_a_name(analyze):
    result = analyze("Officials in the U.K. said the talks with Tamsk would go on.")
    assert "U.K." in {m.text for m in result.mentions}


def test_a_place_based_name_is_a_company_cue(analyze):
    result = analyze("Tamsk-based Vantorix may be sold before the summer.")
    assert _cues(result).get("Vantorix") == "ORG"


def test_an_ethnic_group_is_a_people(analyze):
    result = analyze("The report blamed Hutu militias for the attacks on the villages.")
    assert {m.text: m.label for m in result.mentions}.get("Hutu") == "NORP"


def test_a_persons_manager_makes_no_company_of_him(analyze):
    result = analyze("Jon Vaal spokesman Ann Dorr said the tour would go on.")
    assert _cues(result).get("Jon Vaal") == ""


def test_a_role_noun_before_a_later_noun_is_no_person_cue(analyze):
    result = analyze("The billionaire Vantorix owner made no comment on Monday.")
    assert _cues(result).get("Vantorix", "") != "PERSON"


def test_a_surname_like_tax_word_keeps_a_person(analyze):
    result = analyze("The novelist Andrea Levy said the prize was a surprise.")
    assert {m.text: m.label for m in result.mentions}.get("Andrea Levy") == "PERSON"


def test_a_trade_noun_as_predicate_makes_no_company(analyze):
    result = analyze("Jon Vaal was fined on Tuesday. Vaal was once a distributor of toys.")
    assert _cues(result).get("Vaal", "") == ""


def test_an_apposition_without_determiner_is_no_work(analyze):
    result = analyze("I loved the puppets voiced by the late Jon Vaal, great weekend television.")
    assert "Jon Vaal" in {m.text for m in result.mentions}


def test_a_company_ending_in_a_demonym_stays_a_group(analyze):
    from newsgraph.mentions.spans import _company_on_demonym
    from newsgraph.mentions.rules import EntityRules

    rules = EntityRules.from_data()
    assert _company_on_demonym(["Kessel", "American"], "ORG", rules)
    assert not _company_on_demonym(["Iraqi", "Kurds"], "ORG", rules)


def test_a_partys_members_of_parliament_are_a_group(analyze):
    result = analyze("Several Tamsk Party MPs backed the plan on Tuesday.")
    labels = {m.text: m.label for m in result.mentions}
    assert all(label != "PERSON" for text, label in labels.items() if "MPs" in text)


def test_a_club_in_brackets_after_a_player_is_a_team(analyze):
    text = ("The coach named his squad for the match and the league cup tournament, with two goals "
            "needed from the players and the striker. Replacements: J Kessel (Brenton Sharks), "
            "P Vaal (Dorrin), S Orrin (Tamsk), L Dorr (Brenton Sharks), K Vale (Dorrin).")
    result = analyze(text)
    labels = {m.text: m.label for m in result.mentions}
    assert labels.get("Brenton Sharks") == "ORG" and labels.get("Dorrin") == "ORG"
    assert labels.get("L Dorr") == "PERSON"


def test_a_work_in_apposition_to_an_authors_novel_is_no_actor(analyze):
    result = analyze("Jon Vaal's third novel, Tamsk Harbour, is out in May.")
    assert "Tamsk Harbour" not in {m.text for m in result.mentions}


def test_a_title_opened_by_the_after_a_work_noun_is_no_actor(analyze):
    result = analyze("The Danish movie The Tamsk Harbour opens in cinemas on Friday.")
    assert not any("Tamsk Harbour" in m.text for m in result.mentions)


def test_the_author_of_an_adapted_work_is_no_work(analyze):
    result = analyze("The channel will film a version of the Jon Vaal best-seller next year.")
    assert "Jon Vaal" in {m.text for m in result.mentions}


def test_a_name_in_brackets_inside_prose_is_no_club(analyze):
    text = ("The coach praised his squad after the match and the league cup tournament, with two goals "
            "from the striker. The coach picked Jon (Vaal) for his long passing, he told reporters.")
    result = analyze(text)
    assert {m.text: m.label for m in result.mentions}.get("Vaal", "PERSON") == "PERSON"


def test_a_place_based_writers_novel_is_no_company_cue(analyze):
    result = analyze("Critics tip Tamsk-based Vaal's second novel for the prize.")
    assert _cues(result).get("Vaal", "") == ""


def test_schedule_rows_give_their_names_as_teams():
    from newsgraph.mentions.tables import table_names

    text = "SCHEDULE\nKESSEL AT BRENTON\nTamsk v Dorrin\nVale at Orrin\n"
    names = [text[s:e] for s, e in table_names(text, sport=False)]
    assert names == ["KESSEL", "BRENTON", "Tamsk", "Dorrin", "Vale", "Orrin"]
