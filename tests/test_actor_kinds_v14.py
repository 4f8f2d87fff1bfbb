"""Actor kinds (issue 18, round 14): the words around every mention, read across the corpus, vote
an actor's kind; pieces of longer names, common words opening sentences and things taken or
quoted leave the actor graph. Sentences and names written for these tests."""

from __future__ import annotations

from newsgraph.resolve.contexts import NONE, glued, opens_sentence
from mention_helpers import kind_cue, resolve_docs


def _cue(sentence: str, name: str, label: str = "PERSON") -> str:
    return kind_cue(sentence, name, label)


def _resolve(docs: dict[str, tuple[str, dict[str, str]]]):
    return resolve_docs(docs)


def _kinds(resolution) -> dict[str, str]:
    return {a.name: a.kind for a in resolution.actors}


# ------------------------------------------------------------------ cues read from the raw text

def test_a_plural_verb_after_a_lone_name_is_a_clubs_cue():
    assert _cue("Whatever anyone says, Brevik are favourites to win the cup.", "Brevik") == "ORG"
    assert _cue("Tamsk Rovers, who are proud of their history, lost.", "Tamsk Rovers") == "ORG"


def test_a_plural_verb_after_one_of_several_names_is_no_cue():
    assert _cue("Dana Vell and Brevik are in talks.", "Brevik") == ""
    assert _cue("Singers such as Ola Brevik have sung it.", "Ola Brevik") == ""
    assert _cue("Groups in Tamsk have asked for help.", "Tamsk", "GPE") == ""
    assert _cue("The upper reaches of the Vessa are dry.", "Vessa", "LOC") == ""
    assert _cue("Two falls in the Mt. Vessa National Park were not related.", "Vessa National Park", "FAC") == ""
    assert _cue("It would be odd if Brevik were to leave.", "Brevik") == ""


def test_a_plural_verb_after_a_plural_or_described_people_is_no_cue():
    assert _cue("Second-hand Kessels are not cheap.", "Kessels", "ORG") == ""
    assert _cue("Velonian authorities are looking into it.", "Velonian authorities", "ORG") == ""


def test_a_sides_parts_after_a_name_are_a_clubs_cue():
    assert _cue("The Brevik bench was quiet after the goal.", "Brevik") == "ORG"


def test_a_role_opening_the_sentence_is_a_persons_cue():
    assert _cue("It was late. Rapper Kessim has denied the claim.", "Kessim", "ORG") == "PERSON"
    assert _cue("They met the rapper Kessim.", "Kessim", "ORG") == ""  # the parse reads this one


def test_an_economist_at_a_name_or_after_it_makes_a_firm():
    assert _cue("said Ada Quist, an economist at Brevik Vaal.", "Brevik Vaal") == "ORG"
    assert _cue("predicted Brevik Vaal equity strategist Ada Quist.", "Brevik Vaal") == "ORG"
    assert _cue("Brevik told analysts the deal was done.", "Brevik") == ""


def test_an_editor_after_a_group_tagged_name_makes_an_outlet():
    assert _cue("The panel included Kesselweek editor Ada Quist.", "Kesselweek", "ORG") == "OUTLET"
    assert _cue("The paper's Tamsk editor Ada Quist wrote it.", "Tamsk", "ORG") == ""


def test_a_substance_taken_and_an_index_are_things():
    assert _cue("He tested positive for Vexadrol and was banned.", "Vexadrol", "ORG") == NONE
    assert _cue("In Tamsk, the Brevik 100 index closed higher.", "Brevik", "ORG") == NONE
    assert _cue("He joined Brevik and was happy.", "Brevik", "ORG") == ""


def test_a_works_noun_ending_an_apposition_or_a_relative_clause_of_making_it_are_things():
    assert _cue("Ada Quist created Brevik Lane, the school drama serial, in 1982.", "Brevik Lane") == NONE
    assert _cue("She won for Tamsk Road, which she directed herself.", "Tamsk Road", "GPE") == NONE
    assert _cue("He sold Brevik, the film company, last year.", "Brevik", "ORG") == ""


def test_a_shows_contestants_and_episodes_make_it_a_thing():
    assert _cue("The former Vaal Idol contestant won.", "Vaal Idol", "ORG") == NONE
    assert _cue("The latest Kessel episodes drew few viewers.", "Kessel", "ORG") == NONE


def test_an_amount_before_a_name_makes_it_a_thing_counted():
    assert _cue("He earned 3.35m Kessos last year.", "Kessos", "ORG") == NONE
    assert _cue("The plant built 100,000 Vaals.", "Vaals", "NORP") == ""
    assert _cue("Result: Tamsk 2 Brevik 1.", "Brevik", "ORG") == ""


def test_a_bodys_noun_or_a_toy_before_a_name():
    assert _cue("An exhibition in aid of the charity Kesscap opens.", "Kesscap", "PERSON") == "ORG"
    assert _cue("It lists the 1990s toy Vaalagotchi and others.", "Vaalagotchi", "PERSON") == NONE


def test_a_word_against_another_capital_is_glued():
    text = "pop in the style of Vessa Vessa or others, the Tamsk Warehouse, the Knight of Brask and Go Kessim."
    for word, label in (("Vessa", "PERSON"), ("Tamsk", "ORG"), ("Kessim", "ORG"), ("Brask", "GPE")):
        start = text.index(word)
        assert glued(text, start, start + len(word), label)
    start = text.index("Kessim")
    assert not glued(text, start, start + len("Kessim"), "PERSON")  # "Chancellor Kessim" is titled


def test_the_last_of_coordinated_words_in_a_bodys_name_is_glued():
    text = "A Department for Tamsk and Kessim spokesman said, and Tamsk and Kessim agreed."
    first, second = text.index("Kessim"), text.rindex("Kessim")
    assert glued(text, first, first + len("Kessim"), "ORG")
    assert not glued(text, second, second + len("Kessim"), "ORG")


def test_a_word_joined_by_and_that_no_mention_holds_is_glued():
    text = "Tickets for Belle and Kessim sold out. Brevik and Kessim met, Tamsk and Kessim too."
    first, second = text.index("Kessim"), text.index("Kessim", text.index("Brevik"))
    mentioned = {text.index("Brevik"), text.index("Tamsk")}
    named = lambda offset: offset in mentioned  # noqa: E731
    assert glued(text, first, first + 6, "ORG", named)
    assert not glued(text, second, second + 6, "ORG", named)


def test_an_initial_before_a_name_is_no_other_name():
    text = "The side: L Orquist, A Tromsen; B Vaal."
    start = text.index("Tromsen")
    assert not glued(text, start, start + len("Tromsen"), "ORG")


def test_a_capital_letter_after_a_word_makes_it_a_piece():
    text = "They finished second in Group D behind Tamsk."
    start = text.index("Group")
    assert glued(text, start, start + len("Group"), "ORG")


def test_an_initial_before_a_group_tagged_surname_makes_a_person():
    docs = {f"d{i}": (f"Team {i}: L Orquist, A Tromsen, B Vaal, C Dorr; E Fenn.", {"Tromsen": "ORG"}) for i in range(2)}
    assert _kinds(_resolve(docs))["Tromsen"] == "PERSON"


def test_opening_a_sentence():
    text = "He left. Digital radio grew."
    assert opens_sentence(text, text.index("Digital"))
    assert not opens_sentence(text, text.index("radio"))


# ------------------------------------------------------------------ the corpus-wide vote

def test_plural_verbs_across_stories_make_a_person_tagged_name_a_club():
    docs = {f"d{i}": (f"Report {i}. The pundits agree that Brevik are favourites this year.", {"Brevik": "PERSON"})
            for i in range(3)}
    assert _kinds(_resolve(docs))["Brevik"] == "ORG"


def test_a_name_whose_sentences_say_nothing_keeps_the_models_kind():
    docs = {f"d{i}": (f"Report {i}. The pundits agree that Brevik is favourite this year.", {"Brevik": "PERSON"})
            for i in range(3)}
    assert _kinds(_resolve(docs))["Brevik"] == "PERSON"


def test_a_piece_of_a_longer_name_is_no_actor():
    docs = {"d1": ("We played at the Kessim Warehouse and later the Kessim Warehouse again.", {"Kessim": "ORG"}),
            "d2": ("The Kessim Warehouse was full.", {"Kessim": "ORG"})}
    assert "Kessim" not in _kinds(_resolve(docs))


def test_a_word_inside_a_work_other_mentions_write_is_no_actor():
    docs = {"d1": ("Their new film Office for Tamsk and Brevik opens today.", {"Office for Tamsk and Brevik": "ORG"}),
            "d2": ("The Office for Tamsk and Brevik said so, and the Office for Tamsk and Brevik agreed.",
                   {"Brevik": "ORG"})}
    assert "Brevik" not in _kinds(_resolve(docs))


def test_a_piece_of_an_actors_longer_name_stays_for_it():
    docs = {"d1": ("The Sons of the Tamsk said so.", {"Sons of the Tamsk": "ORG"}),
            "d2": ("The Sons of the Tamsk said so, and the Sons of the Tamsk agreed.", {"Tamsk": "LOC"})}
    assert "Tamsk" in _kinds(_resolve(docs))


def test_a_name_written_alone_is_no_piece():
    docs = {"d1": ("We played at Kessim and later at Kessim again.", {"Kessim": "ORG"})}
    assert "Kessim" in _kinds(_resolve(docs))


def test_a_common_word_opening_its_sentences_is_no_actor():
    filler = " ".join(["the digital age and digital radio"] * 3)
    docs = {"d1": (f"It grew. Digital music sells. {filler}.", {"Digital": "PERSON"}),
            "d2": (f"It grew. Digital sales rose. {filler}.", {"Digital": "PERSON"})}
    assert "Digital" not in _kinds(_resolve(docs))


def test_a_surname_opening_its_sentences_stays():
    docs = {"d1": ("Ann Young won. Young said it was hard. the young and the young and the young and the young "
                   "and the young.", {"Ann Young": "PERSON", "Young": "PERSON"}),
            "d2": ("It was late. Young said so.", {"Young": "PERSON"})}
    assert "Young" in {n.split()[-1] for n in _kinds(_resolve(docs))}


def test_a_currency_after_amounts_that_the_corpus_writes_in_lower_case_is_no_actor():
    filler = " ".join(["paid in kessos and more kessos"] * 3)
    docs = {"d1": (f"He made 3.35m Kessos last year and 885,000 Kessos in May. {filler}.", {"Kessos": "PERSON"})}
    assert "Kessos" not in _kinds(_resolve(docs))


def test_a_player_after_a_fee_stays():
    docs = {"d1": ("They paid the £27m Vaalsen and then the £3.5m Vaalsen again.", {"Vaalsen": "PERSON"})}
    assert "Vaalsen" in _kinds(_resolve(docs))


def test_a_substance_named_in_two_stories_is_no_actor():
    docs = {f"d{i}": (f"Story {i}. He tested positive for Vexadrol in May.", {"Vexadrol": "ORG"}) for i in range(2)}
    assert "Vexadrol" not in _kinds(_resolve(docs))


def test_a_country_tagged_a_group_outside_sports_reports_is_a_state():  # a real country: the table
    docs = {"d1": ("Corruption is rife in Moldova, a report said, and Moldova agreed.", {"Moldova": "ORG"})}
    assert _kinds(_resolve(docs))["Moldova"] == "GPE"
