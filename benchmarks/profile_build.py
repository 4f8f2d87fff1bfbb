"""Profile a one-worker build with cProfile and print the top entries by own time.

Run from the repository: ``python benchmarks/profile_build.py --bbc 300``. The parse (spaCy's
own functions) should dominate; newsgraph's own functions are marked so hot spots stand out.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import tempfile
from pathlib import Path

from bench_build import pick_bbc

from newsgraph.pipeline import BuildSettings, run_build


def profile_build(files: list[Path]) -> pstats.Stats:
    profiler = cProfile.Profile()
    with tempfile.TemporaryDirectory() as out:
        profiler.enable()
        run_build(files, out, BuildSettings(workers=1))
        profiler.disable()
    return pstats.Stats(profiler)


def own_code_share(stats: pstats.Stats) -> tuple[float, float]:
    """(seconds of own time in newsgraph's functions, total seconds)."""
    own = total = 0.0
    for (filename, _, _), (_, _, tottime, _, _) in stats.stats.items():
        total += tottime
        if "/newsgraph/" in filename:
            own += tottime
    return own, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bbc", type=int, default=300, help="BBC articles to build (default 300)")
    parser.add_argument("--top", type=int, default=25, help="entries to print")
    parser.add_argument("--sort", default="tottime", help="pstats sort key (tottime, cumulative)")
    parser.add_argument("--dump", type=Path, help="also save the raw profile here (for pstats or snakeviz)")
    args = parser.parse_args()
    stats = profile_build(pick_bbc(args.bbc))
    if args.dump:
        stats.dump_stats(args.dump)
    stats.sort_stats(args.sort).print_stats(args.top)
    own, total = own_code_share(stats)
    print(f"newsgraph's own code: {own:.1f} s of {total:.1f} s profiled ({own / total:.0%})")


if __name__ == "__main__":
    main()
