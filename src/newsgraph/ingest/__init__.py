"""Ingest: paths on disk to cleaned :class:`~newsgraph.model.SourceDocument` records.

Input: files and folders (searched recursively). Output: a stream of documents and of
:class:`~newsgraph.model.Problem` records, one per input that could not be used, so a broken
file is named and skipped while the rest of the corpus goes on.

Supported: ``.txt``/``.md`` (title = first non-empty line), ``.html``/``.htm`` (trafilatura:
title, date, outlet), ``.jsonl`` (one article per line, ``text`` required).

Metadata besides: a sidecar ``ARTICLE.meta.json`` beside a .txt/.md/.html article, and front
matter atop a .txt/.md (``ingest/meta.py``). Publication dates come out as ISO ``YYYY-MM-DD``;
one that cannot be read is a note and leaves ``published`` None.
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import os
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator

from newsgraph.ingest.boilerplate import BoilerplateFilter  # noqa: F401  (re-exported)
from newsgraph.ingest.decode import NotText, decode_bytes, normalize_text
from newsgraph.ingest.language import EnglishCheck
from newsgraph.ingest.meta import normalize_published, read_sidecar, split_front_matter
from newsgraph.model import Problem, SourceDocument

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
DEFAULT_MAX_FILE_MB = 20.0


@dataclass(frozen=True)
class IngestSettings:
    """How files are read. ``max_file_mb`` guards memory against a runaway file."""

    max_file_mb: float = DEFAULT_MAX_FILE_MB
    boilerplate: BoilerplateFilter | None = None
    english: EnglishCheck | None = None  # None: the packaged table


def iter_sources(
    paths: Iterable[str | Path], settings: IngestSettings | None = None
) -> Iterator[SourceDocument | Problem]:
    """Documents and problems for every article file under ``paths``, in a stable order."""
    settings = settings or IngestSettings()
    cleaner = settings.boilerplate or BoilerplateFilter.from_data()
    english = settings.english or EnglishCheck.from_data()
    for item in iter_files(paths):
        if isinstance(item, Problem):
            yield item
        else:
            yield from read_file(item, settings.max_file_mb, cleaner, english)


@lru_cache(maxsize=1)
def not_article_patterns() -> tuple[str, ...]:
    """File-name patterns of papers that travel with a corpus but are no articles (README, LICENSE)."""
    text = resources.files("newsgraph.data").joinpath("not_articles.txt").read_text(encoding="utf-8")
    return tuple(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def is_not_article(name: str) -> bool:
    """Whether a file name is plainly not an article (data/not_articles.txt)."""
    lowered = name.lower()
    return any(fnmatch.fnmatchcase(lowered, pattern) for pattern in not_article_patterns())


def iter_files(paths: Iterable[str | Path], *, include_all: bool = False) -> Iterator[Path | Problem]:
    """Files named directly, and supported files found under folders (symlink loops safe).
    Inside folders, files plainly not articles (README, LICENSE ...) are skipped with a note
    unless ``include_all``; a file named directly is always read."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for found in _walk(path):
                if not include_all and isinstance(found, Path) and is_not_article(found.name):
                    yield Problem(str(found), "not an article by its name (README, LICENSE ...); "
                                              "--include-all reads it")
                else:
                    yield found
        elif path.is_file():
            yield path
        elif path.exists():
            yield Problem(str(path), "not a regular file")
        else:
            yield Problem(str(path), "no such file or folder")


def _walk(root: Path) -> Iterator[Path | Problem]:
    """Supported files under ``root``, depth first in name order, with an explicit stack: a
    folder nested thousands deep must not hit Python's recursion limit (os.walk on 3.11 does)."""
    seen_dirs: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            # a folder is known by device and inode: a realpath per folder would cost
            # depth-squared system calls in a deep tree
            status = folder.stat()
            identity = (status.st_dev, status.st_ino)
            if identity in seen_dirs:  # a symlink loop, or a second link to a folder already read
                continue
            seen_dirs.add(identity)
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as error:
            yield Problem(str(folder), f"cannot read folder: {error.strerror or error}")
            continue
        subdirs = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            found = _classify(entry)
            if found == "dir":
                subdirs.append(Path(entry.path))
            elif isinstance(found, (Path, Problem)):
                yield found
        stack.extend(reversed(subdirs))


def _classify(entry: os.DirEntry) -> Path | Problem | str | None:
    """A folder entry as "dir", an article file, a problem worth a line, or None (ignored)."""
    try:
        if entry.is_dir():  # follows symlinks; loops are caught by the real path
            return "dir"
        if Path(entry.name).suffix.lower() not in SUPPORTED_SUFFIXES:
            return None
        # is_file: a FIFO or socket with an article suffix would block the reader forever
        if entry.is_file():
            return Path(entry.path)
        if entry.is_symlink() and not os.path.exists(entry.path):
            return Problem(entry.path, "broken symbolic link")
    except OSError as error:
        return Problem(entry.path, f"cannot read: {error.strerror or error}")
    return None


def read_file(
    path: Path, max_file_mb: float, cleaner: BoilerplateFilter, english: EnglishCheck | None = None
) -> Iterator[SourceDocument | Problem]:
    """The documents in one file, or the one-line reason it gave none. With ``english``, an
    article in another language is skipped with a note."""
    try:
        size = path.stat().st_size
        if size > max_file_mb * 1024 * 1024:
            yield Problem(
                str(path),
                f"{size / 1024 / 1024:.1f} MB is over the {max_file_mb:g} MB limit "
                "(raise it with --max-file-mb)",
            )
            return
        data = path.read_bytes()
    except OSError as error:
        yield Problem(str(path), f"cannot read: {error.strerror or error}")
        return
    if not data.strip():
        yield Problem(str(path), "empty file")
        return
    suffix = path.suffix.lower()
    try:
        decoded = decode_bytes(data)
    except NotText as error:
        yield Problem(str(path), str(error))
        return
    if decoded.note:
        yield Problem(str(path), decoded.note, skipped=False)
    if suffix in JSONL_SUFFIXES:
        items = _read_jsonl(path, decoded.text, cleaner)
    elif suffix in HTML_SUFFIXES:
        items = _with_sidecar(path, [_read_html(path, decoded.text, cleaner)])
    else:
        items = _with_sidecar(path, _read_text(path, decoded.text, cleaner))
    yield from _english_only(_dated(items), english)


def _read_text(path: Path, text: str, cleaner: BoilerplateFilter) -> Iterator[SourceDocument | Problem]:
    meta, body, note = split_front_matter(text)
    if note:
        yield Problem(str(path), note, skipped=False)
    yield _make_document(str(path), body, cleaner, title=meta.get("title"), outlet=meta.get("outlet"),
                         published=meta.get("published"), url=meta.get("url"))


def _with_sidecar(path: Path, items: Iterable[SourceDocument | Problem]) -> Iterator[SourceDocument | Problem]:
    """The documents of ``path`` with what its ``.meta.json`` sidecar says put over their own."""
    meta, note = read_sidecar(path)
    if note:
        yield Problem(str(path), note, skipped=False)
    for item in items:
        yield replace(item, **meta) if meta and isinstance(item, SourceDocument) else item


def _dated(items: Iterable[SourceDocument | Problem]) -> Iterator[SourceDocument | Problem]:
    """Documents with ``published`` as ISO YYYY-MM-DD; an unreadable date is a note and None."""
    for item in items:
        if isinstance(item, SourceDocument) and item.published is not None:
            try:
                item = replace(item, published=normalize_published(item.published))
            except ValueError:
                yield Problem(item.path, f"publication date {str(item.published)!r} not understood; "
                              "its relative times stay unresolved", skipped=False)
                item = replace(item, published=None)
        yield item


def _english_only(items: Iterable[SourceDocument | Problem],
                  english: EnglishCheck | None) -> Iterator[SourceDocument | Problem]:
    for item in items:
        reason = english.reason_to_skip(item.text) if english and isinstance(item, SourceDocument) else None
        yield Problem(item.path, reason) if reason else item


def _read_jsonl(path: Path, text: str, cleaner: BoilerplateFilter) -> Iterator[SourceDocument | Problem]:
    # JSONL lines end at "\n" only: str.splitlines() would also cut at U+2028 inside strings
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Problem(where, f"not valid JSON ({error.msg})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield Problem(where, 'no "text" field with a string')
            continue
        yield _make_document(
            where,
            normalize_text(record["text"]),
            cleaner,
            title=_optional_str(record, "title"),
            outlet=_optional_str(record, "outlet"),
            published=_optional_str(record, "published") or _optional_str(record, "date"),
            url=_optional_str(record, "url"),
        )


def _read_html(path: Path, html: str, cleaner: BoilerplateFilter) -> SourceDocument | Problem:
    import trafilatura  # imported here: slow to import and only needed for HTML

    # the date from the page's metadata only: the extensive search would guess from body text
    extracted = trafilatura.bare_extraction(html, with_metadata=True,
                                            date_extraction_params={"extensive_search": False, "original_date": True})
    if extracted is None or not (extracted.text or "").strip():
        return Problem(str(path), "HTML page with no article text")
    return _make_document(
        str(path),
        normalize_text(extracted.text),
        cleaner,
        title=extracted.title,
        outlet=extracted.sitename,
        published=extracted.date,
        url=extracted.url,
    )


def _make_document(path: str, raw_text: str, cleaner: BoilerplateFilter, *, title: str | None,
                   outlet: str | None = None, published: str | None = None,
                   url: str | None = None) -> SourceDocument | Problem:
    text = cleaner.clean(raw_text)
    if not any(ch.isalpha() for ch in text):
        return Problem(path, "no text left (empty or only boilerplate)")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return SourceDocument(
        id=digest[:16],
        sha256=digest,
        path=path,
        text=text,
        title=_clean_field(title) or _first_line(text),
        outlet=_clean_field(outlet),
        published=published,
        url=_clean_field(url),
    )


def _clean_field(value: str | None) -> str | None:
    """Metadata as the text is: no control characters (a terminal escape in a JSONL title would
    reach every listing and the XML exports), one line."""
    if value is None:
        return None
    return " ".join(normalize_text(value).split()) or None


def _first_line(text: str) -> str:
    first = next(line for line in text.splitlines() if line.strip())
    return first.strip().lstrip("#").strip()[:300]


def _optional_str(record: dict, key: str) -> str | None:
    value = record.get(key)
    return str(value) if value not in (None, "") else None
