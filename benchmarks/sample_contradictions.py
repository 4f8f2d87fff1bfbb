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

``recall`` draws ``--size`` random documents whose text holds a denial word, each with the
contradictions the build lists on it (references). The judge reads each article and adds
``"conflicts"`` (how many two-sided conflicts a reader would list: a denial and the claim or
charge it rejects, a declined comment and the claim it answers), ``"found_paired"`` (how many of
those the build lists as a pair) and ``"found_one_sided"`` (how many more it lists only as a
one-sided denial); ``score`` then prints the recall.

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
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

SPEAKER_WORDS = 6  # a speaker longer than this is a description: cut in the sample file
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


DENIAL_WORD = re.compile(r"\b(?:den(?:y|ies|ied|ying|ial|ials)|untrue|refut\w*)\b", re.IGNORECASE)


def recall_sample(out: Path, corpus: Path, size: int, seed: int) -> None:
    """``size`` random documents whose text holds a denial word, each with the contradictions
    the build lists on it (any side in it), as references: the judge reads the article, counts
    the conflicts a reader would list and how many of them are listed."""
    graph = json.loads(((out / "graph.json") if out.is_dir() else out).read_text(encoding="utf-8"))
    documents = {d["id"]: d for d in graph["documents"]}
    pool = sorted(d for d, document in documents.items() if DENIAL_WORD.search(document.get("text") or ""))
    listed: dict[str, list[dict]] = defaultdict(list)
    for record in graph["contradictions"]:
        for doc in {side.get("doc") for side in record.get("sides") or ()}:
            listed[doc].append(record)
    for doc in sorted(random.Random(seed).sample(pool, min(size, len(pool)))):
        document = documents[doc]
        print(json.dumps({"file": corpus_file(document.get("path"), corpus), "sha256": document.get("sha256"),
                          "listed": [reference(r, documents, corpus) for r in listed.get(doc, [])]},
                         ensure_ascii=False))
    print(f"drew {min(size, len(pool))} of {len(pool)} documents with a denial word", file=sys.stderr)


def reference(record: dict, documents: dict, corpus: Path) -> dict:
    """A contradiction as references: items by file and offsets, the summary without quotes."""
    sides = record.get("sides") or [{"id": i, "role": "item", "doc": None} for i in record["items"]]
    items, parts = [], []
    for number, side in enumerate(sides, 1):
        document = documents.get(side.get("doc")) or {}
        file = corpus_file(document.get("path"), corpus)
        speaker = short_name(side.get("speaker"))
        items.append({"n": number, "role": side.get("role"), "id": side.get("id"),
                      "file": file, "sha256": document.get("sha256"),
                      "start": side.get("start"), "end": side.get("end"),
                      "speaker": speaker, "stance": side.get("stance"),
                      **({"asserter": side["asserter"]} if side.get("asserter") else {})})
        # the file, not the title: a title run on into its article's first words is copied text
        parts.append(f"{speaker or 'the article'} {ROLE_VERBS.get(side.get('role'), side.get('role'))} "
                     f"[{number}] ({file or '?'})")
    return {"kind": record["kind"], "confidence": record.get("confidence"), "sources": record.get("sources"),
            "summary": "; ".join(parts), "items": items}


def short_name(speaker: str | None, words: int = SPEAKER_WORDS) -> str | None:
    """A speaker as a reference: a name in full, a long description ("an artist critical of
    ...") cut, so the sample file holds no run of article text."""
    if not speaker or len(speaker.split()) <= words:
        return speaker
    return " ".join(speaker.split()[:words]) + " …"


def corpus_file(path: str | None, corpus: Path) -> str | None:
    """``path`` relative to the corpus folder (builds store it as given on the command line)."""
    if not path:
        return None
    try:
        return str(Path(path).resolve().relative_to(corpus.resolve()))
    except ValueError:
        return path


def show(path: Path, corpus: Path) -> None:
    lines = read_lines(path)
    if lines and "listed" in lines[0]:
        show_recall(lines)
        return
    _show_items(path, corpus)


def show_recall(lines: list[dict]) -> None:
    for number, line in enumerate(lines, 1):
        print(f"\n#{number} {line['file']} (read the whole article: ../shared/corpus/bbc/{line['file']});"
              f" the build lists {len(line['listed'])}:")
        for record in line["listed"]:
            spans = ", ".join(f"[{i['n']}] {i['role']} {i['file']} {i['start']}-{i['end']}" for i in record["items"])
            print(f"  - {record['kind']} (confidence {record.get('confidence')}): {record['summary']}\n      {spans}")


def _show_items(path: Path, corpus: Path) -> None:
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
    lines = read_lines(path)
    if lines and "listed" in lines[0]:
        score_recall(lines)
        return
    verdicts: dict[str, Counter] = defaultdict(Counter)
    for item in lines:
        verdicts[item["kind"]][item.get("verdict") or "unjudged"] += 1
    for kind in KINDS:
        counts = verdicts.get(kind, Counter())
        judged = counts["real"] + counts["not_real"]
        share = f"{counts['real'] / judged:.0%}" if judged else "-"
        print(f"{kind}: {counts['real']} real of {judged} judged ({share}); unjudged {counts['unjudged']}")


def score_recall(lines: list[dict]) -> None:
    judged = [line for line in lines if isinstance(line.get("conflicts"), int)]
    conflicts = sum(line["conflicts"] for line in judged)
    paired = sum(line.get("found_paired", 0) for line in judged)
    one_sided = sum(line.get("found_one_sided", 0) for line in judged)
    print(f"recall on {len(judged)} judged documents with a denial word: {conflicts} conflicts a reader would "
          f"list; {paired} listed as pairs ({paired / conflicts:.0%}), {one_sided} more as one-sided denials"
          if conflicts else f"recall: no conflicts in {len(judged)} judged documents")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    drawing = commands.add_parser("draw", help="sample a build's contradictions as references")
    drawing.add_argument("out", type=Path, help="build folder (or its graph.json)")
    drawing.add_argument("--corpus", type=Path, default=Path("../shared/corpus/bbc"))
    drawing.add_argument("--size", type=int, default=30)
    drawing.add_argument("--seed", type=int, default=20)
    recalling = commands.add_parser("recall", help="random documents with a denial word, with what the build lists")
    recalling.add_argument("out", type=Path, help="build folder (or its graph.json)")
    recalling.add_argument("--corpus", type=Path, default=Path("../shared/corpus/bbc"))
    recalling.add_argument("--size", type=int, default=30)
    recalling.add_argument("--seed", type=int, default=20)
    showing = commands.add_parser("show", help="print a sample with its sentences, for the judge")
    showing.add_argument("path", type=Path)
    showing.add_argument("--corpus", type=Path, default=Path("../shared/corpus/bbc"))
    scoring = commands.add_parser("score", help="count real contradictions per kind")
    scoring.add_argument("path", type=Path)
    args = parser.parse_args()
    if args.command == "draw":
        draw(args.out, args.corpus, args.size, args.seed)
    elif args.command == "recall":
        recall_sample(args.out, args.corpus, args.size, args.seed)
    elif args.command == "show":
        show(args.path, args.corpus)
    else:
        score(args.path)


if __name__ == "__main__":
    main()
