"""Bytes to text: detect binary files, pick an encoding, normalize the characters.

Input: the bytes of a file. Output: ``Decoded`` text plus a note when the text needed a
fallback encoding or replacement characters, or ``NotText`` when the bytes are not text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_SNIFF_BYTES = 8192
_MAX_CONTROL_SHARE = 0.10
# C0/C1 controls other than tab and line breaks carry no text and break XML exports.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    note: str | None = None


class NotText(ValueError):
    """The bytes are binary or otherwise not an article."""


def looks_binary(data: bytes) -> bool:
    head = data[:_SNIFF_BYTES]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and controls / len(head) > _MAX_CONTROL_SHARE


def decode_bytes(data: bytes) -> Decoded:
    """Decode as UTF-8, else cp1252, else UTF-8 with replacement characters (and say so)."""
    if looks_binary(data):
        raise NotText("binary file, not text")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return Decoded(normalize_text(data.decode(encoding)), encoding)
        except UnicodeDecodeError:
            continue
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    note = f"{bad} undecodable byte(s) replaced with U+FFFD"
    return Decoded(normalize_text(text), "utf-8 (with replacements)", note)


def normalize_text(text: str) -> str:
    """NFC, Unix line breaks, no stray control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL_CHARS.sub("", text)
    return unicodedata.normalize("NFC", text)
