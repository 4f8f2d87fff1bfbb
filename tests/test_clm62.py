"""A closing quote mark typed with a space before it, round 44 (branch clm62): in
``"... the harbour, " said Ann Reid`` the straight mark after the comma and its stray space
still closes the quote. Before, a straight mark after a space always read as an opening mark,
so the open quote ran on into the cue, the speaker's name and the reporter's next sentences
(docs/judging.md: content must not run into the cue or the reporter's words). Short fictional
sentences written here."""

from __future__ import annotations

from claim_helpers import claim_at

from newsgraph.attribution.quotes import find_quotes


def _quoted(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quotes(text)]


def test_a_spaced_mark_after_a_comma_closes_the_quote():
    text = '"The ferry will sail on time from the north harbour, " said Ann Reid, the pier manager.'
    assert _quoted(text) == ["The ferry will sail on time from the north harbour"]


def test_a_spaced_mark_after_a_full_stop_closes_the_quote():
    text = ('Ann Reid said: "The ferry will sail on time. " Tom Hale said: "The buses will not."')
    assert _quoted(text) == ["The ferry will sail on time.", "The buses will not."]


def test_an_opening_mark_after_a_space_still_opens():
    text = 'The pier manager called it "a fine day" for sailing.'
    assert _quoted(text) == ["a fine day"]


def test_a_nested_mark_before_a_word_does_not_close():
    # an inner mark followed by its first word is an opening mark: the outer quote is not cut at the comma
    text = '"We were told, "wait here" by the crew," said Ann Reid.'
    assert _quoted(text)[0].startswith("We were told, ")
    assert "wait" in _quoted(text)[0]


def test_the_claim_stops_before_the_next_speaker(analyze):
    text = ('Harbour\n\n"The ferry will sail on time from the north harbour, " said Ann Reid, the pier '
            'manager. Tom Hale, who runs the bus depot, said the buses would be late all week.')
    claim = claim_at(analyze(text), "said", which=0)
    assert claim.text == "The ferry will sail on time from the north harbour"
    assert claim.speaker_text == "Ann Reid"


def test_a_spaced_mark_ending_the_quote_keeps_the_cue_out(analyze):
    text = ('Harbour\n\nAnn Reid praised the crew. "They worked all night and it was beyond what we '
            'asked of them, " added Ms Reid. The ferry sailed at noon.')
    claim = claim_at(analyze(text), "added")
    assert "added" not in claim.text and "sailed at noon" not in claim.text
    assert claim.text.endswith("beyond what we asked of them")


def test_pointing_someone_to_a_place_is_no_claim(analyze):
    # freed from a runaway quote, reporter's text must not give "point X to Y" as a statement
    text = "Harbour\n\nThe harbour website has a map that points visitors to the nearest car park."
    assert not [c for c in analyze(text).claims if c.cue and c.cue.startswith("point")]


def test_pointing_to_the_figures_stays_a_claim(analyze):
    text = "Harbour\n\nThe harbour master pointed to the figures showing fewer boats this summer."
    assert [c for c in analyze(text).claims if c.cue == "pointed"]


def test_according_to_inside_a_relative_clause_keeps_both_halves(analyze):
    text = ("Harbour\n\nThe council sold a ferry that, according to the harbour master, had never "
            "left the dock in ten years.")
    claim = claim_at(analyze(text), "according to")
    assert claim.text.startswith("The council sold a ferry that")
    assert claim.text.endswith("had never left the dock in ten years")
