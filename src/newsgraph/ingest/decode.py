"""Bytes to text: detect binary files, pick an encoding, normalize the characters.

Input: the bytes of a file. Output: ``Decoded`` text plus a note when the text needed a
fallback encoding or replacement characters, or ``NotText`` when the bytes are not text.
"""

from __future__ import annotations

import codecs
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
    """Decode as UTF-8; failing that, line by line: UTF-8, else cp1252, else UTF-8 with
    replacement characters. Notes say when lines mixed encodings or bytes were replaced."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # NUL bytes, yet text
        try:
            return Decoded(normalize_text(data.decode("utf-16")), "utf-16")
        except UnicodeDecodeError:
            raise NotText("binary file, not text (a UTF-16 mark, then invalid UTF-16)") from None
    if looks_binary(data):
        raise NotText("binary file, not text")
    try:
        return Decoded(normalize_text(data.decode("utf-8-sig")), "utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Line by line: files glued together from several sources mix UTF-8 and cp1252, and one
    # whole-file fallback would turn every UTF-8 "é" into "Ã©".
    counts = {"utf-8": 0, "cp1252": 0, "replaced": 0}
    lines = [_decode_line(line, counts) for line in data.removeprefix(b"\xef\xbb\xbf").split(b"\n")]
    text = normalize_text("\n".join(lines))
    if counts["replaced"]:
        return Decoded(text, "utf-8 (with replacements)",
                       f"{counts['replaced']} undecodable byte(s) replaced with U+FFFD")
    if counts["utf-8"]:
        return Decoded(text, "utf-8 and cp1252",
                       f"mixed encodings: {counts['cp1252']} line(s) read as cp1252, the rest as UTF-8")
    return Decoded(text, "cp1252")


def _decode_line(line: bytes, counts: dict[str, int]) -> str:
    if line.isascii():
        return line.decode("ascii")
    for encoding in ("utf-8", "cp1252"):
        try:
            text = line.decode(encoding)
        except UnicodeDecodeError:
            continue
        counts[encoding] += 1
        return text
    text = line.decode("utf-8", errors="replace")
    counts["replaced"] += text.count("\ufffd")
    return text


def normalize_text(text: str) -> str:
    """NFC, Unix line breaks, no stray control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL_CHARS.sub("", text)
    return unicodedata.normalize("NFC", text)
