"""Round 62 (issue 19, branch spk115): a "he" / "she" after a sentence whose subject is an epithet
by what a person is ("The seventh seed, who is due to meet Z, ...", "The 21-year-old was hurt in a
tackle by Z") took the one person that sentence names, in a clause or an object. The epithet goes
on with the subject of the sentence before it (``DocumentCoref._epithet_carried``), and so does
the pronoun. Two subjects, a rival introduced by the epithet's noun, a named subject and an
epithet that is no focus noun stay as they were. Sentences written here."""

from __future__ import annotations

from test_coref import coref

JO = ("Karl Brann", "PERSON", "Karl Brann")  # a given name the tables know as a man's
IVO = ("Ivo Renner", "PERSON", "Ivo Renner")
KELL = ("Anna Kell", "PERSON", "Anna Kell")


def _antecedent(text: str, names, word: str = "he", before: str = "he said") -> str | None:
    c = coref(text, names)
    index = c.pronoun(word, text.index(before))
    return None if index is None else c.mentions[index].full_name


def test_seed_epithet_with_a_name_in_its_relative_clause_goes_on_with_the_subject():
    text = ("Karl Brann beat Pol Vaal in the first round in Tamsk last year. "
            "The seventh seed, who could face Ivo Renner in the semi-finals, is keen to start. "
            "\"It will be hard,\" he said.")
    names = [JO, ("Pol Vaal", "PERSON", "Pol Vaal"), IVO]
    assert _antecedent(text, names) == "Karl Brann"


def test_age_epithet_with_a_name_in_an_object_goes_on_with_the_subject():
    text = ("Karl Brann had a scan on the injury in Kessel on Monday. "
            "The 21-year-old missed three months of the season after a tackle by Ivo Renner. "
            "And he said it felt different.")
    assert _antecedent(text, [JO, IVO], before="he said") == "Karl Brann"


def test_epithet_of_a_woman_goes_on_with_her():
    text = ("Anna Kell will miss the Kessel race to rest. "
            "The 31-year-old was beaten by Mia Tull in the Tamsk race last week. "
            "\"I must rest,\" she said.")
    names = [KELL, ("Mia Tull", "PERSON", "Mia Tull")]
    assert _antecedent(text, names, word="she", before="she said") == "Anna Kell"


def test_guard_rival_introduced_by_the_epithets_noun_stays():
    # "signed striker Y. The striker ...": the striker may be the one signed
    text = ("Karl Brann signed striker Ivo Renner on Monday. "
            "The striker, who joined from Kessel, will face Pol Vaal on Saturday. "
            "\"It will be hard,\" he said.")
    names = [JO, IVO, ("Pol Vaal", "PERSON", "Pol Vaal")]
    assert _antecedent(text, names) == "Pol Vaal"


def test_guard_named_subject_is_kept():
    text = ("Karl Brann beat Pol Vaal in Tamsk. "
            "Ivo Renner, the seventh seed, is looking forward to the match. "
            "\"It will be hard,\" he said.")
    names = [JO, ("Pol Vaal", "PERSON", "Pol Vaal"), IVO]
    assert _antecedent(text, names) == "Ivo Renner"


def test_guard_no_subject_in_the_sentence_before_leaves_it():
    # the sentence before names two people, neither its subject: the epithet may be either
    text = ("A row between Karl Brann and Pol Vaal went on in Tamsk. "
            "The 25-year-old was then fined after a tackle on Ivo Renner. "
            "\"It was unfair,\" he said.")
    names = [JO, ("Pol Vaal", "PERSON", "Pol Vaal"), IVO]
    assert _antecedent(text, names) == "Ivo Renner"


def test_guard_office_description_is_no_epithet():
    # "the minister" is an office, which another holder may fill: not carried
    text = ("Karl Brann met the board in Tamsk. "
            "The minister later spoke to Ivo Renner about it. "
            "\"It went well,\" he said.")
    names = [JO, IVO]
    assert _antecedent(text, names) == "Ivo Renner"


def test_one_word_name_in_full_without_a_gender_is_not_carried():
    # "Tamsk played on. The singer traded blows with Y": a one-word "person" may be a band
    text = ("Tamsk played for fans in Kessel on Tuesday. "
            "The former Vaal singer traded blows with guitarist Ivo Renner. "
            "\"It was nothing,\" he said.")
    assert _antecedent(text, [("Tamsk", "PERSON", "Tamsk"), IVO]) == "Ivo Renner"


def test_possessive_epithet_and_a_copula_are_not_carried():
    # "The prosecution's star witness is X": the name is what the epithet describes
    text = ("Karl Brann was questioned in Tamsk on Monday. "
            "The prosecution's star witness is Ivo Renner, a former aide. "
            "He said he had seen the books.")
    assert _antecedent(text, [JO, IVO], before="He said") == "Ivo Renner"
    text = ("Karl Brann was questioned in Tamsk on Monday. "
            "The star witness is Ivo Renner, a former aide. "
            "He said he had seen the books.")
    assert _antecedent(text, [JO, IVO], before="He said") == "Ivo Renner"
