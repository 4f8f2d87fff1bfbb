"""Round 52 (branch spk78): an "it" speaker left null though the story names its body right
before, because the model typed that body's name a person or a place. A name the story writes
right after a lower-case noun of bodies ("marketing company X", "research firm X":
``group_nouns`` in coref.yaml) is a body (``DocumentCoref.titled_body``), and an "it" that no
earlier speaker resolves goes on with it when the name is in the pronoun's paragraph or the one
before (``SpeakerResolver._titled_body_near``). Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import claim_at


def _speaker_text(result, claim) -> str | None:
    return result.mentions[claim.speaker].text if claim.speaker is not None else None


def test_it_after_a_firm_named_with_its_trade(analyze):
    result = analyze("Web adverts return\n\nOnline advertising is growing again. Late last year, marketing "
                     "company Kellabrook warned that part of its business might be sold. But on Monday, it "
                     "announced that profits had risen sharply.")
    assert _speaker_text(result, claim_at(result, "warned")) == "Kellabrook"
    announced = claim_at(result, "announced")
    assert _speaker_text(result, announced) == "Kellabrook"
    assert announced.anonymous is False


def test_it_in_the_next_paragraph(analyze):
    result = analyze("Blog count soars\n\nFigures on blogs are hard to find. Blog research firm Quillmont "
                     "counted two million last spring.\n\nIt now estimates that the number has doubled.")
    assert _speaker_text(result, claim_at(result, "estimates")) == "Quillmont"


def test_firm_named_far_back_stays_null(analyze):
    # guard: three paragraphs of other matters between the firm and the "it": a reader may not
    # take the firm; the pronoun stays as it was (null)
    result = analyze("Web adverts return\n\nLate last year, marketing company Kellabrook warned that part of "
                     "its business might be sold.\n\nOnline advertising has since grown fast, with search "
                     "engines taking most of the money.\n\nAnalysts expect the trend to go on for years, and "
                     "smaller sites hope to share in it.\n\nBut on Monday, it announced that profits had risen "
                     "sharply.")
    assert claim_at(result, "announced").speaker is None


def test_it_after_a_tagged_organisation_unchanged(analyze):
    # guard: a body the model tagged an organisation was the "it" already
    result = analyze("Rail fares row\n\nPassenger group Tarrow Watch says fares are too high. It said that "
                     "many commuters could no longer afford the trains.")
    assert _speaker_text(result, claim_at(result, "said")) == "Tarrow Watch"


def test_rival_named_after_keeps_its_own_claim(analyze):
    # guard: a second titled name after the first speaks for itself
    result = analyze("Web adverts return\n\nLate last year, marketing company Kellabrook warned that part of "
                     "its business might be sold. Rival Tessaly Media, which is bigger, said it was not for "
                     "sale.")
    assert _speaker_text(result, claim_at(result, "said")) == "Tessaly Media"
