"""Round 15 of links: a place that is no side (a number of months after it, an official's
county in brackets, the owner of "its relay team"), a word of a product under a magazine, a
town under the club named after it, a lone body word or a company's first word in a story
that names the body or the company. Sentences and names are invented for these tests."""

from __future__ import annotations

from newsgraph.mentions import bracketed_clubs
from newsgraph.mentions.linking import link_short_forms
from newsgraph.mentions.spans import Candidate
from newsgraph.names import name_key
from mention_helpers import team_sense

_SPORT = (" The coach praised the squad after the league match, and the striker and the goalkeeper "
          "both scored in the cup game before the fans.")


def _cand(text, words, label, sentence=0, at=0):
    start = text.index(words, at)
    return Candidate(start, start + len(words), words, label, sentence)


def _targets(text, cands):
    return link_short_forms(cands, [name_key(c.text) for c in cands], text=text)


def _score_after(nlp, text, name):
    from spacy.tokens import Span

    from newsgraph.mentions.senses import _score_follows

    doc = nlp(text)
    first = next(t.i for t in doc if t.text == name)
    return _score_follows(Span(doc, first, first + 1, label="GPE"))


def test_a_number_counting_months_after_a_city_is_no_score(nlp):
    assert not _score_after(nlp, "The runner returned to Tamskford 12 months later and won.", "Tamskford")


def test_a_city_before_a_score_is_still_a_side(nlp):
    assert _score_after(nlp, "Tamskford 2 Brenton 1", "Tamskford")
    assert _score_after(nlp, "Result: Tamskford 2", "Tamskford")




def test_the_owner_of_a_relay_team_is_its_side(nlp):
    """A country's side is its team. Round 33 (kind37): relay is a sport code, so "France's relay
    team" names the national side as "France's football team" does, not the country."""
    assert team_sense(nlp, "France's relay team won gold in the final.", "France")
    assert team_sense(nlp, "France's hopes of a title faded.", "France")


def test_a_plural_verb_after_two_countries_is_no_side(nlp):
    """The plural belongs to the pair: "X and Y have declined" says nothing of a team."""
    assert not team_sense(nlp, "Norway and Chile have declined the offer of a loan.", "Norway")
    assert team_sense(nlp, "Norway have won their last four games.", "Norway")


def test_an_official_s_county_alone_on_its_line_is_no_club():
    text = "Brenton v Tamsk\n\nJon Vaal (North Dorrinshire)\n\nThe match starts at eight."
    person, county = _cand(text, "Jon Vaal", "PERSON"), _cand(text, "North Dorrinshire", "GPE")
    county.bracketed = True
    bracketed_clubs(text, [person, county], frozenset(), sport=True)
    assert county.label == "GPE" and not county.team


def test_a_club_in_brackets_among_a_sheet_s_entries_is_still_a_team():
    text = "Subs: J Kessel (Brenton Sharks), P Vaal (Dorrin).\n"
    cands = [_cand(text, "J Kessel", "PERSON"), _cand(text, "Brenton Sharks", "GPE"),
             _cand(text, "P Vaal", "PERSON"), _cand(text, "Dorrin", "GPE")]
    cands[1].bracketed = cands[3].bracketed = True
    bracketed_clubs(text, cands, frozenset(), sport=True)
    assert cands[1].team and cands[3].team


def test_a_word_the_story_writes_as_a_product_is_no_given_name_of_a_magazine():
    """"Zorb" is a computer the story also tags as a thing; "Zorb Weekly" (tagged a person by
    the model) is a magazine, not a person whose given name is Zorb."""
    text = "Kessel unveiled the Zorb. The Zorb costs less, said Zorb Weekly. Zorb sales rose."
    cands = [_cand(text, "Kessel", "ORG"), _cand(text, "Zorb", "ORG"), _cand(text, "Zorb", "ORG", at=30),
             _cand(text, "Zorb Weekly", "PERSON"), _cand(text, "Zorb", "PERSON", at=60)]
    targets = _targets(text, cands)
    assert targets[4] == 4


def test_a_lone_given_name_still_joins_its_full_name():
    text = "Tomas Varnell sang. Later Tomas thanked the crowd."
    cands = [_cand(text, "Tomas Varnell", "PERSON"), _cand(text, "Tomas", "PERSON", at=20)]
    assert _targets(text, cands)[1] == 0


def test_a_town_is_not_the_club_named_after_it():
    """"Hapoel Bnei Vessa" and "Bnei Vessa" (tagged a person) are the club; "Vessa", the town
    it is based in, is no surname of that "person"."""
    text = "Hapoel Bnei Vessa won. Bnei Vessa are based in Vessa, near the coast."
    cands = [_cand(text, "Hapoel Bnei Vessa", "ORG"), _cand(text, "Bnei Vessa", "PERSON", at=20),
             _cand(text, "Vessa", "GPE", at=45)]
    assert _targets(text, cands)[2] == 2


def test_a_lone_body_word_is_the_one_body_of_the_story_that_ends_in_it():
    text = "The Kemarian Commission met. The Commission said prices would fall."
    cands = [_cand(text, "Kemarian Commission", "ORG"), _cand(text, "Commission", "ORG", at=30)]
    assert _targets(text, cands)[1] == 0


def test_a_lone_body_word_with_two_bodies_that_end_in_it_is_not_guessed():
    text = "The Kemarian Commission and the Tamsk Commission met. The Commission said no."
    cands = [_cand(text, "Kemarian Commission", "ORG"), _cand(text, "Tamsk Commission", "ORG"),
             _cand(text, "Commission", "ORG", at=55)]
    assert _targets(text, cands)[2] == 2


def test_a_company_s_first_word_is_the_company_when_the_rest_only_says_company():
    text = "Vaalstrom Energy found oil. Vaalstrom said the field was large."
    cands = [_cand(text, "Vaalstrom Energy", "ORG"), _cand(text, "Vaalstrom", "ORG", at=20)]
    assert _targets(text, cands)[1] == 0


def test_a_company_s_first_word_is_not_its_studio():
    text = "Vaalstrom Pictures made the film. Vaalstrom said profits rose."
    cands = [_cand(text, "Vaalstrom Pictures", "ORG"), _cand(text, "Vaalstrom", "ORG", at=25)]
    assert _targets(text, cands)[1] == 1


def test_a_town_the_story_also_names_as_a_place_is_not_its_club():
    text = "Dorrin United won. Fans in Dorrin cheered, and Dorrin fans sang."
    cands = [_cand(text, "Dorrin United", "ORG"), _cand(text, "Dorrin", "GPE", at=15),
             _cand(text, "Dorrin", "ORG", at=40)]
    targets = _targets(text, cands)
    assert targets[2] == 2


def test_a_town_is_not_the_club_that_ends_in_its_name():
    text = "Hapoel Vessa won the cup. The club is based in Vessa."
    cands = [_cand(text, "Hapoel Vessa", "ORG"), _cand(text, "Vessa", "ORG", at=30)]
    assert _targets(text, cands)[1] == 1


def test_a_company_s_first_word_tagged_a_person_is_still_the_company_but_not_with_a_title():
    text = "Vaalstrom Energy found oil. Vaalstrom said the field was large. Mr Vaalstrom agreed."
    cands = [_cand(text, "Vaalstrom Energy", "ORG"), _cand(text, "Vaalstrom", "PERSON", at=20),
             _cand(text, "Vaalstrom", "PERSON", at=66)]
    cands[2].title = "Mr"
    targets = _targets(text, cands)
    assert targets[1] == 0 and targets[2] == 2


def test_a_country_s_name_opening_a_charity_s_name_is_the_charity():
    from newsgraph.mentions import join_title_case_links

    text = "More than thirty singers recorded a song as the group Kemaria For Peace in the spring."
    cands = join_title_case_links(text, [_cand(text, "Kemaria", "GPE"), _cand(text, "Peace", "ORG")])
    assert [(c.text, c.label) for c in cands] == [("Kemaria For Peace", "ORG")]


def test_a_title_case_headline_is_not_joined():
    from newsgraph.mentions import join_title_case_links

    text = "Kemaria For Change Wins Vote\nThe singers met at the hall today."
    cands = [_cand(text, "Kemaria", "GPE")]
    assert [c.text for c in join_title_case_links(text, cands)] == ["Kemaria"]


def test_a_body_word_opening_a_sentence_or_a_firm_s_suffix_is_not_linked():
    text = "The Kemarian Party met. Party leader Jon Vaal spoke. Vaalco LLC and Tamskco LLC. sued. LLC staff left."
    cands = [_cand(text, "Kemarian Party", "ORG"), _cand(text, "Party", "ORG", at=24),
             _cand(text, "Vaalco LLC", "ORG"), _cand(text, "LLC", "ORG", at=text.index("LLC staff"))]
    targets = _targets(text, cands)
    assert targets[1] == 1 and targets[3] == 3
