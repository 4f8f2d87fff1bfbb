"""The HTML report in a real browser: Debian's Chromium, headless, driven by Playwright.

Chromium must be installed (``make test`` installs Debian's ``chromium`` package when it is
missing): without it these tests fail, they never skip. Every page is opened from ``file://``
and must make no other request, log no console error and open no dialog.

Set NEWSGRAPH_UPDATE_SCREENSHOT=1 to also save the sample's screenshot as docs/report.png.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from newsgraph.report import write_report
from newsgraph.report.synthetic import write_synthetic_build
from test_cli import invoke, write_articles

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
VIEWPORT = {"width": 1400, "height": 900}
KLF_SENTENCE = ("The KLF delegation is led by Yusuf al-Haddad, the group's political leader, who crossed "
                "from Kemaria on Sunday under a safe-conduct guarantee.")
HOSTILE_TEXT = {
    "hostile.txt": (
        "Minister <img src=x onerror=alert(1)> meets rebels <script>alert(1)</script>\n\n"
        "Foreign Minister Lara Okonkwo met Daniel Ferreira <script>alert(\"xss\")</script> in Lisbon on "
        "Tuesday, and <img src=x onerror=alert(2)> the two agreed to sign a fisheries deal.\n\n"
        "Police arrested Daniel Ferreira in Porto on Friday, the ministry said.\n"
    ),
}
HOSTILE_NAMES = ["<img src=x onerror=alert(1)>", "<script>alert(1)</script>", "\u202eevil name",
                 "ctrl\x01\x07name", "W" * 10_000]


@dataclass
class Page:
    """An open report page and everything it did that a report must not do."""

    page: object
    url: str
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def assert_clean(self) -> None:
        assert self.errors == [], self.errors
        assert self.dialogs == [], self.dialogs
        foreign = [u for u in self.requests if u != self.url and not u.startswith("data:")]
        assert foreign == [], foreign


@pytest.fixture(scope="module")
def browser():
    assert CHROMIUM.is_file(), f"{CHROMIUM} missing: 'make test' installs Debian's chromium package"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM))
        yield launched
        launched.close()


def open_report(browser, path: Path, *, bypass_csp: bool = False) -> Page:
    """Open the report and wait for the network to be drawn. ``bypass_csp`` switches the page's
    Content-Security-Policy off, to show that escaping alone keeps hostile text inert."""
    context = browser.new_context(viewport=VIEWPORT, bypass_csp=bypass_csp)
    page = context.new_page()
    opened = Page(page, path.resolve().as_uri())
    page.on("console", lambda m: opened.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: opened.errors.append(str(e)))
    page.on("dialog", lambda d: (opened.dialogs.append(d.message), d.dismiss()))
    page.on("request", lambda r: opened.requests.append(r.url))
    page.goto(opened.url)
    page.wait_for_selector("body[data-ready=true]", state="attached", timeout=120_000)
    return opened


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    """The sample built as 'make demo' builds it: from the repository, with relative paths."""
    out = tmp_path_factory.mktemp("browser") / "demo"
    here = Path.cwd()
    os.chdir(REPO)
    try:
        result = invoke("build", "examples/sample", "-o", out, "--quiet")
    finally:
        os.chdir(here)
    assert result.exit_code == 0, result.output
    return write_report(out, title="newsgraph report: out/demo").path


@pytest.fixture
def sample_page(browser, sample):
    opened = open_report(browser, sample)
    yield opened
    opened.assert_clean()
    opened.page.context.close()


def graph_of(report: Path) -> dict:
    return json.loads((report.parent / "graph.json").read_text(encoding="utf-8"))


# --- the sample ------------------------------------------------------------------------------------


def test_clicking_a_node_fills_the_evidence_panel(sample_page, tmp_path):
    page = sample_page.page
    position = page.evaluate("window.newsgraphReport.nodePosition('karst-liberation-front')")
    page.mouse.click(position["x"], position["y"])
    panel = page.wait_for_selector('#evidence [data-actor="karst-liberation-front"]')
    assert panel.query_selector("h2").inner_text() == "Karst Liberation Front"
    sentences = [s.inner_text() for s in panel.query_selector_all(".mention .sentence")]
    assert len(sentences) == 42
    assert KLF_SENTENCE in sentences
    item = panel.query_selector_all(".mention")[sentences.index(KLF_SENTENCE)]
    assert item.query_selector("mark").inner_text() == "KLF"
    assert "examples/sample/01_harbor_talks.txt" in item.query_selector(".meta").inner_text()
    assert panel.query_selector_all(".badge.recycled"), "mentions in recycled paragraphs carry a badge"
    shot = tmp_path / "report.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 20_000
    if os.environ.get("NEWSGRAPH_UPDATE_SCREENSHOT"):
        shutil.copy(shot, REPO / "docs" / "report.png")


def test_selecting_an_edge_lists_its_events_with_claims(sample_page, sample):
    relations = graph_of(sample)["relations"]
    index = next(i for i, r in enumerate(relations)
                 if (r["source"], r["target"], r["type"]) == ("karst-liberation-front", "abnaa-el-wadi", "AGREE"))
    page = sample_page.page
    page.evaluate(f"window.newsgraphReport.selectEdge({index})")
    panel = page.wait_for_selector(f'#evidence [data-relation="{index}"]')
    assert "AGREE" in panel.query_selector("h2").inner_text()
    events = panel.query_selector_all(".event")
    assert len(events) == len(relations[index]["events"]) == 2
    assert all(e.query_selector("mark.trigger") for e in events)
    assert "2 independent sources" in panel.inner_text()


def test_search_finds_an_actor_by_another_spelling(sample_page):
    page = sample_page.page
    page.fill("#actor-search", "Qasimi")
    page.wait_for_selector('#search-results [data-actor="omar-al-qassimi"]')
    page.press("#actor-search", "Enter")
    panel = page.wait_for_selector('#evidence [data-actor="omar-al-qassimi"]')
    assert panel.query_selector("h2").inner_text() == "Omar al-Qassimi"
    page.fill("#actor-search", "zzzz")
    assert page.inner_text("#search-results") == "No actor found matching this search."


def test_claims_filters(sample_page, sample):
    claims = graph_of(sample)["claims"]
    page = sample_page.page
    page.click("#tabs button[data-view=claims]")
    assert page.inner_text("#claims-count") == f"{len(claims)} of {len(claims)} claims"
    page.select_option("#filter-stance", "deny")
    denials = [c for c in claims if c["stance"] == "deny"]
    assert page.inner_text("#claims-count") == f"{len(denials)} of {len(claims)} claims"
    stances = {td.inner_text() for td in page.query_selector_all("#claims-table tbody tr td:nth-child(3)")}
    assert stances == {"deny"}
    page.select_option("#filter-anonymous", "yes")
    anonymous = [c for c in denials if c["anonymous"]]
    assert page.inner_text("#claims-count") == f"{len(anonymous)} of {len(claims)} claims"
    page.select_option("#filter-stance", "")
    page.select_option("#filter-anonymous", "")
    page.fill("#filter-speaker", "vanek")
    vanek = [c for c in claims if c["speaker"] == "petra-vanek" or "vanek" in (c["speaker_text"] or "").lower()]
    assert page.inner_text("#claims-count") == f"{len(vanek)} of {len(claims)} claims"


def test_timeline_reuse_and_contradictions_views(sample_page, sample):
    graph = graph_of(sample)
    page = sample_page.page
    page.click("#tabs button[data-view=timeline]")
    undated = [e for e in graph["events"] if not (e["time"] and e["time"]["value"])]
    assert page.is_visible("#view-timeline") and not page.is_visible("#network")
    assert f"Undated events ({len(undated)})" in page.inner_text("#view-timeline")
    first_time = page.inner_text("#view-timeline table tbody tr td").split("\n")[0]
    assert first_time == min((e["time"]["value"] for e in graph["events"] if e["time"] and e["time"]["value"]),
                             key=lambda v: v[:4])
    page.click("#tabs button[data-view=reuse]")
    assert len(page.query_selector_all("#view-reuse .pair")) == len(graph["reuse"]) == 4
    marked = {m.inner_text().strip() for m in page.query_selector_all("#view-reuse mark.diff")}
    assert {"week", "month"} <= marked
    page.click("#tabs button[data-view=contradictions]")
    assert len(page.query_selector_all("#view-contradictions .card")) == len(graph["contradictions"]) == 7


# --- empty and hostile input ---------------------------------------------------------------------------


def test_an_empty_graph_says_none_found_in_every_view(browser, tmp_path):
    out = tmp_path / "empty"
    write_synthetic_build(out, actors=0, relations=0)
    opened = open_report(browser, write_report(out).path)
    page = opened.page
    assert "No actors found" in page.inner_text("#view-network")
    for view in ("timeline", "claims", "reuse", "contradictions"):
        page.click(f"#tabs button[data-view={view}]")
        notes = [n.inner_text() for n in page.query_selector_all(f"#view-{view} .none")]
        assert notes and all("found" in n for n in notes), (view, notes)
    opened.assert_clean()


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "escaping-alone"])
def test_markup_in_articles_shows_as_text(browser, tmp_path, bypass_csp):
    articles = write_articles(tmp_path / "articles", HOSTILE_TEXT)
    out = tmp_path / "out"
    assert invoke("build", articles, "-o", out, "--quiet").exit_code == 0
    opened = open_report(browser, write_report(out).path, bypass_csp=bypass_csp)
    page = opened.page
    page.evaluate("window.newsgraphReport.selectNode('daniel-ferreira')")
    panel = page.wait_for_selector('#evidence [data-actor="daniel-ferreira"]').inner_text()
    assert '<script>alert("xss")</script>' in panel
    assert "<img src=x onerror=alert(2)>" in panel
    assert "Minister <img src=x onerror=alert(1)> meets rebels <script>alert(1)</script>" in panel
    page.click("#tabs button[data-view=claims]")
    page.click("#tabs button[data-view=timeline]")
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert page.evaluate("document.querySelectorAll('script').length") == 3
    opened.assert_clean()


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "escaping-alone"])
def test_hostile_names_render_inert_and_readable(browser, tmp_path, bypass_csp):
    out = tmp_path / "hostile"
    write_synthetic_build(out, actors=30, relations=40, names=HOSTILE_NAMES)
    opened = open_report(browser, write_report(out).path, bypass_csp=bypass_csp)
    page = opened.page
    shown = []
    for index in range(len(HOSTILE_NAMES)):
        page.evaluate(f"window.newsgraphReport.selectNode('a{index}')")
        shown.append(page.wait_for_selector(f'#evidence [data-actor="a{index}"] h2').inner_text())
        width = page.evaluate("document.querySelector('#evidence h2 .name').getBoundingClientRect().width")
        assert width <= page.evaluate("document.getElementById('evidence').clientWidth")
    assert shown[:4] == ["<img src=x onerror=alert(1)>", "<script>alert(1)</script>", "[RLO]evil name",
                         "ctrl\u2401\u2407name"]
    assert shown[4].startswith("WWWW") and shown[4].endswith("\u2026") and len(shown[4]) == 300
    for view in ("timeline", "claims", "reuse", "contradictions"):
        page.click(f"#tabs button[data-view={view}]")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    opened.assert_clean()
