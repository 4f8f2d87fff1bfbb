"""Actor kinds (issue 18, round 16): players of a line-up, ... Sentences and names written for
these tests."""

from __future__ import annotations

from newsgraph.model import Mention
from newsgraph.resolve import get_resolver
from mention_helpers import kind_cue, mentions_in, resolve_docs


def _cue(sentence: str, name: str, label: str = "ORG") -> str:
    return kind_cue(sentence, name, label)


def _mentions(doc: str, text: str, names: dict[str, str]) -> list[Mention]:
    return mentions_in(doc, text, names)


def _resolution(docs: dict[str, tuple[str, dict[str, str]]]):
    return resolve_docs(docs)


def _kinds(docs: dict[str, tuple[str, dict[str, str]]]) -> dict[str, str]:
    return {a.name: a.kind for a in _resolution(docs).actors}


# ------------------------------------------------------------------ players of a line-up

_LINEUP = ("Brevik: Tamm, Ostrova, Kessling, Vaalberg (Dunmore 71), Hollis, Marsk (capt), Pell.\n"
           "Subs not used: Renner, Oakhurst.")


def test_lone_names_of_a_lineup_are_players_whatever_the_models_label():
    kinds = _kinds({"a": (_LINEUP, {"Brevik": "ORG", "Kessling": "ORG", "Dunmore": "GPE",
                                    "Oakhurst": "GPE", "Hollis": "NORP"})})
    assert kinds["Kessling"] == "PERSON"
    assert kinds["Dunmore"] == "PERSON"  # a substitute with his minute
    assert kinds["Oakhurst"] == "PERSON"  # a labelled line of players
    assert kinds["Hollis"] == "PERSON"
    assert kinds["Brevik"] == "ORG"  # the side named before the colon


def test_a_list_without_a_lineups_marks_keeps_its_labels():
    # a results line or a list of clubs has commas too
    text = "Tamsk, Brevik, Kessling, Vaalberg, Dunmore and Oster all won at the weekend."
    kinds = _kinds({"a": (text, {"Kessling": "ORG", "Dunmore": "GPE"})})
    assert kinds["Kessling"] == "ORG"
    assert kinds["Dunmore"] == "GPE"


def test_a_bracketed_club_of_a_squad_list_is_no_player():
    text = "Squad: A Lind (Tamsk), B Holm (capt) (Vaalby), C Ness, D Berg, E Sund (Kessling)."
    kinds = _kinds({"a": (text, {"Kessling": "ORG", "Vaalby": "ORG"})})
    assert kinds["Kessling"] == "ORG"
    assert kinds["Vaalby"] == "ORG"


# ------------------------------------------------------------------ things by their nouns

def test_a_technology_or_a_format_before_its_noun_is_no_actor():
    assert _cue("Ultra Line Transfer technology lets old cables carry more data.", "Ultra Line Transfer",
                "PERSON") == "NONE"
    assert _cue("The Vessex format holds two hours of film.", "Vessex") == "NONE"
    # the maker's technology takes its possessive
    assert _cue("Vessanet's technology lets old cables carry more data.", "Vessanet") == ""


def test_a_medicine_or_a_video_game_after_its_noun_is_no_actor():
    assert _cue("The trial tested it against rival medicine Kessomab.", "Kessomab", "PERSON") == "NONE"
    assert _cue("Sales of the video game Tower Vaal were up.", "Tower Vaal", "GPE") == "NONE"
    # a match report's "game" is no title
    assert _cue("In the game Brevik were the better side.", "Brevik") != "NONE"


def test_a_technology_named_so_twice_leaves_the_actor_graph():
    resolution = _resolution({
        "a": ("Ultra Line Transfer technology lets old cables carry more data. Many homes use "
              "Ultra Line Transfer already.", {"Ultra Line Transfer": "PERSON"}),
        "b": ("Ultra Line Transfer technology is cheap.", {"Ultra Line Transfer": "PERSON"}),
    })
    assert "Ultra Line Transfer" not in {a.name for a in resolution.actors}


# ------------------------------------------------------------------ a firm named after its founder

def test_a_firms_possessions_or_results_after_a_persons_name_make_it_a_firm():
    assert _cue("Anna Vessel's stores will close in May.", "Anna Vessel", "PERSON") == "ORG"
    assert _cue("Anna Vessel said its pre-tax profits rose.", "Anna Vessel", "PERSON") == "ORG"
    assert _cue("Anna Vessel, which employs 300 people, agreed.", "Anna Vessel", "PERSON") == "ORG"
    assert _cue("She is a partner at Anna Vessel in the city.", "Anna Vessel", "PERSON") == "ORG"
    # a work "has" and "is" too; a person's own words and a town's shops say nothing of a firm
    assert _cue("Anna Vessel, which has been nominated, opens today.", "Anna Vessel", "PERSON") == ""

    assert _cue("Anna Vessel said her profits were gone.", "Anna Vessel", "PERSON") == ""
    assert _cue("Tamsk shops were shut.", "Tamsk", "GPE") == ""


def test_a_founders_firm_the_words_name_a_firm_is_a_firm():
    kinds = _kinds({
        "a": ("Anna Vessel said its profits fell. Anna Vessel stores will shut.", {"Anna Vessel": "PERSON"}),
        "b": ("Anna Vessel has a new chief.", {"Anna Vessel": "PERSON"}),
    })
    assert kinds["Anna Vessel"] == "ORG"


# ------------------------------------------------------------------ a nation's people

def test_a_nations_demonym_written_before_a_plural_verb_stays_a_people():
    kinds = _kinds({
        "a": ("Wales won. The Welsh are favourites now, and the Welsh have the pack.", {"Wales": "GPE", "Welsh": "ORG"}),
        "b": ("Many Welsh voters stayed home.", {"Welsh": "NORP"}),
        "c": ("Wales has a new law.", {"Wales": "GPE"}),
    })
    assert kinds["Welsh"] == "NORP"


# ------------------------------------------------------------------ acronyms of common words

def test_an_acronym_defined_by_lower_case_words_is_no_actor():
    from newsgraph.resolve.contexts import defined_in_lower_case

    def defined(text: str, name: str) -> bool:
        at = text.index(f"({name})") + 1
        return defined_in_lower_case(text, at, at + len(name))

    assert defined("Links carry ten megabits per second (Mbps) now.", "Mbps")
    assert defined("Most homes get digital terrestrial TV (DTT) already.", "DTT")
    assert not defined("Figures from the Office of National Statistics (ONS) came.", "ONS")
    # a body's name is written with capitals
    assert not defined("The Kessel Energy Agency (KEA) said so.", "KEA")
    resolution = _resolution({
        "a": ("The link carries ten megabits per second (Mbps). At 10 Mbps it is fast.", {"Mbps": "PERSON"}),
        "b": ("Tamsk Power (TP) said Mbps was too slow. TP agreed.", {"TP": "ORG", "Tamsk Power": "ORG"}),
    })
    names = {a.name for a in resolution.actors}
    assert "Mbps" not in names and "Tamsk Power" in names


# ------------------------------------------------------------------ a role opening the sentence

def test_a_role_with_a_word_or_two_of_its_kind_opening_the_sentence_is_a_persons_cue():
    assert _cue("Hip-hop performer Kessoni's single is at number five.", "Kessoni") == "PERSON"
    assert _cue("Veteran jazz singer Ann Vaal has died.", "Ann Vaal") == "PERSON"
    # inside a sentence the parse reads the role; three words before it are no opening
    assert _cue("Fans of the new hip-hop performer Kessoni queued.", "Kessoni") == ""


# ------------------------------------------------------------------ a piece of a title joined by "and"

def test_a_word_before_and_a_capitalized_word_no_mention_holds_is_a_piece_of_a_title():
    resolution = _resolution({
        "a": ("Fans said Comets and Demons sold well. Comets and Demons was written first.", {"Comets": "ORG"}),
        "b": ("Critics said Comets and Demons was slow.", {"Comets": "ORG"}),
    })
    assert "Comets" not in {a.name for a in resolution.actors}
    # two bodies named by the model are two names
    resolution = _resolution({
        "a": ("Vessanet and Tamskoil agreed a deal. Vessanet and Tamskoil will merge.", {"Vessanet": "ORG", "Tamskoil": "ORG"}),
    })
    assert "Vessanet" in {a.name for a in resolution.actors}


def test_a_name_that_speaks_is_no_thing():
    # a foundation's browser: the foundation speaks
    resolution = _resolution({
        "a": ("Vessilla browsers gained. Vessilla browsers now lead.", {"Vessilla": "ORG"}),
        "b": ("Vessilla said downloads doubled.", {"Vessilla": "ORG"}),
    })
    assert "Vessilla" in {a.name for a in resolution.actors}


def test_a_bands_the_or_a_longer_name_after_and_is_no_piece():
    resolution = _resolution({
        "a": ("They sound like The Comets and New Vaal today. Fans of The Comets and New Vaal came.", {"Comets": "ORG"}),
    })
    assert "Comets" in {a.name for a in resolution.actors}


# ------------------------------------------------------------------ a double-barrelled surname's first part

def test_the_first_part_of_a_double_barrelled_surname_the_model_calls_a_place_is_a_person():
    docs = {f"d{i}": ("Ola Kessby-Vaal spoke. Ola Kessby-Vaal said more.", {"Ola Kessby-Vaal": "PERSON"})
            for i in range(4)}
    docs["x"] = ("Kessby launched a party. Kessby said it would win.", {"Kessby": "GPE"})
    assert _kinds(docs)["Kessby"] == "PERSON"


def test_a_surname_in_a_lineup_outvotes_the_models_group_label_in_a_line_of_bookings():
    kinds = _kinds({"a": ("Tamm, Ostrova, Kessling, Vaalberg (Dunmore 71), Hollis, Pell.\n"
                          "Ostrova, Kessling, Hollis.", {"Kessling": "ORG"})})
    assert kinds["Kessling"] == "PERSON"


def test_an_a_opening_a_team_sheets_line_is_an_initial_when_the_name_is_listed():
    kinds = _kinds({"a": ("A Kessling (Tamsk), B Holm (Vaalby), C Ness (Vaalby), D Berg (Oster), E Sund (Oster).\n"
                          "A Kessling, B Holm, C Ness, D Berg, E Sund.", {"Kessling": "ORG"})})
    assert kinds["Kessling"] == "PERSON"


def test_a_listed_demonym_stays_a_people_against_a_parsed_group_cue():
    from dataclasses import replace

    docs = {"a": ("Wales won. The Welsh were fast, and the Welsh pack held.", {"Wales": "GPE", "Welsh": "ORG"}),
            "c": ("Wales has a new law.", {"Wales": "GPE"})}
    mentions = [m for doc, (text, names) in docs.items() for m in _mentions(doc, text, names)]
    mentions = [replace(m, cue="ORG") if m.text == "Welsh" and i < 2 else m for i, m in enumerate(mentions)]
    texts = {doc: text for doc, (text, _) in docs.items()}
    kinds = {a.name: a.kind for a in get_resolver("name-graph.v1")(mentions, [], texts=texts).actors}
    assert kinds["Welsh"] == "NORP"
