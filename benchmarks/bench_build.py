"""Build speed against bare spaCy parsing of the same texts, measured in the same run.

Run with ``make bench``. Prints a table and writes ``benchmarks/results.json``. Machines are
shared and noisy, so the figure that matters is the ratio to the baseline measured alongside:
``build / bare`` time (1.0 means newsgraph costs nothing beyond parsing).
"""

from __future__ import annotations

import argparse
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path

import spacy
from rich.console import Console
from rich.table import Table

from results_file import merge_results

from newsgraph.ingest import read_file
from newsgraph.ingest.boilerplate import BoilerplateFilter
from newsgraph.model import SourceDocument
from newsgraph.parse import DEFAULT_MODEL, MODEL_PACKAGE_SUFFIXES
from newsgraph.pipeline import BuildSettings, run_build

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared" / "corpus"


def pick_bbc(count: int) -> list[Path]:
    """``count`` BBC articles spread evenly over the five categories, in a fixed order."""
    folders = sorted(p for p in (SHARED / "bbc").iterdir() if p.is_dir())
    per_folder = [sorted(f.glob("*.txt")) for f in folders]
    picked: list[Path] = []
    for i in range(max(len(files) for files in per_folder)):
        for files in per_folder:
            if i < len(files) and len(picked) < count:
                picked.append(files[i])
    return picked


def pick_bbc_long(count: int, min_bytes: int = 3_500) -> list[Path]:
    """``count`` BBC articles of at least ``min_bytes`` (the seeds' size), evenly over categories."""
    long_files = [f for f in pick_bbc(2_500) if f.stat().st_size >= min_bytes]
    return long_files[:count]


def read_texts(files: list[Path]) -> list[str]:
    cleaner = BoilerplateFilter.from_data()
    return [d.text for f in files for d in read_file(f, 20, cleaner) if isinstance(d, SourceDocument)]


def load_bare_model(name: str):
    for suffix in MODEL_PACKAGE_SUFFIXES:
        try:
            return spacy.load(name + suffix)
        except OSError:
            continue
    raise SystemExit(f"model {name} not installed")


def time_bare(texts: list[str], model: str) -> float:
    start = time.perf_counter()
    nlp = load_bare_model(model)
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    return time.perf_counter() - start


def time_build(files: list[Path], settings: BuildSettings) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        report = run_build(files, out, settings)
        return time.perf_counter() - start, len(report.graph.actors)


def measure(name: str, files: list[Path], repeat: int, model: str, workers: int | str = 1) -> dict:
    texts = read_texts(files)
    bare, build, actors = [], [], 0
    for _ in range(repeat):  # interleaved so drift in machine load hits both alike
        bare.append(time_bare(texts, model))
        seconds, actors = time_build(files, BuildSettings(model=model, workers=workers))
        build.append(seconds)
    best_bare, best_build = min(bare), min(build)
    return {
        "corpus": name, "documents": len(texts), "characters": sum(map(len, texts)),
        "bare_spacy_s": round(best_bare, 3), "newsgraph_build_s": round(best_build, 3),
        "build_over_bare": round(best_build / best_bare, 3),
        "speed_vs_bare": round(best_bare / best_build, 3),
        "docs_per_s": round(len(texts) / best_build, 1), "actors": actors, "repeat": repeat,
        "workers": workers,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bbc", type=int, default=500, help="BBC articles to build (default 500)")
    parser.add_argument("--repeat", type=int, default=2, help="runs per measurement; the best is kept")
    parser.add_argument("--model", default=DEFAULT_MODEL)
    args = parser.parse_args()
    if not SHARED.is_dir():
        raise SystemExit(f"benchmark corpora missing: {SHARED}")
    rows = [
        measure("seeds", sorted((SHARED / "seeds").glob("*.txt")), max(args.repeat, 3), args.model),
        measure(f"bbc-{args.bbc}", pick_bbc(args.bbc), args.repeat, args.model),
        # what a user gets without flags on small corpora: --workers auto (goal: ≥ 0.9× bare speed)
        measure("bbc-60, default workers", pick_bbc(60), max(args.repeat, 3), args.model, workers="auto"),
        measure("bbc-60 seed-sized, default", pick_bbc_long(60), max(args.repeat, 3), args.model, workers="auto"),
    ]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    results = {"machine": {"python": sys.version.split()[0], "platform": platform.platform()},
               "model": args.model, "peak_rss_mb": round(peak_mb), "results": rows}
    merge_results("build", results)
    table = Table(title="newsgraph build vs bare spaCy nlp.pipe in 1 process (best of runs)")
    for column in ("corpus", "docs", "workers", "bare spaCy s", "newsgraph s", "build/bare", "docs/s"):
        table.add_column(column, justify="left" if column == "corpus" else "right")
    for r in rows:
        table.add_row(r["corpus"], str(r["documents"]), str(r["workers"]), f"{r['bare_spacy_s']:.2f}",
                      f"{r['newsgraph_build_s']:.2f}", f"{r['build_over_bare']:.2f}×", f"{r['docs_per_s']:.1f}")
    console = Console()
    console.print(table)
    console.print(f"peak RSS {peak_mb:.0f} MB · results in {HERE / 'results.json'}")


if __name__ == "__main__":
    main()
