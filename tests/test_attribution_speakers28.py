"""Claim speakers, round 25 (issue 19, branch spk28): a part of a people or body ("most
Russians", "some Conservatives") is unnamed people of it, not the name; a "they" after an
unnamed plural ("analysts", "traders") or far from any speaker is not a body named before.
Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import speakers_with_anonymous as speakers


def affiliation(result, cue):
    return [result.mentions[c.speaker_affiliation].text if c.speaker_affiliation is not None else None
            for c in result.claims if c.cue == cue]


def test_most_of_a_people_is_unnamed_people_of_it(analyze):
    result = analyze("Prices rose again in Moscow this winter. Most Russians say that the reforms "
                     "have left them poorer than before.")
    assert speakers(result, "say") == [("Most Russians", None, True)]
    assert affiliation(result, "say") == ["Russians"]


def test_some_members_of_a_party_are_not_the_party(analyze):
    result = analyze("The Conservative Party met in Leeds on Friday. Some Conservatives believe that "
                     "the leader should stand down before the spring.")
    assert [s[1:] for s in speakers(result, "believe")] == [(None, True)]


def test_a_share_of_a_country_is_not_the_country(analyze):
    result = analyze("A survey of 2,000 adults was published on Monday. Only 12% of Canadians said "
                     "that they trusted the banks.")
    assert [s[1:] for s in speakers(result, "said")] == [(None, True)]


def test_the_people_themselves_still_speak(analyze):
    result = analyze("The Norwegians said that the talks in Oslo would resume in March.")
    assert speakers(result, "said")[0][1] == "Norwegians"


def test_they_after_an_unnamed_plural_subject_is_not_the_body_it_acts_on(analyze):
    result = analyze("Dutch prosecutors are forcing the sale of Velmar Oil to pay a large tax bill, "
                     "which they claim is owed by its parent.")
    assert [s[1] for s in speakers(result, "claim")] == [None]


def test_they_after_traders_is_not_the_firm_named_before(analyze):
    result = analyze("The Kessel Group had a strong year. Traders have been buying shares of Kessel "
                     "all week. Lower costs should also help, they say.")
    assert [s[1] for s in speakers(result, "say")] == [None]


def test_they_after_a_body_that_spoke_goes_on_with_it(analyze):
    result = analyze("The Liberal Democrats said the tax was unfair. They said it would hurt "
                     "pensioners most.")
    assert [s[1] for s in speakers(result, "said")] == ["Liberal Democrats", "Liberal Democrats"]


def test_they_does_not_go_to_an_owner_named_in_passing(analyze):
    result = analyze("Business leaders from Europe have been visiting the Kessel Board's offices in "
                     "Geneva. They say the new rules are too costly.")
    assert [s[1] for s in speakers(result, "say")] == [None]


def test_one_broker_of_a_city_is_not_the_city(analyze):
    result = analyze("Shares in Lagos rose for a third week. One leading Lagos broker said the real "
                     "reasons may be political.")
    assert [s[1:] for s in speakers(result, "said")] == [(None, True)]


def test_they_inside_words_reported_about_a_body_may_be_that_body(analyze):
    result = analyze("Labour then dared the Conservatives to release the whole study by Ann Ross, the "
                     "expert they asked to find cuts.")
    assert [s[1] for s in speakers(result, "asked")] == ["Conservatives"]


def test_a_letter_sent_to_a_person_is_not_his(analyze):
    result = analyze("The ministry has written to two men freed last year. A letter sent to Peter Mallon "
                     "said his passport would not be issued.")
    assert [s[1] for s in speakers(result, "said")] == [None]


def test_a_message_sent_to_one_by_another_is_the_sender_s(analyze):
    result = analyze("A message sent to Kessel Systems by Velmar Labs said the flaw was fixed.")
    assert [s[1] for s in speakers(result, "said")] == ["Velmar Labs"]


def test_a_number_of_a_firm_s_shareholders_are_not_the_firm(analyze):
    result = analyze("Velmar Corp agreed to the merger in May. A number of large Velmar shareholders have "
                     "said that the offer was too low.")
    assert [s[1:] for s in speakers(result, "said")] == [(None, True)]


def test_many_of_a_people_is_not_the_people(analyze):
    result = analyze("The poll was held in March. But many Britons believe that the gap is natural.")
    assert [s[1:] for s in speakers(result, "believe")] == [(None, True)]


def test_one_of_the_men_named_after_is_still_that_man(analyze):
    result = analyze("Three men were held in Leeds. One of the men, Peter Mallon, said that he was innocent.")
    assert [s[1] for s in speakers(result, "said")] == ["Peter Mallon"]  # the name rules decide, not the part rule


def test_they_after_unnamed_plural_goes_to_the_body_named_near_it(analyze):
    result = analyze("The Conservatives said the plan was fully costed. Economists doubted the figures. "
                     "Labour then dared the Conservatives to release the whole study by Ann Ross, the "
                     "expert they asked to find cuts.")
    assert [s[1] for s in speakers(result, "asked")] == ["Conservatives"]


def test_they_after_a_name_in_the_opening_phrase_is_not_that_name(analyze):
    result = analyze("Polling firms ran two surveys in the spring. For Kessel Weekly they asked 900 adults "
                     "whether the ban should stay.")
    assert [s[1] for s in speakers(result, "asked")] == [None]


def test_they_does_not_go_to_a_name_before_a_noun(analyze):
    result = analyze("Ann Ross, from Kessel, told the Velmar News website there are two steps. The hard "
                     "one is to check whether a user is who they say they are.")
    assert "Velmar News" not in [s[1] for s in speakers(result, "say")]
