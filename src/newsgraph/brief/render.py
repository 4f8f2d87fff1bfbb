"""Briefings as Markdown, HTML (one self-contained page, all text escaped) or JSON."""

from __future__ import annotations

import html
import json

from newsgraph.brief.model import Briefing, Citation, Section, Statement

FORMATS = ("md", "html", "json")


def render(briefing: Briefing, fmt: str = "md") -> str:
    if fmt == "md":
        return to_markdown(briefing)
    if fmt == "html":
        return to_html(briefing)
    if fmt == "json":
        return json.dumps(briefing.to_dict(), ensure_ascii=False, indent=1) + "\n"
    raise ValueError(f"unknown briefing format {fmt!r}; use one of {', '.join(FORMATS)}")


def sentence_text(statement: Statement) -> str:
    """The written sentence with its citation marks: "Hamas is reported … [1][2]."."""
    marks = "".join(f"[{n}]" for n in statement.citations)
    return f"{statement.text} {marks}." if marks else f"{statement.text}."


# --- Markdown --------------------------------------------------------------------------------


def _md_escape(text: str) -> str:
    """Article text in Markdown: characters that would start markup are escaped."""
    for char in "\\`*_[]<>#|":
        text = text.replace(char, "\\" + char)
    return text


def to_markdown(briefing: Briefing) -> str:
    lines = [f"# {_md_escape(briefing.title)}", ""]
    for section in briefing.sections:
        _md_section(section, 2, lines)
    lines += _md_sources(briefing)
    return "\n".join(lines).rstrip() + "\n"


def _md_section(section: Section, level: int, lines: list[str]) -> None:
    if section.key == "sources":
        return
    lines += ["#" * level + " " + _md_escape(section.heading), ""]
    for statement in section.statements:
        marks = "".join(f"[{n}]" for n in statement.citations)
        lines.append(f"- {_md_escape(statement.text)} {marks}.")
    for fact in section.facts:
        marks = "".join(f"[{n}]" for n in fact.citations)
        lines.append(f"- {_md_escape(fact.text)}{' ' + marks if marks else ''}")
    if section.statements or section.facts:
        lines.append("")
    for note in section.notes:
        lines += [f"*{_md_escape(note)}*", ""]
    for sub in section.subsections:
        _md_section(sub, level + 1, lines)


def _md_sources(briefing: Briefing) -> list[str]:
    lines = ["## Sources", ""]
    for citation in briefing.citations:
        lines.append(f"{citation.number}. {_md_escape(_source_line(citation))}  ")
        lines.append(f"   “{_md_escape(' '.join(citation.text.split()))}”")
    return lines + [""]


def _source_line(citation: Citation) -> str:
    parts = [citation.title or citation.path or citation.doc]
    parts += [p for p in (citation.outlet, (citation.published or "")[:10]) if p]
    return " · ".join(parts) + f" · {citation.doc} {citation.start}–{citation.end}"


# --- HTML ------------------------------------------------------------------------------------

_STYLE = """body{font:16px/1.5 system-ui,sans-serif;max-width:52em;margin:2em auto;padding:0 1em;color:#222}
h1{font-size:1.6em}h2{font-size:1.25em;margin-top:1.6em;border-bottom:1px solid #ddd}h3,h4{font-size:1.05em}
li{margin:.3em 0}.cite{font-size:.8em;vertical-align:super}.note{color:#666;font-style:italic}
.sources li{margin:.6em 0}.quote{color:#444}bdi{unicode-bidi:isolate}"""


def _h(text: str) -> str:
    return f"<bdi>{html.escape(text, quote=True)}</bdi>"


def to_html(briefing: Briefing) -> str:
    body = [f"<h1>{_h(briefing.title)}</h1>"]
    for section in briefing.sections:
        _html_section(section, 2, body)
    body.append("<h2>Sources</h2><ol class=\"sources\">")
    for citation in briefing.citations:
        body.append(f"<li id=\"s{citation.number}\">{_h(_source_line(citation))}<br>"
                    f"<span class=\"quote\">“{_h(' '.join(citation.text.split()))}”</span></li>")
    body.append("</ol>")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
            f"<title>{html.escape(briefing.title)}</title><style>{_STYLE}</style></head><body>\n"
            + "\n".join(body) + "\n</body></html>\n")


def _marks_html(numbers: list[int]) -> str:
    return "".join(f"<a class=\"cite\" href=\"#s{n}\">[{n}]</a>" for n in numbers)


def _html_section(section: Section, level: int, body: list[str]) -> None:
    level = min(level, 6)
    body.append(f"<h{level}>{_h(section.heading)}</h{level}>")
    items = [f"<li>{_h(s.text)} {_marks_html(s.citations)}.</li>" for s in section.statements]
    items += [f"<li>{_h(f.text)} {_marks_html(f.citations)}</li>" for f in section.facts]
    if items:
        body.append("<ul>" + "".join(items) + "</ul>")
    body += [f"<p class=\"note\">{_h(note)}</p>" for note in section.notes]
    for sub in section.subsections:
        _html_section(sub, level + 1, body)
