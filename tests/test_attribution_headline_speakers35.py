"""Round 30 (issue 19): a title line's speaker written as a bare noun of one person ("Minister",
"Tory leader", "says PM", "Kell ally") is the lead's named source, found forward in the body.
Short fictional texts written here."""

from __future__ import annotations


def _headline(result, text):
    end = text.index("\n")
    return [c for c in result.claims if c.cue_span and c.cue_span[0] < end]


def test_a_headline_minister_is_the_person_the_lead_names(analyze):
    text = ("Minister defends new fishing quota rules\n\n"
            "The new quota rules for the northern fleet are fair and workable, Ana Kessel has said.\n\n"
            "The fisheries minister said boats would still be able to land most of their catch.\n")
    result = analyze(text)
    title = _headline(result, text)
    assert title and all(c.speaker is not None and not c.anonymous for c in title)
    body = [c for c in result.claims if c.cue_span[0] > text.index("\n") and c.speaker is not None]
    assert {c.speaker for c in title} <= {c.speaker for c in body}


def test_a_headline_initials_title_is_the_lead_person(analyze):
    text = ("Hospital waiting is over, says PM\n\n"
            "Jon Vaaler has promised that long hospital waits will end within a year.\n\n"
            "Mr Vaaler said the money was already there.\n")
    title = _headline(analyze(text), text)
    assert title and title[0].speaker is not None


def test_two_people_speaking_in_the_lead_leave_the_headline_unlinked(analyze):
    text = ("Minister defends new fishing quota rules\n\n"
            "The rules are fair, Ana Kessel said, but Jon Vaaler said they would ruin the fleet.\n")
    title = _headline(analyze(text), text)
    assert title and all(c.speaker is None for c in title)


def test_a_headline_ally_is_never_the_person_it_is_the_ally_of(analyze):
    text = ("Kessel ally rejects spending spree\n\n"
            "Ana Kessel has said there will be no spending spree before the vote.\n")
    title = _headline(analyze(text), text)
    assert title and all(c.speaker is None for c in title)


def test_a_plural_headline_noun_is_left_alone(analyze):
    text = ("Ministers defend new fishing quota rules\n\n"
            "The new quota rules are fair and workable, Ana Kessel has said.\n")
    title = _headline(analyze(text), text)
    assert all(c.speaker is None for c in title)
