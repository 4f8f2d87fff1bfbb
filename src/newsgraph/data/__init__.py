"""Language knowledge as data files, and the loader that merges them with the user's own.

The files in this folder hold the language (boilerplate patterns, outlet names, entity fixes);
code holds the mechanism. Every loader takes optional extra files so users can extend a table
without editing the package.
"""

from __future__ import annotations

import copy
import json
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

import yaml

# libyaml's loader reads the same YAML some ten times faster than the pure-Python one; the tables
# grew to tens of thousands of entries, and every resolver, coref lexicon and test loads them
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_BOOL_TAG = "tag:yaml.org,2002:bool"


class WordTableLoader(_FAST_LOADER):  # type: ignore[misc, valid-type]
    """The packaged tables' YAML loader: booleans as YAML 1.2 has them, only true / false. YAML 1.1
    (PyYAML's default) reads a bare on, off, yes or no as a boolean, and the tables are word lists
    where "on" is a preposition: a new list entry must not silently become True."""


WordTableLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != _BOOL_TAG]
    for first, resolvers in _FAST_LOADER.yaml_implicit_resolvers.items()}
WordTableLoader.add_implicit_resolver(_BOOL_TAG, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
_YAML_LOADER = WordTableLoader


def _read_packaged(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def _content_lines(text: str) -> list[str]:
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def load_lines(name: str, extra: Iterable[Path] = ()) -> list[str]:
    """Non-empty, non-comment lines of a packaged list file plus any user files."""
    lines = _content_lines(_read_packaged(name))
    for path in extra:
        lines.extend(_content_lines(Path(path).read_text(encoding="utf-8")))
    return lines


def load_yaml(name: str) -> dict[str, Any]:
    """A packaged YAML table as a dict (a fresh copy: callers may extend it with user tables)."""
    return copy.deepcopy(_parsed_packaged_yaml(name))


@lru_cache(maxsize=None)
def _parsed_packaged_yaml(name: str) -> dict[str, Any]:
    # packaged files do not change while the process runs, so each is parsed once
    return yaml.load(_read_packaged(name), Loader=_YAML_LOADER) or {}


def load_jsonl(name: str, extra: Iterable[Path] = ()) -> list[dict[str, Any]]:
    """Records of a packaged JSONL file plus any user files."""
    texts = [_read_packaged(name)] + [Path(p).read_text(encoding="utf-8") for p in extra]
    return [json.loads(line) for text in texts for line in _content_lines(text)]


def read_user_yaml(path: Path, known_keys: Iterable[str]) -> dict[str, Any]:
    """A user's YAML table (``--time-rules``, ``--lexicon`` ...): a mapping whose keys are all
    ``known_keys``; anything else is a user error naming the file."""
    from newsgraph.errors import Errors, NewsgraphError

    known = set(known_keys)
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise NewsgraphError(Errors.BAD_DATA_FILE.format(path=path, reason=error)) from None
    if not isinstance(data, dict):
        raise NewsgraphError(Errors.BAD_DATA_FILE.format(path=path, reason="not a YAML mapping"))
    unknown = set(data) - known
    if unknown:
        reason = f"unknown keys {sorted(unknown)}; known: {sorted(known)}"
        raise NewsgraphError(Errors.BAD_DATA_FILE.format(path=path, reason=reason))
    return data
