"""Round 58 (issue 19, branch spk100): a body described by its noun ("the union organisation",
"an executive spokesman", "the committee") after the story named it with that noun in its name,
though another spoke in between, left with a null speaker: the corpus stage
(``coref.bodies.resolve_described_bodies``) gives it the one body of the story whose name holds
the noun. Two such bodies, a body left untagged, an indefinite "a committee" and a part of a
body stay null. Sentences written here."""

from __future__ import annotations

from test_coref import mentions_of
from test_coref_offices import LEXICON, actors_of

from newsgraph.attribution.cues import CueLexicon
from newsgraph.coref.bodies import resolve_described_bodies
from newsgraph.model import Claim

CUES = CueLexicon.from_data()
TAMSK_UNION = ("Tamsk Transport Union", "ORG", "Tamsk Transport Union")
KESSEL_EXECUTIVE = ("Kessel Executive", "ORG", "Kessel Executive")
VAAL_COMMITTEE = ("Vaal Budget Committee", "ORG", "Vaal Budget Committee")


def _claim(text: str, speaker: str, anonymous: bool = False) -> Claim:
    """A claim spoken by the first ``speaker`` phrase, cue "said", content the rest of the sentence."""
    start = text.index(speaker)
    at = text.index("said", start + len(speaker))
    end = text.index(".", at)
    return Claim(id="d:c1", doc="d", start=at + 5, end=end, text=text[at + 5:end], speaker=None,
                 speaker_text=speaker, speaker_span=[start, start + len(speaker)], anonymous=anonymous,
                 cue="said", cue_span=[at, at + 4], stance="assert", outlet=None, sentence=0, kind="indirect")


def _resolve(text: str, names, kinds: dict[str, str], phrase: str, anonymous: bool = False) -> Claim:
    mentions = mentions_of(text, names)
    claim = _claim(text, phrase, anonymous)
    claim.actors = actors_of(mentions)
    resolve_described_bodies(text, [claim], mentions, claim.actors, kinds, LEXICON, CUES.body_speaker_nouns)
    return claim


def _speaker(claim: Claim) -> str | None:
    return None if claim.speaker is None else claim.actors[claim.speaker]


# --- the one named body (null on the base) ----------------------------------------------------

def test_the_union_organisation_is_the_named_union_after_another_spoke():
    text = ("The Tamsk Transport Union wants a new law. Jo Brann of the Vaal Safety Office said it would look. "
            "The union organisation said most drivers were ignored.")
    names = [TAMSK_UNION, ("Vaal Safety Office", "ORG", "Vaal Safety Office"), ("Jo Brann", "PERSON", "Jo Brann")]
    kinds = {"tamsk transport union": "ORG", "vaal safety office": "ORG", "jo brann": "PERSON"}
    claim = _resolve(text, names, kinds, "The union organisation")
    assert _speaker(claim) == "tamsk transport union" and claim.anonymous is False


def test_an_executive_spokesman_speaks_for_the_named_executive_anonymously():
    text = ("The Kessel Executive lost a case in court. Jo Brann won damages. "
            "An executive spokesman said it would study the ruling.")
    names = [KESSEL_EXECUTIVE, ("Jo Brann", "PERSON", "Jo Brann")]
    claim = _resolve(text, names, {"kessel executive": "ORG", "jo brann": "PERSON"}, "An executive spokesman")
    assert _speaker(claim) == "kessel executive"
    assert claim.anonymous is True and claim.actors[claim.speaker_affiliation] == "kessel executive"


def test_the_committee_is_the_named_committee():
    text = ("The Vaal Budget Committee met on Monday. Jo Brann said little. "
            "The committee said the plan was too costly.")
    names = [VAAL_COMMITTEE, ("Jo Brann", "PERSON", "Jo Brann")]
    claim = _resolve(text, names, {"vaal budget committee": "ORG", "jo brann": "PERSON"}, "The committee")
    assert _speaker(claim) == "vaal budget committee"


def test_the_word_alone_in_a_later_title_is_no_second_body():
    text = ("The Kessel Executive lost a case. Executive ministers met. "
            "An executive spokesman said it would appeal.")
    claim = _resolve(text, [KESSEL_EXECUTIVE], {"kessel executive": "ORG"}, "An executive spokesman")
    assert _speaker(claim) == "kessel executive"


# --- null, as before --------------------------------------------------------------------------

def test_two_named_committees_leave_it():
    text = ("The Vaal Budget Committee and the Tamsk Audit Committee met. "
            "The committee said the plan was too costly.")
    names = [VAAL_COMMITTEE, ("Tamsk Audit Committee", "ORG", "Tamsk Audit Committee")]
    kinds = {"vaal budget committee": "ORG", "tamsk audit committee": "ORG"}
    assert _speaker(_resolve(text, names, kinds, "The committee")) is None


def test_an_untagged_second_committee_leaves_it():
    text = ("The Vaal Budget Committee met the Tamsk Audit Committee. "
            "The committee said the plan was too costly.")
    assert _speaker(_resolve(text, [VAAL_COMMITTEE], {"vaal budget committee": "ORG"}, "The committee")) is None


def test_a_body_named_only_after_the_phrase_leaves_it():
    text = "The committee said the plan was too costly. The Vaal Budget Committee meets again in May."
    assert _speaker(_resolve(text, [VAAL_COMMITTEE], {"vaal budget committee": "ORG"}, "The committee")) is None


def test_an_indefinite_committee_is_not_the_story_one():
    text = "The Vaal Budget Committee met. A committee said the plan was too costly."
    assert _speaker(_resolve(text, [VAAL_COMMITTEE], {"vaal budget committee": "ORG"}, "A committee")) is None


def test_a_body_typed_a_people_leaves_it():
    text = "The Kessel Executive lost a case. An executive spokesman said it would appeal."
    claim = _resolve(text, [KESSEL_EXECUTIVE], {"kessel executive": "NORP"}, "An executive spokesman")
    assert _speaker(claim) is None and claim.anonymous is False


def test_a_noun_outside_the_table_leaves_it():
    text = "Brann Rovers FC beat Vaal Town. The club said the fans were superb."
    names = [("Brann Rovers FC", "ORG", "Brann Rovers FC"), ("Vaal Town", "ORG", "Vaal Town")]
    kinds = {"brann rovers fc": "ORG", "vaal town": "ORG"}
    assert _speaker(_resolve(text, names, kinds, "The club")) is None


def test_a_phrase_holding_a_name_leaves_it():
    text = "The Vaal Budget Committee met. The Tamsk committee said the plan was too costly."
    assert _speaker(_resolve(text, [VAAL_COMMITTEE], {"vaal budget committee": "ORG"}, "The Tamsk committee")) is None
