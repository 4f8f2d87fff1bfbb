"""Round 49, branch clm68 (issue 19): a rejection put as a phrasal verb is a denial, and a picture a
machine recorded is no speaker. Sentences written for these tests."""
import pytest

from newsgraph.attribution.cues import CueLexicon
from claim_helpers import claims_of


@pytest.mark.parametrize("text, cue, content", [
    ("The mayor played down reports that she would resign in the spring.", "played",
     "reports that she would resign in the spring"),
    ("Captain Ivo Renner rubbished suggestions that the squad is past its best.", "rubbished",
     "suggestions that the squad is past its best"),
    ("The minister brushed aside claims that the bridge plan had failed.", "brushed",
     "claims that the bridge plan had failed"),
    ("The firm has played down talk of a merger with its rival.", "played", "talk of a merger with its rival"),
    ("Officials downplayed reports of a split in the cabinet.", "downplayed", "reports of a split in the cabinet"),
])
def test_a_rejection_phrase_with_hearsay_as_object_is_a_denial(analyze, text, cue, content):
    (claim,) = claims_of(analyze, text, cue)
    assert (claim.stance, claim.act, claim.text) == ("deny", "statement", content)


@pytest.mark.parametrize("text, cue", [
    ("The striker played down his knee injury after the match.", "played"),
    ("The champion brushed aside the qualifier in straight sets.", "brushed"),
    ("Ana Ruiz played down fears that the bank would fail.", "played"),
    ("The band played down the road from the town hall.", "played"),
    ("Vaal moved to play down reports tying him to a bigger team.", "play"),
    ("The mayor will play down reports that she would resign.", "play"),
])
def test_a_rejection_phrase_without_hearsay_is_no_claim(analyze, text, cue):
    assert claims_of(analyze, text, cue) == []


@pytest.mark.parametrize("text, cue", [
    ("Television pictures clearly showed that the winger dived.", "showed"),
    ("CCTV footage showed the fight was started by a visiting fan.", "showed"),
    ("Security camera images show that the van left at midnight.", "show"),
])
def test_a_machine_recorded_picture_shows_a_hidden_finding(analyze, text, cue):
    (claim,) = claims_of(analyze, text, cue)
    assert (claim.act, claim.confidence < 0.5) == ("finding", True)


@pytest.mark.parametrize("text, cue", [
    ("BBC television pictures showed that the crowd was calm.", "showed"),
    ("The footage shows that the guard was asleep.", "shows"),
])
def test_a_picture_with_a_maker_or_no_recording_word_stays_a_statement(analyze, text, cue):
    (claim,) = claims_of(analyze, text, cue)
    assert claim.act == "statement"


def test_the_new_tables_are_data():
    lexicon = CueLexicon.from_data()
    assert "play down" in lexicon.rejection_phrases and "report" in lexicon.hearsay_nouns
    assert "fear" not in lexicon.hearsay_nouns  # "played down fears" eases a worry, denies no one's words
    assert "cctv" in lexicon.recording_sources
