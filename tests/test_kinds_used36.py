"""Actor kinds (issue 18, round 33, branch kind36): things with no cue in most of their own
sentences, voted over the corpus — a product, a program or a film some mention of which is used
("users of X", "X users", "using X", "starred in X") while no mention anywhere speaks, acts, makes
or owns; and a maker's model ("Kessel 7610") while the maker is an actor of its own. A mixed vote
keeps the actor (a firm and its browser of one name). Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import resolved_kinds as _kinds

from newsgraph.resolve.contexts import KindContexts


# --- the use vote ------------------------------------------------------------------------------

def test_a_program_used_once_and_named_bare_elsewhere_is_no_actor():
    used = "Many studios now render their scenes using Quillon. Quillon is fast."
    bare = "The new Quillon runs on cheap laptops."
    kinds = _kinds({"a": (used, {"Quillon": "ORG"}), "b": (bare, {"Quillon": "ORG"})})
    assert "Quillon" not in kinds


def test_a_gadget_whose_users_are_named_is_no_actor():
    text = "Owners say the Brindle Box is quiet. Brindle Box users can record two channels at once."
    assert "Brindle Box" not in _kinds({"a": (text, {"Brindle Box": "ORG"})})


def test_a_film_starred_in_is_no_actor_even_typed_a_person():
    text = "Next spring she will star in Marrowgate. Marrowgate opens in cinemas in May."
    assert "Marrowgate" not in _kinds({"a": (text, {"Marrowgate": "PERSON"})})


def test_sales_of_a_product_make_it_a_thing():
    text = "Sales of the Tovra have doubled since Easter. The Tovra is the cheapest model yet."
    assert "Tovra" not in _kinds({"a": (text, {"Tovra": "ORG"})})


def test_a_firm_whose_product_shares_its_name_stays_an_actor():
    # a mixed vote: used in one story, but the name launches and speaks in another
    product = "Millions of people are using Pellam to make calls. Pellam users pay nothing."
    firm = "Pellam launched a paid service on Monday. Pellam said it had ten million customers."
    kinds = _kinds({"a": (product, {"Pellam": "ORG"}), "b": (firm, {"Pellam": "ORG"})})
    assert kinds.get("Pellam") == "ORG"


def test_a_firm_with_owners_or_a_prisoner_released_is_no_use():
    contexts = KindContexts.from_data()
    for text, name in (("The owners of Garvick Motors met.", "Garvick Motors"),
                       ("They asked for the release of Omar Feld.", "Omar Feld"),
                       ("He will use the Upper Chamber to argue.", "Upper Chamber"),
                       ("Garvick owners met the union.", "Garvick")):
        start = text.index(name)
        assert not contexts.used(text, start, start + len(name), "ORG"), text


def test_a_person_is_no_thing_by_being_used():
    text = "The coach is using Derrow on the wing. Derrow was quick."
    assert _kinds({"a": (text, {"Derrow": "PERSON"})}).get("Derrow") == "PERSON"
    contexts = KindContexts.from_data()
    start = text.index("Derrow")
    assert not contexts.used(text, start, start + len("Derrow"), "PERSON")


def test_the_use_words_read_before_and_after_the_name():
    contexts = KindContexts.from_data()
    cases = {"users of Fennick.": True, "Fennick users": True, "starred in the Fennick.": True,
             "using Fennick.": True, "Fennick user": True, "users of Fennick's network": False,
             "Fennick usurped": False, "misusing Fennick.": False}
    for text, expected in cases.items():
        start = text.index("Fennick")
        assert contexts.used(text, start, start + len("Fennick"), "ORG") is expected, text


# --- a maker's model ---------------------------------------------------------------------------

def test_a_makers_model_number_is_no_actor_while_the_maker_is_one():
    text = ("Dravik said it would cut prices. The Dravik 7710 has a bigger screen. "
            "Reviewers liked the Dravik 7710.")
    kinds = _kinds({"a": (text, {"Dravik": "ORG", "Dravik 7710": "ORG"})})
    assert kinds.get("Dravik") == "ORG"
    assert "Dravik 7710" not in kinds


def test_a_year_after_a_name_is_no_model():
    text = ("Dravik said it would cut prices. Dravik 2005 is the name of its trade fair. "
            "Dravik 2005 opens soon.")
    kinds = _kinds({"a": (text, {"Dravik": "ORG", "Dravik 2005": "ORG"})})
    assert "Dravik 2005" in kinds


def test_a_model_name_that_speaks_stays_an_actor():
    text = ("Dravik said it would cut prices. Dravik A30 said it would merge with a rival. "
            "Dravik A30 is based in Oslo.")
    kinds = _kinds({"a": (text, {"Dravik": "ORG", "Dravik A30": "ORG"})})
    assert "Dravik A30" in kinds


def test_a_makers_robot_is_a_product():
    text = ("Tamsin's Orrik robots can climb stairs. Orrik, which walks at 6km/h, "
            "will tour Europe. Orrik has been dancing in shows.")
    assert "Orrik" not in _kinds({"a": (text, {"Tamsin": "ORG", "Orrik": "ORG"})})


def test_three_uses_outvote_one_possessive_but_one_use_does_not():
    many = ("Zelvor users swap films at night. Many Zelvor users are students. "
            "Zelvor's speed is its appeal. Police now target Zelvor users.")
    assert "Zelvor" not in _kinds({"a": (many, {"Zelvor": "ORG"})})
    one = "Zelvor users swap films at night. Zelvor's speed is its appeal."
    assert _kinds({"a": (one, {"Zelvor": "ORG"})}).get("Zelvor") == "ORG"
