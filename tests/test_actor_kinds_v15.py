"""Actor kinds (issue 18, round 15): a town's name that the words make a club, a body's name that
the words make a town, a country's short form with a compass initial. Sentences and names written
for these tests."""

from __future__ import annotations

from newsgraph.model import Mention
from newsgraph.resolve import get_resolver
from newsgraph.resolve.contexts import KindContexts
from mention_helpers import mentions_in


def _cue(sentence: str, name: str, label: str = "GPE") -> str:
    start = sentence.index(name)
    return KindContexts.from_data().cue(sentence, start, start + len(name), label)


def _mentions(doc: str, text: str, names: dict[str, str]) -> list[Mention]:
    return mentions_in(doc, text, names)


def _kinds(docs: dict[str, tuple[str, dict[str, str]]]) -> dict[str, str]:
    mentions = [m for doc, (text, names) in docs.items() for m in _mentions(doc, text, names)]
    texts = {doc: text for doc, (text, _) in docs.items()}
    resolution = get_resolver("name-graph.v1")(mentions, [], texts=texts)
    return {a.name: a.kind for a in resolution.actors}


# ------------------------------------------------------------------ a town's name for its club

def test_a_players_position_after_a_town_is_a_clubs_cue():
    assert _cue("He wants to sign Brevik striker Ola Tamm this week.", "Brevik") == "ORG"
    assert _cue("They scouted Brevik's goalkeeper twice.", "Brevik") == "ORG"
    assert _cue("The Brevik manager was sent to the stands.", "Brevik") == "ORG"


def test_a_fixture_or_a_transfer_before_a_town_is_a_clubs_cue():
    assert _cue("His first game will be at home to Brevik on Sunday.", "Brevik") == "ORG"
    assert _cue("He was a £4m signing from Brevik last year.", "Brevik") == "ORG"
    assert _cue("The full-back is on loan from Brevik until May.", "Brevik") == "ORG"


def test_a_position_after_a_persons_name_is_no_clubs_cue():
    # a politician has defenders and a singer a manager
    assert _cue("He has long been a staunch Vaal defender in the party.", "Vaal", "PERSON") == ""
    assert _cue("His move from Brevik to the capital took a year.", "Brevik") == ""


def test_a_town_the_reports_name_as_a_club_is_a_club():
    kinds = _kinds({
        "a": ("Ola Tamm, the Brevik striker, scored twice. The Brevik manager was pleased.", {"Brevik": "GPE"}),
        "b": ("The visitors will be at home to Brevik next week.", {"Brevik": "GPE"}),
        "c": ("Brevik lost 2-0 at the weekend.", {"Brevik": "GPE"}),
    })
    assert kinds["Brevik"] == "ORG"


# ------------------------------------------------------------------ a body's name for its town

def test_an_event_held_in_a_name_makes_it_a_town():
    assert _cue("She won the regional championships in Tamsk on Saturday.", "Tamsk", "ORG") == "GPE"
    assert _cue("The firm is based in Tamsk, near the coast.", "Tamsk", "ORG") == "GPE"
    # a place the model calls a place needs no cue
    assert _cue("The firm is based in Tamsk, near the coast.", "Tamsk", "GPE") == ""


def test_a_town_the_model_calls_a_group_is_a_town_where_events_are_held_in_it():
    kinds = _kinds({
        "a": ("The cross-country championships in Tamsk drew 400 runners.", {"Tamsk": "ORG"}),
        "b": ("The indoor championships in Tamsk are next.", {"Tamsk": "ORG"}),
        "c": ("Tamsk's best runner, Ola Tamm, was third.", {"Tamsk": "ORG"}),
    })
    assert kinds["Tamsk"] == "GPE"


def test_a_director_at_a_name_makes_it_a_body():
    # the model's people or person: a director works at a firm
    assert _cue("Ola Tamm, sales director at Vessanet, disagreed.", "Vessanet", "NORP") == "ORG"
    assert _cue("Ola Tamm, sales director at Vessanet, disagreed.", "Vessanet", "PERSON") == "ORG"


# ------------------------------------------------------------------ a country's compass initial

def test_a_countrys_compass_initial_keeps_it_a_country():
    kinds = _kinds({
        "a": ("Squad: A Tamm (S Africa), B Vaal (S Africa), C Brevik (Fiji).",
              {"S Africa": "PERSON", "A Tamm": "PERSON", "B Vaal": "PERSON", "C Brevik": "PERSON"}),
    })
    assert kinds["S Africa"] == "GPE"


def test_an_initial_before_a_word_that_is_no_country_stays_a_person():
    kinds = _kinds({"a": ("Coach S Tamsk said the side was ready.", {"S Tamsk": "PERSON"})})
    assert kinds["S Tamsk"] == "PERSON"


# ------------------------------------------------------------------ a firm named like a paper

def test_a_name_opened_by_a_papers_closing_word_is_no_outlet():
    from newsgraph.mentions.rules import EntityRules
    from newsgraph.mentions.spans import relabel

    rules = EntityRules.from_data()

    def label(text: str) -> str:
        return relabel(type("S", (), {"text": text})(), "ORG", rules)

    assert label("Standard Vessbank") == "ORG"  # a bank
    assert label("Tamsk Standard") == "OUTLET"  # a paper
    assert label("Radio Tamsk") == "OUTLET"


# ------------------------------------------------------------------ a squad list's clubs

def _sheet(text: str, clubs: list[str]):
    from newsgraph.mentions.spans import Candidate

    out = []
    for word in clubs:
        at = text.index(f"({word})")
        out.append(Candidate(start=at + 1, end=at + 1 + len(word), text=word, label="PERSON", sentence=0,
                             bracketed=True))
    return out


def test_a_long_squad_lists_bracketed_names_are_clubs_even_where_the_prose_has_few_sports_words():
    from newsgraph.mentions import bracketed_clubs

    clubs = ["Tamsk", "Vaal", "Brevik", "Oster", "Kessby", "Dunmore"]
    text = ("Squad: A Lind (Tamsk), B Holm (Vaal), C Ness (Brevik), D Berg (Oster), "
            "E Sund (Kessby), F Dahl (Dunmore).")
    candidates = _sheet(text, clubs)
    bracketed_clubs(text, candidates, frozenset(), sport=False)
    assert [(c.label, c.team) for c in candidates] == [("ORG", True)] * 6


def test_a_short_list_of_bracketed_names_outside_sport_keeps_its_labels():
    from newsgraph.mentions import bracketed_clubs

    text = "Those held: A Lind (Tamsk), B Holm (Vaal)."
    candidates = _sheet(text, ["Tamsk", "Vaal"])
    bracketed_clubs(text, candidates, frozenset(), sport=False)
    assert [c.label for c in candidates] == ["PERSON", "PERSON"]


# ------------------------------------------------------------------ a surname's spelling

def test_a_word_spelt_like_a_gaelic_surname_is_a_person_not_a_people_or_a_place():
    kinds = _kinds({
        "a": ("The ball fell to McTavey, who shot wide. The referee booked McTavey later.", {"McTavey": "NORP"}),
        "b": ("Vaal passed to O'Brask on the left.", {"O'Brask": "GPE"}),
    })
    assert kinds["McTavey"] == "PERSON"
    assert kinds["O'Brask"] == "PERSON"


def test_a_word_spelt_like_a_surname_the_model_calls_a_group_stays_a_group():
    kinds = _kinds({"a": ("Shares in McTavey rose after the results.", {"McTavey": "ORG"})})
    assert kinds["McTavey"] == "ORG"


def test_a_name_before_a_markets_words_is_a_city():
    assert _cue("Tamsk stocks rose to a record on Monday.", "Tamsk", "ORG") == "GPE"
    assert _cue("Trading on the Tamsk bourse was thin.", "Tamsk", "ORG") == "GPE"
    # a firm's shares, and a market's own name, are no city's
    assert _cue("Vessanet shares rose to a record on Monday.", "Vessanet", "ORG") == ""
    assert _cue("The Vessdaq Stock Market plans a listing.", "Vessdaq", "ORG") == ""


def test_a_coach_after_and_a_captain_before_a_town_are_a_clubs_cues():
    assert _cue("Brevik coach Ola Tamm praised the pack.", "Brevik") == "ORG"
    assert _cue("He was captain of Brevik for six seasons.", "Brevik") == "ORG"
    assert _cue("He is back after a loan spell at Brevik.", "Brevik") == "ORG"
    # a person has a coach: no cue after a person's name
    assert _cue("The Vaal coach said nothing.", "Vaal", "PERSON") == ""
