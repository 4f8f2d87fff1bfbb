"""Resolution's remaining sorts and re-scans replaced by single passes (round 33, perf3): the
outputs they must keep. Names are fictional; the sentences are written here."""

from __future__ import annotations

import pickle
import random
from dataclasses import replace

from newsgraph.model import Mention
from newsgraph.names import name_key
from newsgraph.resolve import get_resolver
from newsgraph.resolve.clusters import Clusters, Merge
from newsgraph.resolve.namegraph import NameGraphResolver, NameNode, _initialled_namesakes, _Rules


def _mention(doc, text, label="PERSON", start=0, full_name=None, sentence=0):
    full = full_name or text
    return Mention(doc=doc, start=start, end=start + len(text), text=text, label=label,
                   key=name_key(full), full_name=full, sentence=sentence)


def _resolve(mentions):
    return get_resolver("name-graph.v1")(mentions, ())


def test_groups_are_sorted_members_in_order_of_their_smallest_member():
    rng = random.Random(2600)
    clusters = Clusters(60, lambda a, b, merge: None)
    for _ in range(45):
        clusters.union(Merge(rng.randrange(60), rng.randrange(60), "test", ""))
    expected = sorted((sorted(m) for m in clusters.members.values()), key=lambda m: m[0])
    assert clusters.groups() == expected


def test_groups_leave_refused_unions_apart():
    clusters = Clusters(4, lambda a, b, merge: "apart" if {0, 3} <= set(a) | set(b) else None)
    clusters.union(Merge(3, 1, "test", ""))
    clusters.union(Merge(0, 2, "test", ""))
    clusters.union(Merge(2, 1, "test", ""))  # would join 0 and 3: refused
    assert clusters.groups() == [[0, 2], [1, 3]]


def test_by_key_takes_the_most_mentioned_node_and_the_last_of_a_tie():
    nodes = [NameNode("orvane", mentions=[0, 1]), NameNode("orvane", mentions=[2, 3, 4]),
             NameNode("tessly", mentions=[5]), NameNode("orvane", mentions=[6, 7, 8]),
             NameNode("tessly", mentions=[9])]
    rules = _Rules(NameGraphResolver(), nodes, list(range(10)), Clusters(len(nodes), lambda a, b, m: None))
    assert rules.by_key == {"orvane": 3, "tessly": 4}


def test_initialled_namesake_found_once_keys_are_split_once():
    # "the reserve was opened by Rolf J Anvik and by Rolf Anvik, his father"
    mentions = [_mention("d1", "Rolf J Anvik", start=26, sentence=2),
                _mention("d1", "Rolf Anvik", start=46, sentence=2),
                _mention("d1", "Rolf Anvik", start=90, sentence=3),  # alone in its sentence
                _mention("d2", "Rolf Anvik", start=5, sentence=2)]   # another story's sentence 2
    assert _initialled_namesakes(mentions) == frozenset({1})


def test_in_document_short_forms_recorded_once_per_short_key():
    # "Mira Coldwell opened the mill. Coldwell said ... Ms Coldwell added ... Coldwell left."
    mentions = [_mention("d1", "Mira Coldwell"),
                _mention("d1", "Coldwell", start=31, full_name="Mira Coldwell"),
                _mention("d1", "Ms Coldwell", start=60, full_name="Mira Coldwell"),
                _mention("d1", "Coldwell", start=90, full_name="Mira Coldwell"),
                _mention("d2", "Mira Coldwell", start=4)]
    resolution = _resolve(mentions)
    assert len(set(resolution.actor_of_mention)) == 1
    (actor,) = resolution.actors
    in_document = [(m["b"], m["evidence"]["start"]) for m in actor.merges if m["rule"] == "in-document"]
    assert in_document == [("Coldwell", 31)]  # "Ms Coldwell" has the same short key


def test_mention_keeps_value_semantics_with_slots():
    mention = _mention("d1", "Tova Brennick")
    assert not hasattr(mention, "__dict__")
    assert pickle.loads(pickle.dumps(mention)) == mention
    assert replace(mention, key="brennick").key == "brennick"
