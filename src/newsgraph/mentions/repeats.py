"""Names the model found once and missed elsewhere in the same document.

Input: the document's text and its candidates. Output: the candidates plus one for each
uncovered occurrence of a name the document already names. A statistical tagger labels a
name in one sentence and misses it in the next ("Hugh Jackman hosts ..." then "Jackman was
announced ..."): a reader knows the second is the same name, and so does this step. A person's
full name also yields its surname. Precision comes first, so an occurrence is skipped when the
word may be something else here:

- the document writes the word in lower case too ("Brown" beside "brown", "May" beside "may");
- a capitalized word other than a title stands right before or after it ("Adam Smith Institute"
  holds "Smith" of another name);
- it is part of a longer word or of a hyphenated one.
"""

from __future__ import annotations

import re
from newsgraph.mentions.spans import Candidate
from newsgraph.mentions.titles import closes_title, modifies_role

# People and organisations are repeated. Places and peoples are not: the model rarely misses
# them, and a bare one before a noun ("Tessel preacher", "Doravian border police") names
# no actor of its own there.
REPEATED_LABELS = frozenset({"PERSON", "ORG"})
MIN_ORG_WORDS = 2  # "Velmora Freight"; a one-word organisation name is often a place's too
MIN_LENGTH = 3  # "Mo", "Al": too short to trust as a name on their own
TITLE_CASE_SHARE = 0.7  # of a line's words capitalized: a headline in title case
# the neighbouring word on the same line (a headline's last word is no part of the next line)
_WORD_BEFORE = re.compile(r"([A-Z][\w'’.-]*)[ \t]+$")
_WORD_AFTER = re.compile(r"^[ \t]+([A-Z][\w'’-]*)")


def repeat_names(text: str, candidates: list[Candidate], sentence_of, titles: frozenset[str],
                 given_names: frozenset[str] = frozenset(),
                 covered: list[tuple[int, int]] | None = None,
                 modifier_nouns: frozenset[str] = frozenset(),
                 stated_works: list[tuple[int, int]] = ()) -> list[Candidate]:
    """``candidates`` plus the document's uncovered occurrences of its own names, in order.
    ``covered`` spans (the names of works, events, laws) hold no repeat of a shorter name;
    ``stated_works`` (titles the sentence calls works: "the biopic Kessel") hold none at all."""
    candidates = complete_given_names(text, candidates, sentence_of, given_names)
    forms = _forms(candidates, text)
    if not forms:
        return candidates
    inside = list(covered or [])
    covered = [(c.start, c.end) for c in candidates]
    added: list[Candidate] = []
    for form in sorted(forms, key=len, reverse=True):
        for match in re.finditer(rf"(?<![\w'’-]){re.escape(form)}(?![\w-])", text):
            start, end = match.span()
            if (any(s < end and start < e for s, e in covered) or not _stands_alone(text, start, end, titles)
                    or _inside_longer(start, end, inside)  # "The Fall of the Kessel", tagged a work
                    or _inside_stated_work(start, end, stated_works)  # "the biopic Kessel": the film, not Jo Kessel
                    or closes_title(text, start)  # "The Fall of the Kessel": a film's, not Ana Kessel
                    or modifies_role(text, start, end, modifier_nouns)):
                continue
            covered.append((start, end))
            added.append(Candidate(start, end, form, forms[form], sentence_of(start)))
    return sorted(candidates + added, key=lambda c: (c.start, c.end))


def complete_given_names(text: str, candidates: list[Candidate], sentence_of,
                         given_names: frozenset[str]) -> list[Candidate]:
    """A common given name written just before a word the document tags as a person's is that
    person's full name: "Maurice Vaal" where the model tagged "Vaal" alone, or nothing there
    (in a headline, at a line's start). The model's own label for such a word elsewhere
    ("Vaal" once a group) does not matter: the given name says person."""
    if not given_names:
        return candidates
    surnames = {c.text.split()[-1] for c in candidates if c.label == "PERSON" and not c.descriptor}
    surnames = {s for s in surnames if len(s) >= MIN_LENGTH and s[:1].isupper() and s.replace("-", "").isalpha()}
    out = list(candidates)
    for surname in sorted(surnames):
        for match in re.finditer(rf"(?<![\w'’.-])([A-Z][a-z]+)[ \t]+{re.escape(surname)}(?![\w-])", text):
            # a capitalized word after it makes a longer name ("Maurice Vaal Trust"); one before it
            # may be a headline's verb ("Rovers Hire Maurice Vaal")
            if match.group(1).lower() not in given_names or _WORD_AFTER.match(text[match.end():match.end() + 40]):
                continue
            _add_full_name(out, text, match.start(), match.end(), sentence_of)
    return sorted(out, key=lambda c: (c.start, c.end))


def _add_full_name(candidates: list[Candidate], text: str, start: int, end: int, sentence_of) -> None:
    """Widen the candidate that holds the surname alone to the full name, or add the full
    name where nothing covers it; a candidate covering more is left as it is."""
    overlapping = [c for c in candidates if c.start < end and start < c.end]
    if not overlapping:
        candidates.append(Candidate(start, end, text[start:end], "PERSON", sentence_of(start)))
    elif len(overlapping) == 1 and overlapping[0].end == end and overlapping[0].start > start:
        widened = overlapping[0]
        widened.start, widened.text, widened.label = start, text[start:end], "PERSON"


def _forms(candidates: list[Candidate], text: str) -> dict[str, str]:
    """Name forms -> label: each person's name and its surname, each organisation's name of
    two words or more. A form given two labels in the document is ambiguous and left out."""
    labels: dict[str, set[str]] = {}
    surnames: set[str] = set()
    for candidate in candidates:
        if candidate.label not in REPEATED_LABELS or candidate.descriptor:
            continue
        words = candidate.text.split()
        if candidate.label == "PERSON" or len(words) >= MIN_ORG_WORDS:
            labels.setdefault(candidate.text, set()).add(candidate.label)
        if candidate.label == "PERSON" and len(words) >= 2 and words[-1][:1].isupper():
            surnames.add(words[-1].rstrip("’'"))
    for surname in surnames:  # the surname of a full name the document gives is a person's,
        labels[surname] = {"PERSON"}  # whatever the model called it alone ("Jackman" as a place)
    lower_words = set(re.findall(r"\b[a-z][\w'-]*\b", text))
    return {form: next(iter(found)) for form, found in labels.items()
            if len(found) == 1 and len(form) >= MIN_LENGTH and form[:1].isupper()
            and form.lower() not in lower_words and not form.endswith(("'s", "’s"))}


def _inside_longer(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """The occurrence lies inside a longer span (a work's title); a span that is the name
    itself is the model's slip of label ("Saleem" tagged a product) and blocks no repeat."""
    return any(s <= start and end <= e and e - s > end - start for s, e in spans)


def _inside_stated_work(start: int, end: int, spans) -> bool:
    """The occurrence lies inside or is a title its sentence calls a work ("the biopic Kessel",
    round 65): the model's person label there is no slip to undo, the noun says work. The
    document's other mentions of the name are left to ``drop_works``."""
    return any(s <= start and end <= e for s, e in spans)


def _stands_alone(text: str, start: int, end: int, titles: frozenset[str]) -> bool:
    before = _WORD_BEFORE.search(text[max(0, start - 40):start])
    if before and before.group(1).rstrip(".").lower() not in titles and not _ends_sentence(before.group(1)):
        return False
    return not _WORD_AFTER.match(text[end:end + 40])


def _ends_sentence(word: str) -> bool:
    """A capitalized word that closes the sentence before ("... in Paris. Jackman said") is
    no part of the name that follows it."""
    return word.endswith((".", "!", "?")) and not word.rstrip(".").isupper()



def widen_name_fragments(text: str, candidates: list[Candidate], titles: frozenset[str],
                         calendar_words: frozenset[str] = frozenset(),
                         body_heads: frozenset[str] = frozenset()) -> list[Candidate]:
    """A lone word the model tagged a person beside a capitalized word of no name of its own is
    a piece of that longer name, not a short name: "Vaal" of "Brenton Vaal" (a street, or a
    given name the model left out), "Tomas" of "Tomas Brevik" cut short. Left alone it would
    join the person of that surname or given name; widened, it is the longer name. Left as
    they are: a title or an initial before it ("Mr Vaal", "J Vaal"), a possessive ("Rovers'
    Vaal"), a word opening the sentence ("Sprinter Vaal quits"), a date ("in March Vaal said")
    and a neighbour with capitals inside ("GDRs", "McKessel"). Widened onto a body's head word
    ("Kessel Presidency", "Kessel Administration"), the name is the office or the government a
    person leads, no person: it is labelled a group, so the story's bare "Kessel" does not join it."""
    spans = [(c.start, c.end) for c in candidates]
    for candidate in candidates:
        if (candidate.label != "PERSON" or candidate.descriptor or candidate.title or " " in candidate.text
                or _title_case_line(text, candidate.start)):
            continue
        start, end = _longer_name(text, candidate.start, candidate.end, titles, calendar_words, spans)
        if (start, end) != (candidate.start, candidate.end):
            candidate.start, candidate.end, candidate.text = start, end, text[start:end]
            if candidate.text.split()[-1] in body_heads:
                candidate.label = "ORG"
    return candidates


def _longer_name(text: str, start: int, end: int, titles: frozenset[str], calendar_words: frozenset[str],
                 spans: list[tuple[int, int]]) -> tuple[int, int]:
    floor = max(0, start - 40)
    before = _WORD_BEFORE.search(text[floor:start])
    if before:
        at, word = floor + before.start(1), before.group(1)
        if (_plain_word(word) and word.lower() not in titles and word not in calendar_words
                and not _opens_sentence(text, at) and not _named(at, spans)):
            return at, end
    after = _WORD_AFTER.match(text[end:end + 40])
    if after and _plain_word(after.group(1)) and after.group(1) not in calendar_words \
            and not _named(end + after.start(1), spans):
        return start, end + after.end(1)
    return start, end


def _title_case_line(text: str, at: int) -> bool:
    """A headline in title case ("Rovers Hire Jon Vaal As Coach"): every word is capitalized
    there, so a capitalized neighbour says nothing of the name."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    words = [w for w in text[line_start:line_end if line_end >= 0 else len(text)].split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


def _plain_word(word: str) -> bool:
    """A capitalized word that may belong to the same name: lower case after its capital, no
    initial, acronym or possessive, and each part of a hyphenated word capitalized
    ("Oscar-nominated" describes the name after it)."""
    return (len(word) > 1 and word[1:].replace("-", "").isalpha() and word[1:].islower()
            and all(part[:1].isupper() for part in word.split("-")))


def _opens_sentence(text: str, at: int) -> bool:
    """The word at ``at`` opens its line or sentence: capitalized for its place, not a name's."""
    before = text[max(0, at - 3):at].rstrip(" \t")
    return not before or before.endswith(("\n", ".", "!", "?", ":", '"', "“", "‘", "(", "-"))


def _named(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= at < e for s, e in spans)
