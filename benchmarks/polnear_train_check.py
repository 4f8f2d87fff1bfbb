"""How well the dev attribution figure carries to articles nobody tuned on: the dev scorer run on
a random sample of PolNeAR *train* articles.

    .venv/bin/python benchmarks/polnear_train_check.py [--count 100] [--seed 77] [--work /tmp/pn-check]

The dev split (84 articles) has been read miss by miss for many rounds, so its F1 flatters the
rules; a separate test split judges the work. This check builds a fixed random sample of the
train split with the current code and scores it with the dev scorer's own functions
(``../shared/eval/lib/eval_attribution.py``), so the gap between the two figures is visible.
Word counts mined from the whole train split (``scripts/mine_polnear_cues.py``) barely depend on
these 100 articles; but never read this sample's misses to write rules: that would make it a
second dev set and the check would flatter the rules as dev does.

Only figures are printed; no article text is copied. The build is cached in ``--work`` by the
checkout's HEAD; pass ``--rebuild`` after uncommitted changes.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL_LIB = ROOT.parent / "shared" / "eval" / "lib"
TRAIN = ROOT.parent / "shared" / "eval" / "data" / "polnear" / "data" / "train"


def choose(count: int, seed: int) -> list[str]:
    stems = sorted(path.stem for path in (TRAIN / "text").glob("*.txt"))
    if not stems:
        raise SystemExit(f"no PolNeAR train articles under {TRAIN}")
    return random.Random(seed).sample(stems, count)


def prepare(work: Path, stems: list[str], parse_ann) -> dict:
    """Copy the chosen articles into work/input and read their first annotator's attributions."""
    articles = work / "input"
    if articles.exists():
        shutil.rmtree(articles)
    articles.mkdir(parents=True)
    gold = {"docs": {}, "total_articles": len(stems)}
    for stem in stems:
        annotations = sorted((TRAIN / "attributions").glob(f"{stem}_*.ann"))
        if not annotations:
            continue
        shutil.copyfile(TRAIN / "text" / f"{stem}.txt", articles / f"{stem}.txt")
        gold["docs"][stem] = {"text": (TRAIN / "text" / f"{stem}.txt").read_text(encoding="utf-8"),
                              "attributions": parse_ann(annotations[0])}
    return gold


def head_commit() -> str:
    return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                          text=True, check=True).stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=100, help="train articles in the sample")
    parser.add_argument("--seed", type=int, default=77, help="seed of the sample")
    parser.add_argument("--work", type=Path, default=Path("/tmp/newsgraph-polnear-check"))
    parser.add_argument("--rebuild", action="store_true", help="build even if this HEAD was built")
    args = parser.parse_args()
    sys.path.insert(0, str(EVAL_LIB))
    import eval_attribution as scorer  # the dev scorer's own reading of brat files and matching

    work = args.work / f"seed{args.seed}-n{args.count}"
    gold = prepare(work, choose(args.count, args.seed), scorer.parse_ann)
    out = work / f"out-{head_commit()}"
    if args.rebuild or not (out / "graph.json").exists():
        subprocess.run([str(ROOT / ".venv" / "bin" / "newsgraph"), "build", str(work / "input"), "-o", str(out),
                        "--workers", "2"], check=True, capture_output=True)
    lines, figures = scorer.score_graph(json.loads((out / "graph.json").read_text(encoding="utf-8")), gold)
    print(f"PolNeAR TRAIN sample: {len(gold['docs'])} articles (seed {args.seed}), scored as dev is")
    print("\n".join(lines[1:-1]))


if __name__ == "__main__":
    main()
