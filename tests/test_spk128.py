"""Round 68 (branch spk128): a speaker given only by a short or other word of an office's title
("The PM said", "the premier insisted") was left with no speaker though the corpus's table of
office holders names the one person of the story with that title written out ("Prime Minister
X"): the table counts the title as the stories write it before a name, and "PM" or "premier"
is not how they write it there. ``title_long_forms`` (coref.yaml) writes the last word out
(:func:`coref.offices.office_titles`); the title as written is tried first. Sentences written
here, names invented."""

from __future__ import annotations

from newsgraph.coref import CorefLexicon
from newsgraph.coref.offices import learn_offices, resolve_described
from newsgraph.model import Claim
from test_coref import mentions_of

LEXICON = CorefLexicon.from_data()
VOSKO = ("Arlen Vosko", "PERSON", "Arlen Vosko")
TARNE = ("Mira Tarne", "PERSON", "Mira Tarne")
QUILL = ("Bo Quill", "PERSON", "Bo Quill")

# stories of the corpus that tie the titles to names
TITLED = [
    ("Prime Minister Arlen Vosko opened the bridge at Dunmere. ", [VOSKO]),
    ("The plan was backed by Arlen Vosko, the prime minister, in a speech. ", [VOSKO]),
    ("Deputy Prime Minister Mira Tarne toured the port. ", [TARNE]),
    ("Deputy Prime Minister Mira Tarne spoke at the dinner. ", [TARNE]),
    ("Premier Bo Quill of Kestria visited the mill. ", [QUILL]),
    ("Kestrian premier Bo Quill met the miners. ", [QUILL]),
]


def _table(stories):
    documents = []
    for text, names in stories:
        mentions = mentions_of(text, names)
        documents.append((text, mentions, [m.key for m in mentions]))
    return learn_offices(documents, LEXICON)


def _resolved(text: str, names, speaker: str, stories=TITLED) -> str | None:
    mentions = mentions_of(text, names)
    start = text.index(speaker)
    found = Claim(id="d:c0", doc="d", start=0, end=1, text="", speaker=None, speaker_text=speaker,
                  speaker_span=[start, start + len(speaker)], anonymous=False, cue="said",
                  cue_span=[start, start + 1], stance="assert", outlet=None, sentence=0, kind="indirect")
    resolve_described(text, [found], mentions, [m.key for m in mentions], _table(stories), LEXICON)
    return mentions[found.speaker].full_name if found.speaker is not None else None


# --- fixed: the short word stands for the title written out ---------------------------------------


def test_the_pm_is_the_one_prime_minister_of_the_story():
    text = "Arlen Vosko and Mira Tarne met the unions. The PM insisted the talks would go on."
    names = [("Arlen Vosko", "PERSON", "Arlen Vosko"), ("Mira Tarne", "PERSON", "Mira Tarne")]
    assert _resolved(text, names, "The PM") == "Arlen Vosko"


def test_the_premier_of_a_story_whose_premier_the_corpus_calls_prime_minister():
    text = "Mr Vosko spoke to the farmers of Dunmere. The premier said the subsidy would stay."
    assert _resolved(text, [("Mr Vosko", "PERSON", "Arlen Vosko")], "The premier") == "Arlen Vosko"


def test_office_titles_write_out_the_last_word_after_the_title_as_written():
    from newsgraph.coref.offices import office_titles  # round 68's function

    assert office_titles("The PM", LEXICON) == ["prime minister"]
    assert office_titles("the premier", LEXICON) == ["premier", "prime minister"]
    assert office_titles("the Kestrian premier", LEXICON) == ["kestrian premier", "kestrian prime minister"]
    assert office_titles("the home secretary", LEXICON) == ["home secretary"]
    assert office_titles("the minister", LEXICON) == []
    assert office_titles("a PM", LEXICON) == []


# --- guards: the title as written wins; no holder, a deputy or two holders give nobody ------------


def test_a_premier_the_corpus_calls_premier_wins_over_a_prime_minister():
    text = "Bo Quill met Arlen Vosko at the summit. The premier said the treaty was signed."
    assert _resolved(text, [QUILL, VOSKO], "The premier") == "Bo Quill"


def test_the_pm_of_a_story_naming_no_prime_minister_stays_unnamed():
    text = "Mira Tarne visited the docks. The PM said the port would grow."
    assert _resolved(text, [TARNE], "The PM") is None


def test_the_pm_is_never_the_deputy_prime_minister():
    text = "Mira Tarne chaired the cabinet. The PM was abroad, the PM said in a letter."
    assert _resolved(text, [TARNE], "The PM") is None


def test_two_prime_ministers_in_one_story_give_neither():
    stories = TITLED + [("Prime Minister Bo Quill resigned. ", [QUILL]),
                        ("Prime Minister Bo Quill left the party. ", [QUILL])]
    text = "Arlen Vosko replaced Bo Quill. The PM said he was pleased."
    assert _resolved(text, [VOSKO, QUILL], "The PM", stories) is None
