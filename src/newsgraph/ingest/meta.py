"""Article metadata that is not in the article body: sidecar files, front matter, dates.

Input: an article's path or raw text. Output: a dict with any of ``title``, ``outlet``, ``url``,
``published`` (strings), and a one-line note when the metadata was there but unreadable.

- Sidecar: ``ARTICLE.meta.json`` beside ``ARTICLE.txt`` (or ``.md``, ``.html``), a JSON object.
- Front matter: a block at the top of a ``.txt``/``.md`` file, cut from the text::

      ---
      published: 2016-01-05
      title: Truce talks in Gaza
      ---

- Publication dates are normalized to ISO ``YYYY-MM-DD`` (:func:`normalize_published`).
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

SIDECAR_SUFFIX = ".meta.json"
TEXT_KEYS = ("title", "outlet", "url")
DATE_KEYS = ("published", "date")  # the first one present is the publication date
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:$|[T ])")
_KEY_LINE = re.compile(r"[\w-]+[ \t]*:")


def sidecar_path(article: Path) -> Path:
    """Where the sidecar of ``article`` lives: ``story.txt`` -> ``story.meta.json``."""
    return article.with_name(article.stem + SIDECAR_SUFFIX)


def read_sidecar(article: Path) -> tuple[dict[str, Any], str | None]:
    """The metadata in the sidecar of ``article`` ({} if it has none), and a note if unreadable."""
    sidecar = sidecar_path(article)
    if not sidecar.is_file():
        return {}, None
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        reason = error.msg if isinstance(error, json.JSONDecodeError) else str(error)
        return {}, f"{sidecar.name} ignored: not readable JSON ({reason})"
    if not isinstance(data, dict):
        return {}, f"{sidecar.name} ignored: not a JSON object"
    return pick_metadata(data), None


def split_front_matter(text: str) -> tuple[dict[str, Any], str, str | None]:
    """Front matter at the top of ``text``: its metadata, the text without it, and a note if
    the block looks like metadata but cannot be read (it is cut all the same). A block between
    "---" lines that is not "key: value" lines is article text and stays."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        return {}, text, None
    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        data = None
    if isinstance(data, dict):
        return pick_metadata(data), text[match.end():], None
    lines = [line for line in match.group(1).splitlines() if line.strip()]
    if lines and all(_KEY_LINE.match(line) for line in lines):
        return {}, text[match.end():], "front matter ignored: not valid YAML"
    return {}, text, None


def pick_metadata(record: dict[str, Any]) -> dict[str, Any]:
    """The metadata keys newsgraph reads from a record; the publication date as given."""
    found: dict[str, Any] = {key: str(record[key]) for key in TEXT_KEYS if record.get(key) not in (None, "")}
    published = next((record[key] for key in DATE_KEYS if record.get(key) not in (None, "")), None)
    if published is not None:
        found["published"] = published
    return found


def normalize_published(raw: Any) -> str:
    """ISO ``YYYY-MM-DD`` of a publication date as metadata writes it: ``2016-01-05``,
    ``2016-01-05T10:00:00+02:00`` (the day as written), ``January 5, 2016``, a YAML date.
    Raises ValueError when it names no single day."""
    if isinstance(raw, datetime):
        return raw.date().isoformat()
    if isinstance(raw, date):
        return raw.isoformat()
    text = str(raw).strip()
    iso = _ISO_DAY.match(text)
    if iso:
        return date(int(iso[1]), int(iso[2]), int(iso[3])).isoformat()  # ValueError if no such day
    from dateparser import parse  # only for the rare date not written in ISO form

    parsed = parse(text, settings={"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False})
    if parsed is None:
        raise ValueError(f"not a date: {text!r}")
    return parsed.date().isoformat()
