"""Links and kinds (round 65, branch lnk40): a work's title right after its noun with no comma
("the biopic Kessel", "Jo Kessel biopic Kessel") read as the person who shares its name. The
noun's tag does not matter when the word is written in lower case (the tagger took "biopic" for
a name's word), and a title the sentence calls a work holds no repeat of the story's person, not
even of the same name. Sentences and names written for these tests."""

from __future__ import annotations

from newsgraph.mentions.repeats import repeat_names
from newsgraph.mentions.spans import Candidate


def _at(analyze, text: str) -> dict[int, str]:
    """Start -> key of each mention of the text."""
    return {m.start: m.key for m in analyze(text).mentions}


# --- a title right after its work's noun is no mention of the person ---------------------------

def test_a_biopic_named_for_its_hero_is_no_mention_of_him(analyze):
    text = ("The nominated films are rural drama Orla Gate and controversial biopic Brannick, "
            "starring Tom Vale as the chemist Edwin Brannick, which opened last week.")
    at = _at(analyze, text)
    assert text.index("Brannick,") not in at
    assert at.get(text.index("Edwin Brannick")) == "edwin brannick"


def test_a_title_after_a_tagged_noun_holds_no_repeat_of_the_surname():
    """The sentence's "work" span is the surname itself: no repeat re-adds it as the person."""
    text = "Edwin Brannick was a chemist. The biopic Brannick opened in Tamsk."
    person = Candidate(0, len("Edwin Brannick"), "Edwin Brannick", "PERSON", 0)
    work = (text.index("Brannick opened"), text.index("Brannick opened") + len("Brannick"))
    out = repeat_names(text, [person], lambda offset: 0, frozenset(), stated_works=[work])
    assert [c.start for c in out if c.text == "Brannick"] == []


def test_the_stated_work_blocks_only_its_own_span():
    text = "Edwin Brannick was a chemist. The biopic Brannick opened. Then, Brannick died in Tamsk."
    person = Candidate(0, len("Edwin Brannick"), "Edwin Brannick", "PERSON", 0)
    work = (text.index("Brannick opened"), text.index("Brannick opened") + len("Brannick"))
    out = repeat_names(text, [person], lambda offset: 0, frozenset(), stated_works=[work])
    assert [c.start for c in out if c.text == "Brannick"] == [text.index("Brannick died")]


# --- what must stay ----------------------------------------------------------------------------

def test_a_director_before_his_name_stays_a_person(analyze):
    text = "The award went to director Jo Brann, whose film was shot in Tamsk, Jo Brann said."
    assert "jo brann" in _at(analyze, text).values()


def test_a_film_maker_stays_a_person(analyze):
    text = "Film-maker Ana Kessel said the project had taken her six years to finish in Vaal."
    assert "ana kessel" in _at(analyze, text).values()


def test_the_stars_possessive_film_is_not_this_class(analyze):
    """"the Jo Brann film": the star before the noun, no title after it."""
    text = "Critics loved the new Jo Brann film, and Jo Brann said he was delighted."
    at = _at(analyze, text)
    assert at.get(text.index("Jo Brann film")) == "jo brann"


def test_a_speaking_name_after_a_noun_is_not_blocked():
    """A work span that speaks is not passed as a stated work: the repeat stands as before."""
    text = "Edwin Brannick was a chemist. Then, Brannick said he was proud."
    person = Candidate(0, len("Edwin Brannick"), "Edwin Brannick", "PERSON", 0)
    out = repeat_names(text, [person], lambda offset: 0, frozenset())
    assert [c.start for c in out if c.text == "Brannick"] == [text.index("Brannick said")]


def test_a_lower_case_noun_the_tagger_took_for_a_name_still_calls_the_title_a_work(analyze):
    """"Jo Tamsk biopic Tamsk": the tagger reads "biopic" as a name's word; the film is no
    mention of the singer, nor is the film's other bare mention in the story."""
    text = ("The films in the race are war drama Orla Gate and Jo Tamsk biopic Tamsk. "
            "Critics expect awards for Tamsk and Orla Gate next month.")
    at = _at(analyze, text)
    assert text.index("Tamsk.") not in at
    assert at.get(text.index("Jo Tamsk")) == "jo tamsk"


def test_a_writer_the_parse_sets_beside_a_song_keeps_his_repeat(analyze):
    """"written by Vaal - a song called ...": the parse's apposition is no noun before the name;
    the writer stays the story's person."""
    text = ("Jon Vaal wrote the words. The last song written by Vaal - a song called Orla Gate, "
            "which was meant for a film - is out now.")
    at = _at(analyze, text)
    assert at.get(text.index("by Vaal") + 3) == "jon vaal"
