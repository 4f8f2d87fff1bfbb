"""Actor kinds (issue 18, round 33): national sides of athletics and other sports named by the
country alone, and short sports reports read as such. Sentences written for these tests."""

import pytest

SPORT = ("The match was tense and the coach praised his squad after the final whistle. "
         "The players scored two goals in the league cup tournament.")


def _keys(result, text):
    return {m.key for m in result.mentions if m.text == text}


@pytest.mark.parametrize("sentence, country", [
    ("Poland's 4x400m relay squad took the silver medal.", "Poland"),
    ("Norway's women's relay team set a season's best.", "Norway"),
    ("Finland international Jon Brevik won the indoor title in March.", "Finland"),
    ("Another Sweden international, Tom Vaal, finished fifth in the race.", "Sweden"),
    ("Tom Vaal came home fourth for Austria in the 400m.", "Austria"),
    ("Norway topped the indoor match on 70 points, Austria second on 52.", "Austria"),
    ("Greece failed to claim a medal of any colour in Madrid.", "Greece"),
    ("She took gold for Kenya in the marathon.", "Kenya"),
])
def test_country_as_an_athletics_side_is_its_team(analyze, sentence, country):
    result = analyze(sentence + " " + SPORT)
    assert _keys(result, country) == {country.lower() + " team"}


@pytest.mark.parametrize("sentence, country", [
    ("Austria's 800m champion Tom Vaal is racing in March.", "Austria"),
    ("Kenya's athletics body banned the runner.", "Kenya"),
    ("France is the second biggest market for the firm.", "France"),
    ("The deal gives Spain second place in the table of lenders.", "Spain"),
    ("Finland international trade fell last year.", "Finland"),
])
def test_country_of_a_person_or_of_a_ranking_stays_the_country(analyze, sentence, country):
    result = analyze(sentence + " " + SPORT)
    assert _keys(result, country) == {country.lower()}


def test_short_cross_country_report_is_a_sports_report(analyze):
    text = ("Vaal wins muddy race in the park\n\nThe world cross-country champion Tom Vaal will compete again "
            "in March. He beat the Irish runner by ten metres in the six-kilometre race, and another "
            "Belgium international, Jon Brevik, finished third. Brevik said he hoped to make the podium "
            "at the championships.")
    assert _keys(analyze(text), "Belgium") == {"belgium team"}


def test_firm_named_in_the_possessive_keeps_its_s(analyze):
    text = ("Brevik's has opened forty new restaurants this year. Analysts credit the boss with "
            "reviving Brevik's sales across Europe, and a rival said Brevik's menu was too long.")
    result = analyze(text)
    names = [m.text for m in result.mentions if m.text.startswith("Brevik")]
    assert names and set(names) == {"Brevik's"}


def test_person_possessive_stays_the_person(analyze):
    text = "Tom Brevik said on Monday that he would stay. Brevik's plans were welcomed by the club."
    result = analyze(text)
    assert "Brevik's" not in {m.text for m in result.mentions}


def test_a_peoples_nickname_the_model_calls_a_body_is_the_people():
    from mention_helpers import resolved_kinds

    text = ("New Zealand will host the tour next year. The referee ruled the try out, but the Kiwi "
            "said he had been pulled back. New Zealand appealed on Monday.")
    kinds = resolved_kinds({"a": (text, {"New Zealand": "GPE", "Kiwi": "ORG"})})
    assert kinds["Kiwi"] == "NORP"
