"""Resolution's loops and data structures reworked for linear scaling (round 18, res18): the
outputs they must keep. Names are fictional; the sentences are written here."""

from __future__ import annotations

import sys
from pathlib import Path

from newsgraph.model import Mention
from newsgraph.names import name_key
from newsgraph.resolve import get_resolver, make_actor

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def _mention(doc, text, label="PERSON", start=0, full_name=None):
    full = full_name or text
    return Mention(doc=doc, start=start, end=start + len(text), text=text, label=label,
                   key=name_key(full), full_name=full, sentence=0)


def _resolve(mentions, aliases=()):
    return get_resolver("name-graph.v1", aliases=list(aliases))(mentions, ())


def test_make_actor_weighs_each_spelling_once_with_the_same_votes():
    # three lone PERSON votes weigh 0.75, less than one GPE vote: the place wins
    members = [_mention("d1", "Tarvik", start=i * 10) for i in range(3)] + [_mention("d2", "Tarvik", "GPE")]
    assert make_actor("x", members).kind == "GPE"
    # a full PERSON name weighs 1 per mention: two against one ORG
    members = [_mention("d1", "Ilse Tarvik"), _mention("d2", "Ilse Tarvik", start=20),
               _mention("d3", "Ilse Tarvik", "ORG")]
    actor = make_actor("x", members)
    assert (actor.kind, actor.name, actor.mention_count, actor.documents) == ("PERSON", "Ilse Tarvik", 3,
                                                                              ["d1", "d2", "d3"])
    # a tie goes to the more specific kind, whatever the order of the mentions
    tie = [_mention("d1", "Tarvik Works", "GPE"), _mention("d2", "Tarvik Works", "ORG")]
    assert make_actor("x", tie).kind == make_actor("x", tie[::-1]).kind == "ORG"


def test_kept_apart_lists_each_refusal_once(tmp_path):
    path = tmp_path / "aliases.yaml"
    path.write_text("distinct:\n  - [Youssef al-Barakat, Yusuf al-Barakat]\n", encoding="utf-8")
    mentions = [_mention("d1", "Youssef al-Barakat"), _mention("d2", "Yusuf al-Barakat"),
                _mention("d3", "Youssef al-Barakat", start=30), _mention("d4", "Yusuf al-Barakat", start=30)]
    resolution = _resolve(mentions, aliases=[path])
    assert len(resolution.actors) == 2
    for actor in resolution.actors:
        records = [(r["actor"], r["rule"], r["reason"]) for r in actor.kept_apart]
        assert len(records) == len(set(records)) == 1


def test_country_word_before_a_name_is_no_given_name_on_every_mention():
    # "Peru" cut from "Peru Textiles" by the mention stage keeps its own key each time it is written
    mentions = [_mention("d1", "Peru Textiles", "ORG"),
                _mention("d1", "Peru", start=40, full_name="Peru Textiles"),
                _mention("d2", "Peru", start=10, full_name="Peru Textiles")]
    resolution = _resolve(mentions)
    ids = resolution.actor_of_mention
    assert ids[1] == ids[2] != ids[0]


def test_bench_runs_the_two_sizes_in_turn():
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import bench_resolve
    finally:
        sys.path.remove(str(BENCHMARKS))
    runs = bench_resolve.measure("name-graph.v1", (300, 1200), repeat=2)
    assert [r["mentions"] for r in runs] == [300, 1200]
    for run in runs:
        assert len(run["cpu_s"]) == len(run["wall_s"]) == 2
        assert run["resolve_s"] == min(run["cpu_s"]) and run["pairwise_precision"] > 0.9
