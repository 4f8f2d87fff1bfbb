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
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from newsgraph.report import Settings, write_report
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
    # the article's own "agreed" and al-Qassimi's account of it in the same article: one voice
    assert "2 events in 1 document · 1 independent source ·" in panel.inner_text()


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
    every = graph_of(sample)["claims"]
    # the page opens at confidence 0.5: positions, requests and questions are counted, not shown
    claims = [c for c in every if c.get("confidence", 1) >= 0.5]
    hidden = len(every) - len(claims)
    note = f" · {hidden} below confidence 0.50 hidden (Min. confidence, among the network view's filters, shows them)"

    def count(shown: list) -> str:
        return f"{len(shown)} of {len(every)} claims" + (note if hidden else "")

    page = sample_page.page
    page.click("#tabs button[data-view=claims]")
    assert page.inner_text("#claims-count") == count(claims)
    page.select_option("#filter-stance", "deny")
    denials = [c for c in claims if c["stance"] == "deny"]
    assert page.inner_text("#claims-count") == count(denials)
    stances = {td.inner_text() for td in page.query_selector_all("#claims-table tbody tr td:nth-child(3)")}
    assert stances == {"deny"}
    page.select_option("#filter-anonymous", "yes")
    anonymous = [c for c in denials if c["anonymous"]]
    assert page.inner_text("#claims-count") == count(anonymous)
    page.select_option("#filter-stance", "")
    page.select_option("#filter-anonymous", "")
    page.fill("#filter-speaker", "vanek")
    vanek = [c for c in claims if c["speaker"] == "petra-vanek" or "vanek" in (c["speaker_text"] or "").lower()]
    assert page.inner_text("#claims-count") == count(vanek)


def test_timeline_reuse_and_contradictions_views(sample_page, sample):
    graph = graph_of(sample)
    page = sample_page.page
    page.click("#tabs button[data-view=timeline]")
    # a duration ("months of pressure": PXM) places no event on the timeline
    undated = [e for e in graph["events"] if not (e["time"] and (e["time"]["value"] or "")[:1].isdigit())]
    confident = [e for e in undated if e["confidence"] >= 0.5]
    assert page.is_visible("#view-timeline") and not page.is_visible("#network")
    # the page opens at confidence 0.5: the timeline shows what reaches it and counts the rest
    assert 0 < len(confident) < len(undated)
    assert (f"Undated events ({len(confident)}) · {len(undated) - len(confident)} below confidence 0.50 hidden"
            in page.inner_text("#view-timeline"))
    first_time = page.inner_text("#view-timeline table tbody tr td").split("\n")[0]
    assert first_time == min((e["time"]["value"] for e in graph["events"] if e["time"] and (e["time"]["value"] or "")[:1].isdigit()
                              and e["confidence"] >= 0.5), key=lambda v: v[:4])
    # the slider sits in the network view's filters: moved there, the timeline follows
    page.evaluate("""() => { const slider = document.getElementById("filter-confidence");
        slider.value = "0"; slider.dispatchEvent(new Event("change", { bubbles: true })); }""")
    assert f"Undated events ({len(undated)})" in page.inner_text("#view-timeline")
    assert "hidden" not in page.inner_text("#view-timeline h2.undated")
    page.click("#tabs button[data-view=reuse]")
    assert len(page.query_selector_all("#view-reuse .pair")) == len(graph["reuse"]) == 4
    marked = {m.inner_text().strip() for m in page.query_selector_all("#view-reuse mark.diff")}
    assert {"week", "month"} <= marked
    page.click("#tabs button[data-view=contradictions]")
    # 5 denials, 1 declined comment and 4 one-sided denials (a bare "did not respond to requests
    # for comment" answers only a claim about its subject at most three sentences before it)
    assert len(page.query_selector_all("#view-contradictions .card")) == len(graph["contradictions"]) == 10


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


# --- a big graph: overview, focus, pair, filters ---------------------------------------------------

BIG_OVERVIEW = 60


@pytest.fixture(scope="module")
def big_report(tmp_path_factory) -> Path:
    """A generated graph far bigger than its overview: 3,000 actors, 6,000 relations."""
    out = tmp_path_factory.mktemp("big") / "graph"
    write_synthetic_build(out, actors=3000, relations=6000)
    return write_report(out, settings=Settings(overview=BIG_OVERVIEW)).path


@pytest.fixture
def big_page(browser, big_report):
    opened = open_report(browser, big_report)
    yield opened
    opened.assert_clean()
    opened.page.context.close()


def wait_until(page, expression: str, timeout: float = 120.0) -> None:
    """Poll ``expression`` in the page until it is true (wait_for_function would need the
    'unsafe-eval' the report's Content-Security-Policy forbids)."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise TimeoutError(expression)
        time.sleep(0.005)


def view_of(page) -> dict:
    return page.evaluate("window.newsgraphReport.view")


def wait_redrawn(page, before: int) -> None:
    wait_until(page, f"Number(document.body.dataset.draw) >= {before + 1}")


def test_big_graph_opens_on_an_overview_that_says_what_it_hides(big_page, big_report):
    page = big_page.page
    view = view_of(page)
    graph = graph_of(big_report)
    assert view["mode"] == "overview"
    assert 0 < view["nodes"] <= BIG_OVERVIEW
    assert page.evaluate("window.newsgraphReport.network.body.nodeIndices.length") == view["nodes"]
    hidden = len(graph["actors"]) - view["nodes"]
    status = page.inner_text("#network-status")
    assert f"{hidden:,} more actors" in status and "search or widen the filters" in status
    # no actor without a relation in the overview
    related = {r["source"] for r in graph["relations"]} | {r["target"] for r in graph["relations"]}
    assert set(page.evaluate("[...window.newsgraphReport.shown]")) <= related
    assert not page.is_visible("#overview-button")


def test_search_focuses_an_actor_and_the_overview_comes_back(big_page, big_report):
    page = big_page.page
    name = graph_of(big_report)["actors"][5]["name"]
    before = page.evaluate("window.newsgraphReport.draws")
    page.fill("#actor-search", name)
    page.wait_for_selector('#search-results [data-actor="a5"]')
    page.press("#actor-search", "Enter")
    wait_redrawn(page, before)
    view = view_of(page)
    assert view["mode"] == "focus" and 1 < view["nodes"] <= 60
    assert "a5" in page.evaluate("[...window.newsgraphReport.shown]")
    assert page.inner_text("#network-status").startswith(f"Neighbourhood of {name}")
    assert page.wait_for_selector('#evidence [data-actor="a5"] .mention')
    page.click("#overview-button")
    wait_redrawn(page, before + 1)
    assert view_of(page)["mode"] == "overview"


def test_a_filter_redraws_and_changes_the_counts(big_page, big_report):
    page = big_page.page
    relations = graph_of(big_report)["relations"]
    total = f"{len(relations):,}"
    assert page.inner_text("#filter-total") == f"All filters: {total} of {total} relations kept."
    before = page.evaluate("window.newsgraphReport.draws")
    page.uncheck('#filters input[data-quad="material_conflict"]')
    wait_redrawn(page, before)
    kept = sum(1 for r in relations if r["quad"] != "material_conflict")
    assert page.inner_text("#filter-total") == f"All filters: {kept:,} of {total} relations kept."
    assert page.inner_text('[data-keeps="quad"]') == f"keeps {kept:,} of {total}"
    assert view_of(page)["relations"] == kept
    page.fill("#filter-sources", "2")
    page.dispatch_event("#filter-sources", "change")
    wait_redrawn(page, before + 1)
    strong = sum(1 for r in relations if r["independent_sources"] >= 2)
    assert page.inner_text('[data-keeps="sources"]') == f"keeps {strong:,} of {total}"
    assert view_of(page)["relations"] < kept


def test_a_click_on_a_node_opens_its_evidence_and_an_edge_its_pair(big_page):
    page = big_page.page
    actor = page.evaluate("[...window.newsgraphReport.shown][0]")
    position = page.evaluate(f"window.newsgraphReport.nodePosition('{actor}')")
    page.mouse.click(position["x"], position["y"])
    panel = page.wait_for_selector(f'#evidence [data-actor="{actor}"]')
    assert panel.query_selector_all(".mention mark")
    pair = page.evaluate("[...window.newsgraphReport.pairs.values()][0]")
    page.evaluate(f"window.newsgraphReport.showPair('{pair['a']}', '{pair['b']}')")
    panel = page.wait_for_selector(f'#evidence [data-pair="{pair["a"]} {pair["b"]}"]')
    assert "In time order" in panel.inner_text()
    assert panel.query_selector_all(".event mark.trigger")
    dates = [e.get_attribute("data-date") for e in panel.query_selector_all(".evidence-list > li[data-date]")]
    events = {e for r in pair["relations"] for e in r["events"]}
    assert len(dates) == len(events) + len(panel.query_selector_all(".evidence-list > li.claim"))
    assert [d for d in dates if d] == sorted(d for d in dates if d)  # in time order, undated last
    assert dates[len([d for d in dates if d]):] == [""] * (len(dates) - len([d for d in dates if d]))


def test_confidence_and_time_filters_start_from_the_settings_and_count(browser, tmp_path):
    out = tmp_path / "confident"
    write_synthetic_build(out, actors=300, relations=900)
    graph_path = out / "graph.json"
    graph = json.loads(graph_path.read_text(encoding="utf-8"))
    for number, event in enumerate(graph["events"]):
        event["confidence"] = 0.2 if number % 2 else 0.9
    graph_path.write_text(json.dumps(graph), encoding="utf-8")
    opened = open_report(browser, write_report(out, settings=Settings(overview=40, min_confidence=0.5)).path)
    page = opened.page
    events = {e["id"]: e for e in graph["events"]}
    relations = graph["relations"]
    total = f"{len(relations):,}"
    confident = sum(1 for r in relations if max(events[e]["confidence"] for e in r["events"]) >= 0.5)
    assert 0 < confident < len(relations)
    assert page.input_value("#filter-confidence") == "0.5"
    assert page.inner_text('[data-keeps="confidence"]') == f"keeps {confident:,} of {total}"
    assert page.inner_text("#filter-total") == f"All filters: {confident:,} of {total} relations kept."

    def in_june(event):  # undated events count by their document's publication date
        date = (event["time"] or {}).get("value") or "2024-12-31"
        return date.startswith("2024-06")

    june = sum(1 for r in relations if any(in_june(events[e]) for e in r["events"]))
    before = page.evaluate("window.newsgraphReport.draws")
    page.fill("#filter-from", "2024-06-01")
    page.fill("#filter-to", "2024-06-30")
    page.dispatch_event("#filter-to", "change")
    wait_until(page, f"Number(document.body.dataset.draw) >= {before + 1}")
    assert page.inner_text('[data-keeps="time"]') == f"keeps {june:,} of {total}"
    opened.assert_clean()


def test_the_sample_is_drawn_whole(sample_page, sample):
    page = sample_page.page
    actors = graph_of(sample)["actors"]
    assert page.evaluate("window.newsgraphReport.network.body.nodeIndices.length") == len(actors)
    assert page.inner_text("#network-status").startswith(f"All {len(actors)} actors")
