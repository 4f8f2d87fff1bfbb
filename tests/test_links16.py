"""Round 16 of links: a full name of many stories of one domain met in a few stories of another
that form a world of their own (a politician and a full-back of one name), a company's generic
tail word, a country inside a title the model took for a person. Sentences and names are
invented for these tests."""

from __future__ import annotations

from newsgraph.mentions.linking import link_short_forms
from newsgraph.mentions.spans import Candidate
from newsgraph.model import Mention
from newsgraph.names import NameGender, name_key
from newsgraph.resolve import get_resolver

_POLITICS = ("The party chairman Tomas Varnell said the government had lost the vote in parliament. "
             "The minister and the opposition leader spoke before the election campaign.")
_MATCH = ("Rovers won the match 2-1 at the stadium. The deflection off Tomas Varnell beat the keeper, "
          "and the coach praised the squad after the league game and the striker's goals.")
_FAMOUS = ("Rovers won the match 2-1 at the stadium. The prime minister Tomas Varnell watched the "
           "league game, and the coach praised the squad and the striker's goals.")


def _mention(doc, text, label="PERSON", start=0):
    return Mention(doc=doc, start=start, end=start + len(text), text=text, label=label,
                   key=name_key(text), full_name=text, sentence=0)


def _resolve(texts, match_docs, club="Karst Rovers"):
    mentions = [_mention(d, "Tomas Varnell", start=texts[d].index("Tomas")) for d in texts]
    mentions += [_mention(d, club, "ORG", start=0) for d in match_docs]
    mentions += [_mention(d, f"Brevik Party {i}", "ORG", start=0) for i, d in enumerate(texts) if d.startswith("p")]
    return get_resolver("name-graph.v1")(mentions, (), texts=texts).actor_of_mention


def test_a_few_match_reports_of_a_politician_s_name_that_name_the_same_club_are_a_namesake():
    """Eight political stories name the chairman; two match reports that name the same club
    (and no one the political stories name) speak of a full-back of that name."""
    texts = {f"p{i}": _POLITICS for i in range(8)} | {"m1": _MATCH, "m2": _MATCH}
    ids = _resolve(texts, ["m1", "m2"])
    assert ids[8] == ids[9] != ids[0]
    assert len(set(ids[:8])) == 1


def test_one_match_report_dropping_a_famous_name_keeps_the_famous_one():
    """A single story of another domain that names the politician in passing is no world of
    its own: the famous bearer."""
    texts = {f"p{i}": _POLITICS for i in range(8)} | {"m1": _MATCH}
    ids = _resolve(texts, ["m1"])
    assert ids[8] == ids[0]


def test_a_sentence_giving_the_main_role_keeps_the_famous_one():
    """Match reports that call him "the prime minister" speak of the politician."""
    texts = {f"p{i}": _POLITICS for i in range(8)} | {"m1": _FAMOUS, "m2": _FAMOUS}
    ids = _resolve(texts, ["m1", "m2"])
    assert ids[8] == ids[9] == ids[0]


def _cand(text, words, label, at=0):
    start = text.index(words, at)
    return Candidate(start, start + len(words), words, label, 0)


def test_a_company_s_generic_tail_word_is_no_surname_of_a_firm_the_model_calls_a_person():
    """"Foods" of another firm's name is not the "person" Tomas Foods."""
    text = "Jon Vaal of Tomas Foods and a contractor for Brevik Foods were charged."
    cands = [_cand(text, "Jon Vaal", "PERSON"), _cand(text, "Tomas Foods", "PERSON"),
             _cand(text, "Foods", "ORG", text.index("Brevik"))]
    targets = link_short_forms(cands, [name_key(c.text) for c in cands], NameGender.from_data(), text=text)
    assert targets[2] == 2


def test_a_country_is_no_surname_of_a_title_the_model_calls_a_person():
    """A history book "Tudor England" tagged a person does not take the country of the story."""
    text = "The novel is set in post-war England. The author has written many histories, including Tudor England."
    cands = [_cand(text, "England", "GPE"), _cand(text, "Tudor England", "PERSON")]
    targets = link_short_forms(cands, [name_key(c.text) for c in cands], NameGender.from_data(), text=text)
    assert targets[0] == 0


def test_a_country_tagged_a_place_still_names_a_person_with_a_given_name():
    text = "Michael Jordan scored 30 points. Jordan said the team played well."
    cands = [_cand(text, "Michael Jordan", "PERSON"), _cand(text, "Jordan", "GPE", 20)]
    targets = link_short_forms(cands, [name_key(c.text) for c in cands], NameGender.from_data(), text=text)
    assert targets[1] == 0
