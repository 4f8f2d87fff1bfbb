"""Round 53 (branch spk83): singular unnamed people and more empty "it"s.

(a) "one disgruntled backbencher", "a local councillor", "one of the losing bidders", "one of her
aides": one person described and never named, so speaker null and anonymous true (the
unnamed-people rule, ``SpeakerResolver._unnamed_people``). Not when the text names the person
at once: an apposition before the cue, "Judge X" in the next sentence, or the story's lead
(named in the sentences after). "A spokesman for X" keeps X. (b) "X, it seems, ...", "it seems to
be working": the article's hedge, no speaker; "it just goes to show that" (``empty_it_verbs``):
no claim. "It said" of a firm keeps the firm. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import speakers_with_anonymous

_OPENING = "Budget row\n\nThe Varnley government faced a revolt over its budget on Tuesday.\n\n"


def test_one_described_backbencher_is_anonymous(analyze):
    result = analyze(_OPENING + "Ministers met party members later. One deeply annoyed backbencher said "
                     "the plan would cost the party votes.\n")
    assert speakers_with_anonymous(result, "said") == [("One deeply annoyed backbencher", None, True)]


def test_a_local_councillor_is_anonymous(analyze):
    result = analyze(_OPENING + "The council met in the evening. A local councillor said residents were "
                     "furious about the cuts.\n")
    assert speakers_with_anonymous(result, "said") == [("A local councillor", None, True)]


def test_one_of_the_losing_bidders_is_anonymous(analyze):
    result = analyze("Sale\n\nThe Holm Group sold its shipping arm to Norbeck for £2bn.\n\n"
                     "The deal closed on Friday. One of the losing bidders said the process had been unfair.\n")
    assert speakers_with_anonymous(result, "said") == [("One of the losing bidders", None, True)]


def test_one_of_her_aides_is_anonymous(analyze):
    result = analyze("Row\n\nAna Kell was criticised by her party on Monday.\n\n"
                     "The row went on all week. One of her aides said she would not quit.\n")
    assert speakers_with_anonymous(result, "said") == [("One of her aides", None, True)]


def test_one_of_the_bidders_named_in_apposition_is_not_anonymous(analyze):
    # guard: the apposition names the bidder
    result = analyze("Sale\n\nThe Holm Group sold its shipping arm.\n\n"
                     "The deal closed on Friday. One of the bidders, Norbeck, said the process had been unfair.\n")
    assert [anonymous for *_, anonymous in speakers_with_anonymous(result, "said")] == [False]


def test_a_judge_named_in_the_next_sentence_is_not_anonymous(analyze):
    # guard: "Judge Ana Ruiz" names the judge right after
    result = analyze(_OPENING + "Drinking laws were debated too. This week a judge claimed cheap drink was "
                     "ruining town centres. Judge Ana Ruiz made the remarks at a trial in Leeds.\n")
    assert [anonymous for *_, anonymous in speakers_with_anonymous(result, "claimed")] == [False]


def test_a_described_lead_named_next_is_not_anonymous(analyze):
    # guard: a lead's "a"-description is named in the sentences after it
    result = analyze("Arson claim\n\nA Green MP believes spies were behind a string of fires.\n\n"
                     "Green MP Ana Ruiz has said the fires were never solved.\n")
    assert [anonymous for *_, anonymous in speakers_with_anonymous(result, "believes")] == [False]


def test_a_spokesman_for_a_firm_keeps_the_firm(analyze):
    result = analyze("Jobs\n\nTolby Steel said profits fell.\n\n"
                     "Its shares dropped. A spokesman for Tolby Steel said jobs were safe.\n")
    assert speakers_with_anonymous(result, "said")[-1] == ("A spokesman for Tolby Steel", "Tolby Steel", True)


def test_it_just_goes_to_show_is_no_claim(analyze):
    result = analyze("Race\n\nMia Holt fell at the last hurdle of the final.\n\n"
                     "It just goes to show that even the best athletes can fail.\n")
    assert "show" not in [c.cue for c in result.claims]


def test_it_seems_as_an_aside_has_no_speaker(analyze):
    result = analyze("Deal\n\nCalder Mining sold its mines to Brenn Metals.\n\n"
                     "Investors, it seems, liked the deal more than the staff did.\n")
    assert speakers_with_anonymous(result, "seems") == [(None, None, True)]


def test_it_seems_to_be_working_has_no_speaker(analyze):
    result = analyze("Form\n\nMia Holt has a new coach this season.\n\n"
                     "Her training has changed a lot and it seems to be working well.\n")
    assert [(text, linked) for text, linked, _ in speakers_with_anonymous(result, "seems")] == [(None, None)]


def test_it_said_of_a_firm_keeps_the_firm(analyze):
    result = analyze("Rates\n\nDorlan Bank cut its rates on Monday.\n\nIt said savers would not lose out.\n")
    assert speakers_with_anonymous(result, "said") == [("It", "Dorlan Bank", False)]
