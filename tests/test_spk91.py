"""Round 55 (branch spk91): unnamed sources left not anonymous — "denied reports that ..." (a bare
plural of press reports, the noun its own cue) when the story names no press that reported, a
share put as a ratio ("One in four said ..."), and a bare "One" speaking right after a sentence
about some unnamed people ("Some former staff are angry. One told ..."). A story that names the
paper, named people before "One" and the writer's generic "One wonders" stay as they were.
Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import claim_with, speaker_of


def reported(result, words: str):
    """The claim the reports themselves make (not the denial that holds them)."""
    found = [c for c in result.claims if c.kind == "document" and words in c.text]
    assert found, [(c.kind, c.text) for c in result.claims]
    return found[0]


def test_denied_reports_with_no_paper_named_are_anonymous(analyze):
    result = analyze("Brann stays\n\nThe Tamsk striker Jo Brann has denied reports that she will leave "
                     "the club for Vaal next month. She has two years left on her contract.\n")
    claim = reported(result, "she will leave the club")
    assert claim.speaker_text == "reports"
    assert speaker_of(result, claim) is None
    assert claim.anonymous is True


def test_reports_in_a_newspaper_are_anonymous(analyze):
    result = analyze("Candidate quits\n\nA candidate for the Kessel Party, Tom Vaal, quit after reports "
                     "in a newspaper that he had attended a rally of a banned group.\n")
    claim = reported(result, "attended a rally")
    assert speaker_of(result, claim) is None
    assert claim.anonymous is True


def test_outlet_only_heard_in_an_interview_keeps_reports_anonymous(analyze):
    result = analyze("Brann stays\n\nJo Brann has denied reports that she will leave Tamsk. "
                     "\"I am happy here,\" she told Vaal Radio's Morning Show.\n")
    assert reported(result, "she will leave Tamsk").anonymous is True


def test_reports_a_named_paper_carried_stay_not_anonymous(analyze):
    # guard: the story names the paper that reported it: the source is named, not anonymous
    result = analyze("Brann stays\n\nJo Brann has denied reports that she will leave Tamsk. A report "
                     "in the Kessel Herald said she had agreed terms with Vaal.\n")
    assert reported(result, "she will leave Tamsk").anonymous is False


def test_the_reports_stay_not_anonymous(analyze):
    # guard: "the reports" point back at reports the story may name
    result = analyze("Brann stays\n\nJo Brann has denied the reports that she will leave Tamsk.\n")
    assert reported(result, "she will leave Tamsk").anonymous is False


def test_reports_say_stays_anonymous(analyze):
    # guard: the verbal "Reports say" was anonymous before and stays so
    result = analyze("Tamsk sale\n\nReports say the Tamsk club will be sold to a Vaal firm.\n")
    assert claim_with(result, "will be sold").anonymous is True


def test_one_in_four_of_a_poll_is_anonymous(analyze):
    result = analyze("Mayor poll\n\nMost voters in Tamsk back the mayor, a poll suggests. One in four "
                     "said the mayor should stand again within a year, while 39% opposed it.\n")
    claim = claim_with(result, "should stand again")
    assert claim.speaker_text == "One in four"
    assert claim.anonymous is True


def test_one_after_some_unnamed_staff_is_anonymous(analyze):
    result = analyze("Tamsk cuts\n\nThe firm Tamsk sacked 300 staff in May. Some former employees are "
                     "angry at the way the cuts were made. One told the Vaal Herald that the staff had "
                     "been ruined in a day.\n")
    claim = claim_with(result, "staff had been ruined")
    assert speaker_of(result, claim) is None
    assert claim.anonymous is True


def test_one_after_named_players_is_not_anonymous(analyze):
    # guard: the group has a name in it, so "One" may be that person
    result = analyze("Kessel\n\nSome players, including Jo Brann, were hurt. One said the pitch was "
                     "dangerous.\n")
    assert claim_with(result, "pitch was dangerous").anonymous is False


def test_one_wonders_stays_not_anonymous(analyze):
    # guard: the writer's generic "one", after no group of people
    result = analyze("Locks\n\nUsers cannot control the new locks. One wonders whether the system "
                     "will work at all.\n")
    found = [c for c in result.claims if "system will work" in c.text]
    assert all(not c.anonymous for c in found)
