"""Shared readers of claims for attribution tests: who speaks for each claim of a cue."""

from __future__ import annotations


def speakers(result, cue: str) -> list[tuple]:
    """(speaker text, the linked mention's text or None) for each claim whose cue is ``cue``."""
    return [(c.speaker_text, result.mentions[c.speaker].text if c.speaker is not None else None)
            for c in result.claims if c.cue == cue]


def speakers_with_anonymous(result, cue: str) -> list[tuple]:
    """As ``speakers``, with each claim's anonymous flag last."""
    return [(text, linked, c.anonymous) for (text, linked), c in
            zip(speakers(result, cue), [c for c in result.claims if c.cue == cue])]


def linked_speakers(result, cue: str) -> list:
    """Only the linked mention's text (or None) of each claim whose cue is ``cue``."""
    return [linked for _, linked in speakers(result, cue)]


def claims_of(analyze, text: str, cue: str) -> list:
    """The claims of ``text`` whose cue is the word ``cue``."""
    return [c for c in analyze(text).claims if c.cue == cue]


def claim_at(result, cue: str, which: int = -1):
    """One claim whose cue is ``cue``: the last by default, ``which=0`` the first. Fails with the
    cues found when there is none."""
    found = [c for c in result.claims if c.cue == cue]
    assert found, [c.cue for c in result.claims]
    return found[which]


def claim_with(result, words: str):
    """The first claim whose content holds ``words``. Fails with the contents found when there is none."""
    found = [c for c in result.claims if words in c.text]
    assert found, [c.text for c in result.claims]
    return found[0]


def speaker_of(result, claim) -> str | None:
    """The text of the mention the claim's speaker is linked to, or None."""
    return result.mentions[claim.speaker].text if claim.speaker is not None else None


def first_content(analyze, text: str, cue: str) -> str:
    """The content of the first claim of ``cue`` in ``text`` read as a story under a one-word
    headline (the content tests' sentences come without one). Fails with the text when there is none."""
    claims = claims_of(analyze, "Harbour\n\n" + text, cue)
    assert claims, text
    return claims[0].text


def speaker_names(result, claim) -> list[str]:
    """The written names of ``claim``'s several speakers (``speakers``), in text order."""
    return [result.mentions[i].text for i in (claim.speakers or [])]
