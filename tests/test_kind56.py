"""Actor kinds (round 42, branch kind56): products, vehicles, laws and illnesses kept as actors,
read from the words of their own sentence — a head noun after the name ("the X robot"), a noun or
a lead before it ("the ship X", "aboard the X", "diagnosed with X"), what only a thing undergoes
("X went on sale"), an apposed head ("X, a markup language"), a law's capitalized head ("the X
Act"). Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import resolved_kinds as _kinds

from newsgraph.resolve.works import ThingUseContext


def _told(text: str, name: str, label: str = "ORG") -> bool:
    start = text.index(name)
    return ThingUseContext.from_data()(text, start, start + len(name), label)


# --- the cues, one mention at a time -------------------------------------------------------------

def test_a_head_noun_after_the_name_with_a_determiner_tells_a_thing():
    assert _told("Engineers say the Pellowen robot can now climb stairs.", "Pellowen", "PERSON")
    assert _told("Users found that Corvex's Tilby software was slow.", "Tilby")
    assert _told("Honda's Pellowen and Corvex's Tilby robots were on show.", "Pellowen", "PERSON")


def test_a_vehicle_noun_after_the_name_is_its_owners():
    assert not _told("A second Marisca Fleet vessel, the Tarn, is on its way.", "Marisca Fleet")


def test_a_head_noun_that_opens_a_longer_phrase_or_stands_bare_is_no_cue():
    assert not _told("He ran the Corvex software division for a decade.", "Corvex")
    assert not _told("A spokesman for Corvex software said sales rose.", "Corvex")
    assert not _told("Prices of the Corvex handset maker fell.", "Corvex")


def test_a_noun_or_a_lead_before_the_name_tells_a_thing():
    assert _told("The firm showed its humanoid robot Pellowen to visitors.", "Pellowen", "PERSON")
    assert _told("Two hundred guests were aboard the Marisca when it docked.", "Marisca")
    assert _told("Some 4,000 people have been diagnosed with KVS in the past year.", "KVS")


def test_a_lead_before_a_possessive_is_the_owners():
    assert not _told("She is suffering from Tarrow's disease, doctors said.", "Tarrow")
    assert not _told("The ship Marisca Holdings owns sailed on.", "Marisca Holdings")


def test_what_only_a_thing_undergoes_tells_a_thing_but_not_of_a_person():
    assert _told("The Tilby went on sale in Japan last week.", "Tilby")
    assert _told("Orvane was released to developers in March.", "Orvane")
    assert not _told("Jo Tarrow was released from prison in March.", "Jo Tarrow", "PERSON")


def test_a_copula_and_a_things_noun_name_a_thing():
    text = "For all the fuss, Marisca is only one vessel of the eight the line owns."
    start = text.index("Marisca")
    assert ThingUseContext.from_data().names(text, start, start + len("Marisca"))
    assert not _told("Marisca is the only ship builder left in Kent.", "Marisca")


def test_a_things_own_possessive_does_not_outvote_its_noun():
    text = ("Corvex showed its humanoid robot Pellowen in March. Pellowen's top speed is 6km/h, "
            "and Pellowen can climb stairs.")
    assert "Pellowen" not in _kinds({"a": (text, {"Corvex": "ORG", "Pellowen": "PERSON"})})


def test_an_apposed_head_closing_its_phrase_tells_a_thing():
    assert _told("Files are written in Plexon, a markup language, and shared.", "Plexon")
    assert not _told("Corvex, a language school in Leeds, is hiring.", "Corvex")
    assert not _told("Marisca, the ship builder, cut jobs.", "Marisca")


# --- the corpus vote -----------------------------------------------------------------------------

def test_a_robot_is_no_actor():
    text = ("Corvex has built a humanoid robot Pellowen that can run. "
            "Corvex said the Pellowen robot would go on show in May.")
    kinds = _kinds({"a": (text, {"Corvex": "ORG", "Pellowen": "PERSON"})})
    assert "Pellowen" not in kinds
    assert kinds.get("Corvex") == "ORG"


def test_a_firm_named_after_its_product_stays_when_it_speaks_elsewhere():
    product = "Fans queued all night as the Tilby handset went on sale."
    firm = "Tilby said on Monday that profits had doubled."
    kinds = _kinds({"a": (product, {"Tilby": "ORG"}), "b": (firm, {"Tilby": "ORG"})})
    assert kinds.get("Tilby") == "ORG"


def test_a_ship_boarded_is_no_actor():
    text = ("Passengers who sailed aboard the Marisca in May will get refunds. "
            "The Marisca sank off Crete on Friday.")
    assert "Marisca" not in _kinds({"a": (text, {"Marisca": "ORG"})})


def test_an_illness_is_no_actor():
    text = "Thousands have been diagnosed with KVS. A new treatment for KVS is being tested."
    assert "KVS" not in _kinds({"a": (text, {"KVS": "ORG"})})


def test_a_law_named_by_its_head_is_no_actor_but_a_person_called_bill_stays():
    text = "MPs debated the Harbour Safety Act on Monday. Critics said the Harbour Safety Act was weak."
    assert "Harbour Safety Act" not in _kinds({"a": (text, {"Harbour Safety Act": "ORG"})})
    person = "John Bill, a teacher, said the plan was unfair. Mr Bill added that he would appeal."
    assert _kinds({"a": (person, {"John Bill": "PERSON"})}).get("John Bill") == "PERSON"


def test_a_law_head_whose_name_speaks_stays():
    text = "The Treaty Alliance said on Monday it would campaign against the plan."
    # "Alliance" is no law head; a name ending so that speaks keeps its actor too
    assert _kinds({"a": (text, {"Treaty Alliance": "ORG"})}).get("Treaty Alliance") == "ORG"
    spoken = "The Lorne Accord said on Monday it welcomed the move."
    assert _kinds({"a": (spoken, {"Lorne Accord": "ORG"})}).get("Lorne Accord") == "ORG"
