"""Misses of a PolNeAR *train* draw kept apart from the train check, for reading by construction.

    .venv/bin/python benchmarks/polnear_mine.py --seed 2720 --count 80 --work /tmp/pn-mine [--rebuild]

The draw leaves out the train check's 100 articles (seed 77) and the draws earlier rounds mined
(``--exclude-seeds``, each a draw of ``--count`` from what the check leaves), so the check stays
unread. Prints, for every gold attribution with no matching claim, its cue words and a window of
the article around it (to the terminal only: nothing here is written into the repository), and a
count of missed cue words. ``--cues-only`` prints just the counts.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import polnear_train_check as check  # noqa: E402


def draw(count: int, seed: int, exclude_seeds: list[int]) -> list[str]:
    stems = sorted(path.stem for path in (check.TRAIN / "text").glob("*.txt"))
    rest = sorted(set(stems) - set(check.choose(100, 77)))
    for old in exclude_seeds:
        rest = sorted(set(rest) - set(random.Random(old).sample(rest, count)))
    return random.Random(seed).sample(rest, count)


def misses(graph: dict, gold: dict, scorer) -> list[dict]:
    """Gold attributions no claim matches (cue overlap + source overlap), with why."""
    ec = scorer.ec
    found = ec.match_documents(graph, {k: v["text"] for k, v in gold["docs"].items()})
    claims = ec.by_doc(graph["claims"])
    out = []
    for stem, gd in gold["docs"].items():
        doc = found.get(stem)
        if doc is None:
            continue
        text = doc.get("text") or ""
        al = ec.Aligner(gd["text"], text)
        preds = [scorer.predicted_spans(c, text) for c in claims.get(str(doc.get("id")), [])]
        for att in gd["attributions"]:
            cue = scorer._map_all(al, att["cue"])
            if not cue:
                continue
            src = scorer._map_all(al, att["source"]) if att["source"] else None
            at_cue = [p for p in preds if any(ec.overlaps(p[0], c) for c in cue)]
            hit = [p for p in at_cue if src is None or any(ec.overlaps(p[1], s) for s in src)]
            if hit:
                continue
            out.append({"stem": stem, "cue": [text[s:e] for s, e in cue], "cue_span": cue,
                        "source": [text[s:e] for s, e in src] if src else None,
                        "why": "wrong speaker" if at_cue else "no claim", "text": text})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=80)
    parser.add_argument("--seed", type=int, default=2720)
    parser.add_argument("--exclude-seeds", type=int, nargs="*", default=[4242, 2460])
    parser.add_argument("--work", type=Path, default=Path("/tmp/newsgraph-polnear-mine"))
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--cues-only", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(check.EVAL_LIB))
    import eval_attribution as scorer

    work = args.work / f"seed{args.seed}-n{args.count}"
    gold = check.prepare(work, draw(args.count, args.seed, args.exclude_seeds), scorer.parse_ann)
    out = work / f"out-{check.head_commit()}"
    if args.rebuild or not (out / "graph.json").exists():
        subprocess.run([str(check.ROOT / ".venv" / "bin" / "newsgraph"), "build", str(work / "input"), "-o",
                        str(out), "--workers", "1"], check=True, capture_output=True)
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    lines, _ = scorer.score_graph(graph, gold)
    print("\n".join(lines[1:-1]))
    found = misses(graph, gold, scorer)
    words = collections.Counter(" ".join(m["cue"]).lower() for m in found)
    print(f"{len(found)} misses; cue words:", ", ".join(f"{w} {n}" for w, n in words.most_common(60)))
    if args.cues_only:
        return
    for m in found:
        start, end = m["cue_span"][0]
        window = m["text"][max(0, start - 160):end + 120].replace("\n", " ")
        print(f"\n[{m['stem']} {start}] {m['why']} cue={m['cue']} source={m['source']}\n  {window}")


if __name__ == "__main__":
    main()
