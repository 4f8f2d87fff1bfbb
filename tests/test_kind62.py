"""Actor kinds (round 44, branch kind62): a film or book series named after its hero ("the third
Tobin Marsh film") and a fictional character named only as a part played ("the role of Dex
Harlow", "his character Pell", "Orla, played by Ada Voss") are no actors. Sentences and names
written for these tests."""

from __future__ import annotations

from mention_helpers import resolved_kinds as _kinds


def _franchise(text: str, name: str) -> bool:
    from newsgraph.resolve.works import FranchiseContext  # imported here: the votes' tests run on older trees

    start = text.index(name)
    return FranchiseContext.from_data()(text, start, start + len(name))


def _role(text: str, name: str) -> bool:
    from newsgraph.resolve.works import RoleContext

    start = text.index(name)
    return RoleContext.from_data()(text, start, start + len(name))


# --- the contexts --------------------------------------------------------------------------------

def test_a_name_between_an_opener_and_a_works_noun_is_a_franchise_frame():
    assert _franchise("The third Tobin Marsh film opens in May.", "Tobin Marsh")
    assert _franchise("He led the past four Marsh films.", "Marsh")
    assert _franchise("It will be the 21st Tobin Marsh film to reach cinemas.", "Tobin Marsh")
    assert _franchise("The firm made the Tobin Marsh games for consoles.", "Tobin Marsh")


def test_a_match_an_album_and_a_bare_modifier_are_no_franchise_frame():
    assert not _franchise("Fans packed the stadium for the Ada Voss game.", "Ada Voss")
    assert not _franchise("She played the new Ada Voss album twice.", "Ada Voss")
    assert not _franchise("Ada Voss films are shown on Sundays.", "Ada Voss")  # no opener


def test_a_part_played_is_a_role_frame():
    assert _role("He took the role of Dex Harlow last spring.", "Dex Harlow")
    assert _role("Critics loved his character Pell in the new series.", "Pell")
    assert _role("She will voice Orla in the cartoon.", "Orla")
    assert _role("Orla, played by Ada Voss, leaves the village.", "Orla")
    assert _role("The plot follows Ada Voss's character Orla across the sea.", "Orla")
    assert _role("She is taking on the role of Dex Harlow.", "Dex Harlow")


def test_a_rival_played_and_a_body_a_part_of_are_no_role_frame():
    assert not _role("Ada Voss plays Mira Kell in the second round.", "Mira Kell")
    assert not _role("The unit is part of Brannock Holdings.", "Brannock Holdings")
    # a real man's part in events, and a real one called a character
    assert not _role("MPs asked about the role of Dex Harlow in the affair.", "Dex Harlow")
    assert not _role("The club owner, a colourful character Dex Harlow, spoke.", "Dex Harlow")


# --- the votes -----------------------------------------------------------------------------------

def test_a_series_named_after_its_hero_is_no_actor():
    first = ("The third Tobin Marsh film opens in May. Tobin Marsh fights a dragon, "
             "and Ada Voss said the film was her best.")
    second = "Gamers bought the Tobin Marsh games in their millions, and the first Tobin Marsh film too."
    kinds = _kinds({"a": (first, {"Tobin Marsh": "PERSON", "Ada Voss": "PERSON"}),
                    "b": (second, {"Tobin Marsh": "PERSON"})})
    assert "Tobin Marsh" not in kinds
    assert kinds.get("Ada Voss") == "PERSON"


def test_a_director_named_once_before_his_film_stays_a_person():
    first = "The new Ada Voss movie opens in May."
    second = "Ada Voss said on Monday she was pleased with the cast."
    third = "Ada Voss flew to Berlin for the festival."
    kinds = _kinds({"a": (first, {"Ada Voss": "PERSON"}), "b": (second, {"Ada Voss": "PERSON"}),
                    "c": (third, {"Ada Voss": "PERSON"})})
    assert kinds.get("Ada Voss") == "PERSON"


def test_a_franchise_frame_in_one_story_only_is_not_enough():
    text = "The third Tobin Marsh film, the Tobin Marsh books and the new Tobin Marsh DVD sold well."
    kinds = _kinds({"a": (text, {"Tobin Marsh": "PERSON"})})
    assert kinds.get("Tobin Marsh") == "PERSON"


def test_a_character_named_only_as_a_part_is_no_actor():
    text = ("Ada Voss took the role of Dex Harlow, who hunts a fortune in the film. "
            "Ada Voss said she trained for months.")
    kinds = _kinds({"a": (text, {"Dex Harlow": "PERSON", "Ada Voss": "PERSON"})})
    assert "Dex Harlow" not in kinds
    assert kinds.get("Ada Voss") == "PERSON"


def test_a_biopic_hero_named_as_himself_elsewhere_stays_a_person():
    first = "She was nominated for her role as Mira Kell in the biopic."
    second = "Mira Kell recorded her first album in 1961 and toured Europe."
    kinds = _kinds({"a": (first, {"Mira Kell": "PERSON"}), "b": (second, {"Mira Kell": "PERSON"})})
    assert kinds.get("Mira Kell") == "PERSON"


def test_a_body_whose_role_a_story_weighs_stays_an_actor():
    text = "Critics questioned the role of Brannock Holdings in the deal."
    kinds = _kinds({"a": (text, {"Brannock Holdings": "ORG"})})
    assert kinds.get("Brannock Holdings") == "ORG"


# --- a city's "-er" ------------------------------------------------------------------------------

def test_a_city_with_er_before_a_person_is_its_people():
    first = "The mayor of Port Brannock opened the bridge in Port Brannock on Monday."
    second = "By any measure, Port Brannocker Ada Voss is a surprise, and she is a Port Brannocker at heart."
    kinds = _kinds({"a": (first, {"Port Brannock": "GPE"}),
                    "b": (second, {"Port Brannocker": "ORG", "Ada Voss": "PERSON"})})
    assert kinds.get("Port Brannocker") == "NORP"
    assert kinds.get("Port Brannock") == "GPE"


def test_a_city_with_er_after_the_is_a_paper_and_stays():
    first = "The mayor of Port Brannock opened the bridge in Port Brannock on Monday."
    second = "A profile in The Port Brannocker magazine ran on Sunday; Port Brannocker editors chose it."
    kinds = _kinds({"a": (first, {"Port Brannock": "GPE"}),
                    "b": (second, {"Port Brannocker": "ORG"})})
    assert kinds.get("Port Brannocker") in ("ORG", "OUTLET")  # the paper, not the city's people
