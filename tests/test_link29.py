"""Round 40, branch link29: a short sports report read as sport, so that a country's side in it
("the Kemaria team", "the Kemaria side") is a side of its own and not the state.
Sentences are invented for these tests."""

from __future__ import annotations


def _is_sport(nlp, text: str) -> bool:
    from newsgraph.mentions.rules import EntityRules
    from newsgraph.mentions.senses import Senses

    return Senses.from_rules(EntityRules.from_data()).is_sport([nlp(text)])


# About 110 words; its sport words: skipper, hamstring, coach, flanker, caps (five, one in twenty-two).
_SQUAD_NOTE = (
    "Vale doubt for Kemaria trip\n\n"
    "Tom Vale has been left out of the Kemaria team for Sunday's trip to Tamsk after failing to shake "
    "off a hamstring problem picked up in training last week. The skipper had hoped to play but the "
    "medical staff advised against it. \"We gave him every chance,\" said Kemaria coach Jon Brevik. "
    "\"It is the sensible decision and he should be back for the home game.\" Sam Orrell, who has "
    "won four caps, moves across to fill the gap while young flanker Ben Hale keeps his place. "
    "The only other change to the Kemaria side sees Dan Pell start on the wing after a long "
    "spell out."
)


def test_a_short_squad_report_is_a_sports_report(nlp):
    """Five sport words in about a hundred: below the six of a long report, but dense."""
    assert _is_sport(nlp, _SQUAD_NOTE)


def test_the_country_team_of_a_short_squad_report_is_the_side(analyze):
    """Read as sport, "the Kemaria team" and "the Kemaria side" name the side: a key of its own."""
    text = _SQUAD_NOTE.replace("Kemaria", "Wales")
    result = analyze(text)
    sides = [m for m in result.mentions if m.text == "Wales" and m.key.endswith(" team")]
    assert len(sides) >= 2, [(m.text, m.key) for m in result.mentions]


def test_a_business_story_with_a_race_and_a_champion_is_no_sports_report(nlp):
    """Words that sport shares with other news ("race" twice, "champion", "keeper") in a short
    business story: dense enough, but three different words are no short sports report."""
    text = (
        "Kessel Bank said on Monday that profits rose by a fifth last year as lending to small firms "
        "recovered and bad debts fell. The bank, which has been in a race with its rivals to win "
        "back savers, said deposits grew for the third year in a row. Its chief executive, a "
        "champion of the plan to cut branch costs, said the bank would keep the record keeper role "
        "in house and would not sell its insurance arm. Analysts had expected a smaller rise, and "
        "the shares closed four pence higher. The bank also said it would pay a larger dividend, "
        "raise its target for cost savings, open two new offices abroad and hire more staff in its "
        "call centres next year, while its rivals were still cutting jobs. The race for savers "
        "would go on, it said, and it had no plan to buy another lender this year or next."
    )
    assert not _is_sport(nlp, text)


def test_a_long_story_with_four_sport_words_is_no_sports_report(nlp):
    """Four sport words in some two hundred and fifty: fewer than one in fifty."""
    filler = ("The council said the new road would open next spring and that the cost had risen "
              "because of the wet winter and the price of steel. ") * 8
    text = filler + "The football, cricket, hockey and rugby teams of the town will use the new fields."
    assert not _is_sport(nlp, text)
