"""Round 29 (link27): a lone given name of the story's one full name, written after "Sir", as a
short form ("Rafa") or tagged a group or place now and then, joins that name inside the
document. All sentences and people are invented."""

from __future__ import annotations

from newsgraph.mentions.linking import link_short_forms
from newsgraph.mentions.spans import Candidate
from newsgraph.names import NameGender, name_key


def _candidates(text: str, spans: list[tuple[str, str, int]], title: str = "") -> list[Candidate]:
    """One candidate per (words, label, occurrence) of ``text``."""
    found = []
    for words, label, nth in spans:
        start = -1
        for _ in range(nth + 1):
            start = text.index(words, start + 1)
        titled = title if text[max(0, start - len(title) - 1):start].strip() == title and title else ""
        found.append(Candidate(start, start + len(words), words, label, 0, title=titled))
    return found


def _link(text: str, spans: list[tuple[str, str, int]], title: str = "") -> list[int]:
    candidates = _candidates(text, spans, title)
    return link_short_forms(candidates, [name_key(c.text) for c in candidates], NameGender.from_data(), text=text)


def test_a_knight_given_name_joins_his_full_name_though_a_headline_tags_it_a_place():
    text = ("Orvel sings in Lyon\n\nSir Orvel Tamsk played to a full hall on Friday. "
            "Sir Orvel thanked the crowd.")
    spans = [("Orvel", "GPE", 0), ("Orvel Tamsk", "PERSON", 0), ("Orvel", "PERSON", 2)]
    assert _link(text, spans, title="Sir") == [1, 1, 1]


def test_a_short_given_name_joins_the_one_full_form_of_the_story():
    text = "Rafael Vessa took charge in May. The chairman said Rafa would get the money he needs."
    assert _link(text, [("Rafael Vessa", "PERSON", 0), ("Rafa", "PERSON", 0)]) == [0, 0]


def test_a_short_given_name_with_two_full_forms_in_the_story_stays_apart():
    text = "Rafael Vessa met Rafael Brandt. The chairman said Rafa would get the money."
    spans = [("Rafael Vessa", "PERSON", 0), ("Rafael Brandt", "PERSON", 0), ("Rafa", "PERSON", 0)]
    assert _link(text, spans)[2] == 2


def test_a_given_name_tagged_a_group_once_still_joins_when_the_story_writes_it_a_person():
    text = ("Mirela Kossut won the 800m. Mirela dominated the race and Mirela said she was happy. "
            "The coach praised Mirela's finish.")
    spans = [("Mirela Kossut", "PERSON", 0), ("Mirela", "PERSON", 1), ("Mirela", "PERSON", 2),
             ("Mirela", "ORG", 3)]
    assert _link(text, spans) == [0, 0, 0, 0]


def test_a_word_tagged_a_group_mostly_stays_apart_from_the_person():
    text = "Davor Kessel signed for Davor. Davor won again and Davor fans sang."
    spans = [("Davor Kessel", "PERSON", 0), ("Davor", "ORG", 1), ("Davor", "ORG", 2), ("Davor", "PERSON", 3)]
    assert _link(text, spans)[1:3] == [1, 2]


def test_a_word_that_opens_a_group_name_too_is_not_guessed_for_the_person():
    text = "Milo Brandt scored for Milo Rovers. Milo said it was easy. Milo won."
    spans = [("Milo Brandt", "PERSON", 0), ("Milo Rovers", "ORG", 0), ("Milo", "PERSON", 2), ("Milo", "ORG", 3)]
    assert _link(text, spans)[3] == 3


_MATCH = ("Rovers won the match 2-1. The goalkeeper made a late save and the coach praised the "
          "squad after the league game. Varnell headed clear before half-time, and the striker scored.")
_ARRESTED = ("The singer was arrested after a fight at a hotel bar, police said. The band had played "
             "a concert there on its tour. Police officers held the drummer Tomas Varnell and two "
             "fans, and a police spokesman said the victims were treated for cuts.")


def test_a_story_of_two_equal_domains_names_them_both():
    from newsgraph.resolve.domains import StoryDomains
    domains = StoryDomains.from_data()
    assert domains.of_text(_ARRESTED) is None
    assert domains.leading(_ARRESTED) == {"arts", "crime"}
    assert domains.leading(_MATCH) == {"sport"}


def test_a_full_name_of_a_match_report_and_of_an_arrest_of_a_band_is_two_namesakes():
    """The drummer Tomas Varnell (a story of arts and crime) is not the player of a match."""
    from newsgraph.model import Mention
    from newsgraph.resolve import get_resolver

    def mention(doc, text, label="PERSON", start=0):
        return Mention(doc=doc, start=start, end=start + len(text), text=text, label=label,
                       key=name_key(text), full_name=text, sentence=0)

    texts = {"a1": _ARRESTED, "m1": _MATCH}
    mentions = [mention(d, "Tomas Varnell") for d in texts]
    ids = get_resolver("name-graph.v1")(mentions, (), texts=texts).actor_of_mention
    assert ids[0] != ids[1]
    # the same two stories naming one same group are one person's
    mentions += [mention(d, "Karst Rovers", "ORG", start=50) for d in texts]
    ids = get_resolver("name-graph.v1")(mentions, (), texts=texts).actor_of_mention
    assert ids[0] == ids[1]


def test_a_film_star_of_a_political_story_and_of_the_arts_pages_stays_one_person():
    """A story of two equal domains is trusted only across the line of the match reports."""
    from newsgraph.model import Mention
    from newsgraph.resolve import get_resolver

    lobby = ("The actor Tomas Varnell joined the campaign against the bill. The minister said the "
             "government would not change the law, and the party leader backed the film star, "
             "who has a new film and a stage show this year.")
    arts = ("The film won an award at the festival. The actor Tomas Varnell, star of the drama, "
            "said the album and the tour came next.")
    texts = {"p1": lobby, "a1": arts}

    def mention(doc):
        return Mention(doc=doc, start=0, end=13, text="Tomas Varnell", label="PERSON",
                       key=name_key("Tomas Varnell"), full_name="Tomas Varnell", sentence=0)

    from newsgraph.resolve.domains import StoryDomains
    assert StoryDomains.from_data().leading(lobby) == {"arts", "politics"}
    ids = get_resolver("name-graph.v1")([mention(d) for d in texts], (), texts=texts).actor_of_mention
    assert ids[0] == ids[1]


def test_a_given_name_borne_by_one_of_the_story_goes_to_him_before_a_short_form():
    text = "Steve Vaal bid for the club. Steven Brevik scored twice. The chairman said Steve was welcome."
    spans = [("Steve Vaal", "PERSON", 0), ("Steven Brevik", "PERSON", 0), ("Steve", "PERSON", 1)]
    assert _link(text, spans)[2] == 0


def test_a_common_given_name_tagged_a_group_joins_the_one_bearer_and_a_knight_tagged_an_outlet():
    text = "Sarah Kossut won the race. \"I said to Sarah that she was ready,\" the coach said."
    assert _link(text, [("Sarah Kossut", "PERSON", 0), ("Sarah", "ORG", 1)]) == [0, 0]
    text = "Sir Edwin Vaal hosts the show. Fans of Sir Edwin's show will see it on Monday."
    assert _link(text, [("Edwin Vaal", "PERSON", 0), ("Edwin", "OUTLET", 1)], title="Sir") == [0, 0]


def test_a_group_tagged_word_that_is_a_surname_of_the_story_is_no_given_name():
    text = "Tom Scott set up a firm. The studio bought Scott's company Scott Vale this week."
    spans = [("Tom Scott", "ORG", 0), ("Scott", "ORG", 1), ("Scott Vale", "PERSON", 0)]
    assert _link(text, spans)[1] != 2
