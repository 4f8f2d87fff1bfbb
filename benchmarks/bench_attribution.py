"""Attribution speed as a share of spaCy parse time, on the same BBC articles in the same run.

Run with ``make bench`` (needs ../shared/corpus/bbc). Parses ~500 articles once with newsgraph's
pipeline (timed: the baseline), finds their mentions (not timed: the stage's input), then times
the attribution stage alone over all of them, best of ``--repeat`` runs. The goal: attribution
adds at most 10% to parse time (``attribution / parse <= 0.10``). Figures are merged into
``benchmarks/results.json`` under ``attribution_speed``.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))  # the checkout's package wins over an installed one
sys.path.insert(0, str(HERE))

from bench_build import pick_bbc  # noqa: E402
from results_file import merge_results  # noqa: E402

from newsgraph.attribution import ClaimFinder  # noqa: E402
from newsgraph.ingest import read_file  # noqa: E402
from newsgraph.ingest.boilerplate import BoilerplateFilter  # noqa: E402
from newsgraph.mentions import MentionFinder  # noqa: E402
from newsgraph.mentions.rules import EntityRules  # noqa: E402
from newsgraph.model import SourceDocument  # noqa: E402
from newsgraph.parse import load_model, parse_documents  # noqa: E402

GOAL = 0.10


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=500, help="BBC articles to use.")
    parser.add_argument("--repeat", type=int, default=3, help="Timed runs of the attribution stage.")
    args = parser.parse_args()

    cleaner = BoilerplateFilter.from_data()
    documents = [d for f in pick_bbc(args.count) for d in read_file(f, 20, cleaner) if isinstance(d, SourceDocument)]
    nlp = load_model()
    list(parse_documents(nlp, documents[:5]))  # warm-up: first calls allocate
    started = time.perf_counter()
    parsed = list(parse_documents(nlp, documents))
    parse_seconds = time.perf_counter() - started

    find_mentions = MentionFinder(EntityRules.from_data())
    inputs = [(p, *find_mentions(p)[:2]) for p in parsed]
    find_claims = ClaimFinder.from_data()
    runs, claims = [], 0
    for _ in range(args.repeat):
        started = time.perf_counter()
        claims = sum(len(find_claims(p, sentences, mentions)) for p, sentences, mentions in inputs)
        runs.append(time.perf_counter() - started)
    attribution_seconds = min(runs)
    figures = {
        "documents": len(documents),
        "characters": sum(len(d.text) for d in documents),
        "claims": claims,
        "parse_seconds": round(parse_seconds, 3),
        "attribution_seconds": round(attribution_seconds, 3),
        "attribution_over_parse": round(attribution_seconds / parse_seconds, 4),
        "goal": GOAL,
        "meets_goal": attribution_seconds / parse_seconds <= GOAL,
        "python": platform.python_version(),
    }
    for key, value in figures.items():
        print(f"{key:24} {value}")
    merge_results("attribution_speed", figures)


if __name__ == "__main__":
    main()
