"""Round 12 of links and named-mention recall: title-case headlines read again in the body's
casing, given names completing a person's name, a line's first word kept in its sentence,
described names. Sentences and names are invented for these tests."""

from __future__ import annotations

from newsgraph.mentions.linking import link_short_forms
from newsgraph.mentions.repeats import complete_given_names
from newsgraph.mentions.spans import Candidate
from newsgraph.names import NameGender
from newsgraph.parse.headlines import body_spellings, reparse_headlines

GIVEN = frozenset({"maurice", "tomas"})


def _names(result):
    return [(m.text, m.label) for m in result.mentions]


def test_a_title_case_headline_is_read_again_in_the_body_s_casing(nlp):
    text = ("Rovers Hire Tomas Varnell As Head Coach\n"
            "Tomas Varnell was hired as head coach of the club on Monday, the owners said.")
    doc = nlp(text)
    (offset, again), = reparse_headlines(nlp, [(0, doc)])
    assert offset == 0 and again.text.startswith("Rovers hire Tomas Varnell")
    assert ("Tomas Varnell", "PERSON") in [(e.text, e.label_) for e in again.ents]


def test_a_headline_s_person_becomes_a_mention_with_the_document_s_text(analyze):
    text = ("Rovers Hire Tomas Varnell As Head Coach\n"
            "Tomas Varnell was hired as head coach of the club on Monday, the owners said.")
    result = analyze(text)
    headline = [m for m in result.mentions if m.start < text.index("\n")]
    assert ("Tomas Varnell", "PERSON", text.index("Tomas")) in [(m.text, m.label, m.start) for m in headline]


def test_a_sentence_of_the_body_is_not_read_again(nlp):
    text = "The coach was hired on Monday, the owners said, and he will start in June."
    assert reparse_headlines(nlp, [(0, nlp(text))]) == []


def test_body_spellings_prefer_a_capital_written_inside_a_sentence(nlp):
    """A lower-case spelling in a web address does not outvote the capitals of the prose."""
    doc = nlp("The crash in Dorrin Hill was seen from www . dorrin - hill . com by many.\n"
              "Police in Dorrin Hill said the crash was hired out.")
    spellings = body_spellings([doc])
    assert spellings["dorrin"] == "Dorrin" and spellings["crash"] == "crash" and spellings["hire"] == "hire"


def _candidate(text: str, words: str, label: str = "PERSON", nth: int = 0) -> Candidate:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Candidate(start, start + len(words), words, label, 0)


def test_a_given_name_before_a_person_s_word_makes_the_full_name():
    text = "Rovers hire Maurice Kell\nMaurice Kell was named coach. Kell played for them."
    found = complete_given_names(text, [_candidate(text, "Kell", nth=2)], lambda offset: 0, GIVEN)
    assert [(c.text, c.label, c.start) for c in found] == [
        ("Maurice Kell", "PERSON", text.index("Maurice Kell")),
        ("Maurice Kell", "PERSON", text.rindex("Maurice Kell")),
        ("Kell", "PERSON", text.rindex("Kell"))]


def test_the_surname_alone_is_widened_to_the_full_name():
    text = "Maurice Kell was named coach, and Kell said so."
    found = complete_given_names(text, [_candidate(text, "Kell"), _candidate(text, "Kell", nth=1)],
                                 lambda offset: 0, GIVEN)
    assert [(c.text, c.start) for c in found] == [("Maurice Kell", 0), ("Kell", text.rindex("Kell"))]


def test_a_capitalized_word_after_it_makes_another_name():
    text = "The Maurice Kell Trust gave money, and Kell said so."
    found = complete_given_names(text, [_candidate(text, "Kell", nth=1)], lambda offset: 0, GIVEN)
    assert [c.text for c in found] == ["Kell"]


def test_a_word_the_document_never_tags_as_a_person_is_not_completed():
    text = "Maurice Street is closed, said Kell."
    found = complete_given_names(text, [_candidate(text, "Kell")], lambda offset: 0, GIVEN)
    assert [c.text for c in found] == ["Kell"]


def test_a_line_s_first_word_stays_in_its_sentence(nlp):
    """The parser ended a sentence after a line's first word ("Orrin" | "Vasko beat ..."), and
    the named-entity model then read no name across the cut."""
    doc = nlp("Match report\nOrrin Vasko beat Tam Lund in the final on Sunday.")
    assert [s.text for s in doc.sents] == ["Match report\n", "Orrin Vasko beat Tam Lund in the final on Sunday."]


def test_a_described_name_s_first_word_is_no_given_name():
    """"Beatle Oliver Varnell" (the model took the description into the name): a bare "Beatle"
    later is not Oliver Varnell."""
    candidates = [Candidate(0, 20, "Beatle Oliver Varnell", "PERSON", 0), Candidate(60, 66, "Beatle", "PERSON", 1)]
    keys = ["beatle oliver varnell", "beatle"]
    assert link_short_forms(candidates, keys, NameGender.from_data()) == [0, 1]


def test_a_given_name_still_stands_for_a_three_word_name():
    candidates = [Candidate(0, 20, "Oliver Henry Varnell", "PERSON", 0), Candidate(60, 66, "Oliver", "PERSON", 1)]
    keys = ["oliver henry varnell", "oliver"]
    assert link_short_forms(candidates, keys, NameGender.from_data()) == [0, 0]


def test_the_europeans_of_a_sports_report_is_a_championship():
    from newsgraph.mentions import drop_championships

    text = "Vasko was selected for the Europeans. Europeans like the plan."
    found = [Candidate(text.index("Europeans"), text.index("Europeans") + 9, "Europeans", "NORP", 0),
             Candidate(text.rindex("Europeans"), text.rindex("Europeans") + 9, "Europeans", "NORP", 1)]
    kept = drop_championships(text, found, frozenset({"Europeans", "Worlds"}))
    assert [c.start for c in kept] == [text.rindex("Europeans")]


def test_the_europeans_beside_sports_words_is_a_championship_outside_a_sports_report():
    from newsgraph.mentions import drop_championships

    text = "The indoor championships end today. Vasko was picked for the Europeans."
    text += " " * 400 + "Still, the Europeans voted again."
    found = [Candidate(i, i + 9, "Europeans", "NORP", 0) for i in (text.index("Europeans"), text.rindex("Europeans"))]
    kept = drop_championships(text, found, frozenset({"Europeans"}), frozenset({"championships"}), sport=False)
    assert [c.start for c in kept] == [text.rindex("Europeans")]


def test_titles_quoted_inside_a_paragraph_are_not_read_again(nlp):
    """A run of song titles inside prose ("... Kessel Nights - Love Will Find Us Again...
    Rain is dull.") looks like a headline but is no line of its own."""
    text = "We loved it. What about Kessel Nights - Love Will Find Us Again... Rain is dull.\nMore soon."
    assert reparse_headlines(nlp, [(0, nlp(text))]) == []


def test_a_pronoun_is_no_name(analyze):
    names = [m.text for m in analyze("They sang Love Will Find Us Again, and the US band Kessel Nights played.").mentions]
    assert "Us" not in names


def test_two_companies_joined_by_and_are_two_names_when_each_is_named_alone():
    from newsgraph.mentions import split_named_pairs

    text = "Vantorix is to merge with Brevik. Vantorix and Brevik shares rose."
    pair = Candidate(text.index("Vantorix and"), text.index(" shares"), "Vantorix and Brevik", "ORG", 1)
    found = [Candidate(26, 32, "Brevik", "ORG", 0), pair]
    assert [(c.text, c.start) for c in split_named_pairs(text, found)] == [
        ("Brevik", 26), ("Vantorix", text.index("Vantorix and")), ("Brevik", text.rindex("Brevik"))]


def test_a_pair_never_named_apart_stays_one_name():
    from newsgraph.mentions import split_named_pairs

    text = "Marks and Vaal sold more. Shares in Marks and Vaal rose, and Vaal said so."
    found = [Candidate(0, 14, "Marks and Vaal", "ORG", 0), Candidate(text.rindex("Vaal"), text.rindex("Vaal") + 4, "Vaal", "ORG", 0)]
    assert [c.text for c in split_named_pairs(text, found)] == ["Marks and Vaal", "Vaal"]
