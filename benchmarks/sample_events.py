"""Draw a random sample of extracted events from the BBC corpus for judging by hand, and
score a judged sample.

    python benchmarks/sample_events.py draw  --docs 400 --size 50 --seed 7 > sample.jsonl
    python benchmarks/sample_events.py score benchmarks/gold/bbc_event_sample.jsonl

Each drawn line holds the BBC file, the sentence, the trigger, the event type and the source
and target (mention text, or the argument's words in brackets when it is not an actor). A
judge adds ``"verdict"``: "correct" (type fits the trigger in context and every actor
argument is the right actor in the right role), "partial" (the event is real but a type or
an argument is wrong) or "wrong" (no such event), and optionally ``"note"``. Precision counts
correct ones; lenient precision counts partial ones too.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

from bench_build import SHARED, pick_bbc

from newsgraph.ingest import read_file
from newsgraph.ingest.boilerplate import BoilerplateFilter
from newsgraph.model import SourceDocument
from newsgraph.parse import load_model, parse_documents
from newsgraph.pipeline import BuildSettings, DocumentAnalyzer


def draw(docs: int, size: int, seed: int) -> None:
    cleaner = BoilerplateFilter.from_data()
    files = pick_bbc(docs)
    documents = [d for f in files for d in read_file(f, 20, cleaner) if isinstance(d, SourceDocument)]
    analyzer = DocumentAnalyzer(BuildSettings())
    pool = []
    for parsed in parse_documents(load_model(), documents):
        result = analyzer(parsed)

        def argument(index, text):
            return result.mentions[index].text if index is not None else (f"[{text}]" if text else None)

        for event in result.events:
            pool.append({
                "file": str(Path(result.document.path).relative_to(SHARED / "bbc")), "sentence": event.text,
                "trigger": event.trigger, "type": event.type, "subtype": event.subtype,
                "source": argument(event.source, event.source_text),
                "target": argument(event.target, event.target_text),
                "mode": event.mode, "negated": event.negated,
            })
    for item in random.Random(seed).sample(pool, min(size, len(pool))):
        print(json.dumps(item, ensure_ascii=False))
    print(f"drew {min(size, len(pool))} of {len(pool)} events from {len(documents)} articles", file=sys.stderr)


def score(path: Path) -> None:
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    verdicts = Counter(item.get("verdict", "unjudged") for item in items)
    judged = sum(verdicts[v] for v in ("correct", "partial", "wrong"))
    print(f"{judged} judged events: {dict(verdicts)}")
    if judged:
        print(f"precision {verdicts['correct'] / judged:.2f}; "
              f"lenient (correct + partial) {(verdicts['correct'] + verdicts['partial']) / judged:.2f}")
        typed = [i for i in items if i.get("type")]
        typed_correct = sum(1 for i in typed if i.get("verdict") == "correct")
        print(f"typed events: {len(typed)}, precision {typed_correct / max(1, len(typed)):.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    drawing = commands.add_parser("draw")
    drawing.add_argument("--docs", type=int, default=400)
    drawing.add_argument("--size", type=int, default=50)
    drawing.add_argument("--seed", type=int, default=7)
    scoring = commands.add_parser("score")
    scoring.add_argument("path", type=Path)
    args = parser.parse_args()
    if args.command == "draw":
        draw(args.docs, args.size, args.seed)
    else:
        score(args.path)


if __name__ == "__main__":
    main()
