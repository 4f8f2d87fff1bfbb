"""Round 56 (issue 19, branch spk92): a body described by its kind's noun right after it spoke by
name ("Kessel Radio said ... The station said", "according to Vaal Re. The world's second
biggest insurer said") left with a null speaker: the corpus stage (``coref.bodies``) gives it the
speaker of the claim right before, when the corpus kind fits the noun and no other body of that
kind is named between. Everything else stays null. Sentences written here."""

from __future__ import annotations

from test_coref import mentions_of
from test_coref_offices import LEXICON, actors_of

from newsgraph.attribution.cues import CueLexicon
from newsgraph.coref.bodies import resolve_spoken_bodies
from newsgraph.model import Claim

CUES = CueLexicon.from_data()


def _claim(text: str, number: int, speaker: str, cue: str, after: int = 0, anonymous: bool = False) -> Claim:
    """A claim whose speaker phrase is the first ``speaker`` from ``after``, its cue the first
    ``cue`` after that and its content the rest of the sentence."""
    start = text.index(speaker, after)
    at = text.index(cue, start + len(speaker))
    end = text.index(".", at)
    return Claim(id=f"d:c{number}", doc="d", start=at + len(cue) + 1, end=end, text=text[at + len(cue) + 1:end],
                 speaker=None, speaker_text=speaker, speaker_span=[start, start + len(speaker)], anonymous=anonymous,
                 cue=cue, cue_span=[at, at + len(cue)], stance="assert", outlet=None, sentence=0, kind="indirect")


def _speakers(text: str, names, claims: list[Claim], kinds: dict[str, str], first: str | None) -> list[str | None]:
    """The actors of ``claims`` after the corpus stage; the first claim spoken by ``first``."""
    mentions = mentions_of(text, names)
    actors = actors_of(mentions)
    if first is not None:
        claims[0].speaker = next(i for i, a in enumerate(actors) if a == first)
    resolve_spoken_bodies(text, claims, mentions, actors, kinds, LEXICON, CUES.body_description_nouns,
                          CUES.body_name_words)
    return [actors[c.speaker] if c.speaker is not None else None for c in claims]


def _two(text: str, names, kinds, first_words: str, second_words: str, first: str | None = None,
         cue: str = "said", anonymous: bool = False) -> str | None:
    """The actor the corpus stage gives the second claim (None: left null)."""
    one = _claim(text, 0, first_words, cue)
    two = _claim(text, 1, second_words, "said", after=one.cue_span[1], anonymous=anonymous)
    speaker = first if first is not None else names[0][2].lower()
    return _speakers(text, names, [one, two], kinds, speaker)[1]


RADIO = ("Kessel Radio", "OUTLET", "Kessel Radio")
HERALD = ("Tamsk Herald", "OUTLET", "Tamsk Herald")
VAAL_RE = ("Vaal Re", "ORG", "Vaal Re")
ROVERS = ("Brann Rovers FC", "ORG", "Brann Rovers FC")


# --- the body that just spoke -----------------------------------------------------------------

def test_a_station_that_spoke_is_the_station():
    text = "Kessel Radio said it would drop the show. The station said the host would stay on air."
    assert _two(text, [RADIO], {"kessel radio": "OUTLET"}, "Kessel Radio", "The station") == "kessel radio"


def test_a_paper_that_spoke_is_the_newspaper():
    text = ("Earlier, the Tamsk Herald said the minister had upset staff. "
            "The newspaper said many workers found his answer weak.")
    assert _two(text, [HERALD], {"tamsk herald": "OUTLET"}, "the Tamsk Herald", "The newspaper") == "tamsk herald"


def test_an_insurer_described_by_its_rank_after_according_to():
    text = ("Storms made it a costly year, according to Vaal Re.\n\n"
            "The world's third largest insurer said claims rose to $4bn.")
    # the lead's "according to" claim: its cue stands in for the full stop after the name
    assert _two(text, [VAAL_RE], {"vaal re": "ORG"}, "Vaal Re", "The world's third largest insurer",
                cue=".") == "vaal re"


def test_a_body_whose_spokesman_spoke_is_the_organisation():
    text = ("A spokesman for Kemaria Watch said the ruling was harsh. "
            "The courts want to silence him, the organisation said.")
    names = [("Kemaria Watch", "ORG", "Kemaria Watch")]
    assert _two(text, names, {"kemaria watch": "ORG"}, "A spokesman for Kemaria Watch", "the organisation",
                first="kemaria watch") == "kemaria watch"


def test_a_club_whose_name_shows_it_is_the_club():
    text = ("The Tamsk league fined two sides. Brann Rovers FC said it would appeal. "
            "The club said the fine was unfair.")
    names = [ROVERS, ("Vaal Town", "ORG", "Vaal Town")]
    text = text.replace("two sides", "Vaal Town")
    kinds = {"brann rovers fc": "ORG", "vaal town": "ORG"}
    assert _two(text, names, kinds, "Brann Rovers FC", "The club", first="brann rovers fc") == "brann rovers fc"


# --- null, as before --------------------------------------------------------------------------

def test_another_station_named_between_leaves_it():
    text = "Kessel Radio said it would drop the show, which moves to Vaal FM. The station said the host would stay."
    names = [RADIO, ("Vaal FM", "OUTLET", "Vaal FM")]
    assert _two(text, names, {"kessel radio": "OUTLET", "vaal fm": "OUTLET"}, "Kessel Radio", "The station") is None


def test_a_firm_that_spoke_is_no_station():
    text = "Kessel Motors said it would drop the advert. The station said the host would stay on air."
    names = [("Kessel Motors", "ORG", "Kessel Motors")]
    assert _two(text, names, {"kessel motors": "ORG"}, "Kessel Motors", "The station") is None


def test_a_union_answering_a_firm_is_not_the_firm():
    text = "Tamsk Workers called a strike. Vaal Air said it would talk. The union said talks had failed."
    names = [("Vaal Air", "ORG", "Vaal Air"), ("Tamsk Workers", "ORG", "Tamsk Workers")]
    kinds = {"vaal air": "ORG", "tamsk workers": "ORG"}
    assert _two(text, names, kinds, "Vaal Air", "The union", first="vaal air") is None


def test_a_union_after_a_firm_alone_is_not_the_firm():
    text = "Vaal Air said it would cut pay. The union said talks had failed."
    names = [("Vaal Air", "ORG", "Vaal Air")]
    assert _two(text, names, {"vaal air": "ORG"}, "Vaal Air", "The union") is None


def test_an_organisation_after_another_body_named_before_is_left():
    text = ("Tamsk Aid warned of hunger. A spokesman for Kessel Trust said the ruling was harsh. "
            "The courts want to silence him, the organisation said.")
    names = [("Tamsk Aid", "ORG", "Tamsk Aid"), ("Kessel Trust", "ORG", "Kessel Trust")]
    kinds = {"tamsk aid": "ORG", "kessel trust": "ORG"}
    # "Trust" shows a body's class: the name says what it is
    assert _two(text, names, kinds, "A spokesman for Kessel Trust", "the organisation",
                first="kessel trust") == "kessel trust"
    text = text.replace("Kessel Trust", "Kessel Watch")
    names = [("Tamsk Aid", "ORG", "Tamsk Aid"), ("Kessel Watch", "ORG", "Kessel Watch")]
    kinds = {"tamsk aid": "ORG", "kessel watch": "ORG"}
    assert _two(text, names, kinds, "A spokesman for Kessel Watch", "the organisation", first="kessel watch") is None


def test_a_club_answering_a_league_is_not_the_league():
    text = ("Brann Rovers FC was fined. The Kessel League said the fine would stand. "
            "The club said it would appeal.")
    names = [ROVERS, ("Kessel League", "ORG", "Kessel League")]
    kinds = {"brann rovers fc": "ORG", "kessel league": "ORG"}
    assert _two(text, names, kinds, "The Kessel League", "The club", first="kessel league") is None


def test_a_bank_whose_name_shows_a_firm_is_no_club():
    text = "Brann Bank said it would end the deal. The club said it had other sponsors."
    names = [("Brann Bank", "ORG", "Brann Bank")]
    assert _two(text, names, {"brann bank": "ORG"}, "Brann Bank", "The club") is None


def test_a_phrase_holding_its_own_name_is_left():
    text = "Kessel Lab said phishing grew. The Anti-Spam Working group said attacks doubled."
    names = [("Kessel Lab", "ORG", "Kessel Lab")]
    assert _two(text, names, {"kessel lab": "ORG"}, "Kessel Lab", "The Anti-Spam Working group") is None


def test_a_part_of_a_body_is_not_the_body():
    text = "Kessel Motors said sales fell. The board said it would cut costs."
    names = [("Kessel Motors", "ORG", "Kessel Motors")]
    assert _two(text, names, {"kessel motors": "ORG"}, "Kessel Motors", "The board") is None


def test_a_body_that_spoke_two_paragraphs_back_is_left():
    text = "Kessel Radio said it would drop the show.\n\nRatings fell.\n\nThe station said the host would stay."
    assert _two(text, [RADIO], {"kessel radio": "OUTLET"}, "Kessel Radio", "The station") is None


def test_an_anonymous_description_is_left():
    text = "Kessel Radio said it would drop the show. The station said the host would stay on air."
    assert _two(text, [RADIO], {"kessel radio": "OUTLET"}, "Kessel Radio", "The station", anonymous=True) is None


def test_the_claim_before_with_no_speaker_gives_none():
    text = "Kessel Radio dropped the show. Fans said it was a shame. The station said the host would stay."
    one = _claim(text, 0, "Fans", "said")
    two = _claim(text, 1, "The station", "said", after=one.cue_span[1])
    assert _speakers(text, [RADIO], [one, two], {"kessel radio": "OUTLET"}, None) == [None, None]
