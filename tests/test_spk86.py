"""Round 54 (issue 19, branch spk86): several named actors speaking together given as one
speaker or none. Three shapes are read here:

- the corpus stage (``coref.lists.resolve_named_lists``): "Kessel Re and Vaal Re have said",
  "A recent survey by X and Y found", left null by the document stage because the model cut
  the second name ("Vaal" of "Vaal Re"); with the resolver's whole span both names speak;
- "Companies like X and Y believe": "like" opens named examples (``example_openers``);
- "X and his Kessel Films partner Y said": a body named inside the second person's owned title
  is no third speaker (``SpeakerResolver._in_owned_title``).

Guards pin what must not change: one body's name split at its "and", a place in the list, a
person and his body, "X, Y's chief, said", a title with "and" before one person. Sentences and
names written here."""

from __future__ import annotations

from claim_helpers import claim_with, speaker_names
from test_coref import mentions_of
from test_coref_offices import actors_of, claim

from newsgraph.attribution.cues import CueLexicon

_NOUNS = CueLexicon.from_data().research_nouns


def _listed(text: str, names, speaker_words: str, *, kinds=None, cut=None, anonymous=False) -> list[str]:
    """The actors the corpus stage gives the claim of ``speaker_words`` ([]: left as it was).
    ``cut``: (surface the model tagged, whole name) of a name the resolver widened."""
    from newsgraph.coref.lists import resolve_named_lists

    mentions = mentions_of(text, names)
    actors = actors_of(mentions)
    spans = {}
    if cut is not None:
        surface, whole = cut
        for index, mention in enumerate(mentions):
            if mention.text == surface and text.startswith(whole, mention.start):
                spans[index] = (mention.start, mention.start + len(whole), whole)
                actors[index] = whole.lower()
    found = claim(text, speaker_words)
    found.anonymous = anonymous
    kinds = kinds if kinds is not None else {}
    resolve_named_lists(text, [found], mentions, actors, spans, kinds, _NOUNS)
    return [actors[i] for i in found.speakers or []]



# --- corpus stage: a list of named actors the document stage left null -----------------------

def test_two_firms_with_the_second_name_cut_both_speak():
    text = "Storm losses\n\nKessel Re and Vaal Re have said their losses will be small. "
    names = [("Kessel Re", "ORG", "Kessel Re"), ("Vaal", "NORP", "Vaal")]
    kinds = {"kessel re": "ORG", "vaal re": "ORG"}
    assert _listed(text, names, "Kessel Re and Vaal Re", kinds=kinds, cut=("Vaal", "Vaal Re")) \
        == ["kessel re", "vaal re"]


def test_a_survey_by_two_named_firms_is_both_firms():
    text = "Spyware\n\nA recent survey by Tamsk Labs and Kemaria found that most computers were infected. "
    names = [("Tamsk Labs", "ORG", "Tamsk Labs"), ("Kemaria", "PERSON", "Kemaria")]
    kinds = {"tamsk labs": "ORG", "kemaria": "ORG"}
    assert _listed(text, names, "A recent survey by Tamsk Labs and Kemaria", kinds=kinds) == ["tamsk labs", "kemaria"]


def test_one_body_split_at_its_and_stays_null():
    # guard: "the X and Y Council" may be one body's name the model split; neither is written alone
    text = "Tourism\n\nJobs will be lost, according to the Kessel Travel and Tourism Council. "
    names = [("Kessel Travel", "ORG", "Kessel Travel"), ("Tourism Council", "ORG", "Tourism Council")]
    kinds = {"kessel travel": "ORG", "tourism council": "ORG"}
    assert _listed(text, names, "the Kessel Travel and Tourism Council", kinds=kinds) == []


def test_a_place_in_the_list_stays_null():
    # guard: "the Commission for Tamsk and Vaal": places end a body's name, no second speaker
    text = "Growth\n\nKessel Bank and Vaal said growth would slow. "
    names = [("Kessel Bank", "ORG", "Kessel Bank"), ("Vaal", "GPE", "Vaal")]
    kinds = {"kessel bank": "ORG", "vaal": "LOC"}
    assert _listed(text, names, "Kessel Bank and Vaal", kinds=kinds) == []


def test_a_person_and_a_body_are_no_list():
    # guard: a person and a firm joined are not read as one voice here
    text = "Deal\n\nJo Brann and Kessel Bank said the deal was done. "
    names = [("Jo Brann", "PERSON", "Jo Brann"), ("Kessel Bank", "ORG", "Kessel Bank")]
    kinds = {"jo brann": "PERSON", "kessel bank": "ORG"}
    assert _listed(text, names, "Jo Brann and Kessel Bank", kinds=kinds) == []


def test_a_description_before_the_names_stays_null():
    # guard: only nothing, "Both" or a document's maker may open the list
    text = "Deal\n\nFans of Kessel Town and Vaal Rovers said the match was fixed. "
    names = [("Kessel Town", "ORG", "Kessel Town"), ("Vaal Rovers", "ORG", "Vaal Rovers")]
    kinds = {"kessel town": "ORG", "vaal rovers": "ORG"}
    assert _listed(text, names, "Fans of Kessel Town and Vaal Rovers", kinds=kinds) == []


def test_an_anonymous_speaker_is_left_alone():
    # guard: the document stage's unnamed plural keeps its reading
    text = "Storm losses\n\nKessel Re and Vaal Re have said their losses will be small. "
    names = [("Kessel Re", "ORG", "Kessel Re"), ("Vaal Re", "ORG", "Vaal Re")]
    kinds = {"kessel re": "ORG", "vaal re": "ORG"}
    assert _listed(text, names, "Kessel Re and Vaal Re", kinds=kinds, anonymous=True) == []


# --- document stage ------------------------------------------------------------------------

def test_companies_like_two_named_firms_are_those_firms(analyze):
    result = analyze("Television boxes\n\nThe living room is the next battleground. Companies like Microsoft and "
                     "Sony believe that there is money to be made from boxes under the television.")
    found = claim_with(result, "money to be made")
    assert speaker_names(result, found) == ["Microsoft", "Sony"]
    assert not found.anonymous


def test_a_person_and_his_partner_at_a_named_firm_both_speak(analyze):
    result = analyze("Film campaign\n\nThe director Jo Brann will not campaign for an award. Brann and his "
                     "Kessel Films partner Piet Vaal said they would not be advertising in print.")
    found = claim_with(result, "advertising in print")
    assert speaker_names(result, found) == ["Brann", "Piet Vaal"]


def test_a_title_with_and_before_one_person_stays_one(analyze):
    # guard: "A and B executive producer X": no possessive opens the title; X alone speaks
    result = analyze("Book club\n\nThe book club list was published on Monday. Kessel and Vaal executive "
                     "producer Jo Brann said this year's books were the best yet.")
    found = claim_with(result, "books were the best")
    assert result.mentions[found.speaker].text == "Jo Brann"
    assert not found.speakers


def test_a_person_with_his_bodys_title_stays_one(analyze):
    # guard: "X, Y's chief, said" is one speaker, not X and Y
    result = analyze("Bank results\n\nProfits rose at the bank last year. Jo Brann, Kessel Bank's chief "
                     "executive, said the results were strong.")
    found = claim_with(result, "results were strong")
    assert result.mentions[found.speaker].text == "Jo Brann"
    assert not found.speakers


def test_people_like_an_unnamed_group_stay_unnamed(analyze):
    # guard: "like" with no name after it names nobody
    result = analyze("Savers\n\nRates are falling. People like them say they will stop saving.")
    found = claim_with(result, "stop saving")
    assert found.speaker is None and not found.speakers
