"""Round 46, branch link35: a country's name that means its national side in a sports report —
a result line ("Kemaria 17-12 Tamsk"), a hyphened player's role ("Kemaria fly-half Jon Vaal"), a
fixture or the side's company ("the Kemaria game", "the Kemaria camp") — is the side, not the
state. Sentences are invented for these tests; the country names are real ones (the rule reads
only countries of ``data/countries.txt``)."""

from __future__ import annotations

import pytest

_REPORT = (
    "{home} {score} {away}\n\n"
    "Two late tries gave {home} a hard-won victory in a tense rugby match on Saturday. "
    "{home} fly-half Tom Vale kicked four penalties and the coach praised the forwards. "
    "\"The mood in the {home} camp is good,\" said the captain, who won his 40th cap. "
    "{away} scored first through their flanker but the home side hit back before half-time. "
    "The skipper now turns to the {away} game next week, when the squad hopes to keep the title."
)


def _sides(result, name: str) -> list[tuple[int, str]]:
    return [(m.start, m.key) for m in result.mentions if m.text == name]


@pytest.fixture(scope="module")
def report(analyze):
    return analyze(_REPORT.format(home="Norway", away="Chile", score="17-12"))


def test_both_names_of_a_result_line_are_sides(report):
    """"Norway 17-12 Chile" opening a report: the sides and their score, no states."""
    line_end = len("Norway 17-12 Chile")
    in_line = [(m.text, m.key) for m in report.mentions if m.start < line_end and m.text in ("Norway", "Chile")]
    assert in_line and all(key.endswith(" team") for _, key in in_line), in_line


def test_the_name_after_a_score_is_a_side(analyze):
    """"Chile 19-47 South Korea": the second name of a result line, right after the score."""
    text = _REPORT.format(home="Chile", away="South Korea", score="19-47")
    result = analyze(text)
    start = text.index("South Korea")
    assert (start, "south korea team") in _sides(result, "South Korea"), _sides(result, "South Korea")


def test_a_hyphened_role_after_the_country_makes_it_the_side(report):
    """"Norway fly-half Tom Vale": the tokenizer splits the role at its hyphen."""
    start = _REPORT.format(home="Norway", away="Chile", score="17-12").index("Norway fly-half")
    assert (start, "norway team") in _sides(report, "Norway"), _sides(report, "Norway")


def test_a_fixture_and_a_camp_after_the_country_are_the_side(report):
    text = _REPORT.format(home="Norway", away="Chile", score="17-12")
    camp = text.index("Norway camp")
    game = text.index("Chile game")
    assert (camp, "norway team") in _sides(report, "Norway"), _sides(report, "Norway")
    assert (game, "chile team") in _sides(report, "Chile"), _sides(report, "Chile")


def test_a_tie_score_after_the_country_is_the_side(analyze):
    """A Davis Cup tie: "puts Norway 2-0 up" is the side's lead."""
    text = (
        "Vale puts Norway 2-0 up\n\n"
        "Tom Vale won the second singles rubber in four sets to give the hosts a 2-0 lead in the "
        "Davis Cup tie. The captain said his players were ready for the doubles on Saturday, and "
        "the coach praised the team after a match of long rallies on a slow clay court."
    )
    result = analyze(text)
    assert ("norway team" in {key for _, key in _sides(result, "Norway")}), _sides(result, "Norway")


def test_the_state_in_a_sports_report_stays_the_state(analyze):
    """No score, no role, no fixture noun: a trip "to Norway" and "Norway's government" stay the
    country, and so does a count after the name ("Norway 12 times")."""
    text = (
        "Vale set for Norway move\n\n"
        "Striker Tom Vale will move to Norway next month after his club agreed a fee. The coach "
        "said the player had visited Norway 12 times and that Norway's government had helped with "
        "his papers. The captain and the manager wished him well and the squad will miss his goals "
        "in the league and the cup."
    )
    result = analyze(text)
    keys = {key for _, key in _sides(result, "Norway")}
    assert keys == {"norway"}, _sides(result, "Norway")


def test_a_range_of_figures_after_a_country_in_a_business_story_is_no_score(analyze):
    """Not a sports report: nothing changes however a number follows the name."""
    text = (
        "Exports from Norway rose 2-3% in the second quarter, the statistics office said on "
        "Monday, as oil and fish sales abroad recovered. Norway 2-0 in talks with the union, a "
        "headline of one paper said, was wrong about the state of the negotiations."
    )
    result = analyze(text)
    assert {key for _, key in _sides(result, "Norway")} == {"norway"}, _sides(result, "Norway")


def test_a_player_of_a_country_before_a_set_score_keeps_the_country(analyze):
    """"beat Ana Vaal of Norway 6-1 6-2": the player's country, not a side."""
    text = (
        "Vale reaches quarter-finals\n\n"
        "Third seed Tina Vale beat Ana Orrell of Norway 6-1 6-2 in the second round of the "
        "tournament on Wednesday. The champion will face the winner of the match between two "
        "qualifiers, and the coach said her serve had been the key to the win on a fast court."
    )
    result = analyze(text)
    assert {key for _, key in _sides(result, "Norway")} == {"norway"}, _sides(result, "Norway")


def test_a_national_side_is_no_club_a_people_description_means(analyze):
    """"Vale misses Norway match" makes "Norway" a side (an ORG key); "The German club said"
    still means the one club named, Kessel Rovers FC, not the national side."""
    text = (
        "Vale misses Norway match\n\n"
        "Striker Tom Vale will not travel with the squad for the qualifier on Wednesday. His club, "
        "Kessel Rovers FC, said the German player had a back injury and needed rest. The German "
        "club said the striker would miss the trip owing to the injury, and the coach named a "
        "replacement in the team for the match."
    )
    result = analyze(text)
    claims = [c for c in result.claims if (c.speaker_text or "").startswith("The German club")]
    assert claims, [(c.speaker_text, c.text) for c in result.claims]
    speaker = result.mentions[claims[0].speaker] if claims[0].speaker is not None else None
    assert speaker is not None and "Kessel" in speaker.text, (speaker, [(m.text, m.key) for m in result.mentions])
