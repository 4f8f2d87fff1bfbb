"""Round 69 (branch spk132): a person brought in by a description ("a former Tamsk minister",
"the chairman of the Kessel Guild") left with no speaker though the next sentence names the
holder as its speaker. In a story's lead an indefinite description takes the person the next
sentence's first claim names bare and in full (``_lead_named_bare``); a next sentence whose
"Name said:" claim went to a later tag still gives the named one (``_speaking_opener``).
Sentences written here, names invented."""

from __future__ import annotations

from claim_helpers import claim_with, speaker_of

_HEADLINE = "Harbour tolls row\n\n"


# --- fixed -----------------------------------------------------------------------------------------


def test_lead_minister_named_bare_next(analyze):
    result = analyze(_HEADLINE + "A former Tamsk transport minister has called for the ferry tolls to be "
                     "scrapped. Orla Fennick said the tolls cost island families too much. "
                     "She wants a vote on the plan.")
    claim = claim_with(result, "ferry tolls to be")
    assert speaker_of(result, claim) == "Orla Fennick"
    assert claim.anonymous is False


def test_lead_backbencher_after_the_content(analyze):
    result = analyze(_HEADLINE + "The harbour board has been far too slow to act on the tolls, a Vaal Party "
                     "backbencher has said. Piet Onderwald said island traders had waited two years. "
                     "The board did not comment.")
    claim = claim_with(result, "far too slow")
    assert speaker_of(result, claim) == "Piet Onderwald"


def test_chairman_named_before_a_quote_with_a_later_tag(analyze):
    result = analyze(_HEADLINE + "Ferry crews met on Monday. Responding to the plan, the chairman of the "
                     "Kessel Ferrymen's Guild said the tolls would hurt crews. Janna Vilsker said: "
                     "\"It is a tax on the island. It is nothing else,\" she warned. The board met later.")
    claim = claim_with(result, "hurt crews")
    assert speaker_of(result, claim) == "Janna Vilsker"


def test_boss_titled_in_the_next_sentence_stays_named(analyze):
    result = analyze(_HEADLINE + "Ferry crews met on Monday. The tolls will be gone by May, says the boss "
                     "of the board that set them. Tamsk Harbour Board boss Edvin Korsak told the "
                     "council: \"We got this wrong. We are sorry,\" he added. Crews welcomed the news.")
    claim = claim_with(result, "gone by May")
    assert speaker_of(result, claim) == "Edvin Korsak"


# --- guards ----------------------------------------------------------------------------------------


def test_lead_name_with_a_role_of_his_own_is_not_taken(analyze):
    result = analyze(_HEADLINE + "A former Tamsk transport minister has called for the ferry tolls to be "
                     "scrapped. Orla Fennick, leader of the traders' union, said the tolls cost too much.")
    claim = claim_with(result, "ferry tolls to be")
    assert speaker_of(result, claim) is None


def test_indefinite_description_outside_the_lead_is_not_taken(analyze):
    result = analyze(_HEADLINE + "Ferry crews met on Monday. Traders spoke to the board. Fares rose "
                     "again last week.\n\nThe board met on Friday.\n\nA Vaal Party minister said the tolls would stay. "
                     "Orla Fennick said the tolls cost island families too much.")
    claim = claim_with(result, "tolls would stay")
    assert speaker_of(result, claim) is None


def test_name_given_before_the_description_is_not_taken(analyze):
    result = analyze(_HEADLINE + "Critics such as Orla Fennick have been ignored by the board, a Vaal Party "
                     "backbencher has said. Orla Fennick said the tolls cost island families too much.")
    claim = claim_with(result, "have been ignored")
    assert speaker_of(result, claim) != "Orla Fennick"


def test_other_voice_opening_the_next_sentence_is_not_taken(analyze):
    result = analyze(_HEADLINE + "Ferry crews met on Monday. Responding to the plan, the chairman of the "
                     "Kessel Ferrymen's Guild said the tolls would hurt crews. But Janna Vilsker said: "
                     "\"It is fair. It is fair to all,\" she added. The board met later.")
    claim = claim_with(result, "hurt crews")
    assert speaker_of(result, claim) is None


def test_another_role_before_the_name_is_not_taken(analyze):
    result = analyze(_HEADLINE + "Ferry crews met on Monday. The tolls will be gone by May, says the boss "
                     "of the board that set them. Union leader Edvin Korsak told the council: "
                     "\"We doubt it. We doubt it all,\" he added. Crews welcomed the news.")
    claim = claim_with(result, "gone by May")
    assert speaker_of(result, claim) is None
