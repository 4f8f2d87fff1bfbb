"""Named-looking ECB+ gold mentions that no actor mention of a build overlaps, with their context:
what the coref scorer's named-mention recall misses.

    NEWSGRAPH_EVAL_CACHE=/tmp/eval-x ../shared/eval/run coref
    .venv/bin/python benchmarks/coref_misses.py /tmp/eval-x

Reads the per-topic builds the scorer kept in the cache and the scorer's own gold loader
(../shared/eval/lib); prints a count, then one line per miss. For diagnosis only: no figure
here replaces the scorer's.
"""
import sys, json, glob, collections
from pathlib import Path

CACHE = sys.argv[1] if len(sys.argv) > 1 else "/tmp/newsgraph-eval"
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "shared" / "eval" / "lib"))
import eval_coref as E
ec = E.ec
gold = E.gold_data()["topics"]
missed = collections.Counter()
examples = []
for path in sorted(glob.glob(f"{CACHE}/builds/*/coref-*-t*/graph.json")):
    topic = path.split("-t")[-1].split("/")[0]
    graph = json.load(open(path))
    docs = gold[topic]
    matched = ec.match_documents(graph, {k: v["text"] for k, v in docs.items()})
    ments = ec.by_doc(graph["mentions"])
    for stem, gd in docs.items():
        d = matched.get(stem)
        if d is None: continue
        al = ec.Aligner(gd["text"], d.get("text") or "")
        preds = [ec.item_span(m) for m in ments.get(str(d.get("id")), []) if m.get("actor") is not None]
        text = d.get("text") or ""
        for g in gd["mentions"]:
            if not g["named"]: continue
            head = al.map_span(*g["head"])
            if head is None: continue
            if not any(sp and ec.overlaps(sp, head) for sp in preds):
                # any mention at all (even without actor)?
                anym = [m for m in ments.get(str(d.get("id")), []) if ec.item_span(m) and ec.overlaps(ec.item_span(m), head)]
                why = "no-actor-mention" if anym else "no-mention"
                missed[why] += 1
                examples.append((why, g["text"], text[max(0,head[0]-40):head[1]+30].replace("\n"," ")))
print(missed)
for e in examples: print(e)
