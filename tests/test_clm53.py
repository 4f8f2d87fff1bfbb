"""A claim's content that holds its own tag, round 39 (branch clm53): "a bill which critics say
would ...", "whether, as the union claims, ...", "The plan, the firm said, would ..." when the
parse left the speaker and the cue inside the content. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import claims_of

from newsgraph.attribution.cues import CueLexicon
from newsgraph.attribution.syntax import Found
from newsgraph.attribution.tags import cut_own_tag


def test_a_relative_clause_gives_its_noun_and_the_words_after_the_tag(analyze):
    text = "Rules\n\nMinisters are pushing a bill which critics claim would weaken the rules."
    (claim,) = claims_of(analyze, text, "claim")
    assert claim.text == "a bill … would weaken the rules"
    assert claim.speaker_text == "critics"


def test_the_noun_right_before_the_pronoun_is_the_antecedent(analyze):
    # the parser hangs the relative clause on "dozens"; what is said is of the teams
    text = "Clubs\n\nThe club is one of dozens of teams which he says were sold cheaply to investors."
    (claim,) = claims_of(analyze, text, "says")
    assert claim.text == "teams … were sold cheaply to investors"


def test_a_person_relative_keeps_its_noun(analyze):
    text = "Art\n\nThe museum bought the painting from a dealer who the police say had stolen it."
    (claim,) = claims_of(analyze, text, "say")
    assert claim.text == "a dealer … had stolen it"


def test_an_as_aside_gives_the_clause_it_comments_on(analyze):
    text = "Jobs\n\nVoters will watch for signs of whether, as the unions claim, the mayor plans to cut jobs."
    (claim,) = claims_of(analyze, text, "claim")
    assert claim.text == "the mayor plans to cut jobs"


def test_an_as_aside_with_a_there_clause(analyze):
    text = "Housing\n\nAnd as the storm has shown, there is a cost to cheap housing."
    (claim,) = claims_of(analyze, text, "shown")
    assert claim.text == "there is a cost to cheap housing"


def test_a_comparison_with_as_is_no_aside(analyze):
    # "as bad as the papers suggest": the clause after the comma is the writer's
    text = "Plans\n\nThe plan is as bad as the papers suggest, and the mayor knows it."
    (claim,) = claims_of(analyze, text, "suggest")
    assert "the mayor knows it" in claim.text or claim.text.startswith("The plan")
    assert claim.text != "the mayor knows it"


def test_an_aside_without_a_clause_after_it_stays(analyze):
    text = "Rivers\n\nThe river is, as they say, a lovely sight."
    (claim,) = claims_of(analyze, text, "say")
    assert claim.text == "The river is, as they say, a lovely sight"


def test_an_object_relative_stays(analyze):
    # "which" is what the firm hoped to double, not the subject of a said clause
    text = "Cars\n\nIt sold 3,000 cars, which the firm hoped to double by May."
    (claim,) = claims_of(analyze, text, "hoped")
    assert claim.text == "which the firm hoped to double by May"


def _found(doc, sentence: str, speaker: str, cue: str) -> Found:
    """A Found whose content is the whole sentence, as a parse that hung the tag inside gives it."""
    start = sentence.index(speaker)
    at = sentence.index(cue)
    return Found(cue=(at, at + len(cue)), stance="assert", kind="indirect", sentence=(0, len(sentence)),
                 speaker=(start, start + len(speaker)), content=(0, len(sentence.rstrip("."))),
                 content_from="sentence")


def test_a_comma_tag_inside_the_content_splits_it(nlp):
    sentence = "The rise in fares, the union said, was a blow to commuters."
    doc = nlp(sentence)
    item = _found(doc, sentence, "the union", "said")
    cut_own_tag(item, doc, 0, CueLexicon.from_data())
    assert [sentence[a:b] for a, b in item.pieces] == ["The rise in fares", "was a blow to commuters"]


def test_a_lone_connective_before_the_tag_is_dropped(nlp):
    sentence = "But, she added, the bridge would stay open all winter."
    doc = nlp(sentence)
    item = _found(doc, sentence, "she", "added")
    cut_own_tag(item, doc, 0, CueLexicon.from_data())
    assert sentence[item.content[0]:item.content[1]] == "the bridge would stay open all winter"
    assert item.pieces == []


def test_an_inverted_tag_inside_the_content_splits_it(nlp):
    sentence = "As a result, says the board, the school may need new rules."
    doc = nlp(sentence)
    item = _found(doc, sentence, "the board", "says")
    cut_own_tag(item, doc, 0, CueLexicon.from_data())
    assert [sentence[a:b] for a, b in item.pieces] == ["As a result", "the school may need new rules"]


def test_a_tag_of_another_speaker_is_left(nlp):
    # the content holds a tag, but not the item's own: nothing is cut
    sentence = "The plan, he said, would help."
    doc = nlp(sentence)
    item = Found(cue=(0, 3), stance="assert", kind="indirect", sentence=(0, len(sentence)),
                 speaker=None, content=(0, len(sentence) - 1), content_from="sentence")
    cut_own_tag(item, doc, 0, CueLexicon.from_data())
    assert item.content == (0, len(sentence) - 1) and item.pieces == []


def test_an_aside_inside_a_condition_stays(analyze):
    # the clause after the aside runs on into the main clause: not what was said
    text = "Taxes\n\nIf, as I have argued, the rich pay less, the plan will fail."
    claims = claims_of(analyze, text, "argued")
    assert all(not c.text.startswith("the rich pay less") for c in claims)


def test_a_closing_quote_stays_with_the_last_piece(analyze):
    text = "Mines\n\nThe new pits, the union said, are ''a danger to every worker.''"
    (claim,) = claims_of(analyze, text, "said")
    assert claim.text == "The new pits … are ''a danger to every worker.''"
