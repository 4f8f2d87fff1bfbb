"""One name, two senses (issue 18, round 31): a town and the club named after it are two actors,
each mention's sense read from its own words (``resolve/senses.py``). Sentences and names written
for these tests."""

from __future__ import annotations

from mention_helpers import resolve_docs

from newsgraph.resolve.contexts import KindContexts
from newsgraph.resolve.domains import StoryDomains
from newsgraph.resolve.senses import NameSenses

# sports reports: enough sport words that the story's domain is sport
MATCH = ("Kessmoor beat Vaalby 2-1 in the league match on Saturday. The former Kessmoor player scored "
         "a penalty before half-time and the striker added a second goal. The referee booked the "
         "goalkeeper and the manager praised the squad after the cup tie.")
SACKED = ("Kessmoor manager Ann Vaal was sacked after the league defeat. The club's striker and goalkeeper "
          "were dropped for the cup match, and Kessmoor fans booed the squad at half-time.")
WAGES = "A nurse in Brevton was paid less than an equivalent worker in Kessmoor, the union said on Monday."
VENUE = ("Spain's only other cup title came two years ago in Kessmoor, when they beat the holders. The "
         "match was the team's best, the coach said, and the tournament's final set was the goal.")


def _actors(docs: dict[str, tuple[str, dict[str, str]]]) -> dict[tuple[str, int], tuple[str, str]]:
    """(doc, start) -> (actor id, kind) for every resolved mention."""
    texts = {doc: text for doc, (text, _) in docs.items()}
    from mention_helpers import mentions_in
    mentions = [m for doc, (text, names) in docs.items() for m in mentions_in(doc, text, names)]
    resolution = resolve_docs(docs)
    kinds = {a.id: a.kind for a in resolution.actors}
    assert texts
    return {(m.doc, m.start): (actor, kinds.get(actor, "")) for m, actor in zip(mentions, resolution.actor_of_mention)}


def _senses() -> NameSenses:
    return NameSenses.from_data(KindContexts.from_data(), StoryDomains.from_data())


def test_a_town_read_in_a_politics_story_is_not_the_club_of_the_sports_reports():
    docs = {"m": (MATCH, {"Kessmoor": "GPE"}), "s": (SACKED, {"Kessmoor": "ORG"}),
            "w": (WAGES, {"Kessmoor": "PERSON"})}
    actors = _actors(docs)
    town = actors[("w", WAGES.index("Kessmoor"))]
    club = actors[("s", SACKED.index("Kessmoor"))]
    assert town[0] != club[0]
    assert town[1] == "GPE" and club[1] == "ORG"
    assert actors[("m", MATCH.index("Kessmoor"))][0] == club[0]


def test_a_venue_in_a_sports_report_is_the_town():
    docs = {"m": (MATCH, {"Kessmoor": "GPE"}), "s": (SACKED, {"Kessmoor": "ORG"}),
            "v": (VENUE, {"Kessmoor": "PERSON"})}
    actors = _actors(docs)
    assert actors[("v", VENUE.index("Kessmoor"))][1] == "GPE"
    assert actors[("v", VENUE.index("Kessmoor"))][0] != actors[("s", SACKED.index("Kessmoor"))][0]


def test_a_club_in_a_story_about_its_finances_stays_the_club():
    debts = "Kessmoor chairman Bo Tamm said the debts of the club would be paid by a new owner, the bank said."
    docs = {"m": (MATCH, {"Kessmoor": "GPE"}), "s": (SACKED, {"Kessmoor": "ORG"}),
            "w": (WAGES, {"Kessmoor": "PERSON"}), "d": (debts, {"Kessmoor": "GPE"})}
    actors = _actors(docs)
    assert actors[("d", 0)][0] == actors[("s", SACKED.index("Kessmoor"))][0]


def test_a_name_no_club_words_name_twice_is_never_split():
    # one club cue only: the town's other stories keep one actor
    docs = {"s": ("Kessmoor manager Ann Vaal was sacked after the league defeat, the club said.",
                  {"Kessmoor": "ORG"}),
            "w": (WAGES, {"Kessmoor": "GPE"}), "x": ("Roads to Kessmoor were shut on Monday.", {"Kessmoor": "GPE"})}
    actors = _actors(docs)
    assert len({actor for actor, _ in actors.values()}) == 1


def test_a_town_only_ever_read_as_a_town_keeps_one_actor():
    docs = {"w": (WAGES, {"Kessmoor": "GPE"}), "x": ("Roads to Kessmoor were shut on Monday.", {"Kessmoor": "GPE"}),
            "y": ("The mayor of Kessmoor opened a school in Kessmoor.", {"Kessmoor": "GPE"})}
    actors = _actors(docs)
    assert {kind for _, kind in actors.values()} == {"GPE"}
    assert len({actor for actor, _ in actors.values()}) == 1


def test_one_story_with_both_senses_keeps_them_apart():
    both = ("Kessmoor striker Bo Tamm, who was born in Kessmoor, said he would stay. "
            "The former Kessmoor player was in the squad for the league match, the coach said, after "
            "his goal and a penalty won the cup tie.")
    docs = {"m": (MATCH, {"Kessmoor": "GPE"}), "b": (both, {"Kessmoor": "GPE"})}
    actors = _actors(docs)
    born = actors[("b", both.index("in Kessmoor") + 3)]
    striker = actors[("b", 0)]
    assert born[0] != striker[0] and born[1] == "GPE" and striker[1] == "ORG"


def test_a_persons_surname_is_never_split_by_place_words():
    docs = {"p": ("Singer Ann Kessmoor thanked Kessmoor fans. The Kessmoor fans cheered.", {"Ann Kessmoor": "PERSON",
                                                                                          "Kessmoor": "PERSON"}),
            "w": (WAGES, {"Kessmoor": "GPE"})}
    senses = _senses()
    from mention_helpers import mentions_in
    mentions = [m for doc, (text, names) in docs.items() for m in mentions_in(doc, text, names)]
    texts = {doc: text for doc, (text, _) in docs.items()}
    assert senses.split(mentions, texts, frozenset()) == {}


def test_place_readings_and_club_words_around_the_name():
    senses = _senses()

    def place(sentence: str, sport: bool) -> bool:
        at = sentence.index("Kessmoor")
        return senses.place_read(sentence, at, at + len("Kessmoor"), sport)

    assert place("The final was staged in Kessmoor last year.", True)
    assert place("Flights to Kessmoor were cut.", False)
    assert not place("He scored in Kessmoor's defeat.", True)  # the club's result
    assert not place("He completed a move back to Kessmoor.", True)  # a transfer
    assert not place("He was in the Kessmoor squad.", True)
    text = "The former Kessmoor player said so."
    at = text.index("Kessmoor")
    assert senses.club_read(text, at, at + len("Kessmoor"))


def test_a_people_named_like_a_club_is_the_people():
    rights = ("The court said the rules discriminated against Kessmoor (Gypsies) seeking entry. The "
              "charity said the measures penalised Kessmoor people, and many Kessmoor had left.")
    docs = {"m": (MATCH, {"Kessmoor": "ORG"}), "s": (SACKED, {"Kessmoor": "ORG"}),
            "r": (rights, {"Kessmoor": "ORG"})}
    actors = _actors(docs)
    people = {actors[("r", at)] for at in range(len(rights)) if ("r", at) in actors}
    assert len(people) == 1 and next(iter(people))[1] == "NORP"
    assert next(iter(people))[0] != actors[("s", SACKED.index("Kessmoor"))][0]


def test_a_clubs_initials_the_model_read_as_a_person_make_no_surname():
    docs = {"m": (MATCH, {"Kessmoor": "GPE"}), "s": (SACKED, {"Kessmoor": "ORG"}),
            "a": ("Bo Tamm joined AS Kessmoor on loan.", {"AS Kessmoor": "PERSON"}), "w": (WAGES, {"Kessmoor": "GPE"})}
    from mention_helpers import mentions_in
    mentions = [m for doc, (text, names) in docs.items() for m in mentions_in(doc, text, names)]
    texts = {doc: text for doc, (text, _) in docs.items()}
    assert "place" in _senses().split(mentions, texts, frozenset()).values()
