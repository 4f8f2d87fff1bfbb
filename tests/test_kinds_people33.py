"""Actor kinds (issue 18, round 31): people, grounds, regions and firms with the wrong kind — a
scorer line's players ("Kessel 35 og"), a ground written after "at" in sports stories, a region
of the data, a firm's hyphenated name that is no "Mr X"'s surname. Sentences and names written
for these tests."""

from __future__ import annotations

from newsgraph.mentions.linking import link_short_forms
from newsgraph.mentions.rules import EntityRules
from newsgraph.mentions.spans import Candidate
from newsgraph.mentions.tables import mark_score_line_clubs, mark_scorers, scorer_line_pattern, scorer_names
from newsgraph.names import NameGender, name_key
from mention_helpers import kind_cue as _cue, kinds_with_teams
from mention_helpers import mentions_in

_LINE = scorer_line_pattern(EntityRules.from_data().scorer_marks)
_COUNTRIES = frozenset({"Kemaria"})


def _cand(text: str, words: str, label: str, at: int = 0, title: str = "") -> Candidate:
    start = text.index(words, at)
    return Candidate(start, start + len(words), words, label, 0, title=title)


def _names(text: str) -> list[str]:
    return [text[s:e] for s, e in scorer_names(text, _LINE)]


# --- scorer lines ---------------------------------------------------------------------------

def test_a_scorer_lines_names_are_found_with_their_marks():
    assert _names("Report.\n\nBrask 35 og, Vaalmer 38 pen, Tamsin 61.\n") == ["Brask", "Vaalmer", "Tamsin"]
    assert _names("Ostrel 9, Dunvik 87.") == ["Ostrel", "Dunvik"]
    assert _names(": Ostrel 40, Dunvik 48 pen, Ostrel 68.") == ["Ostrel", "Dunvik", "Ostrel"]
    assert _names("Kael Ostrel 72.") == ["Kael Ostrel"]


def test_a_results_row_or_prose_is_no_scorer_line():
    assert _names("Kesselby 2, Brentham 1") == []  # single figures, no mark: a result
    assert _names("Kesselby 2 Brentham 1") == []
    assert _names("Brask scored after 35 minutes, Vaalmer after 38.") == []
    assert _names("The club has 40 players.") == []


def test_players_on_a_scorer_line_are_people_whatever_the_models_label():
    text = "Match report.\n\nBrask 35 og, Vaalmer 38, Kemaria 70.\n"
    cands = [_cand(text, "Brask", "GPE"), _cand(text, "Vaalmer 38", "ORG"), _cand(text, "Kemaria", "GPE")]
    mark_scorers(text, cands, _LINE, _COUNTRIES, sport=True)
    assert [(c.text, c.label) for c in cands] == [("Brask", "PERSON"), ("Vaalmer", "PERSON"), ("Kemaria", "GPE")]
    assert cands[0].cue == "PERSON"  # stated: outvotes a team sheet's GPE for the same surname


def test_a_team_sheets_substitutes_make_a_report_the_sports_words_missed():
    text = "Report.\n\nDaltre, Vosk (Armel 73), Quennet.\n\nBrask 35 og, Vaalmer 38.\n"
    cands = [_cand(text, "Brask", "GPE")]
    mark_scorers(text, cands, _LINE, _COUNTRIES, sport=False)
    assert (cands[0].label, cands[0].cue) == ("PERSON", "PERSON")


def test_a_scorer_line_outside_a_sports_report_changes_nothing():
    text = "Prices.\n\nBrask 35, Vaalmer 38.\n"
    cands = [_cand(text, "Brask", "GPE")]
    mark_scorers(text, cands, _LINE, _COUNTRIES, sport=False)
    assert cands[0].label == "GPE"


def test_a_result_lines_names_are_the_clubs_cut_apart():
    text = "Hearts of Brackley 3-2 Vesslon\n\nHearts of Brackley won the cup.\n"
    cands = [_cand(text, "Hearts", "PERSON"), _cand(text, "Vesslon", "PERSON")]
    out = mark_score_line_clubs(text, cands, _COUNTRIES, lambda at: 0, sport=True)
    assert [(c.text, c.label, c.cue) for c in out] == [("Hearts of Brackley", "ORG", "ORG"), ("Vesslon", "ORG", "ORG")]
    text = "Brackley 2-1 Kemaria\n\nReport.\n"
    out = mark_score_line_clubs(text, [_cand(text, "Brackley 2-1 Kemaria", "ORG")], _COUNTRIES, lambda at: 0, sport=True)
    assert [(c.text, c.label) for c in out] == [("Brackley", "ORG"), ("Kemaria", "ORG")]
    out = mark_score_line_clubs(text, [_cand(text, "Kemaria", "GPE")], _COUNTRIES, lambda at: 0, sport=True)
    assert [(c.text, c.label) for c in out] == [("Brackley", "ORG"), ("Kemaria", "GPE")]  # a country: the senses' side


def test_a_score_inside_prose_is_no_result_line():
    text = "They won 2-1 at Brackley on Sunday.\n"
    cands = [_cand(text, "Brackley", "GPE")]
    assert mark_score_line_clubs(text, cands, _COUNTRIES, lambda at: 0, sport=True) == cands


# --- grounds written after "at" -------------------------------------------------------------

_MATCH = "Kemaria beat Vaalia in the rugby match. "


def test_a_name_written_after_at_in_sports_stories_is_the_ground():
    docs = {"a": (_MATCH + "Kemaria won at Brackenfield last year. The crowd at Brackenfield sang.",
                  {"Brackenfield": "ORG"}),
            "b": (_MATCH + "The final at Brackenfield is sold out. Brackenfield holds 60,000.",
                  {"Brackenfield": "ORG"})}
    assert kinds_with_teams(docs, [("a", "Kemaria"), ("b", "Kemaria")])["Brackenfield"] == "FAC"


def test_a_club_written_after_a_stay_at_it_keeps_its_kind():
    docs = {"a": (_MATCH + "His spell at Brackenfield ended. He was manager at Brackenfield. "
                  "Brackenfield signed him.", {"Brackenfield": "ORG"})}
    assert kinds_with_teams(docs, [("a", "Kemaria")])["Brackenfield"] == "ORG"


def test_at_outside_sports_stories_is_no_ground():
    docs = {"a": ("An analyst at Brackenfield said so. Another at Brackenfield agreed. "
                  "Staff at Brackenfield were told.", {"Brackenfield": "ORG"})}
    assert kinds_with_teams(docs)["Brackenfield"] == "ORG"


def test_a_name_the_model_tags_a_town_once_is_no_ground():
    docs = {"a": (_MATCH + "They won at Brackenfield. They lost at Brackenfield. Brackenfield is windy.",
                  {"Brackenfield": "ORG"})}
    mentions_text = docs["a"][0]
    docs["a"] = (mentions_text, {"Brackenfield": "ORG"})
    kinds = kinds_with_teams(docs, [("a", "Kemaria")])
    assert kinds["Brackenfield"] == "FAC"  # three ORG mentions, two "at": the ground
    docs_town = {"a": (mentions_text, {"Brackenfield": "GPE"})}
    assert kinds_with_teams(docs_town, [("a", "Kemaria")])["Brackenfield"] == "GPE"


# --- regions of the data --------------------------------------------------------------------

def test_a_region_of_the_data_is_a_place_whatever_the_vote():
    docs = {"a": ("Riots spread to Merseyside on Monday. Merseyside police made arrests.", {"Merseyside": "ORG"})}
    assert kinds_with_teams(docs)["Merseyside"] == "GPE"


def test_a_county_a_club_bears_is_a_place_outside_sport_and_a_club_in_it():
    politics = {"a": ("Mines across Yorkshire closed. Voters in Yorkshire were angry.", {"Yorkshire": "ORG"})}
    assert kinds_with_teams(politics)["Yorkshire"] == "GPE"
    cricket = {"a": (_MATCH + "Yorkshire signed a bowler. Yorkshire won the toss.", {"Yorkshire": "ORG"})}
    assert kinds_with_teams(cricket, [("a", "Kemaria")])["Yorkshire"] == "ORG"


# --- a firm's hyphenated name and "Mr X" ----------------------------------------------------

def test_mr_x_is_the_storys_full_name_not_a_firms_hyphenated_name():
    text = ("Output fell, said Jon Vessling, head of oil analysts Brackley-Vessling. "
            "Mr Vessling said prices would rise.")
    cands = [_cand(text, "Jon Vessling", "PERSON"), _cand(text, "Brackley-Vessling", "PERSON"),
             _cand(text, "Vessling", "PERSON", at=text.index("Mr "), title="Mr")]
    targets = link_short_forms(cands, [name_key(c.text) for c in cands], NameGender.from_data(), text=text)
    assert targets[2] == 0


def test_a_double_barrelled_surname_with_its_given_name_still_takes_its_short_form():
    text = "Ann Brackley-Vessling spoke first. Later Brackley-Vessling said she would stay."
    cands = [_cand(text, "Ann Brackley-Vessling", "PERSON"),
             _cand(text, "Brackley-Vessling", "PERSON", at=text.index("Later"))]
    targets = link_short_forms(cands, [name_key(c.text) for c in cands], NameGender.from_data(), text=text)
    assert targets[1] == 0


def test_a_trades_plural_before_a_name_makes_it_the_firm():
    assert _cue("according to oil industry analysts Brackley-Vessling.", "Brackley-Vessling", "PERSON") == "ORG"
    assert _cue("figures from accountants Vesslington showed.", "Vesslington", "PERSON") == "ORG"
