"""Draw random samples of extracted events and relations from the BBC corpus for judging by
hand, show them with their sentences, and score the verdicts.

    python benchmarks/sample_events.py draw --docs 600 --size 80 --seed 17 \\
        --events benchmarks/gold/bbc_events_sample_v2.jsonl --relations benchmarks/gold/bbc_relations_top30.jsonl
    python benchmarks/sample_events.py show benchmarks/gold/bbc_events_sample_v2.jsonl
    python benchmarks/sample_events.py score benchmarks/gold/bbc_events_sample_v2.jsonl

The samples store references, never article text: each event line holds the BBC file
(``business/012.txt``), ``doc_start``/``doc_end`` (the sentence's character offsets in the
document's cleaned text, ``documents[].text`` of graph.json, which ``read_file`` gives
again), the trigger word and its offsets, the type, the source and target actors (their
canonical names, with the argument's offsets), the confidence, mode and negation. ``show``
prints each line with its sentence read from ``../shared/corpus/bbc``.

``draw`` builds a random subset of the corpus (``--docs`` articles, seed ``--seed``) with
the current code and keeps what a person sees by default: typed events at or above the
default confidence threshold. It samples ``--size`` of them, and writes the ``--top``
relations with the most evidence (documents, then events) at that threshold, each with
references to its events. It prints how many events the threshold hides.

Verdicts, added by a judge (not by this script): on an event line ``"verdict"``:
"correct" (the type fits the trigger in context and every actor argument is the right actor
in the right role), "partial" (a real event, but a wrong type or argument) or "wrong" (no
such event), optional ``"note"``; on a relation line ``"verdict"``: "real" (the source did
something of that type to the target, as the events say) or "not_real". ``score`` counts
them: precision = correct / judged; relations real / judged.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

from bench_build import SHARED

from newsgraph.graph.relations import build_relations
from newsgraph.ingest import read_file
from newsgraph.ingest.boilerplate import BoilerplateFilter
from newsgraph.model import DEFAULT_MIN_CONFIDENCE, SourceDocument
from newsgraph.pipeline import BuildSettings, run_build
from newsgraph.plover import Plover

BBC = SHARED / "bbc"


def pick_random_bbc(count: int, seed: int) -> list[Path]:
    files = sorted(BBC.glob("*/*.txt"))
    return sorted(random.Random(seed).sample(files, min(count, len(files))))


def build_subset(files: list[Path], out: Path, workers: int) -> dict:
    """Build the articles in a folder of links named as in the corpus (``business/012.txt``),
    so each document's path gives its corpus file back."""
    articles = out / "articles"
    for path in files:
        link = articles / path.relative_to(BBC)
        link.parent.mkdir(parents=True, exist_ok=True)
        if not link.exists():
            link.symlink_to(path)
    run_build([articles], out / "graph", BuildSettings(workers=workers))
    return json.loads((out / "graph" / "graph.json").read_text(encoding="utf-8"))


def _corpus_file(document: dict) -> str:
    parts = Path(document["path"]).parts
    return "/".join(parts[-2:])


def _event_reference(event: dict, files: dict[str, str], names: dict[str, str]) -> dict:
    return {
        "file": files[event["doc"]], "doc_start": event["start"], "doc_end": event["end"],
        "trigger": event["trigger"], "trigger_start": event["trigger_span"][0], "trigger_end": event["trigger_span"][1],
        "type": event["type"], "subtype": event["subtype"],
        "source": names.get(event["source"]) if event["source"] else None,
        "target": names.get(event["target"]) if event["target"] else None,
        "source_span": event["source_span"], "target_span": event["target_span"],
        "confidence": event.get("confidence"), "mode": event["mode"], "negated": event["negated"],
        "rule": event["rule"], "event": event["id"],
    }


def draw(docs: int, size: int, seed: int, top: int, events_path: Path, relations_path: Path,
         workers: int, keep: Path | None) -> None:
    files = pick_random_bbc(docs, seed)
    with tempfile.TemporaryDirectory(prefix="sample-events-") as scratch:
        graph = build_subset(files, keep or Path(scratch), workers)
    corpus_files = {d["id"]: _corpus_file(d) for d in graph["documents"]}
    names = {a["id"]: a["name"] for a in graph["actors"]}
    events = graph["events"]
    shown = [e for e in events if e.get("confidence", 1.0) >= DEFAULT_MIN_CONFIDENCE]
    typed = [e for e in shown if e["type"]]
    picked = random.Random(seed).sample(typed, min(size, len(typed)))
    picked.sort(key=lambda e: (corpus_files[e["doc"]], e["trigger_span"][0]))
    _write(events_path, [_event_reference(e, corpus_files, names) for e in picked])

    by_id = {e["id"]: e for e in shown}
    relations = build_relations(shown, Plover.from_data().types)
    # most distinct evidence first (a sentence copied into near-identical articles once, as a
    # reader is shown it); among equals, the surest
    relations.sort(key=lambda r: (-r["distinct_documents"], -r["distinct_events"], -r["documents"],
                                  -len(r["events"]), -r["confidence"], r["source"], r["target"]))
    relations = relations[:top]
    _write(relations_path, [{
        "source": names.get(r["source"], r["source"]), "target": names.get(r["target"], r["target"]),
        "type": r["type"], "documents": r["documents"], "events_count": len(r["events"]),
        "distinct_documents": r["distinct_documents"], "distinct_events": r["distinct_events"],
        "confidence": r["confidence"],
        "events": [_event_reference(by_id[i], corpus_files, names) for i in r["events"]],
    } for r in relations])
    hidden = len(events) - len(shown)
    hidden_typed = sum(1 for e in events if e["type"]) - len(typed)
    print(f"{len(graph['documents'])} articles (seed {seed}); {len(events)} events, {hidden} "
          f"({hidden / max(1, len(events)):.0%}) below confidence {DEFAULT_MIN_CONFIDENCE} hidden "
          f"({hidden_typed} typed); drew {len(picked)} of {len(typed)} shown typed events; "
          f"{len(relations)} relations written", file=sys.stderr)


def _write(path: Path, items: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items), encoding="utf-8")


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


class CorpusText:
    """The cleaned text of a corpus file, as the build reads it."""

    def __init__(self) -> None:
        self.cleaner = BoilerplateFilter.from_data()
        self.cache: dict[str, str] = {}

    def __call__(self, file: str) -> str:
        if file not in self.cache:
            documents = [d for d in read_file(BBC / file, 20, self.cleaner) if isinstance(d, SourceDocument)]
            self.cache[file] = documents[0].text if documents else ""
        return self.cache[file]


def show(path: Path) -> None:
    text_of = CorpusText()
    for n, item in enumerate(_read(path), 1):
        relation = isinstance(item.get("events"), list)
        references = item["events"] if relation else [item]
        if relation:
            print(f"#{n} relation {item['source']} -[{item['type']}]-> {item['target']} "
                  f"({item['documents']} documents, {item['events_count']} events, confidence {item['confidence']})")
        for ref in references:
            text = text_of(ref["file"])
            sentence = text[ref["doc_start"]:ref["doc_end"]]
            if "trigger_start" in ref:
                a, b = ref["trigger_start"] - ref["doc_start"], ref["trigger_end"] - ref["doc_start"]
                sentence = sentence[:a] + "[[" + sentence[a:b] + "]]" + sentence[b:]
            kind = (ref.get("type") or "untyped") + (f"/{ref['subtype']}" if ref.get("subtype") else "")
            print(f"{'  ' if relation else f'#{n} '}{ref['file']} {kind}: {ref.get('source')} "
                  f"-> {ref.get('target')} (confidence {ref.get('confidence')}, {ref.get('mode')})")
            print(f"     {sentence}")


def score(path: Path) -> None:
    items = _read(path)
    verdicts = Counter(item.get("verdict", "unjudged") for item in items)
    if any(isinstance(item.get("events"), list) for item in items):
        judged = verdicts["real"] + verdicts["not_real"]
        print(f"{len(items)} relations, {judged} judged: {dict(verdicts)}")
        if judged:
            print(f"real relations {verdicts['real']}/{judged}")
        return
    judged = sum(verdicts[v] for v in ("correct", "partial", "wrong"))
    print(f"{judged} judged events: {dict(verdicts)}")
    if judged:
        print(f"precision {verdicts['correct'] / judged:.2f}; "
              f"lenient (correct + partial) {(verdicts['correct'] + verdicts['partial']) / judged:.2f}")
        typed = [i for i in items if i.get("type") and i.get("verdict") in ("correct", "partial", "wrong")]
        typed_correct = sum(1 for i in typed if i.get("verdict") == "correct")
        print(f"typed events: {len(typed)}, precision {typed_correct / max(1, len(typed)):.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    drawing = commands.add_parser("draw", help="Build a random BBC subset and draw the samples.")
    drawing.add_argument("--docs", type=int, default=600)
    drawing.add_argument("--size", type=int, default=80)
    drawing.add_argument("--top", type=int, default=30)
    drawing.add_argument("--seed", type=int, default=17)
    drawing.add_argument("--workers", type=int, default=2)
    drawing.add_argument("--events", type=Path, default=Path("benchmarks/gold/bbc_events_sample_v2.jsonl"))
    drawing.add_argument("--relations", type=Path, default=Path("benchmarks/gold/bbc_relations_top30.jsonl"))
    drawing.add_argument("--keep", type=Path, help="Keep the build in this folder (default: a temporary one).")
    for name in ("show", "score"):
        sub = commands.add_parser(name)
        sub.add_argument("path", type=Path)
    args = parser.parse_args()
    if args.command == "draw":
        draw(args.docs, args.size, args.seed, args.top, args.events, args.relations, args.workers, args.keep)
    elif args.command == "show":
        show(args.path)
    else:
        score(args.path)


if __name__ == "__main__":
    main()
