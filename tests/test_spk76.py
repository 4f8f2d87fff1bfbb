"""Round 50 (branch spk76): speakers named in the text whose claim kept a null speaker. A name
closing a title with a person's letters after it ("former minister X MP said": ``name_suffixes``
in entity_rules.yaml) is the speaker, and a "he"/"she" after goes on with that person; the named
examples of an unnamed plural speaker ("Some, such as X, said", "lenders, including X and Y,
warned": ``example_openers`` in attribution_cues.yaml) speak. Short fictional sentences written
here."""

from __future__ import annotations

from claim_helpers import claim_at


def _speaker_text(result, claim) -> str | None:
    return result.mentions[claim.speaker].text if claim.speaker is not None else None


def _group_texts(result, claim) -> list[str]:
    return [result.mentions[i].text for i in claim.speakers or ()]


# --- a name closing a title, with a post's letters after it ----------------------------------

def test_title_name_and_letters_is_the_speaker(analyze):
    result = analyze("Port plan\n\nFormer transport minister Dana Kell MP said the plan for the Varne harbour "
                     "was badly flawed. She added that the council had ignored residents.")
    said = claim_at(result, "said")
    assert _speaker_text(result, said) == "Dana Kell"
    assert said.anonymous is False
    assert _speaker_text(result, claim_at(result, "added")) == "Dana Kell"  # the "she" goes on with her


def test_title_name_and_letters_before_told(analyze):
    result = analyze("Port plan\n\nShadow fisheries minister Owen Tarrant MP told the BBC the plan for the Varne "
                     "harbour was wrong.")
    assert _speaker_text(result, claim_at(result, "told")) == "Owen Tarrant"


def test_letters_inside_the_name_unchanged(analyze):
    # guard: a name the model tagged with its letters was the speaker already
    result = analyze("Port plan\n\nLocal barrister Tomas Brennick QC said the plan for the Varne harbour was "
                     "unlawful. He added that residents would sue.")
    assert _speaker_text(result, claim_at(result, "said")) == "Tomas Brennick QC"
    assert _speaker_text(result, claim_at(result, "added")) == "Tomas Brennick QC"


def test_a_tie_before_the_name_still_blocks_it(analyze):
    # guard: "an ally of X MP" is the ally, not X
    result = analyze("Port plan\n\nAn ally of Dana Kell MP said the plan for the Varne harbour was badly flawed.")
    assert claim_at(result, "said").speaker is None


# --- named examples of an unnamed plural speaker ---------------------------------------------

def test_some_such_as_a_named_person_kept(analyze):
    # guard: the parse already gave the name here (c7a4e0c passes); the new rule must not undo it
    result = analyze("Pension row\n\nSome, such as pensioner Tom Walsh, said they would refuse to pay the new "
                     "levy. He added that he was angry.")
    said = claim_at(result, "said")
    assert _speaker_text(result, said) == "Tom Walsh"
    assert said.anonymous is False
    assert _speaker_text(result, claim_at(result, "added")) == "Tom Walsh"


def test_lenders_including_two_named_bodies(analyze):
    result = analyze("Rates\n\nMany lenders, including Kessel Bank and Varne Mutual, have warned that rates "
                     "will rise.")
    warned = claim_at(result, "warned")
    assert _group_texts(result, warned) == ["Kessel Bank", "Varne Mutual"]
    assert warned.anonymous is False


def test_groups_including_a_body_inside_the_phrase(analyze):
    result = analyze("Levy\n\nCampaign groups including Friends of the Varne said the levy was unfair.")
    assert _speaker_text(result, claim_at(result, "said")) == "Friends of the Varne"


def test_examples_with_more_words_before_the_cue_stay_null(analyze):
    # guard: a name then an apposition of its own before the cue is no plain list of examples
    result = analyze("Bid\n\nMr Kell's financial backers, including Brennick Capital, the Swiss bank have said "
                     "they will not pay.")
    assert claim_at(result, "said").speaker is None


def test_plural_speaker_without_examples_stays_unnamed(analyze):
    # guard: no opener, no names: an unnamed source as before
    result = analyze("Levy\n\nMany pensioners said they would refuse to pay the new levy.")
    said = claim_at(result, "said")
    assert said.speaker is None
    assert said.anonymous is True


def test_list_going_on_past_the_phrase_stays_null(analyze):
    # guard: the parse may end the phrase at the first name while the list goes on; one of
    # several named speakers given alone would be wrong
    result = analyze("Trade\n\nCampaign groups including Friends of the Varne, the Kessel Alliance, and Save Our Port "
                     "said the trade policy was a barrier.")
    assert claim_at(result, "said").speaker is None
