"""Round 44 (branch spk63): unnamed speakers the story names. The lead's undetermined press
reports ("..., reports claim.", "according to newspaper reports.") are the one outlet the very
next sentence gives as reporting, as the press adverb "reportedly" already was (document stage,
through ``analyze``). Epithets the corpus stage (``coref.offices``) now names: a bare "the
minister" after the secretary just named (other stories' ministers are no rivals), an "assistant
boss" past a story's boss (a rival holds the noun with the same qualifier words), and an epithet
right after a closed quote, renaming the person quoted (on hand-made mentions). Short fictional
sentences written here."""

from __future__ import annotations

from claim_helpers import claim_at, speaker_of


def test_lead_reports_closed_by_the_outlet_next(analyze):
    result = analyze("Tessel sale\n\nThe Tessel Group could sell its shipping arm within weeks, reports claim.\n\n"
                     "The board will discuss the sale at its meeting on Friday, the Sunday Telegraph reported.")
    claim = claim_at(result, "claim", 0)
    assert speaker_of(result, claim) == "Sunday Telegraph"
    assert claim.anonymous is False


def test_lead_newspaper_reports_opened_by_the_outlet_next(analyze):
    result = analyze("Port deal\n\nThe Varne port authority is about to choose a buyer, newspaper reports say.\n\n"
                     "The Financial Times said the authority wanted a deal before the summer.")
    assert speaker_of(result, claim_at(result, "say", 0)) == "Financial Times"


def test_reports_with_no_outlet_next_stay_unnamed(analyze):
    result = analyze("Port deal\n\nThe Varne port authority is about to choose a buyer, reports say.\n\n"
                     "Talks with three bidders have gone on since March.")
    assert claim_at(result, "say", 0).speaker is None


def test_reports_in_the_story_body_stay_unnamed(analyze):
    # outside the lead the outlet after may be reporting something else
    result = analyze("Port deal\n\nThe Varne port authority met on Monday.\n\n"
                     "Talks with three bidders have gone on since March.\n\n"
                     "The authority is about to choose a buyer, reports say. "
                     "The Financial Times said the authority wanted a deal before the summer.")
    assert claim_at(result, "say", 0).speaker is None


def test_local_press_reports_stay_unnamed(analyze):
    # "local press reports": whose press the words say, not the outlet named next
    result = analyze("Port strike\n\nDock workers in Varne walked out on Sunday, local press reports say.\n\n"
                     "The Financial Times said the strike would last a week.")
    assert claim_at(result, "say", 0).speaker is None


# --- the corpus stage (coref.offices) on hand-made mentions -------------------------------------

from dataclasses import replace  # noqa: E402

from newsgraph.coref.offices import resolve_described  # noqa: E402
from test_coref import mentions_of  # noqa: E402
from test_coref_offices import LEXICON, actors_of, claim, resolved, table_of  # noqa: E402

KELL = ("Dana Kell", "PERSON", "Dana Kell")
MRS_KELL = ("Mrs Kell", "PERSON", "Dana Kell")
HOLT = ("Nia Holt", "PERSON", "Nia Holt")
ORR = ("Max Orr", "PERSON", "Max Orr")
DALE = ("Rico Dale", "PERSON", "Rico Dale")
# other stories: ministers of other ministries, a club's boss and another club's assistant boss
STORIES = [("Minister Ivo Renner opened the bridge. ", [("Ivo Renner", "PERSON", "Ivo Renner")]),
           ("Minister Ivo Renner closed the road. ", [("Ivo Renner", "PERSON", "Ivo Renner")]),
           ("Varne boss Max Orr praised the fans. ", [ORR]),
           ("Varne boss Max Orr was fined. ", [ORR]),
           ("Kessel assistant boss Rico Dale left. ", [DALE]),
           ("Kessel assistant boss Rico Dale returned. ", [DALE])]


def test_the_bare_minister_renames_the_secretary_just_named():
    # ministers of other stories hold other ministries: no rivals for "the minister" here
    text = ("Education Secretary Dana Kell visited a school in Tessel. Mrs Kell told pupils that exams "
            "would change. The minister also said that teachers would get more help.")
    assert resolved(text, [KELL, MRS_KELL], "The minister", STORIES) == "Dana Kell"


def test_a_boss_is_no_rival_for_the_assistant_boss():
    text = ("Varne boss Max Orr was away on Monday. Nia Holt said the striker was fit again. "
            "The Varne assistant boss said the team was ready.")
    assert resolved(text, [ORR, HOLT], "The Varne assistant boss", STORIES) == "Nia Holt"


def test_an_assistant_boss_of_the_story_is_still_a_rival():
    text = ("Kessel assistant boss Rico Dale was away on Monday. Nia Holt said the striker was fit again. "
            "The Varne assistant boss said the team was ready.")
    assert resolved(text, [DALE, HOLT], "The Varne assistant boss", STORIES) is None


def _quoted_then_described(text: str, quote_pieces, described: str):
    """The person a description after a closed quote takes, the quote's claim given to Holt."""
    mentions = mentions_of(text, [HOLT, ("Holt", "PERSON", "Nia Holt")])
    speaker = text.index("Holt said")
    said = replace(claim(text, "Holt"), id="d:c1", speaker=next(i for i, m in enumerate(mentions) if m.start == speaker),
                   speaker_span=[speaker, speaker + 4], kind="direct", pieces=quote_pieces(text))
    described_claim = claim(text, described)
    resolve_described(text, [said, described_claim], mentions, actors_of(mentions), table_of(STORIES),
                      LEXICON)
    return mentions[described_claim.speaker].full_name if described_claim.speaker is not None else None


def test_an_epithet_after_the_quote_of_the_one_quoted():
    text = ('Nia Holt was hurt in the match on Saturday. "I felt it go," Holt said. "I will be back soon." '
            'The defender said the club had been kind.')

    def pieces(t):
        first, second = t.index("I felt"), t.index("I will")
        return [[first, t.index(",", first)], [second, t.index(".", second) + 1]]
    assert _quoted_then_described(text, pieces, "The defender") == "Nia Holt"


def test_an_epithet_after_a_quote_nobody_is_given_stays_null():
    text = ('Nia Holt was hurt in the match on Saturday. "I felt it go," Holt said. "It was a bad tackle." '
            'The defender said the club had been kind.')

    def pieces(t):  # the second quote is no piece of Holt's claim
        first = t.index("I felt")
        return [[first, t.index(",", first)]]
    assert _quoted_then_described(text, pieces, "The defender") is None
