"""Round 68 (branch spk129): a source described, not named, in the speaker phrase while the text
names it next was left null. Two shapes are taken: "an <...> <body noun>" whose body the very
next sentence opens on after a body noun of its own ("... a fraud body has warned. | Fraud
consultancy Kessel Checks says ...": ``SpeakerResolver.named_next_bodies``), and "The papers"
right after a sentence naming two papers or more (``outlet_set_nouns``,
``SpeakerResolver._outlets_named_before``: the papers as ``speakers``). Sentences written here,
names invented."""

from __future__ import annotations

from claim_helpers import claim_with, speaker_names, speaker_of

_HEADLINE = "Card fraud moves online\n\n"


# --- fixed ---------------------------------------------------------------------------------------


def test_indefinite_body_named_next_after_its_own_noun(analyze):
    result = analyze(_HEADLINE + "Shoppers in Tamsk face more online card fraud this spring, an anti-fraud "
                     "agency has said.\n\nFraud consultancy Kessel Checks says such fraud has doubled since "
                     "March.")
    claim = claim_with(result, "more online card fraud")
    assert speaker_of(result, claim) == "Kessel Checks" and not claim.anonymous


def test_indefinite_trade_body_named_next(analyze):
    result = analyze(_HEADLINE + "New web addresses could help fraudsters in Tamsk, a trade body has warned."
                     "\n\nIndustry body Vaal Web Forum says the change needs more checks.")
    claim = claim_with(result, "New web addresses could help")
    assert speaker_of(result, claim) == "Vaal Web Forum" and not claim.anonymous


def test_the_papers_after_two_papers_named(analyze):
    result = analyze("Poll date talk\n\nA spokesman said he did not know where the stories in the Tamsk Times "
                     "and the Tamsk Telegraph came from.\n\nThe papers suggest ministers want a spring poll.")
    claim = claim_with(result, "ministers want a spring poll")
    assert speaker_names(result, claim) == ["Tamsk Times", "Tamsk Telegraph"]
    assert not claim.anonymous


# --- guards: what must not change ----------------------------------------------------------------


def test_guard_bare_name_opening_next_sentence_stays_null(analyze):
    # the name opening the next sentence bare may be the body the claim is against
    result = analyze(_HEADLINE + "Thousands of weavers in Tamsk will lose their jobs under new rules, a "
                     "charity has warned.\n\nThe Kessel Trade Organisation is to end its quota deal next month.")
    claim = claim_with(result, "will lose their jobs")
    assert speaker_of(result, claim) is None


def test_guard_name_without_a_body_noun_stays_null(analyze):
    result = analyze(_HEADLINE + "A Tamsk firm has said it is in talks with fashion group Vaal Brands to buy "
                     "a label.\n\nParis-based Vaal Brands has been selling smaller labels.")
    claim = claim_with(result, "it is in talks")
    assert speaker_of(result, claim) != "Vaal Brands"


def test_guard_named_before_stays_as_it_was(analyze):
    result = analyze(_HEADLINE + "Kessel Checks reported its figures on Monday.\n\nOnline card fraud is rising, "
                     "an anti-fraud agency has said.\n\nFraud consultancy Kessel Checks says it has doubled.")
    claim = claim_with(result, "Online card fraud is rising")
    assert speaker_of(result, claim) is None


def test_guard_the_papers_after_one_paper_stay_null(analyze):
    result = analyze("Poll date talk\n\nA spokesman said he did not know where the story in the Tamsk Times "
                     "came from.\n\nThe papers suggest ministers want a spring poll.")
    claim = claim_with(result, "ministers want a spring poll")
    assert not claim.speakers


def test_guard_the_sunday_papers_stay_as_they_were(analyze):
    result = analyze("Poll date talk\n\nA spokesman said he did not know where the stories in the Tamsk Times "
                     "and the Tamsk Telegraph came from.\n\nThe Sunday papers suggest ministers want a spring poll.")
    claim = claim_with(result, "ministers want a spring poll")
    assert not claim.speakers
