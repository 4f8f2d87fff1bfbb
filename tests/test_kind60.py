"""Actor kinds (round 44, branch kind60): contests, series, matches and market events the model
kept as actors leave the actor graph — a contest's noun right after the name ("a Vaal event",
"the Tamsk tournament", "the Brevik series"), a contest's head inside the name ("the Kessel
Idol", "the Grand Final", "an Initial Public Offering") and a match written alone ("the autumn
Tests"); a body that speaks, a person, a place and a given name keep theirs. Sentences and names
written for these tests."""

from __future__ import annotations

from mention_helpers import resolved_kinds as _kinds


def test_a_name_only_written_before_event_leaves():
    docs = {"a": ("The young player won a Varnis event in Spain last spring.", {"Varnis": "ORG"}),
                "b": ("He reached the final of the Varnis event held in Leeds.", {"Varnis": "ORG"})}
    assert "Varnis" not in _kinds(docs)


def test_a_contest_named_once_before_its_noun_leaves():
    text = "The ballet school launched the Orlen Young Dancers competition on Monday."
    assert "Orlen Young Dancers" not in _kinds({"a": (text, {"Orlen Young Dancers": "ORG"})})


def test_a_tournament_named_bare_and_after_its_noun_leaves():
    docs = {"a": ("She will return in the Brevik International tournament in May.", {"Brevik International": "ORG"}),
            "b": ("He pulled out of the warm-up event, the Brevik International.", {"Brevik International": "ORG"}),
            "c": ("Ann Lode won the Brevik International last year.", {"Brevik International": "ORG", "Ann Lode": "PERSON"})}
    assert "Brevik International" not in _kinds(docs)


def test_a_firm_that_speaks_keeps_its_event():
    docs = {"a": ("Speaking at a Corvex event in Leeds, the chief showed a new phone.", {"Corvex": "ORG"}),
            "b": ("Corvex said profits rose by 5% in the year.", {"Corvex": "ORG"})}
    assert _kinds(docs).get("Corvex") == "ORG"


def test_a_firm_named_often_keeps_a_rare_event():
    docs = {d: (f"Corvex sold {n} phones in Leeds.", {"Corvex": "ORG"}) for d, n in zip("abcd", (5, 6, 7, 8))}
    docs["e"] = ("The chief spoke at a Corvex event in Leeds.", {"Corvex": "ORG"})
    assert _kinds(docs).get("Corvex") == "ORG"


def test_a_person_named_once_before_event_stays():
    text = "Hundreds queued outside a Marlow event in the town hall."
    assert _kinds({"a": (text, {"Marlow": "PERSON"})}).get("Marlow") == "PERSON"


def test_a_place_before_event_stays():
    text = "The Tamsk event ended in chaos after heavy rain."
    assert _kinds({"a": (text, {"Tamsk": "GPE"})}).get("Tamsk") == "GPE"


def test_a_talent_contest_by_its_head_leaves():
    text = "Kessel Idol begins its search for new writers. The Kessel Idol prize went to a nurse."
    assert "Kessel Idol" not in _kinds({"a": (text, {"Kessel Idol": "PERSON"})})


def test_a_given_name_before_a_contest_head_keeps_the_person():
    text = "The singer Harold Idol said he would tour again next year."
    assert _kinds({"a": (text, {"Harold Idol": "PERSON"})}).get("Harold Idol") == "PERSON"


def test_a_market_event_by_its_head_leaves():
    text = "Investors watched the Initial Public Offering of the search firm closely."
    assert "Initial Public Offering" not in _kinds({"a": (text, {"Initial Public Offering": "ORG"})})


def test_a_match_written_alone_leaves():
    text = "He was dropped for the autumn Tests. They have won two of 11 Tests since June."
    assert "Tests" not in _kinds({"a": (text, {"Tests": "NORP"})})


def test_a_surname_test_after_a_capital_stays():
    text = "The side will rest, said the coach. Later Test said she was pleased with them."
    assert _kinds({"a": (text, {"Test": "PERSON"})}).get("Test") == "PERSON"
