"""Evaluate the attribution stage on hand-annotated gold claims.

Gold: ``benchmarks/gold/sample_claims.jsonl``, one line per claim of the bundled sample corpus
(``examples/sample``, fictional articles): ``{"doc": file name, "speaker": words, "content":
words, "stance": assert | deny | decline_comment, "anonymous": bool}``. Conventions: the content
of reported speech is the clause without "that" and the final period; of a direct quote, the
words inside the marks without the trailing comma; of a no-comment, its topic ("on X" -> X) or,
without one, the predicate ("did not respond to requests for comment"). Continuation quotes
are claims of their own with the speaker of the quote they continue.

The articles go through the real ingest and per-document stages. Gold spans are located in
the cleaned text: the content at its first occurrence not yet taken, the speaker at the
occurrence nearest the content. Predicted and gold claims are paired one-to-one by content:

- content, exact: same span; overlap: spans overlap (largest overlap first);
- speaker, exact/overlap: among claims paired by content overlap, the speaker span is the
  same / overlaps the gold one (a pronoun speaker is judged by its words, "he");
- stance and anonymous accuracy: among claims paired by content overlap.

Precision divides by the predicted claims, recall by the gold claims.

Usage: python benchmarks/eval_attribution.py [--gold FILE] [--corpus DIR] [--errors]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))  # the checkout's package wins over an installed one
sys.path.insert(0, str(HERE))

from newsgraph.ingest import read_file  # noqa: E402
from newsgraph.ingest.boilerplate import BoilerplateFilter  # noqa: E402
from newsgraph.model import Claim, SourceDocument  # noqa: E402
from newsgraph.parse import load_model, parse_documents  # noqa: E402
from newsgraph.pipeline import BuildSettings, DocumentAnalyzer  # noqa: E402
from results_file import merge_results  # noqa: E402

Span = tuple[int, int]


@dataclass
class Gold:
    doc: str
    content: Span
    speaker: Span
    stance: str
    anonymous: bool
    text: str


def locate(text: str, rows: list[dict]) -> list[Gold]:
    """Gold claims with spans: contents at their first free occurrence, speakers nearest."""
    taken: set[int] = set()
    found = []
    for row in rows:
        start = text.find(row["content"])
        while start in taken:
            start = text.find(row["content"], start + 1)
        if start < 0:
            raise ValueError(f"{row['doc']}: gold content not in the text: {row['content']!r}")
        taken.add(start)
        content = (start, start + len(row["content"]))
        found.append(Gold(row["doc"], content, nearest(text, row["speaker"], content), row["stance"],
                          row["anonymous"], row["content"]))
    return found


def nearest(text: str, words: str, content: Span) -> Span:
    starts, at = [], text.find(words)
    while at >= 0:
        starts.append(at)
        at = text.find(words, at + 1)
    if not starts:
        raise ValueError(f"gold speaker not in the text: {words!r}")
    best = min(starts, key=lambda s: max(content[0] - (s + len(words)), s - content[1], 0))
    return (best, best + len(words))


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def pair(predicted: list[Claim], gold: list[Gold]) -> list[tuple[Claim, Gold]]:
    """One-to-one pairs of claims whose contents overlap, largest overlap first."""
    candidates = sorted(((overlap((p.start, p.end), g.content), i, j) for i, p in enumerate(predicted)
                         for j, g in enumerate(gold)), reverse=True)
    used_p, used_g, pairs = set(), set(), []
    for size, i, j in candidates:
        if size > 0 and i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((predicted[i], gold[j]))
    return pairs


def ratio(hits: int, total: int) -> float:
    return round(hits / total, 3) if total else 0.0


def f1(p: float, r: float) -> float:
    return round(2 * p * r / (p + r), 3) if p + r else 0.0


def analyze_corpus(corpus: Path) -> dict[str, tuple[SourceDocument, list[Claim]]]:
    nlp = load_model()
    analyzer = DocumentAnalyzer(BuildSettings())
    cleaner = BoilerplateFilter.from_data(())
    documents = [item for path in sorted(corpus.glob("*.txt")) for item in read_file(path, 20.0, cleaner)
                 if isinstance(item, SourceDocument)]
    return {Path(parsed.document.path).name: (parsed.document, analyzer(parsed).claims)
            for parsed in parse_documents(nlp, documents)}


def evaluate(gold_path: Path, corpus: Path, show_errors: bool) -> dict:
    rows = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_doc: dict[str, list[dict]] = {}
    for row in rows:
        by_doc.setdefault(row["doc"], []).append(row)
    results = analyze_corpus(corpus)
    counts = dict.fromkeys(("gold", "predicted", "content_exact", "content_overlap", "speaker_exact",
                            "speaker_overlap", "stance", "anonymous"), 0)
    for name, (document, predicted) in sorted(results.items()):
        gold = locate(document.text, by_doc.get(name, []))
        pairs = pair(predicted, gold)
        counts["gold"] += len(gold)
        counts["predicted"] += len(predicted)
        counts["content_overlap"] += len(pairs)
        for p, g in pairs:
            counts["content_exact"] += (p.start, p.end) == g.content
            speaker = tuple(p.speaker_span or (0, 0))
            same_words = p.speaker_text == document.text[g.speaker[0]:g.speaker[1]]
            counts["speaker_exact"] += speaker == g.speaker or same_words
            counts["speaker_overlap"] += overlap(speaker, g.speaker) > 0 or same_words
            counts["stance"] += p.stance == g.stance
            counts["anonymous"] += p.anonymous == g.anonymous
        if show_errors:
            print_errors(name, document.text, predicted, gold, pairs)
    return figures(counts)


def figures(counts: dict[str, int]) -> dict:
    out: dict = {"gold_claims": counts["gold"], "predicted_claims": counts["predicted"]}
    for key in ("content_exact", "content_overlap", "speaker_exact", "speaker_overlap"):
        p, r = ratio(counts[key], counts["predicted"]), ratio(counts[key], counts["gold"])
        out[key] = {"precision": p, "recall": r, "f1": f1(p, r)}
    out["stance_accuracy"] = ratio(counts["stance"], counts["content_overlap"])
    out["anonymous_accuracy"] = ratio(counts["anonymous"], counts["content_overlap"])
    return out


def print_errors(name: str, text: str, predicted: list[Claim], gold: list[Gold], pairs) -> None:
    paired_p = {id(p) for p, _ in pairs}
    paired_g = {id(g) for _, g in pairs}
    for p in predicted:
        if id(p) not in paired_p:
            print(f"{name}  extra  [{p.speaker_text} | {p.cue} | {p.stance}] {p.text[:90]!r}")
    for g in gold:
        if id(g) not in paired_g:
            print(f"{name}  missed [{text[g.speaker[0]:g.speaker[1]]} | {g.stance}] {g.text[:90]!r}")
    for p, g in pairs:
        gold_speaker = text[g.speaker[0]:g.speaker[1]]
        notes = []
        if (p.start, p.end) != g.content:
            notes.append(f"content {p.text[:70]!r} != {g.text[:70]!r}")
        if p.speaker_text != gold_speaker:
            notes.append(f"speaker {p.speaker_text!r} != {gold_speaker!r}")
        if p.stance != g.stance:
            notes.append(f"stance {p.stance} != {g.stance}")
        if p.anonymous != g.anonymous:
            notes.append(f"anonymous {p.anonymous} != {g.anonymous}")
        if notes:
            print(f"{name}  differ " + "; ".join(notes))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=HERE / "gold" / "sample_claims.jsonl")
    parser.add_argument("--corpus", type=Path, default=HERE.parent / "examples" / "sample")
    parser.add_argument("--errors", action="store_true", help="List missed, extra and differing claims.")
    args = parser.parse_args()
    result = evaluate(args.gold, args.corpus, args.errors)
    print(json.dumps(result, indent=2))
    merge_results("attribution_eval", {"gold": str(args.gold.relative_to(HERE.parent)), **result})


if __name__ == "__main__":
    main()
