"""Round 48 (issue 19, branch spk71): a description only a business firm is called ("the Swedish
firm said", "the biggest mortgage lender said") left with a null speaker though the story
names its firm: the corpus stage (``coref.firms``) gives it the one organisation the story names
before it and opens a sentence with, by the corpus's kinds; or, with several named, the one that
opens the phrase's sentence or the sentence before with no other body between. Everything else
stays null. Sentences written here."""

from __future__ import annotations

from test_coref import mentions_of
from test_coref_offices import LEXICON, actors_of, claim

from newsgraph.coref.firms import resolve_sole_firms

KESSEL = ("Kessel Motors", "ORG", "Kessel Motors")


def _speaker(text: str, names, speaker_words: str, kinds=None, after: int = 0) -> str | None:
    """The actor the corpus stage gives the claim of ``speaker_words`` (None: left null)."""
    mentions = mentions_of(text, names)
    actors = actors_of(mentions)
    found = claim(text, speaker_words, after)
    kinds = kinds if kinds is not None else {m.key: m.label for m in mentions}
    resolve_sole_firms(text, [found], mentions, actors, kinds, LEXICON)
    return actors[found.speaker] if found.speaker is not None else None


# --- the story's one firm ---------------------------------------------------------------------

def test_the_lead_firm_speaks_for_a_firm_description():
    text = ("Kessel Motors cuts jobs\n\nKessel Motors saw its shares rise on Monday. "
            "The Swedish firm said it would close two plants.")
    assert _speaker(text, [KESSEL], "The Swedish firm") == "kessel motors"


def test_a_firm_the_model_typed_a_place_is_taken_by_the_corpus_kind():
    text = ("Varnholt warns on profits\n\nVarnholt has said its profit will fall. "
            "The High Street retailer said sales were weak.")
    names = [("Varnholt", "GPE", "Varnholt")]
    assert _speaker(text, names, "The High Street retailer", kinds={"varnholt": "ORG"}) == "varnholt"


def test_a_firm_introduced_after_a_short_description_is_the_subject():
    text = ("Profits jump\n\nTamsk's biggest carmaker Orvel Auto has reported higher profits. "
            "Sales rose in the last three months. The company said steel prices had risen.")
    names = [("Tamsk", "GPE", "Tamsk"), ("Orvel Auto", "ORG", "Orvel Auto")]
    assert _speaker(text, names, "The company") == "orvel auto"


def test_the_firm_opening_the_sentence_before_among_several():
    text = ("Lending slows\n\nThe Harlow Bank said approvals fell. "
            "Brenmoor, meanwhile, said prices rose last month. "
            "The biggest mortgage lender said prices rose 5% over the year.")
    names = [("Harlow Bank", "ORG", "Harlow Bank"), ("Brenmoor", "ORG", "Brenmoor")]
    assert _speaker(text, names, "The biggest mortgage lender") == "brenmoor"


# --- null, as before --------------------------------------------------------------------------

def test_a_firm_only_talked_about_is_no_speaker():
    text = ("Spam firm in court\n\nThe spammer was fighting many legal battles, most notably against "
            "Kessel Motors. The company said the filing would help it.")
    assert _speaker(text, [KESSEL], "The company") is None


def test_a_pressure_group_is_not_the_firm_named():
    text = ("Vaal blocks news site\n\nKessel Motors saw its site blocked in Vaal. "
            "The Vaal-based pressure group reported that it was down.")
    assert _speaker(text, [KESSEL, ("Vaal", "GPE", "Vaal")], "The Vaal-based pressure group") is None


def test_two_firms_named_before_leave_the_description_null():
    text = ("Car deal\n\nKessel Motors and Orvel Auto agreed a deal. Analysts welcomed it. "
            "The company said the deal would close in May.")
    assert _speaker(text, [KESSEL, ("Orvel Auto", "ORG", "Orvel Auto")], "The company") is None


def test_an_unnamed_firm_since_may_be_the_one_meant():
    text = ("Car deal\n\nKessel Motors bought a small software firm last year. "
            "The firm said it would hire more staff.")
    assert _speaker(text, [KESSEL], "The firm") is None


def test_a_central_bank_is_no_firm():
    text = ("Funds moved\n\nKessel Motors moved its funds. The central bank said reserves were high.")
    assert _speaker(text, [KESSEL], "The central bank") is None


def test_a_description_that_names_its_own_body_is_left_to_the_document_stage():
    text = ("Web report\n\nKessel Motors shut its site. The Orvel Watch firm said in a report "
            "that sites were blocked.")
    names = [KESSEL, ("Orvel Watch", "ORG", "Orvel Watch")]
    assert _speaker(text, names, "The Orvel Watch firm") is None


def test_another_name_opening_a_sentence_since_leaves_it_null():
    text = ("Spam row\n\nKessel Motors sued the spammers. Optinbig was fighting many battles. "
            "The company said the filing would help it.")
    names = [KESSEL, ("Optinbig", "PRODUCT", "Optinbig")]
    assert _speaker(text, names, "The company") is None


def test_a_resolved_speaker_is_kept():
    text = ("Kessel Motors cuts jobs\n\nKessel Motors saw its shares rise. The Swedish firm said it would "
            "close two plants.")
    mentions = mentions_of(text, [KESSEL, ("Orvel Auto", "ORG", "Orvel Auto")])
    found = claim(text, "The Swedish firm")
    found.anonymous = True
    resolve_sole_firms(text, [found], mentions, actors_of(mentions), {"kessel motors": "ORG"}, LEXICON)
    assert found.speaker is None and found.anonymous


# --- wired into the graph's corpus stage --------------------------------------------------------

def test_graph_assembly_gives_the_firm_description_its_firm():
    from test_graph_reuse import document

    from newsgraph.graph import Graph
    from newsgraph.model import DocumentResult
    from newsgraph.resolve import DEFAULT_RESOLVER, get_resolver

    text = ("Kessel Motors cuts jobs\n\nKessel Motors saw its shares rise on Monday. "
            "The Swedish firm said it would close two plants.")
    mentions = [m.__class__("abcd", m.start, m.end, m.text, m.label, m.key, m.full_name, m.sentence)
                for m in mentions_of(text, [KESSEL])]
    found = claim(text, "The Swedish firm")
    found.doc, found.id = "abcd", "abcd:c0"
    result = DocumentResult(document("abcd", text, "2016-03-01"), mentions=mentions, claims=[found])
    graph = Graph.assemble([result], get_resolver(DEFAULT_RESOLVER))
    assert [c["speaker"] for c in graph.claims] == ["kessel-motors"]
