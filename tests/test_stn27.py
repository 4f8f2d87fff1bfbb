"""Round 41 (branch stn27): doubt and disowned words are not assertions.

- "X questioned whether / how ...", "X doubted whether ...": a verb of doubting with a question
  clause casts doubt on it; the claim is a question (act "question", hidden by default), as
  "asked whether". With an object ("questioned his honesty") it stays a statement.
- "X denied telling Y that ...", "X denies he ever said ...", "X rejects a suggestion that he told
  Y ...": the remark X denies making is not X's claim; it is unsaid (act "unsaid", hidden by
  default), the denial stays a denial. "X denied a report claiming ...": the report's words stay.

Sentences written for these tests."""

from __future__ import annotations


def _acts(result, cue: str) -> list[tuple[str, str]]:
    return [(c.act, c.stance) for c in result.claims if c.cue == cue]


def test_questioned_whether_is_a_question(analyze):
    result = analyze("Ferries\n\nHarbour analysts have questioned whether the ferry firm can keep "
                     "its winter timetable.")
    assert _acts(result, "questioned") == [("question", "assert")]


def test_questioned_how_is_a_question(analyze):
    result = analyze("Budget\n\nThe opposition spokesman Tom Reed questioned how the council would pay "
                     "for the new bridge.")
    assert _acts(result, "questioned") == [("question", "assert")]


def test_questioned_with_an_object_stays_a_statement(analyze):
    result = analyze("Budget\n\nThe opposition spokesman Tom Reed questioned the cost of the new bridge.")
    assert all(act != "question" for act, _ in _acts(result, "questioned"))


def test_denied_telling_is_unsaid(analyze):
    result = analyze("Row\n\nThe club chairman Alan Cole denied telling players that the stadium "
                     "would be sold.")
    assert _acts(result, "telling") == [("unsaid", "assert")]
    assert [stance for _, stance in _acts(result, "denied")] == ["deny"]


def test_denies_he_ever_said_is_unsaid(analyze):
    result = analyze("Row\n\nThe club chairman Alan Cole denies he ever said the stadium would be sold.")
    assert _acts(result, "said") == [("unsaid", "assert")]


def test_a_report_he_denies_keeps_its_own_words(analyze):
    result = analyze("Row\n\nThe club chairman Alan Cole said the stadium would be sold next year.")
    assert _acts(result, "said") == [("statement", "assert")]


def test_a_remark_inside_a_rejected_suggestion_is_unsaid(analyze):
    result = analyze("Row\n\nThe club chairman Alan Cole rejected a suggestion that he had told players "
                     "the stadium would be sold.")
    assert _acts(result, "told") == [("unsaid", "assert")]
    assert [stance for _, stance in _acts(result, "rejected")] == ["deny"]


def test_a_report_claiming_keeps_its_own_words(analyze):
    result = analyze("Row\n\nThe club chairman Alan Cole denied a report claiming he had warned players "
                     "the stadium would be sold.")
    assert all(act != "unsaid" for act, _ in _acts(result, "claiming"))


def test_a_saying_joined_to_a_denial_stays_a_statement(analyze):
    result = analyze("Row\n\nThe sprinter Mia Dale denies taking any banned drug and says she will sue.")
    assert _acts(result, "says") == [("statement", "assert")]


def test_a_remark_before_the_denial_stays_its_maker_s(analyze):
    result = analyze("Trial\n\nThe lawyer Ben Ross has suggested that the witness is lying to cut his "
                     "sentence, something the witness denies.")
    assert _acts(result, "suggested") == [("statement", "assert")]


def test_a_denial_not_made_disowns_nothing(analyze):
    result = analyze("Row\n\nThe chairman Alan Cole refused to deny a claim that he had told players "
                     "the stadium would be sold.")
    assert all(act != "unsaid" for act, _ in _acts(result, "told"))
