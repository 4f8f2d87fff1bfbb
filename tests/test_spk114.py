"""Round 62 (issue 19, branch spk114): a person brought in with "a"/"an" and a noun of one voice
("a spokesman for X", "a government spokesman", "a witness") whom the text names right there — in
commas before the cue, or in the next sentence under the same noun ("spokesman Jo Brann", "Jo
Brann, the chief spokesman") — was left anonymous (null or the body). The named person is the
speaker, anonymous false (``named_voice_nouns``, SpeakerResolver.named_voices). Another body's
spokesman, a next speaker with no shared noun, and two candidates stay as they were. Sentences
written here."""

from __future__ import annotations

from claim_helpers import speakers_with_anonymous


def _first(result, cue="said"):
    return speakers_with_anonymous(result, cue)[0]


# --- named right there: the person speaks (anonymous on the base) --------------------------------


def test_apposed_name_after_a_run_on_body_name(analyze):
    result = analyze("Officers raided three shops in Kessel. A spokesman for Tamsk Immigration, Customs "
                     "and Excise, Mark Dolan, said the goods were fake.")
    assert _first(result)[1:] == ("Mark Dolan", False)


def test_he_going_on_after_the_apposed_name_is_him_too(analyze):
    result = analyze("Officers raided three shops in Kessel. A spokesman for Tamsk Immigration, Customs "
                     "and Excise, Mark Dolan, said the goods were fake. Their motive was money. He told "
                     "reporters: \"They were made in a shed.\"")
    assert _first(result, "told")[1:] == ("Mark Dolan", False)


def test_government_spokesman_named_next_by_apposition(analyze):
    result = analyze("Floods hit the island of Vaal on Monday. A government spokesman said 40 people "
                     "had died. \"We need help now,\" said Marek Dolan, the chief government spokesman.")
    assert _first(result)[1:] == ("Marek Dolan", False)


def test_spokesman_named_next_by_title(analyze):
    result = analyze("The Kemaria Anti-Fraud Office studied the report. A spokesman for the office said "
                     "it agreed with the findings. \"Reporting differs from region to region,\" spokesman "
                     "Anton Vael said.")
    assert _first(result)[1:] == ("Anton Vael", False)


def test_body_spokesman_named_next_under_the_same_body(analyze):
    result = analyze("Floods hit Vaal. A Kessel Holdings spokesman said 40 people had died. Kessel "
                     "Holdings spokesman Jo Brann said more help was needed.")
    assert _first(result)[1:] == ("Jo Brann", False)


# --- guards: left as on the base ------------------------------------------------------------------


def test_lib_dem_like_other_party_title_stays_the_body(analyze):
    result = analyze("The Tories backed the plan. \"It will take a decade,\" a spokesman said. Lib Dem "
                     "home affairs spokesman Tom Kessel called the plan money thrown away.")
    assert _first(result)[1:] == (None, True)


def test_apposed_name_after_a_body_spokesman(analyze):
    result = analyze("Kessel Holdings cut 300 jobs on Monday. A spokesman for Kessel Holdings, Jo Brann, "
                     "said the cuts were painful but necessary.")
    assert _first(result)[1:] == ("Jo Brann", False)


def test_another_bodys_spokesman_next_is_someone_else(analyze):
    result = analyze("Ministers in Kemaria backed the identity card plan. The Tamsk Party opposed it, a "
                     "spokesman said. Kessel Alliance home affairs spokesman Jo Brann called the scheme a waste.")
    found = speakers_with_anonymous(result, "said")
    assert found and found[0][2] is True and found[0][1] != "Jo Brann"


def test_next_speaker_without_the_noun_stays_unnamed(analyze):
    result = analyze("The trial of the Kessel bank chief went on in Tamsk on Monday. A witness said the "
                     "chief had known of the fraud. Jo Brann made the remarks under questioning.")
    assert _first(result)[1:] == (None, True)


def test_two_named_spokesmen_next_stay_unnamed(analyze):
    result = analyze("Floods hit the island of Vaal on Monday. A government spokesman said 40 people "
                     "had died. Spokesman Marek Dolan and spokesman Ivo Renner met aid workers later.")
    assert _first(result)[1:] == (None, True)


def test_plain_body_spokesman_stays_the_body(analyze):
    result = analyze("Kessel Holdings cut 300 jobs on Monday. A spokesman for Kessel Holdings said the "
                     "cuts were painful but necessary.")
    assert _first(result)[1:] == ("Kessel Holdings", True)
