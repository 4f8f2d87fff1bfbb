"""The corpus's own table of office holders (``coref.offices``) on sentences written for these tests."""

from __future__ import annotations

from newsgraph.coref import CorefLexicon
from newsgraph.coref.offices import learn_offices, resolve_described, title_of_description
from newsgraph.model import Claim
from test_coref import mentions_of

LEXICON = CorefLexicon.from_data()
KELL = ("Dana Kell", "PERSON", "Dana Kell")
RENNER = ("Ivo Renner", "PERSON", "Ivo Renner")
PIKE = ("Jo Pike", "PERSON", "Jo Pike")

# stories that tie the titles to names, each a document of the corpus
TITLED = [
    ("Transport Secretary Dana Kell opened the bridge on Monday. ", [KELL]),
    ("The plan was backed by Dana Kell, the transport secretary, at a meeting. ", [KELL]),
    ("Deputy Prime Minister Ivo Renner toured the port. ", [RENNER]),
    ("Former prime minister Jo Pike wrote a book. ", [PIKE]),
    ("Deputy Prime Minister Ivo Renner spoke at the dinner. ", [RENNER]),
    ("Former prime minister Jo Pike was unwell. ", [PIKE]),
]


def actors_of(mentions) -> list[str]:
    return [m.key for m in mentions]


def table_of(stories):
    documents = []
    for text, names in stories:
        mentions = mentions_of(text, names)
        documents.append((text, mentions, actors_of(mentions)))
    return learn_offices(documents, LEXICON)


def claim(text: str, speaker: str, after: int = 0) -> Claim:
    start = text.index(speaker, after)
    return Claim(id="d:c0", doc="d", start=0, end=1, text="", speaker=None, speaker_text=speaker,
                 speaker_span=[start, start + len(speaker)], anonymous=False, cue="said",
                 cue_span=[start, start + 1], stance="assert", outlet=None, sentence=0, kind="indirect")


def resolved(text: str, names, speaker: str, stories=TITLED):
    mentions = mentions_of(text, names)
    found = claim(text, speaker)
    resolve_described(text, [found], mentions, actors_of(mentions), table_of(stories), LEXICON)
    return mentions[found.speaker].full_name if found.speaker is not None else None


def test_titles_before_a_name_and_in_a_definite_apposition_count():
    table = table_of(TITLED)
    assert table.holders["transport secretary"]["dana kell"] == 2
    assert table.holders["secretary"]["dana kell"] == 2


def test_a_qualified_or_past_title_does_not_count_for_the_office():
    table = table_of(TITLED)
    assert table.holders["deputy prime minister"]["ivo renner"] == 2
    assert "ivo renner" not in table.holders.get("prime minister", {})
    assert "jo pike" not in table.holders.get("prime minister", {})
    assert table.holders["former prime minister"]["jo pike"] == 2


def test_a_description_takes_the_one_person_of_the_story_the_corpus_gives_the_title():
    text = "Mrs Kell visited the docks with Ivo Renner. The transport secretary said the port would grow."
    names = [("Mrs Kell", "PERSON", "Dana Kell"), RENNER]
    assert resolved(text, names, "The transport secretary") == "Dana Kell"


def test_no_holder_when_the_story_does_not_name_one():
    text = "Ivo Renner visited the docks. The transport secretary said the port would grow."
    assert resolved(text, [RENNER], "The transport secretary") is None


def test_one_support_is_not_enough():
    text = "Mr Renner and Ms Kell met. The port minister said little."
    stories = [("Port Minister Ivo Renner sailed. ", [RENNER])]
    assert resolved(text, [("Mr Renner", "PERSON", "Ivo Renner"), ("Ms Kell", "PERSON", "Dana Kell")],
                    "The port minister", stories) is None


def test_two_holders_in_one_story_give_neither():
    stories = TITLED + [("Transport Secretary Ivo Renner resigned. ", [RENNER]),
                        ("Transport Secretary Ivo Renner left. ", [RENNER])]
    text = "Dana Kell replaced Ivo Renner. The transport secretary said she was pleased."
    assert resolved(text, [KELL, RENNER], "The transport secretary", stories) is None


def test_the_office_is_never_its_deputy_or_former_holder():
    text = "Ivo Renner and Jo Pike attended. The prime minister said it was a fine day."
    assert resolved(text, [RENNER, PIKE], "The prime minister") is None


def test_title_of_description():
    assert title_of_description("The home secretary", LEXICON) == "home secretary"
    assert title_of_description("the Gunners manager", LEXICON) == "gunners manager"
    assert title_of_description("the chancellor", LEXICON) == "chancellor"
    assert title_of_description("the flanker", LEXICON) is None  # a role many share
    assert title_of_description("the minister", LEXICON) is None  # which minister, it does not say
    assert title_of_description("the weather", LEXICON) is None
    assert title_of_description("a minister", LEXICON) is None
    assert title_of_description("the prime minister's spokesman", LEXICON) is None


def test_he_after_a_resolved_description_in_the_paragraph_is_the_same_person():
    text = "Mrs Kell visited the docks. The transport secretary said the port would grow. He said more.\nHe left."
    mentions = mentions_of(text, [("Mrs Kell", "PERSON", "Dana Kell")])
    found = [claim(text, "The transport secretary"), claim(text, "He"), claim(text, "He", text.index("\n"))]
    resolve_described(text, found, mentions, actors_of(mentions), table_of(TITLED), LEXICON)
    assert [c.speaker for c in found] == [0, 0, None]  # not across a paragraph break


def test_he_after_another_person_is_named_is_not_chained():
    text = "Mrs Kell visited the docks. The transport secretary said the port would grow. Ivo Renner smiled. He said more."
    mentions = mentions_of(text, [("Mrs Kell", "PERSON", "Dana Kell"), RENNER])
    found = [claim(text, "The transport secretary"), claim(text, "He")]
    resolve_described(text, found, mentions, actors_of(mentions), table_of(TITLED), LEXICON)
    assert [c.speaker for c in found] == [0, None]


def test_a_described_member_of_a_group_is_the_offices_holder_beside_the_named_one():
    text = "Mrs Kell toured the docks. The transport secretary and her deputy Jo Pike said the port would grow."
    mentions = mentions_of(text, [("Mrs Kell", "PERSON", "Dana Kell"), PIKE])
    found = claim(text, "The transport secretary and her deputy Jo Pike")
    found.speaker = 1
    resolve_described(text, [found], mentions, actors_of(mentions), table_of(TITLED), LEXICON)
    assert found.speaker == 0 and found.speakers == [0, 1]


def test_no_described_member_when_the_office_has_no_known_holder_in_the_story():
    text = "Ivo Renner toured the docks. The home secretary and her deputy Jo Pike said the port would grow."
    mentions = mentions_of(text, [RENNER, PIKE])
    found = claim(text, "The home secretary and her deputy Jo Pike")
    found.speaker = 1
    resolve_described(text, [found], mentions, actors_of(mentions), table_of(TITLED), LEXICON)
    assert found.speaker == 1 and not found.speakers
