"""Cost of the events stage against spaCy parsing of the same texts, measured in the same run.

Run with ``make bench`` (or ``python benchmarks/bench_events.py --docs 500``). The BBC
articles are parsed once with newsgraph's pipeline (timed: the baseline), the mention and
time stages run untimed to give the events stage its input, then the events stage runs
alone, timed. Goal: events add at most 15% to parse time (ratio ≤ 0.15).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from bench_build import pick_bbc
from results_file import merge_results

from newsgraph.events import EventFinder
from newsgraph.ingest import read_file
from newsgraph.ingest.boilerplate import BoilerplateFilter
from newsgraph.mentions import MentionFinder
from newsgraph.mentions.rules import EntityRules
from newsgraph.model import SourceDocument
from newsgraph.parse import load_model, parse_documents
from newsgraph.times import TimeFinder

GOAL = 0.15


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=500, help="BBC articles to use (default 500).")
    args = parser.parse_args()
    cleaner = BoilerplateFilter.from_data()
    documents = [d for f in pick_bbc(args.docs) for d in read_file(f, 20, cleaner) if isinstance(d, SourceDocument)]
    nlp = load_model()

    started = time.perf_counter()
    parsed = list(parse_documents(nlp, documents))
    parse_seconds = time.perf_counter() - started

    find_mentions = MentionFinder(EntityRules.from_data())
    find_times = TimeFinder.from_data()
    inputs = []
    for item in parsed:
        sentences, mentions, _ = find_mentions(item)
        inputs.append((item, sentences, mentions, find_times(item, sentences)))

    find_events = EventFinder.from_data()
    started = time.perf_counter()
    event_count = sum(len(find_events(*arguments)[0]) for arguments in inputs)
    events_seconds = time.perf_counter() - started

    ratio = events_seconds / parse_seconds
    figures = {"documents": len(documents), "parse_seconds": round(parse_seconds, 2),
               "events_seconds": round(events_seconds, 3), "events": event_count,
               "events_over_parse": round(ratio, 3), "goal": GOAL, "met": ratio <= GOAL}
    merge_results("events", figures)
    table = Table(title=f"Events stage on {len(documents)} BBC articles", header_style="bold")
    for column in ("parse (s)", "events (s)", "events found", "events / parse", f"goal ≤ {GOAL}"):
        table.add_column(column, justify="right")
    table.add_row(f"{parse_seconds:.1f}", f"{events_seconds:.2f}", str(event_count), f"{ratio:.3f}",
                  "met" if ratio <= GOAL else "NOT MET")
    Console().print(table)


if __name__ == "__main__":
    main()
