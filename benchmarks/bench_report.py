"""How the HTML report behaves in a real browser with a big graph: 2,000 actors, 6,000 relations.

The build folder is synthetic (``newsgraph.report.synthetic``: generated names, one event
sentence per relation, claims, recycled paragraphs, denials), so the benchmark needs no spaCy
and no corpus. For each size it writes the report, opens it from ``file://`` in Debian's
headless Chromium through Playwright, and measures in the page:

- load: navigation start to the network laid out (physics stabilized) and drawn;
- click: a real mouse click on the biggest node to its evidence panel filled;
- search: typing a name in the actor search to the result list shown;
- redraw: one full redraw of the network once still (what panning and zooming cost per frame).

Times are the median of ``--repeat`` page loads (default 3). Run::

    .venv/bin/python benchmarks/bench_report.py            # writes results.json under "report"
    .venv/bin/python benchmarks/bench_report.py --quick    # the small size only, no write
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
SIZES = ((200, 600), (2000, 6000))
VIEWPORT = {"width": 1400, "height": 900}


def measure_page(browser, url: str, hub: str, hub_name: str) -> dict[str, float]:
    """One page load: load, click, search and redraw times in milliseconds."""
    page = browser.new_page(viewport=VIEWPORT)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(url)
    page.wait_for_selector("body[data-ready=true]", state="attached", timeout=300_000)
    timings = page.evaluate("window.newsgraphReport.timings")
    position = page.evaluate("(id) => window.newsgraphReport.nodePosition(id)", hub)
    started = time.perf_counter()
    page.mouse.click(position["x"], position["y"])
    page.wait_for_selector(f'#evidence [data-actor="{hub}"] .mention', timeout=60_000)
    clicked = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    page.fill("#actor-search", hub_name)
    page.wait_for_selector(f'#search-results [data-actor="{hub}"]', timeout=60_000)
    searched = (time.perf_counter() - started) * 1000
    redraw = page.evaluate("""() => { const n = window.newsgraphReport.network; const t = performance.now();
                              n.redraw(); return performance.now() - t; }""")
    page.close()
    if errors:
        raise RuntimeError(f"page errors: {errors}")
    return {"load_ms": timings["drawn"], "stabilized_ms": timings["stabilized"], "click_ms": clicked,
            "search_ms": searched, "redraw_ms": redraw}


def run_size(browser, folder: Path, actors: int, relations: int, repeat: int) -> dict[str, float]:
    out = folder / f"graph-{actors}"
    counts = write_synthetic_build(out, actors=actors, relations=relations)
    started = time.perf_counter()
    summary = write_report(out)
    written = time.perf_counter() - started
    hub_name = next(a["name"] for a in json.loads((out / "graph.json").read_text(encoding="utf-8"))["actors"]
                    if a["id"] == "a0")
    runs = [measure_page(browser, summary.path.resolve().as_uri(), "a0", hub_name) for _ in range(repeat)]
    figures = {key: round(statistics.median(r[key] for r in runs), 1) for key in runs[0]}
    return {"actors": counts["actors"], "relations": counts["relations"], "events": counts["events"],
            "mentions": counts["mentions"], "claims": counts["claims"], "html_mb": round(summary.bytes / 1e6, 2),
            "write_s": round(written, 2), **figures}


def print_table(rows: list[dict]) -> None:
    table = Table(title="Report in headless Chromium (median of page loads)", header_style="bold")
    for column in ("actors", "relations", "HTML", "write", "load → drawn", "click → evidence", "search", "redraw"):
        table.add_column(column, justify="right")
    for row in rows:
        table.add_row(f"{row['actors']:,}", f"{row['relations']:,}", f"{row['html_mb']} MB", f"{row['write_s']} s",
                      f"{row['load_ms'] / 1000:.2f} s", f"{row['click_ms']:.0f} ms", f"{row['search_ms']:.0f} ms",
                      f"{row['redraw_ms']:.0f} ms")
    Console(width=110).print(table)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="the small size only; results.json untouched")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    sizes = SIZES[:1] if args.quick else SIZES
    with tempfile.TemporaryDirectory() as temp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM)
        rows = [run_size(browser, Path(temp), actors, relations, args.repeat) for actors, relations in sizes]
        version = browser.version
        browser.close()
    print_table(rows)
    if not args.quick:
        merge_results("report", {"chromium": version, "machine": platform.machine(), "repeat": args.repeat,
                                 "sizes": rows})


if __name__ == "__main__":
    main()
