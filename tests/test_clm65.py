"""The reporter's own words kept as a source's statement, round 46 (branch clm65): an inference
read into events ("ferry shares jumped, suggesting traders ..."), a gloss of what the words were
about ('"...," she said, referring to the strike'), and speech not made so far ("has yet to
confirm that ..."). Each stays in graph.json with a hidden act; a speaker's own hint after a verb
of saying, a record that suggests and a label given stay statements. Short fictional sentences
written here."""

from __future__ import annotations

from claim_helpers import claim_at


def _act(analyze, text: str, cue: str) -> str:
    return claim_at(analyze(text), cue).act


def test_markets_that_rise_suggest_nothing(analyze):
    text = ("Ferry shares in Marlow jumped to a record high on Monday, suggesting that traders "
            "expect the harbour strike to end soon.")
    assert _act(analyze, text, "suggesting") == "finding"


def test_an_early_release_indicates_nothing(analyze):
    text = ("The publication of the harbour board's accounts a week early was unusual, indicating "
            "that the board wants to calm its lenders.")
    assert _act(analyze, text, "indicating") == "finding"


def test_a_speakers_own_hint_stays_a_statement(analyze):
    text = ("Harbour master Ann Tolley warned against reading too much into one week's figures, "
            "suggesting the board is waiting for a clearer picture.")
    assert _act(analyze, text, "suggesting") == "statement"


def test_a_published_report_that_suggests_stays_a_statement(analyze):
    text = ("On Monday the Marlow Fisheries Institute put out a new report, suggesting that "
            "catches have fallen for a third year.")
    assert _act(analyze, text, "suggesting") == "statement"


def test_referring_to_after_said_is_the_reporters_gloss(analyze):
    text = ('"We would never have got this far without them," she said, referring to the two '
            'founders of the ferry company.')
    assert _act(analyze, text, "referring") == "finding"


def test_referring_to_someone_as_a_label_stays_a_statement(analyze):
    text = "The harbour master keeps referring to the ferry owners as pirates in his letters."
    assert _act(analyze, text, "referring") == "statement"


def test_has_yet_to_confirm_is_not_said(analyze):
    text = "But Marlow Ferries boss Tom Weddle has yet to confirm that the new boat is on its way."
    assert _act(analyze, text, "confirm") == "unsaid"


def test_a_confirmation_made_stays_a_statement(analyze):
    text = "Marlow Ferries boss Tom Weddle has confirmed that the new boat is on its way."
    assert _act(analyze, text, "confirmed") == "statement"


def test_where_patients_say_describes_a_practice(analyze):
    text = ("The draft law would give new weight to advance care plans, where patients say they want "
            "treatment stopped if they lose capacity.")
    assert _act(analyze, text, "say") == "finding"


def test_where_a_named_party_says_stays_a_statement(analyze):
    text = "The seats where the Green Party says young voters can swing the result are in the north."
    assert _act(analyze, text, "says") == "statement"


def test_referring_to_games_such_as_is_still_a_gloss(analyze):
    text = ('"People queue at midnight for them," he said, referring to adventure games such as '
            'Harbour Quest and Tide Runner.')
    assert _act(analyze, text, "referring") == "finding"
