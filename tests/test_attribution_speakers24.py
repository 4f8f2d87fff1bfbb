"""Claim speakers, round 23 short (issue 19, branch spk24): several speakers — "All three men
said", "All three, who have denied", "X, Y and Z, who have all denied" after the three are
named: every one of them speaks. Short fictional sentences written here."""

from __future__ import annotations

_THREE = "John Carter, Mary Lewis and Peter Hughes spoke at the fair in Lyon. "


def group(result, cue):
    return [(c.speaker_text, [result.mentions[i].text for i in c.speakers or ()], c.anonymous)
            for c in result.claims if c.cue == cue]


def test_all_three_men_after_three_named_people_is_all_of_them(analyze):
    result = analyze(_THREE + "All three men said that phones would replace radios within a decade.")
    assert group(result, "said") == [("All three men", ["John Carter", "Mary Lewis", "Peter Hughes"], False)]


def test_all_three_members_after_three_named_people_is_all_of_them(analyze):
    result = analyze(_THREE + "All three band members said that phones would replace radios within a decade.")
    assert group(result, "said")[0][1:] == (["John Carter", "Mary Lewis", "Peter Hughes"], False)


def test_all_three_men_after_four_named_people_names_nobody(analyze):
    result = analyze("John Carter, Mary Lewis, Ann Stone and Peter Hughes spoke at the fair in Lyon. "
                     "All three men said that phones would replace radios within a decade.")
    assert [c[1] for c in group(result, "said")] == [[]]


def test_all_three_who_have_denied_after_three_named_people_is_all_of_them(analyze):
    result = analyze("John Carter and Mary Lewis missed a drugs test in May. Their coach, Peter Hughes, "
                     "was charged as well. All three, who have repeatedly denied the charges, will appeal.")
    assert group(result, "denied") == [("who", ["John Carter", "Mary Lewis", "Peter Hughes"], False)]


def test_a_list_of_three_who_have_all_denied_is_all_of_them(analyze):
    result = analyze("Petros Dimas, Eleni Karas and Nikos Vlahos missed a drugs test in May. \"I am very "
                     "hopeful,\" the lawyer said. Dimas, Karas and Vlahos, who have all denied the charges, "
                     "expect a ruling soon.")
    assert group(result, "denied") == [("who", ["Dimas", "Karas", "Vlahos"], False)]


def speaker(result, cue):
    return [(c.speaker_text, result.mentions[c.speaker].text if c.speaker is not None else None)
            for c in result.claims if c.cue == cue]


def test_the_club_after_a_rival_named_in_passing_is_the_story_club_named_since(analyze):
    result = analyze("Kessel United's board has agreed to meet the bidder. Fans of Kessel United own shares "
                     "in the club. Rival local club Varnholt Rovers has asked its fans not to protest on Sunday. "
                     "Kessel United's reply was no surprise. \"Any board must weigh a fair offer,\" the club "
                     "said in its statement.")
    assert speaker(result, "said") == [("the club", "Kessel United")]


def test_the_club_after_a_rival_with_the_story_club_not_named_since_stays_the_rival(analyze):
    result = analyze("Kessel United's board has agreed to meet the bidder. Rival local club Varnholt Rovers "
                     "has asked its fans not to protest on Sunday. \"Any board must weigh a fair offer,\" the "
                     "club said in its statement.")
    assert speaker(result, "said") == [("the club", "Varnholt Rovers")]


def test_a_name_reported_as_saying_is_the_speaker(analyze):
    result = analyze("Trade talks will resume in March, Foreign Minister John Carter has been reported as saying.")
    assert [(s, a) for s, a, _ in group_speaker(result, "reported")] == [("John Carter", "John Carter")]
    assert [c.anonymous for c in result.claims if c.cue == "reported"] == [False]


def test_it_was_reported_stays_unsourced(analyze):
    result = analyze("Trade talks will resume in March, it was reported.")
    assert [(c.speaker, c.anonymous) for c in result.claims if c.cue == "reported"] == [(None, True)]


def test_a_pronoun_quoted_as_saying_is_the_person(analyze):
    result = analyze("John Carter, the club's biggest investor, wants more say over how the club is managed. "
                     "\"I demand better openness,\" he is quoted as saying by a German magazine.")
    assert [(s, a) for s, a, _ in group_speaker(result, "saying")] == [("he", "John Carter")]


def group_speaker(result, cue):
    return [(c.speaker_text, result.mentions[c.speaker].text if c.speaker is not None else None, c.anonymous)
            for c in result.claims if c.cue == cue]
