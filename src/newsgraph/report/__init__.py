"""The offline HTML report: one file with the actor network, evidence, timeline, claims,
recycled passages and contradictions of a build folder.

Input: a build folder (``graph.json`` + ``graph.db``). Output: a single HTML file that needs no
network: vis-network's JS and CSS are read from the installed ``pyvis`` package and inlined, the
data travels as JSON in a ``<script type="application/json">`` block, and the page's script
writes all article text with ``textContent``. A Content-Security-Policy lets only the page's own
scripts run and forbids every request, so even a mistake in escaping could not load or run
anything else.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html import escape
from dataclasses import dataclass
from importlib import resources
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from newsgraph.errors import Errors, NewsgraphError
from newsgraph.report.data import Settings, collect

__all__ = ["ReportSummary", "Settings", "write_report", "render_html", "embed_json", "vis_assets"]

REPORT_NAME = "report.html"
VIS_FOLDER = ("lib", "vis-9.1.2")
PLACEHOLDER = re.compile(r"\{\{([A-Z_]+)\}\}")
# Characters that could end the JSON block or the script early, or break a JS string: escaped
# inside JSON strings as \uXXXX, which JSON.parse reads back unchanged.
JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
SCRIPT_END = re.compile(r"</(script)", re.IGNORECASE)


@dataclass(frozen=True)
class ReportSummary:
    """What :func:`write_report` wrote: the file, its size and what the page shows."""

    path: Path
    bytes: int
    actors: int
    relations: int
    events: int
    claims: int
    passages: int
    contradictions: int


def write_report(out: str | Path, path: str | Path | None = None, *, title: str | None = None,
                 settings: Settings | None = None) -> ReportSummary:
    """Write the report of the build folder ``out`` to ``path`` (default ``OUT/report.html``).

    out: a folder written by ``newsgraph build -o``.
    path: the HTML file to write; its folder is created.
    title: the page title; default "newsgraph report: OUT".
    settings: how the page opens (actors in the overview, default minimum confidence).
    Returns a :class:`ReportSummary`.
    """
    out = Path(out)
    target = Path(path) if path else out / REPORT_NAME
    payload = collect(out, settings)
    html = render_html(payload, title or f"newsgraph report: {out}")
    target.parent.mkdir(parents=True, exist_ok=True)
    data = html.encode("utf-8", errors="replace")
    temp = target.with_name(f".{target.name}.tmp")
    temp.write_bytes(data)
    temp.replace(target)
    return ReportSummary(target, len(data), len(payload["actors"]), len(payload["relations"]),
                         sum(payload["timeline"]["counts"]), len(payload["claims"]), len(payload["reuse"]),
                         len(payload["contradictions"]))


def render_html(payload: dict[str, Any], title: str) -> str:
    """The report page for ``payload`` (from :func:`newsgraph.report.data.collect`)."""
    vis_js, vis_css = vis_assets()
    page_js = _template("report.js")
    scripts = [_inline_script(vis_js), _inline_script(page_js)]
    parts = {
        "TITLE": escape(title),
        "CSP": _policy(scripts),
        "VIS_CSS": _inline_style(vis_css),
        "CSS": _inline_style(_template("report.css")),
        "DATA": embed_json(payload),
        "VIS_JS": scripts[0],
        "JS": scripts[1],
    }
    # One pass over the template: text put in is never scanned for placeholders again.
    return PLACEHOLDER.sub(lambda m: parts[m.group(1)], _template("report.html"))


def embed_json(value: Any) -> str:
    """``value`` as JSON that is safe inside an HTML ``<script type="application/json">``."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return re.sub("[<>&\u2028\u2029]", lambda m: JSON_ESCAPES[m.group(0)], text)


def vis_assets() -> tuple[str, str]:
    """vis-network's minified JS and its CSS, read from the installed pyvis package."""
    spec = find_spec("pyvis")
    folder = Path(spec.submodule_search_locations[0]).joinpath(*VIS_FOLDER) if spec and spec.submodule_search_locations else None
    try:
        return ((folder / "vis-network.min.js").read_text(encoding="utf-8"),
                (folder / "vis-network.css").read_text(encoding="utf-8"))
    except (OSError, TypeError):
        raise NewsgraphError(Errors.REPORT_ASSETS_MISSING.format(path=folder or "pyvis/" + "/".join(VIS_FOLDER))) from None


def _template(name: str) -> str:
    return resources.files(__package__).joinpath("templates", name).read_text(encoding="utf-8")


def _inline_script(code: str) -> str:
    # "</script" inside a script would end it early; "<\/script" means the same to JS.
    return SCRIPT_END.sub(r"<\\/\1", code)


def _inline_style(css: str) -> str:
    return re.sub(r"</(style)", r"<\\/\1", css, flags=re.IGNORECASE)


def _policy(scripts: list[str]) -> str:
    """The Content-Security-Policy: no request of any kind; only these exact scripts run (by
    hash), so no injected script or event handler could; inline styles for vis-network."""
    hashes = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(s.encode('utf-8')).digest()).decode()}'"
                      for s in scripts)
    return (f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; "
            "font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'")
