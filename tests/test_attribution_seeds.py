"""Acceptance cases of the attribution stage on the seed corpus (read from ../shared; a missing
corpus is a failure, not a skip). No seed text is copied here: the tests look the claims up by
the words of their speaker and cue."""

from __future__ import annotations

import pytest

from newsgraph.model import content_of


@pytest.fixture(scope="module")
def seed_results(seeds_dir, analyze):
    files = sorted(seeds_dir.glob("0*_*.txt"))
    assert files, f"no seed articles in {seeds_dir}"
    return {path.name: analyze(path.read_text(encoding="utf-8")) for path in files}


def find(seed_results, speaker_words: str, cue: str):
    """The claims whose speaker words contain ``speaker_words`` and whose cue is ``cue``."""
    found = [(result, claim) for result in seed_results.values() for claim in result.claims
             if speaker_words.lower() in (claim.speaker_text or "").lower() and claim.cue == cue]
    assert found, f"no claim by {speaker_words!r} with cue {cue!r}"
    return found


def test_every_claim_slices_its_document(seed_results):
    for result in seed_results.values():
        text = result.document.text
        for claim in result.claims:
            assert content_of(text, claim.start, claim.end, claim.pieces) == claim.text  # pieces: joined
            if claim.speaker_span is not None:  # a claim with no named source has none
                assert text[slice(*claim.speaker_span)] == claim.speaker_text
            assert text[slice(*claim.cue_span)] == claim.cue


def test_named_source_confirming_to_an_outlet(seed_results):
    (result, claim), = find(seed_results, "Abu Ayna Al-Ansari", "confirmed")
    assert claim.anonymous is False
    assert result.mentions[claim.speaker].full_name == "Abu Ayna Al-Ansari"
    assert claim.stance == "assert"
    assert claim.outlet == "Breitbart Jerusalem"
    assert claim.text == "the talks are ongoing"


def test_spokesmen_refusing_to_comment(seed_results):
    (result, claim), = find(seed_results, "Hamas spokesmen", "refused")
    assert claim.stance == "decline_comment"
    assert claim.outlet == "Breitbart Jerusalem"
    assert result.mentions[claim.speaker_affiliation].text == "Hamas"


def test_hamas_denial_with_the_representative_quote(seed_results):
    found = find(seed_results, "Ismail Radwan", "telling")
    (result, claim), = found
    assert claim.stance == "deny"
    assert claim.text.startswith("This talk is untrue.")
    assert claim.outlet == "reporters"
    assert result.mentions[claim.speaker].full_name.endswith("Ismail Radwan")
    denial = [c for c in result.claims if c.cue == "denied" and c.speaker_text == "Hamas"]
    assert [c.stance for c in denial] == ["deny"]


def test_anonymous_sources_in_jihadist_groups(seed_results):
    (result, claim), = find(seed_results, "Sources in a number of Palestinian jihadist groups", "told")
    assert claim.anonymous is True
    assert claim.speaker is None
    assert claim.stance == "assert"
    assert claim.outlet == "Breitbart Jerusalem"
    assert claim.text.startswith("as many as 30 members have been ejected")


def test_nested_media_report_in_a_speech(seed_results):
    found = find(seed_results, "Hillary Clinton", "referenced")
    (result, outer), = found
    inner = [c for c in result.claims if c.parent == outer.id]
    assert [c.kind for c in inner] == ["document"]
    assert inner[0].text.startswith("an ISIS leader held a meeting")


def test_document_source_with_its_author(seed_results):
    found = find(seed_results, "a report by the Washington Institute", "stated")
    assert len(found) == 2  # the paragraph is recycled in two reports
    for result, claim in found:
        assert claim.kind == "document"
        assert "Washington Institute" in result.mentions[claim.speaker].full_name


def test_no_comment_given_to_an_outlet_in_reported_speech(seed_results):
    (result, claim), = find(seed_results, "Abu Khaled", "told")
    assert claim.stance == "decline_comment"
    assert claim.outlet == "Breitbart Jerusalem"
    assert result.mentions[claim.speaker].full_name == "Abu Khaled"
    assert not [c for c in result.claims if c.cue == "declined" and c.speaker == claim.speaker]


def test_pronoun_speaker_named_by_the_sentence_before(seed_results):
    found = [(r, c) for r, c in find(seed_results, "He", "said") if c.text.startswith("most of the Salafi factions")]
    (result, claim), = found
    assert result.mentions[claim.speaker].full_name == "Abu Ayna Al-Ansari"
