"""Samples of claims for judging by hand, and their scores.

    python benchmarks/sample_claims.py subset --count 600 --seed 19 --dest /tmp/bbc600
    newsgraph build /tmp/bbc600 -o /tmp/bbc600-out
    python benchmarks/sample_claims.py draw  OUT/graph.json --seed 19 --size 60 > claims.jsonl
    python benchmarks/sample_claims.py stances OUT/graph.json --seed 19 --docs 20 > stances.jsonl
    python benchmarks/sample_claims.py show  claims.jsonl OUT/graph.json      # for the judge
    python benchmarks/sample_claims.py score benchmarks/gold/bbc_claims_sample_v2.jsonl

``subset`` links a random set of BBC articles (fixed seed) into a folder, keeping the
``category/NNN.txt`` layout, so a build of it names its files as the corpus does. ``draw`` takes
``--size`` random claims of a build among those a reader is shown by default (confidence
at least 0.5: statements, not positions, requests or questions; ``--all`` draws among every claim); ``stances`` takes every claim with stance deny or
decline_comment in ``--docs`` random documents that have one. Each line is a *reference*, not a
copy of the article: the file (``business/012.txt``), the document's sha256, the claim id,
the character spans ``content``, ``speaker_span``, ``cue_span``, ``outlet_span`` into the
document's cleaned text (``documents[].text`` of the build, which ``show`` prints around them),
the same spans as offsets into the article file (``file_spans``: ingest collapses blank lines and
drops boilerplate, so the two differ), and the claim's fields: speaker_text, speaker (actor name), anonymous, stance, cue, outlet, kind.

A judge adds ``"verdicts"``: ``{"claim": bool, "speaker": bool, "content": bool, "stance": bool,
"anonymous": bool}`` — claim: the text does attribute something here; speaker: speaker_text is
who says it and the actor (or none, for an unnamed source) is right; content: the span is
what is said, neither cut short nor running into the reporter's words; stance and anonymous:
right as given — and optionally ``"note"``. ``score`` prints the share of judged items with all
fields right, and of each field.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Iterable

from file_offsets import FileOffsets

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared" / "corpus"
FIELDS = ("claim", "speaker", "content", "stance", "anonymous")
RARE_STANCES = ("deny", "decline_comment")
DEFAULT_MIN_CONFIDENCE = 0.5  # newsgraph.model's: the views hide claims below it


def subset(count: int, seed: int, dest: Path, corpus: Path) -> None:
    """Link ``count`` random BBC articles into ``dest``/category/name."""
    files = sorted(corpus.glob("*/*.txt"))
    chosen = sorted(random.Random(seed).sample(files, min(count, len(files))))
    for path in chosen:
        target = dest / path.parent.name / path.name
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists():
            target.symlink_to(path.resolve())
    print(f"{len(chosen)} articles linked under {dest}", file=sys.stderr)


def load(graph_path: Path) -> tuple[dict[str, Any], dict[str, dict], dict[str, str]]:
    if graph_path.is_dir():  # a build folder (the --out of `newsgraph build`) names its graph.json
        graph_path = graph_path / "graph.json"
    graph = json.loads(graph_path.read_text(encoding="utf-8"))
    documents = {d["id"]: d for d in graph["documents"]}
    actors = {a["id"]: a["name"] for a in graph["actors"]}
    return graph, documents, actors


SHORT_WORDS = 6  # a long speaker phrase is article text: the span gives it back, the field only its start


def short_words(text: str | None) -> str | None:
    if text is None or len(text.split()) <= SHORT_WORDS:
        return text
    return " ".join(text.split()[:SHORT_WORDS]) + " …"


def reference(claim: dict, document: dict, actors: dict[str, str]) -> dict[str, Any]:
    """A claim as offsets and fields; no words of the article beyond the claim's own fields."""
    path = Path(document.get("path") or "")
    return {
        "file": f"{path.parent.name}/{path.name}" if path.name else None,
        "sha256": document.get("sha256"), "claim": claim["id"],
        "content": [claim["start"], claim["end"]], "speaker_span": claim.get("speaker_span"),
        "cue_span": claim.get("cue_span"), "outlet_span": claim.get("outlet_span"),
        "speaker_text": short_words(claim.get("speaker_text")), "speaker": actors.get(claim.get("speaker") or ""),
        "anonymous": claim["anonymous"], "stance": claim["stance"], "cue": claim.get("cue"),
        "outlet": claim.get("outlet"), "kind": claim.get("kind"),
        **({"act": claim["act"], "confidence": claim.get("confidence")} if claim.get("act", "statement") != "statement" else {}),
        **({"speakers": [actors.get(a) for a in claim["speakers"]]} if claim.get("speakers") else {}),
        # a content split around its cue: every piece (``content`` is the first), so judges see it whole
        **({"pieces": claim["pieces"]} if claim.get("pieces") else {}),
        **file_spans(claim, document),
    }


def file_spans(claim: dict, document: dict) -> dict[str, Any]:
    """The claim's spans as offsets into the article file, which a reader opens: the build's
    offsets count characters of the cleaned text (``documents[].text``), the file's may differ."""
    offsets = FileOffsets.of_document(document)
    if offsets is None:
        return {}
    spans = {"content": [claim["start"], claim["end"]], **{key: claim.get(key) for key in
             ("speaker_span", "cue_span", "outlet_span")}}
    mapped: dict[str, Any] = {key: offsets.span(*span) for key, span in spans.items() if span}
    if claim.get("pieces"):
        mapped["pieces"] = [offsets.span(*piece) for piece in claim["pieces"]]
    return {"file_spans": mapped}


def draw(graph_path: Path, size: int, seed: int, every: bool = False) -> Iterable[dict]:
    """``size`` random claims of what a reader is shown by default (confidence at or above
    DEFAULT_MIN_CONFIDENCE: statements, not positions, requests, questions); ``every``: all."""
    graph, documents, actors = load(graph_path)
    claims = sorted((c for c in graph["claims"] if every or shown(c)), key=lambda c: c["id"])
    for claim in random.Random(seed).sample(claims, min(size, len(claims))):
        yield reference(claim, documents[claim["doc"]], actors)


def shown(claim: dict) -> bool:
    """Whether the views show the claim by default (records without a confidence: yes)."""
    confidence = claim.get("confidence")
    return (1.0 if confidence is None else float(confidence)) >= DEFAULT_MIN_CONFIDENCE


def stances(graph_path: Path, docs: int, seed: int) -> Iterable[dict]:
    graph, documents, actors = load(graph_path)
    by_doc: dict[str, list[dict]] = {}
    for claim in graph["claims"]:
        if claim["stance"] in RARE_STANCES:
            by_doc.setdefault(claim["doc"], []).append(claim)
    chosen = random.Random(seed).sample(sorted(by_doc), min(docs, len(by_doc)))
    for doc in sorted(chosen):
        for claim in sorted(by_doc[doc], key=lambda c: c["start"]):
            yield reference(claim, documents[doc], actors)


def show(sample: Path, graph_path: Path) -> None:
    """Print each item with its document's text around it, spans marked, for the judge."""
    _, documents, _ = load(graph_path)
    by_sha = {d.get("sha256"): d for d in documents.values()}
    for number, item in enumerate(read(sample)):
        text = (by_sha.get(item["sha256"]) or {}).get("text", "")
        contents = item.get("pieces") or [item["content"]]  # each piece of a split content marked
        marks = [*((c, "[[", "]]") for c in contents),
                 (item.get("speaker_span"), "<S ", " S>"), (item.get("cue_span"), "{", "}")]
        start = max(0, min(s[0] for s, _, _ in marks if s) - 200)
        end = min(len(text), max(s[1] for s, _, _ in marks if s) + 100)
        inserts = sorted([(s[0], 1, a) for s, a, _ in marks if s] + [(s[1], 0, b) for s, _, b in marks if s], reverse=True)
        window = text[start:end]
        for at, _, mark in inserts:
            window = window[:at - start] + mark + window[at - start:]
        fields = {k: item[k] for k in ("speaker_text", "speaker", "anonymous", "stance", "cue", "outlet")}
        print(f"--- {number} {item['file']} {item['claim']} {json.dumps(fields, ensure_ascii=False)}\n{window}\n")


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score(path: Path) -> dict[str, Any]:
    items = read(path)
    judged = [i for i in items if isinstance(i.get("verdicts"), dict)]
    rights = Counter()
    for item in judged:
        verdicts = item["verdicts"]
        for field in FIELDS:
            rights[field] += bool(verdicts.get(field, False))
        rights["all"] += all(verdicts.get(f, False) for f in FIELDS)
    total = len(judged)
    figures = {"items": len(items), "judged": total}
    figures.update({f"{k}_right": round(rights[k] / total, 3) if total else None for k in ("all",) + FIELDS})
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    sub = commands.add_parser("subset")
    sub.add_argument("--count", type=int, default=600)
    sub.add_argument("--seed", type=int, default=19)
    sub.add_argument("--dest", type=Path, required=True)
    sub.add_argument("--corpus", type=Path, default=SHARED / "bbc")
    drawing = commands.add_parser("draw")
    drawing.add_argument("graph", type=Path)
    drawing.add_argument("--size", type=int, default=60)
    drawing.add_argument("--seed", type=int, default=19)
    drawing.add_argument("--all", action="store_true", dest="every",
                         help="draw among every claim, not only those shown by default (confidence >= 0.5)")
    rare = commands.add_parser("stances")
    rare.add_argument("graph", type=Path)
    rare.add_argument("--docs", type=int, default=20)
    rare.add_argument("--seed", type=int, default=19)
    showing = commands.add_parser("show")
    showing.add_argument("sample", type=Path)
    showing.add_argument("graph", type=Path)
    scoring = commands.add_parser("score")
    scoring.add_argument("path", type=Path)
    args = parser.parse_args()
    if args.command == "subset":
        subset(args.count, args.seed, args.dest, args.corpus)
    elif args.command in ("draw", "stances"):
        items = draw(args.graph, args.size, args.seed, args.every) if args.command == "draw" else stances(args.graph, args.docs, args.seed)
        for item in items:
            print(json.dumps(item, ensure_ascii=False))
    elif args.command == "show":
        show(args.sample, args.graph)
    else:
        print(json.dumps(score(args.path), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
