"""Draw random samples of a build's contradictions for judging by hand, show them to the judge
with their sentences, and score the judged samples.

    python benchmarks/sample_contradictions.py draw /tmp/bbc-contra --corpus ../shared/corpus/bbc \
        > benchmarks/gold/bbc_contradictions_sample.jsonl
    python benchmarks/sample_contradictions.py show benchmarks/gold/bbc_contradictions_sample.jsonl \
        --corpus ../shared/corpus/bbc
    python benchmarks/sample_contradictions.py score benchmarks/gold/bbc_contradictions_sample.jsonl

``draw`` reads OUT/graph.json and takes, with a fixed seed, 30 denials, 30 declined comments
and 30 one-sided denials (or all there are). Each line is a reference, never copied article text: the kind, the
confidence, the independent sources per side, a summary whose quoted sentences are replaced by
item numbers ("Ernst & Young asserts [1] (“title”); Gordon Brown denies it [2] (“title”)"), and
per item its role (asserts / denies / declines), the corpus file, the character offsets into
the text newsgraph reads from that file, the speaker and the stance or event type.

``show`` prints each drawn line with the sentences re-read from the corpus files (through
newsgraph's own reader, so the offsets fit), for the judge. The judge adds ``"verdict"``:
"real" (the denial really rejects the truth of what the listed assertion says, by another
source, about the same proposition; for a declined comment: the subject really declines to
comment on that claim; for a one-sided denial: it is a real denial of a claim) or "not_real",
and optionally ``"note"``. ``score`` counts real ones
per kind.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

KINDS = ("denial", "declined_comment", "one_sided_denial")
ROLE_VERBS = {"asserts": "asserts", "denies": "denies it", "declines": "declines to comment on it",
              "cooperation": "reports cooperation", "conflict": "reports conflict"}


def draw(out: Path, corpus: Path, size: int, seed: int) -> None:
    graph = json.loads(((out / "graph.json") if out.is_dir() else out).read_text(encoding="utf-8"))
    documents = {d["id"]: d for d in graph["documents"]}
    drawn = 0
    for kind in KINDS:
        pool = [c for c in graph["contradictions"] if c["kind"] == kind]
        chosen = random.Random(f"{seed}-{kind}").sample(pool, min(size, len(pool)))
        for record in sorted(chosen, key=lambda c: c["items"]):
            print(json.dumps(reference(record, documents, corpus), ensure_ascii=False))
        drawn += len(chosen)
        print(f"{kind}: drew {len(chosen)} of {len(pool)}", file=sys.stderr)


def reference(record: dict, documents: dict, corpus: Path) -> dict:
    """A contradiction as references: items by file and offsets, the summary without quotes."""
    sides = record.get("sides") or [{"id": i, "role": "item", "doc": None} for i in record["items"]]
    items, parts = [], []
    for number, side in enumerate(sides, 1):
        document = documents.get(side.get("doc")) or {}
        items.append({"n": number, "role": side.get("role"), "id": side.get("id"),
                      "file": corpus_file(document.get("path"), corpus), "sha256": document.get("sha256"),
                      "start": side.get("start"), "end": side.get("end"),
                      "speaker": side.get("speaker"), "stance": side.get("stance")})
        parts.append(f"{side.get('speaker') or 'the article'} {ROLE_VERBS.get(side.get('role'), side.get('role'))} "
                     f"[{number}] (“{document.get('title') or '?'}”)")
    return {"kind": record["kind"], "confidence": record.get("confidence"), "sources": record.get("sources"),
            "summary": "; ".join(parts), "items": items}


def corpus_file(path: str | None, corpus: Path) -> str | None:
    """``path`` relative to the corpus folder (builds store it as given on the command line)."""
    if not path:
        return None
    try:
        return str(Path(path).resolve().relative_to(corpus.resolve()))
    except ValueError:
        return path


def show(path: Path, corpus: Path) -> None:
    from newsgraph.ingest import read_file
    from newsgraph.ingest.boilerplate import BoilerplateFilter

    cleaner = BoilerplateFilter.from_data()
    texts: dict[str, str] = {}
    for number, item in enumerate(read_lines(path), 1):
        print(f"\n#{number} {item['kind']} confidence {item.get('confidence')} sources {item.get('sources')}"
              f" verdict {item.get('verdict', '-')}\n  {item['summary']}")
        for side in item["items"]:
            if side["file"] not in texts:
                (document, *_) = read_file(corpus / side["file"], 20, cleaner)
                texts[side["file"]] = getattr(document, "text", "")
            text = texts[side["file"]]
            start = text.rfind("\n", 0, side["start"]) + 1
            print(f"  [{side['n']}] {side['role']} ({side['speaker']}, {side['stance']}) {side['file']}"
                  f" {side['start']}-{side['end']}\n      {text[max(start, side['start'] - 200):side['end'] + 60]!r}")


def read_lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score(path: Path) -> None:
    verdicts: dict[str, Counter] = defaultdict(Counter)
    for item in read_lines(path):
        verdicts[item["kind"]][item.get("verdict") or "unjudged"] += 1
    for kind in KINDS:
        counts = verdicts.get(kind, Counter())
        judged = counts["real"] + counts["not_real"]
        share = f"{counts['real'] / judged:.0%}" if judged else "-"
        print(f"{kind}: {counts['real']} real of {judged} judged ({share}); unjudged {counts['unjudged']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    drawing = commands.add_parser("draw", help="sample a build's contradictions as references")
    drawing.add_argument("out", type=Path, help="build folder (or its graph.json)")
    drawing.add_argument("--corpus", type=Path, default=Path("../shared/corpus/bbc"))
    drawing.add_argument("--size", type=int, default=30)
    drawing.add_argument("--seed", type=int, default=20)
    showing = commands.add_parser("show", help="print a sample with its sentences, for the judge")
    showing.add_argument("path", type=Path)
    showing.add_argument("--corpus", type=Path, default=Path("../shared/corpus/bbc"))
    scoring = commands.add_parser("score", help="count real contradictions per kind")
    scoring.add_argument("path", type=Path)
    args = parser.parse_args()
    if args.command == "draw":
        draw(args.out, args.corpus, args.size, args.seed)
    elif args.command == "show":
        show(args.path, args.corpus)
    else:
        score(args.path)


if __name__ == "__main__":
    main()
