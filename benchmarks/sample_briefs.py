"""Hand-judged sample of briefing sentences on a real build (BBC): is each event sentence
faithful to the corpus sentences it cites?

    .venv/bin/python benchmarks/sample_briefs.py draw out/bbc            # print 30 to judge
    .venv/bin/python benchmarks/sample_briefs.py score benchmarks/gold/bbc_brief_sample.jsonl

``draw`` takes actors seen in two or more documents, in a seeded random order, writes each
one's briefing and picks one sentence of its "What it did" / "What was done to it" sections,
until it has --size; it prints each with its cited sentences. The gold file keeps, per judged
sentence, the actor, the section and the cited references (document, offsets), a verdict
(faithful: the cited sentences say what the briefing sentence says, doer, act, object and
mode; unfaithful otherwise) and a note; no article text.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from newsgraph.brief import write_briefing
from newsgraph.store import Store

DRAW_POOL = 200  # actors drawn, in order, to find --size with event sentences


def draw(out: Path, size: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    picked = []
    with Store(out) as store:
        ids = [r[0] for r in store.db.execute("SELECT id FROM actors WHERE document_count >= 2 ORDER BY id")]
        for actor in rng.sample(ids, min(len(ids), DRAW_POOL)):
            briefing = write_briefing(store, actor)
            found = [(section.key, s) for section in briefing.sections for s in section.all_statements()
                     if s.kind == "event" and section.key in ("did", "done")]
            if not found:
                continue
            key, statement = rng.choice(found)
            cited = [briefing.citations[n - 1] for n in statement.citations]
            picked.append({"actor": actor, "section": key, "text": statement.text,
                           "citations": [{"doc": c.doc, "start": c.start, "end": c.end, "text": c.text} for c in cited]})
            if len(picked) == size:
                break
    return picked


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("draw")
    d.add_argument("out", type=Path)
    d.add_argument("--size", type=int, default=30)
    d.add_argument("--seed", type=int, default=22)
    s = sub.add_parser("score")
    s.add_argument("gold", type=Path)
    args = parser.parse_args()
    if args.command == "draw":
        for number, item in enumerate(draw(args.out, args.size, args.seed)):
            print(f"#{number} {item['actor']} [{item['section']}] {item['text']}")
            for c in item["citations"]:
                print(f"   {c['doc']} {c['start']}-{c['end']}: {' '.join(c['text'].split())}")
        return
    rows = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    faithful = sum(1 for r in rows if r["verdict"] == "faithful")
    print(f"{faithful} of {len(rows)} event sentences faithful to their citations ({faithful / len(rows):.0%})")


if __name__ == "__main__":
    main()
