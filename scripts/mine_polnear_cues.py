"""Mine the PolNeAR TRAIN split for attribution cues: which words annotators mark as cues, and
how often each word is a cue when it occurs (a precision estimate for adding it to the tables).

Usage (from the project root, after ``make setup``):

    .venv/bin/python scripts/mine_polnear_cues.py [--data ../shared/eval/data/polnear/data/train]
        [--min-cue 5] [--limit N] [--json OUT.json]

Reads ``text/*.txt`` and ``attributions/*.ann`` (brat; the first annotator of each article, as the
dev scorer does) of the TRAIN split only; never point it at dev or test. Prints, per word class:

- cue heads: the lemma (and coarse part of speech) of the head token of each annotated cue, with
  ``cue`` = how many annotated cues it heads, ``seen`` = how often the lemma occurs with that part
  of speech in the split, ``in_cue`` = how many of those occurrences lie inside an annotated cue,
  ``p`` = in_cue / seen. The cue tables in ``src/newsgraph/data/attribution_cues.yaml`` keep these
  counts as comments.
- multi-word cues ("according to", "is said to"): the lower-case cue text, counted the same way.
- source constructions: the dependency relation from the cue head to the source head
  (``nsubj``, ``pobj<-prep(according)``, ``poss`` ...), which tells the finder's constructions.

Only counts and words are printed; no sentence of the corpus is copied anywhere.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "data" / "polnear" / "data" / "train"
_POS_CLASS = {"VERB": "VERB", "AUX": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADV": "ADV", "ADP": "ADP", "ADJ": "ADJ"}


def parse_ann(path: Path) -> list[dict]:
    """brat standoff -> [{cue: [[s, e]...], source: [...], content: [...]}]."""
    spans, out = {}, []
    lines = path.read_text(encoding="utf-8").splitlines()
    for line in lines:
        if re.match(r"T\d+\t", line):  # a span's words may run over lines: skip the continuations
            tid, mid = line.split("\t")[:2]
            kind, pieces = mid.split(" ", 1)
            spans[tid] = [[int(x) for x in p.split()] for p in pieces.split(";")]
    for line in lines:
        if not re.match(r"E\d+\t", line):
            continue
        item = {"cue": [], "source": [], "content": []}
        for part in line.split("\t")[1].split():
            role, _, tid = part.partition(":")
            key = role.rstrip("0123456789").lower()
            if key in item:
                item[key] += spans[tid]
        if item["cue"]:
            out.append(item)
    return out


def articles(folder: Path, limit: int | None):
    stems = sorted(p.stem for p in (folder / "text").glob("*.txt"))
    for stem in stems[:limit]:
        anns = sorted((folder / "attributions").glob(f"{stem}_*.ann"))
        if anns:
            yield (folder / "text" / f"{stem}.txt").read_text(encoding="utf-8"), parse_ann(anns[0])


def _inside(token, spans) -> bool:
    return any(s <= token.idx < e for s, e in spans)


def _head(tokens):
    """The token of a span whose head lies outside it (the span's syntactic head)."""
    ids = {t.i for t in tokens}
    outside = [t for t in tokens if t.head.i not in ids or t.head.i == t.i]
    return outside[0] if outside else tokens[0]


def _relation(cue, source) -> str:
    """The path from the cue head to the source head, at most two steps: 'nsubj', 'agent>pobj' ..."""
    if source.head.i == cue.i:
        return source.dep_
    if source.head.head.i == cue.i:
        return f"{source.head.dep_}>{source.dep_}"
    if cue.head.i == source.i:
        return f"<{cue.dep_}"
    if cue.head.i == source.head.i:
        return f"sibling:{cue.dep_}/{source.dep_}"
    return "other"


def mine(folder: Path, limit: int | None) -> dict:
    from newsgraph.parse import load_model  # the pipeline the finder reads: same lemmas and parses

    nlp = load_model()
    heads, seen, in_cue = Counter(), Counter(), Counter()
    phrases, phrase_seen = Counter(), Counter()
    relations = defaultdict(Counter)
    texts = list(articles(folder, limit))
    for doc, (_, atts) in zip(nlp.pipe((t for t, _ in texts), batch_size=8,
                                               disable=[p for p in nlp.pipe_names if "ner" in p or "entity" in p]), texts):
        cue_spans = [tuple(s) for a in atts for s in a["cue"]]
        for token in doc:
            key = (token.lemma_.lower(), _POS_CLASS.get(token.pos_, "OTHER"))
            seen[key] += 1
            if _inside(token, cue_spans):
                in_cue[key] += 1
        for att in atts:
            tokens = [t for t in doc if _inside(t, att["cue"]) and not t.is_punct]
            if not tokens:
                continue
            head = _head(tokens)
            key = (head.lemma_.lower(), _POS_CLASS.get(head.pos_, "OTHER"))
            heads[key] += 1
            if len(tokens) > 1:
                phrases[" ".join(t.lower_ for t in tokens)] += 1
            sources = [t for t in doc if _inside(t, att["source"] or [])]
            if sources:
                relations[key][_relation(head, _head(sources))] += 1
            else:
                relations[key]["(no source)"] += 1
    # multi-word cues: how often their words occur in a row at all (a second, cheap pass)
    for text, _ in texts:
        low = " ".join(text.lower().split())
        for phrase in phrases:
            if phrases[phrase] >= 3:
                phrase_seen[phrase] += low.count(phrase)
    return {"heads": heads, "seen": seen, "in_cue": in_cue, "phrases": phrases, "phrase_seen": phrase_seen,
            "relations": relations, "articles": len(texts)}


def report(result: dict, min_cue: int) -> list[dict]:
    rows = []
    for (lemma, pos), count in result["heads"].most_common():
        if count < min_cue:
            break
        seen = result["seen"][(lemma, pos)]
        inside = result["in_cue"][(lemma, pos)]
        rows.append({"lemma": lemma, "pos": pos, "cue": count, "seen": seen, "in_cue": inside,
                     "p": round(inside / seen, 2) if seen else 0.0,
                     "sources": dict(result["relations"][(lemma, pos)].most_common(4))})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--min-cue", type=int, default=5)
    parser.add_argument("--limit", type=int, default=None, help="first N articles only (a quick look)")
    parser.add_argument("--json", type=Path, default=None, help="write the rows as JSON here too")
    args = parser.parse_args(argv)
    if args.data.parent.name == "data" and args.data.name != "train":
        print("mine the train split only", file=sys.stderr)
        return 2
    result = mine(args.data, args.limit)
    rows = report(result, args.min_cue)
    print(f"# PolNeAR train: {result['articles']} articles; {sum(result['heads'].values())} cues")
    print("# lemma\tpos\tcue\tseen\tin_cue\tp\tsource relations")
    for row in rows:
        print(f"{row['lemma']}\t{row['pos']}\t{row['cue']}\t{row['seen']}\t{row['in_cue']}\t{row['p']}\t{row['sources']}")
    print("# multi-word cues: text\tcue\tseen (as a word sequence)")
    for phrase, count in result["phrases"].most_common():
        if count < args.min_cue:
            break
        print(f"{phrase}\t{count}\t{result['phrase_seen'][phrase]}")
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "phrases": result["phrases"].most_common(300)}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
