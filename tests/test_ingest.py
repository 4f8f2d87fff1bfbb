"""Unit tests of the ingest stage: files on disk to cleaned SourceDocuments and Problems.

Every test writes its own small inputs into ``tmp_path``; nothing here loads spaCy.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
from contextlib import contextmanager
from pathlib import Path

import pytest

from newsgraph.ingest import IngestSettings, iter_files, iter_sources, read_file
from newsgraph.ingest.boilerplate import BoilerplateFilter
from newsgraph.ingest.decode import NotText, decode_bytes, looks_binary, normalize_text
from newsgraph.model import Problem, SourceDocument

BODY = (
    "Foreign Minister Lara Okonkwo met Daniel Ferreira in Lisbon on Tuesday. "
    "Okonkwo said the two countries would sign a fisheries agreement next month."
)


# --- helpers ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cleaner() -> BoilerplateFilter:
    return BoilerplateFilter.from_data()


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def read(path: Path, cleaner: BoilerplateFilter, max_file_mb: float = 20.0) -> list:
    return list(read_file(path, max_file_mb, cleaner))


def documents(items) -> list[SourceDocument]:
    return [i for i in items if isinstance(i, SourceDocument)]


def problems(items) -> list[Problem]:
    return [i for i in items if isinstance(i, Problem)]


def only_document(items) -> SourceDocument:
    assert problems(items) == []
    (document,) = documents(items)
    return document


@contextmanager
def time_limit(seconds: int):
    """Fail (instead of hanging the whole run) if the block takes longer than ``seconds``."""

    def on_alarm(signum, frame):
        raise TimeoutError(f"took longer than {seconds} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


# --- titles --------------------------------------------------------------------------


def test_txt_title_is_first_non_empty_line(tmp_path, cleaner):
    path = write(tmp_path / "a.txt", "\n\n   \n  Okonkwo meets Ferreira in Lisbon  \n\n" + BODY + "\n")
    document = only_document(read(path, cleaner))
    assert document.title == "Okonkwo meets Ferreira in Lisbon"
    assert document.text == "Okonkwo meets Ferreira in Lisbon\n\n" + BODY
    assert document.path == str(path)
    assert document.outlet is None and document.published is None and document.url is None


def test_md_title_has_leading_hashes_stripped(tmp_path, cleaner):
    path = write(tmp_path / "b.md", "# Harbour strike ends in Porto\n\n" + BODY + "\n")
    document = only_document(read(path, cleaner))
    assert document.title == "Harbour strike ends in Porto"
    # Only the title is stripped: the text keeps the line as written (offsets stay true).
    assert document.text.startswith("# Harbour strike ends in Porto\n")


def test_md_title_with_second_level_heading(tmp_path, cleaner):
    path = write(tmp_path / "c.md", "## Bridge opens in Bergen\n" + BODY)
    assert only_document(read(path, cleaner)).title == "Bridge opens in Bergen"


# --- decoding ------------------------------------------------------------------------


def test_utf8_file_decodes_to_the_right_characters(tmp_path, cleaner):
    text = "Café talks\n“We agreed,” said José Núñez in Zürich, paying £5 for coffee."
    path = write(tmp_path / "utf8.txt", text.encode("utf-8"))
    document = only_document(read(path, cleaner))
    assert document.text == text
    assert document.title == "Café talks"


def test_cp1252_curly_quotes_and_pound_sign(tmp_path, cleaner):
    raw = b"Market report\n\x93Prices rose,\x94 said Lara Okonkwo. Fish cost \xa35 a kilo in Lisbon."
    path = write(tmp_path / "cp1252.txt", raw)
    items = read(path, cleaner)
    document = only_document(items)  # cp1252 is a supported encoding: no problem note
    assert document.text == "Market report\n\u201cPrices rose,\u201d said Lara Okonkwo. Fish cost \u00a35 a kilo in Lisbon."
    assert "\ufffd" not in document.text


def test_decode_bytes_names_the_encoding_it_used():
    assert decode_bytes("Zürich".encode("utf-8")).encoding == "utf-8-sig"
    decoded = decode_bytes(b"\x93quoted\x94 \xa310")
    assert decoded.encoding == "cp1252"
    assert decoded.text == "\u201cquoted\u201d \u00a310"
    assert decoded.note is None


def test_utf8_bom_is_not_in_the_text(tmp_path, cleaner):
    path = write(tmp_path / "bom.txt", b"\xef\xbb\xbfHeadline with BOM\n" + BODY.encode("utf-8"))
    document = only_document(read(path, cleaner))
    assert "\ufeff" not in document.text
    assert document.text.startswith("Headline with BOM\n")
    assert document.title == "Headline with BOM"


def test_undecodable_bytes_give_a_note_but_the_document_is_kept(tmp_path, cleaner):
    # 0x81 is undefined in cp1252 and invalid in UTF-8; 0xE9 followed by a space is invalid UTF-8.
    raw = b"Caf\xe9 talks \x81 resume\n" + BODY.encode("utf-8")
    path = write(tmp_path / "broken.txt", raw)
    items = read(path, cleaner)
    (problem,) = problems(items)
    assert problem.skipped is False
    assert problem.path == str(path)
    assert problem.reason == "2 undecodable byte(s) replaced with U+FFFD"
    assert str(problem) == f"{path}: note: 2 undecodable byte(s) replaced with U+FFFD"
    (document,) = documents(items)
    assert document.text.startswith("Caf\ufffd talks \ufffd resume\n")
    assert BODY in document.text


def test_binary_file_is_a_problem(tmp_path, cleaner):
    path = write(tmp_path / "blob.txt", b"GIF89a\x00\x01\x02\x00binary\x00data")
    items = read(path, cleaner)
    assert items == [Problem(str(path), "binary file, not text")]
    assert items[0].skipped is True
    assert "binary" in items[0].reason


def test_decode_bytes_raises_not_text_for_binary():
    assert looks_binary(b"abc\x00def")
    assert not looks_binary(BODY.encode())
    with pytest.raises(NotText, match="binary"):
        decode_bytes(b"abc\x00def")


@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n   \n"], ids=["empty", "whitespace-only"])
def test_empty_and_whitespace_only_files_are_problems(tmp_path, cleaner, content):
    path = write(tmp_path / "empty.txt", content)
    items = read(path, cleaner)
    assert items == [Problem(str(path), "empty file")]
    assert "empty" in items[0].reason


def test_crlf_and_lone_cr_become_lf(tmp_path, cleaner):
    path = write(tmp_path / "crlf.txt", b"Windows headline\r\nFirst line of text.\r\nSecond line.\rThird line.\r\n")
    document = only_document(read(path, cleaner))
    assert "\r" not in document.text
    assert document.text == "Windows headline\nFirst line of text.\nSecond line.\nThird line."
    assert document.title == "Windows headline"


def test_control_characters_are_removed_tabs_and_newlines_kept(tmp_path, cleaner):
    raw = ("Alert\x07 headline\nThe\x0b minister\x1b spoke\x7f in\tLisbon.\x0c\n" + BODY).encode("utf-8")
    path = write(tmp_path / "ctrl.txt", raw)
    document = only_document(read(path, cleaner))
    assert document.text == "Alert headline\nThe minister spoke in\tLisbon.\n" + BODY
    assert not any(ord(ch) < 32 and ch not in "\t\n" for ch in document.text)


def test_normalize_text_removes_c1_controls_and_composes_nfc():
    assert normalize_text("e\u0301t\u00e9\u0085 x\u009f\r\ny") == "\u00e9t\u00e9 x\ny"


# --- files and folders ---------------------------------------------------------------


def test_folder_named_like_a_txt_file_is_walked(tmp_path, cleaner):
    inner = write(tmp_path / "corpus" / "x.txt" / "article.txt", "Inside a folder named x.txt\n" + BODY)
    assert list(iter_files([tmp_path / "corpus"])) == [inner]
    assert list(iter_files([tmp_path / "corpus" / "x.txt"])) == [inner]
    (document,) = list(iter_sources([tmp_path / "corpus"]))
    assert isinstance(document, SourceDocument)
    assert document.path == str(inner)
    assert document.title == "Inside a folder named x.txt"


def test_missing_path_is_a_problem(tmp_path):
    missing = tmp_path / "nowhere" / "gone.txt"
    items = list(iter_sources([missing]))
    assert len(items) == 1
    assert isinstance(items[0], Problem)
    assert items[0].path == str(missing)
    assert "no such file" in items[0].reason
    assert items[0].skipped is True


def test_file_over_max_file_mb_is_a_problem_naming_the_limit(tmp_path):
    path = write(tmp_path / "big.txt", "Big headline\n" + BODY * 20)  # about 3 KB
    items = list(iter_sources([path], IngestSettings(max_file_mb=0.001)))
    assert len(items) == 1 and isinstance(items[0], Problem)
    assert items[0].path == str(path)
    assert "0.001 MB limit" in items[0].reason
    assert "--max-file-mb" in items[0].reason
    # The same file under a larger limit is read.
    assert len(documents(iter_sources([path], IngestSettings(max_file_mb=1)))) == 1


def test_unreadable_file_is_a_problem(tmp_path, cleaner):
    path = write(tmp_path / "locked.txt", "Locked headline\n" + BODY)
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running with privileges that can read a chmod 000 file (root)")
        items = read(path, cleaner)
        assert len(items) == 1 and isinstance(items[0], Problem)
        assert items[0].path == str(path)
        assert items[0].reason.startswith("cannot read:")
        assert "Permission denied" in items[0].reason
    finally:
        path.chmod(0o644)


def test_read_error_is_a_problem_not_an_exception(tmp_path, cleaner):
    """The OSError branch, reachable even as root: a folder handed to read_file."""
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    items = read(folder, cleaner)
    assert items == [Problem(str(folder), "cannot read: Is a directory")]


def test_symlink_loop_does_not_hang_and_files_are_read_once(tmp_path):
    root = tmp_path / "corpus"
    first = write(root / "a.txt", "First headline\n" + BODY)
    second = write(root / "sub" / "b.txt", "Second headline\nMiguel Santos spoke in Porto.")
    (root / "sub" / "back_to_root").symlink_to(root, target_is_directory=True)
    (root / "sub" / "self").symlink_to(root / "sub", target_is_directory=True)
    with time_limit(20):
        files = list(iter_files([root]))
        items = list(iter_sources([root]))
    assert files == [first, second]
    assert [d.path for d in documents(items)] == [str(first), str(second)]
    assert problems(items) == []


def test_hidden_files_and_folders_are_skipped(tmp_path):
    root = tmp_path / "corpus"
    visible = write(root / "visible.txt", "Visible headline\n" + BODY)
    write(root / ".hidden.txt", "Hidden headline\n" + BODY)
    write(root / ".git" / "notes.txt", "Git notes\n" + BODY)
    write(root / "sub" / ".cache" / "cached.md", "# Cached\n" + BODY)
    assert list(iter_files([root])) == [visible]


def test_unsupported_suffixes_in_a_folder_are_skipped(tmp_path):
    root = tmp_path / "corpus"
    article = write(root / "article.txt", "Article headline\n" + BODY)
    page = write(root / "page.HTML", "<html><body><p>x</p></body></html>")
    write(root / "report.pdf", b"%PDF-1.4 binary")
    write(root / "data.csv", "a,b\n1,2\n")
    write(root / "README", "no suffix")
    write(root / "notes.docx", b"PK\x03\x04")
    assert list(iter_files([root])) == [article, page]


def test_walk_order_is_stable_and_sorted(tmp_path):
    root = tmp_path / "corpus"
    names = ["c.txt", "a.md", "b.jsonl", "z/d.txt", "m/e.htm"]
    for name in names:
        write(root / name, "x")
    assert [p.relative_to(root).as_posix() for p in iter_files([root])] == [
        "a.md", "b.jsonl", "c.txt", "m/e.htm", "z/d.txt"]


def test_fifo_in_a_folder_is_not_handed_to_the_reader(tmp_path):
    """Reading a named pipe blocks forever; files met while walking must be regular files,
    as they must be when named directly (then: 'not a regular file')."""
    root = tmp_path / "corpus"
    article = write(root / "article.txt", "Article headline\n" + BODY)
    os.mkfifo(root / "pipe.txt")
    direct = list(iter_files([root / "pipe.txt"]))
    assert direct == [Problem(str(root / "pipe.txt"), "not a regular file")]
    walked = list(iter_files([root]))
    assert article in walked
    assert root / "pipe.txt" not in walked


# --- JSONL -----------------------------------------------------------------------------


def test_jsonl_good_lines_become_documents_bad_lines_are_named(tmp_path):
    lines = [
        json.dumps({"title": "Bridge opens in Bergen", "outlet": "Coastal Herald", "published": "2016-03-04",
                    "url": "https://example.org/bridge", "text": "Mayor Ingrid Halvorsen opened the bridge."}),
        "{this is not json",
        json.dumps({"title": "No text here", "body": "Mayor Ingrid Halvorsen spoke."}),
        "",
        json.dumps({"text": "Minister Lara Okonkwo met Daniel Ferreira in Lisbon.\nOkonkwo said talks went well."}),
        json.dumps({"text": 42}),
        json.dumps(["text", "a list"]),
    ]
    path = write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    items = list(iter_sources([path]))

    docs = documents(items)
    assert [d.path for d in docs] == [f"{path}:1", f"{path}:5"]
    first, second = docs
    assert (first.title, first.outlet, first.published, first.url) == (
        "Bridge opens in Bergen", "Coastal Herald", "2016-03-04", "https://example.org/bridge")
    assert first.text == "Mayor Ingrid Halvorsen opened the bridge."
    # Without a title, the first line of the text is the title; missing fields are None.
    assert second.title == "Minister Lara Okonkwo met Daniel Ferreira in Lisbon."
    assert (second.outlet, second.published, second.url) == (None, None, None)

    probs = problems(items)
    assert [p.path for p in probs] == [f"{path}:2", f"{path}:3", f"{path}:6", f"{path}:7"]
    assert probs[0].reason.startswith("not valid JSON")
    assert all(p.reason == 'no "text" field with a string' for p in probs[1:])
    assert all(p.skipped for p in probs)
    assert str(probs[0]).startswith(f"{path}:2: skipped: not valid JSON")
    # Items come in line order.
    assert [i.path for i in items] == [f"{path}:{n}" for n in (1, 2, 3, 5, 6, 7)]


def test_jsonl_text_is_normalized_like_files(tmp_path):
    record = {"title": "T", "text": "Headline\r\nBody\x07 text from Lisbon."}
    path = write(tmp_path / "feed.jsonl", json.dumps(record) + "\n")
    (document,) = list(iter_sources([path]))
    assert document.text == "Headline\nBody text from Lisbon."


def test_jsonl_line_with_raw_unicode_line_separator(tmp_path):
    line = json.dumps({"text": "First paragraph in Lisbon.\u2028Second paragraph in Porto."}, ensure_ascii=False)
    assert "\u2028" in line
    path = write(tmp_path / "feed.jsonl", line + "\n" + json.dumps({"text": "Another article."}) + "\n")
    items = list(iter_sources([path]))
    assert problems(items) == []
    assert [d.path for d in documents(items)] == [f"{path}:1", f"{path}:2"]


# --- HTML --------------------------------------------------------------------------------

ARTICLE_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Harbour talks resume in Porto</title></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<article><h1>Harbour talks resume in Porto</h1>
<p>Union leader Miguel Santos met port officials in Porto on Monday to restart the stalled negotiations over wages and shift patterns.</p>
<p>Santos said the dock workers wanted a written guarantee before the end of the month, and the officials promised to reply quickly.</p>
<p>The port authority confirmed that both sides would meet again on Thursday to review a draft agreement on overtime.</p>
</article><footer>Contact us</footer></body></html>
"""


def test_html_is_read_with_title_and_text(tmp_path):
    path = write(tmp_path / "page.html", ARTICLE_HTML)
    (document,) = list(iter_sources([path]))
    assert isinstance(document, SourceDocument)
    assert document.title == "Harbour talks resume in Porto"
    assert "Union leader Miguel Santos met port officials in Porto on Monday" in document.text
    assert "review a draft agreement on overtime." in document.text
    assert "<p>" not in document.text and "Contact us" not in document.text


def test_html_page_with_only_scripts_is_a_problem(tmp_path):
    path = write(tmp_path / "script.htm",
                 "<html><head><script>var x = 1; console.log('hello world');</script></head>"
                 "<body><script>document.write('Lara Okonkwo')</script></body></html>")
    assert list(iter_sources([path])) == [Problem(str(path), "HTML page with no article text")]


# --- boilerplate -----------------------------------------------------------------------------


def test_boilerplate_lines_are_removed_ordinary_sentences_stay(tmp_path):
    text = "\n".join([
        "Fisheries deal agreed",
        "Photo: AFP",
        "Foreign Minister Lara Okonkwo said both sides would share the data with inspectors.",
        "Share this article on Facebook",
        "Tags: fisheries, Lisbon",
        "Okonkwo added that fishermen would share in the profits and like the new quotas.",
        "Comments are closed.",
        "Leave a comment",
        "The tags on each crate will show where the fish were caught.",
    ])
    path = write(tmp_path / "article.txt", text)
    (document,) = list(iter_sources([path]))
    assert document.text == "\n".join([
        "Fisheries deal agreed",
        "Foreign Minister Lara Okonkwo said both sides would share the data with inspectors.",
        "Okonkwo added that fishermen would share in the profits and like the new quotas.",
        "The tags on each crate will show where the fish were caught.",
    ])


@pytest.mark.parametrize("line", [
    "Tags: a, b", "Photo: AFP", "Share this article on Facebook", "Comments are closed.", "Leave a comment",
    "  TAGS: Politics  ", "Photo credit: Reuters", "Advertisement", "12 comments", "Share on WhatsApp",
])
def test_boilerplate_filter_recognizes_line(cleaner, line):
    assert cleaner.is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "Officials will share the report with the press.",
    "Share prices fell in Lisbon on Monday.",
    "The photo: a grainy image that Okonkwo later denied.",
    "Comments from the minister were closed to the press, Ferreira said.",
    "",
])
def test_boilerplate_filter_keeps_ordinary_line(cleaner, line):
    assert not cleaner.is_boilerplate(line)


def test_boilerplate_clean_collapses_blank_runs():
    cleaner = BoilerplateFilter([r"ad"])
    assert cleaner.clean("One\n\n\n\nad\n\n\nTwo  \n") == "One\n\nTwo"


def test_only_boilerplate_is_a_problem(tmp_path):
    path = write(tmp_path / "junk.txt", "Photo: AFP\nTags: a, b\nLeave a comment\n")
    assert list(iter_sources([path])) == [Problem(str(path), "no text left (empty or only boilerplate)")]


def test_user_boilerplate_patterns_extend_the_packaged_ones(tmp_path):
    extra = write(tmp_path / "extra.txt", "# my patterns\nbrought to you by .*\n")
    cleaner = BoilerplateFilter.from_data([extra])
    assert cleaner.clean("Headline\nBrought to you by Acme\nPhoto: AFP\nBody.") == "Headline\nBody."


# --- identity ----------------------------------------------------------------------------------


def test_same_text_in_two_files_gives_the_same_id(tmp_path):
    text = "Okonkwo meets Ferreira\n" + BODY
    a = write(tmp_path / "a.txt", text)
    b = write(tmp_path / "copies" / "b.md", text.encode("utf-8"))
    c = write(tmp_path / "crlf.txt", text.replace("\n", "\r\n").encode("cp1252"))
    docs = documents(iter_sources([a, b, c]))
    assert [d.path for d in docs] == [str(a), str(b), str(c)]
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    for document in docs:
        assert document.sha256 == digest
        assert document.id == digest[:16]
    other = documents(iter_sources([write(tmp_path / "other.txt", text + " More.")]))[0]
    assert other.id != digest[:16]


def test_iter_sources_keeps_going_after_problems(tmp_path):
    root = tmp_path / "corpus"
    write(root / "a_empty.txt", b"")
    write(root / "b_blob.txt", b"\x00\x01\x02")
    good = write(root / "c_good.txt", "Good headline\n" + BODY)
    items = list(iter_sources([root, tmp_path / "missing.txt"]))
    assert [type(i).__name__ for i in items] == ["Problem", "Problem", "SourceDocument", "Problem"]
    assert items[2].path == str(good)
    assert [i.reason for i in problems(items)] == ["empty file", "binary file, not text",
                                                   "no such file or folder"]


def test_results_table_with_english_headings_is_read_and_foreign_prose_is_not():
    from newsgraph.ingest.language import EnglishCheck

    check = EnglishCheck.from_data()
    table = "TENNIS - VESTORIA OPEN RESULTS .\nVESTORIA 2031-05-02\nResults in the Vestoria Open :\n" + \
        "\n".join(f"Karl Pellin ( Norland ) beat Ivo Marek ( Ostia ) 6-{i} 7-5 6-{i % 5}" for i in range(8))
    assert check.reason_to_skip(table) is None
    prose = ("Der Ausschuss hat am Montag beschlossen, dass die Regierung neue Steuern erheben darf. "
             "Die Opposition kritisierte den Beschluss scharf und kündigte Widerstand an, sagte der Minister.")
    assert check.reason_to_skip(prose).startswith("not English")
