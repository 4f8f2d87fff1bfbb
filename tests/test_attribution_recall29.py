"""Attribution recall, round 29 (issue 19): structural misses read on PolNeAR train outside the
check sample — a refusal to say or back something ("refused to endorse X", "declined to rule out
X") is the speaker's position, and the refused verb states nothing. Short fictional sentences
written here."""

from __future__ import annotations

import pytest


def cue_words(analyze, text: str) -> list[tuple[str, str | None, str, str]]:
    return [(text[c.cue_span[0]:c.cue_span[1]], c.speaker_text, c.act, c.text) for c in analyze(text).claims]


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("The senator refused to endorse the party's nominee.", "refused", "The senator", "to endorse the party's nominee"),
    ("The minister declined to rule out a rise in fuel duty.", "declined", "The minister", "to rule out a rise in fuel duty"),
    ("Ms Okafor has refused to apologise for the remarks.", "refused", "Ms Okafor", "to apologise for the remarks"),
    ("The coach declined to criticise the referee after the match.", "declined", "The coach",
     "to criticise the referee after the match"),
])
def test_a_refusal_to_say_or_back_something_is_a_position(analyze, text, cue, speaker, content):
    (claim,) = cue_words(analyze, text)
    assert claim == (cue, speaker, "position", content)


def test_the_refused_verb_states_nothing(analyze):
    # "refused to condemn the strike": nobody condemned it; no claim with "condemn" as its cue
    claims = cue_words(analyze, "The mayor has refused to condemn the strike by bus drivers.")
    assert [c[0] for c in claims] == ["refused"]


@pytest.mark.parametrize("text", [
    "The firm refused to pay the fine.",  # an act refused, nothing said or backed
    "The council refused to deny the report.",  # no statement either way (kept as before)
    "The driver did not refuse to endorse the plan.",
])
def test_other_refusals_are_no_position(analyze, text):
    assert not [c for c in analyze(text).claims if c.act == "position"]


def test_a_refused_comment_is_still_a_no_comment(analyze):
    (claim,) = analyze("The club declined to comment on the transfer.").claims
    assert claim.stance == "decline_comment"


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("The union warned of a long strike if the talks failed.", "warned", "The union", "a long strike"),
    ("Doctors have warned about the risks of the new pill.", "warned", "Doctors", "the risks of the new pill"),
    ("Tenants complained about the noise from the building site.", "complained", "Tenants",
     "the noise from the building site"),
    ("The chairman boasted about the new factory.", "boasted", "The chairman", "the new factory"),
])
def test_what_is_warned_of_is_said(analyze, text, cue, speaker, content):
    (claim,) = cue_words(analyze, text)
    assert claim == (cue, speaker, "statement", content)


@pytest.mark.parametrize("text", [
    "The police warned residents about the flood.",  # the object is the hearer; no reading
    "The report did not warn of any danger to the public.",  # negated: no warning given
    "The parents tried to warn about the broken gate.",  # an attempt, not a warning given
])
def test_no_warning_read_past_a_hearer_or_a_negation(analyze, text):
    assert not [c for c in analyze(text).claims if c.cue in ("warned", "warn")]
