"""How the HTML report behaves in a real browser on big graphs: a real BBC build and a
20,000-actor synthetic graph.

The synthetic build (``newsgraph.report.synthetic``: generated names, one event sentence per
relation, claims, recycled paragraphs, denials) needs no spaCy and no corpus; the BBC build is a
folder written by ``newsgraph build ../shared/corpus/bbc -o DIR`` (``--bbc DIR``; skipped when
absent). For each graph it writes the report, opens it from ``file://`` in Debian's headless
Chromium through Playwright, and measures in the page:

- load: navigation start to the overview laid out and drawn;
- click: a real mouse click on the biggest node of the overview to its evidence panel filled;
- search: typing a name in the actor search to the result list shown;
- focus: Enter in the search to the actor's evidence shown (answer: measured in the page, from
  the key event to the end of its handler, after which the browser paints) and to its
  neighbourhood laid out and drawn (drawn);
- filter: unticking a quad class to the counts updated (answer, as above) and the overview
  redrawn (drawn);
- pair: opening the pair view of the two ends of the strongest edge;
- nodes: how many actors the overview draws.

Times are the median of ``--repeat`` page loads (default 3). Run::

    .venv/bin/python benchmarks/bench_report.py --bbc /tmp/bbc     # writes results.json under "report"
    .venv/bin/python benchmarks/bench_report.py --quick             # a small synthetic graph only, no write
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from results_file import merge_results

from newsgraph.report import write_report
from newsgraph.report.synthetic import write_synthetic_build

CHROMIUM = "/usr/bin/chromium"
SYNTHETIC = (20_000, 30_000)  # actors, relations
QUICK = (2_000, 6_000)
VIEWPORT = {"width": 1400, "height": 900}


def _elapsed(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def wait_until(page, expression: str, timeout: float = 120.0) -> None:
    """Poll ``expression`` in the page until it is true (wait_for_function would need the
    'unsafe-eval' the report's Content-Security-Policy forbids)."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise TimeoutError(expression)
        time.sleep(0.005)


def _redrawn(page, draws: int) -> None:
    wait_until(page, f"Number(document.body.dataset.draw) >= {draws}")


def measure_page(browser, url: str) -> dict[str, float]:
    """One page load and the reader's first moves, in milliseconds."""
    page = browser.new_page(viewport=VIEWPORT)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(url)
    page.wait_for_selector("body[data-ready=true]", state="attached", timeout=300_000)
    timings = page.evaluate("window.newsgraphReport.timings")
    nodes = page.evaluate("window.newsgraphReport.view.nodes")
    hub = page.evaluate("""() => { const r = window.newsgraphReport; const ids = [...r.shown];
        const sizes = r.network.body.nodes; return ids.sort((a, b) => sizes[b].options.value - sizes[a].options.value)[0]; }""")
    name = page.evaluate(f"window.newsgraphReport.network.body.nodes[{json.dumps(hub)}].options.label")
    figures = {"load_ms": timings["drawn"], "nodes": nodes}

    position = page.evaluate(f"window.newsgraphReport.nodePosition({json.dumps(hub)})")
    started = time.perf_counter()
    page.mouse.click(position["x"], position["y"])
    page.wait_for_selector(f'#evidence [data-actor="{hub}"] h2', timeout=60_000)
    figures["click_ms"] = _elapsed(started)

    started = time.perf_counter()
    page.fill("#actor-search", name)
    page.wait_for_selector(f'#search-results [data-actor="{hub}"]', timeout=60_000)
    figures["search_ms"] = _elapsed(started)

    draws = page.evaluate("window.newsgraphReport.draws")
    started = time.perf_counter()
    page.press("#actor-search", "Enter")
    _redrawn(page, draws + 1)
    figures["focus_drawn_ms"] = _elapsed(started)
    figures["focus_answer_ms"] = page.evaluate("window.newsgraphReport.timings.answer")

    page.click("#overview-button")
    _redrawn(page, draws + 2)
    before = page.inner_text("#filter-total")
    started = time.perf_counter()
    page.uncheck('#filters input[data-quad="untyped"]' if page.query_selector('#filters input[data-quad="untyped"]')
                 else "#filters input[data-quad]")
    _redrawn(page, draws + 3)
    figures["filter_drawn_ms"] = _elapsed(started)
    assert page.inner_text("#filter-total") != before
    figures["filter_answer_ms"] = page.evaluate("window.newsgraphReport.timings.answer")

    pair = page.evaluate("""() => [...window.newsgraphReport.pairs.values()].sort((x, y) => y.weight - x.weight)
        .map((p) => [p.a, p.b])[0]""")
    started = time.perf_counter()
    page.evaluate(f"window.newsgraphReport.showPair({json.dumps(pair[0])}, {json.dumps(pair[1])})")
    page.wait_for_selector("#evidence .pair-evidence", timeout=60_000)
    figures["pair_ms"] = _elapsed(started)
    page.close()
    if errors:
        raise RuntimeError(f"page errors: {errors}")
    return figures


def run_graph(browser, label: str, out: Path, repeat: int) -> dict:
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    started = time.perf_counter()
    summary = write_report(out, out / "bench-report.html")
    written = time.perf_counter() - started
    runs = [measure_page(browser, summary.path.resolve().as_uri()) for _ in range(repeat)]
    figures = {key: round(statistics.median(r[key] for r in runs), 1) for key in runs[0]}
    return {"graph": label, "actors": len(graph["actors"]), "relations": len(graph["relations"]),
            "events": len(graph["events"]), "html_mb": round(summary.bytes / 1e6, 2), "write_s": round(written, 2),
            **figures}


def screenshots(browser, out: Path, folder: Path, focus: str, pair: list[str]) -> None:
    """docs/report-overview.png, report-focus.png and report-pair.png of the report of ``out``:
    the overview as it opens, ``focus`` searched, then its pair view with ``pair``."""
    summary = write_report(out, out / "bench-report.html")
    actors = {a["name"]: a["id"] for a in json.loads((out / "graph.json").read_text(encoding="utf-8"))["actors"]}
    page = browser.new_page(viewport=VIEWPORT)
    page.goto(summary.path.resolve().as_uri())
    page.wait_for_selector("body[data-ready=true]", state="attached", timeout=300_000)
    page.screenshot(path=str(folder / "report-overview.png"))
    draws = page.evaluate("window.newsgraphReport.draws")
    page.fill("#actor-search", focus)
    page.press("#actor-search", "Enter")
    _redrawn(page, draws + 1)
    page.screenshot(path=str(folder / "report-focus.png"))
    page.evaluate(f"window.newsgraphReport.showPair({json.dumps(actors[pair[0]])}, {json.dumps(actors[pair[1]])})")
    page.wait_for_selector("#evidence .pair-evidence", timeout=60_000)
    page.screenshot(path=str(folder / "report-pair.png"))
    page.close()


def print_table(rows: list[dict]) -> None:
    table = Table(title="Report in headless Chromium (median of page loads)", header_style="bold")
    for column in ("graph", "actors", "relations", "HTML", "write", "load → overview", "nodes", "click", "search",
                   "focus answer/drawn", "filter answer/drawn", "pair"):
        table.add_column(column, justify="right")
    for row in rows:
        table.add_row(row["graph"], f"{row['actors']:,}", f"{row['relations']:,}", f"{row['html_mb']} MB",
                      f"{row['write_s']} s", f"{row['load_ms'] / 1000:.2f} s", f"{row['nodes']:.0f}",
                      f"{row['click_ms']:.0f} ms", f"{row['search_ms']:.0f} ms",
                      f"{row['focus_answer_ms']:.0f} / {row['focus_drawn_ms']:.0f} ms",
                      f"{row['filter_answer_ms']:.0f} / {row['filter_drawn_ms']:.0f} ms", f"{row['pair_ms']:.0f} ms")
    Console(width=160).print(table)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--bbc", type=Path, help="a build folder of ../shared/corpus/bbc")
    parser.add_argument("--quick", action="store_true", help="a small synthetic graph only; results.json untouched")
    parser.add_argument("--screenshots", type=Path, metavar="DIR",
                        help="only write the overview, focus and pair screenshots of the --bbc build to DIR")
    parser.add_argument("--focus", default="Tony Blair", help="the actor the focus screenshot searches")
    parser.add_argument("--pair", nargs=2, default=["Tony Blair", "Gordon Brown"], help="the pair screenshot's actors")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    if args.screenshots:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM)
            screenshots(browser, args.bbc, args.screenshots, args.focus, args.pair)
            browser.close()
        return

    actors, relations = QUICK if args.quick else SYNTHETIC
    with tempfile.TemporaryDirectory() as temp, sync_playwright() as playwright:
        synthetic = Path(temp) / "synthetic"
        write_synthetic_build(synthetic, actors=actors, relations=relations)
        browser = playwright.chromium.launch(executable_path=CHROMIUM)
        rows = []
        if args.bbc and not args.quick:
            if (args.bbc / "graph.json").is_file():
                rows.append(run_graph(browser, "BBC", args.bbc, args.repeat))
            else:
                print(f"no build in {args.bbc}: BBC skipped")
        rows.append(run_graph(browser, "synthetic", synthetic, args.repeat))
        version = browser.version
        browser.close()
    print_table(rows)
    if not args.quick:
        merge_results("report", {"chromium": version, "machine": platform.machine(), "repeat": args.repeat,
                                 "graphs": rows})


if __name__ == "__main__":
    main()
