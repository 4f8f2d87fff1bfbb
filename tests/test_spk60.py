"""Round 42 (branch spk60): named speakers whose lookup picked the wrong actor or none.
Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import claim_at, speaker_of


def _keys(result, text: str) -> set[str]:
    return {m.key for m in result.mentions if m.text == text}


def test_titled_family_name_first_joins_the_full_name(analyze):
    result = analyze("Parking\n\nParking fees are unfair, said Zhou Minghao, an official of the city's "
                     "transport bureau.\n\nMr Zhou said his office would review the charges next month.")
    assert _keys(result, "Mr Zhou") | _keys(result, "Zhou") <= {"zhou minghao"}


def test_titled_given_name_keeps_apart(analyze):
    # "Howard" is a common given name: "Mr Howard" is not the story's Howard Brell
    result = analyze("Tax\n\nHoward Brell, a Tory candidate, was dropped on Friday.\n\n"
                     "Mr Howard said the party would not change its tax plans.")
    assert "howard brell" not in (_keys(result, "Mr Howard") | _keys(result, "Howard"))


def test_family_first_name_not_read_when_story_titles_its_last_word(analyze):
    result = analyze("Trial\n\nWang Dorrit, a lawyer, spoke to the court on Monday. Mr Dorrit said the case "
                     "would go on.\n\nMr Wang said the ruling was wrong.")
    assert "wang dorrit" not in (_keys(result, "Mr Wang") | _keys(result, "Wang"))


def test_outlet_told_is_no_speaker(analyze):
    # the comma after the teller's name leads the parse to the outlet after "told"
    result = analyze("Title\n\nPrices rose in the city on Monday.\n\n\"If a family has two cars this will "
                     "suddenly cost more,\" bakery owner Selma Ordun, told Associated Press.\n")
    claim = claim_at(result, "told")
    assert speaker_of(result, claim) == "Selma Ordun"
    assert claim.outlet == "Associated Press"


def test_told_by_keeps_the_teller(analyze):
    result = analyze("Title\n\nThe school will stay open.\n\nParents said they were told by "
                     "Education Minister Ruth Kellan that the funds would be found.\n")
    claim = claim_at(result, "told")
    assert speaker_of(result, claim) in ("Ruth Kellan", "Education Minister Ruth Kellan")


def test_body_opening_a_title_gives_the_person(analyze):
    result = analyze("Title\n\nTalks went on in the capital on Monday.\n\n\"The plan is not the best way to do it,\" "
                     "said Treasury Under Secretary Paul Danner.\n")
    assert speaker_of(result, claim_at(result, "said")) == "Paul Danner"


def test_body_and_person_apart_stay_apart(analyze):
    # a comma and a verb between the body and the name: no title, the body speaks
    result = analyze("Title\n\nThe union met on Monday.\n\nThe Amicus union said it backed the strike, "
                     "and general secretary Derek Simms agreed.\n")
    claim = claim_at(result, "said")
    assert speaker_of(result, claim) != "Derek Simms"
