"""A town and its club (issue 18, round 32): a club's business and transfers read as the club, a
hometown's modifier in arts stories and a headline's venue read as the town, and the club's node
never votes PERSON (``resolve/senses.py``, ``resolve/namegraph._sense_kind``). Sentences and names
written for these tests."""

from __future__ import annotations

from mention_helpers import mentions_in, name_senses, resolve_docs, sense_split

from newsgraph.resolve.senses import CLUB, PLACE

MATCH = ("Kessmoor beat Vaalby 2-1 in the league match on Saturday. The former Kessmoor player scored "
         "a penalty before half-time and the striker added a second goal. The referee booked the "
         "goalkeeper and the manager praised the squad after the cup tie.")
SACKED = ("Kessmoor manager Ann Vaal was sacked after the league defeat. The club's striker and goalkeeper "
          "were dropped for the cup match, and Kessmoor fans booed the squad at half-time.")
WAGES = "A nurse in Brevton was paid less than an equivalent worker in Kessmoor, the union said on Monday."




def _actors(docs: dict[str, tuple[str, dict[str, str]]]) -> dict[tuple[str, int], tuple[str, str]]:
    mentions = [m for doc, (text, names) in docs.items() for m in mentions_in(doc, text, names)]
    resolution = resolve_docs(docs)
    kinds = {a.id: a.kind for a in resolution.actors}
    return {(m.doc, m.start): (actor, kinds.get(actor, "")) for m, actor in zip(mentions, resolution.actor_of_mention)}


def _club(sentence: str) -> bool:
    at = sentence.index("Kessmoor")
    return name_senses().club_read(sentence, at, at + len("Kessmoor"))


def test_a_clubs_transfers_and_business_are_club_words():
    assert _club("The winger has joined from Kessmoor on a two-year deal.")
    assert _club("He turned down a move to Kessmoor in the summer.")
    assert _club("The club rejected an offer from Kessmoor for the defender.")
    assert _club("The maker will receive a payment from Kessmoor of 3m.")
    assert _club("The firm lost its sponsorship agreement with Kessmoor last year.")
    assert _club("The side have brought in Kessmoor prop Bo Tamm on loan.")  # a rugby club's forward
    # a town's own leads stay no club's
    assert not _club("Hundreds of civil servants will move to Kessmoor next year.")
    assert not _club("A man from Kessmoor was arrested on Monday.")


def test_a_sponsors_payment_from_the_club_in_a_business_story_stays_with_the_club():
    kit = ("The sportswear maker, which is to receive a payment from Kessmoor of 20m, said its profits "
           "fell. The firm's shares rose 3% on the stock market.")
    senses = sense_split({"m": (MATCH, {"Kessmoor": "GPE"}), "s": (SACKED, {"Kessmoor": "ORG"}),
                     "w": (WAGES, {"Kessmoor": "GPE"}), "k": (kit, {"Kessmoor": "ORG"})})
    assert senses[("k", kit.index("Kessmoor"))] == CLUB
    assert senses[("w", WAGES.index("Kessmoor"))] == PLACE


def test_a_hometowns_band_in_an_arts_story_is_the_town():
    gig = ("The Kessmoor band won the best album award at the ceremony, and a Kessmoor-based label "
           "signed the singer, the organisers said.")
    senses = sense_split({"m": (MATCH, {"Kessmoor": "GPE"}), "s": (SACKED, {"Kessmoor": "ORG"}),
                     "g": (gig, {"Kessmoor": "PERSON"})})
    assert senses[("g", gig.index("Kessmoor"))] == PLACE
    assert senses[("g", gig.index("Kessmoor-based"))] == PLACE


def test_a_clubs_fans_group_in_a_sports_report_stays_the_club():
    fans = ("A Kessmoor group of fans travelled to the league match, and the striker thanked them "
            "after his goal in the cup tie.")
    senses = sense_split({"m": (MATCH, {"Kessmoor": "GPE"}), "s": (SACKED, {"Kessmoor": "ORG"}),
                     "w": (WAGES, {"Kessmoor": "GPE"}), "f": (fans, {"Kessmoor": "ORG"})})
    assert senses[("f", fans.index("Kessmoor"))] == CLUB


def test_a_headlines_venue_closes_its_phrase():
    senses = name_senses()
    head = "Sprinter to race in Kessmoor\n\nThe champion will run the 60m at the indoor meeting."
    at = head.index("Kessmoor")
    assert senses.place_read(head, at, at + len("Kessmoor"), True)
    # "in Kessmoor fashion" leaves the name a modifier, even at a line's end
    head2 = "Vaalby win in Kessmoor style\n\nThe league match ended 2-1."
    at2 = head2.index("Kessmoor")
    assert not senses.place_read(head2, at2, at2 + len("Kessmoor"), True)


def test_the_clubs_node_never_votes_person():
    player = ("The fly-half was Kessmoor's player of the season, the coach said after the league match. "
              "The squad's striker and goalkeeper praised the cup tie's referee.")
    docs = {"m": (MATCH, {"Kessmoor": "PERSON"}), "s": (SACKED, {"Kessmoor": "PERSON"}),
            "p": (player, {"Kessmoor": "PERSON"}), "w": (WAGES, {"Kessmoor": "GPE"})}
    actors = _actors(docs)
    club = actors[("s", SACKED.index("Kessmoor"))]
    town = actors[("w", WAGES.index("Kessmoor"))]
    assert club[0] != town[0]
    assert club[1] == "ORG" and town[1] == "GPE"


def test_the_clubs_node_of_club_words_is_a_club_though_the_model_says_place():
    moves = ("The striker rejected a move to Kessmoor after the league match. Kessmoor manager Bo Tamm "
             "said the squad would find another forward before the cup tie.")
    docs = {"m": (MATCH, {"Kessmoor": "GPE"}), "s": (SACKED, {"Kessmoor": "GPE"}),
            "v": (moves, {"Kessmoor": "GPE"}), "w": (WAGES, {"Kessmoor": "GPE"})}
    actors = _actors(docs)
    club = actors[("v", moves.index("Kessmoor"))]
    assert club[0] == actors[("s", 0)][0] and club[1] == "ORG"
    assert actors[("w", WAGES.index("Kessmoor"))][1] == "GPE"


def test_a_node_of_venues_no_words_decide_keeps_its_place_vote():
    from newsgraph.resolve.namegraph import NameNode, _sense_kind
    node = NameNode("kessmoor", mentions=list(range(10)), sense=CLUB)
    # 3 of 10 mentions with a club's words: the venues the node also holds keep the place vote
    assert _sense_kind([node], [0], "GPE", frozenset({0, 1, 2})) is None
    assert _sense_kind([node], [0], "GPE", frozenset(range(6))) == "ORG"
    assert _sense_kind([node], [0], "PERSON", frozenset()) == "ORG"
    town = NameNode("kessmoor", mentions=[11], sense=PLACE)
    assert _sense_kind([town], [0], "ORG", frozenset()) == "GPE"
