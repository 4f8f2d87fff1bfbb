"""Titled names the model tagged nothing: "Mr Vaal said", "added Cardinal Kessel".

Input: one parsed chunk and the candidates found in it. Output: a person candidate for each
title of the data (honorifics, lone person titles) followed by capitalized words that no
candidate covers and no entity of the model holds, when the name is the subject of a verb of
saying. A title alone is weak evidence ("Dr Kessel" may be a drink, "Miss Kessel" a pageant);
speaking makes it a person's. The candidate spans the name only and keeps the title, as the
model's own "Mr" + PERSON spans do.

Also a common given name ("Simon", ``name_gender.yaml``) and one or two capitalized words after it
that no candidate covers, when the name is the subject of a verb of saying and either the model
tagged none of it or a lower-case description is apposed to it ("Ana Vaal, a senior analyst at
Kessel, said"; the model may read such a name as a work's title).

Also a body's initials the model tagged nothing ("the KVTA said", "according to the KVTA"): one
word of two to six capitals, no country's, post's or listed non-actor, that says or reports something.
"""

from __future__ import annotations

import re

from newsgraph.mentions.rules import EntityRules
from newsgraph.mentions.spans import Candidate, WordStats, is_source, relabel
from newsgraph.names import NameGender

_MAX_NAME_WORDS = 3  # "Cardinal Kessel", "Dr Jon Vaal", "Mr Jon de Vaal"
# labels the model gives a surname it mistakes for a number or a date ("said Mr Vaal" as DATE):
# no name's, so they hold no name back
_NUMERIC_LABELS = frozenset({"", "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
# a body's initials: one word of two to six capitals ("KVTA"); one letter is a pronoun or an initial
_INITIALS = re.compile(r"[A-Z]{2,6}")


def titled_speakers(doc, offset: int, sentence_index: dict[int, int], rules: EntityRules,
                    words: WordStats, found: list[Candidate]) -> list[Candidate]:
    """Person candidates for the chunk's uncovered titled names that speak, in text order."""
    titles = rules.honorifics | rules.lone_title_people
    added = []
    for token in doc:
        if token.text.rstrip(".") not in titles or _capitalized_before(token):
            continue
        name = _name_after(token, words)
        if name is None or not _speaks(name, rules.person_speech_verbs) or _covered(name, offset, found):
            continue
        added.append(Candidate(start=offset + name.start_char, end=offset + name.end_char, text=name.text,
                               label="PERSON", sentence=sentence_index[name.sent.start],
                               title=token.text.rstrip("."), cue="PERSON"))  # the title states the kind
    return added


def given_name_speakers(doc, offset: int, sentence_index: dict[int, int], rules: EntityRules,
                        gender: NameGender, found: list[Candidate]) -> list[Candidate]:
    """Person candidates for the chunk's uncovered "Given Surname" names that speak, in text order;
    the caller drops any other candidate they overlap (a work's or a product's)."""
    added = []
    for token in doc:
        if not (token.is_title and gender.is_given_name(token.text.lower())) or _capitalized_before(token):
            continue
        end = token.i + 1
        while end < len(token.doc) and end - token.i < _MAX_NAME_WORDS and token.doc[end].is_title \
                and token.doc[end].text.replace("'", "").replace("\u2019", "").replace("-", "").isalpha():
            end += 1
        name = token.doc[token.i:end]
        # an actor's candidate holds the name already; a work's ("Ana Vaal" a title) gives way below
        actors = [c for c in found if c.label in rules.actor_labels]
        if len(name) < 2 or not _speaks(name, rules.person_speech_verbs) or _covered(name, offset, actors + added):
            continue
        if any(t.ent_type_ not in _NUMERIC_LABELS for t in name) and not _described(name):
            continue  # a name the model tagged and the stage dropped, with nothing saying who
        added.append(Candidate(start=offset + name.start_char, end=offset + name.end_char, text=name.text,
                               label="PERSON", sentence=sentence_index[name.sent.start], cue="PERSON"))
    return added


def initials_speakers(doc, offset: int, sentence_index: dict[int, int], rules: EntityRules,
                      countries: frozenset[str], found: list[Candidate]) -> list[Candidate]:
    """Body candidates for the chunk's untagged initials that speak, in text order: the label
    the tables give the word (an outlet's: "the FT said"), a body's otherwise."""
    added = []
    for token in doc:
        if not _INITIALS.fullmatch(token.text) or token.ent_type_ not in _NUMERIC_LABELS \
                or token.text in countries or token.text in rules.not_actors or token.text in rules.role_initials:
            continue
        name = token.doc[token.i:token.i + 1]
        verbs = rules.person_speech_verbs | rules.telling_verbs | rules.publishing_verbs
        if not is_source(name, verbs) or _covered(name, offset, found + added):
            continue
        label = relabel(name, "ORG", rules)
        if label not in rules.actor_labels:
            continue
        added.append(Candidate(start=offset + name.start_char, end=offset + name.end_char, text=name.text,
                               label=label, sentence=sentence_index[name.sent.start]))
    return added


def _described(name) -> bool:
    """A lower-case description is apposed to the name: "Ana Vaal, a senior analyst, said"."""
    return any(child.dep_ == "appos" and child.text.islower() for child in name[-1].children)


def _capitalized_before(token) -> bool:
    """"Jon Bishop said": a title word inside a capitalized run is a name's word, no title."""
    return token.i > 0 and token.doc[token.i - 1].is_title and not token.doc[token.i - 1].is_sent_start


def _name_after(title, words: WordStats):
    """The capitalized words right after the title that the model left untagged, or None."""
    doc = title.doc
    start = title.i + 1
    if start < len(doc) and doc[start].text == "." and title.text[-1:] != ".":
        start += 1  # "Dr. Vaal"
    end = start
    while end < len(doc) and end - start < _MAX_NAME_WORDS and _name_word(doc[end], words):
        end += 1
    if end == start or any(t.ent_type_ not in _NUMERIC_LABELS for t in doc[start:end]):
        return None  # a name the model tagged and the stage dropped (a work's word) stays dropped
    return doc[start:end]


def _name_word(token, words: WordStats) -> bool:
    """A capitalized word no document writes in lower case ("Vaal", "O'Kessel")."""
    return (token.text[:1].isupper() and token.text.replace("'", "").replace("\u2019", "").replace("-", "").isalpha()
            and not token.is_upper and not words.is_lowercase_word(token.text))


def _speaks(name, verbs: frozenset[str]) -> bool:
    """The name is the subject of a verb of saying: "Mr Vaal said", "said Mr Vaal"."""
    root = name[-1]
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in verbs


def _covered(name, offset: int, found: list[Candidate]) -> bool:
    """A candidate already holds part of the name."""
    start, end = offset + name.start_char, offset + name.end_char
    return any(c.start < end and start < c.end for c in found)
