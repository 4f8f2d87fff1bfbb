"""Draw samples of actor resolution from a build for judging by hand, and score judged samples.

    python benchmarks/sample_actors.py draw OUT/graph.json --out-dir benchmarks/gold
    python benchmarks/sample_actors.py score benchmarks/gold/bbc_actor_links_sample.jsonl ...

Three samples, drawn with a fixed seed:

- ``bbc_actor_links_sample.jsonl``: 100 alias links, from random actors with two names or more
  (one link per actor while actors last);
- ``bbc_actor_top40.jsonl``: every alias of the 40 most-mentioned actors;
- ``bbc_actor_kinds_sample.jsonl``: 100 random actors with two mentions or more, for their kind.

Items are references, never copied text: actor id, name, kind, the alias and, for the alias
and the actor's name, one mention each (document id, corpus file, character offsets into the
file and into ``documents[].text`` of the build). A judge adds ``"verdict"``: for links
"right" (the alias names the actor) or "wrong"; for kinds "right" or "wrong" (optionally
``"kind"``: the right one); ``"note"`` is free text. ``score`` prints the share right.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter, defaultdict
from pathlib import Path

from file_offsets import FileOffsets

LINKS_FILE = "bbc_actor_links_sample.jsonl"
TOP_FILE = "bbc_actor_top40.jsonl"
KINDS_FILE = "bbc_actor_kinds_sample.jsonl"


class Build:
    """A build's graph.json, indexed for drawing references."""

    def __init__(self, graph_path: Path, corpus_root: Path | None):
        if graph_path.is_dir():  # a build folder (the --out of `newsgraph build`) names its graph.json
            graph_path = graph_path / "graph.json"
        graph = json.loads(graph_path.read_text(encoding="utf-8"))
        self.actors = graph["actors"]
        self.documents = {d["id"]: d for d in graph["documents"]}
        self.corpus_root = corpus_root
        self.by_text: dict[tuple[str, str], list[dict]] = defaultdict(list)
        self.by_actor: dict[str, list[dict]] = defaultdict(list)
        for mention in graph["mentions"]:
            self.by_text[(mention["actor"], mention["text"])].append(mention)
            self.by_actor[mention["actor"]].append(mention)
        self._offset_maps: dict[str, FileOffsets | None] = {}

    def where(self, actor_id: str, text: str, rng: random.Random) -> dict | None:
        """One mention of ``text`` as a name of the actor: document, file, offsets."""
        mentions = self.by_text.get((actor_id, text))
        if not mentions:
            return None
        return self._place(mentions[rng.randrange(len(mentions))])

    def any_mention(self, actor_id: str, rng: random.Random) -> dict | None:
        """One mention of the actor under any spelling, with its text: an actor whose name no
        mention spells (a national side named "<Country> team" from its country's mentions)
        still gives the reader a place to open."""
        mentions = self.by_actor.get(actor_id)
        if not mentions:
            return None
        mention = mentions[rng.randrange(len(mentions))]
        return {**self._place(mention), "mention_text": mention["text"]}

    def _place(self, mention: dict) -> dict:
        document = self.documents[mention["doc"]]
        place = {"doc": mention["doc"], "file": self._relative(document["path"]),
                 "text_start": mention["start"], "text_end": mention["end"]}
        in_file = self._file_offsets(document)
        span = in_file.span(mention["start"], mention["end"]) if in_file else None
        if span:
            place["file_start"], place["file_end"] = span
        return place

    def _relative(self, path: str) -> str:
        if self.corpus_root:
            try:
                return str(Path(path).resolve().relative_to(self.corpus_root.resolve()))
            except ValueError:
                pass
        return path

    def _file_offsets(self, document: dict) -> FileOffsets | None:
        """The document's text → file offset map (ingest cleans the text: the two differ)."""
        if document["id"] not in self._offset_maps:
            self._offset_maps[document["id"]] = FileOffsets.of_document(document)
        return self._offset_maps[document["id"]]

    def names(self, actor: dict) -> list[str]:
        """The actor's aliases that occur as mention text (spellings the reader sees)."""
        return [a for a in actor["aliases"] if (actor["id"], a) in self.by_text]

    def item(self, actor: dict, alias: str | None, rng: random.Random) -> dict:
        record = {"actor": actor["id"], "name": actor["name"], "kind": actor["kind"],
                  "mentions": actor["mention_count"]}
        record["name_at"] = (self.where(actor["id"], actor["name"], rng)
                             or self.any_mention(actor["id"], rng))
        if alias is not None:
            record["alias"] = alias
            record["alias_at"] = self.where(actor["id"], alias, rng)
        return record


def _different(alias: str, name: str) -> bool:
    """An alias that is more than the name with a title, article or possessive."""
    def core(text: str) -> str:
        return text.lower().removeprefix("the ").removesuffix("'s").removesuffix("\u2019s").strip()
    return core(alias) != core(name)


def draw(graph_path: Path, out_dir: Path, corpus_root: Path | None, seed: int,
         links: int, top: int, kinds: int) -> None:
    build = Build(graph_path, corpus_root)
    rng = random.Random(seed)
    out_dir.mkdir(parents=True, exist_ok=True)

    multi = [(a, [n for n in build.names(a) if _different(n, a["name"])]) for a in build.actors]
    multi = [(a, rng.sample(names, len(names))) for a, names in multi if names]
    rng.shuffle(multi)
    link_items: list[dict] = []
    rounds = 0
    while len(link_items) < links and any(len(names) > rounds for _, names in multi):
        for actor, names in multi:  # one link per actor per round: spreads the sample over actors
            if len(names) > rounds and len(link_items) < links:
                link_items.append(build.item(actor, names[rounds], rng))
        rounds += 1
    _write(out_dir / LINKS_FILE, link_items)

    ranked = sorted(build.actors, key=lambda a: (-a["mention_count"], a["id"]))[:top]
    top_items = [build.item(a, n, rng) for a in ranked for n in build.names(a) if _different(n, a["name"])]
    _write(out_dir / TOP_FILE, top_items)

    pool = sorted((a for a in build.actors if a["mention_count"] >= 2), key=lambda a: a["id"])
    kind_items = [build.item(a, None, rng) for a in rng.sample(pool, min(kinds, len(pool)))]
    _write(out_dir / KINDS_FILE, kind_items)
    print(f"{len(link_items)} links from {len(multi)} multi-name actors; {len(top_items)} aliases of "
          f"the top {top}; {len(kind_items)} kinds from {len(pool)} actors with >= 2 mentions")


def _write(path: Path, items: list[dict]) -> None:
    path.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")


def score(paths: list[Path]) -> None:
    for path in paths:
        items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        verdicts = Counter(item.get("verdict", "unjudged") for item in items)
        judged = verdicts["right"] + verdicts["wrong"]
        share = f"{verdicts['right'] / judged:.0%} right" if judged else "nothing judged"
        print(f"{path.name}: {len(items)} items, {judged} judged: {share} {dict(verdicts)}")
        for item in items:
            if item.get("verdict") == "wrong":
                what = item.get("alias") or item.get("kind")
                print(f"  wrong: {item['actor']} ({item['name']}): {what}  {item.get('note', '')}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    drawing = commands.add_parser("draw")
    drawing.add_argument("graph", type=Path)
    drawing.add_argument("--out-dir", type=Path, default=Path(__file__).parent / "gold")
    drawing.add_argument("--corpus-root", type=Path, default=Path(__file__).resolve().parents[2] / "shared/corpus/bbc")
    drawing.add_argument("--seed", type=int, default=18)
    drawing.add_argument("--links", type=int, default=100)
    drawing.add_argument("--top", type=int, default=40)
    drawing.add_argument("--kinds", type=int, default=100)
    scoring = commands.add_parser("score")
    scoring.add_argument("paths", type=Path, nargs="+")
    args = parser.parse_args()
    if args.command == "draw":
        draw(args.graph, args.out_dir, args.corpus_root, args.seed, args.links, args.top, args.kinds)
    else:
        score(args.paths)


if __name__ == "__main__":
    main()
