"""Cross-document actor resolution scored against a hand-written gold file.

Measures how well a build grouped mentions into actors: each mention of ``OUT_DIR/graph.json``
is mapped to a gold cluster through its text, mentions without a gold surface are ignored, and
over the rest the script reports pairwise precision/recall/F1 (pairs of mentions sharing a
predicted actor vs. sharing a gold cluster), B³ precision/recall/F1, and the coverage of the
gold surfaces (the share found as the text of some mention). It then lists the worst errors:
predicted actors that merge several gold clusters, and gold clusters split over several actors.

Run::

    .venv/bin/newsgraph build examples/sample -o /tmp/gold-sample
    .venv/bin/python benchmarks/eval_resolution.py /tmp/gold-sample benchmarks/gold/sample_actors.yaml
    .venv/bin/python benchmarks/eval_resolution.py /tmp/gold-sample GOLD.yaml --json

Text matching: the mention text and the gold surfaces are normalized by collapsing whitespace
and stripping a trailing possessive (’s 's ’ '). A surface listed under ``file_surfaces`` for
the mention's file (basename of the document path) wins over the global surfaces. If nothing
matches exactly, a looser key is tried (case folded, apostrophes unified, a leading "the" and
titles such as "Sheikh" dropped); a loose key shared by two clusters is not used.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Hashable, Iterable, Mapping, Sequence

import yaml
from rich.console import Console
from rich.markup import escape
from rich.table import Table

KINDS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "OUTLET"})
_POSSESSIVE = re.compile(r"(?:[’']s|[’'])$")
_SPACES = re.compile(r"\s+")
_APOSTROPHES = re.compile(r"[’‘`´ʼʻ]")
LOOSE_PREFIXES = ("the", "sheikh", "shaykh", "imam", "mullah", "dr", "mr", "mrs", "ms",
                  "interior minister", "minister", "president", "general", "gen", "mediator")


@dataclass(frozen=True)
class GoldCluster:
    name: str
    kind: str
    surfaces: tuple[str, ...]
    file_surfaces: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


def normalize(text: str) -> str:
    """Whitespace collapsed, trailing possessive stripped: the exact matching form."""
    text = _SPACES.sub(" ", text).strip()
    return _POSSESSIVE.sub("", text) if len(text) > 2 else text


def loose(text: str) -> str:
    """Case-folded form without leading article or title: the fallback matching form."""
    key = _APOSTROPHES.sub("'", normalize(text)).casefold()
    stripped = True
    while stripped:
        stripped = False
        for prefix in LOOSE_PREFIXES:
            if key.startswith(prefix + " ") and len(key) > len(prefix) + 1:
                key, stripped = key[len(prefix) + 1:], True
    return key


def parse_gold(raw: Iterable[Mapping[str, Any] | GoldCluster]) -> list[GoldCluster]:
    """Gold clusters from the YAML list (or already parsed), checked for obvious mistakes."""
    clusters = []
    for item in raw:
        if isinstance(item, GoldCluster):
            clusters.append(item)
            continue
        kind = str(item.get("kind", "")).upper()
        if kind not in KINDS:
            raise ValueError(f"gold cluster {item.get('name')!r}: kind {kind!r} not in {sorted(KINDS)}")
        files = {str(f): tuple(str(s) for s in ss or ()) for f, ss in (item.get("file_surfaces") or {}).items()}
        clusters.append(GoldCluster(str(item["name"]), kind, tuple(str(s) for s in item.get("surfaces") or ()), files))
    return clusters


def load_gold(path: str | Path) -> list[GoldCluster]:
    raw = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []
    if not isinstance(raw, list):
        raise ValueError(f"{path}: expected a list of clusters")
    return parse_gold(raw)


class SurfaceIndex:
    """Looks up the gold cluster of a mention text in a given file."""

    def __init__(self, clusters: Sequence[GoldCluster]) -> None:
        self.exact: dict[tuple[str, str], int] = {}  # (file or "", normalized) -> cluster
        loose_seen: dict[tuple[str, str], set[int]] = defaultdict(set)
        for index, cluster in enumerate(clusters):
            for file, surface in _all_surfaces(cluster):
                key = (file, normalize(surface))
                if self.exact.get(key, index) != index:
                    other = clusters[self.exact[key]].name
                    raise ValueError(f"surface {surface!r} ({file or 'all files'}) in both {other!r} and {cluster.name!r}")
                self.exact[key] = index
                loose_seen[(file, loose(surface))].add(index)
        self.loose = {key: next(iter(ids)) for key, ids in loose_seen.items() if len(ids) == 1}

    def lookup(self, text: str, file: str) -> int | None:
        exact, fallback = normalize(text), loose(text)
        for table, key in ((self.exact, exact), (self.loose, fallback)):
            for scope in (file, ""):
                if (scope, key) in table:
                    return table[(scope, key)]
        return None


def _all_surfaces(cluster: GoldCluster) -> Iterable[tuple[str, str]]:
    yield from (("", s) for s in cluster.surfaces)
    for file, surfaces in cluster.file_surfaces.items():
        yield from ((file, s) for s in surfaces)


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(assignments: Iterable[tuple[Hashable, Hashable]]) -> dict[str, float | int]:
    """Pairwise and B³ precision/recall/F1 of (predicted, gold) labels, one pair per mention."""
    cells: Counter[tuple[Hashable, Hashable]] = Counter(assignments)
    predicted: Counter[Hashable] = Counter()
    gold: Counter[Hashable] = Counter()
    for (p, g), n in cells.items():
        predicted[p] += n
        gold[g] += n
    total = sum(cells.values())
    together = sum(_pairs(n) for n in cells.values())
    pred_pairs, gold_pairs = sum(map(_pairs, predicted.values())), sum(map(_pairs, gold.values()))
    pw_p = together / pred_pairs if pred_pairs else 1.0
    pw_r = together / gold_pairs if gold_pairs else 1.0
    b3_p = sum(n * n / predicted[p] for (p, _), n in cells.items()) / total if total else 0.0
    b3_r = sum(n * n / gold[g] for (_, g), n in cells.items()) / total if total else 0.0
    return {
        "mentions": total, "predicted_clusters": len(predicted), "gold_clusters": len(gold),
        "pairwise_precision": pw_p, "pairwise_recall": pw_r, "pairwise_f1": _f1(pw_p, pw_r),
        "b3_precision": b3_p, "b3_recall": b3_r, "b3_f1": _f1(b3_p, b3_r),
    }


def _doc_files(graph: Mapping[str, Any]) -> dict[str, str]:
    return {d["id"]: Path(d.get("path") or d["id"]).name for d in graph.get("documents", [])}


def _coverage(clusters: Sequence[GoldCluster], found: set[tuple[str, str]]) -> tuple[float, list[str]]:
    """Share of gold surfaces (one per loose form and scope) seen as some mention's text."""
    wanted: dict[tuple[str, str], str] = {}
    for cluster in clusters:
        for file, surface in _all_surfaces(cluster):
            wanted.setdefault((file, loose(surface)), surface)
    anywhere = {key for _, key in found}
    missing = [f"{s} ({f})" if f else s for (f, key), s in wanted.items()
               if ((f, key) not in found if f else key not in anywhere)]
    return (1 - len(missing) / len(wanted) if wanted else 1.0), sorted(missing)


def evaluate(graph: Mapping[str, Any], gold_clusters: Sequence[Mapping[str, Any] | GoldCluster],
             top: int = 10) -> dict[str, Any]:
    """Metrics and worst errors of ``graph`` (a parsed graph.json) against the gold clusters."""
    clusters = parse_gold(gold_clusters)
    index = SurfaceIndex(clusters)
    files = _doc_files(graph)
    actor_names = {a["id"]: a.get("name", a["id"]) for a in graph.get("actors", [])}
    matched: list[tuple[str, int]] = []
    unmatched: Counter[str] = Counter()
    found: set[tuple[str, str]] = set()
    mentions = graph.get("mentions", [])
    for mention in mentions:
        file = files.get(mention["doc"], mention["doc"])
        found.add((file, loose(mention["text"])))
        cluster = index.lookup(mention["text"], file)
        if cluster is None:
            unmatched[normalize(mention["text"])] += 1
        else:
            matched.append((mention["actor"], cluster))
    coverage, missing = _coverage(clusters, found)
    result: dict[str, Any] = dict(score(matched))
    result.update({"mentions_total": len(mentions), "mentions_matched": len(matched),
                   "gold_clusters_total": len(clusters), "surface_coverage": coverage,
                   "missing_surfaces": missing,
                   "unmatched_texts": dict(sorted(unmatched.items(), key=lambda kv: (-kv[1], kv[0])))})
    result["merged"] = _merged(matched, clusters, actor_names)[:top]
    result["split"] = _split(matched, clusters, actor_names)[:top]
    return result


def _merged(matched: list[tuple[str, int]], clusters: Sequence[GoldCluster],
            names: Mapping[str, str]) -> list[dict[str, Any]]:
    """Predicted actors holding mentions of two or more gold clusters, worst (most wrong pairs) first."""
    by_actor: dict[str, Counter[int]] = defaultdict(Counter)
    for actor, cluster in matched:
        by_actor[actor][cluster] += 1
    rows = []
    for actor, counts in by_actor.items():
        if len(counts) < 2:
            continue
        wrong = _pairs(sum(counts.values())) - sum(_pairs(n) for n in counts.values())
        rows.append({"actor": actor, "actor_name": names.get(actor, actor), "wrong_pairs": wrong,
                     "gold": {clusters[c].name: n for c, n in counts.most_common()}})
    return sorted(rows, key=lambda r: (-r["wrong_pairs"], r["actor"]))


def _split(matched: list[tuple[str, int]], clusters: Sequence[GoldCluster],
           names: Mapping[str, str]) -> list[dict[str, Any]]:
    """Gold clusters spread over two or more predicted actors, worst (most missed pairs) first."""
    by_gold: dict[int, Counter[str]] = defaultdict(Counter)
    for actor, cluster in matched:
        by_gold[cluster][actor] += 1
    rows = []
    for cluster, counts in by_gold.items():
        if len(counts) < 2:
            continue
        missed = _pairs(sum(counts.values())) - sum(_pairs(n) for n in counts.values())
        rows.append({"gold": clusters[cluster].name, "missed_pairs": missed,
                     "actors": {f"{names.get(a, a)} [{a}]": n for a, n in counts.most_common()}})
    return sorted(rows, key=lambda r: (-r["missed_pairs"], r["gold"]))


def _print_report(result: Mapping[str, Any], title: str, console: Console) -> None:
    table = Table(title=escape(title))
    for column in ("measure", "precision", "recall", "F1"):
        table.add_column(column, justify="left" if column == "measure" else "right")
    for label, prefix in (("pairwise", "pairwise"), ("B³", "b3")):
        table.add_row(label, *(f"{result[f'{prefix}_{m}']:.3f}" for m in ("precision", "recall", "f1")))
    console.print(table)
    console.print(
        f"mentions matched {result['mentions_matched']}/{result['mentions_total']} · "
        f"gold clusters seen {result['gold_clusters']}/{result['gold_clusters_total']} · "
        f"predicted actors over them {result['predicted_clusters']} · "
        f"gold-surface coverage {result['surface_coverage']:.3f}")
    if result["missing_surfaces"]:
        console.print("[dim]gold surfaces never seen as a mention: "
                      + escape(", ".join(result["missing_surfaces"])) + "[/dim]")
    if result["unmatched_texts"]:
        console.print("[dim]mentions ignored (no gold surface): "
                      + escape(_counts(result["unmatched_texts"])) + "[/dim]")
    _print_errors(result, console)


def _print_errors(result: Mapping[str, Any], console: Console) -> None:
    merged = Table(title="Wrongly merged: one predicted actor, several gold clusters")
    for column in ("predicted actor", "wrong pairs", "gold clusters (mentions)"):
        merged.add_column(column)
    for row in result["merged"]:
        merged.add_row(escape(row["actor_name"]), str(row["wrong_pairs"]), escape(_counts(row["gold"])))
    split = Table(title="Split: one gold cluster, several predicted actors")
    for column in ("gold cluster", "missed pairs", "predicted actors (mentions)"):
        split.add_column(column)
    for row in result["split"]:
        split.add_row(escape(row["gold"]), str(row["missed_pairs"]), escape(_counts(row["actors"])))
    console.print(merged if result["merged"] else "[green]no wrongly merged gold clusters[/green]")
    console.print(split if result["split"] else "[green]no split gold clusters[/green]")


def _counts(counts: Mapping[str, int]) -> str:
    return "; ".join(f"{name} ({n})" for name, n in counts.items())


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, help="build output directory holding graph.json "
                        "(with --build: the corpus to build first, into a temporary folder)")
    parser.add_argument("gold", type=Path, help="gold clusters YAML")
    parser.add_argument("--json", action="store_true", help="print the metrics as JSON")
    parser.add_argument("--top", type=int, default=10, help="errors to list per kind (default 10)")
    parser.add_argument("--build", action="store_true", help="build OUT_DIR (a corpus) first and "
                        "store the metrics in benchmarks/results.json")
    args = parser.parse_args(argv)
    if args.build:
        _build_and_report(args)
        return
    graph_path = args.out_dir / "graph.json"
    if not graph_path.is_file():
        raise SystemExit(f"no graph.json in {args.out_dir}")
    graph = json.loads(graph_path.read_text(encoding="utf-8"))
    result = evaluate(graph, load_gold(args.gold), top=args.top)
    if args.json:
        json.dump(result, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        _print_report(result, f"Resolution of {args.out_dir} against {args.gold.name}", Console())


def _build_and_report(args) -> None:
    import tempfile

    from results_file import merge_results

    from newsgraph import build

    with tempfile.TemporaryDirectory() as folder:
        graph = build([args.out_dir], out=Path(folder) / "out").to_dict()
    result = evaluate(graph, load_gold(args.gold), top=args.top)
    metrics = {k: v for k, v in result.items() if isinstance(v, (int, float, str))}
    merge_results(f"resolution_quality_{args.gold.stem}", metrics)
    _print_report(result, f"Resolution of {args.out_dir} against {args.gold.name}", Console())


if __name__ == "__main__":
    main()
