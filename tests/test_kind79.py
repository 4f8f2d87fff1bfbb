"""Actor kinds (round 50, branch kind79): a firm the model calls a person, a place or a people
because of its name, where the story puts a firm's noun right before it after a word of its
trade or its land ("research firm X", "Kemari retailer X": ``trade_firm_nouns_before``). Not
after a determiner, a possessive or in a relative clause ("the company Ann Vaal founded"), and a
people's "group" is its own ("ethnic group X"). Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import kinds_of_name

from newsgraph.resolve.contexts import KindContexts



def _cue(text: str, name: str, label: str) -> str:
    start = text.index(name)
    return KindContexts.from_data().cue(text, start, start + len(name), label)


# --- the fix: a firm's noun after its trade's or its land's word ---------------------------

def test_a_research_firm_typed_a_people_is_a_firm():
    docs = {"a": ("An analyst at research firm Korvana said demand for tablets had peaked.",
                  {"Korvana": "NORP"})}
    assert kinds_of_name(docs, "Korvana") == {"ORG"}


def test_a_retailer_after_its_lands_word_typed_a_person_is_a_firm():
    docs = {"a": ("Prosecutors say the Belgian retailer Dremmel hid losses for two years.",
                  {"Dremmel": "PERSON"})}
    assert kinds_of_name(docs, "Dremmel") == {"ORG"}


def test_a_clearing_firm_typed_a_people_is_a_firm_in_every_story():
    docs = {"a": ("The exchange also owns the clearing firm Tessaly, which settles trades.", {"Tessaly": "NORP"}),
            "b": ("Investors fear the bourse's control over its Tessaly unit.", {"Tessaly": "NORP"})}
    assert kinds_of_name(docs, "Tessaly") == {"ORG"}


def test_a_software_company_typed_a_place_is_a_firm():
    assert _cue("Regulators filed complaints against software company Ostrava Vox on Monday.",
                "Ostrava Vox", "GPE") == "ORG"


def test_a_folk_group_after_its_lands_word_typed_a_person_is_a_body():
    docs = {"a": ("The show was staged with the Estonian group Vellamo last spring.", {"Vellamo": "PERSON"})}
    assert kinds_of_name(docs, "Vellamo") == {"ORG"}


# --- guards: what must not change -------------------------------------------------------------

def test_a_person_after_the_company_he_founded_stays_a_person():
    assert _cue("It is the company Ann Vorley founded in 1998.", "Ann Vorley", "PERSON") != "ORG"


def test_a_firm_after_a_possessive_is_no_cue():
    assert _cue("He sold his firm Brask Tulling two years ago.", "Brask Tulling", "PERSON") != "ORG"


def test_an_ethnic_group_stays_a_people():
    docs = {"a": ("Leaders of the ethnic group Karenni met the envoy.", {"Karenni": "NORP"})}
    assert kinds_of_name(docs, "Karenni") == {"NORP"}


def test_a_town_after_a_firms_noun_without_a_trade_word_keeps_its_kind():
    assert _cue("Visitors flew from the airline hub to Dorrow, then drove on.", "Dorrow", "GPE") != "ORG"


def test_a_headlines_last_word_is_no_firms_noun():
    text = "Drummer says band will win group\n\nOlly Brannick believes the tour will sell out."
    assert _cue(text, "Olly Brannick", "PERSON") != "ORG"


def test_a_publisher_may_be_a_person():
    assert _cue("He spoke of his love for married publisher Ann Vorley.", "Ann Vorley", "PERSON") != "ORG"


def test_a_firm_the_model_calls_a_body_keeps_its_kind():
    assert _cue("Analysts at research firm Korvana cut their forecast.", "Korvana", "ORG") == ""
