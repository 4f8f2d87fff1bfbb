"""Claim speakers, round 39 (branch spk53): a "he" / "she" left null after a description of
what the last speaker is ("The 24-year-old striker", "The French star") opening the sentence
between them — a reader takes the description for the person in focus, who goes on. Short
fictional sentences written here."""

from __future__ import annotations

from claim_helpers import linked_speakers


def test_description_after_a_name_closing_the_tag(analyze):
    # the name closes the quote's tag, so the description's sentence is the nearest with a person
    result = analyze("Film\n\n\"It was a wonderful night,\" said Tom Harlow, who stars in the film. "
                     "The 52-year-old actor toured the square, which he said was \"freezing\".")
    assert linked_speakers(result, "said") == ["Tom Harlow", "Tom Harlow"]


def test_person_shown_by_a_documentary_is_the_he(analyze):
    # what a film "showed" is no "he": the one man it showed is
    result = analyze("Politics\n\nThe documentary showed Mr Greaves, apparently talking about the budget, "
                     "telling the meeting: \"The plan is dead and nobody will miss it.\" "
                     "On Tuesday, he told the BBC he did not think the remarks were rude.")
    assert linked_speakers(result, "told") == ["Greaves"]


def test_person_shown_by_a_documentary_with_a_description_between_stays_null(analyze):
    # a person described after the film's words may be the "he"
    result = analyze("Politics\n\nThe documentary showed Mr Greaves, apparently talking about the budget, "
                     "telling the meeting: \"The plan is dead and nobody will miss it.\" "
                     "The party chairman was furious. On Tuesday, he told the BBC he did not think the remarks were rude.")
    assert linked_speakers(result, "told") == [None]


def test_age_description_between_keeps_the_speaker(analyze):
    result = analyze("Football\n\nMarco Bellini insists he will stay at Rovers until the end of his deal.\n\n"
                     "The 27-year-old Italian striker has scored nine goals this season. "
                     "He said: \"I am happy here and the fans have been great.\"")
    assert linked_speakers(result, "said") == ["Marco Bellini"]


def test_trade_description_between_keeps_the_speaker(analyze):
    result = analyze("Film\n\nActress Clara Whitby says her new role was the hardest of her career.\n\n"
                     "The Oscar-nominated actress spent six months in Peru for the part. "
                     "\"It changed the way I work,\" she told reporters.")
    assert linked_speakers(result, "told") == ["Clara Whitby"]


def test_another_person_named_since_stays_null(analyze):
    # a second man named after the description: either may be the "he"
    result = analyze("Football\n\nMarco Bellini insists he will stay at Rovers until the end of his deal.\n\n"
                     "The 27-year-old Italian striker has been linked with Tom Price's club. "
                     "He said: \"I am happy here and the fans have been great.\"")
    assert linked_speakers(result, "said") != ["Marco Bellini"]


def test_an_office_between_is_no_focus(analyze):
    # "the minister" may be another holder of the office: the rule does not carry the speaker past it
    result = analyze("Politics\n\nJohn Carver says the council tax will rise next year.\n\n"
                     "The minister has refused to set a cap on the rise. "
                     "He said: \"Councils must find the savings themselves.\"")
    assert linked_speakers(result, "said") != ["John Carver"]


def test_bare_name_that_spoke_goes_on_as_its_it(analyze):
    # a one-word name the model calls a person; the "it" after its own claim says it is a firm
    result = analyze("Business\n\nKessmann shares fell on Monday after a weak year.\n\n"
                     "Kessmann said sales had slowed in the autumn. "
                     "\"The market was weak and showed no sign of improving,\" it added.")
    assert linked_speakers(result, "added") == ["Kessmann"]


def test_bare_name_with_a_person_named_since_stays_null(analyze):
    # a man named after the name's claim: the name may be a person's after all, the "it" another's
    result = analyze("Business\n\nKessmann shares fell on Monday after a weak year.\n\n"
                     "Kessmann said sales had slowed, as chief executive Tom Reyes warned last month. "
                     "\"The market was weak and showed no sign of improving,\" it added.")
    assert linked_speakers(result, "added") == [None]
