"""Round 20 of links: national sides and their countries, a place closing a body's name.
Sentences are invented for these tests."""

from __future__ import annotations

from newsgraph.mentions import join_body_of_place
from newsgraph.mentions.spans import Candidate
from mention_helpers import team_sense


def test_a_country_a_touring_party_visits_is_the_country(nlp):
    """"the squad, who will visit Japan in the summer": a destination, not the Japanese side."""
    assert not team_sense(nlp, "He will name his touring squad, who will visit Japan in the summer.", "Japan")
    assert not team_sense(nlp, "They had no chance when they visited Japan that year.", "Japan")


def test_a_side_visiting_a_side_is_a_fixture(nlp):
    assert team_sense(nlp, "Wales visit Japan on Saturday in the final group game.", "Japan")


def test_every_country_of_a_list_a_side_opens_is_a_side(nlp):
    """"drawn against Samoa, France, Italy and Peru": the preposition goes with the first only."""
    text = "The hosts have been drawn against Samoa, France, Italy and Peru in the first round."
    assert team_sense(nlp, text, "Italy")


def test_a_line_of_seeded_names_is_a_pool_of_sides(nlp):
    text = "The draw was made on Monday.\n\nJapan (1), Peru (8), Chile, Kenya, Canada, Italy.\n"
    assert team_sense(nlp, text, "Canada")


def test_a_line_with_prose_is_no_pool(nlp):
    text = "The draw was made on Monday.\n\nFans travelled from Japan, Peru, Chile, Kenya and Canada.\n"
    assert not team_sense(nlp, text, "Canada")


def test_the_owner_of_a_sport_s_national_team_is_the_side(nlp):
    """"France's rugby league team take on Japan": the side; since round 33 (kind37: relay is a
    sport code) "France's relay team" is the side too."""
    assert team_sense(nlp, "Later, France's rugby league team take on Japan in the final.", "France")
    assert team_sense(nlp, "France's football team lost again.", "France")
    assert team_sense(nlp, "France's relay team won gold in the final.", "France")


def _candidate(text: str, name: str, label: str) -> Candidate:
    start = text.index(name)
    return Candidate(start=start, end=start + len(name), text=name, label=label, sentence=0)


def test_a_place_closing_a_body_s_name_is_part_of_it():
    """"the Painters Guild of Kessland awards": the place closes the body's name."""
    text = "The prize is one of the Painters Guild of Kessland awards, now in their third year."
    joined = join_body_of_place(text, [_candidate(text, "Painters Guild", "ORG"),
                                       _candidate(text, "Kessland", "GPE")], frozenset({"Guild"}))
    assert [(c.text, c.label) for c in joined] == [("Painters Guild of Kessland", "ORG")]


def test_a_place_after_a_title_or_a_lone_head_stays():
    heads = frozenset({"Guild", "Government"})
    text = "He met the Prime Minister of Kessland and the Government of Kessland in the capital."
    second = text.rindex("Kessland")
    candidates = [_candidate(text, "Prime Minister", "ORG"), _candidate(text, "Kessland", "GPE"),
                  _candidate(text, "Government", "ORG"),
                  Candidate(start=second, end=second + 8, text="Kessland", label="GPE", sentence=0)]
    assert [c.text for c in join_body_of_place(text, candidates, heads)] == [
        "Prime Minister", "Kessland", "Government", "Kessland"]


def test_a_country_beaten_or_played_for_is_the_side(nlp):
    """"a 3-2 home success over Japan", "90 goals in 200 games for Japan"."""
    assert team_sense(nlp, "The title was won by the hosts in a 3-2 home success over Japan.", "Japan")
    assert team_sense(nlp, "She scored 90 goals in 200 games for Japan before retiring.", "Japan")
    assert not team_sense(nlp, "The row over Japan has worried the players for weeks.", "Japan")


def test_a_match_preview_with_team_sheets_is_a_sports_report(nlp):
    """A fixture's preview whose prose is short and whose team sheets are long still reads as sport."""
    from newsgraph.mentions.rules import EntityRules
    from newsgraph.mentions.senses import Senses

    sheet = "; ".join(f"A Vale{i}" for i in range(30))
    text = ("The coach expects a real test. The visitors ran five tries past the hosts last summer. "
            "The captain returns at scrum-half and the flanker wins his first cap.\n\n"
            f"{sheet} (capt).\n\n{sheet} (capt).\n")
    assert Senses.from_rules(EntityRules.from_data()).is_sport([nlp(text)])


def test_a_line_of_surnames_tagged_places_is_no_pool(nlp):
    text = "The squad was named on Monday.\n\nVale, Brevik, Tamsk, Kessel, Hamblin, Orrell.\n"
    assert not team_sense(nlp, text, "Orrell")


def test_the_owner_of_opponents_is_a_side(nlp):
    assert team_sense(nlp, "Britain's next opponents are hardly likely to be worried.", "Britain")


def _links(text: str, names: list[tuple[str, str]]):
    from newsgraph.mentions.rules import EntityRules
    from newsgraph.mentions.structure import NameStructure

    candidates = [_candidate(text, name, label) for name, label in names]
    return NameStructure.from_data(EntityRules.from_data().name_structure).find_links("d", text, candidates)


def test_a_made_up_city_stated_as_a_real_one_is_no_alias():
    """"the fictional state's Vale City, aka Kessel": the game's city is modelled on the real one."""
    text = "The game is set in a fictional state whose cities include Vale City, aka Kessel, and more."
    assert _links(text, [("Vale City", "GPE"), ("Kessel", "GPE")]) == []


def test_a_place_stated_as_an_alias_elsewhere_stays_an_alias():
    text = "The rebels took Vale City, also known as Kessel, on Monday."
    (link,) = _links(text, [("Vale City", "GPE"), ("Kessel", "GPE")])
    assert link.relation == "alias"


def test_a_place_closing_an_untagged_body_s_name_is_part_of_it():
    """"a founding member of the Painter's Guild of Kessland": no tag before the place."""
    text = "She is a founding member of the Painter's Guild of Kessland and a former chair."
    (joined,) = join_body_of_place(text, [_candidate(text, "Kessland", "GPE")], frozenset({"Guild"}))
    assert (joined.text, joined.label) == ("Painter's Guild of Kessland", "ORG")
    text = "The Painters Guild of Kessland gave its prize to a short film this year."
    (joined,) = join_body_of_place(text, [_candidate(text, "Kessland", "GPE")], frozenset({"Guild"}))
    assert joined.text == "Painters Guild of Kessland"


def test_a_place_after_one_head_word_stays():
    text = "He praised the Guild of Kessland and the people of Kessland in a speech."
    candidates = [_candidate(text, "Kessland", "GPE")]
    assert join_body_of_place(text, candidates, frozenset({"Guild"}))[0].text == "Kessland"


def _targets(text: str, candidates: list[Candidate]) -> list[int]:
    from newsgraph.mentions.linking import link_short_forms
    from newsgraph.names import NameGender, name_key

    return link_short_forms(candidates, [name_key(c.text) for c in candidates], NameGender.from_data(), text=text)


def test_a_place_the_model_tagged_a_person_is_no_given_name_of_a_group_it_opens():
    """"Kesselford Unite" (a campaign the model called a person) does not take "Kesselford's
    community" when the story writes Kesselford as a place."""
    text = "Campaigners in Kesselford met. Kesselford Unite will march. Kesselford's community agreed."
    at = text.index("Kesselford's")
    candidates = [_candidate(text, "Kesselford", "GPE"), _candidate(text, "Kesselford Unite", "PERSON"),
                  Candidate(start=at, end=at + 10, text="Kesselford", label="PERSON", sentence=0)]
    assert _targets(text, candidates)[2] == 2


def test_a_given_name_still_stands_for_its_bearer():
    text = "Elton Vale sang in Kessel. Later Elton thanked the crowd."
    at = text.index("Elton thanked")
    candidates = [_candidate(text, "Elton Vale", "PERSON"), _candidate(text, "Kessel", "GPE"),
                  Candidate(start=at, end=at + 5, text="Elton", label="PERSON", sentence=0)]
    assert _targets(text, candidates)[2] == 0
