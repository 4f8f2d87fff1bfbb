"""Evaluate the time stage on hand-annotated gold sets.

Two sets, sentences written for them, values worked out by hand: ``time_gold.jsonl`` (140
expressions; annotated before the stage was written, then used to develop it) and
``time_gold_heldout.jsonl`` (102 expressions; written after, for an independent check).

Each gold line is ``{"published": "YYYY-MM-DD" | null, "text": ..., "expressions": [{"text",
"value"}]}``. The text goes through the real per-document stages (spaCy parse, mentions for the
sentences, the time finder); the expressions found are compared with the gold ones:

- detection, strict: a found span equals a gold span; relaxed: they overlap (one-to-one);
- normalization accuracy: among relaxed matches, the value is exactly the gold value;
- end to end: gold expressions found (relaxed) with the right value, over all gold expressions.

Usage: python benchmarks/eval_times.py [--gold FILE ...] [--errors]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))  # the checkout's package wins over an installed one

from newsgraph.model import SourceDocument  # noqa: E402
from newsgraph.parse import load_model, parse_documents  # noqa: E402
from newsgraph.pipeline import BuildSettings, DocumentAnalyzer  # noqa: E402


@dataclass
class Span:
    start: int
    end: int
    text: str
    value: str | None


def gold_spans(line: dict) -> list[Span]:
    """Gold expressions located in the text: each takes the first occurrence not yet taken."""
    taken: set[int] = set()
    spans = []
    for expression in line["expressions"]:
        start = line["text"].find(expression["text"])
        while start in taken:
            start = line["text"].find(expression["text"], start + 1)
        if start < 0:
            raise ValueError(f"gold expression {expression['text']!r} not in {line['text']!r}")
        taken.add(start)
        spans.append(Span(start, start + len(expression["text"]), expression["text"], expression["value"]))
    return spans


def match(found: list[Span], gold: list[Span]) -> list[tuple[Span, Span]]:
    """One-to-one pairs of overlapping spans, largest overlap first."""
    pairs = sorted(((min(f.end, g.end) - max(f.start, g.start), i, j)
                    for i, f in enumerate(found) for j, g in enumerate(gold)), reverse=True)
    used_f, used_g, matched = set(), set(), []
    for overlap, i, j in pairs:
        if overlap > 0 and i not in used_f and j not in used_g:
            used_f.add(i)
            used_g.add(j)
            matched.append((found[i], gold[j]))
    return matched


def run(gold_path: Path, nlp, analyze: DocumentAnalyzer) -> tuple[dict[str, float], list[str]]:
    lines = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    documents = [
        SourceDocument(id=hashlib.sha256(f"{n}{line['text']}".encode()).hexdigest()[:16], sha256="",
                       path=f"gold:{n + 1}", text=line["text"], published=line["published"])
        for n, line in enumerate(lines)
    ]
    counts = dict(gold=0, found=0, strict=0, relaxed=0, value_ok=0)
    errors = []
    for line, parsed in zip(lines, parse_documents(nlp, documents)):
        found = [Span(t["start"], t["end"], t["text"], t["value"]) for t in analyze(parsed).times]
        gold = gold_spans(line)
        pairs = match(found, gold)
        counts["gold"] += len(gold)
        counts["found"] += len(found)
        counts["strict"] += sum(1 for f, g in pairs if (f.start, f.end) == (g.start, g.end))
        counts["relaxed"] += len(pairs)
        counts["value_ok"] += sum(1 for f, g in pairs if f.value == g.value)
        errors += _describe_errors(line, found, gold, pairs)
    return _scores(counts), errors


def _describe_errors(line: dict, found: list[Span], gold: list[Span], pairs) -> list[str]:
    where = f"[{line['published']}] {line['text']}"
    matched_f = {id(f) for f, _ in pairs}
    matched_g = {id(g) for _, g in pairs}
    out = [f"missed   {g.text!r} ({g.value})  in {where}" for g in gold if id(g) not in matched_g]
    out += [f"spurious {f.text!r} ({f.value})  in {where}" for f in found if id(f) not in matched_f]
    out += [f"value    {f.text!r}: {f.value} != gold {g.value}  in {where}" for f, g in pairs if f.value != g.value]
    out += [f"span     {f.text!r} != gold {g.text!r}  in {where}" for f, g in pairs
            if (f.start, f.end) != (g.start, g.end)]
    return out


def _scores(c: dict[str, int]) -> dict[str, float]:
    def ratio(a: int, b: int) -> float:
        return a / b if b else 0.0

    def f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    scores = {"gold expressions": c["gold"], "found expressions": c["found"]}
    for name in ("strict", "relaxed"):
        p, r = ratio(c[name], c["found"]), ratio(c[name], c["gold"])
        scores.update({f"detection precision ({name})": p, f"detection recall ({name})": r,
                       f"detection F1 ({name})": f1(p, r)})
    scores["normalization accuracy (of matched)"] = ratio(c["value_ok"], c["relaxed"])
    scores["end-to-end accuracy (of gold)"] = ratio(c["value_ok"], c["gold"])
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, nargs="+",
                        default=[HERE / "time_gold.jsonl", HERE / "time_gold_heldout.jsonl"])
    parser.add_argument("--errors", action="store_true", help="list every miss, spurious span and wrong value")
    args = parser.parse_args()
    nlp, analyze = load_model(), DocumentAnalyzer(BuildSettings())
    results = {path.stem: run(path, nlp, analyze) for path in args.gold}
    names = list(next(iter(results.values()))[0])
    width = max(map(len, names))
    print(f"{'':<{width}}  " + "  ".join(f"{stem:>18}" for stem in results))
    for name in names:
        cells = [scores[name] for scores, _ in results.values()]
        shown = [f"{v:.3f}" if isinstance(v, float) else str(v) for v in cells]
        print(f"{name:<{width}}  " + "  ".join(f"{s:>18}" for s in shown))
    if args.errors:
        for stem, (_, errors) in results.items():
            print(f"\n{stem}:")
            print("\n".join(errors) or "no errors")


if __name__ == "__main__":
    main()
