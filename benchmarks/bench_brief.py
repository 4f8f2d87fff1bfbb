"""Time and check briefings on a built store (by default a whole-BBC build).

    .venv/bin/newsgraph build ../shared/corpus/bbc -o out/bbc
    .venv/bin/python benchmarks/bench_brief.py out/bbc [--actors 20] [--seed 22]

Writes the briefing of the 5 most mentioned actors and of --actors random ones, each timed
from an open store (what ``newsgraph brief`` does after opening it), runs the checker on each
and prints the median and slowest time and the problems found.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from pathlib import Path

from newsgraph.brief import check_briefing, write_briefing
from newsgraph.store import Store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--actors", type=int, default=20)
    parser.add_argument("--seed", type=int, default=22)
    args = parser.parse_args()
    with Store(args.out) as store:
        top = [r[0] for r in store.db.execute("SELECT id FROM actors ORDER BY mention_count DESC LIMIT 5")]
        ids = [r[0] for r in store.db.execute("SELECT id FROM actors ORDER BY id")]
        chosen = top + random.Random(args.seed).sample(ids, args.actors)
        times, problems, statements = [], 0, 0
        for actor in chosen:
            started = time.perf_counter()
            briefing = write_briefing(store, actor)
            times.append(time.perf_counter() - started)
            found = check_briefing(briefing, store)
            problems += len(found)
            statements += len(briefing.statements())
            for line in found:
                print(f"  {actor}: {line}")
    print(f"{len(chosen)} briefings ({len(top)} most mentioned, {args.actors} random), {statements} sentences: "
          f"median {statistics.median(times):.2f} s, slowest {max(times):.2f} s ({chosen[times.index(max(times))]}); "
          f"checker problems: {problems}")


if __name__ == "__main__":
    main()
