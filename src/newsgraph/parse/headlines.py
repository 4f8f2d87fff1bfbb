"""Title-case headlines read a second time, in the article's own casing.

Input: the parsed chunks of one document. Output: ``(offset, Doc)`` pairs, one per headline
line written in Title Case or in capitals, parsed again with each word spelled as the
article's body spells it. The small statistical model reads names badly in such a line:
every word looks like a name, so it tags runs of them ("Kessel Rovers Sack Coach") or
nothing at all ("Rovers Hire Jon Vaal As Coach"). A reader knows which capitals are only the
headline's style: the words the body writes in lower case. Recasing keeps every word's
length, so the second parse's offsets are the headline's.
"""

from __future__ import annotations

from collections import Counter

HEADLINE_CAPITALIZED_SHARE = 0.6
_MIN_HEADLINE_WORDS = 3
CAPITAL_WEIGHT = 3


def is_headline(sent) -> bool:
    """A sentence most of whose words of three letters or more are capitalized."""
    words = [t for t in sent if t.is_alpha and len(t) > 2]
    if len(words) < _MIN_HEADLINE_WORDS:
        return False
    share = sum(1 for t in words if t.is_title or t.is_upper) / len(words)
    return share >= HEADLINE_CAPITALIZED_SHARE


def body_spellings(docs) -> dict[str, str]:
    """lower-case word -> how the body most often writes it inside a sentence: "hire" (also
    from "hired": a headline's verb is often in another form), "Queens", "DA". Headlines and
    sentence starts tell nothing: their capitals are the position's."""
    forms: dict[str, Counter] = {}
    for doc in docs:
        for sent in doc.sents:
            if is_headline(sent):
                continue
            for token in sent:
                if not token.is_alpha or (token.is_sent_start and not token.is_lower):
                    continue
                # a capital inside a sentence is deliberate; a lower-case spelling may be a web
                # address's or a slip ("richmond-hill" in a link), so capitals weigh more
                forms.setdefault(token.lower_, Counter())[token.text] += 1 if token.is_lower else CAPITAL_WEIGHT
                if token.is_lower and token.lemma_.lower() != token.lower_:
                    forms.setdefault(token.lemma_.lower(), Counter())[token.lemma_.lower()] += 1
    return {word: counts.most_common(1)[0][0] for word, counts in forms.items()}


def _spelling(word: str, spellings: dict[str, str]) -> str | None:
    """The body's spelling of ``word``, or of its stem when the body writes only another form
    ("Hires" beside "hired")."""
    found = spellings.get(word.lower())
    if found is not None or len(word) <= 4:
        return found
    for stem in (word[:-1], word[:-2], word[:-3]):
        found = spellings.get(stem.lower())
        if found is not None and found.islower():
            return word.lower()
    return None


def recased(text: str, tokens, spellings: dict[str, str]) -> str:
    """``text`` (a headline) with each word spelled as the body spells it. The first word
    keeps a capital ("GUNMAN HELD" -> "Gunman held"). A word of another length once recased
    keeps its own spelling."""
    chars = list(text)
    base = tokens[0].idx
    words = [t for t in tokens if t.is_alpha]
    for token in words:
        spelling = _spelling(token.text, spellings)
        if spelling is None:
            continue
        if token.i == words[0].i:
            spelling = spelling[:1].upper() + spelling[1:]
        if spelling == token.text or len(spelling) != len(token.text):
            continue
        start = token.idx - base
        chars[start:start + len(spelling)] = spelling
    return "".join(chars)


def headline_lines(docs_with_offsets) -> list[tuple[int, str, object]]:
    """The title-case headline lines of a document: ``(offset, text, span)``. A headline is a
    line of its own (the parser may cut it in two sentences: "Rovers Hire Jon Vaal" | "As
    Coach"); a run of titles inside a paragraph ("... Joy Division - Love Will Tear Us
    Apart... Angels is ...") is prose quoting names."""
    found = []
    for offset, doc in docs_with_offsets:
        start = 0
        for line in doc.text.split("\n"):
            end = start + len(line)
            span = doc.char_span(start, end, alignment_mode="expand") if line.strip() else None
            if span is not None and len(span) and is_headline(span) and not ends_in_full_stop(span):
                found.append((offset + span.start_char, doc.text[span.start_char:span.end_char], span))
            start = end + 1
    return found


def title_line(text: str) -> tuple[int, int] | None:
    """The span of a document's title line: its first non-empty line when the body goes on
    below it and the line ends in no sentence punctuation ("Mayor rejects toll rise", not a lead
    sentence "The mayor rejected the toll rise." set on a line of its own)."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0 or not text[end:].strip():
        return None
    line = text[start:end].rstrip()
    if not line or line.rstrip("\"'\u201d\u2019)").endswith((".", "!", "?", ":", ";", ",")):
        return None
    return start, start + len(line)


def ends_in_full_stop(sent) -> bool:
    """A sentence of the body that lists names ("Jon Vaal of Kessel Foods; Ada Lund of Total
    Mills.") looks like a headline but ends in a full stop; it is read once."""
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last is not None and last.text == "."


def reparse_headlines(nlp, chunks) -> list[tuple[int, object]]:
    """``(offset, Doc)`` of each title-case headline of a document, parsed again recased.
    Headlines the recasing leaves unchanged are not parsed again."""
    lines = headline_lines(chunks)
    if not lines:
        return []
    spellings = body_spellings(doc for _, doc in chunks)
    texts, offsets = [], []
    for offset, text, sent in lines:
        new = recased(text, list(sent), spellings)
        if new != text:
            texts.append(new)
            offsets.append(offset)
    return list(zip(offsets, nlp.pipe(texts))) if texts else []
