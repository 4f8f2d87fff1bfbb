"""Text cleaning for export formats: what each target format cannot carry, removed.

Article text is hostile by default: it may hold control characters (a NUL from a bad
conversion, ESC from a terminal capture), lone surrogates, or markup. XML 1.0 forbids most C0
controls and surrogates outright, so one of them makes a whole GraphML or GEXF file
unreadable; markup is escaped by the XML and CSV writers themselves and needs no help here.
"""

from __future__ import annotations

import re

# Characters XML 1.0 does not allow anywhere (section 2.2 "Char"): C0 controls except tab,
# newline and carriage return, surrogates, and the two non-characters U+FFFE/U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# One-line formats (Neo4j import CSV) also lose line breaks and the other line separators.
_NOT_ONE_LINE = re.compile("[\x00-\x1f\x7f\u0085\u2028\u2029\ud800-\udfff\ufffe\uffff]")


def xml_text(value: str) -> str:
    """``value`` with every character XML 1.0 cannot hold removed."""
    return _NOT_XML.sub("", value)


# A spreadsheet reads a cell that starts with one of these as a formula: a name such as
# "=HYPERLINK(...)" in scraped text would run when the analyst opens nodes.csv.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell_text(value: str) -> str:
    """``value`` for a spreadsheet CSV cell: the same characters removed as for XML, because the
    readers of CSV files (spreadsheets, pandas with the C parser) trip over NUL and ESC too, and
    a leading apostrophe before text a spreadsheet would take for a formula. Line breaks stay:
    the csv module quotes them."""
    value = _NOT_XML.sub("", value)
    return "'" + value if value.startswith(_FORMULA_START) else value


def line_text(value: str) -> str:
    """``value`` on one line: control characters and line separators become spaces."""
    return _NOT_ONE_LINE.sub(" ", value)
