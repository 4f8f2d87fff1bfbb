"""Actor kinds (round 62, branch kind97): a publication named by an agency's or a wire's noun
right before it ("news agency Kessel", "the Italian news agency Vaal") or by "daily"/"weekly"
after a land's or a people's word ("the Swiss daily Le Tamsk") is an outlet (OUTLET), whatever the
model's label. Another name opening the agency's noun ("the Brann Press news agency Kessel's ...")
makes the noun that name's; a lone "daily", "weekly" or "agency" is no publication's.
Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import kinds_of_name

from newsgraph.resolve.contexts import KindContexts


def _cue(sentence: str, name: str, label: str) -> str:
    """The kind the words around the first ``name`` in ``sentence`` state."""
    contexts = KindContexts.from_data()
    start = sentence.index(name)
    return contexts.cue(sentence, start, start + len(name), label)


# --- the fix: fails on the base (441429e2) -------------------------------------------------

def test_a_paper_after_a_peoples_daily_is_an_outlet_though_the_model_says_person():
    docs = {"a": ("The goalkeeper was quoted by the Swiss daily Le Vaalmot on Monday. He said he "
                  "would stay.", {"Le Vaalmot": "PERSON"})}
    assert kinds_of_name(docs, "Le Vaalmot") == {"OUTLET"}


def test_a_named_news_agency_is_an_outlet():
    docs = {"a": ("The bank will list its shares in July, Italian news agency Kesmaro quoted two "
                  "officials as saying.", {"Kesmaro": "ORG"})}
    assert kinds_of_name(docs, "Kesmaro") == {"OUTLET"}


def test_the_table_reads_an_agency_a_wire_and_a_daily():
    assert _cue("The firm told news agency Tamskpress that it would appeal.", "Tamskpress", "ORG") == "OUTLET"
    assert _cue("The story was carried by wire service Brannwire.", "Brannwire", "PERSON") == "OUTLET"
    assert _cue("The French weekly Le Kessel printed the letter.", "Le Kessel", "PERSON") == "OUTLET"
    assert _cue("The Kemaria weekly said so, and the US daily Vaal Mail agreed.", "Vaal Mail", "ORG") == "OUTLET"


# --- guards: what must not change ----------------------------------------------------------

def test_another_name_opening_the_agency_noun_gives_no_cue():
    sentence = "An officer told the Brann Press news agency Kessmark's exit was a blow."
    assert _cue(sentence, "Kessmark", "ORG") == ""


def test_a_contractor_after_another_agencys_noun_stays_a_firm():
    docs = {"a": ("Kessmark said the work had changed. An officer told the Brann Press news agency "
                  "Kessmark's exit was a blow. Kessmark will keep its staff in the region.",
                  {"Kessmark": "ORG", "Brann Press": "OUTLET"})}
    assert kinds_of_name(docs, "Kessmark") == {"ORG"}


def test_a_lone_daily_or_agency_is_no_publication():
    assert _cue("He gives a daily Vaalmot briefing to staff.", "Vaalmot", "ORG") == ""
    assert _cue("The aid agency Tamskcare said it would send food.", "Tamskcare", "ORG") != "OUTLET"
    assert _cue("She sends a weekly Jo Brann column.", "Jo Brann", "PERSON") == ""


def test_a_person_after_a_capitalised_daily_word_is_not_read_as_a_paper():
    # "Daily" opening a title belongs to the mention stage; a person's name after "the Monday daily
    # session" is no paper
    assert _cue("After the Monday daily session Jo Brann left.", "Jo Brann", "PERSON") == ""
