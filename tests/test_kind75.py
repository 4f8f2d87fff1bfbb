"""A town's side and its club (issue 18, round 49): a fixture's side of a town's name ("Kessmoor
v Vaalby", key "kessmoor team") joins the club node its own report holds under the bare name
("Kessmoor manager ...") instead of standing as an actor of its own; the town keeps its place
mentions, and a side stays apart when one of its reports holds no club of the bare name
(``_Rules._story_club_sides`` / ``_story_club``). Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import mentions_in

from newsgraph.model import Mention
from newsgraph.names import TEAM_SUFFIX, name_key
from newsgraph.resolve import get_resolver

SACKED = ("Kessmoor manager Ann Vaal was sacked after the league defeat. The club's striker and goalkeeper "
          "were dropped for the cup match, and Kessmoor fans booed the squad at half-time.")
LOAN = ("The goalkeeper joined Kessmoor on loan from a rival club. Kessmoor boss Jo Brandt said the "
        "striker would start the league match on Saturday.")
WAGES = "A nurse in Brevton was paid less than an equivalent worker in Kessmoor, the union said on Monday."
FLOODS = "Roads in Kessmoor were closed after the floods, and the council in Kessmoor opened a shelter."
HOMES = ("House prices in Kessmoor rose by 4%, and new homes in Kessmoor sold quickly, while rents "
         "in Kessmoor fell, the survey said.")
FIXTURE = ("Kessmoor boss Jo Brandt praised the squad after the cup draw. The striker is fit for the "
           "tie.\nFixtures: Kessmoor v Vaalby, Tamsford v Brevton.")
BARE_FIXTURE = ("The striker is fit for the cup tie, the league said.\n"
                "Fixtures: Kessmoor v Vaalby, Tamsford v Brevton.")


def _side(doc: str, text: str, name: str, occurrence: int) -> Mention:
    """The ``occurrence``-th ``name`` of ``text`` as the mention stage keys a place's side."""
    at = -1
    for _ in range(occurrence + 1):
        at = text.index(name, at + 1)
    return Mention(doc=doc, start=at, end=at + len(name), text=name, label="ORG",
                   key=f"{name_key(name)} {TEAM_SUFFIX}", full_name=f"{name} {TEAM_SUFFIX}", sentence=0)


def _resolve(docs: dict[str, tuple[str, dict[str, str]]], sides: list[Mention]):
    """Actor of each (doc, start), the actors' kinds by id."""
    mentions = [m for doc, (text, names) in docs.items() for m in mentions_in(doc, text, names)]
    side_spans = {(s.doc, s.start) for s in sides}
    mentions = [m for m in mentions if (m.doc, m.start) not in side_spans] + sides
    texts = {doc: text for doc, (text, _) in docs.items()}
    resolution = get_resolver("name-graph.v1")(mentions, [], texts=texts)
    actor_of = {(m.doc, m.start): a for m, a in zip(mentions, resolution.actor_of_mention)}
    return actor_of, {a.id: a.kind for a in resolution.actors}


def _club_corpus(extra: dict[str, tuple[str, dict[str, str]]]) -> dict[str, tuple[str, dict[str, str]]]:
    docs = {"s": (SACKED, {"Kessmoor": "ORG"}), "l": (LOAN, {"Kessmoor": "ORG"}),
            "w": (WAGES, {"Kessmoor": "GPE"}), "f": (FLOODS, {"Kessmoor": "GPE"}),
            "h": (HOMES, {"Kessmoor": "GPE"})}  # the town named more often than the club
    docs.update(extra)
    return docs


def test_a_fixtures_side_joins_the_club_its_report_names():
    docs = _club_corpus({"x": (FIXTURE, {"Kessmoor": "ORG", "Vaalby": "GPE"})})
    side = _side("x", FIXTURE, "Kessmoor", 1)
    actor_of, kinds = _resolve(docs, [side])
    club = actor_of[("x", FIXTURE.index("Kessmoor"))]
    assert actor_of[("x", side.start)] == club
    assert actor_of[("s", SACKED.index("Kessmoor"))] == club
    assert kinds[club] == "ORG"


def test_the_town_keeps_its_place_mentions_apart_from_the_side():
    docs = _club_corpus({"x": (FIXTURE, {"Kessmoor": "ORG", "Vaalby": "GPE"})})
    side = _side("x", FIXTURE, "Kessmoor", 1)
    actor_of, kinds = _resolve(docs, [side])
    town = actor_of[("w", WAGES.index("Kessmoor"))]
    assert actor_of[("x", side.start)] != town
    assert actor_of[("f", FLOODS.index("Kessmoor"))] == town
    assert kinds[town] == "GPE"


def test_a_side_whose_report_names_no_club_of_its_name_stays_apart():
    docs = _club_corpus({"t": (BARE_FIXTURE, {"Vaalby": "GPE"})})
    side = _side("t", BARE_FIXTURE, "Kessmoor", 0)
    actor_of, _ = _resolve(docs, [side])
    assert actor_of[("t", side.start)] != actor_of[("s", SACKED.index("Kessmoor"))]
    assert actor_of[("t", side.start)] != actor_of[("w", WAGES.index("Kessmoor"))]


def test_a_countrys_side_stays_its_own_actor():
    text = ("Kemaria coach Jo Brandt named the squad for the cup tie. The striker is fit.\n"
            "Fixtures: France v Vaalby.")
    other = "France said on Monday that its ministers would meet in Paris."
    side = _side("c", text, "France", 0)
    actor_of, _ = _resolve({"c": (text, {"Vaalby": "GPE"}), "o": (other, {"France": "GPE"})}, [side])
    assert actor_of[("c", side.start)] != actor_of[("o", 0)]


def test_a_side_whose_other_report_names_no_club_stays_apart():
    # two reports of one rugby side (the same two players), only the first naming the club of the
    # bare name: the side's reports do not all name it, so the side keeps its own actor
    first = ("Kessmoor boss Jo Brandt praised the squad. Pim Okoro and Lars Veen scored tries.\n"
             "Fixtures: Kessmoor v Vaalby.")
    second = ("Pim Okoro and Lars Veen are fit for the tie.\nFixtures: Tamsford v Kessmoor.")
    docs = _club_corpus({"a": (first, {"Kessmoor": "ORG", "Vaalby": "GPE", "Pim Okoro": "PERSON",
                                       "Lars Veen": "PERSON", "Jo Brandt": "PERSON"}),
                         "b": (second, {"Tamsford": "GPE", "Pim Okoro": "PERSON", "Lars Veen": "PERSON"})})
    sides = [_side("a", first, "Kessmoor", 1), _side("b", second, "Kessmoor", 0)]
    actor_of, _ = _resolve(docs, sides)
    assert actor_of[("a", sides[0].start)] == actor_of[("b", sides[1].start)]  # one side, by its players
    assert actor_of[("a", sides[0].start)] != actor_of[("s", SACKED.index("Kessmoor"))]
