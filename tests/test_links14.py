"""Round 14 of links: a bare surname across stories of other domains, one member of a party,
a demonym standing for a firm, a city's club named with a people, a tour's countries, the
"Ex-" of an office. Sentences and names are invented for these tests."""

from __future__ import annotations

from newsgraph.mentions import drop_national_firms, join_city_demonyms
from newsgraph.mentions.spans import Candidate
from newsgraph.model import Mention
from newsgraph.names import name_key
from newsgraph.resolve import get_resolver
from newsgraph.resolve.domains import StoryDomains

_MATCH = ("Rovers won the match 2-1. The goalkeeper made a late save and the coach praised the "
          "squad after the league game. Varnell saved a penalty before half-time, and the striker scored.")
_ARTS = ("The singer released a new album this week. The band will tour in the spring, and the "
         "film of their last concert won an award at the festival. Tomas Varnell sang on every song.")
_PLAIN = "Tomas Varnell spoke on Monday."


def _mention(doc, text, label="PERSON", start=0):
    return Mention(doc=doc, start=start, end=start + len(text), text=text, label=label,
                   key=name_key(text), full_name=text, sentence=0)


def test_a_story_s_domain_is_read_from_its_words():
    domains = StoryDomains.from_data()
    assert domains.of_text(_MATCH) == "sport"
    assert domains.of_text(_ARTS) == "arts"
    assert domains.of_text(_PLAIN) is None


def test_a_bare_surname_of_a_match_report_is_not_a_singer_of_the_arts_pages():
    """Tomas Varnell, the only Varnell with a given name, fills the arts pages; the goalkeeper
    "Varnell" of a match report is someone else."""
    texts = {f"a{i}": _ARTS for i in range(6)}
    texts["m"] = _MATCH
    mentions = [_mention(f"a{i}", "Tomas Varnell", start=_ARTS.index("Tomas")) for i in range(6)]
    mentions.append(_mention("m", "Varnell", start=_MATCH.index("Varnell")))
    ids = get_resolver("name-graph.v1")(mentions, (), texts=texts).actor_of_mention
    assert ids[-1] != ids[0]


def test_a_bare_surname_of_the_same_domain_still_joins_the_full_name():
    second = "Varnell, whose album is out now, sang at the festival with the band before the film award."
    texts = {f"a{i}": _ARTS for i in range(6)}
    texts["b"] = second
    mentions = [_mention(f"a{i}", "Tomas Varnell", start=_ARTS.index("Tomas")) for i in range(6)]
    mentions.append(_mention("b", "Varnell", start=0))
    ids = get_resolver("name-graph.v1")(mentions, (), texts=texts).actor_of_mention
    assert ids[-1] == ids[0]


def test_a_conservative_after_an_indefinite_article_is_one_member_not_the_party(analyze):
    text = "The party hopes to remove a Conservative in the seat. Voters could elect a Republican or a Democrat."
    names = [m.text for m in analyze(text).mentions]
    assert not {"Conservative", "Republican"} & set(names)


def test_ex_is_cut_from_the_name_it_opens(nlp):
    """"Ex-Kessel minister": the prefix is the minister's; the name is the party's, "Kessel"."""
    from spacy.tokens import Span

    from newsgraph.mentions.rules import EntityRules
    from newsgraph.mentions.spans import WordStats, trim_span

    doc = nlp("The vote was close. Ex-Kessel minister Jon Vaal told reporters the plan was unfair.")
    ex = next(t.i for t in doc if t.text == "Ex")
    party = next(t.i for t in doc if t.text == "Kessel")
    trimmed = trim_span(Span(doc, ex, party + 1, label="ORG"), WordStats.from_docs([doc]), EntityRules.from_data())
    assert trimmed is not None and trimmed.text == "Kessel"


def _cand(text, words, label, sentence=0):
    start = text.index(words)
    return Candidate(start, start + len(words), words, label, sentence)


def test_the_plural_demonym_of_a_story_about_a_national_firm_is_that_firm():
    text = "The Kemarian exchange made an offer. Traders say the Kemarians may raise their bid."
    found = drop_national_firms(text, [_cand(text, "Kemarians", "NORP")], frozenset({"exchange", "firm"}))
    assert found == []


def test_the_plural_demonym_stays_the_people_without_such_a_firm():
    text = "The Kemarian minister spoke. Many say the Kemarians will vote in May."
    kept = [_cand(text, "Kemarians", "NORP")]
    assert drop_national_firms(text, kept, frozenset({"exchange", "firm"})) == kept


def test_a_city_and_a_people_in_a_sports_report_are_one_club():
    text = "Tamsk Irish coach Jon Vaal praised his side."
    found = join_city_demonyms(text, [_cand(text, "Tamsk", "GPE"), _cand(text, "Irish", "NORP")],
                               frozenset({"Ireland"}), sport=True)
    assert [(c.text, c.label) for c in found] == [("Tamsk Irish", "ORG")]


def test_a_city_and_a_people_outside_sport_stay_apart():
    text = "Tamsk Irish families met the mayor."
    cands = [_cand(text, "Tamsk", "GPE"), _cand(text, "Irish", "NORP")]
    assert join_city_demonyms(text, cands, frozenset(), sport=False) == cands


def test_the_countries_a_side_tours_are_places_not_sides(analyze):
    text = ("The rugby side won the match. In 1890 a Kemarian team toured Dorrinia and Australia, "
            "and the coach said the squad played well. The league cup final was a try-fest.")
    result = analyze(text)
    australia = [m for m in result.mentions if m.text == "Australia"]
    assert australia and not any(m.key.endswith(" team") for m in australia)


_ROLES = frozenset({"coach", "receiver", "tackle", "players"})


def _nicknames(text, candidates, sport=True):
    from newsgraph.mentions import club_nicknames

    found = club_nicknames(text, candidates, lambda offset: 0, _ROLES, frozenset({"Olympics", "Finals"}),
                           frozenset(), sport)
    return [(c.text, c.label, c.start) for c in found]


def test_a_club_s_plural_nickname_before_a_role_or_after_the_is_the_club():
    text = "Harriers defensive tackle Jon Vaal was held. The Harriers said the coach would speak."
    found = _nicknames(text, [_cand(text, "Jon Vaal", "PERSON")])
    assert ("Harriers", "ORG", 0) in found and ("Harriers", "ORG", text.index("Harriers said")) in found


def test_a_club_s_nickname_with_a_possessive_before_a_player():
    text = "Harriers' Jon Vaal was arrested on Monday."
    assert ("Harriers", "ORG", 0) in _nicknames(text, [_cand(text, "Jon Vaal", "PERSON")])


def test_no_nickname_outside_sport_nor_for_events_or_words_written_in_lower_case():
    text = "The Harriers met at the town hall."
    assert _nicknames(text, [], sport=False) == []
    text = "The Olympics begin soon. The Chargers are cheap, and phone chargers sell well."
    assert _nicknames(text, []) == []


def test_a_surname_after_a_capitalized_word_and_and_ends_a_longer_name():
    from newsgraph.mentions import join_and_names

    text = "Tom Vaal was fit. He missed the Cherrow and Vaal's cup run."
    found = join_and_names(text, [_cand(text, "Tom Vaal", "PERSON"), _cand(text, "Vaal's", "PERSON")][:1]
                           + [Candidate(text.index("Vaal's"), text.index("Vaal's") + 4, "Vaal", "PERSON", 0)],
                           frozenset({"tom"}))
    assert [(c.text, c.label) for c in found] == [("Tom Vaal", "PERSON"), ("Cherrow and Vaal", "ORG")]


def test_two_people_joined_by_and_stay_two():
    from newsgraph.mentions import join_and_names

    text = "Later Tom and Vaal left."
    vaal = Candidate(text.index("Vaal"), text.index("Vaal") + 4, "Vaal", "PERSON", 0)
    assert join_and_names(text, [vaal], frozenset({"tom"})) == [vaal]


def test_an_office_named_like_a_body_is_a_mention_unless_a_name_follows():
    from newsgraph.mentions import office_mentions

    text = "She was offered the post of Surgeon General. Attorney General Jon Vaal agreed."
    found = office_mentions(text, [_cand(text, "Jon Vaal", "PERSON")], lambda offset: 0,
                            frozenset({"Surgeon General", "Attorney General"}))
    assert [(c.text, c.label) for c in found] == [("Surgeon General", "ORG"), ("Jon Vaal", "PERSON")]


def test_a_nickname_in_a_web_address_does_not_count_as_lower_case():
    text = "www . site . com / sport / harriers / story\nHarriers ’ Jon Vaal was arrested on Monday."
    vaal = Candidate(text.index("Vaal"), text.index("Vaal") + 4, "Vaal", "PERSON", 0)
    assert ("Harriers", "ORG", text.index("Harriers")) in _nicknames(text, [vaal], sport=False)


def test_one_full_name_in_stories_of_two_domains_that_never_meet_is_two_namesakes():
    """Tomas Varnell the singer (arts pages) and Tomas Varnell the goalkeeper (match reports)."""
    texts = {"a1": _ARTS, "a2": _ARTS, "m1": _MATCH, "m2": _MATCH}
    mentions = [_mention(d, "Tomas Varnell") for d in texts]
    mentions += [_mention("a1", "Brevik Records", "ORG", start=50), _mention("m1", "Karst Rovers", "ORG", start=50)]
    ids = get_resolver("name-graph.v1")(mentions, (), texts=texts).actor_of_mention
    assert ids[0] == ids[1] != ids[2] == ids[3]


def test_one_full_name_in_two_domains_whose_stories_meet_stays_one_person():
    texts = {"a1": _ARTS, "m1": _MATCH}
    mentions = [_mention(d, "Tomas Varnell") for d in texts]
    mentions += [_mention(d, "Karst Rovers", "ORG", start=50) for d in texts]
    ids = get_resolver("name-graph.v1")(mentions, (), texts=texts).actor_of_mention
    assert ids[0] == ids[1]


def test_a_service_closing_on_a_small_word_is_not_its_firm_by_spelling():
    mentions = [_mention("t1", "Kesselnet", "ORG"), _mention("t2", "Kesselnet In", "ORG")]
    mentions += [_mention(d, "Brevik Telecom", "ORG", start=40) for d in ("t1", "t2")]
    ids = get_resolver("name-graph.v1")(mentions, ()).actor_of_mention
    assert ids[0] != ids[1]


def test_the_europeans_after_a_runner_s_race_is_the_championship():
    from newsgraph.mentions import drop_championships
    from newsgraph.mentions.rules import EntityRules

    rules = EntityRules.from_data()
    text = 'She won the final 100 metres. "I will rest before the Europeans and then run again," she said.'
    kept = drop_championships(text, [_cand(text, "Europeans", "NORP")], rules.championship_plurals,
                              rules.sport_words, sport=False)
    assert kept == []
